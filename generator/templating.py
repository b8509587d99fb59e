"""The Jinja2 environment for pages: every value is escaped unless it is marked safe.

Templates are files in ``templates/`` written by developers; article text only ever reaches them
as values, and ``finalize`` escapes every value printed, so nothing from an article can become
Markdown, HTML or template syntax.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jinja2
from markupsafe import Markup

from .textutil import html_escape, md_escape

__all__ = ["environment", "Markup", "TEMPLATES"]

#: The project's template folder.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.I)


def safe_url(value) -> Markup:
    """An http(s) URL fit for a Markdown link target, or '' for anything else (javascript:…)."""
    url = str(value or "").strip()
    if not _URL.match(url):
        return Markup("")
    return Markup(url.replace("(", "%28").replace(")", "%29"))


def _finalize(value):
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return md_escape(value)
    return value


@functools.lru_cache(maxsize=4)
def environment(folder: str = str(TEMPLATES)) -> jinja2.Environment:
    """A strict environment: undefined names fail, every printed value is escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Markdown's attribute lists use "{#id}": Jinja comments use <# … #> instead.
        comment_start_string="<#",
        comment_end_string="#>",
    )
    env.filters["html"] = lambda v: Markup(html_escape(str(v)))
    env.filters["safe"] = Markup
    env.filters["oneline"] = lambda v: str(v).replace("\n", " ⏎ ")
    env.filters["url"] = safe_url
    return env
