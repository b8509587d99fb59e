"""People the index must not list as they were proposed, read against the whole corpus:

* a class of people, not a person: a word a speaker label or a verb of saying proposed ("黄牛表示",
  jieba tags it a name) that the corpus also writes as many people ("都是黄牛", "很多黄牛",
  "黄牛们") is a common noun, no entry;
* a seat of government that speaks for its government ("白宫：需要更多资讯", "克里姆林宫表示") is
  an organisation, not a person;
* one person transliterated two ways ("苏利文" in Taiwan, "沙利文" on the mainland): two names of
  the same length that differ in one character and carry the same role ("白宫国安顾问" and
  "白宫国家安全顾问", one written short) are one entry.

Only names proposed by weak cues (a speaker's label, a verb of saying, the dictionary) are
dropped or moved; a title, a role, an honorific or an editor's list always vouches for a person,
so unusual real names ("南墙", "康复") stay."""

from __future__ import annotations

import re

from .namecandidate import Candidate

__all__ = ["without_class_nouns", "same_role_variants"]

#: The cues that propose a person by where the words stand, not by what the text says of them.
_WEAK = frozenset(("speech", "heading", "dictionary"))
#: Before a word for many people ("加价的基本都是黄牛", "很多黄牛", "一群黄牛"): a class, no one person.
_MANY_BEFORE = re.compile(r"(?:都是|全是|基本是|多是|大多是|净是|很多|许多|不少|一些|这些|那些|一群|一帮|大批|各路|成群的?)$")
#: A seat of government named for the government that sits there ("白宫", "克里姆林宫", "爱丽舍宫",
#: "总统府", "五角大楼", "唐宁街"): its ending.
_SEAT_END = re.compile(r"[\u4e00-\u9fff](?:宫|府|大楼|街)$")


def _weak_person(cands: list[Candidate]) -> bool:
    return bool(cands) and all(c.kind == "person" and c.why in _WEAK and not c.role for c in cands)


def without_class_nouns(found: dict[str, list[Candidate]], corpus: str) -> dict[str, list[Candidate]]:
    """The candidates without a class of people taken for a person, and with a seat of government
    taken for a person moved to the organisations."""
    out = dict(found)
    for name, cands in found.items():
        if not _weak_person(cands) or not re.fullmatch(r"[\u4e00-\u9fff]{2,5}", name):
            continue
        many = any(_MANY_BEFORE.search(corpus[max(0, m.start() - 4):m.start()]) or corpus.startswith("们", m.end())
                   for m in re.finditer(re.escape(name), corpus))
        if many:
            del out[name]
        elif _SEAT_END.search(name):
            out[name] = [Candidate(name, "org", "public") for _ in cands[:1]]
    return out


def _role(role: str) -> str:
    """A role without the section label a channel puts before it ("【美国反应】白宫国家安全顾问")."""
    return re.sub(r"^[【\[［(（][^】\]］)）]{1,12}[】\]］)）]", "", role.strip())


def _short_of(a: str, b: str) -> bool:
    """``a`` is ``b`` written short: its characters stand in ``b`` in order ("国安" in "国家安全")."""
    it = iter(b)
    return all(ch in it for ch in a)


def _same_role(r1: set[str], r2: set[str]) -> bool:
    for a in r1:
        for b in r2:
            short, full = sorted((a, b), key=len)
            if len(short) >= 4 and short[-2:] == full[-2:] and _short_of(short, full):
                return True
    return False


def same_role_variants(found: dict[str, list[Candidate]]) -> list[tuple[str, str]]:
    """Pairs of person names that are one person transliterated two ways."""
    people = {n: {_role(c.role) for c in cs if c.role} for n, cs in found.items()
              if re.fullmatch(r"[\u4e00-\u9fff]{3,6}", n) and cs and all(c.kind == "person" for c in cs)}
    people = {n: roles for n, roles in people.items() if roles}
    names = sorted(people)
    out = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1 and _same_role(people[a], people[b]):
                out.append((a, b))
    return out
