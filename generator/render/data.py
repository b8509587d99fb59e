"""The data files of ``site/data``: the corpus, each source's cleaning record, the conversion
report (made by ``render.conversion``)."""

from __future__ import annotations

import json

from typing import TYPE_CHECKING

from ..errors import BuildError
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
    """``json.dumps(value, ensure_ascii=False, indent=1)`` and a newline, byte for byte, written by
    ``_encode``: the standard library's indented encoder is its pure-Python one (nested generators),
    and ``corpus.json`` is a large part of a save's time in ``mkdocs serve``."""
    parts: list[str] = []
    _encode(value, parts.append, "\n")
    parts.append("\n")
    return "".join(parts).encode()


def _encode(o, add, newline: str) -> None:
    """Append the JSON of ``o`` (indent 1, non-ASCII kept) in pieces; ``newline`` is the line
    break and the indentation of ``o``'s own level. Same types, order and forms as ``json``."""
    if isinstance(o, str):
        add(_string(o))
    elif o is None:
        add("null")
    elif o is True:
        add("true")
    elif o is False:
        add("false")
    elif isinstance(o, int):
        add(int.__repr__(o))
    elif isinstance(o, float):
        add(_float(o))
    elif isinstance(o, (list, tuple)):
        if not o:
            add("[]")
            return
        inner = newline + " "
        sep = "[" + inner
        for x in o:
            add(sep)
            sep = "," + inner
            _encode(x, add, inner)
        add(newline + "]")
    elif isinstance(o, dict):
        if not o:
            add("{}")
            return
        inner = newline + " "
        sep = "{" + inner
        for k, v in o.items():
            add(sep)
            sep = "," + inner
            add(_string(_key(k)))
            add(": ")
            _encode(v, add, inner)
        add(newline + "}")
    else:
        raise BuildError(f"internal: an object of type {o.__class__.__name__} reached the data files' JSON")


_string = json.encoder.encode_basestring  # the C function where the interpreter has it


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return float.__repr__(o)


def _key(k) -> str:
    if isinstance(k, str):
        return k
    if isinstance(k, float):
        return _float(k)
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return int.__repr__(k)
    raise BuildError(f"internal: a data file's key must be str, int, float, bool or None, not {k.__class__.__name__}")


def _audit_json(a: Article) -> dict:
    return {
        "article": a.slug, "source": a.source, "source_hash": a.source_hash, "edited": a.edited,
        "entries": [vars_(e) for e in a.audit],
        "flags": [vars_(f) for f in a.flags],
        "set_aside": list(a.set_aside),
    }
