"""Name candidates in one simplified paragraph, each backed by the context that makes it a name.

jieba's part-of-speech tags alone are a noisy entity finder (it tags 蓝图 and 康复 as person
names and splits 米拉·穆拉蒂), so a candidate here always comes with a context:

* a job title before it (``秘书长钟俊浩``, ``百度 CEO 李彦宏``) or an honorific after it (``…老师``);
* a reporting verb after it (``林园认为``) for a name jieba or the surname list supports;
* a transliteration written with ``·`` (``米拉·穆拉蒂``), or an original in brackets
  (``谷歌（Google）``);
* an organisation suffix (``…证券``, ``…研究院``, ``…传媒``) after a run of words that can be part of
  a name (no verb, preposition or numeral: ``履行网络`` and ``根据事件生成一篇公司`` are not names);
* a newspaper in ``《》`` with 记者/报道 beside it;
* an enumeration (``中科曙光、寒武纪、浪潮信息``) whose clause talks about companies or shares;
* a Latin name with a company or product word beside it;
* a person asked about (``谁是艾未未？``) or sued (``朱军被起诉``), an account named with ``@``,
  a newspaper opening a paragraph with a colon (``中国电影报：``).

The contexts live by concept: people (``namepeople``), organisation suffixes, headings and
tables (``namecompany``), Latin names and models (``namelatin``), enumerations (``nameenum``), a name
with its original or short form in brackets (``namebracket``);
the ``Candidate`` type and shared checks in ``namecandidate``. Names vouched for by other names
of the corpus (a brand's products, nicknames, romanised names) are found in ``namerules``, and
organisations named without a suffix (short forms, abbreviations) in ``nameorgs``.

jieba's tags are used for the shape of a name only (where a name can start and end).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .namebracket import _brackets, _short_forms
from .namebrand import brand_candidates
from .nameroster import roster_candidates
from .namewords import (  # noqa: F401  (re-exported: SURNAMES, word_tag)
    GENERIC,
    LATIN_COMMON,
    STRONG_SUFFIXES,
    SURNAMES,
    TITLES,
    WEAK_SUFFIXES,
    _AFTER_NAME,
    _BAD_TAGS,
    _HONORIFIC_AFTER,
    _LEAD_WORDS,
    _NOT_START,
    _PUNCT,
    _SPEECH,
    _SPEECH_RE,
    _STOP_CHARS,
    _SUFFIX_RE,
    _TECH_WORDS,
    _TR,
    _VERSIONED,
    _WEAK_FOLLOWERS,
    _all_generic_place,
    _clause_left,
    _cut,
    _has_proper,
    _namelike_token,
    _org_head,
    _org_head_at,
    _org_head_tokens,
    _person_ok,
    _proper_token,
    _role_left,
    _spans,
    _speaks_after,
    _starts_word,
    _surname_name_ok,
    _tags,
    _token_starts_at,
    _unknown_or_name,
    is_generic,
    romanised_tail,
    word_tag,
)
from .namecandidate import Candidate, _TRANSLIT, _inside_title  # noqa: F401  (re-exported)
from .nameframes import frame_candidates
from .nameoccupation import occupation_people, surname_intro_people
from .namepeople import _bracket_people, _credits, _speech, _titles, cast_line, introduced_people, person_facts
from .namecompany import _headline_name, _orgs, _owned_by, _table_cells, share_moves
from .nameinstitutions import institution_candidates
from .namejoined import unjoined
from .namelatin import _brand_models, _latin, _products
from .nameenum import enumeration_candidates, enumeration_items, role_list_people  # noqa: F401  (re-exported)
from .namepublic import public_body_candidates
from .nameleaders import leader_candidates

__all__ = ["Candidate", "find_candidates", "SURNAMES", "word_tag", "enumeration_items"]


_MEDIA = re.compile(r"《([^《》]{2,12})》(?=(?:网站|网|杂志)?(?:则|也|亦|还|近日|日前|此前|随后)?(?:记者|报道|报导|消息|援引|获悉|"
                    r"了解到|称|指出|发文|刊文|的报道|社论|评论员|刊登|刊发|披露|写道|撰文))")
#: A country before a title, and what the title then does ("日本《日经亚洲》则关注…", "英国《卫报》网站评论说"):
#: a foreign outlet as a press review quotes it (a law or a book is not written "日本《…》则关注").
_FOREIGN_MEDIA = re.compile(r"(?:美国|英国|日本|法国|德国|韩国|俄罗斯|加拿大|澳大利亚|新加坡|印度|意大利|西班牙|瑞士|瑞典|荷兰|"
                            r"以色列|巴西|泰国|越南|马来西亚|印尼|菲律宾|卡塔尔|阿联酋|沙特|土耳其|南非|新西兰|比利时|奥地利|挪威|丹麦)"
                            r"《([^《》]{2,12})》(?=(?:网站|网|杂志|周刊|电视台)?(?:则|也|亦|还|近日|日前|此前|随后)?"
                            r"(?:关注|评论|分析|认为|报道|称|指出|写道|援引|刊文|发文|注意到|聚焦|提到|说))")
#: A paper's title that opens with who issued it ("《国务院关于…的办法》", "《中共中央办公厅 国务院办公厅关于…》"):
#: the bodies before 关于 (a title that opens with 关于 names none).
_ISSUER = re.compile(r"《((?:[\u4e00-\u9fff]{3,14}[ \u3000、])*[\u4e00-\u9fff]{3,14}?)关于"
                     r"|(?:贯彻|落实|按照|根据|依据|遵照)(?:落实)?([\u4e00-\u9fff]{1,10}?(?:中央|政府|部|院|局|署|委|委员会))关于")
_BODY_HEAD_END = re.compile(r"(?:办公厅|办公室|委员会|政府|中央|部|院|局|署|厅|委)$")
_SUB_UNIT = re.compile(r"^(?:办公厅|办公室|委员会|常委会|党组|部|院|局|署|厅|委|会)")


def _joint_issuers(run: str) -> list[str]:
    """"中共中央办公厅国务院办公厅" (two issuers written together once the page's space is gone):
    split where both sides end with a body's head and the right side is a body of its own, not a
    unit of the left one ("国务院|办公厅" stays one)."""
    for k in range(3, len(run) - 2):
        left, right = run[:k], run[k:]
        if _BODY_HEAD_END.search(left) and _BODY_HEAD_END.search(right) and not _SUB_UNIT.match(right):
            return [left, right]
    return [run]


#: A Latin abbreviation in brackets after a body's Chinese name, then its website or its report
#: ("美国消费者新闻与商业频道（CNBC）网站则…"): the outlet, by the name readers know.
_MEDIA_ABBR = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([A-Z][A-Za-z]{1,7})[）)](?=网站|网|报道|援引|称|指出|评论|分析)")


#: A listed company with its stock code: "安诺其(300067)", "因赛集团（300781）", and Hong Kong's
#: five-digit codes as its press writes them, "青岚汽车(09866)", "(0700.HK)".
_STOCK_CODE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8})\s*[（(]\s*"
                         r"(?:\d{6}|\d{4,5}\.HK|0\d{4}|\d{6}\.S[HZ])\s*[）)]")


#: A company name with its city in brackets: "猫范（北京）科技有限公司".
_PLACE_IN_NAME = re.compile(r"(?<=[的、，。；：\s])[\u4e00-\u9fff]{2,6}[（(][\u4e00-\u9fff]{2,3}[）)][\u4e00-\u9fff]{0,4}"
                            r"(?:股份有限公司|有限公司|有限责任公司|集团|公司)")


#: A news agency or outlet in a dateline or before its reporter ("财联社 2 月 21 日", "新华社记者").
_DATELINE = re.compile(r"(?:^|(?<=[，。；（(“「\s]))(?:据|援引|引述)?([\u4e00-\u9fff]{2,5}(?:社|网|报|台))"
                       r"(?=\s*(?:记者|\d{1,2}\s*月\s*\d{1,2}\s*日|讯|消息称|报道))")


_WORK_NOUN = r"(?:小说|电视剧|电影|影片|短片|动画片|动画|纪录片|综艺|节目|游戏|剧集|网剧|短剧|漫画|歌曲|专辑|剧)"
#: A title in 《》 next to what kind of work it is (a book, a film, a series, "100 集的《…》").
_WORK = re.compile(_WORK_NOUN + r"\s*《([^《》]{1,15})》|《([^《》]{1,15})》\s*(?:" + _WORK_NOUN[3:-1] +
                   r"|剧|第[一二三四五六七八九十\d]+[季部集])|(?<![\d一二三四五六七八九十百])(?:\d++|[一二三四五六七八九十百]++)"
                   r"\s*集的?\s*《([^《》]{1,15})》")  # a count starts a number only: linear on a run of digits
#: A school after 毕业于/就读于/保送至: up to a degree, a department or the clause's end.
_SCHOOL = re.compile(r"(?:毕业于|就读于|肄业于|任教于|保送至|考入)([\u4e00-\u9fff]{2,8}?(?:大学|学院|交大|理工|中学|研究所|研究院)?)"
                     r"(?=[、，。；（）()]|物理|计算机|数学|化学|电子|信息|经济|法学|本科|硕士|博士|系|专业|并|后|的)")
_MEDIA_NAME = re.compile(r"(?:报|日报|晚报|时报|周刊|杂志|新闻|周报|电视台)$")


@lru_cache(maxsize=1 << 15)
def find_candidates(text: str) -> tuple[Candidate, ...]:
    """Every name candidate of one simplified paragraph, with its validating context."""
    out: list[Candidate] = []
    _titles(text, out)
    _speech(text, out)
    for m in _TRANSLIT.finditer(text):
        name = m.group(1)
        i = m.start(1)
        if i > 0 and name.index("·") >= 3 and _cut(text[i - 1:i + 1]) == (text[i - 1:i + 1],) \
                and word_tag(text[i - 1:i + 1]).startswith("n"):
            name = name[1:]  # "分析人士|罗伯特·凯恩": the word before ends on the name's first character
        if not _inside_title(text, m.start()) and len(name) >= 4:
            out.append(Candidate(name, "person", "transliteration"))
    _brackets(text, out)
    _short_forms(text, out)
    _orgs(text, out)
    public_body_candidates(text, out)
    leader_candidates(text, out)  # "特朗普政府": the leader heading it
    institution_candidates(text, out)  # "滨江市第二人民医院", "临江区第二实验小学"
    for m in (*_MEDIA.finditer(text), *_FOREIGN_MEDIA.finditer(text), *_MEDIA_ABBR.finditer(text)):
        out.append(Candidate(m.group(1), "org", "media"))
    for m in _ISSUER.finditer(text):  # "《国务院关于…的办法》": the body that issued the paper
        for body in (b for part in (m.group(1) or m.group(2)).split() for b in _joint_issuers(part)):
            if len(body) >= 3 and not is_generic(body) and body[0] not in "市省区县州本我该其各上有相":  # not "市政府"
                out.append(Candidate(body, "org", "issuer"))
    for m in _STOCK_CODE.finditer(text):
        name = _org_head(m.group(1)) or m.group(1)  # "龙头万兴科技(300624)" → 万兴科技
        if len(name) >= 2 and not is_generic(name) and name[0] not in _NOT_START:
            out.append(Candidate(name, "org", "stock-code"))
    for m in _PLACE_IN_NAME.finditer(text):
        out.append(Candidate(m.group(0), "org", "suffix"))
    for m in _DATELINE.finditer(text):
        if not is_generic(m.group(1)[:-1]):
            out.append(Candidate(m.group(1), "org", "media"))
    for m in re.finditer(r"《([^《》]{2,10})》", text):
        if _MEDIA_NAME.search(m.group(1)):
            out.append(Candidate(m.group(1), "org", "media"))
    share_moves(text, out)
    _latin(text, out)
    _brand_models(text, out)
    _products(text, out)
    for m in _WORK.finditer(text):  # "科幻小说《三体》", "短片《空中梦想家》": a work, listed as a product
        name = (m.group(1) or m.group(2) or m.group(3)).strip()
        if not re.search(r"[，。！？、：；,!?:;]", name) and not _MEDIA_NAME.search(name):
            out.append(Candidate(name, "product", "product-word"))
    _headline_name(text, out)
    if text.count("|") >= 2:
        _table_cells(text, out)
    _bracket_people(text, out)
    role_list_people(text, out)
    roster_candidates(text, out)
    brand_candidates(text, out)
    cast_line(text, out)
    person_facts(text, out)
    introduced_people(text, out)
    occupation_people(text, out)  # "出租车司机高永强", "家长吴先生"
    surname_intro_people(text, out)  # "我姓赵，赵德顺"
    frame_candidates(text, out)
    _owned_by(text, out)
    _credits(text, out)
    for m in re.finditer(r"的(?:作品|小说|新书|著作|诗歌|电影|画作)", text):  # "金庸的作品"
        for size in (3, 2):
            name = text[m.start() - size:m.start()] if m.start() >= size else ""
            if name and name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name) \
                    and _starts_word(text, m.start() - size, name):
                out.append(Candidate(name, "person", "author"))
                break
    for m in _SCHOOL.finditer(text):  # "毕业于上海交大", "保送至北京大学": a school
        name = m.group(1)
        if not is_generic(name) and name[0] not in _NOT_START and not re.search(r"[\d，。、]", name):
            out.append(Candidate(name, "org", "school"))
    whole = {m.start(): m.group(1) for m in _WHOLE_HANDLE.finditer(text)
             if re.search(r"[\u4e00-\u9fff]", m.group(1)) and not word_tag(m.group(1))}
    for at, name in whole.items():  # "回复 @咖啡续命的小林：", "@一只Kiki 说得对": the account as written
        if not re.fullmatch(r"[\d_-]+", name) and not is_generic(name):
            out.append(Candidate(name, "org" if _TEAM_HANDLE.search(name) else "person", "handle"))
    signed = set()
    for m in _SIGNED_POST.finditer(text):  # "— 李老师不是你老师 (@whyyoutouzhele) March 16, 2023": who posted it
        signed.add(m.start("at"))
        out.append(Candidate(m["n"], "person", "handle", role=f"@{m['h']}"))
    for m in _HANDLE.finditer(text):  # "圈友 @大国 支持整理", "@ elevenlabsio 的合成音效": an account
        if m.start() in whole or m.start() in signed:
            continue  # (an embedded post's account is its poster's, listed under the name shown)
        name = m.group(1)
        if re.fullmatch(r"[\u4e00-\u9fff]+", name):
            if not is_generic(name) and name[0] not in _NOT_START and not word_tag(name).startswith(_BAD_TAGS):
                # a word of the dictionary ("大国") names the account only where written with its @
                written = text[m.start():m.end()].replace(" ", "")
                out.append(Candidate(written if word_tag(name) and written.startswith("@") else name,
                                     "org" if _TEAM_HANDLE.search(name) else "person", "handle"))
        elif name.lower() not in LATIN_COMMON and not re.fullmatch(r"\d+", name):
            out.append(Candidate(name, "org" if _ORG_HANDLE.search(name) else "person", "handle"))
    for m in _ACCUSED.finditer(text):  # "朱军被起诉": who is sued, arrested, charged is a person
        i = m.start()
        for size in (3, 2):
            name = text[i - size:i] if i >= size else ""
            if name and name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name) \
                    and _unknown_or_name(name) and _starts_word(text, i - size, name):
                out.append(Candidate(name, "person", "accused"))
                break
    for m in _QUESTION.finditer(text):  # "谁是艾未未？": who is asked about is a person
        name = m.group(1) or m.group(2)
        if name[0] in SURNAMES and _person_ok(name) and _unknown_or_name(name) and _surname_name_ok(name):
            out.append(Candidate(name, "person", "question"))
    for m in _DATA_SOURCE.finditer(text):
        name = m.group(1)
        if _SHOWS.search(name):
            continue  # "分诊台电子屏显示", "监控录像显示": a screen, a record, a chart shows it, no body
        if not is_generic(name) and name[0] not in _NOT_START and (_has_proper(name) or not word_tag(name) or m["own"]) \
                and not any(len(t) > 1 and word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in _cut(name)):
            out.append(Candidate(name, "org", "data-source"))
    return tuple(unjoined(_person_cut_off(out)))  # "A局会同B局": two bodies; "引自某院": 某院


def _person_cut_off(out: list[Candidate]) -> list[Candidate]:
    """An organisation read through the person named before it ("字幕：方卫东　某市餐饮行业协会秘书长"
    read as 方卫东某市餐饮行业协会): the person's name is cut off the organisation's."""
    people = {c.name for c in out if c.kind == "person" and c.why in ("credit", "roster", "title", "cast")}
    if not people:
        return out
    fixed = []
    for c in out:
        if c.kind == "org":
            head = next((p for p in people if c.name.startswith(p) and len(c.name) - len(p) >= 3), "")
            if head:
                c = Candidate(c.name[len(head):], c.kind, c.why, c.role, c.alias)
        fixed.append(c)
    return fixed


#: An account named with @ (not an e-mail address): up to a space or punctuation.
_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+-])@\s?([\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z0-9_]{2,30})(?=[\s，。：:；;！!？?）)、”」的]|$)")
#: An account written whole before a colon or the space a post puts after it ("@咖啡续命的小林："):
#: its words may hold 的 and digits.
_WHOLE_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+-])@\s?([\u4e00-\u9fffA-Za-z0-9_\-·]{2,20})(?=[：:]|[ \u3000\t]|$)")
#: An embedded post's signature: a dash, the name it shows, its account in brackets, then its date
#: ("— 李老师不是你老师 (@whyyoutouzhele) March 16, 2023"): the poster is the name shown.
_SIGNED_POST = re.compile(r"(?:^|[—–]|&mdash;)\s*(?P<n>[^\s()（）@—–]{2,24})\s*[（(](?P<at>@)(?P<h>[A-Za-z0-9_]{2,30})[）)]"
                          r"\s*(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:19|20)\d{2}|\d{1,2}月)")
#: A team's account ("@北辰应急救援队"): a body.
_TEAM_HANDLE = re.compile(r"[\u4e00-\u9fff]{2,}[队团團]$")
_ORG_HANDLE = re.compile(r"(?:labs?|io|ai|hq|official|app|inc|news|media|tv)$", re.I)
#: What happens to a person in court or to the police ("被起诉", "被逮捕").
_ACCUSED = re.compile(r"被(?:起诉|逮捕|拘留|刑拘|判刑|判处|控告|指控|通缉|约谈|开除|免职|双开|带走)")
#: A person asked about: "谁是艾未未？", "“张三是谁”".
_QUESTION = re.compile(r"谁是([\u4e00-\u9fff]{2,3}?)(?=[？?”」])|(?:^|(?<=[，。；：！？“「\s]))([\u4e00-\u9fff]{2,3}?)是谁")
#: "同花顺数据显示，", "天眼查显示，": a data provider.
_DATA_SOURCE = re.compile(r"(?:^|(?<=[，。；！？\s]))([\u4e00-\u9fff]{2,6}?|[A-Z][A-Za-z]+)"
                          # "携程平台数据显示": the platform's own word is no part of its name
                          r"(?P<own>平台|官网|网站|后台|App|APP|app)?(?:数据|统计|资料|信息)?显示[，：,:]")


#: Things, not bodies, that "show" something: a screen, a record, a chart, a page, a survey's result.
_SHOWS = re.compile(r"(?:屏|屏幕|大屏|记录|录像|监控|图表|截图|报告|调查|结果|系统|仪表|表格|页面|界面|画面|视频|照片)$")
