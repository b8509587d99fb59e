"""Key figures with their meaning: the value as written (with 超过/约/数十 and ranges kept), the
unit, what is counted, who gives it, and the clause it comes from; a figure an article repeats is
listed once. Found by patterns on the simplified copy, quoted verbatim from the original."""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Figure
from .figurecounted import is_name, measured_size, return_period, state_of_count
from .figuresource import source_of as _source
from .figureextent import adverb_lead, cut_before, tail, tens_odd_bounds
from .figureranges import as_range, joins, respectively
from .text import Sentence

__all__ = ["find_figures", "find_events", "infer_year"]

_VAGUE = (r"(?P<vague>(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)十|一两|两三|三四|三五|四五|五六|六七|七八|八九|好几|十几|数十|几十|上百|数百|几百|上千|数千|几千|上万|数万|几万|近万|过万|上亿|过亿|近亿|数亿|几亿|"
          r"近百|近千|逾百|逾千|逾万|超百|超千|超万|过百|过千|数|几)?\s*")
#: A figure's digits, with thousands separators when the text writes them ("7,788吨", "3,000个"),
#: or ten-thousands and the rest written apart ("约3万1200吨", "1万2000人": 31,200 and 12,000).
_DIGITS = r"(?:\d+万\d{1,4}(?![\d.,])|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: A sign written before a figure ("-6.21%", "+10.03%", "−3.5%" in a table of changes): kept, never
#: read off a hyphen inside a word or between two figures ("GPT-4", "3-5", "10%-20%", "10万-20万").
_SIGN = r"(?P<sign>(?<![\d.A-Za-z%％万亿千百十元倍点])[+＋\-−－–](?=\d))?"
#: A Chinese numeral of two places or more ("两千五百", "两万三千", "一千二百", "三百五十", "一千零五"):
#: read whole, never as its last place alone; a numeral of one place ("三千", "两万") is read below
#: (before a money or counted unit it is read here).
_CN_PLACES = (r"[一二两三四五六七八九][万千百](?:零?[一二两三四五六七八九][千百十])+"
              r"(?:零?[一二三四五六七八九](?![十百千万亿]))?|[一二两三四五六七八九][千百]零[一二三四五六七八九](?![十百千万亿])"
              # hundreds or thousands of a unit no saying counts in ("三百元", "两千块", "五百人")
              r"|[一二两三四五六七八九][千百](?=\s*(?:元|块|人(?!工|民(?!币))|名|户|米|公里|吨|公斤|斤|岁|张|份|单|辆))")
_NUM = (r"(?<![\d.A-Za-z第])(?<!\d,)" + _SIGN + r"(?=[\d一二两三四五六七八九十数几上过近好半]|(?:逾|超)[百千万])" + _VAGUE +
        r"(?P<value>" + _DIGITS + r"(?:\s*(?:到|至|~|～|-)\s*" + _DIGITS + r")?|(?<![第一二三四五六七八九十百千万亿之不每零])(?:" + _CN_PLACES + r")|(?<![第一二三四五六七八九十百千万亿之不每])(?:[一二两三四五六七八九](?:到|至))?(?:[两三四五六七八九十]|二(?=[十百千])|一(?=[百千]))[十百千]?[一二三四五六七八九]?(?=[万亿余多几]|\s*(?:年|个月|位|名|家|大|倍|天|周|小时|个|架|杯|台|辆|艘|套|件|座|项|场|次|条))|(?<=近)一(?=年|个月)|一(?=年多|个多月)|(?<![第一二三四五六七八九十百千万亿之不每这那哪])一(?=个多?(?:小时|钟头|月)|个半(?:小时|月)|倍)|(?<![上下前后多大一])半(?=\s*(?:年(?!度)|个月|天|小时)))?"
        r"\s*(?P<more>多|余|(?<=[十百千])几)?\s*")
_MAG = r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|万|千)?\s*(?P<more2>(?<=[万亿千])多)?\s*"
_PATTERNS = [
    ("money", re.compile(_NUM + _MAG + r"(?P<unit>美元|美金|元人民币|新台币|台币|港币|澳门币|新加坡元|印度卢比|卢比|日圆|韩圆|韩元|澳元|加元|新元|卢布|瑞郎|元(?![旦宵素首老])|人民币|港元|欧元|日元|英镑)")),  # (元旦, 元宵: a word, no unit)
    # spoken money ("加价800块转让", "19块买个…", "二十块钱"): 块 before 钱, a verb or a stop, never before a
    # noun it counts ("3块屏幕", "两块金牌")
    ("money", re.compile(_NUM + _MAG + r"(?P<unit>块钱|块(?=[^\u4e00-\u9fff]|$|买|卖|转|还|就|的|一|左右|出头|多))")),
    ("percent", re.compile(_NUM + r"(?P<mag>)(?P<unit>%|％|个百分点)")),
    # tenths: "九成以上的资产", "约三成", "跌了两成" (not 一成不变, 八成是 "probably", 成为, 成本 …)
    ("percent", re.compile(r"(?<![\d.A-Za-z一二两三四五六七八九十])(?P<sign>)(?P<vague>)(?P<value>(?:[一二两三四五六七八](?:到|至|~|～))?[一二两三四五六七八九]|十)(?P<more>)"
                           r"(?P<mag>)(?P<unit>成)(?![为功本交立果员绩熟长都分效型品就年人事材色全])(?!不变)"
                           r"(?<!八成(?=是|会|要))")),
    # the same in Arabic digits ("约3到4成", "七八成" aside): one digit, never a part of a larger number
    ("percent", re.compile(r"(?<![\d.A-Za-z])(?P<sign>)(?P<vague>)(?P<value>(?:[1-9]\s*(?:到|至|~|～|-)\s*)?[1-9])(?P<more>)"
                           r"(?P<mag>)(?P<unit>成)(?![为功本交立果员绩熟长都分效型品就年人事材色全])")),
    # a fraction ("不到首日的十分之一", "三分之二的用户", "1/3" aside): a share, written in words
    ("percent", re.compile(r"(?<![\d一二两三四五六七八九十百千万])(?P<sign>)(?P<vague>)(?P<value>(?:[一二三四五六七八九十]|百|千|万)分之"
                           r"[一二三四五六七八九十]+)(?P<more>)(?P<mag>)(?P<unit>)")),
    # a change in points ("上周五涨了5个点", "跌了两个点"): percentage points, not a count of things
    ("percent", re.compile(r"(?<=[涨跌升降了])(?P<sign>)(?P<vague>)(?P<value>\d+(?:\.\d+)?|[两三四五六七八九十])(?P<more>多)?"
                           r"(?P<mag>)(?P<unit>个点)(?![\u4e00-\u9fff]{0,1}(?:子|心|位|赞))")),
    ("multiple", re.compile(_NUM + r"(?P<mag>)(?P<unit>倍)")),
    ("duration", re.compile(_NUM + r"(?P<mag>万|千)?(?P<unit>秒钟|秒|分钟|个多?半?(?:小时|钟头|月)|小时|周(?!岁)|天|年)(?!\d(?!\d?(?:个月|分钟?|秒)))")),  # ("3年6个月": one span, see figureextent)
    ("quantity", re.compile(_NUM + _MAG + r"(?P<unit>EFlops|PFlops|TFlops|tokens|帧|P|毫米|厘米|公里|千米|米|吨|点(?=\D)|岁|"
                                        r"周岁|贝克勒尔|贝克|毫西弗|微西弗|西弗|毫升|公升|升(?![级值高])|公斤|千克|克(?![服制隆])|"
                                        r"平方米|平方公里|公顷|亩|千瓦时|度电|兆瓦|千瓦|瓦)(?![A-Za-z])", re.I)),
    ("resolution", re.compile(r"(?<![\d.])(?P<vague>)(?P<value>\d{3,4}\s*[x×]\s*\d{3,4})(?P<more>)(?P<mag>)(?P<unit>[pP]?)(?![\dA-Za-z])")),
    ("count", re.compile(_NUM + _MAG + r"(?P<unit>家|位|名|人次|人|户|张|个镜头|个单词|个(?!点)|款|集|项|台|辆|架|艘|套|件|座|所|条|只|部|篇|字|次|处|包|步|县|省|轮|场|杯|"
                         r"单(?![位独纯一价车身人日月品项据元])|"
                         r"大(?=[\u4e00-\u9fff]{2}))"
                         r"(?P<what>[\u4e00-\u9fffA-Za-z]{0,4})")),
    # a bare magnitude: "参数量超过 30 亿", "年入 5000 多万"
    ("amount", re.compile(_NUM + r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|万)(?P<unit>)(?![\u4e00-\u9fff]{0,2}(?:元|美元|美金|人|户|家|个|张|台|辆|架|艘|套|件|座|所|吨))")),
    # a change written with an arrow, as notes and tables do ("男职工60→63", "利率3.5→3.25"): from one
    # value to the other, in the unit written after it if any
    ("quantity", re.compile(r"(?<![\d.])(?P<sign>)(?P<vague>)(?P<value>\d+(?:\.\d+)?\s*(?:→|->|=>|⟶|➝)\s*\d+(?:\.\d+)?)"
                            r"(?P<more>)(?P<mag>)(?P<unit>岁|%|％|年|个月|天|元|人|家)?(?![\d.])")),
]
_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MAGS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
         "百万": 1e6, "万": 1e4, "千": 1e3, "": 1.0}
_QUAL_BEFORE = re.compile(r"(?:(?:并|也|均|都)?不(?:少于|多于|小于|大于|低于|高于|超过|足|到)|(?:大约|约)仅|仅约|超过|超出|逾|超|将近|接近|(?<![附最靠临邻亲就远])近|大约|大概|(?<![节预合签制违公契条邀])约为|(?<![节预合签制违公契条邀])约|不到|不足|至少|最多|最高|仅为|仅|"
                          r"低于|高于|少于|多于|小于|大于|不超过|不低于)(?:是|为|有|达)?\s*$")
#: A comparison whose base stands between it and the figure ("合计不足全部贷款的0.3%"): the figure is
#: still "不足0.3%".
_QUAL_APART = re.compile(r"(?:超过|逾|不到|不足|低于|高于|少于|多于|不超过|不低于|约占|占)[^，。；、,;\d]{1,10}的\s*$")
_QUAL_AFTER = re.compile(r"^\s*(?:左右|以上|以下|上下|之多|出头|都不到|都不足|还不到|不到|多(?![少数种个位名款项次家]))")
#: words that tie a figure to what it counts, stripped from the end of the "what" phrase
_LINK = re.compile(r"(?:已经|已|将|有望|预计|可以|可|能|会|就|也|都|还|仍|实现|达到|达|为|是|约|有|共|"
                   r"超过|超|逾|近|接近|高达|多达|仅为|仅|从|到|至|的|了|在|于|由|以|共计|累计|合计)+$")


#: Where a clause ends: a Chinese mark, or a Latin comma that is no thousands separator ("1,600").
_CLAUSE_MARK = re.compile(r"[，；。！？;]|,(?!\d{3}(?!\d))|(?<!\d),")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 400)  # a clause is never longer than this: a megabyte "sentence" is read near the figure
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text, lo, start)]
    left = (marks[-1] + 1) if marks else lo

    def next_mark(at: int) -> int:
        m = _CLAUSE_MARK.search(text, at, at + 400)
        return m.start() if m else -1

    r = next_mark(end)
    right = r if r >= 0 else min(len(text), end + 400)
    if right - left < 12 and r >= 0:  # too short: take one more clause
        more = next_mark(right + 1)
        right = more if more >= 0 else min(len(text), right + 400)
    return left, right


def _clause_at(original: str, simple: str, start: int, end: int) -> str:
    """The clause (between ，；。) around a span, verbatim from the original text."""
    if len(original) != len(simple):
        return original.strip()  # cannot map offsets: quote the whole sentence
    left, right = _clause_bounds(original, start, end)
    # a quotation opened before the figure or closed after it, in the clause ("她算了一笔账：“以前一天跑
    # 十六个来回，…”"): the clause is the quoted words around the figure
    for opener, closer in ("“”", "「」"):
        at = original.rfind(opener, left, start)
        if at >= 0 and original.find(closer, at, start) < 0:
            left = at + 1
        shut = original.find(closer, end, right)
        if shut >= 0 and original.find(opener, end, shut) < 0:
            right = shut
    clause = original[left:right].strip()
    opened = sum(clause.count(c) for c in "（(「“") - sum(clause.count(c) for c in "）)」”")
    if opened:  # a comma inside brackets cut it: give the whole sentence
        return original.strip()
    return clause


def _cut(text: str):
    from .namefind import _cut as cut

    return cut(text)


@lru_cache(maxsize=1 << 16)
def _figures_in(original: str, simple: str, speaker: str) -> tuple[Figure, ...]:
    """The figures of one sentence (article and paragraph left blank): a sentence repeated
    across articles is read once. Two figures joined by 至, 到, 甚至 … are one range."""
    s = Sentence("", "", 0, 0, 0, original, simple, original, simple)
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(simple):
            got = _figure(s, kind, m, taken, speaker)
            if got:
                found.append(got)
    found.sort(key=lambda x: x[1])
    out: list[tuple[Figure, int, int, int]] = []
    for item in found:
        if out and joins(simple, out[-1], item):
            out[-1] = as_range(s, out[-1], item)
        else:
            out.append(item)
    out = respectively(simple, out)
    for i in range(1, len(out)):  # "估值高达800亿美元，一年内飙升两倍多": the change is the valuation's
        f, prev = out[i][0], out[i - 1][0]
        if _CHANGE_ONLY.fullmatch(f.what or "") and prev.what and not _CHANGE_ONLY.fullmatch(prev.what) \
                and f.subject in ("", prev.subject):  # (a clause with a subject of its own changes its own measure)
            out[i] = (_with(f, what=_CHANGE_ONLY.sub("", prev.what) + f.what), *out[i][1:])
        change = _CHANGE_ONLY.search(prev.what or "")
        if not f.what and change and prev.what != change.group(0) \
                and re.fullmatch(r"\s*(?:至|到)\s*", simple[out[i - 1][2]:out[i][1]]):
            # "股价期内累升2倍至71.9元": the level it reached
            out[i] = (_with(f, what=f"{_CHANGE_ONLY.sub('', prev.what)}（{change.group(0)}后）"), *out[i][1:])
    return tuple(f for f, *_ in out)


_CHANGE_ONLY = re.compile(r"(?:下跌|暴跌|大跌|下降|下滑|回落|缩水|减少|上涨|大涨|暴涨|上升|攀升|飙升|累升|累涨|累跌|"
                          r"增长|增加|提升|提高|扩大)$")


def _figure(s: Sentence, kind: str, m: re.Match, taken, speaker: str):
    """The figure a pattern matched, with its span (start, end, unit start), or None."""
    from .figurelabels import at_word_start
    from .figures import meaning, subject_of
    from .keyfigures import base_unit, bounds, trivia, weight

    value, vague, mag = m.group("value") or "", m.group("vague") or "", m.group("mag") or ""
    more = (m.group("more") or "") + (m.groupdict().get("more2") or "")  # "3年多", "两万多步"
    value = value.replace(",", "")  # the number; the text keeps its separators
    if not value and not (vague and (len(vague) >= 2 or kind == "duration")):
        return None  # "数" or "几" alone counts nothing, but "几个月" is a span
    sign = _signed(m) if kind in ("percent", "money", "quantity", "amount") else ""  # a change, not a count
    start = m.start("sign") if sign else (m.start("vague") if vague else m.start("value"))
    end = m.end("unit") if m.group("unit") is not None else m.end("value")
    unit = m.group("unit") or ""
    # a numeral is read whole: "七成五", "4块9", "1万5" (the next place's digit after the unit), never
    # "十几块" out of "三十几块" (see figureextent.py)
    if cut_before(s.simple, start, s.simple[start:start + 1], unit):
        return None
    spoken = tail(s.simple, end, unit, mag) if kind in ("percent", "money", "amount", "duration", "quantity") else None
    end += len(spoken[0]) if spoken else 0
    if any(a < end and start < b for a, b in taken):
        return None
    if re.match(r"0\d", value):
        return None  # "08 部分" is a section number
    noun = ""
    if kind == "count":
        if value and value[0].isdigit() and not vague and _arabic(value) * _MAGS.get(mag, 1.0) < 2:  # (1.2万人次 is twelve thousand)
            return None
        if re.fullmatch(r"(?:19|20)\d{2}", value) and "," not in (m.group("value") or "") and not mag:
            return None  # "2024个人…", "2023款": a year; "1035架", "3,000个" and "1000万套" are counts
        if value and not value[0].isdigit() and not vague and not mag and unit[:1] not in ("位", "名", "家", "大", "个") \
                and not re.search(r"[百千]", value):  # "一百架", "二百几杯": no idiom counts in hundreds
            return None
        if re.match(r"一[百千]$", value) and unit == "个" and not more:
            return None  # "一千个读者眼中就有一千个哈姆雷特", "一百个理由": a saying, not a count
        if unit == "大" and (mag or value[:1].isdigit() and float(re.split(r"[^\d.]", value)[0]) >= 100):
            return None  # "50亿大模型": an amount before 大模型, not "五大要点"
        noun = _counted_noun(m.group("what")) if unit == "个" else ""
        unit = unit + noun
    if kind == "duration" and re.search(r"多|半", unit):
        more += "多" if "多" in unit else ""  # "三个多小时": more than three hours, written around the 个
    if kind == "duration" and value.isdigit() and len(value) == 4:
        return None
    if re.fullmatch(r"(?:19|20)\d{2}\s*(?:→|->|=>|⟶|➝)\s*(?:19|20)\d{2}", value):
        return None  # "2023→2024": years, not a change of a quantity
    if kind == "quantity" and unit == "点" and not ("." in value or value.isdigit() and int(value) >= 100):
        return None  # "3点" is a time of day; "1247.3点" an index level
    if kind == "amount" and not re.search(r"\d", value) and not vague and not more:
        return None
    if kind == "duration" and unit == "年" and not vague and _YEAR_SHAPED.search(s.simple[max(0, start - 3):start] + "|"
                                                                                 + s.simple[end:end + 4]):
        return None  # "24年3月", "上世纪50年代", "民国38年", "三年级": a year, a decade or a grade, no duration
    taken.append((start, end))
    qual = _QUAL_BEFORE.search(s.simple[max(0, start - 6):start])
    lead = adverb_lead(qual.group(0)) if qual else 0  # "日均不足1万单": 不足, the 均 is 日均's
    qstart = start - len(qual.group(0)) + lead if qual else start
    apart = None if qual else _QUAL_APART.search(s.simple[max(0, start - 16):start])
    if apart and re.match(r"约占|占", apart.group(0)):
        apart = None  # "占全部贷款的0.3%": the base, no bound
    after = _QUAL_AFTER.match(s.simple[end:end + 4])
    aend = end + (len(after.group(0)) if after else 0)
    same = len(s.original) == len(s.simple)
    o = s.original if same else s.simple
    number = None
    ends = None
    mag_factor = _MAGS.get(mag, 1.0)
    if value and value[0].isdigit() and not vague and not re.search(r"到|至|~|～|-|x|×|→|=>|⟶|➝", value):
        number = _arabic(value) * mag_factor * (-1 if sign == "-" else 1)
    elif value and not vague and re.search(r"到|至|~|～|-|→|=>|⟶|➝", value) and kind != "resolution":
        nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", value)]
        if not nums:  # "一到两成": the ends written in Chinese numerals
            nums = [_chinese_number(x) or 0.0 for x in re.split(r"到|至|~|～", value)]
            nums = nums if all(nums) else []
        ends = (nums[0], nums[-1]) if len(nums) == 2 else None
    elif value == "半":
        number = 0.5  # "每年增加半年"
    elif value and not vague:
        number = _chinese_number(value) * mag_factor if _chinese_number(value) else None
    if spoken and number is not None:
        number += spoken[1] * mag_factor * (-1 if sign == "-" else 1)
    ustart = m.start("mag") if mag else (m.start("unit") if m.group("unit") is not None else m.end("value"))
    shown = o[qstart:ustart].strip()
    if apart:  # "不足全部贷款的0.3%": the value keeps its bound, the base is what it counts
        word = re.match(r"超过|逾|不到|不足|低于|高于|少于|多于|不超过|不低于", apart.group(0)).group(0)
        shown = (o[start - len(apart.group(0)):start - len(apart.group(0)) + len(word)] if same else word) + shown
    o_unit = o[ustart:end].strip()
    if kind == "count" and unit != m.group("unit"):
        o_unit = o[ustart:m.start("what") + len(unit) - 1].strip()
    key = f"{sign}{vague}{value}{more}{mag}{unit}{spoken[0] if spoken else ''}".replace(" ", "").replace("+", "")
    dim, factor = base_unit(kind, unit)
    around = (qual.group(0) if qual else (apart.group(0)[:3] if apart else "")) + more \
        + (after.group(0) if after else "")
    low, high = (round(number - 0.05 * mag_factor, 6), round(number + 0.05 * mag_factor, 6)) if spoken and number is not None \
        else tens_odd_bounds(number, value, more, mag_factor) or bounds(number, value, vague, mag_factor, around, ends)
    low, high = (low * factor if low is not None else None), (high * factor if high is not None else None)
    what = meaning(s.simple, qstart, aend, kind, noun or (unit if kind == "count" else ""))
    state = state_of_count(s.simple, start, end) if kind == "count" else ""  # "北京11人死亡": those who died
    source = _source(s.simple, qstart, speaker)
    subject = subject_of(s.simple, qstart, kind, what, speaker, source)
    if state:  # a name before the count is whose it is; another noun of the clause is not
        subject = what if is_name(what) else (subject if is_name(subject) else "")
        what = state
    what, subject = _CONDITION.sub("", what), _CONDITION.sub("", subject)  # "若恒大停牌…": 恒大
    # a label is a phrase: one that runs over a clause's punctuation ("哈尔滨：满打满算两个半月。", "某某开了十五年车，
    # 他算了一笔账：…") is a sentence taken for a label; the figure is shown with its clause instead (fail clean)
    what, subject = ("" if _CLAUSE_MARK.search(what) else what), ("" if _CLAUSE_MARK.search(subject) else subject)
    what = "" if _CURRENCY_ONLY.fullmatch(what) else what  # "新台币6万元上下": the unit's name, not what it counts
    subject = at_word_start(subject, s.simple, s.simple.rfind(subject, 0, qstart)) if subject else ""  # "9月|公司整体" 
    why = trivia(kind, unit, value or vague, number, s.simple, qstart, aend)
    why = "" if why == "size" and measured_size(what) else why  # "降雨量达331毫米" is measured, no size
    why = "period" if kind == "duration" and return_period(s.simple, end) else why  # "三年一遇"
    named = _CURRENCY_BEFORE.search(s.simple, max(0, qstart - 6), qstart) if kind == "money" and unit == "元" else None
    if named:  # "新台币1,290元", "港币500元": the currency is named before the figure, 元 is its unit
        o_unit, key = f"{o_unit}（{named.group(1)}）", key + named.group(1)
        dim, factor = base_unit(kind, named.group(1))
    fig = Figure(value=shown, unit=o_unit, kind=kind,
                 context=_clause_at(s.original, s.simple, start, end),
                 article=s.article, paragraph=s.paragraph, number=number, key=key,
                 qualifier=qual.group(0)[lead:].strip() if qual else (shown[:len(shown) - len(o[start:ustart].strip())]
                                                              if apart else ""),
                 approximate=bool(vague or more or apart or (qual and not re.match(r"仅", qual.group(0)))
                                  or after),
                 after=o[end:aend].strip(), what=what, source=source, subject=subject,
                 low=low, high=high, range=ends is not None, trivia=why, dimension=dim,
                 weight=weight(kind, unit, what, subject, number, source, 0) - (1.0 if vague in _FEW else 0.0))
    return fig, qstart, aend, ustart


#: What makes "N年" a point in time rather than a span, read on the three characters before the
#: figure and the four after it (joined by "|"): an era before it ("民国38年", "公元前"), a month, a
#: season, a part of the year, "代" (a decade), "级" (a school year) or "度" after it. Anything else
#: ("过渡期15年", "最多3年", "多干三年", "不足1年") is how long something lasts.
_YEAR_SHAPED = re.compile(r"(?:民国|民國|公元|西元|世纪|公元前)\|"
                          r"|\|\s*(?:\d{1,2}\s*月|(?:十[一二]?|[一二三四五六七八九])\s*月|代|级|度|底|初|末|年?[春夏秋冬]|"
                          r"[上下]半年|中(?![国央方外心期长])|第)")


#: A currency named right before a figure whose unit is 元 ("新台币1,290元", "港币500元").
_CURRENCY_BEFORE = re.compile(r"(新台币|台币|港币|澳门币|人民币)\s*(?:约|大约|超过|逾|近|不到|仅)?\s*$")


#: A currency's name alone: the unit of a sum, never what the sum counts.
_CURRENCY_ONLY = re.compile(r"(?:新台币|台币|港币|港元|澳门币|人民币|美元|欧元|日元|英镑|韩元|卢布)")
#: Punctuation that ends or joins clauses: never inside a figure's label.
_CLAUSE_MARK = re.compile(r"[，。；！？：,;!?:]")


#: "几个月", "数年": a span that says only "a few", never a key figure by itself.
_FEW = ("几", "数", "好几")


#: A condition or concession opening a figure's label ("若恒大", "即使公司"): not part of the name.
_CONDITION = re.compile(r"^(?:若|如果|倘若|假如|假若|即使|即便|虽然|尽管|一旦)(?=[\u4e00-\u9fffA-Za-z]{2})")


def _arabic(value: str) -> float:
    """"7788" → 7788, "3万1200" → 31200; a range ("3-5") by its first end."""
    m = re.match(r"(\d+(?:\.\d+)?)(?:万(\d{1,4}))?", value)
    if not m:
        return 0.0
    return float(m.group(1)) * 1e4 + float(m.group(2)) if m.group(2) else float(m.group(1))


def _signed(m: re.Match) -> str:
    """"-" for a figure written with a minus sign, "+" for a plus sign, else ""."""
    sign = m.groupdict().get("sign") or ""
    return "-" if sign in "-−－–" and sign else ("+" if sign else "")


def _chinese_number(text: str) -> float:
    """两 → 2, 三十 → 30, 十五 → 15, 三百 → 300, 两千五百 → 2500, 两万三千 → 23000, 一千零五 → 1005
    (0 when not such a number)."""
    total, section, cur = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGIT:
            cur = _CN_DIGIT[ch]
        elif ch in "零〇":
            cur = 0
        elif ch in "十百千":
            section += (cur or (1 if ch == "十" else 0) or 0) * {"十": 10, "百": 100, "千": 1000}[ch]
            if not cur and ch != "十":
                return 0
            cur = 0
        elif ch in "万亿":
            total += (section + cur) * (1e4 if ch == "万" else 1e8)
            section, cur = 0, 0
        else:
            return 0
    return float(total + section + cur)


def _counted_noun(what: str) -> str:
    """The noun a count of 个 counts ("个镜头"), or '' when what follows is not a noun."""
    what = re.split(r"[的了能并在是和与及也都就将被把从到]", what or "")[0]
    if not what:
        return ""
    first = _cut(what)[0]
    from .namefind import word_tag

    return first if word_tag(first).startswith("n") and len(first) <= 3 else ""


def _with(f: Figure, **changes) -> Figure:
    fields = {k: getattr(f, k) for k in Figure.__dataclass_fields__}
    fields.update(changes)
    return Figure(**fields)


from .figurerepeats import merge_repeats, shared_ages  # noqa: E402,F401  (an article's repeats, the corpus's ages)
from .figurefind import find_figures, sentence_subject  # noqa: E402,F401  (an article's figures, assembled)
from .timeline import find_events, infer_year  # noqa: E402  (the timeline lives in timeline.py)
