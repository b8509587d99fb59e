"""Whether a holder names one person (a split of ``speakerholder``, which re-exports these): a member of the
public named after what they are ("台湾旅客黄某", "种植大户刘长青"), a name after a job title ("公司董事长王某"),
and the dictionary's reads the splits rely on (a word made only of ordinary words is no name; the surnames).
Values only."""

from __future__ import annotations

import re

__all__ = ["described_person", "public_people", "PUBLIC_NOUNS"]


#: What a member of the public is before their name in a report ("游客", "市民", "家长", "网友"): no job
#: title, but the text names the person after it ("台湾旅客黄某", "市民王某").
PUBLIC_NOUNS = ("游客", "旅客", "市民", "居民", "网友", "乘客", "顾客", "消费者", "家长", "患者", "病患", "村民", "车主",
                "店主", "摊主", "业主", "学生", "员工", "职工", "农民", "工人", "从业者", "志愿者", "选民", "球迷", "观众", "读者")
_PUBLIC_NAMED = re.compile("(" + "|".join(PUBLIC_NOUNS) + r")([\u4e00-\u9fff]{2,3})$")


def described_person(holder: str) -> tuple[str, str, str] | None:
    """(name, role, "person") for a holder that is a member of the public named after what they are
    ("曾到访的台湾旅客黄某" → 黄某, "台湾旅客"), or None: the name opens on a surname and is no ordinary
    word ("游客高峰期" names nobody)."""
    m = _PUBLIC_NAMED.search(holder)
    if not m or m.group(2)[0] not in _surnames() or _common_words(m.group(2)):
        return _named_after_what(holder)
    role = re.split(r"[的，,]", holder[:m.end(1)])[-1]
    return (m.group(2), role, "person")


#: How a description of what a person is ends when no job title is listed ("种植大户", "退休教师",
#: "养蜂人", "茶农", "快递小哥"): a person's noun, never a body's.
_PERSON_NOUN_END = re.compile(r"(?:[人者员户民师生手农工匠客夫嫂姐哥妹弟爷婆医]|司机|家长|乘客|业主|店主|摊主|老板|代表|顾问|助理)$")
#: Words of a clause or of two people, never of one description ("被", "和", "、", "了").
_NOT_DESCRIPTION = re.compile(r"[是了被把对向给和与及跟同、，,“”「」《》\d]|一位|一名|某|回复|回覆|回應|回应")


def _named_after_what(holder: str) -> tuple[str, str, str] | None:
    """(name, role, "person") for a single mention "DESCRIPTION + NAME" ("种植大户刘长青", "退休教师
    钱玉芬", "受访的渔民郑海波"): the name is the last two or three characters, opening on a surname
    and no ordinary word, and what comes before it is a short description ending on a person's noun
    (after any "…的" clause). Both splits possible, or none: nobody (no half-name)."""
    text = re.split(r"的", holder)[-1]
    found = []
    for n in (3, 2):
        name, role = text[-n:], text[:-n]
        # (a familiar name, 阿/小/老 + one or two characters, "蜂农小满", "老渡工阿贵", is a name too)
        if len(text) <= n or not (2 <= len(role) <= 12) or not (name[0] in _surnames() or FAMILIAR.fullmatch(name)):
            continue
        # (a post no title lists ends it too: "镇长李明远", "景区顾问罗文斌")
        if (_PERSON_NOUN_END.search(role) or _POST_END.search(role)) and not _NOT_DESCRIPTION.search(role) \
                and not _common_words(name) and not _PERSON_NOUN_END.search(name):
            found.append((name, role, "person"))
    if not found and len(text) == 6 and text[:2] in PUBLIC_NOUNS and not _common_words(text[2:]) \
            and text[2] not in "阿小老" and not _PERSON_NOUN_END.search(text[2:]) and not _NOT_DESCRIPTION.search(text):
        # "游客德弗里斯": a member of the public, then a transliterated name of four characters
        found.append((text[2:], text[:2], "person"))
    return found[0] if len(found) == 1 else None


#: How a post or an occupation ends ("馆长", "理事长", "会计", "代表", "司机"), when no title is listed.
_POST_END = re.compile(r"(?:[长员师家者官]|主任|代表|委员|会计|司机|顾问|助理)$")


#: A familiar name: 阿/小/老 and one or two characters ("阿贵", "小满", "老周").
FAMILIAR = re.compile(r"[阿小老][\u4e00-\u9fff]{1,2}")


_PUBLIC_AT = re.compile("(?:" + "|".join(PUBLIC_NOUNS) + r")([\u4e00-\u9fff]{2,3})")


def public_people(texts, after_name) -> set[str]:
    """Members of the public a document names after what they are ("来自广州的游客钟某第一次…"):
    the people a later "她" may stand for. ``after_name``: characters that follow a two-character
    name ("钟某第一次" has no third character of the name when "某第" is no name's end)."""
    found = set()
    for t in texts:
        for m in _PUBLIC_AT.finditer(t):
            n = m.group(1)
            found.add(n[:2] if len(n) == 3 and n[2] in after_name else n)
    # (each distinct candidate looked up once: a long page repeating "游客…" stays linear)
    return {n for n in found if n[0] in _surnames() and not _common_words(n)}


def _titled_name(holder: str, titles) -> tuple[str, str, str] | None:
    """(name, role, "person") for a holder ending on a job title and a person's name ("公司董事长王某"),
    the name opening on a surname and no ordinary word; else None."""
    for t in sorted(titles, key=len, reverse=True):
        i = holder.rfind(t)
        name = holder[i + len(t):] if i >= 0 else ""
        if name and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) and name[0] in _surnames() and not _common_words(name):
            return name, re.sub(r"^(?:该|其|这|那|此)", "", holder[:i + len(t)]), "person"
    return None


#: jieba tags of names (people, places, organisations, other proper nouns, abbreviations, Latin).
_NAME_TAGS = ("nr", "ns", "nt", "nz", "j", "eng", "x")


def _common_words(word: str) -> bool:
    """Whether a word is made only of ordinary dictionary words (nouns, verbs, numbers: "产能",
    "营销争议", "观点一"), with no piece tagged as a name ("申万宏源" has "申万", "杰富瑞" is one)."""
    import jieba.posseg as posseg

    pieces = posseg.lcut(word)
    return bool(pieces) and all(not p.flag.startswith(_NAME_TAGS) and p.flag != "nrt"
                                and re.fullmatch(r"[\u4e00-\u9fff]+", p.word) for p in pieces)


def _coined(word: str) -> bool:
    """Whether a word reads as a coined name, not ordinary words: a piece the dictionary tags as a name
    ("蔚来"), or letters no dictionary word joins ("茶屿": 茶 + 屿); "订单量", "安居" are ordinary words."""
    import jieba

    return not _common_words(word) or all(len(w) == 1 for w in jieba.lcut(word, HMM=False))


def _surnames():
    from .entities import SURNAMES

    return SURNAMES
