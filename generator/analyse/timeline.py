"""The timeline: every dated statement as an event, the same event from several outlets one row.

Dates are found and resolved in ``datefind.py``. Here a date becomes an event unless it dates a
question, rhetoric, a caption or a wire's dateline (``eventrules.py``); a date after the
article's date, or announced with 预计/计划/将, is a forecast. One event per date expression, so a
paragraph with two dates gives two events. The same event reported by several outlets is one
entry citing each; when outlets give it different days, the entry says so (``eventmerge.py``).
A message's time stamp and a page's date stamp are read in ``datestamps.py``, whether a date is a
forecast in ``eventforecast.py``, and the text a row shows in ``eventtext.py``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .datefind import DateRef, _without_span_ends, resolve_dates
from .dateclues import span_ends
from .datepatterns import _DATELINE, _FESTIVAL, _THAT_DAY
from .datestamps import _LABEL_AFTER, _STAMP_AFTER, _TODAY_IS, _TIME_STAMP, _stamp_day, _stamped_refs, page_stamps, published_label
from .dateyears import _explicit_years, _year_before, infer_year
from .eventforecast import _is_forecast
from .eventacts import different_titles, merge_acts
from .eventlead import most_reportorial
from .eventreports import from_report_day, report_datelines
from .eventmessages import age_statement, birth_cohort, comment_stamp, header_stamp, opens_span, reports_news, reports_now
from .eventtext import _event_text, _simple_of
from .figurekeys import figure_keys
from .garbled import garbled
from .datelinks import _quoted_relative, _that_day, occasion_days
from .eventmerge import (LOST_MONTH, SHARED_RARE, anchored, rare_level, shared_rare, find_lost_months, join_paragraph, lead_report,
                         mark_disagreements, merge_retold, merge_vague_releases, named_in, release_names, whole_report, with_changes)
from .eventrules import (chatter, date_list, venue_business, is_caption, is_furniture, lead_time, not_an_event, own_errand,
                         post_stamp, signature_date)
from .model import Citation, Event
from .digestsummary import host_turns
from .tables import ROW_INDEX
from .text import Sentence, content_tokens, cosine

#: The longest text a timeline row shows: a row is a sentence or its clauses; anything longer is
#: a paragraph the cleaning could not split (a forum's run of replies), which dates nothing clearly.
MAX_EVENT_TEXT = 300

#: An item of a wire roundup opening on its dateline ("环亚社日内瓦8月9日电　…").
_WIRE_LEAD = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}社[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电")

__all__ = ["find_events", "infer_year", "resolve_dates", "DateRef"]


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
    latest_in: dict[str, str] = {}  # each year's latest article date
    for d in dates.values():
        if d and re.match(r"\d{4}-\d{2}", d) and d > latest_in.get(d[:4], ""):
            latest_in[d[:4]] = d
    raw: list[tuple[DateRef, bool, Sentence]] = []
    written_in: dict[tuple[str, str], list] = {}
    festival_in: set[str] = set()
    lost_month: list[tuple[re.Match, Sentence]] = []
    last_day: dict[tuple[str, str], DateRef] = {}  # the paragraph's last day, for 当晚 / 次日
    para_day: dict[str, tuple[int, DateRef]] = {}  # each article's last day given, and its paragraph
    stamps_in: dict[tuple[str, str], list[tuple[int, str]]] = {}  # a paragraph's time stamps
    pending: list = []  # a 当晚 whose paragraph gave no day
    base_starts: dict[int, list[int]] = {}  # where a sentence names a time only to compare with it
    hosted: set[tuple[str, int]] = set()  # a transcript's host turns: (article, paragraph index)
    headed: set[str] = set()  # articles whose first post header (its author and stamp) was read
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        if _FESTIVAL.search(s.simple):
            festival_in.add(s.article)
        if s.index != ROW_INDEX:
            by_article.setdefault(s.article, []).append(s)
    for art, ss in by_article.items():
        hosted |= {(art, p) for p in host_turns(ss)}
    # a compilation's items on a wire's dateline: a paragraph quoting that wire speaks from its day
    datelines = report_datelines(sentences, {a: infer_year(dates.get(a), years, published) for a in by_article})
    # a wire roundup (two items and more, each under its own dateline): an item's dateline dates its news
    roundups = {a for a, ss in by_article.items() if sum(1 for x in ss if x.start == 0 and _WIRE_LEAD.match(x.simple)) >= 2}
    for s in sentences:
        if len(re.findall(r"[\u4e00-\u9fff]", s.simple)) < 6 and s.index != ROW_INDEX \
                and len(_LATIN_WORD.findall(s.simple)) < 6:
            continue  # too short to say what happened (an English sentence of six words or more may)
        if garbled(s.simple):
            continue  # an OCR'd line ("SOIa慨芯版份开幅沒周註：…") dates nothing a reader can trust
        if s.index != ROW_INDEX and (is_caption(s.paragraph_simple) or is_furniture(s.paragraph_simple)
                                     or _EXHIBIT.match(s.simple) or date_list(s.simple)):
            continue  # a caption, a heading or a byline dates a picture, a section or the page, no event
        text = _URLISH.sub(lambda m: " " * len(m.group(0)), s.simple)  # dates inside links are no dates
        default = infer_year(dates.get(s.article), years, published)
        # an undated article was written about when the corpus's others were, in its year
        near = None if dates.get(s.article) else latest_in.get(str(default))
        written = _year_before(s, written_in)
        lost = LOST_MONTH.match(s.simple) if s.start == 0 else None
        if lost:  # "月15日正式对外公布": the OCR lost the month; the corpus may tell it (below)
            lost_month.append((lost, s))
        key = (s.article, s.paragraph)
        if key not in stamps_in:  # once per paragraph: where its time stamps start, and their days
            stamps_in[key] = [(m.start(), _stamp_day(m)) for m in _TIME_STAMP.finditer(s.paragraph_simple)]
        k = bisect.bisect_left(stamps_in[key], (s.start, ""))
        day = (days or {}).get(key)
        compared: list[DateRef] = []
        refs, said = _stamped_refs(text, stamps_in[key][k - 1][1] if k else day, dates.get(s.article), default,
                                   s.article in festival_in, written, near, compared)
        if compared:  # a time compared with ("较6月份"): no row, but its clause is not the date's
            base_starts[id(s)] = [r.start for r in compared]
        refs = _without_span_ends(refs, text, said(refs[0].start) if refs else None)
        ends = span_ends(refs, text)  # a finished span's end is a row only beside its start's row
        rowed: set[int] = set()
        # "1971年1月—1971年4月出生的职工": a span of births dates who, not what happened, from its start
        born = {ends[r.start] for r in refs if r.start in ends and birth_cohort(text, r.start, r.end)}
        # "昨天（9月13日）": the date in brackets after a relative word is the day meant, in the
        # relative word's year (counted from the article), not the year a plan before it names
        refs = [DateRef(r.start, r.end, refs[k - 1].date[:4] + r.date[4:], r.precision, r.inferred)
                if k and refs[k - 1].inferred and len(r.date) == len(refs[k - 1].date) == 10
                and r.date[:4] != refs[k - 1].date[:4] and _BRACKETED.match(text, refs[k - 1].end)
                and 0 <= r.start - refs[k - 1].end <= 2 and not re.search(r"\d{4}\s*年", text[r.start:r.end])
                else r for k, r in enumerate(refs)]
        # "昨日（4月2日）", "上周四（3月28日）": one date written twice is one date
        refs = [r for k, r in enumerate(refs)
                if not (k and refs[k - 1].date == r.date and 0 <= r.start - refs[k - 1].end <= 2)]
        refs = _without_vaguer(refs)
        if not refs and s.start == 0 and (s.article, s.paragraph) in entries and dates.get(s.article) \
                and len(dates[s.article]) == 10 and not _BACKGROUND.match(text):
            refs = [DateRef(0, 0, dates[s.article], "day", True)]  # a live blog's entry: that day's news
        elif day and (not refs or all(r.precision == "month" and r.date < day[:7] for r in refs)) and s.start == 0 \
                and not k and not _BACKGROUND.match(text) and not chatter(text) \
                and (_LABEL_AFTER.match(text) and reports_now(text) or reports_news(text)):
            # a message under its day's heading that reports a happening of that moment ("刚刚靠岸"),
            # or a news flash posted under its stamp ("港股急挫：恒指收跌9.41%"); one that only
            # chats, argues or jokes is no news of the day it was posted. A flash of an earlier
            # month's figure ("二月客流下跌12%") is news of its day too, beside that month's row
            refs = [DateRef(0, 0, day, "day", True)] + refs
        if refs and venue_business(text):
            continue  # "这个大家有空看看，有意见可以提，截止到本月底": the group's own business, no news
        before = last_day.get((s.article, s.paragraph))
        carried = False
        if before is None and s.start == 0 and _NEXT_DAY_OPENS.match(text):
            # "第二天，瑞幸官方宣布…" opening a paragraph reads on from the day the paragraph before
            # ended on (a narrative's next step), never from further back
            prev = para_day.get(s.article)
            before = prev[1] if prev and prev[0] == s.para_index - 1 else None
            carried = before is not None
        that_day, unanchored = _that_day(text, refs, before, carried)
        refs += that_day
        pending += [(s, text, m) for m in unanchored]
        for ref in refs:
            if ref.start in born or ref.start in ends and ends[ref.start] not in rowed:
                continue  # the start was no event (a schedule's birth cohort, a data note): nor its end
            if _CALENDAR_NOTE.match(text.strip()):
                continue  # "今天是农历腊月廿七，距离春节还有4天。": a greeting's calendar, nothing happened
            if (s.article, s.para_index) in hosted and not day and len(refs) == 1 \
                    and _TODAY.fullmatch(text[ref.start:ref.end]):  # (a chat's day heading: no broadcast)
                continue  # a host's "今天我们请到两位来宾", "今天非常谢谢…再见": the broadcast itself
            if _TODAY.fullmatch(text[ref.start:ref.end]) and (_OWN_TALK.match(text, ref.end) or _ROLL_CALL.search(
                    text[max(0, ref.start - 6):ref.start]) and re.match(r"[^，。；]{0,8}?的有[：:]", text[ref.end:])):
                continue  # "今天只讲一个人", "今天我们邀请到…", "出席今天发布会的有：": the piece itself, not the news
            if lead_time(text, ref.start, ref.end) or own_errand(text, ref.start, ref.end):
                continue  # "今天下单明天就到": a wait, any day; "我上周去杭州开会": the speaker's errand
            if (s.article, s.para_index) in stamped and not _TODAY_IS.search(text[max(0, ref.start - 4):ref.start]) \
                    and (_STAMP_AFTER.match(text, ref.end) or published_label(text, ref.start, ref.end)):
                continue  # the page's own date stamp ("2024-02-17 21:47发布于…"): when it was posted
            if _DATELINE.match(text, ref.end) and not (s.article in roundups and s.start == 0 and len(refs) == 1 and ref.start <= 16):
                continue  # "新华社北京3月30日电": the report's own date, not an event (unless, below, the lead's)
            # a roundup's item whose lead dates nothing itself ("环亚社日内瓦8月9日电　中国已就…提起诉讼") is
            # that day's news, as the dateline says; a single wire story's dateline is the report's date
            if header_stamp(text, ref.start, ref.end) and not ref.inferred:
                if s.article in stamps or s.article in headed or s.para_index > 3:
                    continue  # a reply's header ("#4 某某 2024-07-12 13:34"): when it was posted
                headed.add(s.article)  # the page's own post: the page's date
            if birth_cohort(text, ref.start, ref.end) or age_statement(text, ref.start, ref.end) or s.index == ROW_INDEX and opens_span(text, ref.end):
                continue  # "1965年1月出生的…", a schedule's period column: who, not what happened
            if comment_stamp(text, ref.start, ref.end):
                continue  # "武汉的小鹿（2024-07-26）：…": when a comment was posted, no event
            if post_stamp(text, ref.start, ref.end) or signature_date(text, ref.start, ref.end):
                continue  # "上午9:12 · 2024年7月16日 · 3.4万次查看", a letter's signed date: when it was written
            if not_an_event(text, ref.start, ref.end):
                continue  # a question, rhetoric or a hypothesis ("3月16日不行，那就12月16日")
            if lost and ref.start < lost.end():
                continue
            ref = _quoted_relative(ref, text, s, said(ref.start))
            if not day and said(ref.start) == dates.get(s.article):
                ref = from_report_day(ref, text, s, datelines.get(s.article, []), dates.get(s.article))
            # an undated article is read against when the corpus was written: a year before
            # that ("背景2011年3月11日…" after an infobox's "预计期间约30年") is no forecast
            written_at = said(ref.start)
            ahead = _is_forecast(ref, s.simple, written_at) and (
                bool(written_at) or not near or ref.date[:4] >= near[:4])
            raw.append((ref, ahead, s))
            rowed.add(ref.start)
            if ref.precision == "day":
                last_day[(s.article, s.paragraph)] = ref
                para_day[s.article] = (s.para_index, ref)
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
    for sid, starts in base_starts.items():  # a compared time ends the clause of the date before it
        if sid in raw_of:
            raw_of[sid] += starts
            dated_in[sid] += len(starts)
    for starts in raw_of.values():
        starts.sort()
    events: list[Event] = []
    vecs: list[dict] = []
    level = rare_level(weights)
    releases: list[frozenset] = []
    keys: list[frozenset] = []  # the names a release row is about (no generic topic words)
    prose: list[bool] = []  # not a table row
    members: list[list[tuple[int, Citation]]] = []
    para_at: list[int] = []  # each event's paragraph's position in its article
    by_date: dict[str, list[int]] = {}
    said: dict[tuple[str, str, str], dict] = {}  # what each (article, paragraph, date) says: its words
    counts: dict[tuple[str, str, str], set] = {}  # ...and its figures
    for ref, forecast, s in raw:
        starts = raw_of[id(s)]
        k = bisect.bisect_right(starts, ref.end)
        # the date before this one in the sentence, if any (a "3天后" reads on from it: its subject is there)
        j = bisect.bisect_left(starts, ref.start)
        linked = bool(_THAT_DAY.fullmatch(s.simple[ref.start:ref.end]))
        text = _event_text(s, ref, dated_in[id(s)] > 1, starts[k] if k < len(starts) else None,
                           starts[j - 1] if j > 0 and not linked else None)
        if len(text) > MAX_EVENT_TEXT:
            continue  # a run of comments or a paragraph never split into sentences: no row a reader can read
        # a sentence dating several things is compared by the clause of this date, not as a whole
        v = {t: weights.get(t, 1.0) for t in content_tokens(_simple_of(text, s))}
        said.setdefault((s.article, s.paragraph, ref.date), {}).update(v)
        counts.setdefault((s.article, s.paragraph, ref.date), set()).update(_numbers(_simple_of(text, s)))
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
            # a bilingual page's English paragraph beside its Chinese one: one event, told twice
            translated = e.article == s.article and abs(para_at[i] - s.para_index) <= 2 \
                and _in_latin(text) != _in_latin(e.text)
            if (sim >= 0.5 or sim >= loose and e.article != s.article or same_release or translated
                    or e.article != s.article and sim >= 0.2 and shared_rare(v, vecs[i], level) >= SHARED_RARE) \
                    and not different_titles(text, e.text):
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
            para_at.append(s.para_index)
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
    words = [_words(e, said) for e in events]
    figures = [set().union(*(counts.get((c.article, c.paragraph, e.date), set())
                             for c in (Citation(e.article, e.paragraph, e.text),) + e.also)) for e in events]
    events, words, kept = merge_retold(events, words, level, figures)  # one event retold in each outlet's words
    vecs, keys = [vecs[k] for k in kept], [keys[k] for k in kept]
    return most_reportorial(merge_acts(mark_disagreements(events, vecs, keys, words, level)))


_TODAY = re.compile(r"今天|今日|今晚|今早|今晨|今夜")
#: What a writer or a host does "today" in the piece itself: tells, answers, shows the reader.
_OWN_TALK = re.compile(r"\s*(?:我们?|咱们|小编|本期|本文|这期)?\s*(?:就|先|只|再|来|想|要|主要|很高兴|非常高兴)*\s*"
                       r"(?:讲讲?|聊聊?|说说|谈谈|分享|介绍|回答|解答|盘点|带大家|给大家|跟大家|和大家|用[^，。；]{1,12}(?:回答|说明|解释)|"
                       # a host's guests and roll call: "今天我们邀请到…", "出席今天发布会的有：…"
                       r"邀请到|请到|邀请了|请来|(?:的|发布会的|会议的|活动的)?(?:嘉宾|出席人员)?有[：:])")
#: Who attends the occasion itself, as its host lists them ("出席今天发布会的有：…").
_ROLL_CALL = re.compile(r"(?:出席|参加|参与|到场|莅临)\s*$")
#: A live blog's entry that recalls the past rather than reporting the day ("背景：…", "回顾：…").
_BACKGROUND = re.compile(r"\s*(?:背景|回顾|资料|链接|延伸阅读|相关阅读|编者按)\s*[：:]")
#: A sentence that only says what day it is, perhaps with a countdown: no event happened in it.
_CALENDAR_NOTE = re.compile(r"^(?:今天|今日)是[^，。；,;]{1,20}(?:[，,]\s*(?:距离?|离)[^，。；,;]{1,12}还有[^，。；,;]{1,6})?[。！!]?$")
#: A numbered exhibit's caption ("表1：部分房企境外债务处置进展（截至2024年1月30日）", "图2："): its
#: date is the data's cut-off, not an event.
_EXHIBIT = re.compile(r"^\s*(?:附表|图表|表|图)\s*[0-9一二三四五六七八九十]{1,3}\s*[：:．.、]")


def _without_vaguer(refs: list[DateRef]) -> list[DateRef]:
    """One sentence's dates without a vague or inferred one that a more precise date of the same
    sentence falls in ("今天是春节假期最后一天": 春节假期 is February, 今天 the 17th: one row, not two)."""
    return [r for r in refs
            if not ((r.inferred or r.precision in ("approximate", "week", "quarter"))
                    and any(o is not r and len(o.date) > len(r.date) and o.date.startswith(r.date) for o in refs))]


#: A number in a row's text that is no date ("20年", "1.4亿", "38%"; not "2月16日", "18:40"):
#: Arabic digits, with what magnifies or measures them.
_NUMBER = re.compile(r"(?<![\d.:：月A-Za-z])(\d+(?:\.\d+)?)\s*([万亿%倍]?)(?![\d.]|\s*(?:[月日号时点分秒:：]|个?月))")


def _numbers(simple: str) -> set[str]:
    """The figures a row gives, as ``figurekeys`` reads them ("一千台" → "1000"), and its other
    numbers that are not years ("从15年拉高到20年" → "15", "20")."""
    out = set(figure_keys(simple))
    for m in _NUMBER.finditer(simple):
        if not (len(m.group(1)) == 4 and m.group(1)[:2] in ("19", "20") and not m.group(2)):
            out.add(m.group(1) + m.group(2))
    return out


def _words(e: Event, said: dict) -> dict:
    """Every word an entry's sources say of it, its lead's and each other outlet's."""
    out: dict = {}
    for art, para in [(e.article, e.paragraph)] + [(c.article, c.paragraph) for c in e.also]:
        out.update(said.get((art, para, e.date), {}))
    return out


_BRACKETED = re.compile(r"\s*[（(]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: A paragraph opening on the day after ("第二天，", "次日，", "翌日上午，") or the same day ("同一天，",
#: "当天，"): the narrative's next day, or the day the paragraph before ended on.
_NEXT_DAY_OPENS = re.compile(r"\s*(?:第二天|次日|翌日|同一天|同日|当天|当日)(?:[上下]午|早上|晚上|一早)?\s*[，,]")


def _in_latin(text: str) -> bool:
    """A row written in a Latin script (an English sentence), not in Chinese."""
    return len(re.findall(r"[\u4e00-\u9fff]", text)) < 6 and len(_LATIN_WORD.findall(text)) >= 6
_URLISH = re.compile(r"<[^<>]{0,400}>|!\[[^\]]*\]\([^)]*\)|https?://\S+|www\.\S+")


_SAYING = re.compile(r"表示|称|说|认为|指出|介绍|提问|回应|透露|分析")


def _dates_the_release(simple: str, ref: DateRef) -> bool:
    """The date is the release's own ("春节期间，OpenAI发布Sora", "Sora：推出时间 2024年2月"), not
    the date of a statement that mentions it ("2月21日，中文在线表示，Sora是OpenAI发布的…")."""
    after = re.search(r"诞生|发布|推出|问世|亮相|上线|横空出世|面世", simple[ref.end:ref.end + 60])
    if after:
        return not _SAYING.search(simple[ref.end:ref.end + after.start()])
    before = simple[max(0, ref.start - 30):ref.start]
    return bool(re.search(r"诞生|发布|推出|问世|亮相|上线|面世", before)) and not _SAYING.search(before)
