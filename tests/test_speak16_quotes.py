"""Quotations written with straight ASCII marks ("…") are quotations (issue 13, property 1): pages
converted from print by OCR, app share pages and minutes typed in an editor write Chinese quotes
that way. Read as they are, a sentence ending "…了。" before a quotation took the quotation's
opening mark as its own close, and the holder's words after the quotation ("他透露…") lost their
speaker. Written on invented events (a ferry timetable cut, a library's night hours, a reservoir's
water price) in three forms: an app share page, OCR'd print, typed minutes; and Latin text, whose
quotes are left alone.
"""

from __future__ import annotations

from generator.analyse.quotemarks import curly_quotes
from generator.analyse.text import split_sentences
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 轮渡班次调整\n  terms: [轮渡, 图书馆, 水价]\n"


def _article(body, script="zh-Hans", outlet=None):
    return Article(slug="a", source="a.txt", title="标题", script=script, blocks=parse_body(body),
                   outlet=outlet, author=None, date="2025-04-02")


def _who(tmp_path, article, text):
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


_APP = ("打开APP 阅读全文\n\n东湾轮渡下月起削减夜间班次。\n\n"
        "东湾港航公司运营部经理卢志平告诉记者，夜间客流只有白天的一成。\"我们不是不想开，是开一班亏一班。\""
        "他透露，公司正在和区里商量补贴方案，\"最快六月有结果\"。\n\n分享到：微信 微博")


def test_app_page_straight_quotes_keep_the_holder(tmp_path):
    art = _article(_APP, outlet="东湾新闻客户端")
    assert _who(tmp_path, art, "我们不是不想开") == ["卢志平"]
    # the pronoun after the quotation is still the manager
    assert _who(tmp_path, art, "公司正在和区里商量补贴方案") == ["卢志平"]


_OCR = ("市图书馆延长夜间开放\n\n"
        "市图书馆馆长严秋实认为，\"延时\"的需求主要来自备考的学生。\"晚上十点以后，自习区还有一半的座位有人。\""
        "但她也提醒，夜间开放需要增加安保人手，\"经费要先落实\"。")


def test_ocr_print_sentences_split_at_the_right_mark(tmp_path):
    text = _OCR.split("\n\n")[1]
    parts = [s for _, s in split_sentences(text)]
    # the quotation's opening mark starts its own sentence, it does not close the one before
    assert parts[0].endswith("学生。")
    assert parts[1].startswith('"晚上十点以后') and parts[1].endswith('有人。"')
    art = _article(_OCR)
    assert _who(tmp_path, art, "晚上十点以后") == ["严秋实"]
    assert _who(tmp_path, art, "夜间开放需要增加安保人手") == ["严秋实"]


_MINUTES = ("南岭水库水价听证会纪要\n\n"
            "一、供水公司总经理温建国表示：\"原水成本三年上涨了百分之四十，调价是不得已。\"他同时承诺，低保户的水价三年不变。\n\n"
            "二、消费者代表发言后，市发改委价格处处长霍宁表示，听证意见将在十个工作日内公开。")


def test_typed_minutes_quotation_is_the_speaker_s(tmp_path):
    art = _article(_MINUTES)
    assert _who(tmp_path, art, "原水成本三年上涨") == ["温建国"]
    assert _who(tmp_path, art, "低保户的水价三年不变") == ["温建国"]
    assert _who(tmp_path, art, "听证意见将在十个工作日内公开") == ["霍宁"]


def test_marks_one_for_one_and_latin_left_alone():
    text = '他说"好"。她答"不行。"'
    curly = curly_quotes(text)
    assert curly == "他说“好”。她答“不行。”" and len(curly) == len(text)
    # a quotation closing a sentence whose opening was in an earlier one
    assert curly_quotes('我们远程帮它确认路线。"') == "我们远程帮它确认路线。”"
    assert curly_quotes('He said "hello" to me.') == 'He said "hello" to me.'
    # the original text is what a sentence shows: the straight marks stay
    assert split_sentences(text)[0][1] == '他说"好"。'


# "“…。”X说。": a frame that ends its sentence reports the quotation before it, not what follows ------

_TRAILING_FORMS = [
    # a magazine feature (simplified, curly marks)
    ("zh-Hans", "菜场的午后。\n\n渔具店店主邱海生在这条街开了二十年店。“现在钓鱼的年轻人比以前多。”邱海生说。"
                "这条街上的渔具店去年又新开了三家。", "现在钓鱼的年轻人比以前多", "这条街上的渔具店去年又新开了三家"),
    # a Taiwanese web page (traditional, corner brackets)
    ("zh-Hant", "夜市攤商抱怨租金。\n\n夜市自治會會長鄭永福這週接受訪問。「租金一年漲了兩成，攤商撐不住。」鄭永福說。"
                "夜市目前共有一百二十個攤位。", "租金一年漲了兩成", "夜市目前共有一百二十個攤位"),
    # OCR'd print (straight marks)
    ("zh-Hans", "旧城改造\n\n街道办主任蓝卫平昨天到现场查看。\"拆迁补偿会按评估价一次付清。\"蓝卫平说。"
                "改造片区涉及住户四百余户。", "拆迁补偿会按评估价一次付清", "改造片区涉及住户四百余户"),
]


def test_trailing_frame_reports_the_quotation_only(tmp_path):
    for script, body, quoted, after in _TRAILING_FORMS:
        art = _article(body, script=script)
        said = _who(tmp_path, art, quoted)
        assert len(said) == 1, (body, said)
        assert _who(tmp_path, art, after) == [], body
