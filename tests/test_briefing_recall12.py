"""A problem is a limit though no limit word names it (issue 13, properties 5 and 7).

The story is invented for the test and unlike any corpus of the project: self-service check-in
kiosks and luggage robots at an airport, told in three received forms (a news page, a meeting's
minutes in third-person summary, a numbered thread), plus an official notice. No sentence about the
problems uses a word of the limit lists ("问题", "风险", "不足" …); what makes them limits is what
they report happening:

* a harm the subject causes ("导致值机柜台前排起长队、部分航班延误", "容易造成现场拥堵");
* a malfunction or a hesitation ("频繁死机", "识别不稳定", "卡了整整三分钟不动");
* an incident ("与一名旅客发生轻微剐蹭");
* complaints counted or made by the public ("投诉46件，比6月增加一倍", "不少业主投诉…"; a public's
  "反映" alone reports anything, good news too).

A problem denied ("未造成航班延误"), remedied ("避免拥堵") or falling ("投诉比上月下降一半") is
none, and "不敢相信" is surprise, no hesitation.
"""

from __future__ import annotations

from generator.analyse.claimshape import harm_change, harm_shapes
from tests.test_briefing_recall import _article, _citing, _run

TOPIC = "topic:\n  label: 云港自助值机\n  terms: [自助值机, 值机机器人, 行李机器人]\n"

STORY = (
    ("a", "云港机场全面启用自助值机　旅客排队时间缩短",
     "云港机场本月起在T2航站楼全面启用自助值机设备和行李机器人，旅客可自行办理登机牌和托运。\n\n"
     "机场方面介绍，自助值机上线首周办理旅客超过12万人次，高峰时段平均排队时间缩短了一半。\n\n"
     "不过，有旅客反映，部分自助值机设备在早高峰频繁死机，导致值机柜台前排起长队、部分航班延误。\n\n"
     "3月2日，一台行李机器人在出发大厅与一名旅客发生轻微剐蹭。"),
    ("b", "云港机场智慧出行研讨会纪要",
     "会议名称：智慧出行研讨会\n\n"
     "1.周敏（云港机场运行部经理）介绍了自助值机的运行情况，称设备上线后人工柜台的压力明显下降。\n\n"
     "2.周敏同时指出，自助值机在阴雨天气下的证件识别不稳定，遇到破损证件时倾向于转人工，"
     "在早高峰容易造成现场拥堵。\n\n"
     "3.与会代表认为，试运行期间自助值机未造成航班延误，整体运行平稳。"),
    ("c", "关于自助值机的几点观察（1/4）",
     "1/ 上周在云港机场用了三次自助值机，整体速度确实快，办一张登机牌不到一分钟。\n\n"
     "2/ 但有一次我前面那台机器卡了整整三分钟不动，后面的人一直在催，最后还是工作人员过来重启的。\n\n"
     "3/ 身边好几个朋友说，第一次看到行李机器人自己走过来，都不敢相信是真的。\n\n"
     "4/ 总的来说，自助值机让更多旅客不用再排长队了。"),
    ("d", "云港机场关于自助值机运行情况的通报",
     "7月份，机场服务热线共受理涉及自助值机的投诉46件，比6月份增加一倍，其中反映设备卡死、无法出票的19件。\n\n"
     "针对设备卡死的情况，机场已要求供应商在一周内完成系统升级。\n\n"
     "8月份，涉及自助值机的投诉比上月下降一半。"),
)


def _analysis(tmp_path):
    an, _ = _run(tmp_path, [_article(*s) for s in STORY], TOPIC)
    return an


def _kinds(an, article, text):
    return {(p.kind, p.category) for p in _citing(an, article, text)}


def test_a_harm_a_malfunction_an_incident_and_complaints_are_limits_in_every_form(tmp_path):
    an = _analysis(tmp_path)
    everything = [(p.kind, p.category, p.statement) for p in an.points]
    for article, text in (("a", "频繁死机"),            # news page: a public report of a malfunction and its harm
                          ("a", "发生轻微剐蹭"),        # news page: an incident
                          ("b", "识别不稳定"),          # minutes: a hesitation and the jam it causes
                          ("c", "卡了整整三分钟不动"),  # thread: a stall told as an event
                          ("d", "投诉46件")):          # notice: complaints counted, rising
        kinds = _kinds(an, article, text)
        assert kinds and all(k == "limit" for k, _ in kinds), (text, kinds, everything)
    # the incident is a safety problem
    assert ("limit", "safety") in _kinds(an, "a", "发生轻微剐蹭"), everything


def test_a_problem_denied_remedied_or_falling_and_surprise_are_no_limits(tmp_path):
    an = _analysis(tmp_path)
    for article, text in (("b", "未造成航班延误"), ("d", "下降一半"), ("c", "不敢相信")):
        assert all(p.kind != "limit" for p in _citing(an, article, text)), \
            (text, [(p.kind, p.category, p.statement) for p in _citing(an, article, text)])


def test_the_shapes_read_on_any_wording():
    # a harm caused, in several phrasings; denied or remedied it is none
    assert harm_shapes("暴雨导致地铁2号线停运两小时") == ("harm",)
    assert "harm" in harm_shapes("施工围挡占道，给周边居民出行带来不便")
    assert "harm" in harm_shapes("无人机在跑道附近盘旋，影响航班正常运行")
    assert harm_shapes("演练期间未造成交通拥堵") == ()
    assert harm_shapes("新信号系统可以避免早高峰拥堵") == ()
    # malfunctions and hesitations
    assert "malfunction" in harm_shapes("售票系统上午宕机了四十分钟")
    assert "malfunction" in harm_shapes("那台扫地机器人在门口停了将近两分钟")
    assert "malfunction" in harm_shapes("老人们还是不敢用刷脸支付")
    assert harm_shapes("大家都不敢相信这座桥只修了一年") == ()
    # incidents
    assert "incident" in harm_shapes("一辆共享单车与一辆公交车发生碰撞")
    assert "incident" in harm_shapes("去年那台送餐机器人还撞了一位老人")
    assert harm_shapes("全年没有发生安全事故") == ()
    # a dependence: what the news stands on is paid for; the effect word inside it is the problem's
    assert "dependence" in harm_shapes("这家咖啡连锁的低价主要靠平台补贴")
    assert "dependence" in harm_shapes("共享充电宝当年全靠融资输血，扩张很快")
    assert harm_shapes("低价有真实的成本基础，并非单纯靠补贴") == ()
    from generator.analyse.claimshape import harm_governed
    assert harm_governed("这家咖啡连锁的低价主要靠平台补贴", "补贴")
    assert harm_governed("暴雨导致地铁2号线停运两小时", "导致")
    assert not harm_governed("新政导致房价上涨", "导致")
    # complaints counted or reported by the public
    assert "complaint" in harm_shapes("消协上半年收到相关投诉312件")
    assert "complaint" in harm_shapes("不少业主投诉电梯经常停在半层")
    assert harm_shapes("有乘客反映，十公里的行程仅需四五元") == ()
    # a count of a problem rising is the problem growing, falling is an improvement
    assert harm_change("投诉比上月增加一倍", ("complaint",), (["增加"], 1)) == (("complaint",), ([], 0))
    assert harm_change("投诉比上月下降一半", ("complaint",), (["下降"], 1))[0] == ()


# ---- a figure a source corrects does not lead the overview ----

from generator.analyse.retractions import retracted_figures  # noqa: E402

FLEET = (
    ("a", "绿帆电动渡轮在滨海投入运营",
     "绿帆航运的电动渡轮本月在滨海市投入运营。\n\n"
     "目前滨海已有30多艘电动渡轮投入运营，带动了周末客流增长。"),
    ("b", "滨海电动渡轮观察",
     "1/ 绿帆航运的电动渡轮这个月在滨海火了。\n\n"
     "2/ 现在滨海已经有30多艘电动渡轮在跑，带动周末客流明显增长。"),
)
CORRECTION = ("c", "绿帆航运更正声明",
              "更正：本报昨日报道中的“30多艘”有误，目前投入运营的电动渡轮应为约20艘。\n\n"
              "绿帆航运表示，电动渡轮票价低、噪音小，带动了周末客流增长。")


def test_a_figure_corrected_by_a_source_does_not_lead_the_overview(tmp_path):
    def lead_figures(stories, sub):
        (tmp_path / sub).mkdir()
        an, _ = _run(tmp_path / sub, [_article(*s) for s in stories], "topic:\n  label: 绿帆电动渡轮\n  terms: [电动渡轮, 绿帆航运]\n")
        statements = {p.id: p.statement for p in an.points}
        return [statements[i] for i in an.overview.takeaways if "30多艘" in statements[i] or "30多" in statements[i]]
    assert lead_figures(FLEET, "before"), "without the correction the fleet figure leads (the test can fail)"
    assert lead_figures(FLEET + (CORRECTION,), "after") == []


def test_corrections_read_in_any_form():
    assert retracted_figures("更正两处：第3条写的“500多台”不准确，官方口径是约400台。") == {"500"}   # a thread
    assert retracted_figures("本报昨日报道中的“1200名”有误，应为约800名。") == {"1200"}             # an erratum
    assert retracted_figures("会后核实：会上提到的3万吨应为2万吨。") == {"3万"}                      # minutes
    assert retracted_figures("我纠正一下，刚才说的30亿不对，是20亿。") == {"30亿"}                   # a speaker
    assert retracted_figures("这个说法不对，市场规模已超过3000亿元。") == set()
    assert retracted_figures("2023年销量应为历史最高。") == set()


# ---- a gap of the law is a limit, the law made is policy news ----

LAW = (
    ("a", "送餐机器人进驻商场", "送餐机器人本月进驻城东三家商场。\n\n"
     "目前国家层面尚无针对送餐机器人事故责任认定的专门法律，有学者认为立法滞后于技术发展。"),   # news page
    ("b", "商业服务机器人座谈会纪要", "会议名称：商业服务机器人座谈会\n\n"
     "1.与会代表介绍了送餐机器人在商场的使用情况。\n\n"
     "2.韩冰认为，现行法规以店员为责任主体，送餐机器人出事后责任如何划分仍不明确。"),          # minutes
    ("c", "送餐机器人（1/2）", "1/ 周末在商场看到送餐机器人，挺有意思。\n\n"
     "2/ 不过送餐机器人撞伤顾客后由谁赔，现行法规尚无规定，追责也不清晰。\n\n"               # a thread
     "3/ 听说市政府已出台新规，明确送餐机器人事故由运营方担责。"),
)


def test_a_gap_of_the_law_is_a_limit_and_a_new_law_is_policy_news(tmp_path):
    an, _ = _run(tmp_path, [_article(*s) for s in LAW], "topic:\n  label: 送餐机器人\n  terms: [送餐机器人]\n")
    for article, text in (("a", "尚无针对"), ("b", "仍不明确"), ("c", "由谁赔")):
        kinds = _kinds(an, article, text)
        assert kinds and all(k == "limit" for k, _ in kinds), (text, kinds)
    assert ("impact", "policy") in _kinds(an, "c", "出台新规"), _kinds(an, "c", "出台新规")


# ---- a claim no category placed goes to the category of its subject, not the catch-all ----

def test_a_claim_goes_to_its_subject_before_the_catch_all(tmp_path):
    from generator.analyse.claimshape import subject_rule
    from generator.analyse.taxonomy import load_taxonomy
    path = tmp_path / "t.yml"
    path.write_text("topic:\n  label: 绿帆电动渡轮\n  terms: [电动渡轮, 绿帆航运]\n", encoding="utf-8")
    rules = load_taxonomy(path).rules

    def home(text):
        got = subject_rule(text, rules, "impact", {"event", "scope"})
        return got.category.id if got else None
    # a minutes' item, a post, an official letter: each names what it is about
    assert home("滨海有渡轮船员约900人，几十艘电动渡轮占比不到一成，短期内不会造成大规模失业。") == "jobs"
    assert home("我坐了一趟，单程票价才8元，比柴油渡轮便宜三成，还有优惠券。") == "pricing"
    assert home("经海事部门调查认定，事故由货船违规变道引起，渡轮一方无违法行为，相关规定将修订。") == "policy"
    # a sentence naming no subject stays where it was (the catch-all)
    assert home("我终于坐上了电动渡轮，真的很安静。") is None


def test_a_catalyst_for_the_field_is_an_impact_though_a_rival_postpones(tmp_path):
    from generator.analyse.claims import classify
    from generator.analyse.taxonomy import load_taxonomy
    path = tmp_path / "t.yml"
    path.write_text("topic:\n  label: 绿帆电动渡轮\n  terms: [电动渡轮, 绿帆航运]\n", encoding="utf-8")
    tax = load_taxonomy(path)
    for text in ("但电动渡轮对整个赛道是实打实的催化，另一家船厂的新船发布也推迟到了10月。",            # a post
                 "分析师认为，绿帆航运的走红对内河航运赛道是一次催化，竞争对手的新船发布则有所推迟。",  # a news page
                 "3.与会代表指出，绿帆航运走红对同行是一次催化，同行的新船发布有所推迟。"):             # minutes
        got = classify(text, tax)
        assert got and got[0].category.kind == "impact", (text, got and got[0].category.id)
