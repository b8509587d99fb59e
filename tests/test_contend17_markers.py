"""Contentions a text announces, and what is no position (issue 13, property 6): a "views differ" sentence
("看法不一", "意见分歧", "众说纷纭") pairs the two views of two different holders that follow it, each with the words
going on from it ("他表示…"); an announcement under a bracketed headline ("【关于…的通知】", "【#…回顾#】") is no claim and
on no side; a sentence's opening read as a line's label ("谈几点个人看法：") holds nothing.

The stories are invented (grafted orange trees in a farm magazine's feature, a bus route change in a residents'
newsletter with its views in the next paragraph, a tunnel's night closure on a city account's page, a
library's opening hours in a council's minutes); none of the corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.contendtrust import no_claim, trusted
from generator.analyse.model import Citation, Contention, Side, Speaker
from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-06-01")
_shown = contendkit.shown
_with = contendkit.quoting
_side_quoting = contendkit.side_quoting


ORANGE = "topic:\n  label: 甜橙嫁接\n  terms: [甜橙, 嫁接]\n"

FEATURE = _article("farm", "山区甜橙嫁接调查", (
    "今年春天，山区三个乡镇推广甜橙嫁接新品种，种植面积超过两千亩。种植大户李长青说，他家今年嫁接了三十亩。\n\n"
    "对于嫁接苗多久能挂果，果农看法不一。李长青认为“至少要等五年才见果”；而县农技站研究员王秀兰则相对乐观。"
    "她表示，新砧木长势快，管理到位的话“两年半就能挂果，第三年就有收成”。\n\n"
    "县里计划明年再扩大一千亩。"))


def test_a_views_differ_sentence_pairs_the_two_views_after_it(tmp_path):
    an, _ = _run(tmp_path, [FEATURE], ORANGE)
    found = _with(an, "至少要等五年")
    assert found, _shown(an)
    c = found[0]
    slow, fast = _side_quoting(c, "至少要等五年"), _side_quoting(c, "两年半就能挂果")
    assert slow is not fast, _shown(an)
    assert "李长青" in _names(slow) and "王秀兰" in _names(fast), _shown(an)
    assert "两年半" in fast.statement and "王秀兰" in fast.statement, _shown(an)  # her words, her name for "她"
    assert not any("扩大一千亩" in x.quote for x in c.a.citations + c.b.citations), _shown(an)


BUS = "topic:\n  label: 公交线路调整\n  terms: [公交线路, 线路调整]\n"

NEWSLETTER = _article("news", "社区通讯第12期", (
    "本期导读：公交线路调整后的一个月。本刊走访了退休教师周国平、社区主任孙丽等居民代表。\n\n"
    "关于18路公交线路调整，居民意见分歧。\n\n"
    "居民周国平说，调整后去区医院要多换乘一次，老人很不方便。社区主任孙丽则认为，新线路覆盖了三个新建小区，"
    "总体上是方便了更多人。\n\n"
    "下期预告：垃圾分类积分兑换。"))


def test_the_views_may_follow_in_the_next_paragraph_each_in_its_own_sentence(tmp_path):
    an, _ = _run(tmp_path, [NEWSLETTER], BUS)
    found = _with(an, "多换乘一次")
    assert found, _shown(an)
    c = found[0]
    worse, better = _side_quoting(c, "多换乘一次"), _side_quoting(c, "新建小区")
    assert worse is not better, _shown(an)
    assert "周国平" in _names(worse) and "孙丽" in _names(better), _shown(an)


ONE_VOICE = _article("one", "甜橙嫁接观察", (
    "对于嫁接苗多久能挂果，业内看法不一。老果农李长青认为至少要等五年才见果。他还表示，砧木要先养壮。\n\n"
    "县里计划明年再扩大一千亩。"))


def test_one_holder_after_the_marker_is_no_contention(tmp_path):
    an, _ = _run(tmp_path, [ONE_VOICE], ORANGE)
    assert not _with(an, "至少要等五年"), _shown(an)


def _contention(a_label, a_text, b_label, b_text):
    def side(label, who, text):
        sp = Speaker(name=who, role="", article="page", paragraph="p1")
        return Side(label, (), (Citation("page", "p1", f"{who}：{text}"),), text, (sp,))
    return Contention("contention-x", a_text.rstrip("。") + "？", side("持此看法", a_label, a_text),
                      side("质疑或反对", b_label, b_text))


def test_an_announcement_under_a_bracketed_headline_is_no_claim():
    # a city account's notice, a weather record under a hashtag headline, a bulletin in traditional script
    assert no_claim("东湖发布：【关于东湖隧道夜间封闭施工的通知】8月3日起每晚22时至次日5时封闭施工，请绕行。")
    assert no_claim("【#台风梅花过程回顾#】9月13日至15日，全市平均降雨量达210毫米。")
    assert no_claim("【校區停電情況說明】受颱風影響，部分宿舍停電，預計明日恢復。")
    # a dispatch's label, an opinion column's tag and a plain line are claims
    assert not no_claim("【编译】据路透社报道，港口吞吐量下降两成，船东担心运费继续上涨。")
    assert not no_claim("【观点】隧道封闭45天太长，分段施工完全可行。")
    assert not no_claim("老何：封闭45天太长了，夜班司机绕行要多走十公里。")


def test_an_announcement_is_on_no_side_and_a_sentence_opening_holds_nothing():
    notice = _contention("东湖发布", "【关于东湖隧道夜间封闭施工的通知】8月3日起每晚封闭施工，为期45天，请绕行湖滨路。",
                         "夜班老何", "封闭45天太长了，夜班司机绕行要多走十公里，根本不合理。")
    assert trusted([notice], [], {}, {}) == []  # the notice's side has no claim left: no contention
    opening = _contention("赵委员", "晚上来自习的学生很多，图书馆十点关门正合适，四十万花得值。",
                          "谈几点个人看法", "图书馆延长到晚上十点要多招四个人，一年多花四十万，这笔钱不该花。")
    kept = trusted([opening], [], {}, {})
    assert kept and "谈几点个人看法" not in _names(kept[0].b) and "赵委员" in _names(kept[0].a)


PIER = "topic:\n  label: 渡轮停航\n  terms: [渡轮, 停航]\n"

PIER_REPORT = _article("pier", "渡轮突然停航，岛上居民滞留码头", (
    "台风外围云系影响下，环岛渡轮于6月3日中午起全线停航。\n\n"
    "一位在码头卖早餐的摊主抱怨，停航通知中午十二点才贴出来，上午出岛的人根本回不去，只能在码头过夜。"
    "航运公司则表示，停航通知已于上午九点通过短信和公众号发布，“风力增强比预报提前了三个小时”。\n\n"
    "码头附近的两家旅馆当晚全部客满。"))


def test_a_complaint_and_the_answer_set_against_it_are_two_sides(tmp_path):
    an, _ = _run(tmp_path, [PIER_REPORT], PIER)
    found = _with(an, "十二点才贴出来")
    assert found, _shown(an)
    c = found[0]
    late, answer = _side_quoting(c, "十二点才贴出来"), _side_quoting(c, "上午九点")
    assert late is not answer, _shown(an)
    assert any("航运公司" in n for n in _names(answer)), _shown(an)
    assert not any("航运公司" in n for n in _names(late)), _shown(an)


WIRE = _article("wire", "離島渡輪停航 旅客滯留碼頭", (
    "（中央社記者林佳慧台東3日電）颱風外圍環流影響，離島渡輪3日中午起停航。\n\n"
    "一名滯留旅客坦言，早上出門前完全沒收到停航消息，「現在回不了家，也沒人告訴我們怎麼辦」。"
    "對此，航港局一位科長解釋說，停航訊息已在上午透過簡訊發送，部分旅客手機未開通知。\n\n"
    "航港局表示，明日視天候決定是否復航。"), script="zh-Hant")


def test_an_answer_pointing_back_with_dui_ci_answers_the_view_before_it_in_traditional_script(tmp_path):
    an, _ = _run(tmp_path, [WIRE], PIER)
    found = _with(an, "沒收到停航消息")
    assert found, _shown(an)
    c = found[0]
    guest, answer = _side_quoting(c, "沒收到停航消息"), _side_quoting(c, "簡訊發送")
    assert guest is not answer, _shown(an)
    assert _names(guest) and _names(answer) and not (_names(guest) & _names(answer)), _shown(an)


FACTS = _article("facts", "渡轮停航一日记", (
    "环岛渡轮6月3日中午起全线停航，码头滞留旅客约三百人。"
    "航运公司则表示，明日上午视风力决定是否复航。\n\n"
    "码头附近的两家旅馆当晚全部客满。"))


def test_a_contrasted_holder_after_a_fact_is_no_answer(tmp_path):
    an, _ = _run(tmp_path, [FACTS], PIER)
    assert not _with(an, "视风力决定"), _shown(an)


KITE = "topic:\n  label: 风筝节踩踏\n  terms: [风筝节, 踩踏]\n"

COLUMN = _article("column", "风筝节踩踏之后：别急着找借口", (
    "风筝节散场时，东门出口发生踩踏，十一人受伤。\n\n"
    "把这次踩踏简单说成“意外事故”是不负责任的。出口只开了一扇门，散场时间又集中在同一刻，隐患早就摆在那里。"))

THREAD = _article("thread", "风筝节东门踩踏现场", (
    "### 1楼　放风筝的阿凯　2026-04-06 19:20\n\n"
    "意外事故吧，谁也想不到风突然停了，大家一起往门口挤。\n\n"
    "### 2楼　东门摊主　2026-04-06 20:02\n\n"
    "我在门口摆摊，当时确实很挤，我把摊子往后挪了两米。"))

QUOTED = _article("quoted", "风筝节踩踏复盘", (
    "主办方在说明中用了“意外事故”一词，并表示将在明年增开两个出口。"))


def test_a_label_rejected_in_quotation_marks_disputes_the_post_that_applies_it(tmp_path):
    an, _ = _run(tmp_path, [COLUMN, THREAD], KITE)
    found = _with(an, "不负责任")
    assert found, _shown(an)
    c = found[0]
    rejecting, applying = _side_quoting(c, "不负责任"), _side_quoting(c, "谁也想不到")
    assert rejecting is not applying, _shown(an)
    assert not any("摆摊" in x.quote for x in c.a.citations + c.b.citations), _shown(an)


def test_a_label_only_quoted_elsewhere_is_no_side(tmp_path):
    an, _ = _run(tmp_path, [COLUMN, QUOTED], KITE)
    assert not any("增开两个出口" in x.quote for c in an.contentions for x in c.a.citations + c.b.citations), \
        _shown(an)


def test_a_statement_cut_inside_a_quotation_that_denies_it_gets_its_denial_back():
    line = ("不過，一名不願具名的港務官員表示，航道是依「港區整體規劃」疏浚，程序有明確規範，"
            "「把它說成犧牲漁民保貨輪，並不符合港區發展的邏輯」。")
    side = Side("质疑或反对", (), (Citation("wire", "p5", line),),
                "一名不愿具名的港务官员表示，航道是依港区整体规划疏浚，程序有明确规范，把它说成牺牲渔民保货轮。",
                (Speaker(name="一名不願具名的港務官員", role="", article="wire", paragraph="p5", kind="group"),))
    other = Side("持此看法", (), (Citation("wire", "p4", "有漁民質疑，港方為了讓大貨輪進港而犧牲近岸漁場。"),),
                 "有渔民质疑，港方为了让大货轮进港而牺牲近岸渔场。",
                 (Speaker(name="漁民", role="", article="wire", paragraph="p4", kind="group"),))
    kept = trusted([Contention("contention-y", "港方是否牺牲近岸渔场？", other, side)], [], {}, {})
    assert kept and kept[0].b.statement.endswith("并不符合港区发展的逻辑。"), kept
