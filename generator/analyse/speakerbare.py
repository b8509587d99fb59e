"""A holder named bare, without a role or a kind ("张表示", "林教授认为", "阿贵说", "东电承认", "花旗估算"): the
person the document named in full before, one it misread (an OCR slip), a short form of an organisation,
a person by the shape of the name or the verb, an organisation by a proper name; else nobody. A split of
``speakerdoc`` (``bare_holder``)."""

from __future__ import annotations

import re

from .speakercontext import _one_off_word, _surnames
from .speakercue import person_cue
from .speakerroles import misread, proper_name, short_mention

__all__ = ["bare_holder"]

#: A surname with the form of address a text calls a person by ("周老师", "林教授", "王医生").
_ADDRESSED = re.compile(r"([\u4e00-\u9fff])(老师|教授|博士|医生|律师|先生|女士)")


def _honoured_in_full(name: str, article_text: str) -> str:
    """The one person the article names in full with the same form of address ("周海鸥老师") whom a surname
    with it ("周老师") stands for, or ''."""
    m = _ADDRESSED.fullmatch(name)
    if not m or m.group(1) not in _surnames():
        return ""
    found = {x for x in re.findall(re.escape(m.group(1)) + r"([\u4e00-\u9fff]{1,2})" + m.group(2), article_text)}
    return m.group(1) + found.pop() if len(found) == 1 else ""


def bare_holder(name: str, role: str, known: dict[str, tuple[str, str]], shorts, tax, article_text: str,
                frame: str):
    """(name, role, kind) of a bare holder ``name`` (``role`` as its frame gives it; ``frame`` the
    attribution's text), or None when it names nobody we can tell."""
    kind = "bare"
    full = _honoured_in_full(name, article_text)
    if full and not short_mention(name, known):  # "周老师说" after "浙江海洋大学的周海鸥老师": that one person
        return full, known.get(full, ("", ""))[0], "person"
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
