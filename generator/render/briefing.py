"""The briefing page and the index of people and organisations, from the analysis."""

from __future__ import annotations

import datetime as dt
import re

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from ..hanzi import converter as opencc_converter
from .chart import briefing_chart_svg
from .figures import key_figures, label, owner, as_shown
from .links import paragraph_href, paragraph_number, source_name
from .markdown import Translate, render_markdown

if TYPE_CHECKING:
    from ..analyse.model import Analysis
    from ..model import Article

__all__ = ["render_briefing", "render_entities", "entity_groups", "KIND_LABEL", "KEY_FIGURES"]

#: Figure kinds as shown to readers (zh-Hans).
KIND_LABEL = {"money": "金额", "percent": "百分比", "multiple": "倍数", "duration": "时长",
              "quantity": "数量", "count": "计数", "date": "日期"}
#: The briefing page lists this many key figures.
KEY_FIGURES = 16


def _cites(citations, arts, prefix: str) -> list[dict]:
    out = []
    for c in citations:
        a = arts.get(c.article)
        if a is None:
            continue
        out.append({"source": source_name(a), "script": a.script, "quote": c.quote,
                    "n": paragraph_number(a, c.paragraph),
                    "href": paragraph_href(a, c.paragraph, prefix), "title": a.title})
    return out


def _unwrapped(quote: str) -> str:
    """A quote that is one quotation whole ("“孩子班上一半同学都病了…”") without its own marks: the page puts
    its quotation marks round every quote (never "““…””")."""
    q = quote.strip()
    if len(q) > 2 and q[0] in "“「『\"" and q[-1] in "”」』\"" and not re.search(r"[“「『”」』\"]", q[1:-1]):
        return q[1:-1]
    return quote


def _speakers(point, arts) -> list[dict]:
    return _speaker_list(point.speakers, arts)


def _speaker_list(speakers, arts) -> list[dict]:
    out, shown = [], set()
    for s in speakers:
        a = arts.get(s.article)
        key = _same_form(s.name, a.script if a else "zh-Hans")
        if key in shown:  # a holder quoted in two places is one name on the page
            continue
        shown.add(key)
        out.append({"name": s.name, "role": s.role, "script": a.script if a else "zh-Hans",
                    "group": s.group_label})
    return out


def _point_view(p, arts, prefix: str = "articles/") -> dict:
    return {"id": p.id, "statement": p.statement, "sources": len(p.articles), "copies": len(p.copies),
            "cites": _cites(p.citations, arts, prefix), "speakers": _speakers(p, arts),
            "pinned": p.pinned, "edited": p.edited, "differs": _differs(p, arts, prefix)}


def _differs(p, arts, prefix: str) -> list[dict]:
    """Per figure or date the point's outlets give differently, each outlet's value and its link."""
    out = []
    for d in p.differs:
        values = [dict(_source_link(arts[c.article], c.paragraph), value=v,  # (in its article's script)
                       href=paragraph_href(arts[c.article], c.paragraph, prefix))
                  for v, c in d.values if c.article in arts]
        if len(values) >= 2:
            out.append({"kind": d.kind, "values": values})
    return out


def _source_link(a, paragraph: str) -> dict:
    return {"source": source_name(a), "script": a.script, "href": paragraph_href(a, paragraph)}


def _figure_rows(analysis: Analysis, arts, tr=None, limit: int = KEY_FIGURES) -> list[dict]:
    rows = []
    for fs in key_figures(analysis)[:limit]:
        first = fs[0]
        seen, srcs = set(), []
        for f in fs:
            if f.article not in seen:
                seen.add(f.article)
                srcs.append(_source_link(arts[f.article], f.paragraph))
        values, shown = [], set()
        for f in fs:  # the same fact as each outlet writes it: "超过 7%" / "7.41%"
            key = _same_form(f.written, arts[f.article].script)  # "304.79萬人次" is "304.79万人次"
            if key not in shown:
                shown.add(key)
                values.append({"text": as_shown(f.written), "script": arts[f.article].script})
        what, is_clause = label(first)
        rows.append({"value": as_shown(first.written), "values": values, "script": arts[first.article].script,
                     "kind": first.kind, "what": what, "clause": is_clause, "owner": owner(first, arts[first.article].script, tr),
                     "context": "" if is_clause else first.context, "sources": srcs})
    return rows


def _same_form(written: str, script: str) -> str:
    """A figure as written, in simplified script without spaces: what two outlets share when they
    write it alike in their own scripts."""
    text = written.replace(" ", "")
    return text if script == "zh-Hans" else opencc_converter("t2s").convert(text)


_PRECISION_MARK = {"approximate": "约", "year": "", "month": "", "day": "", "week": "", "quarter": ""}


def shown_date(e) -> str:
    """The date a timeline row shows: a week ("上周", precision ``week``, dated by its Monday) as
    its seven days ("2024-07-01—07-07"), so no reader takes it for the Monday; a quarter ("一季度",
    precision ``quarter``, dated by its middle month) as its three months ("2024-01—03"), never as
    the month that stands for it; others as written."""
    if getattr(e, "precision", "") == "quarter" and re.fullmatch(r"\d{4}-\d{2}", e.date):
        first = (int(e.date[5:]) - 1) // 3 * 3 + 1
        return f"{e.date[:4]}-{first:02d}—{first + 2:02d}"
    if getattr(e, "precision", "") == "week" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.date):
        monday = dt.date.fromisoformat(e.date)
        sunday = monday + dt.timedelta(days=6)
        end = sunday.isoformat() if sunday.year != monday.year else sunday.isoformat()[5:]
        return f"{e.date}—{end}"
    return e.date


def _event_rows(analysis: Analysis, arts) -> list[dict]:
    rows = []
    for e in analysis.events:
        a = arts.get(e.article)
        if a is None or e.person:
            continue  # a step of a person's life is shown with the person in the index
        others = [x for x in e.also if x.article in arts and x.article != e.article]
        disputed = [dict(_source_link(arts[d.article], d.paragraph), date=d.date)
                    for d in e.disputed if d.article in arts]
        rows.append({"date": shown_date(e), "inferred": e.inferred, "text": e.text, "script": a.script,
                     "approximate": e.precision == "approximate", "forecast": e.forecast,
                     "disputed": disputed, "day_apart": bool(disputed) and all(_day_apart(e.date, d.date) for d in e.disputed),
                     "sources": [_source_link(a, e.paragraph)] +
                                [_source_link(arts[x.article], x.paragraph) for x in others]})
    return rows


def _day_apart(a: str, b: str) -> bool:
    """Two days one day apart: outlets in two time zones (a launch on the 15th, US time, is the
    16th in Beijing), or one giving the day it happened and another the day it was reported."""
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) == 1
    except ValueError:
        return False


def render_briefing(analysis: Analysis, articles: Sequence[Article], tr: Translate, env: jinja2.Environment | None = None,
                    skipped: Sequence[tuple[str, str]] = ()) -> str:
    """The briefing page (``briefing.md``) in the locale ``tr`` converts into; ``skipped``: (file,
    reason) of the sources the build could not take (the briefing says it holds nothing of them)."""
    arts = {a.slug: a for a in articles}
    sections = []
    for kind in ("impact", "limit"):
        cats = []
        for cat in analysis.categories:
            if cat.kind != kind:
                continue
            pts = [_point_view(p, arts) for p in analysis.points_in(cat.id)]
            if pts:
                cats.append({"id": cat.id, "label": cat.label, "description": cat.description,
                             "points": pts})
        sections.append({"kind": kind, "cats": cats})
    by_id = {p.id: p for p in analysis.points}
    contentions = []
    for c in analysis.contentions:
        sides = [{"label": side.label, "statement": side.statement,
                  "speakers": _speaker_list(side.speakers, arts),
                  "points": [{"id": pid, "statement": by_id[pid].statement}
                             for pid in side.points if pid in by_id],
                  "cites": [dict(x, quote=_unwrapped(x["quote"])) for x in _cites(side.citations, arts, "articles/")]}
                 for side in (c.a, c.b)]
        contentions.append({"id": c.id, "topic": c.topic, "sides": sides,
                            "sources": len(c.articles)})
    takeaways = [_point_view(by_id[pid], arts) for pid in analysis.overview.takeaways
                 if pid in by_id]
    return render_markdown(
        "briefing.md.j2", tr, env, overview=analysis.overview, sections=sections,
        contentions=contentions, figures=_figure_rows(analysis, arts, tr), kind_label=KIND_LABEL,
        events=_event_rows(analysis, arts), takeaways=takeaways,
        question=next((c for c in contentions if c["id"] == analysis.overview.question), None),
        counts=Counter(p.kind for p in analysis.points),
        # (a point two outlets make only by printing one wire text has one source)
        multi=sum(1 for p in analysis.points if len(p.articles) - len(p.copies) > 1), method=analysis.method,
        chart=Markup(briefing_chart_svg(analysis, articles, tr)),
        sources=[{"name": source_name(a), "script": a.script, "title": a.title,
                  "href": paragraph_href(a), "date": a.date or ""} for a in articles],
        cat_labels={c.id: c.label for c in analysis.categories}, skipped=list(skipped))


def render_entities(analysis: Analysis, articles: Sequence[Article], tr: Translate,
                    env: jinja2.Environment | None = None) -> str:
    """The index of people, organisations and products (``entities.md``), every mention linked:
    one list item per entity, with its role, its other spellings and where it is named."""
    return render_markdown("entities.md.j2", tr, env, groups=entity_groups(analysis, articles))


def entity_groups(analysis: Analysis, articles: Sequence[Article]) -> list[dict]:
    """What ``entities.md.j2`` is given: the entities by kind, each mention with its link."""
    arts = {a.slug: a for a in articles}
    lives: dict[str, list[dict]] = {}  # the steps of each person's life the timeline leaves out
    for ev in sorted((x for x in analysis.events if x.person and x.article in arts), key=lambda x: x.date):
        a = arts[ev.article]
        lives.setdefault(ev.person, []).append({"date": shown_date(ev), "text": ev.text, "script": a.script,
                                                **_source_link(a, ev.paragraph)})
    groups = []
    for kind, heading in (("person", "人物"), ("org", "机构"), ("product", "产品"), ("work", "作品")):
        rows = []
        for e in sorted((e for e in analysis.entities if e.kind == kind),
                        key=lambda e: (-len(e.articles), -len(e.mentions), e.name)):
            mentions = []
            for m in e.mentions:
                a = arts.get(m.article)
                if a is None:
                    continue
                n = paragraph_number(a, m.paragraph)
                mentions.append(dict(_source_link(a, m.paragraph), n=n or _anchor_label(m.paragraph)))
            rows.append({"id": e.id, "name": e.name, "role": e.role, "mentions": mentions,
                         "aliases": [x for x in e.aliases if x != e.name],
                         "articles": len(e.articles), "life": lives.get(e.name, [])})
        groups.append({"label": heading, "rows": rows})
    return groups


def _anchor_label(anchor: str) -> str:
    """How a mention outside the numbered paragraphs is shown: the byline, a table, a heading."""
    if not anchor:
        return ""
    return "表" if anchor.startswith("t") and anchor[1:].isdigit() else "§"
