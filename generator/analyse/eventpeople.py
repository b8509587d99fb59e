"""A person's life is not the story's timeline: rows that tell where someone studied, what degree
they took, a prize they won or a job they took years before the news are the person's, shown with
them in the index ("靖礼：2010 物理奥赛金牌；2014 北大毕业；2019 MIT 博士；2022 加入 OpenAI").

A row is a step of a life when its clause says one (毕业, 学位, 攻读, 保送, 博士后, 出生, 加入, 跳槽,
入选…榜 …), it names an indexed person (the first it names; a row naming no one belongs to the
person another step of its paragraph names: "2014 年本科毕业于…"), and it lies a calendar year
or more before its article (a profile's past, not this year's hire), or its paragraph already
tells another such step of that life. One step told twice
with two precisions ("2022 年加入 OpenAI", "2022 年 10 月加入 Open AI") is one row, the precise date
leading.
"""

from __future__ import annotations

import re
from typing import Callable

from .eventrows import with_changes
from .model import Citation, Entity, Event

__all__ = ["with_lives"]

#: The steps of a life a CV lists: school, degrees, prizes, lists of honour, jobs taken or left.
_LIFE_STEP = re.compile(
    r"毕业|学位|攻读|就读|入读|考入|保送|博士后|出生(?![人率数])|生于|加入|入职|跳槽|任职于|离职|"
    r"入选[^，。；]{0,30}榜|金牌|竞赛|奥林匹克|获[^，。；]{0,12}奖")
#: The step and what it names ("加入 Open AI" → 加入openai), to tell one step told twice.
_STEP_OBJECT = re.compile(r"(毕业于|加入|跳槽到|入职|获得|攻读|入选)\s*((?:[A-Za-z][A-Za-z0-9.·&]*\s?)+|[\u4e00-\u9fff]{2,6})")


def with_lives(events: list[Event] | tuple[Event, ...], entities: tuple[Entity, ...] | list[Entity],
               dates: dict[str, str | None], simple: Callable[[str, str], str]) -> list[Event]:
    """``events`` with each step of a person's life marked with the person (``Event.person``),
    a step told twice folded into one row. ``simple(slug, text)``: the text in simplified script."""
    people: dict[tuple[str, str], list[tuple[Entity, set[str]]]] = {}
    for e in entities:
        if e.kind != "person":
            continue
        for m in e.mentions:
            spots = people.setdefault((m.article, m.paragraph), [])
            for ent, surfaces in spots:
                if ent is e:
                    surfaces.add(m.surface)
                    break
            else:
                spots.append((e, {m.surface, e.name}))
    steps, unnamed = {}, []
    for k, ev in enumerate(events):
        text = simple(ev.article, ev.text)
        if ev.forecast or not _LIFE_STEP.search(text):
            continue
        who = _whose(ev.text, text, people.get((ev.article, ev.paragraph), []))
        if who:
            steps[k] = who
        else:
            unnamed.append(k)
    for k in unnamed:  # "2014 年本科毕业后，赴…攻读…" in a paragraph telling one person's steps
        theirs = {who for j, who in steps.items() if (events[j].article, events[j].paragraph)
                  == (events[k].article, events[k].paragraph)}
        if len(theirs) == 1:
            steps[k] = theirs.pop()
    out = []
    for k, ev in enumerate(events):
        who = steps.get(k)
        if who and (_years_before(ev, dates.get(ev.article)) or any(
                j != k and steps[j] == who and (events[j].article, events[j].paragraph) == (ev.article, ev.paragraph)
                and _years_before(events[j], dates.get(ev.article)) for j in steps)):
            ev = with_changes(ev, person=who)
        out.append(ev)
    return _one_step_once(out, simple)


def _whose(text: str, simple_text: str, here: list[tuple[Entity, set[str]]]) -> str:
    """The person a row of a life is about: the one it names, else its paragraph's only person."""
    at = {}
    for e, surfaces in here:
        spots = [t.find(s) for s in surfaces if s for t in (text, simple_text) if s in t]
        if spots:
            at[e.name] = min(spots)
    if at:  # the first person the row names is its subject ("靖礼…与其他三位金牌选手（俞颐超…）")
        return min(at, key=lambda name: (at[name], name))
    return ""  # (a row naming no one is a step only beside a step of the same paragraph that names them)


def _years_before(ev: Event, published: str | None) -> bool:
    """The row's year is before its article's: the person's past, not the news."""
    return bool(published and re.match(r"\d{4}", published) and re.match(r"\d{4}", ev.date)
                and ev.date[:4] < published[:4])


def _one_step_once(events: list[Event], simple: Callable[[str, str], str]) -> list[Event]:
    """A step of one life told with a year and again with its month is one row: the precise one,
    citing the other."""
    out: list[Event] = []
    gone: set[int] = set()
    for k, ev in enumerate(events):
        if k in gone or not ev.person:
            continue
        mine = _step_key(simple(ev.article, ev.text))
        for j, other in enumerate(events):
            if j == k or j in gone or other.person != ev.person or not mine:
                continue
            if len(other.date) > len(ev.date) and other.date.startswith(ev.date) \
                    and _step_key(simple(other.article, other.text)) == mine:
                events[j] = with_changes(other, also=other.also + (Citation(ev.article, ev.paragraph, ev.text),) + ev.also)
                gone.add(k)
                break
    return [ev for k, ev in enumerate(events) if k not in gone]


def _step_key(simple_text: str) -> str:
    m = _STEP_OBJECT.search(simple_text)
    return (m.group(1) + re.sub(r"[\s·.]", "", m.group(2)).lower()) if m else ""
