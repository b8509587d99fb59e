"""A digest's point row names each quote's own speaker (issue 13: never a wrong speaker).

A point may cite two paragraphs of one article said by two different holders; the row used to
print the point's speakers once, before every quote, so the second holder's words read as the
first's. Invented article (a ferry line's new timetable), none of the corpora's words."""
from __future__ import annotations

import dataclasses

from generator.analyse.model import Citation, Point, Speaker
from generator.render.digest import render_digest
from tests.test_index import _article, _run

BODY = """东湖轮渡公司本周宣布，自下月起夜班航线延长至零点。

航运分析师周立衡表示，延长夜班将带动沿湖餐饮的夜间客流。

湖滨商会秘书长韩子墨称，沿湖商户已经开始招聘夜班员工，夜间客流值得期待。
"""


def _page(speakers):
    art = _article("ferry", BODY, title="东湖轮渡夜班延长")
    analysis = _run(art)
    ps = [p.id for p in art.paragraphs]
    a, b = ps[1], ps[2]
    quote_a = "延长夜班将带动沿湖餐饮的夜间客流"
    quote_b = "沿湖商户已经开始招聘夜班员工，夜间客流值得期待"
    point = Point(id="pt-business-test01", kind="impact", category="business",
                  statement="夜班航线延长将带动沿湖夜间客流。",
                  citations=(Citation("ferry", a, quote_a), Citation("ferry", b, quote_b)),
                  speakers=tuple(Speaker(n, "", "ferry", p, kind="person") for n, p in speakers(a, b)))
    digest = dataclasses.replace(analysis.digests[0], points=(point.id,))
    analysis = dataclasses.replace(analysis, points=(point,), digests=(digest,))
    page = render_digest(art, analysis, [art], lambda text, *_: text)
    return next(line for line in page.splitlines() if "pt-business-test01" in line)


def test_each_quote_is_shown_under_the_holder_its_paragraph_names():
    row = _page(lambda a, b: [("周立衡", a), ("韩子墨", b)])
    assert "周立衡：“延长夜班" in row
    assert "韩子墨：“沿湖商户" in row
    # the second holder's words are never under the first's name
    assert "周立衡、韩子墨" not in row and "周立衡：“延长夜班将带动沿湖餐饮的夜间客流” [¶2](index.md#p2) “" not in row


def test_a_quote_whose_paragraph_names_no_one_is_shown_without_a_name():
    row = _page(lambda a, b: [("周立衡", a)])
    assert "周立衡：“延长夜班" in row
    assert "：“沿湖商户" not in row
