"""Chinese word segmentation for the search index, cached so an unchanged page costs nothing.

Material's search segments every page with jieba on every build, which loads jieba's dictionary
(1–2 s) once per language build. We switch that off and segment the finished index instead:
once per build, with a dictionary that knows traditional spellings (see searchdict), and only the
texts not segmented before (cache in ``.cache/search``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

from .forking import in_parallel
from .textutil import cut_long
from .writers import write_atomic

__all__ = ["Segmenter", "disable_theme_segmentation"]

def disable_theme_segmentation() -> None:
    """Switch off Material's own jieba segmentation (a module global of its search plugin): the
    finished index is segmented once instead (``finish.split_search_index``)."""
    try:
        import material.plugins.search.plugin as material_search
    except ImportError:
        return
    material_search.jieba = None


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: From this many new texts on, half of them are segmented in a forked process.
PARALLEL_FROM = 500


#: The search tokenizer by its dictionary's key (one at a time).
_TOKENIZERS: dict[str, object] = {}


def _tokenizer(cache_dir: Path):
    """A jieba tokenizer of its own on the two-script dictionary (``searchdict``), made once per
    process and dictionary (``mkdocs serve``: once per session; the tests' many projects share
    it). jieba's global tokenizer stays the analysis's, on jieba's own dictionary: switching it
    made every build after the first in a serve session analyse with this dictionary."""
    import jieba

    from .searchdict import dictionary_path, two_script_tokenizer

    key = dictionary_path(cache_dir).name
    if key not in _TOKENIZERS:
        jieba.setLogLevel(logging.WARNING)
        _TOKENIZERS.clear()
        _TOKENIZERS[key] = two_script_tokenizer(cache_dir)
    return _TOKENIZERS[key]


class Segmenter:
    """Inserts U+200B between words of Chinese runs, as Material's own search does."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_path = cache_dir / "search" / "segments.json"
        try:
            self.cache: dict[str, str] = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.cache = {}
        self.cache_dir = cache_dir
        self.used: dict[str, str] = {}
        self.fresh: dict[str, str] = {}
        """Segmented ahead by ``prefill`` (not yet on disk)."""
        self._jieba = None

    def _cut(self, run: str) -> str:
        if self._jieba is None:
            self._jieba = _tokenizer(self.cache_dir)
        return "\u200b" + "\u200b".join(cut_long(self._jieba.cut, run)) + "\u200b"

    def _segment(self, text: str) -> str:
        return _HAN.sub(lambda m: self._cut(m.group(0)), text).strip("\u200b")

    def __call__(self, text: str) -> str:
        if not text or not _HAN.search(text):
            return text
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()
        out = self.cache.get(key) or self.fresh.get(key)
        if out is None:
            out = self._segment(text)
        self.used[key] = out
        return out

    def prefill(self, texts) -> None:
        """Segment the texts not in the cache yet, on both cores when there are many (a cold
        build of a large site): half in a forked copy of this process, which inherits jieba's
        loaded dictionary. jieba is deterministic: the result is the same as one by one."""
        missing: dict[str, str] = {}
        for text in texts:
            if text and _HAN.search(text):
                key = hashlib.sha1(text.encode("utf-8")).hexdigest()
                if key not in self.cache:
                    missing[key] = text
        if len(missing) < PARALLEL_FROM:
            return
        self._cut("中文")  # load the dictionary before forking
        items = list(missing.items())
        half = len(items) // 2
        done, rest = in_parallel(lambda: [self._segment(t) for _, t in items[:half]],
                                 lambda: [self._segment(t) for _, t in items[half:]])
        done += rest
        for (key, _), out in zip(items, done):
            self.fresh[key] = out

    def save(self) -> None:
        """Keep exactly the entries this build used (the cache never grows without bound)."""
        if self.used != self.cache:
            write_atomic(self.cache_path, json.dumps(self.used, ensure_ascii=False).encode("utf-8"))

    def next_build(self) -> None:
        """``mkdocs serve``: the entries this build used become the next build's cache, in memory
        (reading and writing the file on every save grew with the site); ``save`` at the end."""
        self.cache, self.used, self.fresh = self.used, {}, {}

    def flush(self) -> None:
        """Write what the last build used (the server stops)."""
        self.used = self.cache
        write_atomic(self.cache_path, json.dumps(self.cache, ensure_ascii=False).encode("utf-8"))
