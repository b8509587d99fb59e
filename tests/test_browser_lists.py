"""Lists look like lists to a reader: the digest's points, summary and related coverage, and the
entities page, in Chromium on the built site (one list item per entry, never entries joined by
" - " inside one item)."""

from __future__ import annotations

import json

import pytest

from test_browser import browser, page, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def _articles(built_site):
    data = json.loads((built_site["site"] / "data" / "corpus.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("prefix", ["", "zh-Hant/"])
def test_digest_sections_are_lists(page, server, built_site, prefix):
    data = _articles(built_site)
    checked = 0
    for a in data["articles"]:
        page.goto(f"{server}/{prefix}articles/{a['id']}/digest/")
        for section, expected in (("summary", len(a["summary"])), ("related", len(a["related"]))):
            items = page.locator(f"h2#{section} + ol > li, h2#{section} + ul > li")
            if expected:
                assert items.count() == expected, (a["id"], section)
        points = page.locator("h2#points + ul > li")
        texts = points.all_inner_texts()
        assert not any(" - 影响" in t or " - 局限" in t or " - 影響" in t for t in texts), a["id"]
        checked += points.count() > 1
    assert checked, "some digest lists several points"


def test_entities_page_is_one_item_per_entity(page, server, built_site):
    data = _articles(built_site)
    page.goto(f"{server}/entities/")
    items = page.locator("article li:has(a[id^='e-'])")
    assert items.count() == len(data["entities"])
    first = data["entities"][0]
    item = page.locator(f"li:has(a#{first['id']})")
    assert item.count() == 1 and first["name"] in item.inner_text()
    assert page.locator("h2#产品").count() == (1 if any(e["kind"] == "product" for e in data["entities"]) else 0)
