"""Shared by the editor's-loop property tests: replay a random sequence of edits on an invented corpus, analysing it
after each edit both incrementally (``analyse_cached``, carrying its cache) and cold, and assert the two give the same
``corpus.json`` and warnings. Each test file brings its own articles (``edit``) and its own memo's counters
(``stats``)."""

from __future__ import annotations

import random

from generator.analyse import analyse
from generator.analyse.incremental import analyse_cached
from generator.render.data import data_files


def corpus_json(articles, analysis) -> bytes:
    return data_files(articles, analysis, {})["data/corpus.json"]


def replay(seed: int, kinds: list[str], edit, taxonomy, stats, start: int = 6, after=None) -> list[dict]:
    """``start`` articles added, then each edit of ``kinds``; after every step the incremental analysis must equal
    the cold one. Returns, per step, ``stats()`` with the edit's kind, the sentence and article counts; ``after()``
    runs after each step's check."""
    rng = random.Random(seed)
    corpus: dict = {}
    counter = [0]
    for _ in range(start):
        edit(rng, corpus, counter, "add")
    cache: dict = {}
    seen = []
    for i, kind in enumerate(["start"] + kinds):
        if i:
            edit(rng, corpus, counter, kind)
        articles = list(corpus.values())
        warm, warm_w, cache, _ = analyse_cached(articles, cache, taxonomy_path=taxonomy, overrides_path=None)
        counts = stats()
        cold, cold_w = analyse(articles, taxonomy_path=taxonomy, overrides_path=None)
        assert corpus_json(articles, warm) == corpus_json(articles, cold), \
            f"seed {seed}, step {i} ({kind}): not the cold corpus.json"
        assert warm_w == cold_w, f"seed {seed}, step {i} ({kind}): warnings differ"
        seen.append(dict(counts, kind=kind, sentences=warm.method["sentences"], articles=len(articles)))
        if after is not None:
            after()
    return seen
