"""One point per claim across outlets, and every citation supports its point (issue 13,
properties 2 and 3), on articles written for the test. The story is invented: a phone, 晨星X1,
by 晨星科技; the taxonomy names only the topic, as an editor starting a new topic would."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.analyse.points import majority_category
from generator.analyse.support import claim_words, supports
from generator.pipeline import Settings, build
from test_briefing_merge_speakers import TOPIC, _article
from test_briefing_properties import _citing, _run

ROOT = Path(__file__).resolve().parent.parent


def test_two_outlets_wording_one_claim_differently_are_one_point_with_two_sources(tmp_path):
    a = _article("a", "晨星科技昨日发布晨星X1。\n\n甲证券认为，晨星X1的影像功能将大幅降低短视频的制作成本。")
    b = _article("b", "晨星X1上市。\n\n分析人士指出，有了晨星X1，普通人也能拍大片，短视频团队可以节省大量制作成本。")
    an = _run(tmp_path, [a, b], TOPIC)
    [p] = _citing(an, "a", "制作成本")
    assert set(p.articles) == {"a", "b"}, [(q.statement, q.articles) for q in an.points]
    assert len(p.articles) == 2


def test_a_shared_figure_or_word_is_not_a_shared_claim(tmp_path):
    a = _article("a", "晨星科技昨日发布晨星X1。\n\n"
                      "截至发稿，包括蓝海光电、北辰材料在内的20家上市公司近两日在互动平台回复晨星X1相关情况。\n\n"
                      "晨星X1发布次日，供应商蓝海光电股价大跌6%，市场担心其订单流失。")
    b = _article("b", "晨星X1上市。\n\n"
                      "截至去年底，全球能实现同类影像功能的手机包括月光M5、星云S3等超过20个产品。\n\n"
                      "晨星X1发布次日，对手月光科技股价大跌6%，投资者担心其市场份额被蚕食。")
    an = _run(tmp_path, [a, b], TOPIC)
    for text in ("20家上市公司", "蓝海光电股价大跌"):
        for p in _citing(an, "a", text):
            assert p.articles == ("a",) or set(p.articles) == {"a"}, (p.statement, [c.quote for c in p.citations])
    for text in ("超过20个产品", "月光科技股价大跌"):
        for p in _citing(an, "b", text):
            assert set(p.articles) == {"b"}, (p.statement, [c.quote for c in p.citations])


def test_supports_needs_a_word_of_the_claim_not_only_its_date_figure_or_facet():
    fall = "8月28日雪天盐业单日下跌6.21%，已经说明了问题。"
    down = frozenset({"stock-down"})
    # another company's fall: the facet's own word ("下跌") is no sign of the same claim
    assert not supports("日本水产收跌2.1%，极洋下跌1.8%。", claim_words(fall), facets=down, statement=fall)
    assert supports("雪天盐业当日下跌6.21%，创下近期最大跌幅。", claim_words(fall), facets=down, statement=fall)
    # a date and a count shared ("8月24日起" / "7月7日起", "10个都县") are not the claim
    assert "日起" not in claim_words("香港自8月24日起禁止进口日本10个都县的水产品。")
    ban = claim_words("香港自8月24日起禁止进口日本10个都县的水产品，内地则全面暂停进口日本水产品。")
    assert not supports("今年7月7日起，海关已加强对福岛等地食品的抽检。", ban)
    assert supports("香港也禁止福岛等10个都县的水产品输入，内地全面暂停进口日本水产品。", ban)


class _C:
    def __init__(self, article, category, score=1.0):
        self.category, self.score = category, score
        self.sentence = type("S", (), {"article": article})()


def test_a_claim_placed_in_two_categories_takes_its_outlets_majority():
    members = [_C("a", "market"), _C("b", "demand"), _C("c", "demand"), _C("c", "market", 0.5)]
    assert majority_category(members, "market") == "demand"
    assert majority_category(members[:2], "market") == "market", "a tie keeps the seed's"


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "site"
    (project / "content" / "sources").mkdir(parents=True)
    (project / "content" / "taxonomy.yml").write_text(TOPIC, encoding="utf-8")
    (project / "content" / "sources" / "a.txt").write_text(
        "晨星X1发布\n\n晨星科技昨日发布晨星X1。\n\n甲证券认为，晨星X1的影像功能将大幅降低短视频的制作成本。\n",
        encoding="utf-8")
    (project / "content" / "sources" / "b.txt").write_text(
        "晨星X1上市\n\n晨星X1上市。\n\n分析人士指出，有了晨星X1，普通人也能拍大片，短视频团队可以节省大量制作成本。\n",
        encoding="utf-8")
    return project


def test_a_paragraphs_box_shows_what_that_paragraph_says(tmp_path):
    result = build(Settings(root=_project(tmp_path), pdf=False))
    page_b = result.pages["zh-Hans/articles/b/index.md"]
    page_a = result.pages["zh-Hans/articles/a/index.md"]
    box_b = next(line for line in page_b.splitlines() if line.startswith("引用本段的简报要点"))
    box_a = next(line for line in page_a.splitlines() if line.startswith("引用本段的简报要点"))
    # a's paragraph gave the point its statement: the statement is the link; b's box shows b's words
    assert "影像功能" in box_a and "../../briefing.md#pt-" in box_a
    assert "影像功能" not in box_b and "短视频团队可以节省大量制作成本" in box_b and "../../briefing.md#pt-" in box_b
    assert box_b.count("“") == 1 and box_b.count("”") == 1, "b's words, marked once as a quotation"
