"""A digest's keywords: what a reader would search for — the article's distinctive names, then
words and noun phrases that recur across its paragraphs, rare in the corpus and in general
Chinese (jieba's IDF), a word of the headline first."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .keysearch import not_a_term, searched_forms
from .text import Sentence, cjk_len, content_tokens, is_whole_sentence, tokens

__all__ = ["keywords", "article_terms", "terms_of", "jieba_idf"]


@lru_cache(maxsize=1)
def jieba_idf() -> tuple[dict, float]:
    """jieba's bundled IDF table, read directly (importing jieba.analyse costs ~1.5 s)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).parent / "analyse" / "idf.txt" if spec and spec.origin else None
    table: dict[str, float] = {}
    if path and path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition(" ")
            try:
                table[word] = float(value)
            except ValueError:
                continue
    values = sorted(table.values())
    return table, (values[len(values) // 2] if values else 10.0)


def article_terms(sents: list[Sentence]) -> Counter:
    """Term frequencies of an article's content words (two characters or more, no bare numbers)
    and of its two-word noun phrases ("算力需求", "使用成本")."""
    tf: Counter = Counter()
    for s in sents:
        if is_whole_sentence(s.original) or cjk_len(s.original) >= 8:
            tf.update(terms_of(s.simple))
    return tf


@lru_cache(maxsize=1 << 16)
def terms_of(simple: str) -> tuple[str, ...]:
    """The terms of a simplified sentence: its content words of two characters or more (no bare
    numbers) and its noun phrases of two dictionary words ("境外债权人", "融资协调")."""
    words = [t for t in content_tokens(simple) if len(t) >= 2 and not t.isdigit()]
    toks = tokens(simple)
    phrases = [a + b for a, b in zip(toks, toks[1:])
               if _phrase_ok(a, b) and len(a) + len(b) <= 6]
    return tuple(words + phrases)


@lru_cache(maxsize=1 << 16)
def _phrase_ok(a: str, b: str) -> bool:
    """Two dictionary words that make one noun phrase: a noun (or verbal noun) then a noun."""
    from .namefind import word_tag

    if not (re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", b)):
        return False
    ta, tb = word_tag(a), word_tag(b)
    return ta.startswith(("n", "vn")) and not ta.startswith("nr") and tb in ("n", "vn", "nz")


#: How much more a person's name weighs than a body's written as often, among an article's keywords.
PERSON = 1.5
#: jieba's IDF below which a headline's word is too everyday to be a keyword for being in the headline (影响 4.0).
HEADLINE_IDF = 5.5
#: How many times an article writes a word the whole corpus writes for it to be one of its themes still.
THEME = 10
#: jieba's IDF below which a word is everyday vocabulary (技术 4.7, 能力 4.9, 信息 5.3, 新闻 5.9).
_COMMON_IDF = 6.0
_KEYWORD_TAGS = ("n", "nz", "nt", "ns", "vn", "j")  # not idioms (i, l: 深远影响, 鸡兔同笼)


@lru_cache(maxsize=1 << 16)
def _term_ok(t: str) -> bool:
    """A word a reader would search for: a noun-like Chinese dictionary word (not "期内",
    "某场") or a noun phrase of two; Latin words come in as names only (markup residue such as
    "img", "src" never)."""
    from .namefind import word_tag

    if len(t) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", t):
        return False
    tag = word_tag(t)
    if not tag:
        if len(t) <= 3:  # a new word jieba found ("算力", "套壳", "邀请码"), not a function word's piece
            # nor a date's tail ("日起" of 11月20日起)
            return not (_FUNCTION_EDGE.match(t) or _FUNCTION_EDGE.match(t[-1]) or t[0] in "日月年号时")
        return any(_phrase_ok(t[:i], t[i:]) for i in range(2, len(t) - 1))
    return tag.startswith(_KEYWORD_TAGS) and not tag.startswith("nr")


#: Words a reader does not search for because they name a category, not a thing: a role or a
#: kind of person or party (消费者, 从业者, 出口商, 理货员, 日方), a quality (一致性, 情绪化), and
#: a phrase whose head is a generic noun (资本市场, 视频领域, 头部企业, 出口总额, 技术发展).
_CATEGORY_END = re.compile(r"(?:者|商|员|方|性|化|领域|市场|企业|行业|产业|方面|问题|情况|水平|模式|总额|发展|能力|地区|朋友|"
                           r"时代|趋势|方式|人士|机构|公司|部门|板块|平台|环境|因素|角度|视角)$")


def generic(t: str) -> bool:
    """A category word or a phrase with a generic head: no keyword (``_CATEGORY_END``)."""
    return bool(_CATEGORY_END.search(t))


#: Characters that open or close a phrase rather than a word ("某场", "期内", "这款").
_FUNCTION_EDGE = re.compile(r"[某期的了在是这那一个其该此各每本内上下中和与及或就都也还被把将从对为以于而但等们着过]")


def _spread(sents: list[Sentence]) -> Counter:
    """In how many paragraphs of the article each term occurs: a theme recurs across the
    article, an anecdote's word (蜡烛, 小说) sits in one place."""
    where: dict[str, set] = defaultdict(set)
    for s in sents:
        for t in terms_of(s.simple):
            where[t].add(s.paragraph)
    return Counter({t: len(p) for t, p in where.items()})


def keywords(sents: list[Sentence], exclude: set[str], n: int = 8,
             doc_freq: Counter | None = None, n_docs: int = 1,
             names: list[tuple[str, int, int]] | None = None, forms: set[str] | None = None,
             title: str = "", summary: str = "", topic: tuple[str, ...] = (),
             people: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """What a reader would search for: the article's most distinctive names first (at most
    half the list: written twice or more, rarer across the corpus first), then its
    themes: words and noun phrases that recur across its paragraphs, weighted by how rare they
    are across the corpus and (damped) in general Chinese, a word of the headline or of the
    summary (``summary``: its sentences, simplified) counting more.

    ``names`` are (name, times written here, articles naming it); ``forms`` are every
    spelling of the names in this article: a word inside one ("联社" in 财联社, "dall" in DALL·E)
    is no keyword. ``topic`` are the topic's own terms (simplified, the editor's taxonomy): those
    the article writes twice or more, or in its headline, come right after the names, two at most
    (a reader searches 预制菜 or 冰雪大世界, whatever else the article is about). ``people``: the names
    that are people's (a person is the article's voice: ranked before a body written as often, and
    never read as a clause's piece, 于洪雷 is no "于" + name); then a word of the headline the body
    writes twice or more (成本 of "Sora使用成本高"), and a theme the whole corpus writes that this
    article keeps returning to (算力 ten times or more)."""
    idf, median = jieba_idf()
    tf = article_terms(sents)
    # a transcript's or an interview's turn labels ("主持人：", "来宾（…）：", "记者：") are the form's
    # furniture, not what the article is about
    # (a person's name used as the label, "区志恒：", stays a keyword)
    exclude = set(exclude) | (_turn_labels(sents) - {name for name, *_ in names or ()})
    spread = _spread(sents)
    df = doc_freq or Counter()
    forms = {f.lower() for f in (forms or ()) if f}
    several = max(spread.values(), default=0) >= 2  # a one-paragraph article has no recurrence

    def corpus(t: str, d: int | None = None) -> float:
        d = df.get(t, 1) if d is None else d
        return 0.5 + math.log((n_docs + 1) / max(d, 1)) if n_docs > 1 else 1.0

    out: list[str] = []
    common = max(2, int(n_docs * 0.6)) if n_docs >= 3 else n_docs + 1
    names = [(name, k, d) for name, k, d in (names or ())
             if (name in people or not name_fragment(name)) and not not_a_term(name)]
    ranked_names = sorted(((name, k, d) for name, k, d in (names or ())
                           if k >= 2 and d < common and name.lower() not in exclude),
                          key=lambda x: (-x[1] * corpus("", x[2]) * (PERSON if x[0] in people else 1.0), x[0]))
    whole_text = "".join(s.simple for s in sents)
    ranked_names = [x for x in ranked_names if not _inside_a_word(x[0], whole_text)]
    for name, _, _ in ranked_names[: n // 2]:
        out.append(name)
    # "视频" in every article says nothing of this one, unless its headline is about it (价格战)
    # (...nor a word the article keeps returning to, rare in general Chinese: 算力 written ten times or more)
    everywhere = {t for t in tf if n_docs >= 3 and df.get(t, 0) >= n_docs and t not in title
                  and not (tf[t] >= THEME and idf.get(t, median) >= 8.0)}
    # ...but the topic's own terms (预制菜, 阿奇霉素: rare in general Chinese, three characters or more, in
    # most of the corpus and written here again and again) are what a reader searches for: one or two
    # of them, after the names
    topical = sorted((t for t in tf if n_docs >= 3 and df.get(t, 0) >= common and tf[t] >= 3 and len(t) >= 3
                      and _term_ok(t) and not generic(t) and idf.get(t, median) >= 10.0 and t not in "\x00".join(forms)
                      and t.lower() not in exclude and not name_fragment(t)),
                     key=lambda t: (-tf[t], t))
    joined = "\x00".join(forms)
    # the topic's own terms the article writes, the most written first (of two that overlap, 预制菜 and
    # 预制菜进校园, the one written more: the loop below takes no keyword inside another)
    low_text = whole_text.lower() if topic else ""
    here = {t: low_text.count(t.lower()) + (2 if t.lower() in title.lower() else 0) for t in topic if len(t) >= 2}
    named = sorted((t for t, k in here.items() if k >= 2), key=lambda t: (-here[t], -len(t), t))
    topical = named + [t for t in topical if t not in named]

    def score(t: str) -> float:
        return spread[t] * idf.get(t, median) * corpus(t) * (2.0 if t in title else 1.5 if t in summary else 1.0)

    def specific(t: str) -> bool:
        """A two-character word outside the headline (话题, 影片, 场景) is
        everyday unless the article keeps writing it and it is rare in general Chinese."""
        return len(t) >= 3 or t in title or (tf[t] >= 3 and idf.get(t, median) >= 8.0)

    pool = [t for t in tf if _term_ok(t) and specific(t) and t not in everywhere and t not in joined
            and not generic(t)
            and (len(t) >= 4 or tf[t] >= 3 or _known(t))  # a new word counts when it recurs
            and (spread[t] >= 2 or not several or tf[t] >= 3)
            and (idf.get(t, median) >= _COMMON_IDF or t in title)]  # not 技术, 能力, 信息
    names_here = {f for f in forms | {x.lower() for x in exclude} if len(f) >= 3}
    # a phrase that runs into a name ("调用文心" before 文心一言) is cut in the wrong place
    pool = [t for t in pool if not any(n.startswith(t[i:]) and len(t) - i >= 2
                                       for i in range(1, len(t) - 1) for n in names_here)]
    phrases = [t for t in pool if len(t) >= 4]
    # a word nearly always written inside one phrase ("文生" in 文生视频) is that phrase's piece
    pool = [t for t in pool if not any(t in p and p != t and tf[p] >= 0.8 * tf[t] for p in phrases)]
    whole = "".join(s.simple for s in sents)
    longer = [x for x in exclude if len(x) >= 3]
    for t in topical:
        if sum(1 for o in out if o in topical) >= 2 or len(out) >= n // 2 + 2:
            break
        if not any(t in o.lower() or o.lower() in t for o in out) and (t in named or not any(t in x for x in longer)) \
                and not _piece_of_a_word(t, whole):
            out.append(t)
    # (after the topic's own terms) a phrase the article keeps quoting ("牺牲涿州保北京") and an identifier
    # (K396, C919): searched as written
    for t in searched_forms(whole_text, title)[:2]:
        if not any(t.lower() in o.lower() or o.lower() in t.lower() for o in out) and t.lower() not in exclude:
            out.append(t)
    # (then the headline's own word the body keeps writing: what the headline says the article is about)
    # (not an everyday word, 影响: jieba's IDF 5.5 or more, 成本 5.8)
    for t in sorted((t for t in pool if t in title and tf[t] >= 2 and idf.get(t, median) >= HEADLINE_IDF),
                    key=lambda t: (-score(t), t))[:1]:
        if len(out) < n and t not in exclude and not any(t in o.lower() or o.lower() in t for o in out) \
                and not any(t in x for x in longer) and not _piece_of_a_word(t, whole):
            out.append(t)
    for t in sorted(pool, key=lambda t: (-score(t), t)):
        if t in exclude or any(t in o.lower() or o.lower() in t for o in out):
            continue
        if any(t in x for x in longer) or _piece_of_a_word(t, whole):
            continue  # "文生" of 文生视频, "模态" of 多模态, "联社" of 财联社
        out.append(t)
        if len(out) == n:
            break
    if len(out) < n and several:
        # a short article repeats little: its distinctive names written once (花旗, 杰富瑞), then
        # its rarer words written twice, still never everyday or corpus-wide words (a word written
        # once, "生日蛋糕" in an anecdote, is not what the article is about: a shorter list is better)
        once = sorted(((name, d) for name, k, d in (names or ()) if k == 1 and d < common
                       and name.lower() not in exclude and len(name) >= 2 and not _inside_a_word(name, whole)),
                      key=lambda x: (x[1], x[0]))
        for name, _ in once:
            if len(out) >= n or sum(1 for o in out if o in {x for x, *_ in names or ()}) >= n // 2:
                break
            if not any(name.lower() in o.lower() or o.lower() in name.lower() for o in out):
                out.append(name)
        rest = [t for t in tf if t not in out and _term_ok(t) and t not in everywhere and t not in joined
                and not generic(t)
                and not t.endswith("说")  # 坦白说, 老实说: a way of speaking
                and len(t) >= 3 and tf[t] >= 2 and _known(t) and idf.get(t, median) >= _COMMON_IDF + 1
                and not any(t in o.lower() or o.lower() in t for o in out) and t not in exclude
                and not any(t in x for x in longer) and not _piece_of_a_word(t, whole)]
        for t in sorted(rest, key=lambda t: (-score(t), t))[: n - len(out)]:
            out.append(t)
    return out


_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{1,5})\s*[（(：:]")


def _turn_labels(sents: list[Sentence]) -> set[str]:
    """Words that open two paragraphs or more as a label ("主持人：", "来宾（…）：")."""
    seen: Counter = Counter()
    for s in sents:
        if s.start == 0:
            m = _LABEL.match(s.paragraph_simple[:40])
            if m:
                seen[m.group(1)] += 1
    return {w for w, k in seen.items() if k >= 2}


#: jieba's tags of words that make a name a piece of a clause: a verb, an adverb, a conjunction, a
#: preposition, a pronoun ("仍取决于内地法院", "若公司股份", "短期内获得内地法院").
_CLAUSE_TAGS = re.compile(r"^(?:v|vd|d|c|p|r|zg|u|ul|uj)$")


@lru_cache(maxsize=1 << 12)
def name_fragment(name: str) -> bool:
    """A name from the index that reads as a piece of a clause, not something a reader searches
    (a reader searches 恒大地产, not 影响恒大地产)."""
    from .namewords import word_tag

    if not re.search(r"[\u4e00-\u9fff]", name):
        return False
    words = [w for w in tokens(name) if w.strip()]
    if len(words) < 2:
        return False
    tags = [word_tag(w) for w in words]
    # a verb inside ("仍取决于内地法院", "短期内获得内地法院"; a name may open on one: 生财有术), a
    # conjunction or an adverb opening it ("若公司股份", "仍…"), a verbal noun before a name and its
    # kind ("影响恒大地产")
    inside = any(_CLAUSE_TAGS.match(t) and len(w) >= 2 for w, t in list(zip(words, tags))[1:-1])
    opens = len(words[0]) == 1 and tags[0] in ("c", "d", "p", "zg", "r")
    return inside or opens or (tags[0] == "vn" and len(words) >= 3)


@lru_cache(maxsize=1 << 16)
def _known(t: str) -> bool:
    from .namefind import word_tag

    return bool(word_tag(t))


def _inside_a_word(t: str, text: str) -> bool:
    """A term every place of which is the opening or the end of a longer dictionary word ("严格来" of
    严格来说): a cut word, no keyword. Unknown words only (a dictionary word is a word)."""
    if _known(t) or not re.fullmatch(r"[\u4e00-\u9fff]{2,}", t):
        return False
    at, seen, inside = text.find(t), 0, 0
    while at >= 0 and seen < 20:
        seen += 1
        end = at + len(t)
        if any(_known(text[a:b]) for a, b in ((at, end + 1), (at, end + 2), (at - 1, end), (at - 2, end)) if a >= 0):
            inside += 1
        at = text.find(t, end)
    return seen > 0 and inside == seen


def _piece_of_a_word(t: str, text: str) -> bool:
    """A term the article nearly always writes with the same character before it or after it
    ("模态" in 多模态, "文生" in 文生视频) is a piece of a longer word, no keyword."""
    before: Counter = Counter()
    after: Counter = Counter()
    at, seen = text.find(t), 0
    while at >= 0 and seen < 200:  # the first 200 places are enough to tell
        seen += 1
        before[text[at - 1] if at > 0 else ""] += 1
        after[text[at + len(t):at + len(t) + 1]] += 1
        at = text.find(t, at + len(t))
    if seen < 2:
        return False
    for side in (before, after):
        ch, k = side.most_common(1)[0]
        if re.fullmatch(r"[\u4e00-\u9fff]", ch or "") and k >= 0.8 * seen:
            return True
    return False
