"""Kinds and categories a reader can trust: a point is filed under what its own claim is about,
a problem the topic overcomes is no limit of it, a speaker's qualifier stays with the claim, a
definition or another company's funding round is no point, and the cap keeps the briefing's
breadth (synthetic articles)."""
from __future__ import annotations

from generator.analyse import _cap, analyse
from generator.analyse.model import Citation, Point
from generator.analyse.pointcategory import fits_category, statement_category
from generator.analyse.taxonomy import load_taxonomy
from generator.articles import parse_body
from generator.model import Article

TOPIC = "topic:\n  label: Lumo\n  terms: [Lumo, 星河科技]\n"


def _article(slug, body):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script="zh-Hans",
                   blocks=parse_body(body), outlet=f"{slug}报", date="2025-05-01")


def _run(tmp_path, articles, taxonomy=TOPIC):
    path = tmp_path / "taxonomy.yml"
    path.write_text(taxonomy, encoding="utf-8")
    analysis, _ = analyse(articles, taxonomy_path=path, overrides_path=None)
    return analysis


def _citing(analysis, text):
    return [p for p in analysis.points if any(text in c.quote for c in p.citations)]


def _tax(tmp_path, taxonomy=TOPIC):
    path = tmp_path / "taxonomy.yml"
    path.write_text(taxonomy, encoding="utf-8")
    return load_taxonomy(path)


def test_a_problem_of_earlier_systems_the_topic_overcomes_is_no_limit(tmp_path):
    a = _article("a", "星河科技发布了Lumo视频模型。\n\n"
                      "现有模型的一个问题是，当物体离开画面时，它们可能无法对其进行追踪，用户隐私也难以保障。"
                      "而通过一次预测多帧，Lumo 可确保主体暂时离开画面后也能保持不变。\n\n"
                      "Lumo目前仍无法生成超过一分钟的视频，这是它最大的短板。")
    an = _run(tmp_path, [a])
    assert not [p for p in _citing(an, "现有模型的一个问题") if p.kind == "limit"]
    [own] = _citing(an, "超过一分钟")  # the topic's own limit stays one
    assert own.kind == "limit"


def test_a_speakers_qualifier_stays_with_the_claim(tmp_path):
    a = _article("a", "星河科技发布了Lumo视频模型。\n\n"
                      "“Lumo将大大提升视频制作效率，影响整个行业。但不意味着短时间能形成生产力。”王明说。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "提升视频制作效率")
    assert "不意味着短时间能形成生产力" in p.statement
    assert p.kind == "limit"


def test_a_definition_of_the_subject_is_no_point(tmp_path):
    a = _article("a", "Lumo 是星河科技发布的人工智能视频生成模型。\n\n"
                      "Lumo将大幅降低广告片的制作成本，广告公司纷纷试用。")
    an = _run(tmp_path, [a])
    assert not _citing(an, "发布的人工智能视频生成模型")
    assert _citing(an, "广告片的制作成本")


def test_another_companys_funding_round_is_no_impact_of_the_topic(tmp_path):
    a = _article("a", "星河科技发布了Lumo视频模型，估值随之上升。\n\n"
                      "同日，国内创业公司月光智能完成新一轮超10亿元融资的消息传出，业界震惊。\n\n"
                      "受Lumo发布影响，星河科技完成新一轮20亿元融资。")
    an = _run(tmp_path, [a])
    assert not _citing(an, "月光智能完成新一轮")
    assert _citing(an, "星河科技完成新一轮20亿元融资")


def test_a_gap_is_filed_under_what_it_is_a_gap_of(tmp_path):
    tax = _tax(tmp_path)
    # "差距" is only the label's word of 能力与质量差距: the gap is one of compute
    statement = "Lumo的训练与传统模型相比，芯片与算力需求存在近百倍差距。"
    assert statement_category(statement, "quality", tax) != "quality"
    # a gap of quality with no other subject stays a gap of quality
    assert statement_category("Lumo在画质上与对手仍存在明显差距。", "quality", tax) == "quality"


def test_the_field_a_statement_names_is_its_category(tmp_path):
    taxonomy = TOPIC + ("categories:\n"
                        "  - {id: video, kind: impact, label: 短视频与内容创作, cues: [短视频, 内容创作, 创作效率]}\n"
                        "  - {id: games, kind: impact, label: 游戏, cues: [游戏, 3D]}\n")
    tax = _tax(tmp_path, taxonomy)
    assert statement_category("Lumo有望极大提高游戏行业内容创作效率。", "video", tax) == "games"
    assert statement_category("Lumo有望极大提高短视频内容创作效率。", "video", tax) == "video"


def _point(pid, category, statement, articles=("a",)):
    return Point(id=pid, kind="limit", category=category, statement=statement,
                 citations=tuple(Citation(a, "p1", statement) for a in articles), score=5.0)


def test_the_cap_lets_categories_take_turns_and_prefers_points_that_fit(tmp_path):
    tax = _tax(tmp_path)
    many = [_point(f"q{i}", "quality", f"Lumo的画质与对手相比存在第{i}处明显差距。") for i in range(5)]
    misfiled = _point("m", "privacy", "现有模型的一个问题是物体离开画面后会凭空消失。")
    privacy = _point("p", "privacy", "Lumo可能泄露用户隐私，引发隐私争议。")
    privacy2 = _point("p2", "privacy", "Lumo收集的个人信息与隐私数据保护不足。")
    assert fits_category(privacy, tax) and not fits_category(_point("x", "scope", "只针对部分用户。"), tax)
    kept = {p.id for p in _cap(many + [misfiled, privacy, privacy2], 4, tax=tax)}
    assert {"p", "p2"} <= kept and "m" not in kept
    # a point more outlets make still goes first
    shared = _point("s", "quality", "Lumo的画质与对手相比存在差距。", ("a", "b"))
    assert "s" in {p.id for p in _cap(many + [shared, privacy, privacy2], 2, tax=tax)}



def test_a_word_folded_in_by_includes_stays_with_the_category_writing_it(tmp_path):
    from generator.analyse.claims import classify
    taxonomy = TOPIC + ("categories:\n"
                        "  - {id: copyright, kind: limit, label: 版权与知识产权, includes: [authenticity], cues: [版权, 著作权]}\n"
                        "  - {id: deepfake, kind: limit, label: 深度伪造与虚假信息, cues: [造假, 虚假信息, 新闻]}\n")
    tax = _tax(tmp_path, taxonomy)
    got = classify("Lumo生成的视频可能被用来造假，影响新闻传播，带来虚假信息风险。", tax)
    assert got is not None and got[0].category.id == "deepfake"
    rules = {r.category.id: r for r in tax.rules}
    assert "造假" not in rules["copyright"].cues and "抄袭" in rules["copyright"].cues  # (the rest folds in)


def test_a_shortage_is_filed_under_what_is_short_not_under_quality(tmp_path):
    tax = _tax(tmp_path)
    # "不足" is a problem word any subject takes: the statement names a cost, that is its subject
    assert statement_category("Lumo上线后，用户担心使用费用高、免费额度不足。", "quality", tax) == "cost"
    # a settling word of its own category keeps it ("言之过早" of 尚不成熟、言过其实)
    assert statement_category("说Lumo会带动消费、推高价格，言之过早。", "maturity", tax) == "maturity"
    # a word inside a longer word names nothing ("验证" in "检验证书")
    assert statement_category("Lumo目前只取得检验证书，功能仍然不足。", "quality", tax) == "quality"
