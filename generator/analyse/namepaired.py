"""A name's extent read from what the text pairs it with: a romanisation in brackets right after
it gives the whole name ("学者田中健一（Tanaka Kenichi）": 田中健一, not 田中健), and a ministry
named by two fields joined with 和 is one body ("人力资源和社会保障部", not 社会保障部)."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _cut, word_tag

__all__ = ["paired_extents"]

_ROMAN = re.compile(r"[（(]\s*(?P<lat>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})\s*[）)]")
_BODY_END = re.compile(r"(?:部|厅|局|委员会|委)$")


def paired_extents(found: dict[str, list[Candidate]], corpus: str) -> dict[str, list[Candidate]]:
    """``found`` with each name whose every occurrence runs on into a longer name replaced by it."""
    out = dict(found)
    for name, cands in found.items():
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or any(c.why == "editor" for c in cands):
            continue
        kind = cands[0].kind if cands else "org"
        at = [m.end() for m in re.finditer(re.escape(name), corpus)]
        if not at:
            continue
        if kind == "person":
            ends = {corpus[i:i + 2] if (m := _ROMAN.match(corpus, i + 2)) and len(m["lat"].split()) >= 2 else
                    corpus[i:i + 1] if (m := _ROMAN.match(corpus, i + 1)) and len(m["lat"].split()) >= 2 else None
                    for i in at}
            rest = next(iter(ends)) if len(ends) == 1 else None
            if rest and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", rest) and len(name + rest) <= 5:
                full = name + rest
                lat = _ROMAN.match(corpus, at[0] + len(rest))["lat"]
                out.pop(name, None)
                out.setdefault(full, []).extend(Candidate(full, "person", c.why, c.role, lat) for c in cands)
                out.setdefault(lat, []).append(Candidate(lat, "person", "bracket", "", full))
    for name, cands in found.items():
        if name not in out or not _BODY_END.search(name) or any(c.why == "editor" for c in cands):
            continue
        starts = [m.start() for m in re.finditer(re.escape(name), corpus)]
        if not starts or any(i == 0 or corpus[i - 1] != "和" for i in starts):
            continue
        heads = {(_cut(corpus[max(0, i - 7):i - 1]) or ("",))[-1] for i in starts}
        head = next(iter(heads)) if len(heads) == 1 else ""
        if len(head) >= 2 and word_tag(head) == "n":
            full = f"{head}和{name}"
            out.setdefault(full, []).extend(Candidate(full, c.kind, c.why, c.role) for c in out.pop(name))
    return out
