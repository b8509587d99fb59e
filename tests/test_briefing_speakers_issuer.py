"""Whose voice a document's own narration is, read from its structure (issue 13, property 1): a letter,
reply or notice that speaks as a body ("我局…", "我校…", "经研究，我们认为") and is signed at its end
("某局 2025年3月2日", "二〇二五年三月二日") is the signing body's; a thread headed by its author's
name and handle ("王某 @handle") is the author's, a reply headed by another name and handle is the
replier's. Small documents written for the test on invented topics (a district's bus-route change,
a school's canteen prices, a reservoir's water cut, a night-market thread), none of the corpora's words."""

from __future__ import annotations

from generator.analyse.speakercolumns import column_authors, signer
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 公交改线\n  terms: [公交, 食堂, 水库, 夜市]\n"


def _article(body, slug="a", title="t", script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=title, script=script, blocks=parse_body(body), date="2025-03-01")


def _who(tmp_path, article, text):
    """The speaker of the sentence holding ``text``: its attribution, else the document's own holder."""
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    got = part.speakers.get((s.article, s.index), ())
    if got:
        return got[0].name
    authors = column_authors([article], lambda slug: (lambda t: to_simplified(t, article.script)))
    own = authors.get((s.article, s.paragraph)) or authors.get(s.article)
    return own.name if own and "“" not in s.simple else ""


REPLY = ("关于调整12路公交线路建议的答复\n\n"
         "林小川代表：您提出的关于恢复12路公交原线路的建议收悉，现答复如下：\n\n"
         "我局于今年1月将12路公交改线至新城大道，日均客流由改线前的3200人次降至2600人次。\n\n"
         "经研究，我们认为，原线路经过的老街路面过窄，恢复原线路存在安全隐患，暂不宜恢复。\n\n"
         "下一步，我局将在老街口增设一条接驳微循环线路，预计5月开通。\n\n"
         "感谢您对我区公共交通工作的关心。\n\n"
         "江滨区交通运输局 2025年3月2日\n\n")

NOTICE = ("关于食堂饭菜价格调整的说明\n\n"
          "近期有家长反映我校食堂饭菜价格上涨较快。\n\n"
          "我校食堂自2月起由学校自营，午餐价格由每餐12元调整为13元，主要原因是蔬菜和肉类采购价上涨约两成。\n\n"
          "学校将每月公示食堂收支，接受家长监督。\n\n"
          "青禾中学\n\n"
          "二〇二五年三月二日\n\n")

WATER = ("关于西湾水库周边停水的情况通报\n\n"
         "3月1日，西湾水库输水管道发生渗漏，周边三个小区停水约十小时。\n\n"
         "我公司接报后立即组织抢修，当晚22时恢复供水。"
         "据初步排查，渗漏原因是管道老化，我公司将在年内更换这段管道。\n\n"
         "特此通报。\n\n"
         "西湾供水有限公司二〇二五年三月二日\n\n")


def test_a_reply_letter_in_the_bureaus_voice_is_the_signing_bureaus(tmp_path):
    a = _article(REPLY)
    assert _who(tmp_path, a, "日均客流由改线前的3200人次") == "江滨区交通运输局"
    assert _who(tmp_path, a, "暂不宜恢复") == "江滨区交通运输局"  # "经研究，我们认为，…"
    assert _who(tmp_path, a, "预计5月开通") == "江滨区交通运输局"


def test_a_schools_notice_signed_on_two_lines_in_chinese_numerals_is_the_schools(tmp_path):
    a = _article(NOTICE)
    assert _who(tmp_path, a, "午餐价格由每餐12元调整为13元") == "青禾中学"
    assert _who(tmp_path, a, "接受家长监督") == "青禾中学"


def test_a_companys_notice_signed_with_the_date_glued_on_is_the_companys(tmp_path):
    a = _article(WATER)
    assert _who(tmp_path, a, "当晚22时恢复供水") == "西湾供水有限公司"
    assert _who(tmp_path, a, "我公司将在年内更换这段管道") == "西湾供水有限公司"


def test_a_news_report_about_a_bureau_is_not_the_bureaus_voice(tmp_path):
    # the report names the bureau; it is not signed by it and does not speak as it
    a = _article("江滨区12路公交改线两个月，沿线居民意见不一。\n\n"
                 "改线后日均客流由3200人次降至2600人次，老街一带的老人出行不便。\n\n"
                 "区交通运输局回应称，将增设接驳线路。\n\n")
    assert _who(tmp_path, a, "老街一带的老人出行不便") == ""


def test_signer_reads_the_signature_block_only_at_the_end():
    assert signer(["我局认为…", "特此函复。", "江滨区交通运输局 2025年3月2日"]) == "江滨区交通运输局"
    assert signer(["我局认为…", "西湾供水有限公司二〇二五年三月二日"]) == "西湾供水有限公司"
    assert signer(["江滨区交通运输局 2025年3月2日召开会议", "会上决定…", "一", "二", "三", "四"]) == ""
    assert signer(["总之，改线利大于弊。"]) == ""


# a thread: the author's posts, the replies' own authors ---------------------------------------------

THREAD = ("夜市摊位费这件事，说几句\n\n"
          "南门夜市上个月把摊位费从每晚50元涨到80元，我连着去了三个晚上，跟摊主聊了聊。\n\n"
          "上午10:02·2025年3月2日·1.1万次查看卖烤串的摊主说，一晚流水四五百，摊位费涨了以后利润少了三成。\n\n"
          "上午10:06·2025年3月2日·9,803次查看管理方的说法是电费和保洁费涨了，可账目从来没有公开过。\n\n"
          "回复 @yeshi_laoma\n\n"
          "许半夏 @banxia_eats ·3月2日摊位费涨了，游客并没有少，周末照样排长队。\n\n")


def test_a_thread_headed_by_name_and_handle_is_its_authors_and_a_reply_the_repliers(tmp_path):
    a = _article(THREAD, title="马骁　@yeshi_laoma")
    assert _who(tmp_path, a, "我连着去了三个晚上") == "马骁"
    assert _who(tmp_path, a, "账目从来没有公开过") == "马骁"
    assert _who(tmp_path, a, "周末照样排长队") == "许半夏"


def test_a_thread_whose_first_line_is_name_and_handle_is_its_authors(tmp_path):
    a = _article("马骁 @yeshi_laoma\n\n" + THREAD.split("\n\n", 1)[1], title="夜市摊位费这件事")
    assert _who(tmp_path, a, "我连着去了三个晚上") == "马骁"
    assert _who(tmp_path, a, "周末照样排长队") == "许半夏"


def test_a_quoted_post_is_its_authors_by_display_name_and_handle(tmp_path):
    # a thread quoting posts, a forwarded post in Latin script, a repost with the stamp glued before it
    a = _article(THREAD + "上午10:15·2025年3月2日·7,400次查看引用夜市摊主老葛 @ge_kaorou：“涨到80元以后，一晚要多卖二十串才回本。”\n\n"
                 "转发 Lin Mo @linmo_food：“夜市的摊位费该公开招标。”\n\n", title="马骁　@yeshi_laoma")
    assert _who(tmp_path, a, "一晚要多卖二十串才回本") == "夜市摊主老葛"
    assert _who(tmp_path, a, "夜市的摊位费该公开招标") == "Lin Mo"
    assert _who(tmp_path, a, "我连着去了三个晚上") == "马骁"  # the author's own posts stay theirs


# a social post's author line ---------------------------------------------------------------------

def test_a_post_under_its_author_line_is_the_authors_up_to_its_comments(tmp_path):
    a = _article("夜市小馋猫IP属地：江苏\n\n"
                 "南门夜市的烤串摊位费涨到80元了，摊主说一晚要多卖二十串才回本。\n\n"
                 "总之夜市还是值得去一次，只是排队太久。\n\n"
                 "03-02 江苏　赞 233老葛烤串我摆了八年摊，这个月利润少了三成。\n\n", title="南门夜市初体验")
    assert _who(tmp_path, a, "只是排队太久") == "夜市小馋猫"
    assert _who(tmp_path, a, "这个月利润少了三成") == ""  # a comment is not the post's author's


def test_an_author_line_glued_to_the_first_sentence_and_a_platform_dated_line(tmp_path):
    a = _article("茶园阿青 IP属地：福建今年明前茶收购价比去年高一成。\n\n倒春寒减产两成，价格还会涨。\n\n", title="春茶")
    assert _who(tmp_path, a, "价格还会涨") == "茶园阿青"
    b = _article("江北夜归人 发布于：湖北\n\n夜班渡轮减半以后，我每晚打车要多花四十元。\n\n", title="渡轮")
    assert _who(tmp_path, b, "每晚打车要多花四十元") == "江北夜归人"


# answers headed by their author's name and description -----------------------------------------

def test_a_qa_pages_answers_are_their_authors_up_to_the_next_head(tmp_path):
    a = _article("如何看待南门夜市摊位费上涨？\n\n"
                 "温晓棠（夜市摊主，摆摊八年）：先说结论：涨得太急了。\n\n"
                 "一、摊位费从50元涨到80元，利润少了三成。\n\n"
                 "二、管理方从没公开过账目。\n\n"
                 "骆青山（街道办工作人员，负责夜市管理）：楼上说的不全对，补充几点。\n\n"
                 "1. 电费和保洁费今年确实涨了四成。\n\n", title="问答")
    assert _who(tmp_path, a, "利润少了三成") == "温晓棠"
    assert _who(tmp_path, a, "管理方从没公开过账目") == "温晓棠"
    assert _who(tmp_path, a, "电费和保洁费今年确实涨了四成") == "骆青山"
    authors = column_authors([a], lambda slug: (lambda t: t))
    assert {sp.role for key, sp in authors.items() if isinstance(key, tuple) and sp.name == "骆青山"} == {"街道办工作人员"}


def test_a_letters_page_and_a_panel_write_up_in_the_same_shape(tmp_path):
    a = _article("读者来信\n\n"
                 "龚若愚（江北区居民）：夜班渡轮减半后，我每晚打车要多花四十元。\n\n"
                 "希望至少保留22点那一班。\n\n"
                 "韦兰（城东区图书馆馆员）：夜间开放的借阅量占全天两成，不该缩短。\n\n", title="来信")
    assert _who(tmp_path, a, "希望至少保留22点那一班") == "龚若愚"
    assert _who(tmp_path, a, "不该缩短") == "韦兰"
    # a heading-like label made of ordinary words is not an author ("结论（摘要）：")
    b = _article("结论（摘要）：夜市摊位费上涨的主要原因是电费上涨。\n\n", title="报告")
    assert _who(tmp_path, b, "主要原因是电费上涨") == ""


def test_a_single_answer_head_in_a_report_holds_its_own_paragraph_only(tmp_path):
    a = _article("南门夜市摊位费上涨，摊主意见不一。\n\n"
                 "温晓棠（夜市摊主）：涨得太急了，利润少了三成。\n\n"
                 "记者走访发现，夜市周末客流仍然很大，排队的游客并没有减少。\n\n", title="夜市")
    assert _who(tmp_path, a, "利润少了三成") == "温晓棠"
    assert _who(tmp_path, a, "排队的游客并没有减少") == ""
