"""One point per claim, never one point per shared word (issue 13, properties 3, 5 and 8).

Phenomena, each tested on sentences written for the test (invented stories unlike the corpora:
a city library's new opening hours, a ferry company's timetable, a ski resort's season) and in
several forms (news report, forum post, press-conference transcript, official notice,
traditional-script report):

* two outlets' sentences tied by one shared word ("负担", whoever bears it) and little wording
  state two claims;
* two outlets stating one fact in nearly the same words make one claim even when one sentence
  was filed as an impact and the other as a limit;
* a restriction of the past that the sentence says the news lifted ("过去只能…，有了…") is an
  effect, not a limit;
* the general categories fit any topic: no category named for one kind of product, and words of
  any story ("限制", "长期", "视频") do not place a sentence in censorship, science or capability.
"""

from __future__ import annotations

import pytest

from generator.analyse.claims import Candidate
from generator.analyse.general import GENERAL_CATEGORIES, restricts
from generator.analyse.grouping import _vectors, cluster, link, one_word
from generator.analyse.text import Sentence, content_tokens, idf, to_simplified

#: The rest of a corpus: the topic's words ("图书馆", "轮渡") are in many of its sentences.
FILLER = ["图书馆位于市中心。", "图书馆藏书约两百万册。", "读者可以在线预约图书馆座位。", "图书馆周末常有讲座。",
          "轮渡码头在老城区。", "轮渡每半小时一班。", "雪场今年新增两条缆车。", "游客可在官网购票。",
          "图书馆馆长姓陈。", "轮渡公司成立于1990年。"]


def _cand(article, text, kind="limit", category="cost", score=4.0, script="zh-Hans"):
    simple = to_simplified(text, script)
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, simple, simple, simple), category, kind, score, ())


def _groups(cands, topic=frozenset(), rare=None):
    corpus = cands + [_cand(f"x{i}", t) for i, t in enumerate(FILLER)]
    weights = idf([content_tokens(c.sentence.simple) for c in corpus])
    return [sorted(c.sentence.article for c in g) for g in cluster(cands, weights, topic, None, rare)]


#: (form, sentence of outlet a, sentence of outlet b, script of b): one word ("负担") said of two
#: different bearers.
BURDENS = {
    "report-and-forum": ("图书馆延长夜间开放后，馆员轮班的负担明显加重。",
                         "楼主：孩子天天去图书馆自习，家里接送的负担也不小。", "zh-Hans"),
    "transcript": ("记者：延长开放对馆员有什么影响？馆长：夜班多了，馆员的负担确实加重了。",
                   "有家长在论坛上说，每晚去接孩子，给家庭增加了不少负担。", "zh-Hans"),
    "traditional": ("圖書館延長夜間開放後，館員輪班的負擔明顯加重。",
                    "有家長在論壇上說，每晚去接孩子，給家庭增加了不少負擔。", "zh-Hant"),
}


@pytest.mark.parametrize("form", sorted(BURDENS))
def test_one_shared_word_said_of_two_bearers_is_two_claims(form):
    a, b, script = BURDENS[form]
    cands = [_cand("a", a, score=5.0), _cand("b", b, score=4.0, script=script)]
    groups = _groups(cands, frozenset({"图书馆"}))
    assert ["a"] in groups and ["b"] in groups, groups


def test_the_same_burden_in_two_outlets_words_is_still_one_claim():
    # the same bearer and the same cause, in two outlets' words: one claim (the guard is on one
    # word alone, not on the shared claim)
    cands = [_cand("a", "图书馆延长夜间开放后，馆员轮班的负担明显加重，不少馆员每周要上三个夜班。", score=5.0),
             _cand("b", "延长夜间开放让馆员轮班负担加重，有馆员每周要上三个夜班。", score=4.0)]
    assert _groups(cands, frozenset({"图书馆"})) == [["a", "b"]]


def test_one_word_tells_a_lone_word_from_a_shared_claim():
    a = _cand("a", "图书馆延长夜间开放后，馆员轮班的负担明显加重。")
    b = _cand("b", "有家长在论坛上说，每晚去接孩子，给家庭增加了不少负担。")
    c = _cand("c", "延长夜间开放让馆员轮班负担加重，有馆员每周要上三个夜班。")
    corpus = [a, b, c] + [_cand(f"x{i}", t) for i, t in enumerate(FILLER)]
    _vectors([a, b, c], idf([content_tokens(x.sentence.simple) for x in corpus]), frozenset({"图书馆"}))
    assert one_word(a, b) and not one_word(a, c)
    assert link(a, b) < link(a, c)


#: One fact, two outlets, nearly the same words; one filed as a limit, the other as an impact.
REWORDINGS = {
    "notice-and-report": ("轮渡公司公告：本季度船票价格不作调整，仍为每人12元。",
                          "对于市民关心的票价问题，轮渡公司表示，本季度船票价格不作调整。", "zh-Hans"),
    "transcript": ("主持人：票价会涨吗？轮渡公司经理：本季度船票价格不作调整，仍为每人12元。",
                   "轮渡公司表示，本季度船票价格不作调整。", "zh-Hans"),
    "traditional": ("輪渡公司公告：本季度船票價格不作調整，仍為每人12元。",
                    "對於市民關心的票價問題，輪渡公司表示，本季度船票價格不作調整。", "zh-Hant"),
}


@pytest.mark.parametrize("form", sorted(REWORDINGS))
def test_a_near_rewording_filed_under_two_kinds_is_one_claim(form):
    a, b, script = REWORDINGS[form]
    sa = "zh-Hant" if form == "traditional" else "zh-Hans"
    cands = [_cand("a", a, kind="impact", category="event", score=5.0, script=sa),
             _cand("b", b, kind="limit", category="scope", score=3.0, script=script)]
    # (in a real corpus most of these words are in other sentences too: one rare word is shared)
    assert _groups(cands, frozenset({"轮渡"}), lambda t: t == "船票") == [["a", "b"]]


def test_a_fact_and_its_denial_stay_apart_across_kinds():
    # nearly the same words, but one says the fare will not change and the other that it cannot
    # stay: not a rewording (a denial word on one side only)
    cands = [_cand("a", "轮渡公司表示，本季度船票价格将上调，每人涨到15元。", kind="impact", category="event", score=5.0),
             _cand("b", "轮渡公司表示，本季度船票价格无法维持，将上调到每人15元。", kind="limit", category="scope",
                   score=3.0)]
    assert len(_groups(cands, frozenset({"轮渡"}), lambda t: t == "船票")) == 2


@pytest.mark.parametrize("text", [
    "过去市民只能在两家轮渡公司之间选，有了新航线，票价谈判时腰杆就硬了。",       # news report
    "楼主：以前只能排队买纸质船票，如今手机上就能买。",                           # forum post
    "答：过去雪场仅限周末开放，现在工作日也能滑雪了。",                           # transcript
    "過去市民只能在兩家輪渡公司之間選，有了新航線，議價能力就強了。",             # traditional script
])
def test_a_restriction_the_news_lifted_is_no_limit(text):
    assert not restricts(to_simplified(text, "zh-Hant"))


@pytest.mark.parametrize("text", [
    "现在一年只能开放三个月，要做到全年开放还需数年。",
    "过去只能在两家公司之间选，这种局面短期内难以改变。",
    "新规只针对夜间航班。",
])
def test_a_restriction_that_stands_is_a_limit(text):
    assert restricts(text)


def test_general_category_labels_name_no_one_kind_of_product():
    labels = {cid: label for cid, _, label, _, _ in GENERAL_CATEGORIES}
    assert "产品" not in labels["capability"], labels["capability"]
    cues = {cid: set(c) | set(s) for cid, _, _, c, s in GENERAL_CATEGORIES}
    assert "视频" not in cues["capability"]  # a video anyone posts is no capability
    assert not {"限制", "禁止"} & cues["censorship"]  # a drug's restricted use is no censorship
    assert not {"长期", "争议", "评估", "数据"} & cues["science"]  # a long-term bet, a row, a figure


def _topic_tax(tmp_path, label, *terms):
    from generator.analyse.taxonomy import load_taxonomy

    path = tmp_path / "taxonomy.yml"
    path.write_text(f"topic:\n  label: {label}\n  terms: [{', '.join((label,) + terms)}]\n", encoding="utf-8")
    return load_taxonomy(path)


@pytest.mark.parametrize("text, wrong", [
    ("医生说，一旦第一线药物无效，就得改用另一类药，但这类药用在老人身上各有限制。", "censorship"),
    ("这次合作真正的收益在于触达了上千万年轻游客，这是一笔很难用报表衡量的长期投资。", "science"),
    ("一名游客在网上发布雪场缆车停摆的视频，随后迅速发酵。", "capability"),
])
def test_words_of_any_story_do_not_place_a_sentence_in_a_topic_category(tmp_path, text, wrong):
    from generator.analyse.claims import classify

    tax = _topic_tax(tmp_path, "雪场", "滑雪")
    got = classify(text, tax)
    assert got is None or got[0].category.id != wrong, got[0].category.id


#: Two outlets' near rewordings of one claim, each first placed with another, merely related claim
#: (a list of agencies' offers; hotel demand): (form, the second outlet's sentence, its script).
TURNING_POINT = {
    "report": ("旅游研究院认为，今年雪季是滑雪产业发展进程中的转折点，冰雪旅游将加速普及，酒店需求将持续增长。", "zh-Hans"),
    "transcript": ("主持人：怎么看今年雪季？研究员：今年雪季是滑雪产业发展进程中的转折点，冰雪旅游将加速普及。", "zh-Hans"),
    "traditional": ("旅遊研究院認為，今年雪季是滑雪產業發展進程中的轉折點，冰雪旅遊將加速普及，酒店需求將持續增長。", "zh-Hant"),
}


@pytest.mark.parametrize("form", sorted(TURNING_POINT))
def test_two_outlets_rewordings_placed_with_other_claims_make_their_own(form):
    from generator.analyse.regroup import pair_rewordings

    text, script = TURNING_POINT[form]
    seed1 = _cand("a", "多家旅行社在推介会上纷纷推出雪场冬季套餐，并顺势推荐周边酒店。", "impact", "business", 7.0)
    m1 = _cand("b", "短短一周内，五家旅行社在推介会上均表示，今年雪季是滑雪产业发展进程中的转折点，冰雪旅游将加速普及。",
               "impact", "business", 5.0)
    seed2 = _cand("c", "冰雪旅游的升温，已经推动周边酒店需求暴涨。", "impact", "demand", 3.0)
    m2 = _cand("d", text, "impact", "demand", 4.0, script)
    cands = [seed1, m1, seed2, m2]
    corpus = cands + [_cand(f"x{i}", t) for i, t in enumerate(FILLER)]
    _vectors(cands, idf([content_tokens(x.sentence.simple) for x in corpus]), frozenset({"雪场"}))
    groups = [[seed1, m1], [seed2, m2]]
    pair_rewordings(groups)
    assert [[c.sentence.article for c in g] for g in groups] == [["a"], ["c"], ["b", "d"]]


def test_members_of_two_claims_that_merely_share_words_stay_put():
    from generator.analyse.regroup import pair_rewordings

    seed1 = _cand("a", "多家旅行社在推介会上纷纷推出雪场冬季套餐，并顺势推荐周边酒店。", "impact", "business", 7.0)
    m1 = _cand("b", "五家旅行社在推介会上推出了雪场冬季套餐，价格比去年低两成。", "impact", "business", 5.0)
    seed2 = _cand("c", "冰雪旅游的升温，已经推动周边酒店需求暴涨。", "impact", "demand", 3.0)
    m2 = _cand("d", "冰雪旅游升温后，雪场周边酒店的房价上涨了三成。", "impact", "demand", 4.0)
    cands = [seed1, m1, seed2, m2]
    corpus = cands + [_cand(f"x{i}", t) for i, t in enumerate(FILLER)]
    _vectors(cands, idf([content_tokens(x.sentence.simple) for x in corpus]), frozenset({"雪场"}))
    groups = [[seed1, m1], [seed2, m2]]
    pair_rewordings(groups)
    assert [[c.sentence.article for c in g] for g in groups] == [["a", "b"], ["c", "d"]]


@pytest.mark.parametrize("line, rest", [
    ("【市交通局副局长王某】全市共有轮渡航线12条。", "全市共有轮渡航线12条。"),          # live text
    ("【主持人】请介绍一下雪场的开放安排。", "请介绍一下雪场的开放安排。"),              # minutes
    ("【館長陳某】本館將延長夜間開放時間。", "本館將延長夜間開放時間。"),               # traditional script
    ("【轮渡公司推出夜航】轮渡公司今日宣布开通夜航。", "【轮渡公司推出夜航】轮渡公司今日宣布开通夜航。"),  # a headline
    ("【某证券：雪场客流有望翻倍】某证券认为…", "【某证券：雪场客流有望翻倍】某证券认为…"),
])
def test_a_speakers_label_is_no_part_of_what_a_line_claims(line, rest):
    from generator.analyse.grouping import claimed

    # (sentences are compared in simplified script)
    assert claimed(to_simplified(line, "zh-Hant")) == to_simplified(rest, "zh-Hant")


def test_two_lines_of_one_speaker_are_not_one_claim_for_sharing_the_label():
    label = "【市交通局副局长王某】"
    a = _cand("a", label + "本季度船票价格不作调整，仍为每人12元。", "impact", "event", 5.0)
    b = _cand("a", label + "全市共有轮渡航线12条，日均客流约3万人次。", "impact", "event", 4.0)
    assert len(_groups([a, b], frozenset({"轮渡"}), lambda t: False)) == 2


@pytest.mark.parametrize("statement, quote, same", [
    # two outlets a day apart on one announcement (report / traditional-script report / notice)
    ("轮渡公司于3月14日举行记者会，宣布暂停夜航。", "3月15日，轮渡公司召开发布会，宣布暂停夜航。", True),
    ("輪渡公司於3月14日舉行記者會，宣布暫停夜航。", "轮渡公司3月15日宣布暂停夜航。", True),
    ("通知：雪场自12月1日起开放。", "雪场12月2日开放。", True),
    # a week apart, or another month: another event
    ("轮渡公司于3月14日举行记者会，宣布暂停夜航。", "3月21日，轮渡公司宣布恢复夜航。", False),
    ("雪场自12月1日起开放。", "雪场1月2日起开放夜场。", False),
])
def test_a_day_apart_is_a_disagreement_on_one_events_date(statement, quote, same):
    from generator.analyse.support import near_day, other_day

    st, q = to_simplified(statement, "zh-Hant"), to_simplified(quote, "zh-Hant")
    assert other_day(st, q)
    assert near_day(st, q) is same
