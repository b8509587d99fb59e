"""The reading safety net: nothing that carries the news leaves the text silently, whatever the form.

One general phenomenon: a rule that removes or moves out a block judges its *place* or its *form*
(outside the main text, under a schedule heading, after a sign-off), and a form it was not written
for puts news in that place. So the check is made once, where every removal is already recorded
(the audit: readers and rules alike write an entry with ``action`` ``removed``/``set_aside`` and
nothing after), not in every rule:

- :func:`~generator.claimsignal.claim_signal` (shared with the analysis) says whether a text holds a prose sentence that carries a claim: a figure
  with a unit, a verb of saying or judging after its subject, a date in a sentence about an event,
  or a long sentence ending in 。！？ — unless the sentence is a known furniture pattern (a
  copyright line, a call to follow or share, an editor's credit). It reads wording of the page
  about itself only, never a topic's words.
- :func:`review` walks the audit after the chain: each removed text with a claim signal that no
  block of the text still holds is listed in one flag (the editor sees it in the audit and in the
  build's warnings), and a page whose prose lost more than :data:`SHARE` of its characters gets a
  flag naming the rules that removed it.
- :func:`warnings_of` turns those flags into the build's warnings (values; ``--strict`` fails on them).

Linear in the text: every pattern starts on a literal or a class boundary and is bounded.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Flag
from ..claimsignal import PROSE, claim_signal, furniture_sentence, han_count, holds_passage, prose_chars as _prose

__all__ = ["SOFT", "STRIPPED", "claim_signal", "furniture_sentence", "holds_passage", "review", "warnings_of", "SHARE",
           "MIN_PROSE", "RULE"]

RULE = "safety_net"
#: The rule name of the flag for a page stripped of most of its prose: the one the build warns about.
STRIPPED = "stripped_page"
#: Rules that remove a block by its place or its form on the page (a side widget, a promo, show
#: notes, a notice at the foot): a block among them that holds a passage carrying news
#: (:func:`holds_passage`) is kept in the text and flagged (:meth:`~generator.clean.doc.Doc.remove`).
SOFT = frozenset({"side_widgets", "page_widgets", "promo_lines", "shownotes", "page_notices", "site_furniture",
                  "inline_furniture"})
#: A page whose prose lost more than this share of its characters to removals gets a warning …
SHARE = 0.4
#: … when the prose removed holds at least this many Han characters (a short page's byline is no loss).
#: On the eleven development corpora the largest share removed is 21% (a newsletter's quotes column).
MIN_PROSE = 80
_REMOVING = ("removed", "set_aside")
#: The audit note of what a converted form left out by its own reading (a mail archive's quotes,
#: signatures and list footer, ``readers.mbox``), written as a comment the reader drops: no rule
#: removed it by mistake, so neither the safety net nor the review flags ask the editor about it.
CONVERTED_ASIDE = "left out when the form was converted"
#: Removals looked up in the kept text (one scan of it each); past this many, a removal counts as
#: lost unchecked (a megabyte page of thousands of removed lines stays linear).
CHECKS = 300


_WORDISH = re.compile(r"[\w\u3400-\u9fff]+")
#: A removed text is still in the article when its first this many word characters are (a caption
#: repeating, cut short, a sentence of the text).
ECHO = 16


def _squeeze(s: str) -> str:
    """Only the word characters of ``s`` (marks, spaces and punctuation differ between copies)."""
    return "".join(_WORDISH.findall(s))


def _still_there(removed: str, kept: str) -> bool:
    text = _squeeze(removed)
    return bool(text) and text[:ECHO] in kept


def review(doc, body: str) -> None:
    """Flag, once for the whole chain, the claim-bearing text removals left no trace of in
    ``body`` (the rendered text), and a page whose prose lost more than :data:`SHARE`."""
    if doc.audit is None:
        return
    kept = _squeeze(body)
    lost: list = []
    removed_prose: Counter = Counter()
    checked = 0
    for e in doc.audit:
        if e.action not in _REMOVING or e.after or not e.before or han_count(e.before) < PROSE \
                or e.note.startswith(CONVERTED_ASIDE):
            continue
        n = _prose(e.before)
        if not n:
            continue
        checked += 1
        if checked <= CHECKS and _still_there(e.before, kept):
            continue  # moved, not lost (a reader put it back elsewhere)
        removed_prose[e.rule or "reader"] += n
        if claim_signal(e.before):
            lost.append(e)
    rule, doc.rule = doc.rule, RULE
    if lost:
        by = Counter(e.rule or "reader" for e in lost)
        lines = ", ".join(str(e.line) for e in lost[:8]) + (" …" if len(lost) > 8 else "")
        doc.flag(lost[0].line, lost[0].before[:80],
                 f"{len(lost)} removed block(s) hold a sentence that carries a claim (a figure, a speaker's "
                 f"words, a dated event): removed by {_names(by)}, raw lines {lines}; read them in the "
                 "audit and bring back any that is news (clean_disable names the rule)")
    total = sum(removed_prose.values())
    whole = total + _prose(body)
    doc.rule = STRIPPED
    if total >= MIN_PROSE and whole and total / whole > SHARE:
        doc.flag(1, "", f"the reader and the cleaner removed {total / whole:.0%} of this page's prose "
                 f"({total} of {whole} characters), by {_names(removed_prose)}: read the audit, the text may "
                 "have been lost with the page's furniture")
    doc.rule = rule


def _names(counts: Counter) -> str:
    return ", ".join(f"{name} ({n})" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def warnings_of(source: str, flags) -> list[str]:
    """The build's warnings for one source: a page stripped of most of its prose, a source that
    yields little or whose form no reader recognised (``sourceyield``; ``--strict`` fails on them). Claim-bearing removals stay the editor's flags (a confident rule's furniture often
    quotes a figure: an ad's price, a related link's headline)."""
    from .sourceyield import READING_FLAGS
    return [f"{source}: {f.message}" for f in flags if f.rule in READING_FLAGS]
