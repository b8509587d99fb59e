"""Spellings of one entity merged: the same letters (``Open AI`` = ``OpenAI``), the built-in
and the editor's spellings, a bracketed original or short form, a company's short form
(``小米`` = ``小米集团``), a Latin first name that sounds like a transliteration's (``Mira`` =
``米拉·穆拉蒂``), a body named with and without its country (``中国海关总署`` = ``海关总署``), and
a foreign name transliterated with other characters of the same sound (``格罗西`` = ``葛罗西``)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .namecandidate import Candidate
from .namelist import BUILTIN_ALIASES, NameList
from .nameorgs import SHORT_FORM_SUFFIXES

__all__ = ["Groups", "key", "merge_spellings"]

_SHORT_FORM_SUFFIXES = SHORT_FORM_SUFFIXES
_UNCUED = frozenset(("latin", "camel", "table", "dictionary"))


def key(name: str) -> str:
    """Spelling-insensitive key: no spaces, hyphens or dots, Latin lower-cased, a version's
    ".0" dropped (GPT-4.0 = GPT-4)."""
    if not re.search(r"[A-Za-z]", name):
        return re.sub(r"(?<=[\u4e00-\u9fff])(核电|发电)厂$", r"\1站", name)  # 核电厂 (Taiwan, Hong Kong) = 核电站
    return re.sub(r"[\s\-.·]", "", re.sub(r"(?<=\d)\.0$", "", name)).lower()


class Groups:
    """Union-find over spellings."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_spellings(found: dict[str, list[Candidate]], names: NameList) -> Groups:
    """Union the spellings of one entity."""
    g = Groups()
    by_key: dict[str, str] = {}
    for n in found:
        g.find(n)
        k = key(n)
        if k in by_key:
            g.union(by_key[k], n)
        else:
            by_key[k] = n
    for group in BUILTIN_ALIASES:
        present = [s for s in group if s in found]
        for s in present[1:]:
            g.union(present[0], s)
    for spelling, canon in names.aliases.items():
        if spelling in found and canon in found:
            g.union(spelling, canon)
    for n, cs in found.items():
        for c in cs:
            if c.alias and c.alias.strip() in found:
                g.union(n, c.alias.strip())
            elif c.alias:
                k = key(c.alias)
                if k in by_key:
                    g.union(n, by_key[k])
    _first_names(found, g)
    longs: dict[str, list[str]] = defaultdict(list)
    for n, cs in found.items():
        if any(c.kind == "org" for c in cs):
            for suffix in _SHORT_FORM_SUFFIXES:
                if n.endswith(suffix) and len(n) - len(suffix) >= 2:
                    longs[n[: -len(suffix)]].append(n)
                    break
    for short, full in longs.items():
        groups = [f for f in set(full) if f.endswith(("集团", "控股"))]
        if short in found and (len(set(full)) == 1 or len(groups) == 1):
            g.union(short, full[0] if len(set(full)) == 1 else groups[0])  # 小米 = 小米集团, not 小米汽车
    _without_country(found, g)
    _without_place(found, g)
    _same_sound(found, g)
    _misheard(found, g)
    _country_in_name(found, g)
    _pen_name_tail(found, g)
    _brand_and_trade(found, g)
    for n in found:  # "Pika Labs" is Pika: a company's Latin name with the word for a company after it
        m = _LATIN_COMPANY_WORD.fullmatch(n)
        if m and m.group(1) in found:
            g.union(m.group(1), n)
    return g


_LATIN_COMPANY_WORD = re.compile(r"([A-Z][A-Za-z0-9]+) (?:Labs?|Inc\.?|Ltd\.?|Corp\.?|Corporation|Technologies|Group|Studio|Studios)")


def _brand_and_trade(found: dict[str, list[Candidate]], g: Groups) -> None:
    """"瑞幸" and "瑞幸咖啡": a company called by its brand alone and by its brand and its trade (a
    common noun of the dictionary after it); one company when the brand is no word of the
    dictionary and exactly one longer organisation of the corpus is the brand and one such noun."""
    from .namewords import word_tag

    orgs = [n for n, cs in found.items() if _org(cs) and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) and not word_tag(n)]
    for brand in orgs:
        longer = [n for n in found if n != brand and n.startswith(brand) and _org(found[n])
                  and re.fullmatch(r"[\u4e00-\u9fff]{2}", n[len(brand):]) and word_tag(n[len(brand):]) == "n"]
        if len(longer) == 1:
            g.union(brand, longer[0])


def _pen_name_tail(found: dict[str, list[Candidate]], g: Groups) -> None:
    """"卡兹克" in a heading, "数字生命卡兹克" in the text: an account's or a writer's pen name is
    called by its last three characters or more; one person when exactly one longer name of the
    corpus ends on them."""
    people = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{3,12}", n)
              and cs and all(c.kind == "person" for c in cs)]
    for short in people:
        longer = [n for n in people if len(n) >= len(short) + 2 and n.endswith(short)]
        if len(longer) == 1:
            g.union(short, longer[0])


def _country_in_name(found: dict[str, list[Candidate]], g: Groups) -> None:
    """"融创中国", "中国恒大": a company's listed name with the country before or after the
    name it goes by; one company when that name stands alone in the corpus and is no word of
    the dictionary (not 中国银行 = 银行, 苹果中国 = 苹果)."""
    from .namewords import word_tag

    for n, cs in found.items():
        if not any(c.kind == "org" for c in cs) or len(n) < 4:
            continue
        core = n[2:] if n.startswith("中国") else n[:-2] if n.endswith("中国") else ""
        if len(core) >= 2 and core in found and re.fullmatch(r"[\u4e00-\u9fff]+", core) and not word_tag(core) \
                and any(c.kind == "org" for c in found[core]):
            g.union(core, n)


#: the level a local body's short form keeps of its place ("市教育局" for 江州市教育局)
_LEVEL_START = re.compile(r"^[市区县省州][\u4e00-\u9fff]{2,}$")


def _without_place(found: dict[str, list[Candidate]], g: Groups) -> None:
    """A local body named by its level alone ("市教育局", "区卫健委") is the one body of the corpus
    whose full name adds a place before it (江州市教育局); two such bodies leave it alone."""
    orgs = [n for n, cs in found.items() if _org(cs)]
    for short in orgs:
        if not _LEVEL_START.match(short):
            continue
        fulls = {f for f in orgs if f != short and f.endswith(short)
                 and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", f[:-len(short)])}
        if len(fulls) == 1:
            g.union(short, fulls.pop())


def _misheard(found: dict[str, list[Candidate]], g: Groups) -> None:
    """A Chinese name written with another character of the same sound by a speech transcript or
    an input method ("许家银" for "许家印"): one person, when the two share the surname, sound the
    same and no third person of the corpus sounds alike."""
    people = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{3}", n)
              and any(c.kind == "person" for c in cs) and not any(c.kind != "person" for c in cs)]
    by_sound: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in people:
        by_sound[(n[0], _sound(n))].append(n)
    for names in by_sound.values():
        if len(names) == 2:
            g.union(*names)


def _org(cs: list[Candidate]) -> bool:
    return any(c.kind == "org" for c in cs)


def _without_country(found: dict[str, list[Candidate]], g: Groups) -> None:
    """A body named with and without its country or region (``中国海关总署``, ``中国大陆海关总署``,
    ``海关总署``) is one, when only one country's body of that name is in the corpus (not
    ``美国国务院`` and ``中国国务院``)."""
    from .namepublic import place_ends

    by_rest: dict[str, set[str]] = defaultdict(set)
    for n, cs in found.items():
        if not _org(cs):
            continue
        rests = [n[j:] for j in place_ends(n) if len(n) - j >= 3]
        rest = next((r for r in rests if r in found), rests[-1] if rests else "")  # "日本|东京电力公司"
        if rest:
            by_rest[rest].add(n)
    for rest, names in by_rest.items():
        places = {n[: len(n) - len(rest)] for n in names}
        countries = {p[:2] for p in places}  # "中国", "中国大陆": one country
        if len(countries) == 1 and (rest in found and _org(found[rest]) or len(names) > 1):
            first = min(names)
            for n in names | ({rest} if rest in found else set()):
                g.union(first, n)


def _same_sound(found: dict[str, list[Candidate]], g: Groups) -> None:
    """A foreign name written with other characters of the same sound (``格罗西``, ``葛罗西``
    with its original ``Rafael Grossi``): one person, when one of the spellings is known to be a
    transliteration (its original in brackets, or a dot in it) and no other person sounds alike."""
    from .namewords import _TR

    people = [n for n, cs in found.items() if len(n.replace("·", "")) >= 3 and all(ch in _TR or ch == "·" for ch in n)
              and any(c.kind == "person" for c in cs)]
    by_sound: dict[str, list[str]] = defaultdict(list)
    for n in people:
        by_sound[_sound(n.replace("·", ""))].append(n)
    for names in by_sound.values():
        foreign = [n for n in names if "·" in n or any(re.search(r"[A-Za-z]", c.alias) for c in found[n])]
        if foreign and 1 < len(names) <= 3:
            for n in names:
                g.union(foreign[0], n)
    dotted = [n for n in people if "·" in n]
    for n in people:  # "史密斯" is "吉姆·史密斯" when no other person of the corpus has that surname
        same = [d for d in dotted if "·" not in n and _sound(d.split("·")[-1]) == _sound(n)]
        if len(same) == 1:
            g.union(same[0], n)
    for n, cs in found.items():  # "霍尔" alone is "丹尼尔·霍尔" when exactly one dotted person ends with it
        if len(n) == 2 and all(ch in _TR for ch in n) and any(c.kind == "person" for c in cs):
            same = [d for d in dotted if d.split("·")[-1] == n]
            if len(same) == 1:
                g.union(same[0], n)
    # "霍夫曼" alone is "马蒂亚斯·霍夫曼" when exactly one dotted person ends with it, whatever characters
    # the transliteration table lacks (夫): the dot says it is a transliteration
    any_dotted = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+", n)
                  and any(c.kind == "person" for c in cs)]
    for n, cs in found.items():
        if 2 <= len(n) <= 4 and "·" not in n and any(c.kind == "person" for c in cs):
            same = [d for d in any_dotted if d.split("·")[-1] == n]
            if len(same) == 1:
                g.union(same[0], n)


@lru_cache(maxsize=1 << 12)
def _sound(han: str) -> str:
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(han))


def _skeleton(latin: str) -> str:
    """Consonants of a name as a Chinese transliteration keeps them (r and l alike)."""
    bare = re.sub(r"[aeiouyh]", "", latin.lower().replace("r", "l").replace("c", "k"))
    return re.sub(r"(.)\1+", r"\1", bare)


@lru_cache(maxsize=1 << 12)
def _pinyin_skeleton(han: str) -> str:
    from pypinyin import lazy_pinyin

    return _skeleton("".join(lazy_pinyin(han)))


def _first_names(found: dict[str, list[Candidate]], g: Groups) -> None:
    """A first name alone in Latin letters ("Mira 还披露了…") is the person whose transliterated
    full name starts with it ("米拉·穆拉蒂"): merged when exactly one such person sounds alike
    (the consonants of 米拉 and Mira are both m-l)."""
    people = [n for n, cs in found.items() if "·" in n and re.fullmatch(r"[\u4e00-\u9fff·]+", n)
              and any(c.kind == "person" for c in cs)]
    if not people:
        return
    for n, cs in found.items():
        if not re.fullmatch(r"[A-Z][a-z]{2,9}", n) or any(c.why not in _UNCUED | {"speech", "company-word"}
                                                           for c in cs):
            continue
        sk = _skeleton(n)
        if len(sk) < 2:
            continue
        same = [p for p in people if _pinyin_skeleton(p.split("·")[0]) == sk]
        if len(same) == 1:
            g.union(same[0], n)


