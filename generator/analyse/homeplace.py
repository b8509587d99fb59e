"""The place an outlet calls its own (issue 13, property 4: statements a reader can quote): a
Taiwan outlet's "國內" is Taiwan, not the mainland a briefing in simplified Chinese reads it as
("国内相关抗生素供应充足" credited to Taiwan's disease-control agency). A point whose statement comes
from such an article names the place ("台湾相关抗生素供应充足"). Edited points are the editor's.

An article is a Taiwan outlet's when it is written in traditional script and either carries a
Taiwan dateline ("記者某某／台北報導") or names Taiwan at least twice and more often than Hong Kong
(whose outlets say "本港" for their own place, so their "國內" is the mainland)."""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["home_place", "with_home_places"]

_DATELINE = re.compile(r"[／/][\s\u3000]*(?:台北|台中|台南|高雄|桃园|新竹|花莲|台东|嘉义|基隆|宜兰)(?:报导|报道|电)")
#: "国内" as the outlet's own country: not "国内外", not "中国国内"/"大陆国内", not inside "国内生产总值".
_HOME = re.compile(r"(?<!中国)(?<!大陆)(?<!内地)国内(?!外|生产总值)")


def home_place(simple_text: str, script: str) -> str:
    """'台湾' when an article (its simplified text, its script) is a Taiwan outlet's, else ''."""
    if script != "zh-Hant":
        return ""
    taiwan = simple_text.count("台湾")
    if _DATELINE.search(simple_text) or (taiwan >= 2 and taiwan > simple_text.count("香港") and "本港" not in simple_text):
        return "台湾"
    return ""


def with_home_places(points, articles, simple_of) -> list:
    """``points`` with "国内" in a statement taken from a Taiwan outlet's article named as Taiwan
    (the statement's own article is its first citation's)."""
    homes = {}
    for a in articles:
        conv = simple_of(a.slug)
        homes[a.slug] = home_place(conv("\n".join(p.text for p in a.paragraphs)), a.script)
    out = []
    for p in points:
        home = homes.get(p.citations[0].article, "") if p.citations and not p.edited else ""
        if home and _HOME.search(p.statement):
            p = replace(p, statement=_HOME.sub(home, p.statement))
        out.append(p)
    return out
