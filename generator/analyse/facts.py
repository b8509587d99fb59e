"""Key figures with their meaning: the value as written (with 超过/约/数十 and ranges kept), the
unit, what is counted, who gives it, and the clause it comes from; a figure an article repeats is
listed once. Found by patterns on the simplified copy, quoted verbatim from the original."""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Figure
from .tables import ROW_INDEX, row_what
from .text import Sentence, content_tokens, cosine

__all__ = ["find_figures", "find_events", "infer_year"]

_VAGUE = (r"(?P<vague>十几|数十|几十|上百|数百|几百|上千|数千|几千|上万|数万|几万|近万|过万|上亿|过亿|近亿|数亿|几亿|"
          r"近百|近千|数|几)?\s*")
_NUM = (r"(?<![\d.A-Za-z])(?=[\d一二两三四五六七八九十数几上过近])" + _VAGUE +
        r"(?P<value>\d+(?:\.\d+)?(?:\s*(?:到|至|~|～|-)\s*\d+(?:\.\d+)?)?|(?<![第一二三四五六七八九十百千万亿之不每])[两三四五六七八九十][十百千]?[一二三四五六七八九]?(?=[万亿余多]|\s*(?:年|个月|位|名|家|大|倍|天|周|小时|个))|(?<=近)一(?=年|个月)|一(?=年多|个多月))?"
        r"\s*(?P<more>多|余)?\s*")
_MAG = r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|万|千)?\s*"
_PATTERNS = [
    ("money", re.compile(_NUM + _MAG + r"(?P<unit>美元|美金|元人民币|元|人民币|港元|欧元|日元|英镑)")),
    ("percent", re.compile(_NUM + r"(?P<mag>)(?P<unit>%|％|个百分点)")),
    ("multiple", re.compile(_NUM + r"(?P<mag>)(?P<unit>倍)")),
    ("duration", re.compile(_NUM + r"(?P<mag>)(?P<unit>秒钟|秒|分钟|小时|个月|周|天|年)(?![\d])")),
    ("quantity", re.compile(_NUM + r"(?P<mag>)(?P<unit>EFlops|PFlops|TFlops|tokens|帧|P|毫米|厘米|公里|千米|米|点(?=\D)|岁)(?![A-Za-z])", re.I)),
    ("resolution", re.compile(r"(?<![\d.])(?P<vague>)(?P<value>\d{3,4}\s*[x×]\s*\d{3,4})(?P<more>)(?P<mag>)(?P<unit>[pP]?)(?![\dA-Za-z])")),
    ("count", re.compile(_NUM + _MAG + r"(?P<unit>家|位|名|人|张|个镜头|个|款|集|项|台|条|只|部|篇|大(?=[\u4e00-\u9fff]{2}))"
                         r"(?P<what>[\u4e00-\u9fffA-Za-z]{0,4})")),
    # a bare magnitude: "参数量超过 30 亿", "年入 5000 多万"
    ("amount", re.compile(_NUM + r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|万)(?P<unit>)(?![\u4e00-\u9fff]{0,2}(?:元|美元|美金|人|家|个|张))")),
]
_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MAGS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
         "百万": 1e6, "万": 1e4, "千": 1e3, "": 1.0}
_QUAL_BEFORE = re.compile(r"(?:超过|超出|逾|超|将近|接近|近|大约|约为|约|不到|不足|至少|最多|最高|仅为|仅)\s*$")
_QUAL_AFTER = re.compile(r"^\s*(?:左右|以上|以下|上下|之多|出头|多(?=[，。；、的\s]|$))")
#: words that tie a figure to what it counts, stripped from the end of the "what" phrase
_LINK = re.compile(r"(?:已经|已|将|有望|预计|可以|可|能|会|就|也|都|还|仍|实现|达到|达|为|是|约|有|共|"
                   r"超过|超|逾|近|接近|高达|多达|仅为|仅|从|到|至|的|了|在|于|由|以|共计|累计|合计)+$")
_SOURCE = re.compile(r"(?:据|根据)([^，。；：“”]{2,18}?)(?:的)?(?:数据|统计|测算|预测|预估|报告|研报|显示|报道|消息)|"
                     r"(?:^|[，。；])([^，。；：“”]{2,14}?)(?:数据)?(?:显示|统计|测算|预计|预测|预估|认为|表示|指出)")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in "，；。！？,;") + 1
    rights = [i for i in (text.find(ch, end) for ch in "，；。！？,;") if i >= 0]
    right = min(rights) if rights else len(text)
    if right - left < 12 and rights:  # too short: take one more clause
        more = [i for i in (text.find(ch, right + 1) for ch in "，；。！？,;") if i >= 0]
        right = min(more) if more else len(text)
    return left, right


def _clause_at(original: str, simple: str, start: int, end: int) -> str:
    """The clause (between ，；。) around a span, verbatim from the original text."""
    if len(original) != len(simple):
        return original.strip()  # cannot map offsets: quote the whole sentence
    left, right = _clause_bounds(original, start, end)
    clause = original[left:right].strip()
    opened = sum(clause.count(c) for c in "（(「“") - sum(clause.count(c) for c in "）)」”")
    if opened:  # a comma inside brackets or quotes cut it: give the whole sentence
        return original.strip()
    return clause


def _what(simple: str, start: int, kind: str, m: re.Match) -> str:
    """What the figure counts (zh-Hans): the noun after a count, else the phrase before it in
    its clause, without dates, connectives and linking verbs ("Adobe当日跌幅")."""
    if kind == "count" and m.group("what"):
        w = re.split(r"[的了在是和与及，。]", re.sub(r"^(?:左右|以上|以下|上下|之多|出头)", "", m.group("what")))[0]
        if len(w) >= 2:
            return w
    left = max(simple.rfind(ch, 0, start) for ch in "，；。！？,;：:") + 1
    phrase = simple[left:start]
    phrase = re.sub(r"(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?", "", phrase)
    phrase = re.sub(r"^(?:其中|此外|同时|而|但|并|且|如|比如|例如|目前|当前|其|该|这|那|据|根据)+", "", phrase.strip())
    phrase = _LINK.sub("", phrase.strip()).strip(" “”「」")
    phrase = _noun_end(phrase)
    if len(phrase) > 16:  # keep the last words, whole
        words, kept = list(_cut(phrase)), ""
        while words and len(kept) + len(words[-1]) <= 16:
            kept = words.pop() + kept
        phrase = kept
    phrase = phrase.strip(" 的") if len(phrase.strip(" 的")) >= 2 else ""
    # "最长60秒的视频", "十余年的电动车产业": the noun after 的 is what the figure measures
    tail = simple[m.end("unit"):]
    after = _noun_end(_AFTER_OF.match(tail).group(1)) if _AFTER_OF.match(tail) else ""
    if len(after) >= 2 and (kind in ("duration", "quantity", "count") or not phrase):
        return after if kind in ("duration", "quantity", "count") else f"{phrase} {after}".strip()
    return phrase


_AFTER_OF = re.compile(r"(?:左右|以上|多)?的([\u4e00-\u9fffA-Za-z]{2,10}?)(?=[，。；、！？的是在和与及将会能为以来可已正都也]|$)")


def _noun_end(phrase: str) -> str:
    """The phrase up to its last noun: a verb or adverb at its end ("创建最长", "只需要",
    "最高曾见", "升幅甚") is how the figure is said, not what it counts."""
    from .namefind import word_tag

    words = list(_cut(phrase))
    while words and not (re.search(r"[A-Za-z]", words[-1])
                         or word_tag(words[-1]).startswith(("n", "vn", "eng", "j"))
                         or (not word_tag(words[-1]) and len(words[-1]) >= 2)):
        words.pop()
    return "".join(words)


def _cut(text: str):
    from .namefind import _cut as cut

    return cut(text)


def _source(simple: str, start: int, speaker: str) -> str:
    """Who gives the figure: the sentence's attributed speaker, else a "据…统计", "…显示" before it."""
    if speaker:
        return speaker
    found = ""
    for m in _SOURCE.finditer(simple[:start]):
        found = (m.group(1) or m.group(2) or "").strip()
    found = re.sub(r"^(?:其中|此外|同时|另外|而|但|据)+", "", found)
    found = re.sub(r"(?:不完全|初步|最新|公开|相关)+$", "", found)
    if found.count("《") > found.count("》"):
        found = found.split("《")[-1]
    return found if 2 <= len(found) <= 18 else ""


def find_figures(sentences: list[Sentence], speakers: dict | None = None,
                 weights: dict | None = None) -> list[Figure]:
    """Amounts, percentages, multiples, durations, quantities and counts with their clause,
    qualifiers, what they count and who gives them; repeats within an article merged.

    ``speakers`` maps (article, sentence index) to the attributed speaker's name."""
    speakers = speakers or {}
    out: list[tuple[Figure, Sentence]] = []
    for s in sentences:
        if re.search(r"https?://|\.mp4|!\[", s.original):
            continue
        for fig in _figures_in(s.original, s.simple, speakers.get((s.article, s.index), "")):
            if s.index == ROW_INDEX:  # a table row: the row's label and the column say what it is
                at = s.original.find(fig.value)
                fig = _with(fig, what=row_what(s.simple, at) if at >= 0 else fig.what, context=s.original)
            out.append((_with(fig, article=s.article, paragraph=s.paragraph), s))
    return _merge_repeats(out, weights or {})


@lru_cache(maxsize=1 << 16)
def _figures_in(original: str, simple: str, speaker: str) -> tuple[Figure, ...]:
    """The figures of one sentence (article and paragraph left blank): a sentence repeated
    across articles is read once."""
    s = Sentence("", "", 0, 0, 0, original, simple, original, simple)
    taken: list[tuple[int, int]] = []
    out = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(simple):
            fig = _figure(s, kind, m, taken, speaker)
            if fig:
                out.append(fig)
    return tuple(out)


def _figure(s: Sentence, kind: str, m: re.Match, taken, speaker: str) -> Figure | None:
    value, vague, mag = m.group("value") or "", m.group("vague") or "", m.group("mag") or ""
    if not value and not (vague and len(vague) >= 2):
        return None
    start = m.start("vague") if vague else m.start("value")
    end = m.end("unit")
    if any(a < end and start < b for a, b in taken):
        return None
    unit = m.group("unit")
    if re.match(r"0\d", value):
        return None  # "08 部分" is a section number
    if kind == "count":
        if value and value[0].isdigit() and not vague and float(re.split(r"[^\d.]", value)[0]) < 2:
            return None
        if re.fullmatch(r"\d{4}", value):
            return None
        if value and not value[0].isdigit() and not vague and unit[:1] not in ("位", "名", "家", "大", "个"):
            return None
        noun = _counted_noun(m.group("what")) if unit == "个" else ""
        unit = unit + noun
    if kind == "duration" and value.isdigit() and len(value) == 4:
        return None
    if kind == "quantity" and unit == "点" and not ("." in value or value.isdigit() and int(value) >= 100):
        return None  # "3点" is a time of day; "1247.3点" an index level
    if kind == "amount" and not re.search(r"\d", value) and not vague:
        return None
    if kind == "duration" and unit == "年" and not vague and not re.search(r"多|余", m.group("more") or ""):
        if not re.match(r"\s*(?:时间|内|间|来|后|前|之|的时间|多)", s.simple[end:end + 3]) \
                and not re.search(r"(?:近|约|超过|将近|长达)\s*$", s.simple[max(0, start - 3):start]):
            return None  # "3年" is a duration only when the text says so; "2024年" is a year
    taken.append((start, end))
    qual = _QUAL_BEFORE.search(s.simple[max(0, start - 4):start])
    qstart = start - len(qual.group(0)) if qual else start
    after = _QUAL_AFTER.match(s.simple[end:end + 4])
    aend = end + (len(after.group(0)) if after else 0)
    same = len(s.original) == len(s.simple)
    o = s.original if same else s.simple
    number = None
    if value and value[0].isdigit() and not vague and not re.search(r"到|至|~|～|-|x|×", value):
        number = float(value) * _MAGS.get(mag, 1.0)
    elif value and not vague:
        number = _chinese_number(value) * _MAGS.get(mag, 1.0) if _chinese_number(value) else None
    shown = o[qstart:m.start("mag") if mag else m.start("unit")].strip()
    o_unit = o[m.start("mag") if mag else m.start("unit"):end].strip()
    if kind == "count" and unit != m.group("unit"):
        o_unit = o[m.start("mag") if mag else m.start("unit"):m.start("what") + len(unit) - 1].strip()
    # "10%到20%", "30元（人民币，下同）至60元": one range, an aside between the two kept as written
    rng = re.match(r"(?:\s*[（(][^（）()，。]{0,8}(?:，[^（）()，。]{0,6})?[）)])?\s*(?:到|至|~|～|-|—)\s*(\d+(?:\.\d+)?)\s*" + re.escape(s.simple[m.start("mag") if mag else m.start("unit"):end]),
                   s.simple[end:])
    if rng:  # "10%到20%", "3只到5只": one range
        taken.append((end, end + rng.end()))
        o_unit = o_unit + o[end:end + rng.end()]
        end += rng.end()
        number = None
    key = f"{vague}{value}{m.group('more') or ''}{mag}{unit}".replace(" ", "")
    return Figure(value=shown, unit=o_unit, kind=kind,
                  context=_clause_at(s.original, s.simple, start, end),
                  article=s.article, paragraph=s.paragraph, number=number, key=key,
                  qualifier=qual.group(0).strip() if qual else "",
                  approximate=bool(vague or m.group("more") or (qual and not re.match(r"仅", qual.group(0)))
                                   or after),
                  after=o[end:aend].strip(), what=_what(s.simple, qstart, kind, m),
                  source=_source(s.simple, qstart, speaker))


def _chinese_number(text: str) -> float:
    """两 → 2, 三十 → 30, 十五 → 15, 三百 → 300 (0 when not such a number)."""
    total, cur = 0, 0
    for ch in text:
        if ch in _CN_DIGIT:
            cur = _CN_DIGIT[ch]
        elif ch in "十百千":
            total += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            cur = 0
        else:
            return 0
    return float(total + cur)


def _counted_noun(what: str) -> str:
    """The noun a count of 个 counts ("个镜头"), or '' when what follows is not a noun."""
    what = re.split(r"[的了能并在是和与及也都就将被把从到]", what or "")[0]
    if not what:
        return ""
    first = _cut(what)[0]
    from .namefind import word_tag

    return first if word_tag(first).startswith("n") and len(first) <= 3 else ""


def _names_in(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9.-]+", text)}


def _merge_repeats(figures: list[tuple[Figure, Sentence]], weights: dict) -> list[Figure]:
    """One figure per fact in an article: the same value and unit said again in the same article
    is listed once, with the other paragraphs in ``also``, unless the two clauses are about
    different things (similar clauses, or no two different names in them); counts merge only
    when their clauses are similar."""
    out: list[Figure] = []
    vecs: list[dict] = []
    same: dict[tuple[str, str], list[int]] = {}
    for f, s in figures:
        v = {t: weights.get(t, 1.0) for t in content_tokens(s.simple)}
        bucket = same.setdefault((f.article, f.key), [])
        for i in bucket:
            g = out[i]
            a, b = _names_in(g.context), _names_in(f.context)
            if a and b and not (a & b):
                continue  # two different names: two facts
            wa, wb = set(g.what), set(f.what)
            same_subject = bool(a & b) or not g.what or not f.what or \
                len(wa & wb) / max(len(wa | wb), 1) >= 0.5
            if (g.paragraph == f.paragraph and g.context == f.context) or cosine(v, vecs[i]) >= 0.5 \
                    or (f.kind != "count" and same_subject):
                if f.paragraph != g.paragraph and f.paragraph not in g.also:
                    out[i] = _with(g, also=g.also + (f.paragraph,))
                break
        else:
            bucket.append(len(out))
            out.append(f)
            vecs.append(v)
    return out


def _with(f: Figure, **changes) -> Figure:
    fields = {k: getattr(f, k) for k in Figure.__dataclass_fields__}
    fields.update(changes)
    return Figure(**fields)


from .timeline import find_events, infer_year  # noqa: E402  (the timeline lives in timeline.py)
