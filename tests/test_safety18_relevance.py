"""The relevance filter never drops a whole authored block that holds a claim (a reply, a post, an
answer, a transcript turn): a reply need not repeat the words of the question it answers."""

from __future__ import annotations

from types import SimpleNamespace as NS

from generator.analyse.relevance import authored_units, off_topic_sections, relevant
from generator.model import Block

WORDS = ("加装电梯",)


def _article(slug, blocks):
    return NS(slug=slug, blocks=[Block(k, t, i) for k, t, i in blocks])


def _cands(article):
    sents, cands = [], []
    paras = [b for b in article.blocks if b.kind == "p"]
    for n, b in enumerate(paras):
        s = NS(article=article.slug, paragraph=b.id, para_index=n, original=b.text, simple=b.text,
               paragraph_simple=b.text, index=n)
        sents.append(s)
        cands.append(NS(sentence=s, topical=any(w in b.text for w in WORDS)))
    return sents, cands


def _kept(article):
    sents, cands = _cands(article)
    elsewhere = off_topic_sections([article], lambda slug: (lambda t: t), WORDS, ())
    return {c.sentence.paragraph for c in relevant(cands, sents, WORDS, elsewhere, authored_units([article]))}


def test_a_reply_under_its_stamped_heading_keeps_its_claims_without_the_topic_words():
    board = _article("board", [
        ("h2", "市民留言", "h-a"),
        ("p", "青松苑小区3号楼申请加装电梯已经两年，至今没有动工，请问进展如何？", "p1"),
        ("h3", "市住建局 · 2024-03-19", "h-b"),
        ("p", "感谢您的留言。", "p2"),
        ("p", "经核查，该楼栋已于3月15日通过联合审查，施工单位预计6月底前完工。", "p3"),
        ("h2", "体育快讯", "h-c"),
        ("p", "市马拉松报名人数突破3万人，创历年新高。", "p4"),
    ])
    kept = _kept(board)
    assert "p1" in kept and "p3" in kept  # the question and the reply's claim
    assert "p2" not in kept  # a courtesy line carries nothing
    assert "p4" not in kept  # another item of the page, under no author: still off the topic


def test_a_transcript_turn_is_one_authored_block_and_a_kept_block_is_not_widened():
    transcript = _article("pod", [
        ("h2", "文字稿", "h-a"),
        ("p", "林一舟：今天我们聊加装电梯。", "p1"),
        ("h2", "听众来信", "h-b"),
        ("p", "陈慧敏：去年全国新开工3.6万部，比前年增长了约20%。", "p2"),
        ("p", "陈慧敏：这件事情我觉得很难说清楚", "p3"),
    ])
    kept = _kept(transcript)
    assert {"p1", "p2"} <= kept and "p3" not in kept  # p3: a turn without a claim


def test_headings_without_stamp_or_author_are_no_authored_block():
    units = authored_units([_article("n", [("h3", "第二部分 行业动态", "h1"), ("p", "某公司宣布裁员10%。", "p1"),
                                           ("h3", "2楼　陈牧　2024-01-05", "h2"), ("p", "同意楼上的看法。", "p2")])])
    assert ("n", "p1") not in units and ("n", "p2") in units


def test_a_feed_item_under_a_bare_time_is_no_authored_block():
    feed = _article("feed", [("h3", "13:05", "h1"), ("p", "国内油价预计9月19日上调，幅度约每吨200元。", "p1"),
                             ("h3", "13:40", "h2"), ("p", "某咖啡品牌与白酒品牌联名推出加装电梯主题新品。", "p2")])
    assert authored_units([feed]) == {}
