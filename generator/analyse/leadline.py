"""The briefing's lead: a sentence a reader can quote on its own.

The first line of the one-minute overview is also the page's description: a reader (and a search
result) sees it without the paragraph it came from. A point's statement is fit to lead only when it
stands alone:

* its subject is there: it does not open on a word that continues another sentence (a conjunction,
  "但", "而且", "因此"; an adverb or verb whose subject is in the sentence before, "主要来自…",
  "认为…", "也将…"; a pronoun or demonstrative, "该公司", "这", "其"; a time said relative to
  another sentence, "第二天", "当晚", "随后");
* it is no furniture: no bracketed headline or label ("【…】"), no list marker or numbered heading
  ("一是", "（六）", "第三条"), no pointer at a table or chart ("见下表", "如图");
* it is a whole sentence: long enough to say something, ending as a sentence ends;
* it is the corpus's takeaway, not one speaker's quotation under their name ("陈某：“我们…”").

``lead_first`` moves the first such statement of the ranked takeaways to the front; when none is fit,
the order is kept (the overview still lists them; nothing is rewritten).
"""

from __future__ import annotations

import re

from .text import tokens

#: Words that open a sentence continuing another one, read as its first word (so "会议" and "并购"
#: open a sentence of their own while "会" and "并" do not): its subject or its first half is elsewhere.
_DEPENDENT_WORDS = frozenset(
    "但 但是 不过 然而 而 而且 并且 并 且 却 也 还 又 再 就 才 都 则 即 便 因此 所以 因而 从而 进而 于是 故 "
    "以及 及 或者 或 甚至 乃至 况且 何况 此外 另外 同时 其中 其次 再者 主要 只是 仍 仍然 依然 已经 已 将 将会 会 "
    "可能 或将 正在 均 皆 亦 认为 表示 指出 称 强调 坦言 透露 提到 直言 这 那 该 此 其 之 它 他 她 它们 他们 "
    "她们 这些 那些 这个 这种 这一 该项 对此 为此 由此 据此".split())
#: Demonstratives that open a word pointing back ("该馆", "此举", "这次", "其余").
_DEMONSTRATIVES = frozenset("该此这那其")
#: Times said relative to another sentence ("第二天", "当晚", "随后"): the day they count from is elsewhere.
_RELATIVE_TIME = re.compile(r"^(?:第[二三四五六七八九十]天|次日|翌日|当天|当晚|当日|随后|此后|之后|后来|事后|届时|同期|与此同时)")
#: A bracketed headline or label, a list marker, a numbered heading or article of a legal text.
_FURNITURE_OPENING = re.compile(
    r"^(?:[【\[［〔][^】\]］〕]{1,30}[】\]］〕]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|"
    r"\d{1,2}[、.．]|第[一二三四五六七八九十百\d]{1,4}[条章节款项])")
#: A pointer at a table or a chart: the content is elsewhere.
_POINTER = re.compile(r"(?:见|如|详见|参见)(?:下|上|附)?(?:表|图)|(?:下|附)(?:表|图)(?:所示|显示|列出)")
#: A quotation under its speaker's name ("陈**：“听说…”"): someone's words, not the corpus's takeaway.
_SPOKEN = re.compile(r"^[^，。：:“”「」]{1,16}[：:][“「]")
#: The shortest statement that can say something on its own (CJK characters).
MIN_LEAD = 10


def self_contained(statement: str) -> bool:
    """Whether a statement can lead the briefing on its own (see the module's note)."""
    text = (statement or "").strip().lstrip("“「\"'")
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < MIN_LEAD:
        return False
    if not re.search(r"[。！？!?”」]$", text):
        return False
    if _RELATIVE_TIME.match(text) or _FURNITURE_OPENING.match(text):
        return False
    first = next(iter(tokens(text)), "")
    if first in _DEPENDENT_WORDS or (len(first) <= 3 and first[:1] in _DEMONSTRATIVES):
        return False  # ("该馆", "此举", "这次": what they point back to is in another sentence)
    if _SPOKEN.match(text):
        return False  # (a speaker's own words in the first person: "陈某：“我们这些进口商…”")
    return not _POINTER.search(text)


def lead_first(ids: list[str], statements: dict[str, str]) -> list[str]:
    """The takeaways with the first self-contained statement in front (the rest in their order)."""
    for i, pid in enumerate(ids):
        if self_contained(statements.get(pid, "")):
            return [pid] + ids[:i] + ids[i + 1:]
    return list(ids)
