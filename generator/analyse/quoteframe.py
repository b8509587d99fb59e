"""Whose words a quote is, read from the frame of its own clause (issue 13, property 1).

A sentence's speaker is decided for the whole sentence (``speakerdoc``); a point cites a quote, often
one clause of it, and a sentence may hold two voices: the writer's clause and then a holder's frame
("…被外界解读为政治讯号；有内地分析师认为，新机有望…"), two holders ("X表示，…；Y则表示，…"), a
holder reported inside a turn or a post ("易明远：百度的说法是…"). The quote's own frames decide,
read in its sentence:

- a quote that opens under another holder's frame (the last before it, or one after it that reaches
  back: "…，他说。", "“…”X说") is that holder's, with the holder the text names (a person, a body, a
  described group, or a bare name the article has speak), and no one's when the text names no one
  ("也有人质疑…"): unsure, say nothing; a holder inside an outlet's report ("X报道称，…也有市民认为")
  stays the report's;
- a quote that opens in its sentence's own voice, or under the credited holder's frame, keeps its
  speaker, and a holder whose frame it goes on to quote is named beside them (both voices are in it);
- a quote before every frame of its sentence, none reaching back, is not the words of a holder whose
  frame comes only after it ("…便宜约3万元，雷军在发布会上直言要做…": the first clause is no one's quote);
- a pronoun's or a document's frame ("他又指", "报告指出") keeps the credited speaker (the document
  resolved it); a first person, a hearsay word, a date or a "据X统计" source makes no frame here.

Applied to the finished points, before the outlet is credited for the reporter's own text
(``outletvoice``), so that a quote no one is left speaking is the outlet's only when its sentence
carries no frame at all. Points an editor changed keep their speakers."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .model import Speaker
from .speakers import find_attributions
from .text import to_simplified

__all__ = ["quote_frame", "with_quote_frames"]

#: An unnamed holder's frame ("也有人质疑", "有车主抱怨", "不少网友批评", "有出席听证的议员质疑"): someone's
#: view, whose holder the text names by kind at most (an unnamed "analysis" or "view", "有分析指", is the
#: writer's own hedge, no one's frame).
_UNNAMED = re.compile(r"(?:(?<=[，。；：:！？,;])|^)(?:但|不过|而|另外|此外|同时)?(?:也|还|另|又)?(?:有|不少|很多|许多|部分|一些)"
                      r"(?P<who>人|[^，。；：“”「」]{0,10}?(?:[人者员商户民师官]|网友|用户|车主|玩家|读者|乘客|家长|"
                      r"专家|学者|经理|司机|股民|店主|摊主|老板|机构|券商|代表))(?:也|还|则|都|亦)?"
                      r"(?:认为|表示|质疑|指出|称|说|批评|抱怨|反映|吐槽|直言|坦言|提醒|预计|估计|透露|"
                      r"呼吁|建议|调侃|直呼)")  # (a state of mind, "很多家长担心…", is what the speaker describes)
#: One side of a dispute the text names by no one ("另一派则认为", "谨慎的一方认为", "一种观点认为"): unnamed.
_VIEWPOINT = re.compile(r"(?:(?<=[，。；：:！？,;])|^)(?:但|而|不过)?(?:[^，。；：“”「」]{1,8}的)?(?:另一|一|有一|也有一)"
                        r"(?:派|方|种观点|种看法|种声音|种意见|种解读)(?:人士)?(?:则|也|却|亦)?"
                        r"(?:认为|表示|指出|称|担心|主张|质疑|相信)")
#: A back-reference to a holder named before in the paragraph ("该人士指", "这位分析师认为", "该机构预计").
_BACK = re.compile(r"(?:(?<=[，。；：:！？,;])|^)(?:该|这位|这名|此|上述)(?P<noun>人士|分析师|官员|专家|学者|负责人|高管|人|机构|券商)"
                   r"(?:也|还|则|又|同时|亦)?(?:认为|表示|指出|称|说|指|透露|强调|补充|预计|估计|提醒)")
#: A holder's figures as the source of what follows ("从百度公布的数据看，…", "从X发布的报告来看，…").
_FROM_DATA = re.compile(r"(?:(?<=[，。；：:！？,;])|^)从([^，。；：“”「」《》]{2,20}?)(?:公布|发布|披露|提供)的"
                        r"(?:数据|数字|资料|报告|统计)(?:来)?看[，,]")
#: A holder's view named as such, after a colon too ("易明远：百度的说法是…"; ``speakers`` reads it
#: after a clause's pause only).
_VIEW = re.compile(r"(?<=[：:])([^，。；：:“”「」]{2,24}?)的(?:说法|看法|观点|解释|判断|意见)(?:是|为)[，,：:]?")
#: What is no holder of a frame: a date or a hearsay word in it ("8月24日海关总署发布公告…后", "听说东电说").
_NOT_HOLDER = re.compile(r"\d|^听")
#: A first person as the holder ("我们认为", "我们的测算显示", "笔者以为"): the document's own voice.
_FIRST = re.compile(r"^(?:我|咱|本人|笔者)")
#: A frame that is only a time clause ("海关总署发布公告全面暂停进口后，…"): no one speaks in it.
_TIME_CLAUSE = re.compile(r"^[^，。；：“”「」]{0,30}?(?:后|之后|以后|时|之时|以来|期间|之前|前)[，,]")
#: A frame's words that are a report of an outlet ("X报道称", "援引…的话说"): what it holds stays the report's.
_REPORT = re.compile(r"报道|报导|消息|援引|刊文|发文|撰文")
#: Verbs of speech that reach back over the words before them ("…，他说。"): never an act ("…公布。").
_SPEECH = re.compile(r"(?:说|表示|称|指出|认为|透露|强调|坦言|直言|介绍|补充|提到|写道|告诉[^，。]{0,6})[。！？…”」 ]*$")
_CLOSE = "”」』\""
#: A turn to another voice before a frame ("，但也有机构提醒", "；乙证券则认为").
_TURN = re.compile(r"[；;]|但|不过|然而|而|另|也有|还有|则")
#: A quotation in a sentence.
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』")
#: A frame naming the document its holder issued ("X发表报告指", "X发布的研报认为").
_DOC_WORD = re.compile(r"报告|研报|声明|公告|白皮书")
_PRONOUNS = ("pronoun", "document")


class Frame:
    """One frame in a sentence: where it starts and ends, whom it names (simplified)."""

    __slots__ = ("start", "end", "name", "role", "kind", "text")

    def __init__(self, start: int, end: int, name: str, role: str, kind: str, text: str = ""):
        self.start, self.end, self.name, self.role, self.kind, self.text = start, end, name, role, kind, text


@lru_cache(maxsize=1 << 12)
def _frames(simple: str) -> tuple[Frame, ...]:
    """The frames of one simplified sentence that name someone, in text order (an unnamed holder's as
    kind ``unnamed``). A source of figures opened by 据 ("据X统计", "按照X测算") is the writer's sourcing, a date or
    a hearsay word makes no holder: neither is a frame here; a first person is the document's own voice
    (kind ``own``)."""
    from .speakerholder import _GROUP_BAD, _VAGUE, split_holder

    found = [Frame(a.start, a.end, "" if _FIRST.search(a.name) else a.name, a.role,
                   "own" if _FIRST.search(a.name) else a.kind, simple[a.start:a.end]) for a in find_attributions(simple)]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(simple)]
    found = [f for f in found if not re.match(r"据|根据|按照|依照|依据", f.text) and not (f.name and _NOT_HOLDER.search(f.name))
             and not _TIME_CLAUSE.match(simple[f.end:])]

    def free(s: int, e: int) -> bool:
        return not any(s < f.end and f.start < e for f in found)

    for m in _UNNAMED.finditer(simple):
        # (a bare word read off the same phrase, "也有机构", is no name: the phrase is people of a kind)
        found = [f for f in found if not (f.kind == "bare" and m.start() <= f.start < m.end())]
        if free(m.start(), m.end()):
            who = m.group("who")
            named = who != "人" and len(who) >= 2 and not _GROUP_BAD.search(who) and not _VAGUE.match(who)
            # (a vague kind, "有机构提醒", names no one, though a speaker given as that kind is the same)
            found.append(Frame(m.start(), m.end(), who if who != "人" else "", "", "group" if named else "unnamed", m.group(0)))
    for m in _VIEWPOINT.finditer(simple):
        found = [f for f in found if not (m.start() <= f.start < m.end())]  # ("一方" read as a bare name)
        found.append(Frame(m.start(), m.end(), "", "", "unnamed", m.group(0)))
    for m in _BACK.finditer(simple):
        if free(m.start(), m.end()):
            found.append(Frame(m.start(), m.end(), m.group("noun"), "", "back", m.group(0)))
    for rx in (_FROM_DATA, _VIEW):
        for m in rx.finditer(simple):
            got = split_holder(m.group(1))
            if got and got[2] in ("person", "org", "bare", "group") and free(m.start(), m.end()) \
                    and not _NOT_HOLDER.search(got[0] or "x"):
                # (the form names a holder: a bare name here is one, a body unless it reads as a person)
                kind = got[2] if got[2] != "bare" else ("person" if _person_like(got[0]) else "org")
                found.append(Frame(m.start(), m.end(), got[0], got[1], kind, m.group(0)))
    # (a frame inside a quotation is the quoted speaker's words: "「Sora承认了它只是…」")
    return tuple(sorted((f for f in found if not any(a < f.start < b for a, b in quoted)), key=lambda f: f.start))


def _person_like(name: str) -> bool:
    from .speakerholder import _common_words, _surnames

    return len(name) in (2, 3) and name[0] in _surnames() and not _common_words(name)


def _reaches_back(f: Frame, sentence: str) -> bool:
    """Whether a frame governs what stands before it: a verb of speech ending its sentence ("…，他说。")
    or following a closing quotation mark ("“…，”X说，…")."""
    if not _SPEECH.search(f.text):
        return False
    before = sentence[:f.start].rstrip("，, ")
    return not sentence[f.end:].strip("。！？!?…”」 ") or before[-1:] in _CLOSE


def _same(sp: Speaker, f: Frame) -> bool:
    name = to_simplified(sp.name, "zh-Hant")
    role = to_simplified(sp.role or "", "zh-Hant")
    for n in (f.name, f.role if f.kind == "group" else ""):
        if n and name and (n in name or name in n or (len(n) >= 2 and n in role)):
            return True
    return False


def _cited(sents, quote: str):
    """The sentence of the paragraph the quote starts in, and the quote's span in it (or None)."""
    q = quote.split("…")[0].strip()
    last = quote.split("…")[-1].strip()
    for s in sents:
        at = s.original.find(q) if q else -1
        if at < 0 or len(s.original) != len(s.simple):
            continue
        tail = s.original.find(last, at) if last else -1
        return s, at, (tail + len(last)) if tail >= 0 else len(s.original)
    return None


def _speaker_of(f: Frame, s, known: dict, voice) -> Speaker | None:
    """The frame's holder as a speaker of the quote's paragraph, or None when the text names no one."""
    from .speakercontext import _orig

    if f.kind == "unnamed":
        return None
    if f.name in known:
        return replace(known[f.name], paragraph=s.paragraph, article=s.article)
    if f.kind not in ("person", "org", "group") or not f.name:
        return None
    name, role = _orig(s.original, s.simple, f.name), _orig(s.original, s.simple, f.role) if f.role else ""
    group, label = voice(name, role)
    return Speaker(name=name, role=role, article=s.article, paragraph=s.paragraph, kind=f.kind,
                   group=group, group_label=label)


def _back_to(f: Frame, earlier: list[Frame]) -> Frame:
    """A back-reference frame ("该人士指") as the holder named last before it of that kind, else a pronoun's."""
    for g in reversed(earlier):
        if g.kind not in ("person", "group", "org") or not g.name:
            continue
        if f.kind == "document":  # "报告同时指出" after "X发表报告指": X's report
            if _DOC_WORD.search(g.text):
                return Frame(f.start, f.end, g.name, g.role, g.kind, f.text)
            continue
        if (g.name + g.role).endswith(f.name) or (f.name in ("人士", "人") and g.kind in ("person", "group")):
            return Frame(f.start, f.end, g.name, g.role, g.kind, f.text)
    return Frame(f.start, f.end, "", "", "pronoun" if f.kind == "back" else f.kind, f.text)


def quote_frame(sentence: str, qs: int, qe: int, known=frozenset(), prior=()) -> tuple[Frame | None, list[Frame], list[Frame]]:
    """The frames of the quote ``sentence[qs:qe]`` (simplified; offsets in the sentence): the one it
    opens under (the last before it, or one after it reaching back), the ones inside it, and the ones
    after it (not reaching back). A bare name is a frame only when the article has it speak (``known``)."""
    frames = [_back_to(f, [*prior, *(g for g in _frames(sentence) if g.end <= f.start)]) if f.kind in ("back", "document") else f
              for f in _frames(sentence) if f.kind != "bare" or f.name in known]
    inside = [f for f in frames if qs <= f.start < qe]
    before = [f for f in frames if f.end <= qs + 1]
    after = [f for f in frames if f.start >= qe - 1]
    opens = before[-1] if before else None
    if opens is None and inside and not re.sub(r"^[\s“「【】\[\]]*(?:但是?|而且?|不过|然而|另外|此外|同时|其中|对此)?[，,]?", "",
                                                  sentence[qs:inside[0].start]):
        opens, inside = inside[0], inside[1:]  # the quote opens on the frame itself ("有分析师认为，…")
    if opens is None and not inside:
        back = [f for f in after if _reaches_back(f, sentence)]
        if back:
            return back[0], [], []
    return opens, inside, after


def _stated_at(statement: str, sentence: str, qs: int, qe: int) -> int:
    """Where in the quote ``sentence[qs:qe]`` the point's statement begins (its opening words found
    there), else where the quote begins: the claim a point states is the holder's whose clause it is."""
    key = re.sub(r"[。！？\s]", "", to_simplified(statement or "", "zh-Hant"))[:8]
    at = sentence.find(key, qs) if len(key) >= 4 else -1
    return at if 0 <= at < qe else qs


def _for_citation(speakers: list[Speaker], s, qs: int, qe: int, known: dict, voice, prior=(),
                  statement: str = "") -> tuple[list[Speaker], int | None]:
    """The speakers of one citation once its quote's frame is read (``prior``: the frames of the
    paragraph's sentences before the quote's; ``statement``: what the point states, read from where
    its words stand in the quote), and where in the sentence the quote should start when it opens on
    a clause before the claim's own frame (else None)."""
    at = _stated_at(statement, s.simple, qs, qe)
    whole = re.sub(r"[。！？\s]+$", "", to_simplified(statement or "", "zh-Hant"))
    # (where the statement ends: its last words after where it begins, its marks and notes aside)
    key = re.sub(r"[。！？\s]", "", whole)[:8]
    tail = whole[-6:] if len(whole) >= 10 and len(key) >= 4 and s.simple.startswith(key, at) else ""
    last = s.simple.rfind(tail, at, max(qe, at + len(whole))) if tail else -1  # (its last: a headline may say it first)
    ends = last + len(tail) if last >= 0 else at
    speakers, cut = _claim_holders(speakers, s, qs, qe, at, ends, known, voice, prior)
    # a statement that goes on to another holder's frame ("…，但也有机构提醒，…") holds both voices
    # (a turn to another voice, not a source the speaker cites: "专家说老树就该重剪" in a guest's answer is theirs)
    more = [_speaker_of(f, s, known, voice) for f in _frames(s.simple) if at < f.start < ends
            and _TURN.search(s.simple[max(at, f.start - 3):f.start] + f.text[:4])
            and f.kind not in _PRONOUNS and not any(_same(sp, f) for sp in speakers)]
    return _once(speakers + [x for x in more if x is not None]), cut


def _claim_holders(speakers, s, qs: int, qe: int, at: int, ends: int, known: dict, voice,
                   prior) -> tuple[list[Speaker], int | None]:
    """The holders of the claim stated from ``at`` (to ``ends`` when the whole statement stands there)
    in the quote ``s.simple[qs:qe]``, and the cut (see ``_for_citation``)."""
    opens, inside, after = quote_frame(s.simple, at, qe, known, prior)
    if opens is None and not inside:
        # a holder whose frame only comes after the quote, and does not reach back: not the quote's
        return [sp for sp in speakers if not any(_same(sp, f) for f in after)], None
    if any(f.kind in _PRONOUNS for f in (opens, *inside) if f is not None):
        return speakers, None  # "他又指", "报告指出": whom it stands for, the document read
    if opens is not None and opens.kind == "own":
        # the document's own first person ("…，但我们的测算显示，…"): no holder another frame names
        others = [f for f in _frames(s.simple) if f.kind != "own"]
        return [sp for sp in speakers if not any(_same(sp, f) for f in others)], None
    if opens is None and ends > at:
        # the statement is the clause before a holder's frame ("…涨停；但有投顾分析师提醒，…"): not theirs
        later = [f for f in inside if f.start >= ends]
        speakers = [sp for sp in speakers if not any(_same(sp, f) for f in later)]
    if opens is None or any(_same(sp, opens) for sp in speakers):
        # the claim opens in its sentence's own voice, or under the credited holder's frame: theirs (a
        # frame later in the quote is another clause's, not what the point states)
        return speakers, None
    reports = [*(f for f in prior if _REPORT.search(f.text)),
               *(f for f in _frames(s.simple) if f.end <= opens.start and _REPORT.search(f.text))]
    if any(_same(sp, f) for sp in speakers for f in reports):
        return speakers, None  # "X报道称，…也有市民认为…": the report's, whose words it all is
    # another holder's frame opens the claim: theirs when named, else no one's (unsure, say nothing);
    # a quote that began on the clause before that frame starts at the frame (that clause is no part
    # of the claim, and no one else's words are shown as the holder's)
    own = _speaker_of(opens, s, known, voice)
    cut = opens.start if qs < opens.start < at else None
    return ([own] if own is not None else []), cut


def _once(speakers: list[Speaker]) -> list[Speaker]:
    """Each holder once per place, in the order first given."""
    seen: set = set()
    out = []
    for x in speakers:
        k = (to_simplified(x.name, "zh-Hant"), x.article, x.paragraph)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def with_quote_frames(points, contentions, per_article, sentence_speakers, voice) -> tuple[list, list]:
    """``points`` and the sides of ``contentions`` whose speakers at each citation are the ones the
    quote's own frame names.

    ``per_article``: slug → its sentences; ``sentence_speakers``: (slug, index) → speakers;
    ``voice(name, role) -> (group, label)``."""
    sents_of: dict[tuple[str, str], list] = {}
    for slug, ss in per_article.items():
        for s in ss:
            sents_of.setdefault((slug, s.paragraph), []).append(s)
    people: dict[str, dict[str, Speaker]] = {}  # per article: the holders it has speak, by simplified name
    for (slug, _), sps in sentence_speakers.items():
        for sp in sps:
            if sp.kind in ("person", "org") and len(sp.name) >= 2:
                people.setdefault(slug, {}).setdefault(to_simplified(sp.name, "zh-Hant"), sp)

    def fixed(speakers: tuple, citations, statement: str) -> tuple[tuple, dict]:
        out = list(speakers)
        cuts: dict[tuple[str, str, str], str] = {}  # (article, paragraph, quote) → the quote from the claim's frame
        quotes: dict[tuple[str, str], list[str]] = {}  # (a contention's side may cite a paragraph twice)
        for c in citations:
            quotes.setdefault((c.article, c.paragraph), []).append(c.quote)
        for (art, pid), qs_ in quotes.items():
            here = [sp for sp in out if (sp.article, sp.paragraph) == (art, pid)]
            now: list[Speaker] = []
            for quote in qs_ if here else ():
                found = _cited(sents_of.get((art, pid), ()), quote)
                if found is None:
                    now += here  # (a quote we cannot place keeps what it had)
                    continue
                s, qs, qe = found
                prior = [f for t in sents_of[(art, pid)] if t.index < s.index for f in _frames(t.simple)]
                got, cut = _for_citation(here, s, qs, qe, people.get(art, {}), voice, prior, statement)
                now += got
                if cut is not None and "…" not in quote and 0 < cut - qs < len(quote):
                    cuts[(art, pid, quote)] = quote[cut - qs:].lstrip("，,；; ")
            now = _once(now)
            if now == here:
                continue
            at = out.index(here[0])
            rest = [sp for sp in out if sp not in here]
            keys = {(to_simplified(x.name, "zh-Hant"), x.article, x.paragraph) for x in rest}
            new = [x for x in now if (to_simplified(x.name, "zh-Hant"), x.article, x.paragraph) not in keys]
            out = rest[:at] + new + rest[at:]
        return tuple(out), cuts

    pts = []
    for p in points:
        if p.edited:
            pts.append(p)
            continue
        sp, cuts = fixed(p.speakers, p.citations, p.statement)
        cites = tuple(replace(c, quote=cuts[(c.article, c.paragraph, c.quote)])
                      if (c.article, c.paragraph, c.quote) in cuts else c for c in p.citations)
        pts.append(replace(p, speakers=sp, citations=cites) if (sp, cites) != (p.speakers, p.citations) else p)
    cons = []
    for c in contentions:
        a, b = fixed(c.a.speakers, c.a.citations, c.a.statement)[0], fixed(c.b.speakers, c.b.citations, c.b.statement)[0]
        cons.append(c if (a, b) == (c.a.speakers, c.b.speakers) else
                    replace(c, a=replace(c.a, speakers=a), b=replace(c.b, speakers=b)))
    return pts, cons
