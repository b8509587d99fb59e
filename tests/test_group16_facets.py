"""Facets of one claim across outlets make one point (issue 13, property 3).

Phenomenon: outlets state that a measure only buys time or eases a problem without solving it in
words that share almost nothing ("只是为…争取时间" / "只能算是止血，不是治本" / "只是权宜之计" / "治标不
治本"): the shared structure (a remedy called a stopgap, "stopgap" facet) ties them, whichever
category each was filed under; a sentence saying the measure solves the problem is no such facet.
Written for the test on stories unlike the corpora (a city's odd-even driving ban, a fishing
moratorium, a water-price rise), in a news report, a forum reply, a meeting's minutes and a
traditional-script Facebook comment.
"""

from __future__ import annotations

import pytest

from generator.analyse.claimfacets import _facets
from generator.analyse.text import to_simplified
from tests.test_group14_oneword import _cand, _groups

STOPGAPS = {
    "report": ("交通专家指出，单双号限行只是为城市交通争取时间，拥堵的根源在于公共交通供给不足。", "zh-Hans", "scope"),
    "forum": ("楼主：限行这招说白了只能算是止血，不是治本，车还是越来越多。", "zh-Hans", "quality"),
    "minutes": ("与会代表认为，限行措施只是权宜之计，必须同步扩建地铁和公交专用道。", "zh-Hans", "relief"),
    "traditional": ("單雙號限行治標不治本，塞車問題過兩年還是會回來。", "zh-Hant", "quality"),
}


@pytest.mark.parametrize("form", sorted(STOPGAPS))
def test_a_measure_called_a_stopgap_is_the_stopgap_facet(form):
    text, script, _ = STOPGAPS[form]
    assert "stopgap" in _facets(to_simplified(text, script))


@pytest.mark.parametrize("text", ["休渔期结束后，近海鱼群数量明显回升，渔民收入增加了三成。",
                                  "水价上调以后，全市居民用水量下降了一成。",
                                  "限行以后，早高峰主干道的平均车速提高了两成。"])
def test_a_measure_said_to_work_is_no_stopgap(text):
    assert "stopgap" not in _facets(text)


def test_outlets_calling_one_measure_a_stopgap_make_one_claim_across_categories():
    cands = [_cand(form, text, kind="limit", category=cat, score=5.0 - i, script=script)
             for i, (form, (text, script, cat)) in enumerate(sorted(STOPGAPS.items()))]
    groups = _groups(cands, frozenset({"限行"}))
    assert len(groups) <= 2 and max(len(g) for g in groups) >= 3


def test_a_stopgap_of_one_measure_and_a_success_of_another_stay_apart():
    cands = [_cand("a", STOPGAPS["report"][0], kind="limit", category="scope", score=5.0),
             _cand("b", "水价上调以后，全市居民用水量下降了一成，节水效果明显。", kind="impact", category="scope", score=4.0)]
    assert _groups(cands, frozenset({"限行"})) == [["a"], ["b"]]
