"""Per-article digests: an MMR summary in reading order, keywords, figures, entities, related."""

from __future__ import annotations

import heapq

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .model import Digest, Figure, Related, SummarySentence
from .residue import display_text
from .text import Sentence, cjk_len, content_tokens, dot, is_whole_sentence, norm, tokens, unit

__all__ = ["summarise", "keywords", "article_terms", "related", "make_digest", "reading_minutes"]

MMR_LAMBDA = 0.7


def reading_minutes(article) -> int:
    """About 400 Chinese characters a minute."""
    chars = sum(cjk_len(p.text) for p in article.paragraphs)
    return max(1, math.ceil(chars / 400))


_GREETING = re.compile(r"^(?:hi|hello|你好|您好|大家好|欢迎|各位)", re.I)
_CONNECTIVE = re.compile(r"^(?:而|但|但是|因此|所以|此外|除此之外|除此以外|与此同时|同时|不过|然而|另外|另一方面|于是|"
                         r"对此|其中|比如|例如|再如|\d+[、.．]|[（(]\d+[)）])")


#: A sentence about the document itself ("本合集由…整理", "欢迎你来到…") states no thesis.
_META = re.compile(r"本文|本合集|本期|合集|本报告|本栏目|欢迎|整理汇总|@")
#: A sentence that starts like the tail of another one (an OCR page or a cut paragraph): a
#: function character, or one character then a comma ("前，OpenAI公布…" after a lost "2月15日").
_FRAGMENT_START = re.compile(r"^(?:[月日年号的了着过地得之而且并和与及或，。、；：！？）」』”]|[\u4e00-\u9fff][，、])")
#: Words that attribute speech: a quotation or a first-person sentence needs one to be read alone.
_SPEECH_VERB = re.compile(r"表示|认为|说|指出|称|坦言|直言|强调|提到|透露|介绍|回应|写道|坦承|呼吁|建议|"
                          r"分析|解释|看来|眼中|告诉|谈到|提醒|预计|判断")
#: The first person of a speaker ("我也不认为…", "我们中国人…"); 我国 is the newsroom's own usage.
_FIRST_PERSON = re.compile(r"我(?![国省市区县校院司行军方])|笔者")
#: A sentence that points back at the one before it ("从这个角度来看", "对此", "在此背景下").
_ANAPHORIC = re.compile(r"^(?:从|在|就|对|按|照|据|以|由|基于|鉴于|正因)?(?:这|那|此|该|上述|前述|以上)"
                        r"|^(?:他|她|它|其|公司|对方|后者|前者)")
_OPEN_QUOTE = "“「『\"‘"


def _readable(s: Sentence) -> bool:
    """A sentence that reads on its own: whole, of a sensible length, not a fragment (a cut
    paragraph's tail, unbalanced brackets or quotes), not a greeting or a bare pronoun's."""
    return _readable_text(s.original, s.simple, _first_char(s.paragraph_original))


def _first_char(text: str) -> str:
    """The first characters after any space (without copying a paragraph of megabytes per
    sentence): enough to tell a word (过去, 的确) from a lost sentence's tail (月15日, 前，)."""
    m = _NON_SPACE.search(text)
    return text[m.start():m.start() + 8] if m else ""


_NON_SPACE = re.compile(r"\S")


def _fragment_start(text: str) -> bool:
    """A text that starts like the tail of another one: a function character that is not the
    start of a word ("月15日…", "的…", but not "过去一周", "的确"), or one character and a comma."""
    m = _FRAGMENT_START.match(text)
    if not m:
        return False
    if len(m.group()) == 2:
        return True  # "前，OpenAI…"
    first = tokens(text[:8])
    return not first or len(first[0]) < 2


@lru_cache(maxsize=1 << 16)
def _readable_text(original: str, simple: str, paragraph_start: str) -> bool:
    o = original.strip()
    if not is_whole_sentence(o) or not (15 <= cjk_len(o) <= 150):
        return False
    if _fragment_start(o) or _fragment_start(paragraph_start or "x"):
        return False  # a paragraph that starts mid-sentence is a piece of a page (OCR), all of it
    body = simple.strip()
    if body[:1] in _OPEN_QUOTE:
        # a bare quotation ("「但有機構預估…」") reads as nobody's unless the sentence names its speaker
        closing = max(body.rfind(c) for c in "”」』\"’")
        if closing <= 0 or not _SPEECH_VERB.search(body[closing:]):
            return False
        body = body.lstrip(_OPEN_QUOTE)
    if _ANAPHORIC.match(body) or _GREETING.match(body):
        return False
    first = _FIRST_PERSON.search(body)
    if first and not _SPEECH_VERB.search(body[:first.start()]) and not _stance(body):
        return False  # a first-person conclusion without its speaker (the author's stated view reads)
    for a, b in ("（）", "()", "“”", "「」", "《》"):
        if o.count(a) != o.count(b):
            return False
    return True


#: How much the headline's words weigh in choosing the thesis (more, and side remarks that share a
#: headline word win over the lead).
HEADLINE = 0.8
#: How much an author's own stated position ("我想泼一盆冷水：…", "我恰恰认为…") weighs in
#: choosing the thesis: an opinion column's thesis is the author's view, not the lead's scene.
STANCE = 0.25

#: Someone else's view being reported ("雷军说，…", "有机构认为…", "也有人持相反看法").
_REPORTED_VIEW = re.compile(r"认为|表示|说|称|宣称|声称|主张|强调|看来|解读为|持相反看法|的说法")
#: A sentence answering the one before it: a contrast, or the author disagreeing in the first person.
_REBUTTAL = re.compile(r"^(?:可(?![以能见])|可是|但|但是|然而|不过|其实|事实上|实际上|恰恰|殊不知|问题是)"
                       r"|^[^，。]{0,12}?(?:我|笔者)(?:并不|不|恰恰|倒|却|反而|想|认为)")
#: The author's own position, in the first person or as a verdict ("未必是…更可能是…").
_STANCE = re.compile(r"(?:我|笔者)(?:想|恰恰|倒|更|却|反而|始终|一直)?(?:认为|觉得|以为|判断|相信|主张|"
                     r"泼一盆冷水|并不否认|不否认|并不认为|不认为|想说)|在我看来|坦白说|说到底|归根结底|"
                     r"未必是.{1,30}更可能是|与其说.{1,30}不如说")
#: A sentence that continues the one before it and cannot open a summary line.
_CONTINUES = re.compile(r"^(?:以及|只是|接下来|然后|并且|而且|甚至|还有|除了这|除此|另一方面|首先|其次|再次)")
def _stance(simple: str) -> bool:
    """The author's own position: a stance marker outside any quotation."""
    return bool(_STANCE.search(_unquoted(simple)))


def _unquoted(text: str) -> str:
    """The text with what is inside quotation marks (“…”, 「…」) blanked out (so "我以“X”为题"
    does not read as 我以为)."""
    out, depth = [], 0
    for ch in text:
        if ch in "“「『":
            depth += 1
            out.append("〇")
        elif ch in "”」』" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def _rebutted(sents: list[Sentence]) -> set[int]:
    """Indices (Sentence.index) of views the article reports in order to answer them: a
    sentence giving someone's view, followed in the same or the next paragraph by a
    sentence that opens on a contrast (可/但/事实上/恰恰) or the author disagreeing (我并不…)."""
    out: set[int] = set()
    for a, b in zip(sents, sents[1:]):
        if b.para_index - a.para_index > 1:
            continue
        answer = b.simple.strip()
        author = _stance(answer) or not _SPEECH_VERB.search(_unquoted(answer))  # not another side quoted
        if _REPORTED_VIEW.search(a.simple) and not _stance(a.simple) and author and _REBUTTAL.match(answer):
            out.add(a.index)
    return out
#: A paragraph that starts what follows the article proper: an appendix, further reading, an
#: embedded post's signature.
_APPENDIX = re.compile(r"^\s*(?:另附|附[：:]|附录|相关阅读|延伸阅读|推荐阅读|相关链接|往期回顾|往期推荐|原文链接|"
                       r"责任编辑|编辑[：:]|—+\s*\S+\s*\(@)")


_NUMBERED = re.compile(r"^\s*(?:\d+[、.．]|\d{1,2}[，,](?=\D)|[-*•]\s*|[（(]\d+[)）]|第[一二三四五六七八九十]+[，、,])")
_SECOND_PERSON = re.compile(r"你(?!们公司)|您")


def _body_end(sents: list[Sentence]) -> int:
    """The paragraph index where the article proper ends (before an appendix, an embedded
    post's signature or further reading)."""
    seen: set[int] = set()
    end = max((s.para_index for s in sents), default=0)
    for s in sents:
        if s.para_index in seen:
            continue
        seen.add(s.para_index)
        if s.start == 0 and _APPENDIX.match(s.paragraph_simple[:40]) and s.para_index > 2:
            return max(s.para_index - 1, 0)
    return end


def summarise(sents: list[Sentence], weights: dict[str, float], topic_terms: tuple[str, ...],
              k: int | None = None, salient: set | None = None,
              title: str = "") -> list[tuple[Sentence, str]]:
    """The article's thesis, then its main supporting points: 4–6 whole sentences (fewer when fewer read alone).

    The thesis is the early sentence closest to the headline and to the whole article (the
    lead); a closing sentence that restates it is the conclusion. Supporting points are chosen
    by MMR (central, non-redundant; a little weight for stating a briefing point, ``salient``)
    and kept in reading order. Returns (sentence, role) with role ``thesis``, ``point`` or
    ``conclusion``, thesis first."""
    rebutted = _rebutted(sents)
    # a view the article reports in order to answer it is not what the article argues; a
    # sentence continuing the one before ("以及…", "只是…") cannot open a summary line
    pool = [s for s in sents if _readable(s) and s.index not in rebutted
            and not _CONTINUES.match(display_text(s.simple))]
    if not pool:
        return []
    vecs = [unit({t: weights.get(t, 1.0) for t in content_tokens(s.simple)}) for s in pool]
    head = unit({t: weights.get(t, 1.0) for t in content_tokens(title)}) if title else {}
    n = len(pool)
    # Mean similarity to the rest is v_i · (sum of all v_j) − v_i · v_i over n − 1: one pass over
    # the pool, not a similarity matrix (n² products: hours for an article of 20,000 sentences).
    total: dict[str, float] = {}
    for v in vecs:
        for t, x in v.items():
            total[t] = total.get(t, 0.0) + x
    terms_low = [t.lower() for t in topic_terms]
    cent = []
    for i in range(n):
        c = (dot(vecs[i], total) - dot(vecs[i], vecs[i])) / max(n - 1, 1)
        low = pool[i].simple.lower()
        topic = 0.1 if any(t in low for t in terms_low) else 0
        point = 0.08 if salient and (pool[i].article, pool[i].index) in salient else 0.0
        lean = -0.06 if _CONNECTIVE.match(pool[i].simple) else 0.0
        long = -0.04 if cjk_len(pool[i].original) > 90 else 0.0
        cent.append(c + topic + point + lean + long)
    last = max(s.index for s in sents) or 1
    # the headline's claim wherever it is stated (an OCR page puts it anywhere), else the lead
    # a thesis is the article's claim: not a note about the document, a numbered list item or
    # an instruction to the reader ("4.积极参与群内的讨论，你可能会…")
    stance = [_stance(s.simple) for s in pool]
    candidates = [i for i in range(n) if not _META.search(pool[i].simple)
                  and not _NUMBERED.match(pool[i].simple) and not _SECOND_PERSON.search(pool[i].simple)
                  and (stance[i] or not _CONNECTIVE.match(display_text(pool[i].simple)))] \
        or [i for i in range(n) if not _META.search(pool[i].simple)] or list(range(n))
    # an article whose author states a position early (a column: "我想泼一盆冷水：…") argues
    # that position; its lead may only set the scene
    early = [i for i in candidates if stance[i] and pool[i].index <= 0.3 * last]
    candidates = early or candidates
    thesis = max(candidates, key=lambda i: (cent[i] + HEADLINE * dot(vecs[i], head) + STANCE * stance[i]
                                            + 0.12 * (1 - pool[i].index / last)
                                            + (0.1 if pool[i].para_index == 0 and pool[i].start == 0 else 0),
                                            -i))
    # the conclusion is where the article closes: its last paragraphs before an appendix
    # ("另附：", "相关阅读", an embedded post), the later the better
    end = _body_end(sents)
    first_para = min((s.para_index for s in sents), default=0)
    close_from = end - max(2, round((end - first_para) * 0.1))
    late = [i for i in range(n) if close_from <= pool[i].para_index <= end and i != thesis
            and dot(vecs[i], vecs[thesis]) < 0.6 and not _CONNECTIVE.match(pool[i].simple)
            and not _META.search(pool[i].simple)]
    span = max(end - close_from, 1)
    conclusion = max(late, key=lambda i: (cent[i] + 0.4 * dot(vecs[i], head)
                                          + 0.3 * (pool[i].para_index - close_from) / span, i)) if late else None
    if k is None:
        k = min(6, max(4, round(n / 7)))
    chosen = [thesis] + ([conclusion] if conclusion is not None else [])
    red = [0.0] * n  # the highest similarity of each sentence to one already chosen
    for j in chosen:
        for i in range(n):
            red[i] = max(red[i], dot(vecs[i], vecs[j]))
    while len(chosen) < min(k, n):
        best, best_val = None, -1e9
        for i in range(n):
            if i in chosen:
                continue
            val = MMR_LAMBDA * cent[i] - (1 - MMR_LAMBDA) * red[i]
            if red[i] > 0.6:
                val -= 1.0
            if val > best_val:
                best, best_val = i, val
        chosen.append(best)
        for i in range(n):
            red[i] = max(red[i], dot(vecs[i], vecs[best]))
    points = sorted((i for i in chosen if i not in (thesis, conclusion)), key=lambda i: pool[i].index)
    out = [(pool[thesis], "thesis")] + [(pool[i], "point") for i in points]
    if conclusion is not None:
        out.append((pool[conclusion], "conclusion"))
    return out


@lru_cache(maxsize=1)
def _jieba_idf() -> tuple[dict, float]:
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
            tf.update(_terms_of(s.simple))
    return tf


@lru_cache(maxsize=1 << 16)
def _terms_of(simple: str) -> tuple[str, ...]:
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
            return not (_FUNCTION_EDGE.match(t) or _FUNCTION_EDGE.match(t[-1]))
        return any(_phrase_ok(t[:i], t[i:]) for i in range(2, len(t) - 1))
    return tag.startswith(_KEYWORD_TAGS) and not tag.startswith("nr")


#: Characters that open or close a phrase rather than a word ("某场", "期内", "这款").
_FUNCTION_EDGE = re.compile(r"[某期的了在是这那一个其该此各每本内上下中和与及或就都也还被把将从对为以于而但等们着过]")


def _spread(sents: list[Sentence]) -> Counter:
    """In how many paragraphs of the article each term occurs: a theme recurs across the
    article, an anecdote's word (蜡烛, 小说) sits in one place."""
    where: dict[str, set] = defaultdict(set)
    for s in sents:
        for t in _terms_of(s.simple):
            where[t].add(s.paragraph)
    return Counter({t: len(p) for t, p in where.items()})


def keywords(sents: list[Sentence], exclude: set[str], n: int = 8,
             doc_freq: Counter | None = None, n_docs: int = 1,
             names: list[tuple[str, int, int]] | None = None, forms: set[str] | None = None,
             title: str = "", summary: str = "") -> list[str]:
    """What a reader would search for: the article's most distinctive names first (at most
    half the list: written twice or more, rarer across the corpus first), then its
    themes: words and noun phrases that recur across its paragraphs, weighted by how rare they
    are across the corpus and (damped) in general Chinese, a word of the headline or of the
    summary (``summary``: its sentences, simplified) counting more.

    ``names`` are (name, times written here, articles naming it); ``forms`` are every
    spelling of the names in this article: a word inside one ("联社" in 财联社, "dall" in DALL·E)
    is no keyword."""
    idf, median = _jieba_idf()
    tf = article_terms(sents)
    spread = _spread(sents)
    df = doc_freq or Counter()
    forms = {f.lower() for f in (forms or ()) if f}
    several = max(spread.values(), default=0) >= 2  # a one-paragraph article has no recurrence

    def corpus(t: str, d: int | None = None) -> float:
        d = df.get(t, 1) if d is None else d
        return 0.5 + math.log((n_docs + 1) / max(d, 1)) if n_docs > 1 else 1.0

    out: list[str] = []
    common = max(2, int(n_docs * 0.6)) if n_docs >= 3 else n_docs + 1
    ranked_names = sorted(((name, k, d) for name, k, d in (names or ())
                           if k >= 2 and d < common and name.lower() not in exclude),
                          key=lambda x: (-x[1] * corpus("", x[2]), x[0]))
    for name, _, _ in ranked_names[: n // 2]:
        out.append(name)
    # "视频" in every article says nothing of this one, unless its headline is about it (价格战)
    everywhere = {t for t in tf if n_docs >= 3 and df.get(t, 0) >= n_docs and t not in title}
    joined = "\x00".join(forms)

    def score(t: str) -> float:
        return spread[t] * idf.get(t, median) * corpus(t) * (2.0 if t in title else 1.5 if t in summary else 1.0)

    def specific(t: str) -> bool:
        """A two-character word outside the headline (话题, 影片, 场景) is
        everyday unless the article keeps writing it and it is rare in general Chinese."""
        return len(t) >= 3 or t in title or (tf[t] >= 3 and idf.get(t, median) >= 8.0)

    pool = [t for t in tf if _term_ok(t) and specific(t) and t not in everywhere and t not in joined
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
        # its rarer words written once, still never everyday or corpus-wide words
        once = sorted(((name, d) for name, k, d in (names or ()) if k == 1 and d < common
                       and name.lower() not in exclude and len(name) >= 2),
                      key=lambda x: (x[1], x[0]))
        for name, _ in once:
            if len(out) >= n or sum(1 for o in out if o in {x for x, *_ in names or ()}) >= n // 2:
                break
            if not any(name.lower() in o.lower() or o.lower() in name.lower() for o in out):
                out.append(name)
        rest = [t for t in tf if t not in out and _term_ok(t) and t not in everywhere and t not in joined
                and not t.endswith("说")  # 坦白说, 老实说: a way of speaking
                and len(t) >= 3 and _known(t) and idf.get(t, median) >= _COMMON_IDF + 1
                and not any(t in o.lower() or o.lower() in t for o in out) and t not in exclude
                and not any(t in x for x in longer) and not _piece_of_a_word(t, whole)]
        for t in sorted(rest, key=lambda t: (-score(t), t))[: n - len(out)]:
            out.append(t)
    return out


@lru_cache(maxsize=1 << 16)
def _known(t: str) -> bool:
    from .namefind import word_tag

    return bool(word_tag(t))


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


class CorpusIndex:
    """Who shares what, built once per analysis, so each digest costs the same at any corpus
    size (looking points, figures and entities up per article was quadratic)."""

    def __init__(self, points, figures, entities, n_articles: int) -> None:
        self.points_of: dict[str, list[str]] = defaultdict(list)
        self.articles_of_point: dict[str, set[str]] = {}
        for p in points:
            arts = set(p.articles)
            self.articles_of_point[p.id] = arts
            for a in p.articles:
                self.points_of[a].append(p.id)
        self.figures_of: dict[str, list[Figure]] = defaultdict(list)
        self.figkeys_of: dict[str, set[str]] = defaultdict(set)
        self.articles_of_figkey: dict[str, set[str]] = defaultdict(set)
        for f in figures:
            self.figures_of[f.article].append(f)
            if f.kind != "count":
                self.figkeys_of[f.article].add(f.key)
                self.articles_of_figkey[f.key].add(f.article)
        self.mentions_of: dict[str, Counter] = defaultdict(Counter)
        self.articles_of_entity: dict[str, set[str]] = {}
        self.forms_of: dict[str, set[str]] = defaultdict(set)
        self.bylined_of: dict[str, set[str]] = defaultdict(set)
        self.spellings: dict[str, tuple[str, ...]] = {}
        for e in entities:
            self.spellings[e.name] = (e.name, *e.aliases)
            self.articles_of_entity[e.name] = set(e.articles)
            for m in e.mentions:
                if not m.paragraph:  # the article's byline (its outlet or author): not a keyword
                    self.bylined_of[m.article].add(e.name)
                self.mentions_of[m.article][e.name] += 1
                # a role's words ("工业专委会主任") describe a person, they are no keyword either
                self.forms_of[m.article].update((e.name, m.surface, *e.aliases, e.role))
        # Shared by a fifth of a large corpus, a name or figure says nothing about two articles.
        self.common = max(10, n_articles // 5)


def related(slug: str, index: CorpusIndex, limit: int = 8) -> list[Related]:
    """Other articles sharing points, figures or entities with this one, strongest first.

    Counted per other article with C-speed counters, and only the ``limit`` strongest get their
    shared items listed: an article in a point cited by hundreds of articles shares it with each
    of them (building every pair's lists made the digests quadratic in the corpus)."""
    pids = index.points_of.get(slug, ())
    figkeys = [key for key in sorted(index.figkeys_of.get(slug, ()))
               if len(index.articles_of_figkey[key]) <= index.common]
    names = [name for name in index.mentions_of.get(slug, ())
             if len(index.articles_of_entity.get(name, ())) <= index.common]
    n_pts, n_figs, n_ents = Counter(), Counter(), Counter()
    for pid in pids:
        n_pts.update(index.articles_of_point[pid])
    for key in figkeys:
        n_figs.update(index.articles_of_figkey[key])
    for name in names:
        n_ents.update(index.articles_of_entity.get(name, ()))
    scores = {}
    for counts, weight in ((n_pts, 3), (n_figs, 1), (n_ents, 0.5)):
        for other, k in counts.items():
            scores[other] = scores.get(other, 0.0) + weight * k  # a float, as before
    scores.pop(slug, None)
    best = heapq.nsmallest(limit, ((-round(score, 2), other) for other, score in scores.items()
                                   if score > 0))
    out = []
    for neg, other in best:
        pts = tuple(pid for pid in pids if other in index.articles_of_point[pid])
        figs = tuple(sorted(key for key in figkeys if other in index.articles_of_figkey[key]))
        ents = tuple(name for name in names if other in index.articles_of_entity.get(name, ()))
        out.append(Related(other, -neg, pts, figs, ents))
    return out


def make_digest(article, sents: list[Sentence], weights, tax, index: CorpusIndex, slugs,
                simple_of, warnings: list[str], doc_freq: Counter | None = None,
                salient: set | None = None) -> Digest:
    """Assemble one article's digest; an editor-pinned summary wins over the automatic one."""
    if article.summary:
        summary = []
        for text in article.summary:
            pid = _locate(text, article, simple_of)
            if not pid:
                warnings.append(f"{article.slug}: pinned summary sentence matches no paragraph: {text[:30]}")
            summary.append(SummarySentence(text, pid, pinned=True))
    else:
        summary = [SummarySentence(display_text(s.original), s.paragraph, role=role)
                   for s, role in summarise(sents, weights, tax.topic_terms, salient=salient,
                                            title=simple_of(article.title or ""))]
    figs = tuple(index.figures_of.get(article.slug, ()))
    counts = index.mentions_of.get(article.slug, Counter())
    ents = tuple(sorted(counts, key=lambda name: -counts[name]))
    whole = "".join(s.simple for s in sents)
    kws = keywords(sents, {t.lower() for t in tax.topic_terms}, doc_freq=doc_freq, n_docs=len(slugs),
                   names=[(e, _occurrences(whole, index.spellings.get(e, (e,))),
                           len(index.articles_of_entity.get(e, ()))) for e in ents
                          if e not in index.bylined_of.get(article.slug, ())],
                   forms={simple_of(f) for f in index.forms_of.get(article.slug, ())},
                   title=simple_of(article.title or ""),
                   summary=simple_of("".join(s.text for s in summary)))
    pts = tuple(index.points_of.get(article.slug, ()))
    return Digest(article=article.slug, summary=tuple(summary), figures=figs, entities=ents,
                  keywords=tuple(kws), points=pts,
                  related=tuple(related(article.slug, index)),
                  reading_minutes=reading_minutes(article))


def _occurrences(text: str, spellings) -> int:
    """How many times the article writes a name (any of its spellings)."""
    return sum(text.count(x) for x in set(spellings) if x)


def _locate(text: str, article, simple_of) -> str:
    """Paragraph id whose text contains (most of) an editor's sentence; '' if none."""
    target = norm(simple_of(text)).strip("。！？")
    if not target:
        return ""
    best, best_score = "", 0.0
    grams = {target[i:i + 2] for i in range(len(target) - 1)}
    for p in article.paragraphs:
        ps = norm(simple_of(p.text))
        if target in ps:
            return p.id
        if grams:
            score = sum(1 for g in grams if g in ps) / len(grams)
            if score > best_score:
                best, best_score = p.id, score
    return best if best_score >= 0.6 else ""
