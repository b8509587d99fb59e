"""A side is an assertion with an argument (issue 13, property 6): an interviewer asking and a guest answering
is no dispute; a question, a greeting, a self-introduction, a host's formula and a bare assent are on no side;
two people's replies to each other are one contention. The stories are invented (a community orchard's
pruning, a ferry timetable, a night market's opening hours); no corpus has these topics.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from generator.analyse.sidetext import asking, hosts, no_side
from generator.pipeline import Settings, build
from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, date="2026-04-01")


def _quotes(c):
    return [x.quote for x in c.a.citations + c.b.citations]


def _shown(an):
    return [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]


ORCHARD = "topic:\n  label: 社区果园\n  terms: [社区果园]\n"

# an interview with labelled turns: the host (by name, not "主持人") asks two guests, who disagree once
INTERVIEW = _article("talk", "社区果园访谈实录", (
    "社区果园访谈实录\n\n"
    "葛明远：大家好，欢迎收看本期节目。今天我们请到了两位嘉宾。\n\n"
    "邵文婷：你好我叫邵文婷，是果园的志愿者，干了三年了。\n\n"
    "葛明远：邵老师，果园今年收成怎么样？\n\n"
    "邵文婷：今年的苹果比去年多了一倍，修剪以后果子明显变大了，志愿者都说值得。\n\n"
    "葛明远：那居民参与的人多吗？\n\n"
    "邵文婷：周末能来四十多人，孩子们最喜欢摘果子，不少家长专门带孩子过来。\n\n"
    "葛明远：好谢谢邵老师。接下来我们请到了物业的孟经理。\n\n"
    "孟家豪：大家好我是孟家豪，负责小区的绿化管理。\n\n"
    "葛明远：孟经理你怎么看果园的修剪。\n\n"
    "孟家豪：修剪太狠了，树冠砍掉一半，明年很可能根本结不了果，这个办法不能推广。\n\n"
    "邵文婷：修剪狠不是问题，我们请了农技站的专家，专家说老树就该重剪，明年结果不会少。\n\n"
    "葛明远：好今天的节目就到这儿。谢谢两位。"))


def test_an_interviewer_asking_and_a_guest_answering_is_no_contention(tmp_path):
    an, _ = _run(tmp_path, [INTERVIEW], ORCHARD)
    for c in an.contentions:
        quotes = _quotes(c)
        # no side quotes the host's questions, greetings or hand-overs, nor a guest's self-introduction
        assert not any("收成怎么样" in q or "参与的人多吗" in q or "欢迎收看" in q or "接下来" in q or "就到这儿" in q
                       for q in quotes), _shown(an)
        assert not any("我叫邵文婷" in q or "我是孟家豪" in q for q in quotes), _shown(an)
        assert "葛明远" not in {sp.name for sp in c.a.speakers + c.b.speakers}, _shown(an)


def test_two_guests_taking_opposite_positions_in_an_interview_are_one_contention(tmp_path):
    an, _ = _run(tmp_path, [INTERVIEW], ORCHARD)
    found = [c for c in an.contentions if any("修剪太狠了" in q for q in _quotes(c))]
    assert len(found) == 1, _shown(an)
    [c] = found
    assert {sp.name for sp in c.a.speakers} | {sp.name for sp in c.b.speakers} == {"孟家豪", "邵文婷"}, _shown(an)
    assert "自我" not in c.topic and "我叫" not in c.topic and not c.topic.startswith("你好"), _shown(an)


FERRY = "topic:\n  label: 轮渡时刻表\n  terms: [轮渡]\n"

# a chat export: greetings, a question and a bare assent are on no side; two members replying to each other twice
# are one contention
CHAT = _article("chat", "岛上居民群聊天记录", (
    "岛上居民群　聊天记录导出\n\n"
    "[2026-04-02 08:01] 阿珍：大家早上好\n\n"
    "[2026-04-02 08:03] 老洪：新的轮渡时刻表把末班船提前到晚上七点，在城里上班的人根本赶不上。\n\n"
    "[2026-04-02 08:05] 小潘：末班船提前不是坏事，晚上坐船的人太少，七点以后基本是空船，航运公司一直在亏钱。\n\n"
    "[2026-04-02 08:06] 阿珍：几点开会？\n\n"
    "[2026-04-02 08:09] 老洪：空船也得开，轮渡是岛上唯一的交通，不能光算航运公司的账。\n\n"
    "[2026-04-02 08:12] 小潘：唯一的交通也不等于每班都要开，可以改成预约夜航，没人约就不开。\n\n"
    "[2026-04-02 08:13] 阿珍：同意"))


def test_two_members_replying_to_each_other_twice_are_one_contention_without_chatter(tmp_path):
    an, _ = _run(tmp_path, [CHAT], FERRY)
    found = [c for c in an.contentions if any("末班船" in q or "空船" in q for q in _quotes(c))]
    assert len(found) == 1, _shown(an)
    [c] = found
    quotes = _quotes(c)
    assert not any("早上好" in q or "几点开会" in q or q.endswith("同意") for q in quotes), _shown(an)
    assert {sp.name for sp in c.a.speakers} != {sp.name for sp in c.b.speakers}, _shown(an)


def test_what_is_no_side_in_any_form():
    # questions from an interview, a podcast, a chat; rhetorical retorts state a claim
    assert asking("那南方游客多吗？") and asking("邵老师你们现在忙到什么程度。") and asking("你怎么看这个说法。")
    assert asking("赵老板那你觉得明年还会这么火吗")
    assert not asking("一个城市整天讨好外地人，本地人会爽吗？")  # a claim closing on a rhetorical question
    assert not asking("房价一晚涨到三千，这不叫宰客叫什么")
    assert not asking("修剪太狠了，明年很可能结不了果。")
    # greetings, self-introductions, formulas, bare assent and dissent, fragments
    for text in ("你好我叫邵文婷，是果园的志愿者。", "大家好，欢迎收听本期播客。", "好谢谢孟经理。",
                 "今天的节目就到这儿。", "我不同意。", "这个我承认。", "收到"):
        assert no_side(text), text
    assert not no_side("末班船提前不是坏事，晚上坐船的人太少。")


def test_an_interviewer_is_the_one_whose_turns_ask():
    podcast = [("老韩", ["欢迎收听本期节目。", "今天聊聊夜市。", "小冯你觉得夜市该延长营业吗？"]),
               ("小冯", ["我觉得该延长，夏天晚上十点以后人最多。"]),
               ("老韩", ["那周边居民怎么想？"]),
               ("阿梅", ["我家就在夜市边上，半夜吵得睡不着，延长营业肯定不行。"]),
               ("老韩", ["好的谢谢两位。"])]
    assert hosts(podcast) == {"老韩"}
    # two people quarrelling, one closing on a rhetorical question, are no interview
    quarrel = [("甲", ["夜市延长营业就是扰民，谁受得了？"]), ("乙", ["夜市是很多人的饭碗，凭什么说关就关。"]),
               ("甲", ["饭碗重要，睡觉就不重要了吗？"]), ("乙", ["可以限定音量，不用一刀切。"])]
    assert hosts(quarrel) == set()


NIGHT = "topic:\n  label: 夜市延长营业\n  terms: [夜市]\n"

# a forum's comment lines in traditional script: an exclamation opens the claim, a retort closes it
COMMENTS = _article("ptt", "夜市延長營業 鄉民怎麼看", (
    "夜市延長營業到凌晨兩點 鄉民怎麼看\n\n"
    "kuma88：笑死啊，夜市延長營業根本是擾民，半夜誰睡得著\n\n"
    "mintea：延長營業不是擾民，攤商可以限定音量，十二點以後不放音樂就好\n\n"
    "kuma88：限定音量沒用，油煙和垃圾也是問題\n\n"
    "yuzu：我只想知道臭豆腐攤會不會開到兩點"), script="zh-Hant")

# a chat export: the writer's frame opens the claim
GROUP = _article("group", "岛上居民群聊天记录", (
    "岛上居民群　聊天记录导出\n\n"
    "[2026-04-03 20:58] 阿珍：明天码头几点开门？\n\n"
    "[2026-04-03 20:59] 阿珍：收到\n\n"
    "[2026-04-03 21:01] 老洪：这也是我最担心的，末班船提前会让岛上的年轻人都搬到城里去。\n\n"
    "[2026-04-03 21:04] 小潘：年轻人搬走不是因为末班船，岛上没有工作才是原因。\n\n"
    "[2026-04-03 21:06] 老洪：没有末班船，在城里找到工作的人也回不了家。"))


def _asked_of(an, text):
    return next((c.topic for c in an.contentions if any(text in q for q in _quotes(c))), None)


def test_the_question_shown_is_the_claim_without_exclamation_or_retort(tmp_path):
    an, _ = _run(tmp_path, [COMMENTS], NIGHT)
    topic = _asked_of(an, "擾民")
    assert topic is not None, _shown(an)
    assert "笑死" not in topic and "谁" not in topic and "誰" not in topic, topic
    assert "扰民" in topic and topic.endswith("？") and not topic.endswith("。？"), topic


def test_the_question_shown_is_the_claim_without_its_writers_frame(tmp_path):
    an, _ = _run(tmp_path, [GROUP], FERRY)
    topic = _asked_of(an, "末班船提前")
    assert topic is not None, _shown(an)
    assert "最担心" not in topic and "末班船提前" in topic, topic


def test_claim_clauses_in_other_forms():
    from generator.analyse.disputequestion import claim_clauses
    # a podcast guest's line, a minutes' statement, a question the page asks (kept whole)
    assert claim_clauses("我想说的是，共享单车乱停的责任在运营公司。") == "共享单车乱停的责任在运营公司。"
    assert claim_clauses("改造资金应由财政全额承担，居民出钱的方案有什么用。") == "改造资金应由财政全额承担。"
    assert claim_clauses("这种热度是昙花一现还是能长期保持？") == "这种热度是昙花一现还是能长期保持？"
    # a retort with a negation states the claim: kept
    assert claim_clauses("一晚涨到三千，这不叫宰客叫什么。") == "一晚涨到三千，这不叫宰客叫什么。"


PODCAST = """# 街角夜话 第38期：夜市该不该开到凌晨

> 本期嘉宾：夜市摊主 冯晓川；居民代表 梅丽君

**韩东**：欢迎收听街角夜话，我是主播韩东。

**韩东**：今天聊聊夜市延长营业。冯老板，先跟大家介绍一下自己？

**冯晓川**：大家好我是冯晓川，在夜市卖烤串卖了十二年。

**韩东**：冯老板，延长营业以后生意怎么样？

**冯晓川**：晚上十点以后的客人占了一半，延长营业让摊主的收入涨了三成，这是实打实的好处。

**韩东**：梅大姐，周边居民怎么看？

**梅丽君**：延长营业对居民是折磨，凌晨一点楼下还在吆喝，老人孩子根本睡不好，收入涨了也不能拿居民的睡眠换。

**冯晓川**：吆喝的是个别摊位，市场已经规定十二点以后不许用喇叭，大部分摊主根本不吵。

**韩东**：好，今天的节目就到这儿，谢谢两位。
"""


def test_a_podcasts_host_is_on_no_side_and_its_guests_dispute(tmp_path):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text(NIGHT, encoding="utf-8")
    (src / "001_podcast.md").write_text(PODCAST, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    an = build(Settings(root=root, pdf=False, site_name="测试")).analysis
    for c in an.contentions:
        assert "韩东" not in {sp.name for sp in c.a.speakers + c.b.speakers}, _shown(an)
        assert not any("怎么样" in q or "怎么看" in q or "我是冯晓川" in q or "就到这儿" in q for q in _quotes(c)), \
            _shown(an)
    found = [c for c in an.contentions if any("个别摊位" in q for q in _quotes(c))]
    assert len(found) == 1, _shown(an)
    assert {sp.name for sp in found[0].a.speakers + found[0].b.speakers} == {"冯晓川", "梅丽君"}, _shown(an)


_VLOG = ["哈喽大家好 欢迎来到小满的城市漫游", "我是小满 今天在临川古镇", "这两个月古镇的游客翻了一倍",
         "我们找了一家茶馆 跟老板聊一聊", "老板您好 先介绍一下自己", "你好你好 我姓严 严守正", "这个茶馆就是我开的 开了有九年了",
         "严老板 现在生意怎么样啊", "那可太好了 周末一天能卖三百多壶茶", "以前平时一天也就几十壶", "网上有人说古镇的茶水涨价太狠",
         "你怎么看这个说法", "涨是涨了 但是我跟你说这不叫宰客", "房租涨了一倍 茶叶也涨了 我们不涨就得关门",
         "严老板 那你觉得这个热度能持续吗", "说实话我心里也没底 明年还能不能这样谁也不敢打包票", "好 谢谢严老板",
         "接下来我们请到了一位船工师傅", "你好我叫龚大海 在古镇撑船撑了二十年", "龚师傅 你们现在忙到什么程度",
         "忙疯了 一天要撑二十多趟", "以前一天也就五六趟 收入是以前的三倍", "那外地游客多吗", "太多了 十个里头有八个是外地的",
         "不过说实话 河道太挤了 船跟船都快撞上了", "龚师傅 最后问一个 你觉得明年还会这么火吗", "我觉得能 只要咱别自己砸招牌",
         "好 今天的采访就到这儿", "总结一下 古镇是真的火 就是人太多 大家来之前一定要提前订票"]


def test_an_unlabelled_vlog_interview_is_no_dispute(tmp_path):
    # subtitles with no speaker labels: the turns are read from the text; a host asking two guests disputes nothing
    srt = "\n".join(f"{i + 1}\n00:{i * 4 // 60:02d}:{i * 4 % 60:02d},000 --> 00:{i * 4 // 60:02d}:{i * 4 % 60:02d},900\n{t}\n"
                    for i, t in enumerate(_VLOG))
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 古镇旅游\n  terms: [古镇]\n", encoding="utf-8")
    (src / "001_vlog_oldtown.srt").write_text(srt, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    an = build(Settings(root=root, pdf=False, site_name="测试")).analysis
    for c in an.contentions:
        assert "小满" not in {sp.name for sp in c.a.speakers + c.b.speakers}, _shown(an)
        assert not any(w in q for q in _quotes(c) for w in ("怎么样", "怎么看", "多吗", "什么程度", "我叫龚大海", "我姓严",
                                                            "就到这儿")), _shown(an)
        assert "我叫" not in c.topic and "你好" not in c.topic, _shown(an)


def test_a_question_cut_short_never_ends_on_a_clause_hanging_on_what_was_cut():
    from generator.analyse.disputesides import question_text
    # a securities comment, a translated report, a forum post: the cut falls after a condition or a frame
    asked = question_text("本地政府正全力扶持轮渡航线，长期而言，若客流真能稳定在每天一万人次以上，船厂和码头运营商的收入有望翻倍。")
    assert asked == "本地政府正全力扶持轮渡航线？", asked
    asked = question_text("我翻了几份研究报告，都在说夜市经济潜力巨大，可按现在的摊位租金和人流，多数摊主一年下来根本不赚钱。")
    assert not asked.endswith("人流？") and "可按" not in asked, asked
    # a whole claim that closes on its condition's consequence is asked whole
    assert question_text("虽然客流多了，但船票收入撑不起夜航。") == "虽然客流多了，但船票收入撑不起夜航？"


# a forum thread: a post opening on its writer's self-introduction, answered by name on the same subject
THREAD = _article("thread", "夜航该不该取消", (
    "夜航该不该取消？\n\n"
    "### 1楼　渡口老王　2026-04-05 09:00（楼主）\n\n"
    "大家好，我是在码头干了二十年的调度员老王。夜航船每班只有三五个人，码头一晚上亏两千多，取消夜航是迟早的事。\n\n"
    "### 2楼　江边小林　2026-04-05 09:30\n\n"
    "回复渡口老王：码头亏钱不是取消夜航的理由，岛上夜班护士只能坐夜航船回家，取消了她们怎么办？"))


def test_a_writers_self_introduction_is_no_side_of_a_thread(tmp_path):
    an, _ = _run(tmp_path, [THREAD], FERRY)
    found = [c for c in an.contentions if any("取消夜航" in q for q in _quotes(c))]
    assert found, _shown(an)
    for c in found:
        assert not any("我是在码头干了二十年" in q for q in _quotes(c)), _shown(an)
