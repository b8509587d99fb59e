"""One point per change of one quantity across outlets (issue 13, property 3): outlets reporting
that the same thing's sales (or price) rose, each with its own figures and words, make one point;
a rise of another thing's sales, and a fall of the same thing's price, stay apart. The story is
invented: a console game's launch lifts sales of graphics cards (显卡) in shops and online."""

from __future__ import annotations

from generator.analyse.claimchanges import change_effects, opposed_changes
from generator.analyse.claimkeys import clause_keys
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run

TOPIC = "topic:\n  label: 星海传说\n  terms: [星海传说]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-06-01")


def _any(_word):
    return True


def test_a_change_is_its_measure_and_direction_and_what_it_is_of():
    shop = clause_keys("商场多名商户表示，本周显示卡销量较平日上升约两成。", _any)
    online = clause_keys("电商数据显示，40系列显卡成交额环比增长超过150%。", _any)
    books = clause_keys("小说英译本在海外平台的销量较前一周增长近3倍。", _any)
    assert ("sales-up", "显卡") in shop & online, (shop, online)  # "显示卡" is "显卡"; "成交额" is sales
    assert not (books & shop), "sales of another thing are another claim"
    assert change_effects("门票价格没有下降") == frozenset(), "a change denied is no change"
    assert change_effects("多家店铺纷纷降价") == {"price-down"}
    visits = clause_keys("全省古城景区累计接待游客同比增长约45%。", _any)
    bookings = clause_keys("国庆假期古城相关线路预订量同比增长超过80%。", _any)
    assert ("sales-up", "古城") in visits & bookings, "visitors and bookings both measure the demand for it"
    up = clause_keys("显卡价格本周上涨约一成。", _any)
    down = clause_keys("显卡价格本周回落约一成。", _any)
    assert opposed_changes(up, down) and not opposed_changes(up, shop)


#: Three outlets report the rise of graphics-card sales with their own figures and words (one in
#: traditional script); a fourth reports a rise of the novel's sales; a fifth says card prices fell.
OUTLETS = [
    _article("a", "国产游戏《星海传说》昨日上线。\n\n"
                  "商场多名商户表示，受星海传说带动，本周显示卡销量较平日上升约两成，中端型号最受欢迎。"),
    _article("b", "《星海传说》上线首周热度不减。\n\n"
                  "电商平台数据显示，星海传说发售后两天内，40系列显卡成交额环比增长超过150%。"),
    _article("c", "《星海傳說》上線。\n\n有門市老闆說，星海傳說推出後顯示卡銷量增加三成，不少玩家專程來升級電腦。",
             "zh-Hant"),
    _article("d", "《星海传说》带火原著。\n\n海外书店反映，星海传说的原著小说英译本近来销量增长近3倍。"),
    _article("e", "星海传说上线一个月后，热潮渐退。\n\n有商户表示，随着星海传说热度回落，显卡价格本周已经回落约一成。"),
]


def test_one_change_reported_with_different_figures_is_one_point(tmp_path):
    an = _run(tmp_path, OUTLETS, TOPIC)
    cards = _citing(an, "b", "显卡成交额")
    assert len(cards) == 1, [(p.statement, [c.quote for c in p.citations]) for p in an.points]
    arts = {c.article for c in cards[0].citations}
    assert len(arts & {"a", "b", "c"}) >= 2, [c.quote for c in cards[0].citations]
    assert not arts & {"d", "e"}, "the novel's sales and the cards' falling price are other claims"


#: A story on a game set in an old town (古城): every outlet names the town often, so the word alone
#: is the story's; two outlets each state once that the demand for it rose (bookings, visitors).
OLD_TOWN = [
    _article("f", "《星海传说》取景于古城。\n\n古城的城墙和街巷出现在星海传说的多个关卡中。\n\n"
                  "受星海传说带动，国庆假期古城相关线路预订量同比增长超过80%。\n\n古城管委会表示将继续维护古城风貌。"),
    _article("g", "星海传说让古城走红。\n\n古城位于山区，古城的庙宇建于明代。\n\n"
                  "据监测，星海传说上线后一个月，古城景区累计接待游客同比增长约45%。\n\n古城居民对此反应不一。"),
    _article("h", "星海传说的玩家谈古城。\n\n不少玩家说，古城的夜景最像游戏里的画面。"),
]


def test_a_change_said_of_a_word_the_story_uses_everywhere_is_one_point(tmp_path):
    an = _run(tmp_path, OLD_TOWN, TOPIC)
    rise = _citing(an, "f", "预订量")
    assert len(rise) == 1, [(p.statement, [c.quote for c in p.citations]) for p in an.points]
    assert {c.article for c in rise[0].citations} >= {"f", "g"}, [c.quote for c in rise[0].citations]


# a wait too long, in each outlet's words (a facet read from the sentence's shape) ---------------

PARK = "topic:\n  label: 星海乐园\n  terms: [星海乐园]\n"
#: Three outlets tell of the opening night's long queues in their own words (one in traditional
#: script); a fourth complains of the car park's fee, sharing the park, the night and "小时".
QUEUES = [
    _article("p", "星海乐园昨晚开园。\n\n不过说实话也有不好的地方，那天晚上好多游客排了好几个小时，冻得受不了。"),
    _article("q", "星海乐园开园首日。\n\n园方承认，因首日入园人数集中、部分项目排队时间过长，引发集中退票诉求。"),
    _article("r", "星海樂園開園。\n\n現場不少人在零下二十多度的低溫中排隊3、4個小時，仍玩不到熱門的冰滑梯。", "zh-Hant"),
    _article("s", "星海乐园开园当晚车满为患。\n\n有游客抱怨，星海乐园停车场收费过高，停一小时就要20元，开园当晚还找不到车位。"),
]


def test_a_long_wait_told_in_different_words_is_one_point(tmp_path):
    an = _run(tmp_path, QUEUES, PARK)
    waits = _citing(an, "q", "排队时间过长")
    assert len(waits) == 1, [(p.statement, [c.quote for c in p.citations]) for p in an.points]
    arts = {c.article for c in waits[0].citations}
    assert len(arts & {"p", "q", "r"}) >= 2, [c.quote for c in waits[0].citations]
    assert "s" not in arts, "the car park's fee is another complaint"
