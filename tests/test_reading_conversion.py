"""The zh-Hant site as a Hong Kong or Taiwan reader reads it: no simplified character left outside
verbatim records, the traditional source exactly as written, names as the glossary or the
source writes them (the real build of the default content)."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.convert import DEFAULT_VARIANT, load_glossary
from generator.hanzi import name_form, simplified_only

ROOT = Path(__file__).resolve().parent.parent
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
#: Pages that are verbatim records of raw text: the conversion report and cleaning records.
VERBATIM_PAGES = ("conversion", "audit")


class _Text(HTMLParser):
    """A page's text as a reader meets it: body text, <title>, and the descriptions of <meta>;
    without scripts, styles and the language switcher's own names (简体 names that language)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style") or (tag == "a" and a.get("hreflang")):
            self._skip += 1
        if tag == "meta" and a.get("content") and (a.get("name") == "description"
                                                   or (a.get("property") or "").startswith("og:")):
            self.parts.append(a["content"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "a") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return "\n".join(parser.parts)


@pytest.fixture(scope="module")
def corpus(built_site):
    return json.loads((built_site["site"] / "data" / "corpus.json").read_text(encoding="utf-8"))


def _traditional_text(corpus) -> str:
    return "\n".join(p["text"] for a in corpus["articles"] if a["script"] == "zh-Hant"
                     for p in a["paragraphs"]) + "\n" + "\n".join(
        (ROOT / "content" / "articles" / f"{a['id']}.md").read_text(encoding="utf-8")
        for a in corpus["articles"] if a["script"] == "zh-Hant")


def test_no_simplified_character_on_zh_hant_pages(built_site, corpus):
    """Converting every zh-Hant page's text back finds nothing simplified, except inside runs
    the traditional sources themselves print (an OCR'd 内 in a Hong Kong paper stays as printed)."""
    site = built_site["site"] / "zh-Hant"
    only = simplified_only()
    verbatim = _traditional_text(corpus)
    offenders = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site)
        if any(part in VERBATIM_PAGES for part in rel.parts):
            continue
        for run in _CJK.finditer(page_text(path)):
            if any(c in only for c in run.group(0)) and run.group(0) not in verbatim:
                offenders.append(f"{rel}: {run.group(0)[:30]}")
    assert offenders == [], offenders[:20]


def test_home_title_and_roles_are_traditional(built_site):
    site = built_site["site"] / "zh-Hant"
    home = page_text(site / "index.html")
    assert "簡繁 · Sora 2024 資訊簡報" in home and "资讯简报" not in home
    briefing = page_text(site / "briefing" / "index.html")
    assert "高级" not in briefing and "项目经理" not in briefing


class _Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras: dict[str, str] = {}
        self._id = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "p" and re.fullmatch(r"p\d+", a.get("id") or ""):
            self._id, self._depth = a["id"], 1
            self.paras[self._id] = ""
        elif self._id and tag == "a" and "jf-pnum" in (a.get("class") or ""):
            self._depth = -1  # the ¶n link is not the paragraph's text

    def handle_endtag(self, tag):
        if tag == "a" and self._depth == -1:
            self._depth = 1
        elif tag == "p":
            self._id = None

    def handle_data(self, data):
        if self._id and self._depth == 1:
            self.paras[self._id] += data


def test_traditional_source_is_byte_identical_on_zh_hant_pages(built_site, corpus):
    site = built_site["site"] / "zh-Hant" / "articles"
    checked = 0
    for art in corpus["articles"]:
        if art["script"] != "zh-Hant":
            continue
        cleaned = (ROOT / "content" / "articles" / f"{art['id']}.md").read_text(encoding="utf-8")
        parser = _Paragraphs()
        parser.feed((site / art["id"] / "index.html").read_text(encoding="utf-8"))
        for p in art["paragraphs"]:
            if p.get("kind", "paragraph") != "paragraph":
                continue  # tables and headings are cited blocks too (corpus.json 3), not <p>s
            assert p["text"] in cleaned
            assert parser.paras[p["id"]].strip() == p["text"], p["id"]
            checked += 1
    assert checked > 10


def test_names_come_out_as_the_glossary_or_the_source_writes_them(built_site, corpus):
    glossary, _ = load_glossary(ROOT / "content" / "glossary.yml")
    fixed = {t.hans: t.hant for t in glossary.terms}
    scripts = {a["id"]: a["script"] for a in corpus["articles"]}
    page = page_text(built_site["site"] / "zh-Hant" / "entities" / "index.html")
    missing = []
    for e in corpus["entities"]:
        written = [m["surface"] for m in e["mentions"] if scripts.get(m["article"]) == "zh-Hant"]
        expected = {fixed.get(e["name"]), *written,
                    name_form(e["name"], e["kind"], "zh-Hant", DEFAULT_VARIANT)} - {None}
        if not any(x in page for x in expected):
            missing.append((e["name"], expected))
    assert missing == []
    site_text = "\n".join(page_text(p) for p in (built_site["site"] / "zh-Hant").rglob("*.html"))
    for wrong in ("趙佔領", "總檯", "於洪雷"):
        assert wrong not in site_text
