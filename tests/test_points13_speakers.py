"""Who says a sentence (issue 13, property 1), read from its own frame, on small articles written
for the test about an invented event (the closure of 青川大桥 for repairs) in several forms: a news
page, a forum post, a press-conference transcript, a traditional-script report. A body named in
Latin letters, a manner adverbial before the verb, an unnamed source's continuing quotation, the
writer's own account with a holder's words inside it, a quantifier before described people."""

from __future__ import annotations

import pytest

from generator.analyse.speakers import split_holder
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 青川大桥\n  terms: [青川大桥, 大桥, 大橋]\n"


def _article(body, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="青川大桥封闭", script=script, blocks=parse_body(body),
                   outlet=None, author=None, date="2025-05-01")


def _who(tmp_path, body, text, script="zh-Hans"):
    """(name, kind) of the speakers of the sentence holding ``text``."""
    part = analysed(tmp_path, _article(body, script), TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.kind) for sp in part.speakers.get((s.article, s.index), ())]


# a body named in Latin letters ---------------------------------------------------------------

@pytest.mark.parametrize("body, text, name", [
    ("青川大桥周一起封闭。\n\nNTSB 表示，它正在调查主梁裂缝的成因，报告将在三个月内公布。", "主梁裂缝的成因", "NTSB"),
    ("樓主：大橋封了怎麼辦\n\n據報道，DeepMind 稱，它的交通模型可以把繞行時間縮短一成。", "繞行時間縮短", "DeepMind"),
    ("记者：封闭对货运有什么影响？\n\n发言人：据我们了解，Maersk 已表示，大桥封闭期间将改走南港码头。", "改走南港码头", "Maersk"),
])
def test_a_body_named_in_latin_letters_speaks(tmp_path, body, text, name):
    script = "zh-Hant" if "樓主" in body else "zh-Hans"
    assert (name, "org") in _who(tmp_path, body, text, script)


def test_a_common_abbreviation_is_no_body():
    assert split_holder("AI") != ("AI", "", "org")
    assert split_holder("CEO")[2] == "group"
    assert split_holder("FTC") == ("FTC", "", "org")


# a manner adverbial before the verb ----------------------------------------------------------

@pytest.mark.parametrize("holder, name", [
    ("王明激动地", "王明"),
    ("张伟很平静地", "张伟"),
    ("小智义正言辞地", "小智"),
])
def test_how_a_holder_speaks_is_not_part_of_the_name(holder, name):
    assert split_holder(holder)[0] == name


def test_a_place_ending_in_di_stays_the_holder():
    assert split_holder("当地居民")[0] == "当地居民"
    assert split_holder("当地")[0] == "当地"
    assert split_holder("发言人语气坚定地") == ("发言人", "", "group")


@pytest.mark.parametrize("body, text, script, name", [
    ("青川大桥周一起封闭。物流公司经理王明激动地说，绕行一趟要多花两个小时。", "绕行一趟", "zh-Hans", "王明"),
    ("青川大橋周一起封閉。\n\n物流協會會長陳偉平靜地表示，封閉半年是可以接受的。", "封閉半年", "zh-Hant", "陳偉"),
    ("主持人：请谈谈封闭的影响。\n\n当我问起补偿时，市交通局局长孙海语气坚定地表示：“受影响的商户都会得到补贴。”",
     "都会得到补贴", "zh-Hans", "孙海"),
])
def test_a_holder_with_a_manner_adverbial_is_named(tmp_path, body, text, script, name):
    assert [n for n, _ in _who(tmp_path, body, text, script)] == [name]


# quantifiers before described people ---------------------------------------------------------

@pytest.mark.parametrize("body, text, script", [
    ("青川大桥周一起封闭。有的网友怀疑，维修工期被故意拖长了。", "故意拖长", "zh-Hans"),
    ("青川大橋周一起封閉。有的網友質疑，維修費用沒有公開。", "維修費用", "zh-Hant"),
    ("回帖：\n\n有的网友认为，封闭半年太长，应该分段施工。", "分段施工", "zh-Hans"),
])
def test_some_netizens_are_netizens_never_a_half_word(tmp_path, body, text, script):
    got = _who(tmp_path, body, text, script)
    assert got and got[0][0] in ("网友", "網友") and got[0][1] == "group", got


# a quotation carried over after an unnamed source or a body ----------------------------------

@pytest.mark.parametrize("body, text, script, name", [
    ("青川大桥周一起封闭。\n\n有业内人士表示，主梁的裂缝已经超过安全限值。\n\n“由于检测仓促，支座的问题还没完全查清，后续应该还会延长工期。”",
     "延长工期", "zh-Hans", "业内人士"),
    ("青川大橋周一起封閉。\n\n市交通局表示，封閉期間將增開三條接駁線路。\n\n「接駁車每十分鐘一班，早晚高峰還會加密。」",
     "每十分鐘一班", "zh-Hant", "市交通局"),
    ("【帖子】大桥封了，大家怎么走？\n\n一位物流公司的调度主管说，货车只能绕行南线。\n\n“南线多出四十公里，油费每月要多花两万元。”",
     "油费每月", "zh-Hans", "一位物流公司的调度主管"),
])
def test_a_quotation_opening_the_next_paragraph_is_the_same_holders(tmp_path, body, text, script, name):
    assert [n for n, _ in _who(tmp_path, body, text, script)] == [name]


def test_the_reporters_paragraph_after_an_unnamed_source_is_nobodys(tmp_path):
    body = ("青川大桥周一起封闭。\n\n有业内人士表示，主梁的裂缝已经超过安全限值。\n\n"
            "记者走访发现，周边商铺的客流明显减少。")
    assert _who(tmp_path, body, "客流明显减少") == []


# the writer's own account with a holder's words inside ---------------------------------------

@pytest.mark.parametrize("body, text, script", [
    ("我以绕行路线为题向客服机器人提问，不知是否触发了限制，小智说无法回答这个问题。", "无法回答", "zh-Hans"),
    ("隨後我們追問了幾次，市交通局的客服稱這屬於內部資料。", "內部資料", "zh-Hant"),
    ("网友帖子：笔者连打三次热线，不知是否占线，接线员说工期还没定。", "工期还没定", "zh-Hans"),
])
def test_the_writers_account_is_not_credited_to_the_holder_inside_it(tmp_path, body, text, script):
    assert _who(tmp_path, "青川大桥封闭了。\n\n" + body, text, script) == []


@pytest.mark.parametrize("body, text, name", [
    ("当后来我谈到工期，市交通局局长孙海坦言：“半年是最乐观的估计。”", "最乐观的估计", "孙海"),
    ("桥面的检测结果确实让我们吃惊，土木系教授周文远也表示，「主梁必须整体更换」。", "整体更换", "周文远"),
    ("据我观察，物流公司经理王明激动地说，绕行一趟要多花两个小时。", "绕行一趟", "王明"),
])
def test_a_holder_after_the_writers_scene_or_object_still_speaks(tmp_path, body, text, name):
    assert [n for n, _ in _who(tmp_path, "青川大桥封闭了。\n\n" + body, text)] == [name]


def test_a_name_read_before_kanlai_is_the_name_only(tmp_path):
    body = ("青川大桥周一起封闭。\n\n在物流协会会长何静看来，封闭带来的不只是成本。她举例指，"
            "冷链车绕行后，生鲜损耗会明显上升。")
    assert [n for n, _ in _who(tmp_path, body, "生鲜损耗")] == ["何静"]


# a forum thread's floors ---------------------------------------------------------------------

THREAD = ("【讨论】青川大桥封闭半年，大家怎么看？\n\n"
          "1楼 江北老司机 Lv.12 资深会员\n\n绕行南线要多走四十公里，货车司机的油费每月至少多花两千元。\n\n"
          "2楼 桥下看风景 Lv.9\n\n回复 江北老司机 ：油费是小事，轮渡每天只有六班，排队就要两个小时。\n\n"
          "3楼 蓝色跑道2024 Lv.10\n\n更新一下：今天轮渡加到十二班了，排队缩短到半小时。")


@pytest.mark.parametrize("text, name", [
    ("油费每月至少多花两千元", "江北老司机"),
    ("排队就要两个小时", "桥下看风景"),
    ("排队缩短到半小时", "蓝色跑道2024"),
])
def test_a_forum_post_is_its_floors_poster_never_whom_it_answers(tmp_path, text, name):
    assert [n for n, _ in _who(tmp_path, THREAD, text)] == [name]


def test_a_traditional_script_thread_and_a_hash_numbered_board(tmp_path):
    hant = ("青川大橋封閉討論串\n\n1樓 港口觀察者 Lv.5\n\n封閉之後碼頭的貨車少了三成，生意差了很多。\n\n"
            "2樓 大橋路人甲 Lv.3\n\n回覆 港口觀察者 ：我家店面的營業額也掉了兩成。")
    assert [n for n, _ in _who(tmp_path, hant, "營業額也掉了兩成", "zh-Hant")] == ["大橋路人甲"]
    board = ("青川大桥维修进度帖\n\n#1 老周看桥\n\n施工队晚上也在干，进度比计划快了一周。\n\n"
             "#2 江边钓鱼人\n\n@老周看桥：快是快，噪音太大，附近居民晚上根本睡不着。")
    assert [n for n, _ in _who(tmp_path, board, "根本睡不着")] == ["江边钓鱼人"]


def test_a_reply_label_alone_names_nobody(tmp_path):
    # no floor headers: "回复X：" names whom the post answers, never who wrote it
    body = "青川大桥封闭了。\n\n回复桥下看风景：轮渡的班次已经加到十二班了。"
    assert "桥下看风景" not in [n for n, _ in _who(tmp_path, body, "十二班")]


# a document's issuer named as the source -----------------------------------------------------

@pytest.mark.parametrize("body, text, name", [
    ("市桥梁管理中心发布的《2025年青川大桥安全评估报告》显示，主梁有三处裂缝超过限值，必须封闭维修。", "三处裂缝", "市桥梁管理中心"),
    ("据市桥梁管理中心年度评估报告，大桥的承载能力已下降两成。", "承载能力", "市桥梁管理中心"),
    ("據江北理工大學《橋梁安全白皮書》，同類橋梁的平均壽命只有四十年。", "平均壽命", "江北理工大學"),
])
def test_a_document_named_as_the_source_is_its_issuers(tmp_path, body, text, name):
    script = "zh-Hant" if "據" in body else "zh-Hans"
    assert [n for n, _ in _who(tmp_path, "青川大桥封闭了。\n\n" + body, text, script)] == [name]


@pytest.mark.parametrize("body, text", [
    ("市桥梁管理中心发布的《2025年安全评估报告》显示，主梁有三处裂缝超过限值。这意味着，大桥至少要封闭半年。", "至少要封闭半年"),
    ("市交通局局长孙海表示，封闭期间将增开公交线路。这表明交通部门已经做好了准备。", "做好了准备"),
    ("物流協會會長陳偉說，貨車繞行的成本上升了兩成。由此可見，封閉的代價主要由物流業承擔。", "代價主要由物流業承擔"),
])
def test_the_writers_inference_after_a_holders_words_is_not_theirs(tmp_path, body, text):
    script = "zh-Hant" if "協會" in body else "zh-Hans"
    assert _who(tmp_path, "青川大桥封闭了。\n\n" + body, text, script) == []


# a pronoun after a described holder ---------------------------------------------------------

@pytest.mark.parametrize("body, text, script, name", [
    ("土木系教授周文远认为封闭是必要的。\n\n一位不愿具名的物流公司老板则持相反意见。他告诉本报，绕行让每趟运输多花两个小时。",
     "多花两个小时", "zh-Hans", "一位不愿具名的物流公司老板"),
    ("土木系教授周文远認為封閉是必要的。\n\n一位碼頭工人則持不同看法。他說，貨車少了三成，收入跟著減少。",
     "收入跟著減少", "zh-Hant", "一位碼頭工人"),
    ("【论坛】土木系教授周文远支持封闭。\n\n一名出租车司机则抱有怀疑的态度。她说，绕行之后每天少拉十几单。",
     "少拉十几单", "zh-Hans", "一名出租车司机"),
])
def test_he_after_an_unnamed_holder_is_that_holder_never_the_person_named_before(tmp_path, body, text, script, name):
    got = _who(tmp_path, "青川大桥封闭了。\n\n" + body, text, script)
    assert [n for n, _ in got] in ([name], [name.removeprefix("一位").removeprefix("一名")]), got
    assert all(k == "group" for _, k in got)


def test_a_three_character_name_is_never_cut_to_two(tmp_path):
    body = "青川大桥封闭了。\n\n土木系教授周文远的态度比较乐观。她认为，封闭半年是必要的。"
    assert "周文" not in [n for n, _ in _who(tmp_path, body, "封闭半年是必要的")]


@pytest.mark.parametrize("body, text, script", [
    ("律师何静表示，封闭期间发生的事故责任仍在认定中。货运方面，南线的车流量已经增加了一倍。", "车流量已经增加了一倍", "zh-Hans"),
    ("執業律師何靜指出，封閉並無法律障礙。至於補償，市政府尚未公布具體方案。", "尚未公布具體方案", "zh-Hant"),
    ("土木系教授周文远说，主梁必须整体更换。资金方面，维修费用约为三亿元。", "维修费用约为三亿元", "zh-Hans"),
])
def test_a_sentence_turning_to_another_matter_is_not_the_holders(tmp_path, body, text, script):
    assert _who(tmp_path, "青川大桥封闭了。\n\n" + body, text, script) == []


# never a half-name, never a predicate or a headline in a name or a role ----------------------

@pytest.mark.parametrize("holder, expected", [
    ("也已履行信息", None),          # "…也已履行信息披露义务": a predicate, no holder
    ("但也有机构", ("机构", "", "group")),
    ("还有专家", ("专家", "", "group")),
])
def test_a_predicate_or_an_existential_is_no_named_holder(holder, expected):
    assert split_holder(holder.removeprefix("但")) == expected


@pytest.mark.parametrize("holder, kind", [("曾国强", "bare"), ("正大集团", "org"), ("才华科技", "org")])
def test_names_starting_like_an_adverb_stay_names(holder, kind):
    assert split_holder(holder) == (holder, "", kind)


@pytest.mark.parametrize("body, text, script, name, role", [
    ("【快讯】【大桥封闭拖累物流股】江北证券交通运输首席分析师何静在今日的路演中表示，物流板块短期承压。",
     "物流板块短期承压", "zh-Hans", "何静", "江北证券交通运输首席分析师"),
    ("在江北证券交通运输首席分析师何静看来，封闭的影响会在三个月后消退。她补充说，物流股已经超跌。",
     "物流股已经超跌", "zh-Hans", "何静", "江北证券交通运输首席分析师"),
    ("對此，土木系學者周嵐持不同看法。她接受本報訪問時表示，封閉半年並無必要。",
     "封閉半年並無必要", "zh-Hant", "周嵐", None),
])
def test_a_role_never_holds_a_headline_or_a_frame_and_a_name_never_a_verb(tmp_path, body, text, script, name, role):
    part = analysed(tmp_path, _article("青川大桥封闭了。\n\n" + body, script), TOPIC)
    s = sentence_with(part, text)
    got = [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]
    assert [n for n, _ in got] in ([name], [to_simplified(name, script)]), got
    if role:
        assert got[0][1] == role, got
