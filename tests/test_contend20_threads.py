"""A page's comment section as its readers' exchanges (issue 13, property 6): commenters who each write once under
a "读者评论" heading, handles mixing scripts ("阿Ken在厦门（回复Z）："), and a handle of ordinary words that a reply
answers by name ("回复橙子妈妈") are writers, so a reply disagreeing with a comment is a contention between the two.

The stories are invented (a night market's closing time under a video's transcript, a bakery's new loaf under a
food blogger's note); none of the corpora has these topics.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-06-01")
_shown = contendkit.shown
_with = contendkit.quoting


MARKET = "topic:\n  label: 夜市提前收摊\n  terms: [夜市]\n"

VIDEO = _article("video", "夜市十点收摊，摊主怎么看？", (
    "大家好，我是阿杰，今天带大家去看看老街夜市。\n\n"
    "从下个月起，老街夜市的收摊时间从凌晨一点提前到晚上十点，街道办说是为了减少噪音投诉。\n\n"
    "我问了几个摊主，卖烤鱿鱼的陈姐说十点以后才是生意最好的时候，提前收摊一晚上要少卖三成。\n\n"
    "## 读者评论\n\n"
    "数据来源：街道办6月1日公告、现场采访。\n\n"
    "晚风里的猫：我觉得提前收摊挺合理的，住在楼上的人天天被吵到半夜，换谁都受不了\n\n"
    "阿Ken在厦门：回复 @晚风里的猫：问题是十点收摊摊主根本活不下去，房租一分没少\n\n"
    "路过的吃货：去年去过一次，烤鱿鱼是真的好吃\n\n"
    "老街的阿伯：补充一下：十点以后不要把车停在巷子里，会被贴罚单\n\n"
    "发一条友善的评论：请先登录后发表评论"))


def test_a_reply_in_a_comment_section_whose_writers_each_write_once_disputes_the_comment(tmp_path):
    an, _ = _run(tmp_path, [VIDEO], MARKET)
    found = _with(an, "摊主根本活不下去")
    assert found, _shown(an)
    c = found[0]
    side = contendkit.side_quoting(c, "摊主根本活不下去")
    other = c.b if side is c.a else c.a
    assert _names(side) == {"阿Ken在厦门"}, _shown(an)
    assert _names(other) == {"晚风里的猫"}, _shown(an)
    assert any("挺合理" in x.quote for x in other.citations), _shown(an)
    # comments naming nobody they answer (praise, a tip with a "不要") comment on the page, not on the line above;
    # the page's own sources line is no side
    assert not _with(an, "烤鱿鱼是真的好吃") and not _with(an, "数据来源"), _shown(an)
    assert not _with(an, "会被贴罚单"), _shown(an)


BREAD = "topic:\n  label: 碱水面包\n  terms: [面包]\n"

NOTE = _article("note", "排队一小时买到新款碱水面包", (
    "周末去了新开的面包店，新款碱水面包十二块一个，排了一个小时。\n\n"
    "## 读者评论\n\n"
    "芝士不加糖：外皮太硬了，咬得牙疼，不值这个价\n\n"
    "面包控小周（回复芝士不加糖）：刚出炉的时候外皮是脆的，放凉了才硬，趁热吃一点都不硬\n\n"
    "橙子妈妈：孩子吃了说太咸，盐放得太多了，不适合小孩吃\n\n"
    "阿Ken在厦门（回复橙子妈妈）：碱水面包本来就是咸口的，这个咸度算正常，别太苛刻\n\n"
    "面包控小周（回复橙子妈妈）：咸是咸了一点，配牛奶刚好"))


def test_mixed_script_handles_and_a_handle_a_reply_names_are_writers(tmp_path):
    an, _ = _run(tmp_path, [NOTE], BREAD)
    found = _with(an, "咸度算正常")
    assert found, _shown(an)
    c = found[0]
    side = contendkit.side_quoting(c, "咸度算正常")
    other = c.b if side is c.a else c.a
    assert "阿Ken在厦门" in _names(side) and "橙子妈妈" not in _names(side), _shown(an)
    assert _names(other) == {"橙子妈妈"}, _shown(an)
    assert any("盐放得太多" in x.quote for x in other.citations), _shown(an)
    # one commenter is never both sides of a contention
    for c in an.contentions:
        assert not (_names(c.a) & _names(c.b)), _shown(an)


RENT = "topic:\n  label: 房租走势\n  terms: [房租]\n"

PODCAST = _article("podcast", "播客文字稿：房租还会跌吗", (
    "主持人：欢迎收听本期节目，今天请到两位嘉宾，聊聊城里的房租。\n\n"
    "嘉宾 孔令文（房产经纪人）：大家好，我做租赁中介十二年了。\n\n"
    "嘉宾 孟晓岚（城市规划研究员）：大家好。\n\n"
    "主持人：那房租呢，毕业季过了会不会就回落\n\n"
    "嘉宾 孔令文（房产经纪人）：我觉得毕业季确实有拉动，七月份带看的人多了一倍，老小区的一居室也抢手。"
    "但是你要说房租从此就稳住了，我觉得还不行，因为新房源还在不断入市，房东的预期也没改过来。\n\n"
    "嘉宾 孟晓岚（城市规划研究员）：这点我同意一半，我觉得地铁沿线的房租明年会先稳住，远郊的就真的很难。\n\n"
    "主持人：好，我们休息一下。"))

ADVICE = _article("advice", "播客文字稿：现在该不该买房", (
    "主持人：欢迎收听，今天还是两位老嘉宾。\n\n"
    "嘉宾 孔令文（房产经纪人）：大家好。\n\n"
    "嘉宾 孟晓岚（城市规划研究员）：大家好。\n\n"
    "主持人：最后给听众一点建议，现在可以买房吗\n\n"
    "嘉宾 孔令文（房产经纪人）：我会建议可以先看老城区的二手小户型，首付控制在存款的六成以内，看中了就下手。\n\n"
    "嘉宾 孟晓岚（城市规划研究员）：我是比较保守，我觉得刚工作的年轻人现在不要急着买，尤其千万不要掏空父母的积蓄。\n\n"
    "主持人：好，今天就到这里。"))


def test_a_guest_agreeing_only_in_part_disputes_the_turn_before_and_the_claim_is_its_turn(tmp_path):
    an, _ = _run(tmp_path, [PODCAST], RENT)
    found = _with(an, "同意一半")
    assert found, _shown(an)
    c = found[0]
    side = contendkit.side_quoting(c, "同意一半")
    other = c.b if side is c.a else c.a
    assert _names(side) == {"孟晓岚"} and _names(other) == {"孔令文"}, _shown(an)
    # the side answered is stated by what its speaker holds after granting the rest: the turn, not the concession
    assert "还不行" in other.statement and "带看的人多了一倍" not in other.statement, _shown(an)


PARK = "topic:\n  label: 公园夜跑\n  terms: [夜跑]\n"

REPORT = _article("report", "公园夜间开放引争论", (
    "市园林局上周起把滨湖公园的开放时间延长到晚上十一点，方便市民夜跑。\n\n"
    "附近居民代表周德明认为，夜里跑步的人越来越多，灯光和音响吵得老人孩子睡不好觉，应该恢复九点闭园。\n\n"
    "夜跑团团长韦思远则反驳，“跑团的音响十点前就关掉了，吵闹主要来自广场舞，夜跑的人一般九点半就散了。”\n\n"
    "园林局表示，将在下月底前评估延时开放的效果。"))


def test_a_holder_who_rebuts_in_so_many_words_answers_the_view_before_without_a_judging_word(tmp_path):
    an, _ = _run(tmp_path, [REPORT], PARK)
    found = _with(an, "主要来自广场舞")
    assert found, _shown(an)
    c = found[0]
    side = contendkit.side_quoting(c, "主要来自广场舞")
    other = c.b if side is c.a else c.a
    assert _names(side) == {"韦思远"} and _names(other) == {"周德明"}, _shown(an)


def test_a_guests_advice_against_the_next_guests_caution_is_a_contention(tmp_path):
    an, _ = _run(tmp_path, [ADVICE], RENT)
    found = _with(an, "不要急着买")
    assert found, _shown(an)
    c = found[0]
    side = contendkit.side_quoting(c, "不要急着买")
    other = c.b if side is c.a else c.a
    assert _names(side) == {"孟晓岚"} and _names(other) == {"孔令文"}, _shown(an)
    assert "看中了就下手" in other.statement, _shown(an)


PILES = "topic:\n  label: 充电桩投资\n  terms: [充电桩]\n"

CHAT = _article("chat", "投资群聊天记录", (
    "老许：补贴退坡以后，充电桩这门生意至少三年都好不起来，别去凑热闹。\n\n"
    "阿坤：券商报告说到2030年要建2000万个桩，一年上千亿的生意，现在不进场什么时候进场？\n\n"
    "老许：我就说这么多，大家自己判断。\n\n"
    "小林：群里谁有靠谱的装修师傅推荐一下。"))


def test_a_side_whose_position_is_its_closing_rhetorical_question_keeps_it(tmp_path):
    an, _ = _run(tmp_path, [CHAT], PILES)
    found = _with(an, "上千亿的生意")
    assert found, _shown(an)
    side = contendkit.side_quoting(found[0], "上千亿的生意")
    # "…一年上千亿的生意" alone only reports a forecast: the side's position is the question closing it
    assert "什么时候进场" in side.statement and not side.statement.endswith("？。"), _shown(an)
