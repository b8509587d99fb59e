"""Sources as received: a wire roundup of dated items, an OCR'd newspaper page with its running
heads and continuation marks, a saved page's info line, an interview's session fields, a comment
box's glued names and times and its rules, a repost's bold like-call.

Every article here is made up for the test (made-up outlets, people and figures).
"""

from __future__ import annotations

from generator.clean import clean

ROUNDUP = (
    "北辰社稿件　【综述】\n\n"
    "港口罢工风波回顾\n\n"
    "　　北辰社鹿特丹3月2日电（记者许安然）鹿特丹港码头工人2日起举行罢工，要求提高夜班补贴，"
    "集装箱装卸作业基本停摆，数十艘货轮在锚地等候。（完）\n\n"
    "　　北辰社安特卫普3月9日电　安特卫普港务局9日表示，受邻港罢工影响，本港集装箱吞吐量一周内增加约一成，"
    "堆场利用率接近上限。（完）\n\n"
    "　　北辰社鹿特丹3月20日电（记者许安然）劳资双方20日达成协议，夜班补贴上调百分之八，罢工随即结束。（完）\n"
)


def test_a_roundups_dated_items_are_one_paragraph_each():
    c = clean(ROUNDUP, source="roundup.txt")
    paras = [p for p in c.body.split("\n\n") if "北辰社" in p and "电" in p]
    assert len(paras) == 3, c.body
    assert paras[0].rstrip().endswith("（完）") and "（完）北辰社" not in c.body
    assert paras[1].startswith("北辰社安特卫普3月9日电")


INDENTED = (
    "山城新闻\n\n"
    "　　本报讯　市交通局昨日公布新的公交线路调整方案，涉及十二条线路\n\n"
    "　　方案将于下月起实施，市民可在官网查询具体站点。\n"
)


def test_a_blank_line_then_an_indent_starts_a_paragraph_even_after_no_sentence_end():
    c = clean(INDENTED, source="x.txt")
    assert "涉及十二条线路\n\n方案将于下月起实施" in c.body


BROKEN = (
    "今年以来，全市新开工的保障性住房项目达到四十个，主要分布在\n\n"
    "城东和城北两个片区，预计明年陆续交付使用。\n"
)


def test_a_sentence_broken_by_a_blank_line_without_an_indent_is_still_joined():
    c = clean(BROKEN, source="x.txt")
    assert "主要分布在城东和城北两个片区" in c.body


PAPER = (
    "南洲晨報　　　　財經新聞　　　　Ｂ３\n"
    "2023年5月17日　星期三　　　　　www.nanzhou-morning.example\n\n"
    "　　港口擴建計劃獲批\n"
    "　　首期工程明年動工\n\n"
    "本報記者　黎志遠\n\n"
    "　　【本報訊】政府昨日宣布，港口擴建計劃已獲\n"
    "立法會通過，首期工程預計明年動工，涉及\n"
    "投資約一百二十億元。\n"
    "　　運輸局局長表示，擴建後港口的吞吐能力將提升三成，\n"
    "可紓緩現有碼頭的擠塞問題。\n"
    "（轉Ｂ４版）\n\n"
    "Ｂ３　　　　　　　　南洲晨報　2023年5月17日（星期三）\n"
    "－ 3 －\n"
    "\f\n"
    "南洲晨報　　　　財經新聞　　　　Ｂ４\n"
    "2023年5月17日　星期三　　　　　www.nanzhou-morning.example\n\n"
    "（接Ｂ３版）港口擴建\n"
    "　　業界普遍歡迎有關計劃，但亦有環保團體\n"
    "擔心工程會影響附近的紅樹林。\n\n"
    "Ｂ４　　　　　　　　南洲晨報　2023年5月17日（星期三）\n"
    "－ 4 －\n"
)


def test_a_newspaper_pages_running_heads_feet_and_continuation_marks_leave():
    c = clean(PAPER, source="paper.txt")
    for gone in ("財經新聞", "nanzhou-morning", "Ｂ３", "Ｂ４", "－ 3 －", "轉", "接"):
        assert gone not in c.body, gone
    assert c.meta.get("title") == "港口擴建計劃獲批"  # the headline, not the running head
    assert c.meta.get("date") == "2023-05-17"  # the running head's date
    assert c.body.lstrip().startswith("政府昨日宣布")  # headline and byline are not fused into the lead
    assert "附近的紅樹林。" in c.body and "可紓緩現有碼頭的擠塞問題。" in c.body
    removed = [e for e in c.audit if e.rule in ("running_heads", "page_furniture")]
    assert sum(1 for e in removed if "－" in e.before) == 2 and any("（轉Ｂ４版）" == e.before for e in removed)


def test_a_continuation_mark_closing_a_paragraph_is_cut_and_the_text_stays():
    c = clean("　　市政府表示將繼續跟進有關工作，並於年底前公布詳情。（下转第3版）\n", source="x.txt")
    assert "下转" not in c.body and "並於年底前公布詳情。" in c.body


PAGE = (
    "水库蓄水量创五年新高\n\n"
    "2023-06-02 09:30来源：湖光日报作者：丁一凡【字号大中小】打印本页\n\n"
    "入汛以来，全省降雨量较常年同期偏多两成，大中型水库蓄水量达到一百八十亿立方米，创五年来新高。\n\n"
    "省水利厅提醒，各地要做好汛期调度，确保水库安全度汛。\n"
)


def test_a_saved_pages_glued_info_line_gives_date_and_author_and_leaves():
    c = clean(PAGE, source="page.txt")
    assert "来源" not in c.body and "打印本页" not in c.body and "字号" not in c.body
    assert c.body.lstrip().startswith("入汛以来")
    assert c.meta.get("date") == "2023-06-02" and c.meta.get("author") == "丁一凡"
    assert any(e.rule == "info_lines" and "打印本页" in e.before for e in c.audit)  # recorded


def test_an_info_line_with_a_sentence_in_it_stays():
    from generator.clean.rules.info_lines import read
    assert read("来源：新华社 记者昨日从有关部门获悉，项目已经开工。") is None
    assert read("2023-06-02 09:30 来源：湖光日报 作者：丁一凡 【字号 大 中 小】 打印本页") is not None


INTERVIEW = (
    "《江岸周刊》对话｜城市更新该怎么走？\n\n"
    "采访时间：2023年4月12日 10:00—11:00\n"
    "采访地点：江岸周刊编辑部\n"
    "提问：高思远（本刊记者）\n"
    "嘉宾：贺明川，城市规划研究院副院长\n"
    "　　　林素琴，社区营造协会秘书长\n"
    "整理：本刊编辑部\n\n"
    "【记者】老旧小区改造进入第三年，成效如何？\n\n"
    "贺明川：三年来全市改造了四百多个小区，加装电梯一千余部，居民满意度总体较高。\n\n"
    "林素琴：我补充一点，社区居民的参与度比我们预想的要高，很多方案是居民自己讨论出来的。\n"
)


def test_an_interviews_session_fields_leave_its_guests_stay_one_a_paragraph():
    c = clean(INTERVIEW, source="talk.txt")
    for gone in ("采访时间", "采访地点", "提问：", "整理："):
        assert gone not in c.body, gone
    assert c.meta.get("date") == "2023-04-12" and c.meta.get("author") == "高思远"
    assert "嘉宾：贺明川，城市规划研究院副院长\n\n林素琴，社区营造协会秘书长" in c.body
    assert any("采访时间" in x for x in c.meta.get("credits", []))


COMMENTS = """<html><head><title>山海新聞網</title></head><body><main><article>
<h1>夜市攤商試行電子支付</h1>
<p>市府今年起在三處夜市試行電子支付，攤商可免費申請收款設備，首月已有超過六成攤位加入，消費者反應良好。</p>
<p>市府表示，明年將視試行成果，擴大到全市的夜市與傳統市場，並提供攤商手續費補貼。</p>
<section class="comments"><h3>讀者留言（2）</h3>
<p class="comment-rule">請遵守留言規範，發表不當言論者將被刪除留言。</p>
<div class="comment"><span class="user">夜貓子</span><span class="ctime">2023/08/01 21:15</span><p>終於不用找零錢了</p><span class="likes">👍 5</span></div>
<div class="comment"><span class="user">阿芬2023</span><span class="ctime">2023/08/02 07:40</span><p>希望傳統市場也快點跟上</p><span class="likes">👍 3</span></div>
</section></article></main></body></html>"""


def test_a_commenters_glued_name_and_time_part_and_the_boxs_rules_leave():
    c = clean(COMMENTS, source="c.html")
    assert "夜貓子：終於不用找零錢了" in c.body
    assert "阿芬2023：希望傳統市場也快點跟上" in c.body  # a name ending on digits keeps them
    assert "2023/08/01" not in c.body and "留言規範" not in c.body
    assert any("21:15" in e.before for e in c.audit)  # the time is in the audit


REPOST = (
    "# 社区团购的下一站\n\n"
    "社区团购经过几年洗牌，头部平台的订单量趋于稳定，竞争的重点正在从补贴转向供应链。\n\n"
    "业内人士认为，谁能把生鲜损耗率降下来，谁就能在下一轮竞争中占据主动。\n\n"
    "喜欢本文，请点 **赞** 和 **在看** 👇\n"
)


def test_a_repost_like_call_with_bold_buttons_leaves():
    c = clean(REPOST, source="repost.md")
    assert "在看" not in c.body and "占据主动。" in c.body


BOXED = (
    "　　【本報訊】區內電池產業近年急速擴張，多家企業相繼宣布\n"
    "海外設廠計劃，業界預期明年的出口量將再創新高。\n"
    "　　分析師表示，多家企業正加快在東歐等地\n"
    "各國電池產能佔比\n"
    "（二〇二三年）\n"
    "甲國　　　　　31.5%\n"
    "乙國　　　　　22.0%\n"
    "丙國　　　　　 9.8%\n"
    "其他　　　　　36.7%\n"
    "註：按裝機容量計算\n"
    "資料來源：行業協會\n"
    "興建電池廠，但當地人工及能源成本遠高於區內，\n"
    "投產時間可能推遲至後年。\n"
    "　　另有業界人士認為，海外設廠有助分散貿易風險，\n"
    "長遠而言利多於弊。\n"
)


def test_a_table_printed_inside_a_sentence_takes_its_title_and_notes_with_it():
    c = clean(BOXED, source="x.txt")
    assert "加快在東歐等地興建電池廠，但當地人工及能源成本" in c.body  # the sentence reads whole
    body = c.body
    assert body.index("興建電池廠") < body.index("各國電池產能佔比") < body.index("甲國") < body.index("按裝機容量計算")
    assert "### 各國電池產能佔比（二〇二三年）" in body  # the table's title and the line under it: one heading
    assert "等地各國" not in body and "計算資料來源" not in body and "行業協會興建" not in body


def test_a_compiled_reports_credit_on_its_own_line_goes_to_the_credits():
    c = clean(ROUNDUP + "\n（北辰社综合报道）\n", source="roundup.txt")
    assert "综合报道" not in c.body and any("综合报道" in x for x in c.meta.get("credits", []))
    kept = clean("　　他表示：“这次合作是综合实力的体现。”\n", source="x.txt")
    assert "综合实力" in kept.body


PICTURED = (
    "# 港口吞吐量回升\n\n"
    "今年前三季度，全省港口货物吞吐量同比增长百分之六，集装箱吞吐量增长百分之九。\n\n"
    "![图片](https://img.example.com/port.png)\n\n"
    "*全省主要港口吞吐量一览（图源：网络）*\n\n"
    "业内人士认为，外贸需求回暖是吞吐量回升的主要原因。\n"
)


def test_a_pictures_caption_closed_by_its_credit_in_brackets_is_its_caption():
    c = clean(PICTURED, source="p.md")
    assert "> 全省主要港口吞吐量一览（图源：网络）" in c.body  # a caption, not a paragraph of the text
    kept = clean(PICTURED.replace("*全省主要港口吞吐量一览（图源：网络）*", "提示：以上数据为初步统计"), source="p.md")
    assert "\n\n提示：以上数据为初步统计\n\n" in kept.body  # a label's line under a picture stays text
