"""Article headers: mastheads, account lines, datelines, repost cards and headlines above a lead.

Every article here is made up for the test (same shapes as newspaper and repost headers).
"""

from __future__ import annotations

from collections import Counter

from generator.clean import clean


def missing(raw, cleaned):
    have = Counter(c for c in cleaned.body if not c.isspace())
    for e in cleaned.audit:
        have.update(c for c in e.before if not c.isspace())
    return Counter(c for c in raw if not c.isspace()) - have


PAPER = ("晨光日报          2023年5月6日 星期六\n财经 B3\n\n"
         "山区学校用上远程课堂 三千学生受益\n老师在城里上课，山里的孩子同步听讲\n\n"
         "【本报讯】记者昨天从市教育局获悉，全市四十所山区学校\n已经全部接入远程课堂系统，三千多名学生\n\n"
         "可以同步收看城区名校的课程。\n\n教育局负责人表示，下一步将扩大覆盖范围。\n")


def test_masthead_is_outlet_and_date_and_the_headline_is_the_title():
    c = clean(PAPER)
    assert c.meta["title"] == "山区学校用上远程课堂\u3000三千学生受益"  # the space separates the parts
    assert c.meta["subtitle"] == "老师在城里上课，山里的孩子同步听讲"
    assert c.meta["outlet"] == "晨光日报" and c.meta["date"] == "2023-05-06"
    assert c.body.startswith("记者昨天") and "本报讯" not in c.body and "受益" not in c.body and "晨光日报" not in c.body
    assert "三千多名学生可以同步收看城区名校的课程。" in c.body  # hard-wrapped lead still joined
    assert "财经" not in c.body and any(e.before == "财经 B3" for e in c.audit)
    assert not missing(PAPER, c)


WIRE = ("江南快讯 2021年11月3日 电讯稿\n\n港口吞吐量创新高 集装箱运输回暖\n\n"
        "江南社宁波11月3日电（记者 周立）今年前十个月，宁波港的集装箱吞吐量\n同比增长百分之八。\n\n"
        "港口方面表示，全年有望再创新高。\n")


def test_wire_masthead_dateline_and_reporter():
    c = clean(WIRE)
    assert c.meta["title"] == "港口吞吐量创新高\u3000集装箱运输回暖"
    assert c.meta["outlet"] == "江南快讯" and c.meta["date"] == "2021-11-03" and c.meta["author"] == "周立"
    assert c.body.startswith("江南社宁波11月3日电（记者周立）今年前十个月")  # the dateline stays in the text
    assert not missing(WIRE, c)


def test_dateline_takes_the_year_from_the_masthead_and_crosses_new_year():
    raw = ("北方晨报 2024年1月1日 星期一\n\n冰雪节开幕 游客涌入\n\n"
           "本报哈尔滨12月31日讯（记者 刘洋）冰雪节昨晚开幕，首日接待游客五万人次。\n\n活动将持续两个月。\n")
    c = clean(raw)
    assert c.meta["date"] == "2023-12-31" and c.meta["title"] == "冰雪节开幕\u3000游客涌入"
    assert c.meta["outlet"] == "北方晨报" and c.meta["author"] == "刘洋"


def test_dateline_without_any_year_leaves_the_date_empty():
    raw = "冰雪节开幕 游客涌入\n\n本报哈尔滨12月31日讯 冰雪节昨晚开幕，首日接待游客五万人次。\n\n活动将持续两个月。\n"
    c = clean(raw)
    assert "date" not in c.meta and c.meta["title"] == "冰雪节开幕\u3000游客涌入"


def test_dateline_year_of_its_own():
    raw = "新华社北京2022年3月5日电 十三届全国人大五次会议今天开幕。\n\n会议为期一周。\n"
    assert clean(raw).meta["date"] == "2022-03-05"


def test_not_a_dateline_when_dian_starts_a_word():
    raw = "今年5月6日电商平台的销量再创新高。\n\n业内人士认为，增长还将持续。\n"
    assert "date" not in clean(raw).meta


REPOST = ("城市观察站 2022-08-15 09:30 发表于广州\n\n原标题：老街区改造完成 居民陆续回迁\n来源：南方晚报\n作者：陈静\n\n"
          "经过两年的改造，老街区的三百多户居民陆续搬回了新居。\n\n街道办表示，配套的菜市场下月开业。\n")


def test_repost_account_line_and_card():
    c = clean(REPOST)
    assert c.meta["title"] == "老街区改造完成 居民陆续回迁"
    assert c.meta["outlet"] == "南方晚报" and c.meta["author"] == "陈静" and c.meta["date"] == "2022-08-15"
    assert c.body.startswith("经过两年的改造") and "原标题" not in c.body and "城市观察站" not in c.body
    notes = {e.before: e.note for e in c.audit}
    assert "repost card → outlet" == notes["来源：南方晚报"]
    assert not missing(REPOST, c)


def test_account_line_alone_gives_outlet_and_date():
    raw = "城市观察站 2022-08-15 09:30 发表于广州\n\n老街区改造完成\n\n经过两年的改造，居民陆续搬回了新居。\n"
    c = clean(raw)
    assert c.meta["outlet"] == "城市观察站" and c.meta["date"] == "2022-08-15"
    assert c.meta["title"] == "老街区改造完成" and c.body.startswith("经过两年")


def test_credit_line_with_a_date_is_metadata():
    raw = "夜间公交线路调整 新增三条线路\n\n编辑部整理｜2024年1月9日\n\n从下周一起，全市夜间公交新增三条线路。\n"
    c = clean(raw)
    assert c.meta["date"] == "2024-01-09" and c.meta["credits"] == ["编辑部整理"]
    assert c.meta["title"] == "夜间公交线路调整\u3000新增三条线路" and "subtitle" not in c.meta
    assert c.body.strip() == "从下周一起，全市夜间公交新增三条线路。"


def test_a_date_in_a_sentence_is_never_a_masthead():
    for line in ("新馆定于 2023年5月6日 正式开放，", "新馆定于 2023年5月6日", "会议于2023年5月6日召开"):
        c = clean(f"图书馆新馆开放\n\n{line}\n届时将提供二十万册藏书。\n")
        assert "date" not in c.meta and "outlet" not in c.meta, line


PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<article><h1>山区学校用上远程课堂</h1><p>记者昨天从市教育局获悉，全市四十所山区学校已经全部接入远程课堂系统。</p>"
        "<p>教育局负责人表示，下一步将扩大覆盖范围，让更多孩子受益。</p></article></body></html>")


def test_page_title_with_the_site_name_gives_the_outlet():
    for title in ("山区学校用上远程课堂 - 晨光新闻网", "山区学校用上远程课堂_教育频道_晨光新闻网", "晨光新闻网 | 山区学校用上远程课堂"):
        c = clean(PAGE.format(title=title))
        assert c.meta["title"] == "山区学校用上远程课堂" and c.meta["outlet"] == "晨光新闻网", title
    c = clean(PAGE.format(title="山区学校用上远程课堂"))
    assert "outlet" not in c.meta


def test_spaced_headline_with_a_deck_above_an_unmarked_lead():
    raw = ("山区学校用上远程课堂 三千学生受益\n老师在城里上课，山里的孩子同步听讲\n\n"
           "记者昨天从市教育局获悉，全市四十所山区学校\n已经全部接入远程课堂系统。\n\n负责人表示，下一步将扩大覆盖范围。\n")
    c = clean(raw)
    assert c.meta["title"] == "山区学校用上远程课堂\u3000三千学生受益"
    assert c.meta["subtitle"] == "老师在城里上课，山里的孩子同步听讲"
    assert c.body.startswith("记者昨天从市教育局获悉，全市四十所山区学校已经全部接入远程课堂系统。\n")
    assert not missing(raw, c)


def test_wechat_account_line_and_role_byline_with_a_date():
    raw = ("原创 王明 科技前沿圈 科技前沿圈 2023-05-06 20:15 发表于上海\n\n山区学校用上远程课堂\n\n"
           "文｜李华  2023年5月6日\n\n【本报讯】（记者 赵强）记者昨天从市教育局获悉，四十所山区学校接入了远程课堂。\n")
    c = clean(raw)
    assert c.meta["outlet"] == "科技前沿圈" and c.meta["date"] == "2023-05-06" and c.meta["author"] == "李华"
    assert c.meta["title"] == "山区学校用上远程课堂" and c.body.startswith("记者昨天从市教育局获悉")
    assert not missing(raw, c)


def test_reporter_after_benbaoxun_is_the_author():
    raw = "春季花展开幕\n\n本报讯（记者 孙悦）今年的春季花展今天在人民公园开幕。\n\n展期一个月。\n"
    c = clean(raw)
    assert c.meta["author"] == "孙悦" and "date" not in c.meta and c.body.startswith("今年的春季花展")


def test_bar_byline_is_the_author():
    raw = "城市更新的下一步\n\n老城区的改造该怎么走，各方看法不一。\n\n某某研究院研究员丨王明\n\n老街区改造完成了。\n"
    c = clean(raw)
    assert c.meta["author"] == "王明" and "王明" not in c.body and not missing(raw, c)
    # a headline in the same shape is not a byline
    c = clean("小米丨新品发布\n\n老街区改造完成了。\n")
    assert "author" not in c.meta


def test_repost_card_label_variants():
    c = clean("城市观察站 2022-08-15 09:30 发表于广州\n\n本文来源：南方晚报\n作者：陈静\n\n经过两年的改造，居民陆续搬回了新居。\n")
    assert c.meta["outlet"] == "南方晚报" and c.meta["author"] == "陈静" and c.body.startswith("经过两年")
    c = clean("原标题：《老街区改造完成》\n转载自：南方晚报\n\n经过两年的改造，居民陆续搬回了新居。\n")
    assert c.meta["title"] == "老街区改造完成" and c.meta["outlet"] == "南方晚报"
    c = clean("来源：南方晚报\n作者：陈静\n\n经过两年的改造，居民陆续搬回了新居。\n")
    assert c.meta["outlet"] == "南方晚报" and c.meta["author"] == "陈静" and "title" not in c.meta
    # two labelled lines inside the text are text
    c = clean("经过两年的改造，居民陆续搬回了新居。\n\n来源：南方晚报\n作者：陈静\n\n街道办表示，菜市场下月开业。\n")
    assert "outlet" not in c.meta


def test_a_web_copy_date_line_with_labelled_source_and_author():
    for line, author in (("2023-05-06 20:15:32 来源：新华网 作者：王明", "王明"),
                         ("发布时间：2023-05-06 20:15 来源：新华网", None), ("来源：新华网 2023-05-06", None)):
        c = clean(f"山区学校用上远程课堂\n\n{line}\n\n记者从教育部获悉，一万所山区学校接入远程课堂。\n")
        assert c.meta["date"] == "2023-05-06" and c.meta["outlet"] == "新华网", line
        assert c.meta.get("author") == author and c.meta["title"] == "山区学校用上远程课堂", line
        assert c.body.startswith("记者从教育部获悉"), line


def test_a_paper_name_on_its_own_line_above_its_date_line():
    raw = "晨光日报\n2023年5月6日 星期六 第B3版\n\n山区学校用上远程课堂\n\n记者从教育部获悉，一万所山区学校接入远程课堂。\n"
    c = clean(raw)
    assert c.meta["outlet"] == "晨光日报" and c.meta["date"] == "2023-05-06"
    assert c.meta["title"] == "山区学校用上远程课堂" and c.body.startswith("记者从教育部获悉") and not missing(raw, c)


def test_masthead_shapes():
    from generator.clean.rules.mastheads import read_masthead

    assert read_masthead("晨光日报 二〇二三年十二月二十六日 星期二")[:2] == ("2023-12-26", "晨光日报")
    assert read_masthead("科技前沿圈 2023年05月06日 20:15 上海")[:2] == ("2023-05-06", "科技前沿圈")
    assert read_masthead("2023年5月6日 星期六 晨光日报")[:2] == ("2023-05-06", "晨光日报")
    assert read_masthead("晨光日報｜2023年5月6日｜週六")[:2] == ("2023-05-06", "晨光日報")
    for text in ("会议 2023年5月6日 召开", "2023年5月6日 星期六 晴", "截至 2023年5月6日", "2023年5月6日，市场回暖。",
                 "会议时间：2023-05-06"):
        assert read_masthead(text) is None, text


def test_page_og_title_with_the_site_name_gives_the_headline():
    page = PAGE.replace("<title>{title}</title>", "<title>{title}</title><meta property='og:title' content='{title}'>")
    c = clean(page.format(title="山区学校用上远程课堂 - 晨光新闻网"))
    assert c.meta["title"] == "山区学校用上远程课堂" and c.meta["outlet"] == "晨光新闻网"


def test_page_info_line_under_the_headline_gives_outlet_author_and_date():
    page = PAGE.replace("<h1>山区学校用上远程课堂</h1>",
                        "<h1>山区学校用上远程课堂</h1><div class='info'>2023-05-06 20:15 来源：晨光日报 作者：王明</div>")
    c = clean(page.format(title="山区学校用上远程课堂-教育-晨光新闻网"))
    assert c.meta["title"] == "山区学校用上远程课堂" and c.meta["outlet"] == "晨光日报"
    assert c.meta["author"] == "王明" and c.meta["date"] == "2023-05-06" and "来源" not in c.body
    c = clean(PAGE.format(title="山区学校用上远程课堂-教育-晨光新闻网"))
    assert c.meta["outlet"] == "晨光新闻网"  # no info line: the site's name


def test_markdown_headline_line_above_a_news_lead():
    raw = "---\ndate: 2023-05-06\n---\n\n山区学校用上远程课堂 三千学生受益\n\n【本报讯】记者昨天从市教育局获悉，四十所山区学校接入了远程课堂。\n"
    c = clean(raw, source="x.md")
    assert c.meta["title"] == "山区学校用上远程课堂\u3000三千学生受益" and c.body.startswith("记者昨天")


def test_dateline_wins_over_the_masthead_date_and_says_so():
    c = clean("晨光日报 2023年5月7日 星期日\n\n港口吞吐量创新高\n\n新华社宁波5月6日电（记者 周立）今天，宁波港的集装箱吞吐量同比增长。\n")
    assert c.meta["date"] == "2023-05-06" and c.meta["outlet"] == "晨光日报"
    assert any("replaces the date 2023-05-07" in e.note for e in c.audit)


def test_repost_line_naming_the_original():
    raw = ("科技前沿圈 2023-05-06 20:15 发表于上海\n\n以下文章来源于晨光日报 ，作者王明\n\n山区学校用上远程课堂\n\n"
           "记者昨天从市教育局获悉，四十所山区学校接入了远程课堂。\n")
    c = clean(raw)
    assert c.meta["outlet"] == "晨光日报" and c.meta["author"] == "王明" and c.meta["date"] == "2023-05-06"
    assert c.meta["title"] == "山区学校用上远程课堂" and c.body.startswith("记者昨天") and not missing(raw, c)
    c = clean("本文转载自公众号“晨光日报”\n\n山区学校用上远程课堂\n\n记者昨天从市教育局获悉，四十所山区学校接入了远程课堂。\n")
    assert c.meta["outlet"] == "晨光日报" and c.meta["title"] == "山区学校用上远程课堂"


def test_a_long_headline_in_parts_above_a_wire_lead_is_the_title():
    # a headline of three parts (32 characters, Latin and decimals in it) over a hard-wrapped lead
    raw = ("江南快讯 2023年5月6日 电讯稿\n\n星河S7正式上市 起售价21.59万元 24小时大定88898台\n\n"
           "江南社杭州5月6日电（记者 王明）星河公司5月5日晚在杭州举行发布会，旗下首款手机\n"
           "星河S7正式上市。标准版和高配版售价分别为2999元和3999元。\n\n公司表示，首批手机将于下周交付。\n")
    c = clean(raw)
    assert c.meta["title"] == "星河S7正式上市\u3000起售价21.59万元\u300024小时大定88898台"
    assert c.body.startswith("江南社杭州5月6日电（记者王明）星河公司")
    assert not missing(raw, c)
