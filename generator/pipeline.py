"""The build as a story: read, clean, analyse, render, then write.

    sources  = read_sources(...)             raw articles, decoded
    articles = [sync_article(s) ...]          cleaned, editor-safe articles in content/articles/
    analysis = analyse(articles)              points, figures, entities, digests
    pages    = render_pages(...)              Markdown per locale
    sync_docs(docs_dir, pages, key)           only files whose bytes changed (``generate``)
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .articlesync import cleaner_signature, load_articles, orphan_warnings, skipped_reasons, skipped_sources
from .convert import DEFAULT_VARIANT, Converter, for_corpus, load_glossary
from .editorfiles import CHECKED_FILES, unknown_key_warnings
from .errors import EditorFileError
from .gcquiet import quiet_gc
from .memo import Memo, load_memo, memo_path
from .model import Article
from .templating import TEMPLATES
from .writers import sync_docs, write_atomic

__all__ = ["Settings", "BuildResult", "Memo", "load_memo", "load_articles", "build", "build_cached",
           "generate", "inputs_key", "cleaner_signature", "orphan_warnings", "skipped_sources"]

if TYPE_CHECKING:  # the analysis package loads jieba & co.: imported where it runs
    from .analyse.model import Analysis

log = logging.getLogger("mkdocs.plugins.jianfan")


@dataclass(frozen=True, slots=True)
class Settings:
    """Build settings (from the plugin's options in mkdocs.yml, or the CLI)."""

    root: Path
    """Project root: the folder holding ``content/``."""
    zh_hant_variant: str = DEFAULT_VARIANT
    """OpenCC configuration for zh-Hant pages: s2t, s2tw, s2hk or s2twp."""
    pdf: bool = True
    """Render the PDFs into ``site/downloads/``."""
    site_name: str = "简繁"
    """The topic, shown on the home page and the PDF covers (``site_name`` in mkdocs.yml)."""
    pdf_max_articles: int = 100
    """The compendium holds at most this many (most recent) articles; 0 means all."""

    @property
    def content(self) -> Path:
        return self.root / "content"


@dataclass
class BuildResult:
    """Everything a build produced, before MkDocs turns the pages into HTML."""

    articles: list[Article]
    analysis: Analysis
    pages: dict[str, str]
    """Markdown pages by path relative to the docs folder (``zh-Hans/index.md`` …)."""
    data: dict[str, bytes]
    """Data files by path relative to the site folder (``data/corpus.json`` …)."""
    converter: Converter
    """Script conversion with the project's glossary and zh-Hant variant."""
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage: read, clean, analyse, render."""
    key: str = ""
    """``inputs_key`` of the inputs as they stand after this build (set by ``build_cached``)."""


#: Called with the build's result so far (articles, analysis, converter; no pages or data yet)
#: as soon as the analysis is done: what needs only these (the PDFs) can start beside the render.
Analysed = Callable[["BuildResult"], None]


def build(settings: Settings, memo: Memo | None = None, analysed: Analysed | None = None) -> BuildResult:
    """Run the whole generator: articles, analysis, pages for both locales, data files.

    With a ``memo`` (see ``Memo``), unchanged sources are not cleaned again and unchanged
    articles not analysed again on their own (the corpus step always runs): the same result;
    the memo is left holding what this build used. ``analysed`` (see ``Analysed``) is called
    once the analysis is done, before the pages are rendered."""
    with quiet_gc():  # (few cyclic garbage collections: 15% of a save's CPU at 1,000 articles)
        return _build(settings, memo, analysed)


def _build(settings: Settings, memo: Memo | None, analysed: Analysed | None = None) -> BuildResult:
    from .analyse import analyse
    from .analyse.incremental import analyse_cached
    from .render import render_pages
    from .render.cache import RenderCache

    timings: dict[str, float] = {}
    if memo is not None:
        memo.used_cleaned, memo.used_formatted, memo.stats = {}, {}, {}
    articles, warnings = load_articles(settings.root, timings, memo)
    try:
        glossary, w = load_glossary(settings.content / "glossary.yml")
        warnings += w
    except EditorFileError as err:
        warnings.append(str(err))
        glossary = None
    for name in CHECKED_FILES:
        warnings += unknown_key_warnings(settings.content / name, f"content/{name}")
    converter = Converter(glossary, settings.zh_hant_variant)
    started = time.perf_counter()
    paths = {"taxonomy_path": settings.content / "taxonomy.yml",
             "overrides_path": settings.content / "overrides.yml"}
    if memo is None:
        analysis, w = analyse(articles, **paths)
    else:
        analysis, w, memo.parts, (hits, misses) = analyse_cached(articles, memo.parts, **paths)
        memo.cleaned, memo.used_cleaned = memo.used_cleaned, {}
        memo.formatted, memo.used_formatted = memo.used_formatted, {}
        memo.stats.update(analyse_hits=hits, analyse_misses=misses)
    warnings += w
    converter = for_corpus(converter, articles, analysis)
    timings["analyse"] = time.perf_counter() - started
    if analysed is not None:
        analysed(BuildResult(articles=articles, analysis=analysis, pages={}, data={},
                             warnings=list(warnings), converter=converter, timings=dict(timings)))
    started = time.perf_counter()
    cache = RenderCache(entries=memo.pages) if memo is not None else None
    pages, data = render_pages(articles, analysis, converter, settings, cache, skipped_reasons(warnings))
    if memo is not None:
        memo.pages = cache.used
        memo.stats.update(render_hits=cache.hits, render_misses=cache.misses)
    timings["render"] = time.perf_counter() - started
    return BuildResult(articles=articles, analysis=analysis, pages=pages, data=data,
                       warnings=warnings, converter=converter, timings=timings)


_LIBRARIES = ("opencc", "jieba", "jinja2", "pyyaml", "markdown-it-py", "mdit-py-plugins", "trafilatura",
              "lxml")


def inputs_key(settings: Settings) -> str:
    """A hash of everything a build's result depends on: content, templates, the generator's
    code, the settings and the versions of the libraries that shape the text."""
    from importlib import metadata

    h = hashlib.sha256(repr(settings).encode())
    h.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())  # undated articles' feed dates
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            pass
    package = Path(__file__).resolve().parent
    for base_dir in (settings.root / "content", settings.root / "templates", TEMPLATES, package):
        if not base_dir.exists():
            continue
        for path in sorted(base_dir.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path).encode() + b"\0")
                try:
                    h.update(path.read_bytes())
                except OSError:
                    pass
    return h.hexdigest()[:32]


def build_cached(settings: Settings, key: str | None = None, memo: Memo | None = None,
                 analysed: Analysed | None = None) -> tuple[BuildResult, bool]:
    """``build``, or the stored result of a build with exactly the same inputs.

    Returns (result, whether it came from the cache). The key covers every input (see
    ``inputs_key``), so a stale result is never served; the cache keeps the last few results.
    Without a ``memo`` the one in ``.cache/incremental.pickle`` is used and written back, and the
    result is stored. A caller that passes one (``mkdocs serve``) keeps both in memory and
    stores them with ``keep`` when it ends. ``analysed`` (see ``Analysed``) is called only when
    the result is built, not read from the cache, and with the input key the result will carry:
    not when cleaning wrote ``content/articles/`` (the key is known only after the build).
    """
    folder = settings.root / ".cache" / "build"
    key = key or inputs_key(settings)
    path = folder / f"{key}.pickle"
    if path.exists():
        started = time.perf_counter()
        try:
            with path.open("rb") as handle:
                result = pickle.load(handle)
            result.timings = {"cache": time.perf_counter() - started}
            result.key = key
            return result, True
        except Exception:  # a damaged or foreign cache entry is rebuilt, never trusted
            path.unlink(missing_ok=True)
    persist = memo is None
    memo = load_memo(settings.root) if persist else memo

    def analysed_with_key(partial: BuildResult) -> None:
        if analysed is not None and not memo.stats.get("articles_written"):
            partial.key = key
            analysed(partial)

    result = build(settings, memo, analysed_with_key if analysed is not None else None)
    # Writing content/articles/ changes the inputs: store under the key as it is now (read again
    # only then: at 1,000 articles the key reads some 2,000 files).
    result.key = inputs_key(settings) if memo.stats.get("articles_written") else key
    if persist:
        keep(settings, result, memo)
    return result, False


def keep(settings: Settings, result: BuildResult, memo: Memo | None) -> None:
    """Store a build's result under its key (the last few are kept) and the memo, for the next
    process (``build_cached``)."""
    folder = settings.root / ".cache" / "build"
    if memo is not None:
        write_atomic(memo_path(settings.root), pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL))
    if not result.key:
        return
    key_after = result.key
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / f"{key_after}.pickle", pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[4:]:
        old.unlink(missing_ok=True)


def generate(settings: Settings, docs: Path, key: str | None = None, memo: Memo | None = None,
             written: dict | None = None, analysed: Analysed | None = None) -> tuple[BuildResult, bool]:
    """``build_cached``, then the docs folder brought up to date with the pages and the static
    assets (``mkdocs build`` and ``python -m generator pages`` alike). Returns (result, whether
    it came from the cache). ``written`` (``mkdocs serve``): what the last call wrote, kept by
    the caller, so unchanged files are not read again (``writers.write_tree``). ``analysed``: see
    ``build_cached``."""
    from .render import site_assets

    result, cached = build_cached(settings, key, memo, analysed)
    files: dict[str, bytes | str] = dict(result.pages)
    files[".keep"] = ""
    files.update(site_assets(settings.root / "templates"))
    sync_docs(docs, files, result.key, written)
    return result, cached
