"""The timeline: every dated statement as an event, the same event from several outlets one row.

Dates are found and resolved in ``datefind.py``. Here a date becomes an event unless it dates a
question, rhetoric, a caption or a wire's dateline (``eventrules.py``); a date after the
article's date, or announced with 预计/计划/将, is a forecast. One event per date expression, so a
paragraph with two dates gives two events. The same event reported by several outlets is one
entry citing each; when outlets give it different days, the entry says so (``eventmerge.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from .datefind import DateRef, _without_span_ends, resolve_dates
from .datepatterns import _DATELINE, _FESTIVAL, _FUTURE, _THAT_DAY
from .dateyears import _explicit_years, infer_year
from .garbled import garbled
from .datelinks import _quoted_relative, _that_day, occasion_days
from .eventmerge import (LOST_MONTH, SHARED_RARE, anchored, rare_level, shared_rare, find_lost_months, join_paragraph, lead_report,
                         mark_disagreements, merge_vague_releases, named_in, release_names, whole_report, with_changes)
from .eventrules import (chatter, is_caption, is_furniture, modal_forecast, named_event, not_an_event, post_stamp,
                         signature_date, widen)
from .model import Citation, Event
from .digestsummary import host_turns
from .residue import without_residue
from .tables import ROW_INDEX
from .text import Sentence, content_tokens, cosine

__all__ = ["find_events", "infer_year", "resolve_dates", "DateRef"]


def _is_forecast(ref: DateRef, sentence: str, article_date: str | None) -> bool:
    """After the article's date (at the precision both have), or announced as a plan."""
    if article_date:
        n = min(len(ref.date), len(article_date))
        if ref.date[:n] > article_date[:n]:
            return True
        if ref.date[:n] < article_date[:n]:
            return False
    clause_end = min([i for i in (sentence.find(ch, ref.end) for ch in "，。；,;") if i >= 0] or [len(sentence)])
    return bool(_FUTURE.search(sentence[max(0, ref.start - 14):ref.start])
                or re.match(r"\s*(?:将|前后|以前|之前)", sentence[ref.end:ref.end + 3])
                or modal_forecast(sentence, ref.end)
                # the period the article is in, with a target or an estimate for it: "今年力争交付
                # 10万辆", "订单要到今年三季度以后才能消化", "花旗估计…今年每辆亏损约1万元"
                or _PLAN_AFTER.search(sentence[ref.end:clause_end])
                or _ESTIMATE.search(sentence[:ref.start]))


_PLAN_AFTER = re.compile(r"力争|争取|计划|目标|[一二三四]季度以后|下半年|年底前|以后才")
_ESTIMATE = re.compile(r"估计|估算|预计|预测|预期|预估")


def _event_text(sentence: Sentence, ref: DateRef, several: bool = False, until: int | None = None,
                since: int | None = None) -> str:
    """The sentence, or for a long one the clauses from the date to the next full stop or
    semicolon (verbatim, in the article's script). A sentence that dates several things gives
    each date its clauses, up to the clause of the next date (``until``: where it starts) or the
    next semicolon ("4月2日港股复市，…收涨4.06%；4月3日股价回吐，收跌2.3%" is two rows, each
    saying what happened), so the timeline does not show the same sentence under two dates."""
    text = sentence.original
    named = named_event(sentence.simple, ref.start, ref.end)
    if named and len(sentence.original) == len(sentence.simple):
        return _trimmed(text[named[0]:named[1]])  # "2015年天津港爆炸事件": the event it names
    if several and len(sentence.original) == len(sentence.simple):
        marks = "，；;。,！？"
        left = max(text.rfind(ch, 0, ref.start) for ch in marks) + 1
        right = min([i for i in (text.find(ch, ref.end) for ch in marks) if i >= 0] or [len(text)])
        # what happened on that date reads on to the next date's clause or a semicolon
        hard = min([i for i in (text.find(ch, ref.end) for ch in "；;。！？") if i >= 0] or [len(text)])
        stop = min(max(text.rfind(ch, 0, until) for ch in marks) if until is not None else hard, hard)
        if right - left < 14 and left > 0 and text[left - 1] not in "；;":  # too short: the clause before too,
            before = max(text.rfind(ch, 0, left - 1) for ch in marks) + 1
            if since is None or before > since:  # unless it is the clause of the date before
                left = before
        if stop > right:
            ends = [i for i in range(right, min(stop, left + 120) + 1) if i == stop or text[i] in marks]
            right = max(ends) if ends else right
        if right - left < 14 and right < len(text) and text[right] not in "；;":  # …or the clause after,
            after = min([i for i in (text.find(ch, right + 1) for ch in marks) if i >= 0] or [len(text)])
            if after <= stop:  # not into the next date's clause
                right = after
        left, right = widen(text, left, right)  # a dateline or "…透露" reads on into its news
        return _trimmed(text[left:right])
    if len(text) <= 140 or len(sentence.original) != len(sentence.simple):
        return _trimmed(text)
    left = max(text.rfind(ch, 0, ref.start) for ch in "；;。") + 1
    right = min([i for i in (text.find(ch, ref.end) for ch in "；;。") if i >= 0] or [len(text) - 1]) + 1
    left, right = widen(text, left, right)
    return _trimmed(text[left:right])


def _trimmed(text: str) -> str:
    """An event's text without the clause marks it was cut at ("，及“2020年1月21日…”" read as a
    row that opens on a comma)."""
    return without_residue(text.strip().lstrip("，、；：,;:").strip())


#: A year written as part of a date ("2023年12月28日", "2020年1月"): the year a paragraph's later
#: months without one continue in. A year standing alone dates a statistic or a period ("2022年
#:日本对中国出口水产品约871亿日元"), not the narrative: "8月下旬以来" two sentences later in an
#: article of September 2023 is August 2023, not 2022.
_WRITTEN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])(?=\s*月)")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _year_before(s: Sentence, cache: dict[tuple[str, str], list]) -> tuple[int, int] | None:
    """The last year written out with a month ("2023年3月") in the sentence's paragraph before
    the sentence, with that month: (2023, 3).

    The paragraph's years are found once and the sentence is looked for from the previous
    sentence's place, so a paragraph of megabytes is read in linear time."""
    key = (s.article, s.paragraph)
    if key not in cache:
        found = list(_WRITTEN_YEAR.finditer(s.paragraph_simple))
        cache[key] = [[m.end() for m in found],
                      [(int(m.group(1)), int(m.group(2)) if m.group(2).isdigit() else _CN_MONTH[m.group(2)])
                       for m in found], 0]
    ends, years, cursor = cache[key]
    at = s.paragraph_simple.find(s.simple[:10], cursor)
    if at < 0:
        return None
    cache[key][2] = at
    k = bisect.bisect_right(ends, at)
    return years[k - 1] if at > 0 and k else None


def find_events(sentences: list[Sentence], dates: dict[str, str | None],
                weights: dict[str, float], topic_terms: tuple[str, ...] = (),
                order: dict[str, int] | None = None, entries: set[tuple[str, str]] = frozenset(),
                days: dict[tuple[str, str], str] | None = None) -> list[Event]:
    """Every dated statement as an event; the same event from several articles merged, the
    first article in corpus order cited first; outlets that disagree on the day marked.
    ``entries`` are a live blog's entries (``live_entries``): an entry whose first sentence
    gives no date is an event of the article's day. ``days`` (``heading_days``): the day a
    paragraph falls under; its relative dates count from it, and a message there that opens on a
    speaker's label and gives no date of its own is news of that day."""
    years = _explicit_years(sentences)
    published = Counter(int(d[:4]) for d in dates.values() if d and re.match(r"\d{4}", d))
    stamps = page_stamps(sentences, infer_year(None, years, published))
    # an undated article dates itself on its page: "2024-02-17 21:47 发布于…", "2024-01-29 星期一"
    dates = {**dates, **{a: d for a, (d, _) in stamps.items() if not dates.get(a)}}
    stamped = {(a, pi) for a, (_, pi) in stamps.items()}
    published = Counter(int(d[:4]) for d in dates.values() if d and re.match(r"\d{4}", d))
    order = order or {}
    raw: list[tuple[DateRef, bool, Sentence]] = []
    written_in: dict[tuple[str, str], list] = {}
    festival_in: set[str] = set()
    lost_month: list[tuple[re.Match, Sentence]] = []
    last_day: dict[tuple[str, str], DateRef] = {}  # the paragraph's last day, for 当晚 / 次日
    stamps_in: dict[tuple[str, str], list[tuple[int, str]]] = {}  # a paragraph's time stamps
    pending: list = []  # a 当晚 whose paragraph gave no day
    hosted: set[tuple[str, int]] = set()  # a transcript's host turns: (article, paragraph index)
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        if _FESTIVAL.search(s.simple):
            festival_in.add(s.article)
        if s.index != ROW_INDEX:
            by_article.setdefault(s.article, []).append(s)
    for art, ss in by_article.items():
        hosted |= {(art, p) for p in host_turns(ss)}
    for s in sentences:
        if len(re.findall(r"[\u4e00-\u9fff]", s.simple)) < 6 and s.index != ROW_INDEX:
            continue
        if garbled(s.simple):
            continue  # an OCR'd line ("SOIa慨芯版份开幅沒周註：…") dates nothing a reader can trust
        if s.index != ROW_INDEX and (is_caption(s.paragraph_simple) or is_furniture(s.paragraph_simple)
                                     or _EXHIBIT.match(s.simple)):
            continue  # a caption, a heading or a byline dates a picture, a section or the page, no event
        text = _URLISH.sub(lambda m: " " * len(m.group(0)), s.simple)  # dates inside links are no dates
        default = infer_year(dates.get(s.article), years, published)
        written = _year_before(s, written_in)
        lost = LOST_MONTH.match(s.simple) if s.start == 0 else None
        if lost:  # "月15日正式对外公布": the OCR lost the month; the corpus may tell it (below)
            lost_month.append((lost, s))
        key = (s.article, s.paragraph)
        if key not in stamps_in:  # once per paragraph: where its time stamps start, and their days
            stamps_in[key] = [(m.start(), _stamp_day(m)) for m in _TIME_STAMP.finditer(s.paragraph_simple)]
        k = bisect.bisect_left(stamps_in[key], (s.start, ""))
        day = (days or {}).get(key)
        refs, said = _stamped_refs(text, stamps_in[key][k - 1][1] if k else day, dates.get(s.article), default,
                                   s.article in festival_in, written)
        refs = _without_span_ends(refs, text)
        # "昨日（4月2日）", "上周四（3月28日）": one date written twice is one date
        refs = [r for k, r in enumerate(refs)
                if not (k and refs[k - 1].date == r.date and 0 <= r.start - refs[k - 1].end <= 2)]
        refs = _without_vaguer(refs)
        if not refs and s.start == 0 and (s.article, s.paragraph) in entries and dates.get(s.article) \
                and len(dates[s.article]) == 10 and not _BACKGROUND.match(text):
            refs = [DateRef(0, 0, dates[s.article], "day", True)]  # a live blog's entry: that day's news
        elif not refs and s.start == 0 and day and not k and _LABEL_AFTER.match(text) and not _BACKGROUND.match(text) \
                and not chatter(text):
            refs = [DateRef(0, 0, day, "day", True)]  # a message under its day's heading: that day's news
        that_day, unanchored = _that_day(text, refs, last_day.get((s.article, s.paragraph)))
        refs += that_day
        pending += [(s, text, m) for m in unanchored]
        for ref in refs:
            if _CALENDAR_NOTE.match(text.strip()):
                continue  # "今天是农历腊月廿七，距离春节还有4天。": a greeting's calendar, nothing happened
            if (s.article, s.para_index) in hosted and not day and len(refs) == 1 \
                    and _TODAY.fullmatch(text[ref.start:ref.end]):  # (a chat's day heading: no broadcast)
                continue  # a host's "今天我们请到两位来宾", "今天非常谢谢…再见": the broadcast itself
            if _TODAY.fullmatch(text[ref.start:ref.end]) and _OWN_TALK.match(text, ref.end):
                continue  # "今天只讲一个人", "今天先用她的例子回答": the piece itself, not the news
            if (s.article, s.para_index) in stamped and _STAMP_AFTER.match(text, ref.end):
                continue  # the page's own date stamp ("2024-02-17 21:47发布于…"): when it was posted
            if _DATELINE.match(text, ref.end):
                continue  # "新华社北京3月30日电": the report's own date, not an event
            if post_stamp(text, ref.start, ref.end) or signature_date(text, ref.start, ref.end):
                continue  # "上午9:12 · 2024年7月16日 · 3.4万次查看", a letter's signed date: when it was written
            if not_an_event(text, ref.start, ref.end):
                continue  # a question, rhetoric or a hypothesis ("3月16日不行，那就12月16日")
            if lost and ref.start < lost.end():
                continue
            ref = _quoted_relative(ref, text, s, said(ref.start))
            raw.append((ref, _is_forecast(ref, s.simple, said(ref.start)), s))
            if ref.precision == "day":
                last_day[(s.article, s.paragraph)] = ref
    for ref, s in occasion_days(pending, raw):  # "发布会当晚": the day the corpus gives the occasion
        text = _URLISH.sub(lambda m: " " * len(m.group(0)), s.simple)
        if not not_an_event(text, ref.start, ref.end):
            raw.append((ref, _is_forecast(ref, s.simple, dates.get(s.article)), s))
    raw += find_lost_months(lost_month, raw)
    lost_ids = {id(s) for _, s in lost_month}
    relative = anchored(sentences, raw)
    is_anchored = {(id(s), r.start) for r, _, s in relative}
    raw += relative
    raw.sort(key=lambda r: (r[0].date, order.get(r[2].article, 0), r[2].para_index, r[2].index, r[0].start))
    dated_in = Counter(id(s) for _, _, s in raw)  # date expressions per sentence
    raw_of: dict[int, list] = {}  # where each sentence's dates start, sorted (the next date of a date)
    for r in raw:
        raw_of.setdefault(id(r[2]), []).append(r[0].start)
    for starts in raw_of.values():
        starts.sort()
    events: list[Event] = []
    vecs: list[dict] = []
    level = rare_level(weights)
    releases: list[frozenset] = []
    keys: list[frozenset] = []  # the names a release row is about (no generic topic words)
    prose: list[bool] = []  # not a table row
    members: list[list[tuple[int, Citation]]] = []
    by_date: dict[str, list[int]] = {}
    for ref, forecast, s in raw:
        starts = raw_of[id(s)]
        k = bisect.bisect_right(starts, ref.end)
        # the date before this one in the sentence, if any (a "3天后" reads on from it: its subject is there)
        j = bisect.bisect_left(starts, ref.start)
        linked = bool(_THAT_DAY.fullmatch(s.simple[ref.start:ref.end]))
        text = _event_text(s, ref, dated_in[id(s)] > 1, starts[k] if k < len(starts) else None,
                           starts[j - 1] if j > 0 and not linked else None)
        # a sentence dating several things is compared by the clause of this date, not as a whole
        v = {t: weights.get(t, 1.0) for t in content_tokens(_simple_of(text, s))}
        # a release ("OpenAI发布…Sora"), not a statement dated relative to one ("Sora发布的同时…")
        rel = frozenset() if (id(s), ref.start) in is_anchored else release_names(s.simple, topic_terms)
        bucket = by_date.setdefault(ref.date, [])  # "2021年底" and "2021年12月" are one month
        for i in bucket:  # only events of the same date can be the same event
            e = events[i]
            if (s.article, s.paragraph) == (e.article, e.paragraph):
                if s.index == ROW_INDEX and text != e.text:
                    continue  # another row of the same table (HiDream.ai and 生数科技, both 2023年3月)
                if text in e.text:
                    break
                continue  # the same paragraph: a row of its own, joined after (see _join_paragraph)
            sim = cosine(v, vecs[i])
            outlets = {e.article} | {c.article for c in e.also}
            same_release = bool(rel & releases[i]) and s.article not in outlets
            # two outlets' rows of one day that share some words are one event; of one month or
            # period ("8月下旬以来") they must say the same thing (扇贝 prices and 鱼市 prices both
            # fell "since late August": two events)
            loose = 0.25 if ref.precision == "day" else 0.5
            # ...or share four rare words (a name and what befell it, each outlet in its own words:
            # "创始人许家印去年9月…被采取强制措施"); prices of two goods that "fell by a third since late
            # August" share three and the period's words, not the goods
            if sim >= 0.5 or sim >= loose and e.article != s.article or same_release \
                    or e.article != s.article and sim >= 0.2 and shared_rare(v, vecs[i], level) >= SHARED_RARE:
                if (s.article, s.paragraph) != (e.article, e.paragraph) and all(
                        (c.article, c.paragraph) != (s.article, s.paragraph) for c in e.also):
                    # an event one outlet announces and a later one reports as done is no forecast
                    events[i] = with_changes(e, also=e.also + (Citation(s.article, s.paragraph, text),),
                                             inferred=e.inferred and ref.inferred,
                                             forecast=e.forecast and forecast)
                    members[i].append((whole_report(rel, dated_in[id(s)]), Citation(s.article, s.paragraph, text)))
                    if rel and _dates_the_release(s.simple, ref):
                        keys[i] = keys[i] | named_in(s.simple)
                break
        else:
            bucket.append(len(events))
            prose.append(s.index != ROW_INDEX)
            events.append(Event(ref.date, ref.inferred, text, s.article, s.paragraph,
                                precision=ref.precision, forecast=forecast))
            vecs.append(v)
            releases.append(rel)
            # a paragraph whose month the OCR lost names its release in the next sentence
            keys.append(named_in(s.paragraph_simple) if id(s) in lost_ids
                        else (named_in(s.simple) if rel and _dates_the_release(s.simple, ref) else frozenset()))
            members.append([(whole_report(rel, dated_in[id(s)]), Citation(s.article, s.paragraph, text))])
    events = [lead_report(e, m) for e, m in zip(events, members)]
    events, vecs, keys, prose = join_paragraph(events, vecs, keys, prose)
    events, vecs, keys = merge_vague_releases(events, vecs, keys, level)
    return mark_disagreements(events, vecs, keys)


#: A time stamp: a day and a clock time ("2024-08-21 09:12", "[2024/8/21 09:12:05]"); with a speaker
#: label after it, a message's own stamp ("2024-08-21 09:12 王磊：").
_TIME_STAMP = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*[\]］)）]?\s*(\d{1,2}:\d{2}(?::\d{2})?)(?![\d])")
_LABEL_AFTER = re.compile(r"[\]］)）]?\s*[^\s：:，。！？\d]{1,12}[：:]")


def _stamp_day(m: re.Match) -> str:
    return f"{m.group(1)}-{m.group(2).zfill(2)}-{m.group(3).zfill(2)}"


def _stamped_refs(text: str, before: str | None, article_date: str | None, default, festival: bool, written):
    """The sentence's dates, each relative one resolved against the last time stamp written
    before it in its paragraph (``before``: the day of the last stamp before the sentence) ("2024-08-21 09:12 王磊：昨天收盘…" is the 20th whatever the page's
    date); a message's own stamp is when it was said, no event. Returns the dates and, for a
    position in the sentence, the date its relative dates count from."""
    stamps = list(_TIME_STAMP.finditer(text))
    if not stamps and not before:
        return resolve_dates(text, article_date, default, festival, written), lambda i: article_date
    anchors = [before or article_date] + [_stamp_day(m) for m in stamps]
    cuts = [0] + [m.start() for m in stamps] + [len(text)]
    refs: list[DateRef] = []
    for k in range(len(cuts) - 1):
        lo, hi = cuts[k], cuts[k + 1]
        refs += resolve_dates(" " * lo + text[lo:hi] + " " * (len(text) - hi), anchors[k], default, festival, written)
    # a message that dates what it reports ("…09:12 王磊：昨天收盘…") is read by that date, not by
    # its stamp; one that gives none ("21:48 刘思琪：峰值刚刚破220万了") is news of its stamp's day
    for k, m in enumerate(stamps):
        if _LABEL_AFTER.match(text, m.end()) and any(m.end() <= r.start < cuts[k + 2] for r in refs):
            refs = [r for r in refs if not m.start() <= r.start < m.end()]
    return sorted(refs, key=lambda r: r.start), lambda i: anchors[bisect.bisect_right(cuts, i) - 1]


_TODAY = re.compile(r"今天|今日|今晚|今早|今晨|今夜")
#: What a writer or a host does "today" in the piece itself: tells, answers, shows the reader.
_OWN_TALK = re.compile(r"\s*(?:我们?|咱们|小编|本期|本文|这期)?\s*(?:就|先|只|再|来|想|要|主要)*\s*"
                       r"(?:讲讲?|聊聊?|说说|谈谈|分享|介绍|回答|解答|盘点|带大家|给大家|跟大家|和大家|用[^，。；]{1,12}(?:回答|说明|解释))")
#: A live blog's entry that recalls the past rather than reporting the day ("背景：…", "回顾：…").
_BACKGROUND = re.compile(r"\s*(?:背景|回顾|资料|链接|延伸阅读|相关阅读|编者按)\s*[：:]")
#: A sentence that only says what day it is, perhaps with a countdown: no event happened in it.
_CALENDAR_NOTE = re.compile(r"^(?:今天|今日)是[^，。；,;]{1,20}(?:[，,]\s*(?:距离?|离)[^，。；,;]{1,12}还有[^，。；,;]{1,6})?[。！!]?$")
#: A numbered exhibit's caption ("表1：部分房企境外债务处置进展（截至2024年1月30日）", "图2："): its
#: date is the data's cut-off, not an event.
_EXHIBIT = re.compile(r"^\s*(?:附表|图表|表|图)\s*[0-9一二三四五六七八九十]{1,3}\s*[：:．.、]")
#: What follows a page's date stamp: a clock time or a weekday ("2024-02-17 21:47", "2024年1月29日 星期一").
_STAMP_AFTER = re.compile(r"\s*(?:[（(]?(?:星期|周|週|礼拜)[一二三四五六日天][）)]?|\d{1,2}[:：]\d{2}(?!\d)|"
                          r"(?:出刊|出版|发布|发表|刊出|刊登|更新)(?=于|\s|$|[｜|│，,。:：]))")
_STAMP = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:[-/.]|\s*年\s*)(1[0-2]|0?[1-9])(?:[-/.]|\s*月\s*)([12]\d|3[01]|0?[1-9])"
                    r"(?:\s*日)?(?![\d.])")


def _without_vaguer(refs: list[DateRef]) -> list[DateRef]:
    """One sentence's dates without a vague or inferred one that a more precise date of the same
    sentence falls in ("今天是春节假期最后一天": 春节假期 is February, 今天 the 17th: one row, not two)."""
    return [r for r in refs
            if not ((r.inferred or r.precision == "approximate")
                    and any(o is not r and len(o.date) > len(r.date) and o.date.startswith(r.date) for o in refs))]


def page_stamps(sentences: list[Sentence], year: int | None = None) -> dict[str, tuple[str, int]]:
    """Each article's date stamp on its page, with the paragraph it stands in: a full date
    followed by a clock time, a weekday or a word of publishing ("2024-02-17 21:47发布于广东",
    "2024-01-29 星期一 来源：…", "2024年10月2日出刊"), or a month and day with a clock time as a
    social-media post shows it ("9-18 20:55 来自 iPhone", in ``year``: the corpus's), in the
    article's first two paragraphs. A forum post or a live blog saved without its metadata still
    says when it was posted; the stamp is the page's date, not an event."""
    out: dict[str, tuple[str, int]] = {}
    for s in sentences:
        if s.article in out or s.para_index > 1 or s.index == ROW_INDEX:
            continue
        for m in _STAMP.finditer(s.simple[:200]):
            if (_STAMP_AFTER.match(s.simple, m.end()) or post_stamp(s.simple, m.start(), m.end())) \
                    and not re.search(r"[于在将从自]\s*$", s.simple[max(0, m.start() - 2):m.start()]):
                out[s.article] = (f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}", s.para_index)
                break
        else:
            m = _POST_STAMP.search(s.simple[:200])
            if m and year:
                try:
                    out[s.article] = (dt.date(year, int(m["m"]), int(m["d"])).isoformat(), s.para_index)
                except ValueError:
                    pass
    return out


#: A post's month and day with its clock time, as social-media pages print them ("9-18 20:55",
#: "09/18 20:55", "9月18日 20:55").
_POST_STAMP = re.compile(r"(?<![\d.:/\-])(?P<m>1[0-2]|0?[1-9])(?:[-/]|\s*月\s*)(?P<d>[12]\d|3[01]|0?[1-9])\s*日?"
                         r"\s+(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:])")


_URLISH = re.compile(r"<[^<>]{0,400}>|!\[[^\]]*\]\([^)]*\)|https?://\S+|www\.\S+")


def _simple_of(text: str, s: Sentence) -> str:
    """The simplified copy of an event's text cut from sentence ``s`` (the whole sentence when
    the scripts' lengths differ)."""
    if len(s.original) != len(s.simple):
        return s.simple
    at = s.original.find(text)
    return s.simple[at:at + len(text)] if at >= 0 else s.simple


_SAYING = re.compile(r"表示|称|说|认为|指出|介绍|提问|回应|透露|分析")


def _dates_the_release(simple: str, ref: DateRef) -> bool:
    """The date is the release's own ("春节期间，OpenAI发布Sora", "Sora：推出时间 2024年2月"), not
    the date of a statement that mentions it ("2月21日，中文在线表示，Sora是OpenAI发布的…")."""
    after = re.search(r"诞生|发布|推出|问世|亮相|上线|横空出世|面世", simple[ref.end:ref.end + 60])
    if after:
        return not _SAYING.search(simple[ref.end:ref.end + after.start()])
    before = simple[max(0, ref.start - 30):ref.start]
    return bool(re.search(r"诞生|发布|推出|问世|亮相|上线|面世", before)) and not _SAYING.search(before)
