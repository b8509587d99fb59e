"""A jieba dictionary for both scripts: jieba's own words plus their traditional spellings.

jieba's dictionary is simplified; on traditional text it cuts words wrongly (對諸/多行/業帶). The
dictionary written here adds every word's OpenCC traditional forms with the same frequency, so
the search index of zh-Hant pages is segmented as well as that of zh-Hans pages.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

import jieba
import opencc

from .writers import write_atomic

__all__ = ["dictionary_path", "traditional_user_dict"]

_CONFIGS = ("s2t", "s2tw", "s2hk")


_JIEBA_DICT = Path(jieba.__file__).parent / "dict.txt"


def dictionary_path(cache: Path, raw: bytes | None = None) -> Path:
    """Where the two-script dictionary for these jieba words, configurations and OpenCC lives.

    OpenCC's version is part of the key: a new OpenCC may spell the traditional forms differently,
    and a dictionary written by the old one must not be reused."""
    raw = _JIEBA_DICT.read_bytes() if raw is None else raw
    key = hashlib.sha256(raw + repr((_CONFIGS, _opencc_version())).encode()).hexdigest()[:12]
    return cache / "jieba" / f"dict-hans-hant-{key}.txt"


def traditional_user_dict(cache: Path) -> Path:
    """Path of the two-script dictionary, written once into the cache folder."""
    raw = _JIEBA_DICT.read_bytes()
    target = dictionary_path(cache, raw)
    if target.exists():
        return target
    text = raw.decode("utf-8")
    lines = text.splitlines()
    words = [line.split(" ", 1) for line in lines if line]
    joined = "\n".join(w[0] for w in words)
    seen = {w[0] for w in words}
    extra = []
    for config in _CONFIGS:
        converted = opencc.OpenCC(f"{config}.json").convert(joined).split("\n")
        if len(converted) != len(words):
            continue
        for (word, rest), trad in zip(words, converted):
            if trad not in seen:
                seen.add(trad)
                extra.append(f"{trad} {rest}")
    write_atomic(target, (text.rstrip("\n") + "\n" + "\n".join(extra) + "\n").encode("utf-8"))
    return target


def _opencc_version() -> str:
    try:
        return metadata.version("opencc")
    except metadata.PackageNotFoundError:
        return getattr(opencc, "__version__", "unknown")
