"""Half-width punctuation inside Chinese text becomes full-width (clreq).

``,`` ``:`` ``;`` after or before Chinese → ``，`` ``：`` ``；`` (surrounding spaces go); ``?`` ``!``
after Chinese → ``？`` ``！``; a comma between a figure closing a Chinese clause and a Latin name
opening the next (``收跌2.1%,Maruha``) → ``，``; a ``( )`` pair whose content is Chinese → ``（ ）``. Numbers ("1,000",
"3.5", "9:00"), Latin text, URLs and code are never touched.
"""

import bisect
import re

from ..text import CJK, protected_spans

NAME = "punctuation"
# Leading spaces are taken only from the start of their run (the lookbehind), so a long run of
# spaces is not rescanned from each of its positions.
_MARK = re.compile(r"(?:(?<![ \t\u00a0])[ \t\u00a0]++)?([,:;?!])[ \t\u00a0]*+")
_PAREN = re.compile(r"(?:(?<![ \t])[ \t]++)?\(([^()（）\n]{1,80})\)")
_SKIP_RUN = re.compile(r"[,:;?!，：；？！ \t\u00a0]+")
_IS_CJK = re.compile(f"[{CJK}]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_SKIP = set(",:;?!，：；？！ \t\u00a0")
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


def _cjk(ch: str) -> bool:
    return bool(ch) and _IS_CJK.match(ch) is not None


class _Near:
    """The nearest character from a position, in either direction, that is not a space or a
    convertible mark.

    Looking past the marks keeps the decision the same whether a neighbouring mark is already
    full-width or not, so a second pass changes nothing. Runs of such characters are found once
    (a step-by-step walk from every mark was quadratic on a long run of commas).
    """

    def __init__(self, text: str):
        self.text = text
        self.runs = [m.span() for m in _SKIP_RUN.finditer(text)]
        self.starts = [a for a, _ in self.runs]

    def __call__(self, i: int, step: int) -> str:
        text = self.text
        if not 0 <= i < len(text):
            return ""
        if text[i] in _SKIP:
            a, z = self.runs[bisect.bisect_right(self.starts, i) - 1]
            i = z if step > 0 else a - 1
            if not 0 <= i < len(text):
                return ""
        return text[i]


def _mark_repl(text):
    near = _Near(text)

    def repl(m):
        ch = m.group(1)
        before, after = near(m.start(1) - 1, -1), near(m.end(1), 1)
        tight_before = text[m.start(1) - 1] if m.start(1) else ""
        tight_after = text[m.end(1)] if m.end(1) < len(text) else ""
        if ch in ",:" and tight_before.isdigit() and tight_after.isdigit():
            return None  # 1,000 / 9:00
        if ch == ":" and text.startswith("//", m.end(1)):
            return None
        if ch in "?!":
            ends = not after or _cjk(after)
            if not (_cjk(before) or (ends and _HAN.search(text[max(0, m.start() - 12):m.start()]))):
                return None
        elif not (_cjk(before) or _cjk(after)) and not _clause_comma(ch, tight_before, tight_after, text, m.start()):
            return None
        return _FULL[ch]
    return repl


def _clause_comma(ch, tight_before, tight_after, text, at) -> bool:
    """A comma ending a Chinese clause on a figure and opening the next on a Latin name
    ("收跌2.1%,Maruha Nichiro下跌"): no space after it, Chinese just before the figure."""
    return ch == "," and tight_after.isascii() and tight_after.isupper() \
        and (tight_before.isdigit() or tight_before in "%)）」”") and bool(_HAN.search(text[max(0, at - 12):at]))


def _paren_repl(text):
    def repl(m):
        if not _HAN.search(m.group(1)):
            return None
        before = text[m.start() - 1] if m.start() else ""
        lead = m.group(0)[: m.start(1) - 1 - m.start()]
        keep = lead if lead and not (_cjk(before) or before.isdigit() or before.isalpha()) else ""
        return keep + "（" + m.group(1) + "）"
    return repl


def apply(doc):
    _meta(doc)
    for b in doc.blocks:
        if b.kind not in ("p", "h", "caption"):
            continue
        doc.sub(b, _PAREN, _paren_repl(b.text), "half-width parentheses around Chinese → full-width",
                skip=protected_spans(b.text))
        doc.sub(b, _MARK, _mark_repl(b.text), "half-width punctuation in Chinese → full-width",
                skip=protected_spans(b.text))


def _meta(doc):
    for key, line in doc.meta_lines.items():
        text = doc.meta.get(key)
        if not isinstance(text, str):
            continue
        paren = _paren_repl(text)
        new = _PAREN.sub(lambda m: paren(m) or m.group(0), text)
        mark = _mark_repl(new)
        new = _MARK.sub(lambda m: mark(m) or m.group(0), new)
        if new != text:
            doc.record(line, text, new, "changed", f"half-width punctuation in the {key} → full-width")
            doc.meta[key] = new
