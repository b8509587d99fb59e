"""A digest summarises what a page argues, in forms no development corpus has: a Q&A page of three
answers and a forum thread in traditional script (what each participant argues, under their name,
both sides, never one poster's quoting or self-introduction), a platform's data report ending on a
reprint notice, a disclaimer and a footnote (never summary lines), a bureau's notice whose lead opens
on dated boilerplate before its record figures (the figures are the thesis), and a podcast page whose
host sums up at the close (the summing-up is the thesis). Invented topics unlike every corpus."""

from __future__ import annotations

from tests.test_index import _article, _run

QA = "\n\n".join([
    "青岚古城这个暑假夜游爆满，门票三天卖出12万张，可也有人抱怨排队太久、商铺涨价。想问问：夜游热能持续吗？别的古城能学吗？",
    "### 1楼　顾远舟　2024-08-05 09:12",
    "顾远舟，做了十年文旅策划。",
    "我的判断是，这轮夜游热撑不过两个暑假，灯光秀看一次新鲜，第二次就没人专门来了。",
    "古城的夜游项目几乎都是租来的灯光设备，一季的租金就要两千多万，客流一掉就是亏损。",
    "### 2楼　沈知微　2024-08-05 13:40",
    "沈知微，古城里开茶馆的本地人。",
    "作为本地人，我不同意“撑不过两个暑假”这个说法，古城夜市本来就有三百年历史，游客回头率比大家想的高。",
    "我店里七月的熟客里有三成是第二次来的，他们是冲着夜市小吃和评弹来的，不是冲着灯光。",
    "### 3楼　林一苇　2024-08-06 08:05",
    "引用1楼顾远舟的发言：>灯光秀看一次新鲜，第二次就没人专门来了。说得太对了，我去年也这么想。",
    "别的古城想照搬青岚的夜游，很难成功，因为青岚有现成的水路和夜市，别处只能临时搭灯光布景。",
])

FORUM = "\n\n".join([
    "板橋區社區游泳池要不要收費？",
    "### 1樓　晨泳阿伯　2024-06-02 06:40",
    "我每天早上都去游，免費開放十年了，突然要收每次80元，對退休的人負擔太重，公所應該維持免費。",
    "### 2樓　水電工小吳　2024-06-02 09:15",
    "本人是公所約聘的水電工。",
    "說句公道話，泳池一年的水電和救生員薪水要600多萬元，全部由稅金負擔，用的人付一點費用很合理。",
    "### 3樓　兩個孩子的媽　2024-06-02 12:30",
    "收費可以，但應該給學生和長者優惠票，不然週末帶孩子去游一次就要兩三百元。",
])

REPORT = "\n\n".join([
    "青岚共享单车平台数据显示，今年7月全市共享单车骑行量同比增长46%，夜间骑行占比首次超过三成。",
    "从用户结构看，18至30岁用户占比达到58%，通勤骑行的平均距离为3.2公里。",
    "平台同期收到的故障车投诉量比去年增加近两倍，主要集中在刹车失灵和车锁损坏。",
    "研究员韦若兰认为，单车投放增速已经超过运维能力，企业应当把更多预算从投放转向维修。",
    "[1]骑行量包含普通单车和助力车。",
    "数据说明：本报告数据来源于平台2024年7月的骑行及投诉记录。",
    "本报告仅供参考，不构成任何投资建议。",
    "如需转载，请注明出处“青岚出行研究中心”。",
])

NOTICE = "\n\n".join([
    "各区文化和旅游局，市直各有关单位：",
    "2024年端午假期（6月8日至10日），在市委、市政府的统一部署下，全市文化和旅游市场平稳有序。经市文化和旅游局会同市统计局测算，"
    "假期三天全市接待游客186.4万人次，实现旅游收入21.7亿元，均创同期历史新高。",
    "假期期间，全市龙舟赛事和非遗展演吸引游客超过40万人次，外地游客占比达到47.5%。",
    "部分景区出现短时排队过长的情况，个别民宿存在临时加价现象，市场监管部门已立案查处2起。",
    "各单位要持续加强市场监管和应急保障，严防景区超负荷接待。",
    "预计暑期全市接待游客人次将继续保持增长。",
])

PODCAST = "\n\n".join([
    "本期节目我们聊聊青岚的老城更新。",
    "嘉宾邵晴：老城更新最难的是产权，一栋楼里住着十几户，谁都说了不算，改造方案三年都定不下来。",
    "嘉宾邵晴：我们试过让居民自己选方案，投票率一开始只有两成，后来挨家挨户上门，才提高到七成。",
    "嘉宾邵晴：政府出钱修外立面容易，但水管电线这些看不见的东西，居民更在乎，也最花钱。",
    "总结一下，老城更新拼的不是设计图，而是能不能把每一户的账算清楚、把每一户的意见听进去。",
])


def _summary(slug, body, **kw):
    return _run(_article(slug, body, **kw)).digests[0].summary


def test_a_qa_pages_summary_is_what_each_answerer_argues_under_their_name():
    summary = _summary("qa", QA, title="青岚古城夜游爆火，能持续多久？", date="2024-08-06")
    texts = [line.text for line in summary]
    assert summary[0].role == "thesis"
    # every answerer speaks under their own name, and both sides of the dispute are there
    assert any(t.startswith("顾远舟：") and "撑不过两个暑假" in t for t in texts), texts
    assert any(t.startswith("沈知微：") and "不同意" in t for t in texts), texts
    assert any(t.startswith("林一苇：") for t in texts), texts
    # never a self-introduction, never another post quoted, never a name on another's words
    assert not any("做了十年文旅策划" in t or "开茶馆的本地人" in t for t in texts), texts
    assert not any("引用1楼" in t or ">" in t for t in texts), texts
    assert not any(t.startswith("林一苇：") and "灯光秀看一次新鲜" in t for t in texts), texts


def test_a_traditional_script_forum_threads_summary_gives_each_side():
    summary = _summary("pool", FORUM, script="zh-Hant", title="板橋區社區游泳池要不要收費？", date="2024-06-02")
    texts = [line.text for line in summary]
    assert any(t.startswith("晨泳阿伯：") and "免費" in t for t in texts), texts
    assert any(t.startswith("水電工小吳：") and "合理" in t for t in texts), texts
    assert not any("約聘的水電工" in t for t in texts), texts


def test_a_reports_notice_disclaimer_and_footnote_are_never_summary_lines():
    summary = _summary("bikes", REPORT, title="青岚共享单车7月骑行报告", date="2024-08-10")
    assert summary and summary[0].role == "thesis"
    assert "46%" in summary[0].text, summary[0]
    for line in summary:
        assert "转载" not in line.text and "仅供参考" not in line.text, line
        assert not line.text.startswith("[1]") and "数据说明" not in line.text, line


def test_a_notices_thesis_is_its_record_figures_not_its_boilerplate_or_closing_forecast():
    summary = _summary("holiday", NOTICE, title="青岚市2024年端午假期文化和旅游市场情况通报", date="2024-06-11")
    thesis = summary[0]
    assert thesis.role == "thesis"
    assert "186.4万人次" in thesis.text and "21.7亿元" in thesis.text, thesis
    assert "预计" not in thesis.text, thesis


def test_a_podcast_hosts_summing_up_is_the_thesis():
    summary = _summary("oldtown", PODCAST, title="老城更新，难在哪里", date="2024-05-20")
    assert summary[0].role == "thesis"
    assert "把每一户的账算清楚" in summary[0].text, summary
