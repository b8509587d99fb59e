"""A brokerage's or a research house's note, in any received form (Word, PDF text, plain text,
Markdown): the furniture it prints around its analysis leaves, each line recorded.

The phenomenon: a research note opens on a block that says who may be asked about it, not what it
says (分析师：X, SAC执业证书编号：S…, 联系人/电话/邮箱, the rating line ``行业评级：电子 增持（维持）``, the list
of related notes ``相关研究：《…》``), prints a credit line under each table and chart naming where the
data came from (``资料来源：Wind，某证券研究所``), and closes on its legal sections (analyst
certification, rating definitions, disclaimer, the firm's address). A note is told by two of its
marks at least: a licence number, a rating line, an analyst line, a closing legal head, a
disclaimer saying the report is for the firm's clients only.

- **Page heads**: a line that names only the note's kind and series (``证券研究报告 | 行业点评``), its
  issuer (``华瑞证券``) or, in its first screen, its sector (``国防军工 / 航空装备``, ``电子行业``) leaves,
  wherever a page of the export prints it again.
- **The front block** (in the note's first screen, above its analysis): the analysts' lines leave,
  their names the note's authors when the note names none; licence numbers, contacts, the rating
  line and the related notes (the label and the titles under it) leave.
- **Credit lines** (short, labelled 资料来源 / 数据来源 / Source, no sentence in them) leave; a credit
  naming a research body (``…证券研究所``) gives the note's outlet when it has none (the body that
  holds its "我们认为").
- **The closing legal sections**: ``paginated``'s rule, from the first legal head to the end; a legal
  head left at the end over nothing (its text gone to another rule) leaves too.
"""

from __future__ import annotations

import re

from .paginated import _LEGAL

NAME = "research_notes"

_SCREEN = 30
_KINDS = ("line", "p")
_LICENCE = re.compile(r"^\s*(?:SAC|证券业协会|證券業協會)?\s*(?:执业|執業)?(?:证书|證書|资格|資格)?(?:编号|編號|号码|號碼)\s*[:：]\s*[A-Z]\d{6,}|"
                      r"^\s*(?:SAC|SFC|CE)\s*(?:No\.?|编号|編號)?\s*[:：]?\s*[A-Z]{0,3}\d{5,}\s*$", re.I)
_ANALYST = re.compile(r"^\s*(?:证券)?(?:分析师|分析師|研究员|研究員|研究助理|联系人|聯繫人|联系人员)\s*[:：]\s*"
                      r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:(?:[、,，][\s\u3000]*|[\s\u3000]+)[\u4e00-\u9fff·]{2,5}(?![\u4e00-\u9fff]*\s*[:：])){0,3})"
                      r"(?P<rest>(?:[\s\u3000]*(?:SAC)?(?:执业证书编号|執業證書編號|证书编号|證書編號|电话|電話|Tel|邮箱|郵箱|Email|E-mail)"
                      r"\s*[:：]\s*[\w@.+\-() ]{3,40}?)*)[\s\u3000]*$", re.I)
_CONTACT = re.compile(r"^\s*(?:电话|電話|Tel|邮箱|郵箱|Email|E-mail|传真|傳真|地址)\s*[:：]\s*\S.{0,60}$", re.I)
_RATINGS = r"买入|買入|增持|中性|减持|減持|卖出|賣出|推荐|推薦|谨慎推荐|謹慎推薦|强于大市|強於大市|同步大市|弱于大市|弱於大市|跑赢|跑贏|看好|优于大市|優於大市"
_RATING = re.compile(rf"^\s*(?:行业|行業|公司|投资|投資|股票)?(?:评级|評級)\s*[:：][^。；]{{0,24}}(?:{_RATINGS})[^。；]{{0,12}}$")
_RELATED = re.compile(r"^\s*(?:相关研究|相關研究|相关报告|相關報告|近期研究|近期报告|近期報告|往期回顾|往期回顧)\s*[:：]?\s*")
_TITLE_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、)]\s*)?《[^》]{2,60}》[\s\u3000\d\-./年月日]{0,14}$")
_CREDIT = re.compile(r"^[\s\u3000]*(?:资料来源|資料來源|数据来源|數據來源|图表来源|圖表來源|source|sources|data source)[\s\u3000]*[:：]", re.I)
_CREDIT_MAX = 70
_BODY = re.compile(r"(?:研究所|研究院|研究中心|研究部)")
_BODY_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}(?:研究所|研究院|研究中心|研究部))")
#: A note's page head: its kind (and series), its issuer alone, its sector ("证券研究报告 | 行业点评",
#: "行业点评 | 国产大飞机系列跟踪", "华瑞证券", "国防军工 / 航空装备", "电子行业").
_KIND = re.compile(r"^(?:证券研究报告|證券研究報告|研究报告|研究報告|行业点评|行業點評|公司点评|公司點評|行业研究|行業研究|公司研究|"
                   r"行业深度|行業深度|公司深度|深度报告|深度報告|策略报告|策略報告|行业周报|行業週報|行业月报|行業月報|晨会纪要|"
                   r"专题报告|專題報告|事件点评|事件點評|调研简报|調研簡報)$")
_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:证券|證券|研究所|研究院|研究部|国际|國際|资本|資本)$")
_SECTOR = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:行业|行業)$|^[\u4e00-\u9fff]{2,6}\s*/\s*[\u4e00-\u9fff]{2,6}$")
#: The note's closing disclaimer, which no news article prints.
_CLIENTS = re.compile(r"本[报報]告[仅僅]供.{0,40}客[户戶]使用|(?:分析师|分析師)声明|(?:分析师|分析師)聲明|投[资資]评级说明|投資評級說明")


def _credit(text: str) -> bool:
    t = text.strip()
    if len(t) > _CREDIT_MAX or not (m := _CREDIT.match(t)):
        return False
    rest = t[m.end():].rstrip("。.；; ")
    return bool(rest) and not re.search(r"[。！？!?]", rest)


def is_note(doc) -> bool:
    """Two marks of a research note at least (see the module)."""
    head = [b.text for b in doc.blocks[:_SCREEN] if b.kind in _KINDS]
    marks = {
        "licence": any(_LICENCE.match(t) for t in head),
        "rating": any(_RATING.match(t) for t in head),
        "analyst": any(_ANALYST.match(t) for t in head),
        "clients": bool(_CLIENTS.search(doc.text)),
        "related": any(_RELATED.match(t) and "《" in t for t in head),
    }
    return sum(marks.values()) >= 2


def page_head(text: str, front: bool) -> bool:
    """A note's page head (its kind and series, its issuer alone; in its front screen, its sector)."""
    t = re.sub(r"[ \u3000]{2,}", "  ", text.strip())
    items = [w.strip() for w in re.split(r"[|｜]|  ", t) if w.strip()]
    if len(t) > 48 or re.search(r"[，。；！？]", t):
        return False
    return (len(items) <= 3 and any(_KIND.match(w) for w in items) and all(0 < len(w) <= 16 for w in items)) \
        or bool(_ISSUER.match(t)) or front and bool(_SECTOR.match(t))


def _front(doc) -> None:
    bl = doc.blocks
    names: list[str] = []
    related = False
    with doc.batch():
        for b in bl[:_SCREEN]:
            if b.kind not in _KINDS:
                related = False
                continue
            t = b.text.strip()
            if b.kind == "line" and page_head(t, True):
                doc.remove(b, "a research note's page head (its kind, series, issuer or sector)", separates=True)
            elif (m := _ANALYST.match(t)):
                if re.match(r"\s*(?:证券)?(?:分析师|分析師|研究员|研究員)", t):  # (an assistant or a contact writes none)
                    names += [n for n in re.split(r"[、,，\s\u3000]+", m.group("names")) if n and n not in names]
                doc.remove(b, "a research note's analyst or contact line (who may be asked about it): its front block",
                           separates=True)
            elif _LICENCE.match(t) or _CONTACT.match(t):
                doc.remove(b, "a research note's licence number or contact line: its front block", separates=True)
            elif _RATING.match(t):
                doc.remove(b, "a research note's rating line (the house's rating, not the analysis)", separates=True)
            elif _RELATED.match(t):
                related = True
                doc.remove(b, "a research note's list of related notes (their titles): its front block", separates=True)
            elif related and _TITLE_ITEM.match(t):
                doc.remove(b, "a related note's title under the list's label", separates=True)
            else:
                related = False
    if names and not doc.declared.get("author") and not doc.meta.get("author"):
        doc.meta["author"] = "、".join(names)
        doc.record(bl[0].line if bl else 1, "、".join(names), "、".join(names), "metadata",
                   "the note's analysts → author")


def _credits(doc) -> None:
    with doc.batch():
        for b in doc.blocks[_SCREEN:]:
            if b.kind == "line" and page_head(b.text, False):
                doc.remove(b, "a research note's page head printed again on a later page", separates=True)
    found = [b for b in doc.blocks if b.kind in _KINDS + ("caption",) and _credit(b.text)]
    if not found:
        return
    bodies = {m.group(1) for b in found for m in _BODY_NAME.finditer(b.text)}
    if len(bodies) == 1 and not doc.declared.get("outlet") and not doc.meta.get("outlet"):
        doc.meta["outlet"] = bodies.pop()
        doc.meta_lines["outlet"] = found[0].line
    with doc.batch():
        for b in found:
            doc.remove(b, "a credit line under a table or chart (where its data came from)"
                       + ("; the research body it names → outlet" if _BODY.search(b.text) else ""), separates=True)


def apply(doc):
    if not is_note(doc):
        return
    _front(doc)
    _credits(doc)
    bl = doc.blocks
    while bl and bl[-1].kind in ("line", "p", "h") and len(bl[-1].text) <= 30 and _LEGAL.match(bl[-1].text):
        doc.remove(bl[-1], "a closing legal head whose text left already (a disclaimer, a rating's definitions)")
