"""The service or product a corpus is about is in the index, whatever its words: the topic label named
by two or more articles and written at least once as a name is written (an original in Latin
capitals in brackets, right before its App or platform, after 品牌) is an entry, with the original
as its alias (and no family of products: "青鸟股价" is no model of 青鸟). A topic that is a policy or an event is never written so and stays out. On synthetic
corpora written for the test: a ride service (a news page and a forum post), a reading app (a Q&A
and a notice), a pension policy (a report and a column)."""

from __future__ import annotations

from test_briefing_properties import _article, _run
from test_index import _entity


def _topic(label, *terms):
    return f"topic:\n  label: {label}\n  terms: [{', '.join((label,) + terms)}]\n"


def test_a_ride_service_named_with_its_original_is_an_entry_with_its_alias(tmp_path):
    arts = [_article("a", "青鸟出行（Bluebird Mobility）本月在滨江开通了夜间接驳线路，首周订单约两万单。"),
            _article("b", "网友：青鸟出行夜里打车真方便，就是等车有点久。\n\n楼主：青鸟出行的司机说补贴快没了。")]
    an = _run(tmp_path, arts, _topic("青鸟出行", "夜间接驳"))
    e = _entity(an, "青鸟出行")
    assert e is not None and "Bluebird Mobility" in (e.name, *e.aliases), [(x.name, x.aliases) for x in an.entities]
    assert e.kind != "person"
    assert {m.article for m in e.mentions} >= {"a", "b"}


def test_a_reading_app_named_before_its_app_is_an_entry(tmp_path):
    arts = [_article("q", "问：蓝鲸读书App的会员值得买吗？\n\n答：蓝鲸读书的书库比去年多了一倍，我觉得值。"),
            _article("n", "关于蓝鲸读书会员价格调整的通知：自5月1日起，蓝鲸读书月卡价格调整为18元。")]
    an = _run(tmp_path, arts, _topic("蓝鲸读书", "会员"))
    assert _entity(an, "蓝鲸读书") is not None, [x.name for x in an.entities]


def test_a_policy_topic_is_no_entry(tmp_path):
    arts = [_article("r", "延迟退休方案自明年1月起实施，男职工退休年龄逐步延至63岁。"),
            _article("c", "延迟退休不是一刀切，弹性退休给了职工选择。")]
    an = _run(tmp_path, arts, _topic("延迟退休", "退休年龄"))
    assert _entity(an, "延迟退休") is None, [x.name for x in an.entities]


def test_the_topic_is_a_product_even_when_its_original_reads_like_a_persons_name(tmp_path):
    arts = [_article("a", "Bluebird Mobility is expanding fast in Binjiang, where riders say fares are low."),
            _article("b", "青鸟出行（Bluebird Mobility）在滨江的夜间线路开通一周，青鸟出行称订单增长了三成。"),
            _article("c", "青鸟出行的司机告诉我们，补贴在减少。")]
    an = _run(tmp_path, arts, _topic("青鸟出行"))
    e = _entity(an, "青鸟出行")
    assert e is not None and e.kind == "product", [(x.name, x.kind, x.aliases) for x in an.entities]


def test_the_topic_service_seeds_no_family_of_products(tmp_path):
    # a service named like a brand and a word ("青鸟出行") is no model of a brand "青鸟": "青鸟股价",
    # "青鸟目标" are no products of it
    arts = [_article("a", "青鸟出行（Bluebird Mobility）宣布扩张，青鸟股价当天上涨5%。"),
            _article("b", "分析师上调青鸟目标价。青鸟出行App的日活用户突破百万，青鸟股价再涨3%。"),
            _article("c", "青鸟目标价被上调后，青鸟股价创下新高。")]
    an = _run(tmp_path, arts, _topic("青鸟出行"))
    names = {n for e in an.entities for n in (e.name, *e.aliases)}
    assert "青鸟出行" in names and not {"青鸟股价", "青鸟目标"} & names, names
