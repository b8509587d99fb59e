"""A document an office suite saved as a web page reads as its text: no date from the suite's namespace
addresses, no letterhead or footer in the text, the issuing body as outlet, words split by language
spans whole, the table a table (generator/readers/office.py). Synthetic pages, topics unlike the corpora."""

from generator.clean import clean

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>王某</o:Author><o:Created>2019-02-01T01:00:00Z</o:Created>
<o:Company>某某公司</o:Company></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {{mso-style-unhide:no; margin:0cm;}} @page WordSection1 {{size:595.3pt 841.9pt;}} --></style>
</head><body lang=ZH-CN><div class=WordSection1>
"""

P = "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>{}</span><span lang=EN-US><o:p></o:p></span></p>\n"

RELEASE = HEAD.format(title="滨江湿地公园候鸟数量创新高") + """
<p class=MsoHeader><span>滨江区生态环境保护协会</span><span lang=EN-US><o:p></o:p></span></p>
<p class=MsoHeader><span>新闻通稿</span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>滨江湿地公园候鸟数量创新高</span></b></p>
""" + P.format("2023年12月18日，滨江区生态环境保护协会发布越冬候鸟监测结果。今年监测到越冬候鸟<span lang=EN-US>4.6</span>万只，比去年增加约18%。") \
    + P.format("协会秘书长孙某表示，湿地补水工程完工后，浅滩面积扩大了三成，黑鹳等珍稀鸟类连续第三年到访。") \
    + P.format("协会同时提醒，周边道路夜间照明对鸟类有干扰，建议管理部门调整路灯照射方向。") + """
<p class=MsoNormal align=center><span>（完）</span></p>
<p class=MsoFooter><span>联系人：赵某  电话：010-1234 5678</span></p>
</div></body></html>"""

SPEC = HEAD.format(title="新型环卫车投入使用") + """
<p class=MsoHeader><span>某市城市管理委员会</span></p>
""" + P.format("2022年9月5日，某市首批<span lang=EN-US>30</span>辆纯电动环卫车投入使用，每辆车每年可减少碳排放约<span lang=EN-US>12</span>吨。") \
    + P.format("市城市管理委员会介绍，新车采用模块化电池，换电只需五分钟，作业时间延长到每天十小时。") \
    + P.format("首批车辆将在老城区的四十条主干道上作业，明年将再更换一百辆柴油环卫车。") + """
<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal><b><span>车型</span></b></p></td><td><p class=MsoNormal><span lang=EN-US>A</span><span>型</span></p></td></tr>
<tr><td><p class=MsoNormal><span>续航</span></p></td><td><p class=MsoNormal><span lang=EN-US>260km</span></p></td></tr></table>
</div></body></html>"""

WPS = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40"><head><meta charset="utf-8"><meta name=Generator content="WPS Office">
<title>社区食堂开业</title></head><body><div class=Section0>
<p class=MsoHeader><span>某街道办事处</span></p>
<p class=MsoNormal><b><span>社区食堂开业</span></b></p>
""" + P.format("2021年3月1日，某街道第一家社区食堂开业，六十岁以上老人就餐每餐补贴四元。") \
    + P.format("街道办事处负责人介绍，食堂每天供应午餐和晚餐，预计每天服务三百名老人，全年补贴资金约四十万元。") \
    + P.format("开业当天，不少老人在食堂门口排队，有人说终于不用自己做饭了。") + """
</div></body></html>"""


def test_release_reads_without_the_suites_bookkeeping():
    cleaned = clean(RELEASE, source="release.htm")
    body, meta = cleaned.body, cleaned.meta
    assert meta.get("date") == "2023-12-18"
    assert meta.get("outlet") == "滨江区生态环境保护协会"
    assert "新闻通稿" not in body and "联系人" not in body and "（完）" not in body
    assert "mso-" not in body and "o:p" not in body and "DocumentProperties" not in body
    assert "越冬候鸟4.6万只" in body  # the span inside the figure splits nothing


def test_namespace_address_is_no_date_and_table_stays_a_table():
    cleaned = clean(SPEC, source="spec.htm")
    assert cleaned.meta.get("date", "").startswith("2022")
    assert "2004" not in cleaned.meta.get("date", "")
    assert "首批30辆纯电动环卫车" in cleaned.body
    assert "| 续航 | 260km |" in cleaned.body
    assert cleaned.meta.get("outlet") == "某市城市管理委员会"


def test_wps_page_header_leaves_and_names_the_issuer():
    cleaned = clean(WPS, source="wps.htm")
    assert cleaned.meta.get("outlet") == "某街道办事处"
    assert not cleaned.body.lstrip().startswith("某街道办事处")
    assert "六十岁以上老人就餐每餐补贴四元" in cleaned.body
    assert cleaned.meta.get("date", "").startswith("2021")


def test_the_suites_file_name_is_no_title():
    for name in ("Microsoft Word - 通稿终稿1205.docx", "新建 Microsoft Word 文档", "文档1"):
        page = RELEASE.replace("<title>滨江湿地公园候鸟数量创新高</title>", f"<title>{name}</title>")
        cleaned = clean(page, source="named.htm")
        assert cleaned.meta.get("title") == "滨江湿地公园候鸟数量创新高", name
        assert not cleaned.body.lstrip().startswith("滨江湿地公园候鸟数量创新高")
