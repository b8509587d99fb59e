"""A quotation standing alone right after a person is described is that person's (issue 13, property 1):
"退休职工赵某某，今年59岁。“…”" credits the described person, a following "他告诉记者，…" too; a
description naming two people, a reporter, or a person who is only the object of someone else's act
credits nobody. Written on invented topics (a ferry's last crossing, a night-market's stall fees, a
village clinic's hours) in forms no corpus has: an e-paper feature, a traditional-script TV page, a
transcript whose description is a line of its own."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 渡轮停航\n  terms: [渡轮, 夜市, 诊所]\n"


def _article(body, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="标题", script=script, blocks=parse_body(body),
                   outlet="江口晚报", date="2025-06-02")


def _who(tmp_path, article, text):
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]


_EPAPER = ("江口渡轮昨日完成最后一班航行。\n\n"
           "退休船员钱贵林，今年六十七岁，在渡轮上干了三十年。“最后一班我是坐着走完的，心里空落落的。”\n\n"
           "码头边卖茶叶蛋的摊主孔秀英这几天生意冷清。“以前一天卖两百个，现在二十个都难。”她告诉记者，打算下个月回老家。")


def test_epaper_described_people_speak_their_bare_quotations(tmp_path):
    art = _article(_EPAPER)
    assert _who(tmp_path, art, "最后一班我是坐着走完的") == [("钱贵林", "退休船员")]
    assert [n for n, _ in _who(tmp_path, art, "以前一天卖两百个")] == ["孔秀英"]
    # the "她告诉记者" after her quotation is hers, not nobody's
    assert [n for n, _ in _who(tmp_path, art, "打算下个月回老家")] == ["孔秀英"]


_TV = ("夜市攤位費明年調漲兩成。\n\n"
       "來自台南的攤商蔡文雄賣了十年蚵仔煎。「漲兩成我們真的撐不住。」\n\n"
       "市場處長與議員黃雅婷昨天會勘夜市。「我們會再評估。」")


def test_traditional_page_described_stallholder_but_not_two_people(tmp_path):
    art = _article(_TV, script="zh-Hant")
    assert [n for n, _ in _who(tmp_path, art, "漲兩成我們真的撐不住")] == ["蔡文雄"]
    # a description naming an official and a councillor: whose words these are is a guess
    assert _who(tmp_path, art, "我們會再評估") == []


_TRANSCRIPT = ("村卫生所调整开诊时间\n\n"
               "村民代表樊小梅\n\n"
               "“早上七点开门，我们下地前就能看病了。”\n\n"
               "本报记者龚平走访了卫生所。\n\n"
               "“医生只有一个，下午经常关门。”\n\n"
               "镇卫生院拘留了病人家属侯某某。“我们只是想看病。”")


def test_a_description_line_then_the_quotation_but_never_a_reporter_or_an_object(tmp_path):
    art = _article(_TRANSCRIPT)
    assert [n for n, _ in _who(tmp_path, art, "早上七点开门")] == ["樊小梅"]
    # the reporter who visited says nothing by being described; a person acted upon is no description
    assert _who(tmp_path, art, "医生只有一个") == []
    assert _who(tmp_path, art, "我们只是想看病") == []


_WIRE = ("本社江口6月2日电 江口渡轮停航后，过江通勤改走大桥。\n\n"
         "网约车司机吕建华今年五十岁，他说：“大桥一堵车，单程要多四十分钟。”\n\n"
         "网约车司机符志刚跑了八年江口线，他说：“过桥费也涨了。”\n\n"
         "交警拦下了司机潘立军，他说自己只是绕路。")


def test_wire_pronoun_after_a_clause_describing_one_person(tmp_path):
    art = _article(_WIRE)
    assert _who(tmp_path, art, "单程要多四十分钟") == [("吕建华", "网约车司机")]
    # a name whose end the reader cannot pin ("符志刚跑了…" read as "符志" + "刚跑") is never cut short
    assert "符志" not in [n for n, _ in _who(tmp_path, art, "过桥费也涨了")]
    # a person who is only the object of the clause ("交警拦下了司机…") is no described subject
    assert "潘立军" not in [n for n, _ in _who(tmp_path, art, "他说自己只是绕路")]
