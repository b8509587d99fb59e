"""Cleaned articles on disk: ``content/articles/<slug>.md`` with front matter, editor-safe.

A cleaned article is written by the build only while nobody has edited its body: the front matter
keeps a hash of the body as generated, and a body that no longer matches it is an editor's work,
which is never overwritten.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .editorfiles import FastLoader
from .errors import ArticleFileError
from .model import Article, Block, Cleaned, Source

__all__ = ["parse_body", "slugify", "ArticleFile", "read_article_file", "format_article_file",
           "body_hash", "unique_slugs", "heading_id"]

_FM = re.compile(r"\A---\n(.*?\n)---\n?", re.S)
_SLUG_BAD = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")


def slugify(text: str) -> str:
    """A URL-safe, stable slug: lower-case ASCII letters, digits, CJK; runs of others → '-'."""
    text = unicodedata.normalize("NFKC", text).lower()
    return _SLUG_BAD.sub("-", text).strip("-")[:60] or "article"


def heading_id(text: str) -> str:
    """Anchor id of a heading, readable and the same in both scripts' pages (see render)."""
    return "h-" + slugify(text)


def unique_slugs(wanted: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Make slugs unique in order; return (slugs, [(index, wanted, given)] for renamed ones)."""
    seen: set[str] = set()
    result, renamed = [], []
    for i, slug in enumerate(wanted):
        given, n = slug, 2
        while given in seen:
            given, n = f"{slug}-{n}", n + 1
        seen.add(given)
        result.append(given)
        if given != slug:
            renamed.append((i, slug, given))
    return result, renamed


def body_hash(body: str) -> str:
    """Hash of a body as generated, ignoring trailing white space on lines and at the end."""
    norm = "\n".join(line.rstrip() for line in body.strip().splitlines())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def parse_body(body: str) -> tuple[Block, ...]:
    """Split a cleaned Markdown body into blocks, numbering paragraphs ¶1… in reading order."""
    blocks: list[Block] = []
    n = tables = 0
    used: set[str] = set()
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        if not chunk:
            continue
        m = re.match(r"^(#{1,6})\s+(.+?)\s*#*$", chunk)
        if m and "\n" not in chunk:
            level = min(max(len(m.group(1)), 2), 3)
            hid, k = heading_id(m.group(2)), 2
            base = hid
            while hid in used:
                hid, k = f"{base}-{k}", k + 1
            used.add(hid)
            blocks.append(Block(kind=f"h{level}", text=_unescape(m.group(2).strip()), id=hid))
        elif chunk.startswith("|"):
            tables += 1
            blocks.append(Block(kind="table", text=chunk, id=f"t{tables}"))
        elif all(line.startswith(">") for line in chunk.splitlines()):
            text = " ".join(line.lstrip(">").strip() for line in chunk.splitlines())
            blocks.append(Block(kind="caption", text=_unescape(text)))
        else:
            n += 1
            text = _unescape("".join(_join(chunk.splitlines())))
            blocks.append(Block(kind="p", text=text, id=f"p{n}", n=n))
    return tuple(blocks)


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def _unescape(text: str) -> str:
    """The cleaner's backslash escapes (``\\*``, ``\\#``) back to the characters they keep."""
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


def _join(lines: list[str]):
    """Join an editor's wrapped paragraph lines: CJK–CJK with nothing, Latin–Latin with a space."""
    prev = ""
    for i, line in enumerate(lines):
        line = line.strip()
        if i and prev and line and prev[-1].isascii() and prev[-1].isalnum() \
                and line[0].isascii() and line[0].isalnum():
            yield " "
        yield line
        prev = line


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """A cleaned article file as found on disk."""

    front: dict
    body: str
    edited: bool
    """The body differs from the body the build generated."""


def read_article_file(path: Path) -> ArticleFile:
    """Read ``content/articles/<slug>.md``; raise ArticleFileError with a readable reason if
    malformed."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    m = _FM.match(text)
    if not m:
        raise ArticleFileError("has no front matter (a block between two '---' lines at the top)")
    try:
        front = yaml.load(m.group(1), Loader=FastLoader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f" at line {mark.line + 2}" if mark is not None else ""
        raise ArticleFileError(f"has front matter that is not valid YAML{line}") from None
    if not isinstance(front, dict):
        raise ArticleFileError("has front matter that is not a mapping of fields")
    body = text[m.end():]
    edited = front.get("generated") != body_hash(body)
    return ArticleFile(front=front, body=body, edited=edited)


#: Front matter fields in the order they are written.
FIELDS = ("title", "subtitle", "outlet", "author", "date", "url", "script", "tags", "source",
          "source_hash", "cleaner", "clean_disable", "summary", "generated")


def format_article_file(front: dict, body: str) -> str:
    """Serialise an article file; ``generated`` is set to the hash of ``body``."""
    front = {k: front.get(k) for k in FIELDS if front.get(k) not in (None, [], "")} | {
        k: v for k, v in front.items() if k not in FIELDS and v not in (None, [], "")}
    front["generated"] = body_hash(body)
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{head}---\n\n{body.strip()}\n"


#: A Markdown heading ("### 1楼 X"), not a hashtag opening a post ("#话题# 正文").
_HEADING = re.compile(r"#{1,6}(?:\s|$)")
#: A reply or mention opening a paragraph ("回复 @X：", "//@X:", "@X："): a comment, never the page's first words.
_REPLY = re.compile(r"(?:回复|回覆|回應|回应)?\s*(?://)?[@＠][^\s:：]{1,30}\s*[:：]")


def first_words(body: str, longest: int = 30) -> str | None:
    """A page that prints no headline stands under its text's first words (up to a clause end,
    ``longest`` characters at most), never under its file's name."""
    for para in body.split("\n\n"):
        text = para.strip()
        if not text or text[0] in ">|!-*" or _HEADING.match(text) or _REPLY.match(text) \
                or len(re.findall(r"[\u4e00-\u9fff]", text)) < 4:
            continue
        cut = [m.start() for m in re.finditer(r"[，。！？；：,!?;:]", text) if 4 <= m.start() <= longest]
        return text[:cut[-1]] if cut else text[:longest]
    return None


def build_article(slug: str, source: Source, front: dict, body: str, cleaned: Cleaned,
                  edited: bool) -> Article:
    """Assemble the Article value from the file's front matter and body, metadata file first."""
    meta = source.meta

    def pick(field: str):
        value = getattr(meta, field, None) or front.get(field)
        return str(value).strip() if value not in (None, "") else None

    from_source = tuple(
        f for f in ("title", "outlet", "author", "date", "url")
        if not getattr(meta, f, None) and front.get(f) not in (None, "")
        and str(front.get(f)).strip() == str(cleaned.meta.get(f) or "").strip())
    summary = front.get("summary") or ()
    if isinstance(summary, str):
        summary = (summary,)
    tags = front.get("tags") or ()
    return Article(
        slug=slug, source=source.name,
        title=pick("title") or first_words(body) or source.stem,
        subtitle=pick("subtitle"), outlet=pick("outlet"), author=pick("author"),
        date=pick("date"), url=pick("url"),
        note=str(meta.note).strip() if meta.note not in (None, "") else None,
        script=str(front.get("script") or cleaned.meta.get("script") or "zh-Hans"),
        tags=tuple(str(t) for t in tags) if isinstance(tags, (list, tuple)) else (str(tags),),
        blocks=parse_body(body),
        summary=tuple(str(s) for s in summary),
        source_hash=source.sha256,
        flags=cleaned.flags, audit=cleaned.audit, set_aside=cleaned.set_aside,
        edited=edited, from_source=from_source,
    )
