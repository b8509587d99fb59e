"""Sources in structured forms (session 18): an RSS/Atom feed, a spreadsheet export, a Word document,
a slide deck and a JSON export, each read into the same document the other readers make (sections,
post headings for pieces with their own author and date, tables), sniffed rather than trusted by their
file ending, and refused with a clear warning when broken or hostile. Synthetic sources on a topic
unlike every corpus (tests/formats18_samples.py)."""

from __future__ import annotations

import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from generator.clean import clean
from generator.model import POST_HEADING
from generator.sources import decode_source, read_sources
from generator.readers.forms import convert

sys.path.insert(0, str(Path(__file__).resolve().parent))
import formats18_samples as s  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def cleaned(name: str, data: bytes):
    return clean(convert(data, name, decode_source), source=name)


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def posts(body: str) -> list[tuple[str, str]]:
    return [(m.group("name"), m.group("date")) for p in paras(body) if p.startswith("### ")
            and (m := POST_HEADING.match(p[4:]))]


# -- a feed: each item a section with its title, author and date ---------------------------------------

def test_a_feeds_items_are_sections_each_with_its_title_author_and_date():
    c = cleaned("feed.xml", s.feed_xml().encode())
    heads = [p[3:] for p in paras(c.body) if p.startswith("## ")]
    assert len(heads) == 8 and heads[2] == "临江市共享单车停放新规4月1日起施行"
    assert "临江港集装箱吞吐量创新高" in heads  # an off-topic item is kept for the relevance machinery
    assert ("临江交通发布", "2024-03-05") in posts(c.body)
    assert "发布时间：2024-03-07 10:15" in paras(c.body)  # an item without author keeps its stamp
    assert c.meta.get("title") == "临江交通资讯"


def test_escaped_html_and_cdata_in_a_feed_are_read_as_text_and_a_script_never_shows():
    c = cleaned("feed.xml", s.feed_xml().encode())
    ps = paras(c.body)
    assert "新规规定，用户在围栏外还车将被收取5元调度费，一个月内违规三次暂停使用7天。" in ps  # &lt;p&gt; escaped
    assert "记者从运营企业获悉，电子围栏在临江站等12个地铁口试点两个月，乱停放数量下降约60%。" in ps  # CDATA
    assert "XSSMARK18" not in c.body and "<" not in c.body and "&lt;" not in c.body


def test_an_atom_feeds_entries_carry_their_authors_names():
    c = cleaned("bikers.atom", s.atom_xml().encode())
    assert posts(c.body) == [("老骑手阿杰", "2024-03-10"), ("单车观察", "2024-03-11")]


def test_a_headline_feeds_titles_are_its_text_never_empty_sections_that_vanish():
    feed = ('<?xml version="1.0"?><rss><channel><title>快讯</title>'
            "<item><title>临江共享单车新规4月1日起施行，围栏外还车收5元调度费</title>"
            "<pubDate>Tue, 05 Mar 2024 08:30:00 +0800</pubDate></item>"
            "<item><title>电子围栏新增300处</title><author>desk@example.cn (交通发布)</author>"
            "<pubDate>Tue, 05 Mar 2024 09:30:00 +0800</pubDate></item></channel></rss>")
    c = cleaned("headlines.xml", feed.encode())
    ps = paras(c.body)
    assert "临江共享单车新规4月1日起施行，围栏外还车收5元调度费" in ps and "电子围栏新增300处" in ps
    assert posts(c.body) == [("交通发布", "2024-03-05")] and "desk@example.cn" not in c.body


# -- a spreadsheet export: rows as pieces, the export's furniture out -----------------------------------

def test_a_csv_exports_rows_are_pieces_and_its_title_stamp_counts_and_total_leave():
    c = cleaned("export.csv", s.export_csv().encode())
    assert posts(c.body) == [("临江骑行圈", "2024-03-05"), ("江畔老张", "2024-03-06"),
                             ("临江日报", "2024-03-07"), ("阿木说交通", "2024-03-07")]
    ps = paras(c.body)
    assert "支持新规！小区门口的共享单车终于不会堵住盲道了，希望执法跟上。" in ps  # a wrapped cell: one sentence
    assert '实测：在围栏边缘还车，定位显示"不在停车区"，来回挪了三次才成功。' in ps  # doubled quotes read
    for furniture in ("13914", "合计", "1520", "负面", "导出时间", "阅读数"):
        assert furniture not in c.body
    assert c.meta.get("title") == "临江市共享单车舆情监测导出" and c.meta.get("date") == "2024-03-08"


def test_a_platform_column_names_no_one_and_a_stamp_in_two_cells_is_no_header():
    table = ("导出时间,2024-03-08 17:30,,,\n"
             "发布时间,平台,标题,正文,评论数\n"
             "2024-03-05 09:12,微博,围栏新规,电子围栏内还车成功率提高到九成以上，运营企业表示还将继续扩容。,88\n"
             "2024-03-06 10:00,论坛,,新规第一周，小区门口的单车少了一半，步行道终于通畅了。,12\n")
    c = cleaned("platform.csv", table.encode())
    assert posts(c.body) == []  # no row is 微博's or 论坛's
    ps = paras(c.body)
    assert "电子围栏内还车成功率提高到九成以上，运营企业表示还将继续扩容。" in ps
    assert "围栏新规" in c.body and "评论数" not in c.body and "88" not in c.body


def test_an_xlsx_workbooks_rows_are_pieces_with_their_days_read_from_excel_serials():
    c = cleaned("weekly.xlsx", s.export_xlsx())
    assert posts(c.body) == [("临江骑行圈", "2024-03-08"), ("江畔老张", "2024-03-09")]
    assert "调度费5元可以接受，关键是围栏定位要准，别让人来回挪车。" in paras(c.body)
    assert "合计" not in c.body and "52" not in c.body and c.meta.get("title") == "临江市共享单车舆情周报"


def test_excels_separator_hint_line_is_no_title():
    c = cleaned("hint.csv", "sep=;\n标题;作者;内容\n围栏新规首周;临江日报;新规首周投诉下降两成，围栏车位仍然紧张。\n".encode())
    assert [n for n, _ in posts(c.body)] == ["临江日报"]
    assert "sep" not in c.body and not c.meta.get("title", "").startswith("sep")


def test_a_tsv_and_a_one_column_csv_are_read_without_garbage():
    tsv = s.export_csv().replace(",", "\t").encode()
    assert len(posts(cleaned("export.tsv", tsv).body)) == 4
    assert convert(s.one_column_csv().encode(), "qa.csv", decode_source) is None  # read as plain text instead


# -- a Word document and a slide deck ------------------------------------------------------------------

def test_a_docx_keeps_headings_by_style_its_table_and_its_quote_and_no_file_creator():
    c = cleaned("press.docx", s.press_docx())
    ps = paras(c.body)
    assert "## 一、新规要点" in ps and any(p.endswith("二、各方回应") and p.startswith("#") for p in ps)
    assert c.meta.get("title") == "临江市交通运输局关于共享单车停放新规的新闻通稿"
    table = next(p for p in ps if p.startswith("|"))
    assert "中心城区" in table and "1200" in table and "江北新区" in table
    assert "市交通运输局局长林海波表示：“停放新规的目标是让人行道重新回到行人手中。”" in ps
    assert "Administrator" not in c.body and not c.meta.get("author")


def test_a_docx_text_box_is_read_once_and_apart_from_the_sentence_it_is_anchored_in():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>补充说明：围栏数据截至3月4日。</w:t></w:r></w:p></w:txbxContent>"
    para = ("<w:p><w:r><w:t>新规首周共受理投诉</w:t></w:r><w:r><mc:AlternateContent>"
            f"<mc:Choice Requires=\"wps\"><w:drawing>{box}</w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
            "<w:r><w:t>126件，同比下降四成。</w:t></w:r></w:p>")
    doc = f'<w:document xmlns:w="{w}" xmlns:mc="{mc}"><w:body>{para}</w:body></w:document>'
    c = cleaned("box.docx", _zip({"word/document.xml": doc.encode()}))
    ps = paras(c.body)
    assert "新规首周共受理投诉126件，同比下降四成。" in ps
    assert c.body.count("围栏数据截至3月4日") == 1


def test_a_web_page_saved_as_xml_or_csv_is_read_as_the_page_it_is():
    page = ("<!DOCTYPE html><html><head><title>围栏新规</title></head><body><article><h1>围栏新规</h1>"
            "<p>临江市共享单车停放新规4月1日起施行，中心城区设置1200处电子围栏。</p></article></body></html>")
    assert convert(page.encode(), "page.xml", decode_source) is None
    assert convert(page.encode(), "page.csv", decode_source) is None


def test_a_pptx_reads_slides_in_the_decks_order_with_their_notes_and_no_slide_numbers():
    c = cleaned("brief.pptx", s.briefing_pptx())
    heads = [p[3:] for p in paras(c.body) if p.startswith("## ")]
    assert heads == ["新规实施效果", "下一步工作"]  # the title slide's title is the article's
    assert c.meta.get("title") == "共享单车停放新规情况通报"
    body = c.body
    assert body.index("试点地铁口乱停放减少约60%") < body.index("汇报人：这里要强调") < body.index("下一步工作")
    assert "定位偏差超过10米的围栏，运营企业须在两周内完成校准" in body
    assert not any(p.strip() in ("2", "3") for p in paras(body))


def test_a_json_export_of_records_reads_like_a_spreadsheets_rows():
    c = cleaned("comments.json", s.export_json().encode())
    assert posts(c.body) == [("临江单车吧", "2024-03-09"), ("通勤小周", "2024-03-10")]
    assert "31" not in c.body.split("\n")[-1]


# -- sniffed, never trusted by the ending; hostile input refused with the file and line ----------------

BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n'
        "<rss><channel><item><title>&lol2;</title></item></channel></rss>")


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_broken_hostile_and_mislabelled_files_are_skipped_with_a_warning_naming_them(tmp_path):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    files = {
        "bomb.xml": BOMB.encode(),
        "broken.xml": b'<?xml version="1.0"?>\n<rss><channel>\n<item><title>a</title>\n</channel></rss>',
        "notfeed.xml": b'<?xml version="1.0"?>\n<config><entry key="a">1</entry></config>',
        "bigcell.csv": ("标题,内容\n短,长\n" + "x," + "很" * 1_100_000 + "\n").encode(),
        "fake.docx": _zip({"readme.txt": b"hello"}),
        "notoffice.xlsx": _zip({"data/a.bin": b"x"}),
        "zipbomb.pptx": _zip({"ppt/presentation.xml": b"0" * (40 * 1024 * 1024)}),
        "text.docx": "临江市共享单车停放新规4月1日起施行，围栏外还车收取调度费。\n".encode(),
        "good.xml": s.feed_xml().encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    sources, warnings = read_sources(folder, {})
    assert sorted(x.name for x in sources) == ["good.xml", "text.docx"]
    joined = "\n".join(warnings)
    for name in ("bomb.xml", "broken.xml", "notfeed.xml", "bigcell.csv", "fake.docx", "zipbomb.pptx", "notoffice.xlsx"):
        assert re.search(rf"{re.escape(name)}\b.*(?:not read|skipped)", joined), name
    assert re.search(r"bomb\.xml: line 3\b", joined) and re.search(r"broken\.xml: line 4\b", joined)
    assert re.search(r"bigcell\.csv: line 3\b", joined)
    assert "Traceback" not in joined and "lollol" not in joined
    text = next(x for x in sources if x.name == "text.docx")
    assert "停放新规" in text.text  # a .docx that is text is read as text


def test_a_feed_item_of_unclosed_tags_is_read_in_linear_time_and_shown_only_as_text():
    import time
    junk = "&lt;a " * 30000 + "&lt;script&gt;XSSMARK18" + "&lt;!--" * 20000
    feed = ('<?xml version="1.0"?><rss><channel><title>t</title><item><title>围栏</title>'
            f"<description>&lt;p&gt;共享单车围栏扩容。&lt;/p&gt;{junk}</description></item></channel></rss>")
    start = time.process_time()
    text = convert(feed.encode(), "junk.xml", decode_source)
    assert time.process_time() - start < 5
    assert "共享单车围栏扩容。" in text and "XSSMARK18" not in text


# -- through the real pipeline: pages, digests, briefing points and speakers --------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from generator.pipeline import Settings, build

    out = tmp_path_factory.mktemp("formats18")
    content = out / "content"
    (content / "sources").mkdir(parents=True)
    (content / "articles").mkdir()
    for name in ("glossary.yml", "overrides.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    taxonomy = (ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8")
    block = "topic:\n  label: %s\n  terms: [%s]\n" % (s.TOPIC["label"], ", ".join(s.TOPIC["terms"]))
    (content / "taxonomy.yml").write_text(re.sub(r"(?m)^topic:\n(?:  .*\n)+", lambda _m: block, taxonomy, count=1),
                                          encoding="utf-8")
    (content / "sources.yml").write_text("", encoding="utf-8")
    files = {"001_transport_feed.xml": s.feed_xml().encode(), "002_yuqing_export.csv": s.export_csv().encode(),
             "003_press_release.docx": s.press_docx(), "004_briefing.pptx": s.briefing_pptx(),
             "005_comments.json": s.export_json().encode(), "006_bikers.atom": s.atom_xml().encode()}
    for name, data in files.items():
        (content / "sources" / name).write_bytes(data)
    shutil.copytree(ROOT / "templates", out / "templates")
    shutil.copy(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    return build(Settings(root=out, pdf=False, site_name="临江共享单车"))


def test_every_form_becomes_an_article_with_its_page_and_digest(built):
    slugs = {a.slug for a in built.articles}
    assert slugs == {"001-transport-feed", "002-yuqing-export", "003-press-release", "004-briefing",
                     "005-comments", "006-bikers"}
    for slug in slugs:
        assert f"zh-Hans/articles/{slug}/index.md" in built.pages
        assert f"zh-Hans/articles/{slug}/digest.md" in built.pages


def test_the_briefing_reads_the_forms_claims_and_speakers_but_no_off_topic_feed_item(built):
    briefing = built.pages["zh-Hans/briefing.md"]
    assert len(built.analysis.points) >= 5
    assert "周明远" in briefing  # a quote in a feed item, with its speaker
    assert "XSSMARK18" not in "".join(built.pages.values())
    cites = {c for c in re.findall(r"001-transport-feed/index\.md#(p\d+)", briefing.split("| 数字")[0])}
    feed = next(a for a in built.articles if a.slug == "001-transport-feed")
    off = {b.id for b in feed.blocks if b.kind == "p" and re.search("吞吐量|起步价|机场大巴|夜班车|跨江大桥", b.text)}
    assert off and not (cites & off)
