"""Contentions whose sides carry an argument (issue 13, property 6): a frame that only says someone
disagrees ("不过，也有学者持不同看法。") takes its argument from what follows it, across the transcript's
paragraph break; a side with no argument at all makes no contention; a response naming what it answers
("对于居民停水的担忧，X表示…") answers that view; the question shown is the one disputed (the one a
side says it is too early to answer, the view the argument speaks of rather than the sentence just
before the frame).

The stories are invented for the tests (a ferry route, a public swimming pool, a community garden, a
night bus line): a broadcast transcript, a Hong Kong article in traditional script, a WeChat article, a
news page and a forum thread; only the topic is named.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, paper="报", date="2026-03-01")
_citing = contendkit.quoting


def _side(c, text):
    return next(s for s in (c.a, c.b) if any(text in x.quote for x in s.citations))


FERRY = "topic:\n  label: 轮渡航线\n  terms: [轮渡]\n"

FERRY_TRANSCRIPT = _article("t", "《海岛新闻》轮渡航线调整 文字稿", (
    "【导语】\n\n"
    "下月起，东港至小岛的轮渡航线将由每天12班减至8班，引发岛上居民关注。\n\n"
    "【同期声】\n\n"
    "字幕：柯永健\u3000东港航运公司副总经理\n"
    "客流淡季每班平均只有二十多名乘客，减班以后每张船票的成本能降下来，对居民的影响很小。\n\n"
    "【解说】\n\n"
    "不过，也有学者持不同看法。\n\n"
    "【同期声】\n\n"
    "字幕：蒋慧敏\u3000海洋大学交通运输学院教授\n"
    "减班省下的是公司的钱，付出代价的是岛上的老人和学生，他们看病、上学只能挤在更少的班次里。"
    "淡季客流少不等于需求少，班次一减，很多人干脆就不出岛了。\n\n"
    "【解说】\n\n"
    "航运公司表示，新班次表将于本月底公布。"))


def test_a_bare_frame_in_a_transcript_takes_the_argument_of_the_next_turn(tmp_path):
    an, _ = _run(tmp_path, [FERRY_TRANSCRIPT], FERRY)
    [c] = _citing(an, "持不同看法") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    side = _side(c, "持不同看法")
    # the side's statement is the scholar's argument, never the narrator's frame or the caption
    assert "持不同看法" not in side.statement and "字幕" not in side.statement
    assert any(w in side.statement for w in ("代价", "不等于", "不出岛")), side.statement
    assert any(sp.name == "蒋慧敏" for sp in side.speakers) and not any(sp.name == "学者" for sp in side.speakers), side.speakers
    other = c.a if side is c.b else c.b
    assert "减班" in other.statement and not any(sp.name == "蒋慧敏" for sp in other.speakers)


POOL = "topic:\n  label: 公共泳池\n  terms: [泳池]\n"

POOL_NEWS = _article("p", "維修延誤 公共泳池暑假或無法開放", (
    "西灣公共泳池的翻新工程進度落後，原定六月完工的工程目前只完成了七成。\n\n"
    "「小朋友放暑假最想去游泳，泳池要是開不了，我們只能帶他們去更遠的地方。」帶著兩個孩子的街坊"
    "鄧太說，她擔心整個暑假泳池都不能開放。\n\n"
    "對於街坊暑假無法游泳的擔憂，康文署發言人回應稱，工程已加派人手，泳池不會延誤至暑假之後才開放，"
    "預計七月中旬可以重開。\n\n"
    "區議員方志強則表示，會在下月的區議會上跟進工程進度。"), script="zh-Hant")


def test_a_response_naming_the_worry_it_answers_is_the_other_side_of_that_worry(tmp_path):
    an, _ = _run(tmp_path, [POOL_NEWS], POOL)
    [c] = _citing(an, "康文署發言人回應稱") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    answer, worry = _side(c, "康文署發言人回應稱"), _side(c, "暑假泳池都不能開放")
    assert answer is not worry
    assert "不会" in answer.statement and "对于" not in answer.statement and "担忧" not in answer.statement
    assert "康文署" in " ".join(sp.name for sp in answer.speakers) and "回应" not in answer.statement[:6]
    assert "鄧太" in " ".join(sp.name for sp in worry.speakers)
    # the councillor's follow-up takes no side
    assert not _citing(an, "跟進工程進度")


GARDEN = "topic:\n  label: 社区菜园\n  terms: [菜园]\n"

GARDEN_WECHAT = _article("g", "社区菜园要拆？我们问了一圈", (
    "一、菜园为什么要拆？\n\n"
    "街道办一位工作人员私下解释说，菜园占用的是规划中的消防通道。"
    "在他看来，拆掉菜园“是为了全小区的安全，大家应该理解”。但这个说法，种菜的老人们显然并不买账。\n\n"
    "二、物业怎么说？\n\n"
    "9月3日，小区物业在业主群里发布通知称，菜园属于违规占用公共绿地，将于月底前统一清理。\n\n"
    "“菜园里的土都是我们自己一桶一桶挑来的。”78岁的龚大爷说。"))


def test_a_side_that_only_says_it_disagrees_makes_no_contention(tmp_path):
    an, _ = _run(tmp_path, [GARDEN_WECHAT], GARDEN)
    for c in an.contentions:
        for s in (c.a, c.b):
            assert "并不买账" not in s.statement, (c.topic, s.statement)
    # the property manager's notice is another party: never the elders' argument
    assert not [c for c in _citing(an, "并不买账") if _citing(an, "物业在业主群")]


BUS = "topic:\n  label: 夜间公交\n  terms: [夜间公交, 夜班车]\n"

BUS_NEWS = _article("n", "夜班车开通三个月 客流能否撑起线路", (
    "城北夜间公交N3线开通三个月，日均客流约900人次。\n\n"
    "市交通研究院研究员彭晓岚在最新报告中认为：\n\n"
    "“夜间经济持续升温，夜班车客流有望在年底前翻一番，线路有望在明年实现收支平衡。”\n\n"
    "不过，公交集团运营部经理邹立新则显得更为谨慎，认为判断夜班车能否实现收支平衡现在言之过早。"
    "他表示，目前每趟车平均只有十几名乘客，票款收入不到运营成本的三成。"))


def test_a_cautious_holder_answers_the_forecast_and_the_question_is_the_one_deferred(tmp_path):
    an, _ = _run(tmp_path, [BUS_NEWS], BUS)
    [c] = _citing(an, "言之过早") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    cautious, forecast = _side(c, "言之过早"), _side(c, "翻一番")
    assert cautious is not forecast
    assert any(sp.name == "邹立新" for sp in cautious.speakers)
    assert any(sp.name == "彭晓岚" for sp in forecast.speakers)
    assert "能否实现收支平衡" in c.topic and "言之过早" not in c.topic, c.topic


CLINIC = "topic:\n  label: 社区诊所\n  terms: [诊所]\n"

CLINIC_THREAD = _article("f", "【社区论坛】诊所搬迁说明会记录", (
    "街道卫生科科长雷振宇在说明会上说，新诊所的面积是旧址的两倍，医生人数不会减少。"
    "新址离地铁站只有三百米，交通更方便。\n\n"
    "雷振宇还提醒，搬迁期间居民取药可以到隔壁社区，请大家提前做好安排。\n\n"
    "不过也有居民代表不以为然。居民代表于桂芳指出，诊所搬走以后医生人数肯定会减少，"
    "原来的四位医生已经有两位调走了。"))


def test_a_frame_opening_its_paragraph_answers_the_view_its_argument_speaks_of(tmp_path):
    an, _ = _run(tmp_path, [CLINIC_THREAD], CLINIC)
    [c] = _citing(an, "不以为然") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    claim = c.a if _side(c, "不以为然") is c.b else c.b
    # the resident disputes the doctors, not the advice on where to pick up medicine
    assert any("医生人数不会减少" in x.quote for x in claim.citations), claim.citations
    assert not any("取药" in x.quote for x in claim.citations)
    assert "取药" not in c.topic


PORT = "topic:\n  label: 港口疏浚\n  terms: [疏浚]\n"

PORT_NEWS = _article("h", "港口疏浚工程 議員質疑環評", (
    "港務局今日表示，北港疏浚工程已完成環境影響評估，對附近漁場的影響輕微，工程將於下月動工。\n\n"
    "不過也有議員不以為然。市議員駱文彬今日在議會受訪時指出，環評報告沒有計入冬季的洄游魚群，"
    "「對漁場影響輕微的結論站不住腳」。"), script="zh-Hant")


def test_a_holder_is_named_without_the_time_and_place_of_the_statement(tmp_path):
    an, _ = _run(tmp_path, [PORT_NEWS], PORT)
    [c] = _citing(an, "站不住") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    names = [sp.name for s in (c.a, c.b) for sp in s.speakers]
    assert any("駱文彬" in n for n in names), names
    assert not any(w in n for n in names for w in ("今日", "在議會", "受訪")), names
    # the answer's statement is the councillor's argument, not the bare frame
    assert "洄游" in _side(c, "站不住").statement and "不以为然" not in _side(c, "站不住").statement


def test_an_attributed_holder_that_ran_into_the_time_and_place_is_cut_back():
    from generator.analyse.disputeholders import _trimmed
    from generator.analyse.model import Speaker

    def cut(name):
        return _trimmed(Speaker(name=name, role="", article="a", paragraph="p1", kind="person")).name

    assert cut("國民黨立委陳怡君今日在立法院") == "陳怡君"  # (立委 is a title: the name, its role apart)
    assert cut("李明10日在记者会上") == "李明"
    assert cut("林宏遠") == "林宏遠" and cut("市教育局") == "市教育局"
    assert cut("在他") == ""  # nothing left that names anyone: nobody


def test_a_quote_that_is_one_quotation_is_not_wrapped_twice():
    from generator.render.briefing import _unwrapped

    assert _unwrapped("“孩子班上一半同学都病了。”") == "孩子班上一半同学都病了。"
    assert _unwrapped("他说：“不会停课。”") == "他说：“不会停课。”"
    assert _unwrapped("“甲”和“乙”") == "“甲”和“乙”"


LIBRARY = "topic:\n  label: 社区图书馆\n  terms: [图书馆]\n"

LIBRARY_THREAD = _article("l", "【讨论】社区图书馆改成晚上九点关门，大家觉得怎么样？", (
    "楼主：社区图书馆从下周起改成晚上九点关门，我觉得早该这样，上班族下班以后终于有地方看书了。\n\n"
    "我家孩子每天放学都在图书馆写作业，馆里的自习座位现在天天坐满，管理员说下个月还要加桌子。\n\n"
    "回复2楼：谢谢分享，我们小区的孩子也常去。\n\n"
    "另外我听说周末的亲子阅读活动要取消，图书馆人手本来就少，晚上开到九点肯定顾不过来，我看延长开放时间没必要。\n\n"
    "回复4楼：延长开放时间还是很有必要吧，图书馆晚上加了两名志愿者，人手顾得过来，亲子阅读活动也没有取消。"))


def test_a_floor_reply_taking_a_stance_answers_the_post_on_its_subject(tmp_path):
    an, _ = _run(tmp_path, [LIBRARY_THREAD], LIBRARY)
    [c] = _citing(an, "回复4楼") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    reply, post = _side(c, "回复4楼"), _side(c, "没必要")
    assert reply is not post
    # the floor label is where the words are, no word of the statement
    assert not reply.statement.startswith("回复") and ("志愿者" in reply.statement or "有必要" in reply.statement), reply.statement
    # a reply that thanks disputes nothing
    assert not _citing(an, "谢谢分享")


SOLAR = "topic:\n  label: 屋顶光伏\n  terms: [光伏]\n"

SOLAR_STORIES = [
    _article("s1", "【会员通讯】屋顶光伏到底省多少电费", (
        "关于收益，有一点值得澄清。厂商常说屋顶光伏能帮农户每年省下一半电费，但我们的实测数据显示，"
        "扣除逆变器更换和清洗维护，农户实际节省的电费只有两到三成。")),
    _article("s2", "关于规范农村屋顶光伏推广的建议", (
        "（三）收益被夸大。部分企业宣称屋顶光伏每年能省下一半电费，不过调研中三个村的电费账目显示，"
        "农户的电费平均只下降了约两成，还要承担设备贷款。")),
    _article("s3", "【乡村论坛】装了光伏的来说说", (
        "楼主：隔壁村装了屋顶光伏，我们村下个月也要装，大家说说效果。\n\n"
        "2楼：我家装了两年，电费确实少了一些，我们的测算也显示每年能省几百块。")),
]


def test_a_claim_met_by_measured_evidence_is_a_contention_across_outlets(tmp_path):
    an, _ = _run(tmp_path, SOLAR_STORIES, SOLAR)
    found = _citing(an, "实测数据显示") + _citing(an, "电费账目显示")
    assert found, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    c = found[0]
    claim, evidence = _side(c, "一半电费"), _side(c, "显示")
    assert claim is not evidence
    assert "一半电费" in claim.statement and "显示" not in claim.statement
    assert any(w in evidence.statement for w in ("两到三成", "两成")), evidence.statement
    # a holder read from a claim's head is a party, never a fragment of its saying verb ("厂商常")
    assert not any(sp.name.endswith(("常", "宣")) for sp in claim.speakers), claim.speakers
    # a post confirming what it reports ("我们的测算也显示") disputes nothing
    assert not _citing(an, "每年能省几百块")


KITE = "topic:\n  label: 风筝节\n  terms: [风筝节]\n"

KITE_TIMELINE = _article("w", "#风筝节# 微博话题", (
    "海滨风筝节\n9月3日 10:02\n#风筝节# 今年风筝节将在海滨公园举办三天，预计吸引游客十万人次。\n\n"
    "亲子游攻略君\n9月3日 12:15\n#风筝节# 带孩子去放风筝的注意了，公园里的无人机表演和风筝同场，"
    "孩子的风筝线是不是应该和无人机分开区域？\n"
    "\u3000回复 @海滨风筝节：场地很大，无人机飞得很高，风筝线根本够不着，没必要分区吧。\n"
    "\u3000回复 @亲子游攻略君：@海滨风筝节 风筝线缠上无人机的事去年就发生过，场地再大也不该混在一起飞啊。\n"
    "\u3000回复 @海滨风筝节：谢谢提醒，我们会带孩子早点去。"))


def test_a_reply_naming_another_reply_writer_answers_that_reply(tmp_path):
    an, _ = _run(tmp_path, [KITE_TIMELINE], KITE)
    [c] = _citing(an, "不该混在一起飞") or [None]
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    answer, claim = _side(c, "不该混在一起飞"), _side(c, "没必要分区")
    assert answer is not claim
    # a handle or a reply label is no word of a statement
    assert not answer.statement.startswith(("@", "回复")) and not claim.statement.startswith(("@", "回复"))
    assert not _citing(an, "谢谢提醒")
