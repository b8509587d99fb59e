"""Per-article digests: an MMR summary in reading order, keywords, figures, entities, related."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .model import Digest, Figure, Related, SummarySentence
from .text import Sentence, cjk_len, content_tokens, dot, is_whole_sentence, norm, unit

__all__ = ["summarise", "keywords", "article_terms", "related", "make_digest", "reading_minutes"]

MMR_LAMBDA = 0.7


def reading_minutes(article) -> int:
    """About 400 Chinese characters a minute."""
    chars = sum(cjk_len(p.text) for p in article.paragraphs)
    return max(1, math.ceil(chars / 400))


_GREETING = re.compile(r"^(?:hi|hello|你好|您好|大家好|欢迎|各位)", re.I)
_CONNECTIVE = re.compile(r"^(?:而|但|但是|因此|所以|此外|同时|不过|然而|另外|于是|对此|其中|\d+[、.．]|[（(]\d+[)）])")


def summarise(sents: list[Sentence], weights: dict[str, float], topic_terms: tuple[str, ...],
              k: int | None = None, salient: set | None = None) -> list[Sentence]:
    """3–6 central, non-redundant whole sentences (MMR) from the whole article, in reading order.

    Centrality is the mean similarity to the rest of the article; a sentence gains a little for
    naming the topic, for stating one of the briefing's points (``salient``: (article, index)
    pairs) and for being the lede; a sentence opening with a connective, which leans on the one
    before it, loses a little. No other position bias: the summary covers the whole text."""
    pool = [s for s in sents if is_whole_sentence(s.original) and 15 <= cjk_len(s.original) <= 150
            and not re.match(r"^[“「]?(?:这|那|他|她|它|此|该)", s.simple)
            and not _GREETING.match(s.simple.strip())]
    if not pool:
        return []
    vecs = [unit({t: weights.get(t, 1.0) for t in content_tokens(s.simple)}) for s in pool]
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
        s_low = pool[i].simple.lower()
        topic = 0.1 if any(t in s_low for t in terms_low) else 0
        lede = 0.05 if pool[i].para_index == 0 else 0.0
        point = 0.08 if salient and (pool[i].article, pool[i].index) in salient else 0.0
        lean = -0.06 if _CONNECTIVE.match(pool[i].simple) else 0.0
        cent.append(c + topic + lede + point + lean)
    if k is None:
        k = min(6, max(3, round(n / 8)))
    chosen: list[int] = []
    red = [0.0] * n  # the highest similarity of each sentence to one already chosen
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
    return [pool[i] for i in sorted(chosen, key=lambda i: pool[i].index)]


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
    """Term frequencies of an article's content words (two characters or more, no bare numbers)."""
    tf: Counter = Counter()
    for s in sents:
        if is_whole_sentence(s.original) or cjk_len(s.original) >= 8:
            tf.update(t for t in content_tokens(s.simple) if len(t) >= 2 and not t.isdigit())
    return tf


def keywords(sents: list[Sentence], exclude: set[str], n: int = 8,
             doc_freq: Counter | None = None, n_docs: int = 1) -> list[str]:
    """The article's most distinctive words: term frequency × general IDF (jieba's table) ×
    corpus IDF (how few of the corpus's articles use the word), entity names left out.

    The corpus factor is what keeps words every article shares ("视频", "模型") out."""
    idf, median = _jieba_idf()
    tf = article_terms(sents)
    df = doc_freq or Counter()

    def corpus(t: str) -> float:
        return 0.5 + math.log((n_docs + 1) / max(df.get(t, 1), 1)) if n_docs > 1 else 1.0

    # a keyword is said more than once (words said once come last), and is no part of a name
    names = [e for e in exclude if len(e) >= 2]
    scored = sorted((t for t in tf if not any(t in e for e in names)),
                    key=lambda t: (tf[t] < 2, -tf[t] * idf.get(t, median) * corpus(t), t))
    out = []
    for t in scored:
        if t in exclude or any(t in o or o in t for o in out) or re.fullmatch(r"[a-z]{1,2}", t):
            continue
        out.append(t)
        if len(out) == n:
            break
    return out


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
        for e in entities:
            self.articles_of_entity[e.name] = set(e.articles)
            for m in e.mentions:
                self.mentions_of[m.article][e.name] += 1
        # Shared by a fifth of a large corpus, a name or figure says nothing about two articles.
        self.common = max(10, n_articles // 5)


def related(slug: str, index: CorpusIndex, limit: int = 8) -> list[Related]:
    """Other articles sharing points, figures or entities with this one, strongest first."""
    shared: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    for pid in index.points_of.get(slug, ()):
        for other in index.articles_of_point[pid]:
            shared[other][0].append(pid)
    for key in sorted(index.figkeys_of.get(slug, ())):
        arts = index.articles_of_figkey[key]
        if len(arts) <= index.common:
            for other in arts:
                shared[other][1].append(key)
    for name in index.mentions_of.get(slug, ()):
        arts = index.articles_of_entity.get(name, ())
        if len(arts) <= index.common:
            for other in arts:
                shared[other][2].append(name)
    out = []
    for other, (pts, figs, ents) in shared.items():
        if other == slug:
            continue
        score = 3 * len(pts) + len(figs) + 0.5 * len(ents)
        if score > 0:
            out.append(Related(other, round(score, 2), tuple(pts), tuple(sorted(figs)),
                               tuple(ents)))
    out.sort(key=lambda r: (-r.score, r.article))
    return out[:limit]


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
        summary = [SummarySentence(s.original, s.paragraph)
                   for s in summarise(sents, weights, tax.topic_terms, salient=salient)]
    figs = tuple(index.figures_of.get(article.slug, ()))
    counts = index.mentions_of.get(article.slug, Counter())
    ents = tuple(sorted(counts, key=lambda name: -counts[name]))
    kws = keywords(sents, {e.lower() for e in ents} | {t.lower() for t in tax.topic_terms},
                   doc_freq=doc_freq, n_docs=len(slugs))
    pts = tuple(index.points_of.get(article.slug, ()))
    return Digest(article=article.slug, summary=tuple(summary), figures=figs, entities=ents,
                  keywords=tuple(kws), points=pts,
                  related=tuple(related(article.slug, index)),
                  reading_minutes=reading_minutes(article))


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
