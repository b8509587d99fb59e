"""English prose in a Chinese corpus (a bilingual reading, an English quote block, an English
press release): its capitals mark sentence starts, places and adjectives as well as names. A
word capitalised only because it opens a sentence ("Cheap fares…", "Drivers are…", "In Rotterdam,
…", "Rivals Acme.io and…") is no name on that evidence; a place after "in"/"across" and a
nationality before a noun ("Belgian ports"; not every nationality: "Dutch" has no such ending) are no organisations; a compound adjective
("Paris-listed") is no product; a sentence before a colon ("Visser is not convinced:") is no
heading name. Names written mid-sentence stay, with their kind read from an English firm word
("Northgate Securities" is a firm, "Anneke de Wit"/"Lau Ka-ming" are people). On synthetic
articles written for these tests: a port strike, a vaccine trial, a ferry operator's release."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, **kw):
    kw.setdefault("date", "2025-03-04")
    return _index_article(slug, body, "zh-Hans", **kw)


def _names(analysis):
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


JUNK = {"Cheap", "Drivers", "Dockers", "Investors", "Supporters", "Critics", "One", "In Rotterdam", "Rotterdam",
        "Belgian", "Europe", "Paris-listed", "Visser is not convinced", "Volunteers", "Parents", "Families"}


def test_a_bilingual_news_readings_english_paragraphs_give_only_their_real_names():
    a = _article("b1", "In Rotterdam, dockers have been on strike since early March. Cheap imports are piling up "
                       "at the quay, said Anneke Visser, an analyst at Northgate Securities in Amsterdam.\n\n"
                       "鹿特丹码头工人自3月初起罢工，进口货物在码头堆积。\n\n"
                       "Investors are nervous about Belgian ports. Drivers say their waits have doubled. "
                       "Critics of the union argue the strike is too long.\n\n"
                       "投资者担心荷兰港口的前景，货车司机说排队时间翻倍。\n\n"
                       "Visser is not convinced: \"One week of delays is not a crisis for ports in Europe.\"\n\n"
                       "The operator's Paris-listed shares fell 4%. Rivals Portline.io and SeaBridge are gaining "
                       "customers across Europe.")
    analysis = _run(a)
    names = _names(analysis)
    assert not names & JUNK, names & JUNK
    assert _entity(analysis, "Anneke Visser") and _entity(analysis, "Anneke Visser").kind == "person"
    firm = _entity(analysis, "Northgate Securities")
    assert firm and firm.kind == "org"
    assert _entity(analysis, "Portline.io") and _entity(analysis, "SeaBridge")


def test_an_english_interview_transcripts_sentence_starts_are_no_names():
    a = _article("q1", "疫苗试验采访实录（英文原文）\n\n"
                       "Q: How many volunteers joined the trial this spring at the Halden Institute?\n\n"
                       "A: Volunteers came from twelve towns. Parents were the largest group. Families with "
                       "young children asked the most questions, Dr. Lau Ka-ming told the Meridale Weekly.\n\n"
                       "Q: Were there side effects?\n\n"
                       "A: Supporters of the programme point to the data. Critics want an independent review "
                       "by researchers in Norway.")
    analysis = _run(a)
    names = _names(analysis)
    assert not names & (JUNK | {"Norway", "A", "Q", "Were", "How"}), names
    assert _entity(analysis, "Lau Ka-ming") and _entity(analysis, "Lau Ka-ming").kind == "person"
    assert _entity(analysis, "Meridale Weekly") and _entity(analysis, "Meridale Weekly").kind == "org"


def test_an_english_press_release_names_the_operator_not_its_opening_words():
    a = _article("r1", "渡轮公司发布英文公告，全文如下。\n\n"
                       "Families travelling over the holiday should book early. Cheap fares end on Friday, "
                       "BlueWake Ferries said in a statement. One ferry will be withdrawn for repairs in Bergen.\n\n"
                       "Passengers across Norway have complained about delays; Norwegian officials say "
                       "Harbour Partners will review the timetable.\n\n"
                       "公告称，假期出行的家庭应尽早订票。")
    analysis = _run(a)
    names = _names(analysis)
    assert not names & (JUNK | {"Bergen", "Norway", "Norwegian", "Passengers"}), names
    assert _entity(analysis, "BlueWake Ferries") or _entity(analysis, "BlueWake")
    partners = _entity(analysis, "Harbour Partners")
    assert partners and partners.kind == "org"


def test_latin_names_in_chinese_text_keep_their_capitals_as_evidence():
    # the rule reads English prose only: in Chinese text a capitalised word is still a name
    a = _article("c1", "航运分析机构Marlow表示，鹿特丹港的罢工已影响欧洲航线。Cheapside公司发言人称将调整运价。")
    names = _names(_run(a))
    assert "Marlow" in names
