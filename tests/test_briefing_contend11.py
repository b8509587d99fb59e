"""Contentions in dialogue forms (issue 13, property 6): a podcast's or a chat's turn that sets itself against
another speaker's turn just before it ("这点我不同意", "我倒觉得", "我觉得没那么悲观", "我不完全同意，…"),
whether the turns carry timestamps or not; and, for precision, one speaker adding a second worry to the
first ("而且…我持保留态度") is no contention. The stories are invented for the test (a city marathon, a
river ferry, a night market); the taxonomy names only a topic."""

from __future__ import annotations

from test_briefing_contend import _sides
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 城市马拉松\n  terms: [城市马拉松, 马拉松]\n"


def _pairs(an):
    return [(c.a.statement, c.b.statement) for c in an.contentions]


def _across(an, one, other):
    """The contentions with ``one`` quoted on one side and ``other`` on the other."""
    return [c for c, side, opp in _sides(an, one) if any(other in x.quote for x in opp.citations)]


PODCAST = (
    "[00:01:10] 阿峰：今天请到了体育产业研究所研究员韩立明老师。\n\n"
    "[00:02:05] 韩立明：谢谢邀请。这次城市马拉松报名人数超过五万，创了纪录。\n\n"
    "[00:03:40] 小青：但是我看到有人统计，报名的人里八成以上是本地跑者。\n\n"
    "[00:04:02] 韩老师：对，我估计外地跑者只占一到两成。所以我对马拉松拉动旅游这个说法比较谨慎。\n\n"
    "[00:04:50] 阿峰：这点我不同意。我认识的几个外地跑者赛后专门多住了两晚，酒店的预订量也涨了。"
    "这就是带动旅游，不一定非要一次看出大数字。\n\n"
    "[00:06:30] 小青：我更想说说赛道。从二十公里开始补给站太少，很多人抽筋，我觉得明显不如去年。\n\n"
    "[00:07:02] 韩老师：业内人士普遍的看法是，今年筹备时间不够，有赶工的痕迹。\n\n"
    "[00:07:30] 阿峰：我倒觉得后半程的江边路段是整条赛道的亮点，说补给差的人，很多是没跑到最后。\n\n"
    "[00:09:10] 韩老师：明年规模很难再扩大了，沿线封路的压力已经到了极限。\n\n"
    "[00:09:45] 阿峰：我倒是乐观一点，这次之后，市民对封路的接受度都被养出来了，明年扩容会容易得多。")


def test_a_host_answering_the_guest_in_a_podcast_is_a_contention(tmp_path):
    an = _run(tmp_path, [_article("pod", PODCAST)], TOPIC)
    assert _across(an, "外地跑者只占一到两成", "这就是带动旅游"), _pairs(an)
    assert _across(an, "有赶工的痕迹", "我倒觉得后半程"), _pairs(an)
    assert _across(an, "很难再扩大", "我倒是乐观一点"), _pairs(an)


def test_the_sides_of_a_turn_dispute_are_held_by_the_two_speakers(tmp_path):
    an = _run(tmp_path, [_article("pod", PODCAST)], TOPIC)
    c = _across(an, "有赶工的痕迹", "我倒觉得后半程")[0]
    claim, answer = (c.a, c.b) if any("赶工" in x.quote for x in c.a.citations) else (c.b, c.a)
    assert "阿峰" in {s.name for s in answer.speakers}, answer.speakers
    assert "阿峰" not in {s.name for s in claim.speakers}, claim.speakers
    assert not answer.statement.startswith("[") and "00:07" not in answer.statement, answer.statement


CHAT = (
    "2025-03-02 15:18 周涛：就说我们的观点：赛事带来的消费是一次性的，真正的影响在城市形象层面。\n\n"
    "2025-03-02 15:20 孙悦：我不完全同意，酒店和餐饮是有真实流水的，不全是一次性的。\n\n"
    "2025-03-02 15:24 周涛：@孙悦 餐饮可以单独写。\n\n"
    "2025-03-03 10:15 周涛：我的看法是很难复制。筹备周期两年多，还要几十个部门配合，没几个城市有这个条件。\n\n"
    "2025-03-03 10:17 钱多多：我觉得没那么悲观，二线城市现在都在抢赛事，这次之后会有人跟的。")


def test_a_chat_member_disagreeing_with_the_message_before_is_a_contention(tmp_path):
    an = _run(tmp_path, [_article("chat", CHAT)], TOPIC)
    assert _across(an, "消费是一次性的", "我不完全同意"), _pairs(an)
    assert _across(an, "很难复制", "没那么悲观"), _pairs(an)


def test_one_speakers_second_worry_is_no_side_against_the_first(tmp_path):
    text = ("[00:12:00] 阿峰：你去现场看了吗？\n\n"
            "[00:12:20] 韩老师：这就是隐患。老城区的道路承载能力有限，人一多，安保的压力就上来了。"
            "而且赛事带来的热度能维持多久，我持保留态度，可能三个月以后就淡了。")
    an = _run(tmp_path, [_article("pod", text)], TOPIC)
    assert not _across(an, "承载能力有限", "持保留态度"), _pairs(an)
    plain = _article("col", "渡口改造后，早晚高峰的排队时间缩短了一半。"
                            "航运学者吴敏认为，码头的泊位有限，客流一多，调度的压力就上来了。"
                            "此外，新船的票价能维持多久，她也持保留态度。")
    an = _run(tmp_path, [plain], "topic:\n  label: 渡口改造\n  terms: [渡口改造, 渡口]\n")
    assert not _across(an, "泊位有限", "持保留态度"), _pairs(an)


FERRY = ("海港渡輪新航線上週開通，首週載客超過三萬人次。\n\n"
         "英國港口研究機構海港資料首席分析師艾倫．韋伯（Alan Webb）認為，新航線是老港區轉型的轉捩點。"
         "韋伯指出，外地遊客對老港區的好奇心被激發，「這是外地遊客第一次認真走進老港區」。\n\n"
         "研究員林志豪則不完全同意。他說，從目前售票的來源分布來看，外地遊客的比例並不高，"
         "「說它帶動觀光，現在下結論還太早」。他也認為，船票價格是一道門檻，對學生並不友善。\n\n"
         "對於這股熱潮能否複製，韋伯相當樂觀，認為未來兩三年內會有更多港口開通觀光航線。"
         "林志豪則提醒，這條航線籌備期長達6年以上，「不是每個港口都能複製這樣的模式」。")
FERRY_TOPIC = "topic:\n  label: 渡轮航线\n  terms: [渡轮航线, 渡轮]\n"


def test_a_holder_who_does_not_fully_agree_answers_the_view_before_with_the_sentence_after(tmp_path):
    an = _run(tmp_path, [_article("feed", FERRY, script="zh-Hant")], FERRY_TOPIC)
    c = _across(an, "第一次認真走進老港區", "下結論還太早")
    assert c, _pairs(an)
    assert not any("船票價格" in x.quote for s in (c[0].a, c[0].b) for x in s.citations), \
        "his next point (他也認為…) is another argument, not this side's"
    answer = c[0].b if any("太早" in x.quote for x in c[0].b.citations) else c[0].a
    assert [s.name for s in answer.speakers] == ["林志豪"], answer.speakers
    assert answer.statement.startswith("林志豪"), "他說 is the one who does not agree: " + answer.statement


def test_a_contrasted_holder_warning_against_anothers_optimism_is_a_contention(tmp_path):
    an = _run(tmp_path, [_article("feed", FERRY, script="zh-Hant")], FERRY_TOPIC)
    assert _across(an, "韋伯相當樂觀", "不是每個港口都能複製"), _pairs(an)


MARKET_TOPIC = "topic:\n  label: 夜市\n  terms: [夜市]\n"


def test_a_view_reported_then_rejected_is_answered_by_the_argument_after_it(tmp_path):
    a = _article("qa", "老城夜市重开一个月，周末客流超过十万人次。\n\n"
                       "有人说它只是换了招牌的老集市，我不认同。它的摊位规划、夜间照明和垃圾分类都是新设计的，"
                       "人流动线也和老集市很不一样。\n\n"
                       "弹幕里很多人说排队太久把游客劝退了。我倒觉得等候时间是合理的，多来几次就熟了。\n\n"
                       "有人说是开发商拿了独家经营权。我觉得这个没有证据，招标公告写得很清楚。\n\n"
                       "有人说是对手拿了独家。我觉得这个没有证据。招标公告写得很清楚。")
    an = _run(tmp_path, [a], MARKET_TOPIC)
    assert _across(an, "换了招牌的老集市", "摊位规划"), _pairs(an)
    assert _across(an, "把游客劝退了", "等候时间是合理的"), _pairs(an)
    assert _across(an, "独家经营权", "没有证据"), _pairs(an)
    assert _across(an, "对手拿了独家", "没有证据"), "a short spoken line (a subtitle's) reports a view too"


def test_a_view_reported_and_agreed_with_is_no_contention(tmp_path):
    a = _article("qa", "老城夜市重开一个月，周末客流超过十万人次。\n\n"
                       "有人说摊位租金太高，我也认同。好几个摊主说，一个月的流水刚够交租。")
    an = _run(tmp_path, [a], MARKET_TOPIC)
    assert not _sides(an, "摊位租金太高"), _pairs(an)


def test_words_quoted_only_to_be_rejected_are_the_view_and_the_sentences_after_the_argument(tmp_path):
    a = _article("qa", "老城夜市重开一个月，周末客流超过十万人次。\n\n"
                       "三、关于文化。我不同意“夜市只是卖小吃”的说法。本地手艺人已经在摊位上教游客做剪纸，"
                       "还有人自发做了夜市地图。")
    an = _run(tmp_path, [a], MARKET_TOPIC)
    c = _across(an, "夜市只是卖小吃", "教游客做剪纸")
    assert c, _pairs(an)
    claim = c[0].a if any("夜市只是卖小吃" in x.quote for x in c[0].a.citations) else c[0].b
    assert "夜市只是卖小吃" in claim.statement and "不同意" not in claim.statement, claim.statement


def test_a_numbered_part_of_an_answer_is_no_word_of_the_claim(tmp_path):
    a = _article("qa", "老城夜市重开一个月，周末客流超过十万人次。\n\n"
                       "四、有人说它只是换了招牌的老集市，我不认同。它的摊位规划、夜间照明和垃圾分类都是新设计的。")
    an = _run(tmp_path, [a], MARKET_TOPIC)
    c = _across(an, "换了招牌的老集市", "摊位规划")
    assert c and not c[0].a.statement.startswith("四") and not c[0].topic.startswith("四"), _pairs(an)


def test_a_reply_answering_an_earlier_answer_point_by_point_sets_each_point_against_the_one_it_answers(tmp_path):
    a = _article("qa", "如何评价老城夜市重开一个月的表现？\n\n"
                       "林晓\n\n"
                       "一、客流是实打实的。周末客流超过十万人次，这在全市商圈里都排得上号。\n\n"
                       "二、关于文化。夜市不只是卖小吃，本地手艺人已经在摊位上教游客做剪纸，这就是文化的传承。\n\n"
                       "三、至于能不能在别的城区复制，我是乐观的：有了这个样板，别的街道招商都会容易很多。\n\n"
                       "周末\n\n"
                       "楼上林老师的回答我不太认同，泼一点冷水。\n\n"
                       "1. 能不能复制要看条件。老城区有现成的骑楼和老字号，别的街道找不出第二处，复制很难。\n\n"
                       "2. 所谓文化传承被高估了。我在摊位边站了一晚，游客拍的几乎都是小吃，很少有人看剪纸。\n\n"
                       "3. 停车确实是个大问题，周边三个停车场晚上七点就满了。\n\n"
                       "我不是在否定夜市，它很好。只是别把一条街当成整个城区的翻身。")
    an = _run(tmp_path, [a], MARKET_TOPIC)
    assert _across(an, "我是乐观的", "复制很难"), _pairs(an)
    assert _across(an, "这就是文化的传承", "被高估了"), _pairs(an)
    assert not _sides(an, "停车确实是个大问题"), "a point answering nothing before it is no side"
    assert not _sides(an, "别把一条街当成"), "the closing line is no numbered point"


def test_a_bare_answer_in_short_spoken_lines_is_stated_by_its_argument(tmp_path):
    a = _article("sub", "老城夜市重开一个月。有人说这就是个换了招牌的集市。我不这么看。它的摊位都是新设计的。好了今天就聊到这。")
    an = _run(tmp_path, [a], MARKET_TOPIC)
    c = _across(an, "换了招牌的集市", "我不这么看")
    assert c, _pairs(an)
    answer = c[0].b if any("我不这么看" in x.quote for x in c[0].b.citations) else c[0].a
    assert "摊位都是新设计的" in answer.statement, answer.statement


FORUM = ("#1 老街坊：夜市重开以后，周边房租涨了三成，老店都快撑不下去了。\n\n"
         "#2 小吃王：房租涨是事实，可客流也翻了一倍，我家流水比去年好。\n\n"
         "#3 夜猫子：夜市到了十一点还很吵，附近居民的睡眠受了很大影响。\n\n"
         "#4 小吃王 回复 老街坊：我不完全同意，涨房租的主要是临街铺面，巷子里的老店租金基本没动。\n\n"
         "#5 管理员：请大家文明讨论。")


def test_a_forum_reply_answers_the_post_it_names_not_the_one_just_before(tmp_path):
    an = _run(tmp_path, [_article("bbs", FORUM)], MARKET_TOPIC)
    assert _across(an, "周边房租涨了三成", "涨房租的主要是临街铺面"), _pairs(an)
    assert not _across(an, "睡眠受了很大影响", "涨房租的主要是临街铺面"), _pairs(an)
    c = _across(an, "周边房租涨了三成", "涨房租的主要是临街铺面")[0]
    answer = c.b if any("临街铺面" in x.quote for x in c.b.citations) else c.a
    assert [s.name for s in answer.speakers] == ["小吃王"], answer.speakers
    assert not answer.statement.startswith("#"), answer.statement


def test_a_turn_granting_the_one_before_then_turning_it_is_a_contention(tmp_path):
    text = ("[00:04:50] 阿峰：我认识的几个外地跑者赛后专门多住了两晚，这就是带动旅游，不一定非要一次看出大数字。\n\n"
            "[00:05:30] 韩老师：有这个效果，但一两场比赛撑不起旅游，要形成持续的影响，得有一批赛事跟上。\n\n"
            "[00:06:10] 阿峰：可国内跑者的大头还是本地人啊。\n\n"
            "[00:06:20] 韩老师：没错，一场比赛改变不了本地跑者占大头的格局。")
    an = _run(tmp_path, [_article("pod", text)], TOPIC)
    assert _across(an, "这就是带动旅游", "撑不起旅游"), _pairs(an)
    assert not _sides(an, "改变不了本地跑者占大头"), "granting with nothing turned is agreement"


def test_an_unstamped_turn_label_is_no_part_of_a_side_and_an_answer_stops_at_the_next_subject(tmp_path):
    text = ("阿峰：今天请到了韩老师。\n\n"
            "韩老师：对，我估计外地跑者只占一到两成，所以我对拉动旅游这个说法比较谨慎。\n\n"
            "阿峰：这点我不同意。我认识的几个外地跑者赛后专门多住了两晚，这就是带动旅游，不一定非要一次看出大数字。\n\n"
            "韩老师：谢谢两位。")
    spoken = "有人说是赞助商拿了独家转播。我觉得这个没有证据。最后说说补给，二十公里以后的补给站明显不够。"
    an = _run(tmp_path, [_article("pod", text), _article("sub", spoken)], TOPIC)
    c = _across(an, "外地跑者只占一到两成", "这就是带动旅游")
    assert c, _pairs(an)
    claim = c[0].a if any("一到两成" in x.quote for x in c[0].a.citations) else c[0].b
    assert claim.statement.startswith("我估计"), claim.statement
    c = _across(an, "独家转播", "没有证据")
    assert c and not any("补给" in x.quote for s in (c[0].a, c[0].b) for x in s.citations), _pairs(an)
