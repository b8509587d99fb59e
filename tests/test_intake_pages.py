"""Pages the cleaner has never seen: headers, furniture and section heads of each kind of source.

Every page here is made up for the test, in the shapes such sources take (a wire, an OCR'd paper
page, a Markdown compilation, a saved web page or its text, a WeChat repost, a Q&A interview).
Each test checks what a reader notices (title, author, date, outlet, paragraphs, headings) and
that nothing was lost: every character of the raw page is in the body or in an audit entry.
"""

from __future__ import annotations

from collections import Counter

from generator.clean import clean


def missing(raw, cleaned):
    have = Counter(c for c in cleaned.body if not c.isspace())
    for e in cleaned.audit:
        have.update(c for c in e.before if not c.isspace())
    return Counter(c for c in raw if not c.isspace()) - have


def paragraphs(cleaned):
    return [p for p in cleaned.body.split("\n\n") if p.strip()]


# -- wires: the headline above (or on) the dateline's line is the title, never the lead's start --

WIRE_COMMA = ("海风社 2022年6月9日 电讯稿\n\n远洋货轮首航成功，运力提升三成\n\n"
              "海风社上海6月9日电（记者 王海）远洋集团8日在上海举行新船首航仪式，\n这艘货轮载重20万吨。\n\n"
              "集团董事长李建国表示，新船将使运力提升三成。\n")


def test_a_headline_with_a_comma_above_the_dateline_is_the_title():
    c = clean(WIRE_COMMA)
    assert c.meta["title"] == "远洋货轮首航成功，运力提升三成"
    assert c.meta["date"] == "2022-06-09" and c.meta["author"] == "王海"
    assert paragraphs(c)[0].startswith("海风社上海6月9日电（记者王海）远洋集团8日")
    assert "首航成功" not in c.body
    assert not missing(WIRE_COMMA, c)


WIRE_FUSED = ("远洋货轮首航成功　运力提升三成　载重20万吨创纪录海风社上海2022年6月9日电（记者王海）远洋集团"
              "8日在上海举行新船首航仪式。\n\n集团董事长李建国表示，新船将使运力提升三成。\n")


def test_a_headline_fused_to_the_dateline_on_one_line_is_split_off_as_the_title():
    c = clean(WIRE_FUSED)
    assert c.meta["title"] == "远洋货轮首航成功\u3000运力提升三成\u3000载重20万吨创纪录"
    assert c.meta["date"] == "2022-06-09" and c.meta["author"] == "王海"
    assert paragraphs(c)[0].startswith("海风社上海2022年6月9日电（记者王海）远洋集团8日")
    assert any(e.action == "metadata" and e.before.startswith("远洋货轮") for e in c.audit)
    assert not missing(WIRE_FUSED, c)


def test_a_sentence_that_names_a_dateline_is_not_split():
    raw = "据海风社上海6月9日电，远洋集团8日在上海举行新船首航仪式。\n\n集团表示，运力将提升三成。\n"
    c = clean(raw)
    assert "title" not in c.meta and paragraphs(c)[0].startswith("据海风社上海6月9日电")


# -- Markdown compilations: the emphasised byline line, the quoted sign-off ---------------------

COMPILATION = ("# 一周航运全景梳理：运价、订单与隐忧\n\n*港航笔记编辑部 整理 | 2022年6月12日*\n\n"
               "![](img/port.png)\n\n6月以来，航运市场的消息密集而嘈杂，我们把公开信息梳理如下。\n\n"
               "## 一、订单\n\n- 6月1日开放预订，半小时订单突破一万；\n- 6月3日公布首日订单两万三千份。\n\n"
               "---\n\n> 本文根据公开资料整理，仅供参考，不构成任何投资建议。\n>\n"
               "> 整理：港航笔记编辑部 | 转载请注明出处\n")


def test_a_compilations_emphasised_byline_gives_author_outlet_and_date():
    c = clean(COMPILATION, source="x.md")
    assert c.meta["title"] == "一周航运全景梳理：运价、订单与隐忧"
    assert c.meta["date"] == "2022-06-12"
    assert c.meta["author"] == "港航笔记编辑部" and c.meta["outlet"] == "港航笔记"
    assert paragraphs(c)[0] == "6月以来，航运市场的消息密集而嘈杂，我们把公开信息梳理如下。"
    assert "整理" not in c.body.split("## 一、订单")[0].replace("梳理如下", "")
    # the list items are paragraphs without their bullet; the quoted sign-off is gone, recorded
    assert "6月1日开放预订，半小时订单突破一万；" in paragraphs(c)
    assert "投资建议" not in c.body and "转载" not in c.body
    assert any("投资建议" in e.before for e in c.audit) and any("转载" in e.before for e in c.audit)
    assert not missing(COMPILATION, c)


def test_a_credit_that_names_no_desk_gives_no_author():
    raw = "# 一周航运梳理\n\n*编辑部整理 | 2022年6月12日*\n\n6月以来，航运市场的消息密集而嘈杂。\n"
    c = clean(raw, source="x.md")
    assert c.meta["date"] == "2022-06-12" and "author" not in c.meta and "outlet" not in c.meta
    assert c.meta["credits"] == ["编辑部整理"]
