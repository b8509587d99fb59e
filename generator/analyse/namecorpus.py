"""The index's candidates checked against the whole corpus: common words before a suffix the
corpus uses on its own (贷款银行 beside "对银行"), a heading naming a company's people, words of the
sentence before a name that stands alone elsewhere (旗下|恒大汽车), the ending several Chinese runs
before one bracketed original share (委任安迈, 清盘人安迈), a foreign country before a university's
name, and spellings of a found name written by ear (必贵园 for 碧桂园)."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import accumulate

from .namecandidate import Candidate
from .namecompany import _plain_head
from .namepublic import place_prefix
from .namewords import STRONG_SUFFIXES, WEAK_SUFFIXES, _cut, _has_proper, is_generic, word_tag
from .namemerge import key as _key


#: What stands before a common noun used on its own (no name before it): "，法院颁令", "对银行".
_BARE_BEFORE = re.compile(r"(?:^|[\s，。、；：！？“”「」（）()的对在由是和与及向被将令称把从为])$")


@lru_cache(maxsize=1 << 14)
def _syllable(ch: str) -> str:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(ch)[0] if "\u4e00" <= ch <= "\u9fff" else ch


def misheard_spellings(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """Another spelling of a found name with the same sounds, written by a speech transcript or
    an input method ("必贵园" for 碧桂园, "森信只业" for 森信纸业): three characters or more, at
    least one of them the name's own in the same place, no word of the dictionary."""
    names = sorted(n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{3,6}", n)
                   and any(c.kind in ("org", "person") for c in cs))[:300]
    if not names:
        return []
    targets = {"|".join(map(_syllable, n)) + "|": n for n in names}
    # one pass over the corpus; a paragraph of more than 20,000 characters is no speech transcript's
    kept = [simple for simple, _ in paragraphs.values() if len(simple) <= 20000]
    pieces = [simple + "\n" for simple in kept[:-1]] + kept[-1:]  # (joined: the corpus' text)
    text = "".join(pieces)
    # each piece as its characters' syllables, each with a bar, and where each target's sounds stand in
    # it (a target has no line break, so it stands inside one piece), kept by the piece's text
    hits = _SYLLABLES.hits(pieces, frozenset(targets))
    text_starts = list(accumulate(map(len, pieces), initial=0))  # where each piece starts in the text
    out: list[Candidate] = []
    seen: set[str] = set()
    for target, name in targets.items():
        for looked, (k, j) in enumerate(hits.get(target, ())):
            if looked >= 500:  # (a name is not written 500 times; a 1 MB run of one character is no text)
                break
            offsets = _SYLLABLES.offsets(pieces[k])  # where each of the piece's syllables starts
            i = bisect.bisect_left(offsets, j)
            aligned = i < len(offsets) and offsets[i] == j
            i += text_starts[k]
            variant = text[i:i + len(name)] if aligned else name
            if variant != name and variant not in found and variant not in seen \
                    and any(a == b for a, b in zip(variant, name)) and not word_tag(variant) \
                    and not (i and word_tag(text[i - 1:i + 1])):  # not "委任|岚衡" for 人岚衡
                seen.add(variant)
                kind = next(c.kind for c in found[name] if c.kind in ("org", "person"))
                out.append(Candidate(variant, kind, "misheard", alias=name))
    return out


class _Syllables:
    """A text's characters as their syllables, each followed by a bar ("碧桂园" → "bi|gui|yuan|"),
    where given sounds stand in it and where each character's syllable starts, kept by the text across
    calls: a save changes one article's paragraphs, so every other paragraph's sounds are kept (the
    targets, the found names' sounds, are looked for again in a paragraph only when a new one
    appears). Only what the last call used is kept."""

    def __init__(self) -> None:
        self.table: dict[int, str] = {}
        self.kept: dict[str, tuple] = {}
        self.targets: frozenset = frozenset()
        self.offs: dict[str, list[int]] = {}

    def hits(self, pieces: list[str], targets: frozenset) -> dict[str, list[tuple[int, int]]]:
        """Per target, every place its sounds start (overlapping ones too): (piece, place in its line), in order."""
        if targets == self.targets:
            targets = self.targets  # (the same object: a kept piece's targets are checked by identity)
        self.targets = targets
        kept, table, now = self.kept, self.table, {}
        missing: dict[int, frozenset] = {}  # per targets a piece was scanned for, those it lacks
        out: dict[str, list[tuple[int, int]]] = {}
        for k, piece in enumerate(pieces):
            entry = now.get(piece) or kept.get(piece)
            if entry is None:
                for ch in set(piece):
                    if ord(ch) not in table:
                        table[ord(ch)] = _syllable(ch) + "|"
                entry = (piece.translate(table), frozenset(), {})
            line, scanned, found = entry
            if scanned is not targets:
                if id(scanned) not in missing:
                    missing[id(scanned)] = targets - scanned
                found = {t: places for t, places in found.items() if t in targets}
                for target in missing[id(scanned)]:
                    places, j = [], line.find(target)
                    while j >= 0:
                        places.append(j)
                        j = line.find(target, j + 1)
                    if places:
                        found[target] = tuple(places)
                entry = (line, targets, found)
            now[piece] = entry
            for target, places in found.items():
                out.setdefault(target, []).extend((k, j) for j in places)
        self.kept = now
        self.offs = {piece: o for piece, o in self.offs.items() if piece in now}
        return out

    def offsets(self, piece: str) -> list[int]:
        got = self.offs.get(piece)
        if got is None:
            table = self.table
            got = self.offs[piece] = list(accumulate((len(table[ord(ch)]) for ch in piece), initial=0))[:-1]
        return got


_SYLLABLES = _Syllables()


def group_of(name: str, found: dict[str, list[Candidate]]) -> bool:
    """A heading "恒大业主：" names people of a company found elsewhere (its owners, staff,
    shareholders): the company's name and a common noun of the dictionary, no suffix."""
    orgs = {n for n, cs in found.items() if any(c.kind == "org" and c.why != "heading" for c in cs)}
    for k in range(2, len(name) - 1):
        rest, company = name[k:], name[:k]
        if (company in orgs or any(company + sfx in orgs for sfx in STRONG_SUFFIXES + WEAK_SUFFIXES)) \
                and word_tag(rest).startswith("n") and not word_tag(rest).startswith(("nr", "nz", "nt", "ns")) \
                and not rest.endswith(STRONG_SUFFIXES + WEAK_SUFFIXES):
            return True
    return False


def plain_name(name: str) -> bool:
    """Common words of the dictionary before a body's suffix ("试点法院")."""
    suffix = next((s for s in sorted(STRONG_SUFFIXES, key=len, reverse=True) if name.endswith(s)), "")
    return bool(suffix) and len(name) > len(suffix) and _plain_head(name[:-len(suffix)])


def bare_suffix(name: str, corpus: str, seen: dict[str, bool]) -> bool:
    """A name of common words and a suffix ("贷款银行", "内地法院") whose suffix the corpus also
    uses as a common noun on its own ("对银行影响不大", "，法院颁令"): a description of which
    bank or court, not a name."""
    suffix = next((s for s in sorted(STRONG_SUFFIXES, key=len, reverse=True) if name.endswith(s)), "")
    if not suffix:
        return False
    if suffix not in seen:
        seen[suffix] = any(_BARE_BEFORE.search(corpus, max(0, m.start() - 1), m.start())
                           for m in re.finditer(re.escape(suffix), corpus))
    return seen[suffix]


def bracketed_names(found: dict[str, list[Candidate]]) -> dict[str, str]:
    """One original in brackets after several Chinese runs ("委任安迈（Alvarez & Marsal）",
    "清盘人安迈（Alvarez & Marsal）"): the name is the part they end with (安迈), the words
    before it are each sentence's own."""
    by_original: dict[str, set[str]] = defaultdict(set)
    for n, cs in found.items():
        for c in cs:
            if c.why == "bracket" and c.alias and re.fullmatch(r"[\u4e00-\u9fff]{2,}", n) \
                    and re.match(r"[A-Za-z]", c.alias):
                by_original[c.alias].add(n)
    out: dict[str, str] = {}
    for spellings in by_original.values():
        if len(spellings) < 2:
            continue
        tails = Counter(x[k:] for x in spellings for k in range(len(x) - 1))
        # the ending most of them share, the longest of those ("安迈" of 委任安迈, 清盘人安迈)
        tail, count = max(tails.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))
        if count >= 2 and _has_proper(tail) and not is_generic(tail):
            out.update({x: tail for x in spellings if x != tail and x.endswith(tail)})
    return out


#: Candidates read off the words around a suffix, a list or a heading (not confirmed by a title,
#: a bracket, the editor): their first words may be the sentence's, not the name's.
_CONTEXT_WHY = frozenset(("suffix", "suffix-plain", "enumeration", "heading", "data-source", "employer", "public"))


def inner_name(name: str, found: dict[str, list[Candidate]], corpus: str) -> str:
    """The name that ``name`` ends with, when that name stands elsewhere in the corpus on its
    own and the words before it here are common words of the dictionary, verbs or function
    words, none a place or a proper noun ("影响|恒大地产", "旗下|恒大汽车", "核心经营主体|恒大地产集团";
    not "香港|高等法院", "中国|人民银行")."""
    if word_tag(name):
        return ""
    toks = _cut(name)
    for j in range(1, len(toks)):
        k = sum(map(len, toks[:j]))  # the name inside starts on a word of the whole
        inner = name[k:]
        if len(inner) < 2 or inner not in found or corpus.count(inner) <= corpus.count(name):
            continue  # the name inside must stand somewhere without these words before it
        if all(re.fullmatch(r"[\u4e00-\u9fff]+", t) and word_tag(t) and word_tag(t) != "ns"
               and not word_tag(t).startswith(("nr", "nz", "nt", "j")) for t in toks[:j]):
            return inner
    return ""


def settle(found: dict[str, list[Candidate]], corpus_text: str, paragraphs, blocked: set[str],
           resolve_start) -> dict[str, list[Candidate]]:
    """The candidates checked against the corpus: descriptions and a company's people dropped,
    the words of the sentence around a name cut off, spellings written by ear added."""
    for n in [n for n, cs in found.items() if all(c.why == "heading" for c in cs)]:
        if group_of(n, found):
            del found[n]
    bare: dict[str, bool] = {}
    for n in [n for n, cs in found.items() if all(c.why == "suffix-plain" or c.why == "public" and plain_name(n)
                                                  for c in cs)]:
        if bare_suffix(n, corpus_text, bare):
            del found[n]
    resolved: dict[str, list[Candidate]] = defaultdict(list)
    bracketed = bracketed_names(found)
    for n, cs in found.items():
        resolved[bracketed.get(n) or resolve_start(n, corpus_text)].extend(cs)
    for n in [n for n, cs in resolved.items() if all(c.why in _CONTEXT_WHY for c in cs)]:
        inner = inner_name(n, resolved, corpus_text)
        if inner:  # "旗下恒大汽车", "核心经营主体恒大地产集团": the words before a name are not part of it
            resolved[inner].extend(Candidate(inner, c.kind, c.why, c.role) for c in resolved.pop(n))
    for n in list(resolved):  # "英国|朴次茅斯大学": a foreign country before a school's own name is no part of it
        k = place_prefix(n) if n.endswith(("大学", "学院")) else 0
        rest = n[k:-2]
        if k and (n[k - 1] == "国" and n[:k] != "中国" or n[:k] == "日本") and len(rest) >= 2 \
                and all(len(t) < 2 or not word_tag(t) or word_tag(t).startswith(("nr", "ns")) for t in _cut(rest)) \
                and all(c.why in _CONTEXT_WHY for c in resolved[n]):
            resolved[n[k:]].extend(Candidate(n[k:], c.kind, c.why, c.role) for c in resolved.pop(n))
    for c in misheard_spellings(resolved, paragraphs):
        if _key(c.name) not in blocked:
            resolved[c.name].append(c)
    return resolved


def topic_names(tax, paragraphs: dict) -> list[Candidate]:
    """The topic's own name, when it is one: the topic label named in two or more articles and written at least once as a name is written: with an original in Latin
    capitals in brackets ("萝卜快跑（Apollo Go）", "「青鸟出行」（Bluebird Mobility）"), or right before
    its App, platform or brand ("青鸟出行App"), or after 品牌 ("品牌“青鸟出行”"). The service or
    product a corpus is about is then always in the index, with its original as an alias; a topic
    that is a policy or an event ("退休年龄改革") is never written so and stays out."""
    if tax is None:
        return []
    # the label only: the corpus's subject; its other terms are words about it (小米汽车 is a company)
    terms = [t for t in (getattr(tax, "topic_label", "") or "",) if t]
    out: list[Candidate] = []
    for term in terms:
        if len(term) < 2 or not re.search(r"[\u4e00-\u9fff]", term) or is_generic(term):
            continue
        t = re.escape(term)
        shape = re.compile(rf"{t}\s*[”」』]?\s*[（(]([A-Z][A-Za-z0-9]*(?:[ .-][A-Z][A-Za-z0-9]*)+|[A-Z][a-z]+[A-Z][A-Za-z]+)[）)]"
                           rf"|{t}\s*(?:App|APP|app|平台|品牌|小程序)|品牌\s*[“「]?{t}")
        articles, latin = set(), ""
        written = False
        for (article, _), (simple, _) in paragraphs.items():
            if term in simple:
                articles.add(article)
                m = shape.search(simple)
                if m:
                    written = True
                    latin = latin or (m.group(1) or "")
        if written and len(articles) >= 2:
            out.append(Candidate(term, "product", "topic", alias=latin))
    return out
