"""Names a document's structure gives, outside its prose: forum and social-media accounts (a
post's header "3楼　城墙根下的猫　发表于…", a reply's target "回复 蓝天下的737 ：", a badged account
"财经观察员老郑　V"), the credits of a news page (``记者 韩雪
通讯员 刘振东``, ``责任编辑：孟凡舒``, ``（记者 李响　摄像 王磊）``), a photo's credit (``韩雪摄``: the person
is 韩雪, never "韩雪摄"), the clerk and the contact of an official paper (``记录：陈静``, ``联系人：周晓梅``),
and the bodies an official paper lists (``抄送：市政协提案委员会``, ``列席单位：市财政局、市应急管理局``,
``回复单位：…``) or signs with (a line that is a body's name followed by its date).

The cleaner takes most of these lines out of the article (they are furniture for the reader) and
keeps them in its audit; they are read from there and from the article's own text. A credit
names a person only where the words after its label are a surname and a given name the dictionary
does not read as a word; a list names a body only where the item ends on a body's suffix."""

from __future__ import annotations

import re

from ..model import COMMENT_WRITER, POST_HEADING
from .namepublic import _BODY_SUFFIXES, OFFICIAL_TITLES
from .namewords import (STRONG_SUFFIXES, SURNAMES, TITLES, WEAK_SUFFIXES, _cut, _person_ok, _proper_token,
                        _surname_name_ok, is_generic, word_tag)

__all__ = ["CREDIT_LABELS", "anonymous_people", "credit_names", "text_credits", "photo_credit_name", "role_employer_candidates"]

#: Labels of a person's credit on a page or a paper, longest first.
_PERSON_LABELS = ("责任编辑", "美术编辑", "值班编辑", "图片编辑", "文字编辑", "视觉编辑", "网络编辑", "特约记者", "实习记者", "见习记者", "首席记者", "本报记者", "本台记者", "本刊记者", "本网记者", "特派记者", "记者", "通讯员",
                  "实习生", "责编", "编辑", "校对", "审核", "审校", "终审", "初审", "复审", "美编", "摄影", "摄像",
                  "撰文", "文/图", "图/文", "文图", "图文", "供图", "联系人", "记录人", "记录", "执笔", "撰稿", "统筹",
                  "监制", "出品人", "制片人", "策划", "翻译", "编译", "整理", "主持人", "主持", "播音", "配音",
                  "剪辑", "协作者", "最后编辑", "发件人", "收件人", "抄送")
#: The labels of credits, which name nobody themselves ("摄像" in "阎书豪、摄像、查卫东").
CREDIT_LABELS = frozenset(_PERSON_LABELS)
_LABEL = "|".join(sorted(map(re.escape, _PERSON_LABELS), key=len, reverse=True))
#: A credit label ("记者 ", "责任编辑：", "摄像 "): the names after it run to the next label.
_LABEL_AT = re.compile(rf"(?:^|(?<=[\s（(【\[|｜，,、；;：:]))(?P<label>{_LABEL}|文(?=\s*[|｜]))\s*(?:[：:/|｜]\s*)?")
_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,8}?(?:[\s、，,/]+[\u4e00-\u9fff·]{2,8}?){0,5}(?=报道|报导|发自|$|[\s（(）)】\]|｜，,；;。])")
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
_ORG_END = re.compile("(?:" + "|".join(sorted(set(STRONG_SUFFIXES + WEAK_SUFFIXES + _BODY_SUFFIXES) |
                                                   {"办公室", "办公厅", "支队", "大队", "管理处", "管理所", "工作组",
                                                    "指挥部", "领导小组", "办事处", "分局", "派出所", "街道办事处",
                                                    "小学", "中学", "幼儿园", "学校", "景区", "度假区", "旅行社",
                                                    "酒店", "宾馆", "公园", "博物院", "纪念馆", "文化馆", "体育馆",
                                                    "管理站", "服务站", "保护站", "合作社", "村委会", "居委会"},
                                                   key=len, reverse=True)) + ")$")
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


#: A forum post's header: its floor (or 楼主, 沙发…), the poster's handle, then the poster's level,
#: "发表于" or the post's date ("3楼　城墙根下的猫　发表于 2024-6-20", "1楼云端老机务Lv.12民航元老").
_POST_HEADER = re.compile(r"^\s*(?:#+\s*)?(?:\d{1,4}\s*楼|楼主|沙发|板凳|地板)\s*[：:]?\s*"
                          r"(?P<h>[^\s：:，。！？、|｜]{2,20}?)\s*(?:Lv\.?\s*\d|发表于|發表於|回复于|(?:19|20)\d{2}-\d)")
#: A reply's target: "回复 蓝天下的737 ：", "回复@咖啡续命的小林：", "回复阿宽：".
_REPLY_TO = re.compile(r"(?<![的到了个条些])回[复覆]\s*@?\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[）)]?\s*[：:]")
#: A social-media post's header: the account, then its verified badge ("财经观察员老郑　V").
_BADGED = re.compile(r"^\s*(?:#+\s*)?(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20})[\s　]+V\s*$")
#: A thread's post numbered with "#": "#3 的士佬阿强 2024-07-12 13:20" (number, handle, stamp).
_HASH_HEADER = re.compile(r"^\s*#\s*\d{1,4}\s+(?P<h>[^\s：:，。！？、|｜]{2,20}?)\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_STAMP = (r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
          r"(?:[上下]午|凌晨|早上|晚上|中午)?\s*\d{1,2}:\d{2}(?::\d{2})?")
#: A line that is an account and its post's stamp only, the post's header on a comment page or a
#: group thread ("暮色里的猫2024-09-13 18:40:11浙江", "阿潘说时事2024年9月14日上午10:31·🌏"): the
#: place an IP is shown from, or a share button's mark, may follow.
_STAMPED = re.compile(r"(?:[-*•·]\s+)?(?P<h>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-·]{1,19}?)\s*" + _STAMP +
                      r"\s*(?:IP属地\s*[：:]?\s*)?(?:[\u4e00-\u9fff]{2,3})?\s*(?:[·・|｜]\s*[^\s\w]{0,3})?\s*")
#: A post's opening with its author and day in brackets: "武汉的小鹿（2024-07-26）：…".
_DATED_LEAD = re.compile(r"^\s*(?P<h>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-·]{1,19}?)\s*[（(]\s*(?:19|20)\d{2}"
                         r"\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2})?\s*[）)]\s*[：:]")
#: A reply's target as a group thread prints it ("回应有点理性的冬瓜的回复：") and a repost chain's
#: earlier posters ("//@红利搬砖工：…").
_REPLY_QUOTED = re.compile(r"回应\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*的回[复覆]\s*[：:]")
_CHAIN = re.compile(r"//\s*@(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[：:]")
#: A person's name before a forum's or a group's role ("陈永福版主", "刘哥群主").
_FORUM_ROLE = re.compile(r"(?:^|(?<=[\s，。！？：:、；;“「（(]))(?P<n>[\u4e00-\u9fff]{2,3}?)(?:版主|楼主|群主|博主|站长|UP主|up主)")
#: Words of a page's label, never an account ("发布时间2024-…", "更新于…").
_LABEL_WORDS = re.compile(r"时间|日期|发布|发表|更新|修改|编辑|来源|截至|截止|于$|^第|^共|^本|^原创|^转载|^置顶|^精华|^作者|^来自")


def _handle(h: str) -> bool:
    """An account's name as a page prints it: not a number, not a floor, not a word of the page."""
    return not re.fullmatch(r"[\d\s._-]+", h) and not re.search(r"楼主|^\d+楼", h) \
        and h not in ("楼主", "作者", "网友", "匿名用户", "游客", "管理员") and not is_generic(h)


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


def text_credits(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every credit, list of bodies and signature in one line or paragraph."""
    out: list[tuple[str, str, str]] = []
    if ("：" in text or ":" in text) and _GLUED_LABEL.search(text):
        text = _GLUED_LABEL.sub(r" \1", text)  # (only credits read the spaced copy: the names are the same)
    labels = list(_LABEL_AT.finditer(text))
    for k, m in enumerate(labels):
        names = _NAMES.match(text, m.end(), labels[k + 1].start() if k + 1 < len(labels) else len(text))
        for name in re.split(r"[\s、，,/]+", names.group(0)) if names else ():
            if _person(name, credited=True):
                out.append((name, "person", m["label"].strip("/")))
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
    for m in (_POST_HEADER.match(text), _BADGED.match(text), *_REPLY_TO.finditer(text)):
        if m and _handle(m["h"]) and not (m.re is _REPLY_TO and word_tag(m["h"]) and not word_tag(m["h"]).startswith("nr")):
            out.append((m["h"], "person", "handle"))  # a poster's account
    for m in (_HASH_HEADER.match(text), _STAMPED.fullmatch(text.strip()), _DATED_LEAD.match(text),
              *_REPLY_QUOTED.finditer(text), *_CHAIN.finditer(text)):
        if m and _handle(m["h"]) and not _LABEL_WORDS.search(m["h"]):
            out.append((m["h"], "org" if _ORG_END.search(m["h"]) else "person", "handle"))
    for m in _FORUM_ROLE.finditer(text):  # "杨凯文版主说…": the person, not "杨凯文版主"
        if _person(m["n"]):
            out.append((m["n"], "person", "handle"))
    m = _SIGNED.match(text.strip())
    if m and _org(m["org"]):
        out.append((m["org"], "org", ""))
    return out


#: A mail header's display name and address ('"发行部 周晓岚" <zhouxl@…>'): the person's name is read, the
#: unit before it and the address are not; an issue's "本期" before a credit's label.
_DISPLAY = re.compile(r"[\"“]\s*(?:[^\"“”<>\s]{1,12}\s+)?([\u4e00-\u9fff·]{2,8})\s*[\"”]\s*(?:<[^<>\s]{1,80}>)?")
_ISSUE_PREFIX = re.compile(r"^\s*本(?:期|版|刊)(?=责任编辑|編輯|编辑|责编|美编)")


def _header_names(line: str) -> str:
    return _ISSUE_PREFIX.sub("", _DISPLAY.sub(r"\1 ", line)) if ('"' in line or "“" in line or "本" in line[:3]) else line


def credit_names(articles, convert) -> tuple[tuple[str, str, str, str], ...]:
    """(article, name, kind, role) for the credits the cleaner took out of each article (kept in
    its audit) and those left in its text; ``convert(slug)`` gives the article's converter to
    simplified script."""
    out: list[tuple[str, str, str, str]] = []
    for a in articles:
        to_simple = convert(a.slug)
        lines = [_header_names(e.before) for e in a.audit if e.action in ("removed", "metadata", "set_aside") and e.before.strip()]
        for line in dict.fromkeys(lines):
            for name, kind, role in text_credits(to_simple(line)):
                out.append((a.slug, name, kind, role))
        received = {e.after.strip(): e.before for e in a.audit if e.after and e.before}  # a line before the cleaner cut its stamp
        as_received = {p.id: to_simple(received.get(p.text.strip(), p.text)) for p in a.paragraphs}
        # a turn whose account's line stood alone ("保险民工小吴："), its words below: the cleaner joined them
        alone = {m["h"] for e in a.audit for t in (e.before, e.after) if (m := _ALONE.fullmatch(to_simple(t.strip())))}
        # a post's heading the cleaner made (model.POST_HEADING: "3楼　码头镇小周", its account line read as the
        # post's poster, badge or none): the poster's account, whatever its shape
        out += [(a.slug, m["name"].strip(), "person", "handle") for b in a.blocks if b.kind.startswith("h")
                and (m := POST_HEADING.match(to_simple((b.text or "").strip()))) and _handle(unbadged(m["name"].strip()))]
        posters = thread_posters([to_simple(p.text) for p in a.paragraphs], [as_received[p.id] for p in a.paragraphs], alone)
        out += [(a.slug, name, kind, "handle") for name, kind in posters]
        comments = a.comment_ids
        writers = [(m["h"], m["h"] in alone or _shaped(as_received[p.id], to_simple(p.text), m.end()))
                   for p in a.paragraphs if p.id in comments and (m := COMMENT_WRITER.match(to_simple(p.text))) and _handle(m["h"])]
        named = {r["h"] for p in a.paragraphs for t in {to_simple(p.text), as_received[p.id]}
                 for r in (*_REPLY_TO.finditer(t), *_CHAIN.finditer(t), *_AT.finditer(t))}
        stamped = sum(1 for _, shaped in writers if shaped) >= 2
        for h, shaped in writers:
            if not stamped or shaped or h in named:  # the comments carry stamps and this line none: a sidebar's label
                out.append((a.slug, h, "person", "handle"))  # a reader's comment, kept under 读者评论
        for p in a.paragraphs:
            if p.id in comments:
                for m in _REPLY_TO.finditer(to_simple(p.text)):
                    if _handle(m["h"]) and not (word_tag(m["h"]) and not word_tag(m["h"]).startswith("nr")):
                        out.append((a.slug, m["h"], "person", "handle"))
    official = set()  # "微博认证：凤凰网财经官方微博": the platform vouches the account is a body's own
    for a in articles:
        page = convert(a.slug)("\n".join([*(p.text for p in a.paragraphs), *(e.before for e in a.audit)]))
        official |= {(a.slug, m["h"]) for m in _OFFICIAL.finditer(page)}
        accounts = {(a.slug, unbadged(m["acc"])) for m in _OFFICIAL_ACCOUNT.finditer(page)
                    if _handle(unbadged(m["acc"]))}
        out += [(slug, acc, "org", "handle") for slug, acc in sorted(accounts) if (slug, acc) not in official]
        official |= accounts  # "涿州发布 V：微博认证：涿州市委宣传部官方微博": the body's own account
        out += [(a.slug, h, "org", "handle") for slug, h in sorted(official) if slug == a.slug]  # the body itself posts
        for text in (page.split("\n")):  # "涿州小王（作者）：…": the page's author answering in its comments
            for m in _AUTHOR_TAGGED.finditer(text):
                if _handle(m["h"]):
                    out.append((a.slug, m["h"], "person", "handle"))
    return tuple(dict.fromkeys((a, unbadged(n) if r == "handle" else n,
                                "org" if r == "handle" and (_ORG_END.search(unbadged(n)) or _TEAM.fullmatch(unbadged(n))
                                                            or (a, unbadged(n)) in official) else k, r)
                               for a, n, k, r in out if not (r == "handle" and MENTION_ALL.fullmatch(n))))


#: An account's name before the platform's verification of it as a body's own.
_OFFICIAL_ACCOUNT = re.compile(r"(?:^|(?<=[：:\s]))(?P<acc>[\u4e00-\u9fffA-Za-z0-9_]{2,20}?)\s*(?:V\s*[：:]?|[：:]|\n)\s*"
                               r"(?:微博)?认证\s*[：:]\s*[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:官方|法人)(?:微博|账号|帐号|号)", re.M)
#: A turn whose poster the page tags as its author ("涿州小王（作者）：", "阿宁(楼主):").
_AUTHOR_TAGGED = re.compile(r"(?<![\u4e00-\u9fffA-Za-z0-9_\-·])(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[（(](?:作者|楼主|樓主|博主|UP主|up主|题主|原作者)[）)]\s*[：:]")
#: A team's account ("北辰应急救援队", "城东跑团"): a body.
_TEAM = re.compile(r"[\u4e00-\u9fff]{2,}[队團团]")
#: A platform's verification of a body's own account ("微博认证：中国气象局官方微博", "认证：人民网法人微博").
_OFFICIAL = re.compile(r"认证\s*[：:]\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9]{2,20}?)(?:官方|法人)(?:微博|账号|帐号|号)")


#: A platform's mention of everyone in a group ("@所有人"), no account.
MENTION_ALL = re.compile(r"@?(?:所有人|全体成员|全体|everyone|all|here|channel)", re.I)


#: A turn's opening: the poster, a bracketed tag (a group member's district, a role), the colon.
_OPENER = re.compile(r"^\s*(?P<h>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-·]{1,19}?)\s*"
                     r"(?:[（(](?P<tag>[^（()）：:]{1,12})[）)])?\s*[：:]")


def thread_posters(texts: list[str], received: list[str] | None = None, alone=frozenset()) -> list[tuple[str, str]]:
    """(name, kind) of the posters of a thread whose turns open on their names ("保险民工小吴：…"):
    when two or more of the openers are accounts the thread itself names as posters (a reply's
    target "回复@X：", a repost chain's "//@X："), or three or more openers carry a bracketed tag
    (a chat export's "胖哥（汉阳-优享）："), every opener of the thread is a poster, except a
    page's label ("风险提示：", two words of the dictionary) and a credit's label ("主持人：").
    When two or more turns show a turn's own marks (``received``: each text as the page gave it,
    its stamp "(8月1日 15:03) 回复 赞12" still on; ``alone``: the accounts whose line stood alone
    above their words; a verification line; a repost chain), an opener without them is no poster:
    a sidebar's label ("相关推荐："), a search box ("大家还在搜："), a post's lead-in ("说两点看法：")."""
    openers: dict[str, str] = {}
    opened: dict[str, int] = {}
    named: set[str] = set()
    shaped: set[str] = set()  # openers whose turn carries a turn's own marks (a stamp, an account's badge)
    for text, as_received in zip(texts, received or texts):
        m = _OPENER.match(text)
        if m and not re.search(r"\d", m["tag"] or ""):
            openers.setdefault(m["h"], m["tag"] or "")
            opened[m["h"]] = opened.get(m["h"], 0) + 1
            if m["h"] in alone or _shaped(as_received, text, m.end()):
                shaped.add(m["h"])
        for r in (*_REPLY_TO.finditer(text), *_REPLY_QUOTED.finditer(text), *_CHAIN.finditer(text)):
            named.add(r["h"])
    if named & set(openers):
        # a thread that names a reply's target among its openers: an opener of two or more lines
        # is a poster too (a repost chain, once split, leaves each forwarder's line "X：…")
        named |= {h for h, n in opened.items() if n >= 2}
    tagged = {h for h, tag in openers.items() if tag}
    if len(named & set(openers)) < 2 and len(tagged) < 3:
        return []
    from .namebyline import _phrase

    out = []
    for h in openers:
        if h in CREDIT_LABELS or not _handle(h) or _LABEL_WORDS.search(h) or (
                re.fullmatch(r"[\u4e00-\u9fff]+", h) and _phrase(h) and h not in named):
            continue
        if len(named & set(openers)) < 2 and h not in tagged:
            continue  # a chat export: its members are the openers with a tag
        if len(shaped) >= 2 and h not in shaped | named | tagged:
            continue  # the turns carry a stamp and this line none: a sidebar's label, a post's lead-in
        out.append((h, "org" if _ORG_END.search(h) else "person"))
    return out


#: A turn's stamp at its end, as a thread prints each reply: "(8月1日 15:03) 回复 赞12",
#: "09/14 10:32", "2024-09-14 10:32", "3小时前".
_TURN_STAMP = re.compile(r"(?:\d{1,2}月\d{1,2}日|\d{1,2}[/-]\d{1,2}|\d{1,2}[:：]\d{2}|\d+\s*(?:分钟|小时|天)前)"
                         r"[\s)）]*(?:回[复覆]|赞|点赞|举报|\d|[\s)）])*$")
#: The platform's verification line after an account's name ("微博认证：…", "认证：…"): the opener is an account.
_VERIFIED_LINE = re.compile(r"\s*(?:[^\s：:]{0,4}认证|认证信息)\s*[：:]")
#: An account's verification badge printed after its name ("中国气象局 V", "凤凰网财经V"): decoration.
_BADGE = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:V|Ⓥ|✓|☑)$")


#: An account's line alone, its words on the lines below ("保险民工小吴：").
_ALONE = re.compile(r"(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[：:]")
#: An account named in a post's text ("@河北消防 "): the account exists.
_AT = re.compile(r"@(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20})")


def _shaped(received: str, text: str, end: int) -> bool:
    """A turn that carries a turn's own marks: its stamp at its end (as received, before the cleaner
    cut it), the platform's verification line after its account's name, or a repost chain ("//@X:")."""
    return bool(_TURN_STAMP.search(received[-48:]) or _VERIFIED_LINE.match(text, end) or _CHAIN.search(received))


def unbadged(handle: str) -> str:
    """An account's name without the verification badge the platform prints after it."""
    return _BADGE.sub("", handle)


_ROLE_TITLES = tuple(sorted(set(TITLES) | set(OFFICIAL_TITLES) | {"副局长", "副主任", "副校长", "副厅长", "副处长", "处长",
                                                                 "科长", "副科长", "总工程师", "副总工程师", "党委书记",
                                                                 "书记", "副书记", "站长", "馆长", "副馆长", "团长",
                                                                 "队长", "支队长", "大队长", "讲师", "工作人员"},
                            key=len, reverse=True))


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
            dept = _DEPARTMENT.fullmatch(role)
            if dept:
                role = dept.group(1)  # "台大医院小儿部主治医师": the hospital, not its department
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
