"""A sentence's resolved dates kept across saves (``datefind.resolve_dates``).

Resolving a sentence's dates reads only its arguments (the text, the article's date, the corpus' default
year, whether a festival was seen, the year written before it, the corpus' latest date): during a kept
analysis (``readmemo.active``: ``mkdocs serve``, ``incremental.analyse_cached``) the result is kept by
them, so a save reads again only the sentences it changed or whose corpus-wide year moved. The refs are
kept as plain values and each call gets new ``DateRef`` objects (callers shift them in place); a ref given
both as a date and as a comparison's base (``bases``) stays one object. Outside a kept analysis this is the
plain call.
"""

from __future__ import annotations

from . import readmemo

__all__ = ["kept_dates"]

#: Arguments → (refs, bases added), as plain values; bounded for a long session over many corpora.
_KEPT: dict = {}
_MAX = 200_000


def kept_dates(resolve, make, text, article_date, default_year, festival_seen, context_year, near, bases):
    """``resolve(text, …, bases)`` (``make`` builds a ref from its values), kept during a kept analysis."""
    if not readmemo.active():
        return resolve(text, article_date, default_year, festival_seen, context_year, near, bases)
    key = (text, article_date, default_year, festival_seen, context_year, near, bases is not None)
    kept = _KEPT.get(key)
    if kept is None:
        n = len(bases) if bases is not None else 0
        refs = resolve(text, article_date, default_year, festival_seen, context_year, near, bases)
        where = {id(r): i for i, r in enumerate(refs)}
        added = tuple(where.get(id(b), (b.start, b.end, b.date, b.precision, b.inferred))
                      for b in (bases[n:] if bases is not None else ()))
        if len(_KEPT) >= _MAX:
            _KEPT.clear()
        _KEPT[key] = (tuple((r.start, r.end, r.date, r.precision, r.inferred) for r in refs), added)
        return refs
    refs = [make(*r) for r in kept[0]]
    if bases is not None:
        bases += [refs[b] if isinstance(b, int) else make(*b) for b in kept[1]]
    return refs
