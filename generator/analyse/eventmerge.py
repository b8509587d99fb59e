"""Events of several outlets made one row: the same release reported with a vague date and with
its day, a day whose month the OCR lost, outlets that disagree on the day, dates given relative
to a release ("Sora诞生当日", "发布前夕"). Functions return new values; nothing here writes."""

from __future__ import annotations

import datetime as dt
import re

from .model import Citation, Event, OtherDate
from .text import Sentence, cosine
from .datefind import DateRef, _iso
from .datepatterns import _ANCHORED
# what rows are compared by (``eventrows``), and one thing of one date retold by several outlets
# (``eventretold``): timeline, eventacts, eventlead and the tests import them from here
from .eventrows import DISPUTE_RARE, SHARED_RARE, _overlap, rare_level, shared_rare, with_changes  # noqa: F401
from .eventretold import _givers, _same_act, _two_counts, _two_sources, merge_retold  # noqa: F401


def release_names(simple: str, topic_terms: tuple[str, ...]) -> frozenset:
    """The names a sentence reports a release of: its Latin names, quoted names and the topic's
    terms, when it has a release verb (发布, 推出, 上线 …); empty otherwise."""
    if not _RELEASE.search(simple):
        return frozenset()
    names = {n.lower() for n in re.findall(r"[A-Za-z][A-Za-z0-9.-]+", simple) if len(n) >= 3}
    names |= {q for q in re.findall(r"[“「]([^”」]{2,10})[”」]", simple)}
    names |= {t.lower() for t in topic_terms if len(t) >= 2 and t.lower() in simple.lower()}
    return frozenset(names)


def whole_report(release: frozenset, dates: int) -> int:
    """How wholly a sentence reports a release: 2 when it says who released what (a release verb
    and two names) and dates nothing else, 1 when it says who released what, else 0."""
    return 0 if len(release) < 2 else (2 if dates == 1 else 1)


def lead_report(e: Event, members: list[tuple[int, Citation]]) -> Event:
    """An event several outlets report is led by the first report that states it most wholly
    (who released what, and nothing else dated in the same sentence), the others cited after it."""
    if len(members) < 2:
        return e
    best = max(w for w, _ in members)
    lead = next(i for i, (w, _) in enumerate(members) if w == best)
    if lead == 0:
        return e
    main = members[lead][1]
    rest = [c for i, (_, c) in enumerate(members) if i != lead]
    also = tuple(rest) + tuple(c for c in e.also if all((c.article, c.paragraph) != (r.article, r.paragraph)
                                                         for r in rest) and
                               (c.article, c.paragraph) != (main.article, main.paragraph))
    return with_changes(e, text=main.quote, article=main.article, paragraph=main.paragraph, also=also)


_RELEASE = re.compile(r"诞生|发布|推出|问世|亮相|上线|横空出世|面世")


def anchored(sentences: list[Sentence], raw) -> list:
    """Dates given relative to a release the corpus dates elsewhere: "Sora诞生当日", "在Sora
    发布的同时", "发布前夕", "发布短短96小时内" — resolved against the day most sources give for
    that release (precision approximate)."""
    from collections import Counter as _Counter

    release: dict[str, _Counter] = {}
    for ref, _, s in raw:
        if ref.precision == "day" and _RELEASE.search(s.simple):
            for m in re.finditer(r"[A-Za-z][A-Za-z0-9.-]+|[“「]([^”」]{2,10})[”」]", s.simple):
                name = m.group(1) or m.group(0)  # a Latin name, or the quoted one
                if name and (m.group(1) or len(name) >= 3):
                    release.setdefault(name.lower(), _Counter())[ref.date] += 1
    if not release:
        return []
    out = []
    taken = {(id(s), r.start) for r, _, s in raw}
    for s in sentences:
        if not _RELEASE.search(s.simple) or not re.search(r"当日|当天|同日|同时|之际|前|小时|天|日", s.simple):
            continue
        for m in _ANCHORED.finditer(s.simple):
            what = (m["what"] or "").lower()
            dates = next((c for name, c in release.items() if name in what), None)
            if dates is None:
                # no name before the verb: the article's own subject, when one release dominates
                top = max(release.values(), key=lambda c: sum(c.values()))
                if sum(top.values()) < 2:
                    continue
                dates = top
            day = dt.date.fromisoformat(dates.most_common(1)[0][0])
            if m["n"]:
                n = int(m["n"])
                day += dt.timedelta(days=-(-n // 24) if m["u"] == "小时" else n)
            if (id(s), m.start()) in taken:
                continue
            # the eve of a release is some days before it: its month, not its day
            when = day.isoformat()[:7] if m["eve"] else day.isoformat()
            ref = DateRef(m.start(), m.end(), when, "approximate", True)
            out.append((ref, False, s))
    return out


def merge_vague_releases(events: list[Event], vecs: list[dict], keys: list[frozenset], level: float = float("inf")):
    """One event reported with a vague date ("春节期间", "2024年2月", "2月底", "2022年") and,
    elsewhere, with a finer one is one row: the vague reports are cited on the finer row. Two
    reports are the same event when they release the same things (two names in common: OpenAI and
    Sora) or tell the same thing in alike words."""
    gone: set[int] = set()
    out = list(events)
    for i in sorted(range(len(events)), key=lambda k: -len(events[k].date)):  # month before year
        e = events[i]
        if e.precision == "day":
            continue

        def same(j: int) -> bool:
            f = out[j]
            if j == i or j in gone or not (_within(f, e) or _same_sum_near(f, e)):
                return False
            if LOST_MONTH.match(f.text):
                return False  # a day whose month was guessed leads nothing
            if (f.article, f.paragraph) == (e.article, e.paragraph):
                return False
            # a week ("上周…") holds seven days of anything: only the same release or alike words join a
            # day to it, never a few rare words of the place both tell of
            return ((len(keys[i]) >= 2 and _overlap(keys[i], keys[j]) >= 2) or cosine(vecs[i], vecs[j]) >= 0.45
                    or e.precision != "week" and f.article != e.article and cosine(vecs[i], vecs[j]) >= 0.2
                    and shared_rare(vecs[i], vecs[j], level) >= SHARED_RARE)

        best = max((j for j in range(len(out)) if same(j)),
                   key=lambda j: (_overlap(keys[i], keys[j]), cosine(vecs[i], vecs[j])), default=None)
        if best is None:
            continue
        kept = out[best]
        if _same_sum_near(kept, e) and not _within(kept, e) and _NEWS_OUT.search(kept.text) \
                and not _NEWS_OUT.search(e.text):
            # the day the news came out ("…的信息传出") beside the period the deal closed in: the deal
            # leads at its period, the day is the other outlet's date for it
            out[i] = with_changes(e, also=e.also + (Citation(kept.article, kept.paragraph, kept.text),) + kept.also,
                                  disputed=e.disputed + (OtherDate(kept.date, kept.article, kept.paragraph),)
                                  + kept.disputed, forecast=kept.forecast and e.forecast)
            keys[i] = keys[i] | keys[best]
            gone.add(best)
            continue
        cited = {(kept.article, kept.paragraph)} | {(c.article, c.paragraph) for c in kept.also}
        extra = tuple(c for c in (Citation(e.article, e.paragraph, e.text),) + out[i].also
                      if (c.article, c.paragraph) not in cited)
        out[best] = with_changes(kept, also=kept.also + extra, forecast=kept.forecast and e.forecast)
        keys[best] = keys[best] | keys[i]
        gone.add(i)
    keep = [i for i in range(len(out)) if i not in gone]
    return [out[i] for i in keep], [vecs[i] for i in keep], [keys[i] for i in keep]


def _within(f: Event, e: Event) -> bool:
    """``f`` is dated more finely inside ``e``'s period: a day of its month or year ("2024-02-16" in
    "2024-02"), or a day of its week ("上周": ``e.date`` its Monday, the seven days from it), or a
    day or a month of its quarter ("一季度": ``e.date`` its middle month, the three months around it)."""
    if e.precision == "quarter":
        if f.precision in ("week", "quarter", "year") or len(f.date) < 7 or f.date[:4] != e.date[:4]:
            return False
        return abs(int(f.date[5:7]) - int(e.date[5:7])) <= 1
    if e.precision == "week":
        if f.precision != "day" or len(f.date) != 10:
            return False
        monday = dt.date.fromisoformat(e.date)
        return 0 <= (dt.date.fromisoformat(f.date) - monday).days <= 6
    if e.precision == "approximate" and len(e.date) == len(f.date) == 10 and f.precision == "day":
        # a part of a month ("2月中旬", dated by its middle day): a day of that month near it
        return f.date[:7] == e.date[:7] and abs(int(f.date[8:]) - int(e.date[8:])) <= 5
    return len(f.date) > len(e.date) and f.date.startswith(e.date) and f.precision != "week"


#: A sum with its magnitude ("超 10 亿美金", "10亿美元", "3.5万"): spaces aside, the figure a deal is told by.
_SUM = re.compile(r"(\d+(?:\.\d+)?)\s*([万亿])")


#: A row telling the day news of a thing came out, not the day it happened.
_NEWS_OUT = re.compile(r"(?:信息|消息|传闻)(?:传出|曝出|流出)|(?:传出|曝出)(?:消息|信息)|据悉|据[^，。]{0,6}报道")


def _same_sum_near(f: Event, e: Event) -> bool:
    """``f`` is a day of the month whose part ``e`` gives ("2月底", "下旬"), up to ten days from it,
    in another outlet, and both give the same sum ("2月19日…完成超10亿美金融资的信息传出" beside "2月底
    …完成新一轮融资，金额超10亿美元"): one deal, the day it became known and the period it closed in."""
    if e.precision != "approximate" or f.precision != "day" or len(e.date) != 10 or len(f.date) != 10:
        return False
    if f.date[:7] != e.date[:7] or abs(int(f.date[8:]) - int(e.date[8:])) > 10 or f.article == e.article:
        return False
    return bool({m.group(1) + m.group(2) for m in _SUM.finditer(f.text)}
                & {m.group(1) + m.group(2) for m in _SUM.finditer(e.text)})


def mark_disagreements(events: list[Event], vecs: list[dict], keys: list[frozenset] | None = None,
                       words: list[dict] | None = None, level: float = float("inf")) -> list[Event]:
    """Two events of different articles, a few days apart, telling the same thing (alike, or the
    same release: two names in common) are one row: the date most outlets give leads, the other
    outlets' dates are shown beside it (the outlets disagree on the day). Within two days, the
    same actor and act told in each outlet's words is enough: the entries' sources, all of them
    (``words``), share ``DISPUTE_RARE`` rare words ("草案…首次提请…审议" on the 10th in one outlet,
    the 11th in another). An outlet that gives both days tells two events, never a dispute."""
    keys = keys or [frozenset()] * len(events)
    words = words or vecs

    def paras_of(e: Event) -> set:
        # (a note that outlets give two days, "有9月4日和9月5日两种说法", dates no event of its own: ``ALTERNATIVE_DAYS``)
        return ({(e.article, e.paragraph)} if not ALTERNATIVE_DAYS.search(e.text) else set()) \
            | {(c.article, c.paragraph) for c in e.also if not ALTERNATIVE_DAYS.search(c.quote)}

    dated_paras: dict[str, set] = {}
    for e in events:
        dated_paras.setdefault(e.date, set()).update(paras_of(e))
    out = list(events)
    gone: set[int] = set()
    days: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        if e.precision == "day":
            days.setdefault(e.date, []).append(i)
    for i, a in enumerate(events):
        if a.precision != "day" or i in gone:
            continue
        da = dt.date.fromisoformat(a.date)
        for shift in (1, 2, 3):  # each pair once: the later date looks back
            for j in days.get((da - dt.timedelta(days=shift)).isoformat(), ()):
                if j in gone or i in gone:
                    continue
                b = out[j]
                arts_a = {out[i].article} | {c.article for c in out[i].also}
                arts_b = {b.article} | {c.article for c in b.also}
                # an outlet that cites a month only ("推出时间 2024年2月") dates neither day
                if _days_given(out[i]) & _days_given(b) or paras_of(out[i]) & dated_paras.get(b.date, set()) \
                        or paras_of(b) & dated_paras.get(out[i].date, set()):
                    continue  # one outlet dates both, or one paragraph dates both days: two events
                if _from_day(b.text, b.date):
                    continue  # "5月1日开园以后，网上出现…": a stretch from that day, a later day in it
                if cosine(vecs[i], vecs[j]) < 0.4 and _overlap(keys[i], keys[j]) < 2 and not (
                        shift <= 2 and shared_rare(words[i], words[j], level) >= DISPUTE_RARE
                        and cosine(words[i], words[j]) >= 0.2):
                    continue
                # the row more outlets date leads (on a tie the earlier date); a day whose month
                # the OCR lost never leads
                lead, other = (i, j) if len(arts_a) > len(arts_b) else (j, i)
                if LOST_MONTH.match(out[lead].text) and not LOST_MONTH.match(out[other].text):
                    lead, other = other, lead
                o = out[other]
                # (a note that outlets give two days gives neither as its own)
                dates = ((OtherDate(o.date, o.article, o.paragraph),) if not ALTERNATIVE_DAYS.search(o.text) else ()) \
                    + tuple(OtherDate(o.date, c.article, c.paragraph) for c in o.also if not ALTERNATIVE_DAYS.search(c.quote))
                out[lead] = with_changes(out[lead], disputed=out[lead].disputed + dates + o.disputed,
                                         forecast=out[lead].forecast and o.forecast)
                keys[lead] = keys[lead] | keys[other]
                words[lead] = {**words[other], **words[lead]}
                gone.add(other)
    kept = [e for k, e in enumerate(out) if k not in gone]
    # ...and an outlet's note that outlets give two days is told by the row showing the days side by side (a row
    # with its dates in dispute that cites the outlet, on the note's day): no row of its own
    told = {(a, day) for e in kept if e.disputed
            for a in {e.article} | {c.article for c in e.also} | {d.article for d in e.disputed}
            for day in {e.date} | {d.date for d in e.disputed}}
    return [e for e in kept if not (ALTERNATIVE_DAYS.search(e.text) and (e.article, e.date) in told)]


#: A note that outlets disagree on a day ("国内外媒体有9月4日和9月5日两种说法", "日期说法不一", "我们以…为准"):
#: it tells the disagreement, not an event on each day. (either script)
ALTERNATIVE_DAYS = re.compile(r"[两兩二三几幾多]种(?:说法|說法|版本|日期)|(?:说法|說法)(?:不一|不同|各异|各異|有出入)|众说纷纭|眾說紛紜"
                              r"|以[^。；;]{1,30}?(?:为准|為準)")


def _days_given(e: Event) -> set[str]:
    """The outlets whose own words give the entry's day (its lead, and each source whose quote
    writes a day or a relative day), not those cited for a month or a period that holds it, nor a note
    that outlets give two days (``ALTERNATIVE_DAYS``)."""
    return {e.article} | {c.article for c in e.also if _A_DAY.search(c.quote) and not ALTERNATIVE_DAYS.search(c.quote)}


#: A day written in a quote: "16日", "16号", "今天", "昨晚", "当日", "02-16".
_A_DAY = re.compile(r"[日号號天晚晨早]|\d{1,2}[/-]\d{1,2}")


LOST_MONTH = re.compile(r"\s*月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[日号]")


def _from_day(text: str, date: str) -> bool:
    """The row tells what followed its day ("5月1日开园以后，网上出现了好几段排队视频", "9月3日开学后
    感染增多"): its day starts a stretch, so another outlet's later day tells a day in it, no other day."""
    mo, d = int(date[5:7]), int(date[8:10])
    return bool(re.search(rf"(?:(?<!\d){mo}\s*月\s*)?(?<!\d)0?{d}\s*[日号號][^，。；,;！？!?]{{0,8}}?"
                          r"(?:以后|之后|以後|之後|以来|以來|(?<![前之])[后後](?![来來续續面期果]))", text))


def named_in(simple: str) -> frozenset:
    """The names a sentence gives: Latin names ("Open AI" read as "openai") and quoted names."""
    latin = re.findall(r"[A-Za-z][A-Za-z0-9.-]+(?:\s+[A-Z]{1,3}(?![A-Za-z]))?", simple[:2000])
    names = {re.sub(r"\s+", "", n).lower() for n in latin if len(n) >= 3}
    names |= {q.lower() for q in re.findall(r"[“「]([^”」]{2,10})[”」]", simple[:2000])}
    return frozenset(names)


def find_lost_months(lost: list, raw: list) -> list:
    """A paragraph that opens on "月15日" lost its month to the OCR. When another outlet dates a
    release of the same things (two names in common with the paragraph) within three days of
    that day, the paragraph is read in that month (precision day, marked inferred); else it dates
    nothing."""
    out = []
    for m, s in lost:
        day = int(m["d"])
        names = named_in(s.paragraph_simple)
        best, score = None, 0
        for ref, _, other in raw:
            if ref.precision != "day" or other.article == s.article or not _RELEASE.search(other.simple):
                continue
            y, mo, d = (int(x) for x in ref.date.split("-"))
            try:
                near = abs((dt.date(y, mo, day) - dt.date(y, mo, d)).days) <= 3
            except ValueError:
                continue
            common = len(names & named_in(other.simple))
            if near and common >= 2 and common > score:
                best, score = _iso(y, mo, day), common
        if best:
            out.append((DateRef(m.start(), m.end(), best, "day", True), False, s))
    return out


def join_paragraph(events: list[Event], vecs: list[dict], keys: list[frozenset], prose: list[bool]):
    """One paragraph saying two things of one day, that no other outlet reports, is one row
    ("最后，虽然文心一言今天展示了…。因此百度今天也开启了文心一言的测试…")."""
    first: dict[tuple, int] = {}
    out = list(events)
    gone: set[int] = set()
    for i, e in enumerate(events):
        if not prose[i] or e.also:
            continue
        key = (e.article, e.paragraph, e.date, e.precision)
        j = first.setdefault(key, i)
        if j == i:
            continue
        kept = out[j]
        if e.text in kept.text or len(kept.text) + len(e.text) > 200:
            continue
        joiner = "" if kept.text.endswith(("。", "！", "？")) else "；"
        out[j] = with_changes(kept, text=kept.text + joiner + e.text, forecast=kept.forecast and e.forecast,
                              inferred=kept.inferred and e.inferred)
        gone.add(i)
    keep = [i for i in range(len(out)) if i not in gone]
    return [out[i] for i in keep], [vecs[i] for i in keep], [keys[i] for i in keep], [prose[i] for i in keep]
