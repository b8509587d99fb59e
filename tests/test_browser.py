"""The built site in Debian's Chromium through Playwright: what a reader does."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(_Quiet, directory=str(built_site["site"]))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make test`, which installs it")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(locale="zh-CN")
    pg = context.new_page()
    pg.requests_seen = []
    pg.console_errors = []
    pg.on("request", lambda r: pg.requests_seen.append(r.url))
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    yield pg
    outside = [u for u in pg.requests_seen
               if urlsplit(u).scheme in ("http", "https") and urlsplit(u).hostname != "127.0.0.1"]
    context.close()
    assert outside == [], f"requests to outside hosts: {outside}"
    violations = [e for e in pg.console_errors if "Content Security Policy" in e]
    assert violations == [], f"CSP violations: {violations}"


def first_article(site: Path) -> str:
    return sorted(p.name for p in (site / "articles").iterdir())[0]


def test_home_in_both_scripts(page, server):
    page.goto(server + "/")
    assert page.locator("html").get_attribute("lang") == "zh"
    assert page.locator("article h1").first.inner_text().strip()
    assert page.locator("article a[href*='articles/']").count() >= 5
    page.goto(server + "/zh-Hant/")
    assert page.locator("html").get_attribute("lang") == "zh-Hant"
    assert "簡報" in page.locator("article").inner_text()


def test_language_switch_keeps_the_article(page, server, built_site):
    slug = first_article(built_site["site"])
    page.goto(f"{server}/articles/{slug}/")
    link = page.locator("a[hreflang='zh-Hant']").first
    href = link.get_attribute("href")
    page.goto(page.url.rsplit("/articles/", 1)[0] + "/" + href if not href.startswith(("/", "http"))
              else (server + href if href.startswith("/") else href))
    assert page.url.rstrip("/").endswith(f"/zh-Hant/articles/{slug}")
    assert page.locator("html").get_attribute("lang") == "zh-Hant"
    back = page.locator("a[hreflang='zh-Hans']").first.get_attribute("href")
    page.goto(page.url + back if not back.startswith(("/", "http")) else server + back)
    assert f"/articles/{slug}" in page.url and "/zh-Hant/" not in page.url


def search(page, url: str, term: str) -> list[str]:
    """Type a query as a reader does and return the result links.

    The theme queries on keyboard events (a filled value alone can go unnoticed), and its
    index loads in a web worker; the query is entered again (up to a minute) until results show."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    deadline = time.monotonic() + 60
    while True:
        box.fill(term)
        box.press("End")  # a real key: the theme starts its query on keyboard events
        try:
            page.wait_for_selector(".md-search-result__item", timeout=8000)
            break
        except playwright_api.TimeoutError:
            if time.monotonic() > deadline:
                raise
    return [a.get_attribute("href") for a in page.locator("a.md-search-result__link").all()]


def test_search_simplified_term_on_the_simplified_site(page, server):
    hits = search(page, server + "/", "视频")
    assert hits and not [h for h in hits if "/zh-Hant/" in h]


def test_search_traditional_term_on_the_traditional_site(page, server):
    hits = search(page, server + "/zh-Hant/", "視頻")
    assert hits and all("/zh-Hant/" in h for h in hits)


def test_paragraph_anchor_is_followed(page, server, built_site):
    slug = first_article(built_site["site"])
    page.goto(f"{server}/articles/{slug}/#p3")
    para = page.locator("#p3")
    assert para.count() == 1
    box = para.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]


@pytest.mark.parametrize("prefix", ["", "/zh-Hant"])
def test_accessibility_no_serious_violations(browser, server, built_site, prefix):
    if not AXE.exists():
        pytest.fail("axe-core is not installed: run `make test`, which installs it with npm")
    slug = first_article(built_site["site"])
    # Injecting axe is an inline script, which the site's own CSP rightly refuses.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    for path in (f"{prefix}/", f"{prefix}/articles/{slug}/", f"{prefix}/briefing/"):
        page.goto(server + path)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document)")
        bad = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
        assert bad == [], f"{path}: {bad}"
    context.close()
