"""The ¶ numbers the briefing and the digests print for a citation are kept per article for one
rendering (``render/links.paragraph_number``): they stay each article's own, a table reads "表N",
an unknown id nothing, and an edited article (a new object) is never read from the old numbers."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from generator.render.links import forget_numbers, paragraph_number

TABLE = "| 站点 | 客流 |\n| --- | --- |\n| 东站 | 3万 |"


def _article(slug: str, body: str) -> Article:
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script="zh-Hans", blocks=parse_body(body))


def _plain(article: Article, pid: str):
    """The numbers as read by walking the blocks every time."""
    for p in article.paragraphs:
        if p.id == pid:
            return p.n
    return "表" + pid[1:] if any(b.id == pid and b.kind == "table" for b in article.blocks) else ""


def test_numbers_are_each_articles_own_and_follow_an_edit():
    forget_numbers()
    a = _article("a", "主持人：地铁三号线何时通车？\n\n## 问答\n\n嘉宾：预计明年六月。\n\n" + TABLE + "\n\n第三段。")
    b = _article("b", "通知\n\n自即日起，东站停运维修。")
    ids = {blk.id for art in (a, b) for blk in art.blocks} | {"p99", "t7", ""}
    for _ in range(2):  # the second pass reads the kept numbers
        for art in (a, b, a):
            for pid in sorted(ids):
                assert paragraph_number(art, pid) == _plain(art, pid), (art.slug, pid)
    assert [paragraph_number(a, p.id) for p in a.paragraphs] == [1, 2, 3]
    assert any(str(paragraph_number(a, blk.id)).startswith("表") for blk in a.blocks if blk.kind == "table")
    edited = _article("a", "新加的第一段。\n\n" + "主持人：地铁三号线何时通车？\n\n嘉宾：预计明年六月。")
    moved = edited.paragraphs[-1].id
    assert paragraph_number(edited, moved) == _plain(edited, moved) == 3
    del a
    forget_numbers()
    assert paragraph_number(edited, moved) == 3
