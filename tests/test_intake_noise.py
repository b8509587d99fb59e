"""Noise of kinds the cleaner had not seen, on pages written for the test: a newspaper page OCR'd
as text (masthead, bracketed credit, an ad spliced into a sentence, OCR spaces in Latin names, a
reading list glued to the page's foot, a second piece), a saved page with a related box, a site's
header, a compilation with per-section source lines.

Each test checks what a reader notices (title, author, outlet, the paragraphs) and the audit:
every removed line is recorded with its raw line, and nothing of the page is lost (every
character of the raw page is in the body or in an audit entry).
"""

from __future__ import annotations


from generator.clean import clean
from intake_check import missing, paragraphs


def removed(cleaned, rule):
    return [e for e in cleaned.audit if e.rule == rule and e.action in ("removed", "metadata")]


OCR_PAGE = """東方晨報　　2024年5月6日 星期一　　B2 地方新聞

山城茶農迎豐收 春茶產量增兩成
觀光茶園人潮回流 茶價持穩

【記者林安文/綜合報導】

山城鄉農會6日表示,今年春茶產量比去年增加
兩成,茶價與去年持平。農會總幹事陳志明說,
今年雨水充足,茶葉品質也比往年好,「收成
是近十年最好的一次」。

外銷方面,日本茶商(K
atsura Tea)已訂購約30噸,預計下月出貨。
農會並撥款500萬元,其中200萬元用於收購、冷
山城直送 高山烏龍 限時8折
訂購專線 0800-123-456 www.shancha-shop.example.tw
藏滯銷茶葉,300萬元用於推廣。

2024年5月6日 星期一　　東方晨報　　B2

港口貨櫃量回升 航商看好下半年
【本報綜合報導】
港務公司6日公布,上月貨櫃裝卸量比去年同期增加
一成,航商普遍看好下半年的運價。

延伸閱讀
▶ 茶價回穩 農會籲理性採購 A8
▶ 觀光茶園週末人潮多 B3

　　　　　　　　　　— 2 —
東方晨報 地方新聞 B2　　2024.5.6　　本報網址 www.dfcb.example.tw
"""


def test_an_ocr_newspaper_page_gives_headline_author_and_outlet_not_its_masthead():
    c = clean(OCR_PAGE)
    assert c.meta["title"] == "山城茶農迎豐收\u3000春茶產量增兩成"
    assert c.meta["subtitle"] == "觀光茶園人潮回流\u3000茶價持穩"
    assert c.meta["outlet"] == "東方晨報" and c.meta["date"] == "2024-05-06"
    assert c.meta["author"] == "林安文"
    assert "本報綜合報導" in c.meta["credits"]  # the second piece's credit names nobody
    assert "東方晨報" not in c.body and "####" not in c.body and "記者林安文" not in c.body


def test_an_ad_spliced_into_a_sentence_is_removed_and_the_sentence_rejoined():
    c = clean(OCR_PAGE)
    assert "其中200萬元用於收購、冷藏滯銷茶葉，300萬元用於推廣。" in c.body
    assert "0800" not in c.body and "限時" not in c.body and "shancha" not in c.body
    ads = removed(c, "ad_inserts")
    assert [e.before for e in ads] == ["山城直送 高山烏龍 限時8折", "訂購專線 0800-123-456 www.shancha-shop.example.tw"]
    assert [e.line for e in ads] == [16, 17]  # the raw lines


def test_an_ocr_space_after_a_latin_names_capital_is_closed():
    c = clean(OCR_PAGE)
    assert "Katsura Tea" in c.body and "K atsura" not in c.body
    assert any(e.rule == "latin_ocr" and e.before.startswith("K ") for e in c.audit)


def test_a_reading_list_before_the_page_foot_and_the_foot_are_removed_with_the_page_number():
    c = clean(OCR_PAGE)
    last = paragraphs(c)[-1]
    assert last == "港務公司6日公布，上月貨櫃裝卸量比去年同期增加一成，航商普遍看好下半年的運價。"
    assert "延伸閱讀" not in c.body and "茶價回穩" not in c.body and "本報網址" not in c.body
    gone = {e.before.strip() for e in c.audit if e.action == "removed"}
    assert {"延伸閱讀", "▶ 茶價回穩 農會籲理性採購 A8", "— 2 —"} <= gone
    assert "港口貨櫃量回升" in c.body  # the second piece's headline stays, as a heading


def test_nothing_of_the_ocr_page_is_lost():
    c = clean(OCR_PAGE)
    assert not missing(OCR_PAGE, c)
    body = c.body.replace("\n", "")
    for sentence in ("農會總幹事陳志明說", "預計下月出貨", "航商普遍看好下半年的運價"):
        assert sentence in body


SAVED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>山城茶季观察 - 山城新闻网</title></head>
<body><nav><a href="/">首页</a> | <a href="/cj">财经</a></nav>
<article><h1>山城茶季观察</h1>
<p>山城的茶农今年收成不错，春茶产量比去年增加两成，茶价与去年持平。</p>
<p>农会总干事陈志明说，今年雨水充足，茶叶品质比往年好，收成是近十年最好的一次。</p>
<p>相关阅读</p>
<p>・茶价回稳 农会呼吁理性采购</p>
<p>・观光茶园周末人潮多</p>
<p>农会表示，明年还将扩大种植面积，并请专家讲解种植技术，帮助茶农提高收入。</p>
</article></body></html>
"""


def test_a_saved_pages_related_box_between_paragraphs_is_removed_and_recorded():
    c = clean(SAVED_PAGE, source="page.html")
    body = c.body
    assert "相关阅读" not in body and "茶价回稳" not in body and "观光茶园" not in body
    assert "收成是近十年最好的一次" in body and "帮助茶农提高收入" in body
    gone = [e.before for e in removed(c, "promo_lines")]
    assert any("相关阅读" in g for g in gone) and any("观光茶园" in g for g in gone)


SITE_HEADER = """山城新聞網 ShanNews
首頁 | 港聞 | 國際 | 財經 | 專訪 | 訂閱
搜尋　登入　繁/简

【專訪】茶季將盡 茶農：「收成好」不代表茶價會漲

2024年5月8日 星期三 10:30　記者：林小滿

山城的茶農今年收成不錯，產量增加兩成。

問：今年的茶價會漲嗎？
答：不會，收成好，供應也多。
"""


def test_a_sites_header_gives_the_outlet_and_the_bracketed_label_the_kicker():
    c = clean(SITE_HEADER)
    assert c.meta["outlet"] == "山城新聞網" and c.meta["kicker"] == "專訪"
    assert c.meta["title"].startswith("茶季將盡") and "搜尋" not in c.meta["title"]
    assert paragraphs(c)[0] == "山城的茶農今年收成不錯，產量增加兩成。"
    assert not missing(SITE_HEADER, c)


COMPILATION = """# 山城茶季汇编

*整理：茶事周报编辑部 林小满 ｜ 2024年5月6日 07:30*

## 1. 茶价回稳

**来源：东方晨报　记者 王明**

今年春茶价格与去年持平。

## 2. 观光茶园人潮多

**来源：山城新闻网**

周末到茶园采茶的游客明显增多。

## 3. 茶农收入增加

**来源：农业周刊　驻山城记者 李四**

茶农人均收入比去年增加一成。
"""


def test_a_compilations_section_sources_all_go_to_credits_and_its_byline_gives_the_compiler():
    c = clean(COMPILATION, source="c.md")
    assert c.meta["author"] == "林小满" and c.meta["outlet"] == "茶事周报" and c.meta["date"] == "2024-05-06"
    credits = c.meta["credits"]
    assert "1. 茶价回稳｜来源：东方晨报\u3000记者 王明" in credits
    assert any(x.endswith("来源：山城新闻网") for x in credits)
    assert any(x.endswith("驻山城记者 李四") for x in credits)
    assert "来源" not in c.body and "整理" not in c.body
    assert "茶农人均收入比去年增加一成。" in c.body


REPOST = """春茶季后，山城茶叶去哪儿了？
茶事观察　2024-05-08 07:45 发表于福建

原标题：《春茶季后，山城茶叶去哪儿了？》
来源：茶事周刊（ID：chashi_weekly）
作者：林小满

[图片]

山城的茶农今年收成不错，产量增加两成。

[图片]
▲茶农在山坡上采茶（图源：网络）

农会表示，明年还将扩大种植面积。
"""


def test_a_reposts_title_printed_twice_placeholders_and_account_id_leave_body_and_outlet():
    c = clean(REPOST)
    assert c.meta["title"] == "春茶季后，山城茶叶去哪儿了？" and c.meta["outlet"] == "茶事周刊"
    assert c.meta["author"] == "林小满"
    assert paragraphs(c)[0] == "山城的茶农今年收成不错，产量增加两成。"
    assert "[图片]" not in c.body and "##" not in c.body
    assert any(e.after == "茶事周刊" and "chashi_weekly" in e.before for e in c.audit)
    assert not missing(REPOST, c)
