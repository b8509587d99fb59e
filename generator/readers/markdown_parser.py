"""The Markdown parser the reader uses, and the limits that keep it fast and whole.

markdown-it-py set up for articles (:func:`parser`): CommonMark with tables, raw HTML read as HTML,
front matter, no indented code blocks, no typographic replacements; a paragraph longer than
:data:`MAX_INLINE` characters is given over as plain text. Lines nested deeper than
:data:`MAX_DEPTH` containers are cut down to it before parsing (:func:`flatten`), so the parser
never stops early and drops the rest of the input.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

#: A paragraph longer than this is read as plain text: Markdown's inline syntax costs markdown-it-py
#: a lot per bracket or star, so a long run of them would stall the build; no article paragraph
#: is this long.
MAX_INLINE = 10_000
#: Containers (block quotes, list items, indentation steps) a line may be nested in before the
#: reader flattens it. markdown-it-py stops parsing (and drops the rest of the input) past its
#: ``maxNesting`` token levels, and each level is a recursion, so deeper lines are cut down to this
#: depth first: their deeper marks are dropped (recorded in the audit as markup), no text is lost.
MAX_DEPTH = 8
#: markdown-it-py's own limit, comfortably above what :data:`MAX_DEPTH` containers open (a list
#: level opens two tokens, a quote one, the paragraph one more).
_MAX_NESTING = 40
#: One container mark at the start of a line: a quote mark, or a list marker followed by a space.
_MARK = re.compile(r"[ \t]{0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*")


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark with tables, raw HTML read as HTML, front matter; no indented code blocks
    (news copy indents paragraphs with spaces) and no typographic replacements."""
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": _MAX_NESTING})
    md.enable("table").disable("code").use(front_matter_plugin)
    md.disable("text_join")  # keep entities and escapes as their own tokens (for the audit)
    # Every link is read as a link, whatever its scheme: its text is kept, its target recorded and
    # kept beside the text only when it is http(s). Nothing is ever rendered as HTML from here.
    md.validateLink = lambda url: True
    md.normalizeLink = md.normalizeLinkText = lambda url: url  # targets are only compared, never rendered
    md.core.ruler.before("inline", "long_paragraphs", _long_paragraphs)
    return md


def _long_paragraphs(state) -> None:
    """Give over-long inline runs their text as is (lines kept), so inline parsing skips them."""
    for token in state.tokens:
        if token.type == "inline" and len(token.content) > MAX_INLINE:
            token.type = "inline_text"
            token.children = []
            for k, piece in enumerate(token.content.split("\n")):
                if k:
                    token.children.append(Token("softbreak", "br", 0))
                token.children.append(Token("text", "", 0, content=piece))


def _indent(line: str) -> int:
    """Columns of leading white space (a tab counts to the next multiple of 4)."""
    col = 0
    for ch in line:
        if ch == " ":
            col += 1
        elif ch == "\t":
            col += 4 - col % 4
        else:
            break
    return col


def flatten(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with every line nested deeper than :data:`MAX_DEPTH` containers cut down to it,
    and the runs of lines so cut: (first 0-based line, number of lines, deepest depth found).

    A line's depth is its indentation in two-column steps plus the container marks that open it
    (``>``, ``-``, ``*``, ``+``, ``1.``); a cut line keeps its text and its first marks, loses the
    deeper ones (and indentation beyond the limit). One pass, linear in the text.
    """
    lines = text.split("\n")
    runs: list[tuple[int, int, int]] = []
    changed = False
    for k, line in enumerate(lines):
        indent = _indent(line)
        pos = len(line) - len(line.lstrip(" \t"))
        if indent // 2 <= MAX_DEPTH and not _MARK.match(line, pos):
            continue
        levels = min(indent // 2, MAX_DEPTH - 1)
        marks: list[str] = []
        while (m := _MARK.match(line, pos)) is not None and m.end() > pos:
            marks.append(m.group(0).strip(" \t"))
            pos = m.end()
        rest = line[pos:]
        depth = indent // 2 + len(marks)
        if depth <= MAX_DEPTH or (not rest.strip() and len(set("".join(marks))) == 1):
            continue  # shallow enough, or a thematic break ("- - - -"), which nests nothing
        keep = max(1, MAX_DEPTH - levels) if marks else 0
        lines[k] = " " * (2 * levels) + " ".join(marks[:keep]) + (" " if marks else "") + rest
        changed = True
        if runs and runs[-1][0] + runs[-1][1] == k:
            first, count, deepest = runs[-1]
            runs[-1] = (first, count + 1, max(deepest, depth))
        else:
            runs.append((k, 1, depth))
    return ("\n".join(lines) if changed else text), runs
