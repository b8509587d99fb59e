"""A saved page's info line under its headline: date, labelled fields and the page's tools, glued.

A news page prints under its headline a row of spans — the time, ``来源：X``, ``作者：Y``, the
font-size switch ``【字号 大 中 小】``, ``打印本页`` — that a page's text extraction glues into one
line (``2024-10-09 07:15来源：华商财经日报作者：周立新【字号大中小】打印本页``). Left in, it is the
article's first paragraph.

- A line among the first blocks, before the first sentence of running text, that is made only of a
  date (with its time), labelled fields (来源/作者/记者/编辑/发布时间 …, from
  :data:`generator.readers.headrows.FIELD_LABELS`) and the page's tools (字号 大中小, 打印/列印,
  关闭窗口, 收藏, 分享, A+ A-), with at least two such pieces, one of them a date or a field, leaves
  the text: its date, outlet and author become the article's when nothing else gave them (the
  page's own metadata comes first). A line with anything else in it (a sentence) stays.

It runs after ``page_layout``, which reads a header's fields set apart by spaces (``发布时间：… 来源：…
【字体：大 中 小】``); this rule reads the line whose spans were glued with no space or that opens on a
bare date. Every removal is recorded (action ``metadata``) with the raw line.
"""

from __future__ import annotations

import re

from ...readers.headrows import FIELD_LABELS
from ...readers.meta import clean_author, iso_date

NAME = "info_lines"
_SCAN = 6

_TOOLS = re.compile(
    r"[【\[［(（]?\s*(?:字[号號體体]|字級|字级)\s*[:：]?\s*(?:[大中小]\s*){2,3}[】\]］)）]?"
    r"|[【\[［]\s*(?:打印|列印|关闭|關閉|收藏)[^】\]］]{0,4}[】\]］]"
    r"|打印本[页頁文]|列印本[页頁文]|打印|列印|关闭窗口|關閉視窗|關閉窗口|加入收藏|收藏本[页頁文]|收藏|"
    r"分享到|分享至|复制链接|複製連結|[AT]\s*[+＋\-－]")
_STAMP = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                    r"(?:\s*(?:星期|周|週)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?")
_LABELS = {k: v for k, v in FIELD_LABELS.items() if k in ("outlet", "author", "date", "drop")}
_FIELD = re.compile(r"(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items()) + r")\s*[:：]")
_SENTENCE = re.compile(r"[。！？!?；;]")


def read(text: str) -> list[tuple[str, str]] | None:
    """The (field, value) pieces of an info line (``tool`` for a page's control), or None when the
    line holds anything else."""
    t = text.strip()
    if not t or len(t) > 120 or _SENTENCE.search(t):
        return None
    spans: list[tuple[int, int, str]] = [(m.start(), m.end(), "tool") for m in _TOOLS.finditer(t)]
    spans += [(m.start(), m.end(), "date") for m in _STAMP.finditer(t)
              if not any(a <= m.start() < z for a, z, _ in spans)]
    spans += [(m.start(), m.end(), next(k for k in _LABELS if m.group(k))) for m in _FIELD.finditer(t)
              if not any(a <= m.start() < z for a, z, _ in spans)]
    spans.sort()
    out: list[tuple[str, str]] = []
    pos = 0
    for n, (a, z, kind) in enumerate(spans):
        if a < pos:
            continue
        if t[pos:a].strip(" \u3000|｜/"):
            return None  # text no piece accounts for
        if kind in ("tool", "date"):
            out.append((kind, t[a:z]))
            pos = z
            continue
        end = next((b for b, _, _ in spans[n + 1:] if b >= z), len(t))
        value = t[z:end].strip(" \u3000|｜/")
        if not value or len(value) > 30:
            return None
        out.append((kind, value))
        pos = end
    if t[pos:].strip(" \u3000|｜/"):
        return None
    facts = [k for k, _ in out if k in ("date", "outlet", "author")]
    return out if len(out) >= 2 and facts else None


def apply(doc):
    for b in doc.blocks[:_SCAN]:
        if b.kind not in ("line", "p"):
            continue
        pieces = read(b.text)
        if pieces is None:
            if _SENTENCE.search(b.text):
                return  # the text has begun
            continue
        got = []
        for kind, value in pieces:
            key = "date" if kind == "date" else kind
            if key == "date":
                value = iso_date(re.sub(r"\s*(?:星期|周|週).*$|\s+\d{1,2}[:：]\d{2}.*$", "", value))
            elif key == "author":
                value = clean_author(value)
            elif key != "outlet":
                continue
            if value and not doc.meta.get(key) and not doc.declared.get(key):
                doc.meta[key] = value
                doc.meta_lines[key] = b.line
                got.append(key)
        doc.remove(b, "the page's info line under its headline (date, source, author, the page's tools)"
                   + (f" → {', '.join(got)}" if got else ": what it says the page's metadata already has"),
                   action="metadata")
        return
