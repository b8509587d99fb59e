"""The analysis model: what the analyser found in a set of articles, ready to render.

Everything here is plain, frozen data. Two kinds of text appear, and each field says which:

* **generated** text (statements, labels, topics) is written in ``zh-Hans``;
* **quoted** text (quotes, names, contexts, event texts) is a verbatim substring of the
  article's own paragraph and so is in that article's script (``Article.script``).

Renderers convert both into the page's locale with the ``tr(text, script)`` they are given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .modelfigure import Figure  # a key figure and when two state the same fact

__all__ = [
    "KINDS",
    "Category",
    "Citation",
    "Speaker",
    "Point",
    "Side",
    "Contention",
    "Figure",
    "Event",
    "OtherDate",
    "Mention",
    "Entity",
    "SummarySentence",
    "Related",
    "Digest",
    "Overview",
    "Analysis",
]

#: The two kinds of briefing point.
KINDS = ("impact", "limit")


@dataclass(frozen=True, slots=True)
class Category:
    """A briefing category from ``content/taxonomy.yml``."""

    id: str
    """Anchor id, e.g. ``impact-film``; unique across both kinds."""
    kind: str
    """``impact`` or ``limit``."""
    label: str
    """Heading shown to readers (zh-Hans)."""
    description: str = ""
    """One line saying what belongs here (zh-Hans, may be empty)."""


@dataclass(frozen=True, slots=True)
class Citation:
    """One paragraph supporting a point, with the words behind it."""

    article: str
    """Article slug."""
    paragraph: str
    """Paragraph anchor id (``p12``)."""
    quote: str
    """Verbatim substring of that paragraph's original text (article's script)."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who the text says holds a view; only ever taken from an explicit attribution."""

    name: str
    """Name as written in the article (article's script), e.g. ``钟俊浩`` or ``天风证券``."""
    role: str
    """Role or affiliation as the article gives it (article's script); may be empty."""
    article: str
    """Article slug where the attribution is made."""
    paragraph: str
    """Paragraph id of the attribution."""
    kind: str = "person"
    """``person``, ``org`` or ``group`` (an unnamed holder as the text describes it, e.g.
    ``多位游戏从业者``)."""
    group: str = ""
    """Type of voice from the taxonomy's ``voices`` (e.g. ``brokerage``, ``expert``); may be empty."""
    group_label: str = ""
    """Reader label of ``group`` (zh-Hans), e.g. ``券商``."""

    def __post_init__(self) -> None:
        # a role is a title, never its sentence's end: the punctuation a description ran on with
        # ("某咨询合伙人、研究组负责人。", "前工程师，") is no part of it
        trimmed = self.role.strip().rstrip("。．，,；;：:、！？ \u3000")
        if trimmed != self.role:
            object.__setattr__(self, "role", trimmed)


@dataclass(frozen=True, slots=True)
class Point:
    """One impact or limit, stated once, with every source that makes it."""

    id: str
    """Stable anchor id: ``pt-<category>-<hash of the normalised automatic statement>``."""
    kind: str
    """``impact`` or ``limit``."""
    category: str
    """Category id."""
    statement: str
    """One whole sentence (zh-Hans)."""
    citations: tuple[Citation, ...]
    """Supporting paragraphs, strongest first; at least one."""
    speakers: tuple[Speaker, ...] = ()
    """Attributed holders of this view; empty when the text attributes it to no one."""
    score: float = 0.0
    """Ranking weight (higher first)."""
    pinned: bool = False
    """Pinned by an editor: shown first and never dropped."""
    edited: bool = False
    """Statement, category or sources changed by an editor override."""
    copies: tuple[str, ...] = ()
    """Cited articles that repeat another cited article's wire copy (the same passages word for
    word, ``wirecopy``): one source with it, not an independent one."""
    differs: tuple["Differ", ...] = ()
    """Figures and dates the cited outlets give differently for this claim (``pointdiffers``)."""

    @property
    def articles(self) -> tuple[str, ...]:
        """Distinct article slugs citing this point, in citation order."""
        return tuple(dict.fromkeys(c.article for c in self.citations))


@dataclass(frozen=True, slots=True)
class Differ:
    """A figure or a date a point's outlets give differently ("160万部" / "280万台")."""

    kind: str
    """``figure`` or ``date``."""
    values: tuple[tuple[str, Citation], ...]
    """Each outlet's value (as its sentence writes it, in the article's script) and the citation giving it, one per
    outlet."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a contention."""

    label: str
    """What this side holds (zh-Hans)."""
    points: tuple[str, ...]
    """Point ids on this side."""
    citations: tuple[Citation, ...] = ()
    """Supporting paragraphs of this side (may include sentences that are not points)."""
    statement: str = ""
    """This side's argument in one sentence (zh-Hans), from its strongest source."""
    speakers: tuple[Speaker, ...] = ()
    """Who holds this side, where the text attributes it."""


@dataclass(frozen=True, slots=True)
class Contention:
    """A question on which the sources disagree, both sides side by side."""

    id: str
    """Anchor id, e.g. ``contention-disrupt-film``."""
    topic: str
    """The question (zh-Hans)."""
    a: Side
    b: Side

    @property
    def articles(self) -> tuple[str, ...]:
        """Distinct article slugs on either side."""
        return tuple(dict.fromkeys(c.article for c in self.a.citations + self.b.citations))


@dataclass(frozen=True, slots=True)
class OtherDate:
    """Another outlet's date for the same event."""

    date: str
    article: str
    paragraph: str


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event for the timeline."""

    date: str
    """ISO date, possibly partial (``2024-02-16``, ``2024-02`` or ``2024``)."""
    inferred: bool
    """True when the date was not written out but resolved from context (a year taken from the
    article's date, "上周四", "春节期间")."""
    text: str
    """The sentence stating the event, verbatim (article's script)."""
    article: str
    paragraph: str
    also: tuple[Citation, ...] = ()
    """Other paragraphs reporting the same event."""
    precision: str = "day"
    """``day``, ``month``, ``year`` or ``approximate`` (part of a month, a festival, "近日")."""
    forecast: bool = False
    """The date lies after the article's date, or the text announces it as a plan or forecast."""
    disputed: tuple[OtherDate, ...] = ()
    """Other outlets' dates for the same event, when they disagree on the day."""
    person: str = ""
    """The indexed person whose life this row tells (a school, a degree, a job taken years before
    the news), shown with that person in the index rather than on the timeline; '' for news."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an entity is named."""

    article: str
    paragraph: str
    surface: str
    """The name as written there (article's script)."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or product named in the corpus."""

    name: str
    """Canonical name (zh-Hans)."""
    kind: str
    """``person``, ``org`` or ``product``."""
    mentions: tuple[Mention, ...]
    role: str = ""
    """Role as first given by an article (zh-Hans), may be empty."""
    aliases: tuple[str, ...] = ()
    """Other spellings merged into this entity (zh-Hans working copy), e.g. ``Google`` for 谷歌."""
    forms: tuple[str, ...] = ()
    """Every spelling as written in the articles (each article's own script)."""

    @property
    def id(self) -> str:
        """Anchor id on the entities page."""
        import hashlib

        return "e-" + hashlib.sha1(self.name.encode("utf-8")).hexdigest()[:8]

    @property
    def articles(self) -> tuple[str, ...]:
        """Distinct article slugs mentioning it."""
        return tuple(dict.fromkeys(m.article for m in self.mentions))


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of an article's summary."""

    text: str
    """The sentence (article's script): verbatim, or the editor's words when pinned."""
    paragraph: str
    """Paragraph id it comes from; '' when an editor's sentence matches no paragraph."""
    pinned: bool = False
    role: str = "point"
    """``thesis`` (what the article argues, shown first), ``point`` (a supporting point) or
    ``conclusion`` (how it closes)."""


@dataclass(frozen=True, slots=True)
class Related:
    """Another article covering some of the same ground."""

    article: str
    """The other article's slug."""
    score: float
    points: tuple[str, ...] = ()
    """Point ids both articles support."""
    figures: tuple[str, ...] = ()
    """Figure keys (zh-Hans) both articles give."""
    entities: tuple[str, ...] = ()
    """Entity names (zh-Hans) both articles mention."""


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything the digest page of one article shows."""

    article: str
    summary: tuple[SummarySentence, ...]
    figures: tuple[Figure, ...]
    entities: tuple[str, ...]
    """Entity names (zh-Hans), most mentioned first."""
    keywords: tuple[str, ...]
    """Keywords (zh-Hans), strongest first."""
    points: tuple[str, ...]
    """Ids of briefing points this article supports."""
    related: tuple[Related, ...]
    reading_minutes: int = 1
    """Estimated reading time."""


@dataclass(frozen=True, slots=True)
class Overview:
    """The corpus at a glance."""

    sources: int
    """Number of articles."""
    outlets: tuple[str, ...]
    """Distinct outlets as written (may be empty when unknown)."""
    date_from: str | None
    date_to: str | None
    paragraphs: int = 0
    takeaways: tuple[str, ...] = ()
    """Point ids a busy reader should see first."""
    question: str = ""
    """Id of the contention most sources take part in (the story's open question); may be empty."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of ``analyse``: the briefing, digests, figures, timeline and entities."""

    categories: tuple[Category, ...]
    points: tuple[Point, ...]
    contentions: tuple[Contention, ...]
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]
    entities: tuple[Entity, ...]
    digests: tuple[Digest, ...]
    overview: Overview
    method: dict = field(default_factory=dict, compare=False)
    """Numbers for the method note (sentences read, candidates, clusters, overrides applied)."""

    def point(self, point_id: str) -> Point | None:
        """The point with this id, or None."""
        for p in self.points:
            if p.id == point_id:
                return p
        return None

    def category(self, category_id: str) -> Category | None:
        """The category with this id, or None."""
        for c in self.categories:
            if c.id == category_id:
                return c
        return None

    def digest(self, slug: str) -> Digest | None:
        """The digest of one article, or None."""
        for d in self.digests:
            if d.article == slug:
                return d
        return None

    def points_in(self, category_id: str) -> tuple[Point, ...]:
        """Points of one category, pinned first then by score."""
        return tuple(p for p in self.points if p.category == category_id)

    def to_json(self, articles) -> dict:
        """The ``site/data/corpus.json`` structure (see ``generator.analyse.corpus``)."""
        from .corpus import corpus_json

        return corpus_json(self, articles)
