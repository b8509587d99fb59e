"""Who holds a point and how it reads (issue 13, properties 1 and 4), on articles written for the
test. The story is invented: a phone, 晨星X1, by 晨星科技; the taxonomy names only the topic."""

from __future__ import annotations

from generator.analyse.speakers import column_authors, lead_in
from generator.analyse.statementperson import first_person, third_person
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run

TOPIC = "topic:\n  label: 晨星X1\n  terms: [晨星X1, 晨星科技]\n"


def _article(slug, body, author=None, outlet=None):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script="zh-Hans", blocks=parse_body(body),
                   outlet=outlet or f"{slug}报", author=author, date="2025-05-01")


def test_a_list_label_is_not_a_speaker():
    article = "产能：晨星科技工厂一期年产能20万台，目前交付周期长达8周，短期内产能无法满足订单需求。"
    for label in ("产能", "风险提示", "观点一", "营销争议"):
        text = f"{label}：晨星X1发布会上多次拿竞品做对比，被部分业内人士批评为营销过度，口碑可能受损。"
        assert lead_in(text, article=article + text + text) == [], label
    # a firm that opens its paragraph is its holder, a label made of ordinary words is not
    assert [a.name for a in lead_in("申万宏源：晨星X1有望带动供应链企业的订单增长，利好上游厂商。")] == ["申万宏源"]
    # … unless the article has the word speak elsewhere ("产能" never does)
    assert lead_in("定价：晨星X1的定价将逼迫对手跟进降价，行业利润将被压缩。", article="定价表示，降价会持续。") != []


def test_a_list_labels_point_has_no_speaker_on_the_briefing(tmp_path):
    a = _article("a", "晨星科技昨日发布晨星X1，起售价3999元。\n\n"
                      "产能：晨星科技工厂一期年产能20万台，目前交付周期长达8周，产能短期内无法满足订单需求。\n\n"
                      "营销争议：发布会上多次拿竞品做对比，被部分业内人士批评为碰瓷式营销，晨星X1口碑可能受损。")
    an = _run(tmp_path, [a], TOPIC)
    names = {s.name for p in an.points for s in p.speakers}
    assert not names & {"产能", "营销争议"}, names
    assert _citing(an, "a", "交付周期长达8周"), "the labelled item is still a point"


COLUMN = ("过去一周，晨星X1几乎占据了所有手机话题的中心，但我想泼一盆冷水：它带给行业的更可能是一轮价格战。\n\n"
          "晨星X1的定价比对手便宜一千元，这本身就是价格战最典型的打法，行业利润将被进一步压缩。\n\n"
          "有券商把首日订单解读为需求旺盛，我恰恰认为它说明了首日数字的水分。\n\n"
          "4月2日晨星科技股价盘中一度大涨12%，收盘时涨幅只剩约3%。")
NEWS = ("晨星科技昨日发布晨星X1，起售价3999元。\n\n"
        "晨星X1的定价比对手便宜一千元，分析人士认为行业利润将被进一步压缩。\n\n"
        "晨星科技董事长王朗表示：“我们不是来打价格战的。”")


def test_a_columns_own_claims_are_its_authors(tmp_path):
    col = _article("col", COLUMN, author="钟明", outlet="澜财经")
    news = _article("news", NEWS, author="周正", outlet="财讯社")
    an = _run(tmp_path, [col, news], TOPIC)
    [p] = _citing(an, "col", "价格战最典型的打法")
    assert "钟明" in {s.name for s in p.speakers}, (p.statement, p.speakers)
    # the news report's narration is given no holder
    for p in _citing(an, "news", "起售价3999元"):
        assert not {"周正", "钟明"} & {s.name for s in p.speakers}, p


def test_only_first_person_views_make_a_column():
    def authors(body, author="钟明", narrator=True):
        got = column_authors([_article("x", body, author=author)], lambda slug: (lambda t: t))
        # the named author is who the narration's 我 is (an interview's 我 is the interviewee's)
        assert (got.pop(("x", ""), None) is not None) == narrator
        return got

    assert "x" in authors(COLUMN)
    assert authors(NEWS, "周正") == {}
    # asides ("我哭死"), a quoted or attributed speaker's "我" and an interview's answers are not the writer's view
    assert "x" not in authors("网友验证，晨星X1拍照真的很不完美。他好诚实（我哭死）。\n\n虽然我不懂，但我大为震撼。")
    assert "x" not in authors("分析师李青表示，行业需要的无外乎就是人才和数据，我也不认为数据是短板。\n\n"
                              "王朗说：“我认为晨星X1会成功。”")
    assert "x" not in authors("问：晨星X1会成功吗？\n\n答：我认为会，我觉得价格是关键。\n\n答：我相信用户会买单。",
                              narrator=False)
    # one "笔者认为" paragraph in a news feature: that paragraph is the writer's, not the whole article
    got = authors("晨星科技昨日发布晨星X1。\n\n笔者认为，晨星X1的入场将加速行业洗牌。")
    assert "x" not in got and [k for k in got] == [("x", "p2")], got


def test_a_desk_comment_is_the_publications(tmp_path):
    got = column_authors([_article("x", "晨星X1首日订单破10万台。\n\n简评：首日订单含有观望成分，锁单才是真实需求。",
                                   author="财经笔记编辑部")], lambda slug: (lambda t: t))
    assert got[("x", "p2")].name == "财经笔记编辑部"


def test_statements_speak_in_the_third_person():
    assert third_person("我们认为，晨星X1将带动上游供应链企业的订单增长。") == "晨星X1将带动上游供应链企业的订单增长。"
    assert third_person("我恰恰认为它说明了首日订单数字的水分。", "钟明", "person").startswith("钟明")
    assert not first_person(third_person("笔者认为，晨星X1的入场将加速整个行业的洗牌。"))
    assert first_person("我们现在算力跟不上，是一个明显的短板。")
    assert not first_person("我国手机产业链将因此受益。")


def test_a_first_person_statement_is_a_quote_with_its_holder_or_not_the_statement(tmp_path):
    a = _article("a", "晨星科技昨日发布晨星X1。\n\n"
                      "晨星科技董事长王朗表示，我们现在产能跟不上，晨星X1的交付是一个明显的短板。\n\n"
                      "虽然我不懂芯片，但我觉得晨星X1的交付周期太长，会影响口碑。")
    an = _run(tmp_path, [a], TOPIC)
    for p in an.points:
        if first_person(p.statement):
            # the holder's own words stay theirs, marked as a quotation
            assert p.statement.startswith("王朗：“") and "王朗" in {s.name for s in p.speakers}, p.statement


def test_the_narrations_own_i_is_its_named_author_never_a_speakers_we(tmp_path):
    a = _article("a", "晨星科技昨日发布晨星X1。\n\n"
                      "一位晨星门店的销售顾问告诉笔者，晨星X1发布后，不少原本打算购买对手机型的客户选择了再等等看，门店客流明显减少。\n\n"
                      "晨星科技董事长王朗表示，我们的客户需要更好的影像功能，晨星X1将大幅降低短视频的制作成本。",
                 author="陆明", outlet="周刊")
    an = _run(tmp_path, [a], TOPIC)
    [shop] = _citing(an, "a", "客流明显减少")
    assert "陆明" in shop.statement and "笔者" not in shop.statement and "陆明" in {s.name for s in shop.speakers}
    for p in _citing(an, "a", "影像功能"):
        assert "周刊" not in p.statement and "陆明" not in p.statement, p.statement


def test_an_interviews_answers_are_not_the_reporters_and_lose_their_turn_label(tmp_path):
    """In a Q&A interview the answers' "我" is the interviewee's: the byline's reporter never takes
    it, and a statement never opens on the turn label "答："."""
    qa = _article("qa", "本报记者专访了晨星科技前产品总监。\n\n"
                        "问：晨星X1的定价会引发价格战吗？\n\n"
                        "答：我认为晨星X1的低价会迫使对手在三个月内跟进降价，整个行业的利润将被进一步压缩，中小品牌的日子会更难过。\n\n"
                        "问：供应链呢？\n\n"
                        "答：晨星X1的订单会带动上游供应链企业的订单增长，利好屏幕、电池和芯片等零部件厂商，我预计它们的业绩下半年会明显改善。",
                  author="林晓", outlet="澜财经")
    an = _run(tmp_path, [qa, _article("news", NEWS, author="周正", outlet="财讯社")], TOPIC)
    said = [p.statement for p in an.points if any(c.article == "qa" for c in p.citations)]
    assert said, "the answers make no point"
    assert not any(s.startswith(("答", "问")) for s in said), said
    assert not any("林晓" in s for s in said), said
    assert "林晓" not in {s.name for p in an.points for s in p.speakers}


def test_a_transcripts_guest_is_not_the_host_who_signs_it(tmp_path):
    """A broadcast transcript signed by its host: a guest's "我" (turns labelled "来宾（…）：") is
    never the host's, and the host is no column author of the guests' words."""
    tv = _article("tv", "主持人：观众朋友晚安，今天我们来谈晨星X1。\n\n"
                        "来宾（滨江大学经济系教授周衡）：我想先澄清一个观念，晨星X1的低价会迫使对手在三个月内跟进降价，"
                        "整个行业的利润将被进一步压缩，中小品牌的日子会更难过。\n\n"
                        "主持人：那供应链呢？\n\n"
                        "来宾（滨江大学经济系教授周衡）：晨星X1的订单会带动上游供应链企业的订单增长，利好屏幕、电池和芯片等"
                        "零部件厂商，我预计它们的业绩下半年会明显改善。",
                  author="陈怡", outlet="财经夜话")
    got = column_authors([tv], lambda slug: (lambda t: t))
    assert ("tv", "") not in got and "tv" not in got, got
    an = _run(tmp_path, [tv, _article("news", NEWS, author="周正", outlet="财讯社")], TOPIC)
    said = [p for p in an.points if any(c.article == "tv" for c in p.citations)]
    assert said, "the guest's answers make no point"
    assert not any("陈怡" in p.statement or "陈怡" in {s.name for s in p.speakers} for p in said), \
        [(p.statement, p.speakers) for p in said]
