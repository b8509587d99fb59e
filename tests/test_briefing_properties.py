"""The briefing's editorial properties (issue 13), each on small articles written for the test.

The topic here is invented ("Lumo", a chatbot by 星河科技) and the taxonomy names only the topic,
as an editor starting a new topic would: categories come from the general taxonomy.
"""

from __future__ import annotations

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
    [p] = _citing(an, "a", "客服外包企业的订单")
    assert [s.name for s in p.speakers] == ["甲证券"]


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
