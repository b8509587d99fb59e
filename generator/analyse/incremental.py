"""The analysis split in two: what depends on one article, cached; the corpus step, recomputed.

``analyse()`` (``analyse/__init__.py``) runs in two steps:

1. **Per article** (``article_parts``): the article's sentences (minus the paragraphs an editor
   dropped), who speaks each sentence, its candidate claims (classified, on topic, not a card of
   fields) and its term frequencies. None of these look at another
   article, so each is kept by a key over the article itself, the editor files and the code
   (``part_key``) and reused while the key holds.
2. **Corpus** (the rest of ``analyse()``): idf weights (over the sentence count on a grid,
   ``idfbase``, so one edit moves only its own words' weights), boilerplate shared by 3+ articles,
   grouping into points, coverage counts, related coverage, contentions, figures, events, entity
   merging and the digests, all of which depend on corpus statistics, recomputed on every run
   from the parts.

The cache is data: a dict ``key → pickled ArticlePart`` handed in by the caller and handed back
(pruned to the articles analysed) by ``analyse_cached``; only ``writers.py`` puts it on disk
(``pipeline.py`` does, like the build cache). Entries are pickled so that the corpus step, which
annotates candidates in place, never changes what is kept. A cached run gives exactly the cold
run's analysis (``tests/test_incremental.py`` checks ``corpus.json`` byte for byte over random
sequences of edits, additions and deletions).
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..articlekey import article_digest, forget
from .claims import candidates, furniture
from .digest import article_terms
from .text import Sentence, sentences_of

__all__ = ["ArticlePart", "PartCache", "article_parts", "corpus_candidates", "merge_speakers",
           "analyse_cached", "code_version"]


@dataclass
class ArticlePart:
    """What the analysis makes of one article on its own."""

    sentences: list[Sentence]
    """Its sentences, without the paragraphs the editor dropped (``overrides.yml``)."""
    speakers: dict
    """``(slug, sentence index) → (Speaker,)`` where the text attributes the sentence."""
    found: list
    """``(name, role, kind)`` of every attribution, in text order (for the name index)."""
    roles: dict
    """Name → the first role the article gives it."""
    candidates: list
    """Candidate claims, before the corpus-wide boilerplate filter."""
    terms: object
    """Term frequencies (``digest.article_terms``)."""


@dataclass
class PartCache:
    """The per-article cache during one analysis: ``entries`` in (key → pickled part), ``used``
    out (only the keys this run needed, so deleted articles drop out)."""

    entries: dict[str, bytes] = field(default_factory=dict)
    used: dict[str, bytes] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0
    keys: dict[str, str] = field(default_factory=dict)
    """Each article's part key this run, by slug (``digestmemo`` keys an article's digest on it)."""


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the analysis code and the text libraries: a changed analyser misses every entry."""
    from importlib import metadata

    h = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.parent.glob("*.py")) + sorted(package.rglob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    for lib in ("jieba", "opencc"):
        try:
            h.update(f"{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return h.hexdigest()


def editor_key(*paths: Path | None) -> str:
    """A hash of the editor files the per-article step reads (taxonomy, names, overrides)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path).encode() + b"\0")
        try:
            h.update(Path(path).read_bytes() if path else b"-")
        except OSError:
            h.update(b"absent")
    return h.hexdigest()


def part_key(article, dropped: frozenset, editor: str) -> str:
    """The key of one article's part: the article (every field), the paragraphs dropped from
    it, the editor files and the code."""
    h = hashlib.sha256(code_version().encode() + editor.encode())
    h.update(article_digest(article))  # (made once per build, shared with the render cache)
    h.update(repr(sorted(dropped)).encode())
    return h.hexdigest()


def _make_part(article, simple_of, dropped: frozenset, titles, tax) -> ArticlePart:
    from . import _speakers

    sents = [s for s in sentences_of(article, simple_of) if (s.article, s.paragraph) not in dropped]
    by_sentence, found, roles = _speakers([article], {article.slug: sents}, titles, tax)
    from .outletvoice import withheld_items  # a news item's "有玩家反映…": someone's, unnamed

    spoken = frozenset(by_sentence) | withheld_items(article, sents)
    return ArticlePart(sentences=sents, speakers=by_sentence, found=found, roles=roles,
                       candidates=candidates(sents, tax, spoken), terms=article_terms(sents))


def article_parts(articles, tax, dropped: set, converters: dict, titles,
                  cache: PartCache | None = None, editor: str = "") -> list[ArticlePart]:
    """Each article's part, from ``cache`` where its key is there, else made (and added)."""
    out = []
    for a in articles:
        mine = frozenset(k for k in dropped if k[0] == a.slug)
        if cache is None:
            out.append(_make_part(a, converters[a.slug], mine, titles, tax))
            continue
        key = part_key(a, mine, editor)
        cache.keys[a.slug] = key
        blob = cache.entries.get(key) or cache.used.get(key)
        if blob is None:
            cache.misses += 1
            blob = pickle.dumps(_make_part(a, converters[a.slug], mine, titles, tax),
                                protocol=pickle.HIGHEST_PROTOCOL)
        else:
            cache.hits += 1
        cache.used[key] = blob
        out.append(pickle.loads(blob))  # a fresh copy: the corpus step annotates candidates
    return out


def merge_speakers(parts: list[ArticlePart]):
    """The per-article speakers as one corpus: by sentence, every attribution, first roles."""
    by_sentence: dict = {}
    found: list = []
    roles: dict = {}
    for p in parts:
        by_sentence.update(p.speakers)
        found += p.found
        for name, role in p.roles.items():
            roles.setdefault(name, role)
    return by_sentence, found, roles


def corpus_candidates(parts: list[ArticlePart], all_sents: list[Sentence], tax, skip: set | None = None) -> list:
    """The corpus' candidates: each article's, less the sentences that are furniture only
    across articles (the same sentence in 3+ of them; ``skip``, when the caller has it)."""
    if skip is None:
        skip = furniture(all_sents, tax.topic_terms)
    return [c for p in parts for c in p.candidates
            if (c.sentence.article, c.sentence.index) not in skip]


def analyse_cached(articles, cache: dict[str, bytes] | None, **kwargs):
    """``analyse`` with the per-article cache: returns (analysis, warnings, the cache to keep,
    (hits, misses))."""
    from . import analyse

    from ..gcquiet import quiet_gc
    from . import articlememo, readmemo, vecmemo, wirememo

    parts = PartCache(entries=dict(cache or {}))
    forget()  # the last build's articles' digests
    # the grouping's vectors and products, the per-article steps kept by what they read and the wire-copy
    # check's readings of texts, for the next save
    with vecmemo.session(), readmemo.session(), wirememo.session(), articlememo.session(), quiet_gc():
        analysis, warnings = analyse(articles, part_cache=parts, **kwargs)
    return analysis, warnings, parts.used, (parts.hits, parts.misses)
