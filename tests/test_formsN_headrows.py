"""A page's own metadata printed as labelled lines at its top, a bulletin board's post frame, and its
push comments, on synthetic articles unlike any corpus (``tests/fixtures/formsN/``): a research
report in Markdown (breadcrumb, fields side by side in bold with ｜ between them), an official notice
in plain text (one field a line), and a traditional-script board repost (header, numbered template,
signature, push lines). The values reach the article's metadata; the labels leave the body with a
record; what the page says stays; an event's "时间：" in the text is no metadata.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.clean import clean

HERE = Path(__file__).parent / "fixtures" / "formsN"


def load(name):
    raw = (HERE / name).read_text(encoding="utf-8")
    return clean(raw, source=name)


def flat(text):
    return re.sub(r"[\s\\*]", "", text)


def gone(cleaned, text):
    return flat(text) not in flat(cleaned.body) and any(
        e.action in ("removed", "metadata") and flat(text) in flat(e.before) for e in cleaned.audit)


def test_report_fields_side_by_side_become_outlet_and_date():
    c = load("report_rows.md")
    assert c.meta.get("outlet") == "绿轮出行研究中心"
    assert c.meta.get("date") == "2022-09-14"
    assert gone(c, "发布单位：绿轮出行研究中心")
    assert gone(c, "首页 > 研究中心 > 行业观察")
    assert "浏览量" not in c.body and "首页" not in c.body
    assert "三公里以内的通勤，有四成人首选单车" in c.body
    assert "雨天骑行量平均下降六成" in c.body


def test_notice_fields_one_a_line_become_outlet_and_date():
    c = load("notice_lines.txt")
    assert c.meta.get("outlet") == "青禾市水务局"
    assert c.meta.get("date") == "2021-06-02"
    assert gone(c, "发布单位：青禾市水务局") and gone(c, "发布时间：2021-06-02")
    assert "由原来的每周二上午改为每周四凌晨" in c.body


def test_board_repost_header_and_template_give_metadata_and_leave():
    c = load("board_repost.txt")
    assert c.meta.get("outlet") == "港都時報"
    assert c.meta.get("author") == "林柏宇"
    assert c.meta.get("date") == "2023-04-08"
    assert c.meta.get("title", "").startswith("雨港隊主場開幕戰 票房創新高 球迷冒雨")
    assert c.meta.get("url") == "https://news.gangdu.example.com.tw/sports/20230408/11223"
    for line in ("看板", "媒體來源", "記者署名", "完整新聞內文", "完整新聞連結", "備註", "發信站", "文章網址",
                 "Sat Apr", "pitcher88"):
        assert line not in c.body, line
    assert gone(c, "時間  Sat Apr  8 21:14:02 2023")
    assert "球團總經理許文彬表示" in c.body
    assert "開幕戰就這麼多人" in c.body  # the reposter's note stays
    paragraphs = [p for p in c.body.split("\n\n") if p.strip()]
    last_body = next(p for p in paragraphs if "動線混亂" in p)
    assert "開幕戰就這麼多人" not in last_body  # the note is not glued onto the article's last paragraph


def test_board_pushes_are_comments_one_a_paragraph():
    c = load("board_repost.txt")
    body = c.body
    assert "讀者評論" in body
    tail = body[body.index("讀者評論"):]
    paragraphs = [p.strip() for p in tail.split("\n\n")[1:] if p.strip()]
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("bluebat：遮雨棚終於蓋好了")
    assert paragraphs[2].startswith("rainyday：排隊排到比賽都開打了")
    assert not re.search(r"\d{2}/\d{2} \d{2}:\d{2}", tail)  # stamps off the comments
    assert body.index("讀者評論") > body.index("許文彬")


def test_event_time_in_the_text_is_no_metadata():
    c = load("event_body.md")
    assert "时间：下周六晚上七点" in c.body
    assert "地点：社区活动室" in c.body
    assert "date" not in c.meta or not c.meta["date"].startswith("下")


def test_epaper_kicker_and_deck_are_the_subtitle_and_the_site_is_the_paper():
    c = load("epaper_decks.html")
    assert c.meta.get("outlet") == "江州日报"
    assert c.meta.get("author") == "郑宇航、林小雨"  # "本报记者 A B": the reporters, not the credit
    sub = c.meta.get("subtitle", "")
    assert sub.startswith("寒潮来袭蔬菜供应偏紧") and "看菜价背后的保供链条" in sub
    assert "寒潮来袭" not in c.body and "## 记者走访" not in c.body
    assert "储备量可满足市民十天的消费需求" in c.body


def test_a_section_heading_right_under_the_title_stays_a_heading():
    c = load("section_first.html")
    assert "subtitle" not in c.meta
    assert "## 评比范围和时间" in c.body


def test_an_unlabelled_row_of_outlet_byline_and_date():
    c = load("bare_row.md")
    assert c.meta.get("outlet") == "海湾晨报"
    assert c.meta.get("author") == "張若曦"
    assert c.meta.get("date") == "2021-04-02"
    assert c.meta.get("url") == "https://news.example-harbor.com/2021/0402/port"  # a source address is no outlet
    assert "記者" not in c.body and "海湾晨报" not in c.body
    assert "新增的两条东南亚航线贡献了大部分增量" in c.body


def test_a_portal_page_table_of_fields_gives_its_issuer_and_date():
    c = load("gov_table.html")
    assert c.meta.get("author") == "青川县水利局"  # the issuing body; the portal stays the outlet
    assert c.meta.get("outlet") == "青川县人民政府"
    assert c.meta.get("date") in ("2021-10-12", "2021-10-13")
    assert "索引号" not in c.body and "验收合格11处" in c.body
