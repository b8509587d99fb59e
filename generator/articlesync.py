"""Reading and cleaning: every source of ``content/sources/`` read, cleaned and kept in step
with its article file in ``content/articles/`` (never over an editor's edit), with the warnings
an editor needs (skipped sources, orphaned article files)."""

from __future__ import annotations

import hashlib
import pickle
import re
import time
from dataclasses import replace
from pathlib import Path

from . import __version__
from .codeclosure import code_closure
from .articles import build_article, format_article_file, read_article_file, slugify, unique_slugs
from .damaged import damage_record, damage_warning
from .errors import ArticleFileError, EditorFileError, JianfanError, UnknownRule
from .memo import Memo
from .model import Article, Source
from .sources import load_source_meta, read_sources
from .writers import write_if_changed

__all__ = ["cleaner_signature", "load_articles", "skipped_sources", "skipped_reasons", "orphan_warnings"]


def cleaner_signature() -> str:
    """A hash of the code the readers and the cleaner run (their packages and every generator module they import,
    see ``codeclosure``): a changed cleaner regenerates unedited articles; a change to the analysis does not.
    Kept by the text of every module of the package (what the closure is read from): reading them costs a
    hundredth of parsing the closure's imports, which ``mkdocs serve`` did on every save."""
    root = Path(__file__).resolve().parent
    files = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" not in path.parts and path.is_file():
            files.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    fingerprint = files.hexdigest()
    if fingerprint not in _SIGNATURES:
        _SIGNATURES.clear()
        _SIGNATURES[fingerprint] = _signature(root)
    return _SIGNATURES[fingerprint]


#: The cleaner's signature by the fingerprint of the package's modules (the last one only).
_SIGNATURES: dict[str, str] = {}


def _signature(root: Path) -> str:
    h = hashlib.sha256(__version__.encode())
    for path in code_closure("clean", "readers"):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
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
    from .clean.safetynet import warnings_of
    warnings += warnings_of(source.path, cleaned.flags)
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


#: Why a source was skipped, told to readers in a few words (zh-Hans UI labels), by the warning's wording.
_REASONS = (
    (re.compile(r"must end in|is not one the build reads"), "文件类型不受支持"),
    (re.compile(r"not a text article|an? (?:PNG|JPEG|GIF) image|PDF document|old Office"), "不是文字文件（图片、PDF 或其他二进制文件）"),
    (re.compile(r"cannot decode"), "无法识别文字编码"),
    (re.compile(r"empty or holds only white space"), "文件为空"),
    (re.compile(r"over the limit"), "文件过大"),
    (re.compile(r"is a link or leads outside"), "是链接或指向来源文件夹以外"),
    (re.compile(r"holds no|no text|without a body|without a <channel>|no items|no RSS or Atom"), "没有可读的正文"),
    (re.compile(r"broken|damaged|cannot be (?:read|unpacked)|cannot read|nests too deep|entities"), "文件已损坏或无法解析"),
)


def skipped_reasons(warnings: list[str]) -> tuple[tuple[str, str], ...]:
    """(file, reason) of each source the build skipped, the reason in a few words for the site's
    readers (the warning in the build's log says what to do)."""
    out: dict[str, str] = {}
    for w in warnings:
        m = _SKIPPED.match(w)
        if m and m.group(1) not in out:
            out[m.group(1)] = next((why for pattern, why in _REASONS if pattern.search(w)), "无法读取")
    return tuple(out.items())


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
