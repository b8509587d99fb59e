"""Rendered pages kept between builds, each keyed by exactly what its template is given.

An article's three pages (full text, digest, cleaning record) are rendered from the article and a
few values gathered from the analysis (the points citing its paragraphs, its digest, the titles of
related articles). The values a template gets are pickled into the page's key, with the page's
template, the shape of the build (the generator's code and templates, the project's templates,
the locale, the converter's glossary, names and variant, the settings the pages print): a save
that leaves those unchanged gets the page from the cache instead of rendering it again. Anything
a page prints is in its key, so a stale page is never served; inputs that pickle differently
(another process, another set order) only make a miss. The inputs are pickled without pickle's
memo, so equal values give equal keys however their strings happen to be shared (a freshly
cleaned article and the same article from the cleaning cache).

The cache is data (``key → Markdown``) handed in by the caller and handed back, pruned to the
pages of this build, like the analysis' per-article cache (``analyse/incremental.py``).
"""

from __future__ import annotations

import functools
import hashlib
import io
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import __version__
from ..articlekey import article_digest
from ..model import Article

__all__ = ["RenderCache", "shape_key", "converter_key"]


@dataclass
class RenderCache:
    """The page cache of one rendering: ``entries`` in, ``used`` out (the pages this build
    needed, so the pages of deleted articles drop out)."""

    entries: dict[str, object] = field(default_factory=dict)
    used: dict[str, object] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def __post_init__(self) -> None:
        self._derived: dict[int, tuple] = {}
        self._articles: dict[int, tuple] = {}
        """Each article's digest, made once per rendering (see ``_key``)."""

    def page(self, shape: str, template: str, inputs: dict, render: Callable[[object], str],
             converter) -> str:
        """``render(converter)``, or the page it made last time from the same ``inputs``
        (counted in ``hits`` and ``misses``)."""
        page, hit = self._get(shape, template, inputs, render, converter)
        self.hits += hit
        self.misses += not hit
        return page

    def value(self, shape: str, name: str, inputs: dict, make: Callable[[object], object],
              converter=None):
        """``make(converter)``, or what it made last time from the same ``inputs`` (an
        immutable value: it is handed out again as it is)."""
        return self._get(shape, name, inputs, make, converter)[0]

    def _get(self, shape: str, name: str, inputs: dict, make, converter):
        key = _key(shape, name, inputs, self._articles)
        entry = self.entries.get(key) if key else None
        derived = self._derived_of(converter)
        if (isinstance(entry, tuple) and len(entry) == 3
                and _signature(entry[1], derived) == entry[2]):
            value, hit = entry[0], True
        else:
            recorder = _Recorder(converter) if converter is not None else None
            value, hit = make(recorder), False
            texts = tuple(sorted({_digest(t) for t in recorder.texts})) if recorder else ()
            entry = (value, texts, _signature(texts, derived))
        if key:
            self.used[key] = entry
        return value, hit

    def _derived_of(self, converter) -> tuple:
        """The converter's generated texts and the sources whose characters they take, by digest
        (a page depends on those among the texts it converted; see ``_Recorder``)."""
        if converter is None:
            return ({}, None)
        found = self._derived.get(id(converter))
        if found is None or found[1] is not converter:
            table = {_digest(text): _digest(repr(sources)) for text, sources in converter.derived.items()}
            found = self._derived[id(converter)] = (table, converter)
        return found

    def merge(self, other: RenderCache) -> None:
        """Take in what a rendering in another process used (the forked locale)."""
        self.used.update(other.used)
        self.hits += other.hits
        self.misses += other.misses

    def __getstate__(self):
        return {"entries": self.entries, "used": self.used, "hits": self.hits, "misses": self.misses}

    def __setstate__(self, state) -> None:
        self.__dict__.update(state)
        self._derived = {}
        self._articles = {}


class _Recorder:
    """A converter that notes each text it is asked to convert into zh-Hant: the only texts
    whose conversion the converter's ``derived`` table can change (a generated text written with
    the characters of its traditional sources). A cached page is valid while the table says the
    same of each text the page converted; the rest of the converter is in the page's shape."""

    def __init__(self, converter) -> None:
        self.converter = converter
        self.texts: list[str] = []

    def __call__(self, text: str, source: str, target: str) -> str:
        if text and target == "zh-Hant":
            self.texts.append(text)
        return self.converter(text, source, target)

    def to_locale(self, locale: str):
        return lambda text, script: self(text, script, locale)

    def __getattr__(self, name: str):
        return getattr(self.converter, name)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()


def _signature(texts: tuple, derived: tuple) -> bytes:
    table = derived[0]
    h = hashlib.blake2b(digest_size=16)
    for t in texts:
        h.update(t + table.get(t, b"-"))
    return h.digest()


class _Hasher(io.RawIOBase):
    """A write-only file that hashes what is written to it."""

    def __init__(self, h) -> None:
        self.h = h

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.h.update(data)
        return len(data)


def _key(shape: str, template: str, inputs: dict, articles: dict | None = None) -> str:
    """The cache key of a page, or '' for inputs that cannot be keyed (then it is rendered).

    An article among the inputs (its whole text, the largest value) is keyed by the digest of
    its pickle, made once per rendering in ``articles`` (by object, the object kept alive so its
    id is not reused) rather than once for each of its pages in each locale."""
    h = hashlib.sha256(f"{shape}\0{template}\0".encode())
    try:
        if articles is not None:
            inputs = {k: _article_digest(v, articles) if isinstance(v, Article) else v
                      for k, v in inputs.items()}
        _pickle_into(h, inputs)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError, ValueError):
        return ""
    return h.hexdigest()


def _pickle_into(h, value) -> None:
    pickler = pickle.Pickler(_Hasher(h), protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: shared and unshared equal strings pickle alike
    pickler.dump(value)


def _article_digest(article, articles: dict) -> tuple[str, bytes]:
    """(The digest the analysis' part key already made this build: ``articlekey``.)"""
    return ("jianfan-article", article_digest(article))


@functools.lru_cache(maxsize=1)
def _code() -> bytes:
    """The generator's code and built-in templates (a changed renderer misses every page)."""
    h = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".j2"):
            h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return h.digest()


def converter_key(converter) -> str:
    """The converter's glossary, protected names and variant (made once per converter; its
    ``derived`` table is checked per page, see ``_Recorder``)."""
    key = getattr(converter, "_jianfan_key", None)
    if key is None:
        h = hashlib.sha256(_code())
        state = converter.__getstate__()
        h.update(pickle.dumps((state["glossary"], state["variant"], state["names"]),
                              protocol=pickle.HIGHEST_PROTOCOL))
        key = h.hexdigest()
        converter._jianfan_key = key
    return key


def shape_key(project_templates: Path, locale: str, converter, settings: tuple) -> str:
    """What every cached page of one locale depends on besides its own inputs."""
    h = hashlib.sha256(converter_key(converter).encode())
    if project_templates.is_dir():
        for path in sorted(project_templates.rglob("*")):
            if path.is_file():
                h.update(str(path.relative_to(project_templates)).encode() + b"\0" + path.read_bytes())
    h.update(locale.encode() + b"\0")
    h.update(pickle.dumps(settings, protocol=pickle.HIGHEST_PROTOCOL))
    return h.hexdigest()
