"""The content model: typed, frozen values handed from one pipeline stage to the next.

Reading and writing happen elsewhere (``sources``, ``articles``, ``writers``); everything here is
plain data. Text fields hold the article's *own* script unless a field says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "AuditEntry",
    "Flag",
    "Cleaned",
    "SourceMeta",
    "Source",
    "Block",
    "Article",
    "LOCALES",
    "SCRIPTS",
]

#: The two published locales; the first is the default at the site root.
LOCALES = ("zh-Hans", "zh-Hant")
#: Script labels an article can carry (``mixed`` is converted like simplified text).
SCRIPTS = ("zh-Hans", "zh-Hant", "mixed")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One span the cleaner removed, changed or set aside."""

    rule: str
    """Name of the rule that made the edit (e.g. ``join_hard_wraps``)."""
    line: int
    """1-based line number in the raw source where the span starts."""
    before: str
    """The raw text of the span."""
    after: str
    """What replaced it ('' when removed or moved to metadata)."""
    action: str = "changed"
    """``removed`` | ``changed`` | ``set_aside`` | ``metadata``."""
    note: str = ""
    """Why, in a few words an editor understands."""


@dataclass(frozen=True, slots=True)
class Flag:
    """Something the cleaner noticed but would not fix on its own: the editor decides."""

    rule: str
    line: int
    """1-based raw line number."""
    text: str
    """The raw text concerned."""
    message: str
    """What looks wrong and what the editor could do."""
    suggestion: str = ""


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Result of cleaning one decoded source text."""

    body: str
    """Cleaned Markdown body: paragraphs separated by blank lines, ``##`` headings, pipe tables."""
    meta: dict
    """Metadata recovered from the text: title, subtitle, author, outlet, tags, kicker, editors …"""
    audit: tuple[AuditEntry, ...]
    flags: tuple[Flag, ...]
    set_aside: tuple[str, ...] = ()
    """Blocks judged off-topic (raw text), kept so an editor can bring them back."""


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """Editor-owned metadata of one source (``content/sources.yml``); None means unknown."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    """ISO date, possibly partial: ``2024``, ``2024-03`` or ``2024-03-27``."""
    url: str | None = None
    note: str | None = None
    slug: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One raw article as received, decoded."""

    path: str
    """Path relative to the project root, e.g. ``content/sources/000_x.txt``."""
    name: str
    """File name."""
    stem: str
    text: str
    """Decoded text with newlines normalised to ``\\n``."""
    sha256: str
    """Hash of the raw bytes."""
    encoding: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    damaged: tuple = ()
    """Runs of bytes that were not valid UTF-8 (:class:`generator.damaged.Damage`), shown as U+FFFD."""


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article's body; paragraphs carry stable anchors."""

    kind: str
    """``p`` (paragraph), ``h2``/``h3`` (heading), ``table``, ``caption``."""
    text: str
    """Plain text (for tables: the Markdown table source)."""
    id: str = ""
    """Anchor id, the same in both scripts: ``p12`` for paragraphs, ``t2`` for tables, slug for headings."""
    n: int = 0
    """Paragraph number (¶n) for ``p`` blocks, 0 otherwise."""


#: The headings the cleaner gives the readers' comments section (rule ``comments``): simplified, traditional.
COMMENT_HEADS = ("读者评论", "讀者評論")
#: How each kept comment opens (rule ``comments`` writes it, the index reads it): its writer, and whom a
#: reply answers ("不吃香菜的猫：…", "半夏（回复不吃香菜的猫）：…").
COMMENT_WRITER = re.compile(r"^\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*(?:[（(]回[复覆][^（()）]{1,22}[）)])?\s*[：:]")
#: The heading the cleaner gives a thread's post or one of several authored pieces on a page (rule
#: ``floor_posts``, ``readers.answers`` write it with ``post_heading``; the speakers and the timeline read it):
#: number, poster, day and time, role ("3楼　某网友　2023-11-22 22:15（楼主）").
POST_HEADING = re.compile(r"^(?P<num>\d{1,4})\s*[楼樓][\s\u3000]*(?P<name>.+?)\s*"
                          r"(?:[\s·・]\s*(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s*(?P<time>\d{1,2}:\d{2}))?)?"
                          r"(?:[（(](?P<role>[\u4e00-\u9fff]{2,12})[）)])?$")


def post_heading(num, name: str, day: str = "", time: str = "", role: str = "") -> str:
    """A post's heading (``POST_HEADING``), in ideographic spaces so that it reads the same when cleaned again."""
    return (f"{num}楼\u3000{name}" + (f"\u3000{day}" if day else "") + (f" {time}" if day and time else "")
            + (f"（{role}）" if role else ""))


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article ready for analysis and rendering."""

    slug: str
    source: str
    """Source file name in ``content/sources/``."""
    title: str
    script: str
    """``zh-Hans``, ``zh-Hant`` or ``mixed``."""
    blocks: tuple[Block, ...]
    subtitle: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    note: str | None = None
    """The editor's note on the source (``content/sources.yml`` ``note``), in the editor's script."""
    tags: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    """Editor-pinned summary sentences (front matter ``summary``); empty means automatic."""
    source_hash: str = ""
    flags: tuple[Flag, ...] = ()
    audit: tuple[AuditEntry, ...] = ()
    set_aside: tuple[str, ...] = ()
    edited: bool = False
    """True when an editor changed the cleaned article by hand."""
    from_source: tuple[str, ...] = ()
    """Metadata fields (``title``, ``outlet``, ``author``, ``date``, ``url``) whose value was read
    from the source itself (its front matter, page metadata, repost card or text) because
    ``content/sources.yml`` leaves them empty: pages mark them "据来源页面"."""

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The numbered paragraphs, in reading order."""
        return tuple(b for b in self.blocks if b.kind == "p")

    @property
    def comment_ids(self) -> frozenset[str]:
        """Ids of the paragraphs in the readers' comments section (under ``读者评论`` / ``讀者評論``, to the
        next heading of its level): readers' voices kept with the article, never the article's own text."""
        ids, inside = set(), False
        for b in self.blocks:
            if b.kind.startswith("h"):
                inside = b.text.strip() in COMMENT_HEADS
            elif inside and b.kind == "p":
                ids.add(b.id)
        return frozenset(ids)
