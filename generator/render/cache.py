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

__all__ = ["RenderCache", "shape_key", "converter_key"]


@dataclass
class RenderCache:
    """The page cache of one rendering: ``entries`` in, ``used`` out (the pages this build
    needed, so the pages of deleted articles drop out)."""

    entries: dict[str, object] = field(default_factory=dict)
    used: dict[str, object] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def page(self, shape: str, template: str, inputs: dict, render: Callable[[], str]) -> str:
        """``render()``, or the page it made last time from the same ``inputs`` (counted in
        ``hits`` and ``misses``)."""
        page, hit = self._get(shape, template, inputs, render)
        self.hits += hit
        self.misses += not hit
        return page

    def value(self, shape: str, name: str, inputs: dict, make: Callable[[], object]):
        """``make()``, or what it made last time from the same ``inputs`` (an immutable value:
        it is handed out again as it is)."""
        return self._get(shape, name, inputs, make)[0]

    def _get(self, shape: str, name: str, inputs: dict, make: Callable[[], object]):
        key = _key(shape, name, inputs)
        value = self.entries.get(key) if key else None
        hit = value is not None
        if not hit:
            value = make()
        if key:
            self.used[key] = value
        return value, hit

    def merge(self, other: RenderCache) -> None:
        """Take in what a rendering in another process used (the forked locale)."""
        self.used.update(other.used)
        self.hits += other.hits
        self.misses += other.misses


class _Hasher(io.RawIOBase):
    """A write-only file that hashes what is written to it."""

    def __init__(self, h) -> None:
        self.h = h

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.h.update(data)
        return len(data)


def _key(shape: str, template: str, inputs: dict) -> str:
    """The cache key of a page, or '' for inputs that cannot be keyed (then it is rendered)."""
    h = hashlib.sha256(f"{shape}\0{template}\0".encode())
    pickler = pickle.Pickler(_Hasher(h), protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: shared and unshared equal strings pickle alike
    try:
        pickler.dump(inputs)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError, ValueError):
        return ""
    return h.hexdigest()


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
    """The converter's glossary, protected names, derived texts and variant (made once per
    converter)."""
    key = getattr(converter, "_jianfan_key", None)
    if key is None:
        h = hashlib.sha256(_code())
        h.update(pickle.dumps(converter.__getstate__(), protocol=pickle.HIGHEST_PROTOCOL))
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
