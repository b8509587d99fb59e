"""Names the credits of a page or a paper give, outside its prose: a news page's credits (``记者 韩雪
通讯员 刘振东``, ``责任编辑：孟凡舒``, ``（记者 李响　摄像 王磊）``), a photo's credit (``韩雪摄``: the person
is 韩雪, never "韩雪摄"), the clerk and the contact of an official paper (``记录：陈静``, ``联系人：周晓梅``),
and the bodies an official paper lists (``抄送：市政协提案委员会``, ``列席单位：市财政局、市应急管理局``,
``回复单位：…``) or signs with (a line that is a body's name followed by its date).

The cleaner takes most of these lines out of the article (they are furniture for the reader) and
keeps them in its audit; they are read from there and from the article's own text. A credit
names a person only where the words after its label are a surname and a given name the dictionary
does not read as a word; a list names a body only where the item ends on a body's suffix.

The forum and social-media accounts a page's structure names (a post's header, a reply's target, a
badged account, a thread's posters) are read in ``nameaccounts``; ``credit_names`` gathers both. The
patterns both read (a credit's labels, a body's name end) are in ``namecreditmarks``."""

from __future__ import annotations

import re
from functools import lru_cache

from .nameaccounts import _FORUM_ROLE, _TEAM, MENTION_ALL, article_accounts, line_handles, official_accounts, unbadged
from .nameaccounts import thread_posters  # noqa: F401  (re-exported: tests read it here)
from .namecitations import citation_names
from .namejoint import joint_names
from .namesourcetag import removed_line_sources
from .namecreditmarks import _ORG_END, CREDIT_LABELS, _PERSON_LABELS
from .namepublic import _BODY_SUFFIXES, OFFICIAL_TITLES
from .namewords import (STRONG_SUFFIXES, SURNAMES, TITLES, WEAK_SUFFIXES, _cut, _person_ok, _proper_token,
                        _surname_name_ok, is_generic, word_tag)

__all__ = ["CREDIT_LABELS", "anonymous_people", "credit_names", "text_credits", "photo_credit_name", "role_employer_candidates"]

_LABEL = "|".join(sorted(map(re.escape, _PERSON_LABELS), key=len, reverse=True))
#: A credit label ("记者 ", "责任编辑：", "摄像 "): the names after it run to the next label.
#: (a magazine's "文／某某　摄影／某某" after its standfirst: 文 before a slash or a bar is the writer's label)
_LABEL_AT = re.compile(rf"(?:^|(?<=[\s（(【\[|｜，,、；;：:？?！!])|(?<=。)(?=文\s*[|｜／/]))(?P<label>{_LABEL}|文(?=\s*[|｜／/]))\s*(?:[：:/／|｜]\s*)?")
_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,8}?(?:[\s、，,/]+[\u4e00-\u9fff·]{2,8}?){0,5}(?=报道|报导|发自|$|[\s（(）)】\]|｜，,；;。\d])")
#: A credit's label and its colon glued to the text before it, once a page's spaces are gone
#: ("A3产业·焦点责任编辑：何静美术编辑：孔维", "责任编辑：刘畅值班编辑：周敏"): the label starts a credit all the same.
_GLUED_LABEL = re.compile(rf"((?:{_LABEL})[：:])")  # (scanned left to right: "责任编辑：" whole, not its "编辑：")
#: A photo's credit after its caption or in brackets: "韩雪摄", "刘振东 摄", "（记者 韩雪/摄）".
_PHOTO = re.compile(r"(?:^|(?<=[\s。！？）)（(|｜，,、]))(?:(?:记者|通讯员|特约摄影|摄影记者)\s*)?"
                    r"(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:/\s*)?摄(?:影)?(?=$|[\s）)。|｜，,])")
#: Labels of a list of bodies on an official paper or a meeting's minutes.
_BODY_LABELS = ("抄送", "主送", "抄报", "列席单位", "出席单位", "参会单位", "参加单位", "与会单位", "主办单位", "承办单位",
                "协办单位", "指导单位", "支持单位", "回复单位", "答复单位", "办理单位", "主办", "承办", "协办", "发文单位",
                "发布单位", "责任单位", "牵头单位", "配合单位", "会办单位", "联合发布", "印发单位",
                "本报印刷", "本刊印刷", "印刷", "承印", "出版单位", "主管单位", "主办单位")
_BODY_LABEL = "|".join(sorted(_BODY_LABELS, key=len, reverse=True))
#: A page's copyright line and the company that owns the page ("all rights reserved 北京某某科技有限公司",
#: "版权所有：某某报社", "© 2024 某某传媒集团").
_COPYRIGHT = re.compile(r"(?:版权所有|all rights reserved|All Rights Reserved|Copyright|©)[\s:：,，]*"
                        r"(?:(?:19|20)\d{2}\s*[-－–—]?\s*(?:(?:19|20)\d{2})?[\s,，]*)?"
                        r"(?P<org>[\u4e00-\u9fff]{2,20}(?:有限公司|股份公司|公司|集团|报社|杂志社|出版社|传媒))")
_BODY_LIST = re.compile(r"(?:^|(?<=[\s（(【\[|｜。；;]))(?:" + "|".join(sorted(_BODY_LABELS, key=len, reverse=True)) +
                        r")\s*[：:]\s*(?P<items>[^。\n]{2,200})")
#: The suffixes of a body a role may name (not a trade word: "汽车", "科技" after a company are its desk).
_BODY_END = re.compile("(?:" + "|".join(sorted(set(STRONG_SUFFIXES + _BODY_SUFFIXES) | set(_ORG_END.pattern[3:-2].split("|"))
                                               - set(WEAK_SUFFIXES), key=len, reverse=True)) + ")$")
#: A signature: a body's name, then the paper's date ("市文旅局办公室2024年6月6日印发"); a
#: newspaper's masthead, its name then the day's date ("东方经济日报　2023年5月29日 星期一").
_SIGNED = re.compile(r"^(?P<org>[\u4e00-\u9fff]{3,24}?)\s*(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年"
                     r"[^，。；]{2,12}?[日号]\s*(?:印发|签发|发布|制发|发|[（(]?(?:星期|周|週)[一二三四五六日天][)）]?)?\s*$")


#: Surnames less common than the finder's list: read only where a credit's label already says a
#: person's name follows.
_MORE_SURNAMES = set("蓝柏杭查廉容房解阚荣桂车全谷丰计巫连宁农练幸冼简巩甄揭边宫冷瞿麻米井危晋司"
                     "那步权占来郎应和佘羊贝逄粟宗盖牟屠管商闻竺党仲宦伏戈钭舒花浦能")
_COMPOUND = ("欧阳", "上官", "司马", "诸葛", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "夏侯", "令狐", "端木")




def _person(name: str, credited: bool = False) -> bool:
    """A surname and a given name the dictionary does not read as a word (after a credit's label,
    ``credited``, a rarer surname and a given name that is also a word, 欣然, are read too)."""
    if "·" in name:
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}", name))
    if not (2 <= len(name) <= 4) or is_generic(name):
        return False
    if len(name) == 4:
        return name[:2] in _COMPOUND and not word_tag(name)  # "欧阳晓峰": a two-character surname
    if credited:
        tag = word_tag(name)
        return (name[0] in SURNAMES or name[0] in _MORE_SURNAMES) and (not tag or tag.startswith("nr")) \
            and name[-1] not in "的了着过说是在和与及等摄"
    return name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name)


def photo_credit_name(text: str) -> str:
    """``韩雪`` for "韩雪摄", "" when the words before 摄 are no person's name."""
    m = _PHOTO.fullmatch(text.strip())
    name = m["name"] if m else ""
    return name if name and _person(name, credited=True) and not word_tag(name + "摄") else ""


def _org(item: str) -> bool:
    """A body's name as an item of a list: it ends on a body's suffix and opens on no verb."""
    item = item.strip()
    if not (3 <= len(item) <= 24) or not re.fullmatch(r"[\u4e00-\u9fff]+", item) or not _ORG_END.search(item):
        return False
    head = item[:_ORG_END.search(item).start()]
    if not head or is_generic(head) and len(head) < 2:
        return False
    first = _cut(item)[0]
    return not word_tag(first).startswith(("v", "p", "c", "d", "r", "u", "m", "q", "f", "t"))


#: A signature line whose label is spaced out letter by letter, then a wide gap and the name
#: ("审　判　长　　周文静", "书 记 员  蔡嘉怡").
_SPACED_LABEL = re.compile(r"(?P<label>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,5})[ \u3000]{2,}(?P<name>[\u4e00-\u9fff·]{2,8})")


def text_credits(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every credit, list of bodies and signature in one line or paragraph."""
    return list(_text_credits(text))


@lru_cache(maxsize=1 << 15)
def _text_credits(text: str) -> tuple[tuple[str, str, str], ...]:
    """(``text_credits``: read from the text and jieba's dictionary alone, so kept by the text, as a save
    reads every paragraph of the corpus again.)"""
    out: list[tuple[str, str, str]] = []
    spaced = _SPACED_LABEL.fullmatch(text.strip())
    if spaced and re.sub(r"[ \u3000]", "", spaced["label"]) in CREDIT_LABELS:
        text = re.sub(r"[ \u3000]", "", spaced["label"]) + "：" + spaced["name"]  # "审　判　长　　周文静": a signature
    if ("：" in text or ":" in text) and _GLUED_LABEL.search(text):
        text = _GLUED_LABEL.sub(r" \1", text)  # (only credits read the spaced copy: the names are the same)
    labels = list(_LABEL_AT.finditer(text))
    for k, m in enumerate(labels):
        names = _NAMES.match(text, m.end(), labels[k + 1].start() if k + 1 < len(labels) else len(text))
        for name in re.split(r"[\s、，,/]+", names.group(0)) if names else ():
            if _person(name, credited=True):
                out.append((name, "person", "撰文" if m["label"] == "文" else m["label"].strip("/")))
            else:
                break  # "记者 韩雪报道…": the credit ends where the names do
    for m in _PHOTO.finditer(text):
        name = photo_credit_name(m.group(0).strip(" 。（(）)|｜，,"))
        if name:
            out.append((name, "person", "摄影"))
    for m in _BODY_LIST.finditer(text):
        # the next label may follow with no space once the page's spaces are gone ("…办公室承办单位：…")
        for item in re.split(rf"[、，,；;/\s]+|(?:{_BODY_LABEL})[：:]", m["items"]):
            if item and _org(item):
                out.append((item, "org", ""))
    for m in _COPYRIGHT.finditer(text):
        if _org(m["org"]):
            out.append((m["org"], "org", ""))  # a footer's owner of the page
    out += line_handles(text)  # a poster's account
    for m in _FORUM_ROLE.finditer(text):  # "杨凯文版主说…": the person, not "杨凯文版主"
        if _person(m["n"]):
            out.append((m["n"], "person", "handle"))
    m = _SIGNED.match(text.strip())
    if m and _org(m["org"]):
        out.append((m["org"], "org", ""))
    if "[" in text or "［" in text or "^" in text or "基金" in text:
        out += citation_names(text)  # a reference list's outlets, authors and publishers
    return tuple(out + joint_names(text))  # "会同A、B及C", "Editing by X", "From: 名 <…>", "文 | 阿槿"


#: A mail header's display name and address ('"发行部 周晓岚" <zhouxl@…>'): the person's name is read, the
#: unit before it and the address are not; an issue's "本期" before a credit's label.
_DISPLAY = re.compile(r"[\"“]\s*(?:[^\"“”<>\s]{1,12}\s+)?([\u4e00-\u9fff·]{2,8})\s*[\"”]\s*(?:<[^<>\s]{1,80}>)?")
_ISSUE_PREFIX = re.compile(r"^\s*本(?:期|版|刊)(?=责任编辑|編輯|编辑|责编|美编)")


def _header_names(line: str) -> str:
    return _ISSUE_PREFIX.sub("", _DISPLAY.sub(r"\1 ", line)) if ('"' in line or "“" in line or "本" in line[:3]) else line


#: A source tag closing a paragraph, in brackets: a digest's item and the outlet it is taken from.
_ITEM_SOURCE = re.compile(r"[［\[【(（]\s*(?:来源|來源)\s*[：:][^］\]】)）]{2,30}[］\]】)）]\s*$")


#: A mail's signature: the "-- " line, the sender's name, then a line of where they work and what
#: they are ("宏远投顾 研究部 资深分析师").
_SIGNATURE = re.compile(r"^--[ \t]*\n[ \t]*(?P<name>[\u4e00-\u9fff·]{2,6})[ \t]*\n[ \t]*(?P<aff>[^\n]{2,40})$", re.M)


def signature_credits(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of a mail's signature that gives its sender's title: the sender, with the
    affiliation line as role, and the body that line opens with (a name alone credits no one: the
    sender's account says who wrote)."""
    out: list[tuple[str, str, str]] = []
    for m in _SIGNATURE.finditer(text):
        words = m["aff"].split()
        role = "".join(words)
        if not _person(m["name"], credited=True) or not any(role.endswith(t) for t in _ROLE_TITLES):
            continue
        out.append((m["name"], "person", role))
        head = words[0] if len(words) >= 2 else ""
        if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", head) and not any(head.endswith(t) for t in _ROLE_TITLES) \
                and not is_generic(head):
            out.append((head, "org", ""))
    return out


#: The cleaner's rules that set aside another story sharing the page (a mail archive's message of
#: another thread, a column of jokes): the names in it credit nothing of this article.
_OTHER_STORY_RULES = frozenset(("off_topic",))


def credit_names(articles, convert) -> tuple[tuple[str, str, str, str], ...]:
    """(article, name, kind, role) for the credits the cleaner took out of each article (kept in
    its audit) and those left in its text; ``convert(slug)`` gives the article's converter to
    simplified script."""
    from . import articlememo

    out: list[tuple[str, str, str, str]] = []
    for a in articles:  # (each article read alone: kept across saves by its content, ``articlememo``)
        out += articlememo.kept("credits", a, lambda a=a: _article_credits(a, convert(a.slug)))
    accounts, official = official_accounts(articles, convert)
    out += accounts
    return tuple(dict.fromkeys((a, unbadged(n) if r == "handle" else n,
                                "org" if r == "handle" and (_ORG_END.search(unbadged(n)) or _TEAM.fullmatch(unbadged(n))
                                                            or (a, unbadged(n)) in official) else k, r)
                               for a, n, k, r in out if not (r == "handle" and MENTION_ALL.fullmatch(n))))


def _article_credits(a, to_simple) -> tuple[tuple[str, str, str, str], ...]:
    """``credit_names``' readings of one article alone (``to_simple``: its converter), before the
    corpus' official accounts and the merging."""
    out: list[tuple[str, str, str, str]] = []
    lines = [_header_names(e.before) for e in a.audit if e.action in ("removed", "metadata", "set_aside")
             and e.rule not in _OTHER_STORY_RULES and e.before.strip()]
    for line in dict.fromkeys(lines):
        out += [(a.slug, *credit) for credit in signature_credits(to_simple(line))]
        for name, kind, role in text_credits(to_simple(line)):
            out.append((a.slug, name, kind, role))
        out += [(a.slug, c.name, "org", "") for c in removed_line_sources(to_simple(line))]  # "［来源：X］" cut out
    # a digest's item credits its outlet ("…公布。［来源：浙江日报］"), whatever the item is about
    out += [(a.slug, c.name, "org", "") for p in a.paragraphs if _ITEM_SOURCE.search(p.text)
            for c in removed_line_sources(to_simple(p.text))]
    out += article_accounts(a, to_simple)
    return tuple(out)


_ROLE_TITLES = tuple(sorted(set(TITLES) | set(OFFICIAL_TITLES) | {"副局长", "副主任", "副校长", "副厅长", "副处长", "处长",
                                                                 "科长", "副科长", "总工程师", "副总工程师", "党委书记",
                                                                 "书记", "副书记", "站长", "馆长", "副馆长", "团长",
                                                                 "队长", "支队长", "大队长", "讲师", "工作人员"},
                            key=len, reverse=True))


#: A trade's desk closing a role before the title ("银行业", "保险业"): no part of the body's name.
_TRADE_DESK = re.compile(r"(?:银行|保险|证券|基金|地产|汽车)业$")


def role_employer_candidates(found, paragraphs) -> list:
    """The body a person's role names before its title ("河阳城墙保护中心主任" → 河阳城墙保护中心;
    "市住建局总工程师" → 市住建局), when it ends on a body's suffix and its words before the suffix
    hold a place or a proper word (a department, "美术中心负责人", names no body)."""
    from .namecandidate import Candidate
    from .namepeople import _DEPARTMENT

    out = []
    for cands in list(found.values()):
        for c in cands:
            if c.kind != "person" or not c.role:
                continue
            role = re.sub(r"^.*[，,。；;：:、（(）)\s]", "", c.role.strip())
            while True:
                title = next((t for t in _ROLE_TITLES if role.endswith(t) and len(role) > len(t)), "")
                if not title:
                    break
                role = role[:-len(title)]
                if title == "经理" and role.endswith("基金") or _TRADE_DESK.search(role):
                    role = _TRADE_DESK.sub("", role[:-2] if title == "经理" and role.endswith("基金") else role)
                    break  # "盈泰资产基金经理", "长城瑞信证券银行业分析师": the trade is the title's, not the body's
            dept = _DEPARTMENT.fullmatch(role)
            if dept:
                role = dept.group(1)  # "台大医院小儿部主治医师": the hospital, not its department
            if re.search(r"[部科处室组]$", role) and any(
                    any(x.kind == "org" for x in found.get(role[:k], ())) for k in range(2, len(role) - 1)):
                continue  # "汇鼎资本研究部主管": a department of a body the text names, the body's desk
            if role == c.role.strip() or role in found or not _org(role) or not _BODY_END.search(role):
                continue  # "启澜证券汽车分析师": a trade word after a company is its desk, no body
            head = role[:_BODY_END.search(role).start()]
            if any(word_tag(t).startswith("ns") or _proper_token(t) for t in _cut(head)):
                out.append(Candidate(role, "org", "employer"))
    return out


#: A person the article names by surname and an honorific only, as reports keep people anonymous:
#: "旅客陈女士说", "东主林先生表示", "就读中文大学的李同学说", "王先生则是…".
_ANONYMOUS = re.compile(r"(?<=[客民者主员生的位名友众工长姐妹爸妈师])([\u4e00-\u9fff])(女士|先生|小姐|同学|同學|师傅|師傅|阿姨|大爷|大爺|老伯)"
                        r"(?=(?:也|则|还|又|就|更|都|曾)?(?:说|說|表示|称|稱|告诉|告訴|介绍|介紹|认为|認為|坦言|透露|直言|回忆|回憶|提到|指出|笑称|笑稱|觉得|覺得)|[，,：:])")


def anonymous_people(found, paragraphs) -> list:
    """(article, candidate) for each person an article names only by surname and honorific
    ("陈女士"), when the article names no person of that surname in full (then the honorific is
    that person's, and the index lists the full name)."""
    from .namecandidate import Candidate

    people = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n)
              and any(c.kind == "person" for c in cs)]
    text_of: dict[str, str] = {}
    for (article, _), (simple, _) in paragraphs.items():
        text_of[article] = text_of.get(article, "") + "\n" + simple
    out = []
    for article, text in text_of.items():
        for m in _ANONYMOUS.finditer(text):
            surname = m.group(1)
            if surname not in SURNAMES or any(p[0] == surname and p in text for p in people):
                continue
            out.append((article, Candidate(m.group(0), "person", "honorific")))
    return out
