"""The PDFs read back: structure, links, text, fonts, determinism, glyph errors (small fixture corpus).

The four PDFs are rendered once per session from two short articles (one simplified, one
traditional) and a hand-made analysis; every check reads the real PDF with pypdf or poppler.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.analyse.model import (Analysis, Category, Citation, Contention, Digest, Entity, Event,
                                     Figure, Mention, Overview, Point, Related, Side, Speaker,
                                     SummarySentence)
from generator.articles import parse_body
from generator.convert import Converter
from generator.errors import BuildError
from generator.model import Article
from generator.pipeline import BuildResult, Settings

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

NAMES = ("brief.zh-Hans.pdf", "brief.zh-Hant.pdf", "compendium.zh-Hans.pdf",
         "compendium.zh-Hant.pdf")

HANS_BODY = "\n\n".join(
    ["## 行业影响"]
    + [f"第{i}段：据证券日报记者了解，文生视频模型Sora将改变影视制作流程，降低短视频制作成本，"
       f"业内人士认为相关企业需要尽快调整策略。编号{i}号样本，数字{i * 7}%。" for i in range(1, 9)]
    + ["| 项目 | 数值 |\n| --- | --- |\n| 时长 | 60秒 |\n| 投资 | 8亿美元 |"]
    + ["## 风险提示"]
    + [f"第{i}段：专家提醒，Sora仍然存在物理规律理解不足的问题，训练和推理成本高昂，"
       f"短期内难以大规模商用。<script>alert('x')</script> & <b>不是标记</b>" for i in range(9, 14)])

HANT_BODY = "\n\n".join(
    f"第{i}段：專家認為，通過語言指揮AI創作電影級、廣告級視頻，對諸多行業帶來了巨大挑戰。"
    f"「無論如何，算力成本呈指數型快速下降。」李丕說。" for i in range(1, 11))


def make_articles(hans_body: str = HANS_BODY) -> list[Article]:
    return [
        Article(slug="zqrb-sora", source="000_a.txt", title="Sora开启文生视频新纪元", script="zh-Hans",
                blocks=parse_body(hans_body), outlet="证券日报", author="李豪悦", date="2024-03-27",
                url="https://example.com/zqrb"),
        Article(slug="dkb-sora", source="001_b.txt", title="Sora使用成本高 商業普及化路遙",
                script="zh-Hant", blocks=parse_body(HANT_BODY), outlet="大公報", author="宋偉",
                date="2024-02", url="file:///etc/passwd"),
    ]


def make_analysis() -> Analysis:
    c1 = Citation("zqrb-sora", "p2", "Sora将改变影视制作流程")
    c2 = Citation("dkb-sora", "p3", "算力成本呈指數型快速下降")
    c3 = Citation("zqrb-sora", "p10", "训练和推理成本高昂")
    points = (
        Point("pt-impact-film-1", "impact", "impact-film", "Sora 将改变影视制作流程。", (c1, c2),
              speakers=(Speaker("李丕", "总经理", "dkb-sora", "p3"),), score=2.0),
        Point("pt-limit-cost-1", "limit", "limit-cost", "训练和推理成本仍然高昂。", (c3,), score=1.0),
    )
    return Analysis(
        categories=(Category("impact-film", "impact", "影视制作", "影视行业的变化"),
                    Category("limit-cost", "limit", "成本", "")),
        points=points,
        contentions=(Contention("contention-film", "Sora 会颠覆影视行业吗？",
                                Side("会", ("pt-impact-film-1",)), Side("言之过早", (), (c3,))),),
        figures=(Figure("60", "秒", "duration", "生成最长60秒的视频", "zqrb-sora", "p1", 60, "60秒"),),
        events=(Event("2024-02-16", False, "OpenAI发布Sora", "zqrb-sora", "p3", also=(c2,)),),
        entities=(Entity("李丕", "person", (Mention("dkb-sora", "p3", "李丕"),
                                            Mention("dkb-sora", "p9", "李丕")), role="总经理"),
                  Entity("证券日报", "org", (Mention("zqrb-sora", "p1", "证券日报"),))),
        digests=(Digest("zqrb-sora", (SummarySentence("Sora将改变影视制作流程。", "p2"),),
                        (), ("证券日报",), ("Sora", "影视"), ("pt-impact-film-1",),
                        (Related("dkb-sora", 0.5),), 3),
                 Digest("dkb-sora", (SummarySentence("算力成本呈指數型快速下降。", "p3"),),
                        (), ("李丕",), ("算力",), ("pt-impact-film-1",), (), 2)),
        overview=Overview(2, ("证券日报", "大公報"), "2024-02", "2024-03-27", 23,
                          ("pt-impact-film-1",)),
    )


def make_result(articles=None, variant: str = "s2t") -> BuildResult:
    return BuildResult(articles=articles or make_articles(), analysis=make_analysis(), pages={},
                       data={}, converter=Converter(None, variant))


def render(root: Path, result=None, variant: str = "s2t") -> dict[str, Path]:
    from generator.pdf import render_pdfs

    settings = Settings(root=root, zh_hant_variant=variant, site_name="Sora 与影视产业")
    paths = render_pdfs(result or make_result(variant=variant), root / "site" / "downloads", settings)
    return {p.name: p for p in paths}


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """The four PDFs of the fixture corpus, rendered once."""
    return render(tmp_path_factory.mktemp("pdf"))


@pytest.fixture(scope="session")
def texts(pdfs) -> dict[str, list[str]]:
    """pdftotext output per PDF, one string per page."""
    out = {}
    for name, path in pdfs.items():
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        out[name] = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def tr(text: str, script: str, locale: str) -> str:
    return Converter(variant="s2t")(text, script, locale)  # the variant the fixture renders with


def locale_of(name: str) -> str:
    return name.split(".")[1]


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def test_all_four_written(pdfs):
    assert sorted(pdfs) == sorted(NAMES)
    for path in pdfs.values():
        assert path.read_bytes().startswith(b"%PDF-")
        assert path.stat().st_mode & 0o044 == 0o044, "a web server must be able to read it"


@pytest.mark.parametrize("name", NAMES)
def test_page_count_is_sane(pdfs, name):
    pages = len(PdfReader(pdfs[name]).pages)
    assert (1 <= pages <= 6) if name.startswith("brief") else (6 <= pages <= 30), pages


@pytest.mark.parametrize("name", NAMES)
def test_metadata(pdfs, name):
    reader = PdfReader(pdfs[name])
    locale = locale_of(name)
    meta = reader.metadata
    assert meta.title.startswith(tr("Sora 与影视产业", "zh-Hans", locale))
    assert meta.author
    assert reader.trailer["/Root"]["/Lang"] == ("zh-CN" if locale == "zh-Hans" else "zh-TW")
    # Tagged PDF: a structure tree for screen readers and reflow.
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("compendium")])
def test_outline_has_every_section_and_article(pdfs, name):
    locale = locale_of(name)
    titles = [t for t, _ in outline_titles(PdfReader(pdfs[name]))]
    for article in make_articles():
        assert tr(article.title, article.script, locale) in titles
    for section in ("目录", "简报", "文章摘要", "文章全文", "来源登记", "人物与机构索引"):
        assert tr(section, "zh-Hans", locale) in titles


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("compendium")])
def test_toc_page_numbers_match_section_starts(pdfs, texts, name):
    reader = PdfReader(pdfs[name])
    starts = dict(outline_titles(reader))
    toc_page = starts[tr("目录", "zh-Hans", locale_of(name))]
    toc = texts[name][toc_page - 1]
    entries = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", toc, re.M)
    assert len(entries) >= 7, toc
    for title, page in entries:
        assert title in starts, (title, sorted(starts))
        assert starts[title] == int(page), (title, page, starts[title])
        # And the page itself carries that title.
        assert squash(title) in squash(texts[name][int(page) - 1])


def _link_targets(reader: PdfReader):
    named = reader.named_destinations
    for number, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            if action is not None and action.get("/S") == "/URI":
                yield number, "uri", str(action["/URI"])
            else:
                dest = annot.get("/Dest") if action is None else action.get("/D")
                yield number, "dest", dest if isinstance(dest, str) else dest
    del named


@pytest.mark.parametrize("name", NAMES)
def test_internal_links_resolve_and_none_are_local(pdfs, name):
    reader = PdfReader(pdfs[name])
    named = reader.named_destinations
    internal = 0
    for _, kind, target in _link_targets(reader):
        if kind == "uri":
            assert target.startswith(("https://", "http://")), target
            assert "file:" not in target
            continue
        internal += 1
        assert isinstance(target, str) and target in named, target
        assert 0 <= reader.get_destination_page_number(named[target]) < len(reader.pages)
    assert internal >= 3


def test_brief_references_point_into_its_appendix(pdfs, texts):
    reader = PdfReader(pdfs["brief.zh-Hans.pdf"])
    targets = {t for _, kind, t in _link_targets(reader) if kind == "dest"}
    assert {"c-a0-p2", "c-a1-p3", "c-a0-p10"} <= targets
    text = squash("".join(texts["brief.zh-Hans.pdf"]))
    # A short reference says outlet, month, paragraph and the page it leads to.
    assert re.search(r"证券日报2024-03¶2p\.\d+", text), text[:400]


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("compendium")])
def test_every_article_round_trips_through_text_extraction(texts, name):
    locale = locale_of(name)
    text = squash("".join(texts[name]))
    for article in make_articles():
        assert squash(tr(article.title, article.script, locale)) in text
        for block in article.paragraphs[::3]:
            sample = squash(tr(block.text, article.script, locale))[:40]
            assert sample in text, (article.slug, block.id, sample)


def test_zh_hant_is_converted_and_hans_articles_stay_as_written(texts):
    hant = squash("".join(texts["compendium.zh-Hant.pdf"]))
    hans = squash("".join(texts["compendium.zh-Hans.pdf"]))
    assert "據證券日報記者瞭解" in hant or "據證券日報記者了解" in hant
    assert "据证券日报记者了解" in hans
    assert "专家认为" in hans and "專家認為" in hant


def test_article_text_is_data_not_markup(pdfs, texts):
    from generator.pdf.render import print_jobs

    text = "".join(texts["compendium.zh-Hans.pdf"])
    assert "<script>alert('x')</script>" in text
    assert "<b>不是标记</b>" in text
    settings = Settings(root=pdfs["brief.zh-Hans.pdf"].parent, site_name="x")
    html = print_jobs(make_result(), settings)[0].html
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("name", NAMES)
def test_fonts_are_embedded_cjk_of_the_right_script(pdfs, name):
    out = subprocess.run(["pdffonts", str(pdfs[name])], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    assert out
    region = "SC" if locale_of(name) == "zh-Hans" else "TC"
    for line in out:
        font, emb, sub = line.split()[0], line.split()[-5], line.split()[-4]
        assert emb == "yes" and sub == "yes", line
        assert "JP" not in font and "KR" not in font, line
        assert f"CJK-{region}" in font, line


def test_hong_kong_variant_uses_hk_faces(tmp_path):
    from generator.pdf.render import print_jobs, render_pdf

    settings = Settings(root=tmp_path, zh_hant_variant="s2hk", site_name="Sora")
    job = next(j for j in print_jobs(make_result(variant="s2hk"), settings)
               if j.name == "brief.zh-Hant.pdf")
    assert '<html lang="zh-HK">' in job.html
    data, _, _ = render_pdf(job.html, job.css, job.key)
    (tmp_path / "b.pdf").write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "b.pdf")], capture_output=True,
                           text=True).stdout
    assert "CJK-HK" in fonts and "CJK-TC" not in fonts and "JP" not in fonts


def test_rendering_twice_gives_identical_bytes(pdfs, tmp_path):
    again = render(tmp_path)  # a fresh root: nothing comes from the cache
    for name in NAMES:
        assert again[name].read_bytes() == pdfs[name].read_bytes(), name


def test_creation_date_is_fixed(pdfs, monkeypatch):
    from generator.render.print import source_date

    assert PdfReader(pdfs["brief.zh-Hans.pdf"]).metadata["/CreationDate"] == "D:20240327000000Z"
    assert source_date(make_articles(), {"SOURCE_DATE_EPOCH": "1711929600"}).isoformat() \
        == "2024-04-01T00:00:00+00:00"


def test_unchanged_inputs_come_from_the_cache(pdfs, monkeypatch):
    import generator.pdf as pdf

    def fail(*args, **kwargs):
        raise AssertionError("rendered although nothing changed")

    monkeypatch.setattr(pdf, "render_pdf", fail)
    root = pdfs["brief.zh-Hans.pdf"].parents[2]
    before = {n: p.read_bytes() for n, p in pdfs.items()}
    again = render(root)
    assert {n: p.read_bytes() for n, p in again.items()} == before


def _done(results):
    """A stand-in for PDFs being rendered: already done, with these results."""
    from types import SimpleNamespace

    return SimpleNamespace(results=lambda: results, busy=lambda: 0, cancel=lambda: None)


def test_changed_inputs_render_again(tmp_path, monkeypatch):
    import generator.pdf as pdf

    calls = []
    monkeypatch.setattr(pdf, "_start_all", lambda jobs, workers: calls.append(
        [j.name for j in jobs]) or _done([(b"%PDF-fake " + j.name.encode(), 1, 0.0, 0.0)
                                          for j in jobs]))
    render(tmp_path)
    assert len(calls[-1]) == 4
    articles = make_articles()
    articles[1] = dataclasses.replace(articles[1], title="另一個標題")
    render(tmp_path, make_result(articles))
    assert sorted(calls[-1]) == sorted(NAMES)  # the title shows in every document
    render(tmp_path, make_result(articles))
    assert len(calls) == 2


def test_an_edit_outside_the_briefing_renders_only_the_compendiums(tmp_path, monkeypatch):
    """An article edited where the briefing cites nothing (same analysis): the briefs, whose
    print HTML is unchanged, come from the cache; the compendiums, which print the full text,
    render again and show the edit."""
    import generator.pdf as pdf

    calls = []
    monkeypatch.setattr(pdf, "_start_all", lambda jobs, workers: calls.append(
        {j.name: j.html for j in jobs}) or _done([(b"%PDF-fake " + j.name.encode(), 1, 0.0, 0.0)
                                                  for j in jobs]))
    render(tmp_path, dataclasses.replace(make_result(), key="inputs-1"))
    assert sorted(calls[-1]) == sorted(NAMES)
    added = "记者当天下午又去了一趟现场"
    edited = HANS_BODY.replace("第5段：", f"第5段：{added}。", 1)
    assert edited != HANS_BODY
    paths = render(tmp_path, dataclasses.replace(make_result(make_articles(edited)), key="inputs-2"))
    assert sorted(calls[-1]) == ["compendium.zh-Hans.pdf", "compendium.zh-Hant.pdf"]
    assert added in calls[-1]["compendium.zh-Hans.pdf"]
    assert paths["brief.zh-Hans.pdf"].read_bytes() == b"%PDF-fake brief.zh-Hans.pdf"


def test_missing_glyph_names_character_article_and_paragraph(tmp_path):
    from generator.pdf.fonts import coverage, font_set

    odd = "\U0001FBF5"  # SEGMENTED DIGIT FIVE: in no Noto CJK or emoji font
    assert ord(odd) not in coverage(font_set("zh-Hans"))
    body = HANS_BODY.replace("第3段：", f"第3段：{odd}", 1)
    with pytest.raises(BuildError) as err:
        render(tmp_path, make_result(make_articles(body)))
    message = str(err.value)
    assert "U+1FBF5" in message
    assert "zqrb-sora" in message and "¶3" in message
    assert "install" in message or "Replace" in message
    assert not (tmp_path / "site" / "downloads").exists()  # nothing written


def test_emoji_have_glyphs_and_do_not_fail(tmp_path):
    from generator.pdf.fonts import coverage, font_set, missing_glyphs

    assert missing_glyphs("中文😀，。「」¶·–—", coverage(font_set("zh-Hant"))) == []


def test_warns_when_harfbuzz_subset_is_missing(monkeypatch, caplog):
    from generator.pdf import fonts

    monkeypatch.setattr(fonts, "subsetting_available", lambda: False)
    fonts.warn_without_subsetting.cache_clear()
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.jianfan"):
        assert fonts.warn_without_subsetting() is True
    fonts.warn_without_subsetting.cache_clear()
    assert "apt-get install libharfbuzz-subset0" in caplog.text


def test_harfbuzz_subset_is_available_here():
    from generator.pdf.fonts import subsetting_available

    assert subsetting_available(), "apt-get install libharfbuzz-subset0 (PDFs are ~7x slower)"


def test_svg_chart_is_sanitised():
    from generator.render.chart import sanitise_svg

    svg = ('<svg xmlns="http://www.w3.org/2000/svg" style="font-family:inherit" onload="x()">'
           '<script>alert(1)</script><a href="file:///etc/passwd"><text>影视</text></a>'
           '<image href="/etc/x.png"/><circle r="3"/></svg>')
    out = sanitise_svg(svg, "Noto Sans CJK TC")
    assert "script" not in out and "onload" not in out and "file:" not in out and "image" not in out
    assert "影视" in out and "circle" in out and 'font-family="Noto Sans CJK TC"' in out


def test_page_images_render(pdfs, tmp_path):
    """pdftoppm renders the first pages (looked at by hand while developing)."""
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2",
                    str(pdfs["brief.zh-Hant.pdf"]), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert images and all(p.stat().st_size > 5000 for p in images)


@pytest.mark.parametrize("locale", ["zh-Hans", "zh-Hant"])
def test_glyph_coverage_read_from_cmap_groups_matches_fonttools(locale):
    from fontTools.ttLib import TTFont

    from generator.pdf.fonts import _cmap, font_file, font_set

    for family in font_set(locale).families:
        path, index = font_file(family)
        font = TTFont(path, lazy=True, **({"fontNumber": index} if path.endswith(".ttc") else {}))
        assert _cmap(path, index) == frozenset(font.getBestCmap()), family


# -- PDFs render in worker processes while MkDocs builds the site ---------------------------------

def _settings(root: Path) -> Settings:
    return Settings(root=root, site_name="Sora 与影视产业")


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_pdfs_render_in_the_background_and_match(tmp_path, pdfs, caplog):
    """Started PDFs are already being rendered by worker processes before ``finish`` is called,
    the wait for them is logged, and the files they give are the ones rendered in the foreground."""
    import multiprocessing

    from generator.pdf import start_pdfs

    pending = start_pdfs(make_result(), _settings(tmp_path), workers=2)
    assert len(pending.todo) == 4 and multiprocessing.active_children()
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.jianfan"):
        paths = pending.finish(tmp_path / "out")
    assert "PDFs still rendering" in caplog.text
    assert not multiprocessing.active_children()
    assert {p.name: p.read_bytes() for p in paths} == {n: p.read_bytes() for n, p in pdfs.items()}
    assert pending.render_seconds > 0
    assert len(list((tmp_path / ".cache" / "pdf").glob("*.pdf"))) == 4


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_cancelled_pdfs_stop_their_workers_and_write_nothing(tmp_path):
    """A build that fails while the PDFs render leaves no worker behind and no PDF or cache entry."""
    import multiprocessing

    from generator.pdf import start_pdfs

    pending = start_pdfs(make_result(), _settings(tmp_path), workers=2)
    pending.cancel()
    assert not multiprocessing.active_children()
    assert not (tmp_path / ".cache" / "pdf").exists()
    assert not (tmp_path / "site").exists()


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_a_worker_error_reaches_the_build(tmp_path, monkeypatch):
    """An error inside a worker is raised where the build waits for the PDFs, and the other
    worker stops too."""
    import multiprocessing

    import generator.pdf as pdf

    def broken(html, css, key, options=None, collect=True):
        raise BuildError("PDF: WeasyPrint failed on purpose")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    pending = pdf.start_pdfs(make_result(), _settings(tmp_path), workers=2)
    with pytest.raises(BuildError, match="on purpose"):
        pending.finish(tmp_path / "out")
    assert not multiprocessing.active_children()
    assert not (tmp_path / "out").exists()


def test_unchanged_inputs_skip_the_print_html_and_changed_ones_never_get_stale_pdfs(tmp_path,
                                                                                    monkeypatch):
    """With the build's input key unchanged, the four PDFs come from the cache without making
    the print HTML; a changed setting or a changed input key renders again."""
    import generator.pdf as pdf

    rendered = []
    monkeypatch.setattr(pdf, "_start_all", lambda jobs, workers: rendered.append(
        sorted(j.name for j in jobs)) or _done([(b"%PDF-fake " + j.html[-40:].encode(), 1, 0.0,
                                                 0.0) for j in jobs]))
    result = dataclasses.replace(make_result(), key="inputs-1")
    out = tmp_path / "out"
    first = {p.name: p.read_bytes() for p in pdf.render_pdfs(result, out, _settings(tmp_path))}
    assert rendered == [sorted(NAMES)]

    made = []
    original = pdf.print_jobs
    monkeypatch.setattr(pdf, "print_jobs", lambda *a, **k: made.append(1) or original(*a, **k))
    again = {p.name: p.read_bytes() for p in pdf.render_pdfs(result, out, _settings(tmp_path))}
    assert again == first and not made and len(rendered) == 1

    renamed = dataclasses.replace(_settings(tmp_path), site_name="另一个站名")
    pdf.render_pdfs(result, out, renamed)
    assert made and len(rendered) == 2  # the site name is on every cover

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdf.render_pdfs(result, out, renamed)
    assert len(rendered) == 3  # the creation date is in every document

    articles = make_articles()
    articles[0] = dataclasses.replace(articles[0], title="新标题")
    pdf.render_pdfs(dataclasses.replace(make_result(articles), key="inputs-2"), out, renamed)
    assert len(rendered) == 4
