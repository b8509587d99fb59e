"""A site's list of latest or related posts with their dates (a blog sidebar, a news site's 相关阅读,
a traditional-script forum's 最新主題), saved with the page: removed whole, so its dates never reach
the timeline; a list in the article that says more than a title (a clause, a sentence) stays."""

from __future__ import annotations

import pytest

from generator.clean import clean

BODY = "上周六我们去了河口湿地，候鸟比去年多了一倍。\n\n管理处说下个月起周末限流。\n\n"


@pytest.mark.parametrize("widget, gone", [
    ("最新文章\n· 山脚下的老茶馆 2024-05-28\n· 南坡修缮记 2024-03-09\n· 青石山的秋天 2023-11-02\n", "南坡修缮记"),
    ("相关阅读\n- 湿地公园扩建方案公示 2024年5月2日\n- 候鸟监测站启用 2024年4月18日\n", "候鸟监测站启用"),
    ("最新主題\n• 夜市攤位抽籤結果 2024/06/01\n• 渡輪班次調整 2024/05/20\n", "渡輪班次調整"),
])
def test_a_list_of_dated_posts_leaves_the_text(widget, gone):
    c = clean(BODY + widget, source="page.txt")
    assert gone not in c.body
    assert "候鸟比去年多了一倍" in c.body and "周末限流" in c.body
    assert any(gone in e.before and e.action == "removed" for e in c.audit)


def test_dated_items_that_say_more_stay():
    text = BODY + "工程进度\n· 南坡步道完工，比计划提前两周 2024-03-09\n· 北坡索道开始试运行，游客可预约 2024-05-28\n"
    c = clean(text, source="page.txt")
    assert "比计划提前两周" in c.body and "游客可预约" in c.body
