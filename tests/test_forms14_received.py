"""Sources as received, in forms no earlier fixture has (tests/fixtures/forms14/: an e-paper page with
its edition line and page counters, a traditional-script harbour forum with floors, badges, stamps,
signatures and a pinned notice, a typhoon live page saved newest first, a museum topic page with a
chronology and two pieces), cleaned by general rules; and each rule of this session on small pages
of three forms that no rule was written from. What a reader notices: the headline is the title, the
outlet is the page's own name, every news sentence is whole, no furniture is left, a post keeps its
poster and time, a live text reads from its first entry to its last."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.analyse.entrydays import heading_days
from generator.clean import clean

FIX = Path(__file__).resolve().parent / "fixtures" / "forms14"


def load(name: str):
    return clean((FIX / name).read_text(encoding="utf-8"), source=name)


def test_an_epaper_page_reads_as_its_story():
    c = load("epaper_bridge.txt")
    assert c.meta["title"] == "北河大桥封闭维修\u3000公交线路临时调整"
    assert c.meta["date"] == "2024-04-08"  # the edition line's date
    assert c.meta["author"] == "周立、韩梅"
    for junk in ("第1页/共2页", "第2页/共2页", "下转", "上一版", "往期回顾", "第A03版", "责编"):
        assert junk not in c.body, junk
    # the page counter between two paragraphs is fused into neither
    assert "须更换全部支座并加固主梁。\n\n维修期间" in c.body


def test_a_forum_thread_keeps_each_posts_poster_and_time():
    c = load("bbs_harbour.txt")
    assert c.meta["outlet"] == "港灣討論區"
    assert c.meta["title"] == "離島渡輪下月加價一成半，大家點睇？"
    assert c.meta["date"] == "2024-03-09"
    assert "### 1楼\u3000碼頭老陳\u30002024-03-09 22:40（樓主）" in c.body
    assert "### 3楼\u3000碼頭老陳\u30002024-03-10 07:48（樓主）" in c.body
    for junk in ("LV6", "資深會員", "簽名檔", "版規", "違者", "登入", "來自", "瀏覽"):
        assert junk not in c.body, junk
    assert "今天收到通知，離島航線下月一號起成人單程票由28元加到32元" in c.body


def test_a_posts_today_counts_from_its_own_day():
    c = load("bbs_harbour.txt")
    blocks, n = [], 0
    for chunk in c.body.split("\n\n"):
        if chunk.startswith("#"):
            blocks.append(SimpleNamespace(kind="h3", text=chunk.lstrip("# "), id=None))
        else:
            n += 1
            blocks.append(SimpleNamespace(kind="p", text=chunk, id=f"p{n}"))
    days = heading_days([SimpleNamespace(slug="bbs", blocks=blocks)])
    assert days[("bbs", "p1")] == "2024-03-09"
    assert days[("bbs", f"p{n}")] == "2024-03-10"  # 3F was posted the next morning


def test_a_live_page_saved_newest_first_reads_in_time_order():
    c = load("live_typhoon.html")
    times = [ln[4:] for ln in c.body.split("\n") if ln.startswith("### ")]
    assert times == ["06:05", "07:30", "08:10", "08:55", "09:40"]
    assert c.body.index("预计一小时内登陆") < c.body.index("在东州市南湾镇沿海登陆") < c.body.index("全市转移群众")
    assert "### 08:10\n\n【市气象台】台风“海鸥”于今晨7时50分" in c.body
    assert "防台风一级应急响应" not in c.body  # the related links stay out


def test_a_topic_page_keeps_its_chronology_and_each_pieces_headline():
    c = load("topic_museum.html")
    assert c.meta["outlet"] == "南岭资讯网"
    assert "## 闭馆三年后重开\u3000西关博物馆首日迎客八千人" in c.body
    assert "## 夜场开放引关注\u3000博物馆称将视客流调整" in c.body
    assert "市文化局宣布西关博物馆5月20日重新开放" in c.body
    assert "城南图书馆新馆开放" not in c.body  # a list of links, even dated, is navigation
    assert "来源：" not in c.body and "记者罗晓帆" not in c.body
    assert any("罗晓帆" in x for x in c.meta["credits"]) and any("唐可" in x for x in c.meta["credits"])
    assert "author" not in c.meta  # two pieces, two reporters: no one is the page's author


P1 = "市里新建的三座污水处理厂本月全部投入运行，日处理能力合计达到四十万吨，城区污水收集率提高到九成五。"
P2 = "环保部门表示，下一步将对沿河排污口逐一排查，年底前完成整治。"
P1_HANT = "新界東北的三座污水處理廠本月全面投入運作，每日處理量合共四十萬噸，區內污水收集率提升至九成五。"


@pytest.mark.parametrize("counter", [
    "东川市生态环境局　　信息公开专用　第2页/共3页",
    "远川证券研究所 | 请务必阅读正文之后的免责条款 | 第3页/共9页",
    "Annual Water Report 2024　　Page 2 of 5",
])
def test_a_running_head_with_a_page_counter_leaves_and_joins_nothing(counter):
    c = clean(f"{P1[:30]}\n{P1[30:]}\n{counter}\n{P2}\n", source="x.txt")
    assert "页" not in c.body.replace("页面", "") and "Page" not in c.body
    assert P1 in c.body and P2 in c.body


def test_a_sentence_naming_a_page_stays():
    text = f"{P1}\n\n报告称，详细数据见附表第2页/共4页的说明，其余内容从略。\n"
    assert "详细数据见附表第2页/共4页的说明" in clean(text, source="x.txt").body


@pytest.mark.parametrize(("byline", "author", "date"), [
    ("2024/03/02 09:15　記者林怡君／高雄報導", "林怡君", "2024-03-02"),
    ("記者張家豪／綜合報導 ｜ 2024年3月2日 下午 3:05", "張家豪", "2024-03-02"),
    ("2024-03-02 10:20  记者 王立／广州报道", "王立", "2024-03-02"),
])
def test_a_dated_byline_is_author_and_date_not_the_lead(byline, author, date):
    p1 = P1_HANT if "記者" in byline else P1
    c = clean(f"污水處理廠全面運作　收集率升至九成五\n{byline}\n\n{p1}\n\n{P2}\n", source="x.txt")
    assert c.meta["author"] == author and c.meta["date"] == date
    assert c.body.startswith(p1)


@pytest.mark.parametrize("menu", [
    "加入LINE好友  訂閱電子報  ｜  即時  政治  社會  生活  國際",
    "首页　要闻　民生　环保　视频　|　下载客户端，新闻随时看",
    "首頁 | 港聞 | 財經 | 國際 | 體育 | 娛樂",
])
def test_a_sites_menu_under_its_breadcrumb_is_never_the_title(menu):
    c = clean(f"东川新闻网｜首页 > 环保 > 正文\n{menu}\n\n三座污水处理厂全部投入运行\n\n{P1}\n\n{P2}\n", source="x.txt")
    assert c.meta.get("title") == "三座污水处理厂全部投入运行"
    assert menu.split()[0] not in c.body


def test_a_department_as_the_source_gives_the_body_as_the_outlet():
    text = ("生态环境部2024年3月例行新闻发布会实录\n发布时间：2024-03-28 10:00    来源：办公厅\n\n"
            f"{P1}\n\n{P2}\n")
    assert clean(text, source="x.txt").meta.get("outlet") == "生态环境部"
    text = f"东川污水处理厂投运\n发布时间：2024-03-28 10:00    来源：宣传科\n\n{P1}\n\n{P2}\n"
    assert clean(text, source="x.txt").meta.get("outlet") is None  # less, never a department alone


@pytest.mark.parametrize(("head", "outlet", "title"), [
    ("东川市第一人民医院\nDONGCHUAN FIRST PEOPLE'S HOSPITAL\n\n关于门诊楼电梯检修期间就医路线的\n温 馨 提 示",
     "东川市第一人民医院", "关于门诊楼电梯检修期间就医路线的温馨提示"),
    ("东川市实验中学\n\n关于期中考试期间校园交通管制的\n通　知", "东川市实验中学", "关于期中考试期间校园交通管制的通知"),
    ("東川水務集團\n\n關於北區管網搶修暫停供水的\n公　告", "東川水務集團", "關於北區管網搶修暫停供水的公告"),
])
def test_a_notices_letterhead_is_its_outlet_and_its_two_line_title_is_one(head, outlet, title):
    c = clean(f"{head}\n\n{P1}\n\n{P2}\n", source="x.txt")
    assert c.meta.get("outlet") == outlet and c.meta.get("title") == title
    assert c.body.startswith(P1)


@pytest.mark.parametrize(("header", "outlet"), [
    ("东川广播电视台新闻频道《东川新闻联播》文字稿", "东川广播电视台"),
    ("南港電台《城市早晨》逐字稿", "南港電台"),
    ("海州卫视《晚间新闻》文字实录", "海州卫视"),
])
def test_a_broadcasters_transcript_header_is_the_outlet_not_the_headline(header, outlet):
    c = clean(f"{header}\n播出日期：2024年3月2日\n\n{P1}\n\n{P2}\n", source="x.txt")
    assert c.meta.get("outlet") == outlet
    assert c.meta.get("title") != header and header not in c.body


@pytest.mark.parametrize(("credits", "author"), [
    ("记者：刘洋　孙一凡　摄像：周子豪", "刘洋、孙一凡"),
    ("本报记者 周立　通讯员 韩梅", "周立、韩梅"),
    ("記者 陳家明　實習生 黃小文", "陳家明、黃小文"),
])
def test_a_line_of_credits_is_the_author_not_text(credits, author):
    c = clean(f"污水处理厂全部投入运行\n\n{P1}\n\n{P2}\n\n{credits}\n", source="x.txt")
    assert c.meta.get("author") == author and credits.split()[0] not in c.body
