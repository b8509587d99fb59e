"""One point per claim when the briefing is full (issue 13, property 3, and the points cap).

Phenomenon: when the briefing holds more points than it may show, two outlets stating one claim
(the same subject, effect and figures, filed under two categories of one kind) cost a second
entry and push out a claim only one point carries. The cap merges such points first and never
drops a claim's only point while another claim's duplicate stays.
Written for the test on stories unlike the corpora (a bus-fare rise, a museum closed for works, a
typhoon at a fishing port), in a wire dispatch, a traditional-script e-mail, a forum post and a
press release.
"""

from __future__ import annotations

import pytest

from generator.analyse import _cap, _strength
from generator.analyse.capmerge import duplicates, members_of, merge_when_full
from generator.analyse.claims import Candidate
from generator.analyse.grouping import _vectors
from generator.analyse.model import Citation, Point
from generator.analyse.rarewords import repeated_rare, word_spread
from generator.analyse.text import Sentence, content_tokens, idf, to_simplified

#: (form, outlet a's sentence, outlet b's sentence with its script, kind, categories of a and b):
#: one claim in two outlets' words, filed under two categories of one kind.
SAME = {
    "wire-and-email": ("电讯：本市公交票价周一起由2元上调至3元，通勤族每月交通支出将增加约60元。",
                       ("郵件：車票從2元漲到3元以後，上班族每個月的交通支出要多花60元左右。", "zh-Hant"),
                       "impact", ("cost", "household")),
    "forum-and-release": ("论坛楼主：博物馆闭馆装修两年，周边小吃街的客流已经少了一半。",
                          ("通讯稿：受博物馆闭馆装修影响，周边商铺客流减少近一半，部分店铺考虑搬迁。", "zh-Hans"),
                          "limit", ("business", "tourism")),
    "report-and-notice": ("渔港台风过后，约三百艘渔船受损，渔民估计休渔要延长一个月。",
                          ("台风造成渔港三百艘渔船受损，休渔期预计延长一个月，渔民收入受影响。", "zh-Hans"),
                          "limit", ("damage", "income")),
}

#: A claim of its own, one source (the museum's online tours): no other point states it.
ALONE = "馆方表示，闭馆期间将每周推出两场线上导览直播。"

FILLER = ["市中心有三条主要公交线路。", "公交公司成立于一九八零年。", "车站周末人流较多。",
          "市民可以用手机扫码乘车。", "老城区道路较窄。", "地铁二号线正在建设。"]


def _cand(article, text, kind, category, score, script="zh-Hans", para="p1"):
    simple = to_simplified(text, script)
    return Candidate(Sentence(article, para, 0, 0, 0, text, simple, simple, simple), category, kind, score, ())


def _prepared(cands):
    corpus = cands + [_cand(f"x{i}", t, "impact", "cost", 1.0) for i, t in enumerate(FILLER)]
    weights = idf([content_tokens(c.sentence.simple) for c in corpus])
    _vectors(cands, weights, frozenset(), repeated_rare(word_spread([c.sentence for c in corpus])))
    return cands


def _point(c: Candidate, pid: str) -> Point:
    return Point(id=pid, kind=c.kind, category=c.category, statement=c.sentence.simple,
                 citations=(Citation(c.sentence.article, c.sentence.paragraph, c.sentence.original),),
                 score=c.score)


def _pair(form):
    a, (b, script), kind, (cat_a, cat_b) = SAME[form]
    cands = _prepared([_cand("a", a, kind, cat_a, 5.0), _cand("b", b, kind, cat_b, 4.0, script)])
    points = [_point(c, f"pt-{c.category}-{c.sentence.article}") for c in cands]
    return cands, points


@pytest.mark.parametrize("form", sorted(SAME))
def test_a_full_briefing_shows_one_claim_once_citing_both_outlets(form):
    cands, points = _pair(form)
    members = members_of(points, [[c] for c in cands])
    merged = merge_when_full(points, 1, members, _strength)
    assert len(merged) == 1
    assert set(merged[0].articles) == {"a", "b"}
    assert merged[0].statement == points[0].statement, "the stronger point keeps its statement"


@pytest.mark.parametrize("form", sorted(SAME))
def test_a_briefing_with_room_merges_nothing(form):
    cands, points = _pair(form)
    assert merge_when_full(points, 2, members_of(points, [[c] for c in cands]), _strength) == points


@pytest.mark.parametrize("a,b", [
    # one figure, opposite directions
    ("公交票价上调至3元后，早高峰客流下降了一成。", "票价涨到3元后，早高峰客流不降反升，增加了一成。"),
    # one place, one denies what the other states
    ("博物馆闭馆装修后，周边商铺客流减少近一半。", "博物馆闭馆装修并没有让周边商铺客流减少，周末依旧排队。"),
    # one typhoon, two different things damaged
    ("台风过后渔港三百艘渔船受损。", "台风过后渔港附近三百亩养殖网箱被冲毁。"),
])
def test_two_claims_sharing_a_subject_are_not_merged_when_full(a, b):
    cands = _prepared([_cand("a", a, "limit", "damage", 5.0), _cand("b", b, "limit", "income", 4.0)])
    points = [_point(c, f"pt-{c.sentence.article}") for c in cands]
    assert len(merge_when_full(points, 1, members_of(points, [[c] for c in cands]), _strength)) == 2


def test_the_cap_drops_a_duplicate_before_a_claims_only_point():
    # three points for two claims and room for two: the claim only one outlet makes stays, and the
    # duplicated claim is shown once, with both outlets' sources
    a, (b, script), kind, (cat_a, cat_b) = SAME["forum-and-release"]
    cands = _prepared([_cand("a", a, kind, cat_a, 5.0), _cand("b", b, kind, cat_b, 4.0, script),
                       _cand("c", ALONE, kind, "scope", 1.0)])
    points = [_point(c, f"pt-{c.sentence.article}") for c in cands]
    members = members_of(points, [[c] for c in cands])
    kept = _cap(points, 2, members)
    assert {p.id for p in kept} == {"pt-a", "pt-c"}
    assert set(next(p for p in kept if p.id == "pt-a").articles) == {"a", "b"}


def test_a_contentions_side_is_never_merged_away():
    a, (b, script), kind, (cat_a, cat_b) = SAME["wire-and-email"]
    cands = _prepared([_cand("a", a, kind, cat_a, 5.0), _cand("b", b, kind, cat_b, 4.0, script)])
    points = [_point(c, f"pt-{c.sentence.article}") for c in cands]
    members = members_of(points, [[c] for c in cands])
    merged = merge_when_full(points, 1, members, _strength, frozenset({"pt-b"}))
    assert [p.id for p in merged] == ["pt-b"] and set(merged[0].articles) == {"a", "b"}


def test_a_statement_another_point_states_is_a_duplicate_and_the_stronger_is_not():
    a, (b, script), kind, (cat_a, cat_b) = SAME["report-and-notice"]
    cands = _prepared([_cand("a", a, kind, cat_a, 5.0), _cand("b", b, kind, cat_b, 4.0, script),
                       _cand("c", ALONE, kind, "scope", 3.0)])
    points = [_point(c, f"pt-{c.sentence.article}") for c in cands]
    assert duplicates(points, members_of(points, [[c] for c in cands]), _strength) == {"pt-b"}
