"""A page with no headline stands under its text's first words: a post that opens on a hashtag ("#话题# …") is text,
not a Markdown heading, and a reply or mention line ("回复 @X：…", "//@X:", "@X：") is a comment, never the page's
first words. Invented pages: a city's running-club feed, a library's comment list, a bakery's review page."""

from __future__ import annotations

from generator.articles import first_words


def test_a_post_opening_on_a_hashtag_gives_the_first_words():
    body = ("### 1楼　城东跑团　2026-04-02 07:10\n\n#春季半程马拉松# 周日早上六点半集合，路线经过滨江公园。"
            "报名截止周五。\n\n回复 @跑步的阿晴：请问可以带宠物吗？")
    assert first_words(body) == "#春季半程马拉松# 周日早上六点半集合，路线经过滨江公园"


def test_reply_and_mention_lines_are_never_the_first_words():
    body = ("回复 @书虫小林：自习室周末开到几点？\n\n//@馆员阿梅:周末开到晚上九点。\n\n@读者老何：谢谢\n\n"
            "图书馆自本月起延长周末开放时间，自习室开放至晚上九点。")
    assert first_words(body) == "图书馆自本月起延长周末开放时间，自习室开放至晚上九点"


def test_a_markdown_heading_is_still_skipped():
    body = "## 顾客评价\n\n新品抹茶卷口感绵密，甜度适中，周末常常售罄。"
    assert first_words(body) == "新品抹茶卷口感绵密，甜度适中，周末常常售罄"
