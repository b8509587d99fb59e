"""Rendering one Markdown page of the analysis (briefing, digest, entities) on the one environment."""

from __future__ import annotations

import re

import jinja2
from markupsafe import Markup

from ..templating import environment

__all__ = ["render_markdown", "tidy"]

_BLANK_LINES = re.compile(r"\n{3,}")


def render_markdown(name: str, tr, env: jinja2.Environment | None = None, **context) -> str:
    """Render template ``name`` into the locale ``tr`` converts into, then ``tidy`` it.

    The templates get ``t(text, script)`` for text written in ``script`` (article text, or
    generated zh-Hans text by default): converted, then escaped like every printed value;
    ``ui(label)`` for a zh-Hans label of the template itself (trusted); ``lq``/``rq``, the page's
    quotation marks (“” in zh-Hans, 「」 in zh-Hant).
    """
    env = env or environment()

    def t(text, script="zh-Hans"):
        return tr(str(text), script) if text else ""

    def ui(text):
        return Markup(tr(text, "zh-Hans"))

    marks = tr("“引”", "zh-Hans")
    out = env.get_template(name).render(t=t, ui=ui, lq=Markup(marks[0]), rq=Markup(marks[-1]),
                                        **context)
    return tidy(out)


def tidy(text: str) -> str:
    """Blank lines where Markdown needs them (before a heading, after a list or table), no runs
    of blank lines, no trailing spaces."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if lines and lines[-1] and (line.startswith("#") or (
                not line.startswith(("- ", "|", "  ")) and lines[-1].startswith(("- ", "|"))
                and line and not line[0].isdigit())):
            lines.append("")
        lines.append(line)
    return _BLANK_LINES.sub("\n\n", "\n".join(lines).strip() + "\n")
