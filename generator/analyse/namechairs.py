"""One body named two ways: outlets name a committee, a council or a task force by different
words ("众议院美中贸易审查委员会", "美国众议院对华贸易委员会"), but when the same person holds the
same office in both ("…委员会主席周立新", "…委员会的主席周立新") and the two names end on the
same kind of body, they are one body: the index lists it once, with both spellings."""

from __future__ import annotations

import re

__all__ = ["same_chair_links"]

#: The offices that head a body, as a text writes them after its name.
_OFFICE = r"(?:主席|副主席|主任|会长|委员长|组长|召集人)"
#: What a body's name ends with, of a kind that several names may share ("审查委员会", "工作组").
_BODY_END = re.compile(r"(?:委员会|工作组|小组|理事会|议会|联盟|协会)$")
#: The person after the office: a Chinese name of two to four characters, or one written with a dot.
_HOLDER = r"([\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?)"


def same_chair_links(orgs: list[str], paragraphs) -> list[tuple[str, str]]:
    """Pairs of organisation names (``orgs``) that the same person chairs in the same office
    (read in ``paragraphs``: (simplified, original) per paragraph) and that end on the same
    words of a kind of body (at least its last four characters): one body named two ways."""
    bodies = sorted((o for o in orgs if _BODY_END.search(o) and len(o) >= 6), key=len, reverse=True)
    if len(bodies) < 2:
        return []
    heads: dict[tuple[str, str], set[str]] = {}
    alternation = "|".join(map(re.escape, bodies))
    rx = re.compile(rf"({alternation})\s*的?\s*({_OFFICE}){_HOLDER}")
    for simple, _ in paragraphs.values():
        if not any(b[-3:] in simple for b in bodies):
            continue
        for m in rx.finditer(simple):
            holder = m.group(3)
            heads.setdefault((m.group(2), holder[:3]), set()).add(m.group(1))
    out = []
    for names in heads.values():
        names = sorted(names)
        for a, b in zip(names, names[1:]):
            if a[-4:] == b[-4:] and a not in b and b not in a:
                out.append((a, b))
    return out
