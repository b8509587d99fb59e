"""Exchanges between the posts of a thread (a split of ``exchanges``, which calls ``post_replies``): a post
replying to an earlier writer by name ("回复白鹭过境：…") or by floor ("回复 #3："), a post quoting the post it answers
("引用1楼阿凯：…") and answering it below, a post declaring its disagreement ("我不同意'昙花一现'这个说法") whose
points are each set against another author's earlier paragraph on their subject, and a post that reports a view
others hold and answers it with its writer's own ("很多人认为…。" / "我的看法是：…"). Each is an exchange only
where the reply takes a contrary stance (``exchanges.CONTRARY``)."""

from __future__ import annotations

import re

from .exchanges import (CONTRARY, DECLARED, REPLY_REACH, SHARED, SIDE_SENTENCES, _AGREES, _cjk, _question,
                        _simple_name, _stated, _words)
from .text import Sentence
from .views import _UNNAMED_VIEW

__all__ = ["post_replies", "QUOTING", "REPLY_TO"]

#: A post's paragraph quoting the post it answers ("引用1楼阿凯：…", "回复 #3 老李：…").
QUOTING = re.compile(r"^\s*(?:引用|引述|回复|回覆|回應|回应)\s*(?:#?\d{1,4}\s*[楼樓层層#]?)?\s*[^：:，。]{0,16}?[：:]\s*(?=\S)")
#: A post replying to an earlier writer by name ("回复白鹭过境：…", "回覆 @阿凯：…").
REPLY_TO = re.compile(r"^\s*(?:回复|回覆|回應|回应)\s*@?(?P<to>[^\s：:，。@]{1,16})\s*[：:]\s*(?=\S)")
#: Paragraphs before a post searched for the one it answers (a long thread's replies answer what is near).
POST_REACH = 60
#: A paragraph turning to another subject ("另外…", "此外，…", "还有一点").
_ANOTHER = re.compile(r"^(?:另外|此外|另|还有|還有|再补充|再補充|顺便|順便|题外话|題外話)")
#: A floor a reply names ("3楼", "#3", "3F").
_FLOOR = re.compile(r"#?(\d{1,4})\s*(?:楼|樓|层|層|F|L|#)?")
#: Paragraphs of a declaring post read as its points, at most.
POST_POINTS = 8


def post_replies(posts, stop, asked=(), floors=None) -> list[tuple]:
    """(the other author's sentences, the post's) for every point of a post declaring its disagreement, set
    against the earlier paragraph of another author on its subject."""
    paras = [(who, xs) for who, xs in posts]
    cache = [set().union(*(_words(x.simple, stop) for x in xs)) for _, xs in paras]
    df: dict[str, int] = {}
    for w in cache:
        for t in w:
            df[t] = df.get(t, 0) + 1
    out = _views_answered(paras)
    floors = floors or {}
    written: dict[str, list[int]] = {}  # a writer (simplified), a floor ("3楼"), the opener ("楼主") → paragraphs so far
    for k, (who, xs) in enumerate(paras):
        to = REPLY_TO.match(xs[0].simple)
        addressed = to.group("to") if to else ""
        floor = _FLOOR.fullmatch(addressed)
        addressed = f"{int(floor.group(1))}楼" if floor else addressed
        theirs = [j for j in written.get(addressed, []) if paras[j][0].name != who.name]
        n = floors.get(who.paragraph, 0)
        for key in {_simple_name(who.name), f"{n}楼"} | ({"楼主"} if n == 1 or not written else set()):
            written.setdefault(key, []).append(k)
        if theirs:
            got = _named_reply(paras, cache, k, theirs[-REPLY_REACH:], stop)
            if got:
                out.append(got + (_question(asked, got[0], got[1], stop),))
            continue
        if QUOTING.match(xs[0].simple):
            got = _quoted_reply(paras, cache, k, stop)
            if got:
                out.append(got)
            continue
        at = next((i for i, x in enumerate(xs) if DECLARED.search(x.simple[:300])), None)
        if at is None:
            continue
        own = []  # the post's paragraphs from the declaration on (a post's paragraphs follow each other)
        for i in range(k, min(len(paras), k + POST_POINTS)):
            if paras[i][0].name != who.name or paras[i][0].paragraph != who.paragraph:
                break
            own.append(i)
        used: set[str] = set()
        # the view the declaration names in quotation marks ("我不同意'昙花一现'这个说法") is what the page asks, when it
        # asks it: the question of the declaration's first point
        named = [m.group(1) for m in re.finditer(r"[“「『\"]([^“”「」『』\"]{2,20})[”」』\"]", xs[at].simple)]
        first = next((q for q in asked for n in named if n in q), "")
        for i in own:
            pxs = paras[i][1] if i != k else xs[at + 1:] or ([xs[at]] if _cjk(xs[at].simple) >= 20 else [])
            if not pxs:
                continue
            mine = set().union(*(_words(x.simple, stop) for x in pxs))
            best, target = 0.0, None
            for j in range(max(0, k - POST_REACH), k):
                theirs_who, theirs = paras[j]
                if theirs_who.name == who.name or theirs[0].paragraph in used:
                    continue
                shared = sum(1 / df[t] for t in mine & cache[j])
                score = shared / (len(cache[j]) ** 0.5 or 1)
                if shared >= SHARED and score > best:
                    best, target = score, paras[j][1]
            if target is None:
                continue

            def near(x: Sentence, ws=mine) -> int:
                return len(_words(x.simple, stop) & ws)
            claim = sorted((x for x in target if near(x) and _stated(x)),
                           key=lambda x: -near(x))[:SIDE_SENTENCES]
            theirs_words = set().union(*(_words(x.simple, stop) for x in target))
            # the point's sentences on the claim's subject first, a contrary one before an agreeing one
            answer = sorted((x for x in pxs if _stated(x) and not DECLARED.search(x.simple[:300])
                             and (near(x, theirs_words) or CONTRARY.search(x.simple))),
                            key=lambda x: (-near(x, theirs_words), not CONTRARY.search(x.simple), x.index))[:SIDE_SENTENCES]
            if claim and answer:
                used.add(target[0].paragraph)
                claim = sorted(claim, key=lambda x: x.index)
                out.append((claim, answer, first or _question(asked, claim, answer, stop)))
                first = ""
    return out


#: A post's paragraph opening on its writer's own view ("我的看法是：…", "我认为，…", "但我觉得…").
_OWN_VIEW = re.compile(r"^(?:但|不过|可)?[，,]?\s*(?:我的(?:看法|观点|判断|意见)是|(?:我|笔者)(?:个人)?(?:倒|却)?(?:认为|觉得|以为|判断))[：:，,]?")


def _views_answered(paras) -> list[tuple]:
    """(a view the writer reports others hold, closing a paragraph of their post: "很多人据此认为，东北冰雪游会整体
    起飞。", the writer's own view opening the post's next paragraph: "我的看法是：别的城市想照搬…，很难成功。")."""
    out = []
    for k in range(len(paras) - 1):
        (who, xs), (nxt_who, ys) = paras[k], paras[k + 1]
        view = xs[-1]
        if nxt_who != who or not _UNNAMED_VIEW.match(view.simple) or not _stated(view):
            continue
        own = _OWN_VIEW.match(ys[0].simple)
        if own and _cjk(ys[0].simple[own.end():]) >= 8:
            out.append(([view], ys[:SIDE_SENTENCES], ""))
    return out


def _named_reply(paras, cache, k: int, theirs: list[int], stop: frozenset):
    """(the named writer's sentences, the reply's) of a post replying to an earlier writer by name ("回复白鹭过境：…"),
    when it takes a contrary stance: the writer's earlier paragraph sharing the most words with the reply (their
    latest when none does), its sentences on the reply's subject (else its judgements)."""
    who, xs = paras[k]
    if _AGREES.match(REPLY_TO.sub("", xs[0].simple, count=1)):
        return None  # a reply agreeing disputes nothing
    # the reply's stance: its sentences taking a contrary one ("谢谢姐妹，…" before "但停课的事我还是保留意见" is none)
    answer = [x for x in xs if _stated(x) and CONTRARY.search(REPLY_TO.sub("", x.simple, count=1))][:SIDE_SENTENCES]
    if not answer:
        return None
    first = next((x for x in xs if _stated(x)), None)
    if first is not None and first not in answer and all(_CAVEAT.match(x.simple) for x in answer):
        return None  # a reply opening on news and adding a caveat after it ("…又接到了加单，老板说年终奖有盼头了。就是芯片
        # 那边一直没放量") goes on from what it answers, disputes nothing
    mine = set().union(*(_said(x.simple, stop) for x in answer))
    # (the paragraph on the reply's subject: its words, not a reply label's "回复X：", and its Latin terms, "7nm", "EUV")
    target = max(reversed(theirs), key=lambda j: len(set().union(*(_said(x.simple, stop) for x in paras[j][1])) & mine))
    ranked = sorted((x for x in paras[target][1] if _stated(x) and not REPLY_TO.match(x.simple)),
                    key=lambda x: (-len(_words(x.simple, stop) & mine), not CONTRARY.search(x.simple), x.index))
    claim = sorted(ranked[:SIDE_SENTENCES], key=lambda x: x.index)
    return (claim, answer) if claim else None


#: A caveat added after news ("就是芯片那边一直没放量", "只是价格贵了点"): it goes on, disputes nothing.
_CAVEAT = re.compile(r"^(?:就是|只是|唯一的?(?:问题|遗憾|不足)(?:就)?是)")


#: A term in Latin letters and digits, a letter in it ("7nm", "EUV", "A17"): a subject's word as much as a Chinese one.
_LATIN_TERM = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,12}(?![A-Za-z0-9])")


def _said(text: str, stop: frozenset) -> set[str]:
    """A sentence's content words without its reply label ("回复X：…"), with its Latin terms (lower case) that are no
    part of the topic's own names."""
    body = REPLY_TO.sub("", text, count=1)
    latin = {t.lower() for t in _LATIN_TERM.findall(body)}
    low = {x.lower() for x in stop}
    return _words(body, stop) | {t for t in latin if not {t[i:i + 2] for i in range(len(t) - 1)} <= low}


def _quoted_reply(paras, cache, k: int, stop: frozenset):
    """(the quoted post's sentences, the answer's) of a post's paragraph quoting an earlier post of another
    author ("引用1楼阿凯：…"), answered in the paragraphs after it; None when it answers nothing it disputes."""
    who, xs = paras[k]
    quoted = QUOTING.sub("", "".join(x.simple for x in xs), count=1)
    said = set(_words(quoted, stop))
    best, target = 0, None
    for j in range(max(0, k - POST_REACH), k):
        if paras[j][0].name == who.name or QUOTING.match(paras[j][1][0].simple):
            continue
        got = len(said & cache[j])
        if got > best:
            best, target = got, paras[j][1]
    if target is None:
        return None
    answer = []
    for i in range(k + 1, min(len(paras), k + 3)):
        if paras[i][0] != who or QUOTING.match(paras[i][1][0].simple) or _ANOTHER.match(paras[i][1][0].simple):
            break  # (the post's next subject, "另外…", answers nothing quoted)
        answer += [x for x in paras[i][1] if _stated(x)]
    if not any(CONTRARY.search(x.simple) for x in answer[:SIDE_SENTENCES]):
        return None  # an answer agreeing with what it quotes disputes nothing
    claim = sorted((x for x in target if _stated(x) and _words(x.simple, stop) & said),
                   key=lambda x: -len(_words(x.simple, stop) & said))[:SIDE_SENTENCES]
    if not claim or not answer:
        return None
    return sorted(claim, key=lambda x: x.index), answer[:SIDE_SENTENCES]
