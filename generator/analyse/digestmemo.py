"""Each article's digest (but its related coverage) kept across saves while what it read holds.

A digest (``digest.own_digest``: the summary, the keywords, the figures, names and points listed)
reads its article's own sentences and, of the corpus, the idf weights of its words, the document
frequency of its terms, the corpus size, the salient sentences of its article and its entries of
the ``CorpusIndex``. The result is kept under a key over the article (every field), its sentences
and the topic terms, with every corpus entry it read (``readmemo``); a save reruns only the digests
whose article changed or whose read entries moved (the edited article's, and those sharing a word
whose weight or frequency the edit moved). Related coverage (``digest.related``) reads the whole
index and runs on every save. Outside a ``readmemo.session()`` this is ``make_digest`` itself.
"""

from __future__ import annotations

import hashlib
import pickle

from . import readmemo
from .digest import make_digest, own_digest

__all__ = ["digests"]

#: What ``own_digest`` reads of the corpus index (any other attribute makes the call unkeepable).
_INDEX = ("figures_of", "mentions_of", "articles_of_entity", "spellings", "bylined_of", "forms_of", "points_of")


class _Topic:
    """The taxonomy as a digest reads it: its topic terms (in the key); anything else is unkeepable."""

    def __init__(self, terms) -> None:
        self.topic_terms = terms

    def __getattr__(self, name):
        raise readmemo.Unkeepable(f"taxonomy {name}")


def _key(article, sents, topic_terms, n_docs: int, salient_here) -> str:
    from .incremental import code_version

    h = hashlib.sha256(code_version().encode())
    h.update(pickle.dumps((article, sents, tuple(topic_terms), n_docs, salient_here), protocol=4))
    return h.hexdigest()


def digests(articles, per_article: dict, weights, tax, index, slugs, converters: dict,
            warnings: list[str], doc_freq, salient: set) -> tuple:
    """``make_digest`` of every article, each article's own part from the memo where it holds."""
    if not readmemo.active():
        return tuple(make_digest(a, per_article[a.slug], weights, tax, index, slugs, converters[a.slug],
                                 warnings, doc_freq=doc_freq, salient=salient) for a in articles)
    mine: dict = {}
    for k in salient:
        mine.setdefault(k[0], set()).add(k)
    out = []
    for a in articles:
        sents = per_article[a.slug]
        # an article's salient sentences only (another's never match its sentences); kept non-empty
        # when the corpus' set is, as the summary asks only whether it is empty
        here = mine.get(a.slug) or ({("\0", -1)} if salient else salient)
        key = _key(a, sents, tax.topic_terms, len(slugs), sorted(here, key=repr))
        tables = {"weights": weights, "doc_freq": doc_freq, "index": index}

        def own(*args, _key=key, _tables=tables, _here=here):
            found = readmemo.look_up(_key, _tables)
            if found is not readmemo.MISSING:
                result, said = found
                warnings.extend(said)
                return result
            reads: dict = {}
            said: list[str] = []
            try:
                result = own_digest(args[0], args[1], readmemo.Reading(weights, reads.setdefault("weights", {})),
                                    _Topic(tax.topic_terms),
                                    readmemo.ReadingAttrs(index, "index", _INDEX, reads),
                                    readmemo.Sized(len(slugs)), args[6], said,
                                    None if doc_freq is None else
                                    readmemo.Reading(doc_freq, reads.setdefault("doc_freq", {})), _here)
            except readmemo.Unkeepable:
                readmemo.stats_unkeepable()
                return own_digest(*args)
            readmemo.keep(_key, reads, (result, tuple(said)))
            warnings.extend(said)
            return result

        out.append(make_digest(a, sents, weights, tax, index, slugs, converters[a.slug], warnings,
                               doc_freq=doc_freq, salient=salient, own=own))
    return tuple(out)
