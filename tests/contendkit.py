"""What the contention tests build articles with and read contentions by (one place instead of a copy per file)."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article


def article(slug, title, body, script="zh-Hans", outlet=None, date="2026-05-01", paper="网"):
    """An article as the reader gives it: its outlet is "<slug>网" (or "<slug><paper>") unless named."""
    return Article(slug=slug, source=f"{slug}.txt", title=title, script=script,
                   blocks=parse_body(body), outlet=outlet or f"{slug}{paper}", date=date)


def names(side):
    """The names a contention's side shows."""
    return {sp.name for sp in side.speakers}


def shown(an, topic=True):
    """Each contention as a reader sees it: (topic,) each side's statement and names."""
    return [((c.topic,) if topic else ()) + (c.a.statement, names(c.a), c.b.statement, names(c.b))
            for c in an.contentions]


def quoting(an, text):
    """The contentions one of whose sides quotes ``text``."""
    return [c for c in an.contentions if any(text in x.quote for x in c.a.citations + c.b.citations)]


def side_quoting(c, text):
    """The side of contention ``c`` one of whose citations quotes ``text`` (else the other side)."""
    return c.a if any(text in x.quote for x in c.a.citations) else c.b
