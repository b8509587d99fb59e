"""One thing of one date told by several outlets, each in its own words, made one timeline entry citing each
(a split of ``eventmerge``): the rows share rare words in their own clauses, or the same figures, and neither
names a different body giving it nor a different count of the same kind. Functions return new values."""

from __future__ import annotations

import re

from .model import Citation, Event
from .eventrows import _DATE_WORD, DISPUTE_RARE, SHARED_RARE, shared_rare, with_changes

__all__ = ["merge_retold", "RETOLD_WINDOW"]


#: How many entries of one date a row is compared with (the latest kept): bounded work per row.
RETOLD_WINDOW = 200


def merge_retold(events: list[Event], words: list[dict], level: float,
                 figures: list[set] | None = None) -> tuple[list[Event], list[dict], list[int]]:
    """Entries of one date from different outlets that tell the same thing each in its own words
    are one entry citing each: their sources, all of them (``words``), share ``DISPUTE_RARE`` rare
    words when the date is a day, ``SHARED_RARE`` when it is a month, a season or a year (more
    happens in a month). An outlet cited by both tells two things of that date: never merged. Each
    entry is compared by its own sources' words, so one merge does not pull in the next. Outlets
    that give the same two figures for the same date ("从15年提高到20年"), or forecast the same
    figure for it ("年底一千台", "年尾會加到1000架", "年底前将增至1000辆": ``figures``), tell the
    same thing. Returns
    the entries, their words and the indexes of those kept."""
    out = list(events)
    figures = figures or [set()] * len(events)
    merged_words = [dict(w) for w in words]
    gone: set[int] = set()
    by_date: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(events):
        bucket = by_date.setdefault((e.date, e.precision == "day"), [])
        need = DISPUTE_RARE if e.precision == "day" else SHARED_RARE
        arts = {e.article} | {c.article for c in e.also}
        for j in bucket[-RETOLD_WINDOW:]:  # a day of a thousand outlets' rows stays linear
            k = out[j]
            if arts & ({k.article} | {c.article for c in k.also}):
                continue
            if "《" in e.text and "《" in k.text:  # two titled texts, none in common: two acts
                from .eventacts import different_titles
                if different_titles(e.text, k.text):
                    continue
            told = _telling(figures[i] & figures[j], e.forecast and k.forecast)
            if (told or shared_rare(words[i], words[j], level) >= need and _same_act(e, k, words[i], words[j], level)) \
                    and not _two_sources(e.text, k.text) and not _two_counts(e.text, k.text):
                if len(e.also) > len(k.also):  # the entry more outlets tell leads, its words shown
                    k, e = e, k
                cited = {(k.article, k.paragraph)} | {(c.article, c.paragraph) for c in k.also}
                extra = tuple(c for c in (Citation(e.article, e.paragraph, e.text),) + e.also
                              if (c.article, c.paragraph) not in cited)
                out[j] = with_changes(k, also=k.also + extra, forecast=k.forecast and e.forecast,
                                      inferred=k.inferred and e.inferred, disputed=k.disputed + e.disputed)
                merged_words[j] = {**words[i], **merged_words[j]}
                gone.add(i)
                break
        else:
            bucket.append(i)
    keep = [i for i in range(len(out)) if i not in gone]
    return [out[i] for i in keep], [merged_words[i] for i in keep], keep


def _same_act(a: Event, b: Event, wa: dict, wb: dict, level: float) -> bool:
    """Two rows tell one act when their own clauses share a rare word (a place, a name, an act: "滞洪区",
    "通知"), not only the paragraphs around them: a log table's row of that day and a report's count from the
    same town share the town's paragraph words and tell two things."""
    from .text import content_tokens, to_simplified

    ta = set(content_tokens(to_simplified(a.text, "zh-Hant")))
    tb = set(content_tokens(to_simplified(b.text, "zh-Hant")))
    return any(max(wa.get(t, 0), wb.get(t, 0)) >= level and not _DATE_WORD.search(t) for t in ta & tb)


#: Who a row says gives it: "X（1日）表示/指出/宣布/通报…", "从X获悉", "据X消息/通报".
_GIVER = re.compile(r"([\u4e00-\u9fff]{3,16}?)(?:\d{1,2}日|今天|昨天|今日|昨日)?(?:表示|指出|宣布|通报|公布|称)|"
                    r"从([\u4e00-\u9fff]{3,16}?)(?:获悉|了解到|得知)|据([\u4e00-\u9fff]{3,16}?)(?:消息|通报|统计|披露)")


def _givers(text: str) -> set[str]:
    from .text import to_simplified

    out = set()
    for m in _GIVER.finditer(to_simplified(text, "zh-Hant")):
        name = next(g for g in m.groups() if g)
        out.add(re.sub(r"^(?:记者|大陆|中国|此外|另外|同时|目前)+", "", name))
    return {n for n in out if len(n) >= 3}


def _two_sources(a: str, b: str) -> bool:
    """Each row names who gives it, and they are two bodies (neither name inside the other: "国家防汛抗旱总指挥部"
    states a flood's scale, "涿州市防汛指挥部" counts those moved): two acts of that day, however many words
    they share."""
    ga, gb = _givers(a), _givers(b)
    return bool(ga and gb) and not any(x in y or y in x for x in ga for y in gb)


#: A count with its measure word ("12.5万人", "154人", "400箱", "3艘"): what a row counts and how many.
_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*([万亿]?)\s*(人次|人|名|户|辆|架|艘|箱|吨|件|所|家|个)")


def _counts(text: str) -> dict[str, set[str]]:
    from .text import to_simplified

    out: dict[str, set[str]] = {}
    for m in _COUNT.finditer(to_simplified(text, "zh-Hant")):
        out.setdefault(m.group(3), set()).add(m.group(1) + m.group(2))
    return out


def _two_counts(a: str, b: str) -> bool:
    """Each row counts the same kind of thing and no count is common ("全市累计转移群众超过12.5万人", a team's
    log "第二分队转移居民154人"): two acts of that day (a whole and a part, two places), not one retold."""
    ca, cb = _counts(a), _counts(b)
    return any(w in cb and not ca[w] & cb[w] for w in ca)


def _telling(keys: set, forecasts: bool) -> bool:
    """Figures in common that tell what they count: two of any size, or, between two forecasts,
    one of three digits or more, a share, a multiple, a magnitude ("1000", "38%", "3倍", "5.2亿");
    one "20" or "3" may be anything."""
    if len(keys) >= 2:
        return True  # two figures in common ("从15年提高到20年"): the same thing told twice
    # one figure: a target for a date several outlets repeat ("年底1000辆"); two past counts of one
    # month may be two people's ("去年7月一天跑450")
    return forecasts and any(len(re.sub(r"\D", "", k)) >= 3 or re.search(r"[%倍万亿]", k) for k in keys)
