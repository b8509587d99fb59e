"""Forms no earlier fixture had, cleaned by general rules (tests/fixtures/forms13/, topics of their own):
a WeChat article with its selected comments and the author's reply, a Hong Kong news page saved as HTML
with a box of readers' responses, a Taiwanese blog with a sidebar and comments under name and date
rows, a city message board saved as text, a city mailbox saved as HTML (traditional script), a
Markdown press release and a Markdown report with footnotes, a photo gallery whose news is in its
captions.

What a reader checks: readers' comments are kept, apart from the article, under 读者评论 (讀者評論),
each under its commenter and never as the outlet's; a message's title, who wrote, when, the unit that
replied and when all stay as lines; a footnote's text stays as a note with its mark; the page's
furniture (likes, reply buttons, prompts, pagers, sidebars) leaves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.clean import clean

FORMS = Path(__file__).resolve().parent / "fixtures" / "forms13"


def load(name: str):
    raw = (FORMS / name).read_text(encoding="utf-8")
    return raw, clean(raw, source=name)


def parts(body: str, head: str = "读者评论") -> tuple[str, list[str]]:
    """The article's text and the comments (one paragraph each) under the section's head."""
    article, found, section = body.partition(f"\n## {head}\n")
    return article, [p for p in section.strip().split("\n\n") if p] if found else []


# -- readers' comments: kept, apart, under their commenters ------------------------------------

def test_wechat_selected_comments_keep_their_names_and_the_authors_reply():
    raw, c = load("wechat_canteen.txt")
    article, comments = parts(c.body)
    assert article.rstrip().endswith("下个月将在隔壁小区开设第二个取餐点。")
    assert comments == ["山城小雨：我妈每天中午都去，说比自己做饭省事多了，就是排队有点久。",
                        "老周在路上：希望晚饭也能开，下班回来赶不上。",
                        "作者：谢谢建议，已经反馈给街道，晚餐时段正在研究。",
                        "一颗大白菜：价格实惠，但菜品一个月没怎么换过，希望多几个花样。"]
    for furniture in ("写留言", "赞 36", "已无更多数据", "精选留言", "阅读原文"):
        assert furniture not in c.body, furniture


def test_html_comment_box_becomes_the_section_with_masked_names_kept():
    raw, c = load("hk_ferry.html")
    article, comments = parts(c.body, "讀者評論")
    assert c.meta["author"] == "何嘉欣" and c.meta["date"] == "2024-06-03"  # the dated byline line
    assert article.startswith("運輸署昨日宣布") and "2024年6月3日" not in article
    assert comments == ["陳***：長洲居民日日搭船返工，加一成好傷，政府應該補貼。",
                        "hk_sailor：油價真係升咗好多，營辦商都唔係亂加。",
                        "李**：最緊要係加班次，早上排隊排到碼頭外面。"]
    for furniture in ("讚", "回覆", "登入後發表評論", "分享到", "讀者回應"):
        assert furniture not in c.body, furniture
    assert any("box of readers' comments" in e.note for e in c.audit)


def test_blog_comments_under_name_and_date_rows_and_its_sidebar_leaves():
    raw, c = load("tw_blog.txt")
    article, comments = parts(c.body, "讀者評論")
    assert comments == ["小蘋果：好懷念小時候跟阿公去打鐵店，希望林伯身體健康。",
                        "設計系的學生：我就是去實習的學生之一，林伯教得很認真，我們會再回去。",
                        "路人甲：補助確實不夠，文化資產需要的是傳承計畫。"]
    assert article.rstrip().endswith("在網路上兩天就賣完了。")
    for furniture in ("文章分類", "小鎮故事 (12)", "熱門文章", "夜市吃什麼", "發表留言", "2024/04/19 09:15", "回覆"):
        assert furniture not in c.body, furniture
    assert c.meta["title"] == "老街的最後一間打鐵店" and c.meta["author"] == "阿樹"


def test_unsigned_comments_are_readers_not_the_outlets():
    raw = ("暑假期间，市博物馆将每周五的开放时间延长到晚上九点，并新增两场夜间讲解。\n\n"
           "馆方表示，夜场门票仍然免费，但需要提前一天在网上预约。\n\n"
           "全部评论 2\n\n"
           "终于可以下班后去看展了！　赞 88\n\n"
           "预约系统太难抢，希望多放点名额。　赞 41　回复\n\n"
           "登录后评论\n")
    article, comments = parts(clean(raw, source="museum.txt").body)
    assert comments == ["网友：终于可以下班后去看展了！", "网友：预约系统太难抢，希望多放点名额。"]
    assert "赞" not in article and "登录" not in article


def test_a_column_named_commentary_is_no_comments_head():
    # 评论 (an op-ed column's name) over an article: the article, not its comments
    raw = ("评论\n\n城市更新不能只算经济账\n\n"
           "老城区改造涉及几十万居民的生活，拆与留都应该先听听住在里面的人怎么说。\n\n"
           "一些地方把改造当成招商项目，只算容积率和税收，忽视了社区原有的邻里关系。\n")
    c = clean(raw, source="oped.txt")
    assert "读者评论" not in c.body
    assert "一些地方把改造当成招商项目" in c.body and "老城区改造涉及几十万居民的生活" in c.body


# -- records of labelled fields: a message board's messages and replies -----------------------

@pytest.mark.parametrize(("name", "lines"), [
    ("board_streetlights.txt", ["留言标题：滨河路路灯晚上经常不亮", "留言人：王**", "留言时间：2024-03-11 21:05",
                                "回复单位：市城市管理局", "回复时间：2024-03-14 16:20",
                                "回复内容：经现场核查，该路段路灯因地下电缆老化短路停电。",
                                "留言标题：学校门口早高峰拥堵严重", "回复单位：市公安局交通警察支队",
                                "回复时间：2024-03-15 10:02"]),
    ("board_letters.html", ["來信主旨：公車站牌位置太遠", "來信人：陳**", "來信日期：2024-02-05", "回覆機關：市交通局",
                            "回覆日期：2024-02-09", "來信主旨：河濱公園廁所不足", "回覆機關：市工務局",
                            "回覆日期：2024-02-15"]),
])
def test_each_message_keeps_its_title_writer_dates_and_reply_unit_as_lines(name, lines):
    raw, c = load(name)
    paras = c.body.split("\n\n")
    for line in lines:
        assert any(p.strip().startswith(line) for p in paras), line
    for furniture in ("首页 | 我要留言", "当前位置", "网站主办", "版權所有"):
        assert furniture not in c.body, furniture


@pytest.mark.parametrize(("name", "lines"), [
    ("board_dl.html", ["菜市场门口占道经营", "留言人：赵**", "留言时间：2024-07-01", "回复单位：河西区城管局",
                       "回复时间：2024-07-04", "公园健身器材损坏", "回复单位：河西区园林局", "回复时间：2024-07-06"]),
    ("board_spans.html", ["留言标题：夜间施工噪音扰民", "留言人：孙**", "回复单位：南湖市住建局",
                          "回复内容：已责令施工单位晚上十点后停止高噪音作业，并安排夜间巡查。", "留言标题：学校周边缺少红绿灯"]),
])
def test_html_boards_keep_each_field_with_its_label(name, lines):
    raw, c = load(name)
    for line in lines:
        assert line in c.body, line
    assert "\n\n2024-07-01\n\n" not in "\n\n" + c.body + "\n\n"  # a value never stands without its label


def test_the_board_is_titled_by_its_first_message_not_by_a_field_line():
    raw, c = load("board_streetlights.txt")
    assert c.meta["title"] == "滨河路路灯晚上经常不亮"
    assert "回复单位" not in c.meta.get("title", "")


# -- footnotes: kept as notes at the end, the mark as [n] -----------------------------------

def test_press_release_footnotes_are_notes_at_the_end():
    raw, c = load("bus_release.md")
    assert "百分之九十五[1]。" in c.body and "约四千吨[2]。" in c.body
    article, notes = parts(c.body, "注释")
    assert notes == ["[1]截至2023年底，全市共有公交车四千一百辆，其中新能源车三千二百辆。", "[2]按每辆柴油车每年消耗十二吨柴油测算。"]
    assert "| 十米纯电动 | 200 | 城郊线路 |" in article  # the table's cells stay in their rows


def test_named_multiline_and_uncited_footnotes_in_a_traditional_report():
    raw, c = load("tw_footnotes.md")
    assert "低於四十元[1]" in c.body and "上漲了兩成[2]" in c.body
    article, notes = parts(c.body, "註釋")
    assert notes[0] == "[1]經費數字來自各校二〇二三年度決算書，不含廚工薪資。"  # the indented line joined
    assert notes[1].startswith("[2]依據行政院主計總處") and notes[2].startswith("[3]本建議已於三月十日")
    assert "[^" not in c.body and "^budget" not in c.body


def test_cleaning_the_cleaned_forms_again_changes_nothing():
    for path in sorted(FORMS.iterdir()):
        once = clean(path.read_text(encoding="utf-8"), source=path.name).body
        assert clean(once, source="again.md").body == once, path.name


# -- a photo gallery: the news is in the captions, the pager leaves ---------------------------

def test_gallery_keeps_every_caption_and_loses_its_pager():
    raw, c = load("gallery_flood.txt")
    for caption in ("南岭镇累计降雨量达286毫米", "安置群众六百余人", "全镇九成用户已恢复供电", "预计需要两个月完成修复"):
        assert caption in c.body, caption
    for furniture in ("上一张", "返回列表", "1/5", "5/5"):
        assert furniture not in c.body, furniture
    assert c.meta["date"] == "2024-07-02" and c.meta["outlet"] == "南岭日报"


# -- a short-video page: auto-captions read as speech, comments with replies -----------------

def test_video_page_captions_become_sentences_and_replies_keep_whom_they_answer():
    raw, c = load("video_ferry.txt")
    assert c.meta["title"] == "老渡工的最后一班船" and c.meta["tags"] == ["渡口", "乡村记忆"]
    article, comments = parts(c.body)
    assert article.strip() == ("大家好，今天带大家来看看我们村的渡口。这条河上只剩最后一条渡船了。老周开了四十年的船，一次五块钱。"
                               "明年大桥修好以后，渡口就要关了。老周说，他还想再开到过年。")
    assert comments == ["江边长大的孩子：小时候天天坐这条船上学，一晃二十年了",
                        "渡口人家（回复江边长大的孩子）：是啊，船还是那条船",
                        "修桥的工程师：大桥十二月底合龙，到时候过河只要两分钟",
                        "江边长大的孩子（回复修桥的工程师）：那老周以后干什么呢？",
                        "城里的阿芳：希望渡口能留下来做个景点"]
    for furniture in ("自动字幕", "💬", "1.2万", "写评论", "共 356 条评论", "已关注"):
        assert furniture not in c.body, furniture


@pytest.mark.parametrize("lines", [
    ["第一章 老城的形成", "第二章 河道与码头", "第三章 工业时代的厂区", "第四章 新城的规划"],  # a table of contents
    ["首页 展览 活动 预约 关于", "新闻 图片 视频 专题", "登录 注册 帮助 反馈", "简体 繁体 English 无障碍"],  # menus
    ["春天的河水绿了", "柳树发了新芽", "孙子放学回家", "我在门口等他"],  # a poem: no pauses, no label
])
def test_short_lines_that_are_no_captions_get_no_marks(lines):
    raw = "城市规划馆新版导览手册今天起免费领取，现场还有诗会。\n\n" + "\n".join(lines) + "\n\n领取地点在一楼服务台。\n"
    c = clean(raw, source="toc.txt")
    assert not any(e.rule == "caption_lines" for e in c.audit)
    assert "，" not in c.body.replace("城市规划馆新版导览手册今天起免费领取，", "")


def test_html_gallery_keeps_its_captions_as_the_articles_paragraphs():
    raw, c = load("gallery_fire.html")
    paras = c.body.split("\n\n")
    for caption in ("4月1日，青峰林场的护林员在清理过火林地。3月28日的山火过火面积约120公顷，无人员伤亡。",
                    "林业部门工作人员在测量烧毁的树木。林场负责人表示，补种工作将在雨季前完成。",
                    "消防员在山脚设置隔离带，防止余火复燃。"):
        assert caption in paras, caption  # a paragraph of its own, not a picture's label (> …)
    assert "上一张" not in c.body


def test_a_text_with_pictures_keeps_its_captions_as_captions():
    raw = ("<html><body><article><h1>新桥通车</h1>"
           "<p>横跨青江的新桥今天上午通车，全长一千二百米，双向六车道，过江时间从四十分钟缩短到五分钟。</p>"
           "<p>市交通局表示，新桥通车后，老桥将封闭维修半年，维修期间公交线路绕行新桥。</p>"
           "<p>附近居民说，以前早高峰过江要排很久的队，以后接送孩子上学方便多了。</p>"
           "<figure><img src='a.jpg'><figcaption>新桥通车当天的车流。</figcaption></figure>"
           "<figure><img src='b.jpg'><figcaption>市民在桥上拍照留念。</figcaption></figure>"
           "</article></body></html>")
    c = clean(raw, source="bridge.html")
    assert "\n横跨青江的新桥今天上午通车" in "\n" + c.body
    assert "新桥通车当天的车流。\n" not in c.body.replace("> ", "")  # still captions, not the article's text
    assert not any("gallery's caption" in e.note for e in c.audit)


def test_a_table_of_fields_holding_a_message_and_its_reply_becomes_field_lines():
    raw, c = load("board_table.html")
    paras = c.body.split("\n\n")
    for line in ("留言标题：小区垃圾清运不及时", "回复单位：江城区城市管理局", "回复时间：2024-06-03 15:00",
                 "回复内容：经核实，因清运车辆故障导致清运延误，目前车辆已修复，垃圾已于6月2日全部清运完毕。",
                 "留言标题：公交站台没有遮雨棚", "回复单位：江城市公交集团"):
        assert line in paras, line
    assert "|" not in c.body


def test_a_table_of_short_fields_stays_a_table():
    raw = ("<html><body><article><h1>新馆开放</h1><p>市图书馆新馆今天开放，藏书一百二十万册，设阅览座位两千个。</p>"
           "<table><tr><th>开放时间</th><td>9:00—21:00</td></tr><tr><th>地址</th><td>滨江路88号</td></tr>"
           "<tr><th>电话</th><td>0571-8888 1234</td></tr></table></article></body></html>")
    c = clean(raw, source="library.html")
    assert "| 开放时间 | 9:00—21:00 |" in c.body
