"""A digest's conclusion is where the argument closes, not where the page ends: a transcript's
host signing off, a newsletter's subscription footer, a research note's risk list; and no summary
line is a ticker, a credit glued from another paragraph or a turn's "我" without its speaker. Each
on a small synthetic article written for the test (an invented metro line, city and people)."""

from __future__ import annotations

from tests.test_index import _article, _run

TRANSCRIPT = "\n\n".join([
    "主持人：各位观众晚上好，欢迎收看《城市夜谈》。今天我们请到两位来宾，一起聊聊东河市地铁九号线延期开通的事情。",
    "来宾：周明远（东河交通大学教授）、吴佩琳（城建研究院研究员）※本逐字稿由语音识别系统自动产生，如有错漏以节目播出内容为准。",
    "来宾（东河交通大学教授周明远）：我认为延期本身不可怕。九号线的信号系统换了供应商，调试周期本来就需要半年以上，"
    "市政府选择推迟开通是对乘客安全负责的做法。",
    "主持人：那么延期会带来多大的损失？",
    "来宾（城建研究院研究员吴佩琳）：损失主要在沿线商铺。沿线的三个新建商场原本按照今年十月开通来招商，"
    "现在租户纷纷要求减租，开发商的现金流压力明显加大。我认为市政府应该尽快公布新的开通时间表。",
    "主持人：周教授怎么看商铺的问题？",
    "来宾（东河交通大学教授周明远）：商铺的压力是真实的，但不能因为招商的压力就让一条信号系统没有调试完的线路仓促载客。"
    "安全调试和商业补偿应该分开处理，由市政府设立专门的过渡补贴来解决沿线商户的困难。",
    "主持人：好，今天非常谢谢两位来宾的精彩分析，我们明天同一时间再见。",
])

NEWSLETTER = "\n\n".join([
    "东河晨报简报第208期。",
    "东河市地铁九号线确认延期开通，原定今年十月的开通时间推迟至明年春季，市交通局称信号系统调试尚未完成。",
    "沿线三个新建商场的租户要求减租，开发商表示将与租户协商过渡期的租金安排，部分商户已经暂停装修。",
    "我们的看法：延期对沿线商业的冲击会持续半年以上，过渡补贴的力度将决定商户能否撑到开通。",
    "另据气象台消息，本周末全市将迎来今冬第一场寒潮，最低气温降至零下五度，气象台提醒市民注意添衣保暖。",
    "本期编辑：韩青。你收到这封邮件是因为你订阅了东河晨报的每日简报，如需退订请点击页面底部的链接。",
])

NOTE = "\n\n".join([
    "九号线延期点评：运营推迟，沿线商业承压。",
    "东河市地铁九号线原定今年十月开通，现推迟至明年春季，主要原因是信号系统更换供应商后需要重新调试。",
    "我们判断延期对沿线商业地产的影响集中在未来两个季度，租金收入可能下降一到两成，开发商的现金流压力上升。",
    "投资建议：维持行业中性评级，建议关注现金流稳健、在建项目少的城市综合体运营商，回避高负债的区域开发商。",
    "风险提示：开通时间进一步推迟；补贴政策不及预期；商业地产租金下滑超预期。",
])

LIVE = "\n\n".join([
    "东河地铁九号线开通直播 阅读量：12.3万 [立即刷新] [关闭刷新] 行情|东河交投 8.15 ▲+0.21(+2.6%) |东河城建 5.02 ▼-0.08(-1.6%)",
    "（编辑 韩青）市交通局下午宣布，九号线信号系统调试已经完成，首批列车将于下周一起开始空载试运行。",
    "交通局表示，空载试运行将持续三个月，期间如果各项指标达标，九号线将在明年春季正式开通载客，沿线商户对此表示欢迎。",
    "沿线商户代表说，开通时间终于有了准信，商场的招商工作可以重新启动，租户减租的谈判也有了依据。",
])


def _summary(slug, body, title, date="2025-10-20"):
    return _run(_article(slug, body, title=title, date=date)).digests[0].summary


def test_a_transcripts_host_neither_opens_nor_closes_the_digest():
    summary = _summary("tv", TRANSCRIPT, "《城市夜谈》逐字稿：九号线延期")
    assert summary, summary
    assert not any(s.text.startswith("主持人") or "再见" in s.text or "欢迎收看" in s.text for s in summary), summary
    assert summary[0].paragraph in ("p3", "p5", "p7"), summary[0]  # a guest's turn, not the cast list
    assert not any("※" in s.text for s in summary), summary


def test_a_turns_first_person_is_shown_only_with_its_speaker_label():
    summary = _summary("tv2", TRANSCRIPT, "《城市夜谈》逐字稿：九号线延期")
    for s in summary:
        if "我认为" in s.text:
            assert s.text.startswith("来宾（"), s.text  # "我认为市政府应该…" alone: whose view?


def test_a_newsletters_unsubscribe_footer_is_no_conclusion():
    summary = _summary("nl", NEWSLETTER, "东河晨报每日简报")
    assert summary
    assert not any("你收到这封邮件" in s.text or "退订" in s.text for s in summary), summary
    closing = [s for s in summary if s.role == "conclusion"]
    assert not closing or "寒潮" not in closing[0].text, closing  # other news is no conclusion


def test_a_research_notes_risk_list_is_no_conclusion():
    summary = _summary("rn", NOTE, "九号线延期点评：运营推迟，沿线商业承压")
    assert summary
    assert not any(s.text.startswith("风险提示") for s in summary), summary


def test_a_ticker_and_a_credit_glued_from_another_entry_are_no_summary_lines():
    summary = _summary("lb", LIVE, "东河地铁九号线开通直播")
    assert summary
    assert not any("▲" in s.text or "[立即刷新]" in s.text or "|" in s.text for s in summary), summary
    assert not any(s.text.startswith(("（编辑", "(编辑")) for s in summary), summary


def test_a_name_that_reads_as_a_piece_of_a_clause_is_no_keyword():
    from generator.analyse.keywords import name_fragment

    for piece in ("仍取决于东河法院", "短期内获得东河法院", "若东岭公司股份", "影响东岭置业集团"):
        assert name_fragment(piece), piece
    for name in ("东岭置业集团", "南湖水务", "东河交通大学", "月之暗面", "生财有术", "城市夜谈"):
        assert not name_fragment(name), name


def test_a_transcripts_turn_labels_are_no_keywords_but_a_named_speaker_is():
    digest = _run(_article("kw", TRANSCRIPT, title="《城市夜谈》逐字稿：九号线延期", date="2025-10-20")).digests[0]
    assert not {"主持人", "来宾"} & set(digest.keywords), digest.keywords
    qa = "\n\n".join(["韩青：九号线延期开通，信号系统调试需要半年，沿线商铺的租金收入受到影响。",
                      "记者：那么沿线商铺怎么办？",
                      "韩青：市政府应该设立过渡补贴，信号系统调试完成之前，沿线商铺可以申请减租。",
                      "韩青：九号线的信号系统调试是安全问题，不能为了商铺仓促开通。"])
    other = _article("o", "东河市地铁八号线运营平稳，客流逐月上升。", title="八号线", date="2025-10-20")
    digests = {d.article: d for d in _run(_article("qa", qa, title="专访韩青", date="2025-10-20"), other).digests}
    assert "记者" not in digests["qa"].keywords, digests["qa"].keywords
