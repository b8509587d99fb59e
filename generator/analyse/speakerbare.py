"""A holder named bare, without a role or a kind ("张表示", "林教授认为", "阿贵说", "东电承认", "花旗估算"): the
person the document named in full before, one it misread (an OCR slip), a short form of an organisation,
a person by the shape of the name or the verb, an organisation by a proper name; else nobody. A split of
``speakerdoc`` (``bare_holder``)."""

from __future__ import annotations

from .speakercontext import _one_off_word, _surnames
from .speakercue import person_cue
from .speakerroles import misread, proper_name, short_mention

__all__ = ["bare_holder"]


def bare_holder(name: str, role: str, known: dict[str, tuple[str, str]], shorts, tax, article_text: str,
                frame: str):
    """(name, role, kind) of a bare holder ``name`` (``role`` as its frame gives it; ``frame`` the
    attribution's text), or None when it names nobody we can tell."""
    kind = "bare"
    if short_mention(name, known):  # "张表示", "林教授认为": the one 张 named before
        name = short_mention(name, known)
        role, kind = known[name]
    elif misread(name, known):  # "干洪雷" after "主任于洪雷": one person, an OCR slip
        name = misread(name, known)
        role, kind = known[name]
    elif len(name) < 2 or (len(name) >= 5 and name not in known):
        return None
    elif name in shorts:
        kind = "org"
    elif name in known:
        role, kind = known[name][0], known[name][1]
    elif name in tax.persons or (name[0] in _surnames() and not _one_off_word(name, article_text)) \
            or person_cue(name, frame):
        kind = "person"  # ("阿贵说", "德弗里斯坦言": a person by their name's shape or the verb)
    elif name in tax.orgs or name in tax.topic_terms or proper_name(name):
        kind = "org"  # "东电承认", "花旗估算": a proper name that is no person's
    else:
        return None
    return name, role, kind
