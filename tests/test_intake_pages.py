"""Pages the cleaner has never seen: headers, furniture and section heads of each kind of source.

Every page here is made up for the test, in the shapes such sources take (a wire, an OCR'd paper
page, a Markdown compilation, a saved web page or its text, a WeChat repost, a Q&A interview).
Each test checks what a reader notices (title, author, date, outlet, paragraphs, headings) and
that nothing was lost: every character of the raw page is in the body or in an audit entry.
"""

from __future__ import annotations


from generator.clean import clean
from intake_check import missing, paragraphs


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


# -- saved web pages: <meta name="author">, the info line, the site name in <title> --------------

PAGE = """<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>林安：运价战没有赢家，航运业的热闹与隐忧 - 潮汐财经</title>
<meta name="author" content="林安">
</head>
<body>
<div class="topbar"><nav><a href="/">首页</a> | <a href="/finance">财经</a> | <a href="/login">登录</a></nav></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/opinion">评论</a> &gt; 正文</div>
<div class="ad" id="ad-top">【广告】船险限时8折，立即扫码领取优惠券 &gt;&gt;</div>
<article>
<h1>运价战没有赢家：航运业的热闹与隐忧</h1>
<p class="byline">2022-06-12 09:12　来源：潮汐财经　作者：林安（航运评论员）</p>
<p>过去一周，远洋集团的新船几乎占据了所有航运话题的中心，各家船公司纷纷宣布降价。</p>
<p>运价战的代价最终由整个产业链来承担，船东的利润被大幅压缩，港口也难以独善其身。</p>
<p class="disclaimer">（本文仅代表作者个人观点，不代表本站立场。）</p>
</article>
<div class="share">分享到：微博 | 微信 | QQ空间</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1">远洋集团新船首航</a></li></ul></div>
<footer>© 2022 潮汐财经 版权所有　京ICP备12345678号</footer>
</body>
</html>
"""


def test_a_web_pages_meta_author_info_line_and_site_name_are_read():
    c = clean(PAGE, source="page.html")
    assert c.meta["title"] == "运价战没有赢家：航运业的热闹与隐忧"
    assert c.meta["author"] == "林安" and c.meta["outlet"] == "潮汐财经" and c.meta["date"] == "2022-06-12"
    ps = paragraphs(c)
    assert ps[0].startswith("过去一周") and len(ps) == 2
    for furniture in ("首页", "当前位置", "广告", "分享到", "相关阅读", "版权所有", "ICP", "仅代表作者", "航运评论员"):
        assert furniture not in c.body
    assert not any("starts mid-word" in f.message for f in c.flags)  # 过去一周 is a word


def test_an_info_line_names_its_author_with_a_role_in_brackets():
    from generator.clean.rules.mastheads import read_masthead

    assert read_masthead("2022-06-12 09:12　来源：潮汐财经　作者：林安（航运评论员）") == \
        ("2022-06-12", "潮汐财经", "outlet", {"author": "林安"})
    assert read_masthead("2022-06-12 来源：潮汐财经 编辑：王明")[:3] == ("2022-06-12", "潮汐财经", "outlet")


# -- OCR'd paper pages: running heads and feet, the masthead printed again, page numbers, jumps --

OCR_PAGES = ("南港日報          2022年6月10日 星期五\n經濟 B3\n\n"
             "遠洋貨輪首航 運力提升三成\n\n"
             "【本報訊】遠洋集團(01234)昨日(6月9日)在南港舉行新船首航儀式, 這艘貨輪載重20萬噸,\n"
             "集團董事長李建國表示, 新船將使運力提升三成。（下轉B5版）\n\n"
             "B3                                  南港日報 經濟版\n\n"
             "- 3 -\n\n"
             "南港日報          2022年6月10日 星期五\n\n"
             "（上接B3版）分析師認為, 航運市場回暖, 訂單已排到年底。\n\n"
             "第 5 頁\n\n"
             "(記者 馮海)\n")


def test_running_heads_page_numbers_and_jump_lines_of_a_paper_are_removed():
    c = clean(OCR_PAGES)
    assert c.meta["outlet"] == "南港日報" and c.meta["date"] == "2022-06-10" and c.meta["author"] == "馮海"
    assert c.meta["title"] == "遠洋貨輪首航\u3000運力提升三成"
    ps = paragraphs(c)
    assert ps == ["遠洋集團(01234)昨日（6月9日）在南港舉行新船首航儀式，這艘貨輪載重20萬噸，"
                  "集團董事長李建國表示，新船將使運力提升三成。",
                  "分析師認為，航運市場回暖，訂單已排到年底。"]
    notes = " ".join(e.note for e in c.audit)
    assert "running head or foot" in notes and "page number" in notes and "jump mark" in notes
    assert sum(e.before.startswith("南港日報") for e in c.audit if e.action != "changed") == 2  # printed twice
    assert not missing(OCR_PAGES, c)


def test_the_masthead_printed_again_further_down_is_removed():
    body = "".join(f"第{n}段，航運市場回暖，訂單已排到年底。\n\n" for n in range(12))
    raw = "南港日報          2022年6月10日 星期五\n\n" + body + "南港日報          2022年6月10日 星期五\n\n分析師認為，運價仍會上漲。\n"
    c = clean(raw)
    assert "星期五" not in c.body and len(paragraphs(c)) == 13
    assert any(e.note == "the masthead printed again on a later page" for e in c.audit)


def test_a_sentence_naming_a_page_or_a_paper_stays():
    raw = ("遠洋集團的公告刊登在南港日報第3版，\n詳情見公司網站。\n\n"
           "分析師認為，航運市場回暖，轉第二季度後運價仍有上漲空間。\n")
    c = clean(raw)
    assert "南港日報第3版" in c.body and "轉第二季度" in c.body


# -- a web page saved as text: menu, breadcrumb, ad, share bar, copyright, comments ---------------

TEXT_SAVE = ("首页 | 财经 | 汽车 | 科技 | 评论 | 登录 | 下载潮汐财经APP\n"
             "当前位置：首页 > 评论 > 正文\n【广告】船险限时8折，立即扫码领取优惠券 >>\n\n"
             "运价战没有赢家：航运业的热闹与隐忧\n\n"
             "2022-06-12 09:12　来源：潮汐财经　作者：林安（航运评论员）\n\n"
             "过去一周，远洋集团的新船几乎占据了所有航运话题的中心。\n\n"
             "运价战的代价最终由整个产业链来承担，船东的利润被大幅压缩。\n\n"
             "分享到：微博 | 微信 | QQ空间\n相关阅读\n远洋集团新船首航\n船东联盟宣布降价\n"
             "© 2022 潮汐财经 版权所有　京ICP备12345678号\n违法和不良信息举报电话：010-12345678\n\n"
             "网友评论（2）\n航运老兵：说得太对了，降价只会两败俱伤。\n路人甲：不同意。\n")


def test_a_web_page_saved_as_text_keeps_only_the_article():
    c = clean(TEXT_SAVE)
    assert c.meta["title"] == "运价战没有赢家：航运业的热闹与隐忧"
    assert c.meta["author"] == "林安" and c.meta["outlet"] == "潮汐财经" and c.meta["date"] == "2022-06-12"
    assert paragraphs(c) == ["过去一周，远洋集团的新船几乎占据了所有航运话题的中心。",
                             "运价战的代价最终由整个产业链来承担，船东的利润被大幅压缩。", "## 读者评论",
                             "航运老兵：说得太对了，降价只会两败俱伤。", "路人甲：不同意。"]
    notes = {e.note for e in c.audit if e.action == "removed"}
    for why in ("site menu", "breadcrumb (where the page sits in the site)", "share bar",
                "copyright or licence line of the site", "advertisement or app prompt"):
        assert why in notes
    assert any(e.note.startswith("readers' comments under the article") for e in c.audit)
    assert not missing(TEXT_SAVE, c)


def test_sentences_about_apps_copyright_and_menus_stay():
    raw = ("车主可以下载小米汽车App查看交付进度，\n也可以到门店咨询。\n\n"
           "法院认为，该网站未经授权转载了原告的文章，\n侵犯了原告的著作权。\n\n"
           "首页 财经 科技三个频道的改版将在下月完成，编辑部正在招聘。\n")
    c = clean(raw)
    assert "下载小米汽车App查看交付进度" in c.body and "未经授权转载了原告的文章" in c.body
    assert "三个频道的改版" in c.body and len(paragraphs(c)) == 3


# -- WeChat reposts: the follow prompt, widgets, end marks, like/share calls, reading lists -------

WECHAT = ("点击上方蓝字关注我们\n\n港航观察 2022-06-12 21:46 发表于上海\n\n"
          "原标题：运价战没有赢家\n来源：潮汐财经\n作者：林安\n\n"
          "过去一周，远洋集团的新船几乎占据了所有航运话题的中心。\n\n"
          "运价战的代价最终由整个产业链来承担，船东的利润被大幅压缩。\n\n"
          "- END -\n\n▼\n觉得不错，请点亮“在看”\n分享、点赞、在看，3连3连！\n"
          "往期精选\n远洋集团新船首航\n船东联盟宣布降价\n\n预览时标签不可点\n阅读原文\n")


def test_a_wechat_repost_keeps_the_article_and_reads_the_card():
    c = clean(WECHAT)
    assert c.meta["title"] == "运价战没有赢家" and c.meta["outlet"] == "潮汐财经" and c.meta["author"] == "林安"
    assert c.meta["date"] == "2022-06-12"
    assert paragraphs(c) == ["过去一周，远洋集团的新船几乎占据了所有航运话题的中心。",
                             "运价战的代价最终由整个产业链来承担，船东的利润被大幅压缩。"]
    assert not missing(WECHAT, c)


# -- a Q&A interview saved as text: the turns stay paragraphs with their speaker labels -----------

QA = ("首頁 | 新聞 | 財經 | 評論 | 專訪 | 登入\n當前位置：首頁 > 專訪 > 正文\n\n"
      "專訪｜港口集團總裁陳立：運價戰沒有贏家\n\n2022-06-12 10:30　來源：南港財經網　記者：何嘉欣\n\n"
      "遠洋集團的新船首航後，運價戰一觸即發。本網記者專訪港口集團總裁陳立。\n\n"
      "問：新船投入後，運價會否大跌？\n答：短期會有壓力，但我們不會打價格戰，\n運價最終由供需決定。\n\n"
      "記者：有分析指港口利潤會被壓縮，你怎麼看？\n陳立：壓力一定有。我們會用自動化碼頭降低成本。\n"
      "記者：投資計劃呢？\n陳立：會投入五十億元建設新碼頭。\n\n"
      "問：\n未來三年最大的挑戰是甚麼？\n\n答：\n人才。\n\n"
      "分享到：微博 | 微信 | Facebook\n© 2022 南港財經網 版權所有　未經授權不得轉載\n")


def test_a_qa_interviews_turns_stay_paragraphs_with_their_labels():
    c = clean(QA)
    assert c.meta["title"] == "港口集團總裁陳立：運價戰沒有贏家" and c.meta["kicker"] == "專訪"
    assert c.meta["author"] == "何嘉欣" and c.meta["outlet"] == "南港財經網" and c.meta["date"] == "2022-06-12"
    assert paragraphs(c) == [
        "遠洋集團的新船首航後，運價戰一觸即發。本網記者專訪港口集團總裁陳立。",
        "問：新船投入後，運價會否大跌？",
        "答：短期會有壓力，但我們不會打價格戰，運價最終由供需決定。",
        "記者：有分析指港口利潤會被壓縮，你怎麼看？",
        "陳立：壓力一定有。我們會用自動化碼頭降低成本。",
        "記者：投資計劃呢？",
        "陳立：會投入五十億元建設新碼頭。",
        "問：未來三年最大的挑戰是甚麼？",
        "答：人才。",
    ]
    assert not missing(QA, c)


def test_a_name_opening_one_line_is_not_a_turn():
    raw = "會議結束後，各方仍有分歧。\n陳立：我們會繼續談。\n他隨後離開了會場。\n"
    c = clean(raw)
    assert len(paragraphs(c)) == 1


# -- captions under pictures ---------------------------------------------------------------------

PICTURES = ("# 新船首航\n\n远洋集团8日在上海举行新船首航仪式，这艘货轮载重20万吨。\n\n"
            "![](img/ship.png)\n\n巨轮驶出吴淞口\n\n"
            "集团董事长李建国表示，新船将使运力提升三成。\n\n"
            "![](img/port.png)\n\n2022年6月8日，上海，新船停靠在洋山港码头。\n\n"
            "![](img/chart.png)\n\n分析师归纳：\n\n运价仍有上涨空间。\n")


def test_a_short_line_standing_under_a_picture_is_its_caption():
    c = clean(PICTURES, source="x.md")
    assert "> 巨轮驶出吴淞口" in c.body and "> 2022年6月8日，上海，新船停靠在洋山港码头。" in c.body
    assert paragraphs(c)[-2:] == ["分析师归纳：", "运价仍有上涨空间。"]  # a label under a picture stays text
    assert not missing(PICTURES, c)


def test_short_turns_are_not_headings_and_named_speakers_keep_their_role():
    raw = ("港口集團總裁陳立專訪\n\n遠洋集團的新船首航後，運價戰一觸即發。\n\n問：為甚麼要降價？\n\n答：成本下降了。\n\n"
           "問：會裁員嗎？\n\n陳立（港口集團總裁）：不會。\n\n記者：謝謝\n\n陳立（港口集團總裁）：謝謝\n"
           "記者：再見\n陳立（港口集團總裁）：再見\n")
    c = clean(raw)
    assert "#" not in c.body
    assert paragraphs(c)[1:] == ["問：為甚麼要降價？", "答：成本下降了。", "問：會裁員嗎？",
                                 "陳立（港口集團總裁）：不會。", "記者：謝謝", "陳立（港口集團總裁）：謝謝記者：再見陳立（港口集團總裁）：再見"]
    # (turns printed without final punctuation and without a blank line between them stay joined)
    assert "author" not in c.meta  # "記者：謝謝" is the reporter's turn, not a byline


def test_a_markdown_interviews_bold_labels_lose_their_marks_and_each_turn_is_a_paragraph():
    raw = ("# 港口集團總裁陳立專訪\n\n遠洋集團的新船首航後，運價戰一觸即發。\n\n"
           "**問：**為甚麼要降價？\n**答：**成本下降了，我們也要讓利給客戶。\n")
    c = clean(raw, source="x.md")
    assert paragraphs(c) == ["遠洋集團的新船首航後，運價戰一觸即發。", "問：為甚麼要降價？",
                             "答：成本下降了，我們也要讓利給客戶。"]
    assert not missing(raw, c)


WIRE_TAIL = ("远洋货轮首航成功\n\n海风社上海3月30日电（记者 王海）远洋集团3月29日在上海举行新船首航仪式。\n\n"
             "公司董事长李建国表示，新船将使集团运力提升三成。（完）\n\n【纠错】 【责任编辑：刘畅】\n\n"
             "责编：王芳　审核：李强\n\n（编辑：赵明）\n\n本文来源：海风社\n")


def test_a_wires_closing_credits_source_and_end_mark_leave_the_text():
    c = clean(WIRE_TAIL)
    assert c.meta["outlet"] == "海风社" and c.meta["author"] == "王海"
    assert c.meta["editors"] == ["责任编辑：刘畅", "责编：王芳", "审核：李强", "编辑：赵明"]
    assert paragraphs(c)[-1] == "公司董事长李建国表示，新船将使集团运力提升三成。" and "#" not in c.body
    assert not missing(WIRE_TAIL, c)


def test_an_ocr_headlines_latin_names_and_figures_join_their_part():
    raw = ("南港日報          2022年6月10日 星期五\n\n遠洋 X9 貨輪首航 運力一度提升 30%\n\n"
           "【本報訊】遠洋集團昨日在南港舉行新船首航儀式。\n")
    c = clean(raw)
    assert c.meta["title"] == "遠洋X9貨輪首航\u3000運力一度提升30%"


OCR_AD = ("南港日報          2022年6月10日 星期五\n財經 B3\n\n遠洋貨輪首航 運力提升三成\n\n"
          "【本報訊】遠洋集團昨日在南港舉行新船首航儀式, 這艘貨輪載重20萬噸,\n集團董事長李建國表示, 新船將使運力提升三成。\n\n"
          "廣告\n恒信銀行 按揭優惠\n息率低至3.2厘\n立即致電 2888 8888\n\n"
          "分析師認為, 航運市場回暖, 訂單已排到年底。\n財經 B3\n\n運價仍有上漲空間, 但燃油成本壓力不小。\n")


def test_an_ad_printed_into_the_page_and_a_section_foot_leave_the_text():
    c = clean(OCR_AD)
    assert paragraphs(c) == ["遠洋集團昨日在南港舉行新船首航儀式，這艘貨輪載重20萬噸，集團董事長李建國表示，新船將使運力提升三成。",
                             "分析師認為，航運市場回暖，訂單已排到年底。", "運價仍有上漲空間，但燃油成本壓力不小。"]
    assert {"advertisement label", "text of the advertisement under its label"} <= {e.note for e in c.audit}
    assert not missing(OCR_AD, c)


def test_a_sentence_with_a_phone_number_or_an_offer_stays():
    raw = "銀行推出按揭優惠，息率低至3.2厘。\n\n查詢熱線為2888 8888，市民可致電了解詳情。\n"
    c = clean(raw)
    assert len(paragraphs(c)) == 2 and "2888 8888" in c.body


# -- a web column: bold numbered heads, an info box, prev/next links, a ranking sidebar -----------

COLUMN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>林安专栏丨运价战的尽头是什么_潮汐评论_潮汐网</title>
<meta name="keywords" content="运价,航运"><meta property="og:site_name" content="潮汐网"></head>
<body>
<div id="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/opinion">评论</a></li></ul></div>
<div class="wrap">
<div class="crumbs">潮汐网 &gt; 潮汐评论 &gt; 正文</div>
<div class="main">
<h1 class="title">运价战的尽头是什么</h1>
<div class="info"><span>2022年06月12日 09:12</span> <span>来源：潮汐网</span> <span>作者：林安</span></div>
<div class="content">
<p>过去一周，远洋集团的新船几乎占据了所有航运话题的中心，各家船公司纷纷宣布降价。</p>
<p><strong>一、谁在降价</strong></p>
<p>运价战的代价最终由整个产业链来承担，船东的利润被大幅压缩，港口也难以独善其身。</p>
<p><strong>二、谁来买单</strong></p>
<p>货主短期受益，但长期看，运力出清之后运价会反弹。</p>
<p>（作者系潮汐研究院高级研究员）</p>
</div>
<div class="editor">责任编辑：王芳</div>
<div class="pages"><a href="/a/1">上一篇：远洋集团新船首航</a> <a href="/a/3">下一篇：船东联盟宣布降价</a></div>
</div>
<div class="side"><h3>点击排行</h3><ol><li>远洋集团新船首航</li><li>船东联盟宣布降价</li></ol></div>
</div>
<div id="footer">关于我们 | 联系我们 | 网站地图<br>Copyright © 2022 潮汐网 All Rights Reserved</div>
</body></html>
"""


def test_a_web_columns_heads_and_header_are_read_and_its_furniture_left_out():
    c = clean(COLUMN, source="column.html")
    assert c.meta["title"] == "运价战的尽头是什么" and c.meta["author"] == "林安"
    assert c.meta["outlet"] == "潮汐网" and c.meta["date"] == "2022-06-12"
    assert "## 一、谁在降价" in c.body and "## 二、谁来买单" in c.body
    for furniture in ("首页", "上一篇", "点击排行", "Copyright", "责任编辑", "正文"):
        assert furniture not in c.body
    assert paragraphs(c)[0].startswith("过去一周")


def test_a_features_title_on_the_dateline_line_is_the_title():
    raw = ("海风社上海3月30日电　题：远洋货轮首航，运力提升三成\n　　海风社记者王海　李明\n\n"
           "　　远洋集团3月29日在上海举行新船首航仪式，这艘货轮载重20万吨。\n\n　　公司董事长李建国表示，新船将使运力提升三成。\n")
    c = clean(raw)
    assert c.meta["title"] == "远洋货轮首航，运力提升三成" and c.meta["author"] == "王海、李明"
    assert "#" not in c.body and paragraphs(c)[0].startswith("海风社上海3月30日电") and "题" not in c.body
    assert not missing(raw, c)


def test_bracketed_turn_labels_and_a_word_opening_on_a_label_character():
    raw = ("港口集團總裁陳立專訪\n\n遠洋集團的新船首航後，運價戰一觸即發。\n"
           "【問】新船投入後，運價會否大跌？\n【答】短期會有壓力。\n問題在於燃油成本，\n這一點各方都承認。\n")
    c = clean(raw)
    assert paragraphs(c)[1:] == ["【問】新船投入後，運價會否大跌？", "【答】短期會有壓力。問題在於燃油成本，這一點各方都承認。"]


def test_a_wire_headlines_desk_in_brackets_is_the_kicker():
    raw = "（经济）远洋货轮首航成功\n海风社上海6月9日电（记者 王海）远洋集团8日在上海举行新船首航仪式。\n"
    c = clean(raw)
    assert c.meta["title"] == "远洋货轮首航成功" and c.meta["kicker"] == "经济"


def test_byline_lines_with_their_fields_before_the_date():
    from generator.clean.rules.mastheads import read_masthead

    assert read_masthead("来源：潮汐财经 | 作者：林安 | 2022-06-12") == ("2022-06-12", "潮汐财经", "outlet", {"author": "林安"})
    assert read_masthead("作者：林安　发布时间：2022-06-12")[:3] == ("2022-06-12", "林安", "author")
    assert read_masthead("潮汐财经 2022-06-12 发布")[:3] == ("2022-06-12", "潮汐财经", "outlet")
    assert read_masthead("会议时间：2022-06-12") is None  # a date a sentence gives
    c = clean("# 一周航运梳理\n\n*整理：港航笔记编辑部 | 2022年6月12日*\n\n6月以来，航运市场的消息密集而嘈杂。\n", source="x.md")
    assert c.meta["author"] == "港航笔记编辑部" and c.meta["outlet"] == "港航笔记" and c.meta["date"] == "2022-06-12"


# A plain text that marks its paragraphs by indenting their first line, with no blank lines between
# them (a common form of wire copy and saved .txt pages), and hard-wrapped inside each paragraph.
INDENTED = ("远洋集团新船首航\n\n"
            "\u3000\u3000海风社上海3月30日电（记者 王海）远洋集团3月29日在上海举行新船\n"
            "首航仪式，新船载重二十万吨。\n"
            "\u3000\u3000公司董事长李建国表示，新船将使集团运力提升三成，\n"
            "明年还将再造两艘。\n"
            "\u3000\u3000分析人士认为，运价战可能因此升温。\n")


def test_an_indented_line_after_a_sentence_end_starts_a_paragraph_in_a_text_that_indents_them():
    c = clean(INDENTED)
    paras = paragraphs(c)
    assert paras[-2:] == ["公司董事长李建国表示，新船将使集团运力提升三成，明年还将再造两艘。",
                          "分析人士认为，运价战可能因此升温。"]
    assert any(p.endswith("首航仪式，新船载重二十万吨。") for p in paras)  # the wrapped line still joins
    assert not missing(INDENTED, c)


def test_a_text_that_indents_every_line_is_joined_as_before():
    raw = ("\u3000\u3000远洋集团3月29日在上海举行新船首航仪式，新船\n"
           "\u3000\u3000载重二十万吨。公司董事长李建国表示，运力\n"
           "\u3000\u3000将提升三成。\n")
    assert paragraphs(clean(raw)) == ["远洋集团3月29日在上海举行新船首航仪式，新船载重二十万吨。公司董事长李建国表示，运力将提升三成。"]


def test_a_wires_transmission_header_gives_date_outlet_and_editors_and_leaves_the_text():
    raw = ("【海风社 国内新闻线路】 发稿时间：2022-05-06 09:15:30 稿号：HF0506-0042\n"
           "优先级：普通  类别：经济/交通  字数：640\n\n港口吞吐量创新高\n\n编辑：刘明  签发：张伟\n\n"
           "　　海风社宁波5月6日电（记者 周立）今年前四个月，宁波港的集装箱吞吐量\n同比增长百分之八。\n"
           "　　港口方面表示，全年有望再创新高。\n\n【本稿件版权归海风社所有，未经授权不得转载】\n")
    c = clean(raw)
    assert c.meta["date"] == "2022-05-06" and c.meta["outlet"] == "海风社"
    assert c.meta["title"] == "港口吞吐量创新高"
    assert "签发：张伟" in c.meta["editors"] and "编辑：刘明" in c.meta["editors"]
    assert "稿号" not in c.body and "版权" not in c.body and "签发" not in c.body
    assert paragraphs(c)[-1] == "港口方面表示，全年有望再创新高。"
    assert not missing(raw, c)
