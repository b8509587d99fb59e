"""Brands and their owners, named by the words a text puts around them:

* a brand after the word 品牌 (with its trade before it: 茶饮品牌, 咖啡品牌) and before what it does: "新式茶饮品牌茶屿
  今日宣布…", "咖啡品牌山岚推出…";
* a brand between 旗下 and 品牌: "某集团旗下德芙品牌…";
* the owner before 旗下, opening its clause or after 与/和/、: "贵州茅台与玛氏箭牌旗下德芙品牌…".

Each name is a run of 2–6 Chinese characters that is no common word of another kind; after 品牌 not even a
common noun ("中国品牌电动车在欧洲…" speaks of the brands' cars, not of a brand called 电动车).
"""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _BAD_TAGS, _NOT_START, _cut, is_generic, word_tag

__all__ = ["brand_candidates"]

_ACTS = r"(?:推出|宣布|发布|上线|上新|表示|回应|称|今日|近日|日前|此前|也|还|将|已|在|于|联名|携手|与|和)"
_AFTER_WORD = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})品牌\s*[“「]?([\u4e00-\u9fff]{{2,6}}?)[”」]?(?={_ACTS})")
_BETWEEN = re.compile(r"旗下\s*[“「]?([\u4e00-\u9fff]{2,6}?)[”」]?品牌")
_OWNER = re.compile(r"(?:^|(?<=[，。；：、与和及\s]))([\u4e00-\u9fff]{2,6}?)旗下")


def _ok(name: str) -> bool:
    tag = word_tag(name)
    return name[0] not in _NOT_START and not is_generic(name) and not (tag and tag.startswith(_BAD_TAGS + ("a", "v"))) \
        and not any(word_tag(t).startswith(("a", "d", "v", "p", "c", "u")) for t in _cut(name))  # "品牌意义大于…"


def brand_candidates(text: str, out: list[Candidate]) -> None:
    for rx in (_AFTER_WORD, _BETWEEN, _OWNER):
        for m in rx.finditer(text):
            name = m.group(1)
            if rx is _AFTER_WORD and word_tag(name) == "n":
                continue  # "中国品牌电动车在欧洲…", "外资品牌车型也…": 品牌 describes the goods, a common noun
            if _ok(name):
                out.append(Candidate(name, "org", "brand"))
