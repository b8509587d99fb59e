"""Which member of a group states its point: how central, clean and self-contained a candidate's
sentence is, whether it names the topic and gives the figures most outlets give (``points.make_points``
ranks the members with these). Split out of ``points.py``."""

from __future__ import annotations

import re

from .claims import Candidate
from .general import THEME_FACETS
from .support import _owner_names
from .taxonomy import Taxonomy
from .text import cjk_len
from .text import count_words as _count

__all__ = ["continues", "dangling", "figure_support", "better_rep", "quality", "NEGATED_REP", "REP_TRIES", "TOPIC_REP",
           "FIGURE_REP"]


_DANGLING = re.compile(r"^[“「]?(?:(?:这|那)些?(?=是|都|也|就|便|才|正|让|使|一切|样|[，,])|(?:它|其)(?!中|他|实|次|余)|"
                       r"(?:他们|她们|它们|此举|此事)(?!的))")


#: A statement opening in the middle of an utterance: an adverb or a link that goes on from what the
#: speaker or the writer said before ("也可能只是…", "还有设备、材料的出口…", "前提是…", "而是…",
#: "另一种观点则认为…"). Its subject is in the sentence before.
_CONTINUES = re.compile(r"^[“「]?(?:也(?![门许])|还有|另一(?:种|方面|个|类)|另外一(?:种|个)|前提是|而是|就是(?!说)|才(?=[是能会])|"
                        r"则(?=[是认])|(?:但|而)(?:也|又|还))")


def continues(statement: str) -> bool:
    """Whether a statement opens in the middle of an utterance (``_CONTINUES``): no subject of its own."""
    return bool(_CONTINUES.match(statement))


def dangling(statement: str) -> bool:
    """Whether a statement opens on a back-reference it does not resolve ("这些都不是…",
    "这是一场…", "它需要…"): a demonstrative standing for a noun, not one before it ("这场发布会")."""
    return bool(_DANGLING.match(statement))


#: Weight against stating a group by a member that negates its own claim ("也有一些未被审查的主题"):
#: the exception is evidence against the claim, never its statement.
NEGATED_REP = 2.0
#: The best members of a group whose statements are looked at for one naming the topic.
REP_TRIES = 3
#: Weight, when choosing a group's statement, of naming the topic (a rival's earlier move, the
#: background, is never the statement of what the topic did) …
TOPIC_REP = 0.8
#: … and of giving the figures most of the group's outlets give (net of figures no other gives).
FIGURE_REP = 0.5


def figure_support(g: list[Candidate]) -> dict[int, float]:
    """Per member: how many other outlets of the group give each of its figures (88898 of four
    outlets over one repost's "超过10万")."""
    arts: dict[str, set[str]] = {}
    for c in g:
        for h in c.hard:
            arts.setdefault(h, set()).add(c.sentence.article)
    out = {}
    for c in g:
        n = 0.0
        for h in c.hard:
            others = len(arts[h] - {c.sentence.article})
            n += min(others, 3)
        out[id(c)] = min(3.0, n)
    return out


#: A statement a reader cannot use on its own: a day relative to the article ("今天", "昨日"), the
#: writer's voice ("笔者", "我"), a headline glued to a wire's dateline.
_RELATIVE = re.compile(r"(?:今天|今日|昨天|昨日|明天|前天)(?!的)|笔者|^我(?!们)|电[（(]记者|本报讯")


def better_rep(rep: Candidate, best: list[Candidate], stated: dict, tax: Taxonomy, topic_bits) -> Candidate:
    """Another of the group's best members when the chosen statement is about someone else (a
    rival's earlier move, the background: "自2月19日比亚迪推出…以来，行业已经陷入降价潮") and
    another names the topic, or when it counts days from the article's ("今天是…") and another
    does not: what the topic did, in words a reader can use on their own."""
    def names_topic(st):
        return bool(tax.topic_terms and _count(st, tax.topic_terms))

    st = stated.get(id(rep))
    if st is None:
        return rep
    others = [c for c in best if c is not rep and not dangling(stated[id(c)])]
    if not names_topic(st) and _owner_names(st, topic_bits):
        # … stating the same specific claim (a shared facet that is no mere theme: a fall, a price war)
        alt = next((c for c in others if names_topic(stated[id(c)])
                    and (c.facets & rep.facets) - THEME_FACETS), None)
        if alt is not None:
            rep, st = alt, stated[id(alt)]
    if _RELATIVE.search(st):
        # … keeping its figures ("百度暴跌近10%" never gives way to "百度的股价应声而落")
        alt = next((c for c in others if not _RELATIVE.search(stated[id(c)])
                    and (names_topic(stated[id(c)]) or not names_topic(st))
                    and (not rep.hard or rep.hard <= c.hard)), None)
        if alt is not None:
            rep = alt
    return rep


#: A transcript's turn label ("黄某：", "主持人："), before the words it labels.
_TURN_LABEL = re.compile(r"^[^，。：:“”「」]{1,12}[：:]\s*")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")


def quality(c: Candidate) -> float:
    n = cjk_len(c.sentence.simple)
    q = 1.0 if 18 <= n <= 60 else (0.6 if n <= 90 else (0.3 if n <= 120 else 0.0))
    if re.match(r"^[“「]?(?:这|那|他|她|它|其|此|该)", c.sentence.simple):
        q -= 0.8
    elif continues(_TURN_LABEL.sub("", c.sentence.simple, count=1)):
        q -= 0.5  # a turn opening mid-utterance ("黄某：也可能只是…"): another member states it whole
    if "“" in c.sentence.simple and "”" not in c.sentence.simple:
        q -= 0.5
    if _RELATIVE.search(_QUOTED.sub("", c.sentence.simple)):
        q -= 0.6  # (a speaker's "我" inside the quotation is theirs, not the writer's)
    return q
