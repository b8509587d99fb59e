"""A paragraph that hands the floor over by a colon ("…李某先给大家打了一剂预防针：", "常老师特别强调弹性：",
"关于就业，他的看法："): the one person it hands over to, whose words the next paragraphs may be. A split of
``speakerdoc``, which carries the words over (``handed_over``). When two people or none are named: nobody."""

from __future__ import annotations

from .speakercontext import _ADDRESSED, _HANDS_OVER, _surnames
from .speakerroles import short_mention
from .speakerturns import ADVERB_AFTER

__all__ = ["handed_over"]


def handed_over(last: str, known: dict[str, tuple[str, str]], title_colon, article_text: str, ante):
    """(name, role, how) of the one person the sentence ``last`` (ending on a colon) hands over to, where
    ``how`` is "said" when it names what they say ("他的看法：") and True otherwise; ``ante`` is the person
    a bare "他" would stand for. None when unsure."""
    # "…李某先给大家打了一剂预防针：": the one person named in full the paragraph hands over to
    named = {n: r for n, (r, k) in known.items() if k == "person" and len(n) >= 2 and n in last}
    for m in title_colon.finditer(last):  # "百度 CEO 李彦宏先给大家…：" (a name the article repeats)
        after = last[m.end():m.end() + 1]
        n = next((n for n in (m.group(2), m.group(2)[:2]) if n[0] in _surnames()
                  and (article_text.count(n) >= 2 or (len(n) == 3 and after in ADVERB_AFTER))), None)
        if n and not any(n in k for k in named):
            named[n] = m.group(1)
    said = _HANDS_OVER.search(last)
    for m in _ADDRESSED.finditer(last):  # "常老师特别强调弹性：": the one 常 named in full before
        n = short_mention(m.group(0), known)
        if n and said and not any(n in k for k in named):
            named[n] = known[n][0]
    if not named and said and said.group(1) and ante is not None:  # "关于就业，他的看法："
        named[ante.name] = ante.role
    if len(named) != 1:
        return None
    n, r = next(iter(named.items()))
    return n, r, "said" if said else True
