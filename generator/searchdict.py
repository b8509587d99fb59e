"""A jieba dictionary for both scripts: jieba's own words plus their traditional spellings.

jieba's dictionary is simplified; on traditional text it cuts words wrongly (對諸/多行/業帶). The
dictionary written here adds every word's OpenCC traditional forms with the same frequency, so
the search index of zh-Hant pages is segmented as well as that of zh-Hans pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jieba
import opencc

from .writers import write_atomic

__all__ = ["traditional_user_dict"]

_CONFIGS = ("s2t", "s2tw", "s2hk")


def traditional_user_dict(cache: Path) -> Path:
    """Path of the two-script dictionary, written once into the cache folder."""
    source = Path(jieba.__file__).parent / "dict.txt"
    raw = source.read_bytes()
    key = hashlib.sha256(raw + repr(_CONFIGS).encode()).hexdigest()[:12]
    target = cache / "jieba" / f"dict-hans-hant-{key}.txt"
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
