"""Contentions a reader can trust (issue 13, property 6): a side's lines make claims (a repost line or a site's
disclaimer is on no side, and its label holds nothing), a side's holders are people (never a phrase such as
"从统计上"), two sides are two holders (a foreign reporter's own "不过她也指出" is no other side) and two positions
(the same figures reported twice do not disagree), a concession leaves the side it follows.

The stories are invented for the tests (a river port's dredging in a wire dispatch, a night market's relocation in
a stock-forum repost chain with its disclaimer, a mountain road's speed cameras in a radio-show transcript, a town's
tea harvest in a forum thread and a news page); none of the corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.contendtrust import no_claim
from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-04-01")
_shown = contendkit.shown


def _lines(an):
    return [x.quote for c in an.contentions for s in (c.a, c.b) for x in s.citations]


PORT = "topic:\n  label: 河港疏浚\n  terms: [疏浚, 河港]\n"

DISPATCH = _article("wire", "外媒：河港疏浚工程引发船东担忧", (
    "【编译】据路透社4月1日报道，记者玛丽亚·洛佩斯在现场采访后写道，河港疏浚工程开工后，部分小型船东反映货运订单明显减少，"
    "他们担心自己将被大船挤出市场。\n\n"
    "不过她也指出，河港有上千艘小型货船，相比之下首批通航的二十艘大船规模仍然很小，对整个航运市场的冲击目前有限。\n\n"
    "港务局发言人韩立群表示，疏浚完成后航道水深将达到九米。"))


def test_a_reporters_own_caveat_is_no_other_side(tmp_path):
    an, _ = _run(tmp_path, [DISPATCH], PORT)
    for c in an.contentions:
        quotes = [x.quote for x in c.a.citations + c.b.citations]
        assert not (any("挤出市场" in q for q in quotes) and any("她也指出" in q for q in quotes)), _shown(an)


MARKET = "topic:\n  label: 夜市搬迁\n  terms: [夜市, 搬迁]\n"

REPOST = _article("post", "夜市搬迁对周边商铺的影响", (
    "桥头老刘：//@摆摊二十年：夜市搬迁以后客流至少少一半，周边商铺的租金肯定撑不住。\n\n"
    "阿青同学：//@桥头老刘：转发一下，欢迎讨论。\n\n"
    "摆摊二十年：回复@城西小陈：新址离地铁站只有两百米，客流掉不了多少，你说少一半是瞎猜。\n\n"
    "城西小陈：夜市搬迁以后客流至少少一半，新址晚上根本没人去，商铺租金肯定要降。\n\n"
    "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。"))


def test_a_repost_line_and_a_disclaimer_are_on_no_side_and_hold_nothing(tmp_path):
    an, _ = _run(tmp_path, [REPOST], MARKET)
    assert not any("欢迎讨论" in q or "风险自负" in q for q in _lines(an)), _shown(an)
    assert not any("风险提示" in _names(s) for c in an.contentions for s in (c.a, c.b)), _shown(an)
    assert not any("转发一下" in s.statement for c in an.contentions for s in (c.a, c.b)), _shown(an)


ROAD = "topic:\n  label: 测速摄像头\n  terms: [测速, 摄像头]\n"

RADIO = _article("radio", "交通电台《晚高峰》第12期文字稿", (
    "主持人：今天聊盘山公路新装的测速摄像头。\n\n"
    "周工程师：从交管部门公布的数据看，装了测速摄像头以后，盘山公路的事故数比去年同期少了三成。"
    "从统计上说，测速摄像头让这条路更安全了。\n\n"
    "林教授：我不太同意直接这么比。今年春天雨水少，路面条件本来就好，说测速摄像头让路更安全，我觉得言之过早。"))


def test_a_phrase_is_never_a_holder(tmp_path):
    an, _ = _run(tmp_path, [RADIO], ROAD)
    assert not any(n.startswith("从") for c in an.contentions for s in (c.a, c.b) for n in _names(s)), _shown(an)


def test_lines_that_make_no_claim():
    assert no_claim("//@长跑的兔子：转发一下，欢迎讨论。")
    assert no_claim("小王：//@阿青：转发微博")
    assert no_claim("免责声明：以上内容不构成投资建议。")
    assert no_claim("風險提示：本文觀點僅代表個人意見。")
    assert not no_claim("转型升级不是一句口号，茶农得先有钱买新设备。")
    assert not no_claim("转发这条的人都该想想：茶价涨了，茶农赚到了吗？")
    assert not no_claim("声明发布后，茶叶合作社的股价下跌了两成。")


TEA = "topic:\n  label: 春茶收购价\n  terms: [春茶, 收购价]\n"

THREAD = _article("thread", "今年春茶收购价到底高不高", (
    "楼主 茶山阿福：今年春茶收购价每斤涨到380元，比去年高了15%，茶农肯定赚翻了。\n\n"
    "2楼 小周茶园：收购价是涨了，可人工费涨得更多，茶农不一定赚钱。"))
NEWS = _article("news", "春茶开采", (
    "本报讯　今年春茶收购价每斤380元，同比上涨15%，采茶工日薪达到260元。\n\n"
    "茶叶合作社负责人吴德明说，收购价上涨主要是因为头采期天气偏冷，产量少。"))


def test_the_same_figures_reported_again_are_not_the_other_side(tmp_path):
    an, _ = _run(tmp_path, [THREAD, NEWS], TEA)
    for c in an.contentions:
        for s, o in ((c.a, c.b), (c.b, c.a)):
            if "赚翻" in s.statement:
                assert not ("380" in o.statement and "15%" in o.statement), _shown(an)


def _side(statement, lines, names, article="post"):
    from generator.analyse.model import Citation, Side, Speaker
    return Side("持此看法", (), tuple(Citation(article, f"p{i}", q) for i, q in enumerate(lines)), statement,
                tuple(Speaker(name=n, role="", article=article, paragraph="p0") for n in names))


def _trusted(a, b):
    from generator.analyse.contendtrust import trusted
    from generator.analyse.model import Contention
    return trusted([Contention(id="contention-x", topic=a.statement.rstrip("。") + "？", a=a, b=b)], [], {},
                   {"post": lambda t: t}, "")


def test_forwarded_words_are_their_writers_and_the_forwarder_holds_nothing():
    a = _side("转角书店：//@老街坊阿姨：再补一句，步行街改造以后老店的房租翻了一倍，撑不下去的会越来越多。",
              ["转角书店：//@老街坊阿姨：再补一句，步行街改造以后老店的房租翻了一倍，撑不下去的会越来越多。"],
              ["书店", "老街坊阿姨"])
    b = _side("房租是涨了，可客流也多了三成，老店的生意没有变差。", ["奶茶小哥：房租是涨了，可客流也多了三成，老店的生意没有变差。"],
              ["奶茶小哥"])
    [c] = _trusted(a, b)
    assert {sp.name for sp in c.a.speakers} == {"老街坊阿姨"}
    assert c.a.statement.startswith("再补一句") and "//@" not in c.a.statement


def test_a_side_stated_by_a_repost_line_is_restated_by_its_claim_and_its_question_too():
    a = _side("//@老街坊阿姨：转发一下，欢迎讨论。", ["奶茶小哥：//@老街坊阿姨：转发一下，欢迎讨论。",
                                                "步行街改造对老店是好事，至少要看三年以后。"], ["奶茶小哥"])
    b = _side("改造以后房租翻倍，老店撑不下去。", ["老街坊阿姨：改造以后房租翻倍，老店撑不下去。"], ["老街坊阿姨"])
    [c] = _trusted(a, b)
    assert "转发" not in c.a.statement and "转发" not in c.topic
    assert "至少要看三年以后" in c.a.statement
    assert not any("欢迎讨论" in x.quote for x in c.a.citations)
    only = _side("//@老街坊阿姨：转发一下，欢迎讨论。", ["奶茶小哥：//@老街坊阿姨：转发一下，欢迎讨论。"], ["奶茶小哥"])
    assert _trusted(only, b) == []
