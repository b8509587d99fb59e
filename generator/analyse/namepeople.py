"""People in one paragraph: after a job title (``秘书长钟俊浩``), before a reporting verb
(``林园认为``), in a list of names in brackets, in a credit line (``责任编辑：刘畅``)."""

from __future__ import annotations

import bisect
import re

from ..greetings import SELF_INTRO as _SELF_INTRO
from .namecandidate import Candidate, _NEAR, _TITLE_RE, _TRANSLIT, _inside_title
from .namepublic import OFFICIAL_TITLES, _is_place
from .namewords import (STANCE, _SUFFIX_RE, _TITLE_END, _org_head_at, _token_starts_at, LATIN_COMMON, STRONG_SUFFIXES, SURNAMES, _AFTER_NAME, _BAD_TAGS, _HONORIFIC_AFTER, _NOT_START, _PUNCT, _SPEECH_RE, _TR, _clause_left, _cut, _has_proper, _person_ok, _role_left, _speaks_after, _span_starts, _spans, _starts_word, _surname_name_ok, _unknown_or_name, is_generic, word_tag)


_BRACKET_ROLE = re.compile(r"[\u4e00-\u9fff]{2,3}[（(]([\u4e00-\u9fff]{0,0})([\u4e00-\u9fff]{3,8}?)"
                           r"(?:联合创始人|创始人|董事长|总裁|副总裁|总经理|首席[\u4e00-\u9fff]{2,3}官|CEO|CTO)[）)]")


_HAN_2_4 = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NON_SPACE = re.compile(r"\S")


#: A post's verb after its author, glued when a page's header lost its spaces ("园艺学者孟岚发表于…").
_POSTED = re.compile(r"(?:发表于|发布于|发帖|回复于|转发了|留言于)")


def _han_name_at(text: str, i: int, official: bool = False) -> str:
    """A 2–3 character Chinese name starting at ``i`` (after a title), or ''; after an
    official's title, a foreign name of four characters too (``首相岸田文雄此前…``)."""
    run = _HAN_2_4.match(text, i)
    if not run:
        return ""
    s = run.group(0)
    after = text[i + 2:i + 4]
    if STANCE.match(text, i + 2) or _POSTED.match(text, i + 2):
        return s[:2]  # "学者周岚持不同看法", "学者孟岚发表于…": the stance or the post's verb ends the name
    two_ok = len(s) == 2 or after[:1] in _AFTER_NAME or re.match(_SPEECH_RE, after) is not None
    three_ok = len(s) >= 3 and s[2] not in _AFTER_NAME and (
        len(s) == 3 or s[3] in _AFTER_NAME or s[3] in "不没未" or re.match(_SPEECH_RE, text[i + 3:i + 5]) is not None
        or text[i + 3:i + 5] in _HONORIFIC_AFTER)
    end_ok = i + 3 >= len(text) or text[i + 3] in _PUNCT
    if three_ok or (len(s) == 3 and end_ok and s[2] not in _AFTER_NAME):
        return s[:3]
    if len(s) >= 3 and s[0] in SURNAMES and s[2] not in _AFTER_NAME and _token_starts_at(text, i + 3) \
            and not _token_starts_at(text, i + 2) and _unknown_or_name(s[:3]) \
            and word_tag(_word_at(text, i + 3)).startswith(("v", "d")):
        return s[:3]  # "副部长孙卫东召见…", "研究员萧振宇不同意…": the name ends where the verb's word (or its adverb) starts
    hard = re.match(r"$|[\d，。；：、！？“”「」（）()]", text[i + 4:i + 5]) is not None \
        or re.match(_SPEECH_RE, text[i + 4:i + 6]) is not None
    if official and len(s) == 4 and _TITLE_RE.search(text, i + 1, i + 6):
        return ""  # "总统室发言人": a title inside the run, no name
    if official and len(s) == 4 and hard and s[0] not in SURNAMES and foreign_name(s[:2]) and not word_tag(s[2:]) \
            and not word_tag(s):
        return s  # "首相森本和也22日": a given name may hold 和, 也
    if official and len(s) == 4 and s[2] not in _AFTER_NAME and s[3] not in _AFTER_NAME and foreign_name(s):
        nxt = text[i + 4:i + 5]
        if not nxt or nxt in _PUNCT or nxt.isdigit() or nxt in _AFTER_NAME or _token_starts_at(text, i + 4) \
                or re.match(_SPEECH_RE, text[i + 4:i + 6]) or text[i + 4:i + 6] in _HONORIFIC_AFTER:
            return s
    if len(s) >= 3 and s[0] in SURNAMES and s[2] not in _AFTER_NAME and _TIME_AFTER.match(text, i + 3) \
            and _surname_name_ok(s[:3]) \
            and _unknown_or_name(s[:3]):
        return s[:3]  # "创始人许家印去年9月…", "创办人许家银呢？": a time, a date or a particle ends the name
    if two_ok:
        return s[:2]
    tok = next((t for t in _cut(text[i:i + 6])[:1]), "")
    if 2 <= len(tok) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", tok) and word_tag(tok) in ("", "nr", "nrfg", "nrt"):
        return tok
    return ""


#: What follows a name and starts no given name: a time ("去年", "上月", "2023年"), a preposition
#: with a date ("自2023年"), a question particle before the question mark ("…呢？").
_TIME_AFTER = re.compile(r"(?:去年|今年|前年|昨天|昨日|今天|今日|明天|上周|本周|上月|本月|近日|日前|早前|此前|当时|目前"
                         r"|[自于在从]?\d|[呢吗吧啊][？?！!，。])")


_COORDINATED = re.compile(rf"\s*(?:和|与|及|、)\s*([A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}}|[{_TR}]{{1,5}}(?:·[{_TR}]{{1,7}})+)"
                          r"(?![A-Za-z·])")


#: A credit line: "责任编辑：刘畅", "作者：钟睿（评论员）", "来源：澜财经", "整理：财经笔记编辑部",
#: or the name before what it did ("财经笔记编辑部 整理 |").
_CREDIT_PERSON = re.compile(r"(?:^|(?<=[\s|丨｜（(【\[]))(责任编辑|美术编辑|责编|编辑|美编|主编|作者|撰文|文|记者|摄影|校对|审校|审核|策划|统筹|监制|翻译|编译|主持人|主持|嘉宾|主讲|受访者|口述)"
                            r"\s*[：:丨｜|]\s*([\u4e00-\u9fff]{2,3})(?=$|[\s|丨｜）)（(】\]，,])")
_CREDIT_ORG = re.compile(r"(?:^|(?<=[\s|丨｜]))(?:(?:来源|出处|出品|整理|供稿|发布)\s*[：:丨｜]\s*([\u4e00-\u9fff]{2,12})"
                         r"(?=$|[\s|丨｜（(，,])|([\u4e00-\u9fff]{2,12}?)\s*(?:整理|供稿|出品)\s*[|丨｜])")


_DESK_PERSON = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:编辑部|工作室|研究院|研究所|研究中心|新闻部|评论部|编辑室))([\u4e00-\u9fff]{2,3})")


#: A field whose label is a job title and whose value is one or a few names, ending the field
#: ("分析师：李卓然", "主播：阿杰、小鹿", "首席分析师：孙启航（…）").
_TITLE_FIELD = re.compile(r"(?:^|(?<=[\s|丨｜】\]）)]))([\u4e00-\u9fff]{2,6})[：:]\s*"
                          r"((?:[\u4e00-\u9fff]{2,3}[、，,/]){0,4}[\u4e00-\u9fff]{2,3})(?=$|[\s|丨｜（(]|[\u4e00-\u9fff]{1,4}[：:])")
_TITLE_WORDS = frozenset(("主播", "主持", "主持人", "嘉宾", "分析师", "研究员"))


#: A credit in brackets inside a paragraph ("（编辑陈曦）", "（记者 王梓涵）"): the label, the name, the bracket's end.
_BRACKET_CREDIT = re.compile(r"[（(](责任编辑|编辑|记者|撰文|摄影|校对|实习记者|特约记者)\s*([\u4e00-\u9fff]{2,3})[）)]")


#: A transliterated name right before its Latin original in brackets.
_TR_BEFORE_ORIGINAL = re.compile(f"([{_TR}]{{2,6}})\\s*[（(][A-Z][a-z]")


def _credits(text: str, out: list[Candidate]) -> None:
    for m in _BRACKET_CREDIT.finditer(text):
        name = m.group(2)
        if name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name):
            out.append(Candidate(name, "person", "credit", role=m.group(1)))
    if len(text) > 200:
        return  # a credit is a short line of its own
    for m in _CREDIT_PERSON.finditer(text):
        name = m.group(2)
        if name[0] in SURNAMES and _person_ok(name) and (not word_tag(name) or word_tag(name).startswith("nr")):
            out.append(Candidate(name, "person", "credit", role=m.group(1)))
    for m in _TITLE_FIELD.finditer(text):  # "分析师：李卓然", "主播：阿杰、小鹿": a field labelled with a title
        if _TITLE_RE.fullmatch(m.group(1) + " ") or m.group(1) in _TITLE_WORDS:
            for name in re.split(r"[、，,/]", m.group(2)):
                if len(name) >= 2 and (name[0] in SURNAMES and _person_ok(name) and word_tag(name)[:2] in ("", "nr")
                                       or "、" in m.group(2) and _unknown_or_name(name) and name[0] not in _NOT_START):
                    out.append(Candidate(name, "person", "credit", role=m.group(1)))
    for m in _CREDIT_ORG.finditer(text):
        name = (m.group(1) or m.group(2)).strip()
        desk = _DESK_PERSON.fullmatch(name)
        if desk and desk.group(2)[0] in SURNAMES and _unknown_or_name(desk.group(2)):
            out.append(Candidate(desk.group(2), "person", "credit", role=desk.group(1)))
            name = desk.group(1)  # "财经笔记编辑部陈雨桐": the desk, then its editor
        if not is_generic(name) and name[0] not in _NOT_START and not re.search(r"网友|网络|本报|本刊|本站|互联网|公开", name) \
                and not re.search(r"(?:公告|年报|财报|报告|资料|官网|数据|截图|图片|视频|整理|综合)$", name):
            out.append(Candidate(name, "org", "credit"))


def _word_at(text: str, i: int) -> str:
    """The jieba word of the paragraph that starts at ``i`` ('' if none): one look-up."""
    k = bisect.bisect_left(_span_starts(text), i)
    spans = _spans(text)[0]
    return spans[k][2] if k < len(spans) and spans[k][0] == i else ""


def _after_last_verb(role: str) -> str:
    """"外交部副部长孙卫东召见日本驻华大使" → "日本驻华大使": what stands before a verb in the
    clause is another sentence's subject, not this person's role."""
    toks = _cut(role)
    for k in range(len(toks) - 2, 0, -1):
        if len(toks[k]) >= 2 and word_tag(toks[k]).startswith("v") and not word_tag(toks[k]).startswith("vn") \
                and _is_place(toks[k + 1]):
            return "".join(toks[k + 1:])
        if len(toks[k]) >= 2 and word_tag(toks[k]).startswith("v") and not word_tag(toks[k]).startswith("vn") \
                and toks[k + 1] in ("了", "过") and len("".join(toks[k + 2:])) >= 3:
            return "".join(toks[k + 2:])  # "我们请来了某部副部长": the host's words before the role
    return role


def foreign_name(name: str) -> bool:
    """A name that need not open with a Chinese surname, read after an official's title: a
    transliteration of three characters or more (``格罗西``), or two to four characters that
    the dictionary does not know as a word, ending on a part it does not know (``垂秀夫``,
    ``岸田文雄``, ``西村|康稔``), with no verb, time or function word in it."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or name[0] in _NOT_START:
        return False
    if len(name) >= 3 and all(ch in _TR for ch in name):
        return True
    tag = word_tag(name)
    if tag:
        return tag.startswith("nr")
    toks = _cut(name)
    if word_tag(toks[-1]) and not word_tag(toks[-1]).startswith("nr"):
        return False
    return not any(word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in toks)


#: The head noun of a description of a body, not its name ("科技公司创始人").
#: a body and one of its departments ("台大医院小儿部", "某大学物理系")
_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{2,}?(?:医院|大学|学院|研究院|研究所|中心|公司|集团|银行))"
                         r"[\u4e00-\u9fff]{1,4}?(?:部|科|处|室|组|系|所)")
_KIND_HEAD = re.compile(r"(?:公司|企业|机构|集团|团队|平台|品牌|厂商|巨头|银行|学校|大学|政府|部门|行业|领域|产业)$")


#: Titles of the head of a body: what stands right before one names the body.
_HEAD_TITLES = frozenset(("会长", "理事长", "秘书长", "局长", "署长", "部长", "厅长", "院长", "所长", "社长", "行长",
                          "校长", "总干事", "主任", "主席"))


def _heads_body(aff: str) -> bool:
    """The words before a head's title name a body: a place or a word the dictionary lacks, and
    an ending that is no common word ("福岛县渔联"; not "国防", "日本国防")."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,10}", aff) or aff[0] in _NOT_START or is_generic(aff):
        return False
    toks = _cut(aff)
    last = word_tag(toks[-1])
    return len(toks) >= 2 and (not last or last in ("nt", "j")) \
        and not any(word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in toks) \
        and any(word_tag(t) in ("ns", "nt") or not word_tag(t) for t in toks[:-1])


#: A line that is a person's name and, in brackets, who they are: a cast list, an interview
#: log ("常启明（江城大学社会保障研究中心教授）", "郑建国（47岁，网约车司机）") or a turn label
#: ("韩一鸣（应届毕业生）：“…”").
_CAST_LINE = re.compile(r"\s*([\u4e00-\u9fff]{2,3})\s*[（(]([^（）()\n]{2,40})[）)]\s*(?:[:：].*)?", re.S)
_PERSON_NOUN = re.compile(r"(?:员|师|工|者|人|长|生|手|司机|老板|店主|主任|代表|家属|居民|村民|市民|户)$")


def cast_line(text: str, out: list[Candidate]) -> None:
    """A paragraph that is only a name and a description of the person in brackets."""
    m = _CAST_LINE.fullmatch(text)
    if not m:
        return
    name, desc = m.group(1), m.group(2).strip()
    if name[0] not in SURNAMES or not _person_ok(name) or word_tag(name)[:2] not in ("", "nr"):
        return  # (a given name may be a verb of the dictionary: 常|启明)
    parts = [p.strip() for p in re.split(r"[，,、；;]", desc) if p.strip()]
    about = [p for p in parts if not re.fullmatch(r"\d{1,3}\s*(?:岁|周岁)", p)]
    if not (len(about) < len(parts) or any(_TITLE_RE.search(p) or _PERSON_NOUN.search(p) for p in about)):
        return  # "李宁（运动品牌）": the bracket says what, not who
    role = "，".join(about)
    out.append(Candidate(name, "person", "cast", role=role))
    for p in about:
        title = _TITLE_RE.search(p)
        ends = list(_SUFFIX_RE.finditer(p, 0, title.start())) if title else []
        if ends:  # "锦程人力资源公司HR总监": the employer is the name before the title
            end = ends[-1]
            head = _org_head_at(p, end.start(), True)
            if len(head) >= 2 and not is_generic(head) and head[0] not in _NOT_START:
                out.append(Candidate(head + end.group(1), "org", "employer"))
            break


#: A name followed in brackets by what only a person has: an alias note or an age
#: ("王小明（化名）告诉记者", "张秀兰（49岁，挡车工）").
_PERSON_FACT = re.compile(r"([\u4e00-\u9fff]{2,3})[（(](?:化名|匿名|假名|\d{1,3}\s*(?:岁|周岁))[^（）()\n]{0,24}[）)]")


def person_facts(text: str, out: list[Candidate]) -> None:
    for m in _PERSON_FACT.finditer(text):
        for size in (3, 2):  # the name is the last two or three characters before the bracket
            j = m.end(1) - size
            name = text[j:m.end(1)]
            if len(name) == size and name[0] in SURNAMES and _person_ok(name) \
                    and word_tag(name)[:2] in ("", "nr") and (j == m.start(1) or _starts_word(text, j, name)):
                out.append(Candidate(name, "person", "cast"))
                break


#: A speaker introducing themself ("大家好，我是柯文斌", "我叫林小满": ``greetings.SELF_INTRO``) or a person the
#: reporter talked to, with what they do before the name ("我们采访了当地开民宿的郭红梅").
_INTERVIEWED = re.compile(r"(?:采访了|采访到|访问了|联系上了?|见到了)(?:[^，。；！？、“”]{1,14}?的)?(?=[\u4e00-\u9fff]{2})")


def introduced_people(text: str, out: list[Candidate]) -> None:
    for rx, role in ((_SELF_INTRO, ""), (_INTERVIEWED, "interviewed")):
        for m in rx.finditer(text):
            i = m.end()
            # the name ends where a word of the dictionary starts ("柯文斌|欢迎", "郭红梅|以前")
            name = _han_name_at(text, i) or next((text[i:i + k] for k in (3, 2) if len(text[i:i + k]) == k
                                                  and len(word_tag(text[i + k:i + k + 2])) > 0
                                                  and not word_tag(text[i + k - 1:i + k + 1])), "")
            if name and name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name) \
                    and word_tag(name)[:2] in ("", "nr"):
                desc = text[m.start():m.end()] if role else ""
                desc = re.sub(r"^(?:采访了|采访到|访问了|联系上了?|见到了)|的$", "", desc)
                out.append(Candidate(name, "person", "speech", role=desc))


def _bracket_people(text: str, out: list[Candidate]) -> None:
    """Names listed in brackets ("（俞颐超，吴俊东，张涌良）"): every item a surname and a given name."""
    for m in re.finditer(r"[（(]([^（）()]{5,40})[）)]", text):
        items = [i.strip() for i in re.split(r"[，、,]", m.group(1))]
        if len(items) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", i) and i[0] in SURNAMES
                                   and _unknown_or_name(i) for i in items):
            for i in items:
                out.append(Candidate(i, "person", "list"))


def _titles(text: str, out: list[Candidate]) -> None:
    for m in _TITLE_RE.finditer(text):
        for k in range(m.start() + 1, m.end()):  # "统一部长官金暎浩": the title is 长官, not 部长
            longer = _TITLE_RE.match(text, k)
            if longer and longer.end() > m.end():
                m = longer
                break
        i = m.end()
        title = m.group(1)
        if _inside_title(text, m.start()):
            continue
        rest = text[i:i + _NEAR]
        name = ""
        quoted = re.match(r"[“「]([^”」，。]{2,12})[”」]", rest)
        kind_latin = re.match(r"([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){0,2})(?![A-Za-zà-ÿ])", rest)
        translit = _TRANSLIT.match(text, i)
        if quoted and title in ("博主", "作者", "主播", "网友", "用户") and not is_generic(quoted.group(1)):
            name = quoted.group(1)  # 博主“数字生命卡兹克”
        elif translit:
            name = translit.group(1)
        elif _TR_BEFORE_ORIGINAL.match(text, i):  # "首席经济学家罗德里格斯（Maria Rodriguez）"
            name = _TR_BEFORE_ORIGINAL.match(text, i).group(1)
        elif kind_latin and kind_latin.group(1).lower() not in LATIN_COMMON:
            name = kind_latin.group(1)
        else:
            official = title in OFFICIAL_TITLES
            name = _han_name_at(text, i, official)
            if name and not (_person_ok(name) or official and len(name) == 4):
                name = ""
            ends = _NON_SPACE.search(text, i + len(name)) is None  # a heading: "AI 博主卡兹克"
            if name and name[0] not in SURNAMES and not ((_speaks_after(text, i + len(name)) or ends)
                                                         and _unknown_or_name(name)) \
                    and not (official and foreign_name(name)):
                name = ""  # "动画制片人南墙向…表示" is a name; "演员服化道", "记者采访时表示" are not
        if not name:
            continue
        role = _after_last_verb(_role_left(text, m.end())) or title
        if re.search(r"(?:和|与|及|以及)" + re.escape(title) + r"\s*$", role):
            role = title  # "码头经理周美华和工程师周建国": the second person's role is the title only
        role = re.sub(r"^.*[【〔［\[「『](?=[^】〕］\]」』]*$)", "", role)  # "【本网记者": the bracket opens the byline, no part of the role
        account = title in ("网友", "用户") and quoted and name == quoted.group(1)  # 网友“听风的鱼”: as its owner wrote it
        out.append(Candidate(name, "person", "handle", role=title) if account else Candidate(name, "person", "title", role=role.strip()))
        # "研发负责人 Tim Brooks 和 Bill Peebles": the second name shares the title
        other = _COORDINATED.match(text, i + len(name), i + len(name) + 40)
        if other and other.group(1).lower() not in LATIN_COMMON:
            out.append(Candidate(other.group(1), "person", "title", role=role.strip()))
        # the employer before the title ("百度 CEO", "OpenAI首席技术官", "前阿里副总裁")
        before = m.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        first = re.search(_TITLE_END, text[max(0, before - 12):before - 1]) if text[before - 1:before] == "、" else None
        if first:  # "蔚来创始人、董事长李斌": the company stands before the first title
            before = before - 1 - len(first.group(0))
        aff = _clause_left(text, before, 14).strip()
        aff = re.sub(r"^(?:(?:我|他|她|我们)(?:是|叫)|本人是|这里是)", "", aff)  # "我是群丰投顾研究部副总黄柏翰": a self-introduction
        aff = re.sub(r"^(?:前|原|现任|时任|担任|曾任|据|由)", "", aff)
        if re.search(r"[一两几多每各这那该某][家个所间座]|某", aff):
            aff = ""  # "上海一家私募基金的基金经理": no name of the employer
        desk = re.search(f"(?:{'|'.join(STRONG_SUFFIXES)})(?=[\u4e00-\u9fff]{{1,4}}$)", aff)
        if desk:
            aff = aff[:desk.end()]  # "中联证券农业首席分析师": the company, not its desk
        dept = _DEPARTMENT.fullmatch(aff)
        if dept:
            aff = dept.group(1)  # "台大医院小儿部主治医师": the hospital, not its department
        if m.group(1) == "经理" and aff.endswith("基金"):
            aff = aff[:-2]  # "盈泰资产基金经理": a fund manager of 盈泰资产, no body named 盈泰资产基金
            desk = re.search(f"(?:{'|'.join(STRONG_SUFFIXES)})(?=[\u4e00-\u9fff]{{1,4}}$)", aff)
            if desk:
                aff = aff[:desk.end()]  # "鼎泰基金消费主题基金经理": the house, not its fund
            if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", aff) and not is_generic(aff) and aff[0] not in _NOT_START \
                    and _has_proper(aff):
                out.append(Candidate(aff, "org", "employer"))
            continue
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&-]{1,30}", aff) and aff.lower() not in LATIN_COMMON \
                and not re.fullmatch(r"\d+(?:\.\d+)+", aff):
            out.append(Candidate(aff.strip(), "org", "employer"))
        elif re.fullmatch(r"CEO|CTO|COO|CFO", m.group(1)) and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", aff) \
                and text[m.start() - 1:m.start()] == " " and not is_generic(aff) and aff[0] not in _NOT_START \
                and not _TITLE_RE.search(aff) and not aff.endswith("兼"):
            out.append(Candidate(aff, "org", "employer"))  # "出门问问 CEO 李志飞": a name spaced before CEO
        elif re.match(r"CEO|CTO|COO|CFO|创始人|联合创始人|创办人|董事长|总裁|副总裁|首席|总经理", m.group(1)) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", aff) \
                and not is_generic(aff) and aff[0] not in _NOT_START \
                and not any(word_tag(t).startswith(_BAD_TAGS) for t in _cut(aff)) \
                and not (re.search(r"[部处科室组]$", aff) and not _has_proper(aff)):
            out.append(Candidate(aff, "org", "employer"))  # "蓝色光标 CEO", not "品牌公关部总经理"
        elif re.match(r"CEO|创始人|联合创始人|创办人|董事长|总裁", m.group(1)) \
                and re.fullmatch(r"[\u4e00-\u9fff]{4,6}", aff) and len(_cut(aff)) == 2 and aff[0] not in _NOT_START \
                and all(word_tag(t).startswith("n") and not word_tag(t).startswith("nr") for t in _cut(aff)) \
                and not _KIND_HEAD.search(aff):
            out.append(Candidate(aff, "org", "employer-recurring"))  # "游戏科学创办人": two common nouns; kept if sources repeat it
        elif re.fullmatch(r"[\u4e00-\u9fff]{3,10}", aff) and aff.endswith(STRONG_SUFFIXES) \
                and aff[0] not in _NOT_START and not is_generic(aff):
            out.append(Candidate(aff, "org", "employer"))  # "独立策略研究院分析师陈佳": the whole name
        elif title in _HEAD_TITLES and _heads_body(aff):
            out.append(Candidate(aff, "org", "employer"))  # "福岛县渔联会长": the body its head leads
    for m in _BRACKET_ROLE.finditer(text):  # "何理(止于至善投资总经理)": the employer in the role
        aff = m.group(2)
        if aff[0] not in _NOT_START and not is_generic(aff) \
                and not any(word_tag(t).startswith(_BAD_TAGS) for t in _cut(aff)):
            out.append(Candidate(aff, "org", "employer"))
    for h in _HONORIFIC_AFTER:
        for m in re.finditer(h, text):
            for size in (3, 2):
                j = m.start() - size
                name = text[j:m.start()] if j >= 0 else ""
                if name and name[0] in SURNAMES and _person_ok(name) and _starts_word(text, j, name):
                    out.append(Candidate(name, "person", "honorific"))
                    break


#: An adverb between a speaker and the reporting verb ("萧振宇并指出", "她也表示").
_SPEECH_ADVERB = "并|也|还|则|又|亦|更|再|就|曾|均|都|即|便|进一步"

#: The one-character adverbs that a greedy three-character name would swallow ("林卓则认为").
_SPEECH_PARTICLES = "则也还并亦又"


def _speech(text: str, out: list[Candidate]) -> None:
    """A name right before a reporting verb, at the start of its clause."""
    for m in re.finditer(rf"(?:^|(?<=[，。；：！？“”「」\s（）、]))([\u4e00-\u9fff]{{2,3}})(?:{_SPEECH_ADVERB})?(?:{_SPEECH_RE})", text):
        name = m.group(1)
        if len(name) == 3 and name[-1] in _SPEECH_PARTICLES and not word_tag(name):
            name = name[:2]  # "林卓则认为": a two-character name, then the adverb (则, 也 seldom end a given name)
        if name[0] not in SURNAMES or not _person_ok(name):
            continue
        tag = word_tag(name)
        if tag and not tag.startswith("nr") or word_tag(name[-1] + text[m.end(1):m.end(1) + 1]):
            continue  # ("景区名称": the name's last character and the "verb" make a word)
        out.append(Candidate(name, "person", "speech"))
