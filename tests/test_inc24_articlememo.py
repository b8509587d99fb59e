"""A save's analysis keeps what one article gives on its own (session 24, issue 17): the readings of each
article alone (``analyse/articlememo.py``: its credits, who holds its own narration) are kept by its content
and read again only for an article the save changed; a digest's summary keeps what it reads of the article's
sentences whatever the corpus' weights (``digestsummary._prepared``) and weighs them again on every call.
Each kept result is the fresh one. Synthetic articles (a dairy recall, a night-bus timetable)."""

from __future__ import annotations

import random

from generator.analyse import articlememo
from generator.analyse.digestsummary import _prepared, summarise
from generator.analyse.speakers import column_authors
from generator.analyse.text import content_tokens, sentences_of, to_simplified
from generator.articles import parse_body
from generator.model import Article

POST = "上周看到召回通知，家里还有两罐同批次的。\n\n客服电话打了一上午才接通，说退款要等十个工作日。\n\n"


def _article(slug, author, body=POST):
    return Article(slug=slug, source=f"{slug}.txt", title="t", script="zh-Hans", date="2025-03-05",
                   author=author, blocks=parse_body(body))


def _authors(articles):
    got = column_authors(articles, lambda slug: (lambda t: to_simplified(t, "zh-Hans")))
    return {k: (v.name, v.paragraph) for k, v in got.items()}


SAVES = [
    [_article("p", "江北宝妈不想再囤货"), _article("d", "本报综合")],  # a user's post holds its own words
    [_article("p", "本报综合"), _article("d", "本报综合")],  # the byline becomes a desk's: nobody's
    [_article("p", "江北宝妈不想再囤货"), _article("d", "本报综合", POST + "退款已于昨日到账。\n\n")],
]


def test_kept_readings_are_the_fresh_ones_over_a_sequence_of_saves():
    fresh = [_authors(arts) for arts in SAVES]
    assert fresh[0] != fresh[1] and fresh[1] != fresh[2]  # (the sequence moves the answer both ways)
    for arts, expected in zip(SAVES, fresh):
        with articlememo.session():
            assert _authors(arts) == expected


def test_a_save_reads_again_only_the_article_it_changed():
    with articlememo.session():
        _authors(SAVES[0])
    with articlememo.session():
        _authors(SAVES[0])
        assert articlememo.stats() == {"made": 0, "kept": 2}
    with articlememo.session():
        _authors([SAVES[0][0], SAVES[2][1]])  # d gained a paragraph
        assert articlememo.stats() == {"made": 1, "kept": 1}


BUS = ("市交通局昨日宣布，夜班公交自下月起延长运营，末班车推迟到凌晨一点。\n\n"
       "交通局表示，票价维持不变，新增班次优先覆盖医院和工业园区。\n\n"
       "不少乘客认为，延长运营方便了夜班工人，但也有司机担心连续夜班的疲劳。\n\n"
       "工业园区的企业表示，将调整下班时间，与末班车衔接。\n\n"
       "交通局称，试运行三个月后将根据客流评估是否继续。\n\n")


def test_a_summary_weighs_the_lines_again_when_the_weights_move():
    art = Article(slug="bus", source="bus.txt", title="夜班公交延长运营", script="zh-Hans", date="2025-03-05",
                  blocks=parse_body(BUS))
    sents = sentences_of(art, lambda t: t)
    words = sorted({t for s in sents for t in content_tokens(s.simple)})
    rng = random.Random(24)
    seen = set()
    for _ in range(12):
        weights = {t: rng.choice((0.2, 1.0, 5.0, 25.0)) for t in words}
        kept = summarise(sents, weights, ("公交",), title="夜班公交延长运营")
        _prepared.cache_clear()
        fresh = summarise(sents, weights, ("公交",), title="夜班公交延长运营")
        assert [(s.index, role) for s, role in kept] == [(s.index, role) for s, role in fresh]
        seen.add(tuple((s.index, role) for s, role in fresh))
    assert len(seen) >= 2  # the weights choose the lines: a kept choice would show
