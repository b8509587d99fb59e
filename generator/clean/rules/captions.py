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
- A run of two or more "■"-led paragraphs that are each a long statement of several sentences (a
  research note's "投资要点": "■ 事件：…。…。") is a list of body paragraphs, not captions: a picture's
  description is short. They stay in the text (``list_marks`` takes the bullet off).
"""

import re

from ..text import LIST_RE, ends_sentence, han_count

NAME = "captions"
_MARKER = re.compile(r"^[▲◀▶■▼△◁▷►◄]\s*")
_CLAUSE = re.compile(r"[，。；：！？,;:!?]")
#: A report's bullet (not a picture's marker) when it opens a run of long statements.
_BULLET = re.compile(r"^■")
_STATEMENT_HAN = 20  # han characters, with a sentence ending inside the line: a picture's description is one short sentence
_SENTENCE_END = re.compile(r"[。！？!?](?=.)")


def _statement(text: str) -> bool:
    """A long statement of several sentences (at least one sentence ends before the line does)."""
    return han_count(text) >= _STATEMENT_HAN and bool(_SENTENCE_END.search(text.strip()))


def _bullet_runs(doc) -> set[int]:
    """Indices of "■"-led lines in runs of two or more long statements: body paragraphs of a list."""
    keep: set[int] = set()
    run: list[int] = []
    for i, b in enumerate(doc.blocks + [None]):
        if b is not None and b.kind == "line" and _BULLET.match(b.text) and _statement(b.text):
            run.append(i)
            continue
        if len(run) >= 2:
            keep.update(run)
        run = []
    return keep
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


def apply(doc):
    _marked(doc)
    _under_pictures(doc)  # after: a caption under a picture is the picture's, whatever its length


def _marked(doc):
    consumed: set[int] = set()  # continuation fragments, taken out in one pass at the end
    bullets = _bullet_runs(doc)
    for i, b in enumerate(doc.blocks):
        m = _MARKER.match(b.text) if b.kind == "line" and i not in consumed and i not in bullets else None
        if not m:
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
