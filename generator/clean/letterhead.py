"""What stands around a document's title at its head, by its shape, on any notice, letter or page:

- **A document's title under its issuer's name** (``山西某厅`` ⏎ ``《关于…的若干措施》政策解读``): a line
  opening on 关于 or on a document's name in 《》 and ending on a kind of document (通知, 说明, 解读, 措施 …)
  is the title; the body's name taken as the title above it is the outlet.
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

- **A post's poster over its stamp** at the top of a saved note (``是阿圆呀　　[关注]`` ⏎ ``上海 · 编辑于
  2023-09-05 20:41``): a name with a follow button is the author; the place and time under it date the
  page: both lines leave.

Each change is recorded (``metadata``).
"""

from __future__ import annotations

import re

_OPEN_END = re.compile(r"(?:的|之|与|與|和|及|对|對|关于|關於|在|为|為)$")
_SHORT = 12
_BODY = re.compile(r"^[\u4e00-\u9fff（）()]{3,24}(?:医院|醫院|大学|大學|学院|學院|学校|學校|中学|中學|小学|小學|幼儿园|幼兒園|公司|委员会|委員會|人民政府|政府|局|厅|廳|"
                   r"中心|协会|協會|学会|學會|银行|銀行|研究所|研究院|集团|集團|基金会|基金會)$")
#: A body's name in a Latin script under its Chinese name ("Binjiang Children's Hospital"): words opening on capitals.
_LATIN_NAME = re.compile(r"^(?:[A-Z][A-Za-z'&.\-]*|of|and|for|the|de|&)(?: (?:[A-Z][A-Za-z'&.\-]*|of|and|for|the|de|&)){1,11}$")
_CAPS = re.compile(r"^[A-Z][A-Z0-9'&.,\- ]{5,80}$")
_HEAD = 6
_NUMBER = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[ \t\u3000]+)?(?:编号|編號|文号|文號|索引号|索引號)\s*[:：]\s*[A-Za-z0-9\-〔〕\[\]（）()\u4e00-\u9fff]{2,24}$")


def _unspace(text: str) -> str:
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text.strip())


_NOTICE = re.compile(r"^(?:关于|關於|《[^《》]{2,50}》)\S.{1,58}$|^《[^《》]{4,58}》$")
_KIND_END = re.compile(r"(?:通知|通告|公告|提示|建议|建議|报告|報告|决定|決定|意见|意見|办法|辦法|函|批复|批復|答复|答復|说明|說明|"
                       r"解读|解讀|问答|問答|答记者问|答記者問|方案|措施|规定|規定|条例|條例|细则|細則|规划|規劃|指南)》?$")


def _short_rest(b) -> str | None:
    rest = _unspace(b.text) if b.kind in ("line", "h") else ""
    return rest if 2 <= len(rest) <= _SHORT and re.fullmatch(r"[\u4e00-\u9fff]+", rest) else None


def continued_title(doc) -> None:
    """A notice's title (``关于…的`` ⏎ ``温 馨 提 示``) among its first lines: one title; a body's name
    taken as the title above it is the outlet."""
    if doc.declared.get("title"):
        return
    title = doc.meta.get("title")
    title = title.strip() if isinstance(title, str) else ""
    bl = doc.blocks
    lines = [b for b in bl[:_HEAD] if b.kind in ("line", "h")]
    # the title already taken, open at its end, goes on in the short line under it
    line = doc.meta_lines.get("title")
    if title and line and _OPEN_END.search(title):
        nxt = next((b for b in bl if b.kind in ("line", "h") and b.line > line), None)
        if nxt is not None and nxt.line == line + 1 and (rest := _short_rest(nxt)):
            doc.meta["title"] = title + rest
            doc.remove(nxt, "the title's second line (the title ends on a word that cannot end it) → title", "metadata",
                       separates=True)
        return
    if title and not _BODY.match(title):
        return
    for k, b in enumerate(lines):
        t = b.text.strip()
        if not _NOTICE.match(t) or re.search(r"[。！？；]", t):
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        rest = _short_rest(nxt) if nxt is not None and nxt.line == b.line + 1 and _OPEN_END.search(t) else None
        if not rest and not _KIND_END.search(t):
            return
        if title:  # a body's name taken as the title: the body issued the notice
            if not doc.declared.get("outlet"):
                doc.meta.setdefault("outlet", title)
            doc.record(doc.meta_lines.get("title", 1), title, t, "metadata",
                       "the body's name above the notice's title is the outlet, not the title")
            for above in [x for x in lines[:k] if x.kind == "line" and _LATIN_NAME.match(x.text.strip())]:
                doc.remove(above, "the issuing body's name in a Latin script, beside its letterhead", "metadata",
                           separates=True)
        doc.meta["title"] = t + (rest or "")
        doc.meta_lines["title"] = b.line
        doc.remove(b, "the notice's title (关于…) → title", "metadata", separates=True)
        if rest:
            doc.remove(nxt, "the title's second line (the title ends on a word that cannot end it) → title", "metadata",
                       separates=True)
        return


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


_FOLLOW = re.compile(r"^\s*([^\s，。！？：:；,.!?、\[\]【】]{2,16})[\s\u3000]*(?:[\[【［]\s*[+＋]?\s*(?:关注|關注|Follow)\s*[\]】］]|[+＋]\s*(?:关注|關注))\s*$")
_PLACE_STAMP = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}\s*[·・|｜]\s*)?(?:编辑于|編輯於|发布于|發佈於|發布於|发表于|發表於)?\s*"
                          r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s+\d{1,2}:\d{2})?\s*$")


def poster_header(doc) -> None:
    from .rules.form_headers import _date
    bl = doc.blocks
    for k, b in enumerate(bl[:4]):
        m = _FOLLOW.match(b.text) if b.kind == "line" and len(b.text) <= 40 else None
        if not m:
            continue
        if not doc.declared.get("author"):
            doc.meta.setdefault("author", m.group(1))
        nxt = bl[k + 1] if k + 1 < len(bl) else None
        doc.remove(b, "the poster's name with a follow button → author", "metadata", separates=True)
        if nxt is not None and nxt.kind == "line" and len(nxt.text) <= 40 and (s := _PLACE_STAMP.match(nxt.text)):
            if (d := _date(s.group(1))) and not doc.declared.get("date"):
                doc.meta.setdefault("date", d)
            doc.remove(nxt, "the post's place and time under the poster → date", "metadata", separates=True)
        return
