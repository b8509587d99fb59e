"""The one Jinja2 environment of a build: every printed value is escaped unless marked safe.

Templates are files written by developers (``templates/`` of the package) or by the project
(``<project>/templates/``, which overrides any file of the package's by name). Article text only
ever reaches them as values, and every value printed is escaped for where it lands:

* Markdown pages (``*.md.j2``): ``finalize`` escapes every string with ``md_escape``, so nothing
  from an article can become Markdown, HTML or template syntax;
* print HTML (``*.html.j2``): Jinja's autoescape escapes it as HTML.

One dialect for both: ``{{ }}`` values, ``{% %}`` statements, ``<# #>`` comments (Markdown's
attribute lists use ``{#id}``). ``Markup`` marks a value as already safe.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jinja2
from markupsafe import Markup

from .textutil import html_escape, md_escape

__all__ = ["environment", "Markup", "TEMPLATES", "safe_url", "is_web_url"]

#: The package's own templates (the defaults a project's ``templates/`` folder overrides).
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.I)


def is_web_url(value) -> bool:
    """Whether ``value`` is an http(s) URL (and nothing else: no javascript:, no spaces)."""
    return bool(value) and _URL.match(str(value)) is not None


def safe_url(value) -> Markup:
    """An http(s) URL fit for a Markdown link target, or '' for anything else (javascript:…)."""
    url = str(value or "").strip()
    if not is_web_url(url):
        return Markup("")
    return Markup(url.replace("(", "%28").replace(")", "%29"))


@jinja2.pass_eval_context
def _finalize(eval_ctx, value):
    if eval_ctx.autoescape:  # HTML: Jinja escapes what finalize returns
        return value
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return md_escape(value)
    return value


@jinja2.pass_context
def _translate(context, value):
    """``{{ "简报"|t }}`` in print templates: generated text (zh-Hans) in the document's locale."""
    return context["tg"](value)


def folders(project: Path | str | None = None) -> list[str]:
    """Where templates are looked up: the project's ``templates/`` (when it has one), then the
    package's."""
    out = []
    if project is not None and Path(project).is_dir() and Path(project).resolve() != TEMPLATES:
        out.append(str(Path(project).resolve()))
    out.append(str(TEMPLATES))
    return out


@functools.lru_cache(maxsize=4)
def _environment(search_path: tuple[str, ...]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(search_path)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",),
                                            default_for_string=False, default=False),
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        comment_start_string="<#",
        comment_end_string="#>",
    )
    env.filters["html"] = lambda v: Markup(html_escape(str(v)))
    env.filters["safe"] = Markup
    env.filters["oneline"] = lambda v: str(v).replace("\n", " ⏎ ")
    env.filters["url"] = safe_url
    env.filters["t"] = _translate
    return env


def environment(project: Path | str | None = None) -> jinja2.Environment:
    """The environment for a project whose own templates are in ``project`` (a folder that may
    not exist): undefined names fail, every printed value is escaped. Built once per folder."""
    return _environment(tuple(folders(project)))
