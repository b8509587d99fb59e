"""The digest's thesis line ("论点") is what the whole piece argues, reports or decides, or nothing:
a text that decides (a judgment, an official reply) is summed up by its operative part; a case number,
a host's filler or a quote under a reporter's byline is never the thesis; a compilation of headed items
says it is one. Forms and topics unlike every development corpus (a tenancy judgment over a bee farm, a
county bureau's reply to a message about a ferry, a radio phone-in about a library, a wire feed of
unrelated items, a report opening on a bylined quote)."""

from __future__ import annotations

from generator.analyse.digestverdict import compilation, decision, headline_thesis, unfit, without_byline
from tests.test_index import _article, _run

#: a civil judgment: header furniture (court, case number, parties), claims, reasoning, the decision, fees
JUDGMENT = "\n\n".join([
    "青岚县人民法院民事判决书（2023）青0102民初4471号原告：青岚县蜂语养蜂专业合作社，住所地青岚县北山镇。",
    "原告蜂语合作社向本院提出诉讼请求：1.判令被告返还押金30000元；2.判令被告赔偿蜂群损失86000元。",
    "被告石某辩称，合作社擅自在林地喷洒药剂，蜂群死亡与出租方无关，请求驳回原告的诉讼请求。",
    "本院认为，被告在租期内对林地喷洒农药未提前告知承租人，致使原告二百箱蜂群死亡，应当承担赔偿责任。",
    "综上，依照《中华人民共和国民法典》第五百七十七条规定，判决如下：一、被告石某于本判决生效之日起十日内返还原告押金30000元；"
    "二、被告石某于本判决生效之日起十日内赔偿原告蜂群损失52000元；三、驳回原告的其他诉讼请求。",
    "案件受理费2230元，由原告负担860元，被告负担1370元。",
])

#: a message board: a resident's message and the county bureau's reply with numbered answers
REPLY = "\n\n".join([
    "网友留言：北渡口的轮渡冬季每天只开两班，早上七点前过不了江，学生和上班族都很不方便，能否加开早班？",
    "青岚县交通运输局答复：您好！您反映的问题已收悉。经研究，现答复如下：一、自2024年1月15日起，北渡口轮渡冬季班次由每天2班增加至4班，首班提前至6时30分；"
    "二、雾天停航时将通过县融媒体平台提前发布通知。感谢您对交通工作的关注。",
])

#: a radio phone-in: the host's filler echoes a caller; the headline asks the question the show turns on
PHONE_IN = "\n\n".join([
    "主持人：欢迎收听《城东夜话》，今天我们聊聊城东图书馆的开放时间。",
    "听众王先生：我是夜班司机，图书馆晚上九点就关门了，我根本没机会去，希望能通宵开放。",
    "主持人：对对对，就是城东那个新馆，三层那个，好多人都说过。",
    "馆长助理周敏：通宵开放需要增加保安和保洁，一年多出四十多万元的开支，目前经费不够。",
    "听众李女士：可以先试点周五周六两晚延长到十二点，看看人多不多再说。",
    "主持人：好，感谢两位的来电，我们下期再见。",
])

#: a wire feed: headed items on unrelated subjects, each with its source line
FEED = "\n\n".join([
    "## 青岚港集装箱吞吐量创同期新高",
    "青岚港前三季度集装箱吞吐量同比增长12%，外贸航线新增6条。",
    "## 北山风电场二期并网发电",
    "北山风电场二期工程昨日并网，新增装机容量20万千瓦。",
    "## 县图书馆启动古籍数字化",
    "县图书馆与高校合作，计划三年内完成三千册古籍的扫描整理。",
    "## 秋季马拉松报名人数破万",
    "今年秋季马拉松报名人数突破一万人，组委会将首次启用抽签。",
    "## 城南菜市场改造完工",
    "城南菜市场改造后摊位增至240个，周末客流明显回升。",
    "## 青岚港开通至东南亚冷链专线",
    "青岚港至东南亚的冷链专线首航，每周两班。",
])


def _summary(slug, body, **kw):
    return _run(_article(slug, body, **kw)).digests[0].summary


def _thesis(summary):
    return next((s.text for s in summary if s.role == "thesis"), "")


def test_a_judgments_thesis_is_its_decision_with_the_award_never_its_header():
    summary = _summary("beefarm", JUDGMENT, title="蜂语合作社与石某租赁合同纠纷一审民事判决书", date="2023-11-02")
    thesis = _thesis(summary)
    assert thesis.startswith("判决如下："), thesis
    assert "52000元" in thesis and "30000元" in thesis, thesis  # what the court awarded
    texts = [s.text for s in summary]
    assert not any("民初4471号" in t for t in texts), texts  # the header is furniture
    assert not any("案件受理费" in t for t in texts), texts  # procedure, not what was decided


def test_an_official_replys_thesis_is_what_it_decides_from_when():
    summary = _summary("ferry", REPLY, title="关于北渡口轮渡冬季加开早班的留言及答复", date="2024-01-10")
    thesis = _thesis(summary)
    assert thesis.startswith("答复如下："), thesis
    assert "增加至4班" in thesis and "2024年1月15日" in thesis, thesis


def test_a_hosts_filler_is_never_the_thesis_and_the_headlines_question_stands_in():
    summary = _summary("library", PHONE_IN, title="城东夜话｜图书馆该不该通宵开放？", date="2024-03-08")
    texts = [s.text for s in summary]
    assert not any("对对对" in t for t in texts), texts
    thesis = _thesis(summary)
    assert not thesis.startswith("主持人"), thesis
    assert thesis == "图书馆该不该通宵开放？", thesis  # the question the callers and the library argue over
    assert any("四十多万元" in t for t in texts) and any("试点" in t for t in texts), texts  # both sides stay


def test_a_compilations_thesis_says_it_is_one():
    summary = _summary("feed", FEED, title="青岚晨报 早间快讯", date="2024-10-09")
    thesis = _thesis(summary)
    assert thesis.startswith("本文汇编6条消息"), thesis
    # the items stay in the summary as points, none passed off as the whole's thesis
    assert all(s.role != "conclusion" for s in summary), [(s.role, s.text) for s in summary]


def test_the_lines_and_the_titles_read_on_structure():
    assert unfit("青岚县人民法院民事判决书（2023）青0102民初4471号原告：某合作社。")
    assert unfit("主播：就是那座桥，桥头那个，好多人都拍过。")
    assert unfit("嘉宾老林：嗯嗯，是这样。")
    assert not unfit("嘉宾老林：渡口加班次不难，难的是冬天雾大时的安全。")
    assert without_byline("记者　程立：渔具协会会长范文表示，今年参展商比去年多三成。") == "渔具协会会长范文表示，今年参展商比去年多三成。"
    assert without_byline("程立表示，今年参展商比去年多三成。") == "程立表示，今年参展商比去年多三成。"
    # a headline states or asks something; a site's or a document's name does not
    assert headline_thesis("青岚晚报｜北渡口轮渡冬季加开早班，首班提前至六点半") == "北渡口轮渡冬季加开早班，首班提前至六点半"
    assert headline_thesis("Ferry adds early crossings as fog season begins on the river") != ""
    assert headline_thesis("港闻点评｜财经频道") == ""
    assert headline_thesis("关于加强渡口冬季安全管理的通知") == ""
    assert headline_thesis("蜂语合作社与石某租赁合同纠纷一审民事判决书") == ""


def test_a_report_with_numbered_sections_is_no_compilation():
    body = "\n\n".join(f"## {n}、{h}\n\n{p}" for n, h, p in [
        ("一", "渡口客流持续增长的原因分析", "今年渡口客流同比增长两成，主要来自通勤学生。"),
        ("二", "冬季雾天停航带来的安全隐患", "雾天停航时部分乘客改走冰面，存在安全隐患。"),
        ("三", "轮渡班次与公交接驳的问题", "轮渡到岸后公交衔接不畅，等车时间超过二十分钟。"),
        ("四", "外地渡口加开早班的做法借鉴", "邻县渡口早班提前到六点，客流分布更均衡。"),
        ("五", "关于增加班次和完善接驳的建议", "建议增加早班并与公交统一时刻表。"),
    ])
    article = _article("ferryreport", body, title="北渡口轮渡运营情况调研报告")
    assert compilation(article, lambda s: s) == ""
    assert decision(article, lambda s: s) is None


def test_a_feature_told_under_sub_headlines_is_no_compilation():
    lead = "\n\n".join(["青岚港今年开通了六条新航线，码头工人、船代和货主都感到了变化。",
                        "记者在码头蹲了一周，听他们讲港口扩张带来的机会和压力。"])
    sections = "\n\n".join(f"## {h}\n\n{p}" for h, p in [
        ("码头工人：夜班多了，收入也多了", "吊车司机老宋说，夜班从每周两个增加到四个。"),
        ("船代公司：订舱电话响个不停", "一家船代的经理说，外贸订舱量比去年多了三成。"),
        ("货主：运费降了，等待却长了", "一位水果出口商说，运费便宜了，但排队进港要等两天。"),
        ("周边居民：集卡噪音让人睡不着", "港区附近的居民反映，夜里集卡来往不断。"),
        ("港务局：明年建设第二条疏港通道", "港务局表示，疏港通道建成后集卡将绕开居民区。"),
    ])
    article = _article("port", lead + "\n\n" + sections, title="港口扩张一周记")
    assert compilation(article, lambda s: s) == ""


def test_a_compilations_on_topic_share_counts_items_that_write_the_topics_words():
    article = _article("feed2", FEED, title="青岚晨报 早间快讯")
    # the topic's words apart ("青岚港…冷链专线" for the term "青岚港冷链"): two items of six
    assert compilation(article, lambda s: s, ("青岚港冷链", "集装箱吞吐")) == "本文汇编6条消息，其中2条涉及青岚港冷链、集装箱吞吐。"


#: a hobby forum's thread: a question under the title, posts under their authors' headings
THREAD = "\n\n".join([
    "## 1楼　阳台种菜新手　2024-05-02 20:11（楼主）",
    "小区物业说阳台不能放超过三个花盆，理由是怕坠物，我种了八盆番茄，要不要全搬走？",
    "## 2楼　老园丁　2024-05-02 20:30",
    "花盆放在护栏内侧、底下加托盘，其实没有坠物风险，可以拿照片去和物业沟通。",
    "## 3楼　楼下住户　2024-05-02 21:02",
    "我家窗台上掉过土块，物业的规定我支持，安全第一。",
    "## 4楼　阳台种菜新手　2024-05-02 21:15（楼主）",
    "谢谢大家，我先把最外侧的三盆挪进屋里。",
])


def test_a_threads_thesis_is_the_question_its_posters_argue_over():
    summary = _summary("balcony", THREAD, title="阳台种了八盆番茄，物业让搬走，要不要听？🍅", date="2024-05-03")
    assert _thesis(summary) == "阳台种了八盆番茄，物业让搬走，要不要听？", [(s.role, s.text) for s in summary]


#: a flash feed: stamps, each item a paragraph opening on its bracketed headline
FLASH = "\n\n".join([
    f"### {t}\n\n【{h}】{b}" for t, h, b in [
        ("07:30", "青岚港开通东南亚冷链专线", "青岚港至东南亚的冷链专线今日首航，每周两班。"),
        ("08:05", "北山风电场二期并网发电", "新增装机容量20万千瓦。"),
        ("08:40", "秋季马拉松报名人数破万", "组委会将首次启用抽签。"),
        ("09:10", "城南菜市场改造完工", "摊位增至240个。"),
        ("09:45", "县图书馆启动古籍数字化", "计划三年内完成三千册古籍的扫描整理。"),
        ("10:20", "青岚港集装箱吞吐量创新高", "前三季度同比增长12%。"),
    ]])


def test_a_flash_feeds_thesis_says_it_is_a_compilation():
    summary = _summary("flash", FLASH, title="【青岚港开通东南亚冷链专线】青岚港至东南亚的冷链专线今日首航", date="2024-10-09")
    assert _thesis(summary).startswith("本文汇编6条消息"), [(s.role, s.text) for s in summary]


#: a thread saved as plain paragraphs: each post opens on a header line (number, poster, stamp)
PLAIN_THREAD = "\n\n".join([
    "#1 阳台种菜新手 2024-05-02 20:11",
    "小区物业说阳台不能放超过三个花盆，我种了八盆番茄，要不要全搬走？",
    "#2 老园丁 2024-05-02 20:30",
    "花盆放在护栏内侧、底下加托盘，其实没有坠物风险，可以拿照片去和物业沟通。",
    "#3 楼下住户 2024-05-02 21:02",
    "我家窗台上掉过土块，物业的规定我支持，安全第一。",
])


def test_a_plain_threads_question_is_its_thesis():
    summary = _summary("balcony2", PLAIN_THREAD, title="物业限制阳台花盆数量，应唔应该听？", date="2024-05-03")
    assert _thesis(summary) == "物业限制阳台花盆数量，应唔应该听？", [(s.role, s.text) for s in summary]


def test_a_bylined_quote_loses_its_byline_in_either_script():
    from generator.analyse.text import to_simplified

    line = "記者　程立：漁具協會會長范文表示，今年參展商比去年多三成。"
    assert without_byline(line, lambda t: to_simplified(t, "zh-Hant")) == "漁具協會會長范文表示，今年參展商比去年多三成。"


def test_an_open_question_over_a_thread_is_its_thesis_too():
    summary = _summary("balcony3", THREAD, title="阳台种菜，物业的限制能管多久？", date="2024-05-03")
    assert _thesis(summary) == "阳台种菜，物业的限制能管多久？", [(s.role, s.text) for s in summary]


def test_an_item_naming_the_topic_by_a_rare_word_counts_on_topic():
    article = _article("feed3", FEED, title="青岚晨报 早间快讯")
    # "古籍数字化": 古籍 is rare enough to name the topic alone; "数字化" alone in no item
    assert compilation(article, lambda s: s, ("古籍数字化保护",)) == "本文汇编6条消息，其中1条涉及古籍数字化保护。"
