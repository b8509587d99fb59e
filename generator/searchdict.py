"""A jieba dictionary for both scripts: jieba's own words plus their traditional spellings.

jieba's dictionary is simplified; on traditional text it cuts words wrongly (對諸/多行/業帶). The
search tokenizer made here knows every word's OpenCC traditional forms too, with the same
frequency, so the search index of zh-Hant pages is segmented as well as that of zh-Hans pages.

The tokenizer is built in memory: jieba's own dictionary (loaded from jieba's own cache, as the
analysis loads it) plus the traditional spellings, added word by word exactly as jieba reads a
dictionary file. Before, a two-script dictionary file of 8.7 MB was written into each project's
cache and jieba parsed it again and left a 15.7 MB cache of it in the temporary folder per project
path (every scratch project of the tests and benchmarks added one). The traditional spellings
alone (a few MB, 3.5 s of OpenCC to make) are kept in the project's cache and beside jieba's own
cache in the temporary folder, keyed by jieba's dictionary, the configurations and OpenCC's
version, so a cold build of a new project does not make them again.
"""

from __future__ import annotations

import hashlib
import tempfile
from importlib import metadata
from pathlib import Path

import jieba
import opencc

from .writers import write_atomic

__all__ = ["dictionary_path", "traditional_words", "two_script_tokenizer"]

_CONFIGS = ("s2t", "s2tw", "s2hk")


_JIEBA_DICT = Path(jieba.__file__).parent / "dict.txt"


def dictionary_path(cache: Path, raw: bytes | None = None) -> Path:
    """Where the traditional spellings for these jieba words, configurations and OpenCC live.

    OpenCC's version is part of the key: a new OpenCC may spell the traditional forms differently,
    and spellings written by the old one must not be reused."""
    raw = _JIEBA_DICT.read_bytes() if raw is None else raw
    key = hashlib.sha256(raw + repr((_CONFIGS, _opencc_version())).encode()).hexdigest()[:12]
    return cache / "jieba" / f"hant-words-{key}.txt"


def _shared_path(target: Path) -> Path:
    """The same file beside jieba's own cache (the temporary folder), shared by every project."""
    return Path(tempfile.gettempdir()) / f"jianfan-{target.name}"


def traditional_words(cache: Path) -> list[str]:
    """Dictionary lines ("word freq tag") of the traditional spellings jieba's dictionary lacks,
    in the order a two-script dictionary file would list them after jieba's own lines."""
    raw = _JIEBA_DICT.read_bytes()
    target = dictionary_path(cache, raw)
    for path in (target, _shared_path(target)):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if text.endswith("\n.\n"):  # written whole (the end mark)
            if path != target:
                write_atomic(target, text.encode("utf-8"))
            return text[:-2].splitlines()
    lines = raw.decode("utf-8").splitlines()
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
    data = ("\n".join(extra) + "\n.\n").encode("utf-8")
    write_atomic(target, data)
    try:
        write_atomic(_shared_path(target), data)
    except OSError:  # a read-only temporary folder: the project's copy is enough
        pass
    return extra


def two_script_tokenizer(cache: Path):
    """A jieba tokenizer of its own on jieba's words and their traditional spellings: the same
    prefix dictionary and total as jieba reading the two-script dictionary file (``gen_pfdict``:
    each word's frequency, the total, every prefix at 0 unless it is a word)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()  # jieba's own dictionary, from jieba's own cache
    freq, total = tokenizer.FREQ, tokenizer.total
    for line in traditional_words(cache):
        word, count = line.strip().split(" ")[:2]
        count = int(count)
        freq[word] = count
        total += count
        for end in range(1, len(word) + 1):
            if word[:end] not in freq:
                freq[word[:end]] = 0
    tokenizer.total = total
    return tokenizer


def _opencc_version() -> str:
    try:
        return metadata.version("opencc")
    except metadata.PackageNotFoundError:
        return getattr(opencc, "__version__", "unknown")
