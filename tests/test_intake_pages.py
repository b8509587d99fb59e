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
