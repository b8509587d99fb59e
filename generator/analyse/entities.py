"""People, organisations and products: candidates validated by context (``namefind``), the
editor's names file and the built-in cross-script spellings; spellings of one entity merged
(谷歌 = Google, 中信建投 = 中信建投证券, Open AI = OpenAI); then every mention of every spelling
found in every paragraph, in one pass."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..textutil import trie_pattern
from .model import Entity, Mention
from .namewords import TITLES, _AFTER_NAME, _TR, _cut, _inside_word, _token_starts_at as _token_start
from .namefind import (GENERIC, LATIN_COMMON, _TECH_WORDS, SURNAMES, Candidate, enumeration_candidates,
                       find_candidates, is_generic, word_tag, _starts_word)
from .nameabbrev import contraction_candidates
from .namebyline import add_bylines
from .namecredits import anonymous_people, photo_credit_name, role_employer_candidates, text_credits
from .namephrase import reads_as_phrase
from .namecorpus import settle, topic_names
from .namedict import dictionary_names
from .nameextent import fix_extents, shared_works
from .namelist import BUILTIN_ALIASES, BUILTIN_KIND, NameList, merge_lists
from .namemerge import key as _key, merge_spellings
from .nameorgs import (SHORT_FORM_SUFFIXES, abbreviation_candidates, employer_candidates, short_form_candidates,
                       subject_candidates, unit_candidates)
from .namerules import kind_votes, edition_links, family_candidates, owned_candidates, service_candidates, first_name_links, family_name_candidates, nickname_candidates, romanised_candidates
from .text import Sentence

__all__ = ["find_entities", "SURNAMES"]

#: Suffixes whose removal leaves the short form of the same company (中信建投证券 → 中信建投).
_SHORT_FORM_SUFFIXES = SHORT_FORM_SUFFIXES
_WHY_RANK = {"editor": 0, "builtin": 1, "title": 2, "transliteration": 2, "bracket": 2,
             "cast": 2, "credit": 2, "honorific": 3, "speech": 3, "suffix": 3, "suffix-plain": 3, "media": 3, "employer": 4, "employer-recurring": 4, "enumeration": 4, "frame": 4,
             "dictionary": 5,
             "product-word": 4, "owned": 4, "company-word": 5, "camel": 6}
_NAME_FOLLOWERS = frozenset(_AFTER_NAME) | set("以自于")
_UNCUED = frozenset(("latin", "camel", "table", "dictionary"))
_FUNCTION_START = set("因在对和与向被将把据从由为让给及或跟而但并有是")


_NICKNAME = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)\s*[（(]([A-Z][a-z]+)[）)]\s*([A-Z][a-z]+)(?![A-Za-z])")


def find_entities(sentences: list[Sentence], speakers: list[tuple[str, str, str]],
                  tax=None, roles_found: dict[str, str] | None = None,
                  names: NameList | None = None,
                  extra: tuple[tuple[str, str, str, str], ...] = (),
                  bylines: tuple[tuple[str, str, str], ...] = (),
                  credits: tuple[tuple[str, str, str, str], ...] = ()) -> list[Entity]:
    """Entities with every mention.

    ``extra`` holds (article, anchor, simplified text, original text) of headings and tables,
    searched like paragraphs. ``speakers`` and ``roles_found`` (from the attributions) are not
    needed any more: the finder reads the same contexts itself, with stricter checks.
    ``bylines`` are (article, outlet, author) from the articles' metadata (simplified): the
    outlet and the author are listed too, with a mention whose paragraph is '' (the byline), and so
    are ``credits`` (article, name, kind, role): the credit lines the cleaner took out of the page
    (``namecredits.credit_names``)."""
    names = merge_lists(names or NameList(), tax)
    blocked = {_key(b) for b in names.block}
    paragraphs: dict[tuple[str, str], tuple[str, str]] = {}
    for s in sentences:
        if (s.article, s.paragraph) not in paragraphs:  # once per paragraph, not once per sentence of it
            paragraphs[(s.article, s.paragraph)] = (_unlinked(_dotted(s.paragraph_simple)), s.paragraph_original)
    for article, anchor, simple, original in extra:
        paragraphs.setdefault((article, anchor), (_unlinked(simple), original))
    corpus_text = "\n".join(simple for simple, _ in paragraphs.values())
    # a document number's prefix ("武交函〔2024〕87号", "京政发[2023]5号") names a series of papers, no one
    blocked |= {_key(m.group(1)) for m in _DOC_NUMBER.finditer(corpus_text)}

    found: dict[str, list[Candidate]] = defaultdict(list)

    def take(c: Candidate) -> None:
        name = c.name.strip(" “”「」‘’\"'")
        if len(name.replace(" ", "")) < 2 or _key(name) in blocked:
            return
        found[name].append(c if name == c.name else Candidate(name, c.kind, c.why, c.role, c.alias))
        alias = c.alias.strip()
        if alias and _key(alias) not in blocked and alias not in found:
            short = c.why == "bracket" and len(alias) < len(name) and re.fullmatch(r"[\u4e00-\u9fff]+", alias + name)
            found[alias].append(Candidate(alias, c.kind, "short-form" if short else c.why, alias=name))

    shares: dict[str, set[str]] = defaultdict(set)
    for (article, _), (simple, _) in paragraphs.items():
        for c in find_candidates(simple):
            take(c)
            if c.why == "share":
                shares[c.name].add(article)
        for name, kind, role in text_credits(simple):  # "韩雪摄" under a photo, "抄送：…" left in the text
            take(Candidate(name, kind, "handle", "") if role == "handle" else Candidate(name, kind, "credit", role))
    for s in sentences:
        for tok in dictionary_names(s.simple):
            take(Candidate(tok, "person", "dictionary"))
    for kind in ("person", "org", "product"):
        for name in getattr(names, kind):
            take(Candidate(name, kind, "editor"))
    for group in BUILTIN_ALIASES:
        for spelling in group:
            if _occurs(spelling, corpus_text, paragraphs):
                take(Candidate(spelling, BUILTIN_KIND.get(group[0], "org"), "builtin"))
    for spelling, canon in names.aliases.items():  # the editor's own pairs: found wherever either stands
        kind = names.kind_of(canon) or (kind_votes(found[canon]) if canon in found else "org")
        for s in (canon, spelling):
            if _occurs(s, corpus_text, paragraphs):
                take(Candidate(s, kind, "editor"))
    for simple, _ in paragraphs.values():
        for m in _NICKNAME.finditer(simple):  # "William（Bill）Peebles": one person, two first names
            first, nick, last = m.group(1), m.group(2), m.group(3)
            take(Candidate(f"{nick} {last}", "person", "bracket", alias=m.group(0)))
            take(Candidate(f"{first} {last}", "person", "bracket", alias=f"{nick} {last}"))
    for c in topic_names(tax, paragraphs):  # the service or product the corpus is about
        take(c)
    for c in shared_works(paragraphs):
        take(c)
    known = {n: _kind_of(cs, names, [n]) for n, cs in found.items()}
    for simple, _ in paragraphs.values():
        for c in enumeration_candidates(simple, known):
            take(c)
    for rule in (family_candidates, romanised_candidates, service_candidates, owned_candidates,
                 short_form_candidates, abbreviation_candidates, contraction_candidates, employer_candidates,
                 unit_candidates, subject_candidates, role_employer_candidates):
        for c in rule(dict(found), paragraphs):
            take(c)
    scoped: dict[str, set[str]] = defaultdict(set)  # a nickname names someone in its article only
    for article, c in (*nickname_candidates(dict(found), paragraphs), *family_name_candidates(dict(found), paragraphs)):
        if c.name not in found or all(x.why in ("nickname", "family-name") for x in found[c.name]):
            scoped[c.name].add(article)
        take(c)
    for article, c in anonymous_people(dict(found), paragraphs):  # "旅客陈女士说": this article's 陈女士
        if c.name not in found:
            scoped[c.name].add(article)
        take(c)
    for name, articles in shares.items():  # "日本水产(Nissui)收跌": elsewhere 日本水产 is Japan's fish
        if all(c.why == "share" or c.why == "bracket" and c.alias for c in found[name]) and _descriptive(name):
            scoped[name] |= articles

    resolved = settle(found, corpus_text, paragraphs, blocked, _resolve_start)
    found = fix_extents(_split_glued_latin(dict(resolved)), paragraphs)
    links = first_name_links(found, paragraphs)  # "Sam" alone = Sam Altman of the same article
    found = _drop_first_names(found, keep=links)
    groups = merge_spellings(found, names)
    for first, full in (*links.items(), *edition_links(found).items()):
        if first in found and full in found:
            groups.union(first, full)
    members: dict[str, list[str]] = defaultdict(list)
    for n in found:
        members[groups.find(n)].append(n)
    for spelling, canon in names.aliases.items():
        if canon in found or groups.find(canon) in members:
            members[groups.find(canon)].append(spelling) if spelling not in found else None
    entities = _with_mentions(members, found, names, paragraphs, scoped)
    return add_bylines(entities, bylines, blocked, credits)


#: The separators of a transliterated name other than · ("丹尼尔．霍尔", "丹尼爾‧霍爾" as Taiwan writes it).
_OTHER_DOTS = re.compile(rf"(?<=[{_TR}])[．‧・•∙](?=[{_TR}])")


def _dotted(text: str) -> str:
    """The text with a transliteration's other separators read as · (one character each: the
    paragraph's positions do not move)."""
    return _OTHER_DOTS.sub("·", text) if _OTHER_DOTS.search(text) else text


def _descriptive(name: str) -> bool:
    """A name made of a place and common nouns of the dictionary ("日本水产"): it names the
    company only where the text says so, elsewhere it is a description."""
    toks = _cut(name)
    return len(toks) >= 2 and not word_tag(name) and all(word_tag(t) in ("ns", "n") for t in toks)


def _split_glued_latin(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """"OpenAI Tiktok" is two names side by side when its first word is a name of its own."""
    out = dict(found)
    for n in list(found):
        words = n.split(" ")
        if len(words) == 2 and words[0] in found and re.fullmatch(r"[A-Za-z0-9]+", words[1]) \
                and words[1].lower() not in _TECH_WORDS and len(found[words[0]]) >= 3:
            cands = out.pop(n)
            out.setdefault(words[1], []).extend(Candidate(words[1], c.kind, c.why) for c in cands)
    return out


def _drop_first_names(found: dict[str, list[Candidate]], keep=()) -> dict[str, list[Candidate]]:
    """"Sam", "Bill" alone are a person's first or last name, not another entity (those in
    ``keep`` are merged with the one person they name instead)."""
    words = {w for n, cs in found.items() if " " in n and any(c.kind == "person" for c in cs)
             for w in n.split()} - set(keep)
    return {n: cs for n, cs in found.items()
            if not (n in words and all(c.why in ("latin", "camel", "company-word") for c in cs))}


def _occurs(spelling: str, text: str, paragraphs=None) -> bool:
    """The spelling stands in the corpus as a word: a Latin one not inside a longer Latin word,
    a two-character Chinese one at the start of a word somewhere ("北大" is not in "东北大学")."""
    if re.search(r"[A-Za-z]", spelling):  # (a plain search first: most listed spellings are absent)
        return spelling in text and re.search(rf"(?<![A-Za-z]){re.escape(spelling)}(?![A-Za-z])", text) is not None
    if len(spelling) > 2 or paragraphs is None or spelling not in text:
        return spelling in text
    for simple, _ in paragraphs.values():
        i = simple.find(spelling)
        while i >= 0:
            if not _inside_word(simple, i, i + 2):
                return True
            i = simple.find(spelling, i + 1)
    return False


#: Verbs whose object is an organisation, which a segmenter may glue to its name.
_OBJECT_VERBS = frozenset(("关注", "看好", "推荐", "建议", "包括", "联合", "委托", "收购", "入股", "起诉", "投资", "持有",
                           "买入", "增持", "减持", "选择", "携手", "牵手", "联手", "对接", "约谈", "处罚", "支持"))
_STRONG_END = re.compile("(?:有限公司|集团|证券|银行|研究院|研究所|大学|委员会|协会)$")
#: What a name never ends on: a market figure of the company before it ("中航西飞涨幅"), a
#: person's description ("东航相关负责人").
_NOT_A_NAME_END = re.compile(r"(?:涨幅|跌幅|股价|市值|营收|净利润|利润|业绩|财报|相关负责人|负责人|相关人士|方面人士)$")
#: An address on the web: the names inside it are none ("https://www.twjingmao.com.tw/news/…").
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+")


def _unlinked(text: str) -> str:
    """The text with its web addresses blanked (same length: positions stay)."""
    return _URL.sub(lambda m: " " * len(m.group(0)), text) if ("://" in text or "www." in text) else text


def _resolve_start(name: str, corpus: str) -> str:
    """``因端传媒`` → ``端传媒`` when the shorter form also stands on its own in the corpus;
    ``因赛集团`` stays when its first character is never absent."""
    if len(name) >= 4 and name[0] in _FUNCTION_START:
        rest = name[1:]
        for m in re.finditer(re.escape(rest), corpus):
            if m.start() == 0 or corpus[m.start() - 1] != name[0]:
                return rest
    verb = _cut(name)[0] if len(name) >= 7 and re.fullmatch(r"[\u4e00-\u9fff]+", name) else ""
    if verb in _OBJECT_VERBS and _STRONG_END.search(name) and len(name) - len(verb) >= 5:
        return name[len(verb):]  # "建议关注|中航机载系统有限公司": the verb before a company is no part of it
    return name


#: A document number: its issuer's prefix, the year in brackets, the serial ("武交函〔2024〕87号").
_DOC_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*(?:第\s*)?\d{1,4}\s*[号期]")


def _kind_of(cands: list[Candidate], names: NameList, spellings: list[str]) -> str:
    for s in spellings:
        k = names.kind_of(s)
        if k:
            return k
    if any(c.why == "topic" for c in cands):
        return "product"  # the service or product the corpus is about ("萝卜快跑（Apollo Go）")
    votes: Counter = Counter()
    # a capitalised word or a table cell says nothing of its kind when the text elsewhere does
    # ("大模型Sora", "Sora 团队"): uncued candidates vote only when nothing else does
    cued = [c for c in cands if c.why not in _UNCUED] or cands
    for c in cued:
        votes[c.kind] += 2 if c.why == "product-word" else 3 - min(2, _WHY_RANK.get(c.why, 6) // 2)
    if votes["person"] and any(c.why in ("title", "transliteration", "honorific", "cast") for c in cands
                               if c.kind == "person"):
        return "person"
    return max(("org", "person", "product"), key=lambda k: (votes[k], k == "org"))


#: What a person's or an organisation's name never holds: a 的 joining two words, a quantifier
#: opening a group of them (一众, 多家, 各大), what an agency published after its name (统计局数据;
#: a company may be named 某某数据),
#: a newspaper page's code before it.
_NOT_ONE_NAME = re.compile(r"[\u4e00-\u9fff]的[\u4e00-\u9fff]|^(?:一众|众多|诸多|多家|各大|一批|一些|部分|若干)|"
                           r"(?:局|部|署|委|院|所|中心)(?:数据|研报|报告|消息|公告)$|^[A-Z]\d{1,2}(?=[\u4e00-\u9fff])")


def _title_word(role: str, name: str) -> bool:
    """The title ending ``role`` and the first character of ``name`` make a word ("董事" + "会")."""
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if role.endswith(t)), "")
    return bool(title) and re.fullmatch(r"[\u4e00-\u9fff]+", title + name[:1]) is not None \
        and word_tag(title + name[:1]).startswith(("n", "v")) and not word_tag(title + name[:1]).startswith("nr")


def _valid(name: str, cands: list[Candidate]) -> bool:
    """A name that survives the general checks (length, generic words, Latin common words)."""
    if re.fullmatch(r"[\d\s.%-]+", name) and not (re.fullmatch(r"\d{3,}", name)
                                                   and any(c.why in ("employer", "heading") for c in cands)):
        return False  # "360" names a company when it employs someone
    if name in GENERIC:
        return False
    if name.endswith("摄") and photo_credit_name(name):
        return False  # "韩雪摄": a photo's credit, whose person is 韩雪
    if re.fullmatch(r"[A-Za-z0-9 .&·-]+", name):
        return name.lower() not in LATIN_COMMON and not re.fullmatch(r"[A-Z]", name)
    if any(c.why in ("editor", "builtin") for c in cands):
        return True
    if cands and all(c.why == "title" and c.role for c in cands) and any(_title_word(c.role, name) for c in cands):
        return False  # "董事|会声明": the title and the name's first character make a word (董事会)
    if any(c.why == "handle" for c in cands) and len(name) <= 20:
        return True  # an account is named as its owner wrote it ("咖啡续命的小林", "有没有出二手单反的")
    if reads_as_phrase(name) or _NOT_A_NAME_END.search(name) and len(name) > 4:
        return False  # "先说结论：", "标到800", "中航西飞涨幅": what someone says or does, not who
    if _NOT_ONE_NAME.search(name) and all(c.kind in ("org", "person") for c in cands):
        return False  # "小鹏的何小鹏", "一众新势力股份", "国家统计局数据", "A12香港财经日报"
    if all(c.kind == "org" for c in cands) and is_generic(name) \
            and not any(c.why in ("enumeration", "stock-code", "employer-recurring") for c in cands):
        return False  # (a list of shares vouched for it: "包括高新发展、恒为科技…收涨")
    return True


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
    # a transliterated person's full name over their surname alone ("丹尼尔·霍尔" over "霍尔")
    full = [s for s in full if not any("·" in d and d.split("·")[-1] == s for d in spellings)] or full
    return max(full, key=lambda s: (counts[s], bool(re.search(r"[\u4e00-\u9fff]", s)), len(s), s))


def _with_mentions(members: dict[str, list[str]], found: dict[str, list[Candidate]],
                   names: NameList, paragraphs, scoped: dict[str, set[str]] | None = None) -> list[Entity]:
    """Find every mention of every spelling (longest spelling first at each place)."""
    owner: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for root, spellings in members.items():
        spellings = sorted(set(spellings))
        cands = [c for s in spellings for c in found.get(s, ())]
        spellings = [s for s in spellings if _valid(s, found.get(s, cands))]
        if not spellings:
            continue
        kinds[root] = _kind_of(cands, names, spellings)
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
        # the editor's name for it is listed even where only another spelling is written
        canon = next((s for s in spellings if s in names.aliases.values()), None) \
            or next((names.aliases[s] for s in spellings if s in names.aliases), None) \
            or _canonical(used or spellings, found, names, counts)
        roles = [c.role.strip(" 丨｜|:：") for s in spellings for c in found.get(s, ()) if c.role]
        # the role that says whom the person works for ("比亚迪品牌及公关处总经理" over the
        # "品牌及公关处总经理" of another article)
        named = [r for r in roles if org_names and org_names.search(r) and not (people and people.search(r))]
        role = named[0] if named else (roles[0] if roles else "")
        out.append(Entity(name=canon, kind=kinds[root], mentions=tuple(ms), role=role,
                          aliases=tuple(sorted(s for s in used if s != canon)),
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
                             or kind == "org" and re.fullmatch(r"[\u4e00-\u9fff]{3,4}", form) and _descriptive(form)):
        return not _inside_word(text, start, end)  # "梦里寻他千百度" does not name 百度, "日本水产品" 日本水产
    if kind == "person" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", form) \
            and not word_tag(form).startswith("nr"):
        # "孙立|航则直言": a three-character name the segmenter cut across still ends before 则
        return _starts_word(text, start, form) or len(form) == 3 and _token_start(text, start) \
            and text[end:end + 1] in _NAME_FOLLOWERS \
            or len(form) == 3 and _AFTER_TITLE.search(text, max(0, start - 6), start) is not None \
            and (text[end:end + 1] in _NAME_FOLLOWERS or (text[end:end + 1] or "，") in "，。；：、！？（(")  # "会长野崎哲则…", "副局长江一帆，", a heading "博主卡兹克"
    return True


_AFTER_TITLE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + ")$")


def _trie_regex(words) -> re.Pattern:
    """One regex matching any of ``words``, longest first (``textutil.trie_pattern``)."""
    return re.compile(trie_pattern(words))
