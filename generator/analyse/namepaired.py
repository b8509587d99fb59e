"""A name's extent read from what the text pairs it with: a romanisation in brackets right after
it gives the whole name ("学者田中健一（Tanaka Kenichi）": 田中健一, not 田中健), and a ministry
named by two fields joined with 和 is one body ("人力资源和社会保障部", not 社会保障部).
One pass over the corpus for each form (its brackets, its 和), then a count for each name it
proposes: no scan per name found."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _cut, word_tag

__all__ = ["paired_extents"]

_ROMAN = re.compile(r"[（(]\s*(?P<lat>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})\s*[）)]")
_JOINED = re.compile(r"和(?P<body>[\u4e00-\u9fff]{2,10}?(?:部|厅|局|委员会))")


def paired_extents(found: dict[str, list[Candidate]], corpus: str) -> dict[str, list[Candidate]]:
    """``found`` with each name whose every occurrence runs on into a longer name replaced by it."""
    out = dict(found)

    def free(name: str, kind: str | None = None) -> bool:
        cands = out.get(name) or []
        return bool(cands) and not any(c.why == "editor" for c in cands) and (kind is None or cands[0].kind == kind)

    if "（" in corpus or "(" in corpus:
        for m in _ROMAN.finditer(corpus):
            before = corpus[max(0, m.start() - 6):m.start()]
            for rest in (1, 2):
                for k in (2, 3, 4):
                    name, tail = before[-(rest + k):-rest], before[-rest:]
                    if len(name) != k or not re.fullmatch(r"[\u4e00-\u9fff]+", name + tail) or not free(name, "person"):
                        continue
                    full = name + tail
                    if corpus.count(name) != corpus.count(full):
                        continue  # the short form stands on its own somewhere: a name of its own
                    out.setdefault(full, []).extend(Candidate(full, "person", c.why, c.role, m["lat"]) for c in out.pop(name))
                    out.setdefault(m["lat"], []).append(Candidate(m["lat"], "person", "bracket", "", full))
            lat = m["lat"]
            if free(lat, "person"):
                full = _repeated_tail(before, corpus)  # "教练佐藤和夫（Sato Kazuo）…佐藤和夫说"
                cut = {c.alias for c in out[lat] if c.alias and c.alias in out}  # a shorter reading ("藤和夫")
                if full and full not in out and all(full.endswith(a) and len(a) < len(full) for a in cut):
                    for a in cut:
                        out.pop(a)
                    out[full] = [Candidate(full, "person", "bracket", "", lat)]
                    out[lat] = out[lat] + [Candidate(lat, "person", "bracket", "", full)]
    if "和" in corpus:
        for m in _JOINED.finditer(corpus):
            body = m["body"]
            name = next((body[i:] for i in range(len(body) - 2) if free(body[i:])), "")
            if not name or body != name or corpus.count(name) != corpus.count("和" + name):
                continue
            head = (_cut(corpus[max(0, m.start() - 6):m.start()]) or ("",))[-1]
            if len(head) >= 2 and word_tag(head) == "n":
                full = f"{head}和{name}"
                out.setdefault(full, []).extend(Candidate(full, c.kind, c.why, c.role) for c in out.pop(name))
    return out


def _repeated_tail(before: str, corpus: str) -> str:
    """The longest end of ``before`` (2 to 4 Chinese characters) that the corpus repeats after a
    different character: where a name starts (the words before a name change, the name does not)."""
    for k in (4, 3, 2):
        tail = before[-k:]
        if len(tail) != k or not re.fullmatch(r"[\u4e00-\u9fff]+", tail) or word_tag(tail):
            continue
        lefts = {corpus[i - 1] if i else "" for i in (m.start() for m in re.finditer(re.escape(tail), corpus))}
        if len(lefts) >= 2:
            return tail
    return ""
