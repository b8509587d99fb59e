"""A header's credit lines above the text, read the same way in any form (pages made up for the test:
a Markdown bilingual reading with a quoted header, a plain translated column, a story whose lead
says where a study was published, which must stay)."""

from __future__ import annotations

from generator.clean import clean

BILINGUAL = """# 【雙語精讀】城市綠道為何受歡迎

> 原文：*Why city greenways win*，刊於 The Harbour Review，2023年9月4日
> By Maria Lopez
> 翻譯：陳小雨｜讀報工作室 2023-09-10

---

Greenways have become the most visited public spaces in several coastal cities this summer.

今年夏天，綠道成為多個沿海城市最受歡迎的公共空間。

Planners say the paths cost little to build. "It is the cheapest park you can make," said one of them.

規劃師表示，綠道造價不高。其中一位說：「這是最便宜的公園。」
"""


def test_a_bilingual_pages_quoted_header_gives_author_outlet_and_date():
    c = clean(BILINGUAL, source="greenway.md")
    assert c.meta.get("author") == "Maria Lopez"
    assert c.meta.get("outlet") == "The Harbour Review"
    assert c.meta.get("date") == "2023-09-04"
    assert "By Maria Lopez" not in c.body and "翻譯：陳小雨" not in c.body
    assert any("陳小雨" in x for x in c.meta.get("credits", []))
    assert "Greenways have become" in c.body and "綠道成為多個沿海城市" in c.body


COLUMN = """外媒看城市夜经济

by Tom Hale
原载于 Evening Ledger，2024-03-02
编译：周航

夜间消费在很多城市已经占到全天消费的三成以上，但配套的公共交通往往跟不上。

作者认为，延长地铁运营时间是最直接的办法。
"""


def test_a_plain_translated_columns_credits_leave_the_text():
    c = clean(COLUMN, source="column.txt")
    assert c.meta.get("author") == "Tom Hale"
    assert c.meta.get("outlet") == "Evening Ledger"
    assert c.meta.get("date") == "2024-03-02"
    assert "编译：周航" not in c.body and "by Tom Hale" not in c.body


def test_a_lead_saying_where_a_study_ran_stays():
    text = ("海藻能吃掉微塑料？\n\n研究团队发现，一种常见海藻能吸附水中的微塑料颗粒，相关成果发表于《海洋科学》。\n\n"
            "团队表示，下一步将在近海养殖场试验。\n")
    c = clean(text, source="lead.txt")
    assert "发表于《海洋科学》" in c.body
    assert c.meta.get("outlet") != "海洋科学"


def test_a_clause_is_never_an_author():
    # "作者认为，…" opens a sentence; it names no author, whatever rule reads the line
    text = ("社区菜场改造观察\n\n作者认为，改造后摊位费上涨\n\n菜场改造后，摊位减少了三分之一。"
            "摊主们说，租金比以前贵了一倍。\n")
    c = clean(text, source="market.txt")
    assert "，" not in (c.meta.get("author") or "")


def test_a_misshapen_field_is_left_out_and_recorded():
    from generator.clean import _fail_clean
    from generator.readers import read

    doc = read("标题\n\n正文第一句。\n", "x.txt")
    doc.meta.update(author="他说，这是真的", outlet="晨光日报", date="2024-13", title="上午9:12 · 2024年7月16日 · 3万 次查看")
    _fail_clean(doc)
    assert "author" not in doc.meta and "title" not in doc.meta and doc.meta["outlet"] == "晨光日报"
    assert "date" not in doc.meta
    assert any(e.action == "removed" and e.before == "他说，这是真的" for e in doc.audit)


def test_an_accounts_posted_line_is_no_first_ran_credit():
    text = ("城市夜跑团火了\n\n跑步小分队 2024-04-02 21:46 发表于北京\n\n以下文章来源于晨光日报 ，作者王明\n\n"
            "每周三晚上八点，上百名跑者在滨河公园集合，一起跑完五公里。组织者说，报名人数三个月翻了两番。\n")
    c = clean(text, source="repost.txt")
    assert c.meta.get("outlet") != "北京" and c.meta.get("date") == "2024-04-02"
