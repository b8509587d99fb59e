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


def test_institutions_named_by_their_place():
    # a hospital's notice and a school board's chat export: institutions opened by their city or district
    notice = _article("hosp", "11月以来，我院联合青川市急救中心开通绿色通道，必要时转至青川市第二人民医院住院。\n\n"
                              "我们已会同国家医疗保障局等部门做好药品保障。", date="2031-11-20")
    chat = _article("chat", "家校群聊天记录\n\n老陈：在河西区实验中学，食堂一直坚持现场加工。\n\n"
                            "阿梅：青川市开通急救中心热线了吗？北京市中心的医院都排满了。", date="2031-11-21")
    an = _run(notice, chat)
    for name in ("青川市急救中心", "青川市第二人民医院", "国家医疗保障局", "河西区实验中学"):
        e = _entity(an, name)
        assert e is not None and e.kind == "org", (name, [x.name for x in an.entities])
    names = {e.name for e in an.entities}
    assert not names & {"青川市开通急救中心", "北京市中心"}, names
    reporter = _article("rep", "记者从市市场监督管理局了解到，青川市河西区一所小学和青川市多间中学抽检全部合格。",
                        date="2031-11-22")
    names = {e.name for e in _run(reporter).entities}
    assert not any(n.startswith("记者") or "一所" in n or "多间" in n for n in names), names
