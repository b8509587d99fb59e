"""A point's quotes prove it (issue 13, property 2) and one claim is one point however its figures
are written (property 3), on articles written for the test. The story is invented: a bakery
chain, 麦香坊, opens its first shop abroad; the taxonomy names only the topic."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _run

TOPIC = "topic:\n  label: 麦香坊\n  terms: [麦香坊]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-05-01")


def _norm(text):
    return "".join(ch for ch in text if ch.isalnum())


def test_the_statement_never_says_more_than_its_own_quote(tmp_path):
    # one long sentence whose last clause is the point: the quote must reach it
    a = _article("a", "麦香坊首家海外门店昨日开业。\n\n"
                      "分析师周立认为，门店租金是一道门槛，“在市中心开一家两百平方米的门店，每月租金就要三万欧元以上，"
                      "装修和设备还要再投入四十万欧元左右，对刚起步的中小烘焙品牌并不友好”。\n\n"
                      "开业当天门店排起长队。")
    an = _run(tmp_path, [a], TOPIC)
    [p] = [p for p in an.points if "门槛" in p.statement]
    own = _norm(p.citations[0].quote)
    # every clause the statement keeps is in its first quote, the first and the last included
    assert "门槛" in p.statement and "并不友好" in p.statement
    for clause in p.statement.rstrip("。").split("，"):
        assert _norm(clause) in own, (clause, own)
