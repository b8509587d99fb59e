"""People a paragraph introduces with a title before their name ("分析师王某表示", "营养师许静则更关心…",
"教授德弗里斯"): each is a person of the document from there on, with the role the words before the name
give, and one who issues a report ("分析师王某昨日发表报告，…") is the holder a later "报告指" stands for. A
split of ``speakerdoc`` (``titled_people``)."""

from __future__ import annotations

from .model import Speaker
from .speakercheck import checked_role
from .speakercontext import _ISSUES, _ROLE_BACK, _orig

__all__ = ["titled_people"]


def titled_people(psimple: str, porig: str, title_name, known: dict[str, tuple[str, str]], roles_found: dict[str, str],
                  slug: str, pid: str, voice) -> list[tuple[int, Speaker, bool]]:
    """(where the name starts, the person, whether they issue a report there) for each person paragraph
    ``pid`` introduces with a title (``title_name``) and ``known`` does not know yet; each is added to
    ``known`` and ``roles_found``. ``voice(name, role)``: the taxonomy's voice group."""
    from .entities import SURNAMES

    out: list[tuple[int, Speaker, bool]] = []
    for m in title_name.finditer(psimple):
        name = m.group(2)
        if (name[0] in SURNAMES or "·" in name) and name not in known:
            lo = max(0, m.start(1) - _ROLE_BACK)  # a bounded look back: linear on a huge paragraph
            cut = max(max(psimple.rfind(ch, lo, m.start(1)) for ch in "，。；：“”、？！"), lo - 1)
            role = checked_role(psimple[cut + 1:m.end(1)])
            known[name] = (role, "person")
            roles_found.setdefault(name, role)
            group, label = voice(name, role)
            sp = Speaker(name=_orig(porig, psimple, name), role=_orig(porig, psimple, role),
                         article=slug, paragraph=pid, kind="person", group=group, group_label=label)
            out.append((m.start(2), sp, bool(_ISSUES.match(psimple, m.end()))))  # "分析师王某昨日发表报告，…。报告指，…"
    return out
