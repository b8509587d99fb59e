"""People a report names after what they do ("出租车司机高永强", "老板赵德顺", "家长吴先生") and
speakers who give their surname, then their name ("我姓赵，赵德顺"), are indexed as people with
what they do as their role; a common word after an occupation ("员工陈述了经过", "游客高度评价")
is no one. Synthetic articles in forms no corpus has: a ferry town's local news page, a subtitle
file's run-together transcript, a translated foreign report, a Hong Kong forum thread in
traditional script."""

from __future__ import annotations

from tests.test_index import _article, _entity, _run


def test_a_local_news_page_names_ordinary_people_by_their_trade():
    page = _article("news", "渡口旁的小卖部只有两张桌子，店主黄明这个夏天几乎天天开到半夜。\n\n"
                            "轮渡司机邱永胜开了二十年船，他说今年的客流是往年的三倍。\n\n"
                            "六年级学生家长吴先生则是专程带孩子来坐夜航。", date="2031-07-02")
    an = _run(page)
    for name, role in (("黄明", "店主"), ("邱永胜", "司机"), ("吴先生", "家长")):
        e = _entity(an, name)
        assert e is not None and e.kind == "person" and role in (e.role or ""), (name, an.entities)


def test_a_transcript_speaker_who_gives_the_surname_first():
    subs = _article("srt", "欢迎来到渡口。老板您好，先介绍一下自己。你好你好我姓邱邱永胜，开了二十年船了。"
                           "那今年客人多不多，多得很。", date="2031-07-03")
    e = _entity(_run(subs), "邱永胜")
    assert e is not None and e.kind == "person"


def test_common_words_after_an_occupation_are_no_one():
    report = _article("tr", "据该国媒体报道，港口员工陈述了事故经过，游客高度评价救援速度，学生戴口罩排队，"
                            "市民纷纷在网上留言。", date="2031-07-04")
    names = {e.name for e in _run(report).entities}
    assert not names & {"陈述", "高度评", "高度", "纷纷", "戴口罩"}, names


def test_a_hong_kong_thread_in_traditional_script():
    thread = _article("hk", "今日去咗碼頭，導遊孫麗娜話夜航船票一早賣晒。\n\n"
                            "的士司機高永強都話呢排生意好咗好多。", script="zh-Hant", date="2031-07-05")
    an = _run(thread)
    assert _entity(an, "孫麗娜") or _entity(an, "孙丽娜"), an.entities
    assert _entity(an, "高永強") or _entity(an, "高永强"), an.entities
