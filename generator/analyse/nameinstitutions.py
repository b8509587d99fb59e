"""Institutions named by their place, as a city's hospitals, schools, centres and offices are:
"滨江市第二人民医院", "临江区第二实验小学", "江北区实验中学", "青川市急救中心", "国家医疗保障局".
The place ("X市", "X区", "X县", "X省", or 国家) opens the name, a kind of institution ends it, and
between them only the words of a name: an ordinal (第二), nouns, and the verbs a name is made of
("急救", "预防控制") but never a verb right after the place (then the place is a sentence's
subject: "青川市开通急救中心" names nothing).

A general reading of how Chinese names public institutions; the bodies of government the
writer's own city has ("市统计局") are read in ``namepublic``."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namepublic import _is_place
from .namewords import _NOT_START, _cut, word_tag

__all__ = ["institution_candidates"]

#: The kinds of institution a place's name opens.
_KIND = r"(?:人民医院|中医院|医院|卫生院|保健院|急救中心|疾病预防控制中心|中心|实验小学|小学|中学|高级中学|大学|学院|幼儿园|" \
        r"研究院|研究所|委员会|管理局|总局|局|图书馆|博物馆|机场|火车站)"
#: (in a lookahead: names may overlap where the place's first letter is unsure, "在江北区…")
_INSTITUTION = re.compile(r"(?=(?P<name>(?P<place>[\u4e00-\u9fff]{2,3}[市区县省]|国家)"
                          r"(?P<mid>(?:第[一二三四五六七八九十]{1,3})?[\u4e00-\u9fff]{0,10}?)" + _KIND +
                          r")(?!门|领域|行业|建设|系统|附近|周边|区域))")
#: What may stand right before the place: a clause's start or a preposition, a conjunction, a verb
#: of going or working with ("转至", "联合", "会同").
_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[在从自于由向对据经和与及、到至往]|联合|会同|协同|转至|前往|来自)$")
#: Words that are never part of a name between its place and its kind.
_NOT_IN_NAME = re.compile(r"[的了在是和与及或将已也都就还又被把对向给从为]|(?:这|那|其|该|各|每|一些|部分)|"
                          # a count of institutions ("一所小学", "多间中小学"): a description, no name
                          r"[一二两三四五六七八九十几多数余][所间家个座名批]|中小学$")


def institution_candidates(text: str, out: list[Candidate]) -> None:
    for m in _INSTITUTION.finditer(text):
        place, mid = m["place"], m["mid"]
        if not _BEFORE.search(text[max(0, m.start() - 2):m.start()]):
            continue
        if place[0] in _NOT_START:
            continue  # "并商市公安局": a conjunction and a verb before the writer's city's body
        if place != "国家" and not (_is_place(place) or _is_place(place[:-1])) or place != "国家" and not all(
                word_tag(t).startswith("ns") or not word_tag(t) and len(t) >= 2 for t in _cut(place[:-1])):
            continue  # a place's name: its words a place's or unknown ("滨江", "临江"), never "记者从"
        words = [t for t in _cut(mid)] if mid else []
        if words and word_tag(words[0]).startswith("v") and not word_tag(words[0]).startswith("vn") \
                and not re.match(r"第", mid):
            continue  # "青川市开通急救中心": the place is the subject of a verb
        if mid and _NOT_IN_NAME.search(re.sub(r"^第[一二三四五六七八九十]{1,3}", "", mid)):
            continue
        kind = m["name"][len(place) + len(mid):]
        if len(mid) < 2 and not mid.startswith("第") and len(kind) < 3:
            continue  # "北京市中心", "杭州市内医院", "国家中心": a place's part or a kind, no name
        name = m["name"]
        if 4 <= len(name) <= 16:
            out.append(Candidate(name, "org", "public"))
