"""A body's unit named right after it. A ministry, a commission or a department is often written
with its bureau, its division or its office glued on ("交通部民用航空局人士表示", "卫健委医政司副司长",
"外交部新闻司"): the finder cuts the name at the parent's suffix, and the unit the text names is lost.
When a known body ending on 部, 委, 厅 or 总局 goes on, as one run of nouns, into a unit's head
(局, 司, 署, 处, 办公室, 中心) that ends where a title, a verb or a particle begins, the whole is
the unit's name; the parent stays an entry of its own (the mentions credit both)."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _AFTER_NAME, _cut, _inside_word, word_tag

__all__ = ["sub_unit_candidates"]

#: A parent body's last words: a ministry, a commission, a provincial department, a general bureau.
_PARENT_END = re.compile(r"(?:[部委厅]|总局)$")
#: A unit's name right after its parent: a few characters and a unit's head word.
_UNIT = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:局|司|署|处|办公室|中心)")


def sub_unit_candidates(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """Candidates for the units written right after a known body (see above)."""
    parents = [n for n, cs in found.items() if _PARENT_END.search(n) and len(n) >= 3
               and re.fullmatch(r"[\u4e00-\u9fff]+", n) and any(c.kind == "org" for c in cs)]
    out: list[Candidate] = []
    if not parents:
        return out
    for simple, _ in paragraphs.values():
        for parent in parents:
            i = simple.find(parent)
            while i >= 0:
                j = i + len(parent)
                m = _UNIT.match(simple, j)
                if m and simple[j] not in _AFTER_NAME and not _inside_word(simple, m.start(), m.end()):
                    unit = m.group(0)
                    toks = _cut(unit)
                    if toks and not re.search(r"[的了着和与及或同跟向对在将已]", unit) \
                            and (word_tag(toks[0]) == "vn" or not word_tag(toks[0]).startswith(("v", "p", "c", "d", "r", "m", "nr"))):
                        out.append(Candidate(parent + unit, "org", "sub-unit"))
                i = simple.find(parent, i + 1)
    return out
