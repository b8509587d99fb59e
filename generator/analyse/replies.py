"""Replies: a post that answers an earlier one point by point (a Q&A page's second answer, a forum reply, a
letter answering a column) — any topic; a split of ``disputes``.

A reply declares whom it answers ("楼上林老师的回答我不太认同", "对前面那篇文章的观点我并不同意") and then makes its
own points, usually numbered, each on the subject of one of the earlier post's points. Each of its points is set
against the earlier paragraph of the same page that shares the most of its words (the same subject); a point
sharing too few words with anything before answers nothing there (a point of its own, no contention).
"""

from __future__ import annotations

import itertools
import re

from .text import Sentence, content_tokens

__all__ = ["replies"]

#: A reply declaring that it disagrees with an earlier post or its writer, by where it stands or by name.
DECLARED = re.compile(
    r"(?:楼上|上面|前面|上一位|前一位|上一个|前一个|[\u4e00-\u9fff]{2,4}(?:老师|先生|女士|同学)?)的?"
    r"(?:回答|答案|说法|观点|文章|帖子|发言|看法|评论|回复)[^，。；]{0,4}?(?:我)?(?:不太|不完全|并不|不大|不)(?:认同|同意|赞同)|"
    r"(?:我)?(?:不太|不完全|并不|不大|不)(?:认同|同意|赞同)(?:楼上|上面|前面|上一位|前一位)")
#: A sentence reporting what unnamed others say ("有人说…，也有人说…"): not the earlier post's own claim.
OTHERS = re.compile(r"(?:^|[，,：:])(?:也|还)?有(?:人|些人|的人)(?:说|认为|担心|觉得|质疑)")
#: A point's number at its head ("1.", "2、", "三、", "（二）").
_NUMBER = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）]?[、.．]?|第[一二三四五六七八九十]{1,2}[，,、])\s*")
#: Paragraphs of a reply read as its points, at most.
REPLY_POINTS = 8
#: Paragraphs of an unnumbered reply read as its points, at most.
UNNUMBERED_POINTS = 3
#: Content words a point must share with the earlier paragraph it answers (each weighed by 1 / the number of
#: paragraphs of the page using it).
SHARED = 1.0
#: Sentences quoted on each side, at most.
SIDE_SENTENCES = 2


def _said(x: Sentence) -> bool:
    """A sentence saying something (eight characters past its number), not a point's bare heading ("三、关于文化。")."""
    return len(re.sub(r"[^\u4e00-\u9fff]", "", _NUMBER.sub("", x.simple))) >= 8


def _numbered(simple: str) -> bool:
    """Whether a paragraph opens on a point's number ("1." "二、" "（三）"), not on a number of something."""
    m = _NUMBER.match(simple)
    return bool(m) and re.search(r"[、.．)），,]\s*$", m.group(0)) is not None


def _pairs(simple: str, stop: frozenset) -> set[str]:
    """A sentence's content words of two characters or more, the topic's own names left out."""
    return {t for t in content_tokens(_NUMBER.sub("", simple)[:300]) if len(t) >= 2 and re.search(r"[\u4e00-\u9fff]", t)}


def replies(ss: list[Sentence], stop: frozenset) -> list[tuple[list, list]]:
    """(the earlier post's sentences, the reply's) of every point of a reply declaring its disagreement, set
    against the earlier paragraph on its subject. ``stop``: pairs of characters of the topic's own names."""
    out = []
    paras: list[list[Sentence]] = []
    for s in ss:
        if paras and paras[-1][0].paragraph == s.paragraph:
            paras[-1].append(s)
        else:
            paras.append([s])
    if not any(DECLARED.search(s.simple[:200]) for s in ss):
        return out
    cache: dict[str, set[str]] = {}

    def words(p: list[Sentence]) -> set[str]:
        key = p[0].paragraph + "/" + str(p[0].index)
        if key not in cache:
            cache[key] = set().union(*(_pairs(x.simple, stop) for x in p if not OTHERS.search(x.simple)))
        return cache[key]
    df: dict[str, int] = {}
    for p in paras:
        for t in words(p):
            df[t] = df.get(t, 0) + 1
    for k, para in enumerate(paras):
        at = next((i for i, s in enumerate(para) if DECLARED.search(s.simple[:200])), None)
        if at is None:
            continue
        earlier = [p for p in paras[:k] if len(p) >= 1]
        points = [para[at + 1:]] if len(para) > at + 1 else []
        after = paras[k + 1:k + 1 + REPLY_POINTS]
        if after and _numbered(after[0][0].simple):
            # numbered points: the reply ends with its numbering (a closing line, or the next post, is none of them)
            after = list(itertools.takewhile(lambda p: _numbered(p[0].simple), after))
        else:
            after = after[:UNNUMBERED_POINTS]
        points += after
        used: set[str] = set()
        for point in points:
            if not point:
                continue
            mine = words(point)
            # the paragraph most about the point's subject: the words they share, each by how few paragraphs of
            # the page use it, against the paragraph's length (a long paragraph of many subjects, the
            # question's, shares something with every point)
            best, target = 0.0, None
            for p in earlier:
                theirs = words(p)
                shared = sum(1 / df[t] for t in mine & theirs)
                score = shared / (len(theirs) ** 0.5 or 1)
                if shared >= SHARED and p[0].paragraph not in used and score > best:
                    best, target = score, p
            if target is None:
                continue
            # the earlier post's sentences closest to the point, in their order
            ranked = sorted(target, key=lambda x: -len(_pairs(x.simple, stop) & mine))[:SIDE_SENTENCES]
            claim = [x for x in target if x in ranked and len(_pairs(x.simple, stop) & mine) >= 1
                     and not OTHERS.search(x.simple) and _said(x)]
            answer = [x for x in point if _said(x)][:SIDE_SENTENCES]
            if claim and answer:
                used.add(target[0].paragraph)
                out.append((claim, answer))
    return out
