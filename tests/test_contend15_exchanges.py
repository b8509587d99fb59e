"""Contentions between authored blocks (issue 13, property 6): on a page whose blocks show their authors (a chat
export's stamped lines, a meeting's minutes, a forum thread's posts under their headings), a later block by
another author that speaks of what an earlier one said and takes the contrary stance disputes it. Each side is
its author's own words, held by its author; one person is never both sides; lines that only chat ("收到",
"明天几点开会？") are on no side.

The stories are invented for the tests (a lift retrofit in a residents' group chat, a library's opening hours in
minutes, e-scooters on a riverside path in a Taiwanese forum thread, a bakery street's parking in a Q&A page);
none of the corpora has these forms or topics. Only the topic is named.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-03-01")
_citing = contendkit.quoting
_shown = contendkit.shown


def _side(c, text):
    return next(s for s in (c.a, c.b) if any(text in x.quote for x in s.citations))


LIFT = "topic:\n  label: 加装电梯\n  terms: [加装电梯]\n"

CHAT = _article("chat", "3号楼业主群聊天记录", (
    "3号楼业主群　聊天记录导出\n\n"
    "[2026-03-02 20:11] 老周：加装电梯的方案我看了，一楼二楼的住户不用出钱，这个分摊办法挺公平的。\n\n"
    "[2026-03-02 20:12] 陈阿姨：收到\n\n"
    "[2026-03-02 20:15] 小吴：一楼采光会被电梯井挡住，这个分摊办法对一楼根本不公平，应该给一楼补偿。\n\n"
    "[2026-03-02 20:16] 老周：电梯井装在北面，挡不了多少光，设计院专门测过采光。\n\n"
    "[2026-03-02 20:18] 陈阿姨：明天几点开会？\n\n"
    "[2026-03-02 20:20] 小吴：设计院是施工方请的，他们测出来的采光数据没法让人放心。"))


def test_two_members_arguing_in_a_chat_export_are_the_two_sides(tmp_path):
    an, _ = _run(tmp_path, [CHAT], LIFT)
    [c] = _citing(an, "根本不公平") or [None]
    assert c is not None, _shown(an)
    against = _side(c, "根本不公平")
    other = c.b if against is c.a else c.a
    # each side is one member's words, held by that member, and never the other's
    assert _names(against) == {"小吴"}, _shown(an)
    assert _names(other) == {"老周"}, _shown(an)
    assert any("挺公平" in x.quote or "挡不了" in x.quote for x in other.citations), _shown(an)
    # the statements are the arguments, without the export's stamp and label
    assert "20:1" not in against.statement and "小吴：" not in against.statement, against.statement
    assert "公平" in against.statement or "采光" in against.statement, against.statement
    # the member who only chats is on no side
    assert not any("陈阿姨" in _names(s) for x in an.contentions for s in (x.a, x.b)), _shown(an)


LIBRARY = "topic:\n  label: 图书馆延长开放\n  terms: [图书馆]\n"

MINUTES = _article("minutes", "城东社区图书馆延长开放时间座谈会纪要", (
    "时间：2026年3月5日下午\n\n"
    "地点：社区服务中心二楼会议室\n\n"
    "周馆长：从四月起，图书馆计划每晚开放到十点，需要增加两名夜班管理员，每年人工成本约十二万元。\n\n"
    "韩委员：晚上七点以后来借书的人很少，延长到十点是浪费钱，这笔预算不如用来买新书。\n\n"
    "李女士：我们上班族只有晚上有空，晚上来的人少是因为一直关门太早，不是没人需要。\n\n"
    "孙老师：建议先试行三个月，看看夜间的实际人数再定。\n\n"
    "周馆长：同意试行，四月起先开放到九点半。"))


def test_two_speakers_disagreeing_in_minutes_stand_on_opposite_sides(tmp_path):
    an, _ = _run(tmp_path, [MINUTES], LIBRARY)
    [c] = _citing(an, "不是没人需要") or [None]
    assert c is not None, _shown(an)
    resident = _side(c, "不是没人需要")
    other = c.b if resident is c.a else c.a
    assert "李女士" in _names(resident) and "韩委员" not in _names(resident), _shown(an)
    assert "韩委员" in _names(other) and "李女士" not in _names(other), _shown(an)
    assert any("浪费钱" in x.quote for x in other.citations), _shown(an)
    # the meeting's metadata rows are nobody's words and no side
    for x in an.contentions:
        for s in (x.a, x.b):
            assert not any(q.quote.startswith(("时间", "地点")) for q in s.citations), _shown(an)
            assert not _names(s) & {"时间", "地点"}, _shown(an)
    # one person is never both sides
    for x in an.contentions:
        assert not _names(x.a) & _names(x.b), _shown(an)


SCOOTER = "topic:\n  label: 河濱步道禁行電動滑板車\n  terms: [電動滑板車]\n"

THREAD = _article("thread", "河濱步道要禁電動滑板車，大家怎麼看？", (
    "市府公告下個月起河濱步道全面禁止電動滑板車通行，大家怎麼看？\n\n"
    "### 1楼　阿凱　2026-02-10 09:12\n\n"
    "我覺得早該禁了。上個月我家小孩在步道上差點被撞，滑板車速度太快，行人根本閃不開。\n\n"
    "### 2楼　Vivian_Lin　2026-02-10 10:05\n\n"
    "引用1楼阿凱：滑板車速度太快，行人根本閃不開。\n\n"
    "騎太快的只是少數人，全面禁止等於連守規矩的通勤族一起罰。限速再加上取締超速就夠了，沒必要一刀切。\n\n"
    "### 3楼　老張　2026-02-10 11:40\n\n"
    "我住在河濱旁邊，每天早上都去步道散步，確實常有滑板車從身邊呼嘯而過。"), script="zh-Hant")


def test_a_post_quoting_another_and_answering_it_is_a_contention_of_their_writers(tmp_path):
    an, _ = _run(tmp_path, [THREAD], SCOOTER)
    [c] = _citing(an, "沒必要一刀切") or _citing(an, "通勤族") or [None]
    assert c is not None, _shown(an)
    answer = _side(c, "通勤族")
    other = c.b if answer is c.a else c.a
    assert _names(answer) == {"Vivian_Lin"}, _shown(an)
    assert _names(other) == {"阿凱"}, _shown(an)
    # the other side is the first post's own words, not the reply's quotation of them
    assert all(not x.quote.startswith("引用") for x in other.citations + answer.citations), _shown(an)
    assert any("閃不開" in x.quote or "早該禁" in x.quote for x in other.citations), _shown(an)


PARKING = "topic:\n  label: 面包街停车\n  terms: [面包街]\n"

ANSWERS = _article("qa", "面包街改成步行街以后，生意会变差吗？", (
    "面包街下个月要改成步行街，两头都不让停车了。开店的朋友都很担心，生意会变差吗？\n\n"
    "### 1楼　马骁　2026-01-08 14:20\n\n"
    "马骁，在面包街开了六年烘焙店。\n\n"
    "改步行街对我们这种小店是坏事。我的熟客一半是开车来买面包的，不让停车，他们就去超市买了。\n\n"
    "周末的客人也许会多一点，但工作日的生意肯定要掉三成。\n\n"
    "### 2楼　葛蓓　2026-01-09 09:03\n\n"
    "葛蓓，城市规划研究员。\n\n"
    "我不同意“不让停车生意就会变差”这个说法。\n\n"
    "国内外的步行街改造，大部分店铺的营业额都是涨的，因为步行的人会逛更多的店，开车的人买完就走。\n\n"
    "熟客不会因为多走两百米就不来了，街口的公共停车场并不远。"))


def test_a_declared_rebuttal_on_a_q_and_a_page_answers_the_other_writers_points(tmp_path):
    an, _ = _run(tmp_path, [ANSWERS], PARKING)
    cs = _citing(an, "营业额都是涨的") + _citing(an, "熟客不会")
    assert cs, _shown(an)
    for c in cs:
        planner = _side(c, "营业额都是涨的") if any("营业额" in x.quote for x in c.a.citations + c.b.citations) \
            else _side(c, "熟客不会")
        other = c.b if planner is c.a else c.a
        assert _names(planner) == {"葛蓓"}, _shown(an)
        assert _names(other) == {"马骁"}, _shown(an)
        # the writers' introductions and the bare declaration are no argument of either side
        assert "研究员" not in planner.statement and "我不同意" not in planner.statement, _shown(an)
        assert "开了六年" not in other.statement, _shown(an)
    # the shop owner's role is what his introduction gives
    assert any(sp.role and "烘焙店" in sp.role for c in cs for s in (c.a, c.b) for sp in s.speakers), _shown(an)


MARATHON = "topic:\n  label: 马拉松改线\n  terms: [马拉松]\n"

REPLIES = _article("tieba", "今年城市马拉松改走滨江路线，大家觉得怎么样？", (
    "跑步吧　关注：3万\n\n"
    "### 1楼　青石跑者　2026-04-02 08:10\n\n"
    "新路线全程沿江，风景比老路线好太多，而且几乎没有坡，我觉得今年大家都能跑出好成绩。\n\n"
    "### 2楼　夜跑的猫　2026-04-02 09:31\n\n"
    "回复青石跑者：沿江是好看，但江边四月风大，逆风跑十公里，成绩不可能好，去年的半马就是这样。\n\n"
    "### 3楼　路过的小林　2026-04-02 10:02\n\n"
    "回复夜跑的猫：谢谢提醒，我去准备一件防风衣。\n\n"
    "### 4楼　青石跑者　2026-04-02 12:45\n\n"
    "回复夜跑的猫：同意风大，所以我打算前半程跟配速员。"))


def test_a_post_replying_to_a_writer_by_name_disputes_that_writers_post_only_when_it_disagrees(tmp_path):
    an, _ = _run(tmp_path, [REPLIES], MARATHON)
    [c] = _citing(an, "逆风跑十公里") or [None]
    assert c is not None, _shown(an)
    reply = _side(c, "逆风跑十公里")
    other = c.b if reply is c.a else c.a
    # the reply's writer holds it, never the writer it names ("回复青石跑者")
    assert _names(reply) == {"夜跑的猫"}, _shown(an)
    assert _names(other) == {"青石跑者"}, _shown(an)
    assert any("好成绩" in x.quote or "没有坡" in x.quote for x in other.citations), _shown(an)
    assert not reply.statement.startswith("回复"), reply.statement
    # a reply that thanks or agrees disputes nothing
    for x in an.contentions:
        for s in (x.a, x.b):
            assert not any("谢谢提醒" in q.quote or "同意风大" in q.quote for q in s.citations), _shown(an)
            assert not any(n.startswith("回复") for n in _names(s)), _shown(an)


POOL = "topic:\n  label: 游泳馆涨价\n  terms: [游泳馆]\n"

FLOORS = _article("pool", "小区游泳馆年卡涨到两千，值不值？", (
    "### 1楼　浪里白条　2026-06-01 18:00（楼主）\n\n"
    "游泳馆年卡从一千二涨到两千，我觉得太贵了，水质也没见变好，今年不续了。\n\n"
    "### 2楼　蛙泳爱好者　2026-06-01 18:30\n\n"
    "引用1楼浪里白条的发言：今年不续了\n\n"
    "另外问一下，周末几点人少？\n\n"
    "### 3楼　水中小鱼　2026-06-01 19:05\n\n"
    "回复1楼：两千不算贵，一年游一百次一次才二十块，外面单次票都要五十，而且今年换了恒温系统。"))


def test_a_reply_by_floor_number_disputes_that_floor_and_a_quote_followed_by_another_subject_disputes_nothing(tmp_path):
    an, _ = _run(tmp_path, [FLOORS], POOL)
    [c] = _citing(an, "不算贵") or [None]
    assert c is not None, _shown(an)
    reply = _side(c, "不算贵")
    other = c.b if reply is c.a else c.a
    assert _names(reply) == {"水中小鱼"}, _shown(an)
    assert _names(other) == {"浪里白条"}, _shown(an)
    assert any("太贵" in x.quote for x in other.citations), _shown(an)
    # quoting a post then asking about something else ("另外问一下…") disputes nothing
    assert not any("蛙泳爱好者" in _names(s) for x in an.contentions for s in (x.a, x.b)), _shown(an)
    assert not any("人少" in q.quote for x in an.contentions for s in (x.a, x.b) for q in s.citations), _shown(an)


GROUPBUY = "topic:\n  label: 社区团购\n  terms: [社区团购]\n"

VIEWS = _article("zh", "社区团购会不会挤垮菜市场？", (
    "社区团购越来越便宜，菜市场还有未来吗？\n\n"
    "### 1楼　程砚　2026-02-03 10:00\n\n"
    "程砚，在菜市场做了十年摊位管理。\n\n"
    "团购平台今年的订单又翻了一倍，不少摊主的生意掉了两成。很多人据此认为，菜市场三五年内就会消失。\n\n"
    "我的看法是：菜市场不会消失，老人和餐馆要的是现挑现称，团购给不了。\n\n"
    "### 2楼　米粒　2026-02-03 12:30\n\n"
    "我家楼下的菜市场上个月刚翻新过，周末人还是很多。"))


def test_a_view_the_writer_reports_others_hold_and_answers_in_the_next_paragraph_is_a_contention(tmp_path):
    an, _ = _run(tmp_path, [VIEWS], GROUPBUY)
    [c] = _citing(an, "我的看法是") or [None]
    assert c is not None, _shown(an)
    own = _side(c, "我的看法是")
    other = c.b if own is c.a else c.a
    assert any("三五年内就会消失" in x.quote for x in other.citations), _shown(an)
    # the writer holds the answer, never the view they report
    assert _names(own) == {"程砚"}, _shown(an)
    assert "程砚" not in _names(other), _shown(an)
    assert "不会消失" in own.statement, own.statement
