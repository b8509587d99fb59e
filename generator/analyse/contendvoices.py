"""Whose side a line is on, and what a side may cite (any topic; issue 13, property 6). Applied to every
contention once its finders are done, before its holders are settled (``contendsides``):

* **Agreeing puts a holder beside whom he agrees with.** A line whose head says it agrees ("X也同样认为", "同样认为",
  "赞同", "与A看法一致", "持相同看法") stands on the side of the line it agrees with: the nearest line before it, in its
  paragraph or the one before, cited by the contention and held by someone else. Found on the other side, it moves
  there with its holder. A line whose head disagrees ("但Y不认同", "Y反驳", "Y质疑", "Y不同意") stands on the other
  side from that line: found on the same side, it moves across. A side left with nothing is no side, and its
  contention none. On the editor's questions, an agreeing line whose own claim (the clause its head opens) uses
  the cue words of the side it stands on stays there: he agrees on something else ("也同样认为，…也会诞生新岗位").
* **A frame is no evidence.** A line that only announces words to come ("经济学家X在《…》一文中分析指出") argues
  nothing: no side cites it (its words are the next sentence's).
* **A hedge is not the claim.** A line that qualifies the very claim a side states unqualified ("在一定程度上模拟…"
  beside "能够理解和模拟现实世界") does not support it: the side does not cite it. A hedge on a point of its own
  ("某种程度上比小食堂更安全") is an argument, and stays.
* **The writer's own words are nobody's.** A sentence the writer opens in their own voice ("可以预见，…", "由此可见，…",
  "不难看出，…") is the outlet's: a holder named in the sentence before holds none of it, and is listed on the side only
  for lines of their own.
* **An answer shows what it answers.** Two sides naming little in common (fewer than three pairs of characters), the answer's paragraph restating the view
  it answers in its own words ("…换句话说，东北整体起飞需要的是…"), that sentence is cited on its side too.
* **A question has a subject.** A title opening on what its clause predicates ("有望推动…进入商业化应用阶段？") is
  given the topic as its subject when the sides speak of the topic.

Each rule keeps a side's other lines: a side is never emptied by them except by a line moving to the other side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .contendsides import _source
from .holdernames import one_of
from .model import Citation, Contention, Side, Speaker
from .statements import clean_statement
from .text import Sentence, to_simplified

__all__ = ["AGREES", "DISAGREES", "FRAME_ONLY", "HEDGE", "OWN_VOICE", "WRITER_JUDGES", "placed", "titled", "writers"]

#: A head agreeing with the line before ("于洪雷也同样认为，", "他同样认为", "赞同这一观点", "与林园看法一致").
AGREES = re.compile(r"(?:也同样|同样|亦同样)(?:认为|覺得|觉得|表示|指出|看好|相信|担心|坦言)|"
                    r"(?<!不)(?:赞同|赞成|认同)(?:这一|这个|此|该|上述|其|他的|她的)?(?:观点|看法|说法|判断|意见)|"
                    r"(?:与|和|跟)[^，。；]{1,12}(?:的)?(?:看法|观点|意见|判断)(?:一致|相同|相近|类似)|"
                    r"持(?:相同|类似|相似|同样)(?:的)?(?:看法|观点|意见)")
#: A head disagreeing with the line before ("但王某不认同", "李某则反驳称", "也有人质疑", "X对此不以为然").
DISAGREES = re.compile(r"不(?:太|完全|大)?(?:认同|同意|赞同|赞成)|反驳|驳斥|不以为然|持(?:不同|相反)(?:的)?(?:看法|观点|意见)")
#: How far into a line its head reaches (the holder, their titles and their verb, up to the first pause).
_HEAD = 40
#: A line that only announces words to come: it ends on a saying verb ("…一文中分析指出", "他表示：").
FRAME_ONLY = re.compile(r"(?<![不没别])(?:指出|表示|认为|称|说|写道|提到|强调|分析|介绍|坦言|直言|预测|透露|解释|谈到|提醒|警告)[：:，,]?\s*$")
#: A hedge qualifying a claim ("在一定程度上", "某种程度上", "某种意义上", "或多或少").
HEDGE = re.compile(r"一定程度上|某种程度上|某种意义上|或多或少|一定程度地")
#: The writer's own voice opening a sentence ("可以预见，", "由此可见，", "不难看出，", "毫无疑问，").
OWN_VOICE = re.compile(r"^(?:而|但|不过|同时|因此|所以)?[，,]?(?:可以预见|可以预期|可以想见|不难预见|不难看出|不难发现|由此可见|"
                       r"可以看出|显而易见|毋庸置疑|毫无疑问|总的来看|总体来看|总而言之|综上所述|综上)")
#: The writer judging in the first person ("对这一点我不完全同意", "我的判断是…", "笔者以为…").
WRITER_JUDGES = re.compile(r"^(?:第[一二三四五六七八九十]+[，,、])?(?:[^。！？“”「」，,]{1,8}(?<![说称示为道])[，,])?[^。！？“”「」，,]{0,8}?(?:我|笔者|本人)(?:个人)?(?:的)?(?:判断|看法|观点|认为|以为|觉得|倒觉得|"
                           r"不(?:太|完全)?(?:同意|认同|赞同)|并不(?:同意|认同))")
#: A title opening on its predicate, its subject left in the sentence it was cut from ("有望推动…", "将加速…").
_NO_SUBJECT = re.compile(r"^(?:有望|或将|将会|将|会|能够|可能|势必|必将|已经|正在|推动|带动|进入|实现|导致|加速)")


def _simple(text: str) -> str:
    return to_simplified(text, "zh-Hant")


def _sentence(cite: Citation, by_para: dict) -> Sentence | None:
    """The sentence a citation quotes (the first one its words overlap)."""
    for x in by_para.get((cite.article, cite.paragraph), ()):
        o = x.original.strip()
        if o and (o in cite.quote or cite.quote in o or cite.quote[:12] in o):
            return x
    return None


def _without(side: Side, keep: list[int], held: list[set[str]]) -> Side:
    """The side with only its citations ``keep``; a holder of no kept citation leaves it."""
    names = set().union(*[held[i] for i in keep]) if keep else set()
    gone = set().union(*[h for i, h in enumerate(held) if i not in keep]) - names
    return replace(side, citations=tuple(side.citations[i] for i in keep),
                   speakers=tuple(sp for sp in side.speakers if not (one_of(sp.name, gone) and not one_of(sp.name, names))))


def _pruned(side: Side, by_para: dict, held_by) -> Side:
    """A side without its frames and, beside an unqualified claim, its hedged lines (never emptied)."""
    held = [set(held_by(x)) for x in side.citations]
    hedged_side = bool(HEDGE.search(_simple(side.statement)))
    keep = []
    for i, x in enumerate(side.citations):
        q = _simple(x.quote).strip()  # (a sentence closed on "…你们怎么不说。" is said, not announced)
        if FRAME_ONLY.search(q) or (not hedged_side and _hedges(q, side.statement)):
            continue
        keep.append(i)
    if not keep or len(keep) == len(side.citations):
        return side
    return _without(side, keep, held)


def _pairs(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fff]", "", _simple(text))
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _hedges(quote: str, statement: str) -> bool:
    """Whether a line hedges the claim a side states unqualified: its hedged clause says what the statement says
    (three pairs of characters in common once the hedge is set aside: "能够在一定程度上模拟物理世界" beside "能够理解和模拟
    现实世界"); a hedge on another point ("某种程度上比小食堂更安全") is an argument of its own."""
    for clause in re.split(r"[，,；;。！？]", quote):
        if HEDGE.search(clause) and len(_pairs(HEDGE.sub("", clause)) & _pairs(statement)) >= 3:
            return True
    return False


def _own_voice(side: Side, by_para: dict, held_by) -> Side:
    """A side whose lines in the writer's own voice lend no holder: a holder of those lines only leaves it."""
    held = [set(held_by(x)) for x in side.citations]
    own = []
    for i, x in enumerate(side.citations):
        s = _sentence(x, by_para)
        if s is not None and OWN_VOICE.match(s.simple.strip()):
            own.append(i)
    if not own:
        return side
    mine = set().union(*[held[i] for i in range(len(held)) if i not in own]) if len(own) < len(held) else set()
    lent = set().union(*[held[i] for i in own]) - mine
    return replace(side, speakers=tuple(sp for sp in side.speakers
                                        if not (one_of(sp.name, lent) and not one_of(sp.name, mine))))


def _located(c: Contention, by_para: dict) -> list[tuple[str, int, Sentence]]:
    """(side, citation index, sentence) of every citation of the contention whose sentence is found."""
    out = []
    for key, side in (("a", c.a), ("b", c.b)):
        for i, x in enumerate(side.citations):
            s = _sentence(x, by_para)
            if s is not None:
                out.append((key, i, s))
    return out


def _own_side(simple: str, cues) -> str:
    """The side an agreeing line's own claim takes by the editor's cue words (``cues``: a side's, b side's), or '':
    the claim is the clause its agreeing head opens ("于某也同样认为，…也会诞生一些新岗位"); a cue word in a clause
    after it ("…也同样认为，受伤的人会变少，也会带来新的风险") is a remark beside what he agrees with."""
    m = AGREES.search(simple)
    rest = simple[m.end():].lstrip("，,：: ") if m else simple
    low = re.split(r"[，,。；;！？]", rest)[0].lower().replace(" ", "")
    on = [k for k, words in zip("ab", cues or ((), ())) if any(w.lower().replace(" ", "") in low for w in words)]
    return on[0] if len(on) == 1 else ""


def _moves(c: Contention, by_para: dict, held_by, cues=None) -> dict[tuple[str, int], str] | None:
    """The citations standing on the wrong side by what their heads say: (side, index) → the side they belong to;
    None when the two lines each side's statement is made from agree (no contention). ``cues``: the editor's cue
    words of each side, when the question is the editor's: a line whose own words take the side it stands on
    stays there, whoever it agrees with ("于某也同样认为，…也会诞生一些新岗位" agrees that change comes, and says
    new jobs appear: not that jobs go)."""
    found = _located(c, by_para)
    source = {"a": _source(c.a), "b": _source(c.b)}

    def count_of(key: str) -> int:
        return len((c.a if key == "a" else c.b).citations)
    moves: dict[tuple[str, int], str] = {}
    for key, i, s in found:
        head = re.split(r"[，,：:。]", s.simple.strip())[0][:_HEAD]
        agrees, disagrees = AGREES.search(head), DISAGREES.search(head)
        if not agrees and not disagrees:
            continue
        own = bool(cues) and _own_side(s.simple, cues) == key
        if own and disagrees:
            continue  # its own words put it where it stands
        mine = set(held_by((c.a if key == "a" else c.b).citations[i]))
        if disagrees and not mine:
            continue  # a doubt no one is named for is a report, not an answer to the line before
        before = []
        for k, j, x in found:
            if x.article != s.article or x.index >= s.index or not 0 <= s.para_index - x.para_index <= 1:
                continue
            theirs = set(held_by((c.a if k == "a" else c.b).citations[j]))
            if theirs and not (mine and any(one_of(n, mine) for n in theirs)):
                before.append((x.index, k, j))  # whom it answers is named, and is someone else
        if not before:
            continue
        _, k, j = max(before)
        if (k == key) == bool(agrees):
            continue  # it stands where its head puts it
        if own:
            # it agrees with a line of the other side, and its own words take this one: it proves neither, and
            # leaves the contention (a side is never emptied by it)
            if sum(1 for (kk, _) in moves if kk == key) + 1 < count_of(key):
                moves[(key, i)] = ""
            continue
        # the line a side's statement is made from decides that side; the other line moves
        # the line a side's statement is made from decides that side, the other line moves; when both are, the
        # line whose side keeps other lines moves (and that side is stated anew), else there is no contention
        count = {"a": len(c.a.citations), "b": len(c.b.citations)}
        if i != source[key] or (j == source[k] and count[key] > 1):
            moves[(key, i)] = "b" if key == "a" else "a"
        elif j != source[k] or count[k] > 1:
            moves[(k, j)] = "b" if k == "a" else "a"
        else:
            return None
    return moves


def _moved(c: Contention, moves: dict, held_by, topic_label: str, by_para: dict) -> Contention | None:
    """The contention with its citations on the sides their heads put them (None: one side left with nothing)."""
    sides = {"a": c.a, "b": c.b}
    out = {}
    for key, other in (("a", "b"), ("b", "a")):
        side, there = sides[key], sides[other]
        held = [set(held_by(x)) for x in side.citations]
        keep = [i for i in range(len(side.citations)) if (key, i) not in moves]
        if not keep:
            return None
        stayed = _without(side, keep, held)
        arriving = [j for j in range(len(there.citations)) if moves.get((other, j)) == key]
        new_names = set().union(*[held_by(there.citations[j]) for j in arriving]) if arriving else set()
        joined = tuple(sp for sp in there.speakers if one_of(sp.name, new_names)
                       and not any(one_of(sp.name, [y.name]) for y in stayed.speakers))
        statement = stayed.statement
        if stayed.citations and not any(_overlaps(statement, x.quote) for x in stayed.citations):
            s = _sentence(stayed.citations[0], by_para)
            statement = clean_statement(s.simple, topic_label) if s is not None else statement
        out[key] = replace(stayed, statement=statement,
                           citations=stayed.citations + tuple(there.citations[j] for j in arriving),
                           speakers=stayed.speakers + joined)
    return replace(c, a=out["a"], b=out["b"])


def _overlaps(statement: str, quote: str) -> bool:
    """Whether a statement was made from a quote: six characters of it in a row."""
    s, q = re.sub(r"[^\u4e00-\u9fff]", "", _simple(statement)), re.sub(r"[^\u4e00-\u9fff]", "", _simple(quote))
    return any(s[i:i + 6] in q for i in range(0, max(len(s) - 5, 0)))


def _answering(c: Contention, by_para: dict, held_by, label: str) -> Contention:
    """Two sides that name little in common: the answer's paragraph restating what it answers ("很多人认为东北冰雪游
    会整体起飞。" / "我的看法是：别的城市想照搬哈尔滨，很难成功。…换句话说，东北整体起飞需要的是…") cites that sentence too,
    so the reader sees the question both speak of (a sentence of its holders, or of no one named)."""
    topic = _pairs(label)
    said = {k: _pairs(" ".join([s.statement] + [x.quote for x in s.citations])) - topic for k, s in (("a", c.a), ("b", c.b))}
    if len(said["a"] & said["b"]) >= 3:
        return c  # (two pairs in common are often only a word of the topic's: "冰雪")
    for key, other in (("b", "a"), ("a", "b")):
        side = c.b if key == "b" else c.a
        want = _pairs((c.a if other == "a" else c.b).statement) - topic
        mine = set().union(*[set(held_by(x)) for x in side.citations]) if side.citations else set()
        best = None
        cited = c.a.citations + c.b.citations
        for x in side.citations:
            at = _sentence(x, by_para)
            for y in by_para.get((x.article, x.paragraph), ()):
                if at is None or y.index <= at.index or any(_overlaps(y.simple, z.quote) for z in cited):
                    continue  # (the answer's own restatement comes after it, and is no line of either side yet)
                shared = len(_pairs(y.simple) & want)
                whose = set(held_by(Citation(y.article, y.paragraph, y.original.strip())))
                if shared >= 3 and (not whose or whose & mine) and (best is None or shared > best[0]):
                    best = (shared, y)
        if best is not None:
            y = best[1]
            side = replace(side, citations=side.citations + (Citation(y.article, y.paragraph, y.original.strip()),))
            return replace(c, **{key: side})
    return c


def placed(contentions: list[Contention], sents: list[Sentence], held_by, topic_label: str = "",
           cues: dict | None = None) -> list[Contention]:
    """Every contention with its lines on the sides their heads put them, without frames, hedges beside unqualified
    claims, and holders lent to the writer's own words; one whose side is left with nothing is none. ``cues``:
    contention id → the editor's cue words of its two sides (a line's own words keep it on the side they take)."""
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for x in sents:
        by_para.setdefault((x.article, x.paragraph), []).append(x)
    out = []
    for c in contentions:
        c = replace(c, a=_pruned(c.a, by_para, held_by), b=_pruned(c.b, by_para, held_by))
        moves = _moves(c, by_para, held_by, (cues or {}).get(c.id))
        if moves is None:
            continue
        if moves:
            c = _moved(c, moves, held_by, topic_label, by_para)
            if c is None:
                continue
        c = replace(c, a=_own_voice(c.a, by_para, held_by), b=_own_voice(c.b, by_para, held_by))
        out.append(_answering(c, by_para, held_by, topic_label))
    return out


def titled(c: Contention, topic_label: str) -> Contention:
    """A title opening on its predicate given the topic as subject, when a side's words name the topic."""
    label = (topic_label or "").strip()
    if not label or not _NO_SUBJECT.match(c.topic.strip()):
        return c
    said = _simple(" ".join([c.a.statement, c.b.statement] + [x.quote for x in c.a.citations + c.b.citations]))
    if _simple(label).lower() not in said.lower():
        return c
    return replace(c, topic=f"{label} {c.topic.strip()}" if re.match(r"[A-Za-z0-9]", c.topic.strip()) or
                   re.search(r"[A-Za-z0-9]$", label) else label + c.topic.strip())


def writers(contentions: list[Contention], sents: list[Sentence], articles) -> list[Contention]:
    """A side no one is named for, stated in the writer's own voice ("可以预见，…", "对这一点我不完全同意"), is held by
    the writer: the article's author, else, for the reporting's own projection, its outlet (a reader is told whose
    words they are; a first person with no author named stays unnamed, a post's platform is no holder)."""
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for x in sents:
        by_para.setdefault((x.article, x.paragraph), []).append(x)
    pages = {a.slug: a for a in articles}

    def held(side: Side) -> Side:
        if side.speakers or not side.citations:
            return side
        first = side.citations[_source(side)]
        s, page = _sentence(first, by_para), pages.get(first.article)
        own = s is not None and OWN_VOICE.match(s.simple.strip())
        if s is None or page is None or not (own or WRITER_JUDGES.match(s.simple.strip())):
            return side
        # (a first person is a person: the author, never the platform a post is on)
        name = (page.author or "").strip() or ((page.outlet or "").strip() if own else "")
        if not name:
            return side
        kind = "person" if (page.author or "").strip() else "org"
        return replace(side, speakers=(Speaker(name, "", first.article, first.paragraph, kind=kind),))

    return [replace(c, a=held(c.a), b=held(c.b)) for c in contentions]
