"""What a figure counts and who reports it, read on the clause around it, in any form:

* **the state a count of people is in** ("北京11人死亡、27人失踪", "3人受伤。", "12名员工离职，"): a
  count of persons (人, 名, 位, 户) followed by a verb that closes its clause counts those the verb
  says, never the place or the noun before it; a name before the figure (a place, a body) stays as
  whose count it is, anything else (a noun of the clause before) is dropped (fail clean);
* **a measured quantity is no size** ("降雨量达331毫米", "积水深度达1.8米", "水位上涨2米"): a length or
  a weight whose label is a measured quantity (…量, …深度, 水位) is what a story measures,
  while "屏幕6.7英寸", "身高1米8", "厚度8毫米" stay sizes (trivia);
* **a return period is no duration** ("按三年一遇标准设计", "百年一遇的洪水"): "N年一遇" names a standard's
  frequency, never how long something lasts;
* **who comments is not who reports** ("补偿比例约为损失的40%至70%，不少学者认为标准偏低"): a party named
  after an unquoted figure, who then says something of their own, gives their view of it, not the
  figure; the figure has no stated source (fail clean), unless a "据…" before it names one;
* **a label must name a measured thing**: a label that ends on a verb, an adverb or a function word
  ("物资车需", "电断", "设置临时"), read where it stands in its clause, is no label; the digest and the briefing leave such a figure out rather than show a fragment.

Patterns on structure only (units, verbs by their dictionary tag, punctuation), any topic.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["state_of_count", "measured_size", "return_period", "comments_after", "labelled"]

#: A count of persons or households: the unit that ends it.
_PERSONS = re.compile(r"(?:人|名|位|户)$")
#: Where a clause ends, or a list goes on to its next item.
_CLAUSE_END = re.compile(r"\s*(?:$|[、，,。；;！!？?）)]|以及|和|及|与)")


def state_of_count(simple: str, start: int, end: int) -> str:
    """The verb a count of persons at ``simple[start:end]`` is the subject of, when it closes its
    clause ("11人死亡、", "3人受伤。"); '' otherwise."""
    from .figures import _words

    if not _PERSONS.search(simple[start:end]):
        return ""
    after = [w for w in _words(simple) if w[2] >= end]
    if not after or after[0][2] != end:
        return ""
    word, tag, _, stop = after[0]
    if not (tag.startswith("v") and 2 <= len(word) <= 3) or tag in ("vg", "vd") or word in ("表示", "认为", "称"):
        return ""
    return word if _CLAUSE_END.match(simple, stop) else ""


@lru_cache(maxsize=1 << 14)
def is_name(text: str) -> bool:
    """A place, a body or a person by the dictionary's tag ("北京", "国务院"), one word."""
    from .namefind import _cut, word_tag

    words = _cut(text)
    return len(words) == 1 and word_tag(words[0]).startswith(("ns", "nt", "nr"))


#: A measured quantity: what a story measures in a length or a weight.
_MEASURED = re.compile(r"(?:量|深度|水深|水位|降水|雨量|涨幅|落差)$")


def measured_size(what: str) -> bool:
    """A length or weight whose label is a measured quantity ("降雨量", "积水深度"), no size trivia."""
    return bool(what) and bool(_MEASURED.search(what))


def return_period(simple: str, end: int) -> bool:
    """"N年一遇": a standard's frequency, no span."""
    return bool(re.match(r"\s*一遇", simple[end:end + 4]))


#: A view said after the figure by a party named after it ("，不少学者认为标准偏低"): the verb and some
#: words of their own after it.
_VIEW_AFTER = re.compile(r"\s*(?:也|还|则|都|亦|却|普遍|纷纷)?(?:认为|觉得|批评|质疑|担心|指出|表示|直言|坦言|呼吁|建议)"
                         r"[，,：:]?\s*[^。！？!?\s]{2}")


def comments_after(simple: str, start: int, speaker: str) -> bool:
    """``speaker`` is named only after the figure at ``start``, outside a quotation, and says a view
    of their own there: a comment on the figure, not its source."""
    if not speaker:
        return False
    at = simple.find(speaker)
    if at < start:
        return False
    opened = sum(simple[:start].count(c) for c in "“「\"") - sum(simple[:start].count(c) for c in "”」")
    if opened > 0 or simple[:start].count('"') % 2:
        return False  # the figure is in their quoted words
    return bool(_VIEW_AFTER.match(simple, at + len(speaker)))


#: Tags a label cannot end on: a verb, an adverb, a preposition, a conjunction, a particle, a
#: distinguishing word ("临时"), a pronoun.
_BAD_END = re.compile(r"^(?:v|vd|d|p|c|u|uj|ul|uz|ug|uv|b|r|y|e|o|zg)$")


def labelled(what: str, kind: str, context: str = "") -> bool:
    """Whether a figure's label names a measured thing: its last word, read where the label stands
    in ``context`` (the figure's clause, so that "物资车需" is cut as 物资|车|需 before 绕行), is no
    verb's, adverb's or attribute's fragment ("物资车需", "电断", "设置临时"); a change of a measure
    ("股价下跌") is a label."""
    from .figures import _CHANGE, _MEASURE, _words

    label = re.sub(r"[\s·]+", "", what or "")
    if not label:
        return False
    if re.search(r"[，,。；;！？!?]", label):
        return False  # a clause taken for a label (a table's text cell: "…转移被困群众87人，其中老人")
    at = context.find(label) if context else -1
    words = [w for w in (_words(context) if at >= 0 else _words(label))
             if (w[2] >= at and w[3] <= at + len(label) if at >= 0 else True) and w[0].strip()] \
        or [w for w in _words(label) if w[0].strip()]
    if not words:
        return True
    last, tag = words[-1][0], words[-1][1]
    if tag == "unk" and len(last) == 2 and _BAD_END.match(_words(last[1])[0][1] if _words(last[1]) else ""):
        return False  # a word the dictionary does not know, ending on a verb or an adverb glued to a noun ("车需", "电断")
    if len(words) < 2:
        return True
    if _BAD_END.match(tag) and not (_CHANGE.match(last) or _MEASURE.search(last)):
        return False  # ("股价下跌", "收入增长": a change of a measure is what a figure says)
    return True
