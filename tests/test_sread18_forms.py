"""Reading a page's form right: a Latin-script page's headline, stamp, agency and trailer; rows of a
page's controls (read more, share, join, related news) on any form. Synthetic pages on topics unlike
the corpora (a drought and a wheat harvest, a glacier, a ferry strike, a marathon, a library)."""

from generator.clean import clean
from generator.clean.control_rows import control_row

WIRE = """Kenya's wheat harvest: drought cuts yield by a third, lifts bread prices

By Amina Otieno and Peter Lang

March 12, 2023 10:05 AM GMT+3 Updated 5 hours ago

NAIROBI, March 12 (AgriWire) - Kenya's wheat harvest fell by about a third this season after the worst drought in forty years, the farm ministry said on Sunday, pushing bread prices in Nairobi up 18% since January.

"We planted twice and lost both times," said Joseph Kamau, a farmer in Narok county. "This year the rains never came."

Millers said they would import more grain from Ukraine and Argentina to fill the gap, and warned that prices could rise further before the next harvest.

(Reporting by Amina Otieno in Nairobi; Editing by Clara Weiss)

Our Standards: The AgriWire Trust Principles.

Related Coverage
- East Africa braces for another failed rainy season
- Fertiliser prices ease as shipping costs fall

Purchase Licensing Rights
"""

FOREIGN_PAGE = """Glacier melt: Swiss villages brace for a summer of rockfalls

Published 4 June 2022

Engineers in the canton of Valais have closed three mountain roads after a wall of ice above the village of Saas-Balen cracked last week. The federal office for the environment said the glacier had lost 6% of its volume in a single year. Residents were told to keep to marked paths.

Mountain guides said the season would be shorter. Several huts will open two weeks late, and one has been moved away from the slope it stood on for a century.

Read more
- Why the Alps lose their ice faster than anywhere else
- The hut keepers who measure the snow
"""

STRIKE_WIRE = """Ferry crews strike over pay, stranding island commuters

By Jonas Berg

Updated: Oct 3, 2021 7:40 a.m. ET

OSLO, Oct 3 (NordPress) - Ferry crews on six coastal routes walked out on Sunday in a dispute over pay, leaving thousands of island commuters without a service. The union said talks with operators had broken down.

"We are asking for what inflation took from us," union leader Siri Dahl said. Operators said the demand would add 40 million crowns to their costs.

(Writing by Jonas Berg; Editing by Ola Nes)
"""


def test_latin_wire_headline_keeps_its_colon_and_its_stamp_gives_the_date():
    out = clean(WIRE, source="wire.txt")
    assert out.meta["title"] == "Kenya's wheat harvest: drought cuts yield by a third, lifts bread prices"
    assert out.meta["date"] == "2023-03-12"
    assert out.meta["outlet"] == "AgriWire"
    assert "Updated 5 hours ago" not in out.body
    assert "NAIROBI, March 12" in out.body  # the dateline is the lead's opening: it stays
    assert "lost both times" in out.body and "Argentina" in out.body


def test_latin_wire_trailer_leaves_the_text_with_its_credits_in_the_metadata():
    out = clean(WIRE, source="wire.txt")
    for furniture in ("Purchase Licensing Rights", "Our Standards", "Related Coverage", "East Africa braces",
                      "Fertiliser prices ease", "Reporting by"):
        assert furniture not in out.body, furniture
    assert any("Clara Weiss" in e for e in out.meta.get("editors", []))
    removed = {e.before.strip() for e in out.audit if e.action in ("removed", "metadata")}
    assert "Purchase Licensing Rights" in removed  # every cut is recorded


def test_foreign_page_headline_date_and_link_list():
    out = clean(FOREIGN_PAGE, source="page.txt")
    assert out.meta["title"] == "Glacier melt: Swiss villages brace for a summer of rockfalls"
    assert out.meta["date"] == "2022-06-04"
    assert "Why the Alps lose" not in out.body and "Read more" not in out.body
    assert "6% of its volume" in out.body and "moved away from the slope" in out.body


def test_second_wire_form_date_agency_credits():
    out = clean(STRIKE_WIRE, source="strike.txt")
    assert out.meta["title"] == "Ferry crews strike over pay, stranding island commuters"
    assert out.meta["date"] == "2021-10-03"
    assert out.meta["outlet"] == "NordPress"
    assert "Writing by" not in out.body and "40 million crowns" in out.body


def test_a_chinese_page_is_no_latin_page():
    text = ("城市马拉松报名人数创新高\n\n本报讯　今年城市马拉松报名人数超过12万人，比去年增加三成。组委会表示，将增加补给站。\n\n"
            "Published 4 June 2022\n\n跑者李明说：“路线比去年更好跑。”\n")
    out = clean(text, source="marathon.txt")
    assert "组委会" in out.body and "跑者李明" in out.body


def test_rows_of_controls_are_furniture_on_any_form():
    for row in ("閱讀全文 »｜分享至 Facebook WhatsApp", "阅读全文 »", "閱讀全文 »　｜　相關新聞：PS5 Pro傳九月發布",
                "延伸阅读：跑鞋怎么选｜三百元预算买哪双？", "阅读原文｜分享到：微信 微博", "加入本报WhatsApp频道",
                "Read more | Share on Facebook", "相关新闻：图书馆周末延长开放时间"):
        assert control_row(row), row
    for text in ("相关新闻显示，今年报名人数增加三成。", "他说：“阅读全文之后才明白。”", "分享至朋友圈的人数超过2万，比上周多一倍。",
                 "延伸阅读：跑鞋怎么选。组委会建议跑者提前三个月训练，并在赛前做体检。", "全文共分三章"):
        assert not control_row(text), text


def test_feed_items_lose_their_control_rows_but_keep_their_text():
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>城南日報｜社區頻道</title><link>https://example.org/</link>
<item><title>圖書館周末延長開放　自修室加位</title><pubDate>Sat, 02 Mar 2024 09:00:00 +0800</pubDate>
<description><![CDATA[<p>中央圖書館宣布，由下月起周末開放至晚上十時，自修室座位增加120個。</p><p>閱讀全文 »｜分享至 Facebook WhatsApp</p>]]></description></item>
<item><title>社區馬拉松報名額滿　組委會加開名額</title><pubDate>Fri, 01 Mar 2024 18:00:00 +0800</pubDate>
<description><![CDATA[<p>社區馬拉松三日內報名額滿，組委會決定加開500個名額。</p><p>（圖：組委會提供）　閱讀全文 »</p><p>延伸閱讀：跑鞋點揀｜三百蚊預算買邊對？</p>]]></description></item>
</channel></rss>"""
    from generator.sources import decode_bytes
    text, _ = decode_bytes(feed.encode("utf-8"), "city.xml")
    out = clean(text, source="city.xml")
    assert "閱讀全文" not in out.body and "分享至" not in out.body and "延伸閱讀" not in out.body
    assert "自修室座位增加120個" in out.body and "加開500個名額" in out.body


def test_a_feeds_outlet_is_the_part_of_its_title_its_address_names():
    from generator.readers.feed import site_part

    assert site_part("城南日報 CityDaily｜社區頻道", "https://news.citydaily.org/community") == "城南日報 CityDaily"
    assert site_part("Weather desk - Alpine Post", "https://www.alpinepost.ch/feed") == "Alpine Post"
    assert site_part("Alpine Post", "https://www.alpinepost.ch/feed") == ""  # one part: the title, no more
    assert site_part("社區頻道｜城南日報", "https://example.org/") == ""  # no part names the host: none
    assert site_part("城南日報 CityDaily｜社區頻道", "") == ""
