"""Statements a reader can quote, the right speakers, an overview that leads with the story
(issue 13, properties 1, 2 and 4).

Sentences written for the test (an electric ferry line, a bakery chain, a chess club), in several
forms (a quoted interview, an investor-relations answer, an OCR'd page, a traditional-script report):

* an example's set-up ("以…举例，…", "比如…") is no headline: the statement is the claim it
  illustrates, when another part of the quotation states it about the topic; an example that
  names the topic itself stays the statement;
* a frame "X看来，" with its "在" left out is a frame; a straight single quote standing for a Chinese
  one is no character of a statement ("'筑梦’"), an English apostrophe stays;
* a quote never stops before the statement's last clause, never ends on the next sentence's first
  words, never stops before a closing clause denying what it quotes;
* "公司拥有…" is the company that says it, never a broker writing about a company;
* a role is the fullest the article gives its person, without a lost word's tail; a misread name
  the index merged is the index's in the statement;
* the overview ranks by reach, then the topic's own points, skips an unresolved "公司", and closes on
  the contention most sources take part in.
"""

from __future__ import annotations

from generator.analyse.companyref import name_company, unresolved_company
from generator.analyse.model import Citation, Contention, Entity, Point, Side, Speaker
from generator.analyse.overview import open_question, takeaways
from generator.analyse.pointquotes import covering_quote
from generator.analyse.speakerfinish import fullest_roles, ocr_variants, repaired_role
from generator.analyse.statements import clean_statement, short_quote
from generator.analyse.text import to_simplified

TOPIC = ("电动渡轮", "绿帆")


def _same(text):
    return text


def test_an_examples_set_up_gives_way_to_the_claim_it_illustrates():
    quoted = ("船务公司负责人老陈告诉记者：“以最普通的一条轮渡航线举例，一天需要十几名船员轮班。"
              "如果是长途客运则更加复杂，人数更多。而电动渡轮却可以由三名船员完成全部航次。”")
    assert "三名船员" in clean_statement(quoted, "电动渡轮", ("船员",), prefer=TOPIC)
    analogy = "比如地铁开通之后，随即出现了全新的站务员职业。电动渡轮投入运营后，相信也会带来新的岗位。"
    assert clean_statement(analogy, "电动渡轮", ("职业",), prefer=TOPIC).startswith("电动渡轮投入运营后")


def test_an_example_naming_the_topic_is_the_claims_evidence_and_stays():
    text = "不少乘客反映体验一般。例如，电动渡轮在逆风时航速明显下降，比原定时间晚到二十分钟。"
    assert "航速明显下降" in clean_statement(text, "电动渡轮", ("航速",), prefer=TOPIC)


def test_a_kanlai_frame_without_zai_and_straight_single_quotes_leave_the_statement():
    framed = "从事航运投研的某某咨询公司总经理李某看来，电动渡轮带来的机会不在船上，而在岸上的充电设施。"
    assert clean_statement(framed, "电动渡轮").startswith("电动渡轮带来的机会")
    quoted = "由于电池容量限制，'绿帆一号’在续航上与柴油船还存在差距，Tesla's batteries are different。"
    out = clean_statement(quoted, "电动渡轮")
    assert "'绿帆" not in out and "’" not in out and "Tesla's" in out


def test_a_quote_reaches_the_statements_last_clause():
    original = ("绿帆航运副总经理周某表示，电动渡轮在本市客运中的占比逐年增加，目前承担的客运量占总量的10%到20%，"
                "虽然还不多，但这两年迅速发展，未来电动渡轮将被更大规模运用。")
    statement = ("电动渡轮在本市客运中的占比逐年增加，目前承担的客运量占总量的10%到20%，虽然还不多，"
                 "但这两年迅速发展，未来电动渡轮将被更大规模运用。")
    cut = short_quote(original, _same, ("表示", "占比", "客运量"), limit=70)
    assert "更大规模运用" not in cut  # (the test can fail: the quote is cut short without the widening)
    assert covering_quote(original, _same, statement, cut, 140).endswith("将被更大规模运用。")


def test_a_cut_quote_neither_ends_on_the_next_sentence_nor_before_a_closing_denial():
    long = ("“比如地铁开通之后，随即出现了全新的‘站务员’职业。电动渡轮投入运营后，相信也会带来一系列新岗位。"
            "其次，电动渡轮将可降低通勤成本和减少噪音，令滨江两岸的联系更加紧密。”")
    assert not short_quote(long, _same, ("职业", "站务员")).endswith("投入运营后")
    denied = ("乘客在码头上看到船先靠岸再放下跳板，跳板在靠岸之前已经伸出了半米，"
              "“先伸板后靠岸”的顺序，新系统显然没有执行。")
    assert short_quote(denied, _same, ("跳板", "靠岸", "顺序")).endswith("显然没有执行。")


def test_an_investor_relations_company_is_named_and_a_brokers_is_not():
    bakery = Speaker("麦香烘焙", "", "a", "p4", kind="org")
    line = "新门店将进一步提高产能，公司拥有成熟的中央厨房，通过公司现有渠道可以快速铺货。"
    named = name_company(line, "a", "p5", (bakery,), _same)
    assert "麦香烘焙拥有成熟的中央厨房" in named and "通过麦香烘焙现有渠道" in named
    assert not unresolved_company(named)
    broker = Speaker("华岳证券", "", "a", "p5", kind="org")
    assert name_company("该公司业绩大增。", "a", "p5", (broker,), _same) == "该公司业绩大增。"
    assert name_company("上市公司和子公司都受益。", "a", "p5", (bakery,), _same) == "上市公司和子公司都受益。"
    person = Speaker("王某", "店长", "a", "p5")
    assert name_company(line, "a", "p5", (person,), _same) == line  # whose company is unsure


def test_a_role_is_the_fullest_the_article_gives_and_loses_a_lost_words_tail():
    assert repaired_role("技高级项目经理") == "高级项目经理"            # an OCR'd line lost "…科"
    assert repaired_role("技高級項目經理", "zh-Hant") == "高級項目經理"
    assert repaired_role("副总经理") == "副总经理" and repaired_role("首席分析师") == "首席分析师"
    sps = [Speaker("林某", "美术中心美术总监", "a", "p28"),
           Speaker("林某", "麦香烘焙艺术委员会主席、美术中心美术总监", "a", "p13"),
           Speaker("李某", "猫爪科技有限公司总经理", "a", "p3"),
           Speaker("李某", "猫爪（北京）科技有限公司总经理", "a", "p4")]
    roles = fullest_roles(sps, {"a": "zh-Hans"}, {"a": "麦香烘焙艺术委员会主席、美术中心美术总监林某"})
    assert roles[("a", "林某")][0] == "麦香烘焙艺术委员会主席、美术中心美术总监"
    assert roles[("a", "李某")][0] == "猫爪（北京）科技有限公司总经理"


def test_a_misread_name_the_index_merged_is_the_indexs_in_statements():
    e = Entity("于某雷", "person", (), aliases=("干某雷", "老于"))
    assert ocr_variants([e]) == {"干某雷": "于某雷"}  # a nickname is no misreading
    assert ocr_variants([Entity("麦香烘焙", "org", (), aliases=("麦香烤焙",))]) == {}


def _point(pid, kind, statement, articles, score=1.0):
    return Point(id=pid, kind=kind, category="event", statement=statement, score=score,
                 citations=tuple(Citation(a, "p1", statement) for a in articles))


def test_the_overview_leads_with_reach_then_the_topic_and_skips_an_unresolved_company():
    points = [
        _point("ir", "impact", "电动渡轮会提高效率，公司拥有成熟的航线资源和码头。", "abc", 9),
        _point("fund", "impact", "另一家造船初创企业完成新一轮超过十亿元的融资。", "ab", 9),
        _point("topic", "impact", "电动渡轮投入运营后，两岸通勤时间缩短了一半以上。", "ab", 1),
        _point("wide", "limit", "电动渡轮的续航仍然不足，逆风时难以按时到港。", "abcd", 1),
    ]
    ids = takeaways(points, TOPIC)
    assert ids[0] == "wide"
    assert ids.index("topic") < ids.index("fund")
    assert ids[-1] == "ir"  # after every resolved point of its kind


def test_the_overview_closes_on_the_contention_most_sources_take_part_in():
    def side(arts):
        return Side(label="x", points=(), citations=tuple(Citation(a, "p1", "q") for a in arts))
    narrow = Contention("c-narrow", "会取代柴油船吗？", side("a"), side("b"))
    wide = Contention("c-wide", "电动渡轮安全吗？", side("ab"), side("cd"))
    one_sided = Contention("c-one", "票价合理吗？", side("abcde"), side(""))
    assert open_question([narrow, wide, one_sided]) == "c-wide"
    assert open_question([one_sided]) == ""


def test_traditional_script_company_line_is_named_too():
    org = Speaker("麥香烘焙", "", "t", "p2", kind="org")
    line = to_simplified("公司擁有成熟的中央廚房，新門店將進一步提高產能。", "zh-Hant")
    assert name_company(line, "t", "p2", (org,), lambda s: to_simplified(s, "zh-Hant")).startswith("麦香烘焙拥有")


def test_a_company_named_by_the_frame_before_it_is_resolved_for_the_overview():
    assert not unresolved_company("麦香烘焙总经理王某告诉记者，公司今年计划新开二十家门店。")
    assert unresolved_company("公司已决定下月起将加盟费下调三成。")


def test_a_speakers_quotation_and_a_day_counted_from_another_sentence_do_not_lead():
    from generator.analyse.leadline import self_contained
    assert not self_contained("陈某：“听说船公司说要赔偿，可是我们这些码头商户的损失没有人管。”")
    assert self_contained(clean_statement("同一天，市交通局宣布全面暂停柴油渡轮的夜间航班，两岸通勤压力骤增。", "电动渡轮"))


def test_a_figure_cell_drops_the_articles_note_to_its_reader():
    from generator.render.figures import as_shown as shown
    assert shown("30元（人民币，下同）至60元") == "30元至60元"
    assert shown("21.38億元（單位：新台幣，下同）") == "21.38億元"
    assert shown("约20万辆（含出口）") == "约20万辆（含出口）"  # an aside saying what is counted stays


def test_the_overview_covers_the_storys_aspects_before_repeating_one():
    def pt(pid, cat, n):
        p = _point(pid, "limit", "电动渡轮的" + pid + "问题仍然明显，短期内难以解决。", "abcdefg"[:n])
        return Point(id=p.id, kind="limit", category=cat, statement=p.statement, citations=p.citations)
    points = [pt("续航", "maturity", 4), pt("充电", "maturity", 3), pt("噪音", "maturity", 3), pt("票价", "cost", 2)]
    ids = takeaways(points, TOPIC)
    assert "票价" in ids and len(ids) == 3  # (by reach alone the three maturity points would fill it)
