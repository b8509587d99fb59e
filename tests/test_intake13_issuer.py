"""The issuing body of a document is its outlet, not its title; a signature's date dates it; a
poster's name and handle are the author, not the title. Documents made up for the test: a county
water bureau's reply, a parents' committee's minutes, a property company's notice, a hiker's
thread, and a news story whose headline must stay.
"""

from __future__ import annotations

from generator.clean import clean

from test_intake13_lines import LETTER, MINUTES, THREAD


def test_a_reply_letter_is_titled_by_its_own_title_line_and_dated_by_its_signature():
    c = clean(LETTER, source="letter.txt")
    assert c.meta["title"].startswith("关于县政协委员周红")
    assert c.meta.get("outlet") == "清河县水务局"
    assert c.meta.get("date") == "2025-06-12"          # 二〇二五年六月十二日 under the signature
    assert "关于县政协委员周红" not in c.body.split("\n\n")[0]


def test_minutes_are_titled_by_the_meeting_not_the_committee():
    c = clean(MINUTES, source="minutes.txt")
    assert c.meta["title"] == "食堂外包方案讨论会"
    assert c.meta.get("outlet") == "第三中学家长委员会"


NOTICE = """星河物业服务有限公司
通 知

各位业主：

本小区将于3月9日上午8时至12时停水检修，请提前储水。给您带来的不便，敬请谅解。

如有疑问，请拨打物业服务中心电话。

星河物业服务有限公司
2024年3月2日
"""


def test_a_notice_without_a_title_line_is_the_body_and_its_kind():
    c = clean(NOTICE, source="notice.txt")
    assert c.meta["title"] != "星河物业服务有限公司"
    assert c.meta.get("outlet") == "星河物业服务有限公司"
    assert c.meta.get("date") == "2024-03-02"


def test_a_threads_handle_is_the_author_not_the_title():
    c = clean(THREAD.replace("帖子\n\n", ""), source="thread.txt")
    assert "@" not in (c.meta.get("title") or "")
    assert c.meta.get("author") == "山野小周"
    assert c.meta.get("subtitle") != "户外爱好者"


def test_a_news_storys_headline_stays():
    text = ("城东图书馆新馆今日开放\n\n本报讯　城东图书馆新馆今天上午正式开放，藏书四十万册。"
            "馆长表示，新馆将延长夜间开放时间。\n\n首日到馆读者超过三千人次。\n\n城东图书馆新馆今日开放\n")
    c = clean(text, source="news.txt")
    assert c.meta["title"] == "城东图书馆新馆今日开放"


def test_a_document_number_is_a_credit_not_text():
    for text, number in ((LETTER, "清水函〔2025〕14号"), (MINUTES, "〔2025〕第2期")):
        c = clean(text, source="doc.txt")
        assert number not in c.body and number in c.meta.get("credits", [])


def test_a_posters_name_over_a_field_line_is_the_author():
    from test_intake13_lines import NOTE

    c = clean(NOTE + "\n共 3 条评论\n\n吃货小满　作者\n贝果周末才有，记得早点去。\n", source="note.txt")
    assert c.meta.get("author") == "吃货小满"
    assert not c.body.startswith("吃货小满") and "IP属地：浙江" not in c.body
    # without the name printed again, nothing is guessed from a field line (a profile's IP label is
    # another matter: post_stamps reads the name over it as the author)
    c = clean(NOTE.replace("IP属地：浙江", "字数：800"), source="note.txt")
    assert c.meta.get("author") is None
