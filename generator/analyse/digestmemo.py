"""Each article's digest (but its related coverage) kept across saves while what it read holds.

A digest is kept in two parts. Its summary (``digest.article_summary``) reads the article's own
sentences, its salient sentences (those a briefing point quotes) and the idf weights of its words;
the rest (``digest.own_digest`` given the summary: keywords, the figures, names and points listed)
reads the corpus size, the document frequency of its terms and its entries of the ``CorpusIndex``.
Each is kept under a key over the article's part key (every field of the article, the paragraphs the
editor dropped, the editor files, the code) and the topic terms (and the
salient sentences, or the summary and corpus size), with every corpus entry it read (``readmemo``);
a save reruns only the parts whose article changed or whose read entries moved (an edit's common word
moves its weight, so the summaries of every article writing it run again; its keywords only where
a term's frequency across articles moved). Related coverage (``digest.related``) reads the whole
index and runs on every save. Outside a ``readmemo.session()`` this is ``make_digest`` itself.
"""

from __future__ import annotations

import hashlib
import pickle

from . import readmemo
from .digest import article_summary, make_digest, own_digest

__all__ = ["digests"]

#: What ``own_digest`` reads of the corpus index (any other attribute makes the call unkeepable).
_INDEX = ("figures_of", "mentions_of", "articles_of_entity", "spellings", "bylined_of", "forms_of", "points_of", "kinds")


class _Topic:
    """The taxonomy as a digest reads it: its topic terms (in the key); anything else is unkeepable."""

    def __init__(self, terms) -> None:
        self.topic_terms = terms

    def __getattr__(self, name):
        raise readmemo.Unkeepable(f"taxonomy {name}")


def _hash(*parts) -> str:
    return hashlib.sha256(pickle.dumps(parts, protocol=4)).hexdigest()


def digests(articles, per_article: dict, weights, tax, index, slugs, converters: dict,
            warnings: list[str], doc_freq, salient: set, keys: dict | None = None) -> tuple:
    """``make_digest`` of every article, each article's summary and the rest of its own part from
    the memo where what they read holds."""
    if not readmemo.active():
        return tuple(make_digest(a, per_article[a.slug], weights, tax, index, slugs, converters[a.slug],
                                 warnings, doc_freq=doc_freq, salient=salient) for a in articles)
    from .incremental import code_version

    mine: dict = {}
    for k in salient:
        mine.setdefault(k[0], set()).add(k)
    topic = _Topic(tax.topic_terms)
    out = []
    for a in articles:
        sents = per_article[a.slug]
        # an article's salient sentences only (another's never match its sentences); kept non-empty
        # when the corpus' set is, as the summary asks only whether it is empty
        here = mine.get(a.slug) or ({("\0", -1)} if salient else salient)
        # the article's part key (``incremental.part_key``: the article, its dropped paragraphs, the
        # editor files, the code) determines its sentences; without one, the article and sentences
        own_key = _hash(code_version(), keys[a.slug], tuple(tax.topic_terms)) if keys and a.slug in keys \
            else _hash(code_version(), a, sents, tuple(tax.topic_terms))
        summary_key = _hash(own_key, "summary", sorted(here, key=repr))

        def summary_of(article, sents, _weights, _tax, simple_of, said, _salient, _key=summary_key, _here=here):
            found = readmemo.look_up(_key, {"weights": weights})
            if found is readmemo.MISSING:
                reads: dict = {}
                mine_said: list[str] = []
                try:
                    made = article_summary(article, sents, readmemo.Reading(weights, reads.setdefault("weights", {})),
                                           topic, simple_of, mine_said, _here)
                except readmemo.Unkeepable:
                    readmemo.stats_unkeepable()
                    return article_summary(article, sents, weights, tax, simple_of, said, _salient)
                found = (made, tuple(mine_said))
                readmemo.keep(_key, reads, found)
            said.extend(found[1])
            return list(found[0])

        def own(article, sents, _weights, _tax, _index, _slugs, simple_of, said, _doc_freq, _salient,
                _key=own_key, _summary_of=summary_of):
            mine_said: list[str] = []
            summary = _summary_of(article, sents, weights, tax, simple_of, mine_said, _salient)
            key = _hash(_key, len(slugs), summary)
            tables = {"weights": weights, "doc_freq": doc_freq, "index": index}
            found = readmemo.look_up(key, tables)
            if found is readmemo.MISSING:
                reads: dict = {}
                rest_said: list[str] = []
                try:
                    made = own_digest(article, sents, readmemo.Reading(weights, reads.setdefault("weights", {})),
                                      topic, readmemo.ReadingAttrs(index, "index", _INDEX, reads),
                                      readmemo.Sized(len(slugs)), simple_of, rest_said,
                                      None if doc_freq is None else
                                      readmemo.Reading(doc_freq, reads.setdefault("doc_freq", {})),
                                      None, summary_of=lambda *_args: list(summary))
                except readmemo.Unkeepable:
                    readmemo.stats_unkeepable()
                    rest_said = []
                    made = own_digest(article, sents, weights, tax, index, slugs, simple_of, rest_said, doc_freq,
                                      _salient, summary_of=lambda *_args: list(summary))
                else:
                    readmemo.keep(key, reads, (made, tuple(rest_said)))
                found = (made, tuple(rest_said))
            said.extend(mine_said)
            said.extend(found[1])
            return found[0]

        out.append(make_digest(a, sents, weights, tax, index, slugs, converters[a.slug], warnings,
                               doc_freq=doc_freq, salient=salient, own=own))
    return tuple(out)
