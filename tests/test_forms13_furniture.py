"""A page's furniture that earlier rules let through, removed by its shape on any site: the account
links under a menu, an ad's label with its offer, a link clicking through to a topic, a control
loading more items, a reading list's head with its own control (``更多>>``, ``换一换``,
``（點擊閱讀）``), a picture's number and description, a back link, an app's tab bar. Each kind in three phrasings, on pages of their own (a portal page, a Hong Kong
news page, a county news site's page), and lines of text that use the same words stay."""

from __future__ import annotations

import pytest

from generator.clean import clean

P1 = "县里今年新修的乡村公路全长四十二公里，连通了山里的十一个村子，村民进城的时间从两个小时缩短到四十分钟。"
P2 = "交通局表示，公路的日常养护将交给沿线各村负责，县财政每年安排养护资金三百万元。"
P1_HANT = "港鐵公司昨日宣布，東涌線延線將於明年第三季通車，新增兩個車站，預計每日服務五萬人次。"
P2_HANT = "港鐵表示，延線工程已完成八成，餘下的路軌鋪設和系統測試將在年底前完成。"


def page(furniture: str, hant: bool = False, where: str = "mid") -> str:
    a, b = (P1_HANT, P2_HANT) if hant else (P1, P2)
    if where == "top":
        return f"{furniture}\n\n{a}\n\n{b}\n"
    if where == "end":
        return f"{a}\n\n{b}\n\n{furniture}\n"
    return f"{a}\n\n{furniture}\n\n{b}\n"


@pytest.mark.parametrize(("line", "hant", "where"), [
    ("登录  注册  手机版", False, "top"),
    ("登入　註冊　手機版　English", True, "top"),
    ("个人中心 | 退出 | 投稿", False, "end"),
    ("广告  纪念款公交模型 限时特惠 点击购买", False, "mid"),
    ("廣告　港鐵紀念八達通 限量發售 立即搶購", True, "mid"),
    ("推广　山货礼盒 包邮 五折", False, "end"),
    ("点击进入专题：乡村公路建设", False, "mid"),
    ("點擊閱讀：東涌線延線工程全紀錄", True, "mid"),
    ("> 点此查看：全县公路规划图", False, "end"),
    ("点击加载更多快讯 ∨", False, "end"),
    ("查看更多评论 >", False, "mid"),
    ("顯示全部 ▼", True, "end"),
    ("图片2/9　［图：通车仪式上的村民］", False, "mid"),
    ("［圖：東涌線延線工地］", True, "mid"),
    ("照片3/12", False, "top"),
    ("< 返回上一页 · 笔记详情", False, "top"),
    ("← 返回列表", True, "top"),
    ("返回首页", False, "end"),
    ("山路笔记　发现　|　发布　|　通知　|　我", False, "top"),
])
def test_page_furniture_leaves_by_its_shape(line, hant, where):
    c = clean(page(line, hant, where), source="page.txt")
    a, b = (P1_HANT, P2_HANT) if hant else (P1, P2)
    assert c.body.strip() == f"{a}\n\n{b}", c.body
    assert any(e.action == "removed" and e.before.strip() == line.strip() for e in c.audit)


@pytest.mark.parametrize(("head", "items"), [
    ("相关新闻  更多>>", ["· 县里新增三条公交线路 覆盖所有乡镇", "· 乡村公路养护资金纳入财政预算"]),
    ("相關新聞（點擊閱讀）", ["・港鐵公布新一年票價調整方案", "・東涌新市鎮擴展區首批居民入伙"]),
    ("热门推荐  换一换", ["· 春运首日全县客流超过三万人次", "· 山区学校通上校车"]),
])
def test_a_reading_list_with_a_control_on_its_head_leaves(head, items):
    hant = "點" in head
    raw = page("", hant, "end").rstrip() + "\n\n" + head + "\n" + "\n".join(items) + "\n"
    c = clean(raw, source="page.txt")
    a, b = (P1_HANT, P2_HANT) if hant else (P1, P2)
    assert c.body.strip() == f"{a}\n\n{b}", c.body


@pytest.mark.parametrize("text", [
    "村民说，以前要登录政府网站注册才能预约，现在在村委会就能办理。",
    "广告公司的老板在村里租了一间仓库，准备卖山货，价格比城里优惠。",
    "点击量最高的一条视频，拍的是公路通车那天村民放鞭炮的场面。",
])
def test_sentences_with_the_same_words_stay(text):
    c = clean(page(text), source="page.txt")
    assert text in c.body


@pytest.mark.parametrize("line", ["❤️ 1.2万　💬 356　⭐ 892　↗️ 分享", "❤️ 赞 2.3万　　⭐ 收藏 8652", "👍 讚 88　💬 留言 12"])
def test_a_bar_of_counters_behind_emoji_leaves(line):
    c = clean(page(line, hant="讚" in line, where="end"), source="note.txt")
    assert not any(ch.isdigit() for ch in c.body.replace(P1, "").replace(P2, "").replace(P1_HANT, "").replace(P2_HANT, ""))
