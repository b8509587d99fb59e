"""The data files' JSON writer (``render/data.py``, faster than the standard library's indented
encoder) writes exactly what ``json.dumps(value, ensure_ascii=False, indent=1)`` writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import BuildError
from generator.render.data import _json

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) \
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_KEYS = st.text(max_size=6, alphabet=st.characters(blacklist_categories=("Cs",))) | st.integers() | st.booleans() \
    | st.none() | st.floats(allow_nan=False)
_VALUES = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4)
                       | st.lists(inner, max_size=3).map(tuple)
                       | st.dictionaries(_KEYS, inner, max_size=4), max_leaves=30)


def _stdlib(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_the_data_files_json_is_the_standard_librarys(value):
    assert _json(value) == _stdlib(value)


def test_a_chinese_record_with_quotes_and_control_characters():
    value = {"article": "a01", "quote": "他说：“不是来打价格战的。”\n\t\\", "score": 3.0, "n": [1, 2.5, None],
             "empty": {}, "none": [], "nested": [{"k": ()}]}
    assert _json(value) == _stdlib(value)


def test_an_object_json_cannot_write_is_refused():
    with pytest.raises(BuildError):
        _json({"x": object()})
