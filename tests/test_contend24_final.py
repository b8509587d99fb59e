"""Contentions an analyst accepts (issue 13, property 6): one question, opposite answers, a named holder on each side,
statements that are sentences with their subject. A forecast and a "too early" on one effect's object are one
contention across articles, each side with its speaker; one author hedging his own forecast is none; a holder named
on both sides stays on his own; a statement opening on "他" names its holder, one opening on a cleft ("也是我最担心的，
是…") states what follows; two statements saying one thing twice
are restated or dropped; a question opening on a connective or a purpose clause is asked from the claim; a forum
reply opening on news and adding a caveat later, and a second guest answering the host's question in his own words,
dispute nothing; a contrasted holder calling the hope slim ("…则认为，…希望渺茫") answers the optimist before him, whose attitude heading his words ("X相对乐观：") makes them his. The stories are invented for the tests (solid-state batteries, a ferry's timetable, a bakery chain,
a radio show on a port)."""

from __future__ import annotations

from functools import partial

from generator.analyse.contendfinal import finished, holders_once
from generator.analyse.model import Citation, Contention, Side, Speaker
from tests import contendkit
from tests.test_briefing_recall import _run

_article = partial(contendkit.article, paper="报", date="2026-06-01")

BATTERY = "topic:\n  label: 固态电池\n  terms: [固态电池]\n"

FORECAST = _article("a", "固态电池量产在即",
                    "固态电池最近成为电池行业的焦点，多家企业宣布建设产线。\n\n"
                    "华岳证券首席分析师张立明认为，固态电池将在三年内全面取代现有的锂离子电池，整个电池行业会被彻底颠覆。")
TOO_EARLY = _article("b", "专家：固态电池普及仍需时间",
                     "固态电池的试产线今年陆续投产。\n\n"
                     "电池研究院研究员王海燕表示，说固态电池会取代锂离子电池还言之过早，固态电池的量产成本仍然太高，三年内难以普及。")


def test_a_forecast_and_a_too_early_on_the_same_object_are_one_contention_with_both_sides_and_speakers(tmp_path):
    an, _ = _run(tmp_path, [FORECAST, TOO_EARLY], BATTERY)
    found = contendkit.quoting(an, "全面取代")
    assert len(found) == 1, contendkit.shown(an)
    [c] = found
    will, early = contendkit.side_quoting(c, "全面取代"), contendkit.side_quoting(c, "言之过早")
    assert will is not early
    assert contendkit.names(will) == {"张立明"} and contendkit.names(early) == {"王海燕"}
    assert "取代" in will.statement and will.statement.endswith("。")
    assert "言之过早" in early.statement and early.statement.startswith("说固态电池")
    assert "锂离子电池" in c.topic and c.topic.endswith("？")
    # shown with both arguments and both speakers, on the briefing page and in the brief PDF's page
    from generator.convert import Converter
    from generator.pdf.fonts import font_set
    from generator.pdf.render import render_html
    from generator.pipeline import BuildResult, Settings
    from generator.render import render_briefing

    page = render_briefing(an, [FORECAST, TOO_EARLY], lambda text, script="zh-Hans": text)
    section = page[page.index(c.topic):]
    assert will.statement in section and early.statement in section
    assert "张立明" in section and "王海燕" in section
    html = render_html(BuildResult(articles=[FORECAST, TOO_EARLY], analysis=an, pages={}, data={}, converter=Converter()),
                       Settings(root=tmp_path, pdf=False), "zh-Hans", "brief", font_set("zh-Hans"))
    block = html[html.index('class="contention"'):]
    assert block.count('class="side-statement"') == 2
    assert will.statement in block and early.statement in block and "张立明" in block and "王海燕" in block


def test_one_author_hedging_his_own_forecast_is_no_contention(tmp_path):
    hedged = _article("c", "固态电池量产在即",
                      "固态电池最近成为电池行业的焦点，多家企业宣布建设产线。\n\n"
                      "华岳证券首席分析师张立明认为，固态电池将在三年内全面取代现有的锂离子电池。"
                      "不过张立明也承认，说固态电池全面取代锂离子电池还言之过早，量产成本仍然太高。")
    an, _ = _run(tmp_path, [hedged], BATTERY)
    assert not an.contentions, contendkit.shown(an)


def _sp(name, article="a", para="p1"):
    return Speaker(name, "", article, para)


def _side(label, statement, quotes, names):
    return Side(label, (), tuple(Citation(a, p, q) for a, p, q in quotes), statement, tuple(_sp(n) for n in names))


PLAIN = {"a": lambda t: t, "b": lambda t: t}


def test_a_holder_named_on_both_sides_stays_on_the_side_his_statement_names():
    a = _side("持此看法", "韩立认为渡轮三个月内恢复原班次很难。", [("a", "p1", "韩立认为渡轮三个月内恢复原班次很难；")], ["韩立"])
    b = _side("质疑或反对", "罗晴表示，备用船已经到港，一个月就能恢复。",
              [("a", "p1", "而航运公司副总罗晴则相对乐观。"), ("a", "p1", "他表示，备用船已经到港，一个月就能恢复。")],
              ["韩立", "罗晴"])
    c = holders_once(Contention("contention-x", "渡轮多久恢复？", a, b))
    assert [sp.name for sp in c.a.speakers] == ["韩立"]
    assert [sp.name for sp in c.b.speakers] == ["罗晴"]
    # named by neither statement and holding no side alone: on neither
    a2 = _side("持此看法", "三个月很难恢复。", [("a", "p1", "三个月很难恢复。")], ["韩立", "周凯"])
    b2 = _side("质疑或反对", "一个月就能恢复。", [("a", "p2", "一个月就能恢复。")], ["韩立", "罗晴"])
    c2 = holders_once(Contention("contention-y", "渡轮多久恢复？", a2, b2))
    assert [sp.name for sp in c2.a.speakers] == ["周凯"] and [sp.name for sp in c2.b.speakers] == ["罗晴"]


def test_a_statement_opening_on_a_pronoun_names_its_one_holder():
    a = _side("持此看法", "店长方敏说，新店两三个月就能回本。", [("a", "p1", "店长方敏说，新店两三个月就能回本。")], ["方敏"])
    b = _side("质疑或反对", "他预计新店至少要一年才能回本。", [("b", "p1", "他预计新店至少要一年才能回本。")], ["陆远"])
    [c] = finished([Contention("contention-x", "新店多久回本？", a, b)], PLAIN)
    assert c.b.statement == "陆远预计新店至少要一年才能回本。"
    # two holders: whom "他" names is not for us to guess
    b2 = _side("质疑或反对", "他预计新店至少要一年才能回本。", [("b", "p1", "他预计新店至少要一年才能回本。")], ["陆远", "丁一"])
    [c2] = finished([Contention("contention-x", "新店多久回本？", a, b2)], PLAIN)
    assert c2.b.statement.startswith("他预计")
    # a cleft heading a statement gives way to the claim it announces
    b3 = _side("质疑或反对", "也是我最担心的，是连锁扩张透支了老店的口碑。", [("b", "p1", "第三，也是我最担心的，是连锁扩张透支了老店的口碑。")],
               ["陆远"])
    [c3] = finished([Contention("contention-x", "新店多久回本？", a, b3)], PLAIN)
    assert c3.b.statement == "连锁扩张透支了老店的口碑。"


def test_two_statements_saying_one_thing_twice_are_restated_from_a_line_of_their_own_or_dropped():
    claim = "港务局的评估认定新码头的噪音符合国家标准，居民区的影响可以忽略。"
    a = _side("持此看法", claim, [("a", "p1", claim)], ["港务局"])
    b = _side("质疑或反对", "港务局的评估认定新码头的噪音符合国家标准，市政府据此批准开工。",
              [("b", "p1", "港务局的评估认定新码头的噪音符合国家标准，市政府据此批准开工。"),
               ("b", "p2", "居民代表钱芳则坚持认为，评估只测了白天，夜间装卸的噪音没有算进去。")], ["钱芳"])
    [c] = finished([Contention("contention-x", "新码头噪音是否达标？", a, b)], PLAIN)
    assert c.b.statement.startswith("居民代表钱芳则坚持认为") and "夜间装卸" in c.b.statement
    # nothing of its own to say: no contention
    lone = _side("质疑或反对", "港务局的评估认定新码头的噪音符合国家标准，市政府据此批准开工。",
                 [("b", "p1", "港务局的评估认定新码头的噪音符合国家标准，市政府据此批准开工。")], ["钱芳"])
    assert finished([Contention("contention-x", "新码头噪音是否达标？", a, lone)], PLAIN) == []


def test_a_question_opening_on_a_connective_or_a_purpose_clause_is_asked_as_a_sentence():
    a = _side("持此看法", "分析师麦清补充，部分面包店已把外卖重心转向社区团购，以抵销门店客流的损失。",
              [("a", "p1", "部分面包店已把外卖重心转向社区团购，以抵销门店客流的损失。")], ["麦清"])
    b = _side("质疑或反对", "社区团购未必能长期撑起销量。", [("b", "p1", "社区团购未必能长期撑起销量。")], ["区岚"])
    [c] = finished([Contention("contention-x", "以抵销门店客流的损失？", a, b)], PLAIN)
    assert c.topic.startswith("部分面包店已把外卖重心转向社区团购"), c.topic
    [c] = finished([Contention("contention-x", "但大部分订单只是意向，真正确认的有多少？", a, b)], PLAIN)
    assert c.topic == "大部分订单只是意向，真正确认的有多少？"
    # the editor's questions stay as written
    [c] = finished([Contention("contention-ed", "以抵销门店客流的损失？", a, b)], PLAIN, editors=frozenset({"contention-ed"}))
    assert c.topic == "以抵销门店客流的损失？"


THREAD = "topic:\n  label: 港湾面包\n  terms: [港湾面包]\n"


def test_a_forum_reply_opening_on_news_and_adding_a_caveat_later_disputes_nothing(tmp_path):
    thread = _article("t", "港湾面包新品到手一周，聊聊值不值",
                      "### 1楼　麦田守望者　2026-05-02 20:31（楼主）\n\n"
                      "港湾面包的新款全麦吐司我连着买了一周，口感扎实，价格也公道，早上配咖啡刚好。\n\n"
                      "### 2楼　烤箱学徒　2026-05-03 09:12\n\n"
                      "回复麦田守望者：我在港湾面包的中央工厂上班，这个月全麦吐司的单子又加了两次，产线在排三班倒。"
                      "就是面粉那边一直没放量，很多订单只能往后排。\n\n"
                      "### 3楼　挑剔的胃　2026-05-03 12:40\n\n"
                      "回复麦田守望者：全麦吐司哪里公道了，一条卖二十八，比超市贵一倍，口感也就那样。")
    an, _ = _run(tmp_path, [thread], THREAD)
    assert not contendkit.quoting(an, "一直没放量"), contendkit.shown(an)
    found = contendkit.quoting(an, "哪里公道")
    assert len(found) == 1, contendkit.shown(an)
    assert contendkit.names(contendkit.side_quoting(found[0], "哪里公道")) == {"挑剔的胃"}


RADIO = "topic:\n  label: 青港新码头\n  terms: [青港新码头]\n"


def test_two_guests_answering_the_hosts_question_in_turn_dispute_only_when_the_second_turns_against_the_first(tmp_path):
    show = _article("r", "港城夜话：青港新码头",
                    "主持人林岚：欢迎收听港城夜话，今天请到两位嘉宾聊聊青港新码头。\n\n"
                    "林岚：那本地渔民要怎么因应？\n\n"
                    "周启：渔民的转型还是要靠培训，政府要尽快开设港口作业的技能课程。\n\n"
                    "韩松：我觉得渔民短期受到的冲击有限，新码头离传统渔港还有二十公里，反而是港口周边的小货运公司要留意。\n\n"
                    "林岚：那新码头能带来多少就业？\n\n"
                    "周启：新码头投用以后，至少能带来五千个岗位。\n\n"
                    "韩松：我倒觉得五千个岗位太乐观了，自动化码头用不了那么多人。")
    an, _ = _run(tmp_path, [show], RADIO)
    assert not contendkit.quoting(an, "冲击有限"), contendkit.shown(an)
    found = contendkit.quoting(an, "太乐观了")
    assert len(found) == 1, contendkit.shown(an)
    [c] = found
    assert contendkit.names(contendkit.side_quoting(c, "太乐观了")) == {"韩松"}
    assert contendkit.names(contendkit.side_quoting(c, "五千个岗位。")) == {"周启"}


FISHERY = "topic:\n  label: 渔业协定\n  terms: [渔业协定]\n"


def test_a_contrasted_holder_calling_the_hope_slim_answers_the_optimist_before_him(tmp_path):
    story = _article("f", "渔业协定谈判仍在继续",
                     "两国就渔业协定的捕捞配额进行了多轮磋商。知情人士透露，双方分歧主要集中在配额如何确定，以及如何监督执行等方面。\n\n"
                     "海洋研究所研究员郑海川表示，配额谈判已经进入最后阶段，技术团队本周还会再碰头。\n\n"
                     "对于谈判前景，海洋研究所研究员郑海川相对乐观：“双方都需要台阶，年底前达成某种形式的配额协议，可能性不小。”"
                     "水产协会顾问罗青则认为，对方对监督机制的要求过于严苛，“短期内达成协议的希望渺茫”。")
    an, _ = _run(tmp_path, [story], FISHERY)
    found = contendkit.quoting(an, "希望渺茫")
    assert len(found) == 1, contendkit.shown(an)
    [c] = found
    slim, likely = contendkit.side_quoting(c, "希望渺茫"), contendkit.side_quoting(c, "可能性不小")
    assert slim is not likely
    assert contendkit.names(slim) == {"罗青"} and "希望渺茫" in slim.statement
    assert "可能性不小" in likely.statement and contendkit.names(likely) == {"郑海川"}, "his attitude heads his words"
    assert not contendkit.quoting(an, "知情人士"), "the optimist just before is answered, not the insider's report above"
