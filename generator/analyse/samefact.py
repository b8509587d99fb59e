"""Whether two outlets' candidates state one fact, whatever category each was filed under (a split of
``grouping``): the part of a sentence its wording is compared on (``claimed``: without a speaker's
label), and the structural tests that tie two sentences across kinds: a shared specific facet, rare
words, the same answer with the same figure, or the same claim key, both saying it or both denying it."""

from __future__ import annotations

import re

from .claims import Candidate
from .claimkeys import _same_key
from .general import OWNED_FACETS, THEME_FACETS, restricts
from .polarity import same_side


#: A speaker's label opening a line of a live text or a minutes ("【市教育局副局长王某】", "【主持人】"):
#: who speaks, no part of what the line claims; a live text's headline in the same brackets
#: ("【茶饮品牌推出白酒奶茶】", "【某证券：…】") is content, and names no role.
_SPEAKER_LABEL = re.compile(r"^\s*[【〖]([^】〗\n，。：:、；！？]{1,30})[】〗]\s*")
_LABEL_ROLES = ("主持人", "嘉宾", "网友", "楼主", "主播", "提问", "回答")
#: The head of any office ("馆长", "校长", "处长", "行长"): a role like those of ``ROLE_TITLES``.
_HEAD = re.compile(r"[馆校站厂会社行市区县镇村处科队组班院所局部省州团]长")


#: A speaker's aside on their own turn ("我补充一下", "信号方面补充一下", "插一句"): how they take the floor,
#: never what two sentences share.
_ASIDE = re.compile(r"(?:我|再|先)?(?:补充|插|多说|澄清)一(?:下|句)")


def claimed(simple: str) -> str:
    """The part of a sentence its wording is compared on: without a speaker's label opening it (two
    lines of one speaker share the label, not a claim) nor an aside taking the floor."""
    if "一" in simple and _ASIDE.search(simple):
        simple = _ASIDE.sub("", simple)
    m = _SPEAKER_LABEL.match(simple)
    if m is None:
        return simple
    from .speakerholder import ROLE_TITLES

    label = m.group(1)
    if any(r in label for r in _LABEL_ROLES) or _HEAD.search(label) \
            or any(r in label for r in ROLE_TITLES if len(r) >= 2):
        return simple[m.end():]
    return simple


def _same_facet(a: Candidate, b: Candidate) -> bool:
    """Two outlets state the same specific claim in their own words (a shared facet that names one
    claim, not a theme, nor a move that is some company's own): "暂时未能上线" / "尚未对所有用户开放",
    "事实性错误" / "张冠李戴"."""
    return (a.sentence.article != b.sentence.article
            and bool((a.facets & b.facets) - THEME_FACETS - OWNED_FACETS))


#: A number and its measure word ("一条", "两家", "几个"): how many, never what is claimed, so no
#: rare word that ties two outlets ("一条差评" / "每一条暖心视频").
COUNTED = re.compile(r"^[一二两三四五六七八九十百千万几每数]+[条个家位名件次种项台辆只张份款篇句]$")
#: Rare words two outlets share that anchor a link across categories like a shared figure.
ANCHOR_RARE = 2
#: Rare words two outlets must share to state the same fact in two categories.
SAME_RARE = 3


def _units(c: Candidate) -> set[str]:
    return {m for m in c.measures if m.startswith("#")}


def counts_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences' figures count different kinds of things: each names measure words, none the same
    ("20万辆" / "20万套", "3家" / "3台")."""
    ua, ub = _units(a), _units(b)
    return bool(ua and ub and not (ua & ub))


def shared_hard(a: Candidate, b: Candidate) -> frozenset:
    """The figures and titles two candidates share, a figure only when the two count the same kind of thing: both
    naming a measure word and none the same ("产能30万辆" / "年产能约30万套": two facts that share a number) share
    no figure."""
    both = a.hard & b.hard
    if not both:
        return both
    if counts_apart(a, b):
        return frozenset(x for x in both if not re.search(r"\d", x))
    return both


def _same_rare(a: Candidate, b: Candidate) -> bool:
    """Two outlets naming the same rare things (words in few sentences of the corpus, but in two
    articles: "生产资质", "越野车"): the same fact, whichever category each was placed in."""
    return a.sentence.article != b.sentence.article and len(a.rare & b.rare) >= SAME_RARE


def _same_answer(a: Candidate, b: Candidate) -> bool:
    """Two outlets giving the same answer to a question with the same figure ("预计今年交付仅6万至
    8万辆，低于10万辆的目标" / "只能交付6万至8万辆，相去甚远"): one claim in whichever category."""
    return (a.sentence.article != b.sentence.article and bool(a.polar) and bool(b.polar)
            and same_side(a.polar, b.polar) and bool(shared_hard(a, b)))


#: Words that deny what a clause says ("不会影响", "并非", "难以", "未出现"): a sentence with one and a
#: sentence without are never one fact across kinds (an effect and its denial).
_DENIAL = re.compile(r"不会|不能|不再|不是|不受|不构成|不代表|并非|并不|并未|未必|未能|难以|无法|没有|未出现|未见")


def _bounded(simple: str) -> bool:
    """Whether a sentence denies, restricts or doubts what it reports (``_DENIAL``, ``restricts``)."""
    return bool(_DENIAL.search(simple)) or restricts(simple)


def _same_fact(a: Candidate, b: Candidate) -> bool:
    """Two outlets stating one fact that their categories file under opposite kinds (a share fall
    as a market impact and as a limit of the reception): the same specific facet, claim key,
    rare words or figure, and both say it or both deny it."""
    if a.sentence.article == b.sentence.article:
        return False
    if _bounded(a.sentence.simple) != _bounded(b.sentence.simple):
        # a fact and its denial, or a fact and a caveat on it ("仍取决于…", "影响有限"), are two
        # claims; a denial and a caveat ("不会造成大规模失业" / "影响有限") are one side
        return False
    return _same_key(a, b) or _same_facet(a, b) or _same_rare(a, b) or _same_answer(a, b) \
        or (bool(shared_hard(a, b)) and len(a.rare & b.rare) >= 1)
