"""A web page's own structure read the same way on any page (pages made up for the test: a
wiki-style entry on a wetland park, a district's notice page, a phone review): section headings
kept without their edit controls, a bold label opening a paragraph read as its heading, superscript
reference marks out of the text (recorded), and a date stated only in a reference list never the
page's date.
"""

from __future__ import annotations

from generator.clean import clean


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


ENTRY = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>青湾湿地公园_某某百科</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/cat">分类</a></div>
<h1>青湾湿地公园</h1>
<div class="summary"><p>青湾湿地公园是位于青湾区北部的城市湿地公园，面积约3.2平方公里<sup>[1]</sup>。公园于2019年对外开放，是候鸟迁徙的重要停歇地<sup>[2-3]</sup>。</p></div>
<table class="infobox"><tr><th>中文名</th><td>青湾湿地公园</td><th>所在地</th><td>青湾区</td></tr>
<tr><th>面积</th><td>约3.2平方公里</td><th>开放时间</th><td>2019年5月</td></tr></table>
<h2>历史沿革<span class="section-edit">编辑 讨论</span></h2>
<p>2015年，青湾区启动湿地修复工程，拆除了沿岸的养殖塘和小码头，恢复了大片芦苇滩涂<sup>[4]</sup>。</p>
<p>2019年5月，公园一期建成开放，首年接待游客超过一百万人次，周末停车位一度紧张<sup>[5]</sup>。</p>
<h2>生态与管理<span class="section-edit">编辑 讨论</span></h2>
<p><b>鸟类</b>　园内记录到的鸟类已有186种，其中包括国家一级保护鸟类东方白鹳，冬季数量最多<sup>[6]</sup>。</p>
<p><b>水质</b>　管理处每月公布水质监测结果，主要断面常年保持在三类水标准以上<sup>[7]</sup>。</p>
<p><b>争议：</b>有居民认为夜间灯光秀影响鸟类栖息，管理处表示已缩短开灯时间<sup>[8]</sup>。</p>
<h2>参考资料<span class="section-edit">编辑</span></h2>
<ol class="refs"><li>[1] 青湾湿地公园简介．青湾日报．2016-03-02</li><li>[2] 候鸟来了．城市周刊．2016-11-20</li></ol>
<div class="stat">浏览次数：12,345次　最近更新：湖畔小吴（2024-10-08）</div>
</body></html>"""


def test_an_entrys_sections_labels_and_marks():
    c = clean(ENTRY, source="entry.html")
    paras = _paras(c.body)
    assert "## 历史沿革" in paras and "## 生态与管理" in paras          # headings kept, controls out
    assert not any("编辑 讨论" in p or "编辑讨论" in p for p in paras)
    for label in ("鸟类", "水质"):
        assert any(p.startswith("#") and p.lstrip("# ") == label for p in paras), label
    assert any(p.startswith("园内记录到的鸟类已有186种") for p in paras)
    # a label with a colon is a field's or a speaker's: it stays in its paragraph
    assert any(p.startswith("争议：有居民认为夜间灯光秀") for p in paras)
    assert "[" not in c.body.replace("](", "")                        # no [n] marks in the text …
    assert any(e.before == "[2-3]" and e.action == "removed" for e in c.audit)  # … each one recorded
    assert c.meta.get("date") != "2016-03-02"                          # a reference's date is not the page's
    assert c.meta.get("date") == "2024-10-08"


NOTICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好今冬供暖工作的通知 - 北河区人民政府</title>
<meta name="publishdate" content="2024-11-01"></head><body>
<article><h1>关于做好今冬供暖工作的通知</h1>
<p>各街道、各有关单位：今冬供暖自11月15日起，至次年3月15日止，共计120天。现将有关事项通知如下。</p>
<p><strong>一是保障热源</strong>　热电厂须在11月10日前完成设备检修，储煤量不少于30天用量。</p>
<p><strong>二是排查管网</strong>　各供热企业对老旧小区管网逐户排查，发现问题限期整改，不得拖延。</p>
<table><tr><th>片区</th><th>开栓日期</th><th>负责单位</th></tr><tr><td>城东</td><td>11月12日</td><td>热力一公司</td></tr>
<tr><td>城西</td><td>11月13日</td><td>热力二公司</td></tr></table>
<p>供暖期间，区住建局设立热线，接受居民对室温不达标的投诉，并在两个工作日内答复。</p>
</article></body></html>"""


def test_a_notices_bold_labels_are_headings_and_its_prose_stays():
    c = clean(NOTICE, source="notice.html")
    paras = _paras(c.body)
    assert any(p.lstrip("# ") == "一是保障热源" and p.startswith("#") for p in paras)
    assert any(p.startswith("热电厂须在11月10日前完成设备检修") for p in paras)
    assert any(p.startswith("供暖期间，区住建局设立热线") for p in paras)


REVIEW = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>新款折叠屏手机上手 | 数码评测</title></head><body>
<article><h1>新款折叠屏手机上手：更轻，但续航一般</h1>
<p>这款手机展开后厚度只有5.1毫米，比上一代薄了近一毫米，握持感明显更好，合上后也能单手操作。</p>
<p><b>续航：</b>重度使用一天需要充两次电，轻度使用可以坚持到晚上，比同价位直板机略差一些。</p>
<p><b>重要的是，这款手机的价格比上一代低了一千元，</b>对想尝鲜的用户更友好，也更容易被家人接受。</p>
<p>屏幕折痕在强光下<b>仍然可见</b>，但日常使用中基本不会注意到，官方承诺的寿命是五十万次开合。</p>
</article></body></html>"""


def test_a_reviews_colon_label_and_bold_prose_stay_in_their_sentences():
    paras = _paras(clean(REVIEW, source="review.html").body)
    assert any(p.startswith("续航：重度使用一天需要充两次电") for p in paras)
    # a bold clause that opens a sentence, and bold words inside one, stay in the sentence
    assert any(p.startswith("重要的是，这款手机的价格") for p in paras)
    assert any(p.startswith("屏幕折痕在强光下仍然可见") for p in paras)


def test_an_infobox_is_read_as_fields_and_a_data_table_keeps_its_header():
    from generator.analyse.tables import linearise

    entry = clean(ENTRY, source="entry.html").body
    box = next(c for c in entry.split("\n\n") if c.startswith("|"))
    assert linearise(box) == ["中文名：青湾湿地公园。", "所在地：青湾区。", "面积：约3.2平方公里。", "开放时间：2019年5月。"]
    notice = clean(NOTICE, source="notice.html").body
    table = next(c for c in notice.split("\n\n") if c.startswith("|"))
    assert table.splitlines()[0].replace(" ", "") == "|片区|开栓日期|负责单位|"


def test_a_pages_bold_speakers_and_repeated_labels_are_not_headings():
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>专访：社区书店店主</title></head><body><article>"
            "<h1>专访：社区书店店主</h1><p>社区书店开业五年，店主讲述了经营的难处和坚持的理由，读者不少是附近的学生。</p>"
            "<p><b>问</b>　书店靠什么维持收入，房租压力大不大？</p><p><b>答</b>　主要靠咖啡和讲座，房租每年涨一成左右。</p>"
            "<p><b>问</b>　以后会不会搬走，或者开分店？</p><p><b>答</b>　不会搬，这里的读者已经习惯了我们。</p>"
            "<p><b>陈店主：</b>我们会一直开下去，哪怕只是小小的一间。</p></article></body></html>")
    paras = _paras(clean(page, source="qa.html").body)
    assert not any(p.startswith("#") and p.lstrip("# ") in ("问", "答", "陈店主") for p in paras)
    assert any(p.startswith("陈店主：我们会一直开下去") for p in paras)


MD_NOTE = """# 城市公园的变化

公园改造已经完成，下面分几个方面介绍。

**绿化**　园内新种了三千棵树，草坪面积扩大了一倍。

**设施**　新建了两座公厕和一个儿童游乐场，周末人流明显增加。

**重要的是，**这次改造没有占用原有的健身区域。

**李园长：**改造花了两年，市民的意见我们都听了。
"""


def test_a_markdown_notes_bold_labels_are_headings_but_speakers_and_clauses_stay():
    paras = _paras(clean(MD_NOTE, source="park.md").body)
    assert "### 绿化" in paras and "### 设施" in paras
    assert any(p.startswith("园内新种了三千棵树") for p in paras)
    assert any(p.startswith("重要的是，这次改造") for p in paras)
    assert any(p.startswith("李园长：改造花了两年") for p in paras)
