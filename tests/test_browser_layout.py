"""Reading on a phone (390 px) and a desktop (1280 px) in Chromium, both scripts, every page kind:
nothing wider than the screen, tables fit or scroll in their own box, chart text legible and not
cut off, dates and numbers never broken across lines, rare characters drawn."""

from __future__ import annotations

import pytest

from test_browser import browser, server  # noqa: F401  (fixtures: Debian's Chromium, the site)

pytestmark = pytest.mark.browser

_MEASURE = """() => {
  const vw = document.documentElement.clientWidth;
  const scroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p).overflowX; if (s === 'auto' || s === 'scroll') return p; }
    return null; };
  const out = {scrollWidth: document.documentElement.scrollWidth, vw, outside: [], tables: [],
               chart: [], broken: []};
  document.querySelectorAll('article *, footer *').forEach(el => {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > vw + 1 && !scroller(el))
      out.outside.push(`${el.tagName}.${el.className} right=${Math.round(r.right)}`);
  });
  document.querySelectorAll('article table').forEach(t => {
    const box = scroller(t), r = t.getBoundingClientRect();
    out.tables.push({width: r.width, fits: r.right <= vw + 1,
                     scrolls: !!box && box.getBoundingClientRect().right <= vw + 1});
  });
  document.querySelectorAll('svg.jf-chart').forEach(svg => {
    const sr = svg.getBoundingClientRect(), k = sr.width / svg.viewBox.baseVal.width;
    svg.querySelectorAll('text').forEach(t => {
      const r = t.getBoundingClientRect();
      out.chart.push({text: t.textContent, px: parseFloat(t.getAttribute('font-size')) * k,
                      inside: r.left >= sr.left - 1 && r.right <= sr.right + 1});
    });
  });
  const token = /^(\\d{4}-\\d{2}(-\\d{2})?\\*?|[\\d.,]+\\s?[A-Za-z%]+)$/;
  document.querySelectorAll('article td').forEach(td => {
    const text = td.textContent.trim();
    if (!token.test(text)) return;
    const range = document.createRange(); range.selectNodeContents(td);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (tops.size > 1) out.broken.push(text);
  });
  return out;
}"""


def _kinds(site) -> list[str]:
    slugs = sorted(p.name for p in (site / "articles").iterdir())
    kinds = ["", "briefing/", "entities/", "sources/", "conversion/"]
    for slug in slugs[:2]:
        kinds += [f"articles/{slug}/", f"articles/{slug}/digest/", f"articles/{slug}/audit/"]
    return kinds


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("prefix", ["", "zh-Hant/"])
def test_every_page_fits_the_screen(browser, server, built_site, width, prefix):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    problems, charts = [], 0
    try:
        for kind in _kinds(built_site["site"]):
            page.goto(f"{server}/{prefix}{kind}")
            page.wait_for_load_state("load")
            m = page.evaluate(_MEASURE)
            where = f"{width}px /{prefix}{kind}"
            if m["scrollWidth"] > m["vw"]:
                problems.append(f"{where}: page {m['scrollWidth']} px wide")
            problems += [f"{where}: {o}" for o in m["outside"][:3]]
            problems += [f"{where}: table {t['width']:.0f} px neither fits nor scrolls"
                         for t in m["tables"] if not (t["fits"] or t["scrolls"])]
            for t in m["chart"]:
                charts += 1
                if t["px"] < 11 or not t["inside"]:
                    problems.append(f"{where}: chart text {t['text']!r} at {t['px']:.1f} px, "
                                    f"inside={t['inside']}")
            problems += [f"{where}: {text!r} broken across lines" for text in m["broken"]]
    finally:
        context.close()
    assert problems == [], "\n".join(problems)
    assert charts > 5  # the briefing's chart was measured


def test_rare_characters_are_drawn_from_the_sites_own_font(browser, server, built_site):  # noqa: F811
    site = built_site["site"]
    report = (site / "conversion" / "index.html").read_text(encoding="utf-8")
    rare = [c for c in report if ord(c) > 0xFFFF and c.isidentifier()]
    if not rare:
        pytest.skip("no supplementary-plane character in this build's conversion report")
    assert (site / "assets" / "fonts").is_dir(), "rare characters but no font subset"
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{server}/conversion/")
        page.wait_for_load_state("networkidle")
        loaded = page.evaluate("""async (chars) => { await document.fonts.ready;
            const faces = []; document.fonts.forEach(f => faces.push([f.family, f.status]));
            return {faces, covered: document.fonts.check('16px "Jianfan Rare"', chars)}; }""",
                               "".join(rare))
    finally:
        context.close()
    assert ['"Jianfan Rare"', "loaded"] in loaded["faces"] or ["Jianfan Rare", "loaded"] in loaded["faces"]
    assert loaded["covered"]
    assert "(U+" in report  # and the code point stands beside it for a reader without the font
