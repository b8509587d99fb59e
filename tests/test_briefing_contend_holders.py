"""Contentions from who holds what (issue 13, property 6, on any topic): two named holders of one
paragraph, the second set against the first ("A认为…。B则说…"), whatever words the second judges in;
an assurance against another holder's forecast; an explicit frame answering the view before the
data that backs it; the writer answering an unnamed party's view in the next sentence. And what is
no contention: parallel facts joined by "则", a holder against themselves, the writer granting the
view, two "cannot" sentences on the same thing. The stories are invented for the test (a city's
congestion charge, a reservoir, a four-day school week); the taxonomy names only a topic."""

from __future__ import annotations

from generator.analyse.contentions import _both_deny
from test_briefing_contend import _one, _sides
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 拥堵收费\n  terms: [拥堵收费]\n"

EXPLAINER = (
    "一次看懂拥堵收费：4个问题\n\n"
    "市议会5月表决通过拥堵收费方案，明年起工作日进入老城区的私家车每天收费30元。本刊请两位学者解读。\n\n"
    "Q1：收费会不会伤害老城区的商户？\n\n"
    "A：这是两位学者看法分歧最大的地方。交通大学教授周明以伦敦为例指出，收费实施后老城区的客流下降了一成，"
    "「小商户确实受到冲击」。城市研究所研究员韩雪则认为，伦敦的经验显示客流和营业额并非此消彼长，关键在公交能否接住。\n\n"
    "Q2：低收入司机会受到什么影响？\n\n"
    "A：韩雪认为，收费让道路更快，公交准点率提高，低收入通勤者整体受益。周明则说，每天30元对送货司机是一笔大开支，"
    "负担远比白领重。\n\n"
    "Q3：收费的步子是太快还是太慢？\n\n"
    "A：周明认为，先收30元、三年后再评估，「步调相当保守」。韩雪则说，分段提价比较稳妥，可以减少市民反弹。\n\n"
    "Q4：其他城市怎么做？\n\n"
    "A：新加坡1975年就开始收费。斯德哥尔摩则自2007年起按时段收费。")


def test_two_named_holders_set_against_each_other_in_a_paragraph_are_a_contention(tmp_path):
    an = _run(tmp_path, [_article("a", EXPLAINER)], TOPIC)
    c, claim, answer = _one(an, "整体受益")
    assert any("负担远比白领重" in x.quote for x in answer.citations), \
        "the second holder's answer counts though it judges in no denial word"
    assert {s.name for s in claim.speakers} == {"韩雪"} and {s.name for s in answer.speakers} == {"周明"}
    c, claim, answer = _one(an, "步调相当保守")
    assert any("比较稳妥" in x.quote for x in answer.citations)
    c, claim, answer = _one(an, "小商户确实受到冲击")
    assert any("并非此消彼长" in x.quote for x in answer.citations)
    assert "韩雪" not in {s.name for s in claim.speakers}, \
        "the sentence whose head names 周明 is never the answer's holder's"


def test_parallel_facts_joined_by_ze_and_a_holder_against_themselves_are_no_contention(tmp_path):
    an = _run(tmp_path, [_article("a", EXPLAINER)], TOPIC)
    assert not _sides(an, "斯德哥尔摩则自2007年起"), "two facts, no holder: no dispute"
    for c in an.contentions:
        a = {s.name for s in c.a.speakers}
        b = {s.name for s in c.b.speakers}
        assert not (a & b), (c.a.statement, c.b.statement)
    assert len(an.contentions) == 3, [(c.a.statement, c.b.statement) for c in an.contentions]


RESERVOIR = (
    "南山水库今年入汛以来来水偏少三成。\n\n"
    "水资源学者方立指出，省水利研究院去年发布的一份报告预测，南山水库的可用蓄水量可能在2030年前后耗尽。"
    "这份报告当时引发热议。\n\n"
    "市水务局则多次强调，南山水库的可用蓄水量仍然充足，城区供水有保障。\n\n"
    "市水务局表示，今年将新建两座水厂。")


def test_an_assurance_against_another_holders_forecast_is_a_contention(tmp_path):
    an = _run(tmp_path, [_article("a", RESERVOIR)], TOPIC)
    c, claim, answer = _one(an, "可能在2030年前后耗尽")
    assert any("供水有保障" in x.quote for x in answer.citations)
    assert "耗尽" in c.topic and not c.topic.startswith("水资源学者"), "the question is the forecast, not its frame"


def test_an_announcement_after_a_view_answers_nothing(tmp_path):
    a = _article("a", "分析师秦风认为，拥堵收费会让老城区的房租下降。\n\n"
                      "市交通局则表示，下月将开通三条新的公交线路。")
    an = _run(tmp_path, [a], TOPIC)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_an_explicit_frame_answers_the_view_before_the_data_backing_it(tmp_path):
    a = _article("a", "拥堵收费明年起实施。\n\n"
                      "经济学家贺兰也警告，在老城区商铺空置率居高不下之际收费，可能进一步加剧小商户的经营压力。"
                      "根据市统计局数据，一季度老城区商铺空置率为14%，创三年新高。\n\n"
                      "商业协会研究员孔杰不同意这种看法。他说，老城区八成顾客本来就坐地铁来，收费对客流的影响有限。"
                      "孔杰并指出，分段提价是为了避免市民反弹。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "加剧小商户的经营压力")
    assert any("影响有限" in x.quote for x in answer.citations)
    assert not any("分段提价" in x.quote for x in answer.citations), \
        "'孔杰并指出' opens another point of his: not his answer to this claim"
    assert not any("空置率为14%" in x.quote for x in claim.citations + answer.citations)


SCHOOL = "topic:\n  label: 四天上学制\n  terms: [四天上学制]\n"


def test_the_writer_answering_an_unnamed_partys_view_in_the_next_sentence(tmp_path):
    a = _article("a", "学区下学期起试行四天上学制，周五不上课。\n\n"
                      "有人担心四天上学制会让学生的成绩下滑。这种担心可以理解，但把上课天数和成绩对立起来，"
                      "是把学习当成了只在教室里发生的事。\n\n"
                      "也有人说，双职工家庭周五可以把孩子送去托管嘛。我查了，学区的托管班只有四十个名额，"
                      "但全区有两千多名小学生。所谓托管，对大多数家庭几乎没有意义。")
    an = _run(tmp_path, [a], SCHOOL)
    c, claim, answer = _one(an, "成绩下滑")
    assert claim.citations[0].quote.startswith("有人担心") and "这种担心可以理解" in answer.citations[0].quote
    c, claim, answer = _one(an, "送去托管嘛")
    assert any("几乎没有意义" in x.quote for x in answer.citations)
    assert not claim.speakers and not answer.speakers, "an unnamed party and the writer: nobody named"


def test_the_writer_granting_an_unnamed_view_is_no_contention(tmp_path):
    a = _article("a", "学区下学期起试行四天上学制。\n\n"
                      "有人担心四天上学制会让学生的成绩下滑。这种担心不无道理，试点学校的数学成绩确实下降了。")
    an = _run(tmp_path, [a], SCHOOL)
    assert not _sides(an, "成绩下滑"), [(c.a.statement, c.b.statement) for c in an.contentions]


def test_two_cannot_clauses_on_the_same_thing_agree():
    assert _both_deny("也要看到，单靠拥堵收费解决不了老城区的交通问题，还需要加密公交线路。",
                      "收费能缓解一时，但单靠拥堵收费不足以根治拥堵，仍需发展公交。")
    assert not _both_deny("拥堵收费会让老城区更通畅，还需要加密公交线路。", "单靠拥堵收费不足以根治拥堵。")


def test_a_partys_claim_and_the_group_it_fails_with_the_claim_as_made_elsewhere(tmp_path):
    a = _article("a", "学区下学期起试行四天上学制。\n\n"
                      "据学区介绍，四天上学制实行“课时不减、质量不降”。要让家长真正放心，还得看期末成绩。")
    b = _article("b", "我替一位双职工妈妈算了笔账。\n\n"
                      "校方说课时不减，可对要上班的家长来说，周五一整天没人看孩子才是问题。")
    an = _run(tmp_path, [a, b], SCHOOL)
    c, answer, claim = _one(an, "没人看孩子")
    assert answer.citations[0].quote.startswith("对要上班的家长来说"), "quoted from the group on, verbatim"
    assert {x.article for x in claim.citations} == {"a", "b"}, \
        "the claim the party is said to make brings in the article stating it in quotation marks"
    assert not c.topic.startswith("据"), c.topic


def test_a_partys_claim_followed_by_its_own_caveat_is_no_contention(tmp_path):
    a = _article("a", "学区下学期起试行四天上学制。\n\n校方说课时不减，但也承认周五的托管名额不够。")
    an = _run(tmp_path, [a], SCHOOL)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_a_reaction_of_disapproval_answers_the_line_it_hears(tmp_path):
    # a notes export's list, one item a block as the reader gives it (unterminated lines, a footnote mark)
    notes = ("王秀英，62岁，退休教师，周三下午在小区门口聊的。\n\n"
             "学区的说法：教育局发布会上说，周五将开设免费的托管班，解决双职工家庭的接送难题[^1]\n\n"
             "王老师听了直摇头：“托管班哪有自家人看着放心。”\n\n"
             "下周再约她孙女补采\n\n"
             "[^1]: 教育局发布会实录\n")
    an = _run(tmp_path, [_article("a", notes)], SCHOOL)
    c, claim, answer = _one(an, "周五将开设免费的托管班")
    assert any("托管班哪有自家人看着放心" in x.quote for x in answer.citations)
    assert "[^1]" not in claim.statement + c.topic, "a footnote mark is no word of a statement"
    assert not _sides(an, "补采")


def test_a_columnist_against_the_opposite_view_he_reports(tmp_path):
    a = _article("a", "四天上学制试行一个月，我想泼一盆冷水：它省下的不是学生的时间，而是学区的开支。\n\n"
                      "当然，也有不少教育界人士持相反看法。师范大学等机构认为，四天上学制会倒逼学校提高课堂效率，"
                      "最终让学生受益。我并不否认效率的价值，但效率应该来自更好的教学，而不是更少的上课日。"
                      "当所有学校都在压缩课时的时候，没有哪个学生是真正的赢家。")
    an = _run(tmp_path, [a], SCHOOL)
    c, claim, answer = _one(an, "倒逼学校提高课堂效率")
    assert any("更好的教学" in x.quote for x in answer.citations)
    assert "我并不否认" not in answer.statement, "the writer's concession is not their argument"


def test_a_columnist_granting_the_view_he_reports_is_no_contention(tmp_path):
    a = _article("a", "四天上学制试行一个月，我认为它利大于弊。\n\n"
                      "当然，也有家长持相反看法。家长委员会的代表认为，周五的托管会让双职工家庭更累。"
                      "我同意这一点，托管确实需要补上。")
    an = _run(tmp_path, [a], SCHOOL)
    assert not _sides(an, "双职工家庭更累"), [(c.a.statement, c.b.statement) for c in an.contentions]


def test_the_writer_quoting_words_back_to_deny_them(tmp_path):
    a = _article("a", "学区为何这么快推行四天上学制？\n\n"
                      "学区主任在家长会上说，家长们都有需要，老师们也都希望早一点轮休，所以要尽快试行。\n\n"
                      "“有需要”“希望早一点轮休”，都没有错。但是，这些都不是仓促试行的理由。")
    an = _run(tmp_path, [a], SCHOOL)
    c, claim, answer = _one(an, "家长们都有需要")
    assert "不是仓促试行的理由" in answer.statement


def test_words_quoted_without_being_denied_are_no_answer(tmp_path):
    a = _article("a", "学区主任在家长会上说，家长们都有需要，老师们也都希望早一点轮休。\n\n"
                      "“有需要”这个说法，在家长群里传得很快。很多家长都转发了。")
    an = _run(tmp_path, [a], SCHOOL)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


DRONE = "topic:\n  label: 无人机送货\n  terms: [无人机送货]\n"


def test_soon_against_far_off_is_a_contention_across_articles(tmp_path):
    a = _article("a", "无人机送货上月在三个城区试点。\n\n"
                      "物流公司技术负责人韩涛表示，随着电池续航提升、航线审批简化，无人机配送有望快速进入商业化运营阶段。")
    b = _article("b", "无人机送货的试点引来围观。\n\n"
                      "航空大学教授秦岭对记者说：“现在的无人机配送只是个展示，距离商业化运营还有很长的路。”")
    an = _run(tmp_path, [a, b], DRONE)
    c, soon, far = _one(an, "快速进入商业化运营阶段")
    assert any("距离商业化运营还有" in x.quote for x in far.citations)
    assert {s.name for s in soon.speakers} == {"韩涛"} and {s.name for s in far.speakers} == {"秦岭"}


def test_a_widening_gap_against_catching_up_is_a_contention(tmp_path):
    a = _article("a", "两国的无人机配送差距引发讨论。\n\n"
                      "研究员许立认为，对手的新机型进一步拉大了两国无人机配送的技术差距。")
    b = _article("b", "国产机型的续航正在改善。\n\n"
                      "工程师周航表示，国产企业可以从电池和飞控上下功夫，在无人机配送技术上逐步赶上对手。")
    an = _run(tmp_path, [a, b], DRONE)
    c, wider, closing = _one(an, "拉大了两国无人机配送的技术差距")
    assert any("逐步赶上" in x.quote for x in closing.citations)


def test_two_holders_both_saying_soon_are_no_contention(tmp_path):
    a = _article("a", "物流公司技术负责人韩涛表示，无人机配送有望快速进入商业化运营阶段。")
    b = _article("b", "航空大学教授秦岭说，无人机配送即将进入商业化运营，明年会在更多城区铺开。")
    an = _run(tmp_path, [a, b], DRONE)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_the_writer_checking_a_fact_an_unnamed_party_reports_is_no_answer(tmp_path):
    a = _article("a", "学区下学期起试行四天上学制。\n\n"
                      "有网友说，试点学校的周五托管班已经开班。我查了，托管班上周一开班，没有延期。")
    an = _run(tmp_path, [a], SCHOOL)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_two_holders_judging_the_same_way_in_a_paragraph_are_no_contention(tmp_path):
    a = _article("a", "拥堵收费实施一个月。\n\n"
                      "交通大学教授周明认为，拥堵收费有助于缓解老城区的拥堵。研究员韩雪则说，拥堵收费也有助于减少老城区的排放。")
    an = _run(tmp_path, [a], TOPIC)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_dui_ci_and_a_holder_judging_answers_the_view_before(tmp_path):
    a = _article("a", "无人机送货上月在三个城区试点。\n\n"
                      "物流公司副总裁韩涛认为，无人机配送三年内就能覆盖全市所有小区。"
                      "对此，航空大学教授秦岭指出，城区的高楼和禁飞区让全覆盖难以实现。\n\n"
                      "对此，市交通局表示，将在下月公布第二批试点名单。")
    an = _run(tmp_path, [a], DRONE)
    c, claim, answer = _one(an, "覆盖全市所有小区")
    assert any("难以实现" in x.quote for x in answer.citations)
    assert not _sides(an, "第二批试点名单"), "an announcement after '对此' judges nothing"
