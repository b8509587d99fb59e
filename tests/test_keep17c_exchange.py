"""A page whose main text is an exchange keeps every block, each under its author and date
(generator/readers/exchange.py). Synthetic forms on topics unlike the corpora."""

from generator.readers import read

HOTLINE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>工单详情-12345热线</title></head><body>
<div class="top">市民热线　|　首页　工单查询　|　登录</div>
<section class="ask">
<h1>小区电梯频繁停运，物业迟迟不修</h1>
<p class="f">诉求人：王**</p><p class="f">诉求时间：2024-03-02 08:15</p><p class="f">诉求类别：住房</p>
<div class="body"><p>我住在和平路18号小区7栋，楼里唯一的电梯这个月已经停了五次，最长一次停了三天。</p>
<p>楼里有十几位七十岁以上的老人，停梯期间只能请人背上楼，物业说配件要从外地调，一直没有修好。</p></div>
</section>
<section class="answer">
<h2>办理结果</h2>
<p class="f">承办单位：和平区住房和城乡建设局</p><p class="f">办结时间：2024-03-09 17:30</p>
<div class="body"><p>经核查，该电梯主板老化，物业公司已于3月8日更换主板并通过特种设备检验机构检测，恢复运行。</p>
<p>我局已责令物业公司建立每月两次的维保制度，并将该小区列入今年老旧电梯更新计划，预计投入资金46万元。</p></div>
</section>
<div class="footer">版权所有　市政务服务中心</div>
</body></html>"""

CAMPUS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>校长信箱</title></head><body>
<nav>首页 信箱 公开</nav>
<div class="q"><h3>关于研究生宿舍热水供应时间的问题</h3>
<div class="who">提问者：研二学生　提问日期：2024年5月6日</div>
<p>研究生公寓3号楼的热水每天只供应到晚上十点半，做完实验回来常常已经没有热水，希望能延长供应时间。</p></div>
<div class="a"><div class="who">答复部门：后勤保障处　答复日期：2024年5月10日</div>
<p>同学你好，经与热水供应公司协商，自5月15日起研究生公寓热水供应时间延长至晚上十二点。</p>
<p>延长时段新增的能耗费用约每月3.2万元，由学校承担，不调整热水收费标准。</p></div>
<div class="links">友情链接：图书馆 教务处</div>
</body></html>"""

COURT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>诉讼服务问答</title></head><body>
<div class="crumb">首页 > 诉讼服务 > 问答</div>
<article class="letter">
<ul class="meta"><li>来信人：李某</li><li>来信时间：2023-11-20</li></ul>
<p>我在网上购买的二手车被查出是事故车，卖家拒绝退款，我想起诉，请问应当向哪个法院起诉、需要准备哪些材料？</p>
</article>
<article class="reply">
<ul class="meta"><li>答复人：立案庭法官</li><li>答复时间：2023-11-22</li></ul>
<p>根据民事诉讼法的规定，因合同纠纷提起的诉讼，可以向被告住所地或者合同履行地人民法院起诉。</p>
<p>起诉时需提交起诉状、身份证明、购车合同和车辆检测报告等证据材料，诉讼费按标的额分段计算。</p>
</article>
<div class="pager">上一篇　下一篇</div>
</body></html>"""

NEWS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>新桥开通</title></head><body>
<article><h1>跨江新桥今日开通</h1><p class="info">作者：赵一　发布时间：2024-01-05</p>
<p>全长2.4公里的跨江新桥今天上午开通，两岸通行时间由四十分钟缩短到八分钟。</p>
<p>大桥总投资约31亿元，设计时速六十公里，双向六车道。</p></article>
<div class="related"><h3>相关新闻</h3><p>记者：钱二　时间：2024-01-04</p>
<p>跨江新桥进入最后调试阶段，预计下周开通，市民可以期待更便捷的出行。</p></div>
</body></html>"""


def _text(doc):
    return "\n".join(b.text for b in doc.blocks)


def _heads(doc):
    return [b.text for b in doc.blocks if b.kind == "h" and "楼" in b.text]


def test_hotline_handling_record_keeps_the_office_and_its_date():
    # the extractor keeps every field line here: the page is read as a board, each field with its label
    from generator.clean import clean
    c = clean(HOTLINE, source="hotline.html")
    assert "预计投入资金46万元" in c.body and "更换主板" in c.body and "停了五次" in c.body
    assert "和平区住房和城乡建设局" in c.body and "2024-03-09" in c.body
    assert c.body.index("停了五次") < c.body.index("和平区住房和城乡建设局") < c.body.index("46万元")
    assert "版权所有" not in c.body


def test_campus_answer_keeps_the_office_and_its_date():
    doc = read(CAMPUS, "campus.html")
    text = _text(doc)
    assert "延长至晚上十二点" in text and "3.2万元" in text
    heads = _heads(doc)
    assert any("后勤保障处" in h and "2024-05-10" in h for h in heads)
    assert any("研二学生" in h and "2024-05-06" in h for h in heads)
    assert "友情链接" not in text


def test_court_reply_is_kept_after_the_letter():
    doc = read(COURT, "court.html")
    text = _text(doc)
    assert "合同履行地人民法院" in text and "车辆检测报告" in text
    heads = _heads(doc)
    assert len(heads) == 2 and "李某" in heads[0] and "立案庭法官" in heads[1]
    assert text.index("事故车") < text.index("合同履行地")
    assert "下一篇" not in text


def test_a_news_page_with_a_related_box_is_no_exchange():
    doc = read(NEWS, "news.html")
    text = _text(doc)
    assert "缩短到八分钟" in text
    assert "最后调试阶段" not in text
    assert not _heads(doc)
