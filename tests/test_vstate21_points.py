"""Points a reader can use, on any form (issue 13, properties 4 and 7).

Sentences written for the test (a ferry line, a tea market, a battery maker, a library, a chess
club), in several received forms (a flash channel's items, a talk show's turns, a subtitle file, a
report's note, a forum post):

* a flash channel's label opening an item ("【美股】", "〖快讯〗", "[海外]", "【港股】" in either script) is
  the section it is filed under, no word of the statement nor of its quote; a bracketed headline
  with its own pause ("【绿帆：首周售出1500张船票】") is no label;
* a host counting the guests of the programme and a piece's note on the convention it follows
  ("我们以…为准", "本文数据以…为准", "采用…口径") are no claims;
* a role is a title: the punctuation of the sentence it came from is not printed with it;
* the second of a pair the sentence sets side by side ("一种观点认为A，另一种观点则认为B") is no
  statement without the first;
* a statement opening mid-utterance ("也可能只是…", "前提是…", "还有…") is recognised, and a member
  of the group that opens on its own subject states the point before it;
* a subtitle cue ending on a copula, a preposition or a conjunction goes on into the next cue.
"""

from __future__ import annotations

from generator.analyse.claimless import not_a_claim
from generator.analyse.model import Citation, Point, Speaker
from generator.analyse.overview import takeaways
from generator.analyse.pointrep import continues
from generator.analyse.statements import clean_statement, short_quote
from generator.analyse.text import to_simplified
from generator.clean import clean


def _same(text):
    return text


def test_a_flash_channels_label_is_no_word_of_the_statement():
    items = {
        "【美股】有报道指渡轮公司下调全年客流预期，绿帆股价两日累跌逾6%。": "有报道指渡轮公司",
        "〖快讯〗绿帆电动渡轮今日开启预售，首批船票一分钟内售罄。": "绿帆电动渡轮今日",
        "[海外]有分析指，电动渡轮缺乏海外认证，出口销售仍然有限。": "电动渡轮缺乏海外认证",
        "【A股收市】渡轮概念股掀涨停潮，电池板块领涨，多只个股涨停。": "渡轮概念股掀涨停潮",
    }
    for text, opening in items.items():
        got = clean_statement(text, "电动渡轮")
        assert "【" not in got and "〖" not in got and "[" not in got, got
        assert opening in got, got


def test_a_flash_label_leaves_the_quote_in_the_articles_own_script():
    original = "【港股】綠帆電池(01234)急升7.1%，市場憧憬電動渡輪訂單，本地券商指板塊估值有望重估。"
    quote = short_quote(original, lambda t: to_simplified(t, "zh-Hant"), ("急升", "订单"))
    assert not quote.startswith("【") and quote.startswith("綠帆電池")


def test_a_bracketed_headline_with_its_own_pause_is_no_label():
    got = clean_statement("【绿帆：首周售出1500张船票】绿帆电动渡轮首周售出1500张船票，远超预期。", "电动渡轮")
    assert "1500张船票" in got
    # a citation mark opening a footnote is no flash label either: the note rule decides on it
    assert not_a_claim("[1]订单量包含预售的船票，不含团体票。")


def test_a_hosts_guest_list_is_no_claim():
    for text in ("人还在外地访问，今天我们现场邀请到三位来宾，航运研究院的资深分析师林某，还有做了十二年轮机的老船长。",
                 "本期节目请到了两位嘉宾：某大学航运学院教授张某和某研究院研究员李某。",
                 "今晚演播室迎来多位嘉宾，一起聊聊电动渡轮的前景。"):
        assert not_a_claim(text), text
    # a company inviting guests, then an effect: a claim
    assert not not_a_claim("船务公司邀请到三位来宾试乘后，电动渡轮的预订量大增三成。")


def test_a_pieces_note_on_its_own_conventions_is_no_claim():
    for text in ("需要说明的是，关于首航日期，媒体有3月4日和3月5日两种说法，我们以船务公司公告的时间为准。",
                 "本文数据以市交通局发布的最终核实数为准。",
                 "我们采用海关总署的口径统计电动渡轮的出口金额。"):
        assert not_a_claim(text), text
    # an estimate's method is the claim's ("我们按…计算，…将增长三成"); so is a rule a company sets
    assert not not_a_claim("我们按全年航班计算，电动渡轮的燃料成本将下降三成。")
    assert not not_a_claim("船务公司表示，停航的退款以实际支付金额为准，票价上涨两成。")


def test_a_roles_sentence_punctuation_is_not_printed_with_it():
    assert Speaker("程某", "远帆咨询合伙人、航运研究组负责人。", "a", "p1").role == "远帆咨询合伙人、航运研究组负责人"
    assert Speaker("吴某", "前轮机长，", "a", "p1").role == "前轮机长"
    assert Speaker("陳某", "綠帆電池董事長；", "t", "p1").role == "綠帆電池董事長"
    assert Speaker("Lee", "chief engineer, Acme Inc.", "e", "p1").role == "chief engineer, Acme Inc."


def test_the_second_of_a_pair_keeps_the_first():
    pairs = ("市场对电动渡轮存在两种截然不同的解读：一种观点认为这是航运业的实质性突破，另一种观点则认为这只是补贴下不计成本的权宜之计。",
             "对于茶叶涨价，有人认为是减产所致，也有人认为这只是游资炒作的结果。",
             "围绕新馆开放时间，一方认为夜间开放能吸引年轻读者，另一方则认为这只会徒增安保费用。")
    for text in pairs:
        got = clean_statement(text, "电动渡轮")
        assert not got.startswith(("另一", "也有人", "这只")), got


def test_a_statement_opening_mid_utterance_is_recognised():
    for text in ("也可能只是航运周期刚好到了，不需要过度解读。", "前提是电池供应要跟得上。", "还有设备、材料的出口，不要成为管制的破口。",
                 "另一种观点则认为这只是权宜之计。", "而是茶农的成本涨了两成。"):
        assert continues(text), text
    for text in ("也门航线的电动渡轮下月开通。", "也许明年票价还会上涨。", "还款期限延长到三年。", "至少三家船厂接到订单。"):
        assert not continues(text), text


def test_a_member_opening_on_its_own_subject_states_the_point():
    from generator.analyse.pointrep import quality

    class _S:
        def __init__(self, simple):
            self.simple = simple

    class _C:
        def __init__(self, simple):
            self.sentence = _S(simple)

    turn = _C("黄某：也可能只是航运周期刚好到了，电动渡轮过去都是九月前后开通。")
    report = _C("有分析人士认为，电动渡轮九月开通只是船务公司既定的节奏。")
    assert quality(report) > quality(turn)


def test_a_cue_ending_on_a_word_no_sentence_ends_on_goes_on():
    # (each sentence is long by the cue that hangs: by length alone it would end there)
    cases = (["昨天下午在江北码头举行的电动渡轮首航仪式上船务公司宣布了新的计划", "供应链传出来的消息是", "电动渡轮下半年的订单拉高到两百艘左右", "台下掌声不断"],
             ["今年的春茶行情比往年都要复杂得多很多山区的茶农到现在都还在观望", "主要是因为", "春茶的产量下降了将近三成", "价格还在涨"],
             ["市图书馆的夜间开放试点到今天已经整整进行了三个多月馆方昨天决定", "从下个月起把", "闭馆时间从晚上九点推迟到十一点", "读者很欢迎"])
    for lines in cases:
        srt = "".join(f"{k + 1}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},900\n{t}\n\n" for k, t in enumerate(lines))
        body = clean(srt, source="content/sources/show.srt").body
        assert lines[1] + "，" + lines[2] in body or lines[1] + lines[2] in body, body


def _point(pid, kind, category, statement, arts):
    return Point(id=pid, kind=kind, category=category, statement=statement,
                 citations=tuple(Citation(a, "p1", statement) for a in arts))


def test_the_overview_leads_with_what_the_sources_weigh_not_the_news_itself():
    points = [
        _point("launch", "impact", "pricing", "3月16日，绿帆在官网开售电动渡轮船票，单程票价12元。", "abcde"),
        _point("event", "impact", "event", "绿帆电动渡轮采用国产电池，整船由本地船厂建造。", "abcd"),
        _point("market", "impact", "market", "渡轮概念股掀涨停潮，电池板块领涨。", "abc"),
        _point("rivals", "impact", "competition", "柴油渡轮公司被迫下调票价，客流被分走两成。", "abc"),
        _point("jobs", "impact", "jobs", "电动渡轮只需三名船员，部分船员面临转岗。", "ab"),
        _point("supply", "limit", "supply", "电池产能有限，电动渡轮交付排到明年。", "abcd"),
        _point("supply2", "limit", "supply", "充电桩不足，部分码头无法夜间补电。", "abc"),
        _point("cost", "limit", "cost", "电动渡轮的造价比柴油船高四成。", "a"),
        _point("scope", "limit", "scope", "只有两条航线改用电动渡轮，其余航线照旧。", "ab"),
    ]
    ids = takeaways(points, ("电动渡轮", "绿帆"))
    assert "launch" not in ids
    assert {"market", "rivals"} <= set(ids)
    assert "supply2" in ids and "cost" not in ids  # one outlet's aside never before a second aspect of several
    assert ids[0] in ("event", "supply")


def test_a_launch_on_its_day_gives_way_in_any_wording_but_a_press_conferences_decision_stays():
    topic = ("新馆", "电动渡轮")
    for launch in ("8月20日，市图书馆新馆正式上线预约系统并对外开放。", "3月16日，绿帆正式发布电动渡轮，单程票价12元。",
                   "9月4日上午，茶叶交易所首发春茶指数。"):
        points = [_point("launch", "impact", "pricing", launch, "abcde"),
                  _point("m", "impact", "market", "渡轮概念股掀涨停潮，电池板块领涨。", "abc"),
                  _point("d", "impact", "demand", "夜间借阅量占到全天两成，预约一位难求。", "abc"),
                  _point("c", "impact", "competition", "柴油渡轮公司被迫下调票价。", "ab")]
        assert "launch" not in takeaways(points, topic), launch
    decision = _point("policy", "impact", "policy", "10月12日财政部新闻发布会提出，将较大规模增加债务额度。", "abcde")
    points = [decision, _point("m", "impact", "market", "渡轮概念股掀涨停潮。", "abc"),
              _point("d", "impact", "demand", "预约一位难求。", "abc"), _point("c", "impact", "competition", "柴油船降价。", "ab")]
    assert takeaways(points, topic)[0] == "policy"


def test_a_posts_topic_tag_and_a_breaking_mark_are_no_words_of_the_statement():
    assert clean_statement("【#江北暴雨过程回顾#】7月29日至8月1日，江北平均降雨量达331毫米。").startswith("7月29日")
    assert clean_statement("【突发】市交通局：电动渡轮夜间航班全部暂停。", "电动渡轮").startswith("电动渡轮夜间航班")


def test_a_speakers_aside_taking_the_floor_is_no_shared_wording_and_no_opening():
    from generator.analyse.samefact import claimed
    assert "补充一下" not in claimed("信号方面补充一下，我的手机在郊区有时候会掉回4G。")
    assert "补充一下" not in claimed("吴某：我补充一下制程的部分，船厂没有大型船坞。")
    assert claimed("茶农补充了一下午的库存。") == "茶农补充了一下午的库存。"  # (a word of the claim stays)
    assert clean_statement("票价方面补充一下，电动渡轮单程票价其实比柴油船便宜两成。") == "电动渡轮单程票价其实比柴油船便宜两成。"
    assert clean_statement("我插一句，新馆的夜间借阅量已经占到全天的两成。") == "新馆的夜间借阅量已经占到全天的两成。"


def test_a_live_texts_speaker_label_is_no_word_of_the_statement_but_a_headline_stays():
    assert clean_statement("【市交通局港航处处长韩某】冷链断了，电动渡轮的补电风险就上来了。") == "冷链断了，电动渡轮的补电风险就上来了。"
    assert clean_statement("【航运研究院首席分析师 王某】电动渡轮的造价比柴油船高四成。") == "电动渡轮的造价比柴油船高四成。"
    assert clean_statement("【主持人】今天的渡轮票价又涨了两成，乘客怨声载道。").startswith("今天的渡轮票价")
    headline = clean_statement("【绿帆电动渡轮概念股再度涨停】绿帆电池今日开盘即封涨停，报17.62元。")
    assert headline.startswith("【绿帆电动渡轮概念股再度涨停】")


def test_a_cue_opening_on_an_adverb_whose_subject_ends_the_cue_before_goes_on_with_it():
    # (each first cue is a long sentence already: by length alone it would end there)
    cases = (["航运协会那边其实反应很大已经有好几位理事喊说要全面停航协会的常务副会长林某某", "就公开要求船务公司暂停所有夜间航班", "大家都很意外"],
             ["茶叶交易所昨天发布的春茶指数比去年同期整整高出了三成多而最受追捧的明前龍井", "卻在今天早盤跌了一成", "茶农很着急"],
             ["市图书馆新馆的夜间开放试点在上个月刚刚结束之后的第二个星期馆方经过反复讨论", "随即宣布闭馆时间推迟到十一点", "读者很欢迎"])
    for lines in cases:
        srt = "".join(f"{k + 1}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},900\n{t}\n\n" for k, t in enumerate(lines))
        body = clean(srt, source="content/sources/talk.srt").body
        assert lines[0] + "。" not in body, body


def test_a_turns_reply_word_is_no_opening_of_the_statement():
    for reply in ("对，", "没错，", "嗯，", "是的，"):
        got = clean_statement(reply + "航运协会已经有理事公开要求船务公司暂停所有夜间航班。")
        assert got == "航运协会已经有理事公开要求船务公司暂停所有夜间航班。", reply
    assert clean_statement("对外贸易公司的订单已经排到明年三月。").startswith("对外贸易公司")
