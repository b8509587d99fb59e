"""A digest's thesis by the article's form: a column closes on the position it draws from its
argument ("因此，与其…不如…") even after an early first view; an interview's thesis is the
interviewee's answer, never a question, shown without its "答：" label. Each on a small synthetic
article written for the test (invented places, companies and people)."""

from __future__ import annotations

from tests.test_index import _article, _run

COLUMN = "\n\n".join([
    "5月2日起，青浦湾的养殖场开始排放处理过的冷却水。此后两周，舆论场上最热闹的是两件事：抢购瓶装水和炒作水务股。"
    "在我看来，这两件事都把问题看浅了。",
    "先说抢购瓶装水。青浦县自来水取自上游水库，与海湾并不相通，抢购几十箱瓶装水并不能降低任何风险。",
    "再说股市。东岭水务连续两天涨停，一些研报随即给出“替代空间在百亿元级别”的判断，业绩贡献其实相当有限。",
    "真正该盯住的，是这场长达十年的排放，其数据几乎全部来自养殖场自己。养殖场过去曾被曝出篡改检测记录。",
    "因此，与其抢水、追涨，不如把力气用在要求建立长期、独立、有周边县市参与的联合监测机制上。"
    "周边县市多次提出联合监测，这一主张比一纸禁令更有持久的力量。",
    "当然，也有学者认为我低估了风险，但这恰恰说明更需要独立的数据，而不是情绪化的抢购和炒股。",
])

INTERVIEW = "\n\n".join([
    "青浦湾首轮排放已于本周一结束。本网专访海洋学者柯远，谈排放数据与监测。",
    "问：养殖场说首轮排放一切正常，监测数据都低于检出下限，你怎么看？",
    "答：从目前公开的数据看，首轮排放确实没有出现异常。但低于检出下限只是和检测方法有关的说法，并不等于没有问题，"
    "关键是要有独立的联合取样。",
    "问：很多人担心海产品，还能吃吗？",
    "答：按现在的浓度，正常食用海产品的风险很低。不过，监测不能只靠养殖场自己的数据。",
    "问：对市民有什么建议？",
    "答：不必恐慌，但也不要因为首轮数据好看就放松监测，真正的考验在后面。",
])


def test_a_columns_thesis_is_the_position_it_draws_at_its_close():
    a = _article("col", COLUMN, title="抢水与炒股之外，青浦湾真正该盯住的是什么", date="2025-05-20", author="林川")
    summary = _run(a).digests[0].summary
    assert summary[0].role == "thesis"
    assert summary[0].text.startswith("与其抢水、追涨，不如"), summary[0].text  # "因此，" left off alone


def test_an_interviews_thesis_is_an_answer_never_a_question_and_shows_no_label():
    a = _article("qa", INTERVIEW, title="海洋学者：低于检出下限不等于没有问题", date="2025-05-21")
    summary = _run(a).digests[0].summary
    assert summary and summary[0].role == "thesis"
    assert summary[0].paragraph in ("p3", "p5", "p7"), summary[0]
    assert not any(s.paragraph in ("p2", "p4", "p6") for s in summary)  # no question
    assert not any(s.text.startswith(("答：", "答:")) for s in summary)


def test_keywords_are_things_a_reader_searches_not_categories():
    body = "\n\n".join([
        "禁令实施后，青浦湾的扇贝加工厂冷库爆满，出口商和消费者都在观望，资本市场的情绪化反应明显。",
        "一位从业者说，扇贝订单全停了，冷库里的扇贝只能先冻起来，出口商损失惨重，资本市场的情绪化反应仍在继续。",
        "消费者担心扇贝的安全，从业者则担心冷库的电费，出口商开始寻找新的买家，资本市场一片情绪化。",
        "渔协表示，扇贝收购价已下跌约三成，冷库租金上涨，消费者和从业者都在等待政府的补贴。",
    ])
    a = _article("kw", body, title="禁令之后，青浦湾的扇贝去哪儿了", date="2025-05-22")
    other = _article("kw2", "东岭证券发布报告，认为水务行业的估值仍有上升空间。\n\n报告称，水务公司的现金流稳定。",
                     title="东岭证券看好水务行业", date="2025-05-22")
    kws = [d for d in _run(a, other).digests if d.article == "kw"][0].keywords
    assert "扇贝" in kws and "冷库" in kws, kws
    assert not {"消费者", "从业者", "出口商", "资本市场", "情绪化"} & set(kws), kws


def test_a_sentence_that_leans_on_the_one_before_is_no_summary_line():
    body = "\n\n".join([
        "东岭县的扇贝加工厂过去把进口扇贝加工后再出口，形成了一条完整的“加工再出口”链条，养活了上千名工人。",
        "禁令实施后，这条“加工再出口”的链条被切断，东岭县的加工厂纷纷停工，工人们只能等待新的订单。",
        "9月5日，东岭县政府宣布拿出两亿元补贴受影响的扇贝加工厂，帮助他们寻找新的原料来源和买家。",
        "同一天，北溟县的渔民代表前往省城请愿，要求政府同样给予补贴，扇贝加工厂的工人们也加入了请愿。",
        "业内人士估计，即便禁令将来取消，扇贝加工厂恢复到禁令前的水平也至少要一两年的时间才能完成。",
    ])
    a = _article("lb", body, title="禁令之后，东岭县的扇贝加工厂怎么样了", date="2025-09-08")
    summary = _run(a).digests[0].summary
    assert summary
    assert not any(s.text.startswith(("同一天", "禁令实施后，这条")) for s in summary), [s.text for s in summary]


def test_an_interviews_thesis_is_the_answer_that_takes_a_position():
    a = _article("qa2", INTERVIEW, title="专访海洋学者柯远", date="2025-05-21")
    thesis = _run(a).digests[0].summary[0]
    assert thesis.paragraph == "p3" and "不等于没有问题" in thesis.text, thesis


def test_a_features_scene_of_what_usually_happens_is_not_its_thesis():
    body = "\n\n".join([
        "9月初的东岭村，往年这个时候正是扇贝出货的旺季，码头上挤满了运货的卡车。",
        "但今年，东岭村一家加工厂的冷库里码放着近200吨本该运往海外的冷冻扇贝，订单全停了。",
        "东岭渔协的负责人透露，8月下旬以来，东岭扇贝的产地收购价较7月下跌了约三成，渔民损失惨重。",
        "两种看法的差别，在于对扇贝市场恢复速度的判断，渔协和加工厂各有各的算盘。",
        "一位业内人士估计，即便海外市场将来重新开放，扇贝价格恢复到禁令前的水平也至少要一两年。",
    ])
    a = _article("ft", body, title="禁令两周后，东岭扇贝去哪儿了", date="2025-09-08")
    summary = _run(a).digests[0].summary
    assert summary[0].role == "thesis" and not summary[0].text.startswith("9月初的东岭村"), summary[0]
    assert not any(s.text.startswith("两种看法") for s in summary)
