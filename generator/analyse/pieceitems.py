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

A piece is off the topic only when it shares nothing with the topic and the page's other items, not
merely because its paragraphs do not name the topic: its own headline (the ``##`` heading right above
its ``###`` post heading, an export's row title) naming a topic word keeps it, and so does sharing two
specific words or more (``relevance._specific_words``: rare words, no everyday word) with the page's
pieces about the topic (a market row "游戏板块震荡回调" beside the rows on the same sector's rally).
A row about a harvest festival that shares only a province's name with the other rows still goes.

A chapter of views (``## 名人观点``: ``### 6.5 某公司 CEO 某某`` and a line of his reaction in everyday
words) is about the topic when its other pieces are: the one piece of a chapter that reads as off the
topic, beside two pieces or more about it, is kept when its paragraphs name nothing of their own (no
name, place, work, figure or Latin word: another story names its subject).
"""

from __future__ import annotations

__all__ = ["off_topic_pieces"]


def off_topic_pieces(articles, elsewhere: set[tuple[str, str]], words: tuple[str, ...] = (),
                     simple_of=None) -> set[tuple[str, str]]:
    """The (slug, paragraph id) of ``elsewhere`` that sit in a section under a heading of level 3
    or deeper (a piece of a page of pieces), never in a chapter (``##``) or before any heading; and
    the (slug, heading id) of such a piece whose every paragraph is there (its headline names no one
    the index should list: "男篮世界杯：中国队不敌塞尔维亚"). A piece whose own headline names a topic
    word (``words``) or that shares two specific words with the page's pieces about the topic is
    kept (see the module). ``simple_of(slug)`` converts a page's text to simplified script."""
    if not elsewhere:
        return set()
    out: set[tuple[str, str]] = set()
    for a in articles:
        if not _mixed(a, elsewhere):
            continue  # no piece of the page is about the topic: the page as a whole is what the editor chose
        kin = _kin_pieces(a, elsewhere, words, simple_of(a.slug) if simple_of else (lambda t: t))

        def off(k, kin=kin):
            return k in elsewhere and k not in kin

        piece, head, paras = False, None, []

        def close():
            if head is not None and paras and all(map(off, paras)):
                out.add((a.slug, head))  # the heading of a piece wholly about something else goes with it

        for b in a.blocks:
            if b.kind.startswith("h") and b.kind[1:].isdigit():
                close()
                piece = int(b.kind[1:]) >= 3
                head, paras = (b.id if piece else None), []
            elif b.kind == "p" and piece:
                paras.append((a.slug, b.id))
                if off((a.slug, b.id)):
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


_SHARED = 2


def _pieces(a):
    """(headline, post heading id, [paragraph blocks]) of each ``###`` piece of the page; its headline is
    the ``##`` heading right above its post heading (nothing between), else ""."""
    out, prev_h2, last = [], "", None
    for b in a.blocks:
        level = int(b.kind[1:]) if b.kind.startswith("h") and b.kind[1:].isdigit() else 0
        if level:
            if level >= 3:
                last = (prev_h2, b.id, [])
                out.append(last)
                prev_h2 = ""
            else:
                prev_h2, last = b.text, None
        elif b.kind == "p":
            prev_h2 = ""
            if last is not None:
                last[2].append(b)
    return out


def _kin_pieces(a, elsewhere, words, simple) -> set[tuple[str, str]]:
    """The paragraphs of ``elsewhere`` in pieces of page ``a`` that are about the topic after all: their
    headline names a topic word, or they share two specific words with the page's pieces about it."""
    from .relevance import _specific_words

    low = tuple(w.lower() for w in words if w)
    pieces = _pieces(a)
    off, on_words = [], set()
    for head, _hid, paras in pieces:
        keys = [(a.slug, b.id) for b in paras]
        text = simple(" ".join([head, *(b.text for b in paras)]))
        ws = _specific_words(text)
        if keys and all(k in elsewhere for k in keys):
            off.append((head, keys, ws))
        else:
            on_words |= ws
    kept: set[tuple[str, str]] = set()
    for head, keys, ws in off:
        named = bool(head) and any(w in simple(head).lower() for w in low)
        if named or len(ws & on_words) >= _SHARED:
            kept.update(keys)
    for keys, paras in _lone_views(a, elsewhere):
        if _names_nothing(simple(" ".join(b.text for b in paras))):
            kept.update(keys)
    return kept


def _lone_views(a, elsewhere):
    """(keys, paragraph blocks) of the one piece of a chapter (the ``###`` pieces between two ``##``
    headings) whose paragraphs are all in ``elsewhere``, when two pieces or more of it are not."""
    chapters: list[list[list]] = [[]]
    for b in a.blocks:
        level = int(b.kind[1:]) if b.kind.startswith("h") and b.kind[1:].isdigit() else 0
        if level and level <= 2:
            chapters.append([])
        elif level:
            chapters[-1].append([])
        elif b.kind == "p" and chapters[-1]:
            chapters[-1][-1].append(b)
    out = []
    for pieces in chapters:
        told = [p for p in pieces if p]
        off = [p for p in told if all((a.slug, b.id) in elsewhere for b in p)]
        if len(off) == 1 and len(told) - 1 >= 2:
            out.append(([(a.slug, b.id) for b in off[0]], off[0]))
    return out


#: jieba's tags of a name, a place, a body or another proper noun.
_PROPER_TAGS = ("nr", "ns", "nt", "nz")


def _names_nothing(text: str) -> bool:
    """Whether ``text`` names nothing of its own: no figure, Latin word, work or proper noun."""
    import re

    if re.search(r"[0-9０-９A-Za-z《「]", text):
        return False
    import jieba.posseg

    return not any(flag.startswith(_PROPER_TAGS) for _, flag in jieba.posseg.cut(text))
