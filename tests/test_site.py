"""End to end: a real `mkdocs build --strict` of the default content, checked page by page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.pipeline import load_articles

ROOT = Path(__file__).resolve().parent.parent
LOCALE_ROOTS = {"zh-Hans": "", "zh-Hant": "zh-Hant/"}


@pytest.fixture(scope="module")
def slugs():
    articles, _ = load_articles(ROOT)
    return [a.slug for a in articles]


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.assets, self.lang = set(), [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        for attr in ("src", "href"):
            if tag in ("script", "link", "img", "iframe", "source", "video", "audio") and a.get(attr):
                self.assets.append(a[attr])


def parse(path: Path) -> _Collect:
    c = _Collect()
    c.feed(path.read_text(encoding="utf-8"))
    return c


def pages(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("index.html")
            if not p.relative_to(site).parts[0] in ("search", "assets")
            and "assets" not in p.relative_to(site).parts}


def test_build_passes_strict_and_keeps_sources(built_site):
    assert built_site["returncode"] == 0
    assert built_site["sources_before"] == built_site["sources_after"]


def test_exact_set_of_pages_per_language(built_site, slugs):
    expected = set()
    for prefix in LOCALE_ROOTS.values():
        expected |= {f"{prefix}index.html", f"{prefix}briefing/index.html",
                     f"{prefix}entities/index.html", f"{prefix}sources/index.html",
                     f"{prefix}conversion/index.html"}
        for slug in slugs:
            expected |= {f"{prefix}articles/{slug}/index.html",
                         f"{prefix}articles/{slug}/digest/index.html",
                         f"{prefix}articles/{slug}/audit/index.html"}
    assert pages(built_site["site"]) == expected


def test_every_page_declares_its_language(built_site):
    site = built_site["site"]
    for rel in pages(site):
        lang = parse(site / rel).lang
        assert lang == ("zh-Hant" if rel.startswith("zh-Hant/") else "zh"), rel


def test_no_broken_internal_links_or_anchors(built_site):
    site = built_site["site"]
    parsed = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, c in parsed.items():
        for href in c.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            if parts.path.startswith("/"):  # root-relative (the theme's 404 page)
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {href}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parsed.get(target) or parse(target)
                if unquote(parts.fragment) not in ids.ids:
                    broken.append(f"{page.relative_to(site)} → {href} (no such anchor)")
    assert broken == []


def test_no_request_to_an_outside_host(built_site):
    site = built_site["site"]
    outside = []
    for path in site.rglob("*.html"):
        for url in parse(path).assets:
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                outside.append(f"{path.relative_to(site)}: {url}")
    for path in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?(https?:)?//", path.read_text(errors="ignore")):
            outside.append(f"{path.relative_to(site)}: {url}")
    assert outside == []


def test_paragraph_anchors_are_the_same_in_both_scripts(built_site, slugs):
    site = built_site["site"]
    for slug in slugs:
        hans = {i for i in parse(site / f"articles/{slug}/index.html").ids if re.fullmatch(r"p\d+", i)}
        hant = {i for i in parse(site / f"zh-Hant/articles/{slug}/index.html").ids
                if re.fullmatch(r"p\d+", i)}
        assert hans and hans == hant


def test_headings_have_readable_anchors(built_site):
    site = built_site["site"]
    ids = set()
    for path in site.rglob("index.html"):
        ids |= parse(path).ids
    assert not [i for i in ids if re.fullmatch(r"_\d+", i)]


def test_data_files_are_published(built_site, slugs):
    import json

    site = built_site["site"]
    corpus = json.loads((site / "data" / "corpus.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in corpus["articles"]} == set(slugs)
    audits = list((site / "data" / "audit").glob("*.json"))
    assert len(audits) == len(slugs)


def test_converted_pages_say_so(built_site):
    site = built_site["site"]
    for path in (site / "zh-Hant" / "articles").glob("*/index.html"):
        text = path.read_text(encoding="utf-8")
        assert ("自動轉換" in text) or ("未經轉換" in text), path


def test_traditional_article_is_shown_as_written(built_site):
    """The zh-Hant page of a traditional article carries its text unconverted."""
    site = built_site["site"]
    sources = ROOT / "content" / "sources"
    raw = (sources / "001_3cafc15029626bae.txt").read_text(encoding="utf-8")
    page = (site / "zh-Hant" / "articles").glob("001*/index.html")
    html = next(page).read_text(encoding="utf-8")
    assert "于洪雷" in raw and "于洪雷" in html and "於洪雷" not in html


def test_zh_hant_pages_use_corner_brackets(built_site):
    """zh-Hant reading pages quote with 「」; the cleaning record shows the raw source as it is."""
    site = built_site["site"] / "zh-Hant"
    cjk_quote = re.compile(r"[“”](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[“”]")
    offenders = []
    for path in site.rglob("index.html"):
        if path.parent.name == "audit" or path.parent.name == "conversion":
            continue
        text = re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(site)}: {m.group(0)}" for m in cjk_quote.finditer(text)]
    assert offenders == []


def test_every_generated_table_row_has_its_header_cells(built_site):
    """A value with a line break or an extra cell breaks a Markdown table: MkDocs then drops the
    extra cells or prints the rest of the row as loose text (a contention's evidence, a conversion
    report's context were lost this way)."""
    docs = ROOT / ".build" / "docs"
    pipe = re.compile(r"(?<!\\)\|")
    bad = []
    for page in sorted(docs.rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if not re.fullmatch(r"\|(?: *:?-{3,}:? *\|)+", line.strip()):
                continue
            cells = len(pipe.findall(lines[i - 1]))
            for j in range(i + 1, len(lines)):
                if not lines[j].strip():
                    break
                if len(pipe.findall(lines[j])) != cells:
                    bad.append(f"{page.relative_to(docs)}:{j + 1}: {lines[j][:60]}")
                    break
    assert not bad, bad
