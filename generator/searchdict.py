"""A jieba dictionary for both scripts: jieba's own words plus their traditional spellings.

jieba's dictionary is simplified; on traditional text it cuts words wrongly (對諸/多行/業帶). The
search tokenizer made here knows every word's OpenCC traditional forms too, with the same
frequency, so the search index of zh-Hant pages is segmented as well as that of zh-Hans pages.

The tokenizer is built in memory: jieba's own dictionary plus the traditional spellings, added
word by word exactly as jieba reads a dictionary file. jieba's own dictionary is a copy of the one
the analysis has loaded (``jieba.dt``) when it holds exactly jieba's words (its size and total are
those recorded with the spellings), else loaded from jieba's own cache. Before, a two-script dictionary file of 8.7 MB was written into each project's
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
    return cache / "jieba" / f"hant-words2-{key}.txt"


def _shared_path(target: Path) -> Path:
    """The same file beside jieba's own cache (the temporary folder), shared by every project."""
    return Path(tempfile.gettempdir()) / f"jianfan-{target.name}"


def _read(cache: Path) -> tuple[list[str], tuple[int, int]] | None:
    target = dictionary_path(cache)
    for path in (target, _shared_path(target)):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        body, _, end = text.rpartition("\n.")
        try:
            size, total = (int(x) for x in end.split())
        except ValueError:  # not written whole (no end mark)
            continue
        if path != target:
            write_atomic(target, text.encode("utf-8"))
        return body.splitlines(), (size, total)
    return None


def traditional_words(cache: Path) -> tuple[list[str], tuple[int, int]]:
    """Dictionary lines ("word freq tag") of the traditional spellings jieba's dictionary lacks,
    in the order a two-script dictionary file would list them after jieba's own lines; and the
    size and total of jieba's own prefix dictionary (to recognise it)."""
    kept = _read(cache)
    if kept is not None:
        return kept
    raw = _JIEBA_DICT.read_bytes()
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
    own = _own_dictionary()
    mark = (len(own.FREQ), own.total)
    data = ("\n".join(extra) + f"\n.{mark[0]} {mark[1]}\n").encode("utf-8")
    target = dictionary_path(cache, raw)
    write_atomic(target, data)
    try:
        write_atomic(_shared_path(target), data)
    except OSError:  # a read-only temporary folder: the project's copy is enough
        pass
    return extra, mark


def _own_dictionary():
    """A tokenizer on jieba's own dictionary, loaded from jieba's own cache."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def two_script_tokenizer(cache: Path):
    """A jieba tokenizer of its own on jieba's words and their traditional spellings: the same
    prefix dictionary and total as jieba reading the two-script dictionary file (``gen_pfdict``:
    each word's frequency, the total, every prefix at 0 unless it is a word)."""
    extra, mark = traditional_words(cache)
    tokenizer = jieba.Tokenizer()
    loaded = jieba.dt
    if (loaded.initialized and loaded.dictionary == jieba.DEFAULT_DICT
            and (len(loaded.FREQ), loaded.total) == mark):
        freq, total = dict(loaded.FREQ), loaded.total  # the analysis' copy of jieba's words
    else:
        own = _own_dictionary()
        freq, total = own.FREQ, own.total
    for line in extra:
        word, count = line.strip().split(" ")[:2]
        count = int(count)
        freq[word] = count
        total += count
        for end in range(1, len(word) + 1):
            if word[:end] not in freq:
                freq[word[:end]] = 0
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return tokenizer


def _opencc_version() -> str:
    try:
        return metadata.version("opencc")
    except metadata.PackageNotFoundError:
        return getattr(opencc, "__version__", "unknown")
