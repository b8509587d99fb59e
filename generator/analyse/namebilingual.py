"""One name in two languages on a bilingual page. A page that gives each Chinese paragraph
followed by its English original (or translation) names the same people and bodies in both:
within one such pair, when the Chinese paragraph names exactly one person (or one body) the
English one does not also name, and the English paragraph exactly one the Chinese does not, the
two are one entry ("许文博" / "Xu Wenbo", "复旦大学" / "Fudan University"). A short form written in
brackets after an English name is that name ("Tokyo Electric Power Company (Tepco)"). When a
pair names two or more on either side, nothing is joined: the order of a translation is no proof."""

from __future__ import annotations

import re

from .namelatin import english_prose
from .namerules import kind_votes

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _chinese(text: str) -> bool:
    return len(_HAN.findall(text)) >= 15 and not english_prose(text)


def _pairs(paragraphs) -> list[tuple[str, str]]:
    """(Chinese, English) paragraphs side by side on pages that alternate the two: at least two
    English paragraphs, each right after a Chinese one."""
    by_article: dict[str, list[str]] = {}
    for (article, _), (simple, _) in paragraphs.items():
        by_article.setdefault(article, []).append(simple)
    out = []
    for texts in by_article.values():
        english = [i for i, t in enumerate(texts) if english_prose(t)]
        pairs = [(texts[i - 1], texts[i]) for i in english if i > 0 and _chinese(texts[i - 1])]
        if len(pairs) >= 2 and len(pairs) * 2 >= len(english):
            out.extend(pairs)
    return out


def _present(names: list[str], text: str) -> list[str]:
    """The names standing in ``text``, not those only inside a longer name that stands there."""
    here = [n for n in names if n in text and (_HAN.search(n) or re.search(
        r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", text))]
    return [n for n in here if not any(n != m and n in m for m in here)]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in ("of", "for", "and", "the", "&"))


def acronym_links(found: dict, paragraphs, groups) -> None:
    """An English name of three words or more and the acronym of its initials written in the same
    article are one entry ("International Atomic Energy Agency" / "IAEA")."""
    acronyms = {n for n in found if re.fullmatch(r"[A-Z]{3,6}", n)}
    if not acronyms:
        return
    long_names = {n: _initials(n) for n in found if re.fullmatch(r"[A-Z][A-Za-z]+(?: (?:of |for |and )?[A-Z][A-Za-z]+){2,6}", n)}
    long_names = {n: i for n, i in long_names.items() if i in acronyms}
    if not long_names:
        return
    by_article: dict[str, str] = {}
    for (article, _), (simple, _) in paragraphs.items():
        by_article[article] = by_article.get(article, "") + "\n" + simple
    for text in by_article.values():
        for name, short in sorted(long_names.items()):
            if name in text and re.search(r"(?<![A-Za-z])" + short + r"(?![A-Za-z])", text):
                groups.union(short, name)


def bilingual_links(found: dict, paragraphs, groups) -> None:
    """Union in ``groups`` the two spellings of one name on a bilingual page (see above)."""
    acronym_links(found, paragraphs, groups)
    pairs = _pairs(paragraphs)
    if not pairs:
        return
    latin = [n for n in found if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&'-]*", n)]
    han = [n for n in found if _HAN.search(n)]
    for _, en in pairs:
        for m in re.finditer(r"([A-Z][A-Za-z.&' -]+?) \(([A-Za-z][A-Za-z0-9.&-]{1,12})\)", en):
            if m.group(1) in found and m.group(2) in found:
                groups.union(m.group(1), m.group(2))
    for zh, en in pairs:
        for kind in ("person", "org"):
            left = {groups.find(n) for n in _present(han, zh) + _present(latin, zh) if kind_votes(found[n]) == kind}
            right = {groups.find(n) for n in _present(latin, en) if kind_votes(found[n]) == kind}
            left, right = left - right, right - left
            if len(left) == 1 and len(right) == 1:
                groups.union(next(iter(left)), next(iter(right)))
