"""Header and credit lines of received forms become metadata (title, outlet, author, date).

- **Breadcrumb** ``海港论坛 > 生活杂谈 > 正文`` (three or more short items set apart by ``>``):
  removed; its first item is the outlet when it names a site (…网, …论坛, …社区).
- **A programme's header** ``《财经夜话》第128期文字稿：明年出口会好吗？``: the programme is the
  outlet, the episode's subject the title.
- **A broadcaster's transcript header** ``江州广播电视台新闻综合频道《江州新闻》文字稿``: the station is the
  outlet; the line goes to ``credits`` and is no headline.
- **Broadcast fields** ``播出日期：2023年12月3日 | 频道：海风电台`` : the air date is the date; the
  **cast line** ``主持人：林晓 | 嘉宾：周明（…）``: the host is the author, the line goes to ``credits``.
- **An interview's session fields** above the transcript (``访谈时间：2024年9月26日 14:00``,
  ``采访形式：视频连线``, ``地点：…``, ``提问：王蔚（本刊记者）``, ``整理：本刊编辑部（…）``), each on its line:
  the session's date is the date, the asker is the author, the lines go to ``credits``; the guests
  (``嘉宾：…``) stay in the text, where their roles are read.
- **A post's time and client** with no 发布于 (``11月5日 08:12 来自 iPhone客户端``): its date, the line leaves.
- **A poster's line** ``楼主　街角的猫咪`` or ``街角的猫咪　楼主`` (楼主/作者/博主/UP主 and a user name): the author;
  **post time** ``发布于 2023-08-15 21:40 来自 广东``: the date.
- **Per-entry credits** ``（记者 王海 编辑 李雪）`` (two roles or more on one bracketed line): the
  reporters are the author (all of them, in order), the editors go to ``editors``.
- **A compiled report's credit** on a line of its own (``（X社综合报道）``, ``（綜合外電）``): to ``credits``.
- **An analyst's licence line** ``分析师：陈思远 执业证书编号：S0110521080002 邮箱：…``: the analyst
  is the author; another role's contact line with an e-mail address (``研究助理：刘畅 邮箱：…``)
  goes to ``credits``.
"""

from __future__ import annotations

import re

from ..linekinds import is_nav_bar
from .mastheads import _DATE, _iso

NAME = "form_headers"
_SCREEN = 10
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_CRUMB = re.compile(r"^\s*([^\s>›»＞。，]{1,12})(?:\s*[>›»＞]\s*[^>›»＞。，]{1,12}){2,6}\s*$")
_SITE = re.compile(r"(?:网|網|论坛|論壇|社区|社區|讨论区|討論區|贴吧|貼吧|博客|站|报|報|圈)$")
_PROGRAMME = re.compile(r"^\s*《([^》]{2,14})》\s*(?:第\s*\d{1,4}\s*[期集回]|\d{4}[-年.]\d{1,2}[-月.]\d{1,2}日?)?\s*"
                        r"(?:文字稿|文字版|文字实录|文字實錄|实录|實錄|逐字稿|全文)?\s*[:：｜|丨]\s*(\S.{2,40})$")
#: A broadcaster's transcript header: the station (and channel), the programme, the kind of copy
#: ("江州广播电视台新闻综合频道《江州新闻》文字稿"): the station is the outlet, never a headline.
_BROADCAST = re.compile(r"^\s*([\u4e00-\u9fff]{2,16}?(?:广播电视台|廣播電視台|电视台|電視台|广播电台|廣播電台|电台|電台|卫视|衛視))"
                        r"[\u4e00-\u9fff]{0,10}?(?:频道|頻道)?\s*《([^》]{2,16})》\s*(?:文字稿|文字版|逐字稿|文字实录|文字實錄|实录|實錄|全文)\s*$")
#: The question's asker with the day it was asked ("提问者：阳台上的猫　2025-02-11"): credits and date.
_ASKER = re.compile(r"^\s*(?:提问者|提問者|提问人|提問人)\s*[:：]\s*[^\s:：，。！？,.!?；;、]{2,20}[\s\u3000]+"
                    r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s+\d{1,2}:\d{2})?\s*$")
_FORM_LABEL = re.compile(r"^\s*[【\[]?\s*(?:新闻稿|新聞稿|新闻发布|新聞發佈|新闻通稿|新聞通稿|Press Release|PRESS RELEASE|"
                         r"FOR IMMEDIATE RELEASE|即时发布|即時發佈|即時發布)\s*[】\]]?\s*$")
#: A release's dateline opening its lead ("2023年11月20日，上海——", "（2023年11月20日，香港）").
_RELEASE_DATE = re.compile(r"^\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]\s*[\u4e00-\u9fff]{2,6}\s*(?:[—–-]{1,2}|[）)])")
_FIELD_LABEL = (r"播出日期|播出时间|播出時間|首播|播出|日期|频道|頻道|节目|節目|时长|時長|期数|期數|电台|電台|平台|录制|錄製|"
                r"录制日期|錄製日期|上线时间|上線時間")
_FIELD = re.compile(rf"^\s*(?:{_FIELD_LABEL})\s*[:：]")
#: An interview's session fields, one a line over the transcript: its time, form and place, who asked,
#: who wrote it up ("访谈时间：…", "采访形式：…", "提问：王蔚（本刊记者）", "整理：本刊编辑部（…）").
_SESSION = re.compile(r"^\s*(?:(?:访谈|訪談|采访|採訪|专访|專訪|对谈|對談|座谈|座談|会谈|會談|录制|錄製)(?:时间|時間|日期|形式|方式|地点|地點)"
                      r"|(?P<asker>提问|提問|采访|採訪|主持|访问|訪問|采访者|採訪者|提问者|提問者)|(?:文字)?整理|记录|記錄|速记|速記|翻译|翻譯)"
                      r"\s*[:：]\s*\S")
_CAST_ROLE = r"主持人|主持|主播|主理人|嘉宾|嘉賓|来宾|來賓|主讲|主講|受访者|受訪者|对谈|對談|评论员|評論員|播音|配音"
_CAST_FIELD = re.compile(rf"^\s*({_CAST_ROLE})\s*[:：]\s*({_NAME}(?:[、，,]{_NAME})*\s*(?:[（(][^）)]{{1,24}}[）)])?)\s*$")
_POSTER = re.compile(r"^\s*(?:楼主|樓主|作者|发帖人|發帖人|博主|UP主|题主|題主)\s*[:：]?\s*([^\s:：，。！？,.!?；;、]{2,20})\s*$"
                     r"|^\s*([^\s:：，。！？,.!?；;、]{2,20})\s+[（(【\[]?(?:楼主|樓主|发帖人|發帖人|博主|UP主|题主|題主)[）)】\]]?\s*$")
_POSTED = re.compile(r"^\s*(?:发布于|發布於|發佈於|发表于|發表於|发帖于|發帖於|发布时间|發布時間|发表时间|發表時間|编辑于|編輯於)\s*[:：]?\s*")
#: A post's time and the client or place it came from, with no 发布于: "11月5日 08:12 来自 iPhone客户端".
_POST_CLIENT = re.compile(r"^\s*(?:\d{4}\s*[-年/.]\s*)?\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}\s*"
                          r"(?:来自|來自)\s*[\u4e00-\u9fffA-Za-z0-9 ]{1,24}?(?:\s*(?:已编辑|已編輯|编辑过|編輯過))?\s*$")
_PLACE = re.compile(r"^\s*[・·|｜]?\s*(?:[\u4e00-\u9fff]{2,6}(?=[\s・·|｜]|$))?\s*[・·|｜]?\s*(?:(?:来自|來自|IP\s*属地|IP\s*屬地)\s*[:：]?\s*"
                    r"[\u4e00-\u9fffA-Za-z]{1,12})?\s*$")
_TIME = re.compile(r"^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_ROLES = {"记者": "author", "記者": "author", "通讯员": "author", "通訊員": "author", "编辑": "editors", "編輯": "editors",
          "责编": "editors", "責編": "editors", "责任编辑": "editors", "責任編輯": "editors", "摄影": "credits",
          "攝影": "credits", "摄像": "credits", "攝像": "credits", "校对": "editors", "校對": "editors",
          "编译": "author", "編譯": "author", "翻译": "author", "翻譯": "author", "审校": "editors", "審校": "editors"}
_CREDIT = re.compile(rf"^\s*[（(【\[〔]\s*((?:(?:{'|'.join(sorted(_ROLES, key=len, reverse=True))})\s*[:：]?\s*{_NAME}"
                     rf"(?:[、]{_NAME})*\s*[,，/／|｜、]?\s*){{2,4}})[)）】\]〕]\s*(?:[（(]\s*完\s*[）)])?\s*$")
#: A compiled report's credit on a line of its own ("（环亚社综合报道）", "（綜合外電）", "（本报综合）"): credits.
_COMPILED = re.compile(r"^\s*[（(]\s*(?:[\u4e00-\u9fff]{1,8}?(?:社|台|网|網|报|報|刊))?\s*(?:综合|綜合)\s*"
                       r"(?:报道|報導|報道|外电|外電|消息|整理)?\s*[）)]\s*$")
_CREDIT_PART = re.compile(rf"({'|'.join(sorted(_ROLES, key=len, reverse=True))})\s*[:：]?\s*({_NAME}(?:[、]{_NAME})*)")
_LICENCE = re.compile(r"执业证书编号|執業證書編號|证书编号|證書編號|执业编号|執業編號|登记编号|登記編號|SAC\s*(?:执业)?(?:证书)?编号|"
                      r"SFC\s*CE|CE\s*(?:No|编号|編號)", re.I)
_ANALYST = re.compile(rf"(?:分析师|分析師|研究员|研究員|首席|联系人|聯繫人)\s*[:：]?\s*({_NAME})")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_CONTACT = re.compile(rf"^\s*(?:研究助理|研究員|研究员|分析师|分析師|联系人|聯繫人)\s*[:：]?\s*({_NAME})\s")


def _session(blocks, i: int) -> bool:
    """Line ``i`` stands in a run of two or more session fields (a header block, not a sentence
    that opens on "整理：")."""
    near = [b for b in blocks[max(0, i - 4):i + 5] if b.kind == "line" and len(b.text) <= 80]
    return sum(1 for b in near if _SESSION.match(b.text)) >= 2


def _posted_lead(text: str) -> str:
    """A post's time line may give the date and time before its "发布于": they are cut off."""
    m = _DATE.match(text.strip())
    if not m:
        return text
    return _TIME.sub("", text.strip()[m.end():].lstrip(), count=1).lstrip()


def _date(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        from ...readers.meta import _english_date
        return _english_date(text)  # "Wed, 21 Aug 2024 08:30:00 +0800" (a feed's or a mail's date)
    g = m.groups()
    try:
        return _iso(*(g[0:3] if g[1] else (g[0], g[3], g[4]))) if g[0] else None
    except Exception:  # an impossible date is no date
        return None


def _set(doc, key, value) -> None:
    if value and key not in doc.meta and not doc.declared.get(key):
        doc.meta[key] = value


def _fields(text: str) -> list[str]:
    return [f for f in re.split(r"\s*[|｜丨]\s*|\u3000+|\s{2,}", text.strip()) if f]


def apply(doc):
    if doc.markdown:
        return
    from ..letterhead import framed_masthead
    framed_masthead(doc)
    blocks = doc.blocks
    authors: list[str] = []
    gone = len(doc.audit)
    with doc.batch():
        for i, b in enumerate(list(blocks)):
            if len(doc.audit) > gone and i < len(blocks):
                b.gap = max(b.gap, 1)  # a header line left: what follows it starts anew
            gone = len(doc.audit)
            if b.kind == "line" and i < 4 and (m := _RELEASE_DATE.match(b.text)) and (d := _date(m.group(0))):
                _set(doc, "date", d)  # a release's dateline: its date (the dateline stays in the text)
            if b.kind != "line" or len(b.text) > 80:
                continue
            t = b.text.strip()
            top = i < _SCREEN
            if top and (m := _CRUMB.match(t)) and "：" not in t:
                # the site's name may stand before the trail, set apart by a bar ("X新聞網｜首頁 > 生活")
                site = next((w for w in re.split(r"\s*[|｜丨]\s*", m.group(1)) if _SITE.search(w)), None)
                if site:
                    _set(doc, "outlet", site)
                doc.remove(b, "breadcrumb (where the page sits in the site); its site → outlet", "metadata")
            elif top and (m := _ASKER.match(t)):
                _set(doc, "date", _date(m.group(1)))
                doc.meta.setdefault("credits", []).append(t)
                doc.remove(b, "the question's asker and the day it was asked → credits, date", "metadata", separates=True)
            elif top and (m := _BROADCAST.match(t)):
                _set(doc, "outlet", m.group(1))
                doc.meta.setdefault("credits", []).append(t)
                doc.remove(b, "a broadcaster's transcript header: the station → outlet, the line → credits (no headline)",
                           "metadata", separates=True)
            elif i < 2 and _FORM_LABEL.match(t):
                doc.meta.setdefault("kicker", t.strip("【】[] "))
                doc.remove(b, "the form's label above the headline (新闻稿, 公告) → kicker", "metadata")
            elif top and (m := _PROGRAMME.match(t)) and "title" not in doc.meta:
                _set(doc, "outlet", m.group(1))
                doc.meta["title"] = m.group(2).strip()
                doc.meta_lines["title"] = b.line
                doc.remove(b, "programme header: the programme → outlet, the episode's subject → title", "metadata")
            elif top and all(_FIELD.match(f) for f in _fields(t)) and _date(t) is not None or \
                    top and _FIELD.match(t) and all(_FIELD.match(f) for f in _fields(t)):
                _set(doc, "date", _date(t))
                doc.remove(b, "broadcast fields (air date, channel) → date", "metadata")
            elif top and (m := _SESSION.match(t)) and _session(blocks, i):
                if m.group("asker"):
                    name = re.match(rf"\s*\S+?\s*[:：]\s*({_NAME})(?=[（(\s]|$)", t)
                    if name:
                        authors.append(name.group(1))
                elif (d := _date(t)):
                    _set(doc, "date", d)
                doc.meta.setdefault("credits", []).append(t)
                doc.remove(b, "an interview's session field (its time → date, the asker → author) → credits", "metadata")
            elif top and (fs := _fields(t)) and all(_CAST_FIELD.match(f) for f in fs):
                host = [_CAST_FIELD.match(f).group(2) for f in fs if _CAST_FIELD.match(f).group(1).startswith(("主持", "主播", "主理"))]
                if host:
                    _set(doc, "author", re.sub(r"[（(].*", "", host[0]).strip())
                doc.meta.setdefault("credits", []).append(t)
                doc.remove(b, "the programme's cast (host → author) → credits", "metadata")
            elif top and (m := _POSTER.match(t)):
                if (m.group(1) or m.group(2)) not in authors:  # two writers' boxes side by side: both
                    authors.append(m.group(1) or m.group(2))
                doc.remove(b, "the poster's name → author", "metadata")
            elif top and _POST_CLIENT.match(t):
                if (d := _date(t)):
                    _set(doc, "date", d)
                doc.remove(b, "the post's time and the client it was sent from", "metadata")
            elif (top or i >= len(blocks) - 4) and (m := _POSTED.match(_posted_lead(t))) and (d := _date(t)):
                lead = _posted_lead(t)
                rest = _DATE.sub("", lead[m.end():], count=1) if lead == t else lead[m.end():]
                if not _DATE.search(t):
                    from ...readers.meta import english_stamp
                    rest = r if (r := english_stamp(rest)) is not None else rest  # "发布时间：Wed, 21 Aug 2024 08:30:00 +0800"
                rest = _TIME.sub("", rest)
                if _PLACE.match(rest):
                    _set(doc, "date", d)
                    doc.remove(b, "the post's time and place → date", "metadata")
            elif (m := _CREDIT.match(t)):
                for role, names in _CREDIT_PART.findall(m.group(1)):
                    key = _ROLES[role]
                    for n in names.split("、"):
                        if key == "author":
                            if n not in authors:
                                authors.append(n)
                        else:
                            doc.meta.setdefault(key, [])
                            if n not in doc.meta[key]:
                                doc.meta[key].append(n)
                doc.remove(b, "an entry's credit (reporters → author, editors → editors)", "metadata")
                if i + 1 < len(blocks):
                    blocks[i + 1].gap = max(blocks[i + 1].gap, 1)
            elif _COMPILED.match(t):
                doc.meta.setdefault("credits", []).append(t.strip("（）() "))
                doc.remove(b, "a compiled report's credit on its own line (综合报道) → credits", "metadata", separates=True)
            elif top and _LICENCE.search(t) and (m := _ANALYST.search(t)):
                authors.append(m.group(1))
                doc.remove(b, "the analyst's name, licence number and e-mail → author", "metadata")
            elif top and _EMAIL.search(t) and (m := _CONTACT.match(t)):
                doc.meta.setdefault("credits", []).append(t)
                doc.remove(b, "a contact line (role, name, e-mail) → credits", "metadata")
    if authors:
        _set(doc, "author", "、".join(authors))
    _announcement(doc)
    _title(doc)


_CODE_FIELD = re.compile(r"^\s*(?:证券代码|證券代碼|股票代码|股票代碼|证券简称|證券簡稱|股票简称|股票簡稱|公告编号|公告編號|债券代码|債券代碼|"
                         r"债券简称|債券簡稱|编号|編號)\s*[:：]\s*\S{1,16}\s*$")
_ISSUER = re.compile(r"^\s*([\u4e00-\u9fff（）()A-Za-z]{2,30}(?:公司|集团|集團|银行|銀行|基金|交易所))\s*$")
_NOTICE_TITLE = re.compile(r"^\s*(?:关于|關於)\S.{1,60}(?:公告|通告|提示性公告|报告书|報告書)\s*$")
_GUARANTEE = re.compile(r"(?:董事会|董事會|监事会|監事會|全体董事|全體董事).{0,20}(?:保证|保證).{0,60}"
                        r"(?:虚假记载|虛假記載|误导性陈述|誤導性陳述|重大遗漏|重大遺漏)")
_SO_ANNOUNCED = re.compile(r"^\s*(?:特此公告|特此通告|特此公告及通知)[。.]?\s*$")
_BOARD = re.compile(r"^\s*([\u4e00-\u9fff（）()A-Za-z]{2,30}(?:公司|集团|集團|银行|銀行))\s*(?:董事会|董事會|监事会|監事會)\s*$")


def _announcement(doc) -> None:
    """A listed company's announcement: the code line (证券代码 … 公告编号) and the board's guarantee
    leave; the issuer over the "关于…的公告" line is the outlet, that line the title; "特此公告。" and
    the board's signature with its date (the announcement's date) close it."""
    bl = doc.blocks
    codes = [b for b in bl[:4] if b.kind == "line" and (fs := _fields(b.text)) and all(_CODE_FIELD.match(f) for f in fs)]
    if not codes:
        return
    with doc.batch():
        for b in codes:
            doc.remove(b, "the announcement's code line (stock code, short name, number)", "metadata")
        for i, b in enumerate(bl[:8]):
            if b.kind == "line" and (m := _ISSUER.match(b.text)) and i + 1 < len(bl) and _NOTICE_TITLE.match(bl[i + 1].text):
                _set(doc, "outlet", m.group(1))
                if "title" not in doc.meta and not doc.declared.get("title"):
                    doc.meta["title"] = bl[i + 1].text.strip()
                    doc.meta_lines["title"] = bl[i + 1].line
                doc.remove(b, "the issuer above the announcement's title → outlet", "metadata")
                doc.remove(bl[i + 1], "the announcement's title → title", "metadata")
                break
        for b in bl[:10]:
            if b.kind == "line" and len(b.text) <= 160 and _GUARANTEE.search(b.text):
                doc.remove(b, "the board's guarantee of the announcement (the same on every announcement)")
        tail = bl[-4:]
        for j, b in enumerate(tail):
            if b.kind != "line":
                continue
            if _SO_ANNOUNCED.match(b.text):
                doc.remove(b, "the announcement's closing formula")
            elif (m := _BOARD.match(b.text)):
                _set(doc, "outlet", m.group(1))
                doc.remove(b, "the board's signature → outlet", "metadata")
                if j + 1 < len(tail) and (d := _date(tail[j + 1].text)) and len(tail[j + 1].text.strip()) <= 16:
                    _set(doc, "date", d)
                    doc.remove(tail[j + 1], "the announcement's date under the signature → date", "metadata")
                break


#: A rating line under a research note's headline ("评级：买入（维持）", "投资评级：增持").
_RATING = re.compile(r"^\s*(?:投资|投資)?(?:评级|評級)\s*[:：]\s*\S{1,6}(?:\s*[（(][^）)]{1,6}[）)])?\s*$")
_LABEL = re.compile(r"^[【\[〔［]([\u4e00-\u9fff]{2,4})[】\]〕］]\s*(?=\S)")
_TOP_LINES = 6


def _title(doc) -> None:
    """The headline among header lines that left (a breadcrumb, a running header, a poster's or
    analyst's line around it): the first line, when it reads as a headline even with a comma in it."""
    if "title" in doc.meta or doc.declared.get("title") or not doc.blocks:
        return
    first = doc.blocks[0]
    mine = [e.line for e in doc.audit if e.rule in ("paginated", NAME) and e.action == "metadata"]
    if mine and min(mine) <= _TOP_LINES and first.kind == "line" and len(doc.blocks) > 1 \
            and is_nav_bar(first.text) and first.line <= _TOP_LINES + 2:
        # the site's menu under its breadcrumb ("加入LINE好友  訂閱電子報 ｜ 即時  政治 …") is no headline
        doc.remove(first, "a line of interface words (menu, links) at the header of the page", separates=True)
        first = doc.blocks[0]
    if not mine or min(mine) > _TOP_LINES or first.kind != "line" or first.line > _TOP_LINES + 2:
        return
    t = first.text.strip()
    if not (4 <= len(t) <= 50) or re.search(r"[。！？!?；;…]", t) or _CREDIT.match(t) or not re.search(r"[\u4e00-\u9fff]{4}", t):
        return
    from .form_furniture import _why as furniture
    if furniture(t):
        return  # a toast or a control left above the text is no headline
    if re.match(r"^[^：:]{1,8}[：:]", t) and not re.search(r"[（(]\d{6}[）)]", t):
        return  # a turn or a labelled field, not a headline (a stock's code before the colon is)
    label = _LABEL.match(t)
    if label:
        doc.meta.setdefault("kicker", label.group(1))
        t = t[label.end():]
    doc.meta["title"] = t
    doc.meta_lines["title"] = first.line
    doc.remove(first, "headline above the page's header lines → title", "metadata", separates=True)
    if doc.blocks and doc.blocks[0].kind == "line" and _RATING.match(doc.blocks[0].text):
        doc.meta["rating"] = doc.blocks[0].text.strip()
        doc.remove(doc.blocks[0], "the note's rating under its headline → rating", "metadata", separates=True)
