"""A paper that closes on its date alone, under its signer's line, was issued that day: one timeline
row naming the paper by its signer and title, citing the date's paragraph. On synthetic papers in
forms no corpus has (a water company's outage notice with a date in numerals, a sports club's
statement in traditional script, a village committee's minutes with a date in digits), and a page
that only ends on a date (a blog post) that gives no such row."""

from __future__ import annotations

from tests.test_index import _article, _run


def _paper_rows(an, slug):
    return [(e.date, e.text, e.paragraph) for e in an.events if e.article == slug and "《" in e.text]


def test_a_notice_signed_with_a_date_in_numerals():
    notice = _article("water", "因主干管道检修，河西片区将于本周六停水十二小时，请居民提前储水。\n\n"
                               "特此通知。\n\n"
                               "青川县自来水有限公司\n\n"
                               "二〇三一年三月五日",
                      title="关于河西片区临时停水的通知", date="2031-03-05")
    rows = _paper_rows(_run(notice), "water")
    assert rows == [("2031-03-05", "青川县自来水有限公司《关于河西片区临时停水的通知》", "p4")], rows


def test_a_statement_in_traditional_script_and_minutes_in_digits():
    club = _article("club", "本會對近日網上流傳的不實消息深表遺憾，球員轉會一事尚在商討之中。\n\n"
                            "東灣足球會董事會\n\n"
                            "2031年4月2日\n\n"
                            "附件：轉會程序說明",
                    title="東灣足球會聲明", script="zh-Hant", date="2031-04-02")
    minutes = _article("mins", "村委会讨论了村道拓宽工程的补偿方案，同意按每平方米六百元补偿。\n\n"
                               "记录人：王小禾\n\n"
                               "2031年5月18日",
                       title="石岭村村民委员会会议纪要", date="2031-05-18")
    an = _run(club, minutes)
    assert _paper_rows(an, "club") == [("2031-04-02", "東灣足球會董事會《東灣足球會聲明》", "p3")]
    # the line before the date is a label, not a signer's name: the title alone
    assert _paper_rows(an, "mins") == [("2031-05-18", "《石岭村村民委员会会议纪要》", "p3")]


def test_a_paper_with_an_appendix_after_its_date():
    # a translated foreign company's announcement: the appendix (a transcript) follows the date
    ann = _article("ann", "本公司注意到近期媒体关于港口扩建的报道，现澄清如下。\n\n"
                          "特此公告。\n\n"
                          "北岸港务股份有限公司董事会\n\n"
                          "2031年6月3日\n\n"
                          "附：媒体说明会问答记录\n\n"
                          "记者提问：扩建何时开工？\n\n"
                          "董秘：目前尚无时间表。\n\n"
                          "记者提问：是否会增发？\n\n"
                          "董秘：没有这个计划。\n\n"
                          "（根据现场记录整理）",
                   title="关于媒体报道的澄清公告", date="2031-06-03")
    assert _paper_rows(_run(ann), "ann") == [("2031-06-03", "北岸港务股份有限公司董事会《关于媒体报道的澄清公告》", "p4")]


def test_a_blog_that_ends_on_a_date_gives_no_paper_row():
    blog = _article("blog", "周末去青川古镇走了一圈，老街的石板路还是湿的。\n\n"
                            "阿禾\n\n"
                            "2031年3月6日",
                    title="青川古镇半日游", date="2031-03-06")
    assert _paper_rows(_run(blog), "blog") == []
