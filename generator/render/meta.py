"""Each page's description for search engines and link previews (``<meta name="description">``,
Open Graph): the digest summary of an article, the briefing's first takeaway, a line saying what
an index page holds; in the page's script, written into the page's front matter (Material and
``templates/theme/main.html`` print it)."""

from __future__ import annotations

import json

from ..textutil import html_escape

__all__ = ["describe_pages", "DESCRIPTION_MAX"]

#: Longest description kept (search engines show about this many CJK characters).
DESCRIPTION_MAX = 120


def describe_pages(pages: dict[str, str], prefix: str, articles, analysis, tr) -> dict[str, str]:
    """``pages`` (one locale's, paths starting with ``prefix``) with a description in each front
    matter; an article's pages are marked as articles for Open Graph."""
    ov = analysis.overview
    points = {p.id: p for p in analysis.points}
    first = next((points[pid].statement for pid in ov.takeaways if pid in points), "")
    people = sum(1 for e in analysis.entities if e.kind == "person")
    products = sum(1 for e in analysis.entities if e.kind in ("product", "work"))  # a work is counted as a product
    meta = {
        "briefing.md": (tr(f"{ov.sources} 个来源、{len(analysis.points)} 个要点的影响与局限简报。",
                           "zh-Hans") + tr(first, "zh-Hans"), ""),
        "entities.md": (tr(f"人物与机构索引：{people} 个人物、{len(analysis.entities) - people - products} 个"
                           f"机构、{products} 个产品，每一处提及都链接到原文段落。", "zh-Hans"), ""),
        "sources.md": (tr(f"来源登记：{len(articles)} 篇文章的出处、作者、日期与编辑说明。", "zh-Hans"), ""),
        "conversion.md": (tr("简繁转换报告：供编辑核对的多候选字、人名与机构名。", "zh-Hans"), ""),
    }
    for a in articles:
        d = analysis.digest(a.slug)
        summary = "".join(tr(s.text, a.script) for s in (d.summary if d else ()))
        title = tr(a.title, a.script)
        meta[f"articles/{a.slug}/index.md"] = (summary or title, "article")
        meta[f"articles/{a.slug}/digest.md"] = (tr("摘要：", "zh-Hans") + (summary or title), "article")
        meta[f"articles/{a.slug}/audit.md"] = (tr("清理记录：", "zh-Hans") + title, "")
    out = dict(pages)
    for rel, (text, kind) in meta.items():
        path = prefix + rel
        if path in out and text:
            out[path] = with_front_matter(out[path], description=text, og_type=kind)
    return out


def _value(text: str) -> str:
    """A YAML scalar printed verbatim inside an HTML attribute by the theme: one line, at most
    ``DESCRIPTION_MAX`` characters, HTML-escaped (the theme does not escape it), JSON-quoted."""
    one = " ".join(text.split())
    if len(one) > DESCRIPTION_MAX:
        one = one[: DESCRIPTION_MAX - 1] + "…"
    return json.dumps(html_escape(one), ensure_ascii=False)


def with_front_matter(markdown: str, **fields: str) -> str:
    """``markdown`` with ``fields`` added to its front matter (made when it has none)."""
    lines = "".join(f"{k}: {_value(v)}\n" for k, v in fields.items() if v)
    if markdown.startswith("---\n"):
        return "---\n" + lines + markdown[4:]
    return f"---\n{lines}---\n\n{markdown}"
