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
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .damaged import damage_record, damage_warning
from .articles import (build_article, format_article_file, read_article_file, slugify,
                       unique_slugs)
from .convert import DEFAULT_VARIANT, Converter, for_corpus, load_glossary
from .editorfiles import KNOWN_KEYS, unknown_key_warnings
from .errors import ArticleFileError, EditorFileError, JianfanError, UnknownRule
from .model import Article, Source
from .sources import load_source_meta, read_sources
from .templating import TEMPLATES
from .writers import sync_docs, write_atomic, write_if_changed

__all__ = ["Settings", "BuildResult", "Memo", "load_memo", "load_articles", "build", "build_cached",
           "generate", "inputs_key", "cleaner_signature"]

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


@dataclass
class Memo:
    """What one build keeps for the next, each entry keyed by a hash of everything it depends on:
    each source's cleaning (``cleaned``: signature, path, text, disabled rules) and each article's
    own part of the analysis (``parts``, see ``analyse/incremental.py``). A build takes a memo in
    and leaves in it only the entries it used. ``mkdocs serve`` keeps it in memory between saves;
    ``mkdocs build`` reads and writes ``.cache/incremental.pickle``."""

    cleaned: dict[str, bytes] = field(default_factory=dict)
    parts: dict[str, bytes] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    """Each article's rendered pages, keyed by what their templates are given (``render/cache.py``)."""
    used_cleaned: dict[str, bytes] = field(default_factory=dict)
    formatted: dict[str, str] = field(default_factory=dict)
    """Each unedited article file's text, keyed by its front matter and body (``_format``)."""
    used_formatted: dict[str, str] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)
    """Hits and misses of the last build: cleaned, analysed (shown in the build's log line)."""


def _memo_path(root: Path) -> Path:
    return root / ".cache" / "incremental.pickle"


def load_memo(root: Path) -> Memo:
    """The memo the last ``mkdocs build`` left, or an empty one (absent, damaged, foreign)."""
    try:
        with _memo_path(root).open("rb") as handle:
            memo = pickle.load(handle)
        if isinstance(memo, Memo) and all(hasattr(memo, f) for f in Memo.__dataclass_fields__):
            return memo
    except Exception:  # a cache is never trusted over a rebuild
        pass
    return Memo()


def cleaner_signature() -> str:
    """A hash of the readers' and the cleaner's code: a changed cleaner regenerates unedited articles."""
    from . import clean as clean_pkg
    from . import readers as readers_pkg

    h = hashlib.sha256(__version__.encode())
    for pkg in (readers_pkg, clean_pkg):
        for path in sorted(Path(pkg.__file__).parent.rglob("*.py")):
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _clean(source: Source, signature: str, disabled: list, memo: Memo | None):
    """``clean``, or its result for the same source text, path, rules and cleaner code."""
    from .clean import clean

    if memo is None:
        return clean(source.text, source=source.path, disabled=disabled)
    h = hashlib.sha256(f"{signature}\0{source.path}\0{sorted(disabled)!r}\0".encode())
    h.update(source.text.encode("utf-8", "surrogatepass"))
    key = h.hexdigest()
    blob = memo.cleaned.get(key) or memo.used_cleaned.get(key)
    if blob is None:
        cleaned = clean(source.text, source=source.path, disabled=disabled)
        blob = pickle.dumps(cleaned, protocol=pickle.HIGHEST_PROTOCOL)
        memo.stats["clean_misses"] = memo.stats.get("clean_misses", 0) + 1
    else:
        memo.stats["clean_hits"] = memo.stats.get("clean_hits", 0) + 1
    memo.used_cleaned[key] = blob
    return pickle.loads(blob)


def _sync_article(source: Source, slug: str, articles_dir: Path, signature: str,
                  warnings: list[str], memo: Memo | None = None) -> Article:
    """Clean one source and keep ``content/articles/<slug>.md`` in step, never over an edit."""
    from .clean import clean

    path = articles_dir / f"{slug}.md"
    rel = f"content/articles/{slug}.md"
    existing = None
    unreadable = False
    if path.exists():
        try:
            existing = read_article_file(path)
        except (ArticleFileError, UnicodeDecodeError) as err:
            # Never written over: it may be an editor's file caught half-saved (emptied, not yet
            # written; ``mkdocs serve`` polls while editors save), or a mistake only they can mend.
            unreadable = True
            warnings.append(f"{rel}: {err}; fix it, or delete the file to have it cleaned anew "
                            "(it is left as it is; the cleaned source is published meanwhile)")
    disabled = list((existing.front.get("clean_disable") or []) if existing else [])
    try:
        cleaned = _clean(source, signature, disabled, memo)
    except UnknownRule as err:  # clean_disable names a rule that does not exist
        warnings.append(f"{rel}: clean_disable: {err}")
        cleaned = clean(source.text, source=source.path)
        disabled = []
    if source.damaged:
        entries, flags = damage_record(source.damaged)
        cleaned = replace(cleaned, audit=entries + cleaned.audit, flags=flags + cleaned.flags)
        warnings.append(damage_warning(source.path, source.damaged))
    if existing is not None and existing.edited:
        if existing.front.get("source_hash") != source.sha256:
            warnings.append(f"{rel}: the raw source {source.path} changed since this edited article "
                            "was cleaned; compare them (python -m generator clean "
                            f"{source.path}) and update the article by hand")
        return build_article(slug, source, existing.front, existing.body, cleaned, edited=True)
    front = {
        "title": cleaned.meta.get("title"), "subtitle": cleaned.meta.get("subtitle"),
        "outlet": cleaned.meta.get("outlet"), "author": cleaned.meta.get("author"),
        "date": cleaned.meta.get("date"), "url": cleaned.meta.get("url"),
        "script": cleaned.meta.get("script"), "tags": list(cleaned.meta.get("tags") or []),
        "source": source.name, "source_hash": source.sha256, "cleaner": signature,
        "clean_disable": disabled,
    }
    if existing is not None:
        # Editor-owned fields survive regeneration.
        for key in ("summary",):
            if existing.front.get(key):
                front[key] = existing.front[key]
    if unreadable:
        pass
    elif write_if_changed(path, _format(front, cleaned.body, memo).encode("utf-8")) and memo is not None:
        memo.stats["articles_written"] = memo.stats.get("articles_written", 0) + 1
    return build_article(slug, source, front, cleaned.body, cleaned, edited=False)


def _format(front: dict, body: str, memo: Memo | None) -> str:
    """``format_article_file``, or its text for the same front matter and body (its YAML dump was
    the largest part of reading 100 unchanged articles on a save)."""
    if memo is None:
        return format_article_file(front, body)
    # repr tells apart every type a front matter holds (str, number, bool, None, date, list, dict)
    key = hashlib.sha256(repr(list(front.items())).encode("utf-8", "surrogatepass") + b"\0"
                         + body.encode("utf-8", "surrogatepass")).hexdigest()
    text = memo.formatted.get(key) or memo.used_formatted.get(key)
    if text is None:
        text = format_article_file(front, body)
    memo.used_formatted[key] = text
    return text


def load_articles(root: Path, timings: dict | None = None,
                  memo: Memo | None = None) -> tuple[list[Article], list[str]]:
    """Read and clean every source; return the articles and the warnings for the editor
    (``memo``: cleanings kept from the last build, see ``Memo``)."""
    timings = {} if timings is None else timings
    started = time.perf_counter()
    content = root / "content"
    warnings: list[str] = []
    try:
        meta, w = load_source_meta(content / "sources.yml")
        warnings += w
    except EditorFileError as err:
        warnings.append(str(err))
        meta = {}
    sources, w = read_sources(content / "sources", meta)
    warnings += w
    wanted = [s.meta.slug or slugify(s.stem) for s in sources]
    slugs, renamed = unique_slugs(wanted)
    for i, want, given in renamed:
        warnings.append(f"{sources[i].path}: slug '{want}' is taken by another source; this one "
                        f"is published as '{given}' (set a unique 'slug' in content/sources.yml)")
    articles_dir = content / "articles"
    signature = cleaner_signature()
    timings["read"] = time.perf_counter() - started
    started = time.perf_counter()
    articles = []
    for source, slug in zip(sources, slugs):
        try:
            articles.append(_sync_article(source, slug, articles_dir, signature, warnings, memo))
        except JianfanError as err:
            message = str(err) if str(err).startswith(source.path) else f"{source.path}: {err}"
            warnings.append(f"{message} (skipped)")
    warnings += orphan_warnings(articles_dir, set(slugs), {s.name for s in sources})
    timings["clean"] = time.perf_counter() - started
    return articles, warnings


_SKIPPED = re.compile(r"^(content/sources/[^\n]+?): .*\bskipped\b", re.S)


def skipped_sources(warnings: list[str]) -> tuple[str, ...]:
    """The files of content/sources/ a warning says the build skipped (a reader of the site must
    know a source is missing, not only the editor who reads the log)."""
    return tuple(dict.fromkeys(m.group(1) for w in warnings if (m := _SKIPPED.match(w))))


def orphan_warnings(articles_dir: Path, slugs: set[str], source_names: set[str]) -> list[str]:
    """A file in ``content/articles/`` that no source produces is not published: say so and what
    to do, telling a leftover (its source was deleted or renamed) from an article an editor wrote.

    Every published article is the cleaned form of a raw source, so its cleaning record, source
    register entry and hash exist; a leftover is never brought back to life by accident.
    """
    if not articles_dir.is_dir():
        return []
    warnings = []
    for path in sorted(articles_dir.glob("*.md")):
        if path.stem in slugs:
            continue
        rel = f"content/articles/{path.name}"
        try:
            named = read_article_file(path).front.get("source")
        except (ValueError, UnicodeDecodeError, OSError):
            named = None
        if named and named not in source_names:
            warnings.append(f"{rel}: not published, its source content/sources/{named} is gone (deleted or "
                            "renamed). Put the source back, or delete this file; a renamed source is "
                            "cleaned again under its new name (copy any hand edits over)")
        elif named:
            warnings.append(f"{rel}: not published, a leftover of content/sources/{named}, which is now "
                            "published under another slug (set in content/sources.yml or taken because of "
                            "a clash); copy any hand edits to that article and delete this file")
        else:
            warnings.append(f"{rel}: not published, no source in content/sources/ produces it (every "
                            "article is the cleaned form of a source). To publish an article you wrote, "
                            f"save it as content/sources/{path.stem}.md (a clean text passes the cleaner "
                            "unchanged; add its outlet, author and date in content/sources.yml) and "
                            "delete this file")
    return warnings


def build(settings: Settings, memo: Memo | None = None) -> BuildResult:
    """Run the whole generator: articles, analysis, pages for both locales, data files.

    With a ``memo`` (see ``Memo``), unchanged sources are not cleaned again and unchanged
    articles not analysed again on their own (the corpus step always runs): the same result;
    the memo is left holding what this build used."""
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
    for name in KNOWN_KEYS:
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
    started = time.perf_counter()
    cache = RenderCache(entries=memo.pages) if memo is not None else None
    pages, data = render_pages(articles, analysis, converter, settings, cache, skipped_sources(warnings))
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


def build_cached(settings: Settings, key: str | None = None,
                 memo: Memo | None = None) -> tuple[BuildResult, bool]:
    """``build``, or the stored result of a build with exactly the same inputs.

    Returns (result, whether it came from the cache). The key covers every input (see
    ``inputs_key``), so a stale result is never served; the cache keeps the last few results.
    Without a ``memo`` the one in ``.cache/incremental.pickle`` is used and written back, and the
    result is stored. A caller that passes one (``mkdocs serve``) keeps both in memory and
    stores them with ``keep`` when it ends.
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
    result = build(settings, memo)
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
        write_atomic(_memo_path(settings.root), pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL))
    if not result.key:
        return
    key_after = result.key
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / f"{key_after}.pickle", pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[4:]:
        old.unlink(missing_ok=True)


def generate(settings: Settings, docs: Path, key: str | None = None,
             memo: Memo | None = None, written: dict | None = None) -> tuple[BuildResult, bool]:
    """``build_cached``, then the docs folder brought up to date with the pages and the static
    assets (``mkdocs build`` and ``python -m generator pages`` alike). Returns (result, whether
    it came from the cache). ``written`` (``mkdocs serve``): what the last call wrote, kept by
    the caller, so unchanged files are not read again (``writers.write_tree``)."""
    from .render import site_assets

    result, cached = build_cached(settings, key, memo)
    files: dict[str, bytes | str] = dict(result.pages)
    files[".keep"] = ""
    files.update(site_assets(settings.root / "templates"))
    sync_docs(docs, files, result.key, written)
    return result, cached
