"""One contention per question (issue 13, property 6): two guests disagreeing on the host's first question and again
on the second are two contentions, each side quoting only what answers its question; a caption naming a guest with a
title ("教授孙悦：") is that guest, never the other side of his own words; a question a line ends on gives the next
speaker's answer no claim of that line to dispute, and "也可能只是…" answers the line above it; in a dialogue a reply
answers the other's latest turn, never an earlier one it merely shares a word with; a reply by name ("回复X：") answers
the post of X on its subject, Latin terms ("4K", "NFC") counted.

The stories are invented (a congestion charge on a TV panel, a library's opening hours on a podcast, a bus fare on a
council hearing's minutes, a coffee machine's video review, a camera's and a bike lock's forum threads); no corpus
has these topics.
"""

from __future__ import annotations

from functools import partial

from tests import contendkit
from tests.contendkit import names as _names
from tests.test_briefing_recall import _run

_article = partial(contendkit.article, date="2026-06-01")
_shown = contendkit.shown
_with = contendkit.quoting


def _side(c, text):
    return c.a if any(text in x.quote for x in c.a.citations) else c.b


def _quotes(c) -> str:
    return "\n".join(x.quote for x in c.a.citations + c.b.citations)


def _two_questions(an, first: tuple[str, str], second: tuple[str, str]) -> None:
    """The first question's claim and answer are one contention, the second's another, and neither quotes the other's."""
    one, two = _with(an, first[1]), _with(an, second[1])
    assert one and two, _shown(an)
    assert one[0] is not two[0], _shown(an)
    assert _side(one[0], first[0]) is not _side(one[0], first[1]), _shown(an)
    assert _side(two[0], second[0]) is not _side(two[0], second[1]), _shown(an)
    assert not any(t in _quotes(one[0]) for t in second), _shown(an)
    assert not any(t in _quotes(two[0]) for t in first), _shown(an)


CHARGE = "topic:\n  label: 拥堵费\n  terms: [拥堵费]\n"

PANEL = _article("panel", "城市观察：该不该收拥堵费", (
    "周明：欢迎收看城市观察，我是主持人周明，今天两位来宾，钱立和孙悦。第一个问题，收拥堵费能不能真正缓解市中心的拥堵？\n\n"
    "钱立：我认为能缓解，伦敦收费以后市中心车流量下降了百分之十五，效果是看得见的。\n\n"
    "孙悦：我的看法不一样，伦敦的车流量几年后又回升了，收费只是抬高了开车的门槛，市中心的拥堵并没有根治。\n\n"
    "周明：第二个问题，收上来的钱该怎么用？\n\n"
    "钱立：收上来的钱应该全部投到市中心的公交上，增加夜班公交和地铁班次。\n\n"
    "孙悦：全部投到市中心公交不现实，道路维护也要钱，这笔钱不能只给一个部门。\n\n"
    "周明：感谢两位来宾。"))


def test_two_guests_disagreeing_on_two_questions_of_a_panel_are_two_contentions(tmp_path):
    an, _ = _run(tmp_path, [PANEL], CHARGE)
    _two_questions(an, ("车流量下降", "并没有根治"), ("全部投到市中心的公交", "不现实"))


HOURS = "topic:\n  label: 图书馆开放时间\n  terms: [图书馆]\n"

PODCAST = _article("podcast", "播客文字稿：图书馆该不该通宵开放", (
    "[00:00:05] 阿宁：欢迎收听本期节目，我是阿宁，今天聊图书馆。先问第一个问题，市图书馆该不该延长到通宵开放？\n\n"
    "[00:00:40] 何静怡：我觉得应该通宵开放，考研的学生晚上没地方自习，周边的咖啡馆一坐就要消费。\n\n"
    "[00:01:20] 邹海：我不这么看，通宵开放的夜间安保成本太高，晚上来的读者也很少，自习的学生可以去学校。\n\n"
    "[00:02:00] 阿宁：那第二个问题，图书馆的夜间座位要不要预约？\n\n"
    "[00:02:30] 何静怡：夜间座位一定要预约，学生晚上占座太严重，不预约根本抢不到。\n\n"
    "[00:03:05] 邹海：预约反而麻烦，晚上来的读者本来就不多，没必要为了学生专门搞一套系统。\n\n"
    "[00:03:40] 阿宁：好，今天就聊到这里，大家还有什么问题？"))


def test_two_questions_of_a_podcast_with_stamped_turns_are_two_contentions(tmp_path):
    an, _ = _run(tmp_path, [PODCAST], HOURS)
    _two_questions(an, ("应该通宵开放", "安保成本太高"), ("一定要预约", "预约反而麻烦"))


FARE = "topic:\n  label: 公交票价\n  terms: [票价]\n"

HEARING = _article("hearing", "公交票价调整听证会纪要", (
    "时间：2026年6月3日上午\n\n"
    "张岚（市发改委）：请各位委员发言。第一项，公交票价从两元调到三元，是否合理？\n\n"
    "王委员（消费者协会）：调到三元不合理，公交公司的亏损主要是管理问题，不应该让乘客买单。\n\n"
    "李委员（公交集团）：三元是合理的，燃料和人工成本十年涨了一倍，两元的票价早就撑不住了。\n\n"
    "张岚（市发改委）：第二项，老年人免费乘车是否保留？\n\n"
    "李委员（公交集团）：老年人免费乘车可以改成高峰时段半价，高峰时段车上太挤，成本也高。\n\n"
    "王委员（消费者协会）：老年人也是乘客，免费乘车必须保留，高峰时段收费不公平，看病的老人只能高峰出门。\n\n"
    "张岚（市发改委）：还有委员要补充吗？"))


def test_two_items_of_a_hearing_are_two_contentions_of_the_same_two_delegates(tmp_path):
    an, _ = _run(tmp_path, [HEARING], FARE)
    _two_questions(an, ("管理问题", "撑不住了"), ("高峰时段半价", "必须保留"))


CAPTIONED = _article("captioned", "城市观察：拥堵费第二集", (
    "周明：我是主持人周明，今天继续聊拥堵费。收拥堵费能不能真正缓解市中心的拥堵？\n\n"
    "钱立：收费以后市中心的车流量明显下降，晚高峰的平均车速提高了两成，拥堵缓解是看得见的。\n\n"
    "孙悦：可是车流量下降只是暂时的，收费的标准一旦固定，大家习惯了就会继续开车，拥堵不会真正缓解。\n\n"
    "教授孙悦：拥堵费不能真正缓解拥堵。\n\n"
    "周明：那收费标准该定多少？\n\n"
    "钱立：我觉得一天三十元比较合适。\n\n"
    "周明：好，感谢两位来宾，还有观众要提问吗？"))


def test_a_caption_naming_a_guest_with_a_title_stands_with_the_guests_own_words(tmp_path):
    an, _ = _run(tmp_path, [CAPTIONED], CHARGE)
    found = _with(an, "只是暂时的")
    assert found, _shown(an)
    for c in an.contentions:
        guest = _side(c, "只是暂时的") if "只是暂时的" in _quotes(c) else None
        caption = _side(c, "不能真正缓解拥堵") if "不能真正缓解拥堵" in _quotes(c) else None
        # the caption is the guest's own words: never set against them
        assert guest is None or caption is None or guest is caption, _shown(an)


SPRING = "topic:\n  label: 限行新政\n  terms: [限行]\n"

ASKED = _article("asked", "城市观察：限行新政", (
    "周明：我是主持人周明，今天聊限行新政。新政对通勤的影响大不大？\n\n"
    "吴宇：通勤的人大多已经改坐地铁，地铁这几年的准点率提高了很多。还有就是有观众留言问，市里是不是故意选在春运前宣布？\n\n"
    "孙悦：我认为时间点绝对是故意安排的，春运前大家都忙着回家，反对的声音最小。\n\n"
    "钱立：也可能只是预算年度到了，市里的新政策每年都是一月公布，不需要过度解读。\n\n"
    "周明：感谢三位来宾，观众还有什么问题？"))


def test_an_answer_to_the_question_a_line_ends_on_disputes_none_of_its_claims(tmp_path):
    an, _ = _run(tmp_path, [ASKED], SPRING)
    # the guest's answer to the question asked is no dispute of the asker's claim about the metro
    assert not any("准点率" in _quotes(c) and "故意安排" in _quotes(c) for c in an.contentions), _shown(an)
    # a plainer reason ("也可能只是…") answers the line above it: the two readings of the timing are the two sides
    found = _with(an, "预算年度")
    assert found, _shown(an)
    c = found[0]
    assert _side(c, "故意安排") is not _side(c, "预算年度"), _shown(an)
    assert _names(_side(c, "故意安排")) == {"孙悦"} and _names(_side(c, "预算年度")) == {"钱立"}, _shown(an)
    # the question they answer is its title, without who relayed it ("有观众留言问，")
    assert c.topic == "市里是不是故意选在春运前宣布？", _shown(an)


COFFEE = "topic:\n  label: 咖啡机评测\n  terms: [咖啡机]\n"

REVIEW = _article("review", "视频文字稿：家用咖啡机上手", (
    "周磊：这台咖啡机的奶泡很细，打一杯拿铁的奶泡只要四十秒。\n\n"
    "韩冬：奶泡系统是我们自己研发的，蒸汽压力比上一代高了两成。\n\n"
    "周磊：清洁方面，每次用完都要手动冲洗蒸汽管，有点麻烦。\n\n"
    "韩冬：下个版本会加上自动清洗功能。\n\n"
    "周磊：很多人拿它跟意式半自动机比，半自动机的奶泡和蒸汽压力更可控，但上手难度高不少，新手不一定玩得转。"))


def test_in_a_dialogue_a_line_does_not_answer_an_earlier_turn_past_the_others_latest(tmp_path):
    an, _ = _run(tmp_path, [REVIEW], COFFEE)
    # the comparison with other machines answers neither the engineer's milk system nor anything he said
    assert not _with(an, "意式半自动机"), _shown(an)


CHAT = _article("chat", "骑行群聊天记录", (
    "阿峰：新买的折叠车骑了一个月，变速很顺，爬坡也不费劲。\n\n"
    "小鹿：折叠车的车架是铝合金的，比去年那款轻了一公斤。\n\n"
    "阿峰：就是车锁不好放，只能挂在车把上。\n\n"
    "小鹿：下个月会出专用的锁架。\n\n"
    "阿峰：周末去郊外骑车的人越来越多，山地车的铝合金车架还是更稳，折叠车长途不一定扛得住。"))


def test_in_a_chat_of_two_a_line_does_not_answer_an_earlier_line_past_the_others_latest(tmp_path):
    an, _ = _run(tmp_path, [CHAT], "topic:\n  label: 折叠车\n  terms: [自行车]\n")
    assert not _with(an, "山地车还是更稳"), _shown(an)


CAMERA = "topic:\n  label: 国产相机\n  terms: [相机]\n"

THREAD = _article("thread", "国产相机上手一个月，说说感受", (
    "说说这台国产相机用了一个月的感受，大家怎么看？\n\n"
    "### 1楼　阿凯　2026-06-02 09:00\n\n"
    "用了一个月，对焦很快，电池能拍八百张，整体挺满意。\n\n"
    "### 2楼　老王　2026-06-02 09:30\n\n"
    "说句得罪人的，4K60帧在今年有啥可吹的，别家旗舰早就8K了。\n\n"
    "### 3楼　小雨　2026-06-02 10:10\n\n"
    "回复老王：买国产怎么了，现在谁买相机不看口碑。\n\n"
    "### 4楼　老王　2026-06-02 10:40\n\n"
    "回复小雨：我不反对买国产，反对的是不买就不爱国那种道德绑架。\n\n"
    "### 5楼　小林　2026-06-02 11:20\n\n"
    "回复老王：4K60帧对标的确实是几年前的水平，但这是在没有进口芯片的情况下做出来的，意义完全不一样。"))


def test_a_reply_by_name_answers_the_post_on_its_subject_latin_terms_counted(tmp_path):
    an, _ = _run(tmp_path, [THREAD], CAMERA)
    found = _with(an, "意义完全不一样")
    assert found, _shown(an)
    c = found[0]
    other = c.b if _side(c, "意义完全不一样") is c.a else c.a
    assert any("有啥可吹" in x.quote for x in other.citations), _shown(an)
    # the reply label ("回复老王：") is no word the two posts share: the patriotism post is not what it answers
    assert not any("道德绑架" in x.quote for x in other.citations), _shown(an)


LOCK = "topic:\n  label: 智能门锁\n  terms: [门锁]\n"

LOCKS = _article("locks", "智能门锁装了半年，来聊聊", (
    "装了半年智能门锁，说说体验，欢迎讨论。\n\n"
    "### 1楼　阿凯　2026-06-03 08:00\n\n"
    "指纹识别很快，半年没出过问题。\n\n"
    "### 2楼　老周　2026-06-03 08:40\n\n"
    "NFC开锁有什么用，手机没电就进不了门，还是密码稳妥。\n\n"
    "### 3楼　小雨　2026-06-03 09:15\n\n"
    "回复老周：装锁又不是赶时髦，安全第一。\n\n"
    "### 4楼　老周　2026-06-03 09:50\n\n"
    "回复小雨：我不是说不安全，是说贵了一倍的价格不值得。\n\n"
    "### 5楼　小林　2026-06-03 10:30\n\n"
    "回复老周：NFC卡片本身不用电，关机照样刷得开，这个担心是多余的。"))


def test_a_reply_by_name_on_a_latin_term_answers_the_post_naming_it(tmp_path):
    an, _ = _run(tmp_path, [LOCKS], LOCK)
    found = _with(an, "关机照样刷得开")
    assert found, _shown(an)
    c = found[0]
    other = c.b if _side(c, "关机照样刷得开") is c.a else c.a
    assert any("手机没电" in x.quote for x in other.citations), _shown(an)
    assert not any("贵了一倍" in x.quote for x in other.citations), _shown(an)


ADDED = _article("added", "城市观察：拥堵费第三集", (
    "周明：我是主持人周明。收拥堵费以后，市中心的商户会不会受影响？\n\n"
    "钱立：市中心的商户不会受太大影响，来购物的人大多坐地铁，开车来的本来就不多。\n\n"
    "孙悦：我补充一下，市中心的停车费去年已经涨过一次，商户那边并没有明显的变化。\n\n"
    "周明：那收费的时段怎么定？\n\n"
    "钱立：早晚高峰收费就够了，周末不应该收。\n\n"
    "孙悦：另外周末的市中心其实也很堵，不收费的话，拥堵只是换到了周末。\n\n"
    "周明：好，感谢两位，观众还有什么问题？"))


def test_a_line_adding_a_point_to_the_talk_disputes_nothing_above_it(tmp_path):
    an, _ = _run(tmp_path, [ADDED], CHARGE)
    # "我补充一下…" / "另外…" go on with the talk: never the other side of the line above
    assert not _with(an, "停车费去年已经涨过一次"), _shown(an)
    assert not _with(an, "换到了周末"), _shown(an)


SPLIT = _article("split", "司机群聊天记录", (
    "老周（武昌）：这玩意儿就是冲着我们饭碗来的，年底要搞到一千台，到时候还有我们什么事。\n\n"
    "老周（武昌）：它又不用睡觉，一台车顶我们两三个人。\n\n"
    "小陈（洪山）：老周你想多了，全市跑车的少说四万人，它才一千台车，说抢饭碗言之过早。\n\n"
    "胖哥（汉阳）：我这边的单子是少了一截。"))


def test_a_message_split_in_two_lines_is_one_turn_the_reply_answers(tmp_path):
    an, _ = _run(tmp_path, [SPLIT], "topic:\n  label: 无人出租车\n  terms: [无人车]\n")
    found = _with(an, "言之过早")
    assert found, _shown(an)
    c = found[0]
    other = c.b if _side(c, "言之过早") is c.a else c.a
    assert any("冲着我们饭碗来的" in x.quote for x in other.citations), _shown(an)


PRICE = "topic:\n  label: 共享单车涨价\n  terms: [单车]\n"

TALK = _article("talk", "电台文字稿：共享单车的价格", (
    "阿宁：欢迎收听，我是主持人阿宁。共享单车的低价还能维持多久？\n\n"
    "易明：低价主要靠补贴，乘客看到的一块钱是各种优惠券叠加出来的，补贴一停，价格一定会涨回去。\n\n"
    "沈帆：但也不全是补贴。车的成本确实降得很快。新一代车的造价是800元，上一代是1500元，降了快一半。\n\n"
    "阿宁：那运维呢？\n\n"
    "易明：运维成本这几年一直在涨，调度车和人工都要钱。\n\n"
    "阿宁：好，今天就到这里，大家还有问题吗？"))


def test_an_answer_opening_on_its_stance_before_its_figures_is_stated_by_the_stance(tmp_path):
    an, _ = _run(tmp_path, [TALK], PRICE)
    found = _with(an, "降了快一半") or _with(an, "不全是补贴")
    assert found, _shown(an)
    c = found[0]
    answer = _side(c, "不全是补贴") if "不全是补贴" in _quotes(c) else _side(c, "降了快一半")
    # the statement is what the answer holds, not the figures reported after it, and no speaker's label
    assert "不全是补贴" in answer.statement[:8] and "成本确实降得很快" in answer.statement, _shown(an)
    assert "800" not in answer.statement and "沈帆：" not in answer.statement, _shown(an)
