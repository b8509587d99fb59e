"""Dates written in English are read like Chinese ones, on articles written for these tests (an
English-only wire on a canal, a bilingual 双语 page on a volcano, a foreign-press compilation on a
marathon; topics no corpus has):

* "on August 24", "Sept. 3, 2031", "24 August", "in early September", "in 2029" are dates ("late
  August" the month's end, as 8月底; an embedded post's "(@handle) March 16, 2031" no event); a month
  without a year is the article's (the year before's when it would fall months after it); a bare
  month or year is one only after a preposition ("August Rush", "2022 tonnes" are not);
* an English sentence is a timeline row like a Chinese one;
* on a bilingual page, the English paragraph beside its Chinese one is the same event: one entry
  citing both, not two.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _dates(text: str, article: str) -> list[tuple[str, str, str]]:
    return [(r.date, r.precision, text[r.start:r.end]) for r in resolve_dates(text, article, int(article[:4]))]


def test_english_dates_are_read():
    got = _dates("The canal authority said on Sept. 3 that traffic resumed, after a closure that began on "
                 "24 August and fees set in 2029.", "2031-09-10")
    assert got == [("2031-09-03", "day", "Sept. 3"), ("2031-08-24", "day", "24 August"), ("2029", "year", "in 2029")]
    assert _dates("Dredging will finish in early November.", "2031-09-10") == \
        [("2031-11-05", "approximate", "in early November")]
    # a December day in a January article is last year's
    assert _dates("Ships queued from December 28 onwards.", "2032-01-04")[0][0] == "2031-12-28"
    # an embedded post's stamp after its handle is when it was posted
    assert _dates("Great launch today — Ann Lee (@annlee) March 16, 2031", "2031-03-17") == []
    # no date: a film's name, a figure, the modal verb
    assert _dates("August Rush was shown to 2022 passengers, who may 5 times ask.", "2031-09-10") == []


def test_an_english_wire_is_a_timeline():
    wire = _article("canal", "Canal reopens after landslide\n\n"
                             "PANAMA CITY — The canal authority said the waterway reopened to ships on September 3 "
                             "after a landslide blocked the channel for nine days.\n\n"
                             "Shipping lines had rerouted about 40 vessels since late August, the authority said.\n\n"
                             "Pilots at the Pacific entrance described long queues. \"We have never seen the anchorage so "
                             "full, and some captains waited more than a week for a slot,\" one pilot said. The authority "
                             "raised the daily transit quota to 32 ships on September 4, its highest level this year, and "
                             "said it would review fees for vessels that had been delayed by the closure in the coming "
                             "weeks once traffic had returned to normal.",
                    date="2031-09-05", script="en")
    an = _run(wire)
    rows = {(e.date, e.precision) for e in an.events}
    assert ("2031-09-03", "day") in rows, an.events
    assert ("2031-08-31", "approximate") in rows, an.events  # "late August": the month's end, as 8月底
    assert not any(e.forecast for e in an.events)
    # a long English paragraph: the row is the date's own sentence, not the paragraph
    quota = [e for e in an.events if e.date == "2031-09-04"]
    assert len(quota) == 1 and quota[0].text.startswith("The authority raised") \
        and quota[0].text.endswith("its highest level this year, and said it would review fees for vessels that had "
                                   "been delayed by the closure in the coming weeks once traffic had returned to normal."), an.events


def test_an_english_plan_is_a_forecast():
    wire = _article("ferry", "Ferry service\n\n"
                             "The operator said the new ferry will enter service in September, "
                             "after sea trials that ended on August 2.", date="2031-09-01", script="en")
    an = _run(wire)
    marked = {e.date: e.forecast for e in an.events}
    assert marked.get("2031-09") is True and marked.get("2031-08-02") is False, an.events


def test_a_bilingual_page_gives_one_entry_per_event():
    page = _article("volcano", "双语阅读｜火山喷发后的小岛\n\n"
                               "岛上的火山于7月14日喷发，数百名居民连夜撤离。\n\n"
                               "The island's volcano erupted on July 14, and hundreds of residents fled overnight.\n\n"
                               "当地政府8月初宣布重建计划。\n\n"
                               "The local government announced a rebuilding plan in early August.",
                    date="2031-08-20")
    an = _run(page)
    eruption = [e for e in an.events if e.date == "2031-07-14"]
    assert len(eruption) == 1, an.events  # one event, the Chinese paragraph and its English one
    assert {c.paragraph for c in eruption[0].also} == {"p3"} and eruption[0].paragraph == "p2"
    plan = [e for e in an.events if e.date == "2031-08-05"]
    assert len(plan) == 1 and len(plan[0].also) == 1, an.events


def test_a_compilation_quoting_english_press():
    page = _article("run", "外媒看城市马拉松\n\n"
                           "《纽约时报》报道：\n\n"
                           "The city marathon drew 30,000 runners on October 12, its largest field since 2019, "
                           "organisers said.\n\n"
                           "本地媒体则关注赛后交通管制引发的抱怨。", date="2031-10-15")
    an = _run(page)
    assert "2031-10-12" in {e.date for e in an.events}, an.events
    assert "2019" not in {e.date for e in an.events}  # "since 2019" compares with the year: no row of it
