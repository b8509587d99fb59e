"""A name's extent read from the corpus: how far a name reaches is what the text repeats.

The finders cut a name where the dictionary or a suffix ends it; the corpus then says whether
that cut is where the name ends:

- a two-character person ("黄柏", a dictionary word) every one of whose mentions goes on with
  the same character that starts no word ("黄柏翰接受…", "黄柏翰则…") is the three-character name;
- a Chinese name every one of whose mentions (two or more) goes on with the same noun
  ("夜航游戏|电台出品", "搜索‘夜航游戏|电台’") is the longer name;
- a name whose first character ends a word of quantity or degree in every mention
  ("更|多中国工作室": 更多) is no name;
- a company named only by the words before its founder's or head's title ("游戏科学创办人冯骥"),
  when those are common nouns, only when two or more sources name it;
- a suffix read after a category marker ("魂类游戏", "开放世界类游戏", "动作型游戏") names a
  kind of thing, not a body;
- the words before a preposition inside a name read by its suffix ("节目由雾港游戏") are no
  part of it;
- a lowercase Latin word glued before a Chinese name ("by声波工作室") is no part of it;
- a Latin brand every mention of which goes on with the same capitalised word ("Apple
  Podcasts") is the two-word name;
- two capitalised Latin words read as a person whose first word is a brand the corpus names on
  its own ("Xbox Series") are a product line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from .namecandidate import Candidate
from .namewords import _AFTER_NAME, STRONG_SUFFIXES, SURNAMES, TITLES, _cut, _inside_word, _person_ok, is_generic, word_tag

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A category marker before a name's suffix: the words before it say what kind, not which one.
_KIND_MARK = re.compile(r"[\u4e00-\u9fff]{1,6}[类型式系款](?:游戏|软件|产品|公司|企业|机构|平台|网络|技术|科技|文化|娱乐|工作室|电影|影视)$")
#: jieba tags of a word of quantity or degree (更多, 许多, 诸多, 这些).
_QUANTITY_TAGS = ("d", "m", "r", "q")
#: A common word and a preposition before a name ("节目由…", "报道据…").
_BEFORE_PREP = re.compile(r"([\u4e00-\u9fff]{2,4}?)[由被据向从把将对]([\u4e00-\u9fff]{3,})")
_LATIN_TAIL = re.compile(r" [A-Z][a-z]{2,}(?![A-Za-z])")
_GLUED_LATIN = re.compile(r"^([a-z]{1,4})(?=[\u4e00-\u9fff])")


#: More mentions than this and a name's extent is left as found (a run of one character repeated
#: a million times is no name to extend, and reading each mention would take long).
_MAX_MENTIONS = 200


class _Joined:
    """The paragraphs' simplified texts joined by NULs: a name's mentions are found by one scan of
    the corpus instead of one ``find`` per paragraph (349 names × 10,000 paragraphs at 1,000
    articles). A name holds no NUL, so no mention spans two paragraphs."""

    def __init__(self, paragraphs):
        self.texts = [simple for simple, _ in paragraphs.values()]
        self.starts, at = [], 0
        for text in self.texts:
            self.starts.append(at)
            at += len(text) + 1
        self.joined = "\0".join(self.texts)


def _mentions(name: str, paragraphs, joined: _Joined | None = None) -> list[tuple[str, int]]:
    out = []
    if joined is not None and name and "\0" not in name:
        p = joined.joined.find(name)
        while p >= 0:
            k = bisect_right(joined.starts, p) - 1
            out.append((joined.texts[k], p - joined.starts[k]))
            if len(out) > _MAX_MENTIONS:
                return []
            p = joined.joined.find(name, p + len(name))
        return out
    for simple, _ in paragraphs.values():
        i = simple.find(name)
        while i >= 0:
            out.append((simple, i))
            if len(out) > _MAX_MENTIONS:
                return []
            i = simple.find(name, i + len(name))
    return out


def _move(found: dict[str, list[Candidate]], old: str, new: str, kind: str | None = None) -> None:
    cands = found.pop(old)
    found.setdefault(new, []).extend(Candidate(new, kind or c.kind, c.why, c.role, c.alias) for c in cands)


def _longer_person(name: str, mentions) -> str:
    """``黄柏`` → ``黄柏翰`` when every mention (two or more) goes on with the same character,
    one that neither follows a name (说, 则, 在…) nor starts a dictionary word with the next."""
    if len(mentions) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", name) or name[0] not in SURNAMES:
        return ""
    nexts = {text[i + 2:i + 3] for text, i in mentions}
    if len(nexts) != 1:
        return ""
    ch = nexts.pop()
    if not _HAN.fullmatch(ch or "") or ch in _AFTER_NAME or not _person_ok(name + ch):
        return ""
    for text, i in mentions:
        pair = text[i + 2:i + 4]
        if len(pair) == 2 and word_tag(pair):
            return ""  # "李明表示": 表示 is a word, the name ends before it
    return name + ch


def _longer_name(name: str, mentions) -> str:
    """A Chinese org or product every one of whose mentions (two or more) goes on with the same
    noun of the segmentation ("夜航游戏电台"), not a title ("…分析师") nor a verb."""
    if len(mentions) < 2 or not _HAN.search(name[-1:]) or name.endswith(STRONG_SUFFIXES):
        return ""  # (a name ending on 大学, 联盟… is whole: "…大学财金系" names its department)
    words = set()
    for text, i in mentions:
        toks = _cut(text[i + len(name):i + len(name) + 6])
        words.add(toks[0] if toks else "")
    if len(words) != 1:
        return ""
    w = words.pop()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w) or w in TITLES or not word_tag(w).startswith("n") \
            or word_tag(w).startswith(("nr", "ns")):
        return ""
    if any(_inside_word(text, i + len(name), i + len(name) + len(w)) for text, i in mentions):
        return ""
    return name + w


def fix_extents(found: dict[str, list[Candidate]], paragraphs) -> dict[str, list[Candidate]]:
    found = dict(found)
    joined = _Joined(paragraphs)
    brands = {n for n, cs in found.items() if re.fullmatch(r"[A-Za-z][A-Za-z0-9]+", n)
              and any(c.kind in ("org", "product") for c in cs)}
    for name in list(found):
        cands = found.get(name)
        if not cands or any(c.why in ("editor", "builtin") for c in cands):
            continue
        kinds = Counter(c.kind for c in cands)
        glued = _GLUED_LATIN.match(name)
        if glued and len(name) - glued.end() >= 2:
            _move(found, name, name[glued.end():])
            continue
        if kinds["org"] and _KIND_MARK.fullmatch(name) and all(c.why.startswith("suffix") for c in cands):
            del found[name]
            continue
        words = name.split(" ")
        if len(words) == 2 and words[0] in brands and all(c.why == "latin-name" for c in cands):
            _move(found, name, name, "product")  # "Xbox Series": a brand's line, no person
            continue
        if re.fullmatch(r"[A-Z][A-Za-z0-9]+", name) and kinds["org"] + kinds["product"]:
            mentions = _mentions(name, paragraphs, joined)
            tails = {m.group(0) for text, i in mentions
                     for m in [_LATIN_TAIL.match(text, i + len(name))] if m} if mentions else set()
            if len(tails) == 1 and all(_LATIN_TAIL.match(text, i + len(name)) for text, i in mentions):
                longer = name + tails.pop()  # "Apple Podcasts": every mention goes on with the same word
                if longer not in found:
                    _move(found, name, longer)
            continue
        if not _HAN.search(name):
            continue
        if all(c.why.startswith("suffix") for c in cands):
            m = _BEFORE_PREP.match(name)
            rest = m.group(2) if m and word_tag(m.group(1))[:1] in ("n", "v") \
                and not word_tag(m.group(1)).startswith(("nr", "ns", "nt", "nz")) else ""
            if rest and not is_generic(rest):
                _move(found, name, rest)  # "节目由|雾港游戏": the words before a preposition are no part of it
                name, cands = rest, found[rest]
        mentions = _mentions(name, paragraphs, joined)
        if mentions and all(i > 0 and word_tag(text[i - 1:i + 1]).startswith(_QUANTITY_TAGS)
                            for text, i in mentions) and all(c.why.startswith("suffix") for c in cands):
            del found[name]  # "更|多中国工作室": the first character ends a word of quantity or degree (更多, 许多)
            continue
        if any(c.why == "employer-recurring" for c in cands) and len({a for a, _ in paragraphs}) > 2 \
                and len({a for (a, _), (simple, _) in paragraphs.items() if name in simple}) < 2:
            cands = [c for c in cands if c.why != "employer-recurring"]
            if not cands:
                del found[name]
                continue
            found[name] = cands
        longer = (_longer_person(name, mentions) if kinds["person"] >= max(kinds["org"], kinds["product"])
                  else _longer_name(name, mentions))
        if longer and longer not in found:
            _move(found, name, longer)
    return found


#: A title in 《》 that names a document, a rule or a publication, not a work a reader looks up.
_DOCUMENT_TITLE = re.compile(r"(?:法|条例|规定|办法|意见|通知|报告|白皮书|决定|公告|纲要|规划|计划|方案|指引|指南|"
                             r"准则|标准|日报|晚报|时报|周刊|杂志|新闻|报)$")


def shared_works(paragraphs) -> list[Candidate]:
    """A work named in 《》 by two or more of the corpus's articles ("《山海巡游》"): the story's
    product, listed even where no word before the title says what it is."""
    seen: dict[str, set[str]] = {}
    for (article, _), (simple, _) in paragraphs.items():
        if "《" in simple:
            for m in re.finditer(r"《([^《》\n]{2,20})》", simple):
                seen.setdefault(m.group(1).strip(), set()).add(article)
    return [Candidate(t, "product", "product-word") for t, arts in seen.items()
            if len(arts) >= 2 and not _DOCUMENT_TITLE.search(t) and not re.search(r"[，。！？、；]", t)]
