"""A reporter's credit in brackets opening a lead ("【某某网记者王五】…", "[特約記者 趙六]…",
"【文／某某】…") is whose copy it is, never words of a point's statement, its quote or a timeline
row (issue 13: a dateline shown as a point). Invented stories on topics unlike the corpora: a
city's metro line, a typhoon's school closures, an orchard's frost."""

from __future__ import annotations

from generator.analyse.residue import display_text, without_residue
from generator.analyse.statements import clean_statement, short_quote
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _run

METRO = "topic:\n  label: 南城地铁5号线\n  terms: [5号线, 南城地铁]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-05-04")


def test_bracketed_credit_leaves_statement_quote_and_row():
    for lead, rest in (("【南方网记者王五】", "5月3日上午，南城地铁5号线正式开通运营，日均客流预计超过10万人次。"),
                       ("[特約記者 趙六]", "颱風過境後，全市中小學停課一天，損失預計超過兩億元。"),
                       ("【文／周小林】", "今年春季的霜冻让山南果园减产约三成，果农收入明显下降。")):
        text = lead + rest
        assert clean_statement(text) == rest, text
        assert short_quote(text, lambda t: t, ()) == rest, text
        assert display_text(text) == rest and without_residue(text) == rest, text


def test_brackets_that_are_no_credit_stay():
    # a flash's headline in brackets is its words, not a credit
    assert clean_statement("【地铁：5号线首周客流破百万】南城地铁表示将加密班次。").startswith("【地铁")
    # a credit with nothing after it to stand alone stays whole
    assert clean_statement("【本报记者 王五】通车了。").startswith("【本报记者")


def test_briefing_point_from_a_credited_lead_shows_no_credit(tmp_path):
    body = ("【南方网记者王五】5月3日上午，南城地铁5号线正式开通运营，预计将带动沿线商圈客流增长三成。\n\n"
            "南城地铁表示，5号线开通后，早高峰通勤时间将缩短约20分钟。")
    an = _run(tmp_path, [_article("a", body)], METRO)
    hit = [p for p in an.points if any("带动沿线商圈" in c.quote for c in p.citations)]
    assert hit, [p.statement for p in an.points]
    for p in hit:
        assert "记者" not in p.statement and "南方网" not in p.statement, p.statement
        assert all("【" not in c.quote for c in p.citations), [c.quote for c in p.citations]
    rows = [e for e in an.timeline if "5号线正式开通" in e.text] if hasattr(an, "timeline") else []
    assert all("记者" not in e.text for e in rows), [e.text for e in rows]
