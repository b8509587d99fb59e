"""The briefing's editorial properties (issue 13), each on small articles written for the test.

The topic here is invented ("Lumo", a chatbot by 星河科技) and the taxonomy names only the topic,
as an editor starting a new topic would: categories come from the general taxonomy.
"""

from __future__ import annotations

import re

from pathlib import Path

import pytest

from generator.analyse import analyse
from generator.analyse.taxonomy import load_taxonomy
from generator.articles import parse_body
from generator.errors import EditorFileError
from generator.model import Article

TOPIC_ONLY = "topic:\n  label: Lumo\n  terms: [Lumo, 星河科技]\n"


def _article(slug, body, script="zh-Hans", outlet=None):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script,
                   blocks=parse_body(body), outlet=outlet or f"{slug}报", date="2025-05-01")


def _run(tmp_path, articles, taxonomy=TOPIC_ONLY):
    path = tmp_path / "taxonomy.yml"
    path.write_text(taxonomy, encoding="utf-8")
    analysis, warnings = analyse(articles, taxonomy_path=path, overrides_path=None)
    return analysis


def _citing(analysis, article, text):
    """Points citing a paragraph of ``article`` whose quote contains ``text``."""
    return [p for p in analysis.points
            if any(c.article == article and text in c.quote for c in p.citations)]


# 1. attribution from the sentence's own frame -----------------------------------------------

def test_speaker_is_who_the_frame_names_never_the_next_holder(tmp_path):
    a = _article("a", "Lumo发布后，市场反应热烈。\n\n"
                      "甲证券认为，Lumo将大幅降低客服行业的人工成本。客服外包企业的订单有望率先被颠覆；"
                      "乙证券指出，Lumo的商业化落地仍需时间。")
    an = _run(tmp_path, [a])
    for p in _citing(an, "a", "客服外包企业的订单"):
        # a point citing the clause before 乙证券's frame is 甲证券's; the one stating what follows
        # the frame ("商业化落地仍需时间") is 乙证券's, whatever clause its quote starts on
        assert [s.name for s in p.speakers] == (["乙证券"] if "商业化落地" in p.statement else ["甲证券"])
    [p] = [p for p in an.points if "商业化落地仍需时间" in p.statement]
    assert [s.name for s in p.speakers] == ["乙证券"]


def test_lead_in_colon_makes_the_paragraph_the_holders(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n丙证券：Lumo有望推动在线教育行业降本增效，带动相关企业的订单增长。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "在线教育")
    assert [s.name for s in p.speakers] == ["丙证券"]


def test_reporters_text_after_a_quotation_has_no_speaker(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n"
                      "星河科技首席执行官王宏表示：“我们相信这是一次突破。”"
                      "发布会当天，星河科技的股价暴跌近10%，市值蒸发上百亿元。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "股价暴跌")
    assert p.speakers == ()


def test_described_holders_are_speakers_but_not_names(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n多家机构认为，Lumo将推动智能客服行业的商业化进程，带动企业订单增长。\n\n"
                      "该公司认为，Lumo的回答存在事实性错误，与对手仍有差距。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "智能客服")
    assert [(s.name, s.kind) for s in p.speakers] == [("多家机构", "group")]
    assert "多家机构" not in {e.name for e in an.entities}
    [q] = _citing(an, "a", "事实性错误")
    assert q.speakers == (), "a back-reference is not resolved by guessing"


# 2. every citation supports its point ---------------------------------------------------------

def test_a_paragraph_sharing_only_a_word_is_not_cited(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n发布会上的演示并非现场操作，而是录播。\n\n"
                      "Lumo的演示涉及写作、翻译和编程三个场景，场景丰富。")
    b = _article("b", "星河科技昨日发布Lumo。\n\n不过，发布会全程采用的是录制好的视频来演示。")
    an = _run(tmp_path, [a, b])
    [p] = _citing(an, "a", "录播")
    assert set(p.articles) == {"a", "b"}
    assert not any("场景丰富" in c.quote for c in p.citations)


# 3. one point per claim across outlets --------------------------------------------------------

def test_a_stock_fall_worded_differently_is_one_point(tmp_path):
    a = _article("a", "星河科技发布了Lumo。\n\n在今天的Lumo发布会过程中，星河科技暴跌近10%。")
    b = _article("b", "Lumo的发布会令人失望。\n\n唯一刺激心脏的是，星河科技的股价应声而落。")
    c = _article("c", "Lumo发布当天，竞争对手月光公司的股价大涨15%。")
    an = _run(tmp_path, [a, b, c])
    [fall] = _citing(an, "a", "暴跌")
    assert set(fall.articles) == {"a", "b"}, "the same fall in two outlets is one point"
    assert not _citing(an, "c", "大涨") or _citing(an, "c", "大涨")[0] is not fall, \
        "a rise is never the same claim as a fall"


# 4. statements a reader can quote -------------------------------------------------------------

def test_statement_is_simplified_without_frame_or_connective(tmp_path):
    a = _article("a", "星河科技發布Lumo。\n\n不過，業內人士指出，Lumo對英文和代碼場景的訓練還不夠多，表現也不夠好。",
                 script="zh-Hant")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "訓練還不夠多")
    assert p.statement.startswith("Lumo对英文")
    assert "不过" not in p.statement and "指出" not in p.statement


# 5. kinds and categories right, including the topic's subject -------------------------------

def test_a_rivals_limit_is_not_the_topics_limit(tmp_path):
    taxonomy = TOPIC_ONLY + "entities:\n  orgs: [月光公司]\n"
    a = _article("a", "星河科技发布Lumo。\n\n相比之下，月光公司的产品只能生成4秒视频，还会出现元素缺失的问题。\n\n"
                      "Lumo的回答存在事实性错误，与对手仍有差距。")
    an = _run(tmp_path, [a], taxonomy)
    assert not _citing(an, "a", "月光公司的产品")
    [p] = _citing(an, "a", "事实性错误")
    assert p.kind == "limit"


# 6. contentions with both arguments ---------------------------------------------------------

def test_contention_across_articles_has_both_arguments_and_speakers(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n分析师赵明认为，Lumo将颠覆在线教育行业。")
    b = _article("b", "Lumo引发讨论。\n\n教授钱亮表示，说Lumo会颠覆在线教育行业还为时过早。")
    an = _run(tmp_path, [a, b])
    [con] = an.contentions
    assert con.a.statement and con.b.statement and con.a.statement != con.b.statement
    assert [s.name for s in con.a.speakers] == ["赵明"]
    assert [s.name for s in con.b.speakers] == ["钱亮"]
    assert {c.article for c in con.a.citations} == {"a"} and {c.article for c in con.b.citations} == {"b"}


# 7. newsworthy coverage: market moves, funding rounds, regulation ----------------------------

def test_market_funding_and_regulation_are_points(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n受Lumo发布影响，星河科技股价当日大涨12%。\n\n"
                      "Lumo的开发商星河科技完成新一轮融资，金额超10亿美元。\n\n"
                      "监管部门出台新规，要求Lumo等生成式服务上线前完成备案。")
    an = _run(tmp_path, [a])
    cats = {p.category for p in an.points}
    assert {"market", "funding", "policy"} <= cats, cats


# 8. any topic out of the box; furniture is never a point -------------------------------------

def test_only_the_topic_named_gives_general_categories_and_no_furniture(tmp_path):
    card = "档案卡\n\n标题：某某\n\n作者：某人\n\n版权说明：该作品版权归原作者所有，仅作存档。\n\n"
    arts = [_article(s, card + f"星河科技发布Lumo。\n\n{body}")
            for s, body in (("a", "Lumo的回答存在事实性错误。"),
                            ("b", "Lumo需要邀请码才能参与测试，尚未向公众开放。"),
                            ("c", "Lumo在中文理解上表现出色，能够准确回答成语的含义。"))]
    an = _run(tmp_path, arts)
    assert an.points, "a briefing without any editor category"
    assert all(p.category in {c.id for c in an.categories} for p in an.points)
    assert not any("版权" in c.quote or "作者" in c.quote for p in an.points for c in p.citations)


# 9. editor steering keeps working -------------------------------------------------------------

def test_editor_categories_refine_the_general_ones(tmp_path):
    taxonomy = TOPIC_ONLY + (
        "categories:\n"
        "  - id: stocks\n    kind: impact\n    label: 股市反应\n    cues: [股价]\n    includes: [market, funding]\n"
        "  - id: quality\n    kind: limit\n    label: 回答质量\n    cues: [错误]\n")
    path = tmp_path / "t.yml"
    path.write_text(taxonomy, encoding="utf-8")
    tax = load_taxonomy(path)
    ids = [r.category.id for r in tax.rules]
    assert ids[:2] == ["stocks", "quality"]
    assert "market" not in ids and "funding" not in ids and ids.count("quality") == 1
    assert "股价" in tax.rules[0].cues and "融资" in tax.rules[0].cues
    labels = {r.category.id: r.category.label for r in tax.rules}
    assert labels["quality"] == "回答质量"
    path.write_text(TOPIC_ONLY + "general: false\ncategories:\n  - {id: x, kind: impact, label: X, cues: [y]}\n",
                    encoding="utf-8")
    assert [r.category.id for r in load_taxonomy(path).rules] == ["x"]


def test_including_an_unknown_general_category_names_file_and_line(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text(TOPIC_ONLY + "categories:\n  - {id: x, kind: impact, label: X, cues: [y], includes: [nope]}\n",
                    encoding="utf-8")
    with pytest.raises(EditorFileError, match=r"t\.yml:5: .*includes 'nope'"):
        load_taxonomy(path)


def test_analysis_is_deterministic(tmp_path):
    arts = [_article("a", "星河科技发布Lumo。\n\n在今天的Lumo发布会过程中，星河科技暴跌近10%。"),
            _article("b", "Lumo的发布会令人失望。\n\n唯一刺激心脏的是，星河科技的股价应声而落。")]
    one, two = _run(tmp_path, arts), _run(tmp_path, arts)
    assert one.to_json(arts) == two.to_json(arts)


def test_contention_sides_show_on_the_site_and_in_the_pdf(tmp_path):
    from generator.pdf.fonts import font_set
    from generator.pdf.render import render_html
    from generator.pipeline import BuildResult, Settings
    from generator.render import render_briefing

    a = _article("a", "星河科技发布Lumo。\n\n分析师赵明认为，Lumo将颠覆在线教育行业。")
    b = _article("b", "Lumo引發討論。\n\n教授錢亮表示，說Lumo會顛覆在線教育行業還為時過早。", script="zh-Hant")
    an = _run(tmp_path, [a, b])
    [con] = an.contentions
    page = render_briefing(an, [a, b], lambda text, script="zh-Hans": text)
    section = page[page.index(con.topic):]
    for side in (con.a, con.b):
        assert side.statement in section
    assert "赵明" in section and "錢亮" in section
    # Rendered as MkDocs renders it: each side's evidence sits in its own cell of the table.
    import markdown

    table = markdown.markdown(section, extensions=["attr_list", "tables", "md_in_html"])
    rows = table[table.index("<tbody>"):table.index("</tbody>")].split("</tr>")[:-1]
    assert [row.count("<td") for row in rows] == [2, 2]
    evidence = rows[1].split("<td")[1:]
    for side, cell in zip((con.a, con.b), evidence):
        assert side.citations and all(c.quote[:8] in cell for c in side.citations)
    settings = Settings(root=tmp_path, pdf=False)
    from generator.convert import Converter
    html = render_html(BuildResult(articles=[a, b], analysis=an, pages={}, data={},
                                   converter=Converter()), settings,
                       "zh-Hant", "compendium", font_set("zh-Hant"))
    block = html[html.index('class="contention"'):]
    assert "趙明" in block and "錢亮" in block
    assert block.count('class="side-statement"') == 2


def test_a_claim_met_with_the_opposite_stance_is_a_contention_not_one_point(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n星河科技称，Lumo是全球首个能实时翻译方言的对话产品，领先所有竞争对手。")
    b = _article("b", "Lumo引发讨论。\n\n研究员孙立表示，所谓Lumo是全球首个能实时翻译方言、领先所有竞争对手的产品，"
                      "这种自我表扬让人笑而不语。")
    an = _run(tmp_path, [a, b])
    cons = [c for c in an.contentions if {x.article for x in c.a.citations} == {"a"}]
    assert cons, [(p.statement, p.articles) for p in an.points]
    [con] = cons
    assert {x.article for x in con.b.citations} == {"b"}
    assert [s.name for s in con.b.speakers] == ["孙立"]
    assert not any(set(p.articles) == {"a", "b"} for p in an.points), "opposite stances are not one claim"


def test_outlets_denying_the_same_effect_in_other_words_are_one_point(tmp_path):
    """"还不足以颠覆", "说颠覆为时过早", "不认同…会颠覆": one claim, apart from the claim they deny."""
    a = _article("a", "星河科技发布Lumo。\n\n研究员周一认为，Lumo现在的能力还不足以颠覆在线教育行业，老师的作用难以取代。")
    b = _article("b", "Lumo引发热议。\n\n一位教研主管表示：“课堂上借助Lumo的频率并不高，说颠覆还有点为时过早。”")
    c = _article("c", "Lumo上线一周。\n\n分析师吴二也不认同Lumo会颠覆在线教育行业的说法。")
    d = _article("d", "星河科技推出Lumo。\n\n券商认为，Lumo将颠覆在线教育行业，众多机构将迎颠覆式变革。")
    an = _run(tmp_path, [a, b, c, d])
    [doubt] = _citing(an, "a", "不足以颠覆")
    assert {"a", "b", "c"} <= set(doubt.articles), [(p.statement, p.articles) for p in an.points]
    assert doubt.kind == "limit"
    assert "d" not in doubt.articles, "the claim they deny is never a source of the denial"


def test_a_double_negation_denies_nothing(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n研究员郑三认为，对于Lumo这样的系统，人才第一，数据第二，其他都没有什么是不可替代的。")
    b = _article("b", "Lumo引发热议。\n\n教授冯四表示，Lumo还不能完全替代人类老师的独特视角和情感投入。")
    an = _run(tmp_path, [a, b])
    assert not any(set(p.articles) == {"a", "b"} for p in an.points)


def test_a_suspicion_and_its_rebuttal_are_a_contention_with_both_sides(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n有网友怀疑，Lumo的绘图功能有套壳、造假的嫌疑，是把关键词机翻成英文交给开源模型。\n\n"
                      "另有网友测试了多个成语。\n\n今天上午，星河科技就Lumo的绘图功能作出了回应，称其完全自研。")
    b = _article("b", "Lumo发布前夜，网上传出一张据称是星河科技的内部通知截图，称发布日全员后台值班。"
                      "但这一图片的真实性存疑，也有网友认为是恶搞。")
    c = _article("c", "星河科技发布Lumo。\n\n对此，月光公司在回应记者时表示，Lumo有望推动在线教育行业降本增效。")
    an = _run(tmp_path, [a, b, c])
    by_article = {}
    for con in an.contentions:
        arts = {x.article for x in con.a.citations} | {x.article for x in con.b.citations}
        by_article.setdefault(tuple(sorted(arts)), []).append(con)
    [shell] = by_article[("a",)]
    assert "嫌疑" in shell.a.statement and "回应" in shell.b.statement
    [notice] = by_article[("b",)]
    assert any("后台值班" in x.quote for x in notice.a.citations), "the report runs on to its answer"
    assert "真实性存疑" in notice.b.statement and not notice.topic.startswith("Lumo发布前夜")
    assert ("c",) not in by_article, "replying to a reporter is not a rebuttal"
    for con in an.contentions:
        for side in (con.a, con.b):
            for x in side.citations:
                text = next(p.text for art in (a, b, c) if art.slug == x.article for p in art.paragraphs
                            if p.id == x.paragraph)
                assert x.quote in text


def test_a_statement_never_opens_on_an_unresolved_this(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n“有需要”“想早一点用上”，都没有错。但是，这些都不是Lumo仓促发布的理由。")
    b = _article("b", "Lumo上线。\n\n由于发布时间仓促，Lumo的方言识别还没完全搞定，只能先用普通话应对。")
    c = _article("c", "Lumo上线一周。\n\n这是一场公关危机，在业内很常见，星河科技尤甚，Lumo的口碑受挫。")
    an = _run(tmp_path, [a, b, c])
    assert an.points, "the claims themselves stay"
    for p in an.points:
        assert not p.statement.startswith(("这些", "这是", "它")), p.statement


def test_a_mocking_line_is_a_contention_side_not_a_stated_effect(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n星河科技称，Lumo是全球首个能实时翻译方言的对话产品，领先所有竞争对手。")
    b = _article("b", "Lumo引发讨论。\n\n什么“Lumo是全球首个能实时翻译方言、领先所有竞争对手的产品”，同行笑而不语。")
    an = _run(tmp_path, [a, b])
    assert any("笑而不语" in c.b.statement for c in an.contentions)
    assert not any("笑而不语" in p.statement for p in an.points), "sarcasm is not listed as a fact"


def test_the_same_effect_on_the_same_subject_in_other_words_is_one_point(tmp_path):
    """Grouped by subject + effect + direction: "降低…人力成本" and "节省…支出" on 客服 are one claim."""
    taxonomy = TOPIC_ONLY + ("categories:\n  - id: impact-service\n    kind: impact\n    label: 客服\n"
                             "    cues: [客服, 呼叫中心, 坐席]\n")
    a = _article("a", "星河科技发布Lumo。\n\n分析师赵明认为，Lumo将大幅降低客服和呼叫中心行业的人力成本。")
    b = _article("b", "Lumo上线。\n\n有了Lumo，客服团队每年可以节省上千万元的开支，坐席不再紧缺。")
    c = _article("c", "Lumo引发讨论。\n\n券商指出，Lumo将推高客服行业的算力支出，客服厂商的成本上升。")
    an = _run(tmp_path, [a, b, c], taxonomy)
    [p] = _citing(an, "a", "人力成本")
    assert {"a", "b"} <= set(p.articles), [(x.statement, x.articles) for x in an.points]
    assert "c" not in p.articles, "a cost rising is not the same claim as a cost falling"


def test_a_rivals_fall_a_funding_round_and_a_halted_plan_are_points(tmp_path):
    """Newsworthy consequences in the wording outlets use: another company's fall on the release
    day (two outlets, one point), a round the topic drew reported as "新一轮…美金融资" (another
    company's round in a sentence that never names the topic is that company's news, no point), a
    named person's halted plan (the statement keeps who halted it)."""
    taxonomy = TOPIC_ONLY + "entities:\n  orgs: [月光软件]\n"
    a = _article("a", "星河科技发布Lumo。\n\n相关分析使得主营翻译软件的月光软件公司股价应声下跌超过 7%。")
    b = _article("b", "Lumo发布。\n\n受Lumo发布的影响，月光软件 2 月 16 日当日跌幅达到 7.41%。\n\n"
                      "2024 年 2 月 19 日，国内 AI 创业公司北辰智能完成新一轮超 10 亿美金融资的信息传出，业界震惊。\n\n"
                      "受Lumo发布带动，星河科技完成新一轮超 5 亿美金融资。")
    c = _article("c", "Lumo引发热议。\n\n知名出版人李雷表示，看完Lumo翻译的样章后，搁置了自己出版社2亿元的扩建计划。")
    an = _run(tmp_path, [a, b, c], taxonomy)
    [fall] = _citing(an, "a", "月光软件")
    assert set(fall.articles) == {"a", "b"} and fall.kind == "impact"
    assert _citing(an, "b", "星河科技完成新一轮") and not _citing(an, "b", "北辰智能")
    [halt] = _citing(an, "c", "扩建计划")
    assert halt.statement.startswith("知名出版人李雷"), "who halted the plan stays in the statement"


def test_sharing_the_topics_name_and_a_word_is_no_support(tmp_path):
    """The topic's name (and the pieces the segmenter cuts it into) is in every sentence: a quote
    repeating it and one ordinary word does not carry a claim."""
    taxonomy = "topic:\n  label: 星河助手\n  terms: [星河助手, 星河科技]\n"
    a = _article("a", "星河科技发布星河助手。\n\n创始人王宏坦言，星河助手针对英文语种、代码场景的训练还不够多，表现也不够好，"
                      "相信接下来星河科技会迅速提升。")
    b = _article("b", "星河助手上线。\n\n相信你也注意到了，对手都没有理解什么是藏头诗，相比下来，星河助手的表现确实出色，"
                      "星河科技功不可没。")
    an = _run(tmp_path, [a, b], taxonomy)
    [p] = _citing(an, "a", "训练还不够多")
    assert p.articles == ("a",), [c.quote for c in p.citations]


def test_an_editors_question_states_each_sides_argument_and_its_holders(tmp_path):
    """A side's statement is a sentence taking that side (its cue words), not whatever point shares
    a paragraph with one; its speakers are the holders of the sentences on that side."""
    taxonomy = TOPIC_ONLY + ("contentions:\n  - id: world\n    topic: Lumo 理解世界吗？\n    scope: [世界]\n"
                             "    a: {label: 能理解, cues: [理解和模拟现实世界]}\n"
                             "    b: {label: 只是模拟, cues: [不是物理世界规律的发现者]}\n")
    a = _article("a", "星河科技发布Lumo。\n\n对此，月光游戏在回应记者时表示，短期来看，Lumo有望极大提高游戏行业内容创作效率，"
                      "带动游戏企业降本增效；长期来看，Lumo涌现出对现实世界的理解和模拟现实世界的能力，会对游戏底层工具产生深远影响。")
    b = _article("b", "Lumo引发讨论。\n\n教授钱亮认为，Lumo只是模拟器，不是物理世界规律的发现者，它的性能必定存在局限。")
    an = _run(tmp_path, [a, b], taxonomy)
    [con] = [c for c in an.contentions if c.id == "contention-world"]
    assert "理解和模拟现实世界" in con.a.statement, con.a.statement
    assert "不是物理世界规律的发现者" in con.b.statement
    assert [s.name for s in con.b.speakers] == ["钱亮"]


def test_the_authors_own_plan_is_not_a_claim(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n获得测试机会后，我们会第一时间体验Lumo，表现如何到时再见分晓。\n\n"
                      "通过这场发布会，我们可以学习Lumo的工作原理，了解应用前景，展望Lumo带来的巨大变革。\n\n"
                      "Lumo的回答存在事实性错误，与对手仍有差距。")
    an = _run(tmp_path, [a])
    assert not _citing(an, "a", "第一时间体验") and not _citing(an, "a", "工作原理")
    assert _citing(an, "a", "事实性错误")


def test_the_topic_winning_a_comparison_is_not_its_limit(tmp_path):
    a = _article("a", "星河科技发布Lumo。\n\n相信你也注意到了，对手都没有理解什么是藏头诗，存在明显差距，相比下来，Lumo的表现确实出色。\n\n"
                      "Lumo的回答存在事实性错误，与对手仍有差距。")
    an = _run(tmp_path, [a])
    assert not [p for p in _citing(an, "a", "藏头诗") if p.kind == "limit"]
    assert _citing(an, "a", "事实性错误")


def test_the_briefing_spans_the_whole_period_of_month_dated_articles(tmp_path):
    """An article dated only by its month may be later than one dated on the 20th of that month:
    the briefing's period runs to the month, not to the 20th."""
    from dataclasses import replace

    a = replace(_article("a", "星河科技发布Lumo。"), date="2025-04")
    b = replace(_article("b", "Lumo引发讨论。"), date="2025-05-20")
    c = replace(_article("c", "Lumo上线一周。"), date="2025-05")
    an = _run(tmp_path, [a, b, c])
    assert (an.overview.date_from, an.overview.date_to) == ("2025-04", "2025-05")


def test_the_same_effect_on_the_same_subject_needs_no_category_word(tmp_path):
    """With only the topic named (no category names 呼叫中心), two outlets stating the same effect
    on the same subject in other words are one point; another subject with the same effect is not."""
    filler = "\n\n".join(f"第{i}位用户说，Lumo的界面还需要改进，客服回复也慢。" for i in range(12))
    a = _article("a", "星河科技发布Lumo。\n\n即使如此，美国一些分析人士认为，Lumo在对话领域的前景为塑造"
                      "呼叫中心新业态打开大门的同时，恐将颠覆现存呼叫中心产业。\n\n" + filler)
    b = _article("b", "Lumo上线。\n\n未来数年内，Lumo将对整个呼叫中心和电话销售行业带来颠覆性冲击。")
    c = _article("c", "Lumo引发讨论。\n\n有学者认为，Lumo将颠覆中小学家教市场的格局。")
    an = _run(tmp_path, [a, b, c])
    [p] = _citing(an, "a", "呼叫中心产业")
    assert {"a", "b"} <= set(p.articles), [(x.statement, x.articles) for x in an.points]
    assert "c" not in p.articles, "the same effect on another subject is another claim"


def test_a_quote_saying_the_specific_claim_in_its_own_words_is_a_source(tmp_path):
    """"提前录屏" and "录制好的视频" state the same specific claim (the demo was recorded): the
    second outlet is cited for it, although it shares no other word with the statement."""
    a = _article("a", "Lumo发布。\n\n上周四，星河科技顶着对手的压力正式推出了Lumo，现场所放内容为提前录屏。")
    b = _article("b", "星河科技发布Lumo。\n\n不过截至目前，这些在发布会中出现的演示片段都并非更有说服力的实机演示，"
                      "而是全程采用的是录制好的视频来演示，身经百战的王宏在台上，也罕见地表现出了怯场。")
    an = _run(tmp_path, [a, b])
    [p] = _citing(an, "a", "提前录屏")
    assert set(p.articles) == {"a", "b"}, [(x.statement, x.articles) for x in an.points]


def test_the_articles_own_reporting_advice_and_bare_frames_are_not_claims(tmp_path):
    """A teaser of the article's own reporting, advice with no problem named, a "第一，…" list item
    and a frame whose content follows are no points and no contention sides."""
    a = _article("a", "星河科技发布Lumo，将颠覆客服行业。\n\n"
                      "为此，《星报》记者深入一线，与客服行业公司、投资者对话，揭示Lumo重塑客服行业格局的内在逻辑，描摹未来发展蓝图。\n\n"
                      "同时，应注重数据的清洗和标注工作，确保Lumo训练数据的准确性和有效性。\n\n"
                      "第一，保证Lumo训练数据的质量和多样性。\n\n"
                      "经济学家赵明在《Lumo横空出世，会颠覆哪些行业？》一文中分析指出：\n\n"
                      "Lumo将颠覆客服外包行业，相关企业的商业化进程将加快。")
    an = _run(tmp_path, [a])
    quotes = [c.quote for p in an.points for c in p.citations]
    quotes += [c.quote for x in an.contentions for side in (x.a, x.b) for c in side.citations]
    for text in ("记者深入一线", "清洗和标注", "保证Lumo训练数据", "分析指出"):
        assert not any(text in q for q in quotes), (text, quotes)
    assert _citing(an, "a", "客服外包"), "the claim itself is still a point"


def test_a_point_cites_one_article_at_most_twice_and_never_where_it_says_the_opposite(tmp_path):
    """A reporter's test log repeating "被中止" in many paragraphs is cited twice, not once per
    paragraph; "也有一些未被审查的主题" is evidence against the point and is not cited for it."""
    a = _article("a", "我测试了星河科技的Lumo。\n\n"
                      "我询问Lumo关于罢工的细节后，马上被中止对话，Lumo进行了审查。\n\n"
                      "我询问Lumo伤亡细节，又被中止对话，审查很严格。\n\n"
                      "在几个不同的主题聊天中，我都被Lumo这样强行中止了对话，审查无处不在。\n\n"
                      "我请Lumo介绍一下抗议活动，也同样被中止对话，审查明显。\n\n"
                      "另外也有一些在我意料外未被审查的主题，Lumo照常回答，对话未被中止。")
    an = _run(tmp_path, [a])
    points = [p for p in an.points if any("中止" in c.quote for c in p.citations)]
    assert points
    for p in points:
        assert len([c for c in p.citations if c.article == "a"]) <= 2, [c.quote for c in p.citations]
        assert not any("未被审查" in c.quote for c in p.citations), [c.quote for c in p.citations]


def test_a_category_keeps_more_than_six_points_when_the_briefing_has_room():
    """The per-category share only rations a full briefing: a short one shows every point."""
    from generator.analyse import _rank_and_cap
    from generator.analyse.model import Citation, Point

    from generator.analyse.taxonomy import load_taxonomy as _load
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "taxonomy.yml"
        path.write_text(TOPIC_ONLY, encoding="utf-8")
        tax = _load(path)
    points = [Point(id=f"pt-capability-{i}", kind="impact", category="capability", statement=f"第{i}项能力。",
                    citations=(Citation("a", f"p{i}", f"第{i}项能力。"),), score=float(i)) for i in range(9)]
    points += [Point(id="pt-quality-0", kind="limit", category="quality", statement="有差距。",
                     citations=(Citation("a", "q", "有差距。"),), score=1.0)]
    kept = _rank_and_cap(points, tax)
    assert len([p for p in kept if p.category == "capability"]) == 9


def test_another_companys_round_or_rise_is_not_cited_for_this_ones(tmp_path):
    """A funding round or a share-price move belongs to the company the statement names: the same
    round in another outlet is cited, another company's round in the next paragraph is not."""
    a = _article("a", "Lumo发布。\n\n2024 年 2 月 19 日，接入Lumo的创业公司北辰智能完成新一轮超 10 亿美金融资的信息传出，业界震惊。")
    b = _article("b", "Lumo引发热议。\n\n2月底，接入Lumo的初创企业北辰智能完成新一轮融资，金额超10亿美元，刷新纪录。\n\n"
                      "3月份，天眼查显示，Lumo的合作方南极星也完成新一轮大规模融资，阿里为核心领投方。")
    an = _run(tmp_path, [a, b])
    [p] = _citing(an, "a", "北辰智能")
    assert set(p.articles) == {"a", "b"}, [(x.statement, [c.quote for c in x.citations]) for x in an.points]
    assert not any("南极星" in c.quote for c in p.citations), [c.quote for c in p.citations]
    assert _citing(an, "b", "南极星"), "the other company's round is a point of its own"


def test_no_holder_stands_on_both_sides_of_a_question(tmp_path):
    """A person whose words were matched to both sides of a question is listed on neither; the
    holders of one side only keep their side."""
    taxonomy = TOPIC_ONLY + ("contentions:\n  - id: jobs\n    topic: Lumo 会取代客服吗？\n    scope: [客服, 岗位]\n"
                             "    a: {label: 会取代, cues: [可能被取代, 会失业]}\n"
                             "    b: {label: 不会取代, cues: [新的岗位, 不能完全替代]}\n")
    a = _article("a", "星河科技发布Lumo。\n\n高级经理赵明认为，从事简单应答的客服岗位未来可能被取代。\n\n"
                      "赵明表示，Lumo也会带来新的岗位，比如对话设计师等客服新职业。")
    b = _article("b", "Lumo引发讨论。\n\n教授钱亮认为，很多客服人员会失业，岗位将大幅减少。\n\n"
                      "分析师孙丽指出，Lumo目前还不能完全替代人工客服的岗位。")
    an = _run(tmp_path, [a, b], taxonomy)
    [con] = [c for c in an.contentions if c.id == "contention-jobs"]
    a_names, b_names = {s.name for s in con.a.speakers}, {s.name for s in con.b.speakers}
    assert not a_names & b_names, (a_names, b_names)
    assert "钱亮" in a_names and "孙丽" in b_names, (a_names, b_names)


def test_a_citation_on_weaker_ground_lends_the_point_no_speaker(tmp_path):
    """The statement is the reporter's; a quote of another outlet cited beside it says something
    else in shared words: its speaker is not shown as a holder of the statement."""
    a = _article("a", "Lumo发布。\n\n据了解，星河影视将积极探索Lumo在传媒行业的商业化落地应用与业态创新，"
                      "推动传媒企业降本增效，带动合作伙伴的订单增长。")
    b = _article("b", "Lumo引发热议。\n\n猫范科技总经理李丕认为，Lumo的商业化要兼顾技术发展和传媒应用两条时间线，合作伙伴不必着急。")
    an = _run(tmp_path, [a, b])
    [p] = _citing(an, "a", "星河影视")
    assert "李丕" not in {s.name for s in p.speakers}, [(c.quote, [s.name for s in p.speakers]) for c in p.citations]


def test_the_same_specific_claim_across_categories_is_one_point(tmp_path):
    """"暂时未能上线" (a product not ready) and "尚未对所有用户开放" (filed with its cost) say the same
    specific claim: one point citing both outlets, whatever category each sentence fell in; a
    test that needs an invite code (内测码) is another claim."""
    a = _article("a", "星河科技发布Lumo。\n\n此外，目前的内测版本中，发布会上提到的Lumo生成视频功能其实还暂时未能上线，"
                      "要求它生成一段视频，只能返回一大段文本。")
    b = _article("b", "Lumo发布会回顾。\n\n不过Lumo生成视频的成本较高，现阶段尚未对所有用户开放。")
    c = _article("c", "Lumo开放内测。\n\n会后，首批用户可以通过星河科技提供的内测码抢先体验Lumo，尚需等待测试资格。")
    an = _run(tmp_path, [a, b, c])
    [p] = _citing(an, "a", "未能上线")
    assert set(p.articles) == {"a", "b"}, [(x.category, x.statement, x.articles) for x in an.points]


def test_a_columns_own_view_is_its_authors_but_a_reports_narration_has_no_holder(tmp_path):
    """An opinion column whose byline names its author with a commentator's title: its own
    unattributed claims are the author's (shown as 作者). A news report's narration stays without a
    holder, and so does a column's sentence in someone's first person."""
    col = Article(slug="col", source="col.txt", title="col", script="zh-Hans", outlet="星报", author="周岚",
                  date="2025-05-01", blocks=parse_body(
                      "星空研究院研究员丨周岚\n\n这场仓促的Lumo发布会，背后是一次仓促的商业决策，星河科技的口碑走低。\n\n"
                      "我们的客户需要，合作伙伴需要，短短一个月就有超过650家合作伙伴宣布加入Lumo生态。"))
    news = Article(slug="news", source="news.txt", title="news", script="zh-Hans", outlet="日报", author="孙立",
                   date="2025-05-01", blocks=parse_body(
                       "星河科技发布Lumo。\n\n发布会当天，星河科技的股价暴跌近10%，市值蒸发上百亿元。"))
    an = _run(tmp_path, [col, news])
    [p] = _citing(an, "col", "仓促的商业决策")
    assert [(s.name, s.role) for s in p.speakers] == [("周岚", "作者")]
    for q in _citing(an, "col", "合作伙伴") + _citing(an, "news", "暴跌"):
        assert "周岚" not in {s.name for s in q.speakers} and "孙立" not in {s.name for s in q.speakers}


# 4. statements a reader can quote: a post's pictographs end its sentences -----------------------

#: The same Lumo story in three social forms, where emoji stand in for full stops: a lifestyle
#: note, a numbered microblog thread and a forum reply.
EMOJI_POSTS = [
    _article("note", "Lumo体验笔记\n\n姐妹们我终于用上了Lumo🎬 一句话就生成了一段视频，朋友都说像真的😳 "
                     "不过Lumo生成视频的成本较高，每段要收十几块钱💰 排队等了二十分钟左右"),
    _article("thread", "1/ 试了一天Lumo🧵 先说结论：Lumo将大幅降低短视频行业的制作成本，普通用户也能拍大片💸 "
                       "2/ 画面很稳，但人物的手还是会变形🤔 3/ 星河科技的客服回复很慢"),
    _article("forum", "回复 #3 楼：我也觉得Lumo会大幅降低短视频行业的制作成本😅 一个月的会员费够吃好几顿火锅了🍲 "
                      "不过画质确实没得说👍"),
]


def test_emoji_end_sentences_and_never_reach_a_statement(tmp_path):
    from generator.analyse.text import split_sentences

    parts = [s for _, s in split_sentences("朋友都说像真的😳 不过成本较高💰 排队等了二十分钟")]
    assert parts == ["朋友都说像真的😳", "不过成本较高💰", "排队等了二十分钟"]
    an = _run(tmp_path, EMOJI_POSTS)
    assert an.points, "the posts make claims"
    for p in an.points:
        assert not re.search(r"[\U0001F300-\U0001FAFF]", p.statement), p.statement
        # one sentence of the post, not the run of sentences the emoji separate
        assert "排队" not in p.statement or "成本" not in p.statement, p.statement
        assert "火锅" not in p.statement or "画质" not in p.statement, p.statement


#: Reference marks in three forms: an encyclopedia entry ("[3]", "[2-3]"), a research note's
#: numbered citations ("[12,14]") and a wiki page's footnote marks.
REFERENCED = [
    _article("wiki", "Lumo\n\nLumo是星河科技推出的视频生成模型[1]。\n\n影响\n\n业内普遍认为，Lumo将大幅降低短视频行业的制作成本[2-3]。"),
    _article("paper", "研究摘要\n\n已有研究指出，Lumo将大幅降低短视频行业的制作成本，剪辑岗位需求随之下降[12,14]。"),
    _article("notes", "Lumo条目\n\n据报道，Lumo将大幅降低短视频行业的制作成本[注 1][7]，广告公司已开始裁减剪辑师。"),
]


def test_reference_marks_never_reach_a_statement(tmp_path):
    an = _run(tmp_path, REFERENCED)
    assert an.points, "the pages make claims"
    for p in an.points:
        assert not re.search(r"\[\d", p.statement), p.statement
