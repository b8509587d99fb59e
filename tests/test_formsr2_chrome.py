"""Chrome of received forms the cleaner had not met (rule ``form_chrome``), on synthetic articles in
several forms (chat export, forum thread, official notice and minutes, podcast page, translated news,
live text, video page), both scripts; and the text that looks like chrome but is content, kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.clean import clean

FIX = Path(__file__).resolve().parent / "fixtures" / "formsr2"


def _clean(name: str):
    return clean((FIX / name).read_text(encoding="utf-8"), source=name)


def _gone(name: str, *snippets: str):
    c = _clean(name)
    for s in snippets:
        assert s not in c.body, (s, c.body)
    return c


# 1. separators carrying a label ------------------------------------------------------------------
@pytest.mark.parametrize(("name", "snippets", "kept"), [
    ("chat.txt", ["星期四", "以下为新消息", "星期五"], "每平方米补5元"),
    ("sep_trad.txt", ["第2頁", "===="], "燃油價格過去一年上升三成"),
    ("sep_live.txt", ["星期日", "以下为最新进展"], "八万三千人"),
])
def test_labelled_separators_leave(name, snippets, kept):
    c = _gone(name, *snippets)
    assert kept in c.body


def test_an_attribution_dash_is_no_separator():
    assert "某位老馆员" in _clean("keep_dash.txt").body


# 2. an export's header block ---------------------------------------------------------------------
def test_chat_export_header_leaves():
    _gone("chat.txt", "导出时间", "消息范围", "消息条数", "导出工具")


# 3. navigation and counters ----------------------------------------------------------------------
@pytest.mark.parametrize(("name", "snippets"), [
    ("forum.txt", ["登入", "回覆：37", "最後回覆", "使用條款", "私隱政策"]),
    ("counters_video.txt", ["时长", "播放", "弹幕"]),
    ("nav_news.txt", ["首页", "关于我们"]),
    ("podcast.txt", ["时长 48:10", "播放"]),
])
def test_bars_of_navigation_and_counters_leave(name, snippets):
    c = _gone(name, *snippets)
    assert "。" in c.body


def test_a_label_bar_over_text_stays():
    """"数据｜借阅" stands over a paragraph of text: a section's heading, not a footer's links; the
    headline's kicker stays the kicker."""
    c = _clean("keep_heading.txt")
    assert "数据｜借阅" in c.body
    assert c.meta.get("title") == "图书馆借阅数据" and c.meta.get("kicker") == "年度报告"


def test_a_credits_line_is_no_navigation_bar():
    c = clean("社区菜园开放日\n\n周六上午，社区菜园举办开放日，两百多名居民参加，现场发放了三千包种子。\n\n"
              "菜园负责人说，下个月还将开设堆肥课程，每期限三十人。\n\n文 | 阿林　编辑 | 小周　图片来源 | 读者供图\n")
    assert not [a for a in c.audit if a.rule == "form_chrome"]


def test_forum_post_head_is_neither_title_nor_subtitle():
    c = _clean("forum.txt")
    assert c.meta["title"].startswith("社區菜園加租五成") and "subtitle" not in c.meta
    assert "## #1" in c.body
    c = _clean("notice_forum.txt")
    assert "釣魚佬" not in c.meta.get("title", "") and "## #1" in c.body


# 4. standing notices -----------------------------------------------------------------------------
def test_group_notice_leaves_and_news_notice_stays():
    assert "群公告" not in _clean("chat.txt").body
    assert "置頂" not in _clean("notice_forum.txt").body
    c = _clean("notice_news.txt")
    assert "【公告】因管道检修" in c.body  # the news itself


def test_section_label_disclaimer_leaves_label_stays():
    c = _clean("translated.txt")
    assert "仅代表网友个人观点" not in c.body and "网友评论" in c.body
    assert "我们这里也要排两年" in c.body


# 5. an official document's tail ------------------------------------------------------------------
@pytest.mark.parametrize("name", ["notice.txt", "doc_tail_trad.txt"])
def test_official_colophon_leaves(name):
    c = _clean(name)
    for s in ("附件", "签到表", "簽到表", "抄送", "印发", "印發", "共印"):
        assert s not in c.body, s
    assert c.body.count("。") >= 2


def test_an_attachment_with_its_text_stays():
    c = _clean("attach_news.txt")
    assert "附件：课后服务收费标准" in c.body and "每生每学期不超过600元，按月收取" in c.body


def test_printing_day_kept_as_metadata():
    c = clean("关于开放社区菜园的通知\n\n经研究，社区菜园自2025年4月1日起向居民开放，每户可申请一块地。\n\n"
              "请各居委会做好宣传。\n\n抄送：区农业农村局\n\n街道办公室　　2025年3月28日印发\n")
    assert "印发" not in c.body and c.meta.get("printed") == "2025-03-28"


# 6. a programme's page ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["podcast.txt", "podcast_trad.txt"])
def test_programme_page_chrome_leaves(name):
    c = _gone(name, "00:00", "赞助", "贊助", "立减", "即減", "订阅我们", "訂閱我們", "@")
    assert "使用量升咗三成" in c.body or "水费上涨" in c.body


# 7. credits of a translated piece ----------------------------------------------------------------
@pytest.mark.parametrize(("name", "translator", "editor"), [
    ("translated.txt", "方可", "周宁"),
    ("credits_trad.txt", "林曉", "陳明"),
])
def test_translation_credits_to_metadata(name, translator, editor):
    c = _gone(name, "编译", "編譯", "责任编辑", "責任編輯")
    assert c.meta.get("translators") == [translator]
    assert any(editor in e for e in c.meta.get("editors", []))


# The same chrome in other received forms: a Markdown page, a chat export of one message per block.
def test_markdown_minutes_attachment_list_and_colophon_leave():
    c = _gone("minutes.md", "附件", "签到表", "抄送", "印发", "共印")
    assert "对困难家庭每户补贴60元" in c.body and "张贴" in c.body


def test_markdown_programme_page_chapters_sponsor_leave_turns_stay():
    c = _gone("podcast.md", "本期章节", "00:00", "04:30", "赞助", "立减", "订阅我们", "@", "时长")
    assert c.body.count("主持人：") == 2 and c.body.count("嘉宾：") == 2


def test_chat_export_rows_day_separators_and_notice_leave_messages_stay():
    c = _gone("chat_export.txt", "导出", "消息范围", "消息条数", "星期四", "星期五", "群公告", "—")
    for s in ("老周：今年社区菜园", "小林：涨了一半", "阿芬：补贴办法", "老周：那还行"):
        assert s in c.body


def test_a_labelled_deadline_is_no_page_stamp():
    c = clean("社区菜园春季认领开始\n\n社区菜园今年共有四十块地，按报名先后分配，每户限一块。\n\n"
              "报名截止：2025-03-01 18:00\n\n最後回覆：2025-03-04 21:10\n\n名额满后将进入候补名单，候补期为一年。\n")
    assert "报名截止：2025-03-01 18:00" in c.body and "最後回覆" not in c.body
