"""Sentences that go on in a speaker's voice named earlier in their paragraph, and the lines that state what the
headline states in figures.

* A sentence whose subject is a pronoun for the speaker ("他分析了目前常用的两大模型，每分钟成本在30元至60元之间")
  or a bare quotation after the speaker's sentence ("「但有机构预估…一分钟要达到500元…」") reads as nobody's
  alone; it often carries the article's central comparison. It may be a summary point when the speaker can be told
  from the paragraph (the sentence before, or a run of such sentences back to one naming the speaker); the digest
  then shows the name ("于洪雷分析了…", "在于洪雷看来，「有机构预估…」": ``digestvoice.named_pronouns``). Never a
  thesis or a conclusion (the article's own claim is stated in its own words).
* A line stating the headline's own terms with a figure ("…的使用成本一分钟要达到500元" under "X使用成本高"), or
  the headline's own number, is preferred among the points: the figures the headline's thesis rests on.

Patterns only, any topic; returns data.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .digestlines import _OPEN_QUOTE, _SPEECH_VERB, _readable
from .text import Sentence

__all__ = ["borrowed_voice", "readable_borrowed", "PRONOUN_SUBJECT", "BARE_QUOTE", "states_headline_figures",
           "speaker_back", "comparisons", "headline_figures", "joined", "with_comparisons"]

#: A third person as the sentence's subject, speaking or judging within its first words ("他分析了…", "她表示，…",
#: "他还指出…"); not "他们", not "其他". (either script)
PRONOUN_SUBJECT = re.compile(r"^([他她])(?![们們人])[^，。：:“”「」]{0,3}?"
                             r"(?:分析|表示|认为|認為|指出|称|稱|说|說|坦言|直言|强调|強調|提到|透露|介绍|介紹|解释|解釋|"
                             r"预计|預計|估计|估計|算|测算|測算|举例|舉例|补充|補充)")
#: A quotation that is the whole sentence (its speaker is not named in it).
BARE_QUOTE = re.compile("^[" + _OPEN_QUOTE + "]")
#: A placeholder speaker, to ask whether the sentence would read alone once its speaker is named.
_STAND_IN = "甲"


def readable_borrowed(s: Sentence, before: list[Sentence]) -> bool:
    """``s`` opens on a pronoun for its speaker or is a bare quotation, reads alone once its speaker is named,
    and its paragraph names a speaker before it (``before``: the paragraph's sentences before ``s``, in order)."""
    if s.start == 0 or not before or not borrowed_voice(s):
        return False
    if PRONOUN_SUBJECT.match(s.simple):
        k = PRONOUN_SUBJECT.match(s.simple).start(1)
        named = replace(s, original=s.original[:k] + _STAND_IN + s.original[k + 1:],
                        simple=s.simple[:k] + _STAND_IN + s.simple[k + 1:])
    else:
        named = replace(s, original=_STAND_IN + "说，" + s.original, simple=_STAND_IN + "说，" + s.simple)
    return _readable(named) and speaker_back(before) is not None


def borrowed_voice(s: Sentence) -> bool:
    """A sentence in a voice its paragraph named before it: a pronoun subject speaking, or a bare quotation
    (its own closing names no speaker: "「…」他说。" names one and reads as it is)."""
    text = s.simple.strip()
    if PRONOUN_SUBJECT.match(text):
        return True
    if not BARE_QUOTE.match(text):
        return False
    closing = max(text.rfind(c) for c in "”」』\"’")
    return closing > 0 and not _SPEECH_VERB.search(text[closing:])


def speaker_back(before: list[Sentence]) -> Sentence | None:
    """The sentence naming the voice that the sentences after ``before`` go on in: the nearest one back that
    frames a view (a verb of saying or judging outside any quotation), passing over sentences that go on in a
    voice themselves; None when the run reaches the paragraph's start without one."""
    for b in reversed(before):
        if borrowed_voice(b):
            continue
        outside = re.sub(r"[“「『][^”」』]*[”」』]", "", b.simple)
        return b if _SPEECH_VERB.search(outside) else None
    return None


#: A figure: a number with or without a unit.
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: A figure with its unit, not a piece of a model's or a flight's name ("C919", "MU9191").
_FIGURE = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?\s*[^\d\s，。、；：,.;:（）()“”「」A-Za-z])")
#: A number that dates (a month, a day, a year) or numbers an issue: no figure the thesis rests on.
_DATE_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:月|日|号|號|年|期|季|届|屆)|第\s*\d+")
#: What a headline measures and says is high or low ("使用成本高", "房租太贵", "销量大增"): the measured term, then
#: the verdict on its size.
_MEASURED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:太|过|偏|更|大|暴)?(?:高|低|贵|涨|跌|增|降|多|少|飙升|下滑|上涨|下降|翻倍|减少|增加)"
                       r"(?=$|[\s　，,、：:；;！!？?|｜]|[\u4e00-\u9fff]{0,2}[\s　，,、：:；;！!？?|｜]|[\u4e00-\u9fff]{0,2}$)")
#: A short quotation in a sentence (a topic's or a work's name: "“C919商业首航”话题"): no clause of the sentence's own.
_QUOTED = re.compile(r"[“「『][^”」』，。]{1,12}[”」』]")


def states_headline_figures(simple: str, title: str) -> bool:
    """A sentence stating what the headline states, in figures: the headline's own figure (its number in its unit:
    "元旦3天" states "元旦连假3天", not "年销40万台" under "40天"), or, where the headline gives none, a figure in a
    clause that writes the term the headline says is high or low ("…使用成本一分鐘要達到500元" under "Sora使用成本高").
    A date, an issue's number or a model's name ("C919") is no figure; a quoted name is no clause."""
    if not title:
        return False
    bare = _DATE_NUMBER.sub("", _QUOTED.sub("", simple))
    if not _FIGURE.search(bare):
        return False
    numbers = set(_FIGURE.findall(_DATE_NUMBER.sub("", title)))
    if numbers:
        return bool(numbers & set(_FIGURE.findall(bare)))
    terms = {m.group(1) for m in _MEASURED.finditer(title)}
    return any(_FIGURE.search(c) and any(term in c for term in terms) for c in re.split(r"[。；;！？，,]", bare))


#: A figure's unit: the character after its number ("500元" → 元, "12%" → %).
_UNIT = re.compile(r"\d+(?:\.\d+)?\s*([^\d\s，。、；：,.;:（）()“”「」])")


def comparisons(pool: list[Sentence], title: str) -> dict[int, int]:
    """The headline's thesis stated in figures as a comparison: for each sentence of ``pool`` stating it
    (``states_headline_figures``), the sentence next to it in its paragraph giving figures in the same unit, the
    other side ("每分鐘視頻成本在30元至60元之間" beside "…使用成本一分鐘要達到500元"); both ways, index → index."""
    units = [set(_UNIT.findall(_DATE_NUMBER.sub("", s.simple))) for s in pool]
    out: dict[int, int] = {}
    for i, s in enumerate(pool):
        if not units[i] or not states_headline_figures(s.simple, title):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(pool) and j not in out and pool[j].para_index == s.para_index \
                    and abs(pool[j].index - s.index) == 1 and units[i] & units[j]:
                out[i], out[j] = j, i
                break
    return out


def headline_figures(pool: list[Sentence], title: str) -> list[bool]:
    """For each sentence of ``pool``: it states the headline's thesis in figures, or is the other side of such a
    comparison (``comparisons``)."""
    sides = comparisons(pool, title)
    return [i in sides or states_headline_figures(s.simple, title) for i, s in enumerate(pool)]


#: The longest a comparison's two sentences may be as one line (characters of Chinese text).
JOINED = 160


def joined(first: Sentence, second: Sentence) -> Sentence | None:
    """A comparison's two sides as one summary line (``first`` before ``second`` in one paragraph): the line reads
    only with both figures. None when the two would make too long a line."""
    text = first.original.rstrip() + second.original.lstrip()
    if sum(1 for c in text if "\u4e00" <= c <= "\u9fff") > JOINED:
        return None
    return replace(first, original=text, simple=first.simple.rstrip() + second.simple.lstrip())


def with_comparisons(pool: list[Sentence], points: list[int], taken: tuple, title: str) -> list[Sentence]:
    """The points (indices into ``pool``, in reading order) as summary lines, a point stating one side of the
    headline's comparison in figures joined with the other side beside it (``comparisons``, ``joined``), unless that
    side is the thesis or the conclusion (``taken``) or already shown."""
    sides, shown, lines = comparisons(pool, title), set(), []
    for i in points:
        j = sides.get(i)
        pair = joined(pool[min(i, j)], pool[max(i, j)]) if j is not None and j not in taken and j not in shown else None
        if pair is not None:
            lines.append(pair)
            shown |= {i, j}
        elif i not in shown:
            lines.append(pool[i])
    return lines
