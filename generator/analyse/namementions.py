"""Every mention of every spelling of the entities, found in one pass over the paragraphs
(longest spelling first at each place), and the name each entity is listed under."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..textutil import trie_pattern
from .model import Entity, Mention
from .namecandidate import Candidate
from .namefind import word_tag, _starts_word
from .namelist import BUILTIN_ALIASES, NameList
from .nameorgs import SHORT_FORM_SUFFIXES
from .namevalid import descriptive, kind_of, valid
from .nameoccupation import introduced_at
from .namegiven import HAN_LATIN
from .namewords import TITLES, _AFTER_NAME, _inside_word, _token_starts_at as _token_start

__all__ = ["with_mentions"]

_SHORT_FORM_SUFFIXES = SHORT_FORM_SUFFIXES
_NAME_FOLLOWERS = frozenset(_AFTER_NAME) | set("以自于")
#: A body whose unit may be named after it ("…大学经济管理学院", "…监督管理局食品生产处").
_BODY_END = re.compile(r"(?:大学|学院|医院|集团|公司|银行|研究院|科学院|委员会|[局部委厅署])$")


_SHORT_WHY = frozenset(("nickname", "family-name", "short-form", "abbreviation", "misheard"))


def _canonical(spellings: list[str], cands: dict[str, list[Candidate]], names: NameList,
               counts: Counter) -> str:
    for s in spellings:
        if s in names.aliases.values() or names.kind_of(s):
            return s
    for group in BUILTIN_ALIASES:
        if group[0] in spellings:
            return group[0]
    # a nickname ("老胡"), a short form ("小米") or an abbreviation ("乘联会") is never the name
    # listed while the full name is there
    full = [s for s in spellings if not (cands.get(s) and all(c.why in _SHORT_WHY for c in cands[s]))] or spellings
    # "张姐" who also speaks is still the nickname of 张秀兰
    full = [s for s in full if not any(c.why == "nickname" for c in cands.get(s, ()))] or full
    # a company's full name over its short form ("小鹏汽车" over "小鹏", "理想汽车" over "理想")
    full = [s for s in full if not any(s + sfx in full for sfx in _SHORT_FORM_SUFFIXES)] or full
    # a local body's full name over its level alone ("江州市教育局" over "市教育局")
    full = [s for s in full if not (s[:1] in "市区县省州" and any(d != s and d.endswith(s) for d in full))] or full
    # ...and over its level's short forms ("江州市市场监督管理局" over "市市场监管局")
    full = [s for s in full if not (s[:1] in "市区县省州" and any(
        d[:1] not in "市区县省州" and re.search(r"[\u4e00-\u9fff][市区县省州]", d) for d in full))] or full
    # a transliterated person's full name over their surname alone ("丹尼尔·霍尔" over "霍尔")
    full = [s for s in full if not any("·" in d and d.split("·")[-1] == s for d in spellings)] or full
    # a Chinese index lists a name by its Chinese spelling over its English words ("东京电力公司"
    # over "Tepco", "Tokyo Electric Power Company"); an acronym or a CamelCase brand stays ("IAEA", "OpenAI")
    full = [s for s in full if not (re.fullmatch(r"[A-Z][a-z]+(?:(?: of| for)? [A-Z][a-z]+)*", s) and any(
        re.search(r"[\u4e00-\u9fff]", d) for d in full))] or full
    return max(full, key=lambda s: (counts[s], bool(re.search(r"[\u4e00-\u9fff]", s)), len(s), s))


#: Whys of a spelling that is listed even when it stands only inside a longer one of its entry.
_UNWRITTEN = frozenset(("without-place", "latin-given"))


def with_mentions(members: dict[str, list[str]], found: dict[str, list[Candidate]],
                   names: NameList, paragraphs, scoped: dict[str, set[str]] | None = None) -> list[Entity]:
    """Find every mention of every spelling (longest spelling first at each place)."""
    owner: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for root, spellings in members.items():
        spellings = sorted(set(spellings))
        cands = [c for s in spellings for c in found.get(s, ())]
        spellings = [s for s in spellings if valid(s, found.get(s, cands))]
        if not spellings:
            continue
        kinds[root] = kind_of(cands, names, spellings)
        for s in spellings:
            owner[s] = root
    if not owner:
        return []
    pattern = _trie_regex(owner)
    family = {n for n, cs in found.items() if any(c.why == "family-name" for c in cs)}  # "岸田向…", checked in namerules
    mentions: dict[str, list[Mention]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    counts: Counter = Counter()
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    for (article, pid), (simple, original) in paragraphs.items():
        for m in pattern.finditer(simple):
            form = m.group(0)
            root = owner.get(form)
            if root is None or not (_boundary_ok(simple, m.start(), m.end(), form, kinds[root])
                                    or form in family and simple[m.end():m.end() + 1] in _NAME_FOLLOWERS):
                continue
            if scoped and form in scoped and article not in scoped[form]:
                continue
            surface = original[m.start():m.end()] if len(original) == len(simple) else form
            counts[form] += 1
            forms[root][surface] = None
            hits = [(root, surface)]
            if kinds[root] == "org":  # "北京航空航天大学经济管理学院": the university is named there too
                body = next((form[:k] for k in range(len(form) - 2, 3, -1)
                             if owner.get(form[:k]) not in (None, root) and kinds[owner[form[:k]]] == "org"
                             and _BODY_END.search(form[:k])), "")
                if body:
                    counts[body] += 1
                    forms[owner[body]][surface[:len(body)]] = None
                    hits.append((owner[body], surface[:len(body)]))
            if kinds[root] == "product":  # "保时捷Taycan", "极氪007": the brand is named there too
                brand = next((form[:k] for k in range(len(form) - 1, 1, -1)
                              if owner.get(form[:k]) not in (None, root) and kinds[owner[form[:k]]] == "org"), "")
                if brand and re.match(r"[\u4e00-\u9fff]", brand[-1]):
                    counts[brand] += 1
                    forms[owner[brand]][surface[:len(brand)]] = None
                    hits.append((owner[brand], surface[:len(brand)]))
            for r, surf in hits:
                key = (r, article, pid)
                if key in seen:
                    continue
                seen.add(key)
                mentions[r].append(Mention(article, pid, surf))
    out = []
    orgs = [s for s, r in owner.items() if kinds[r] == "org" and r in mentions and len(s) >= 2]
    org_names = re.compile(trie_pattern(orgs)) if orgs else None
    persons = [s for s, r in owner.items() if kinds[r] == "person" and r in mentions and len(s) >= 2]
    people = re.compile(trie_pattern(persons)) if persons else None
    for root, ms in mentions.items():
        spellings = [s for s, r in owner.items() if r == root]
        used = [s for s in spellings if counts[s]]
        # a spelling only ever written inside a longer one of the same entry ("通用汽车" in
        # "美国通用汽车", "林佩君" in "林佩君Peggy") is still the name it goes by: listed
        unwritten = [s for s in spellings if not counts[s] and any(c.why in _UNWRITTEN for c in found.get(s, ()))]
        # the editor's name for it is listed even where only another spelling is written
        canon = next((s for s in spellings if s in names.aliases.values()), None) \
            or next((names.aliases[s] for s in spellings if s in names.aliases), None) \
            or _canonical(used or spellings, found, names, counts)
        glued = HAN_LATIN.fullmatch(canon)
        if glued and glued.group(1) in spellings and any(c.why == "latin-given" for c in found.get(canon, ())):
            canon = glued.group(1)  # "林佩君", with "林佩君Peggy" as the other spelling
        roles = [c.role.strip(" 丨｜|:：") for s in spellings for c in found.get(s, ()) if c.role]
        # the role that says whom the person works for ("比亚迪品牌及公关处总经理" over the
        # "品牌及公关处总经理" of another article)
        named = [r for r in roles if org_names and org_names.search(r) and not (people and people.search(r))]
        # ...and that says what they do there ("星河资产研究总监" over a roster's bare "星河资产")
        titled = [r for r in named if _AFTER_TITLE.search(r)]
        role = (titled or named)[0] if named else (roles[0] if roles else "")
        out.append(Entity(name=canon, kind=kinds[root], mentions=tuple(ms), role=role,
                          aliases=tuple(sorted(s for s in (*used, *unwritten) if s != canon)),
                          forms=tuple(forms[root])))
    out.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    return out


def _boundary_ok(text: str, start: int, end: int, form: str, kind: str) -> bool:
    """A Latin spelling is not part of a longer Latin word; a short Chinese person's name starts
    and ends on word boundaries ("提高文本" is not 高文)."""
    if re.match(r"[A-Za-z0-9]", form[:1]) and re.match(r"[A-Za-z0-9]", text[start - 1:start] or " "):
        return False
    if re.match(r"[A-Za-z0-9]", form[-1:]) and re.match(r"[A-Za-z0-9]", text[end:end + 1] or " "):
        return False
    if kind != "person" and (re.fullmatch(r"[\u4e00-\u9fff]{2}", form)
                             or kind == "org" and re.fullmatch(r"[\u4e00-\u9fff]{3,4}", form) and descriptive(form)):
        return not _inside_word(text, start, end)  # "梦里寻他千百度" does not name 百度, "日本水产品" 日本水产
    if kind == "person" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", form) \
            and not word_tag(form).startswith("nr"):
        # "孙立|航则直言": a three-character name the segmenter cut across still ends before 则
        return _starts_word(text, start, form) or len(form) == 3 and _token_start(text, start) \
            and text[end:end + 1] in _NAME_FOLLOWERS \
            or len(form) == 3 and _AFTER_TITLE.search(text, max(0, start - 6), start) is not None \
            and (text[end:end + 1] in _NAME_FOLLOWERS or (text[end:end + 1] or "，") in "，。；：、！？（(") \
            or introduced_at(text, start)  # "出租车司机高永强", "我姓赵赵德顺": what introduces a name stands before it
    return True


_AFTER_TITLE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + ")$")


def _trie_regex(words) -> re.Pattern:
    """One regex matching any of ``words``, longest first (``textutil.trie_pattern``)."""
    return re.compile(trie_pattern(words))
