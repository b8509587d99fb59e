"""Key figures and dated events, found by patterns on the simplified copy, quoted verbatim."""

from __future__ import annotations

import re
from collections import Counter

from .model import Citation, Event, Figure
from .text import Sentence, content_tokens, cosine, is_whole_sentence

__all__ = ["find_figures", "find_events", "infer_year"]

_NUM = r"(?<![\d.A-Za-z])(?P<value>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=[万亿]))\s*"
_MAG = r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|万|千)?\s*"
_PATTERNS = [
    ("money", re.compile(_NUM + _MAG + r"(?P<unit>美元|美金|元人民币|元|人民币|港元|欧元)")),
    ("percent", re.compile(_NUM + r"(?P<mag>)(?P<unit>%|％|个百分点)")),
    ("multiple", re.compile(_NUM + r"(?P<mag>)(?P<unit>倍)")),
    ("duration", re.compile(_NUM + r"(?P<mag>)(?P<unit>秒钟|秒|分钟|小时|个月|周|天)(?![\d])")),
    ("quantity", re.compile(_NUM + r"(?P<mag>)(?P<unit>EFlops|PFlops|TFlops|tokens|帧|P)(?![A-Za-z])", re.I)),
    ("count", re.compile(_NUM + _MAG + r"(?P<unit>家|位|人|张|个镜头|个|款|集|项|台|条)"
                         r"(?P<what>[\u4e00-\u9fffA-Za-z]{0,4})")),
]
_MAGS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
         "百万": 1e6, "万": 1e4, "千": 1e3, "": 1.0}
_CLAUSE = re.compile(r"[^，；。！？,;]+")


def _clause_at(original: str, simple: str, start: int, end: int) -> str:
    """The clause (between ，；。) around a span, verbatim from the original text."""
    text = original if len(original) == len(simple) else simple
    left = max(text.rfind(ch, 0, start) for ch in "，；。！？,;") + 1
    rights = [i for i in (text.find(ch, end) for ch in "，；。！？,;") if i >= 0]
    right = min(rights) if rights else len(text)
    if right - left < 12 and rights:  # too short: take one more clause
        more = [i for i in (text.find(ch, right + 1) for ch in "，；。！？,;") if i >= 0]
        right = min(more) if more else len(text)
    if len(original) != len(simple):
        return original  # cannot map offsets: quote the whole sentence
    clause = original[left:right].strip()
    opened = sum(clause.count(c) for c in "（(「“") - sum(clause.count(c) for c in "）)」”")
    if opened:  # a comma inside brackets or quotes cut it: give the whole sentence
        return original.strip()
    return clause


def find_figures(sentences: list[Sentence]) -> list[Figure]:
    """Amounts, percentages, multiples, durations, quantities and counts with their clause."""
    out: list[Figure] = []
    for s in sentences:
        if re.search(r"https?://|\.mp4|!\[", s.original):
            continue
        taken: list[tuple[int, int]] = []
        for kind, pat in _PATTERNS:
            for m in pat.finditer(s.simple):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                value = m.group("value")
                mag = m.group("mag") or ""
                if not value[0].isdigit() and s.simple[max(0, m.start() - 1):m.start()] in ("几", "数", "上", "近", "多"):
                    continue  # 几十万元, 上百亿美元: vague, not a figure
                unit = m.group("unit")
                if kind == "count":
                    if not value[0].isdigit() or float(value) < 2:
                        continue
                    if re.match(r"\d{4}$", value):
                        continue
                    unit = unit + (m.group("what") if unit in ("个",) and m.group("what") else "")
                if kind == "duration" and value.isdigit() and len(value) == 4:
                    continue
                taken.append((m.start(), m.end()))
                try:
                    number = float(value) * _MAGS.get(mag, 1.0)
                except ValueError:
                    number = None
                o_value = s.original[m.start("value"):m.end("value")] if len(s.original) == len(s.simple) else value
                o_unit = (s.original[m.start("mag") if mag else m.start("unit"):m.end("unit")]
                          if len(s.original) == len(s.simple) else mag + m.group("unit"))
                if kind == "money" and mag and not o_unit.startswith(mag[:1]) and len(s.original) == len(s.simple):
                    o_unit = s.original[m.start("mag"):m.end("unit")]
                key = f"{value}{mag}{m.group('unit')}".replace(" ", "")
                out.append(Figure(value=o_value, unit=o_unit.strip(), kind=kind,
                                  context=_clause_at(s.original, s.simple, m.start(), m.end()),
                                  article=s.article, paragraph=s.paragraph, number=number, key=key))
    return out


_DATE = re.compile(
    r"(?:(?P<y>20\d{2}|19\d{2})\s*年\s*)?(?<![\d.])(?P<m>1[0-2]|0?[1-9])\s*月\s*"
    r"(?:(?P<d>[12]\d|3[01]|0?[1-9])\s*日|(?P<part>上旬|中旬|下旬|初|底|末|份))?"
)
_FORWARD = re.compile(r"(?:到|至|预计|计划|将于|截至|截止)\s*$")


def infer_year(article_date: str | None, explicit_years: Counter) -> int | None:
    """Year for dates written without one: the article's date, else the corpus's usual year."""
    if article_date and re.match(r"\d{4}", article_date):
        return int(article_date[:4])
    if explicit_years:
        return explicit_years.most_common(1)[0][0]
    return None


def _explicit_years(sentences: list[Sentence]) -> Counter:
    years: Counter = Counter()
    for s in sentences:
        for m in _DATE.finditer(s.simple):
            if m.group("y") and (m.group("d") or m.group("part")):
                years[int(m.group("y"))] += 1
    return years


#: a person's career or schooling, not an event of the story
_BIOGRAPHY = re.compile(r"毕业|就读|曾在|曾任|任职|出生|入职|加入[^，。]{0,20}(?:工作|从事|担任|团队)|获得[^，。]{0,6}(?:博士|硕士|学士)|"
                        r"博士学位|本科|履历")


def find_events(sentences: list[Sentence], dates: dict[str, str | None],
                weights: dict[str, float], topic_terms: tuple[str, ...] = ()) -> list[Event]:
    """Dated events (month at least), year inferred and marked when the text omits it; merged.

    An event is on the topic (a topic term in its sentence or paragraph, when terms are given)
    and is not a person's biography."""
    years = _explicit_years(sentences)
    terms = [t.lower().replace(" ", "") for t in topic_terms]
    raw: list[tuple[str, bool, Sentence]] = []
    on_topic: dict[tuple[str, int], bool] = {}  # per paragraph, not per sentence (a long one is costly)
    for s in sentences:
        if not is_whole_sentence(s.original) or _BIOGRAPHY.search(s.simple):
            continue
        key = (s.article, s.para_index)
        if key not in on_topic:
            low = s.paragraph_simple.lower().replace(" ", "")
            on_topic[key] = not terms or any(t in low for t in terms)
        if not on_topic[key]:
            continue
        for m in _DATE.finditer(s.simple):
            if _FORWARD.search(s.simple[max(0, m.start() - 4):m.start()]):
                continue
            if re.match(r"\s*(?:收盘|收市|与|比较)", s.simple[m.end():m.end() + 4]):
                continue
            month = int(m.group("m"))
            day = m.group("d")
            if not day and not m.group("part"):
                if not m.group("y"):
                    continue
            year = m.group("y")
            inferred = year is None
            if inferred:
                y = infer_year(dates.get(s.article), years)
                if y is None:
                    continue
                ad = dates.get(s.article) or ""
                if re.match(r"\d{4}-\d{2}", ad) and month > int(ad[5:7]) + 1:
                    y -= 1
                year = str(y)
            iso = f"{int(year):04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
            raw.append((iso, inferred, s))
            break  # one event per sentence: its first date
    events: list[Event] = []
    event_vecs: list[dict] = []
    for iso, inferred, s in sorted(raw, key=lambda r: (r[0], r[1])):
        v = {t: weights.get(t, 1.0) for t in content_tokens(s.simple)}
        for i, e in enumerate(events):
            if e.date == iso and cosine(v, event_vecs[i]) >= 0.25:
                events[i] = Event(e.date, e.inferred and inferred, e.text, e.article, e.paragraph,
                                  e.also + (Citation(s.article, s.paragraph, s.original),))
                break
        else:
            events.append(Event(iso, inferred, s.original, s.article, s.paragraph))
            event_vecs.append(v)
    return events
