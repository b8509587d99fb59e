"""A scholarly page's apparatus is apparatus (pages made up for the test, on topics unlike the corpora: a
journal article page on rural broadband, an English-labelled working paper on port congestion, a
thesis abstract page on wetland birds): catalogue rows, cite-this blocks and data-credit lines leave
the body, recorded; the abstract, the sections, their figures and the authors' notes stay; the authors
are every author of the author line; a news page with one "关键词" line keeps it."""

from __future__ import annotations

from generator.clean import clean

JOURNAL = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>农村宽带提速的收入效应——来自三省农户的证据 - 西岭经济评论</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/q">期刊浏览</a> | <a href="/s">投稿指南</a></div>
<div class="article">
<h1>农村宽带提速的收入效应——来自三省农户的证据</h1>
<div class="authors">温景川<sup>1</sup>，蓝若溪<sup>2</sup>，郑和平<sup>1</sup></div>
<div class="affil">（1. 西岭大学 经济学院，四川 成都 610000；2. 南湖农业大学 管理学院，湖北 武汉 430070）</div>
<div class="abstract">
<p><b>摘要：</b>本文利用三省2400户农户的调查数据，评估2021年宽带提速工程对农户收入的影响。研究发现，提速使农户网络销售收入平均提高约18%，但对非农就业的影响不显著。本文认为，宽带只是必要条件，物流与培训才是收入提升的关键。</p>
<p><b>关键词：</b>宽带；农户收入；数字乡村</p>
<p><b>中图分类号：</b>F323.8　　<b>文献标识码：</b>A　　<b>文章编号：</b>1002-0000(2024)05-0031-12</p>
<p><b>基金项目：</b>国家自然科学基金青年项目“数字基础设施与农户增收”（72003000）</p>
<p><b>作者简介：</b>温景川，西岭大学经济学院教授；蓝若溪，南湖农业大学管理学院讲师。</p>
<p><b>收稿日期：</b>2024-03-18</p>
</div>
<h2>一、引言</h2>
<p>截至2023年底，三省行政村光纤通达率已超过98%，但农户网络销售的参与率仍不足三成<sup>[1]</sup>。宽带提速能否转化为收入，取决于农户能否把流量变成订单。</p>
<h2>二、数据与结果</h2>
<table><caption>表1　样本农户收入变化</caption>
<tr><th>组别</th><th>2020年（元）</th><th>2023年（元）</th></tr>
<tr><td>提速村</td><td>31200</td><td>38900</td></tr>
<tr><td>对照村</td><td>30800</td><td>35100</td></tr></table>
<p class="note">资料来源：作者调查整理。</p>
<p>提速村农户的网络销售收入平均增加约2600元，其中特色农产品贡献了七成。对照村的增幅主要来自外出务工。</p>
<h2>三、结论</h2>
<p>宽带提速的收入效应集中在有物流站点的村庄；没有冷链的山区村几乎看不到效果。建议把物流补贴与宽带工程捆绑实施。</p>
<h2>参考文献</h2>
<ol><li>[1] 石光远. 数字鸿沟与农村收入分配[J]. 农业经济问题，2020(4)：12-25.</li>
<li>[2] 易春华. 电商进村的减贫效应[J]. 中国农村经济，2019(9)：40-58.</li></ol>
<div class="cite"><p><b>引用本文：</b></p>
<p>温景川，蓝若溪，郑和平. 农村宽带提速的收入效应——来自三省农户的证据[J]. 西岭经济评论，2024(5)：31-42.</p>
<p>WEN Jingchuan, LAN Ruoxi, ZHENG Heping. The Income Effect of Rural Broadband Upgrades[J]. Xiling Economic Review, 2024(5): 31-42.</p>
<p>导出 EndNote | 导出 BibTeX</p></div>
</div>
<div class="footer">版权所有 © 2024 西岭经济评论编辑部</div>
</body></html>"""


def test_journal_page_apparatus_leaves_and_every_author_stays():
    c = clean(JOURNAL, source="broadband.html")
    body = c.body
    assert "网络销售收入平均提高约18%" in body and "物流与培训才是收入提升的关键" in body
    assert "光纤通达率已超过98%" in body and "建议把物流补贴与宽带工程捆绑实施" in body
    for gone in ("中图分类号", "F323.8", "文献标识码", "基金项目", "收稿日期", "关键词", "引用本文",
                 "Xiling Economic Review", "导出 EndNote", "资料来源：作者调查整理", "石光远"):
        assert gone not in body, gone
    assert "作者简介" in body  # who wrote it stays
    assert c.meta.get("author") == "温景川、蓝若溪、郑和平"
    assert any(e.action == "metadata" and "中图分类号" in e.before for e in c.audit)


WORKING = """Port Congestion Working Paper

港口拥堵与集装箱运价：一个面板分析

作者：梁一舟

Keywords: port congestion; freight rates; supply chain
JEL Classification: F14; R41
DOI: 10.0000/wp.2024.017

本文使用全球40个主要港口2019年至2023年的周度数据，发现平均在港等待时间每增加1天，现货运价上涨约3.2%。拥堵对运价的影响在旺季更强。

据我们估计，2021年运价峰值中约四成可以由拥堵解释，其余来自需求冲击。

Source: 作者根据船舶定位数据计算。

How to cite: Liang Y. Port congestion and container freight rates: a panel analysis[R]. Working Paper No. 17, 2024.
"""


def test_english_labelled_working_paper_rows_and_cite_line_leave():
    c = clean(WORKING, source="ports.txt")
    body = c.body
    assert "现货运价上涨约3.2%" in body and "约四成可以由拥堵解释" in body
    for gone in ("JEL Classification", "DOI: 10.0000", "Keywords:", "How to cite", "Working Paper No. 17",
                 "船舶定位数据计算"):
        assert gone not in body, gone


THESIS = """# 湿地鸟类越冬种群的变化（硕士学位论文摘要）

**关键词**：越冬水鸟；湿地保护；种群动态

**分类号**：Q958　　**收稿日期**：2024-05-02

2019至2024年的同步调查显示，湖区越冬水鸟总数由约4.1万只增至5.3万只，其中鹤类增长最快。

退耕还湿后的浅水区吸引了七成以上的新增个体；但人工投食点附近的鸟群密度过高，疫病风险随之上升。

数据来源：湖区保护站同步调查，笔者整理。
"""


def test_markdown_thesis_page_keeps_findings_and_drops_catalogue():
    c = clean(THESIS, source="birds.md")
    body = c.body
    assert "由约4.1万只增至5.3万只" in body and "疫病风险随之上升" in body
    assert "越冬水鸟；湿地保护" not in body and "收稿日期" not in body
    assert "湖区保护站同步调查" not in body


NEWS = """夜市经济调查：摊位多了，客流没跟上

关键词：夜市

今年以来，全市新增夜市摊位约1200个，但工作日晚间的客流同比下降一成。

资料来源显示，去年同期的摊位空置率只有5%，今年已经升到18%，多数摊主表示难以为继，部分街区开始合并摊位。
"""


def test_a_news_page_with_one_keyword_row_and_a_long_source_sentence_keeps_them():
    c = clean(NEWS, source="nightmarket.txt")
    body = c.body
    assert "关键词：夜市" in body  # one catalogue label alone is no scholarly page
    assert "摊位空置率只有5%" in body and "新增夜市摊位约1200个" in body
