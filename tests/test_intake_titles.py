"""What a page is: its title, outlet, author and date read from the page's structure, on received
forms of topics unlike any corpus (``tests/fixtures/intake11/``, written for the test).

A page's first lines hold more than its headline: a site's menu, an account's banner printed on every
screenshot, an issue line, a label naming the kind of document, a post's time. None of them may
become the title; the headline is the line that reads as one and shares words with the text. The
furniture around it leaves the body and is in the cleaning record, and nothing is lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.clean import clean
from generator.clean.titlepick import not_a_title
from intake_check import missing

HERE = Path(__file__).parent / "fixtures" / "intake11"


def load(name):
    raw = (HERE / name).read_bytes().decode("utf-8")
    return raw, clean(raw, source=name)


def flat(text):
    return re.sub(r"[\s\\]", "", text)  # (an audit entry keeps a line's Markdown escapes)


def gone(cleaned, line):
    """``line`` left the body and an audit entry that took it out holds it."""
    text = line.strip()
    return flat(text) not in flat(cleaned.body) and any(
        e.action in ("removed", "metadata", "set_aside") and flat(text) in flat(e.before) for e in cleaned.audit)


def kept(cleaned, *sentences):
    return [s for s in sentences if flat(s) not in flat(cleaned.body)]


def test_screenshots_of_a_post_take_the_bracketed_headline_not_the_account_banner():
    raw, c = load("weibo_marathon.txt")
    assert c.meta["title"] == "城市马拉松扩军，我替一位业余跑者算了笔账"
    assert c.meta["author"] == "周启航"  # the person the platform certified behind the account
    assert c.meta["outlet"] == "跑圈老周聊装备"  # the verified account that posted
    for line in ("跑圈老周聊装备 V", "微博认证：体育博主 马拉松教练周启航", "4-16 07:30 来自 小米 14 Pro  已编辑"):
        assert gone(c, line), line
    assert "跑圈老周" not in c.body and "微博认证" not in c.body  # every screenshot's copy
    assert "展开" not in c.body
    assert not kept(c, "中签率大概能从两成提到三成。", "但补给站只从十二个加到十四个，每个站要多服务好几千人。",
                    "最后提醒一句：报名截止是下月十号，别等到最后一天。")
    assert not missing(raw, c)


def test_magazine_issue_line_gives_the_date_and_the_headline_with_commas_is_the_title():
    raw, c = load("magazine_reef.txt")
    assert c.meta["title"] == "珊瑚白化擴大：3個問題，台灣的礁岸撐得住嗎？"
    assert c.meta["date"] == "2023-05-04" and c.meta["author"] == "林思妤"
    assert c.meta["outlet"] == "海洋視野月刊"  # the item before the menu's home link
    for line in ("第88期｜2023年5月4日出刊｜環境・科學", "文／林思妤　　圖／海洋視野資料照", "【延伸閱讀】",
                 "▶ 海龜上岸產卵季 志工夜巡護蛋"):
        assert gone(c, line), line
    assert "Q2：還有救嗎？" in c.body  # the reading list ends at its first unmarked line
    assert re.search(r"^> （圖說：墾丁南灣", c.body, re.M)  # a caption, not a paragraph
    assert not missing(raw, c)


def test_ministry_page_long_headline_above_its_info_line():
    raw, c = load("ministry_flood.txt")
    assert c.meta["title"].startswith("应急管理部举行新闻发布会")
    assert c.meta["title"].endswith("（图文实录）")
    assert c.meta["date"] == "2022-06-21"
    assert c.meta["author"] == "王丽"  # "（本网记者 王丽 整理）": 整理 is what she did, 本网 names no outlet
    assert c.meta["outlet"] != "本网"
    for line in ("发布时间：2022-06-21 18:05　　来源：应急管理部新闻宣传司　　字号：【大 中 小】　　【打印本页】",
                 "图文直播  |  视频回放  |  文字实录", "【打印本页】　【关闭窗口】　【分享到：微信 微博 QQ空间】",
                 "相关链接：", "· 国家防总启动防汛四级应急响应"):
        assert gone(c, line), line
    assert re.search(r"^> \[图片\]发布会现场。", c.body, re.M)  # the picture's caption, its credit gone
    assert "摄影：刘一帆" in c.meta.get("credits", [])
    assert c.body.lstrip().startswith("> [图片]")  # the headline no longer runs into the info line
    assert not kept(c, "国家防总先后启动了四次应急响应，调派了二十多个工作组赴一线指导。")
    assert not missing(raw, c)


def test_research_note_title_is_its_headline_not_the_document_type_label():
    raw, c = load("research_chips.txt")
    assert c.meta["title"] == "晶圆代工涨价点评：产能利用率回升，行业拐点初现"  # wrapped remnant "现" joined
    assert c.meta["date"] == "2023-08-14"
    assert c.meta["outlet"] == "东山证券研究所"  # the institution named alone in the paged note's first screen
    assert "证券研究报告" not in c.body and "东山证券研究所" not in c.body and "第 1 页" not in c.body
    assert not kept(c, "我们认为，这标志着晶圆代工的产能利用率已经走出低谷。", "我们认为，供给端的收缩将支撑价格。")
    assert not missing(raw, c)


def test_transcript_subject_field_is_the_title_and_the_programme_the_outlet():
    raw, c = load("tv_tourism.txt")
    assert c.meta["title"] == "黄金周过后，小城旅游热还能持续多久？"
    assert c.meta["outlet"] == "旅游夜话"
    assert c.meta["date"] == "2023-10-08" and c.meta["author"] == "孟佳"
    assert "本集主题" not in c.body
    assert not missing(raw, c)


def test_a_page_with_no_headline_never_takes_the_file_name():
    from generator.articles import first_words
    raw, c = load("forum_garden.txt")
    assert "title" not in c.meta  # nothing invented: the editor is told
    assert any("no headline" in f.message for f in c.flags)
    title = first_words(c.body)  # what the article then stands under, never "forum_garden"
    assert title.startswith("在阳台种了三年番茄") and len(title) <= 30
    assert c.meta["author"] == "种菜的老林" and c.meta["date"] == "2023-05-20"
    assert first_words("## 小标题\n\n> 引言\n\n正文第一句很长，后面还有。\n") == "正文第一句很长，后面还有"


def test_notes_export_loses_its_to_dos_keeps_its_footnote_as_a_note_and_keeps_its_headline():
    raw, c = load("notes_library.md")
    assert c.meta["title"] == "社区图书馆选题笔记"  # declared in the front matter
    assert c.meta["subtitle"] == "社区图书馆：借书的人变了"  # the note's own headline is not dropped
    for line in ("[ ] 核实：120万人次是否包含线上借阅", "[x] 整理座谈会记录"):
        assert gone(c, line), line
    # the footnote: a note at the end, its mark [1] in the text (where a fact came from is news)
    assert "120万人次[1]" in c.body.replace("\\", "")
    assert c.body.rstrip().endswith("## 注释\n\n[1]市文化局《2022年公共文化服务统计》")
    assert "晚上反而更热闹" in c.body


@pytest.mark.parametrize("text", [
    "000_presser", "IMG_2034.jpg", "report-final.v2",                # file names
    "第1021期｜2024年10月2日出刊｜两岸・国际", "第88期", "Vol. 12 | 2023-05",  # issue lines
    "跑圈老周聊装备 V", "某某财经✓",                                    # verified accounts
    "证券研究报告", "行业点评报告", "早报", "东湖电视台《旅游夜话》节目逐字稿",       # document-type labels
    "9-18 20:55 来自 iPhone", "2024/09/13 21:35（台北时间）",             # date and time lines
])
def test_what_is_never_a_title(text):
    assert not_a_title(text)


@pytest.mark.parametrize("text", [
    "第二期地铁工程今日开工", "珊瑚白化擴大：3個問題，台灣的礁岸撐得住嗎？", "GPT 模型进入校园",
    "晶圆代工涨价点评：产能利用率回升，行业拐点初现", "2024年城市马拉松扩军", "小米SU7正式上市",
])
def test_real_headlines_are_titles(text):
    assert not_a_title(text) is None


def test_a_table_whose_cells_repeat_is_no_banner():
    """Cells printed three times ("天使轮") in a table OCR'd one cell a line stay in the text."""
    cells = ["成立时间", "2023年3月", "2023年4月", "2022年9月", "融资轮次", "天使轮", "天使轮", "天使轮",
             "最新一轮融资规模", "数千万元人民币", "数千万元人民币", "数千万元人民币"]
    raw = ("长江创投观察\n\n本地三家初创公司今年都拿到了天使轮融资，投资人看重的是团队。记者走访了其中两家，"
           "他们都说资金够用一年半。\n\n" + "\n\n".join(cells) + "\n\n三家公司都计划明年再融一轮。\n")
    c = clean(raw, source="vc.txt")
    assert c.body.count("天使轮") >= 4 and c.body.count("数千万元人民币") == 3


def test_an_author_box_read_whole_gives_its_name():
    from generator.readers.meta import clean_author
    assert clean_author("王明，资深教育记者，长期关注乡村学校议题，著有《山路上的课堂》。 关注作者") == "王明"
    assert clean_author("王明、李华") == "王明、李华" and clean_author("记者 王明") == "王明"


def test_a_newsletters_name_before_its_document_label_is_the_outlet():
    raw = ("园艺周刊 · 每周简报\n2023年4月3日 星期一 | 第212期\n\n早上好！本周值得关注的三件事，阅读全文约需三分钟。\n\n"
           "1. 城市花展下周开幕\n\n市园林局表示，今年花展将设十二个展区，展期两周，预计接待游客五十万人次。\n\n"
           "2. 社区菜园扩建\n\n街道办表示，新菜园将在五月前完成分配，报名的家庭比去年多了一成。\n")
    c = clean(raw, source="newsletter.txt")
    assert c.meta["outlet"] == "园艺周刊"
    assert c.meta["date"] == "2023-04-03"


LEAD = "市图书馆新馆今天开馆，馆内藏书八十万册，周末开放到晚上九点。馆方表示，首月借书免押金。\n"


@pytest.mark.parametrize(("head", "want"), [
    # a mail's headers: the sender's name, an RFC 822 date, the subject
    ("From: 山城晚报 <news@shancheng.example>\nDate: Tue, 06 Feb 2024 07:00:00 +0800\nSubject: 图书馆新馆今天开馆\n\n",
     {"outlet": "山城晚报", "date": "2024-02-06", "title": "图书馆新馆今天开馆"}),
    ("图书馆新馆今天开馆\n\n作者：周南\n编辑于 2023-05-06 10:12 · IP 属地浙江\n\n", {"author": "周南", "date": "2023-05-06"}),
    ("图书馆新馆今天开馆\n\n发布时间：2023年5月6日 08:00　来源：山城晚报\n\n", {"outlet": "山城晚报", "date": "2023-05-06"}),
    ("图书馆新馆今天开馆\n\n发布于 2023-05-06 21:40 来自 浙江\n\n", {"date": "2023-05-06"}),
    ("图书馆新馆今天开馆\n\n2023-05-06T08:00:00+08:00\n\n", {"date": "2023-05-06"}),  # ISO 8601
    ("图书馆新馆今天开馆\n\n文／周南\n\n", {"author": "周南"}),
])
def test_dates_authors_and_outlets_printed_in_any_form(head, want):
    c = clean(head + LEAD, source="library.txt")
    assert {k: c.meta.get(k) for k in want} == want
    assert c.body.strip().endswith("首月借书免押金。") and "馆内藏书八十万册" in c.body
    assert "2023-05-06" not in c.body and "周南" not in c.body


def test_front_matter_created_is_the_date():
    c = clean("---\ntitle: 图书馆新馆开馆\ncreated: 2023-05-06 21:40\nauthor: 周南\n---\n\n" + LEAD, source="n.md")
    assert c.meta["date"] == "2023-05-06" and c.meta["author"] == "周南" and c.meta["title"] == "图书馆新馆开馆"
