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

Names vouched for by other names of the corpus (a brand's products, nicknames, romanised
names) are found in ``namerules``.

jieba's tags are used for the shape of a name only (where a name can start and end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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

__all__ = ["Candidate", "find_candidates", "SURNAMES", "word_tag", "enumeration_items"]


_LATIN_WORD = r"[A-Z][A-Za-z0-9]*(?:[-.·][A-Za-z0-9]+)*"


_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9.])({_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}|[a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9])")


_TRANSLIT = re.compile(rf"(?<![{_TR}·])([{_TR}]{{1,5}}(?:·[{_TR}]{{1,7}})+)")


_BRACKET = re.compile(r"([\u4e00-\u9fff·]{2,14}|[A-Za-z][A-Za-z0-9 .&-]{1,40})[（(]([A-Za-z][A-Za-z0-9 .&·-]{1,40}|[\u4e00-\u9fff·]{2,14})[）)]")


_MEDIA = re.compile(r"《([^《》]{2,12})》(?=记者|报道|报导|消息|援引|获悉|了解到|称|指出|发文|刊文|的报道|社论|评论员)")


#: A listed company with its stock code: "安诺其(300067)", "因赛集团（300781）", and Hong Kong's
#: five-digit codes as its press writes them, "青岚汽车(09866)", "(0700.HK)".
_STOCK_CODE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8})\s*[（(]\s*"
                         r"(?:\d{6}|\d{4,5}\.HK|0\d{4}|\d{6}\.S[HZ])\s*[）)]")


#: A company name with its city in brackets: "猫范（北京）科技有限公司".
_PLACE_IN_NAME = re.compile(r"(?<=[的、，。；：\s])[\u4e00-\u9fff]{2,6}[（(][\u4e00-\u9fff]{2,3}[）)][\u4e00-\u9fff]{0,4}"
                            r"(?:股份有限公司|有限公司|有限责任公司|集团|公司)")


#: A news agency or outlet in a dateline or before its reporter ("财联社 2 月 21 日", "新华社记者").
_DATELINE = re.compile(r"(?:^|(?<=[，。；（(“「\s]))([\u4e00-\u9fff]{2,5}(?:社|网|报|台))"
                       r"(?=\s*(?:记者|\d{1,2}\s*月\s*\d{1,2}\s*日|讯|消息称|报道))")


_WORK_NOUN = r"(?:小说|电视剧|电影|影片|短片|动画片|动画|纪录片|综艺|节目|游戏|剧集|网剧|短剧|漫画|歌曲|专辑|剧)"
#: A title in 《》 next to what kind of work it is (a book, a film, a series, "100 集的《…》").
_WORK = re.compile(_WORK_NOUN + r"\s*《([^《》]{1,15})》|《([^《》]{1,15})》\s*(?:" + _WORK_NOUN[3:-1] +
                   r"|剧|第[一二三四五六七八九十\d]+[季部集])|(?<![\d一二三四五六七八九十百])(?:\d++|[一二三四五六七八九十百]++)"
                   r"\s*集的?\s*《([^《》]{1,15})》")  # a count starts a number only: linear on a run of digits
#: A school after 毕业于/就读于/保送至: up to a degree, a department or the clause's end.
_SCHOOL = re.compile(r"(?:毕业于|就读于|肄业于|任教于|保送至|考入)([\u4e00-\u9fff]{2,8}?(?:大学|学院|交大|理工|中学|研究所|研究院)?)"
                     r"(?=[、，。；（）()]|物理|计算机|数学|化学|电子|信息|经济|法学|本科|硕士|博士|系|专业|并|后|的)")
_BRACKET_ROLE = re.compile(r"[\u4e00-\u9fff]{2,3}[（(]([\u4e00-\u9fff]{0,0})([\u4e00-\u9fff]{3,8}?)"
                           r"(?:联合创始人|创始人|董事长|总裁|副总裁|总经理|首席[\u4e00-\u9fff]{2,3}官|CEO|CTO)[）)]")
_MEDIA_NAME = re.compile(r"(?:报|日报|晚报|时报|周刊|杂志|新闻|周报|电视台)$")


_ORG_CUE = re.compile(r"公司|集团|旗下|创始人|首席|官方|团队|宣布|投资|融资|股价|市值|估值|收购|员工|竞争对手|"
                      r"合作|上市|财报|营收|董事|总裁|CEO|CTO|实验室|研究院|大学|媒体|报道|报导|新闻|记者")


#: A CamelCase name with a digit inside ("InstructPix2Pix", "Pix2Video"): one name, not a version.
_CAMEL_DIGITS = re.compile(r"[A-Z][a-z]++[A-Z][A-Za-z]*+\d[A-Za-z0-9]*+|[A-Z][a-z]++\d[A-Z][A-Za-z0-9]*+")


_PRODUCT_CUE = re.compile(r"^\s*(?:大模型|模型|产品|应用|工具|插件|版本|App|APP|引擎|系统|平台|聊天机器人)|"
                          r"(?:大模型|模型|引擎|产品|应用|工具|系统|推出的|发布的|上线的|开发的|发明了|发明的)\s*$")


_ENUM_STRONG = re.compile(r"收涨|收跌|涨停|跌停|领涨|领跌|大涨|概念股|个股|投资方|领投|跟投|股东|"
                          r"(?<!\d)\d++\s*(?:多)?\s*家\s*(?:上市)?(?:公司|企业|券商|机构|厂商|银行|基金|媒体|平台)|"
                          r"等(?:上市|科技|互联网)?(?:公司|企业|券商|机构|厂商|巨头|大厂|银行|基金|媒体)")


_ENUM_CUE = re.compile(r"等\s*\d*\s*(?:多)?\s*(?:家|个)?\s*(?:[\u4e00-\u9fff]{0,4}供应商|公司|企业|券商|机构|厂商|巨头|大厂|"
                       r"平台|媒体|银行|基金|车企|个股|概念股|上市公司|科技公司|投资方|股东|品牌|应用|产品|模型)|收涨|收跌|涨停|"
                       r"跌停|领涨|领跌|大涨|概念股|个股|投资方|领投|跟投|股东|券商|上市公司|供应商|友商|竞品|车企|新势力")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name found in one paragraph, with why it was taken."""

    name: str
    """Simplified spelling."""
    kind: str
    """``person``, ``org`` or ``product``."""
    why: str
    """The context that validated it (``title``, ``speech``, ``suffix`` …)."""
    role: str = ""
    """Role as the text gives it (simplified), for people."""
    alias: str = ""
    """Another spelling of the same entity given beside it (a bracketed original)."""


_HAN_2_4 = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NON_SPACE = re.compile(r"\S")
#: How far around a title the name finder reads (a name, a work's title, a role is far shorter):
#: no copy or scan of the rest of a paragraph per match, which was quadratic on a huge paragraph.
_NEAR = 200


def _han_name_at(text: str, i: int) -> str:
    """A 2–3 character Chinese name starting at ``i`` (after a title), or ''."""
    run = _HAN_2_4.match(text, i)
    if not run:
        return ""
    s = run.group(0)
    after = text[i + 2:i + 4]
    two_ok = len(s) == 2 or after[:1] in _AFTER_NAME or re.match(_SPEECH_RE, after) is not None
    three_ok = len(s) >= 3 and s[2] not in _AFTER_NAME and (
        len(s) == 3 or s[3] in _AFTER_NAME or re.match(_SPEECH_RE, text[i + 3:i + 5]) is not None)
    end_ok = i + 3 >= len(text) or text[i + 3] in _PUNCT
    if three_ok or (len(s) == 3 and end_ok and s[2] not in _AFTER_NAME):
        return s[:3]
    if two_ok:
        return s[:2]
    tok = next((t for t in _cut(text[i:i + 6])[:1]), "")
    if 2 <= len(tok) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", tok) and word_tag(tok) in ("", "nr", "nrfg", "nrt"):
        return tok
    return ""


_COORDINATED = re.compile(rf"\s*(?:和|与|及|、)\s*([A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}}|[{_TR}]{{1,5}}(?:·[{_TR}]{{1,7}})+)"
                          r"(?![A-Za-z·])")
_TITLE_RE = re.compile("(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")\s?[丨｜|]?\s?")


@lru_cache(maxsize=1 << 15)
def find_candidates(text: str) -> tuple[Candidate, ...]:
    """Every name candidate of one simplified paragraph, with its validating context."""
    out: list[Candidate] = []
    _titles(text, out)
    _speech(text, out)
    for m in _TRANSLIT.finditer(text):
        name = m.group(1)
        if not _inside_title(text, m.start()) and len(name) >= 4:
            out.append(Candidate(name, "person", "transliteration"))
    _brackets(text, out)
    _orgs(text, out)
    for m in _MEDIA.finditer(text):
        out.append(Candidate(m.group(1), "org", "media"))
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
    for m in _HANDLE.finditer(text):  # "圈友 @大国 支持整理", "@ elevenlabsio 的合成音效": an account
        name = m.group(1)
        if re.fullmatch(r"[\u4e00-\u9fff]+", name):
            if not is_generic(name) and name[0] not in _NOT_START and not word_tag(name).startswith(_BAD_TAGS):
                # a word of the dictionary ("大国") names the account only where written with its @
                written = text[m.start():m.end()].replace(" ", "")
                out.append(Candidate(written if word_tag(name) and written.startswith("@") else name,
                                     "person", "handle"))
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
        if not is_generic(name) and name[0] not in _NOT_START and (_has_proper(name) or not word_tag(name)) \
                and not any(len(t) > 1 and word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in _cut(name)):
            out.append(Candidate(name, "org", "data-source"))
    return tuple(out)


#: An account named with @ (not an e-mail address): up to a space or punctuation.
_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+-])@\s?([\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z0-9_]{2,30})(?=[\s，。：:；;！!？?）)、”」的]|$)")
_ORG_HANDLE = re.compile(r"(?:labs?|io|ai|hq|official|app|inc|news|media|tv)$", re.I)
#: What happens to a person in court or to the police ("被起诉", "被逮捕").
_ACCUSED = re.compile(r"被(?:起诉|逮捕|拘留|刑拘|判刑|判处|控告|指控|通缉|约谈|开除|免职|双开|带走)")
#: A person asked about: "谁是艾未未？", "“张三是谁”".
_QUESTION = re.compile(r"谁是([\u4e00-\u9fff]{2,3}?)(?=[？?”」])|(?:^|(?<=[，。；：！？“「\s]))([\u4e00-\u9fff]{2,3}?)是谁")
#: "同花顺数据显示，", "天眼查显示，": a data provider.
_DATA_SOURCE = re.compile(r"(?:^|(?<=[，。；！？\s]))([\u4e00-\u9fff]{2,6}?|[A-Z][A-Za-z]+)(?:数据|统计)?显示[，：,:]")


#: A newspaper's name (not a financial report, a bulletin or a forecast).
_PAPER = re.compile(r"(?<![财年研简周月季快汇情预举通海画捷喜警电公])报$|日报$|晚报$|时报$|周刊$")
_HEAD_NAME = re.compile(r"^(?:#+\s*)?(?:[\d.]+\s*|[一二三四五六七八九十]+[、.]\s*)?"
                        r"([\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z0-9 .&-]{1,30})"
                        r"(?:\s*(?:归纳|总结|观点|认为|表示|指出|分析))?\s*(?:[：:]|$)")


def _headline_name(text: str, out: list[Candidate]) -> None:
    """A heading or paragraph that opens with a name and a colon ("中信建投证券：…", "量子位"
    as a numbered heading): the name of who speaks, when its words can make a name."""
    m = _HEAD_NAME.match(text.strip())
    if not m:
        return
    name = m.group(1).strip()
    if re.fullmatch(r"[A-Za-z0-9 .&-]+", name):
        if name.lower() not in LATIN_COMMON and re.match(r"[A-Z]", name) and not re.search(r"\d", name[:1]):
            out.append(Candidate(name, "org", "heading"))
        return
    if _TITLE_RE.search(name):
        return  # "媒体人胡锡进": the title rule reads it
    if len(name) <= 3 and name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name):
        out.append(Candidate(name, "person", "heading"))
        return
    toks = _cut(name)
    if is_generic(name) or name[0] in _NOT_START or name[0] == "有":
        return
    if any(word_tag(t).startswith(("v", "a", "d", "p", "c", "u", "r", "m", "t", "f")) for t in toks):
        return
    if any(len(t) > 1 and not word_tag(t) and _cut(t[1:])[0] != t[1:] for t in toks):
        return  # an unknown word jieba glued from a verb ("辟谣") is no name
    if name[0] in SURNAMES and len(name) > 3 and _surname_name_ok(name[:3]):
        return  # "谢赛宁辟谣": a name and what they did
    numbered = re.match(r"^(?:#+\s*)?\d+(?:\.\d+)*\s", text.strip()) is not None
    if not numbered and not m.group(0).rstrip().endswith(("：", ":")):
        return  # a bare line ("鱼香肉丝" under a picture) is a caption, not a name
    common = [t for t in toks if len(t) >= 2 and word_tag(t) and not _proper_token(t)]
    sfx = re.search(f"(?:{_SUFFIX_RE.pattern})$", name)
    colon = m.group(0).rstrip().endswith(("：", ":"))
    if (sfx and not is_generic(name[:sfx.start()])) or ((numbered or colon) and len(toks) >= 2 and len(common) <= 1) \
            or (_has_proper(name) and not common and len(name) >= 3) \
            or (colon and len(name) >= 4 and _PAPER.search(name)):  # "中国电影报：…" speaks as a paper
        out.append(Candidate(name, "org", "heading"))


#: A table column whose header says its cells are companies ("电池供应商", "投资方", "公司").
_ORG_COLUMN = re.compile(r"(?:供应商|制造商|生产商|厂商|厂家|公司|企业|车企|品牌|机构|券商|投资方|发行人|股东|客户|合作方)$")
_TRIMS = ("Pro", "Max", "Plus", "Ultra", "Mini", "Lite", "Air", "SE")


def _table_cells(text: str, out: list[Candidate]) -> None:
    """A table row's cells: a Latin name, or a company name with its suffix, fills a cell; a
    cell with a digit or a trim (Pro, Max) names a product; in a column headed by a word for
    companies (电池供应商, 投资方) every name-like cell is a company ("宁德时代")."""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.split("\n") if "|" in line]
    org_cols: set[int] = set()
    if len(rows) >= 3 and all(re.fullmatch(r":?-{2,}:?", c) for c in rows[1] if c):
        org_cols = {i for i, h in enumerate(rows[0]) if _ORG_COLUMN.search(re.sub(r"[（(].*", "", h))}
    for r, row in enumerate(rows):
        for i, cell in enumerate(row):
            if r >= 2 and i in org_cols:
                _org_cell(cell, out)
    for cell in (c.strip() for c in text.split("|")):
        if re.fullmatch(r"[A-Z][A-Za-z0-9]*(?:[ .&-][A-Za-z0-9]+){0,3}", cell) and cell.lower() not in LATIN_COMMON:
            product = re.search(r"\d", cell) or cell.split()[-1] in _TRIMS and len(cell.split()) > 1
            out.append(Candidate(cell, "product" if product else "org", "table"))
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,10}", cell):
            sm = re.search(f"(?:{_SUFFIX_RE.pattern})$", cell)
            head = cell[:sm.start()] if sm else ""
            if sm and len(head) >= 2 and not is_generic(head) and head[0] not in _NOT_START:
                out.append(Candidate(cell, "org", "table"))


def _org_cell(cell: str, out: list[Candidate]) -> None:
    """A cell of a column of companies: its name, and the owner a bracket gives ("弗迪电池（比亚迪旗下）")."""
    m = re.fullmatch(r"([\u4e00-\u9fffA-Za-z0-9 .&-]{2,16}?)\s*(?:[（(]([^（）()]{2,16})[）)])?", cell)
    if not m:
        return
    for part in (m.group(1), re.sub(r"(?:旗下|子公司|控股|供货|提供)$", "", m.group(2) or "")):
        part = part.strip()
        if 2 <= len(part) <= 12 and not is_generic(part) and part[0] not in _NOT_START \
                and not re.fullmatch(r"[\d\s.%-]+", part) and part.lower() not in LATIN_COMMON \
                and not any(len(t) > 1 and word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in _cut(part)):
            out.append(Candidate(part, "org", "table"))


#: "弗迪电池（比亚迪旗下）": a company and the group that owns it.
_OWNED_BY = re.compile(r"([\u4e00-\u9fff]{2,10})[（(]([\u4e00-\u9fff]{2,8}?)(?:旗下|的子公司|子公司)(?:公司|企业|品牌)?[）)]")


def _owned_by(text: str, out: list[Candidate]) -> None:
    for m in _OWNED_BY.finditer(text):
        name = _org_head(m.group(1))
        for part in (name, _org_head(m.group(2)) or m.group(2)):
            if len(part) >= 2 and not is_generic(part) and part[0] not in _NOT_START:
                out.append(Candidate(part, "org", "owner"))


#: A credit line: "责任编辑：刘畅", "作者：钟睿（评论员）", "来源：澜财经", "整理：财经笔记编辑部",
#: or the name before what it did ("财经笔记编辑部 整理 |").
_CREDIT_PERSON = re.compile(r"(?:^|(?<=[\s|丨｜（(【\[]))(责任编辑|编辑|作者|撰文|文|记者|摄影|校对|审校|翻译|编译)"
                            r"\s*[：:丨｜|]\s*([\u4e00-\u9fff]{2,3})(?=$|[\s|丨｜）)（(】\]，,])")
_CREDIT_ORG = re.compile(r"(?:^|(?<=[\s|丨｜]))(?:(?:来源|出处|出品|整理|供稿|发布)\s*[：:丨｜]\s*([\u4e00-\u9fff]{2,12})"
                         r"(?=$|[\s|丨｜（(，,])|([\u4e00-\u9fff]{2,12}?)\s*(?:整理|供稿|出品)\s*[|丨｜])")


def _credits(text: str, out: list[Candidate]) -> None:
    if len(text) > 200:
        return  # a credit is a short line of its own
    for m in _CREDIT_PERSON.finditer(text):
        name = m.group(2)
        if name[0] in SURNAMES and _person_ok(name) and (not word_tag(name) or word_tag(name).startswith("nr")):
            out.append(Candidate(name, "person", "credit", role=m.group(1)))
    for m in _CREDIT_ORG.finditer(text):
        name = (m.group(1) or m.group(2)).strip()
        if not is_generic(name) and name[0] not in _NOT_START and not re.search(r"网友|网络|本报|本刊|本站|互联网|公开", name):
            out.append(Candidate(name, "org", "credit"))


def _bracket_people(text: str, out: list[Candidate]) -> None:
    """Names listed in brackets ("（俞颐超，吴俊东，张涌良）"): every item a surname and a given name."""
    for m in re.finditer(r"[（(]([^（）()]{5,40})[）)]", text):
        items = [i.strip() for i in re.split(r"[，、,]", m.group(1))]
        if len(items) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", i) and i[0] in SURNAMES
                                   and _unknown_or_name(i) for i in items):
            for i in items:
                out.append(Candidate(i, "person", "list"))


def _inside_title(text: str, i: int) -> bool:
    """Inside 《…》 (a work's title, not a name)."""
    lo = max(0, i - _NEAR)
    return text.rfind("《", lo, i) > text.rfind("》", lo, i)


def _titles(text: str, out: list[Candidate]) -> None:
    for m in _TITLE_RE.finditer(text):
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
        elif kind_latin and kind_latin.group(1).lower() not in LATIN_COMMON:
            name = kind_latin.group(1)
        else:
            name = _han_name_at(text, i)
            if name and not _person_ok(name):
                name = ""
            ends = _NON_SPACE.search(text, i + len(name)) is None  # a heading: "AI 博主卡兹克"
            if name and name[0] not in SURNAMES and not ((_speaks_after(text, i + len(name)) or ends)
                                                         and _unknown_or_name(name)):
                name = ""  # "动画制片人南墙向…表示" is a name; "演员服化道", "记者采访时表示" are not
        if not name:
            continue
        role = _role_left(text, m.end()) or title
        out.append(Candidate(name, "person", "title", role=role.strip()))
        # "研发负责人 Tim Brooks 和 Bill Peebles": the second name shares the title
        other = _COORDINATED.match(text, i + len(name), i + len(name) + 40)
        if other and other.group(1).lower() not in LATIN_COMMON:
            out.append(Candidate(other.group(1), "person", "title", role=role.strip()))
        # the employer before the title ("百度 CEO", "OpenAI首席技术官", "前阿里副总裁")
        before = m.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        aff = _clause_left(text, before, 14).strip()
        aff = re.sub(r"^(?:前|原|现任|时任|担任|曾任|据|由)", "", aff)
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&-]{1,30}", aff) and aff.lower() not in LATIN_COMMON \
                and not re.fullmatch(r"\d+(?:\.\d+)+", aff):
            out.append(Candidate(aff.strip(), "org", "employer"))
        elif re.fullmatch(r"CEO|CTO|COO|CFO", m.group(1)) and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", aff) \
                and text[m.start() - 1:m.start()] == " " and not is_generic(aff) and aff[0] not in _NOT_START \
                and not _TITLE_RE.search(aff) and not aff.endswith("兼"):
            out.append(Candidate(aff, "org", "employer"))  # "出门问问 CEO 李志飞": a name spaced before CEO
        elif re.match(r"CEO|CTO|COO|CFO|创始人|联合创始人|董事长|总裁|副总裁|首席|总经理", m.group(1)) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", aff) \
                and not is_generic(aff) and aff[0] not in _NOT_START \
                and not any(word_tag(t).startswith(_BAD_TAGS) for t in _cut(aff)) \
                and not (re.search(r"[部处科室组]$", aff) and not _has_proper(aff)):
            out.append(Candidate(aff, "org", "employer"))  # "蓝色光标 CEO", not "品牌公关部总经理"
        elif re.fullmatch(r"[\u4e00-\u9fff]{3,10}", aff) and aff.endswith(STRONG_SUFFIXES) \
                and aff[0] not in _NOT_START and not is_generic(aff):
            out.append(Candidate(aff, "org", "employer"))  # "独立策略研究院分析师陈佳": the whole name
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


def _speech(text: str, out: list[Candidate]) -> None:
    """A name right before a reporting verb, at the start of its clause."""
    for m in re.finditer(rf"(?:^|(?<=[，。；：！？“”「」\s（）、]))([\u4e00-\u9fff]{{2,3}})(?:{_SPEECH_RE})", text):
        name = m.group(1)
        if name[0] not in SURNAMES or not _person_ok(name):
            continue
        tag = word_tag(name)
        if tag and not tag.startswith("nr"):
            continue
        out.append(Candidate(name, "person", "speech"))


def _brackets(text: str, out: list[Candidate]) -> None:
    """``谷歌（Google）``, ``萨姆·奥尔特曼（Sam Altman）``: a name with its original."""
    for m in _BRACKET.finditer(text):
        a, b = m.group(1).strip(), m.group(2).strip()
        if _inside_title(text, m.start()):
            continue
        han, latin = (a, b) if re.search(r"[\u4e00-\u9fff]", a) else (b, a)
        if not re.search(r"[\u4e00-\u9fff]", han) or re.search(r"[\u4e00-\u9fff]", latin):
            continue
        if latin.lower() in LATIN_COMMON or not re.match(r"[A-Z]", latin):
            continue
        if "·" in han or re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", latin):
            kind = "person" if "·" in han or re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", latin) else "org"
        else:
            kind = "org"
        # the Han name is the name-like words before the bracket
        if kind == "person" and "·" not in han:
            spelled = romanised_tail(han, latin)
            if spelled:
                han = spelled  # "其中葛云（Yun Ge）": the characters that read Yun Ge
            elif re.search(f"(?:{_SUFFIX_RE.pattern})$", han):
                kind = "org"  # "斯坦福大学（Stanford University）"
            else:
                toks = _cut(han)
                han = toks[-1] if 2 <= len(toks[-1]) <= 4 else han[-3:]  # "据悉马斯克（Elon Musk）"
        if kind == "person" and "·" in han:
            han = _TRANSLIT.search(han).group(1) if _TRANSLIT.search(han) else han[-3:]
        else:
            sm = re.search(f"{_SUFFIX_RE.pattern}$", han)
            han = (_org_head(han[:sm.start()]) + sm.group(1)) if sm else _org_head(han)
        if len(han) < 2 or is_generic(han):
            continue
        if kind == "org" and not (_has_proper(han) or re.search(f"(?:{'|'.join(STRONG_SUFFIXES)})$", han)):
            continue  # "机器人流程自动化（RPA）" explains a term, it does not name anyone
        out.append(Candidate(han, kind, "bracket", alias=latin))


def _orgs(text: str, out: list[Candidate]) -> None:
    """Organisation suffixes after a run of name-like words."""
    for m in _SUFFIX_RE.finditer(text):
        suffix = m.group(1)
        if _inside_title(text, m.start()) and suffix not in ("日报", "晚报", "时报", "周刊"):
            continue
        after = text[m.end():m.end() + 2]
        if re.match(r"股|板块|概念|行业|领域|产业|巨头|公司|集团", after) and suffix not in STRONG_SUFFIXES:
            continue
        if _continues_name(text, m.end(), suffix):
            continue  # "北京汽车集团|越野车有限公司", "市场信息|联席会": the name goes on
        head = _org_head_at(text, m.start(), suffix in STRONG_SUFFIXES)
        if suffix in WEAK_SUFFIXES and head.endswith(STRONG_SUFFIXES):
            continue  # "华泰证券汽车分析师": a desk of the company, the name is 华泰证券
        if suffix in ("数据", "信息") and head:
            last = _cut(head)[-1]
            if len(last) >= 3 and word_tag(last) == "nt":  # "国家统计局数据": the agency, not a name
                out.append(Candidate(last, "org", "suffix"))
                continue
        if suffix == "社" and not re.fullmatch(r"[\u4e00-\u9fff]{2}", head[-2:] or ""):
            continue
        if suffix == "社":
            head = head[-2:]
        if suffix in WEAK_SUFFIXES and not _weak_ok(text, head, m.start(), m.end()):
            continue
        if not head or is_generic(head) and (suffix not in STRONG_SUFFIXES or _all_generic_place(head)):
            continue  # "人工智能研究院" describes, it does not name
        name = head + suffix
        if len(name) < 3 or re.match(r"\d", name):
            continue
        out.append(Candidate(name, "org", "suffix"))


#: What may stand between a parent's name and the rest of a subsidiary's ("集团越野车有限公司").
_INNER_GAP = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司|公司|分公司|研究院|实验室)")


def _continues_name(text: str, end: int, suffix: str) -> bool:
    """The suffix at ``end`` is inside a longer name: a weak suffix right before another suffix
    ("市场信息联席会"), or a parent's suffix followed by name-like words and a company's suffix
    ("北京汽车集团越野车有限公司"), with no verb, function word or 旗下 between."""
    nxt = _SUFFIX_RE.match(text, end)
    if nxt and suffix in WEAK_SUFFIXES and nxt.group(1) not in WEAK_SUFFIXES:
        return True
    if suffix in WEAK_SUFFIXES and suffix != "公司" or "公司" in suffix:
        return False
    m = _INNER_GAP.match(text, end)
    if not m:
        return False
    gap = text[end:m.end()]
    gap = gap[: len(gap) - len(_SUFFIX_RE.search(gap).group(1))] if _SUFFIX_RE.search(gap) else gap
    if any(ch in _STOP_CHARS for ch in gap) or "旗下" in gap:
        return False
    return all(_namelike_token(t) for t in _cut(gap)) if gap else True


_COMPANY_AFTER = re.compile(r"^(?:\s*[\u4e00-\u9fff]{0,4}(?:" + "|".join(TITLES) + r")|\s*(?:" + _SPEECH_RE + r")|表示|宣布|发布|推出|回应|"
                            r"接受|在互动平台|公告|披露|股价|旗下|公司|集团|等|[、和与及的在也则将已于对向是为曾]|近日|"
                            r"此前|[，。；：！？）)」”《\s]|$)")


_COUNTED = re.compile(r"[一二两三几数多每各该本这那某][个家条轮项种批次位名款]|^[每各该本这那某]")


def _weak_ok(text: str, head: str, start: int, end: int) -> bool:
    """A weak suffix (科技, 网络, 游戏 …) names a company only after a proper word, as a word of
    its own, followed by what follows a company's name (a verb of saying, 、, punctuation …)."""
    if len(head) < 2 or _COUNTED.search(head) or head[0] in _NOT_START:
        return False
    if _WEAK_FOLLOWERS.match(text[end:end + 4]) or not _token_starts_at(text, start):
        return False
    if not _COMPANY_AFTER.match(text[end:end + 6]):
        return False
    from .namelist import BUILTIN_ALIASES

    known = {x for g in BUILTIN_ALIASES for x in g}
    strict = any(_proper_token(t) and (word_tag(t) != "nz" or t in known) for t in _cut(head))
    return strict or bool(re.match(r"\s*(?:" + _SPEECH_RE + r"|表示|宣布|发布|推出|回应|接受)", text[end:end + 6])) \
        or _speaks_after(text, end)


def enumeration_items(clause: str) -> list[str]:
    """The items of an enumeration ``A、B、C等…`` in one clause: the first item is the run of
    name-like words before its 、, the last one the run after the last 、 (up to 等, a verb …)."""
    if "、" not in clause:
        return []
    k, last = clause.find("从"), clause.rfind("、")
    if 0 <= k < clause.find("、") and "到" in clause[last:]:  # "从Kimi、阶跃到通义千问": a range of names
        j = clause.index("到", last)
        clause = clause[k + 1:j] + "、" + clause[j + 1:]
    parts = clause.split("、")
    for k in range(len(parts) - 2, 0, -1):  # "电池、电驱等部件依赖宁德时代、弗迪电池等": a new list starts
        if re.search(r"等|[\u4e00-\u9fff]{9}", parts[k]):
            parts = parts[k:]
            break
    first = parts[0]
    for _ in range(3):  # "投资方包括红杉中国": every opening word
        first = re.sub(r"^.*?(?:包括|例如|比如|如|像|还有|有|是|为|以|其中|投资方)", "", first)
    # right after 包括/例如 the whole run up to the first 、 is the first item ("包括高新发展、…")
    introduced = re.search(r"(?:包括|例如|比如|其中)$", parts[0][: len(parts[0]) - len(first)])
    if not (introduced and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", first)) \
            and not all(_namelike_token(t) for t in _cut(first)):
        first = _org_head(first)
    end = _ENUM_END.search(parts[-1])
    last = re.split(r"和|与|及|或", parts[-1][:end.start()] if end else parts[-1])
    tail = last[-1]
    run: list[str] = []
    latin = _LATIN_ITEM.match(tail)  # "ChatGPT、Bing Chat 孰强孰弱": Bing Chat is one item
    for tok in (() if latin else _cut(tail)):
        if not _namelike_token(tok):
            if run and len(run) > 1 and not word_tag(run[-1]) and len(run[-1]) > 1:
                run.pop()  # "微软做得|更好": the unknown word before a verb belongs to the verb
            break
        run.append(tok)
    last = last[:-1] + [latin.group(1) if latin else "".join(run)]
    items = [first] + parts[1:-1] + last
    return [i.strip() for i in items if i.strip()]


_LATIN_ITEM = re.compile(r"\s*([A-Za-z][A-Za-z0-9.&-]*+(?: [A-Z][A-Za-z0-9.&-]*+){0,3})")
_ENUM_END = re.compile(r"等|收涨|收跌|涨停|跌停|领涨|大涨|均|都|也|纷纷|在|的|[0-9０-９]|概念|板块")


def enumeration_candidates(text: str, known) -> list[Candidate]:
    """Names listed with 、 in a clause about companies or shares, or beside a known name
    (``known``: the names found so far, a set or a dict of name → kind)."""
    out: list[Candidate] = []
    for clause in re.split(r"[，。；：！？\n（）()“”「」]", text):
        items = enumeration_items(clause)
        if len(items) < 2:
            continue
        strong = _ENUM_STRONG.search(clause) is not None
        cue = strong or _ENUM_CUE.search(clause) is not None
        known_here = sum(1 for i in items if i in known)
        # listed beside known products, a name is a product too ("从Kimi、阶跃到通义千问")
        kinds = [known[i] for i in items if i in known] if isinstance(known, dict) else []
        kind = "product" if not strong and kinds and kinds.count("product") * 2 > len(kinds) else "org"
        if not cue and known_here < max(1, len(items) // 2):
            continue
        for item in items:
            if not (2 <= len(item) <= 8) or item in known:
                continue
            if re.search(r"[A-Za-z]", item) and re.search(r"[\u4e00-\u9fff]", item) and not _SUFFIX_RE.search(item):
                continue
            if not strong and not (_has_proper(item) or word_tag(item) in ("nz", "nt", "nr", "nrt", "j")):
                continue
            if re.search(r"[^\u4e00-\u9fffA-Za-z0-9·]", item) or re.fullmatch(r"\d+", item):
                continue
            # in a list of shares every item is a company, even one made of common words (高新发展)
            if (is_generic(item) and not (strong and not word_tag(item) and 3 <= len(item) <= 6
                                          and re.fullmatch(r"[\u4e00-\u9fff]+", item))) \
                    or item[0] in _NOT_START:
                continue
            tag = word_tag(item)
            if tag and tag.startswith(_BAD_TAGS + ("a", "vn")):
                continue
            if re.fullmatch(r"[A-Za-z]+", item) and item.lower() in LATIN_COMMON:
                continue
            if _ENUM_CUE.search(item):
                continue
            out.append(Candidate(item, kind, "enumeration"))
    return out


#: What follows a word that names an event, a movement or an era rather than who acts in it.
_NOT_A_NAME_AFTER = re.compile(r"[”」]?\s*[\u4e00-\u9fff]{0,2}?(?:事件|运动|时代|风波|丑闻|浪潮)")


def _latin(text: str, out: list[Candidate]) -> None:
    """Latin names with a company or product word beside them, or written in CamelCase."""
    for m in _LATIN_NAME.finditer(text):
        name = m.group(1).strip()
        if name.lower() in LATIN_COMMON or len(name) < 2 or _inside_title(text, m.start()):
            continue
        words = name.split()
        while len(words) > 1 and words[-1].lower() in LATIN_COMMON \
                and not (len(words[-1]) == 1 and words[-1].isupper() and len(words) == 2):
            words.pop()  # "OpenAI Pro" → OpenAI; a letter after a word names a model ("Model Y")
        if all(w.lower() in LATIN_COMMON for w in words):
            continue
        name = " ".join(words)
        if re.split(r"[-\s]", name)[0].lower() in LATIN_COMMON:
            if words[0] == "New" and len(words) >= 2 and words[1].lower() not in LATIN_COMMON:
                out.append(Candidate(name, "product", "product-word"))  # "New Bing": an edition
            continue
        version = re.match(r" (\d+(?:\.\d+)?)(?![\d.]|\s*[年月日号%])(?: (Pro|Ultra|Turbo|Max|Plus|Mini|Nano|Flash|Lite)\b)?",
                           text[m.end():m.end() + 16])
        if version and not re.search(r"\d", name):
            name = f"{name} {version.group(1)}" + (f" {version.group(2)}" if version.group(2) else "")
            words = name.split()  # "Lumen 2", "Gemini 1.5 Pro"
        if re.fullmatch(r"[A-Z]\d*", name) or text[m.start() - 1:m.start()] in ("/", ".", "=", "@", "_"):
            continue
        if re.search(r"\d", name) and not _VERSIONED.fullmatch(name) and not _CAMEL_DIGITS.fullmatch(name):
            continue
        before, after = text[max(0, m.start() - 8):m.start()], text[m.end():m.end() + 8]
        if name.isupper() and _SPEC_AFTER.match(after):
            continue  # "CLTC续航", "EPA工况": a test cycle or a standard, not who made anything
        term = re.search(r"([\u4e00-\u9fff]{2,6})[（(]$", before)
        if term and not _has_proper(term.group(1)) and not _SUFFIX_RE.search(term.group(1)):
            continue  # "扩散（Diffusion）": the original of a term, not a name
        if re.match(r"\s*[年月日号]", after) and re.search(r"\d$", name):
            name = re.sub(r"[\s\d.]+$", "", name)  # "Adobe2 月 16 日"
            if len(name) < 2 or name.lower() in LATIN_COMMON:
                continue
            words = name.split()
        product = bool(_PRODUCT_CUE.search(after[:6]) or _PRODUCT_CUE.search(before[-6:])
                       or re.search(r"-?\d", name) or re.match(r"\s*\d", after))
        org = bool(_ORG_CUE.search(before + after))
        camel = bool(re.search(r"[a-z][A-Z]|^[a-z]+[A-Z]", name))
        person = len(words) >= 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
        said = re.match(rf"\s*(?:{_SPEECH_RE})", after) or re.search(r"(?:" + "|".join(TITLES) + r")\s*$", before)
        if person and (said or not (product or org or any(w.lower() in _TECH_WORDS for w in words))):
            out.append(Candidate(name, "person", "title" if said else "latin-name"))
        elif product or (len(words) >= 2 and not org):
            out.append(Candidate(name, "product", "product-word"))
        elif org or camel or re.match(rf"\s*(?:{_SPEECH_RE})", after):
            out.append(Candidate(name, "org", "company-word" if org else "camel"))
        elif _NOT_A_NAME_AFTER.match(after) or (name.isupper() and before.endswith(("“", "「"))
                                                 and re.match(r"[”」]", after)):
            continue  # "Metoo事件", "“BAT”时代": a movement, an era, a quoted term
        elif len(name) >= 3 and not person and (name.isupper() or re.fullmatch(r"[A-Z][a-z]+", name)):
            out.append(Candidate(name, "org", "latin"))  # a capitalised word in Chinese text names something


#: What follows a test cycle, a standard or an interface written in capitals.
_SPEC_AFTER = re.compile(r"\s*(?:续航|工况|能耗|油耗|里程|测试|标准|认证|接口|协议|制式|格式|模式|规范|评级|排放)")

#: A brand written right before its model's code: "极氪007", "小鹏P7i", "保时捷Taycan", "特斯拉 Model Y".
_BRAND_MODEL = re.compile(r"([\u4e00-\u9fff]{2,5})\s?((?:Model|Type|Series) [A-Z0-9]\w{0,3}|[A-Z][a-z]{3,}(?![a-z])|"
                          r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}|\d{3}(?!\d))(?![A-Za-z0-9]|\s?(?:[年月日号时分秒%％万亿元台辆个款人次]|km|kW|mAh))")


def _brand_models(text: str, out: list[Candidate]) -> None:
    """A brand named right before its model's code ("极氪007等车型", "小鹏P7i的销售团队",
    "拿保时捷Taycan做对比"): the brand is an organisation, brand and code one product (the code
    alone is its other spelling). The brand is the name-like word(s) ending there: an unknown
    word or a proper noun, never a general or function word ("大模型Sora", "比Model 3")."""
    for m in _BRAND_MODEL.finditer(text):
        code = m.group(2)
        if code.lower() in LATIN_COMMON or _inside_title(text, m.start()):
            continue
        left = _clause_left(text, m.start(1) + len(m.group(1)), 8)
        brand = _org_head(left)
        brand = brand[-4:] if len(brand) > 4 else brand
        glued = len(brand) == 3 and word_tag(brand[0]).startswith(("v", "p")) and not word_tag(brand)
        if glued:
            brand = brand[1:]  # "拿澜峰Vexa": the segmenter glued a verb to an unknown brand
        if len(brand) < 2 and len(left) >= 2 and all(len(t) == 1 for t in _cut(left[-2:])):
            brand = left[-2:]  # "极|氪": a word the dictionary lacks, cut in letters
        if len(brand) < 2 or is_generic(brand) or brand[0] in _NOT_START or _TITLE_RE.search(brand) \
                or re.match(r"[一众诸多各]", brand) or re.search(rf"(?:{_SPEECH_RE}|[在和与及对向为是])$", brand):
            continue  # "一众Sora概念股", "在微博称SU7…": a quantifier, a verb of saying
        toks = _cut(brand)
        unknown = not word_tag(brand) and len(brand) <= 3 and all(len(t) == 1 for t in toks) \
            and (re.search(r"\d", code) or not any(word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in toks)) \
            and not any(ch in _STOP_CHARS or ch in _NOT_START for ch in brand)  # "极|氪" cut in letters
        if not unknown and not all(_proper_token(t) and len(t) >= 2 for t in toks):
            continue
        if not re.search(r"\d", code) and (m.group(0)[len(m.group(1)):][:1] == " " or len(toks) > 1 and not unknown):
            continue  # a word after a word ("解密 Sora") needs a brand written as one, right before it
        if word_tag(brand).startswith(("nr", "ns")) and brand[0] in SURNAMES and len(brand) <= 3 \
                and not re.search(r"\d", code):
            continue  # "李想Tom": a person before a Latin word, not a brand
        start = m.start(1) + len(m.group(1)) - len(brand)
        if not glued and not _starts_word(text, start, brand) and not _token_starts_at(text, start):
            continue
        out.append(Candidate(brand, "org", "brand"))
        written = text[start:m.end()]
        if re.search(r"\d", code) and " " not in code:  # "极氪007" (also "007" alone)
            out.append(Candidate(brand + code, "product", "product-word", alias=code if code[0].isalpha() else ""))
        else:  # "Taycan", "Model Y" (also "保时捷Taycan")
            out.append(Candidate(code, "product", "product-word", alias=written))


def _products(text: str, out: list[Candidate]) -> None:
    """A product named in quotes after a model/product word (``大模型「文心一言」``)."""
    for m in re.finditer(r"(?:大模型|模型|引擎|产品|应用|聊天机器人|系统|平台|App|APP)\s*[“「]([^”」，。]{2,12})[”」]", text):
        name = m.group(1).strip()
        if re.search(r"[，、。！？ ]", name) or is_generic(name):
            continue
        out.append(Candidate(name, "product", "product-word"))
