"""Pieces about something else: the paragraphs of a digest's items, a thread's posts or a live page's
entries (sections under a ``###`` heading or deeper) that the relevance filter found off the topic.

A page that strings separate pieces together (a morning newsletter's numbered items, a forum's
floors, a flash-news page's timed entries) gives each piece its own ``###`` heading; such a piece
that never names the topic and shares no specific word with the other sources
(``relevance.off_topic_sections``) is another story: its dates, figures and names reach no timeline,
no figure table and no index (a box-office record, a basketball score, a typhoon's track). A chapter
of one document (``##``: "一、背景", "三、风险提示") is part of the one piece the page is, and keeps
its dates and names whatever its words; so does every piece of a page none of whose pieces names the
topic (a thread the editor chose as a whole: its posts are its subject, however they word it).
"""

from __future__ import annotations

__all__ = ["off_topic_pieces"]


def off_topic_pieces(articles, elsewhere: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (slug, paragraph id) of ``elsewhere`` that sit in a section under a heading of level 3
    or deeper (a piece of a page of pieces), never in a chapter (``##``) or before any heading; and
    the (slug, heading id) of such a piece whose every paragraph is there (its headline names no one
    the index should list: "男篮世界杯：中国队不敌塞尔维亚")."""
    if not elsewhere:
        return set()
    out: set[tuple[str, str]] = set()
    for a in articles:
        if not _mixed(a, elsewhere):
            continue  # no piece of the page is about the topic: the page as a whole is what the editor chose
        piece, head, paras = False, None, []

        def close():
            if head is not None and paras and all(k in elsewhere for k in paras):
                out.add((a.slug, head))  # the heading of a piece wholly about something else goes with it

        for b in a.blocks:
            if b.kind.startswith("h") and b.kind[1:].isdigit():
                close()
                piece = int(b.kind[1:]) >= 3
                head, paras = (b.id if piece else None), []
            elif b.kind == "p" and piece:
                paras.append((a.slug, b.id))
                if (a.slug, b.id) in elsewhere:
                    out.add((a.slug, b.id))
        close()
    return out


def _mixed(a, elsewhere) -> bool:
    """The page holds a piece about the topic (a ``###`` section with a paragraph outside
    ``elsewhere``): its other pieces are the other items of a digest, not the page's own subject."""
    piece = False
    for b in a.blocks:
        if b.kind.startswith("h") and b.kind[1:].isdigit():
            piece = int(b.kind[1:]) >= 3
        elif b.kind == "p" and piece and (a.slug, b.id) not in elsewhere:
            return True
    return False
