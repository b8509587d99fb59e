"""Character classes and small predicates shared by the cleaning rules."""

from __future__ import annotations

import bisect
import re

#: Han ideographs (BMP blocks and the supplementary planes).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Full-width / CJK punctuation, including curly quotes, ellipsis and the middle dot.
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"
CJK = HAN + CJK_PUNCT

HAN_RE = re.compile(f"[{HAN}]")
#: Sentence-final punctuation, optionally followed by closing quotes/brackets.
FINAL_RE = re.compile(r"(?:[。！？!?…]|\.{3})[”’」』）)\]》\"']*(?:\s*\|)?$")
#: A line that starts a list item: （1） 1、 1. 1， ① - * • 第一， and a to-do's box [ ] [x]
LIST_RE = re.compile(
    r"^(?:[（(]\d{1,2}[)）]|\d{1,2}\s?[、.．，,)）](?!\d)|[①-⑳]|[-*•]\s|第[一二三四五六七八九十]+[，、：]|\[[ xX✓√]\]\s)"
)
#: Things the text rules must never touch: inline code, Markdown link targets, URLs. Each
#: alternative starts with a literal, so a failed try costs at most the run up to the next one.
_PROTECT_ANCHORED = re.compile(
    r"`[^`\n]*`|\]\((?:[^()\s]|\([^()\s]*\))*\)|https?://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+"
)
#: A run of ASCII word characters, dots and dashes (a domain candidate, or the local part of an
#: e-mail address). Maximal runs do not overlap, so one pass over the text finds them all.
_DOTTED_RUN = re.compile(r"[A-Za-z0-9_.+-]+")
_DOMAIN = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")
_PATH_TAIL = re.compile(r"[^\s\u4e00-\u9fff]*")
_EMAIL_TAIL = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_.]+")


def is_han(ch: str) -> bool:
    """True for a Han ideograph."""
    return bool(ch) and HAN_RE.match(ch) is not None


def han_count(s: str) -> int:
    """Number of Han ideographs in ``s``."""
    return len(HAN_RE.findall(s))


_CLOSERS = "”’」』）)]》\"'"
_FINAL = "。！？!?…"


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with sentence-final punctuation (。！？… + closers, then an optional
    ``|``, the OCR form of 」): what :data:`FINAL_RE` matches at the end, read from the end only,
    so the cost does not grow with the length of ``s``."""
    t = s.rstrip()
    if t.endswith("|"):
        t = t[:-1].rstrip()
    t = t.rstrip(_CLOSERS)
    return t.endswith(tuple(_FINAL)) or t.endswith("...")


def protected_spans(s: str) -> list[tuple[int, int]]:
    """Sorted, disjoint spans (start, end) of URLs, code, link targets, domains with a path
    (``example.com/a``) and e-mail addresses in ``s``.

    Linear in ``len(s)``: no pattern is tried from every position of a long run (a regular
    expression such as ``[\\w.+-]+@…`` does that, and took minutes on one long paragraph).
    """
    anchored = [m.span() for m in _PROTECT_ANCHORED.finditer(s)]  # in order, disjoint
    spans, k, covered = list(anchored), 0, 0
    for m in _DOTTED_RUN.finditer(s):
        a, z = m.span()
        while k < len(anchored) and anchored[k][1] <= a:
            k += 1
        if a < covered or (k < len(anchored) and anchored[k][0] <= a):
            continue  # already inside a URL or a path found before: never scanned twice
        if z < len(s) and s[z] == "/" and "." in s[a:z]:
            # a domain with a path: the longest well-formed tail of the run, then the path
            run = s[a:z]
            cut = max(run.rfind(".."), run.rfind("+"))
            head = a + cut + (2 if run[cut:cut + 2] == ".." else 1) if cut >= 0 else a
            while head < z and s[head] in ".-":
                head += 1
            if _DOMAIN.fullmatch(s, head, z):
                covered = _PATH_TAIL.match(s, z + 1).end()
                spans.append((head, covered))
        elif z < len(s) and s[z] == "@" and a < z:
            tail = _EMAIL_TAIL.match(s, z + 1)
            if tail:
                covered = tail.end()
                spans.append((a, covered))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge those that overlap."""
    out: list[tuple[int, int]] = []
    for a, z in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], z))
        else:
            out.append((a, z))
    return out


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls inside one of ``spans`` (sorted and disjoint)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def hard_break(prev_text: str, text: str, gap: int) -> bool:
    """True when a line can never continue the line before it (so the two are separate blocks)."""
    return gap > 0 or bool(LIST_RE.match(text)) or text.startswith("#") or prev_text.startswith("#")


#: A speaker's turn label opening a line of an interview: 問/答/记者/主持人/Q/A, or a name of two to
#: four characters (with a role in brackets: "陳立（總裁）：") that opens two lines or more.
TURN_RE = re.compile(r"^\s*(?:[【\[](問|问|答|Q|A|Ｑ|Ａ|記者|记者|主持人)[】\]]\s*[：:]?|"
                     r"(問|问|答|Q|A|Ｑ|Ａ|記者|记者|主持人|[\u4e00-\u9fff]{2,4})"
                     r"\s*(?:[（(][^（()）\n]{1,24}[）)]\s*)?[：:])")  # (one run of spaces: no rescan)
FIXED_TURNS = frozenset({"問", "问", "答", "Q", "A", "Ｑ", "Ａ", "記者", "记者", "主持人"})


def _label(m: re.Match) -> str:
    return m.group(1) or m.group(2)


def turn_counts(blocks) -> dict[str, int]:
    """How many lines each label of :data:`TURN_RE` opens in this text."""
    seen: dict[str, int] = {}
    for b in blocks:
        m = TURN_RE.match(b.text) if b.kind == "line" else None
        if m:
            seen[_label(m)] = seen.get(_label(m), 0) + 1
    return seen


def turn_labels(blocks) -> frozenset[str]:
    """The labels that open speakers' turns in this text (see :data:`TURN_RE`)."""
    return frozenset(w for w, n in turn_counts(blocks).items() if w in FIXED_TURNS or n >= 2)


def interview_labels(blocks) -> frozenset[str]:
    """The labels of a Q&A text: two speakers or more, each opening two lines or more (empty when
    the text is no interview)."""
    repeated = frozenset(w for w, n in turn_counts(blocks).items() if n >= 2)
    return repeated if len(repeated) >= 2 else frozenset()


def opens_turn(text: str, labels) -> bool:
    """True when ``text`` opens on one of the speakers' ``labels``."""
    m = TURN_RE.match(text) if labels else None
    return bool(m) and _label(m) in labels
