"""Atom feeds, one per script: the articles (newest first) and the briefing, which changes with
every article added.

No MkDocs feed plugin fits: mkdocs-rss-plugin writes RSS for one language from git dates and full
page dates, and our articles carry the dates their sources give (``2024-03`` is a date here) and
live in two languages from one set of files. The feeds are made from the content model, in the
build, and are deterministic: an entry's date is its article's (a partial date stands for its
first day); an article without a date takes SOURCE_DATE_EPOCH, else the newest article's date.
"""

from __future__ import annotations

import os
import re
import uuid
from datetime import datetime, timezone
from xml.sax.saxutils import escape as _escape, quoteattr as _quoteattr

from .model import LOCALES

__all__ = ["atom_feeds", "feed_path", "FEED_MAX", "feed_date"]

#: Entries per feed: the newest articles (a reader's feed shows what is new, not an archive).
FEED_MAX = 50
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def feed_path(locale: str) -> str:
    """Where a locale's feed is published, relative to the site root."""
    return "feed.xml" if locale == LOCALES[0] else f"{locale}/feed.xml"


def feed_date(value: str | None) -> datetime | None:
    """``2024``, ``2024-03`` or ``2024-03-20`` as the first instant it names (UTC); None if none."""
    m = _DATE.match(str(value or ""))
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return datetime(y, mo, d, tzinfo=timezone.utc)
    except ValueError:
        return datetime(y, 1, 1, tzinfo=timezone.utc)


def _fallback_date(articles, environ) -> datetime:
    epoch = str(environ.get("SOURCE_DATE_EPOCH", "")).strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    dates = [d for d in (feed_date(a.date) for a in articles) if d]
    return max(dates) if dates else datetime(2000, 1, 1, tzinfo=timezone.utc)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feeds(articles, analysis, converter, site_name: str, site_url: str = "",
               environ=None) -> dict[str, bytes]:
    """``{feed_path(locale): Atom document}`` for both locales.

    ``site_name`` is converted into each locale's script; ``site_url`` (mkdocs.yml ``site_url``),
    when set, makes every link absolute; without it links are relative to the feed's own
    address, which feed readers resolve."""
    environ = os.environ if environ is None else environ
    fallback = _fallback_date(articles, environ)
    dated = sorted(articles, key=lambda a: (feed_date(a.date) or fallback, a.slug), reverse=True)
    newest = max([feed_date(a.date) or fallback for a in articles], default=fallback)
    return {feed_path(loc): _feed(loc, dated[:FEED_MAX], analysis, converter, site_name,
                                  site_url, fallback, newest)
            for loc in LOCALES}


def _feed(locale, articles, analysis, converter, site_name, site_url, fallback, newest) -> bytes:
    def tr(text, script="zh-Hans"):
        return converter(text or "", script, locale)

    root = site_url.rstrip("/") + "/" if site_url else ""
    base = root + ("" if locale == LOCALES[0] or not root else f"{locale}/")
    name = tr(site_name, "auto") or tr("简繁")
    ns = uuid.uuid5(uuid.NAMESPACE_URL, root or f"jianfan:{site_name}")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(locale)}>',
           f"<title>{escape(name)}</title>",
           f"<subtitle>{escape(tr('文章与简报更新'))}</subtitle>",
           f"<id>urn:uuid:{uuid.uuid5(ns, 'feed:' + locale)}</id>",
           f'<link rel="self" type="application/atom+xml" href={quoteattr(base + "feed.xml")}/>',
           f'<link rel="alternate" type="text/html" href={quoteattr(base or "./")}/>',
           f"<updated>{_stamp(newest)}</updated>",
           f"<author><name>{escape(name)}</name></author>",
           '<generator uri="https://www.mkdocs.org/">Jianfan</generator>']
    ov = analysis.overview
    points = {p.id: p for p in analysis.points}
    takeaways = [tr(points[pid].statement) for pid in ov.takeaways if pid in points]
    briefing_summary = tr(f"{ov.sources} 个来源，{len(analysis.points)} 个要点。") + "".join(takeaways)
    out.append(_entry(uuid.uuid5(ns, "briefing:" + locale), tr("简报：影响与局限"), base + "briefing/",
                      newest, newest, briefing_summary, name, [tr("简报")]))
    for a in articles:
        when = feed_date(a.date) or fallback
        digest = analysis.digest(a.slug)
        summary = "".join(tr(s.text, a.script) for s in (digest.summary if digest else ()))
        author = tr(a.author, a.script) or tr(a.outlet, a.script) or tr("未知")
        tags = [tr(a.outlet, a.script)] if a.outlet else []
        out.append(_entry(uuid.uuid5(ns, f"article:{a.slug}:{locale}"), tr(a.title, a.script),
                          f"{base}articles/{a.slug}/", when, when, summary, author, tags))
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """Text for XML character data: markup escaped, characters XML forbids dropped."""
    return _escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(_NOT_XML.sub("", text))


def _entry(uid, title, href, updated, published, summary, author, categories) -> str:
    cats = "".join(f"<category term={quoteattr(c)}/>" for c in categories if c)
    return (f"<entry><title>{escape(title)}</title>"
            f'<link rel="alternate" type="text/html" href={quoteattr(href)}/>'
            f"<id>urn:uuid:{uid}</id><published>{_stamp(published)}</published>"
            f"<updated>{_stamp(updated)}</updated><author><name>{escape(author)}</name></author>"
            f"{cats}<summary type=\"text\">{escape(summary)}</summary></entry>")
