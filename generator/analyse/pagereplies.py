"""Comments disputing the page they sit under (issue 13, property 6; a split of ``exchanges``): a comment under a
page's own text (the paragraphs before its first authored block) that opens by rejecting what the page says ("说利好
言之过早", "版主说…，我不太同意") is set against the page's paragraph holding what it rejects. Read from the page's
structure (its own text, then its labelled comments) and a rejection's form, never from a topic's words."""

from __future__ import annotations

import re

from .exchanges import DECLARED, SHARED, SIDE_SENTENCES, _MARKED, _body, _cjk, _stated, _words
from .text import Sentence
from .turns import unstamped

__all__ = ["page_answered"]
#: A comment opening by rejecting what the page itself says: a claim called premature ("说利好言之过早"), or the
#: page's author named and disagreed with ("版主说…，我不太同意").
_REJECTS_PAGE = re.compile(r"^(?:说|谈)[^，。！？,!?]{1,10}?(?:言之过早|为时过早|为时尚早|还太早)|"
                           r"^(?:版主|楼主|博主|作者|题主|up主|UP主|小编)[^。！？!?]{0,30}?(?:我|本人)?(?:并)?不(?:太|大|完全|敢)?"
                           r"(?:同意|认同|赞同|苟同)")


def page_answered(ss: list[Sentence], authors, lines, stop: frozenset) -> list[tuple[list, list]]:
    """(the page's own sentences, the comment's) for each comment under a page's own text (the paragraphs before its
    first authored block) that opens by rejecting what the page says: set against the page's paragraph sharing the
    most words with it (each weighed by how few paragraphs use it); a comment marking whom it answers answers that
    comment, not the page."""
    first = next((x.index for x in ss if (x.article, x.paragraph) in authors), None)
    if first is None or not lines:
        return []
    page: dict[str, list[Sentence]] = {}
    for x in ss:
        if x.index >= first:
            break
        page.setdefault(x.paragraph, []).append(x)
    paras = [xs for xs in page.values() if _cjk("".join(x.simple for x in xs)) >= 20]
    if not paras:
        return []
    cache = [set().union(*(_words(x.simple, stop) for x in xs)) for xs in paras]
    df: dict[str, int] = {}
    for w in cache:
        for t in w:
            df[t] = df.get(t, 0) + 1
    out = []
    for who, ys in lines:
        if _MARKED.match(unstamped(ys[0].simple)):
            continue
        body = _body(ys[0])
        if not (_REJECTS_PAGE.match(body) or DECLARED.search(body[:60])):
            continue
        answer = [y for y in ys if _stated(y) or y is ys[0] and _cjk(_body(y)) >= 5][:SIDE_SENTENCES]
        mine = set().union(*(_words(_body(y), stop) for y in ys))
        best, target = 0.0, None
        # the words of the rejecting sentence name what is rejected ("说利好言之过早"): the paragraph holding them first,
        # else the one sharing the comment's words (each weighed by how few paragraphs use it)
        for words in (_words(body, stop), mine):
            for j, xs in enumerate(paras):
                shared = sum(1 / df[t] for t in words & cache[j])
                score = shared / (len(cache[j]) ** 0.5 or 1)  # (a long paragraph shares words by its length alone)
                if shared >= SHARED and score > best:
                    best, target = score, j
            if target is not None:
                break
        if target is None or not answer:
            continue
        claim = sorted((x for x in paras[target] if _stated(x) and not x.simple.rstrip().endswith(("？", "?"))
                        and _words(x.simple, stop) & mine),
                       key=lambda x: (-len(_words(x.simple, stop) & mine), x.index))[:SIDE_SENTENCES]
        if claim:
            out.append((sorted(claim, key=lambda x: x.index), answer))
    return out

