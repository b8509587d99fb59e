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
    rows = [e for e in an.events if "5号线正式开通" in e.text]
    assert rows and all("记者" not in e.text for e in rows), [e.text for e in an.events]


# An A-not-A question ("会不会被卷进价格战") asks; its 不会 refuses nothing (issue 13: a question set
# against a claim as its other side).

def test_a_question_is_not_the_other_side_of_a_contention(tmp_path):
    cases = (  # a dairy's price cut (news), a ferry's timetable (a forum), a county's water tariff (a broadcast)
        ("topic:\n  label: 北山乳业降价\n  terms: [北山乳业, 北山牛奶]\n",
         "北山乳业宣布全线产品降价一成。\n\n行业分析师李卫认为，北山乳业此举将加剧乳制品行业的价格战，中小乳企的利润会被进一步压缩。",
         "北山乳业降价后，牧场主王强说，他最关心的是本地奶农会不会被卷进北山乳业的价格战。\n\n王强说，北山牛奶的收购价已经两个月没有调整。",
         "加剧", "会不会被卷进"),
        ("topic:\n  label: 东港渡轮改班\n  terms: [东港渡轮, 东港航运]\n",
         "东港航运宣布东港渡轮冬季减为每日四班。\n\n航运专家孙立认为，东港渡轮减班将推高两岸通勤者的出行成本，沿线商铺客流也会下降。",
         "1楼 岛民阿海：东港渡轮减班后，我最担心的是夜班工人会不会因为减班而丢掉工作。\n\n2楼 岛民阿海：东港航运说春节前会再评估。",
         "推高", "会不会因为减班"),
        ("topic:\n  label: 西县水价上调\n  terms: [西县水务, 西县水价]\n",
         "主持人：西县水务宣布居民水价每吨上调0.5元。\n\n经济学者钱宁：西县水价上调将加重低收入家庭的负担，用水量也会明显下降。",
         "听众周姐：我想问西县水务，低保户会不会因为水价上调而被停水？\n\n主持人：西县水务表示会另行公布减免办法。",
         "加重", "会不会因为水价"),
    )
    for k, (topic, one, two, claim, asked) in enumerate(cases):
        (tmp_path / str(k)).mkdir()
        an = _run(tmp_path / str(k), [_article("a", one), _article("b", two)], topic)
        for c in an.contentions:
            quotes = [q.quote for q in c.a.citations + c.b.citations]
            assert not any(asked in q for q in quotes) or not any(claim in q for q in quotes), (c.topic, quotes)
