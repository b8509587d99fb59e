"""Photo captions and credits in the forms Chinese outlets print between paragraphs.

- A credit alone on a line — "资料图片", "图片来源：视觉中国", "受访者供图", "新华社记者 李四 摄",
  "（张三 摄）" — leaves the body for ``meta["credits"]``.
- A caption line — "图为…", "图：…", "上图：…" (and ▲ △ ◀ ▶ lines, which ``captions`` turns into
  caption blocks) — becomes a caption block; a credit at its end ("（资料图片）", "（张三 摄）")
  goes to the credits.
- A credit opening a caption, set apart by a wide space (``圖／X提供　雷軍在…``, ``Photo: AFP  …``): the
  credit goes to the credits, the rest of the line becomes a caption block.
Only short lines standing between paragraphs are touched: a blank line or a sentence end before
them, so a hard-wrapped sentence that happens to go on with "图为" is left alone.
"""

import re

from ..text import ends_sentence

NAME = "photo_credits"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_CREDIT = (
    r"资料图片|資料圖片|资料图|資料圖|网络图片|網絡圖片|(?:图片|圖片)(?:来源|來源|提供)[:：]\s*\S.{0,30}|"
    r"(?:图源|圖源|来源|來源)[:：]\s*(?:视觉中国|視覺中國|图虫|圖蟲|IC photo|东方IC|東方IC|网络|網絡|受访者|受訪者)\S{0,10}|"
    r"[^\s（()）▲△◀▶]{1,12}?(?:供图|供圖)|(?:摄影|攝影)\s*[:：／/]\s*[^\s（()）：:／/]{2,12}|(?:图|圖)\s*[／/]\s*[^\s（()）：:／/]{2,12}|"
    rf"(?:[^\s（()）▲△◀▶]{{0,12}}?(?:记者|記者|通讯员|通訊員|摄影师|攝影師|摄影|攝影|特约|特約)\s*)?{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*(?:摄|攝)"
)
_CREDIT_LINE = re.compile(rf"^[（(]?(?:{_CREDIT})[）)]?$")
_TRAILING = re.compile(rf"\s*[（(](?:{_CREDIT})[）)]$|\s+(?:资料图片|資料圖片|资料图|資料圖)$")
_CAPTION = re.compile(r"^(?:图为|圖為|(?:上|下|左|右|题|題)?(?:图|圖)[:：])\s*\S"
                      # a picture's placeholder with its caption after it ("[图片] 发布会现场。")
                      r"|^\s*[\[【［]\s*(?:图片|圖片|图|圖|照片|配图|配圖|photo|Photo|image|Image)\s*[\]】］]\s*\S"
                      # a caption in brackets under its label ("（圖說：…）", "图注：…")
                      r"|^\s*[（(]?\s*(?:图说|圖說|图注|圖註|图片说明|圖片說明|照片说明|照片說明)\s*[:：]\s*\S")
#: A credit opening a caption, set apart from it by a wide space (``圖／小米集團提供　雷軍在…``, ``Photo: AFP  …``).
_LEAD_CREDIT = re.compile(r"^((?:图|圖|图片|圖片|摄影|攝影|照片|Photo|PHOTO|Image)\s*[／/:：]\s*[^\s（()）：:／/，。]{2,16})"
                          r"(?:\u3000+|\s{2,})(?=\S.{3,})")
_MARKER = re.compile(r"^[▲◀▶■▼△◁▷►◄]")
_MAX = 80


def _between(doc, i) -> bool:
    b = doc.blocks[i]
    prev = doc.blocks[i - 1] if i else None
    return b.gap > 0 or prev is None or prev.kind != "line" or ends_sentence(prev.text)


def apply(doc):
    with doc.batch():
        for i, b in enumerate(list(doc.blocks)):
            if b.kind not in ("line", "caption") or len(b.text) > _MAX:
                continue
            if _CREDIT_LINE.match(b.text) and _between(doc, i):
                doc.meta.setdefault("credits", [])
                credit = b.text.strip("（）()")
                doc.to_meta(b, "credits", [] if credit in doc.meta["credits"] else credit,
                            "photo credit line → credits")
                continue
            lead = _LEAD_CREDIT.match(b.text) if b.kind == "line" and _between(doc, i) else None
            if lead:
                credits = doc.meta.setdefault("credits", [])
                if lead.group(1) not in credits:
                    credits.append(lead.group(1))
                doc.edit(b, 0, lead.end(), "", "photo credit opening a caption → credits")
            caption = (lead or _CAPTION.match(b.text)) and b.kind == "line" and _between(doc, i)
            if caption or _MARKER.match(b.text) or b.kind == "caption":
                t = _TRAILING.search(b.text)
                if t and t.start() > 0:
                    doc.meta.setdefault("credits", [])
                    credit = t.group(0).strip().strip("（）()")
                    if credit not in doc.meta["credits"]:
                        doc.meta["credits"].append(credit)
                    doc.edit(b, t.start(), t.end(), "", "photo credit at the end of a caption → credits")
            if caption:
                b.kind = "caption"
                doc.record(b.line, b.text, "> " + b.text, "changed", "photo caption line → caption")
