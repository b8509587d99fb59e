"""A wire service's transmission header and notice become metadata, each recorded.

Wire copy as received carries a header of labelled fields before the headline and a notice after
the text: ``【X社 国际新闻线路】 发稿时间：2023-08-25 11:42:06 稿号：ZX0825-1137``,
``优先级：急  类别：国际/日本  字数：2046``, ``编辑：周凯  签发：王立新``,
``【本稿件版权归X社所有，未经授权不得转载】``.

- A line is a header line when it holds two or more desk fields (发稿时间, 稿号, 优先级, 类别, 字数,
  签发, 栏目, 密级, 线路, 发稿人 …) or one after a ``【…线路/专线/电讯】`` desk name. Its 发稿时间 (or
  日期) gives the article's date and its desk name the outlet, when nothing else gave them.
- Editors' and signers' credits on such a line go to ``editors``.
- A short line that only says the copy's copyright belongs to someone (``本稿件版权归X所有``,
  ``未经授权不得转载``), in or out of brackets, is the wire's notice.

Lines that say more than that stay: a sentence naming 字数 or 类别 is text.
"""

import re

from .bylines import _EDITOR as _CREDIT

NAME = "wire_fields"
_FIELDS = (r"发稿时间|發稿時間|发稿日期|發稿日期|稿号|稿號|优先级|優先級|类别|類別|字数|字數|签发|簽發|"
           r"栏目|欄目|密级|密級|线路|線路|发稿人|發稿人|稿件编号|稿件編號|电头|電頭")
_FIELD = re.compile(rf"(?:^|(?<=[\s\u3000】\]]))({_FIELDS})\s*[:：]")
_DESK = re.compile(r"^[【\[][^【】\[\]]{2,24}(?:线路|線路|专线|專線|电讯|電訊|通稿|供稿)[】\]]")
_DATE = re.compile(r"(?:发稿时间|發稿時間|发稿日期|發稿日期)\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_OUTLET = re.compile(r"^[【\[]\s*([\u4e00-\u9fff]{2,10}?(?:社|网|網|台|报|報))")
_NOTICE = re.compile(r"^[【\[（(]?\s*(?:本稿件|本稿|本文|本电讯|本電訊)?\s*版[权權]\s*(?:归|歸|屬|属)\s*\S{2,16}?(?:所有|享有)"
                     r"\s*[，,；;]?\s*(?:未[经經](?:授[权權]|许可|許可|同意)\s*[，,]?\s*不得(?:转载|轉載|使用)[^】\]）)]{0,12})?"
                     r"\s*[。.]?\s*[】\]）)]?$")
_SHORT = 80


def apply(doc):
    from .. import news_header  # a news page's header block and trailer (stamp, buttons, masthead, credits)
    news_header.header(doc)
    news_header.credits(doc)
    news_header.promo_tail(doc)
    from .. import latin_wire  # a page in a Latin script: its stamp line, dateline's agency and trailer
    latin_wire.apply(doc)
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line" or len(b.text) > _SHORT:
                continue
            text = b.text.strip()
            if _NOTICE.match(text):
                doc.remove(b, "the wire's copyright notice")
                continue
            fields = _FIELD.findall(text)
            desk = _DESK.match(text)
            if len(fields) < 2 and not (fields and desk):
                continue
            d = _DATE.search(text)
            if d and "date" not in doc.meta:
                doc.meta["date"] = f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
                doc.meta_lines["date"] = b.line
            o = _OUTLET.match(text) if desk else None
            if o and "outlet" not in doc.meta:
                doc.meta["outlet"] = o.group(1)
                doc.meta_lines["outlet"] = b.line
            credits = [f"{role}：{name}" for role, name in _CREDIT.findall(text)]
            if credits:
                doc.meta.setdefault("editors", []).extend(c for c in credits if c not in doc.meta["editors"])
            doc.remove(b, "wire transmission header (desk fields) → metadata", action="metadata")
