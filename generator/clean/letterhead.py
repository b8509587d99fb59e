"""What stands around a document's title at its head, by its shape, on any notice, letter or page:

- **A title printed on two lines** (``关于近期呼吸道疾病就诊高峰的`` ⏎ ``温 馨 提 示``): a title that
  ends on a word that cannot end one (的, 之, 与, 和, 及, 对, 关于) goes on in the short line under it
  (twelve characters at most, no punctuation; letters spaced out for show are set close): one title.
- **The letterhead above the title**: among the first lines above the title, a line that is only a
  body's name (…医院, …大学, …学校, …公司, …委员会, …政府, …局, …中心, …协会, …银行) is who issued the
  document: the outlet (when nothing else gives it), out of the text; the body's name in capitals
  beside it (``BINJIANG CHILDREN'S HOSPITAL``) goes with it.

- **A number line above the title** (``院务公开栏  编号：YW-2023-117``, ``文号：X〔2024〕3号``): a short label
  perhaps, and the document's number: to the credits.

- **A masthead framed by rules** at the head of the text (``=====`` ⏎ ``团餐观察 · 第38期 · 2023年10月9日`` ⏎
  ``X咨询研究组`` ⏎ ``=====``): one to three short lines with no sentence between two rule lines, not
  right under a paragraph: the publication's name, issue and date, not text: to the credits (its date
  the date when nothing else gives it).

Each change is recorded (``metadata``).
"""

from __future__ import annotations

import re

_OPEN_END = re.compile(r"(?:的|之|与|與|和|及|对|對|关于|關於|在|为|為)$")
_SHORT = 12
_BODY = re.compile(r"^[\u4e00-\u9fff（）()]{3,24}(?:医院|醫院|大学|大學|学院|學院|学校|學校|公司|委员会|委員會|人民政府|政府|局|厅|廳|"
                   r"中心|协会|協會|学会|學會|银行|銀行|研究所|研究院|集团|集團|基金会|基金會)$")
_CAPS = re.compile(r"^[A-Z][A-Z0-9'&.,\- ]{5,80}$")
_HEAD = 6
_NUMBER = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[ \t\u3000]+)?(?:编号|編號|文号|文號|索引号|索引號)\s*[:：]\s*[A-Za-z0-9\-〔〕\[\]（）()\u4e00-\u9fff]{2,24}$")


def _unspace(text: str) -> str:
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text.strip())


def continued_title(doc) -> None:
    title = doc.meta.get("title")
    line = doc.meta_lines.get("title")
    if not isinstance(title, str) or not line or doc.declared.get("title") or not _OPEN_END.search(title.strip()):
        return
    nxt = next((b for b in doc.blocks if b.kind in ("line", "h") and b.line > line), None)
    if nxt is None or nxt.line != line + 1:
        return
    rest = _unspace(nxt.text)
    if not (2 <= len(rest) <= _SHORT) or re.search(r"[，。！？；：:,.!?;、（）()]", rest) or not re.fullmatch(r"[\u4e00-\u9fff]+", rest):
        return
    doc.meta["title"] = title.strip() + rest
    doc.remove(nxt, "the title's second line (the title ends on a word that cannot end it) → title", "metadata",
               separates=True)


def letterhead(doc) -> None:
    line = doc.meta_lines.get("title")
    if not line or line > _HEAD + 2:
        return
    above = [b for b in doc.blocks if b.kind == "line" and b.line < line][:_HEAD]
    for b in above:
        if len(b.text) <= 40 and _NUMBER.match(b.text.strip()):
            doc.meta.setdefault("credits", []).append(b.text.strip())
            doc.remove(b, "the document's number above its title → credits", "metadata", separates=True)
    body = next((b for b in above if _BODY.match(b.text.strip())), None)
    if body is None:
        return
    if not doc.declared.get("outlet"):
        doc.meta.setdefault("outlet", body.text.strip())
    doc.remove(body, "the letterhead above the title: the body that issued the document → outlet", "metadata",
               separates=True)
    caps = next((b for b in above if b.line in (body.line - 1, body.line + 1) and _CAPS.match(b.text.strip())), None)
    if caps is not None:
        doc.remove(caps, "the issuing body's name in capitals, beside its letterhead", "metadata", separates=True)


_RULE = re.compile(r"^\s*(?:[=＝]{8,}|[-－—_]{8,}|[*＊]{8,}|[~～]{8,})\s*$")


def framed_masthead(doc) -> None:
    from .rules.form_headers import _date
    bl = doc.blocks
    rules = [i for i, b in enumerate(bl[:_HEAD * 3]) if b.kind == "line" and _RULE.match(b.text)]
    for a, b in zip(rules, rules[1:]):
        inner = bl[a + 1:b]
        if not (1 <= len(inner) <= 3) or any(x.kind != "line" or len(x.text.strip()) > 40 or re.search(r"[。！？；]", x.text)
                                            for x in inner):
            continue
        if any(len(re.findall(r"[\u4e00-\u9fff]", x.text)) >= 30 and "，" in x.text for x in bl[max(0, a - 1):a]):
            return  # (right under a paragraph: a box in the text)
        with doc.batch():
            for x in inner:
                doc.meta.setdefault("credits", []).append(x.text.strip())
                if (d := _date(x.text)) and not doc.declared.get("date"):
                    doc.meta.setdefault("date", d)
                doc.remove(x, "the publication's masthead framed by rules at the head of the text → credits", "metadata",
                           separates=True)
            for x in (bl[a], bl[b]):
                doc.remove(x, "the rules framing the masthead", separates=True)
        return
