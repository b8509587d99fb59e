"""Names found from other names: rules that read the whole corpus once the paragraph-level
finder (``namefind``) has run, each tied to a name it already validated.

* a product family: the brand of a product name (``文心`` of 文心一言) followed by a model word
  (``文心大模型``, ``文心大语言模型``: one product) or by two characters shaped like the product's
  own (``文心一格``), written at least twice;
* a nickname (``老胡``, ``大刘``, ``小李``) in an article that names exactly one person of that
  surname in full: the same person;
* a romanised name (``Li Jing``) in an article that writes a surname and a given name sounding
  the same (``靖礼``, in either order): the same person;
* a Latin first name alone (``Sam``) in an article that names exactly one person whose full
  Latin name starts with it (``Sam Altman``): the same person.

Every scan is bounded: fixed-width patterns, jieba only through the finder's cached cutter.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..textutil import trie_pattern
from .namefind import Candidate
from .namewords import _AFTER_NAME, _BAD_TAGS, _STOP_CHARS, _SUFFIX_RE, GENERIC, SURNAMES, _cut, _pinyin, _starts_word, is_generic, word_tag

__all__ = ["family_candidates", "family_name_candidates", "nickname_candidates", "romanised_candidates", "first_name_links", "edition_links", "service_candidates", "owned_candidates",
           "MODEL_WORDS", "kind_votes"]

#: Words that make a brand a model ("文心大模型"): the variants are one product.
MODEL_WORDS = ("大语言模型", "语言模型", "大模型")
_MODEL_RE = "|".join(MODEL_WORDS)


def kind_votes(cands: list[Candidate]) -> str:
    """The kind most candidates of one spelling give (ties: org)."""
    votes = Counter(c.kind for c in cands)
    return max(("org", "person", "product"), key=lambda k: (votes[k], k == "org"))


def _texts_by_article(paragraphs) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for (article, _), (simple, _) in paragraphs.items():
        out[article].append(simple)
    return out


def _brand(product: str) -> str:
    """The brand of a Chinese product name: its first word, when shorter than the name and no
    general word (``文心一言`` → ``文心``)."""
    first = _cut(product)[0] if product else ""
    if 2 <= len(first) <= len(product) - 2 and re.fullmatch(r"[\u4e00-\u9fff]+", first) \
            and not is_generic(first) and not word_tag(first).startswith(_BAD_TAGS + ("a",)):
        return first
    return ""


def family_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """Products of a brand the corpus names a product of (see the module's docstring)."""
    products = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{4,6}", n)
                and kind_votes(cs) == "product" and not any(c.why == "topic" for c in cs)]  # a service, no model
    brands = {b: p for p in products if (b := _brand(p))}
    if not brands:
        return []
    pattern = re.compile("(" + trie_pattern(brands) + ")")
    models: dict[str, list[str]] = defaultdict(list)
    siblings: Counter = Counter()
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            brand, end = m.group(1), m.end()
            if not _starts_word(simple, m.start(), brand) and not _token_at(simple, m.start(), brand):
                continue
            mw = re.match(_MODEL_RE, simple[end:end + 5])
            if mw:
                models[brand].append(brand + mw.group(0))
                continue
            if brand in found:
                continue  # a company's name before a word ("百度股价") is no product of a family
            size = len(brands[brand]) - len(brand)
            rest = simple[end:end + size]
            name = brand + rest
            if len(rest) == size and re.fullmatch(r"[\u4e00-\u9fff]+", rest) and name not in brands.values() \
                    and rest != brand and rest[0] not in _STOP_CHARS and not _word_before_rest(rest) \
                    and rest not in GENERIC and not _SUFFIX_RE.fullmatch(rest) \
                    and not word_tag(name):
                siblings[name] += 1
    out: list[Candidate] = []
    for brand, variants in models.items():
        first = sorted(set(variants))[0]
        for v in sorted(set(variants)):
            out.append(Candidate(v, "product", "product-word", alias=first if v != first else ""))
    for name, n in siblings.items():
        if n >= 2:
            out.append(Candidate(name, "product", "product-word"))
    return out


def _token_at(text: str, i: int, word: str) -> bool:
    """``word`` is the start of the jieba word at ``i`` ("文心一格" cut as 文心|一|格 or 文心一格)."""
    import bisect

    from .namewords import _span_starts, _spans

    spans = _spans(text)[0]
    k = bisect.bisect_left(_span_starts(text), i)  # one look-up, not a scan of the paragraph
    return k < len(spans) and spans[k][0] == i and spans[k][2].startswith(word)


def _word_before_rest(rest: str) -> bool:
    """The characters after a brand are a word of their own that no product name is made of
    (a verb, an adverb, a pronoun: "文心一样", "文心一直")."""
    tag = word_tag(rest)
    return bool(tag) and tag.startswith(_BAD_TAGS + ("a", "vn", "ns", "nr"))


#: A kinship word after a surname calls someone familiarly ("张姐", "刘阿姨"); a title ("李老师",
#: "王总") may name anyone of that surname and is left alone.
_KIN = "阿姨|大姐|大哥|大爷|奶奶|爷爷|姐|哥|叔|婶|伯"
_NICK_FORM = re.compile("^(?:[老大小].|.(?:" + _KIN + "))$")


def nickname_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[tuple[str, Candidate]]:
    """``老胡`` in an article naming 胡锡进 (and no other person surnamed 胡): the same person;
    (article, candidate) pairs: a nickname names the person in that article only."""
    people = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) and n[0] in SURNAMES
              and kind_votes(cs) == "person" and not _NICK_FORM.match(n)]  # ("张姐" is no second 张)
    if not people:
        return []
    out: list[tuple[str, Candidate]] = []
    people_re = re.compile(trie_pattern(people))
    chars = "".join(sorted({p[0] for p in people}))
    nick_any = re.compile("[老大小][" + chars + "]|[" + chars + "](?:" + _KIN + ")")
    for article, texts in _texts_by_article(paragraphs).items():
        if not any(nick_any.search(t) for t in texts):
            continue
        named = sorted({m.group(0) for t in texts for m in people_re.finditer(t)})
        by_surname: dict[str, list[str]] = defaultdict(list)
        for p in named:
            by_surname[p[0]].append(p)
        unique = {s: ps[0] for s, ps in by_surname.items() if len(ps) == 1}
        if not unique:
            continue
        held = "".join(sorted(unique))
        nick_re = re.compile("[老大小]([" + held + "])|([" + held + "])(?:" + _KIN + ")")
        for text in texts:
            for m in nick_re.finditer(text):
                nick = m.group(0)
                full = unique[m.group(1) or m.group(2)]
                if m.group(2) and not (word_tag(nick) in ("", "nr") and _after_word_boundary(text, m.start())):
                    continue  # "王姐", "刘阿姨", "常老师": the surname and a kinship word or a title
                if m.group(2):
                    out.append((article, Candidate(nick, "person", "nickname", alias=full)))
                    continue
                if word_tag(nick) not in ("", "nr"):
                    continue  # "大王", "老马": words of their own
                if full.startswith(nick) or text.startswith(full, m.start() + 1):
                    continue  # "小李明" is 李明 after 小, not a nickname
                after = text[m.end():m.end() + 1]
                if after and re.match(r"[\u4e00-\u9fff]", after) and not _starts_word(text, m.start(), nick) \
                        and not _token_at(text, m.start(), nick):
                    continue  # "古老胡同": no nickname
                if not _starts_word(text, m.start(), nick) and not _token_at(text, m.start(), nick) \
                        and not _after_word_boundary(text, m.start()):
                    continue
                out.append((article, Candidate(nick, "person", "nickname", alias=full)))
    return out


def family_name_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[tuple[str, Candidate]]:
    """``岸田`` in an article naming ``岸田文雄``: a four-character name called later by its first two
    characters, the family name of a Japanese name (or a Chinese compound surname), standing as
    the subject of its clause (before 向, 对, 表示 …); (article, candidate) pairs, as nicknames."""
    # an account's handle ("涿州发布", "河北消防": a place and a word) is no full name a family name shortens
    people = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{4}", n) and kind_votes(cs) == "person"
              and not all(c.why == "handle" for c in cs)]
    if not people:
        return []
    out: list[tuple[str, Candidate]] = []
    full_re = re.compile(trie_pattern(people))
    for article, texts in _texts_by_article(paragraphs).items():
        named = {m.group(0) for t in texts for m in full_re.finditer(t)}
        by_family: dict[str, list[str]] = defaultdict(list)
        for n in named:
            by_family[n[:2]].append(n)
        for family, fulls in by_family.items():
            if len(fulls) != 1 or word_tag(family).startswith(_BAD_TAGS + ("a", "n")) and not word_tag(family).startswith(("nr", "ns")):
                continue
            for text in texts:
                i = text.find(family)
                while i >= 0:
                    nxt = text[i + 2:i + 3]
                    starts = not re.match(r"[\u4e00-\u9fff]", text[i - 1:i] or " ") or _after_word_boundary(text, i)
                    if starts and not text.startswith(fulls[0], i) and (not nxt or nxt in _AFTER_NAME or nxt in "，。；：、！？"):
                        out.append((article, Candidate(family, "person", "family-name", alias=fulls[0])))
                        break
                    i = text.find(family, i + 1)
    return out


def _after_word_boundary(text: str, i: int) -> bool:
    """A jieba word starts at ``i`` (the nickname is not the end of a longer word)."""
    from .namewords import _spans

    return i in _spans(text)[1]


_LATIN_PAIR = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}")


def romanised_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """``Li Jing`` in an article that writes ``靖礼`` (surname 靖, given name 礼, read jing li):
    one person, when exactly one such pair of characters is found in the article."""
    latin = [n for n, cs in found.items() if _LATIN_PAIR.fullmatch(n) and kind_votes(cs) == "person"]
    if not latin:
        return []
    out: list[Candidate] = []
    latin_re = re.compile(trie_pattern(latin))
    for article, texts in _texts_by_article(paragraphs).items():
        here = sorted({m.group(0) for t in texts for m in latin_re.finditer(t)})
        if not here:
            continue
        sounds: dict[str, set[str]] = defaultdict(set)
        for t in texts:
            for ch in set(t):
                p = _pinyin(ch)
                if p:
                    sounds[p].add(ch)
        for name in here:
            w1, w2 = (w.lower() for w in name.split())
            if w1 not in sounds or w2 not in sounds:
                continue
            pairs: Counter = Counter()
            for surname_sound, given_sound in ((w2, w1), (w1, w2)):  # "Li Jing" = 靖礼 or 李靖
                first = "".join(sorted(c for c in sounds[surname_sound] if c in SURNAMES))
                if not first:
                    continue
                pat = re.compile(f"[{first}][{''.join(sorted(sounds[given_sound]))}]")
                for t in texts:
                    for m in pat.finditer(t):
                        han = m.group(0)
                        if _name_shaped(t, m.start(), han):
                            pairs[han] += 1
            if len(pairs) == 1:
                han = next(iter(pairs))
                out.append(Candidate(han, "person", "romanised", alias=name))
    return out


def _name_shaped(text: str, i: int, han: str) -> bool:
    """Two characters that can be a person's name where they stand: no dictionary word other
    than a name, a word of their own in the paragraph's segmentation."""
    tag = word_tag(han)
    if tag and not tag.startswith("nr"):
        return False
    if text[i + 2:i + 3] and re.match(r"[\u4e00-\u9fff]", text[i + 2]) and word_tag(text[i + 1:i + 3]):
        return False  # "...李经济": the given name is the start of another word
    return _starts_word(text, i, han) or _after_word_boundary(text, i)


def first_name_links(found: dict[str, list[Candidate]], paragraphs) -> dict[str, str]:
    """``Sam`` alone → ``Sam Altman`` when every article that writes ``Sam`` alone names exactly
    one person whose full Latin name starts with it."""
    full = [n for n, cs in found.items() if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", n)
            and kind_votes(cs) == "person"]
    if not full:
        return {}
    firsts: dict[str, set[str]] = defaultdict(set)
    for n in full:
        firsts[n.split()[0]].add(n)
    firsts = {f: o for f, o in firsts.items() if f in found}
    if not firsts:
        return {}
    full_re = re.compile(trie_pattern(full))
    alone = re.compile("(?<![A-Za-z])(" + trie_pattern(firsts) + ")(?![A-Za-z])(?! [A-Z][a-z])")
    targets: dict[str, set] = defaultdict(set)
    for article, ts in _texts_by_article(paragraphs).items():
        lone = {m.group(1) for t in ts for m in alone.finditer(t)}
        if not lone:
            continue
        named = {m.group(0) for t in ts for m in full_re.finditer(t)}
        for first in lone:
            here = firsts[first] & named
            targets[first].add(next(iter(here)) if len(here) == 1 else None)
    return {f: next(iter(t)) for f, t in targets.items() if len(t) == 1 and None not in t}


def edition_links(found: dict[str, list[Candidate]]) -> dict[str, str]:
    """``New Bing`` → ``Bing Chat``: an edition named with "New" is the product whose name
    starts with the same word, when exactly one does."""
    links: dict[str, str] = {}
    for n in found:
        words = n.split()
        if len(words) < 2 or words[0] != "New":
            continue
        targets = [m for m in found if m != n and m.split()[0] == words[1]]
        if len(targets) == 1:
            links[n] = targets[0]
    return links


#: What a company's own service is called after its name ("百度百科", "腾讯会议", "阿里云").
_SERVICE_WORDS = ("智能云", "输入法", "浏览器", "小程序", "百科", "搜索", "地图", "网盘", "贴吧", "翻译",
                  "文库", "会议", "音乐", "邮箱", "支付", "云盘", "文档", "商城", "外卖", "云")


def service_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """A company's name followed by the kind of service it runs (``百度百科``, ``百度搜索``):
    a product, when the company is a name of the corpus and the service word ends a word."""
    orgs = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) and kind_votes(cs) == "org"]
    if not orgs:
        return []
    pattern = re.compile("(" + trie_pattern(orgs) + ")(" +
                         "|".join(_SERVICE_WORDS) + ")")
    out: list[Candidate] = []
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            if not _after_word_boundary(simple, m.start()) and not _token_at(simple, m.start(), m.group(1)):
                continue
            nxt = simple[m.end():m.end() + 1]
            if nxt and re.match(r"[\u4e00-\u9fff]", nxt) and word_tag(m.group(2) + nxt) \
                    and len(m.group(2)) == 1:
                continue  # "阿里云计算" is not 阿里云 + 计算 … keep the service only as a whole word
            out.append(Candidate(m.group(0), "product", "product-word"))
    return out


_OWNED_LATIN = r"([A-Z][A-Za-z0-9]*+(?:[-.][A-Za-z0-9]++)*+(?: \d++(?:\.\d++)?)?)(?![A-Za-z0-9])"


def owned_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """A Latin name after a corpus company's name and 的 (``谷歌的 DreamFusion``, ``PTC 的 Creo``):
    what the company makes, a product."""
    orgs = [n for n, cs in found.items() if kind_votes(cs) == "org" and 2 <= len(n) <= 20]
    if not orgs:
        return []
    pattern = re.compile("(?:" + trie_pattern(orgs) + r")\s?的\s?"
                         + _OWNED_LATIN)
    out: list[Candidate] = []
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            name = m.group(1)
            if name in found and kind_votes(found[name]) == "person":
                continue
            if len(name) >= 2 and not re.fullmatch(r"[A-Z]{1,3}\d*", name):
                out.append(Candidate(name, "product", "owned"))
    return out
