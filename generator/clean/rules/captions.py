"""Photo captions led by ▲ ◀ ▶ ■ (and kin) become caption blocks, or leave the body.

- A caption cut by the layout continues on a short fragment just before the next long line
  ("…拍打岸" … "邊的岩石"): the fragment is attached.
- A caption whose words mostly repeat the article text (a pull quote or a duplicate of a box)
  carries no content of its own: removed.
- A short line standing alone right under a picture the reader removed ("关羽走单骑",
  "2023年3月24日，中国宜昌，手机上显示…的画作。") is the picture's caption: it leaves the text
  and is kept as a caption. It must end no sentence, or read as a photo agency's caption
  (the date and the place first, or a 图/摄 credit). A picture's credit in brackets closing it
  (``…一览（图源：网络）``) is no label: the line is still the caption.
"""

import re

from ..text import LIST_RE, ends_sentence

NAME = "captions"
_MARKER = re.compile(r"^[▲◀▶■▼△◁▷►◄]\s*")
_CLAUSE = re.compile(r"[，。；：！？,;:!?]")
_SKIP = re.compile(r"[\s\W_]+")


def _grams(s: str, n: int = 4) -> set[str]:
    s = _SKIP.sub("", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def _continuation(doc, i):
    """Index of the short fragment that continues the caption at ``i``, or None."""
    cands = []
    for j in range(i + 1, min(i + 3, len(doc.blocks))):
        t = doc.blocks[j]
        if t.kind != "line" or _MARKER.match(t.text) or len(t.text) > 16 or _CLAUSE.search(t.text) \
                or ends_sentence(t.text):
            break
        cands.append(j)
    if not cands:
        return None
    j = cands[-1]
    t = doc.blocks[j].text
    if _CLAUSE.search(t) or re.search(r"\s", t) or ends_sentence(t):
        return None
    return j


_PICTURE = re.compile(r"!\[|<img\b|\.(?:png|jpe?g|gif|webp|svg)\b", re.I)
_PHOTO_CAPTION = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[，,][\u4e00-\u9fff]{2,12}[，,]|[（(](?:摄|攝|图|圖|资料图片|資料圖片|"
                            r"新华社|新華社|视觉中国|視覺中國)[^）)]{0,12}[）)]$|^(?:图|圖)\s*[/／|｜:：]")
_LABEL = re.compile(r"[：:]|^【.*】$")
#: A picture's credit in brackets closing its caption ("…一览（图源：网络）"): no label of the line.
_CREDIT_TAIL = re.compile(r"[（(]\s*(?:图源|圖源|图片来源|圖片來源|图片|圖片|图|圖|来源|來源|摄影|攝影|摄|攝)\s*[:：／/][^（）()]{1,20}[）)]\s*$")
_UNDER_PICTURE = 40  # characters: a longer line under a picture is text


def _under_pictures(doc) -> None:
    """Short lines standing alone right under a removed picture become its caption."""
    pictures = {e.line for e in doc.audit if e.action == "removed" and _PICTURE.search(e.before[:300])}
    if not pictures or not doc.text:
        return
    raw = doc.text.split("\n")
    bl = doc.blocks
    for i, b in enumerate(bl):
        t = b.text.strip()
        if b.kind != "line" or not (2 <= len(t) <= _UNDER_PICTURE) or b.line < 2 or len(b.marks) > 1:
            continue
        k = b.line - 2  # the raw line above, skipping blank ones
        while k >= 0 and not raw[k].strip():
            k -= 1
        if k + 1 not in pictures or (i + 1 < len(bl) and bl[i + 1].gap == 0 and bl[i + 1].kind == "line"):
            continue
        if (ends_sentence(t) and not _PHOTO_CAPTION.search(t)) or _LABEL.search(_CREDIT_TAIL.sub("", t)) or LIST_RE.match(t):
            continue  # a sentence, a label or prompt ("提示词：…", "归纳："), a 【】 headline, a list item
        b.kind = "caption"
        doc.record(b.line, t, "> " + t, "changed", f"short line under a picture (raw line {k + 1}) → its caption")


#: The end of a sentence inside a line (not its last character).
_SENTENCE_END = re.compile(r"[。！？](?=.)")


def _bullet_paragraph(text: str) -> bool:
    """A report's ■ bullet opening sentences of argument ("■ 事件：10月29日，…征税。终裁税率较…下调，…"):
    two sentences and more, past a short label; no picture's caption (a caption points: ▲ ▼ ◀ ▶)."""
    return len(text) > 30 and len(_SENTENCE_END.findall(text.strip())) >= 1 and text.strip()[-1:] in "。！？；）)"


def apply(doc):
    _marked(doc)
    _under_pictures(doc)  # after: a caption under a picture is the picture's, whatever its length


def _marked(doc):
    consumed: set[int] = set()  # continuation fragments, taken out in one pass at the end
    for i, b in enumerate(doc.blocks):
        m = _MARKER.match(b.text) if b.kind == "line" and i not in consumed else None
        if not m or m.group(0).startswith("■") and _bullet_paragraph(b.text[m.end():]):
            continue
        doc.edit(b, 0, m.end(), "", "caption marker")
        b.kind = "caption"
        if not ends_sentence(b.text):
            j = _continuation(doc, i)
            if j is not None:
                frag = doc.blocks[j]
                consumed.add(j)
                doc.record(frag.line, frag.text, b.text + frag.text, "changed",
                           "caption continued after an interruption")
                b.marks.append((len(b.text), frag.line))
                b.text += frag.text
    if consumed:
        doc.blocks[:] = [b for k, b in enumerate(doc.blocks) if k not in consumed]
    if not any(t.kind == "caption" for t in doc.blocks):
        return
    body = set()
    for t in doc.blocks:
        if t.kind == "line":
            body |= _grams(t.text)
    with doc.batch():
        for b in [t for t in doc.blocks if t.kind == "caption"]:
            g = _grams(b.text)
            if g and len(g & body) >= 0.5 * len(g):
                doc.remove(b, "caption repeats the article text")
            elif len(_SKIP.sub("", b.text)) < 4:
                doc.remove(b, "caption without content")
