"""Contentions from opposite stances on one action (issue 13, property 6): one holder says a thing
will happen (can, is safe, is already done), another that it will not (cannot, is not safe, it is
premature to say so), of the same subject; one person is never both sides.

The stories are invented for the tests (a river bridge's toll, a county's school bus, a night
market): a news page, a forum thread, a radio transcript, an official notice and a Hong Kong
article in traditional script; only the topic is named.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.holdernames import same_person
from generator.analyse.stances import stances
from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, paper="报", date="2026-03-01")


def test_a_clause_takes_a_stance_on_the_verb_its_modal_governs():
    # will / will not, in a news sentence, a post, a transcript turn and an official notice
    assert stances("交通局表示，取消过桥费后，老城区的拥堵将明显缓解。").get("缓解") == 1
    assert stances("楼主：取消过桥费以后拥堵根本不会缓解，车只是换个地方堵。").get("缓解") == -1
    assert stances("王工：我看短期内拥堵难以缓解，车流量摆在那里。").get("缓解") == -1
    # calling the claim premature or rejecting it turns it round
    assert stances("说拥堵会缓解为时过早，大桥还没通车。").get("缓解") == -1
    assert stances("他并不认同校车会取代家长接送的说法。") == {"取代": -1}
    # what a thing is or has done, said outright or denied
    assert stances("经检测，校车座椅是安全的。") == {"安全": 1}
    assert stances("家长们认为校车并不安全。") == {"安全": -1}
    assert stances("夜市的油烟问题已经解决。") == {"解决": 1}
    assert stances("夜市的油烟问题至今尚未解决。") == {"解决": -1}
    assert stances("小摊贩说，这么高的摊位费撑不住。") == {"撑住": -1}
    # up against down: "回升" and "回落" are one change; denying a fall claims no rise
    assert stances("游客人数今年会明显回升。")["增减"] == 1
    assert stances("民宿老板说，游客人数还会继续回落。")["增减"] == -1
    assert "增减" not in stances("游客人数不会回落。") and stances("游客人数不会回落。")["减少"] == -1
    assert "盈利" not in stances("头三年难赚钱，第五年才可能实现盈利。")  # both stances on it: no side
    assert stances("景区第一年就能实现盈利。")["盈亏"] == 1
    # should / need not: a parents' letter, a school's reply
    assert stances("家长们认为，学校应该增加校车班次。").get("增加") == 1
    assert stances("校方回应，目前乘车人数不多，没必要增加班次。").get("增加") == -1
    assert stances("夜市摊位无需提前预约。") == {"预约": -1}
    # what follows a condition is a stance; a denial of what "some say" denies it
    assert stances("如果过桥费取消，车流会增加。").get("增加") == 1
    assert stances("车流不会像有些人说的那样“大幅增加”。").get("增加") == -1
    # Cantonese (a Hong Kong paper's quotes, a forum post), read in simplified like every article
    assert stances("区议员话，呢个计划唔会成功。") == {"成功": -1}
    assert stances("街坊都讲，夜市冇可能成功。") == {"成功": -1}
    assert stances("专家认为，夜市计划会成功。") == {"成功": 1}
    # no stance: a question, a preposition's noun, "是" meaning "amounts to"
    assert stances("拥堵会缓解吗？") == {}
    assert stances("交通局将市民的意见汇总上报。") == {}
    assert stances("说到底，夜市的意义是带动周边消费。") == {}


def test_a_full_name_and_its_short_forms_are_one_person():
    assert same_person("高志远", "高教授")
    assert same_person("高志远", "老高")
    assert same_person("高志远", "志远")
    assert same_person("歐陽明", "欧阳局长")  # either script, a two-character surname
    assert same_person("周嵐", "周岚")
    assert not same_person("高志远", "王教授")
    assert not same_person("高志远", "高明")  # two full names sharing a surname are two people
    assert not same_person("交通局", "交通局长")


BRIDGE = "topic:\n  label: 河西大桥\n  terms: [河西大桥]\n"

BRIDGE_STORY = (
    _article("a", "河西大桥下月起取消过桥费",
             "河西大桥将于下月一日起取消过桥费，市财政每年为此补贴约3000万元。\n\n"
             "市交通运输局副局长孙立民表示，取消过桥费后，老城区的拥堵将明显缓解，东西两岸的通勤时间有望缩短。"),
    _article("b", "【本地论坛】河西大桥免费了，老城区就不堵了？",
             "楼主：桥免费了，我每天省十块钱，这是好事。\n\n"
             "2楼：别高兴太早，说老城区拥堵会缓解为时过早，车流都挤到桥头那几个路口了。\n\n"
             "3楼：同意，早高峰桥头排队比以前还长。"),
    _article("c", "《城市早高峰》节目文字稿",
             "主持人：今天我们聊聊河西大桥取消过桥费的事。\n\n"
             "交通规划师方静怡：取消收费以后，老城区的拥堵并不会缓解，车流只是从收费站转移到了桥头的信号灯路口。\n\n"
             "主持人：那有什么办法？\n\n"
             "交通规划师方静怡：桥头路口要重新渠化，公交要加密，光靠免费解决不了问题。"),
    _article("d", "河西大橋免收過橋費　市民看法兩極",
             "河西大橋下月起免收過橋費。\n\n"
             "市議員黃家明認為，免費以後老城區的擁堵會得到緩解，市民通勤會更方便。", script="zh-Hant"),
)


def _bridge(tmp_path):
    an, _ = _run(tmp_path, list(BRIDGE_STORY), BRIDGE)
    return an


def _side_of(c, text):
    return [k for k, side in (("a", c.a), ("b", c.b)) if any(text in x.quote for x in side.citations)]


def test_will_and_will_not_across_a_news_page_a_thread_and_a_transcript_are_one_contention(tmp_path):
    an = _bridge(tmp_path)
    found = [c for c in an.contentions if _side_of(c, "拥堵将明显缓解") or _side_of(c, "拥堵并不会缓解")]
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    claim, denial = _side_of(c, "拥堵将明显缓解"), _side_of(c, "拥堵并不会缓解")
    assert claim and denial and claim != denial
    # each side's statement is a sentence of its own side, with its holder
    sides = {"a": c.a, "b": c.b}
    assert "缓解" in sides[claim[0]].statement and "不会" not in sides[claim[0]].statement
    assert "不会缓解" in sides[denial[0]].statement or "为时过早" in sides[denial[0]].statement
    assert "孙立民" in {sp.name for sp in sides[claim[0]].speakers}
    # the thread's post and the transcript's turn both deny it
    assert _side_of(c, "为时过早") == denial and _side_of(c, "拥堵并不会缓解") == denial
    # a post's floor label is where the words are, no word of the statement
    assert not sides[denial[0]].statement.startswith("2楼")
    # nobody stands on both sides
    names_a, names_b = [sp.name for sp in c.a.speakers], [sp.name for sp in c.b.speakers]
    assert not any(same_person(x, y) for x in names_a for y in names_b), (names_a, names_b)


def test_the_traditional_article_joins_the_side_it_takes(tmp_path):
    an = _bridge(tmp_path)
    [c] = [c for c in an.contentions if _side_of(c, "拥堵将明显缓解")]
    # the councillor (traditional script) says it will ease ("會得到緩解"): the deputy director's side
    assert _side_of(c, "擁堵會得到緩解") == _side_of(c, "拥堵将明显缓解")
    side = c.a if _side_of(c, "擁堵會得到緩解") == ["a"] else c.b
    assert "黃家明" in {sp.name for sp in side.speakers}


PROFESSOR = "topic:\n  label: 东坪夜市\n  terms: [东坪夜市]\n"

PROFESSOR_STORY = (
    _article("a", "东坪夜市重新开张",
             "东坪夜市昨晚重新开张，首晚入驻摊位150个。\n\n"
             "省商贸学院教授高志远认为，夜市开张后，周边商铺的营业额会明显增长，带动街区消费。\n\n"
             "高教授同时提醒，营业额不会一直增长，新鲜感过去后客流就会回落，摊主不宜盲目扩张。"),
    _article("b", "关于东坪夜市开放时间的通告",
             "东坪夜市开放时间为每日18时至次日1时。\n\n"
             "经营期间，摊主须遵守油烟排放和噪声管理规定，违者将依法处理。"),
    _article("c", "【街坊论坛】东坪夜市又开了",
             "楼主：东坪夜市又开了，周末去逛了一圈，人挺多。\n\n"
             "2楼：人多是人多，摊位费太贵，小本生意撑不了多久。"),
)


def test_one_person_under_a_full_name_and_a_short_form_is_never_both_sides(tmp_path):
    an, _ = _run(tmp_path, list(PROFESSOR_STORY), PROFESSOR)
    for c in an.contentions:
        quotes_a = " ".join(x.quote for x in c.a.citations)
        quotes_b = " ".join(x.quote for x in c.b.citations)
        # the professor's claim and his own caveat are one argument, not two sides
        assert not ("高志远" in quotes_a + quotes_b and "高教授" in quotes_a + quotes_b
                    and not (("高志远" in quotes_a) == ("高志远" in quotes_b))), (c.topic, quotes_a, quotes_b)
        names_a, names_b = [sp.name for sp in c.a.speakers], [sp.name for sp in c.b.speakers]
        assert not any(same_person(x, y) for x in names_a for y in names_b), (names_a, names_b)


MARKET = "topic:\n  label: 南湖菜场\n  terms: [南湖菜场]\n"

MARKET_STORY = (
    _article("a", "南湖菜场改造完工",
             "南湖菜场改造工程昨日完工，新增摊位80个。\n\n"
             "区商务局局长杜文涛表示，改造完成后，菜场的客流将明显回升。"),
    _article("b", "【业主群聊天记录整理】",
             "张阿姨：隔壁小区新开的超市，房租不会回升了，老板说撑了半年都没涨。\n\n"
             "李师傅：超市的菜比菜场贵不少。"),
    _article("c", "南湖菜场周边商铺招租公告",
             "南湖菜场周边商铺现对外招租，租期三年。\n\n"
             "有意者请于本月底前到区商务局报名。"),
)


def test_opposite_stances_on_different_subjects_are_no_contention(tmp_path):
    an, _ = _run(tmp_path, list(MARKET_STORY), MARKET)
    # the market's customers coming back and a supermarket's rent not going up: one verb, two subjects
    for c in an.contentions:
        quotes = " ".join(x.quote for x in c.a.citations + c.b.citations)
        assert not ("客流将明显回升" in quotes and "房租不会回升" in quotes), (c.topic, quotes)


def _contention(a_holders, b_holders):
    from generator.analyse.model import Citation, Contention, Side, Speaker

    def side(label, holders, k):
        cites = tuple(Citation("a", f"p{k}{i}", f"{name}的第{i}句话，说得很长很完整。") for i, name in enumerate(holders))
        sps = tuple(Speaker(n, "", "a", f"p{k}{i}") for i, n in enumerate(holders) if n)
        return Side(label, (), cites, cites[0].quote, sps)
    return Contention("contention-x", "客流会回升吗？", side("会", a_holders, 1), side("不会", b_holders, 2))


def test_a_contention_whose_sides_are_one_person_is_dropped_and_a_shared_holder_named_on_neither():
    from generator.analyse.contendsides import _distinct_holders, one_person

    def held_by(cite):
        name = cite.quote.split("的第")[0]
        return {name} if name else set()
    # a professor named in full on one side and as "高教授" on the other: one argument, no contention
    assert one_person(_contention(["高志远"], ["高教授"]), held_by)
    # one critic in simplified and traditional script (an article each)
    assert one_person(_contention(["周岚", "周岚"], ["周嵐"]), held_by)
    # two people, or a side the reporter states (no holder), are a contention
    assert not one_person(_contention(["高志远"], ["王丽"]), held_by)
    assert not one_person(_contention(["高志远"], [""]), held_by)
    # a holder named on both sides beside others is listed on neither, under any of their names
    c = _distinct_holders(_contention(["高志远", "王丽"], ["高教授", "赵强"]))
    assert [sp.name for sp in c.a.speakers] == ["王丽"] and [sp.name for sp in c.b.speakers] == ["赵强"]


BUS = "topic:\n  label: 清河公交\n  terms: [清河公交]\n"

BUS_STORY = (
    _article("a", "清河县城区公交免费一月：私家车少了吗？",
             "自上月起，清河县城区公交全部免费乘坐。\n\n"
             "县交通局局长吴海波表示，公交免费后，城区私家车出行会明显减少，早晚高峰的拥堵将得到缓解。\n\n"
             "连续三天的早高峰，城区主干道上的私家车数量并没有明显减少，多数车主仍然开车上班。"),
    _article("b", "【清河生活号】免费公交坐了一个月，说点真话",
             "免费公交开通一个月，我每天坐7路上班。\n\n"
             "县里的通告说，公交免费能够吸引年轻人放弃开车。\n\n"
             "我们单位的年轻人一个都没放弃开车，车位照样抢不到。"),
    _article("c", "县政协委员谈公交免费",
             "县政协委员郑秀兰认为，免费公交的客流会稳步增长，三年内可以收回改造站台的投入。\n\n"
             "“客流不会一直增长，免费的新鲜劲过去以后，我们还要靠准点率留住乘客。”"),
)


def test_the_reporter_against_a_named_official_in_one_article_is_a_contention(tmp_path):
    an, _ = _run(tmp_path, list(BUS_STORY), BUS)
    found = [c for c in an.contentions if _side_of(c, "私家车出行会明显减少")]
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    # the official's forecast against what the reporter saw, each on its own side
    assert _side_of(c, "并没有明显减少") and _side_of(c, "并没有明显减少") != _side_of(c, "私家车出行会明显减少")
    side = c.a if _side_of(c, "私家车出行会明显减少") == ["a"] else c.b
    other = c.b if side is c.a else c.a
    assert "吴海波" in {sp.name for sp in side.speakers}
    assert "吴海波" not in {sp.name for sp in other.speakers}


def test_a_quotation_carrying_on_a_named_holders_words_is_not_the_other_side(tmp_path):
    an, _ = _run(tmp_path, list(BUS_STORY), BUS)
    # the councillor's own caveat (an unattributed quotation after her paragraph) is hers, no reply
    for c in an.contentions:
        assert not (_side_of(c, "客流会稳步增长") and _side_of(c, "客流不会一直增长")), (c.topic, c.a, c.b)


LIBRARY = "topic:\n  label: 滨湖图书馆\n  terms: [滨湖图书馆]\n"

LIBRARY_STORY = (
    _article("a", "滨湖图书馆延长开放时间",
             "滨湖图书馆自本月起每晚开放至22时。\n\n"
             "馆长沈慧芳表示，延长开放后，晚间的借阅量会明显回升，自习座位的使用率也会提高。"),
    _article("b", "读者来信：图书馆晚上没人",
             "我是滨湖图书馆的老读者，最近晚上去了几次。\n\n"
             "说实话，晚间的借阅量还会继续下滑，年轻人都在手机上看书了。\n\n"
             "倒是停车费降低了，这点值得肯定。"),
    _article("c", "區議員談滨湖图书馆", "區議員梁志豪認為，晚間開放後，電費開支會明顯增加。"),
)


def test_up_against_down_of_one_thing_is_a_contention_and_of_two_things_is_not(tmp_path):
    an, _ = _run(tmp_path, list(LIBRARY_STORY), LIBRARY)
    found = [c for c in an.contentions if _side_of(c, "借阅量会明显回升")]
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    # the librarian's "will pick up" against a reader's letter "will keep falling"
    assert _side_of(c, "借阅量还会继续下滑") and _side_of(c, "借阅量还会继续下滑") != _side_of(c, "借阅量会明显回升")
    # the power bill going up and the parking fee coming down are other things
    quotes = " ".join(x.quote for x in c.a.citations + c.b.citations)
    assert "停车费降低" not in quotes and "電費開支" not in quotes, quotes


def test_a_sides_statement_starts_on_its_words_not_on_markup():
    from generator.analyse.disputesides import _MARKUP_HEAD
    # a highlight's marks left by an export ("==…==") and a list's dash go; a sign of a figure stays
    assert _MARKUP_HEAD.sub("", "==如果出口管制收紧，生产线随时可能停摆。") == "如果出口管制收紧，生产线随时可能停摆。"
    assert _MARKUP_HEAD.sub("", "> 客流不会回升。") == "客流不会回升。"
    assert _MARKUP_HEAD.sub("", "- 客流不会回升。") == "客流不会回升。"
    assert _MARKUP_HEAD.sub("", "-5%的跌幅不会持续。") == "-5%的跌幅不会持续。"
    assert _MARKUP_HEAD.sub("", "**客流**不会回升。") == "**客流**不会回升。"
