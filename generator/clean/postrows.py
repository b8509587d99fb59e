"""Rows of a thread that the item reader (:mod:`generator.clean.rules.post_stamps`) reads besides its stamp rows:
the likes rows an earlier rule already took out (they still end the items whose name lines they close), and rows
of votes saved without their icons ("12 3")."""

from __future__ import annotations

import bisect
import re

from .rules.post_stamps import _CONTROL, _PERSONAL, _STAMP_LEN, _WHEN, _control_bar, stamp_row


#: Rules that take a row of likes and buttons out before this one reads the items (``讚 5 回覆``).
_EARLIER = ("form_furniture", "page_widgets", "site_furniture", "comment_rows")


def taken_rows(doc, bl) -> dict[int, str]:
    """Stamp rows an earlier rule took out, each by the index of the first block after it (the item it ended)."""
    lines = [b.line for b in bl]
    if lines != sorted(lines):
        return {}
    out: dict[int, str] = {}
    for a in doc.audit:
        if a.action == "removed" and a.rule in _EARLIER and a.before and "\n" not in a.before.strip() \
                and stamp_row(a.before) and _PERSONAL.search(a.before):
            k = bisect.bisect_right(lines, a.line)
            if 0 < k <= len(bl):
                out.setdefault(k, a.before)
    return out


#: A row of votes saved without its icons ("12 3": up and down votes, the 👍 and 👎 lost).
_VOTES = re.compile(r"^[\s\u3000]*\d{1,6}[\s\u3000]+\d{1,6}[\s\u3000]*$")


def _closes_item(bl, k: int) -> bool:
    """What follows line ``k`` ends an item: the end, a bar or button of controls, an item's stamp row or the
    next item's opener (a line with a date and a clock time, or a heading)."""
    j = k + 1
    if j >= len(bl):
        return True
    t = bl[j].text.strip().lstrip("#").strip()
    return bl[j].kind == "h" or _control_bar(t) or bool(_CONTROL.match(t)) or stamp_row(t) \
        or len(t) <= _STAMP_LEN and bool(re.search(r"\d{1,2}[:：]\d{2}", t) and _WHEN.search(t))


def vote_rows(doc, bl) -> None:
    """Rows of two bare counts (votes saved without their icons) closing two items or more of a thread, each
    alone between its item's text and what ends the item: furniture. One such row, a run of them (a table of
    scores) or one standing in the text stays."""
    found = []
    for k, b in enumerate(bl):
        if b.kind != "line" or not _VOTES.match(b.text) or k == 0:
            continue
        before = bl[k - 1]
        if before.kind != "line" or _VOTES.match(before.text) or k + 1 < len(bl) and _VOTES.match(bl[k + 1].text):
            continue
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", before.text) or not _closes_item(bl, k):
            continue
        found.append(b)
    if len(found) < 2:
        return
    with doc.batch():
        for b in found:
            doc.remove(b, "a post's votes saved without their icons (up and down counts): furniture", separates=True)
