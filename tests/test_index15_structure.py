"""Names from a page's structure, on synthetic articles in forms no corpus has:

* a meeting's minutes: its attendance rows ("出席：A、B、C", "列席：D", "记录：E") list people, each
  one a person (never an organisation), with a role only where the row gives one (记录, 主持);
* a translated foreign report: "约翰·史密斯（John Smith）" is one person with both spellings and the
  surname alone ("史密斯说") as a third, with the title before it as the role; a foreign outlet in
  《》 after its country ("美国《纽约时报》") is an organisation.
"""

from __future__ import annotations

from tests.test_index import _article, _entity, _run


def test_minutes_attendance_rows_list_people():
    minutes = _article("min", "渡口改造工作会议纪要\n\n时间：2031年3月5日\n\n出席：邱永胜、林海燕、郑国栋\n\n"
                              "列席：王晓东\n\n记录：林小禾\n\n会议议定，三号码头4月1日起停用。", date="2031-03-05")
    an = _run(minutes)
    for name in ("邱永胜", "林海燕", "郑国栋", "王晓东", "林小禾"):
        e = _entity(an, name)
        assert e is not None and e.kind == "person", (name, [(x.name, x.kind) for x in an.entities])
    assert _entity(an, "林小禾").role == "记录" and not _entity(an, "王晓东").role


def test_a_translated_report_keeps_a_foreign_name_whole():
    report = _article("tr", "据美国《纽约时报》报道，港务局长约翰·史密斯（John Smith）表示，新码头将于明年启用。"
                            "史密斯说，客流已恢复到疫情前水平。", date="2031-03-02")
    an = _run(report)
    e = _entity(an, "John Smith")
    assert e is not None and e.name == "约翰·史密斯" and "史密斯" in e.aliases and "局长" in (e.role or ""), an.entities
    assert not _entity(an, "约翰") or _entity(an, "约翰") is e
    paper = _entity(an, "纽约时报")
    assert paper is not None and paper.kind == "org"
