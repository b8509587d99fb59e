"""Received forms none of the cleaner's rules was written for, read by the page's structure: a
government notice page, a subtitle file saved as text, an app's share page, a magazine page with a
running foot, a pull quote and a sidebar box, and a note app's export.

The pages in ``tests/fixtures/intake10/`` are made up for the test (topics unlike any corpus). Each
test checks what a reader notices: the furniture lines left the body and each is in the cleaning
record; every sentence of the body is still there, in its own paragraph where the page had one;
the title, author and date where the page gives them; and nothing was lost (every character of the
raw page is in the body or in an audit entry).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.clean import clean
from intake_check import missing, paragraphs

HERE = Path(__file__).parent / "fixtures" / "intake10"


def load(name):
    raw = (HERE / name).read_bytes().decode("utf-8")
    return raw, clean(raw, source=name)


def gone(cleaned, line):
    """``line`` left the body and a removing audit entry holds it."""
    text = line.strip()
    flat = re.sub(r"\s", "", cleaned.body)
    return re.sub(r"\s", "", text) not in flat and any(
        e.action in ("removed", "metadata", "set_aside") and text in e.before for e in cleaned.audit)


def sentences(text):
    return [s.strip() for s in re.findall(r"[^。！？\n]+[。！？]”?", text) if len(s.strip()) > 6]


def lost(cleaned, sents):
    flat = re.sub(r"\s", "", cleaned.body)
    return [s for s in sents if re.sub(r"\s", "", s) not in flat]


def test_government_notice_keeps_its_measures_and_loses_the_portal_around_them():
    raw, c = load("gov_notice.txt")
    assert c.meta["title"] == "关于实施高温期间阶段性节约用水措施的通告"
    assert c.meta["outlet"] == "江临市人民政府门户网站" and c.meta["date"] == "2022-07-18"
    for line in ("首页 | 政务公开 | 政务服务 | 互动交流 | 走进江临", "当前位置：首页 > 政务公开 > 通知公告",
                 "【字体：大 中 小】  打印本页  关闭窗口", "索引号：11350200-2022-00412", "发布机构：江临市水务局",
                 "发文日期：2022-07-18", "主题分类：城乡建设、环境保护", "扫一扫在手机打开当前页",
                 "【打印本页】 【关闭窗口】", "上一篇：关于2022年汛期防汛工作安排的通知",
                 "下一篇：江临市城区供水管网改造工程环境影响评价公示", "闽ICP备05012345号"):
        assert gone(c, line), line
    body = raw[raw.index("受持续"):raw.index("江临市水务局\n2022")]
    assert not lost(c, sentences(body))
    paras = paragraphs(c)
    # the enumerated measures after the colon are one paragraph each
    assert [p[:2] for p in paras if p[:2] in ("一、", "二、", "三、")] == ["一、", "二、", "三、"]
    assert not missing(raw, c)


def test_subtitle_file_loses_cue_numbers_and_times_and_keeps_every_line_of_speech():
    raw, c = load("subtitles.txt")
    assert "-->" not in c.body and not re.search(r"(?m)^\d+$", c.body)
    speech = "".join(l for l in raw.split("\n") if l.strip() and not re.match(r"^\d+$|^\d\d:", l))
    assert re.sub(r"\s", "", c.body) == re.sub(r"\s", "", speech)
    assert "第一批白鹤从西伯利亚出发" in c.body  # a sentence cut over two cues reads on
    assert not missing(raw, c)


def test_app_share_page_keeps_the_post_and_loses_prompts_counters_and_recommendations_comments_apart():
    raw, c = load("app_share.txt")
    assert c.meta["author"] == "小城烘焙日记" and c.meta["date"] == "2023-04-12"
    assert c.meta["tags"] == ["老店", "烘焙"]
    for line in ("打开App，查看更多精彩内容", "关注", "赞 2.1万  收藏 8936  评论 1203",
                 "展开 86 条回复", "App内打开", "相关推荐", "在家也能做的奶油面包，零失败"):
        assert gone(c, line), line
    article, _, section = c.body.partition("\n## 读者评论\n")  # the readers' comments: their own section
    assert "面包控小林" not in article and "1203" not in c.body
    assert section.strip().split("\n\n") == ["面包控小林：上周刚去过，奶油面包真的绝了", "阿杰不吃香菜：小时候每天上学都买，现在还是那个味道"]
    post = raw[raw.index("老城区"):raw.index("#老店#")]
    assert not lost(c, sentences(post))
    paras = paragraphs(c)
    assert any(p.startswith("老城区的解放路上") and p.endswith("一天只能做两百个。") for p in paras)
    assert any(p.startswith("去年房东要涨租") for p in paras)  # a line of the page is a paragraph
    assert not missing(raw, c)


def test_magazine_page_loses_running_feet_byline_and_pull_quote_and_keeps_its_sidebar():
    raw, c = load("magazine.txt")
    assert c.meta["title"] == "修桥的人" and c.meta.get("kicker") == "封面故事"
    assert c.meta["author"] == "沈一帆" and "摄影：许朗" in c.meta["credits"]
    assert "城市周刊" not in c.body  # the running foot with the page number, on every page
    assert c.body.count("修旧如旧，不是把桥修新。") == 1  # the pull quote, printed again, went
    assert "永宁桥开放时间：每日7:00—19:00" in c.body and "桥面禁止骑行和机动车通行" in c.body
    assert not lost(c, sentences(raw))
    starts = [p[:4] for p in paragraphs(c)]  # a paragraph per line of the page, the pull quote's neighbours too
    assert starts[:5] == ["城西的永", "负责修缮", "为了找石", "修缮工程", "“修旧如"]
    assert not missing(raw, c)


def test_note_export_gives_its_fields_as_metadata_and_keeps_the_minutes_and_todos():
    raw, c = load("note_export.txt")
    assert c.meta["title"] == "社区菜园议事会会议纪要" and c.meta["date"] == "2023-05-07"
    for line in ("创建时间：2023-05-06 19:42", "标签：社区、菜园、会议", "—— 来自共享笔记 ——",
                 "本笔记由共享笔记导出，导出时间 2023-05-07 08:20"):
        assert gone(c, line), line
    for kept in ("参会：居委会王主任、菜园志愿者八人、物业代表一人", "王主任：五月底前公布新的分配名单",
                 "老孙：联系堆肥箱厂家报价"):
        assert kept in c.body, kept
    assert not lost(c, sentences(raw))
    assert not missing(raw, c)


@pytest.mark.parametrize("line", [
    "相关阅读：这一期我们写了三座古桥的修缮，欢迎读者来信。",
    "下一篇文章里，我们会走访另外两座石桥。",
    "【编者按】本文作者曾参与永宁桥的修缮。",
    "“修旧如旧”是修缮队的原则。",
])
def test_lines_that_read_like_furniture_but_are_text_stay(line):
    raw = f"永宁桥建于清代光绪年间，是全市仅存的三座石拱桥之一。\n\n{line}\n\n修缮工程历时七个月，今年三月重新开放。\n"
    assert re.sub(r"\s", "", line) in re.sub(r"\s", "", clean(raw).body)


def test_time_codes_go_and_entry_times_head_their_entries():
    transcript = ("[05:12]\n主持人：今天聊聊夜市的摊位费。\n\n[05:40]\n摊主代表：摊位费去年涨了三成。\n\n"
                  "[06:02]\n主持人：管理方怎么回应？\n\n[06:30]\n摊主代表：他们说要看人流量。\n")
    c = clean(transcript)
    assert "05:12" not in c.body and paragraphs(c)[0].startswith("主持人：")  # over turns: time codes
    live = "21:30\n夜市今晚延长营业一小时。\n\n21:05\n东门入口临时封闭，请从南门进入。\n"
    c = clean(live)
    assert paragraphs(c) == ["### 21:30", "夜市今晚延长营业一小时。", "### 21:05", "东门入口临时封闭，请从南门进入。"]


def test_boxes_side_by_side_at_the_top_are_read_one_by_one():
    raw = ("行业简报 | 零售                                   内部参考\n\n"
           "社区团购进入整合期\n\n"
           "作者：周启明                  作者：方晴\n\n"
           "今年以来，社区团购平台数量减少近一半，头部平台的市场份额升至七成。业内人士认为，整合仍将持续。\n")
    c = clean(raw)
    assert c.meta["author"] == "周启明、方晴"
    assert "作者" not in c.body and "今年以来" in c.body
    assert not missing(raw, c)


def test_a_hard_wrapped_post_is_rejoined_and_a_line_per_paragraph_page_is_not():
    wrapped = ("街角的书店下个月要关门了，老板说房租涨了一倍，他实在\n撑不下去。很多老顾客这几天都回来买了最后\n"
               "一批书，店里比过年还热闹。\n")
    assert paragraphs(clean(wrapped)) == ["街角的书店下个月要关门了，老板说房租涨了一倍，他实在撑不下去。很多老顾客这几天都回来买了最后一批书，店里比过年还热闹。"]
    per_line = ("书店关门前的最后一周\n街角的书店下个月要关门了，老板说房租涨了一倍，他实在撑不下去。\n"
                "很多老顾客这几天都回来买了最后一批书，店里比过年还热闹。\n")
    assert paragraphs(clean(per_line))[-2:] == ["街角的书店下个月要关门了，老板说房租涨了一倍，他实在撑不下去。",
                                               "很多老顾客这几天都回来买了最后一批书，店里比过年还热闹。"]


# Three more pages, written after the rules above (a podcast's show notes, a court's notice page,
# a post saved from three screenshots): the rules removed 27 of their 30 furniture lines as they
# stood, and lost no sentence; the three left (a menu set apart by spaces, a "more" button of dots,
# a post's time and client with no 发布于) are now read too.
SECOND = {
    "podcast_notes.txt": ["声波电台 | 首页 | 节目 | 主播 | 下载客户端 | 登录", "首页 > 城市漫游 > 第86期", "播放 3.6万  |  收藏 1204  |  评论 88",
                          "[播放]  [下载]  [分享]", "主播：林雨 | 后期：阿凯", "本节目由声波电台出品，未经许可禁止转载",
                          "喜欢本期节目？欢迎订阅并分享给朋友"],
    "court_notice.txt": ["网站首页  法院概况  审判动态  司法公开  诉讼服务", "您现在的位置：首页 > 司法公开 > 开庭公告",
                         "【关闭】【打印】", "上一条：关于公开审理一起交通肇事案的公告", "南ICP备12003456号"],
    "weibo_screens.txt": ["9:41 5G 78%", "9:42 5G 78%", "9:43 5G 77%", "返回  微博正文  ···", "11月5日 08:12 来自 iPhone客户端",
                          "转发 86  评论 203  赞 1.1万"],
}
#: Readers' comments of those pages: their own section after the text, under their commenters, no likes.
COMMENTS = {"podcast_notes.txt": "夜猫子小周：我就是那条线的常客，郑师傅人特别好",
            "weibo_screens.txt": "骑车的阿松：同遇到，差点摔了"}


@pytest.mark.parametrize("name", sorted(SECOND))
def test_pages_written_after_the_rules_lose_their_furniture_and_keep_their_text(name):
    raw, c = load(name)
    for line in SECOND[name]:
        assert gone(c, line), line
    furniture = " ".join(SECOND[name])
    assert not lost(c, [s for s in sentences(raw) if s not in furniture and "评论" not in s and "赞" not in s])
    if name in COMMENTS:
        article, _, section = c.body.partition("\n## 读者评论\n")
        assert COMMENTS[name] not in article and f"\n{COMMENTS[name]}\n" in section and "赞" not in section
    assert not missing(raw, c)


def test_the_court_notice_keeps_its_title_and_the_post_its_lines():
    _, c = load("court_notice.txt")
    assert c.meta["title"] == "关于公开审理一起非法集资案的公告"
    _, c = load("weibo_screens.txt")
    assert "希望相关部门能在入口处设个提示牌" in c.body and "问了现场工人" in c.body
