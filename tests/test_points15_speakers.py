"""Speakers given by a document's structure, not by a verb frame (issue 13, property 1), on small
articles written for the test about an invented event (a county town's covered market rebuilt,
菜市场改造) in forms no corpus has: a Q&A page of stamped answers, a forum thread in traditional
script, a vlog's joined subtitles, a podcast transcript, a street interview, a bureau's notice on a
city portal, a market-research note, a company announcement.

- a post's heading as the cleaner writes it (number, poster, day) makes the paragraphs under it the
  poster's, however many posts the page has;
- in an unlabelled interview, a guest who introduces themselves ("我叫…", "我姓赵，赵…") speaks what
  follows until the host takes the floor back; the host's questions are nobody's;
- a member of the public named after what they are ("台灣旅客黃某說", "市民郑某表示") is a person
  with that role, and the "她" after them is them;
- a name never opens on an adverb ("专家也说了不(建议)" names nobody).
"""

from __future__ import annotations

import pytest

from generator.analyse.speakercheck import checked_name
from generator.analyse.speakerholder import described_person
from generator.analyse.speakerintro import introduced_turns
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 菜市场改造\n  terms: [菜市场, 菜場, 改造]\n"


def _article(body, script="zh-Hans", author=None, outlet=None):
    return Article(slug="a", source="a.txt", title="城南菜市场改造", script=script,
                   blocks=parse_body(body), outlet=outlet, author=author, date="2025-03-02")


def _who(tmp_path, article, text):
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


# posts under the cleaner's post headings ---------------------------------------------------------

_ANSWERS = ("城南菜市场改造后值不值得去？\n\n"
            "## 1楼\u3000林远舟\u30002025-03-02 10:11\n\n林远舟，摊主，在城南卖了十年菜。\n\n"
            "我觉得改造以后摊位租金涨了一倍，小摊贩很难撑下去。\n\n"
            "## 2楼\u3000郑小满\u30002025-03-02 11:40\n\n"
            "我不同意楼上。改造以后下雨天不再积水，来买菜的年轻人明显多了。\n\n"
            "## 3楼\u3000韦一鸣\u30002025-03-03 08:02\n\n说两句数据。我统计过，周末客流比改造前涨了四成。")


@pytest.mark.parametrize("body, text, name, script", [
    (_ANSWERS, "租金涨了一倍", "林远舟", "zh-Hans"),
    (_ANSWERS, "年轻人明显多了", "郑小满", "zh-Hans"),
    (_ANSWERS, "周末客流比改造前涨了四成", "韦一鸣", "zh-Hans"),
    # one stamped post is a post too (a single answer page, a thread's first post)
    ("## 1樓\u3000陳家豪\u30002025-03-02 21:15\n\n我覺得菜場改造後攤位費太貴，老攤販都搬走了。",
     "攤位費太貴", "陳家豪", "zh-Hant"),
])
def test_a_stamped_post_heading_makes_its_paragraphs_the_posters(tmp_path, body, text, name, script):
    assert _who(tmp_path, _article(body, script), text) == [name]


def test_a_section_heading_that_looks_like_a_floor_names_nobody(tmp_path):
    # a floor of a building ("3楼") with no poster's day is a section, not a post
    body = ("城南菜市场改造完工。\n\n## 3楼\u3000熟食区\n\n我觉得熟食区的摊位租金涨了一倍，小摊贩很难撑下去。")
    assert _who(tmp_path, _article(body), "租金涨了一倍") != ["熟食区"]


# an unlabelled interview: the guest who introduced themselves ------------------------------------

_VLOG = ("大家好欢迎来到小鹿探店，我是小鹿，今天我们来到了城南菜市场。"
         "找了一位摊主聊一聊，老板您好先介绍一下自己，你好我叫尤春花是卖豆腐的。\n\n"
         "尤姐现在生意怎么样？"
         "改造以后好多了，以前下雨天地上全是水，现在来买菜的年轻人多了一倍。\n\n"
         "但是摊位费也涨了，一个月从八百涨到一千五，我们小摊压力挺大。"
         "好谢谢尤姐。接下来我们去看看新开的熟食区，这里的装修真的很漂亮。")


def test_the_guest_who_introduced_herself_speaks_until_the_host_thanks_her(tmp_path):
    a = _article(_VLOG, author="小鹿")
    assert _who(tmp_path, a, "年轻人多了一倍") == ["尤春花"]
    assert _who(tmp_path, a, "从八百涨到一千五") == ["尤春花"]
    # the host's question and what the host says after thanking her are not hers
    assert "尤春花" not in _who(tmp_path, a, "现在生意怎么样")
    assert "尤春花" not in _who(tmp_path, a, "装修真的很漂亮")


def test_a_podcast_in_traditional_script_with_two_guests(tmp_path):
    body = ("歡迎收聽本集節目。今天我們聊聊城南菜場改造。\n\n"
            "先請第一位來賓自我介紹。大家好，我姓魏，魏嘉禾，在菜場賣魚二十年了。"
            "改造後冷鏈設備好了很多，魚的損耗少了一半。\n\n"
            "謝謝魏老闆。下面請到第二位來賓。你好我叫譚雅文，是附近的居民。"
            "我覺得菜價比改造前貴了兩成，老人家買菜不方便。")
    a = _article(body, script="zh-Hant", author="城事播客")
    assert _who(tmp_path, a, "損耗少了一半") == ["魏嘉禾"]
    assert _who(tmp_path, a, "菜價比改造前貴了兩成") == ["譚雅文"]


def test_a_self_introduction_inside_quotation_marks_opens_no_turn(tmp_path):
    # a news report quoting someone who introduced themselves: the report goes on in the reporter's voice
    body = ("城南菜市场昨日重新开业。\n\n摊主尤春花笑着说：“我叫尤春花，在这里卖了十年豆腐。”\n\n"
            "据了解，改造后菜市场的摊位费上涨约八成，部分摊贩已经搬离。")
    assert "尤春花" not in _who(tmp_path, _article(body, outlet="江城晚报"), "摊位费上涨约八成")


def test_introduced_turns_gives_the_host_back_the_floor():
    class S:  # the little of a Sentence the reader needs
        def __init__(self, simple, paragraph="p1"):
            self.simple, self.paragraph = simple, paragraph

    sents = [S(t) for t in ("我是小鹿今天来城南菜市场。", "你好我叫尤春花是卖豆腐的。", "尤姐生意怎么样？",
                            "现在来买菜的年轻人多了一倍。", "好谢谢尤姐。", "这里的装修真的很漂亮。")]
    got = introduced_turns(sents, "小鹿", frozenset("尤小"))
    assert got == {1: "", 2: "", 3: "尤春花", 4: ""}


# a member of the public named after what they are -------------------------------------------------

@pytest.mark.parametrize("body, text, name, script", [
    ("城南菜場改造完工。\n\n曾在開幕當天造訪的台灣旅客黃立安說，菜場乾淨了很多，但停車位明顯不夠。",
     "停車位明顯不夠", "黃立安", "zh-Hant"),
    ("城南菜市场改造完工。\n\n家住附近的市民郑丽君表示，改造后菜价涨了两成，老人买菜负担加重。",
     "菜价涨了两成", "郑丽君", "zh-Hans"),
    # the "她" after the person introduced so, not a speaker of the paragraph before
    ("城南菜市场改造完工。\n\n市场管理处主任包文杰说，改造后客流增长三成。\n\n"
     "来自外地的游客苗晓雯第一次来逛菜市场。她也坦言有不满意的地方：“停车位太少，排队等了半个小时。”",
     "停车位太少", "苗晓雯", "zh-Hans"),
])
def test_a_member_of_the_public_named_after_what_they_are_speaks(tmp_path, body, text, name, script):
    assert _who(tmp_path, _article(body, script), text) == [name]


def test_a_pronoun_after_a_topic_clause_with_a_quoted_term_is_its_subject(tmp_path):
    # "对于“抄作业”能否成功，X看法不同。“…”他认为" is X's, never the speaker of the paragraph before
    body = ("城南菜市场改造完工。\n\n“最大的短板是停车。”经济学教授晏文涛说，周末停车位缺口明显。\n\n"
            "规划师程一帆表示，周边县城的菜市场都在跟进改造，“这是在把蛋糕做大”。\n\n"
            "对于“照搬模式”能否成功，晏文涛看法有所不同。“一窝蜂地模仿，很容易陷入同质化竞争，摊位空置率会上升。”"
            "他认为，各地应该学的是管理方式。")
    assert _who(tmp_path, _article(body), "摊位空置率会上升") == ["晏文涛"]


@pytest.mark.parametrize("holder, name", [
    ("台湾旅客黄立安", "黄立安"), ("市民郑丽君", "郑丽君"),
    ("游客高峰期", None),  # an ordinary word after the noun is nobody's name
])
def test_described_person(holder, name):
    got = described_person(holder)
    assert (got[0] if got else None) == name


@pytest.mark.parametrize("name, kind, ok", [
    ("也说了不", "person", ""), ("还表示", "bare", ""), ("曾志伟", "person", "曾志伟"), ("都灵", "bare", "都灵"),
])
def test_a_name_never_opens_on_an_adverb(name, kind, ok):
    assert checked_name(name, kind) == ok


# a turn labelled in lenticular brackets: a live text, minutes, a hearing's record ----------------

@pytest.mark.parametrize("body, text, name, script", [
    ("【现场】发布会即将开始。\n\n【主持人】各位记者朋友，上午好！\n\n"
     "【市商务局副局长樊立群】改造后，城南菜市场摊位空置率由两成降至5%，我们将继续控制摊位租金涨幅。",
     "摊位空置率由两成降至5%", "樊立群", "zh-Hans"),
    ("【會議紀錄】城南菜場改造諮詢會\n\n【區議會主席 陸志恒】改造工程延誤三個月，攤販的損失應由承建商承擔。",
     "攤販的損失應由承建商承擔", "陸志恒", "zh-Hant"),
    ("【庭审直播】\n\n【审判长 祁文涛】现在开庭。\n\n【原告代理律师 严海宁】改造方擅自提高租金，违反了双方签订的租赁合同。",
     "违反了双方签订的租赁合同", "严海宁", "zh-Hans"),
])
def test_a_bracketed_turn_label_gives_its_entry_to_the_person_it_names(tmp_path, body, text, name, script):
    assert _who(tmp_path, _article(body, script), text) == [name]


def test_a_bracketed_label_naming_no_person_gives_nobody(tmp_path):
    body = "【网友互动】网友“菜篮子”：改造以后菜价贵了两成，老人买菜负担加重。"
    assert "网友互动" not in _who(tmp_path, _article(body), "菜价贵了两成")


# a research note's own "我们" frames --------------------------------------------------------------

def test_a_notes_own_narration_is_the_body_that_writes_it(tmp_path):
    body = ("据我们不完全统计，全国至少有9个县城启动了菜市场改造。\n\n"
            "改造后摊位租金普遍上涨三成以上，“菜篮子”价格随之走高。\n\n"
            "我们的测算显示，租金每上涨一成，菜价约上涨2%。")
    a = _article(body, outlet="城市消费研究院")
    assert _who(tmp_path, a, "租金普遍上涨三成以上") == ["城市消费研究院"]


# a role is a noun phrase: never the question or the quotation before it ------------------------

@pytest.mark.parametrize("body, text, name, role, script", [
    ("城南菜市场改造完工。\n\n“最大的短板是停车。”江城大学城市规划系教授晏文涛说，周末停车位缺口明显。",
     "停车位缺口明显", "晏文涛", "江城大学城市规划系教授", "zh-Hans"),
    ("城南菜市场改造完工。\n\n改造能否留住老顾客？市商务局副局长樊立群在接受记者采访时说：“我们会控制摊位租金。”",
     "控制摊位租金", "樊立群", "市商务局副局长", "zh-Hans"),
    ("城南菜場改造完工。\n\n「攤位費太貴了！」江城攤販協會會長陸志恒指出，已有三成老攤販搬離。",
     "三成老攤販搬離", "陸志恒", "江城攤販協會會長", "zh-Hant"),
])
def test_a_role_never_takes_in_the_question_or_quotation_before_it(tmp_path, body, text, name, role, script):
    part = analysed(tmp_path, _article(body, script), TOPIC)
    s = sentence_with(part, text)
    assert [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())] == [(name, role)]


def test_a_guests_turn_ends_at_a_new_section(tmp_path):
    body = ("## 摊主访谈\n\n你好我叫尤春花是卖豆腐的。改造以后来买菜的年轻人多了一倍。\n\n"
            "## 编者手记\n\n我们认为，改造后摊位租金上涨过快，小摊贩的生存空间正在收窄。")
    a = _article(body, author="小鹿")
    assert _who(tmp_path, a, "年轻人多了一倍") == ["尤春花"]
    assert "尤春花" not in _who(tmp_path, a, "生存空间正在收窄")


# a post is its poster's own writing: a holder it reports speaks their own sentence only ----------

@pytest.mark.parametrize("body, reported, own, poster, script", [
    ("## 1楼\u3000林远舟\u30002025-03-02 10:11\n\n菜价我觉得没涨多少。"
     "管理处主任包文杰表示，改造费用由区财政承担，摊贩不用出钱。新摊位比以前宽敞多了。",
     "改造费用由区财政承担", "新摊位比以前宽敞多了", "林远舟", "zh-Hans"),
    ("## 2樓\u3000陳家豪\u30002025-03-02 21:15\n\n攤位費我覺得太貴。"
     "管理處處長陸志恒表示，明年攤位費還要再漲一成，理由是維護成本上升。老攤販根本撐不下去。",
     "維護成本上升", "老攤販根本撐不下去", "陳家豪", "zh-Hant"),
])
def test_a_posts_own_sentence_after_a_holder_it_reports_is_the_posters(tmp_path, body, reported, own, poster, script):
    a = _article(body, script)
    assert poster not in _who(tmp_path, a, reported)  # the reported holder's
    assert _who(tmp_path, a, own) == [poster]  # and the poster's again after it


def test_another_posters_words_quoted_into_a_post_are_nobodys(tmp_path):
    body = ("## 3楼\u3000韦一鸣\u30002025-03-03 08:02\n\n改造以后摊位租金涨了一倍。\n\n"
            "## 4楼\u3000郑小满\u30002025-03-03 09:15\n\n"
            "引用3楼韦一鸣的发言：>改造以后摊位租金涨了一倍太夸张了我家摊位只涨了两成。\n\n"
            "我觉得改造以后顾客明显多了。")
    a = _article(body)
    assert _who(tmp_path, a, "太夸张了我家摊位只涨了两成") == []
    assert _who(tmp_path, a, "顾客明显多了") == ["郑小满"]


@pytest.mark.parametrize("body, text, name, role, script", [
    ("关于城南菜市场改造项目的公告\n\n公司董事长阎国栋表示，改造完成后公司租金收入预计增长两成。",
     "租金收入预计增长两成", "阎国栋", "公司董事长", "zh-Hans"),
    ("城南菜市场改造完工。\n\n市场管理处主任包文杰说，改造后摊位空置率降至5%。",
     "摊位空置率降至5%", "包文杰", "市场管理处主任", "zh-Hans"),
    ("城南菜場改造完工。\n\n公司發言人陳家豪指出，改造後攤位費將上漲一成。",
     "攤位費將上漲一成", "陳家豪", "公司發言人", "zh-Hant"),
])
def test_a_named_person_after_a_role_opening_on_a_vague_word(tmp_path, body, text, name, role, script):
    # "公司…", "市场…" open vague holders ("公司表示", "市场人士"), but a role and a name after them are a person
    part = analysed(tmp_path, _article(body, script), TOPIC)
    s = sentence_with(part, text)
    assert [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())] == [(name, role)]
