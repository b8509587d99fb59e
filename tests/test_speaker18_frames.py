"""The speaker from the sentence's own frame (issue 13, property 1), on invented articles in forms and topics
no corpus has (a county paper's feature on a ferry, a beekeepers' forum thread, a ferry operator's 微博 post
with its comments, a seminar's minutes on bee mites):

- a frame "X说/坦言/笑称" after a quotation names the speaker whatever X's shape (a familiar name, 阿贵; a
  surname alone, 欧阳; a transliterated name, 德弗里斯), never the paragraph's opening speaker, never a body;
- a role word before a name is the role ("兽医周平：" → 周平, 兽医; "景区顾问罗文斌" → 罗文斌);
- a thread's labelled line names its writer ("江边的猫：…", "Honey_Bee88（…）：…"); a reply's writer is the one
  named before "回复", the @X it answers never its speaker; a reply naming no writer is nobody's;
- a report's list of subjects ("产能：…") gives no speaker.
"""

from __future__ import annotations

import pytest

from generator.analyse.blockauthors import block_authors
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 渡口与养蜂\n  terms: [渡口, 码头, 蜂蜜, 蜂螨, 停航]\n"


def _article(body, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="渡口与蜂场", script=script, blocks=parse_body(body),
                   outlet="青河日报", author=None, date="2025-05-02")


def _who(tmp_path, body, text, script="zh-Hans"):
    part = analysed(tmp_path, _article(body, script), TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role, sp.kind) for sp in part.speakers.get((s.article, s.index), ())]


FEATURE = ("青河镇渡口改建一事引发讨论。\n\n"
           "镇长李明远表示，新码头将于明年春天投用，届时渡船增加到四艘。“船太旧了，冬天一刮风就停航，”老渡工阿贵说。\n\n"
           "“票价一分都不会涨，”欧阳坦言，他在渡口管理站工作了二十年。\n\n"
           "“这条航线的风景在欧洲也少见，”来自荷兰的游客德弗里斯说。\n\n"
           "“我家两百箱蜂死了一半，”蜂农小满笑称。")


@pytest.mark.parametrize("text, who", [
    ("船太旧了", ("阿贵", "老渡工", "person")),
    ("票价一分都不会涨", ("欧阳", "", "person")),
    ("这条航线的风景在欧洲也少见", ("德弗里斯", "游客", "person")),
    ("我家两百箱蜂死了一半", ("小满", "蜂农", "person")),
])
def test_a_frame_after_a_quotation_names_its_speaker(tmp_path, text, who):
    assert _who(tmp_path, FEATURE, text) == [who]


def test_the_opening_speaker_keeps_only_his_own_words(tmp_path):
    assert [n for n, _, _ in _who(tmp_path, FEATURE, "届时渡船增加到四艘")] == ["李明远"]


def test_a_quoted_name_before_a_verb_is_still_the_holder(tmp_path):
    # a short quotation with no pause in it is a quoted name ("博主“…”表示"), not speech
    body = "蜂蜜节开幕。\n\n美食博主“蜂蜜小当家”表示，今年的椴树蜜口感最好。"
    assert _who(tmp_path, body, "今年的椴树蜜口感最好") == [("蜂蜜小当家", "美食博主", "person")]


MINUTES = ("蜂群病害防治座谈会纪要\n\n时间：2025年4月8日\n\n"
           "兽医周平：今年的蜂螨比往年严重，建议每月检查一次。\n\n"
           "景区顾问罗文斌：蜂蜜节可以带动游客量增长两成。\n\n"
           "老兽医周平：用药要轮换，不然蜂螨会产生抗药性。")


@pytest.mark.parametrize("text, who", [
    ("建议每月检查一次", ("周平", "兽医", "person")),
    ("带动游客量增长两成", ("罗文斌", "景区顾问", "person")),
    ("用药要轮换", ("周平", "老兽医", "person")),
])
def test_a_role_word_before_a_name_is_the_role(tmp_path, text, who):
    assert _who(tmp_path, MINUTES, text) == [who]


FORUM = ("帖子：蜂蜜涨价了吗？\n\n楼主：最近超市的土蜂蜜一斤涨到八十块了，大家觉得值吗？\n\n"
         "山里的老蜂农：今年春天冷，蜂群损失大，产量少了三成，涨价是正常的。\n\n"
         "吃货小王：八十块一斤太贵了，我宁可买进口的。\n\n"
         "Honey_Bee88（2024-05-03）：進口蜂蜜也不便宜，一斤也要六七十。")


@pytest.mark.parametrize("text, who", [
    ("产量少了三成", "山里的老蜂农"),
    ("八十块一斤太贵了", "吃货小王"),
    ("一斤也要六七十", "Honey_Bee88"),
])
def test_a_thread_line_label_names_its_writer_whatever_its_shape(tmp_path, text, who):
    assert [n for n, _, _ in _who(tmp_path, FORUM, text)] == [who]


def test_a_report_list_of_subjects_names_no_speaker(tmp_path):
    body = ("行业观察\n\n产能：今年全国蜂蜜产能下降约三成，主要受春季低温影响。\n\n"
            "价格：土蜂蜜零售价上涨两成以上。\n\n进口：进口蜂蜜到岸量增长一成。")
    assert _who(tmp_path, body, "土蜂蜜零售价上涨两成以上") == []


WEIBO = ("#渡口停航#\n\n### 1楼　青河渡口　V\n\n5月2日10:00\n\n渡口改建期间每日停航九小时，请乘客绕行青河大桥。\n\n评论\n\n"
         "江边的猫：停航这么久，上学的孩子怎么办？\n\n"
         "青河渡口 回复 @江边的猫：学生可凭学生证免费乘坐接驳车。\n\n"
         "回复 @青河渡口：接驳车一天只有三班，根本不够。\n\n"
         "### 2楼　老船工\n\n5月2日11:00\n\n停航九小时，我们跑船的一天就白干了。")


def test_comments_under_a_post_are_their_writers(tmp_path):
    assert [n for n, _, _ in _who(tmp_path, WEIBO, "停航这么久")] == ["江边的猫"]
    assert [n for n, _, _ in _who(tmp_path, WEIBO, "学生可凭学生证免费乘坐接驳车")] == ["青河渡口"]
    # whom a reply answers is never its speaker; a reply that names no writer is nobody's we can tell
    assert _who(tmp_path, WEIBO, "接驳车一天只有三班") == []
    # the post itself stays its account's, the next post its own poster's
    assert [n for n, _, _ in _who(tmp_path, WEIBO, "请乘客绕行青河大桥")] == ["青河渡口"]
    assert [n for n, _, _ in _who(tmp_path, WEIBO, "我们跑船的一天就白干了")] == ["老船工"]


def test_block_authors_give_a_reply_its_replier(tmp_path):
    a = _article(WEIBO)
    got = block_authors([a], lambda slug: (lambda t: to_simplified(t, "zh-Hans")))
    by_text = {b.text: got.get(("a", b.id)) for b in a.blocks if b.kind == "p"}
    assert by_text["江边的猫：停航这么久，上学的孩子怎么办？"][0].name == "江边的猫"
    assert by_text["青河渡口 回复 @江边的猫：学生可凭学生证免费乘坐接驳车。"][0].name == "青河渡口"
    assert by_text["回复 @青河渡口：接驳车一天只有三班，根本不够。"] is None
    assert by_text["渡口改建期间每日停航九小时，请乘客绕行青河大桥。"][0].name.startswith("青河渡口")
