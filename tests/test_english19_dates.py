"""English weekdays resolved against the article's date, and an English article's digest summary
(issues 13/14). The stories are invented (a river city's electric ferries, a mountain railway's
timetable); none is a topic of the development corpora."""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from generator.analyse.englishdates import english_weekdays
from generator.analyse.englishdigest import english_summary
from generator.analyse.text import sentences_of, to_simplified
from tests import contendkit
from tests.test_english19_claims import WIRE


def _dates(text, article_date="2026-05-01"):  # 2026-05-01 is a Friday
    return [(text[r.start:r.end], r.date) for r in resolve_dates(text, article_date)]


def test_a_weekday_after_a_preposition_is_the_latest_one_on_or_before_the_article_date():
    assert ("Friday", "2026-05-01") in _dates("The operator said on Friday that fares would fall.")
    assert ("Tuesday", "2026-04-28") in _dates("The new boats went into service on Tuesday.")
    assert ("Wednesday morning", "2026-04-29") in _dates("The railway on Wednesday morning cancelled six trains.")
    # "last Friday" is never the article's own day; a sentence looking ahead dates the next one
    assert ("last Friday", "2026-04-24") in _dates("Ridership fell sharply last Friday, the agency said.")
    assert ("Monday", "2026-05-04") in _dates("The second route will open on Monday, the operator said.")


def test_no_weekday_is_dated_without_the_article_day_nor_inside_a_name():
    assert english_weekdays("The strike began on Tuesday.", 2026, 5, None) == []
    assert not [d for t, d in _dates("Shops were crowded on Black Friday and Good Friday.") if "Friday" in t]
    assert not _dates("The team meets every Tuesday.")


def test_an_english_article_has_a_summary_of_its_lead_and_its_claims():
    art = contendkit.article("a", "Riverline's electric ferries cut fuel costs", WIRE, outlet="Wirewatch")
    sents = sentences_of(art, lambda t: to_simplified(t, "zh-Hans"))
    summary = english_summary(sents)
    assert summary and summary[0].role == "thesis"
    # the lead, less its dateline, verbatim
    assert summary[0].text.startswith("Riverline's switch to electric ferries has cut fuel costs")
    assert 2 <= len(summary) <= 4 and all(s.text in WIRE for s in summary)
    # no furniture: a currency note, a sub-head
    assert not any("0.92 euros" in s.text or "FLEET UPGRADE" in s.text for s in summary)
    # a Chinese article is left to the summariser: nothing here
    zh = contendkit.article("b", "渡轮", "电动渡轮上线后，燃油成本下降了四成。")
    assert english_summary(sentences_of(zh, lambda t: to_simplified(t, "zh-Hans"))) == []


def test_english_figures_carry_their_scale_currency_and_what_they_count():
    from generator.analyse.englishfigures import english_figures

    text = ("The orchard sold more than 2.5 million boxes of apples last season, and the new packing line cost "
            "480 yuan ($67.20) per tonne to run. Water use fell 18% after the switch. The first trees took the growers "
            "nine years to mature, and a Model 3 truck hauls the crates.")
    art = contendkit.article("o", "Orchard", text, outlet="Farmwire")
    figs = english_figures(sentences_of(art, lambda t: to_simplified(t, "zh-Hans")))
    by_value = {f.value: f for f in figs}
    assert by_value["more than 2.5 million"].number == 2.5e6 and by_value["more than 2.5 million"].what == "boxes"
    assert by_value["more than 2.5 million"].approximate
    assert by_value["480 yuan"].kind == "money" and by_value["$67.20"].kind == "money"
    assert by_value["18%"].kind == "percent" and "Water use fell" in by_value["18%"].what
    assert by_value["nine years"].kind == "duration"
    # a model's number is no figure
    assert not [f for f in figs if f.value == "3"]
