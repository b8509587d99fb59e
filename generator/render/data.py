"""The data files of ``site/data``: the corpus, each source's cleaning record, the conversion report."""

from __future__ import annotations

import json
from collections import defaultdict

from ..convert import Converter, ambiguities
from ..model import LOCALES, Article

__all__ = ["data_files", "conversion_report"]


def data_files(articles, analysis, amb) -> dict[str, bytes]:
    """``data/corpus.json``, ``data/audit/<source>.json`` and ``data/conversion.json``."""
    data = {"data/corpus.json": _json(analysis.to_json(articles))}
    for a in articles:
        data[f"data/audit/{a.source.rsplit('.', 1)[0]}.json"] = _json(_audit_json(a))
    data["data/conversion.json"] = _json({loc: {ch: [vars_(x) for x in items]
                                               for ch, items in rep.items()}
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


def conversion_report(articles: list[Article], converter: Converter) -> dict:
    """Per target locale: ambiguous character → the choices made, with context."""
    report: dict[str, dict] = {}
    for locale in LOCALES:
        found = defaultdict(list)
        for a in articles:
            if converter.config(a.script, locale) is None:
                continue
            for b in a.blocks:
                if not b.text:
                    continue
                out = converter(b.text, a.script, locale)
                where = f"{a.slug}#{b.id}" if b.id else a.slug
                for amb in ambiguities(b.text, out, a.script, where):
                    found[amb.char].append(amb)
        report[locale] = dict(sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    return report
