"""Things an editor must decide, flagged with raw line numbers and never changed.

Truncated paragraphs, paragraphs that start mid-word, unbalanced quotes, short orphan fragments
(probably from another column), odd letter case that suggests an OCR glyph confusion; and a large
removal of prose: when one rule, for one reason, took several blocks of sentences out of the body
(two or more of two sentences and 30 Han characters, or 200 Han characters of sentences in all), the
editor is told where and how to bring them back, since furniture is short lines and prose rarely is.
"""

import re

from ..safetynet import CONVERTED_ASIDE
from ..text import ends_sentence, han_count

NAME = "review_flags"
#: A paragraph opening on a character that ends words ("了", "们", "月" + digit …), unless it opens a
#: common word ("过去一周…", "分析人士…", "时间来到…").
_MIDWORD_START = re.compile(r"^(?:[月日号號](?=\d)|(?!过去|過去|时间|時間|时候|時候|时代|時代|时至|時至|分析|分别|分別|得益|得到|的确|的確|了解|地方|地区|地區|着眼|著名)[时時分秒的了着著过過得地们們]|[，、。；：,;:]"
                            r"|[前后後中里裏内內外上下间間][，,])")  # "前，OpenAI公布…": "[两周]前" lost
_ODD_CASE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[a-rt-z](?![A-Za-z])")
_PAIRS = (("「", "」"), ("“", "”"), ("《", "》"), ("（", "）"))


#: A removed block that reads as prose: two sentence ends and this many Han characters.
_PROSE_HAN = 30
_PROSE_TOTAL = 200
_SENTENCE_END = re.compile(r"[。！？!?]")


def _prose(text: str) -> bool:
    return len(_SENTENCE_END.findall(text)) >= 2 and han_count(text) >= _PROSE_HAN


def _removed_prose(doc) -> None:
    groups: dict[tuple[str, str], list] = {}
    for e in doc.audit:
        if e.action in ("removed", "set_aside") and e.rule != NAME and _SENTENCE_END.search(e.before) \
                and not e.note.startswith(CONVERTED_ASIDE):
            groups.setdefault((e.rule, e.note), []).append(e)
    for (rule, note), es in groups.items():
        prose = [e for e in es if _prose(e.before)]
        total = sum(han_count(e.before) for e in es if _SENTENCE_END.search(e.before))
        if len(prose) >= 2 or total >= _PROSE_TOTAL:
            lines = sorted(e.line for e in es)
            doc.flag(lines[0], es[0].before[:30] + "…",
                     f"{len(es)} blocks of text ({total} Han characters in sentences, raw lines {lines[0]}–{lines[-1]}) "
                     f"were removed as “{note}” by the rule {rule}. If they are the article's own text, bring them "
                     f"back with clean_disable: [{rule}] in the article's front matter.")


def apply(doc):
    from .timeline_box import is_entry  # (a timeline's entry ends on no sentence mark by its form)
    _removed_prose(doc)
    bl = doc.blocks
    for i, b in enumerate(bl):
        if b.kind != "p":
            continue
        t = b.text
        nxt = bl[i + 1] if i + 1 < len(bl) else None
        prev = bl[i - 1] if i else None
        if not doc.markdown and (prev is None or prev.kind != "table") and han_count(t) >= 4 and not ends_sentence(t) and not t.endswith(("：", ":", "；")) \
                and (nxt is None or nxt.kind in ("h", "caption", "table")) and len(t) > 20 and not is_entry(t):
            doc.flag(b.line_at(len(t) - 1), t[-20:],
                     "Paragraph ends mid-sentence: the rest was probably lost in the page layout. Complete it "
                     "from the original, or mark the gap (……).")
        if _MIDWORD_START.match(t):
            doc.flag(b.line, t[:20], "Paragraph starts mid-word: its beginning was probably lost (OCR of another "
                     "column). Restore it from the original page.")
        for o, c in _PAIRS:
            if t.count(o) != t.count(c):
                doc.flag(b.line, t[:30] + "…", f"Unbalanced {o}{c} in this paragraph: a quote may be cut off or two "
                         "paragraphs wrongly joined. Check against the original.")
                break
        if len(t) <= 12 and prev is not None and prev.kind == "h" and (nxt is None or nxt.kind == "p") \
                and not _bio_under_post(prev.text, t) and not _post_opening(prev.text, t):
            doc.flag(b.line, t, "Very short paragraph right after a heading: possibly a fragment from another "
                     "column. Move it to where it belongs or delete it.")
    for a, b in zip(bl, bl[1:] + [None]):
        if a.kind == "h" and (b is None or b.kind == "h" and b.level <= a.level) \
                and not a.text.endswith("未收录）"):
            doc.flag(a.line, a.text, "Section without text (its content was only pictures or videos, or was lost): "
                     "add a note such as （原文为图片，未收录） or drop the heading.")
    for b in bl:
        texts = [b.text] if b.rows is None else [c for r in b.rows for c in r]
        if b.kind == "h":
            texts = [b.text]
        for t in texts:
            for m in _ODD_CASE.finditer(t):
                doc.flag(b.line, t, f"“{m.group(0)}” has odd letter case: probably an OCR glyph confusion. "
                         "Check the original.")


def _post_opening(heading: str, text: str) -> bool:
    """A post's own opening line under its heading: a salutation or a lead-in closing on a colon
    (``各位好：``, ``补充几点：``), which the post's next paragraph goes on from."""
    return bool(re.match(r"^\d{1,4}\s*[楼樓]", heading.strip())) and text.endswith(("：", ":"))


def _bio_under_post(heading: str, text: str) -> bool:
    """The author's bio under a post's heading (``1楼　X　date`` over ``X，bio。``, see readers.answers)."""
    m = re.match(r"^\d{1,4}\s*[楼樓][\s\u3000]+(\S{1,16})", heading.strip())
    return bool(m) and text.startswith(m.group(1) + "，")
