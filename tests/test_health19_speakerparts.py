"""The pieces ``speakerdoc`` was split into (health19) each still give a reader the speaker the text names, and
nobody when unsure: a colon handing the floor over, a bare name after the full one, a pronoun after a person
introduced with a title or after an unnamed holder; and the claim signal the cleaner shares still reads the
original script. Invented topics unlike the corpora (a county library's late fees, beekeeping, a ferry
timetable, a bridge's repairs), in a news report, a column, a harbour report and a traditional-script notice."""

from __future__ import annotations

import re

from speakerkit import speakers_of

from generator.analyse.speakerbare import bare_holder
from generator.analyse.speakerhandover import handed_over
from generator.claimsignal import claim_signal

TOPIC = "topic:\n  label: 县域公共服务\n  terms: [图书馆, 养蜂, 渡轮, 大桥]\n"
TITLES = ("馆长", "养蜂人", "站长", "工程师")
TITLE_COLON = re.compile("(" + "|".join(TITLES) + r")[ \u3000]?([\u4e00-\u9fff]{2,3})")


class _Tax:
    persons, orgs, topic_terms = frozenset(), frozenset(), frozenset()


def _who(tmp_path, body, text, **kw):
    return [(sp.name, sp.kind) for sp in speakers_of(tmp_path, body, text, TOPIC, **kw)]


def test_a_colon_hands_over_to_the_one_person_named():
    known = {"周立群": ("养蜂人", "person")}
    assert handed_over("养蜂人周立群先给大家提了个醒：", known, TITLE_COLON, "养蜂人周立群…周立群", None)[:2] == (
        "周立群", "养蜂人")
    # two people named before the colon: whose words follow is unsure
    known2 = {"周立群": ("养蜂人", "person"), "马春燕": ("站长", "person")}
    assert handed_over("周立群和马春燕都提了个醒：", known2, TITLE_COLON, "周立群 马春燕", None) is None


def test_a_bare_surname_stands_for_the_person_named_in_full_before():
    known = {"林晓岚": ("馆长", "person")}
    assert bare_holder("林", "", known, set(), _Tax, "馆长林晓岚说…林表示", "林表示") == ("林晓岚", "馆长", "person")
    # a long unknown run is no holder's name: nobody
    assert bare_holder("县图书馆逾期罚金调整方案", "", known, set(), _Tax, "…", "…表示") is None


def test_news_report_pronoun_after_a_titled_person(tmp_path):
    body = ("县图书馆下月起取消逾期罚金。\n\n"
            "县图书馆馆长林晓岚昨天在座谈会上介绍了新规。她表示，取消罚金后借阅量预计回升两成。")
    assert _who(tmp_path, body, "取消罚金后借阅量预计回升两成") == [("林晓岚", "person")]


def test_column_paragraph_after_a_colon_is_the_named_persons(tmp_path):
    body = ("今年的蜂蜜为什么少了。\n\n"
            "在镇上的交流会上，研究员周立群先给大家提了个醒：\n\n"
            "“我们十几年前就开始转场放蜂，今年花期比往年短了一周，产量少了三成。”")
    assert _who(tmp_path, body, "产量少了三成") == [("周立群", "person")]


def test_an_unnamed_holder_then_a_pronoun_is_the_unnamed_holder_not_the_person_before(tmp_path):
    body = ("渡轮时刻表调整引发讨论。\n\n"
            "渡口站长马春燕介绍，新时刻表将早班提前半小时。一位不愿具名的船员则持不同看法。他告诉记者，"
            "早班提前后船员休息时间明显不足。")
    assert _who(tmp_path, body, "早班提前后船员休息时间明显不足") == [("一位不愿具名的船员", "group")]


def test_traditional_script_verbs_of_saying_carry_a_claim_but_page_furniture_does_not():
    # the cleaner and the relevance filter read the original script: its verbs are given in both
    assert claim_signal("大橋維修工程處發言人認為，下月起夜間封閉兩條車道。") == "a verb of saying or judging after its subject"
    assert claim_signal("未經授權，不得轉載本站所有大橋維修相關的圖文內容及影片。") == ""
