"""Latin names in Chinese text: a company or product word beside them, CamelCase, a version; a
brand written right before its model's code (``极氪007``, ``保时捷Taycan``); a product quoted
after a model word. Test cycles, body styles and quoted terms are no names."""

from __future__ import annotations

import re

from .nameenglish import english_extent, english_kind, english_not_name
from .namephrase import verbal_word
from .namecandidate import Candidate, _TITLE_RE, _inside_title
from .namewords import (LATIN_COMMON, SURNAMES, TITLES, _BAD_TAGS, _NOT_START, _SPEECH_RE, _STOP_CHARS, _SUFFIX_RE, _TECH_WORDS, _VERSIONED, _clause_left, _cut, _has_proper, _org_head, _proper_token, _starts_word, _token_starts_at, is_generic, word_tag)


#: Latin letters with their accents ("Cristóbal", "Zoë Müller", "Łukasz"): a name keeps them.
_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
_LOWER = f"a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_LATIN_WORD = rf"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][A-Za-z0-9{_ACCENTED}]*(?:[-.·][A-Za-z0-9{_ACCENTED}]+)*"


_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9.{_ACCENTED}])({_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}|[a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9{_ACCENTED}])")
#: In English prose a name runs longer and joins its words with "of"/"for" ("General
#: Administration of Customs", "Hong Kong Catering Industry Federation").
_ENGLISH_NAME = re.compile(rf"(?<![A-Za-z0-9.{_ACCENTED}])({_LATIN_WORD}(?:(?: of| for)? {_LATIN_WORD}){{0,4}}|[a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9{_ACCENTED}])")


_ORG_CUE = re.compile(r"公司|集团|旗下|创始人|首席|官方|团队|宣布|投资|融资|股价|市值|估值|收购|员工|竞争对手|"
                      r"合作|上市|财报|营收|董事|总裁|CEO|CTO|实验室|研究院|大学|媒体|报道|报导|新闻|记者")


#: A CamelCase name with a digit inside ("InstructPix2Pix", "Pix2Video"): one name, not a version.
_CAMEL_DIGITS = re.compile(r"[A-Z][a-z]++[A-Z][A-Za-z]*+\d[A-Za-z0-9]*+|[A-Z][a-z]++\d[A-Z][A-Za-z0-9]*+")


#: (a device word after a Latin word names its product line: "Pixel 手机", "Galaxy 平板", "Kindle 阅读器")
_PRODUCT_CUE = re.compile(r"^\s*(?:大模型|模型|产品|应用|工具|插件|版本|App|APP|引擎|发动机|芯片|舱门|机型|系统|平台|聊天机器人|系列|车型|"
                          r"手机|平板|电脑|笔记本|手表|耳机|相机|音箱|阅读器|游戏机|眼镜)|"
                          r"(?:大模型|模型|引擎|产品|应用|工具|系统|推出的|发布的|上线的|开发的|发明了|发明的)\s*$")


#: What follows a word that names an event, a movement or an era rather than who acts in it.
_NOT_A_NAME_AFTER = re.compile(r"[”」]?\s*[\u4e00-\u9fff]{0,2}?(?:事件|运动|时代|风波|丑闻|浪潮)")


def _latin(text: str, out: list[Candidate]) -> None:
    """Latin names with a company or product word beside them, or written in CamelCase."""
    english = english_prose(text)
    reached = 0
    for m in (_ENGLISH_NAME if english else _LATIN_NAME).finditer(text):
        if m.start() < reached:
            continue  # the second half of a name joined by "and"
        if english:
            a, b = english_extent(text, m.start(1), m.end(1))
            if english_not_name(text, a, b):
                continue  # "SHANGHAI, Aug 23 (Reuters)", "HARDWARE BOOST", "the Shanghai Composite index"
            if (a, b) != m.span(1):
                reached = b
                m = re.compile(r"(.+)", re.S).match(text, a, b)  # (the wider extent, read as the match)
        name = m.group(1).strip()
        if name.lower() in LATIN_COMMON or len(name) < 2 or _inside_title(text, m.start()):
            continue
        words = name.split()
        if _english_title(text, m.start(), m.end()):
            continue  # "原题：Could Singapore Become the Next Hub…?": the words of an English title
        if english:
            words = english_name_words(text, m.start(), words)
            if not words:
                continue
            kept = m.start() + name.index(" ".join(words))
            name = " ".join(words)
            if not re.search(r"[a-z][A-Z]|[.\d]", name) and words[-1] not in ENGLISH_ORG_WORDS \
                    and _PLACE_OR_ADJECTIVE.search(text[max(0, kept - 12):kept] + name + "\0"
                                                   + text[m.end():m.end() + 14]):
                continue  # "in London", "across China", "Chinese cities": a place or an adjective
            kind = english_kind(text, kept, kept + len(name), words)
            if kind in ("person", "org"):
                out.append(Candidate(name, kind, "latin-name" if kind == "person" else "company-word"))
            if kind != "keep":
                continue  # a name in English prose needs English evidence (see nameenglish)
        while len(words) > 1 and words[-1].lower() in LATIN_COMMON \
                and not (len(words[-1]) == 1 and words[-1].isupper() and len(words) == 2):
            words.pop()  # "OpenAI Pro" → OpenAI; a letter after a word names a model ("Model Y")
        if all(w.lower() in LATIN_COMMON for w in words):
            continue
        if all(w.lower().rstrip(".") in CALENDAR_WORDS for w in words):
            continue  # "Wed Jan", "Monday": a date stamp's weekday and month, no name
        if _SECTION_LABEL.search(text[max(0, m.start() - 6):m.start()]):
            continue  # "看板 Gossiping", "频道：Tech": the section of a page a post is filed under
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
        if re.fullmatch(r"[IVX]{2,4}", name):
            continue  # "III期临床": a roman numeral
        if _heading_gloss(text, m.start(), m.end()) or name.isupper() and _metric_label(before, after):
            continue  # "免责声明 DISCLAIMER": a heading's English; "EPS(元)", "PE（TTM）": a measure's label
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
        org = bool(_ORG_CUE.search(before + after)) or (len(words) >= 2 and words[-1] in ENGLISH_ORG_WORDS)
        camel = bool(re.search(r"[a-z][A-Z]|^[a-z]+[A-Z]|^[A-Z][a-z]+\.[a-z]{2,3}$", name))  # "WeRide", "Pony.ai"
        person = len(words) >= 2 and all(re.fullmatch(rf"[A-Z\u00c0-\u00de\u0100-\u017f][{_LOWER}]+(?:-[{_LOWER}]+)?", w) for w in words) \
            and words[-1] not in ENGLISH_ORG_WORDS  # "Leung Cheuk-yin"; "Harbourview Securities" is a firm
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
        elif _NATIONALITY.fullmatch(name) and re.match(r"\s+[a-z]", after):
            continue  # "7.13 Chinese yuan": a nationality before a noun
        elif len(name) >= 3 and not person and (name.isupper() or re.fullmatch(r"[A-Z][a-z]+", name)):
            out.append(Candidate(name, "org", "latin"))  # a capitalised word in Chinese text names something


#: A nationality's adjective ("Chinese", "Korean", "British"): before a noun, no name.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|ish|ican)")


#: A line that is a Chinese heading with its English rendering ("免责声明 DISCLAIMER",
#: "封面故事 | COVER STORY  P24—P29"): the Latin words translate the label, they name no one.
_HEADING_LABEL = re.compile(r"[\u4e00-\u9fff]{2,10}\s*[|｜/：:]?")
_BODY_LABEL = re.compile(r"(?:社|网|报|台|刊|机构|媒体|公司|集团|平台|智库|组织|品牌|企业|厂商|对手)$")
_HEADING_REST = re.compile(r"[\s|｜P\d—–-]*")


#: A measure's label in a table or a ratio: a unit in brackets after it ("EPS(元)"), a basis in
#: brackets after another measure ("PE（TTM）"), a forecast year before it ("2023E EPS").
_UNIT_AFTER = re.compile(r"\s*[（(]\s*(?:元|倍|%|％|亿元|万元|百万元|美元|次|x|X)\s*[）)]")
_BASIS = re.compile(r"(?:[A-Z]{1,5}\s*[（(]\s*$)")
_FORECAST_YEAR = re.compile(r"(?:19|20)\d{2}[EAF]\s*$")


def _heading_gloss(text: str, start: int, end: int) -> bool:
    """The Latin capitals at ``start:end`` are the English half of a bilingual heading: right
    after a short Chinese label that opens the line, alone on the line, or (the heading run into
    its section by the cleaner: "免责声明DISCLAIMER本报告…") spelt as words, not as an acronym
    (two words or more, or one of six letters or more)."""
    caps = text[start:end]
    if not caps.isupper():
        return False
    a = text.rfind("\n", 0, start) + 1
    if _HEADING_LABEL.fullmatch(text[a:start].strip()) is None:
        return False
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    if b - a <= 60 and _HEADING_REST.fullmatch(text[end:b]) is not None:
        return True
    label = text[a:start].strip(" |｜/：:")
    if _SUFFIX_RE.search(label[-4:]) and _SUFFIX_RE.search(label[-4:]).end() == len(label[-4:]) \
            or _BODY_LABEL.search(label):
        return False  # "研究机构GARTNER预计", "据路透社REUTERS报道": the body the capitals name
    return " " in caps.strip() or len(caps) >= 6 and caps.isalpha()


#: The words that make an English run a sentence or a title rather than one name ("…Comes to…",
#: "…the Next Hub for…"); "of", "and" and "&" also join the words of one name ("Bank of China").
_TITLE_GLUE = frozenset("the to for a an in on with is are was be from at by as will can could how why what "
                        "who when where this that its your our their".split())
#: A label that says an English headline follows ("原文标题：", "原题：", "英文标题:").
_TITLE_LABEL = re.compile(r"(?:原文标题|原标题|原题|英文标题|英文原题|题为|Title)\s*[：:]\s*[“\"「]?\s*$")
_LATIN_RUN = re.compile(r"[A-Za-z0-9'’&.:,!?-]+")


def _english_title(text: str, start: int, end: int) -> bool:
    """The Latin words at ``start:end`` lie inside an English title (a headline quoted in
    Chinese text, a translated report's original title): the run of Latin words around them
    holds four words or more, every word capitalised but the small ones, and one small word
    that only a sentence has (an article, a preposition other than of, an auxiliary)."""
    a, b = start, end
    while a > 0 and (text[a - 1] in " \t" or _LATIN_RUN.fullmatch(text[a - 1])):
        a -= 1
    while b < len(text) and (text[b] in " \t" or _LATIN_RUN.fullmatch(text[b])):
        b += 1
    run = text[a:b].strip()
    words = run.split()
    if len(words) < 4 or b - a > 400:
        return False
    if _TITLE_LABEL.search(text[max(0, a - 8):a]):
        return True  # "原文标题：Wuhan robotaxi boom sparks debate…": a headline written in sentence case
    bare = [w.strip(",.:!?'’") for w in words]
    glue = sum(1 for w in bare if w in _TITLE_GLUE)
    title_case = all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_GLUE or w in ("of", "and", "&", "") for w in bare)
    return title_case and glue >= 1


def _metric_label(before: str, after: str) -> bool:
    """An upper-case abbreviation used as a measure's label (EPS, PE, TTM), not a body's name."""
    return bool(_UNIT_AFTER.match(after) or _BASIS.search(before) and re.match(r"\s*[）)]", after)
                or _FORECAST_YEAR.search(before))


#: Weekdays and months as English writes them in date stamps ("Wed Jan  3 12:05:33 2024").
CALENDAR_WORDS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august "
    "september october november december".split())

#: A page's label for the board, section, channel or tag a post is filed under.
_SECTION_LABEL = re.compile(r"(?:看板|看版|板块|版块|分区|频道|頻道|栏目|欄目|标签|標籤|分类|分類|Board|Tag)\s*[：:]?\s*$")


#: Words that end the name of a firm or a body written in English ("Harbourview Securities",
#: "Cavendish Mobility Research", "The Meridian Weekly").
ENGLISH_ORG_WORDS = frozenset(
    "Securities Research Capital Partners Group Holdings Bank Bancorp Investments Management Advisors Advisory "
    "Associates Consulting Institute University College School Academy Foundation Fund Trust Council Commission "
    "Committee Agency Authority Ministry Department Bureau Office Association Society Federation Union League "
    "Alliance Corporation Company Motors Airlines Labs Laboratories Technologies Technology Systems Networks "
    "Media News Times Post Journal Weekly Daily Review Magazine Press Herald Tribune Gazette Insights Analytics "
    "Mobility Ventures Exchange Insurance Assurance Financial Energy Pharmaceuticals Robotics Studios Games".split())

#: English prose: a place after a preposition ("in London", "across China", "in Hong Kong"), or a
#: nationality or language used as an adjective before a lower-case noun ("Chinese cities"). The
#: NUL marks where the word was.
_PLACE_OR_ADJECTIVE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|[Nn]ear|[Oo]utside)\s+[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)*\0|"
                                 r"(?:ese|ian|ish|ean)\0\s[a-z]|"
                                 r"\0\s(?:cities|city|people|government|authorities|market|social|media|users|"
                                 r"companies|firms|yuan|dollars?)\b")


def english_prose(text: str) -> bool:
    """A paragraph written in English: Latin words far outnumber Chinese characters. Its
    capitals mark sentence starts and adjectives of place as well as names."""
    words = re.findall(r"[A-Za-z]+", text)
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    return len(words) >= 4 and han * 4 < len(words)


_SENTENCE_END = re.compile(r"(?:^|[.!?:;]|[.!?][\"'”’)]|\n)\s*[\"“‘'(]?\s*$")
#: English words that open a sentence without naming anything (from jusText's stop list: "In",
#: "One", "The", "City"); a plural common noun opening a sentence ("Drivers are…") reads the same.
_STOP = None


def _english_stop() -> frozenset:
    global _STOP
    if _STOP is None:
        try:
            from justext import get_stoplist
            _STOP = frozenset(w.lower() for w in get_stoplist("English"))
        except Exception:  # pragma: no cover - justext is a dependency of the cleaner
            _STOP = frozenset()
    return _STOP


def english_name_words(text: str, start: int, words: list[str]) -> list[str]:
    """The words of a capitalised span of English prose that name something. At a sentence start
    a capital proves nothing: a lone word there ("Cheap fares…", "Drivers are…", "Investors…") is
    no name on this evidence (a real name recurs mid-sentence or in the Chinese text), and a
    first word that is a function word or a plural ("In Wuhan", "Rivals Pony.ai") is cut off.
    A compound adjective ("Hong Kong-listed shares") is no name either."""
    if re.search(r"-[a-z]+ed$", words[-1]):
        return []
    if not _SENTENCE_END.search(text[max(0, start - 4):start]):
        return words
    first = words[0]
    shaped = bool(re.search(r"[a-z][A-Z]|[.\d]|^[A-Z]{2,}$", first))  # "WeRide", "Pony.ai", "BYD"
    if len(words) == 1:
        return words if shaped else []
    if not shaped and (first.lower() in _english_stop() or re.fullmatch(r"[A-Z][a-z]+s", first)):
        return words[1:]
    return words


#: What follows a test cycle, a standard or an interface written in capitals.
_SPEC_AFTER = re.compile(r"\s*(?:续航|工况|能耗|油耗|里程|测试|标准|认证|接口|协议|制式|格式|模式|规范|评级|排放)")

#: A brand written right before its model's code: "极氪007", "小鹏P7i", "保时捷Taycan", "特斯拉 Model Y";
#: never a count with its measure word ("年产150架", "要做300多杯").
_BRAND_MODEL = re.compile(r"([\u4e00-\u9fff]{2,5})\s?((?:Model|Type|Series) [A-Z0-9][A-Za-z0-9]{0,3}|[A-Z][a-z]{3,}(?![a-z])|"
                          r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}|\d{3}(?!\d))(?![A-Za-z0-9]|\s?(?:[年月日号时分秒%％万亿元台辆个款人次架多余杯件只家位名条项吨米斤股倍份部张套天周期块支座间所户艘栋层片颗匹头粒盒瓶箱包袋桶点萬億點個條項張間顆]|公里|公斤|公顷|千米|千瓦|千克|厘米|毫米|km|kW|mAh))")


_INDEX_AFTER = re.compile(r"\s*(?:指数|成分|成份)")
#: A round code an index is named by ("300", "500", "50"), and the market's move after it.
_QUOTED_INDEX = re.compile(r"[1-9]0{1,3}")
#: Who does something with a product, before the verb ("人买", "我用", "大家换"): no brand's letters.
_WHO_BUYS = re.compile(r"[人我你他她咱谁]|大家|我们|你们|他们|她们|网友|用户|朋友|同事")
_MOVES_AFTER = re.compile(r"\s*(?:[涨跌升降]|收[涨跌升]|报|再创|创|走|微|大|指|期货|ETF|点)")


def _brand_models(text: str, out: list[Candidate]) -> None:
    """A brand named right before its model's code ("极氪007等车型", "小鹏P7i的销售团队",
    "拿保时捷Taycan做对比"): the brand is an organisation, brand and code one product (the code
    alone is its other spelling). The brand is the name-like word(s) ending there: an unknown
    word or a proper noun, never a general or function word ("大模型Sora", "比Model 3")."""
    for m in _BRAND_MODEL.finditer(text):
        code = m.group(2)
        if code.lower() in LATIN_COMMON or _inside_title(text, m.start()):
            continue
        if _INDEX_AFTER.match(text, m.end()) or _QUOTED_INDEX.match(code) and _MOVES_AFTER.match(text, m.end()):
            continue  # "沪深300指数", "标普500再创新高": a market index's name, no brand and no maker
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
        if len(brand) == 2 and not word_tag(brand) and word_tag(brand[0]).startswith("v") and word_tag(brand[1]) == "a":
            continue  # "《悟空》带旺PS5", "推高A50": a verb and its result, no brand
        if unknown and all(word_tag(ch).startswith(("v", "d")) for ch in brand):
            continue  # "能补510公里", "再跑300": verbs and adverbs letter by letter, no brand
        if _WHO_BUYS.fullmatch(brand[:-1]) and word_tag(brand[-1]).startswith("v"):
            continue  # "很多人买Pixel", "我用Pixel": who and a verb before the product, no brand
        if not unknown and not all(_proper_token(t) and len(t) >= 2 for t in toks) or verbal_word(brand):
            continue  # ("约占C919整机价值", "下转A4版": a verb before a code, no brand)
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


_RANKING_AFTER = re.compile(r"\s*(?:榜首|榜单|榜|排行|排名|第一|前十|TOP|Top|频道|栏目|板块|专区|话题)")


def _products(text: str, out: list[Candidate]) -> None:
    """A product named in quotes after a model/product word (``大模型「文心一言」``)."""
    for m in re.finditer(r"(?:大模型|模型|引擎|产品|应用|聊天机器人|系统|平台|App|APP)\s*[“「]([^”」，。]{2,12})[”」]", text):
        name = m.group(1).strip()
        if re.search(r"[，、。！？ ]", name) or is_generic(name):
            continue
        if _RANKING_AFTER.match(text, m.end()):
            continue  # "登上平台“国内热门目的地”榜首": a platform's list or chart, not its product
        out.append(Candidate(name, "product", "product-word"))
