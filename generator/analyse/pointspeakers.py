"""Every quote of a point keeps its own speaker.

A point lists its holders once each, in the order its quotes vouch for them; a holder quoted again in
another paragraph or another outlet ("易明远：…" in a podcast's turn, the same man quoted by a
newspaper) is the speaker of that quote too. Without an entry there, that quote reads as unattributed
to anything that asks who said *this* paragraph (the per-quote speaker of a point). The extra entries
come after the first holders; pages show a name once (``render.briefing._speaker_list``, the digest's
and the print's lists dedupe by name)."""
from __future__ import annotations

from .model import Speaker
from .text import to_simplified

__all__ = ["framed_later", "more_places", "under_headings", "uncredited_holder"]

import re

#: What stands between a quoted clause and a frame that does not reach back over it: a clause break
#: of its own ("；") or a turn to another voice ("，但有…提醒", "，不过…认为").
_APART = re.compile(r"[；;。！？]|[，,](?:但|但是|不过|然而|而|另|也)")


def framed_later(quote: str, sentence: str, name: str) -> bool:
    """Whether a quote cut from a sentence is the writer's clause before a holder's frame that opens a
    later clause of its own ("口罩概念股早盘走强，多档个股涨停；但有投顾分析师提醒，…": the first clause is
    no analyst's): the holder named only after the quote, across a clause break or a turn."""
    q = (quote or "").strip().rstrip("。")
    at = sentence.find(q) if q else -1
    if at < 0 or not name or name in q or q[:1] in "“「\"":
        return False
    first = sentence.find(name)
    end = at + len(q)
    return first >= end and bool(_APART.search(sentence, end, first))


#: A sentence's own frame naming its holder ("某公司业务协理某某表示，…", "分析师某某认为："), at its head.
_HEAD_FRAME = re.compile(r"^(?:[但而不过另外此外同时]{1,2}[，,]?)?(?P<who>[^，。；：:“”「」]{2,30}?)(?:也|还|则|亦)?"
                         r"(?:表示|认为|指出|强调|坦言|直言|提醒|透露|说|称)[，,：:]")


def uncredited_holder(c, rep, conv) -> bool:
    """Whether a member sentence of a point, in the representative's own article, is another holder's words that
    no attribution credits (its head frames a holder none of the representative's holders is: "B表示，…" under
    A's statement): the point would show it as evidence of A's claim; it is B's."""
    if c.sentence.article != rep.sentence.article or c.speakers:
        return False
    mine = [conv(sp.name) for sp in rep.speakers if sp.kind in ("person", "org") and sp.name]
    if not mine:
        return False
    head = _HEAD_FRAME.match(c.sentence.simple)
    if not head or re.match(r"(?:他|她|其|该|这)", head.group("who")):
        return False
    who = head.group("who")
    return not any(m in who or (len(m) >= 2 and m[:2] in who) for m in mine)


def _key(sp: Speaker) -> str:
    return to_simplified(sp.name, "zh-Hant")


def more_places(first: list[Speaker], again: list[Speaker]) -> list[Speaker]:
    """The entries of ``again`` that name a holder already in ``first`` at a paragraph none of its
    entries covers, one per (holder, article, paragraph), in the order given. A name not in ``first``
    is not added here (the caller decided against it)."""
    holders = {_key(sp) for sp in first}
    placed = {(_key(sp), sp.article, sp.paragraph) for sp in first}
    out: list[Speaker] = []
    for sp in again:
        k = (_key(sp), sp.article, sp.paragraph)
        if k[0] in holders and k not in placed:
            placed.add(k)
            out.append(sp)
    return out


def _heading_of(article) -> dict[str, str]:
    """Paragraph id → the id of the heading it stands under (the nearest before it), for one article."""
    out: dict[str, str] = {}
    current = ""
    for b in getattr(article, "blocks", ()) or ():
        if b.kind.startswith("h") and b.id:
            current = b.id
            out[b.id] = to_simplified(b.text, "zh-Hant")  # the heading's own words, to see whom it names
        elif b.id and current:
            out[b.id] = current
    return out


def _placed(speakers: tuple, citations: tuple, under: dict) -> tuple:
    """``speakers`` with, for each holder credited at a block's heading (a post's or an answer's author),
    an entry at each cited paragraph under that heading that no one else is credited at."""
    # a holder the heading itself names (an author line: "2楼　某某　2024-01-05"), not a section's title
    heads = [sp for sp in speakers if sp.paragraph.startswith("h") and len(_key(sp)) >= 2
             and _key(sp) in under.get(sp.article, {}).get(sp.paragraph, "")]
    if not heads:
        return speakers
    taken = {(sp.article, sp.paragraph) for sp in speakers}
    extra: list[Speaker] = []
    for c in citations:
        if (c.article, c.paragraph) in taken:
            continue
        head = under[c.article].get(c.paragraph) if c.article in under else None
        owners = [sp for sp in heads if sp.article == c.article and sp.paragraph == head]
        if head and len({_key(sp) for sp in owners}) == 1:
            taken.add((c.article, c.paragraph))
            extra.append(Speaker(name=owners[0].name, role=owners[0].role, article=c.article, paragraph=c.paragraph,
                                 kind=owners[0].kind, group=owners[0].group, group_label=owners[0].group_label))
    return speakers + tuple(extra)


def under_headings(points, contentions, articles):
    """Points and contentions whose holders credited at a block's heading ("2楼　某某　2024-01-05", an
    answer's author line) also hold each quoted paragraph of that block: the quote's speaker is the
    block's author, when no one else is credited there. No new holder is made."""
    from dataclasses import replace

    under = {a.slug: _heading_of(a) for a in articles}
    pts = []
    for p in points:
        sp = _placed(p.speakers, p.citations, under)
        pts.append(p if sp == p.speakers else replace(p, speakers=sp))
    cons = []
    for c in contentions:
        a = _placed(c.a.speakers, c.a.citations, under)
        b = _placed(c.b.speakers, c.b.citations, under)
        cons.append(c if (a, b) == (c.a.speakers, c.b.speakers) else
                    replace(c, a=replace(c.a, speakers=a), b=replace(c.b, speakers=b)))
    return pts, cons
