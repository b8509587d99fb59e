"""Markup and encoding residue never reaches a paragraph, whatever reader read the source.

A form no reader was written for (a converted document, a container's export, a subtitle file, a
page saved through some tool) leaves pieces of its machinery in the text. They are found by their
shape, never by the form's name, and every removal is recorded:

- **A line that is machinery, not prose** (no Han character in it): a settings or container section
  header (``[Document]``, ``[Script Info]``), a ``key: value`` / ``key=value`` header with a Latin key
  and a short value (``Generator: WordConvert 2.3``, ``Author-Id: 0x7f3a9c``; only beside another
  machinery line: one alone, ``Photo: AP``, is a credit the other rules read), a style declaration or
  rule (``font-family: SimSun; font-size: 12pt;``, ``.para { margin: 0; }``, a lone ``}``), a line of
  nothing but a long base64 or hex run, or of nothing but tags: the whole line leaves.
- **A token inside a line of text**: a tag or a tag's fragment (``<span style="…">``, ``</p>``, a cut
  ``<font color="red"``), a character reference (``&nbsp;``, ``&#8212;``: decoded, and a no-break space
  becomes a space), a long base64 or hex run, a formatting code in braces (``{\\b 票价}`` keeps 票价,
  ``{\\an8}``, ``{b}``, ``{color:red}``) or square brackets (``[b]…[/b]``, ``[color=red]``), a control
  word (``\\par``, ``\\b0``, ``\\'e4``) and a literal escape (``\\n``, ``\\u4e2d`` → 中): the token leaves, the
  sentence stays.

The tokens leave early in the chain (rule ``markup_tokens``, :func:`token_pass`), so that every rule
reads the text; the whole lines late (this rule, just before the title is read), after the rules
that read a header's fields (a ``Date:`` line's date). A line with Han characters in it is never removed whole: a Chinese sentence with a token keeps the
sentence and loses the token. Web addresses, inline code, tables and code blocks are left alone.
"""

from __future__ import annotations

import html
import re

from ..text import han_count

NAME = "markup_residue"

_SECTION = re.compile(r"^\[[A-Za-z][A-Za-z0-9 _.+:-]{0,40}\]$")
#: ``key: value`` or ``key=value`` with a Latin key of one token (``Content-Type``, ``PlayResX``).
_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,40}\s*(?::|=)\s*(\S.{0,80})$")
_DECLARATION = re.compile(r"(?<![A-Za-z-])[a-z-]{2,40}\s*:\s*[^;{}\s]+(?:\s+[^;{}\s]+){0,3}\s*;")
_RULE_OPEN = re.compile(r"^[.#@]?[A-Za-z*][\w\s.#:>,\[\]=\"'()-]{0,80}\{")
_BRACE_ONLY = re.compile(r"^[{}\s;]+$")
#: A run that reads as encoded data: base64 (both cases and a digit, 40 characters or more) or hex;
#: not a file's name (``2ad70fa0….mp4``: the rules for pictures and videos read it).
_RUN = re.compile(r"(?<![A-Za-z0-9+/=_.-])(?:[A-Za-z0-9+/]{40,}={0,2}|(?:0x)?[0-9A-Fa-f]{32,})(?![A-Za-z0-9+/=_-]|\.[A-Za-z])")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s+[^<>\n]{0,400}?)?\s*/?>")
#: A tag cut at the end of a line (``<font color="red"``), or its tail at the start of one (``color="red">``).
_TAG_HEAD = re.compile(r"<[A-Za-z][A-Za-z0-9:-]{0,20}\s+[A-Za-z-]+\s*=\s*[\"'][^\"'<>]*[\"']?\s*$")
_TAG_TAIL = re.compile(r"^\s*(?:[A-Za-z-]+\s*=\s*[\"'][^\"'<>]*[\"']\s*)+/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: ``{\\b 票价}`` (the code goes, its text stays), ``{\\an8}`` / ``{\\i1}`` (goes whole).
_BRACE_CODE = re.compile(r"\{\\[A-Za-z*][^{}\s\\]*(?:\\[A-Za-z][^{}\s\\]*)*\s?([^{}\\]*)\}")
_BRACE_TAG = re.compile(r"\{/?(?:b|i|u|s|em|strong|color|size|font|bold|italic)(?:[:=][^{}]{0,40})?\}", re.I)
_SQUARE_TAG = re.compile(r"\[/?(?:b|i|u|s|color|size|font|url|quote|code|align|center|left|right|sup|sub)"
                         r"(?:=[^\[\]\n]{0,80})?\]|\[img\][^\[\]\n]{0,300}\[/img\]", re.I)
#: A control word after something that is not a path (``\\par``, ``\\b0``, ``\\'e4``).
_CONTROL_WORD = re.compile(r"(?<![A-Za-z0-9:/\\.])\\(?:'[0-9a-fA-F]{2}|[a-z]{1,24}-?\d{0,6}\s?)")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\[nrt](?=[^A-Za-z]|$)")
_ADDRESS = re.compile(r"://|www\.", re.I)
_ADDRESS_SPAN = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|`[^`\n]*`", re.I)
_KINDS = ("line", "p", "h", "caption")
_HEADER = "a container's or converter's key: value header"
#: A source with this many times more Latin letters than Han characters is written in a Latin script.
_LATIN_PAGE = 3
_LETTER = re.compile(r"[A-Za-z]")


def _encoded(run: str) -> bool:
    """True when ``run`` reads as encoded data, not as a word or a number."""
    if re.fullmatch(r"(?:0x)?[0-9A-Fa-f]+", run):
        return any(c.isdigit() for c in run) and any(c.isalpha() for c in run)
    return any(c.isdigit() for c in run) and any(c.isupper() for c in run) and any(c.islower() for c in run)


def machinery(line: str) -> str:
    """What kind of machinery a whole line is ("" when it is text)."""
    s = line.strip()
    if not s or han_count(s) or _ADDRESS.search(s):
        return ""
    if _SECTION.match(s):
        return "a section header of a settings or container format"
    if _BRACE_ONLY.match(s) or _RULE_OPEN.match(s) or _DECLARATION.findall(s) and \
            len(" ".join(_DECLARATION.findall(s))) >= len(s) * 0.7:
        return "a style declaration or rule"
    if _TAG.sub("", s).strip() == "" and _TAG.search(s):
        return "tags only"
    m = _FIELD.match(s)
    if m and len(m.group(1).split()) <= 6 and not re.search(r"[.!?]$", m.group(1)):
        return _HEADER
    if all(_encoded(r) for r in _RUN.findall(s)) and sum(map(len, _RUN.findall(s))) >= len(s) * 0.8:
        return "encoded data (a base64 or hex run)"
    return ""


def _tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, note) of the residue tokens in ``text``, disjoint, in order."""
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, new: str, note: str) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, end, new, note))

    taken += [m.span() for m in _ADDRESS_SPAN.finditer(text)]  # a web address is left as it is
    for m in _TAG.finditer(text):
        add(m.start(), m.end(), "", "a tag left from the source's markup")
    for m in (_TAG_HEAD.search(text), _TAG_TAIL.match(text)):
        if m:
            add(m.start(), m.end(), "", "a cut tag left from the source's markup")
    for m in _ENTITY.finditer(text):
        new = html.unescape(m.group(0)).replace("\u00a0", " ")
        if new != m.group(0):
            add(m.start(), m.end(), new, "a character reference → its character")
    for m in _BRACE_CODE.finditer(text):
        add(m.start(), m.end(), m.group(1), "a formatting code in braces (its text kept)")
    for pattern in (_BRACE_TAG, _SQUARE_TAG):
        for m in pattern.finditer(text):
            add(m.start(), m.end(), "", "a formatting code")
    for m in _RUN.finditer(text):
        if _encoded(m.group(0)):
            add(m.start(), m.end(), "", "encoded data (a base64 or hex run)")
    if "\\" in text:
        for m in _ESCAPE.finditer(text):
            add(m.start(), m.end(), chr(int(m.group(1), 16)) if m.group(1) else "", "a literal escape sequence")
        for m in _CONTROL_WORD.finditer(text):
            add(m.start(), m.end(), "", "a formatting control word")
    found.sort()
    return found


def _segments(block) -> list[tuple[int, int]]:
    """(start, end) of each raw line's piece of ``block``'s text."""
    starts = sorted({off for off, _ in block.marks if 0 <= off < len(block.text)} | {0})
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(block.text)])]


def _apply_edits(doc, b, edits) -> None:
    """Make ``edits`` (start, end, new, note) in ``b``, recorded in reading order; a block left
    empty leaves."""
    edits.sort()
    mark = len(doc.audit)
    for start, end, new, note in reversed(edits):
        doc.edit(b, start, end, new, note)
    doc.audit[mark:] = doc.audit[mark:][::-1]


def _drop_emptied(doc) -> None:
    """Blocks the edits left empty leave (their text is recorded already); the next one starts apart."""
    kept, owed = [], False
    for b in doc.blocks:
        if b.kind in _KINDS and b.verbatim is None and not b.text.strip():
            owed = True
            continue
        if owed:
            b.gap, owed = max(b.gap, 1), False
        kept.append(b)
    doc.blocks[:] = kept


def token_pass(doc) -> None:
    """The residue tokens inside lines (tags, references, codes, encoded runs, escapes) leave, early
    in the chain, so that every rule after reads the text (``markup_tokens``)."""
    for b in doc.blocks:
        if b.kind in _KINDS and b.verbatim is None and (edits := _tokens(b.text)):
            _apply_edits(doc, b, list(edits))
    _drop_emptied(doc)


def apply(doc):
    found = {}
    for b in doc.blocks:
        if b.kind in _KINDS and b.verbatim is None:
            segments = _segments(b)
            found[id(b)] = (segments, [machinery(b.text[s:e]) for s, e in segments])
    lines = [k for _, kinds in found.values() for k in kinds if k]
    # a key: value line alone (``Photo: AP``) is a credit, not a container's header; in a page written in a
    # Latin script such a line is the text's own ("Reuters: Markets rallied")
    alone = len(lines) < 2 or len(_LETTER.findall(doc.text)) > _LATIN_PAGE * han_count(doc.text)
    with doc.batch():
        for b in list(doc.blocks):
            if id(b) not in found:
                continue
            segments, kinds = found[id(b)]
            kinds = ["" if alone and k == _HEADER else k for k in kinds]
            if all(kinds):
                doc.remove(b, kinds[0] + ": never text", separates=True)
                continue
            edits = [(s, e, "", k + ": never text") for (s, e), k in zip(segments, kinds) if k]
            for (s, e), k in zip(segments, kinds):
                if not k:
                    edits += [(s + a, s + z, new, note) for a, z, new, note in _tokens(b.text[s:e])]
            if edits:
                _apply_edits(doc, b, edits)
    _drop_emptied(doc)
