"""Digests that say what the article argues, on synthetic articles (an investor Q&A page of a
tea-machine maker, a magazine feature on a ferry line, a museum's news page; topics no corpus has):

* an investor's question under its asker's label ("投资者提问：…", "网友问：…") is neither the thesis
  nor a summary point nor a briefing point: the page's statements are the answers;
* a photo's caption ("图／…提供　…", "摄影／…") is never a summary point nor a briefing point;
* a platform's warning to investors ("…以正式公告为准，审慎决策，注意投资风险") is no summary line;
* a share's quote line ("最新：38.62 +4.13% 更新时间：…") gives no key figure.
"""

from __future__ import annotations

from tests.test_index import _article, _run

QA = "\n\n".join([
    "青禾智能投资者问答",
    "投资者应当以上市公司在指定媒体上发布的正式公告为准，审慎决策，注意投资风险。",
    "投资者提问：问青禾智能：最近茶饮机行业一轮接一轮降价，对手也跟着降价了。请问价格战对公司毛利率有没有影响？",
    "公司回答青禾智能：您好！受下游价格竞争加剧影响，公司一季度综合毛利率为21.4%，同比下降3.1个百分点，"
    "公司正通过提升良率降本增效。",
    "网友提问：问青禾智能：新工厂的消息大家都很关心，产能规模也很受关注。请问什么时候投产？",
    "公司回答青禾智能：您好！公司新工厂已于3月开工建设，达产后将新增年产能约20万台，价格战下规模效应更加重要。",
    "青禾智能（301998）最新：18.62 +4.13% 更新时间：2031-05-10 15:00",
    "青禾电子（301997）最新：9.30涨跌幅：-1.27%更新时间：2031-05-10 15:00",
])

FEATURE = "\n\n".join([
    "渡轮之争：赢了客流，输了利润",
    "图／海联航运提供　董事长周启明在3月28日首航仪式上公布票价，比高铁便宜约三成。",
    "海联航运的电动渡轮首航40天，客流突破30万人次，但每开一班就亏损约1.2万元。",
    "分析师林振邦估算，以目前的电费和折旧计算，每班亏损约在1万至1.5万元之间，航线至少要日均载客8000人才能打平。",
    "摄影／陈冠华　首航当天，码头排起长队，乘客争相合影。",
    "公司表示将在6月加开夜班船，力争全年载客300万人次，但价格战下利润仍难改善。",
])


def _digest(analysis, slug):
    return analysis.digest(slug)


def _quotes(analysis):
    return [c.quote for p in analysis.points for c in p.citations] + [p.statement for p in analysis.points]


def test_an_investors_question_is_no_thesis_no_point_and_no_briefing_claim():
    an = _run(_article("qa", QA, title="投资者关系", date="2031-05-12"))
    summary = _digest(an, "qa").summary
    assert summary, summary
    for line in summary:
        assert "提问" not in line.text and "请问" not in line.text, summary
        assert "投资风险" not in line.text, summary  # the platform's warning to investors is no point
    assert "毛利率为21.4%" in summary[0].text or "新增年产能" in summary[0].text, summary
    asked = [q for q in _quotes(an) if "提问" in q or "请问" in q]
    assert not asked, asked


def test_a_caption_is_no_summary_point_and_no_briefing_claim():
    an = _run(_article("ferry", FEATURE, title="渡轮之争：赢了客流，输了利润", date="2031-05-08"))
    summary = _digest(an, "ferry").summary
    assert summary, summary
    for line in summary:
        assert not line.text.startswith(("图／", "摄影／")) and "首航仪式上公布票价" not in line.text, summary
    captions = [q for q in _quotes(an) if "首航仪式上公布票价" in q or "争相合影" in q]
    assert not captions, captions


def test_a_share_quote_line_gives_no_key_figure():
    from generator.render.figures import digest_figures

    an = _run(_article("qa", QA, title="投资者关系", date="2031-05-12"))
    mine = [f for f in an.figures if f.article == "qa"]
    shown = [f.value + f.unit for f in digest_figures(mine)]
    assert not any(x in v for v in shown for x in ("4.13", "18.62", "1.27", "9.30")), shown
    assert any("21.4" in v for v in shown), shown  # the story's own figure stays
