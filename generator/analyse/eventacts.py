"""One act of one day is one timeline entry, however each source words it.

An official act (a text passed, published, submitted for review, taking effect) is told on its day
by the body's own page ("本决定自2025年1月1日起施行"), its provisions ("第一条从2025年1月1日起，…"),
an outlet ("决定草案…两天后即获通过"), a monitoring report and a forum's "明年1月1日就开始实施". The
words they share are few (an act's words are common in a corpus about it), so rare words do not tie
them; what ties them is the act itself: the same act (passed, taking effect, submitted, published)
on the same day, of the same kind of text (决定, 条例, 草案…), with no two different titles
(《A法》 and 《B法》 passed on one day are two acts). A text taking effect may name no text at all
("明年1月1日就开始实施", "9月13日即获通过": what starts or passes that day is the corpus's act). A source's two paragraphs
stating the same start (a decision's closing article and its first provision) are one start too.
Functions return new values; nothing here writes.
"""

from __future__ import annotations

import re

from .eventforecast import _HEDGE, _PROVISION
from .eventmerge import with_changes
from .model import Citation, Event
from .text import to_simplified

#: The acts, each a name and what says it in a sentence (simplified script).
_ACTS = (
    ("effect", re.compile(r"(?:起|开始|正式)\s*(?:正式)?\s*(?:施行|实施|生效|实行)|(?:施行|生效)(?:日期|之日)")),
    ("passed", re.compile(r"表决通过|审议通过|获(?:得)?通过|会议通过|(?:正式)?通过了|获批|批准了")),
    ("submitted", re.compile(r"提请[^，。；]{0,30}审议|提交[^，。；]{0,20}审议|首次审议")),
    ("published", re.compile(r"全文公布|正式公布|公布了|正式发布|印发了")),
)
#: Kinds of text an act is done to (their order: the more specific first).
_TEXT_KIND = re.compile(r"决定|草案|条例|法案|法律|办法|规定|细则|意见|通知|方案|标准|规划|议案|修正案")
_TITLE = re.compile(r"《([^》]{2,40})》")
#: A provision of the text opening on its start day ("第一条从2025年1月1日起，", "二、自…起，").
_PROVISION_START = re.compile(r"\s*(?:自|从)\s*[^，。；]{2,16}?(?:日|号)\s*起\s*[，,]")


def _acts(simple: str) -> set[str]:
    out = {name for name, pat in _ACTS if pat.search(simple)}
    head = _PROVISION.match(simple)
    if head and _PROVISION_START.match(simple, head.end()):
        out.add("effect")
    return out


def _kinds(simple: str) -> set[str]:
    return {m.group(0) for m in _TEXT_KIND.finditer(simple)}


def _titles(simple: str) -> set[str]:
    return {re.sub(r"[（(][^）)]*[）)]$", "", t) for t in _TITLE.findall(simple)}


def different_titles(a: str, b: str) -> bool:
    """Two rows that name titled texts, none in common ("通过《渡轮安全条例》", "通过了《古籍保护条例》"):
    two acts, however alike their words."""
    if "《" not in a or "《" not in b:
        return False
    ta, tb = _titles(to_simplified(a, "zh-Hant")), _titles(to_simplified(b, "zh-Hant"))
    return bool(ta and tb and not ta & tb)


def _key(e: Event) -> tuple[set[str], set[str], set[str]] | None:
    simple = to_simplified(e.text, "zh-Hant")
    if _HEDGE.search(simple) or re.search(r"[？?]|吗|如果|假如|要是", simple):
        return None  # somebody's expectation or a question: no act of that day
    acts = _acts(simple)
    return (acts, _kinds(simple), _titles(simple)) if acts else None


def _same_act(a, b) -> bool:
    acts_a, kinds_a, titles_a = a
    acts_b, kinds_b, titles_b = b
    if titles_a and titles_b and not titles_a & titles_b:
        return False  # two titled texts, different: two acts
    common = acts_a & acts_b
    if not common:
        return False
    if kinds_a & kinds_b or titles_a & titles_b:
        return True
    # a start or a passing that names no text ("明年1月1日就开始实施", "9月13日即获通过") is the
    # day's start or passing of what another names
    return bool(common & _BARE_ACTS) and not (kinds_a and kinds_b)


#: Acts a row may tell without naming the text (its sentence or paragraph does): a text that
#: "takes effect" or "is passed" on a day is the corpus's act of that day; what is "published" may
#: be anything.
_BARE_ACTS = frozenset({"effect", "passed"})


#: How many acts of one day an entry is compared with (the latest kept): bounded work per entry.
ACT_WINDOW = 200


def merge_acts(events: list[Event]) -> list[Event]:
    """Entries of one day telling the same act (see the module's docstring) made one entry: the
    entry more sources cite keeps its row, the others' sources are cited on it. Only days (a
    month's "通过" may be two sittings); each entry is compared with the kept entries of its day."""
    out = list(events)
    gone: set[int] = set()
    kept: dict[str, list[tuple[int, tuple]]] = {}
    for i, e in enumerate(events):
        if e.precision != "day" or len(e.date) != 10:
            continue
        key = _key(e)
        if key is None:
            continue
        bucket = kept.setdefault(e.date, [])
        for n, (j, other) in enumerate(bucket[-ACT_WINDOW:], start=max(0, len(bucket) - ACT_WINDOW)):
            if not _same_act(key, other):
                continue
            k = out[j]
            lead, rest = (out[j], e) if len(k.also) >= len(e.also) else (e, out[j])
            cited = {(lead.article, lead.paragraph)} | {(c.article, c.paragraph) for c in lead.also}
            extra = tuple(c for c in (Citation(rest.article, rest.paragraph, rest.text),) + rest.also
                          if (c.article, c.paragraph) not in cited)
            out[j] = with_changes(lead, also=lead.also + extra, forecast=lead.forecast and rest.forecast,
                                  inferred=lead.inferred and rest.inferred,
                                  disputed=lead.disputed + tuple(d for d in rest.disputed if d not in lead.disputed))
            bucket[n] = (j, (other[0] | key[0], other[1] | key[1], other[2] | key[2]))
            gone.add(i)
            break
        else:
            bucket.append((i, key))
    return [e for k, e in enumerate(out) if k not in gone]
