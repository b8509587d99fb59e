"""An HTML page whose only year-and-day the extractor can find is a copyright year ("© 2023 …") was
dated 1 January of that year, and every relative date in it ("昨日", "上周四") was resolved against that
day. The day the page prints (a labelled 发布时间, a byline's date) is its date; with none, the year.
Pages written for the test: a Hong Kong paper's story, a portal's notice, a blog post, and a page that
really is dated 1 January."""

from __future__ import annotations

import pytest

from generator.clean import clean

BODY = ("<p>市政府昨日宣布，下月起全市公园延长夜间开放时间，首批涉及十二座公园。</p>"
        "<p>园林部门负责人表示，延长开放后将增加巡逻和照明，游客反映良好。</p>"
        "<p>有市民认为，夜间开放会增加噪音，希望管理方划定安静区域。</p>")


def page(top: str, foot: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>公园夜间开放</title></head><body>"
            f"<header><a href='/'>首页</a> | <a href='/news'>新闻</a></header><article><h1>全市公园延长夜间开放</h1>"
            f"{top}{BODY}</article><footer>{foot}</footer></body></html>")


@pytest.mark.parametrize("top, foot, want", [
    ("<div class='byline'>記者 鄭文　2023年9月18日 06:00　更新：2023年9月18日 09:45</div>",
     "<p>© 2023 港島日報有限公司 版權所有，不得轉載</p>", "2023-09-18"),
    ("<p class='info'>发布时间：2024-05-06 10:00　来源：市园林局</p>",
     "<p>Copyright © 2024 市政府门户网站 版权所有</p>", "2024-05-06"),
    ("<p class='info'>作者：阿宁</p>", "<p>© 2022 阿宁的博客</p>", "2022"),
])
def test_a_copyright_year_is_not_the_pages_day(top, foot, want):
    c = clean(page(top, foot), source="park.html")
    assert c.meta.get("date") == want
    assert "延长夜间开放时间" in c.body


def test_a_page_really_dated_1_january_keeps_it():
    top = "<p class='info'>发布时间：2024年1月1日 08:00</p>"
    c = clean(page(top, "<p>© 2024 市政府门户网站</p>"), source="park.html")
    assert c.meta.get("date") == "2024-01-01"
