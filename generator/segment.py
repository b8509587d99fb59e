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

from .writers import write_atomic

__all__ = ["Segmenter"]

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


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
        self._jieba = None

    def _cut(self, run: str) -> str:
        if self._jieba is None:
            import jieba

            from .searchdict import traditional_user_dict

            jieba.setLogLevel(logging.WARNING)
            path = str(traditional_user_dict(self.cache_dir))
            if jieba.dt.dictionary != path:
                jieba.set_dictionary(path)
            self._jieba = jieba
        return "\u200b" + "\u200b".join(self._jieba.cut(run)) + "\u200b"

    def __call__(self, text: str) -> str:
        if not text or not _HAN.search(text):
            return text
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()
        out = self.cache.get(key)
        if out is None:
            out = _HAN.sub(lambda m: self._cut(m.group(0)), text).strip("\u200b")
        self.used[key] = out
        return out

    def save(self) -> None:
        """Keep exactly the entries this build used (the cache never grows without bound)."""
        if self.used != self.cache:
            write_atomic(self.cache_path, json.dumps(self.used, ensure_ascii=False).encode("utf-8"))
