"""Stances: one holder says a thing will (can, is, should) happen, another that it will not (cannot,
is not, need not, it is premature to say so), of the same subject (any topic, no list of questions;
a split of ``disputes``, which joins the pairs like ``opposites``' into contentions).

A clause takes a stance on an action when a modal word stands before its verb: "将/会/能/可以/
有望/足以/必然" (+1) or "不会/不能/无法/难以/不足以/未必/难言" (−1), "已经/很/是" before an adjective
or a verb against a bare negation ("已经成熟" / "尚未成熟", "是安全的" / "并不安全"), "应该" against
"没必要", "V不了" and "做不到" (−1), Cantonese "唔会/冇/唔使". A clause that calls the claim premature
or overstated ("说客流会回升为时过早", "言过其实"), that rejects it ("不认同…会颠覆…的说法"), or that
denies what "some say" ("不会像有些人说的那样…") turns its stance round. The action is the verb the
modal governs (adverbs, a passive 被 and a preposition's object skipped); a light verb (带来, 产生 …)
is read with its object ("带来机遇"). Up and down are one change ("会回升" / "还会继续回落"); denying
a fall claims no rise. Two sentences are opposite when they take opposite stances on one action,
share their subject (a rarer noun or verb of both stance clauses, the agent itself for a change,
or the topic acting in both on no two different objects) and no two different agents, and are held
by different people: within one article both named, or a named holder against the reporter's own
paragraph; a full name and its short form ("高志远" / "高教授") are one person, never two sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .holdernames import same_person
from .text import Sentence, content_tokens, is_content, is_whole_sentence, tokens
from .stancewords import (  # noqa: F401 (the vocabulary, read here)
    _ADVERB_MODAL, _ASKING, _CARRIED_ON, _CHANGES, _CHANGE_KEYS, _CHANGE_WORDS,
    _CLAUSE_END, _DEFERRED, _DIRECTION, _DISBELIEVED, _FRAMES, _GENERIC_EVENTS,
    _HAN, _HEARSAY, _IF, _LIGHT, _LIKE, _LIKE_END,
    _NEED_NOT, _NEG, _NEG_BARE, _NOT_DENIAL, _NOT_SUBJECT, _ONLY_AFTER,
    _PASSIVE, _POS, _PREP, _QUOTES, _REJECTED, _SAME,
    _SHOULD, _SKIP, _STATED, _TALK, _UNLIKELY, _WHOLE)

__all__ = ["stances", "stance_pairs"]

#: Share of a corpus's sentences above which a word names no subject of its own.
COMMON_SHARE = 0.1
#: Sentences taking one stance compared with one action at most, per side (keeps the pairing linear).
PER_ACTION = 12


def _clauses(toks: tuple[str, ...]) -> list[list[str]]:
    """A sentence's tokens cut at its clause marks."""
    out, cur = [], []
    for t in toks:
        if t in _CLAUSE_END:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def _word(t: str) -> bool:
    """A word of two Chinese characters or more (a single character is no action on its own)."""
    return len(t) >= 2 and bool(_HAN.match(t))


#: Parts of speech (jieba's dictionary tags) that are never an action: pronouns, numerals,
#: prepositions, conjunctions, particles, measure words, times, places and proper names.
_NOT_ACTION = re.compile(r"^(?:r|m|p|c|u|q|t|f|s|nr|ns|nt|nz)")


def _tag(word: str) -> str:
    """jieba's dictionary tag of a word ('' when it has none)."""
    import jieba.posseg as posseg  # (its dictionary of tags is loaded with jieba's own)
    return posseg.dt.word_tag_tab.get(word, "")


def _glued_modal(t: str) -> bool:
    """A modal the segmenter glued to the word before it, into no word of its dictionary ("借阅量会" → 量会)."""
    return len(t) == 2 and t[1] in "会将" and _HAN.match(t[0]) is not None and _tag(t) == "" and t[0] not in "不没未"


def _action(rest: list[str], modal: str = "") -> str | None:
    """The action a modal governs: the first verb after it (see the module's docstring)."""
    i, n = 0, len(rest)
    if modal == "是":
        rest = [u for u in rest[:2] if u in ("很", "非常", "十分", "相当", "极其")] + rest[len(
            [u for u in rest[:2] if u in ("很", "非常", "十分", "相当", "极其")]):][:1]  # "是安全的", not "是一个成熟的…"
        n = len(rest)
    while i < n and i < 14:
        t = rest[i]
        if t in _LIKE:
            end = next((j for j in range(i + 1, min(n, i + 12)) if rest[j] in _LIKE_END), None)
            if end is None:
                return None
            i = end + 1  # "不会像有些人说的那样“一夜停摆”": what is denied follows the comparison
            continue
        if t in _QUOTES:
            i += 1
            continue
        if t in _SKIP or t in ("的", "地", "了") or (_tag(t)[:1] in ("d", "t", "m") and t not in _LIGHT):
            i += 1  # adverbs, times and counts before the verb ("不会一夜停摆", "有望在三年内…")
            continue
        if t in _PREP:
            i += 2  # the preposition and its object ("对市场带来…")
            continue
        if t in _LIGHT:
            obj = next((u for u in rest[i + 1:i + 5] if _word(u) and u not in _SKIP), None)
            if obj in _DIRECTION and t in ("实现", "出现", "迎来", "有所"):
                return obj  # "可实现盈利", "出现下滑": the change itself
            if obj and t in _PASSIVE and _tag(obj)[:1] == "v":
                return _SAME.get(obj, obj)  # "拥堵会得到缓解" is "拥堵会缓解"
            return t + obj if obj else None
        if t in _POS and t not in ("是",) and modal in _NEG_BARE:
            i += 1  # "冇可能成功" (没有可能): the negation's modal
            continue
        if t == "成功" and i + 1 < n and _tag(rest[i + 1])[:1] == "v":
            i += 1  # "成功实现…": the adverb, not the action
            continue
        if not _word(t) or t in _FRAMES or t in _POS or t in _NEG or t in _NEG_BARE or t in _STATED or \
                t in _SHOULD or t in _NEED_NOT or \
                t in ("可能", "不可能"):
            return None  # a modal is no action ("很可能…", "不是不可能")
        tag = _tag(t)
        if tag[:1] == "n" and tag != "nv" and (modal in ("会", "可能", "将会") or _glued_modal(modal)) and i + 1 < n and \
                _word(rest[i + 1]) and rest[i + 1] not in _LIGHT and rest[i + 1] not in _FRAMES and \
                (_tag(rest[i + 1])[:1] in ("v", "a") or (i + 2 == n and not _NOT_ACTION.match(_tag(rest[i + 1])))):
            return _SAME.get(rest[i + 1], rest[i + 1])  # "会牙齿发黄": the noun is what turns, the verb the action
        if _NOT_ACTION.match(tag) or (modal in ("将", "能", "可以") and tag.startswith("n") and tag != "nv"):
            return None  # "将用户输入的关键词…": 将 is a preposition there, its noun no action
        if (modal in _STATED or modal in _NEG_BARE or modal in _SHOULD or modal in _NEED_NOT) and \
                tag[:1] not in ("a", "v", "i", "l"):
            return None  # "是一个…", "没有人…": a copula's or a negation's noun is no stance
        if modal == "是" and not tag.startswith("a"):
            return None  # "意义是打破垄断": what a thing means, no stance on whether it happens
        return _SAME.get(t, t)
    return None


def stances(simple: str) -> dict[str, int]:
    """Per action, the stance a sentence takes on it (+1 will or can, −1 will not or cannot); an
    action it takes both stances on is left out (a hedge, no side)."""
    return {a: v[0] for a, v in _stances(simple).items()}


def _agent(words: list[str]) -> frozenset[str]:
    """Who or what acts, as the clause names it before its modal ("普通人完全可以参与…" → 普通人):
    its nouns, not its times, adverbs, pronouns or people's names."""
    return frozenset(u for u in words if is_content(u) and not re.match(r"^(?:t|d|r|m|p|c|u|nr|a)", _tag(u))
                     and u not in _FRAMES and not _glued_modal(u))


def _object(words: list[str]) -> frozenset[str]:
    """What the action is done to, as the clause names it after its verb."""
    return frozenset(u for u in words if is_content(u) and not re.match(r"^(?:t|d|r|m|p|c|u)", _tag(u)))


@lru_cache(maxsize=1 << 14)
def _stances(simple: str) -> dict[str, tuple[int, str, frozenset[str], frozenset[str]]]:
    """Per action, (stance, the words of its subject: the clause taking it, and the clause before
    when it names no subject of its own, "…的工种会受到影响，未来甚至可能被取代"; its agent)."""
    out: dict[str, set[int]] = {}
    where: dict[str, str] = {}
    agents: dict[str, frozenset[str]] = {}
    objects: dict[str, frozenset[str]] = {}
    before, before_words = "", []
    for clause in _clauses(tokens(simple)):
        text, previous, before = "".join(clause), before, "".join(clause)
        previous_words, before_words = before_words, clause
        if _IF.match(text) or text.endswith(("吗", "呢")):
            continue  # a condition ("如果票价下调") or a question; what follows a condition is a stance
        turned = -1 if _DEFERRED.search(text) or _DISBELIEVED.search(text[-12:]) else 1
        if turned == 1 and _ASKING.search(text):
            continue
        found = False
        for k, t in enumerate(clause):
            sign = 0
            after = clause[k - 1] if k else ""
            if t in ("不", "唔") and k + 1 < len(clause) and clause[k + 1] in ("会", "能", "可以", "使"):
                sign, rest = -1, clause[k + 2:]  # (唔会, 唔使: Cantonese 不会, 不必)
            elif (t in _NEG or t in _NEG_BARE or t in _NEED_NOT) and after not in _NEG and after not in _NEG_BARE:
                sign, rest = -1, clause[k + 1:]
            elif len(t) >= 3 and t[0] == "不" and t not in _NOT_DENIAL and _tag(t[1:])[:1] in ("a", "v"):
                sign, rest = -1, [t[1:]]  # "票价不合理" (one word to the segmenter)
            elif t in _STATED and after not in _NEG and after not in _NEG_BARE and after not in _STATED:
                sign, rest = 1, clause[k + 1:]
                if _REJECTED.search("".join(clause[:k])):
                    sign = -1
            elif (t in _POS or t in _SHOULD or _ADVERB_MODAL.fullmatch(t) or _glued_modal(t)) and after not in _NEG and \
                    after not in _NEG_BARE:
                sign, rest = 1, clause[k + 1:]
                if _REJECTED.search("".join(clause[:k])):
                    sign = -1  # "不认同…会颠覆…的说法"
                elif t[0] == "才" and _ONLY_AFTER.search("".join(clause[:k])[-30:]):
                    sign = -1  # "至少要半年才能恢复": not soon, against "两三个月就会恢复"
            elif t in ("不了", "不下去") and k and _word(clause[k - 1]):
                sign, rest = -1, [clause[k - 1]]
            elif len(t) == 3 and t[1] == "不" and t[2] in "到了动起住成出" and _tag(t)[:1] in ("v", "l", "i", ""):
                sign, rest = -1, [t[0] + t[2]]  # "AI就做不到" (做到), "撑不住" (撑住)
            if not sign:
                continue
            act = _action(rest, t)
            if not act:
                continue
            found = True
            _keep(out, where, agents, objects, act, sign * turned, clause[:k], rest, text, previous, previous_words)
        if not found and not re.search(r"是不是|" + _ASKING.pattern, _DEFERRED.sub("", text)):
            # no modal: what the deferral calls premature is the action just before it ("整体盈利言之过早",
            # "颠覆影视行业为时过早", "日料店恢复哪有那么快"); what a clause calls unlikely, too
            # ("牙齿发黄的概率非常低": the teeth will not turn yellow)
            hit = _premature(clause, _DEFERRED) if turned == -1 else _premature(clause, _UNLIKELY)
            if hit is not None:
                k, end, act = hit
                _keep(out, where, agents, objects, act, -1, clause[:k], clause[k + 1:end], text, previous,
                      previous_words)
    return {a: (next(iter(s)), where[a], agents[a], objects[a]) for a, s in out.items() if len(s) == 1}


def _premature(clause: list[str], pattern: re.Pattern) -> tuple[int, int, str] | None:
    """(index, the deferral's index, action) of what a clause with no modal calls premature or overstated: the verb, or the word of
    a change, among the four words before the deferral (its object between), none when a frame or a
    question stands there."""
    text, pos, start = "".join(clause), 0, None
    m = pattern.search(text)
    if m is None:
        return None
    for j, t in enumerate(clause):
        if pos + len(t) > m.start():
            start = j
            break
        pos += len(t)
    if start is None:
        return None
    if pattern is _UNLIKELY:
        # what is unlikely is the event named right before "的概率": a verb or its noun ("脱毛", "黄染")
        j = start - 1
        t = clause[j] if j >= 0 else ""
        if _word(t) and not _NOT_ACTION.match(_tag(t)) and t not in _FRAMES and t not in _HEARSAY and \
                not re.match(r"^(?:r|d|a|b)", _tag(t)) and t not in _GENERIC_EVENTS:
            return j, start, _SAME.get(t, t)
        return None
    for j in range(start - 1, max(-1, start - 5), -1):
        t = clause[j]
        if t in _FRAMES or t in _HEARSAY or t in _NEG or t in _NEG_BARE or t in _POS:
            return None
        if t in _TALK or not _word(t):
            continue
        tag = _tag(t)
        if t in _DIRECTION or _SAME.get(t) or (tag[:1] == "v" and t not in _LIGHT):
            return j, start, _SAME.get(t, t)
    return None


def _keep(out, where, agents, objects, act, stance, head_words, rest, text, previous, previous_words) -> None:
    """Record one stance on one action (and, for a change, on its direction)."""
    keys = [(act, stance)]
    if act in _DIRECTION:
        change, way, word = _DIRECTION[act]
        # will rise: up (+1) and rise (+1); will not rise: rise (−1) only
        keys = [(change, way), (word, 1)] if stance > 0 else [(word, -1)]
    for act, stance in keys:
        out.setdefault(act, set()).add(stance)
        head = _agent(head_words)
        where.setdefault(act, text if head or not previous else previous + "，" + text)
        # (an agent left out may be the one the clause before names, "交付节奏会受到影响，但不会…
        # 停摆": enough to see the topic acting, too loose to tell two agents apart)
        agents.setdefault(act, (head, head or _agent(previous_words)))
        objects.setdefault(act, _object([u for u in rest if u not in act and act not in u][:6]))


def _as_written(simple: str, clause: str) -> str:
    """A stance's clause as the sentence writes it (its case and spacing; the tokens drop both)."""
    parts = [p.strip() for p in re.split(r"[，；。！？,;!?]", simple)]
    want = clause.split("，")
    keys = [re.sub(r"\s", "", p).lower() for p in parts]
    for i in range(len(parts) - len(want) + 1):
        if keys[i:i + len(want)] == want:
            return "，".join(parts[i:i + len(want)])
    return clause


def _part(x: Sentence, clause: str):
    """The sentence, or the part of it between semicolons that takes the stance, verbatim: a long
    sentence of several observations ("…却没有一根蜡烛熄灭；…，Sora显然没有理解") is cited for its own."""
    simple_parts = re.split(r"(?<=[；;])", x.simple)
    original_parts = re.split(r"(?<=[；;])", x.original.strip())
    if len(simple_parts) < 2 or len(simple_parts) != len(original_parts):
        return x
    last = clause.split("，")[-1]
    for sp, op in zip(simple_parts, original_parts):
        if last and last in re.sub(r"\s", "", sp).lower():
            return (x, op.strip().rstrip("；;") + "。") if op.strip()[-1:] in "；;" else (x, op.strip())
    return x


def stance_pairs(sents: list[Sentence], topic_terms, holder_of) -> list[tuple]:
    """(claim, opposite, the claim's clause, claim's item, opposite's item) pairs: opposite stances
    on one action, a subject in common, different holders (see the module's docstring). An item is
    the sentence, or (sentence, its verbatim part taking the stance)."""
    stop = {t.lower() for w in topic_terms for t in (w, *tokens(w))}
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for s in sents:
        by_para.setdefault((s.article, s.paragraph), []).append(s)

    def reporters_own(x: Sentence) -> bool:
        """The reporter's own sentence: nobody named in its paragraph, and no quotation or pronoun
        carrying on someone's words ("“…", "他还说", "同时…")."""
        return not _CARRIED_ON.match(x.original.strip()) and \
            not any(holder_of(y) for y in by_para.get((x.article, x.paragraph), ()))
    # a word most sentences use ("AI" in a story on an AI model) names no subject of its own
    df: dict[str, int] = {}
    whole = [s for s in sents if is_whole_sentence(s.original)]
    for s in whole:
        for t in set(content_tokens(s.simple)):
            df[t] = df.get(t, 0) + 1
    common = {t for t, n in df.items() if n >= max(5, len(whole) * COMMON_SHARE)} | stop
    by_action: dict[str, tuple[list, list]] = {}
    for s in whole:
        st = _stances(s.simple)
        if not st:
            continue
        names = [sp.name for sp in holder_of(s)]
        for act, (sign, clause, (agent, carried), obj) in st.items():
            # the subject is what the stance's own clause names, not the rest of the sentence
            # ("Sora能做到…" and "Pika…，更不能做到人与人连贯的互动" share an action, not a subject)
            subject = {t for t in content_tokens(clause) if t not in common and t not in act and act not in t
                       and not _NOT_SUBJECT.match(_tag(t)) and not any(same_person(t, n) or t in n for n in names)}
            if act in _CHANGE_KEYS:
                # up against down is a dispute only of one thing ("算力需求将大幅提升" / "降低拍摄成本"
                # are two): the agent itself, named or carried from the clause before
                subject &= (agent | carried)
            side = by_action.setdefault(act, ([], []))[0 if sign > 0 else 1]
            if len(side) < PER_ACTION:
                # the topic acts when the clause names it, or, on a change's direction ("整体盈利言之过早"), when
                # it names no agent but the whole
                topical = bool(carried & stop) or (act in _CHANGE_WORDS and not (carried - _WHOLE))
                side.append((s, names, subject, frozenset(agent - stop - _WHOLE) - set(names),
                             topical and act not in _CHANGE_KEYS, obj - stop))
    out, seen = [], set()
    for act in sorted(by_action):
        yes, no = by_action[act]
        for x, hx, sx, ax, tx, ox in yes:
            for y, hy, sy, ay, ty, oy in no:
                if x.article == y.article and (x.paragraph == y.paragraph or not (
                        (hx and hy) or (hx and reporters_own(y)) or (hy and reporters_own(x)))):
                    continue  # within an article, two holders in their own paragraphs: named, or the reporter
                if any(same_person(a, b) for a in hx for b in hy):
                    continue  # one person is never both sides
                if (x.article, x.index, y.article, y.index) in seen:
                    continue
                # one subject: a word both clauses name, or the topic itself acting in both ("Sora能理解…"
                # / "Sora显然没有理解") on no two different objects
                if not (sx & sy) and not (tx and ty and not (ox and oy and not ox & oy)):
                    continue
                if ax and ay and not (ax & ay):
                    continue  # "普通人完全可以参与…" / "后期AI完全参与不了": two agents, one verb
                seen.add((x.article, x.index, y.article, y.index))
                cx, cy = _stances(x.simple)[act][1], _stances(y.simple)[act][1]
                out.append((x, y, _as_written(x.simple, cx), _part(x, cx), _part(y, cy)))
    return out
