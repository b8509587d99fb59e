"""Analysis and briefing: contract, verbatim quotes, links, overrides, escaping, speed."""

from __future__ import annotations

import json
from dataclasses import replace
import re
from pathlib import Path

import opencc
import pytest

from generator.analyse import analyse
from generator.analyse.model import Analysis
from generator.render import (briefing_chart_svg, render_briefing, render_digest, render_entities)
from generator.render import cited_by as backlinks
from generator.articles import parse_body
from generator.errors import EditorFileError
from generator.model import Article

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"
_S2T = opencc.OpenCC("s2t.json")
_T2S = opencc.OpenCC("t2s.json")


def tr_hans(text, script):
    return text if script == "zh-Hans" else _T2S.convert(text)


def tr_hant(text, script):
    return text if script == "zh-Hant" else _S2T.convert(text)


def _article(slug, body, script="zh-Hans", **kw):
    return Article(slug=slug, source=f"{slug}.txt", title=kw.pop("title", slug), script=script,
                   blocks=parse_body(body), **kw)


SMALL = [
    _article("a", "OpenAI发布Sora。\n\n上海市人工智能行业协会秘书长钟俊浩认为，Sora的训练成本高昂、高质量数据集的缺乏都将成为Sora需要跨越的门槛。\n\n"
             "天风证券认为，2000亿美元的短视频创作生态有望率先被颠覆，Sora将大幅降低短剧制作成本。\n\n"
             "2月16日，OpenAI发布Sora大模型，可生成60秒视频。", outlet="甲报", date="2024-02-20"),
    _article("b", "專家指出，與文本對話和圖片生成相比，Sora的訓練成本高昂、高質量數據集的缺乏都將成為Sora需要跨越的門檻。\n\n"
             "李丕坦言，現在的Sora只是個『玩具』，距離落地還有巨大的創新鴻溝，說顛覆還為時過早。\n\n"
             "<script>alert(1)</script>Sora的視頻版權是否受到保護尚不明確，這可能導致使用者面臨侵權索賠的風險。{{ 7*7 }}",
             script="zh-Hant", outlet="乙報", date="2024-03"),
]


@pytest.fixture(scope="module")
def small():
    return analyse(SMALL, taxonomy_path=TAXONOMY, overrides_path=None)


def _paragraphs(articles):
    return {(a.slug, p.id): p.text for a in articles for p in a.paragraphs}


def test_contract_and_verbatim_quotes(small):
    analysis, warnings = small
    assert isinstance(analysis, Analysis)
    assert analysis.points, "the small corpus yields points"
    paras = _paragraphs(SMALL)
    for p in analysis.points:
        assert p.kind in ("impact", "limit") and analysis.category(p.category).kind == p.kind
        assert p.citations and p.statement.endswith(("。", "！"))
        for c in p.citations:
            assert c.quote in paras[(c.article, c.paragraph)]
    assert not [w for w in warnings if "does not hold" in w]


def test_same_point_from_two_outlets_appears_once_with_both(small):
    analysis, _ = small
    cost = [p for p in analysis.points if any("成本高" in c.quote or "成本高" in _T2S.convert(c.quote)
                                             for c in p.citations)]
    assert len(cost) == 1
    assert set(cost[0].articles) == {"a", "b"}


def test_speaker_named_with_role_only_when_attributed(small):
    analysis, _ = small
    names = {s.name: s for p in analysis.points for s in p.speakers}
    assert "钟俊浩" in names and "秘书长" in names["钟俊浩"].role
    # a described, unnamed holder is who the text says speaks: a speaker of kind group, never a name
    assert names["專家"].kind == "group" and names["專家"].role == ""
    assert "專家" not in {e.name for e in analysis.entities} and "专家" not in {e.name for e in analysis.entities}


def test_traditional_quotes_stay_traditional_statements_simplified(small):
    analysis, _ = small
    for p in analysis.points:
        assert _T2S.convert(p.statement) == p.statement
        for c in p.citations:
            if c.article == "b":
                assert _T2S.convert(c.quote) != c.quote  # still in the article's own script


def test_events_infer_year_and_mark_it(small):
    analysis, _ = small
    ev = [e for e in analysis.events if e.date == "2024-02-16"]
    assert ev and ev[0].inferred


def test_render_escapes_article_text_and_links_resolve(small):
    analysis, _ = small
    for tr in (tr_hans, tr_hant):
        page = render_briefing(analysis, SMALL, tr)
        assert "<script>" not in page and "{{ 7" not in page.replace("{{ 7\\*7 }}", "")
        for href in re.findall(r"\]\((articles/[^)#]+)/index\.md#(p\d+)\)", page):
            assert (href[0].split("/")[1], href[1]) in _paragraphs(SMALL)
        for pid in re.findall(r'<a id="(pt-[^"]+)"></a>', page):
            assert analysis.point(pid)
        assert "<svg" in page
    digest = render_digest(SMALL[1], analysis, SMALL, tr_hant)
    assert "../../briefing.md#pt-" in digest and "index.md#p" in digest
    assert render_entities(analysis, SMALL, tr_hans).startswith("# ")
    svg = briefing_chart_svg(analysis, SMALL, tr_hant)
    assert svg.startswith("<svg") and "影響" in svg


def test_zh_hant_page_has_no_simplified_ui(small):
    analysis, _ = small
    page = render_briefing(analysis, SMALL, tr_hant)
    assert "简报" not in page and "簡報" in page


def test_backlinks_and_corpus_json(small):
    analysis, _ = small
    links = backlinks(analysis)
    assert links and all(k in _paragraphs(SMALL) for k in links)
    data = json.loads(json.dumps(analysis.to_json(SMALL), ensure_ascii=False))
    assert {"articles", "points", "figures", "events", "entities"} <= set(data)
    assert data["articles"][0]["paragraphs"][0]["id"] == "p1"
    assert {p["kind"] for p in data["points"]} <= {"impact", "limit", "contention"}


def test_overrides_apply_and_warn(tmp_path, small):
    analysis, _ = small
    target = analysis.points[0]
    ov = tmp_path / "overrides.yml"
    ov.write_text(
        "points:\n"
        f"  {target.id}:\n"
        "    statement: 编辑改写的陈述。\n"
        "    pin: true\n"
        "  pt-gone-000000:\n"
        "    drop: true\n"
        "add:\n"
        "  - category: limit-cost\n"
        "    statement: 编辑新增的要点。\n"
        "    cite: [a#p99]\n"
        "drop_paragraphs: [zz#p1]\n", encoding="utf-8")
    result, warnings = analyse(SMALL, taxonomy_path=TAXONOMY, overrides_path=ov)
    changed = result.point(target.id)
    assert changed.statement == "编辑改写的陈述。" and changed.pinned and changed.edited
    text = "\n".join(warnings)
    assert f"{ov}:5: point pt-gone-000000" in text
    assert f"{ov}:8: added point" in text and "a#p99" in text
    assert f"{ov}:11: drop_paragraphs 'zz#p1'" in text


def test_bad_taxonomy_names_file_and_line(tmp_path):
    bad = tmp_path / "taxonomy.yml"
    bad.write_text("topic: {label: X, terms: [X]}\ncategories:\n  - id: Bad Id\n    kind: impact\n"
                   "    label: x\n    cues: [a]\n", encoding="utf-8")
    with pytest.raises(EditorFileError, match=r"taxonomy.yml:3: category #1"):
        analyse(SMALL, taxonomy_path=bad, overrides_path=None)


def test_shipped_overrides_file_has_no_active_entries():
    from generator.analyse.overrides import load_overrides

    ov = load_overrides(ROOT / "content" / "overrides.yml")
    assert not ov.points and not ov.add and not ov.drop_paragraphs


def _default_articles():
    try:
        from generator.pipeline import load_articles

        return load_articles(ROOT)[0]
    except Exception as err:  # the cleaner is shared work in progress
        pytest.skip(f"default corpus not loadable: {err}")


def test_default_corpus_sound():  # speed: `make bench`, never a timed test
    articles = _default_articles()
    analysis, warnings = analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None)
    paras = _paragraphs(articles)
    for p in analysis.points:
        for c in p.citations:
            assert c.quote in paras[(c.article, c.paragraph)]
    assert {p.kind for p in analysis.points} == {"impact", "limit"}
    assert analysis.contentions and analysis.events and analysis.entities


def test_chart_of_many_sources_shows_the_busiest_and_says_so(small, monkeypatch):
    """A column per source stops being readable on a large corpus: beyond CHART_MAX_SOURCES the
    chart keeps the sources supporting the most points and says how many of how many."""
    import generator.render.chart as render

    analysis, _ = small
    # one source supporting more points than the other (points made by "b" alone left out)
    analysis = replace(analysis, points=tuple(p for p in analysis.points if p.articles != ("b",)))
    full = briefing_chart_svg(analysis, SMALL, tr_hans)
    assert "个来源（共" not in full
    points = {a.slug: sum(1 for c in analysis.categories for p in analysis.points_in(c.id)
                          if a.slug in p.articles) for a in SMALL}
    busiest, other = sorted(SMALL, key=lambda a: -points[a.slug])
    assert points[busiest.slug] > points[other.slug]
    monkeypatch.setattr(render, "CHART_MAX_SOURCES", 1)
    svg = briefing_chart_svg(analysis, SMALL, tr_hans)
    assert "支持要点最多的 1 个来源（共 2 个）" in svg
    columns = re.findall(r'<text x="\d+" y="58" font-size="12" text-anchor="middle"[^>]*>([^<]+)<',
                         svg)
    assert columns == [tr_hans(busiest.outlet, busiest.script)]
    assert "個來源（共 2 個）" in briefing_chart_svg(analysis, SMALL, tr_hant)


def test_a_missing_taxonomy_file_is_a_clear_error_not_a_traceback(tmp_path):
    from generator.analyse.taxonomy import load_taxonomy
    from generator.errors import EditorFileError

    with pytest.raises(EditorFileError, match="taxonomy.yml: missing; create it"):
        load_taxonomy(tmp_path / "taxonomy.yml")
