"""The author field holds people's (or a desk's) names only.

A credit line read whole leaves words in the list that name no one: the role before a name
(``实习生 潘悦`` → 潘悦), the filing place (``深圳報道``, ``报道``), a page's label taken from its
metadata (``简介``, ``作者``, ``佚名``). Each such item leaves the field, recorded; when nothing is
left, the field goes (less, never garbage). Applies to what the rules found and to what the page
declared (a page's ``<meta name="author">`` is as often a label as a name).
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"\s*[、，,;；]\s*|[ \u3000]+")
_ROLE = re.compile(r"^(?:本[报報台网網刊]|特约|特約|驻\S{1,4}|駐\S{1,4})?(?:记者|記者|实习生|實習生|实习记者|實習記者|通讯员|通訊員|"
                   r"摄影|攝影|摄像|攝像|编辑|編輯|责编|責編|撰文|文|图|圖|作者|来源|來源)[:：]?$")
_FILED = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:报道|報道|報導|专电|專電|电|電|讯|訊)$")
_LABEL = re.compile(r"^(?:简介|簡介|作者简介|作者簡介|佚名|未知|匿名|不详|不詳|暂无|暫無|admin|administrator|unknown|null|none)$", re.I)
_ROLE_PREFIX = re.compile(r"^(?:本[报報台网網刊])?(?:记者|記者|实习生|實習生|通讯员|通訊員)[:：]?(?=[\u4e00-\u9fff]{2,4}$)")


def _names(value: str) -> list[str]:
    out = []
    for item in _SPLIT.split(value.strip()):
        item = _ROLE_PREFIX.sub("", item.strip())
        if not item or _ROLE.match(item) or _FILED.match(item) or _LABEL.match(item):
            continue
        if item not in out:
            out.append(item)
    return out


def tidy(doc) -> None:
    """Drop the items of ``author`` (found or declared) that name no one, with an audit record."""
    for where in (doc.meta, doc.declared):
        value = where.get("author")
        if not isinstance(value, str) or not value.strip():
            continue
        if not re.search(r"[\u4e00-\u9fff]", value) and not _LABEL.match(value.strip()):
            continue  # a Latin name ("Congerry", "Jane Doe") is read as it is written
        names = _names(value)
        new = "、".join(names)
        if new == value.strip() or (not _SPLIT.search(value.strip()) and names):
            continue
        line = doc.meta_lines.get("author", 1)
        if new:
            where["author"] = new
            doc.record(line, value, new, "changed", "words in the author field that name no one (a role, the filing "
                       "place, a page's label) left out")
        else:
            del where["author"]
            doc.record(line, value, "", "removed", "read as the author, but it names no one (a page's label, a role): "
                       "left out")


_SLOGAN_BAR = re.compile(r"\s+[·•|｜—–-]\s+|\s*[｜|]\s*")


def outlet_slogan(doc) -> None:
    """A site's name with its slogan after a bar (``雪球 · 聪明的投资者都在这里``): the outlet is the
    name; the slogan (a phrase at least six characters long and twice the name's length) leaves, recorded."""
    for where in (doc.meta, doc.declared):
        value = where.get("outlet")
        if not isinstance(value, str):
            continue
        parts = [p for p in _SLOGAN_BAR.split(value.strip()) if p]
        if len(parts) == 2 and 2 <= len(parts[0]) <= 12 and len(parts[1]) >= 6 and len(parts[1]) >= 2 * len(parts[0]) \
                and re.search(r"[\u4e00-\u9fff]", parts[1]):
            where["outlet"] = parts[0]
            doc.record(doc.meta_lines.get("outlet", 1), value, parts[0], "changed",
                       "the site's slogan after its name left out of the outlet")
