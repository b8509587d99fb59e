"""The reading safety net (generator.clean.safetynet, readers.pagenet, the Doc.remove guard), on
forms unlike every corpus: a 12345 hotline page whose official reply sits in a sidebar box, a
podcast transcript with an ad read, a school notice with an appended parents' Q&A, a court
hearing record, an app changelog with a company statement."""

from __future__ import annotations

import time
from pathlib import Path

from generator.clean import clean
from generator.clean.blockmarkdown import render
from generator.clean.doc import Chunk, Doc
from generator.clean.safetynet import STRIPPED, claim_signal, holds_passage, review, warnings_of

FIX = Path(__file__).parent / "fixtures" / "safety18"


def _clean(name):
    return clean((FIX / name).read_text(encoding="utf-8"), source=name)


def test_hotline_reply_in_a_sidebar_box_is_kept_and_flagged():
    c = _clean("hotline.html")
    # the handling unit's reply: figures and the date of the repair stay in the text
    assert "恢复至0.28兆帕以上" in c.body and "已于3月15日更换电机" in c.body
    assert "承办单位：市水务集团供水服务中心" in c.body
    # the citizen's message comes first, the reply after it
    assert c.body.index("市民来电反映") < c.body.index("经现场核查")
    # the page's furniture stays out: footer, the hot list's links, the menu
    for furniture in ("ICP备", "关于某路段夜间施工扰民的诉求", "数据统计"):
        assert furniture not in c.body
    assert any("they were kept" in f.message for f in c.flags)


def test_podcast_ad_read_is_removed_but_listed_and_the_transcript_stays():
    c = _clean("podcast.md")
    assert "首年利率低至3.2%" not in c.body  # the sponsor's offer: furniture
    assert "新开工加装电梯3.6万部" in c.body and "每户5000元到1万元不等" in c.body
    assert "超过六成采用了按楼层分摊费用的方案" in c.body  # the closing summary is news
    flag = next(f for f in c.flags if f.rule == "safety_net")
    assert "shownotes" in flag.message and "21" in flag.message  # the rule and the raw line
    assert warnings_of("podcast.md", c.flags) == []  # a confident removal is no build warning


def test_notice_court_record_and_changelog_keep_every_claim():
    kept = {
        "notice.txt": ("午休时间由原来的30分钟延长至60分钟", "下午放学时间由16:10调整为16:40", "每两周清洗消毒一次"),
        "court.txt": ("退还押金8000元", "拖欠房租共计1.35万元", "我承认晚交了两个月"),
        "changelog.md": ("共影响约1.2万名用户的同步记录", "周明表示", "免费延长会员30天"),
    }
    for name, claims in kept.items():
        c = _clean(name)
        for claim in claims:
            assert claim in c.body, (name, claim)
        assert not any(f.rule == STRIPPED for f in c.flags), name


def test_claim_signals_and_furniture_patterns():
    assert claim_signal("据统计，全市共有3200户居民受到影响。") == "a figure with its unit"
    assert claim_signal("区卫健委相关负责人表示，将尽快公布调查结果。")
    assert claim_signal("該公司發言人稱：「目前沒有裁員計劃。」")  # traditional script
    assert claim_signal("8月3日，首批救援物资运抵灾区并完成分发工作。") == "a date in a sentence about an event"
    # the page speaking about itself, a headline, a label: no claim
    assert claim_signal("版权所有，未经授权不得转载，违者追究法律责任，本网保留一切权利。") == ""
    assert claim_signal("扫码关注公众号，每天10分钟读懂天下事。") == ""
    assert claim_signal("相关新闻：某市上半年GDP增长5.2%") == ""
    assert claim_signal("当前位置：首页 > 7×24小时快讯") == ""


def test_a_passage_needs_two_prose_sentences_and_little_furniture():
    news = "经现场核查，小区二次供水泵房一台加压泵电机故障，导致高峰时段水压下降。目前高层水压已恢复至0.28兆帕以上，来电人表示满意。"
    assert holds_passage(news)
    assert not holds_passage("9月4日，一家门店外排队购买新品的顾客。")  # one sentence: a caption
    ad = "本节目由某品牌赞助播出。某品牌贷款首年利率低至3.2%，审批最快10分钟。打开APP输入口令领取专属优惠。"
    assert not holds_passage(ad)
    summary = news + "供水中心负责人表示，将把该泵房纳入每月巡检范围。"
    assert holds_passage(summary + "感谢阅读，欢迎点赞转发给朋友。")  # news with a sign-off appended
    assert not holds_passage(news + "感谢阅读，欢迎点赞转发给朋友。")  # a third of it is the page's own talk


def _doc(*texts):
    return Doc([Chunk("p", t, [(0, i + 1)]) for i, t in enumerate(texts)], True)


def test_a_place_rule_cannot_remove_a_news_passage_but_a_content_rule_can():
    news = ("学校统一每两周对午休垫清洗消毒一次，家长无需带回家中。延长午休以后，下午放学时间由16:10调整为16:40，"
            "校车发车时间相应推迟30分钟。")
    doc = _doc("正文第一段，说明了通知的由来和依据。", news)
    doc.rule = "promo_lines"
    doc.remove(doc.blocks[1], "promotional or contact line")
    assert news in render(doc)
    assert any("promo_lines" in f.message and "kept" in f.message for f in doc.flags)
    doc.rule = "ocr_duplicates"  # a rule that judges the text itself, not its place
    doc.remove(doc.blocks[1], "a duplicate")
    assert news not in render(doc)


def test_a_page_stripped_of_most_of_its_prose_is_a_warning_naming_the_rule():
    kept = "市民来电反映，小区高层住户水压明显不足，早晚高峰时段几乎无法正常用水。"
    gone = ("经现场核查，该小区二次供水泵房一台加压泵电机故障，导致供水压力下降。我中心已更换电机并检修了另外两台水泵。"
            "目前该小区高层水压已恢复正常，回访时来电人表示满意，供水中心将把泵房纳入每月巡检范围。")
    doc = _doc(kept, gone)
    doc.rule = "off_topic"
    doc.remove(doc.blocks[1], "off-topic item", action="set_aside")
    review(doc, render(doc))
    warned = warnings_of("content/sources/x.html", doc.flags)
    assert len(warned) == 1 and "content/sources/x.html" in warned[0] and "off_topic" in warned[0]
    # the same removal of a short aside is no warning
    doc2 = _doc(kept + gone, "本文首发于某平台，转载请联系作者。")
    doc2.rule = "off_topic"
    doc2.remove(doc2.blocks[1], "repost note")
    review(doc2, render(doc2))
    assert warnings_of("y.html", doc2.flags) == []


def test_the_net_is_linear_on_a_megabyte_line():
    line = ("一二三四五六七八九十" * 1000 + "1" * 1000 + "，" * 500) * 40
    t = time.perf_counter()
    claim_signal(line)
    holds_passage(line)
    assert time.perf_counter() - t < 5
