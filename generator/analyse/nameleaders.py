"""A leader named by the government they head: "特朗普政府", "特朗普当局", "奥巴马内阁" name a person
(a transliterated name) by their administration, whether or not the text names them otherwise. A
country's government ("巴西政府", "伊朗当局") is a place's, and a word that runs on from the one
before it ("叙利亚政府": 叙|利亚) is no name."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _TR, is_generic, word_tag

__all__ = ["leader_candidates"]

#: Countries, cities and movements the dictionary tags as people's names: never a leader.
_PLACES_READ_AS_PEOPLE = frozenset("乌克兰 索马里 伊拉克 厄瓜多尔 孟加拉 哈萨克斯坦 爱尔兰 沙特 卡塔尔 科威特 阿曼 安哥拉 "
                                   "塞尔维亚 文莱 斯里兰卡 莫斯科 塔利班 哈马斯 休斯顿 贝鲁特".split())

_TR_SET = frozenset(_TR)
#: The government a leader heads, after the leader's name.
_HEADS = re.compile(r"(?:政府|当局|内阁|政权|执政团队)")
#: What may stand right before the name: no letter of a word it would run on from.
_BEFORE = frozenset("对与和及由被让向在是从为把将跟同、，。；：！？“”「」（）《》 \n说称指")


def leader_candidates(text: str, out: list[Candidate]) -> None:
    """(person) candidates for the transliterated names written right before 政府/当局/内阁."""
    for m in _HEADS.finditer(text):
        end = start = m.start()
        while start > 0 and end - start < 5 and text[start - 1] in _TR_SET:
            start -= 1
        name = text[start:end]
        if not 2 <= len(name) <= 4 or start > 0 and text[start - 1] not in _BEFORE \
                and re.match(r"[\u4e00-\u9fff]", text[start - 1]):
            continue  # ("叙利亚政府": 叙 runs on into 利亚)
        tag = word_tag(name)
        if not (tag == "" or tag.startswith("nr")) or name in _PLACES_READ_AS_PEOPLE or is_generic(name):
            continue  # a country's government ("巴西政府", "伊朗当局", "乌克兰政府")
        out.append(Candidate(name, "person", "transliteration"))
