"""What a reader trips over on the digest, the timeline and the index's description, on small
articles written for the test."""

from __future__ import annotations

from generator.render import render_digest
from generator.render.meta import describe_pages
from test_figures import _article, _run


def _same(text, script="zh-Hans"):
    return text


def test_a_timeline_row_never_opens_on_the_comma_it_was_cut_at():
    a = _article("a", "我换了一种提问方式：“你的资料库更新到什么时候？”，"
                      "及“2019年5月8日，有哪些重大新闻”。\n\n星河科技于2025年3月1日发布了星河助手。")
    events = _run(a).events
    assert events
    assert all(not e.text.startswith(("，", "、", "；", "：", ",")) for e in events), \
        [e.text for e in events]


def test_related_coverage_names_an_outlet_only_when_there_is_one():
    body = "星河科技发布了Lumo视频模型，星河科技的股价随即上涨。\n\n分析师认为Lumo将降低影视制作成本。"
    a = _article("a", body, title="星河科技发布Lumo")
    b = _article("b", body.replace("随即", "当日"), title="Lumo引发关注", outlet="乙报")
    c = _article("c", body.replace("随即", "盘中"), title="无名快讯之标题")
    an = _run(a, b, c)
    page = render_digest(a, an, [a, b, c], _same)
    related = page.split("## 相关报道")[1].split("\n## ")[0]
    assert "无名快讯之标题" in related and "乙报" in related
    assert "（无名快讯之标题）" not in related  # the title is not printed again as its source


def test_a_quote_that_opens_with_its_speaker_is_not_prefixed_with_the_name_again():
    a = _article("a", "星河科技发布了Lumo视频模型。\n\n赵明认为，Lumo将大幅降低影视制作成本，颠覆影视行业。",
                 outlet="甲报")
    b = _article("b", "Lumo发布后，业内人士认为Lumo将大幅降低影视制作成本。", outlet="乙报")
    an = _run(a, b)
    page = render_digest(a, an, [a, b], _same)
    assert "“赵明认为" in page or "赵明认为" in page
    assert "赵明：“赵明" not in page


def test_the_index_description_counts_people_organisations_and_products_apart():
    a = _article("a", "星河科技首席执行官赵明表示，公司推出的视频模型Lumo将于下月上线。\n\n"
                      "赵明说，星河科技与海岚大学合作训练了Lumo。", outlet="甲报")
    an = _run(a)
    kinds = [e.kind for e in an.entities]
    pages = describe_pages({"entities.md": "# x\n"}, "", [a], an, _same)
    line = pages["entities.md"]
    people, products = kinds.count("person"), kinds.count("product")
    assert f"{people} 个人物" in line
    assert f"{len(kinds) - people - products} 个机构" in line and f"{products} 个产品" in line
