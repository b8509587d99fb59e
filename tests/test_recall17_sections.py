"""A section that never names the topic but speaks of what the other sources speak of is about
the topic (issue 13, property 7: claims never made into points).

Phenomenon: a report's chapter, a thread's reply section or a newsletter's item is set apart as
"about something else" when its heading and paragraphs never name the editor's terms or the
corpus's topic words; but a report's chapter on one consequence words the topic as "此次"/"本轮"
and names the consequence's own things (蜂箱, 授粉, 坐果率), which the other sources name too.
Such a paragraph is kept; a newsletter's other item (a badminton league) shares no such word
with any other source and stays apart, and so does a footer under the on-topic item.

The story is invented and unlike every corpus: bee colonies collapse in a county and orchards pay
for it. Three forms the rule was not derived from: a research brief with numbered chapters, a
forum thread with a headed reply section, a county newsletter with two items.
"""

from __future__ import annotations

from generator.analyse.relevance import _shared_with_others, off_topic_sections
from tests.test_briefing_recall import _article, _citing, _named_only, _run

TOPIC = "topic:\n  label: 蜂群崩溃\n  terms: [蜂群崩溃, 蜂群衰竭失调]\n"

BEES = (
    ("a", "蜂群崩溃波及西岭县",
     "西岭县今年春季出现蜂群崩溃，蜂农的蜂箱近四成空巢。\n\n"
     "果农说，授粉蜂箱的租金从每箱200元涨到450元，樱桃坐果率明显下降。\n\n"
     "县蜂业协会表示，越冬蜂群损失率创十年新高。"),
    ("b", "蜂群崩溃，果农怎么办",
     "楼主：西岭县蜂群崩溃的新闻大家看了吗？\n\n"
     "## 网友回复\n\n"
     "果园老周：今年请授粉的蜂箱价格上涨到四百多一箱还租不到，樱桃园只能人工点授，成本大幅增加。\n\n"
     "养蜂人小何：蜂箱里的工蜂一夜之间不见了，我们蜂农今年的蜂蜜产量下降了七成。\n\n"
     "点击关注本吧，第一时间获取最新帖子推送。"),
    ("c", "蜂群崩溃研究简报（第3期）",
     "## 一、概况\n\n"
     "西岭县蜂群崩溃集中出现在三月下旬。\n\n"
     "## 二、授粉服务\n\n"
     "此次事件导致授粉蜂箱租金大幅上涨，樱桃果园坐果率下降，预计全年减产约两成。受此影响，蜂蜜收购价预计上涨三成。\n\n"
     "## 三、其他\n\n"
     "本简报仅供内部参考，未经许可不得转载。"),
    ("d", "西岭周报第12期",
     "## 1. 蜂群崩溃追踪\n\n"
     "西岭县蜂群崩溃仍在蔓延，县蜂业协会呼吁发放补贴。\n\n"
     "如需退订本周报，请回复退订二字。\n\n"
     "## 2. 羽毛球联赛开始报名\n\n"
     "今年羽毛球联赛报名人数同比增长三成，带动体育馆周边餐馆生意大幅上升。"),
)


def _bees(tmp_path):
    return _run(tmp_path, [_article(*a) for a in BEES], _named_only(TOPIC))


def test_a_report_chapter_on_a_consequence_the_others_name_is_a_point(tmp_path):
    an, _ = _bees(tmp_path)
    # (a claim the other sources share is recruited from anywhere; one only the chapter makes
    # needs the chapter to be read as about the topic)
    got = _citing(an, "c", "蜂蜜收购价")
    assert got, [p.statement for p in an.points]
    assert all(p.kind == "impact" for p in got), [(p.kind, p.statement) for p in got]


def test_a_reply_section_in_other_words_is_about_the_topic(tmp_path):
    an, _ = _bees(tmp_path)
    assert _citing(an, "b", "蜂蜜产量下降"), [p.statement for p in an.points]


def test_a_newsletter_other_item_stays_apart(tmp_path):
    an, _ = _bees(tmp_path)
    assert not _citing(an, "d", "羽毛球"), [p.statement for p in an.points if "羽毛球" in p.statement]
    assert not _citing(an, "d", "餐馆生意")


def test_each_paragraph_is_weighed_on_its_own():
    arts = [_article(*a) for a in BEES]
    same = lambda slug: (lambda text: text)  # noqa: E731
    sentences = _sentences(arts)
    away = off_topic_sections(arts, same, ("蜂群崩溃",), sentences)
    paras = {(a.slug, b.id): b.text for a in arts for b in a.blocks if b.kind == "p"}
    away_text = {paras[k] for k in away}
    # the badminton item and the footers stay apart; the chapter and the replies do not
    assert any("羽毛球" in t for t in away_text), away_text
    assert any("内部参考" in t for t in away_text), away_text
    # … and a footer under the replies does not ride on them: each paragraph is weighed alone
    assert any("点击关注本吧" in t for t in away_text), away_text
    assert not any("坐果率" in t or "四百多一箱" in t for t in away_text), away_text
    # without the corpus's sentences the rule is the old one: every unnamed section is set apart
    old = off_topic_sections(arts, same, ("蜂群崩溃",))
    assert any("坐果率" in paras[k] for k in old)
    assert not _shared_with_others([], [("c", ["p1"])])


def _sentences(arts):
    from generator.analyse.text import sentences_of

    return [s for a in arts for s in sentences_of(a, lambda text: text)]
