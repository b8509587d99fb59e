"""A shop named after its keeper or its brand is an organisation, not a person, on synthetic
articles written for these tests (a newspaper feature, a Taiwan page in traditional script, a
vlog's subtitles; no corpus's wording): a name every mention of which names a shop ("…豆花店前",
"这家…面馆") is the shop's. Someone a verb of saying or a title names stays a person."""

from __future__ import annotations

from tests.test_index import _article, _run


def _kinds(*articles):
    return {e.name: e.kind for e in _run(*articles).entities}


def test_a_name_that_only_names_a_shop_is_an_organisation():
    page = _article("tw", "遊客在黃德記豆花店前排起長隊。", script="zh-Hant", date="2031-01-10")
    assert _kinds(page).get("黄德记") == "org", _kinds(page)
    vlog = _article("vlog", "我们现在到了 就是这家马俊明面馆 排队排了一个小时", date="2031-01-10")
    assert _kinds(vlog).get("马俊明") == "org", _kinds(vlog)


def test_a_person_named_beside_a_shop_and_saying_something_stays_a_person():
    feature = _article("paper", "“今年生意好多了。”马俊明说。\n\n他在老街开了一家面馆，游客在马俊明面馆前排起长队。",
                       date="2031-01-10")
    kinds = _kinds(feature)
    assert kinds.get("马俊明") == "person", kinds
