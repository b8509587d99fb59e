"""Replies that quote whom they answer (issue 13, property 6), on a page whose posts have lost their authors (a
thread saved as HTML, a comment section copied as text): a paragraph naming a writer and quoting their words
("回应老周修车铺的回复：体力劳动者和白领一刀切，根本不公平。", "引用 阿凯 的发言：…") heads the reply that follows it.
When that reply takes a contrary stance, the quoted words (the earlier sentence of the page that says them, else the
quotation) are one side, held by the writer the quotation names, and the reply the other (held by whom the text
names for it, else no one). A reply agreeing ("同感。…") disputes nothing. A split of ``disputes``; nothing here
knows a topic.
"""

from __future__ import annotations

import re

from .exchanges import CONTRARY
from .model import Speaker
from .sidetext import no_side
from .text import Sentence

__all__ = ["quoted_replies"]

#: A paragraph quoting whom it answers: "回应X的回复：…", "回复 X 的评论：…", "引用X的发言：…".
QUOTE_HEAD = re.compile(r"^\s*(?:回应|回應|回复|回覆|引用|引述)\s*@?(?P<who>[^：:，。\s@]{2,20}?)\s*"
                        r"(?:的(?:回复|回覆|回应|回應|发言|發言|评论|評論|留言|帖子|贴子))\s*[：:]\s*(?P<words>\S.{3,})$")
#: A reply opening by agreeing.
_AGREES = re.compile(r"^(?:同感|同意|赞同|贊同|对|對|是的|没错|沒錯|确实|確實|\+1|说得对|說得對|有道理|一样|一樣)")
#: Sentences a side quotes, at most.
SIDE_SENTENCES = 2


def _plain(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)


def quoted_replies(ss: list[Sentence], authors=None) -> tuple[list[tuple[list, list]], dict]:
    """((the quoted words' sentences, the reply's sentences) per reply disputing what it quotes, {(article, index):
    (the quoted writer,)} for the quoted sentences) of one article's sentences ``ss``; ``authors``: the authored
    blocks (``blockauthors.block_authors``), whose quotations ``exchanges`` reads with their posts' authors."""
    authors = authors or {}
    paras: list[list[Sentence]] = []
    for x in ss:
        if paras and paras[-1][0].paragraph == x.paragraph:
            paras[-1].append(x)
        else:
            paras.append([x])
    out, held = [], {}
    for k, xs in enumerate(paras[:-1]):
        head = "".join(x.simple for x in xs).strip()
        m = QUOTE_HEAD.match(head)
        if not m or len(xs) > 3 or (xs[0].article, xs[0].paragraph) in authors:
            continue
        reply = paras[k + 1]
        body = "".join(x.simple for x in reply)
        if QUOTE_HEAD.match(body) or _AGREES.match(body.strip()):
            continue
        answer = [x for x in reply if not no_side(x.simple)]
        if not answer or not CONTRARY.search("".join(x.simple for x in answer[:SIDE_SENTENCES])):
            continue
        words = _plain(m.group("words"))[:24]
        if len(words) < 6:
            continue
        # the quoted words as their writer said them, earlier on the page; else the quotation itself
        said = [x for ys in paras[:k] for x in ys if words in _plain(x.simple)]
        if said:
            claim = said[-1:]
        else:
            x = xs[-1]
            part = x.original[x.original.find("：") + 1:] if "：" in x.original else \
                x.original[x.original.find(":") + 1:]
            if len(_plain(part)) < 6:
                continue
            claim = [(x, part.strip())]
        who = m.group("who")
        first = claim[0] if isinstance(claim[0], Sentence) else claim[0][0]
        held[(first.article, first.index)] = (Speaker(name=who, role="", article=first.article,
                                                      paragraph=first.paragraph),)
        out.append((claim, answer[:SIDE_SENTENCES]))
    return out, held
