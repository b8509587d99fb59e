"""A Word document's page header is its letterhead (readers.docx): the issuing body and the date printed on
every page become the article's outlet and date; a header of other words (a running title, a page number)
says nothing. Synthetic documents in the shapes of a brokerage note, an institute's report and a memo."""

from __future__ import annotations

from formats18_samples import _W, _wp, _zip

from generator.readers.forms import convert
from generator.sources import decode_source


def _docx(header: str) -> bytes:
    body = "".join([_wp("数据中心用电需求点评：算力扩张推高电价预期", "Title"),
                    _wp("我们认为，数据中心扩张将推高区域电价，维持公用事业行业“推荐”评级。")])
    head = "".join(_wp(line) for line in header.split("\n"))
    return _zip({"[Content_Types].xml": "<Types/>",
                 "word/document.xml": f"<w:document {_W}><w:body>{body}<w:sectPr/></w:body></w:document>",
                 "word/header1.xml": f"<w:hdr {_W}>{head}</w:hdr>",
                 "docProps/core.xml": '<cp:coreProperties xmlns:cp="x" xmlns:dcterms="y">'
                                      "<dcterms:created>2026-01-02T03:04:05Z</dcterms:created></cp:coreProperties>"})


def _front(raw: bytes) -> str:
    text = convert(raw, "content/sources/note.docx", decode_source)
    return text.split("\n---\n", 1)[0]


def test_a_brokerage_notes_header_gives_the_firm_and_the_day():
    front = _front(_docx("证券研究报告 | 行业点评\n南岭证券 NANLING SECURITIES\t公用事业\t2024年03月12日"))
    assert 'outlet: "南岭证券"' in front and 'date: "2024-03-12"' in front


def test_an_institutes_header_in_traditional_script_with_a_dotted_date():
    front = _front(_docx("海峽經濟研究院  |  產業觀察  |  2023.11.08"))
    assert 'outlet: "海峽經濟研究院"' in front and 'date: "2023-11-08"' in front


def test_a_header_of_a_running_title_names_no_outlet_and_the_files_dates_are_never_the_articles():
    front = _front(_docx("数据中心用电需求点评\n内部资料 请勿外传"))
    assert "outlet:" not in front and "date:" not in front  # (the file's created stamp, 2026-01-02, is not the note's)
