"""What a figure means: what it counts and whose it is, read from the clause's words (jieba's
part-of-speech tags), the bounds the text allows it (approximations and ranges), whether two
figures state the same fact, and how newsworthy it is.

* **What is counted**: the noun phrase the number modifies ("8亿美元的扩建计划", "20个产品"),
  else the noun phrase it is predicated of ("估值高达800亿美元", with a verb of change kept:
  "股价下跌超过7%" → 股价下跌); never a window of characters. When no noun phrase is found the
  renderers show the clause instead.
* **Subject**: the nearest name before the figure in its sentence (a Latin name, a name jieba
  tags as a person, organisation or other proper noun, a company with its suffix, a stock with its
  code), else the sentence's topic (the noun phrase before its first verb), else the subject of
  the paragraph's previous sentence (for "它的参数量…", "其…").
* **Bounds**: exact numbers carry their rounding ("7%" is 6.5–7.5), "超过/以上/多/余" make a
  lower bound, "近/不到" an upper one, "约/左右" a band, "数十/几百" their span, ranges two ends;
  in base units (durations in seconds, so 1分钟 = 60秒).
* **Trivia** (never key figures) by what is counted: ages, points in time inside a video ("在28秒
  的时候"), numbers inside a title or list name, rhetorical enumerations in Chinese numerals
  ("五大要点", "两个前辈"), physical sizes, a "十几年前" that dates rather than measures.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["meaning", "bounds", "trivia", "weight", "same_fact", "base_unit"]

# ---------------------------------------------------------------- words and tags

_NOUN_TAGS = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "j", "an", "b", "eng", "nx"}
_NAME_TAGS = {"nt"}  # jieba tags 井喷式 and 老虎 as person names: people come from the index's finder
_PRONOUNS = {"它", "它们", "其", "我们", "我", "你", "你们", "他", "她", "他们", "她们", "这", "那", "这些",
             "那些", "此", "该", "本", "这个", "那个", "大家", "自己", "对方", "有人", "任何", "一个", "之前",
             "之后", "目前", "现在", "过去", "未来", "当时", "其中", "以及", "相比", "短短", "只有", "左右"}
#: Latin words that are not names (units, generic abbreviations).
_NOT_NAMES = {"ai", "aigc", "app", "ceo", "cto", "cfo", "gpu", "cpu", "it", "pc", "tv", "vr", "ar", "demo",
              "tokens", "token", "p", "k", "m", "b", "x", "eflops", "pflops", "tflops", "api", "ip", "ui", "mb",
              "gb", "tb", "kb", "pro", "max", "plus", "the", "and", "of", "ok"}
_ORG_SUFFIX = re.compile(r"(?:公司|集团|科技|证券|银行|影视|传媒|资本|基金|研究院|大学|学院|实验室|"
                         r"控股|股份)$")
#: Verbs of change: kept in what is counted ("股价下跌"), they say the figure is the change.
_CHANGE = re.compile(r"^(?:下跌|暴跌|大跌|跌|下降|降|下滑|回落|缩水|减少|上涨|大涨|暴涨|涨|上升|升|攀升|飙升|"
                     r"累升|累涨|累跌|增长|增加|提升|提高|翻|扩大|跌幅|涨幅|升幅)$")
_PUNCT = "，；。！？,;!?：:\n"
#: Words that link a figure to what it is said of (jieba tags some as nouns or names: 高达/nr).
_LINKS = {"高达", "达到", "达", "超过", "超", "约为", "只有", "仅为", "长达", "多达", "最长", "最高", "最多", "预计",
          "累计", "共计", "合计", "总计", "约", "近", "将近", "接近", "不到", "不足", "至少", "逾", "时间", "时长"}
#: Place words that follow a figure without being what it counts ("96小时内", "十年前").
_PLACE = {"内", "前", "后", "间", "里", "中", "上", "下", "以来", "之内", "之间", "以内", "左右", "以上", "以下"}
_UNIT_WORDS = re.compile(r"^(?:[\d.]+|[万亿千百十]+|美元|美金|元|人民币|港元|欧元|日元|英镑|倍|秒钟?|分钟|小时|"
                         r"个月|周|天|年|岁|%|％|个|家|位|名|人|张|款|集|项|台|条|只|部|篇|次)$")


def _tag(word: str) -> str:
    from .namewords import word_tag

    if re.fullmatch(r"[A-Za-z][A-Za-z0-9.\-+]*", word):
        return "eng"
    if re.fullmatch(r"[\d.%％]+", word):
        return "m"
    tag = word_tag(word)
    if not tag and re.fullmatch(r"[\u4e00-\u9fff]{2,}", word):
        return _guess(word)
    return tag or "x"


@lru_cache(maxsize=1 << 14)
def _guess(word: str) -> str:
    """A word jieba's dictionary lacks: 'unk' (a name or new term, noun-like) when its HMM reads it
    as one noun, else the tag of its last piece ("曾见" → v, "年入" → v)."""
    import jieba.posseg as posseg

    pieces = posseg.lcut(word)
    if len(pieces) == 1 and pieces[0].flag.startswith("n"):
        return "unk"
    return pieces[-1].flag if pieces else "x"


def _words(text: str) -> list[tuple[str, str, int, int]]:
    """The jieba words of ``text`` with their tags and offsets (spaces dropped)."""
    from .namewords import _cut

    out, at = [], 0
    for w in _cut(text):
        i = text.find(w, at)
        if i < 0:
            continue
        at = i + len(w)
        if w.strip():
            out.append((w, _tag(w), i, at))
    return out


#: Nouns of measure jieba's dictionary tags as verbs or idioms (收入/v, 增长/v, 出货量/l).
_MEASURE = re.compile(r"(?:量|率|额|值|费|价|比|数|幅|规模|收入|增长|融资|投资|需求|支出|营收|利润|销售|成本|估值|份额|"
                      r"市值|占比|比例|时长|用户)$")


def _nounish(w: str, tag: str) -> bool:
    if len(w) >= 2 and _MEASURE.search(w) and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in _LINKS \
            and w not in _PRONOUNS:
        return True
    return (tag in _NOUN_TAGS or tag.startswith("n") or tag == "unk") and w not in _PRONOUNS \
        and not _UNIT_WORDS.match(w)


def _name_like(w: str, tag: str) -> bool:
    if tag == "eng":
        return len(w) >= 2 and w.lower() not in _NOT_NAMES and not w[0].isdigit() \
            and any(c.isupper() for c in w)  # "workflow" is a word, "Sora", "iPhone" names
    return tag in _NAME_TAGS and len(w) >= 2 and w not in _PRONOUNS


# ---------------------------------------------------------------- what is counted, and whose

#: Things that have a length: a duration before them is their length ("60秒的视频" → 视频时长);
#: before anything else it is a period ("六个月的销量").
_HAS_LENGTH = re.compile(r"视频|短片|影片|电影|预告|动画|片段|镜头|音频|音乐|歌曲|内容|直播|会议|演示")

def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in _PUNCT) + 1
    rights = [i for i in (text.find(ch, end) for ch in _PUNCT) if i >= 0]
    return left, min(rights) if rights else len(text)


def _phrase(words) -> str:
    """The words as one phrase, with the space between a Latin word and its neighbour kept."""
    text = ""
    for w, tag, s, e in words:
        if text and (tag == "eng" or re.match(r"[A-Za-z0-9]", text[-1])) and re.match(r"[A-Za-z0-9]", w + text[-1]):
            text += " " if re.match(r"[A-Za-z0-9]", text[-1]) and re.match(r"[A-Za-z0-9]", w) else ""
        text += w
    return re.sub(r"^的|的$", "", text)


def meaning(simple: str, start: int, end: int, kind: str, unit_noun: str = "") -> tuple[str, str]:
    """(what, subject) of the figure at ``simple[start:end]`` (zh-Hans); '' when not found.

    ``what`` is the noun phrase the figure modifies (after it, with or without 的) or, failing
    that, the one it is said of (before it, across linking words and adverbs, a verb of change
    kept); ``subject`` the nearest name before it in the sentence."""
    left, right = _clause(simple, start, end)
    words = _words(simple)
    before = [w for w in words if left <= w[2] and w[3] <= start]
    after = [w for w in words if w[2] >= end and w[3] <= right]
    what = ""
    unit_noun = re.sub(r"^个", "", unit_noun)
    # the noun phrase the figure modifies: "8亿美元的扩建计划", "超10亿美金融资", "60秒的视频"
    change_after = ""
    k = 1 if after and after[0][0] in ("的", "之") else 0
    if len(after) > k + 1 and after[k][0] in ("时长", "时间", "长度") and after[k + 1][0] == "的":
        k += 2  # "4秒时长的文生视频"
    noun: list = []
    for j in range(k, min(len(after), k + 4)):
        w = after[j]
        if w[0] in _PLACE and not noun:
            break
        nxt = after[j + 1] if j + 1 < len(after) else None
        if _nounish(w[0], w[1]) and w[0] not in _LINKS or \
                (k == 1 and not noun and w[1].startswith(("v", "a")) and nxt and _nounish(nxt[0], nxt[1])):
            noun.append(w)
            if sum(len(x[0]) for x in noun) >= 8:
                break
        else:
            break
    if kind == "count" and unit_noun and len(unit_noun) >= 2 and not (noun and k == 1):
        what = unit_noun  # "20个产品": the noun the count of 个 counts ("135个单词的长提示": 长提示)
    if not what and noun and not (k == 0 and kind in ("percent", "multiple", "duration")):
        what = _phrase(noun)
        if kind in ("percent", "multiple") and (_CHANGE.match(what) or what == "增长"):
            what = ""  # "收入有望实现10倍以上的增长": the growth of what comes before the figure
            change_after = _phrase(noun)
        if kind == "duration" and _HAS_LENGTH.search(what) and not re.search(r"时长|时间|长度|周期", what):
            what += "时长"
    # the noun phrase it is said of: "OpenAI整体估值高达800亿美元", "股价应声下跌超过7%"
    if not what:
        gap, change = 0, ""
        i = len(before) - 1
        while i >= 0 and gap < 4 and not (_nounish(before[i][0], before[i][1]) and before[i][0] not in _LINKS):
            if re.search(r"\d", before[i][0]) or before[i][0] in _PRONOUNS:
                i = -1  # another figure ("累升2倍至71.9元") or a pronoun: nothing to say it of
                break
            if _CHANGE.match(before[i][0]):
                change = before[i][0]
            gap += 1
            i -= 1
        run: list = []
        while i >= 0 and _nounish(before[i][0], before[i][1]) and before[i][0] not in _LINKS \
                and before[i][0] not in _PLACE and not _NUMERAL.match(before[i][0]):
            run.insert(0, before[i])
            i -= 1
            if sum(len(x[0]) for x in run) >= 12:
                break
        while run and run[-1][1] == "vn" and not change and run[-1][3] == start:
            run.pop()  # "启动200万字": a verb taking the figure as object, not what it counts
        if len(run) == 1 and _MEASURE.search(run[0][0]) and i >= 1 and before[i][0] == "的":
            owner: list = []  # "AI驱动的收入", "中文语料的占比": whose measure
            j = i - 1
            while j >= 0 and (_nounish(*before[j][:2]) or before[j][1] == "vn") \
                    and sum(len(x[0]) for x in owner) + len(before[j][0]) <= 8:
                owner.insert(0, before[j])
                j -= 1
            if owner:
                run = owner + [before[i]] + run
        change = change or change_after
        if run:
            what = _phrase(run) + (change if change and change not in _phrase(run) else "")
        elif change:
            what = change  # "一年内飙升两倍多": the change; the sentence's earlier figure may say of what
    if kind == "percent" and not noun:  # "AI承担的业务量占总业务的10%": the share of the one in the other
        share = re.search(r"([^，。；：、]{2,16}?占(?!比)[^，。；：、]{1,10}?)的?\s*$", simple[left:start])
        if share:
            what = re.sub(r"^(?:目前|当前|其中|而|但|并|且|如今)+", "", share.group(1)) + "的比例"
    what = what.strip(" 的")
    for w, tag, *_ in words:  # a preposition jieba cut off the phrase ("从宽屏"), not a word it opens ("对应")
        if what.startswith(w) and len(w) == 1 and w in "从在对向把被将由经" and tag == "p":
            what = what[1:]
        if what.startswith(w) or w in what:
            break
    if len(what) < 2 or what in _PRONOUNS or re.fullmatch(r"(?:时间|时长|时候|时候时长|数字)", what):
        what = ""
    name = nearest_name(simple, start)
    if name and re.search(re.escape(name) + r"\s*(?:等|在内)", simple[:start]) and kind == "count":
        name = ""  # "中信建投、…、招商证券等10家券商": the last of a list is not the owner of its count
    return what, name


_CODE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})\s*[(（]\s*\d{6}\s*[)）]")
_CODE_AFTER = re.compile(r"\s*[(（]\s*\d{6}\s*[)）]")
_NUMERAL = re.compile(r"[\d.]+|[一二两三四五六七八九十百千万亿几数多余]+(?:[个位名家年月天轮倍])?$")
_NOT_A_NAME = re.compile(r"\d|[一二两三四五六七八九十几数][轮次个位名家]|^[一二两三四五六七八九十百千万亿几数]+$")


@lru_cache(maxsize=1 << 14)
def names_in(simple: str) -> tuple[tuple[int, str], ...]:
    """The names a sentence gives, each with where it ends: the index's validated candidates
    (a title, a reporting verb, an organisation suffix, a stock code …), a Latin name that is not
    a generic abbreviation, a word jieba tags as a person or organisation, and a run of words
    ending in a company suffix (``甲公司``, ``Adobe 公司``)."""
    from .namefind import SURNAMES, find_candidates

    found: dict[int, str] = {}
    for c in find_candidates(simple):
        for m in re.finditer(re.escape(c.name), simple):
            if not re.match(r"\s*》?\s*(?:记者|报道|消息|援引)", simple[m.end():m.end() + 6]):
                found[m.end()] = c.name
    for m in _CODE.finditer(simple):
        if m.end(1) not in found:  # the index's finder cuts "龙头万兴科技" to its name; else the 2-8 characters
            found[m.end(1)] = m.group(1)[-4:] if len(m.group(1)) > 4 and _ORG_SUFFIX.search(m.group(1)) else m.group(1)
    words = _words(simple)
    for j, (w, tag, s, e) in enumerate(words):
        if _name_like(w, tag) and not _NOT_A_NAME.search(w) and w not in _LINKS:
            found.setdefault(e, w)
        elif tag == "unk" and len(w) == 3 and w[0] in SURNAMES:
            found.setdefault(e, w)  # a word jieba does not know, shaped like a Chinese name: 李一舟
        if _ORG_SUFFIX.search(w) and j > 0 and words[j - 1][3] == s:
            prev, ptag = words[j - 1][0], words[j - 1][1]
            generic = w in ("公司", "集团") and len(prev) > 1 and ptag not in ("eng", "unk", "nr", "nt", "nz", "ns")
            if not ptag.startswith(("v", "p", "c", "d", "u", "r")) and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", prev) \
                    and prev not in _PRONOUNS and len(prev) <= 6 and not generic:
                found[e] = simple[words[j - 1][2]:e] if w in ("公司", "集团") else (prev + w)
    return tuple(sorted(found.items()))


def nearest_name(simple: str, start: int) -> str:
    """The name given nearest before ``start`` in the sentence ('' when none)."""
    best = ""
    for end, name in names_in(simple):
        if end <= start:
            best = name
    coded = [name for end, name in names_in(simple) if end <= start and _CODE_AFTER.match(simple, end)]
    if coded:  # "万兴科技(300624)…接入Azure OpenAI…期内股价累升33.6%": the listed company is the topic
        best = coded[-1]
    best = re.sub(r"^(?:据|根据|由|从|在|对|向)", "", best)
    return re.sub(r"\s+", " ", best).strip()


@lru_cache(maxsize=1 << 14)
def topic(simple: str) -> str:
    """The clause's topic: the noun phrase that opens it, before its first verb ('' if none); of a
    long one, its head at the end ("国内AI创业公司北京月之暗面" → 北京月之暗面)."""
    words = _words(simple)
    out: list = []
    for j, (w, tag, s, e) in enumerate(words):
        nxt = words[j + 1] if j + 1 < len(words) else ("", "x", 0, 0)
        glue = (w == "之" and bool(out) and _nounish(nxt[0], nxt[1])) or \
            (len(w) == 1 and tag == "m" and nxt[0] == "之")  # "月之暗面" cut as 月 之 暗面
        if not glue and (tag.startswith(("v", "p", "c", "d")) or w in _PUNCT or w in _LINKS
                         or _NUMERAL.match(w)):
            break  # the topic stands before the verb and before any figure
        if glue or (_nounish(w, tag) and not _NUMERAL.match(w)):
            out.append(w)
        elif w == "的" and out and _nounish(nxt[0], nxt[1]):
            out = []  # "AI领域的初创企业月之暗面": the head after 的
        elif out:
            break
    for j in range(len(out) - 2, -1, -1):
        if out[j] in ("公司", "企业", "机构", "平台", "团队", "集团") or out[j].endswith(("公司", "企业")):
            out = out[j + 1:]
            break
    while sum(len(w) for w in out) > 8 and len(out) > 1:
        out.pop(0)
    while out and len(out[0]) == 1 and len(out) > 1 and not re.match(r"[A-Za-z]", out[0]) and out[1] != "之":
        out.pop(0)
    t = re.sub(r"^(?:据|根据)", "", "".join(out))
    return t if 2 <= len(t) <= 10 else ""


# ---------------------------------------------------------------- bounds in base units

_BASE = {"秒": 1, "秒钟": 1, "分钟": 60, "小时": 3600, "天": 86400, "周": 604800, "个月": 2592000,
         "年": 31536000}
_MONEY = {"美元": "USD", "美金": "USD", "元": "CNY", "人民币": "CNY", "元人民币": "CNY", "港元": "HKD",
          "欧元": "EUR", "日元": "JPY", "英镑": "GBP"}
_VAGUE_SPAN = {"十几": (11, 19), "数十": (20, 90), "几十": (20, 90), "上百": (100, 200), "近百": (80, 100),
               "数百": (200, 900), "几百": (200, 900), "上千": (1000, 2000), "近千": (800, 1000),
               "数千": (2000, 9000), "几千": (2000, 9000), "上万": (1e4, 2e4), "数万": (2e4, 9e4),
               "几万": (2e4, 9e4), "近万": (8e3, 1e4), "过万": (1e4, 2e4), "上亿": (1e8, 2e8),
               "过亿": (1e8, 2e8), "近亿": (8e7, 1e8), "数亿": (2e8, 9e8), "几亿": (2e8, 9e8),
               "数": (2, 9), "几": (2, 9)}
_ABOVE = re.compile(r"超过|超出|逾|超|至少|以上|之多|出头|多|余|过")
_BELOW = re.compile(r"将近|接近|近|不到|不足|以下|最多|最高")
_ABOUT = re.compile(r"大约|约为|约|左右|上下")


def base_unit(kind: str, unit: str) -> tuple[str, float]:
    """The dimension a figure is in and the factor to its base unit: ("duration", 60) for 分钟,
    ("money:USD", 1) for 美金, (kind + unit, 1) otherwise."""
    u = re.sub(r"\s", "", unit)
    if kind in ("money", "amount", "count", "quantity"):
        u = re.sub(r"^(?:万亿|千亿|百亿|十亿|亿|千万|百万|万|千)", "", u)  # the magnitude is in the bounds
    if kind == "duration":
        return "duration", float(_BASE.get(u, 1))
    if kind in ("money", "amount") and u in _MONEY:
        return "money:" + _MONEY[u], 1.0
    if kind == "percent":
        return "percent", 1.0
    return f"{kind}:{u}", 1.0


def _decimals(value: str) -> float:
    m = re.search(r"\.(\d+)", value)
    return 0.5 * 10 ** -len(m.group(1)) if m else 0.5


def bounds(number: float | None, value: str, vague: str, mag_factor: float, words_around: str,
           ends: tuple[float, float] | None = None) -> tuple[float | None, float | None]:
    """Lower and upper bound of a figure (before the unit factor): a range's ends, a vague
    span, a bound or a band, else the number less and plus its rounding."""
    if ends:
        return ends[0] * mag_factor, ends[1] * mag_factor
    if vague:
        lo, hi = _VAGUE_SPAN.get(vague, (None, None))
        if lo is None:
            return None, None
        unit_of = float(re.sub(r"[^\d.]", "", value) or 1)
        return lo * unit_of * mag_factor, hi * unit_of * mag_factor
    if number is None:
        return None, None
    if _ABOUT.search(words_around):
        return number * 0.85, number * 1.15
    if _ABOVE.search(words_around):
        return number, number * 1.5
    if _BELOW.search(words_around):
        return number * 0.75, number
    r = _decimals(value) * mag_factor
    return number - r, number + r


# ---------------------------------------------------------------- trivia and weight

_TIMESTAMP_AFTER = re.compile(r"^\s*(?:左右)?\s*(?:的时候|时|处|的位置|的地方)")
_TIME_REF_AFTER = re.compile(r"^\s*(?:前|以前|之前|后|以后|之后)(?![\u4e00-\u9fff]{0,1}(?:发布|推出))")
_SIZE_UNITS = re.compile(r"^(?:毫米|厘米|米|公里|千米)$")
_CN_SMALL = re.compile(r"^[一二两三四五六七八九十]{1,2}$")


def trivia(kind: str, unit: str, value: str, number: float | None, simple: str, start: int, end: int) -> str:
    """Why a figure is not a key figure, by what it counts and how it stands ('' for a candidate):
    ``age``, ``timestamp`` ("在28秒的时候"), ``period`` ("过去六个月的销量"), ``time-reference``
    ("十几年前"), ``title`` (inside 《》 or a list's name), ``size``, ``enumeration``."""
    after = simple[end:end + 6]
    if unit == "岁":
        return "age"
    if kind == "duration" and _TIMESTAMP_AFTER.match(after) and re.search(r"在\s*(?:大约|约)?\s*$", simple[max(0, start - 6):start]):
        return "timestamp"
    if kind == "duration" and re.search(r"(?:过去|最近|近|此前|之前|这)\s*$", simple[max(0, start - 3):start]) \
            and re.match(r"\s*(?:的|里|内|来|中)", after):
        return "period"  # "过去六个月的销量", "这5天": the span something is counted over
    if kind == "duration" and (_TIME_REF_AFTER.match(after)
                               or re.search(r"(?:[^最]后|之后|以后)\s*$", simple[max(0, start - 3):start])):
        return "time-reference"  # "十几年前", "发布后 2 小时": when, not how long
    # inside a title, or naming a list or a work ("100集的《…》", "30岁以下精英榜")
    if simple[:start].count("《") > simple[:start].count("》"):
        return "title"
    if re.match(r"^\s*的?\s*《", after) and kind == "count":
        return "title"
    if re.match(r"^[^，。；！？]{0,12}榜", simple[end:end + 14]):
        return "title"
    if kind == "quantity" and _SIZE_UNITS.match(unit):
        return "size"
    if kind == "count":
        v = re.sub(r"\s", "", value)
        if unit.startswith("大") or _CN_SMALL.match(v) and (number or 0) < 10 \
                or re.fullmatch(r"三五|两三|三四|四五|五六|一两", v) or (number is not None and number < 10):
            return "enumeration"  # "五大要点", "两个前辈", "三五个", "4次": a small count, not a key figure
    return ""


_MOVE = re.compile(r"升幅|涨幅|跌幅|上涨|下跌|暴跌|大跌|大涨|暴涨|累升|累涨|累跌|飙升|股价|市值|估值")
_LEVEL = re.compile(r"收市|收盘|开盘|报价|股价")
_COUNTED = re.compile(r"用户|家|公司|企业|机构|券商|产品|模型|团队|人才|员工|案例|合作伙伴|应用|芯片|订单|下载|"
                      r"粉丝|会员|客户|项目|视频")


def weight(kind: str, unit: str, what: str, subject: str, number: float | None, source: str,
           repeats: int) -> float:
    """Newsworthiness: money, then market moves and shares, then counts of users, companies and
    products, then durations and other quantities; a figure with a named owner, a source, or said
    again ranks higher, one whose meaning was not found lower."""
    w = {"money": 3.0, "amount": 2.5, "percent": 2.5, "multiple": 2.0, "quantity": 1.5,
         "resolution": 1.0, "duration": 1.2, "count": 1.0}.get(kind, 1.0)
    if kind == "count" and _COUNTED.search(what + unit) and (number is None or number >= 10):
        w += 1.2
    if kind in ("percent", "multiple") and _MOVE.search(what):
        w += 1.0  # a market move: a share price's rise or fall
    if kind == "money" and _LEVEL.search(what):
        w -= 1.0  # a price level (收市价) says less than the move
    if kind == "duration" and unit in ("年", "个月", "周") and not re.search(r"融资|成立|研发|发布|上线", what):
        w -= 0.5  # a career's or a history's length, rarely what the story is about
    if subject:
        w += 0.8
    if source:
        w += 0.4
    if not what:
        w -= 1.0
    return round(w + 0.3 * repeats, 2)


def same_fact(a, b) -> bool:
    """Two figures state the same fact (``Figure.same_fact``: same dimension, overlapping bounds,
    the same owner; two different subjects never)."""
    return a.same_fact(b)
