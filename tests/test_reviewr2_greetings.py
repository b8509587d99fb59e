"""Greetings and self-introductions have one home (generator/greetings.py): the reader of an unlabelled interview,
the index, the sides of a contention and the block authors read them by the same patterns, and what each reads
stays what it read before the move (a vlog's guest, a podcast's host, a forum post's writer, a chat's thanks)."""

from __future__ import annotations

from generator import greetings
from generator.analyse import blockauthors, entities, namepeople, sidetext
from generator.readers import interview


def test_the_five_readers_use_the_one_home():
    assert interview._INTRO is greetings.TURN_INTRO
    assert namepeople._SELF_INTRO is greetings.SELF_INTRO
    assert sidetext._GREETS is greetings.NO_SIDE_GREETING
    assert blockauthors._INTRO is greetings.POST_INTRO
    assert entities._GREETING is greetings.GREETING_NO_NAME


def test_a_guest_greeting_back_gives_the_name_in_simplified_and_traditional_script():
    m = greetings.TURN_INTRO.match("你好你好 我姓赵 赵德顺 在这开了十年店")
    assert (m.group("s"), m.group("b")) == ("赵", "赵德顺")
    assert greetings.TURN_INTRO.match("哈囉 我叫林小滿，是這裡的導覽員").group("a") == "林小滿"
    assert greetings.TURN_INTRO.match("我叫林小满") is None, "no greeting, no guest's turn"


def test_a_greeting_or_a_self_introduction_is_no_side_but_a_claim_is():
    for text in ("大家好，我是苗圃的志愿者，", "Hello 各位听众", "歡迎收看本期節目", "我姓周，在渔港做了二十年"):
        assert sidetext.no_side(text), text
    assert not sidetext.no_side("渔港扩建以后，夜里的噪音明显变大，附近居民都睡不好觉。")


def test_a_greeting_or_thanks_is_no_name_and_a_post_intro_gives_the_role():
    assert greetings.GREETING_NO_NAME.match("谢谢大家")
    assert not greetings.GREETING_NO_NAME.match("谢安琪")
    m = greetings.POST_INTRO.match("周某，渔港码头调度员，干了十二年。")
    assert (m.group("name"), m.group("role")) == ("周某", "渔港码头调度员")
    assert greetings.SELF_INTRO.search("大家好，我是柯文斌，欢迎收听").end() == len("大家好，我是")
