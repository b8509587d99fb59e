"""A JSON export (``.json``): an array of records with text fields (a platform's export of posts, a
monitor's list of articles), read like a spreadsheet's rows (``csvtable.rows_to_markdown``).

A chat's or channel's export (Telegram Desktop's ``result.json``) is read as its messages (:mod:`.chatjson`).
A document holding one article (an object with a title and a long text field, a news app's API
response) is read as that article (:mod:`.jsonarticle`) when its text is longer than all the records'
text (a list of comments beside it is no export of records). The records are the top-level array, or
the first array of objects under a top-level key (``data``, ``items``, ``results`` …); nested values are read as text only when they are strings or numbers. A JSON
file that holds neither, or is broken (the warning names its line), is refused.
"""

from __future__ import annotations

import json

from ..errors import SourceError
from .csvtable import rows_to_markdown
from .forms import MAX_CELL

__all__ = ["convert"]


def _records(data) -> list[dict] | None:
    if isinstance(data, list) and data and all(isinstance(r, dict) for r in data[:50]):
        return [r for r in data if isinstance(r, dict)]
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, list) and value and all(isinstance(r, dict) for r in value[:50]):
                return [r for r in value if isinstance(r, dict)]
    return None


def _text_size(records: list[dict]) -> int:
    return sum(len(v) for r in records[:1000] for v in r.values() if isinstance(v, str))


def convert(text: str, name: str) -> str:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as err:
        raise SourceError(f"{name}: line {err.lineno}: the JSON is broken ({err.msg}); it is not read") from None
    except RecursionError:
        raise SourceError(f"{name}: the JSON nests too deep; it is not read") from None
    from . import chatjson
    if chatjson.chat_export(data):  # a chat's or channel's export (Telegram's result.json): its messages as posts
        posts = chatjson.convert(data, name)
        if posts is not None:
            return posts
    from .jsonarticle import article
    records = _records(data)
    one = article(data, name, more_than=_text_size(records) if records and len(records) > 1 else 0)
    if one is not None:  # an object holding a title and a text longer than all records': one article
        return one
    if not records:
        raise SourceError(f"{name}: the JSON holds no array of records; it is not read. Save the article's text "
                          "as a .txt or .md file instead")
    keys: list[str] = []
    for r in records:
        keys += [str(k) for k in r if str(k) not in keys and isinstance(r[k], (str, int, float))]
    rows = []
    for n, r in enumerate(records, 1):
        row = [str(r.get(k, "")) if isinstance(r.get(k), (str, int, float)) else "" for k in keys]
        if any(len(c) > MAX_CELL for c in row):
            raise SourceError(f"{name}: record {n} holds a field of over {MAX_CELL:,} characters; it is not read")
        rows.append(row)
    out = rows_to_markdown(keys, rows, [], name)
    if out is None:
        raise SourceError(f"{name}: no field of the JSON records holds text (no 'text', 'content', 'title' … "
                          "field, no long strings); it is not read")
    return out
