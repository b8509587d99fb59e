"""Summary lines an editor would strike, by their structure: a run of bulleted headlines or
interface words glued to a paragraph ("．A．B", "...展开"), a view held by nobody named ("有人说…"),
a host whose label carries his name ("主持人周岚："); and the thesis of an explainer in questions and
answers (answers reporting what named others say) is its lead, while a column's thesis is the
author's "必须…". On small synthetic articles written for the test (an invented town library), not
on any corpus's wording."""

from __future__ import annotations

from tests.test_index import _article, _run


def _summary(body, **kw):
    return _run(_article("lib", body, **kw)).digests[0].summary


def test_a_run_of_bulleted_headlines_and_interface_words_are_no_summary_line():
    body = "\n\n".join([
        "青河镇图书馆昨日宣布，因馆舍老化，将于下月起闭馆改造，预计闭馆一年，期间开设两处临时借阅点。",
        "馆长周岚说，改造后的新馆将增加自习座位和儿童阅览区，藏书量也会从8万册增加到12万册。",
        "...展开不少读者在馆外排队办理续借手续，一些老读者说希望临时借阅点能延长开放时间。",
        "镇政府表示，改造经费已列入今年预算，施工期间将尽量减少对周边居民的影响，工程完工后将对外公布验收结果。",
        "．青河镇中学新建体育馆投入使用．青河镇夜市本周末开张．青河镇公交线路调整方案公布",
    ])
    texts = [s.text for s in _summary(body, title="青河镇图书馆闭馆改造", date="2026-05-06")]
    assert texts, texts
    assert not any("．" in t or "展开" in t for t in texts), texts


def test_a_view_held_by_nobody_named_is_no_summary_line():
    body = "\n\n".join([
        "青河镇图书馆将于下月起闭馆改造一年，镇政府为此开设了两处临时借阅点，并延长了开放时间。",
        "有人说闭馆一年太长了，图书馆应该边开放边改造，减少对读者的影响。",
        "馆长周岚解释，馆舍的电路和消防设施都需要整体更换，边开放边施工存在安全隐患，所以只能闭馆。",
        "临时借阅点设在镇文化站和青河中学，读者可以凭原借书证借还图书，每人每次最多借五本。",
    ])
    texts = [s.text for s in _summary(body, title="青河镇图书馆闭馆一年", date="2026-05-06")]
    assert texts and not any(t.startswith("有人说") for t in texts), texts


def test_a_host_whose_label_carries_his_name_never_gives_the_thesis():
    body = "\n\n".join([
        "主持人周岚：各位听众，晚上好。今天上午，青河镇政府宣布图书馆将闭馆改造一年，改造经费已列入今年预算。",
        "馆长林远：图书馆改造最主要的是更换老化的电路和消防设施，同时新增儿童阅览区和自习座位。",
        "读者代表陈晨：读者都理解改造的必要，但希望临时借阅点的开放时间能延长到晚上九点，方便上班族借书。",
        "馆长林远：新馆的自习座位将从40个增加到120个，儿童阅览区也会扩大一倍，明年夏天前对外开放。",
    ])
    summary = _summary(body, title="青河镇图书馆改造访谈", date="2026-05-06")
    assert summary and not summary[0].text.startswith(("各位", "今天上午")), [s.text for s in summary]
    assert not any(s.paragraph == "p1" for s in summary), [(s.paragraph, s.text) for s in summary]


def test_an_explainers_thesis_is_its_lead_not_an_experts_aside():
    body = "\n\n".join([
        "一次看懂青河镇图书馆改造：4个问题",
        "青河镇政府5月5日宣布，镇图书馆将于6月1日起闭馆改造一年，改造经费800万元，新馆藏书量将从8万册增加到12万册。",
        "问：为什么要闭馆这么久？",
        "答：馆长周岚指出，馆舍的电路和消防设施都需整体更换，边开放边施工存在安全隐患。",
        "问：闭馆期间怎么借书？",
        "答：文化学者林远说，临时借阅点的藏书有限，读者的选择会少很多，这是闭馆期间最大的不便。",
        "问：儿童阅览区会有什么变化？",
        "答：林远认为，儿童阅览区的扩建是这次改造最有价值的部分，能吸引更多家庭走进图书馆。",
    ])
    summary = _summary(body, title="一次看懂青河镇图书馆改造：4个问题", date="2026-05-08")
    assert summary[0].paragraph == "p2", [(s.paragraph, s.text) for s in summary]


def test_a_columns_thesis_is_what_the_author_says_must_be_done():
    body = "\n\n".join([
        "昨日，青河镇政府宣布图书馆将于下月起闭馆改造一年，改造经费已列入今年预算。",
        "必须承认，这是一次迟到的改造，馆舍的电路和消防设施早已老化，读者抱怨多年。",
        "笔者以为，闭馆本身不是问题，问题是闭馆期间读者去哪里读书。",
        "改造图书馆必须同时保住读者的阅读习惯，否则新馆建成之日，就是读者流失之时。",
        "临时借阅点的藏书有限，开放时间也短，镇政府还应考虑延长开放时间、增加流动借阅车。",
    ])
    summary = _summary(body, title="图书馆改造，关键在保住读者", date="2026-05-06", author="林远")
    assert summary[0].paragraph == "p4", [(s.paragraph, s.text) for s in summary]


def test_a_live_blog_written_newest_first_closes_on_its_latest_entry():
    body = "\n\n".join([
        "## 17:30", "收尾：青河镇图书馆最后一批图书装车完毕，馆长周岚表示新馆将在明年夏天前对外开放。",
        "## 15:10", "搬迁车队第二批抵达临时借阅点，工作人员开始上架儿童读物和期刊，读者可凭原借书证借阅。",
        "## 13:20", "镇政府表示，改造经费800万元已全部到位，施工单位将于下周一进场，工期约为一年。",
        "## 11:00", "不少老读者在馆外合影留念，一位退休教师说，他在这座图书馆里借了四十年的书，舍不得它关门。",
        "## 09:00", "直播开始：青河镇图书馆今日闭馆搬迁，本网将全程更新搬迁进展和读者反应。",
    ])
    summary = _summary(body, title="青河镇图书馆闭馆搬迁　实时更新", date="2026-05-06")
    roles = {s.role: s for s in summary}
    assert "conclusion" in roles and roles["conclusion"].paragraph in ("p1", "p2"), [(s.role, s.text) for s in summary]
    assert not roles["thesis"].text.startswith("直播开始"), [(s.role, s.text) for s in summary]


def test_a_note_about_the_piece_itself_is_no_point():
    body = "\n\n".join([
        "青河镇政府5月5日宣布，镇图书馆将于6月1日起闭馆改造一年，改造经费800万元。本刊整理了读者最关心的几个问题，并请馆长逐一解读。",
        "馆长周岚说，馆舍的电路和消防设施都需整体更换，边开放边施工存在安全隐患，所以只能闭馆。",
        "闭馆期间，镇文化站和青河中学将开设两处临时借阅点，读者可凭原借书证借还图书。",
        "新馆的自习座位将从40个增加到120个，儿童阅览区也会扩大一倍，预计明年夏天前对外开放。",
        "文化学者林远认为，儿童阅览区的扩建是这次改造最有价值的部分，能吸引更多家庭走进图书馆。",
    ])
    texts = [s.text for s in _summary(body, title="青河镇图书馆闭馆改造一年", date="2026-05-06")]
    assert texts and not any("本刊" in t for t in texts), texts
