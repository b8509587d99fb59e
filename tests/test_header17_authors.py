"""The author field names people only: a credit line read whole (the role before a name, the filing
place after it) or a page's label in its metadata leaves no non-name in it. Forms unlike the
corpora: a Taiwanese local paper's credit line with a filing place, an HTML page whose author meta
is a label, a city paper's credit with an intern."""

from __future__ import annotations

from generator.clean import clean

LOCAL = """竹山鎮老街竹編工坊重新開放
記者 陳思穎　南投報導

竹山鎮老街上的竹編工坊整修兩年後重新開放，工坊保留了日治時期的木造屋架，師傅每天下午示範編織竹籃。

鎮公所表示，工坊開放後將開設假日體驗課程，每班十人，需事先預約。
"""

HTML = """<html><head><meta charset="utf-8"><title>山区小学的天文社团</title>
<meta name="author" content="简介"></head>
<body><article><h1>山区小学的天文社团</h1>
<p>这所山区小学的天文社团成立三年，学生们用一台捐赠的望远镜观测了木星的卫星和土星环。</p>
<p>社团老师说，山里光污染少，晴天的夜晚能看到银河，孩子们最喜欢的是记录流星雨。</p>
</article></body></html>
"""

CITY = """老旧电梯改造进度过半
本报记者 何雨桐　实习生 莫北辰

全市列入计划的老旧住宅电梯改造已经完成过半，剩余的将在年底前完工。改造期间，各小区安排了临时爬楼助老服务。

住建部门表示，改造资金由财政补贴和住户分摊两部分组成。
"""


def test_a_filing_place_after_the_reporter_is_no_author():
    meta = clean(LOCAL, source="000_local.txt").meta
    assert meta.get("author") == "陳思穎"


def test_a_page_label_in_the_author_meta_is_left_out():
    out = clean(HTML, source="001_page.html")
    assert "author" not in out.meta
    assert "简介" not in out.body
    assert any(e.before == "简介" and e.after == "" for e in out.audit)


def test_an_interns_role_word_is_no_name_but_the_intern_is_credited():
    meta = clean(CITY, source="002_city.txt").meta
    names = (meta.get("author") or "") + "、".join(meta.get("credits") or [])
    assert "何雨桐" in names and "实习生" not in (meta.get("author") or "")


SLOGAN = """<html><head><meta charset="utf-8"><title>社区菜园的第一次收成</title>
<meta property="og:site_name" content="田园笔记 · 每一块小菜地都值得被记录"></head>
<body><article><h1>社区菜园的第一次收成</h1>
<p>小区楼顶的社区菜园今年春天开垦，二十户居民轮流浇水，上周收获了第一批生菜和小番茄。</p>
<p>菜园的组织者说，收成不多，但邻居们因为种菜认识了彼此，明年打算再开两块地。</p>
</article></body></html>
"""


def test_a_sites_slogan_is_no_part_of_the_outlet():
    out = clean(SLOGAN, source="003_slogan.html")
    assert out.meta.get("outlet") == "田园笔记"
