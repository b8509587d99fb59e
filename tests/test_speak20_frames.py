"""Who a sentence's own frame names (issue 13, property 1), on small articles written for the test
about an invented event (a county town's covered market rebuilt, 菜市场改造):

- a holder's frame with when and how it spoke in it ("X于上周五晚发布声明称", "X8月20日发布消息称") is X's;
- people of a kind the text does not name ("有海外玩家质疑") are shown as that kind; a poll's share
  ("约四成家长表示") is a figure, no holder, and the writer's own when the writer reports it;
- an item posted under a news outlet's name (a monitoring export's rows) is the outlet's own text,
  except a sentence that reports someone else's words: a named one's are theirs, an unnamed
  one's nobody's, never the outlet's.
"""

from __future__ import annotations

import pytest

from speakerkit import speakers_of
from test_briefing_properties import _citing
from test_points15_outlets import _article, _names, _run

TOPIC = "topic:\n  label: 菜市场改造\n  terms: [菜市场, 改造]\n"


def _who(tmp_path, body, text):
    return [(s.name, s.kind) for s in speakers_of(tmp_path, body, text, TOPIC)]


@pytest.mark.parametrize("body, text, who", [
    ("城南菜市场改造完工。\n\n江城菜篮子集团于上周五晚发布声明称，改造后摊位供应正常，呼吁商户理性续租。",
     "摊位供应正常", ("江城菜篮子集团", "org")),
    ("城南菜市场改造完工。\n\n江城市商务局8月20日发布消息称，改造后周边商户营业额同比增长三成。",
     "营业额同比增长三成", ("江城市商务局", "org")),
    ("城南菜市场改造完工。\n\n有外地游客在社交平台质疑改造后菜价上涨过快。",
     "菜价上涨过快", ("外地游客", "group")),
])
def test_the_frame_names_its_holder(tmp_path, body, text, who):
    assert _who(tmp_path, body, text) == [who]


def test_a_polls_share_is_no_holder(tmp_path):
    body = "城南菜市场改造完工。\n\n问卷调查显示，另有约四成家长表示“可以接受租金适度上涨”。"
    assert _who(tmp_path, body, "可以接受租金适度上涨") == []


def test_a_poll_the_writer_reports_is_the_outlets(tmp_path):
    body = "城南菜市场改造完工。\n\n一项调查显示，约42%的受访者认为改造后菜市场的菜价明显上涨，周边居民买菜成本增加。"
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    [p] = _citing(an, "a", "菜价明显上涨")
    assert _names(p) == ["江城晚报"]


ITEMS = ("## 菜市场改造完工\n\n### 1楼　江城晚报　2024-08-19 21:10\n\n城南菜市场改造昨日完工，摊位租金上涨两成。\n\n"
         "## 商务局：营业额增长\n\n### 2楼　新华网　2024-08-20 12:30\n\n"
         "江城市商务局8月20日发布消息称，改造后周边商户营业额同比增长三成。\n\n"
         "## 商户反映租金贵\n\n### 3楼　新浪财经　2024-08-21 12:30\n\n有摊主抱怨租金太贵。市场管理方表示将研究减免。\n\n")


@pytest.mark.parametrize("text, who", [
    ("昨日完工", ["江城晚报"]),  # the outlet's own report
    ("营业额同比增长三成", ["江城市商务局"]),  # a body the item quotes
    ("租金太贵", []),  # unnamed people the item reports
    ("研究减免", []),
])
def test_an_outlets_item_is_its_own_text_only(tmp_path, text, who):
    assert [n for n, _ in _who(tmp_path, ITEMS, text)] == who


MEETING = ("城南菜市场改造完工，江城市商务局记者会今日举行。\n\n江城市商务局记者会：将在较短时间内推出菜市场租金补贴政策，但未有公布具体金额。"
           "分析普遍认为力度“符合预期下限”。有商户原本期望补贴达到租金的一半，最终未见落实数字。")


@pytest.mark.parametrize("text, who", [
    ("租金补贴政策", [("江城市商务局", "org")]),  # the body holding the meeting, not the meeting
    ("符合预期下限", []),  # unnamed voices after the body's words: nobody's
    ("最终未见落实数字", []),
])
def test_a_meetings_label_is_its_bodys_up_to_unnamed_voices(tmp_path, text, who):
    assert _who(tmp_path, MEETING, text) == who


def test_a_bodys_own_monitoring_is_no_holder_of_its_own(tmp_path):
    body = "城南菜市场改造完工。\n\n答：据我局监测，改造后城南菜市场客流同比增长三成，周边商户营业额明显上升。"
    assert all(n != "我局" for n, _ in _who(tmp_path, body, "客流同比增长三成"))


def test_a_source_after_a_short_time_clause_in_an_outlets_item(tmp_path):
    items = ("## 菜市场客流\n\n### 1楼　江城晚报　2024-10-02 21:10\n\n"
             "国庆黄金周首两日，据江城消费研究院监测，城南菜市场客流同比增长三成。\n\n")
    assert _who(tmp_path, items, "客流同比增长三成") == [("江城消费研究院", "org")]


def test_a_bodys_lead_in_stops_at_an_unnamed_voice(tmp_path):
    body = ("城南菜市场改造完工。\n\n江城市商务局：将推出菜市场租金补贴政策，但未公布具体金额。"
            "有商户原本期望补贴达到租金的一半，最终未见落实数字。")
    assert _who(tmp_path, body, "租金补贴政策") == [("江城市商务局", "org")]
    assert _who(tmp_path, body, "最终未见落实数字") == []


def test_the_writers_clause_before_a_later_clauses_frame_is_not_the_holders(tmp_path):
    body = ("城南菜市场重新开业。\n\n改造完成后，城南菜市场周末客流较去年同期增长四成，周边商户营业额同比增长三成；"
            "但江城大学教授周文远提醒，摊位租金随之上涨两成，小摊贩难以承受。")
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    points = [p for p in an.points if any("营业额同比增长三成" in c.quote and "周文远" not in c.quote for c in p.citations)]
    assert points
    for p in points:
        assert "周文远" not in _names(p)


def test_a_statements_source_frame_is_no_claim_a_quote_shares(tmp_path):
    """Property 2: a quote naming only the body a statement's frame names ("X数据显示，…") makes
    another claim and is not cited under it."""
    from generator.articles import parse_body
    from generator.model import Article

    def art(slug, body, outlet):
        return Article(slug=slug, source=slug + ".txt", title="城南菜市场改造", script="zh-Hans",
                       blocks=parse_body(body), outlet=outlet, date="2025-03-02")

    a = art("a", "城南菜市场改造完工。\n\n江城市商务局市场建设处数据显示，改造后城南菜市场周末客流同比增长四成，"
                 "低于业内预期的五成。", "江城晚报")
    b = art("b", "城南菜市场改造启动。\n\n摘要：2025年3月，江城市商务局市场建设处联合推出一揽子菜市场改造扶持措施。", "江城日报")
    an = _run(tmp_path, [a, b])
    [p] = _citing(an, "a", "周末客流同比增长四成")
    assert [c.article for c in p.citations] == ["a"]


def test_a_test_its_holder_ran_is_theirs_not_the_outlets(tmp_path):
    body = ("城南菜市场改造完工。\n\n多个城区的市场监管部门已进行抽检，其中临江市场监管所的检测显示，"
            "改造后菜市场的蔬菜农残合格率达到99%。")
    assert _who(tmp_path, body, "农残合格率") == [("临江市场监管所", "org")]
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    for p in _citing(an, "a", "农残合格率"):
        assert "江城晚报" not in _names(p)
