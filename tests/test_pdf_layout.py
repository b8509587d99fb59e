"""Page references filled in after one layout pass (generator/pdf/layout.py), on small documents."""

from __future__ import annotations

import itertools
import logging
import re
import shutil
import subprocess

import pytest

from generator.pdf import layout
from generator.pdf.render import render_pdf, stylesheet

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

CSS = """
@page { size: A6; margin: 10mm; @bottom-right { content: counter(page); } }
html { font-family: "Noto Sans CJK SC"; font-size: 10pt; }
section { break-before: page; }
.toc a::after { content: leader(".") target-counter(attr(href url), page); }
a.ref::after { content: " p." target-counter(attr(href url), page); }
"""


def document(sections: int, refs_per_line: int = 3) -> str:
    toc = "".join(f'<li><a href="#s{i}">第{i}节</a></li>' for i in range(1, sections + 1))
    refs = "；".join(f'<a class="ref" href="#s{i}">见{i}</a>'
                    for i in range(sections, 0, -1)[:refs_per_line])
    body = "".join(f'<section id="s{i}"><h1>第{i}节</h1><p>正文{i}。</p></section>'
                   for i in range(1, sections + 1))
    return (f'<html lang="zh-CN"><body><ul class="toc">{toc}</ul>'
            f'<p id="refs">{refs}<span id="after">后文</span></p>{body}</body></html>')


def pages_text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "d.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


def pdf_of(html: str, css: str = CSS) -> tuple[bytes, int]:
    data, pages, _ = render_pdf(html, css, "test-key")
    return data, pages


def laid_out_once(monkeypatch) -> list[int]:
    from weasyprint.layout import page

    made = []
    original = page.make_page

    def make_page(context, root_box, page_type, resume_at, page_number, page_state):
        made.append(page_number)
        return original(context, root_box, page_type, resume_at, page_number, page_state)

    monkeypatch.setattr(page, "make_page", make_page)
    return made


def test_toc_and_references_give_the_page_of_their_target(tmp_path):
    data, pages = pdf_of(document(5))
    assert pages == 6
    text = pages_text(data, tmp_path)
    toc = dict(re.findall(r"第(\d)节\s*\.{3,}\s*(\d+)", text[0]))
    assert toc == {str(i): str(i + 1) for i in range(1, 6)}
    for i in range(1, 6):
        assert f"第{i}节" in text[i]
    flat = re.sub(r"\s+", "", text[0])
    assert "见5p.6；见4p.5；见3p.4" in flat


def test_each_page_is_laid_out_once(monkeypatch):
    made = laid_out_once(monkeypatch)
    _, pages = pdf_of(document(8))
    assert sorted(made) == list(range(1, pages + 1))


def test_weasyprint_alone_lays_pages_out_again(monkeypatch):
    """The cost this module removes: target-counter makes WeasyPrint repaginate."""
    from weasyprint import CSS as WCSS
    from weasyprint import HTML

    made = laid_out_once(monkeypatch)
    document_ = HTML(string=document(8)).render(stylesheets=[WCSS(string=CSS)])
    assert len(made) > len(document_.pages)


def test_shorter_numbers_close_up_the_line():
    """Text after a reference starts where the (shorter) number ends: no placeholder gap."""
    from weasyprint.formatting_structure import boxes

    doc = layout.render(document(3), CSS, digits=3)
    line = next(b for b in doc.pages[0]._page_box.descendants()
                if isinstance(b, boxes.LineBox)
                and any(getattr(d, "element_tag", "") == "span" for d in b.descendants()))
    texts = [b for b in line.descendants() if isinstance(b, boxes.TextBox)]
    for before, after in itertools.pairwise(texts):
        assert after.position_x == pytest.approx(before.position_x + before.width, abs=0.01), \
            (before.text, after.text)
    assert "".join(b.text for b in texts).startswith("见3 p.4；")


def test_toc_numbers_stay_flush_right_with_dots_up_to_them():
    from weasyprint.formatting_structure import boxes

    doc = layout.render(document(3), CSS, digits=3)
    numbers = [b for b in doc.pages[0]._page_box.descendants()
               if isinstance(b, boxes.TextBox) and b.text.isdigit()
               and (b.element_tag or "").endswith("::after")]
    assert [b.text for b in numbers] == ["2", "3", "4"]
    right = {round(b.position_x + b.width, 2) for b in numbers}
    assert len(right) == 1
    for number in numbers:
        line = next(b for b in doc.pages[0]._page_box.descendants()
                    if isinstance(b, boxes.LineBox) and number in list(b.descendants()))
        dots = [b for b in line.descendants() if isinstance(b, boxes.TextBox) and b.text == "."]
        gap = number.position_x - max(d.position_x + d.width for d in dots)
        assert 0 <= gap < dots[0].width + 0.01


def test_numbers_wider_than_the_placeholder_are_laid_out_again(monkeypatch):
    calls = []
    original = layout._render_once
    monkeypatch.setattr(layout, "_render_once",
                        lambda html, css, digits: calls.append(digits) or original(html, css, digits))
    doc = layout.render(document(12), CSS, digits=1)
    assert calls == [1, 2]
    assert len(doc.pages) == 13


def test_reference_to_a_missing_anchor_warns_and_prints_no_number(caplog, tmp_path):
    html = document(2).replace('href="#s1">见1', 'href="#nowhere">见1')
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.jianfan"):
        data, _ = pdf_of(html)
    assert "#nowhere" in caplog.text
    assert "见1p." in re.sub(r"\s+", "", pages_text(data, tmp_path)[0])


def test_same_input_gives_identical_bytes():
    html = document(6)
    assert pdf_of(html)[0] == pdf_of(html)[0]


def test_print_stylesheet_uses_only_the_handled_form_of_target_counter():
    css = stylesheet()
    assert css.count(layout.PAGE_REF) >= 4
    assert css.count("target-counter(") == css.count(layout.PAGE_REF)
