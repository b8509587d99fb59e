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


def _deck(footer: str) -> bytes:
    from formats18_samples import _NS, _RELS, _RT, _sp

    slides = [[_sp(["河道治理三年评估"], "ctrTitle"), _sp(["水环境研究组 | 2024年6月"], "subTitle"), _sp([footer], "ftr")],
              [_sp(["治理成效"], "title"), _sp(["黑臭水体消除率达到92%"]), _sp([footer], "ftr"), _sp(["2"], "sldNum")]]
    parts = {"[Content_Types].xml": "<Types/>",
             "ppt/presentation.xml": f"<p:presentation {_NS}><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId1\"/>"
                                     "<p:sldId id=\"257\" r:id=\"rId2\"/></p:sldIdLst></p:presentation>",
             "ppt/_rels/presentation.xml.rels": f'<Relationships xmlns="{_RELS}">'
             f'<Relationship Id="rId1" Type="{_RT}/slide" Target="slides/slide1.xml"/>'
             f'<Relationship Id="rId2" Type="{_RT}/slide" Target="slides/slide2.xml"/></Relationships>'}
    for n, shapes in enumerate(slides, 1):
        parts[f"ppt/slides/slide{n}.xml"] = f"<p:sld {_NS}><p:cSld><p:spTree>{''.join(shapes)}</p:spTree></p:cSld></p:sld>"
    return _zip(parts)


def test_a_decks_footer_names_the_firm_whose_deck_it_is_not_the_team_on_its_title_slide():
    text = convert(_deck("清源咨询 Qingyuan Advisory | 内部资料 请勿外传"), "content/sources/deck.pptx", decode_source)
    front = text.split("\n---\n", 1)[0]
    assert 'outlet: "清源咨询"' in front
    assert "黑臭水体消除率达到92%" in text and "内部资料 请勿外传" not in text


def test_a_decks_footer_of_other_words_names_no_outlet():
    text = convert(_deck("仅供内部讨论"), "content/sources/deck.pptx", decode_source)
    assert "outlet:" not in text.split("\n---\n", 1)[0]
