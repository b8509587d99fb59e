"""Whose words a quote is, read from its own clause's frame (issue 13, property 1), on small texts
written for the test about an invented event (a county town's covered market rebuilt, 菜市场改造):

- a quote that opens under another holder's frame is that holder's ("有商户代表认为，…" in a channel's
  post, "易明远：管理方的说法是…" in a turn), and no one's when the frame names no one ("另一派则认为…"),
  never the poster's, the turn's or the outlet's; a quote holding the writer's clause and then a
  holder's frame is the holder's when the point states the holder's clause;
- a quote in the writer's clause before a holder's frame that does not reach back is not that
  holder's ("…涨了两成，王明在发布会上直言…");
- a statement turning to another voice names both; a frame inside a quotation, a "据X" source or a
  mental state ("很多家长担心") is no other holder's frame, a first person is the document's own voice
  (no holder another frame names: "行业内常说…，但我们的测算显示，…" is not 行业内's);
- people of a kind worrying ("市场人士担心，…") are no outlet's own text;
- a holder phrase with the occasion it spoke at ("在例行记者会上") is the holder, never "在例行"; people
  of a kind after 有 ("有门店职员透露") are that kind; a body named in Latin letters after what it is
  ("研究机构TechInsights") is that body; a firm then a name ("汇智证券梁启谦分析：") is the person.
"""

from __future__ import annotations

import pytest

from generator.analyse.quoteframe import quote_frame
from generator.analyse.speakers import find_attributions
from test_briefing_properties import _citing
from test_points15_outlets import _article, _names, _run


def _holders(simple):
    return [(a.name, a.kind) for a in find_attributions(simple)]


@pytest.mark.parametrize("text, who", [
    ("江城市商务局发言人在例行记者会上回应称，改造后菜价保持稳定。", [("江城市商务局发言人", "group")]),
    ("王明在菜市场开业前夕宣布，摊位租金下调一成。", [("王明", "bare")]),
    ("有门店职员透露，改造后每周到货量只有个位数。", [("门店职员", "group")]),
    ("研究机构TechInsights今日发表调查报告指，改造后菜价上涨两成。", [("TechInsights", "org")]),
    ("汇智证券梁启谦分析：改造将推高周边租金。", [("梁启谦", "person")]),
])
def test_the_holder_phrase_names_who_speaks(text, who):
    assert _holders(text) == who


def test_two_bodies_joined_are_not_one_described_body():
    assert ("IAEA", "org") not in _holders("日本政府及IAEA认为，排放对环境影响极小。")


def _frame(sentence, quote):
    at = sentence.index(quote)
    opens, inside, after = quote_frame(sentence, at, at + len(quote), known=frozenset({"王明"}))  # (a name the article has speak)
    return (opens.name or opens.kind) if opens else None, [f.name for f in inside], [f.name for f in after]


@pytest.mark.parametrize("sentence, quote, opens", [
    # the writer's clause, then a frame: the first clause opens in the sentence's own voice
    ("改造后摊位租金上涨两成，被外界解读为变相涨价；有商户代表认为，租金上涨将推高菜价。", "被外界解读为变相涨价", None),
    # the clause after the frame is the framed holder's
    ("改造后摊位租金上涨两成，被外界解读为变相涨价；有商户代表认为，租金上涨将推高菜价。", "租金上涨将推高菜价", "商户代表"),
    # a quote opening on the frame itself
    ("另一派则认为，只要客流回稳，租金上涨不会推高菜价。", "另一派则认为，只要客流回稳", "unnamed"),
    # a view named as a holder's, after a turn's label
    ("易明远：管理方的说法是年底实现收支平衡。", "年底实现收支平衡", "管理方"),
    # a frame ending the sentence reaches back over it
    ("改造后菜价会回落，王明说。", "改造后菜价会回落", "王明"),
])
def test_the_quote_opens_under_its_own_frame(sentence, quote, opens):
    assert _frame(sentence, quote)[0] == opens


@pytest.mark.parametrize("sentence, quote", [
    ("改造完成后，「王明承认了菜价上涨」。", "王明承认了菜价上涨"),  # inside a quotation: the quoted speaker's words
    ("据江城统计局统计，改造后菜价上涨一成。", "改造后菜价上涨一成"),  # a source the writer cites, no holder
    ("很多家长担心改造后菜价会上涨。", "改造后菜价会上涨"),  # a state of mind the speaker describes
])
def test_no_other_holders_frame(sentence, quote):
    assert _frame(sentence, quote) == (None, [], [])


def test_a_first_person_is_the_documents_own_voice():
    assert _frame("根据我们的测算，我们估计菜价将上涨一成。", "菜价将上涨一成")[0] == "own"


def test_a_frame_after_the_quote_that_says_more_does_not_reach_back():
    opens, inside, after = _frame("改造后摊位比超市便宜约三成，王明在发布会上直言要做全城最便宜的菜市场。", "改造后摊位比超市便宜约三成")
    assert opens is None and after == ["王明"]


# end to end: the briefing's speakers -------------------------------------------------------------

POSTS = ("## 快讯\n\n### 1楼　菜市场速递 Market Flash　2024-08-19 21:10\n\n"
         "城南菜市场改造昨日完工，摊位租金上涨两成。\n\n"
         "### 2楼　菜市场速递 Market Flash　2024-08-20 09:10\n\n"
         "城南菜市场改造后摊位租金上涨两成，被外界解读为变相涨价；有商户代表认为，改造将推高周边菜价，相关摊位或受冲击。\n\n"
         "### 3楼　菜市场速递 Market Flash　2024-08-21 09:10\n\n"
         "另一派则认为，只要客流回稳，改造带来的菜价上涨言之过早。\n\n")


def test_a_view_a_channel_reports_is_not_the_channels(tmp_path):
    an = _run(tmp_path, [_article(POSTS)])
    cited = _citing(an, "a", "改造将推高周边菜价")
    assert cited
    for p in cited:
        [where] = [c.paragraph for c in p.citations if "改造将推高周边菜价" in c.quote]
        # (the quote holds the channel's own clause too; what the point states is the representative's)
        assert [s.name for s in p.speakers if s.paragraph == where] == ["商户代表"]


def test_a_quote_opening_on_a_holders_frame_is_not_the_channels(tmp_path):
    posts = POSTS.replace("城南菜市场改造后摊位租金上涨两成，被外界解读为变相涨价；有商户代表认为，", "有商户代表认为，")
    an = _run(tmp_path, [_article(posts)])
    cited = _citing(an, "a", "改造将推高周边菜价")
    assert cited
    for p in cited:
        [where] = [c.paragraph for c in p.citations if "改造将推高周边菜价" in c.quote]
        assert [s.name for s in p.speakers if s.paragraph == where] == ["商户代表"]


def test_an_unnamed_sides_view_is_no_ones(tmp_path):
    an = _run(tmp_path, [_article(POSTS)])
    for p in _citing(an, "a", "改造带来的菜价上涨言之过早"):
        assert "菜市场速递 Market Flash" not in _names(p)
    for c in an.contentions:
        for side in (c.a, c.b):
            if any("言之过早" in q.quote for q in side.citations):
                assert all(s.name != "菜市场速递 Market Flash" for s in side.speakers)


def test_a_body_speaking_after_a_person_in_one_sentence_is_the_body(tmp_path):
    body = ("城南菜市场改造完工。\n\n江城市市长王明表示，改造后菜价需要持续监测，以判断是否有人借改造哄抬菜价；"
            "江城市商务局则表示正就菜价上涨进行调查。王明同时强调，改造只针对老旧摊位。")
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    for p in _citing(an, "a", "商务局则表示正就菜价上涨进行调查"):
        assert "江城市商务局" in _names(p)


def test_a_statement_turning_to_another_voice_names_both(tmp_path):
    body = ("城南菜市场改造完工。\n\n有摊主认为，改造让菜市场客流明显回升，但也有居民代表提醒，改造后的摊位租金上涨会推高菜价。")
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    for p in an.points:
        if "客流明显回升" in p.statement and "推高菜价" in p.statement:
            assert {"摊主", "居民代表"} <= set(_names(p))
        elif "推高菜价" in p.statement:
            assert "摊主" not in _names(p)


def test_the_documents_first_person_is_not_the_holder_it_answers(tmp_path):
    body = ("城南菜市场改造完工。\n\n行业内常说改造能让菜价下降两成，但我们的测算显示，改造后菜价实际只下降约5%，远没有宣传的那么多。")
    an = _run(tmp_path, [_article(body, outlet="江城研究")])
    for p in _citing(an, "a", "只下降约5%"):
        assert "行业内" not in _names(p)


def test_people_worrying_are_not_the_outlets_text(tmp_path):
    body = "城南菜市场改造完工。\n\n市场人士担心，改造后摊位租金上涨，周边菜价或会明显上涨。"
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    for p in _citing(an, "a", "周边菜价或会明显上涨"):
        assert "江城晚报" not in _names(p)
