"""The data files of ``site/data``: the corpus, each source's cleaning record, the conversion
report (made by ``render.conversion``)."""

from __future__ import annotations

import json

from typing import TYPE_CHECKING

from ..model import Article

if TYPE_CHECKING:
    from ..analyse.model import Analysis

__all__ = ["data_files"]


def data_files(articles: list[Article], analysis: Analysis, amb: dict,
               cache=None) -> dict[str, bytes]:
    """``data/corpus.json``, ``data/audit/<source>.json`` and ``data/conversion.json``
    (``cache``: a ``render.cache.RenderCache``; each cleaning record is kept by its content)."""
    data = {"data/corpus.json": _json(analysis.to_json(articles))}
    for a in articles:
        record = _audit_json(a)
        data[f"data/audit/{a.source.rsplit('.', 1)[0]}.json"] = (
            _json(record) if cache is None else
            cache.value("", "data/audit", record, lambda _, record=record: _json(record)))
    data["data/conversion.json"] = _json({loc: {ch: [vars_(x) for x in items]
                                               for ch, items in rep.all().items()}
                                          for loc, rep in amb.items()})
    return data


def vars_(obj) -> dict:
    return {k: getattr(obj, k) for k in obj.__slots__}


def _json(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def _audit_json(a: Article) -> dict:
    return {
        "article": a.slug, "source": a.source, "source_hash": a.source_hash, "edited": a.edited,
        "entries": [vars_(e) for e in a.audit],
        "flags": [vars_(f) for f in a.flags],
        "set_aside": list(a.set_aside),
    }
