"""Lines above the article that only say who printed it and when become metadata.

- **Masthead, account or byline line**: a short line of the first screen that holds a whole date
  (``2023年5月6日``, ``2023-05-06``) set apart by spaces, ``｜`` or its label (``发布时间：``), one
  name before it (a WeChat copy: ``原创``, the author, the account) and only date furniture after
  it (time, weekday, ``发表于上海``, ``电讯稿``, an edition, ``来源：…``/``作者：…`` fields):
  ``晨光日报  2023年5月6日 星期六``, ``新华快讯 2023年5月6日 电讯稿``, a repost's account line
  ``科技前沿圈 2023-05-06 20:15 发表于上海``, ``文｜李华 2023年5月6日``, ``编辑部整理｜2023年5月6日``,
  ``2023-05-06 20:15 来源：新华网 作者：王明``. The name is the outlet, or the author after 文/作者,
  or a credit (``编辑部整理``, kept in ``credits``); the date is the article's date. A date inside a
  phrase (``新馆定于 2023年5月6日 开放``) is text.
- **A repost's line naming the original** (``以下文章来源于晨光日报 ，作者王明``,
  ``本文转载自公众号“晨光日报”``): the outlet (over the account's name) and the author.
- The page code and the section's name printed on the masthead line after the date
  (``經貿時報　2023年8月27日 星期日　A6 國際焦點``) are furniture of that line.
- An account's ID after the outlet's name (``远洋周刊（ID：yuanyang_weekly）``) is left out of the outlet.
- **Page furniture** next to a masthead (``财经 B3``, ``第3版 要闻``): removed; a paper's name on
  the line right above or below its date line (``晨光日报``): the outlet.
- **Dateline** opening the lead (``新华社北京5月6日电（记者 王明）…``, ``本报上海5月6日讯``): the
  date of the story, which the relative dates of its text ("今天") refer to, so it is the
  article's date; a dateline without a year takes the masthead's (the year before when the
  masthead is in January and the dateline in December); with no year anywhere the date stays
  unset. The dateline stays in the text; a reporter named after it (or after ``本报讯``) is the
  author when none is known.
"""

import re

from ..text import ends_sentence

NAME = "mastheads"
_SCREEN = 8        # blocks of the first screen looked at
_LONGEST = 64      # a longer line is text, never a masthead
_DATE = re.compile(r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"
                   r"|([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _number(hanzi: str) -> int:
    """二〇二三 → 2023 (digit by digit); 十二 → 12, 二十六 → 26, 三十 → 30."""
    if "十" not in hanzi:
        return int("".join(str(_DIGIT[c]) for c in hanzi))
    tens, _, ones = hanzi.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)
_SEP = "｜|丨/·•"
_SPLIT = re.compile(rf"[\s\u3000{_SEP}]+")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_WEEKDAY = re.compile(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")
_PLACE = re.compile(r"(?:发表于|發表於|发布于|發布於|發佈於|来自|來自|IP属地[:：]?|IP屬地[:：]?)\S{1,10}")
_EDITION = re.compile(r"第\s*[A-H]?\s*[\d一二三四五六七八九十百]+\s*[版期号號]|[A-H]\s?\d{1,2}\s*版?|\d{1,2}\s*版")
#: Words a masthead prints after the date: the kind of copy, the lunar date.
_AFTER = re.compile(r"(?:电讯|電訊|快讯|快訊|专电|專電|通稿|特稿|号外|號外|电讯稿|電訊稿|今日出版|出版|今日\d{1,3}版|发布|發布|發佈|发表|發表)"
                    r"|农历\S{2,8}|農曆\S{2,8}")
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,14}")
#: A role word before the name ("文｜王明 2023年5月6日", "来源：晨光日报 2023-05-06").
_ROLE_WORD = re.compile(rf"^\s*(文|作者|撰文|记者|記者|来源|來源|编辑|編輯|责编|責編|整理|编译|編譯|By|by)(?:\s*[{_SEP}:：]|\s)\s*")
#: A date's own label before it ("发布时间：2023-05-06").
_DATE_LABEL = re.compile(r"^\s*(?:发布|發布|發佈|发表|發表|更新|出版)?(?:时间|時間|日期)\s*[:：]\s*")
#: A date's label before it, after other fields ("作者：王明　发布时间：2023-05-06").
_DATE_LABEL_END = re.compile(r"(?:(?:发布|發布|發佈|发表|發表|更新|出版)(?:时间|時間|日期)|(?<=[\s\u3000|｜丨])(?:时间|時間|日期))"
                             r"\s*[:：]\s*$")
#: Labelled fields after the date ("2023-05-06 20:15 来源：新华网 作者：王明").
_PAIR = re.compile(r"(来源|來源|作者|记者|記者|编辑|編輯|责编|責編)\s*[:：]\s*([\u4e00-\u9fffA-Za-z0-9·]{2,16})"
                   r"(?:\s*[（(][^（()）]{1,12}[）)])?")  # "作者：钟睿（汽车产业评论员）": the role is dropped
#: The same fields before the date ("来源：新华网 | 作者：王明 | 2023-05-06").
_PAIR_BEFORE = re.compile(r"(来源|來源|作者|记者|記者)\s*[:：]\s*([\u4e00-\u9fffA-Za-z0-9·]{2,16})"
                          r"(?:\s*[（(][^（()）]{1,12}[）)])?")
_PAIR_ROLE = {"来源": "outlet", "來源": "outlet", "作者": "author", "记者": "author", "記者": "author",
              "编辑": "editor", "編輯": "editor", "责编": "editor", "責編": "editor"}
#: A WeChat copy's account line opens on 原创 (then the author, and the account).
_ORIGINAL = re.compile(r"^\s*(?:原创|原創)\s+")
#: A word ending on one of these needs the date to finish it ("定于", "截至"): text, not a name.
_NEEDS_MORE = set("于於在的至到从從自将將为為是和与與及或即前后後截止")
_CREDIT = re.compile(r"(?:整理|编辑|編輯|综合|綜合|撰文|撰稿|供稿|编译|編譯|报道|報道|出品)$")
#: A section name and page code, the page furniture a masthead line is printed with.
_FURNITURE = re.compile(rf"(?:[\u4e00-\u9fff]{{2,6}}[\s\u3000{_SEP}:：]*)?(?:{_EDITION.pattern})"
                        rf"(?:[\s\u3000{_SEP}:：]*[\u4e00-\u9fff]{{2,6}})?")
#: A paper's name on a line of its own, beside its date line.
_PAPER = re.compile(r"[\u4e00-\u9fff]{1,10}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|周刊|週刊|报|報|刊|社|网|網)")
#: A repost's line naming the original ("以下文章来源于晨光日报 ，作者王明", "本文转载自公众号“晨光日报”").
_ORIGIN = re.compile(r"^(?:以下文章来源于|以下文章來源於|本文(?:转载|轉載)自|(?:转载|轉載)自|本文来自|本文來自)\s*"
                     r"(?:微信公众号|微信公眾號|公众号|公眾號)?\s*[“「《]?([^，,。\s”」》]{2,20})[”」》]?\s*"
                     r"(?:[，,]\s*作者\s*[:：]?\s*([^，,。\s]{2,12}))?\s*[。.]?$")
#: A dateline: up to 12 characters (agency, place), an optional year, month and day, 电/讯.
_DATELINE = re.compile(r"^[【\[（(]?([\u4e00-\u9fff]{0,12}?)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*"
                       r"(?:专电|專電|电|電|讯|訊)(?=[（(【\s\u3000:：，,]|$)")
_NEWS = re.compile(r"^(?:【[^【】\n]{1,12}(?:讯|訊)】|[（(\[]?本[报報][^，。\s（(]{0,8}?(?:讯|訊)[】\])]?)")
_REPORTER = re.compile(r"\s*[（(](?:本报|本報)?(?:记者|記者)\s*([\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*)"
                       r"\s*[）)]")


def _iso(y, mo, d) -> str | None:
    import datetime

    try:
        return datetime.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def read_masthead(text: str):
    """``(date, name, role, fields)`` when ``text`` is a masthead, account or byline line (see the
    module); ``name`` may be ``""``, ``role`` is ``author``, ``outlet`` or ``credits``; ``fields``
    the labelled ones after the date (``来源：…``, ``作者：…``). None otherwise."""
    t = text.strip()
    if len(t) > _LONGEST or ends_sentence(t):
        return None
    m = _DATE.search(t)
    if not m:
        return None
    before, after = t[:m.start()], t[m.end():]
    if (before and not re.search(rf"[\s\u3000{_SEP}:：]$", before)) or \
            (after and not re.match(rf"[\s\u3000{_SEP}]", after)):
        return None  # a date inside a phrase ("会议于2023年5月6日召开") is text
    if m.group(6):
        y, mo, d = (_number(m.group(k)) for k in (6, 7, 8))
    else:
        y, mo, d = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
    date = _iso(y, mo, d)
    if not date:
        return None
    role = None
    before = _DATE_LABEL_END.sub(" ", _DATE_LABEL.sub("", before))
    labelled = {}
    for k in _PAIR.finditer(after):
        labelled.setdefault(_PAIR_ROLE[k.group(1)], k.group(2))
    labelled.pop("editor", None)  # an editor's name is in the audit with the line, not an author
    after = _PAIR.sub(" ", after)
    if len(_PAIR_BEFORE.findall(before)) >= 2 or _PAIR_BEFORE.search(before) and _DATE_LABEL_END.search(
            t[:m.start()]):  # "来源：X | 作者：Y | date", "作者：Y 发布时间：date": fields, then the date
        for k in _PAIR_BEFORE.finditer(before):
            labelled.setdefault(_PAIR_ROLE[k.group(1)], k.group(2))
        before = _PAIR_BEFORE.sub(" ", before)
    lead = _ROLE_WORD.match(before)
    if lead:
        role = "outlet" if lead.group(1) in ("来源", "來源") else "credits" if lead.group(1) in (
            "编辑", "編輯", "责编", "責編", "整理", "编译", "編譯") else "author"
        before = before[lead.end():]
    wechat = _ORIGINAL.match(before)
    if wechat:
        before = before[wechat.end():]
    names = []
    for w in _SPLIT.split(before):
        if w and w not in names:
            names.append(w)  # a WeChat copy repeats the account's name
    if len(names) == 2 and _CREDIT.fullmatch(names[1]):
        names = [names[0] + names[1]]  # "财经笔记编辑部 整理 | 2024年4月5日": one credit
    person = ""
    if len(names) == 2 and _DESK.search(names[0]) and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", names[1]) \
            and role in (None, "credits"):
        person = names.pop()  # "整理：财经早知道编辑部 陈雨桐 ｜ date": the desk and the person who compiled
    if len(names) > 2 or any(not _NAME.fullmatch(w) for w in names) or (names and names[-1][-1] in _NEEDS_MORE):
        return None  # "定于 2023年5月6日" is a phrase cut by the line's end, not a name
    rest = _PLACE.sub(" ", after)
    timed = coded = False
    for w in _SPLIT.split(rest):
        if coded and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", w):
            coded = False  # the page's section name after its code ("A6 國際焦點")
            continue
        coded = bool(w and _EDITION.fullmatch(w))
        if not w or _WEEKDAY.fullmatch(w) or coded or _AFTER.fullmatch(w):
            continue
        if _TIME.fullmatch(w):
            timed = True
        elif timed and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w):
            timed = False  # the place after the time ("20:15 上海")
        elif not names and _PAPER.fullmatch(w):
            names.append(w)  # the paper's name after its date
        else:
            return None
    if len(names) == 2 and not wechat:
        return None
    name = names[-1] if wechat else (names[0] if names else "")
    if role is None:
        role = "credits" if name and _CREDIT.search(name) else "outlet"
    if person:
        labelled.setdefault("author", person)
    if not name and labelled:  # "2023-05-06 20:15 来源：新华网 作者：王明"
        role = "outlet" if "outlet" in labelled else next(iter(labelled))
        name = labelled.pop(role)
    return date, name, role, labelled


#: Who a credit names ("财经笔记编辑部整理"): a desk or team before the credit word; "编辑部整理"
#: alone names nobody.
_COMPILER = re.compile(r"^([\u4e00-\u9fffA-Za-z0-9·]{2,16}?)\s*(?:整理|编辑|編輯|综合|綜合|撰文|撰稿|供稿|编译|編譯|报道|報道|出品)$")
_DESK = re.compile(r"(?:编辑部|編輯部|编辑组|編輯組|新闻部|新聞部|研究部|研究院|团队|團隊)$")


def _compiler(doc, credit: str) -> None:
    """The desk a credit names is the author when none is known ("财经笔记编辑部整理" → author
    财经笔记编辑部), and the publication it belongs to the outlet (→ 财经笔记)."""
    m = _COMPILER.match(credit)
    who = m.group(1) if m else (credit if _DESK.search(credit) else "")  # "整理：X编辑部" names the desk
    if not who or _DESK.fullmatch(who) or who in ("本报", "本報", "本刊", "本台", "本站", "小编", "小編"):
        return
    doc.meta.setdefault("author", who)
    desk = _DESK.search(who)
    if desk and desk.start() >= 2 and desk.group(0) not in ("研究院",):
        doc.meta.setdefault("outlet", who[:desk.start()])


def _furniture(text: str) -> bool:
    t = text.strip()
    return len(t) <= 20 and bool(_FURNITURE.fullmatch(t))


def read_dateline(doc, blocks) -> None:
    """The lead's dateline gives the date (and a reporter the author); the text is kept."""
    for b in blocks:
        m = _DATELINE.match(b.text) if b.kind == "line" else None
        if not m:
            m = _NEWS.match(b.text) if b.kind == "line" else None
            r = _REPORTER.match(b.text, m.end()) if m else None
            if r and not doc.meta.get("author"):
                doc.meta["author"] = re.sub(r"[\s，,]+", "、", r.group(1).strip())
                doc.record(b.line, r.group(0).strip(), r.group(0).strip(), "changed",
                           "reporter named after the lead's 本报讯 → author; the text stays")
            if m:
                return
            continue
        year, month, day = m.group(2), int(m.group(3)), int(m.group(4))
        known = doc.meta.get("date") or ""
        note = "dateline of the lead → date"
        if not year and re.match(r"\d{4}", known):
            year = int(known[:4])
            if known[5:7] == "01" and month == 12:
                year -= 1
            note += f" (the year from the masthead, raw line {doc.meta_lines.get('date', b.line)})"
        date = _iso(year, month, day) if year else None
        r = _REPORTER.match(b.text, m.end())
        if date:
            if known and known != date:
                note += f" (it replaces the date {known} of raw line {doc.meta_lines.get('date', b.line)}: the text's " \
                        "relative dates count from the dateline)"
            doc.meta["date"] = date
            doc.meta_lines["date"] = b.line
            doc.record(b.line, m.group(0), m.group(0), "changed", note + "; the dateline stays in the text")
        if r and not doc.meta.get("author"):
            doc.meta["author"] = re.sub(r"[\s，,]+", "、", r.group(1).strip())
            doc.record(b.line, r.group(0).strip(), r.group(0).strip(), "changed",
                       "reporter named after the dateline → author; the text stays")
        return


#: An account's ID printed after its name ("远洋周刊（ID：yuanyang_weekly）"): not part of the outlet.
_ACCOUNT_ID = re.compile(r"\s*[（(](?:ID|id|微信号|微信號|微信ID|公众号|公眾號)\s*[:：]\s*[A-Za-z0-9_-]{3,40}[）)]\s*$")


def _outlet_id(doc) -> None:
    """The outlet a source or card states loses the account ID printed after it (kept in the audit)."""
    for where in (doc.declared, doc.meta):
        outlet = where.get("outlet")
        m = _ACCOUNT_ID.search(outlet) if isinstance(outlet, str) and len(outlet) <= 80 else None
        if m and m.start() >= 2:
            line = next((e.line for e in doc.audit if outlet in e.before), 1)
            where["outlet"] = outlet[:m.start()]
            doc.record(line, outlet, outlet[:m.start()], "changed", "account ID after the outlet's name → left out "
                       "of the outlet")


def apply(doc):
    _outlet_id(doc)
    screen = [b for b in doc.blocks[:_SCREEN]]
    found = []
    for i, b in enumerate(screen):
        if b.kind != "line":
            continue
        read = read_masthead(b.text)
        if read is None:
            continue
        found.append(i)
        date, name, role, more = read
        for key, value in more.items():
            doc.meta.setdefault(key, value)
        if "date" not in doc.meta:
            doc.meta["date"] = date
            doc.meta_lines["date"] = b.line
        if name and role == "credits":
            doc.meta.setdefault("credits", [])
            if name not in doc.meta["credits"]:
                doc.meta["credits"].append(name)
            _compiler(doc, name)
        elif name:
            doc.meta.setdefault(role, name)
        what = {"credits": "credit", "author": "byline", "outlet": "masthead or account line"}[role]
        doc.remove(b, f"{what} with a date → " + (f"{role}, date" if name else "date"), action="metadata")
    for b in screen:
        o = _ORIGIN.match(b.text.strip()) if b.kind == "line" and len(b.text) <= 60 else None
        if o:
            doc.meta["outlet"] = o.group(1)  # the original's outlet, over the account that copied it
            doc.meta_lines["outlet"] = b.line
            if o.group(2):
                doc.meta.setdefault("author", o.group(2))
            doc.remove(b, "repost's line naming the original → outlet" + (", author" if o.group(2) else ""),
                       action="metadata")
    for i in found:
        for j in (i - 1, i + 1):
            if not (0 <= j < len(screen) and j not in found and screen[j].kind == "line"
                    and any(x is screen[j] for x in doc.blocks)):
                continue
            text = screen[j].text.strip()
            if _furniture(text):
                doc.remove(screen[j], "page furniture beside the masthead (section and page)")
            elif _PAPER.fullmatch(text) and screen[max(i, j)].gap == 0:  # no blank line between them
                doc.meta.setdefault("outlet", text)
                doc.remove(screen[j], "the paper's name printed beside its date line → outlet", action="metadata")
    read_dateline(doc, doc.blocks[:_SCREEN])
