"""Print a reader can trust: no text beyond the page's text area, no heading left alone at the foot
of a page, no heading with nothing under it, no chart label cut off. Read back from the real PDFs
with poppler (``pdftotext -bbox-layout``) and pypdf, on a small corpus written to stress them:
long source names cited many times on both sides of a contention, an index entry with dozens of
references, an article ending in a heading, a long category label."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.analyse.model import Category, Citation, Contention, Entity, Mention, Side
from generator.articles import parse_body
from generator.model import Article
from test_pdf import NAMES, make_analysis, make_result, render

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

MM = 72 / 25.4
A4 = (595.28, 841.89)
#: print.css: 22 mm top, 20 mm bottom; 25 mm inner and 16 mm outer margins (page 1 is a right page)
TOP, BOTTOM, INNER, OUTER = 22 * MM, 20 * MM, 25 * MM, 16 * MM
LONG_OUTLET = "一家名字非常长的地方综合性新闻媒体集团"
LONG_LABEL = "尚非成熟产品，颠覆言之过早且仍有诸多限制"


def text_area(page: int) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) of a page's text, in points from the top-left corner."""
    left = INNER if page % 2 == 1 else OUTER
    right = A4[0] - (OUTER if page % 2 == 1 else INNER)
    return left, right, TOP, A4[1] - BOTTOM


class _Boxes(HTMLParser):
    """Lines of ``pdftotext -bbox-layout``: per page, [(xmin, ymin, xmax, ymax, [words])]."""

    def __init__(self):
        super().__init__()
        self.pages: list[list] = []
        self._line = None
        self._word = None

    def handle_starttag(self, tag, attrs):
        a = {k: v for k, v in attrs}
        if tag == "page":
            self.pages.append([])
        elif tag == "line":
            self._line = [float(a["xmin"]), float(a["ymin"]), float(a["xmax"]), float(a["ymax"]), []]
            self.pages[-1].append(self._line)
        elif tag == "word":
            self._word = (float(a["xmin"]), float(a["xmax"]))

    def handle_data(self, data):
        if self._word and self._line is not None and data.strip():
            self._line[4].append((data, *self._word))

    def handle_endtag(self, tag):
        if tag == "word":
            self._word = None


def boxes(path: Path) -> list[list]:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    parser = _Boxes()
    parser.feed(out)
    return parser.pages


def body_lines(pages, page: int) -> list:
    """The lines of a page inside its text area's height (not the running header or folio)."""
    _, _, top, bottom = text_area(page)
    return [ln for ln in pages[page - 1] if ln[1] >= top - 2 and ln[3] <= bottom + 2]


def _corpus():
    hans = "\n\n".join(
        ["## 行业影响"]
        + [f"第{i}段：文生视频模型将改变影视制作流程，降低短视频制作成本，业内人士认为相关企业需要"
           f"尽快调整策略，第{i}号样本说明了这一点，并且还有更多的细节需要进一步讨论和核实。"
           for i in range(1, 31)]
        + ["## 延伸阅读"])  # a heading with nothing under it, the article's last block
    hant = "\n\n".join(f"第{i}段：專家認為，通過語言指揮AI創作電影級、廣告級視頻，對諸多行業帶來了"
                       f"巨大挑戰，而且成本仍然很高。" for i in range(1, 21))
    articles = [
        Article(slug="long-a", source="000_a.txt", title="文生视频改变影视制作", script="zh-Hans",
                blocks=parse_body(hans), outlet=LONG_OUTLET, date="2024-03-27"),
        Article(slug="long-b", source="001_b.txt", title="Sora使用成本高", script="zh-Hant",
                blocks=parse_body(hant), outlet="大公報", date="2024-02"),
    ]
    base = make_analysis()
    side_a = tuple(Citation("long-a", f"p{i}", "改变影视制作流程") for i in range(1, 25))
    side_b = tuple(Citation("long-b", f"p{i}", "成本仍然很高") for i in range(1, 15)) + tuple(
        Citation("long-a", f"p{i}", "降低短视频制作成本") for i in range(25, 31))
    point = dataclasses.replace(base.points[0], citations=side_a[:6], speakers=())
    limit = dataclasses.replace(base.points[1], citations=side_b[:6])
    analysis = dataclasses.replace(
        base,
        categories=(base.categories[0], Category("limit-cost", "limit", LONG_LABEL, "")),
        points=(point, limit),
        contentions=(Contention("contention-film", "会颠覆影视行业吗？",
                                Side("会颠覆或重塑", (point.id,), side_a),
                                Side("言之过早，尚难颠覆", (limit.id,), side_b)),),
        entities=(Entity("一家名字非常长的地方综合性新闻媒体集团", "org",
                         tuple(Mention("long-a", f"p{i}", LONG_OUTLET) for i in range(1, 31))
                         + tuple(Mention("long-b", f"p{i}", "大公報") for i in range(1, 21))),),
        digests=())
    return dataclasses.replace(make_result(articles), analysis=analysis)


@pytest.fixture(scope="module")
def stressed(tmp_path_factory) -> dict[str, Path]:
    return render(tmp_path_factory.mktemp("pdf-reading"), _corpus(), variant="s2tw")


@pytest.mark.parametrize("name", NAMES)
def test_no_text_beyond_the_text_area(stressed, name):
    pages = boxes(stressed[name])
    outside = []
    for number in range(1, len(pages) + 1):
        left, right, _, _ = text_area(number)
        for line in body_lines(pages, number):
            for word, x0, x1 in line[4]:
                if x1 > right + 1 or x0 < left - 1:
                    outside.append(f"p.{number}: {word[:24]!r} {x0:.0f}–{x1:.0f} pt "
                                   f"(text area {left:.0f}–{right:.0f})")
    assert outside == []


@pytest.mark.parametrize("name", NAMES)
def test_no_heading_is_the_last_line_of_a_page(stressed, name):
    reader = PdfReader(stressed[name])
    pages = boxes(stressed[name])
    alone = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            number = reader.get_destination_page_number(item) + 1
            top = A4[1] - float(item.top if item.top is not None else A4[1])
            title = item.title.replace(" ", "")
            below = [ln for ln in body_lines(pages, number) if ln[1] >= top - 2
                     and "".join(w for w, *_ in ln[4]).replace(" ", "") not in title]
            if not below:
                alone.append(f"p.{number}: {item.title}")

    walk(reader.outline)
    assert alone == []
    assert len(reader.outline) > 3


def test_a_heading_with_nothing_under_it_is_left_out_of_print(stressed):
    text = subprocess.run(["pdftotext", str(stressed["compendium.zh-Hans.pdf"]), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "第30段" in text and "行业影响" in text
    assert "延伸阅读" not in text


def test_chart_labels_are_whole(stressed):
    text = subprocess.run(["pdftotext", str(stressed["brief.zh-Hans.pdf"]), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "局限·" + LONG_LABEL in text.replace("\n", "")
