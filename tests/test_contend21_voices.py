"""Contentions an analyst trusts (issue 13, property 6): every holder on the side he argues, every side's
evidence a line that argues. A holder "也同样认为" stands beside whom he agrees with; a frame that only announces
words to come ("…一文中分析指出") is no evidence; a hedged line ("在一定程度上") is not filed beside the unqualified
claim; the writer's own projection ("可以预见，…") lends no holder; a title has a subject; a quote is never cut
between a topic and what is said of it. The stories are invented for the tests (a city's e-scooter ban, a river
port's new crane, a glacier's melt)."""

from __future__ import annotations

from dataclasses import replace

from generator.analyse.contendvoices import placed, titled
from generator.analyse.model import Citation, Contention, Side, Speaker
from generator.analyse.statements import short_quote
from generator.analyse.text import Sentence
from test_briefing_properties import _article, _run

BAN = """topic:
  label: 滑板车禁令
  terms: [滑板车禁令, 电动滑板车]
contentions:
  - id: accidents
    topic: 禁令会减少事故吗？
    scope: [事故, 受伤]
    a:
      label: 会减少事故
      cues: [大幅减少, 明显下降]
    b:
      label: 未必减少事故
      cues: [不会减少, 新的风险, 未必]
"""


def _where(an, text):
    """(contention, the side whose citations quote ``text``) for the one contention quoting it."""
    for c in an.contentions:
        for side in (c.a, c.b):
            if any(text in x.quote for x in side.citations):
                return c, side
    return None, None


def test_a_holder_agreeing_with_another_stands_on_his_side_not_where_a_cue_word_put_him(tmp_path):
    a = _article("a", "市政府上月起禁止电动滑板车在主干道行驶。\n\n"
                      "市交通局局长周涛认为，禁令实施后，电动滑板车造成的事故会大幅减少。"
                      "城市规划学会理事韩雪也同样认为，受伤的骑行者会变少，禁令也会带来新的风险，人行道需要改造。")
    b = _article("b", "律师方立认为，禁令不会减少事故，受伤的人只会从骑行者变成行人。")
    an = _run(tmp_path, [a, b], BAN)
    c, side = _where(an, "也同样认为")
    assert c is not None, [(x.topic, x.a.statement, x.b.statement) for x in an.contentions]
    _, claim = _where(an, "大幅减少")
    assert side is claim, "韩雪 agrees with 周涛: his line stands on 周涛's side, whatever cue word it holds"
    other = c.b if side is c.a else c.a
    assert "韩雪" not in {s.name for s in other.speakers}
    assert "方立" in {s.name for s in other.speakers}


def test_a_cue_word_inside_a_works_title_puts_no_line_on_a_side(tmp_path):
    a = _article("a", "学者邓敏在《电动滑板车事故会大幅减少吗？》一文中分析指出，禁令实施后主干道的车流并无变化。\n\n"
                      "市交通局局长周涛认为，禁令实施后，电动滑板车造成的事故会大幅减少。")
    b = _article("b", "律师方立认为，禁令不会减少事故，受伤的人只会从骑行者变成行人。")
    an = _run(tmp_path, [a, b], BAN)
    c, _ = _where(an, "大幅减少")
    assert c is not None
    quotes = [x.quote for x in c.a.citations + c.b.citations]
    assert not any("一文中" in q for q in quotes), quotes


def _s(article, para, index, text):
    return Sentence(article, para, index, int(para[1:]), 0, text, text, text, text)


def _held(names):
    """A held_by reading each citation's holder from the names written in it."""
    return lambda cite: {n for n in names if n in cite.quote}


def _side(label, statement, quotes, speakers):
    cites = tuple(Citation(a, p, q) for a, p, q in quotes)
    return Side(label, (), cites, statement, tuple(Speaker(n, "", a, p) for n, a, p in speakers))


def test_frames_and_hedges_leave_a_side_and_the_writers_projection_lends_no_holder():
    sents = [
        _s("a", "p1", 0, "港务局局长吴涛表示，新吊机将让码头的装卸效率翻一番。"),
        _s("a", "p1", 1, "可以预见，新吊机投用后，码头的装卸效率将大幅提高。"),
        _s("a", "p2", 2, "经济学者邓敏在一篇评论中分析指出"),
        _s("a", "p3", 3, "工程师许明称，新吊机在一定程度上提高了装卸效率。"),
        _s("b", "p1", 0, "码头工人代表陈刚说，新吊机故障频繁，装卸效率根本没有提高。"),
    ]
    a = _side("会提高", "新吊机投用后，码头的装卸效率将大幅提高。",
              [("a", "p1", s.original) for s in sents[1:2]] + [("a", "p2", sents[2].original), ("a", "p3", sents[3].original),
                                                                ("a", "p1", sents[0].original)],
              [("吴涛", "a", "p1"), ("邓敏", "a", "p2"), ("许明", "a", "p3")])
    b = _side("没有提高", "新吊机故障频繁，装卸效率根本没有提高。", [("b", "p1", sents[4].original)], [("陈刚", "b", "p1")])
    held = _held(["吴涛", "邓敏", "许明", "陈刚"])

    def held_by(cite):  # the writer's projection is carried to the holder named before it, as attributions do
        return held(cite) or ({"吴涛"} if cite.quote.startswith("可以预见") else set())

    [c] = placed([Contention("contention-x", "新吊机能提高效率吗？", a, b)], sents, held_by, "新吊机")
    quotes = [x.quote for x in c.a.citations]
    assert not any("分析指出" == q[-4:] for q in quotes), "a frame announcing words to come is no evidence"
    assert not any("一定程度上" in q for q in quotes), "a hedge is not filed beside the unqualified claim"
    assert any(q.startswith("可以预见") for q in quotes), "the projection stays, as the outlet's words"
    names = {s.name for s in c.a.speakers}
    assert "邓敏" not in names and "许明" not in names
    assert "吴涛" in names, "吴涛 holds a line of his own on the side"
    # a hedge on a point of its own argues; a line closing on a saying verb it denies is said, not announced
    other = [_s("a", "p4", 4, "工会主席罗兵说，某种程度上码头工人比过去更安全。"), _s("a", "p5", 5, "吊机出了事故你们怎么不说。")]
    wide = replace(a, citations=a.citations + tuple(Citation("a", x.paragraph, x.original) for x in other))
    [c] = placed([Contention("contention-x", "?", wide, b)], sents + other, held_by, "新吊机")
    quotes = [x.quote for x in c.a.citations]
    assert other[0].original in quotes and other[1].original in quotes
    # without his own line, the holder the projection's sentence was lent to leaves the side
    alone = _side("会提高", a.statement, [("a", "p1", sents[1].original)], [("吴涛", "a", "p1")])
    [c] = placed([Contention("contention-y", "?", alone, b)], sents, held_by, "新吊机")
    assert not c.a.speakers and c.a.citations, "the outlet's projection is shown with no one's name on it"


def test_a_disagreeing_line_found_on_the_side_it_answers_moves_across():
    sents = [_s("a", "p1", 0, "气候学者林岚认为，冰川的消融速度正在加快。"),
             _s("a", "p1", 1, "但地质学家赵雷不认同，冰川的消融速度近十年基本稳定。"),
             _s("b", "p1", 0, "当地向导马骏说，冰川的消融速度并没有加快。")]
    a = _side("加快", "冰川的消融速度正在加快。", [("a", "p1", sents[0].original), ("a", "p1", sents[1].original)],
              [("林岚", "a", "p1"), ("赵雷", "a", "p1")])
    b = _side("没有加快", "冰川的消融速度并没有加快。", [("b", "p1", sents[2].original)], [("马骏", "b", "p1")])
    [c] = placed([Contention("contention-z", "冰川消融在加快吗？", a, b)], sents, _held(["林岚", "赵雷", "马骏"]), "冰川")
    assert {s.name for s in c.a.speakers} == {"林岚"}
    assert {s.name for s in c.b.speakers} == {"马骏", "赵雷"}
    assert any("不认同" in x.quote for x in c.b.citations)
    # two lines that agree, each its side's statement: no contention
    a2 = _side("加快", "冰川的消融速度正在加快。", [("a", "p1", sents[0].original)], [("林岚", "a", "p1")])
    agree = _s("a", "p1", 1, "地质学家赵雷同样认为，冰川的消融速度正在加快。")
    b2 = _side("没有加快", "冰川的消融速度正在加快。", [("a", "p1", agree.original)], [("赵雷", "a", "p1")])
    assert placed([Contention("contention-w", "?", a2, b2)], [sents[0], agree], _held(["林岚", "赵雷"]), "冰川") == []


def test_a_title_opening_on_its_predicate_gets_the_topic_as_subject():
    a = _side("会", "新吊机有望推动码头进入自动化阶段。", [("a", "p1", "新吊机有望推动码头进入自动化阶段。")], [])
    b = _side("不会", "新吊机故障频繁。", [("b", "p1", "新吊机故障频繁。")], [])
    c = titled(Contention("contention-t", "有望推动码头进入自动化阶段？", a, b), "新吊机")
    assert c.topic == "新吊机有望推动码头进入自动化阶段？"
    assert titled(Contention("contention-u", "码头会自动化吗？", a, b), "新吊机").topic == "码头会自动化吗？"
    # a topic its sides never name is no subject to lend
    assert titled(Contention("contention-v", "有望推动码头进入自动化阶段？", a, b), "冰川").topic.startswith("有望")


def test_a_quote_never_ends_on_a_clause_that_only_names_its_topic():
    text = ("另外在“烟花升空”的镜头中，模型生成的视频却显示，烟花还没升空就已经炸开，碎片又落回了发射筒里，"
            "“先炸开后升空”的顺序，模型显然没有理解。")
    q = short_quote(text, lambda t: t, ("炸开",))
    assert q.endswith("模型显然没有理解。") or q.endswith("模型显然没有理解"), q


def test_an_answer_naming_little_of_the_view_it_answers_cites_its_paragraphs_restatement():
    view = _s("a", "p1", 0, "很多人据此认为，西岭的滑雪场会整体火起来。")
    answer = [_s("a", "p2", 1, "我的看法是：别的山头想照搬，很难成功。"),
              _s("a", "p2", 2, "缆车和酒店都要十年功夫。"),
              _s("a", "p2", 3, "换句话说，滑雪场整体火起来需要的是交通和住宿，这恰恰最缺。")]
    a = _side("会", view.original, [("a", "p1", view.original)], [])
    b = _side("不会", answer[0].original, [("a", "p2", answer[0].original)], [("周航", "a", "p2")])
    [c] = placed([Contention("contention-s", "?", a, b)], [view] + answer, lambda cite: set(), "西岭")
    assert [x.quote for x in c.b.citations] == [answer[0].original, answer[2].original]
    # sides already speaking of one thing are left as they are
    b2 = _side("不会", "滑雪场整体火起来很难。", [("a", "p2", answer[0].original)], [])
    [c] = placed([Contention("contention-s", "?", a, b2)], [view] + answer, lambda cite: set(), "西岭")
    assert len(c.b.citations) == 1


def test_a_question_asked_in_a_clause_takes_no_side_of_a_general_question():
    from generator.analyse.polarity import polarity
    assert polarity("二是本地的零件厂，会不会被卷进这一轮价格战。", stated=True) == {}
    assert polarity("青鸟电摩有没有亏损，现在还不好说。", stated=True) == {}
    # a denial is still one
    assert polarity("我们不是来打价格战的。", stated=True) == {"price-war": -1}


def test_a_side_in_the_writers_own_voice_is_held_by_the_writer():
    from generator.analyse.contendvoices import writers
    from generator.model import Article
    from generator.articles import parse_body
    page = Article(slug="a", source="a.txt", title="专栏", script="zh-Hans", blocks=parse_body("x"), outlet="港城周刊",
                   author="罗青", date="2026-05-01")
    sents = [_s("a", "p1", 0, "对这一点我不完全同意，新吊机的故障率被高估了。"),
             _s("a", "p2", 1, "王某说，我认为新吊机不行。")]
    mine = _side("不同意", sents[0].original, [("a", "p1", sents[0].original)], [])
    quoted = _side("不行", sents[1].original, [("a", "p2", sents[1].original)], [])
    [c] = writers([Contention("contention-w", "?", mine, quoted)], sents, [page])
    assert [s.name for s in c.a.speakers] == ["罗青"], "the columnist's own judgement is the columnist's"
    assert not c.b.speakers, "someone else's 我 is not the writer's"


def test_a_first_person_with_no_author_is_never_the_platforms():
    from generator.analyse.contendvoices import writers
    from generator.model import Article
    from generator.articles import parse_body
    page = Article(slug="a", source="a.txt", title="帖子", script="zh-Hans", blocks=parse_body("x"), outlet="某论坛",
                   date="2026-05-01")
    sents = [_s("a", "p1", 0, "第二，对码头工人，我的判断是利好。"), _s("a", "p2", 1, "可以预见，新吊机投用后效率将大幅提高。")]
    first = _side("利好", sents[0].original, [("a", "p1", sents[0].original)], [])
    projection = _side("提高", sents[1].original, [("a", "p2", sents[1].original)], [])
    [c] = writers([Contention("contention-p", "?", first, projection)], sents, [page])
    assert not c.a.speakers
    assert [s.name for s in c.b.speakers] == ["某论坛"], "the reporting's own projection is the outlet's"
