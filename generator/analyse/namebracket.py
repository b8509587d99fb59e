"""A name with its original or its short form in brackets, in one simplified paragraph: ``谷歌（Google）``,
``萨姆·奥尔特曼（Sam Altman）``, ``主权分析师哈特曼（Lukas Hartmann）`` (a name and its Latin original,
the Han name being the name-like words before the bracket), and ``东京电力公司（东电）``,
``…有限公司（以下简称“某某”）`` (one organisation and the short form it is called by afterwards). A
split of ``namefind``, which calls these for each paragraph."""

from __future__ import annotations

import re

from .namecandidate import Candidate, _TRANSLIT, _inside_title
from .namepublic import _BODY_SUFFIXES, place_prefix
from .namewords import (GENERIC, LATIN_COMMON, STRONG_SUFFIXES, TITLES, WEAK_SUFFIXES, _NOT_START, _SUFFIX_RE, _TR,
                        _cut, _has_proper, _org_head, _org_head_tokens, is_generic, romanised_tail, word_tag)

#: A name and its original in brackets (Han then Latin, or Latin then Han).
_BRACKET = re.compile(r"([\u4e00-\u9fff·]{2,14}|[A-Za-z][A-Za-z0-9À-ÖØ-öø-ÿ .&-]{1,40})[（(]([A-Za-z][A-Za-z0-9À-ÖØ-öø-ÿ .&·-]{1,40}|[\u4e00-\u9fff·]{2,14})[）)]")


_KIND_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:机构|组织|智库|平台)(?=[\u4e00-\u9fff]{2})")
_COMPANY_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,4})(?:公司|企业)(?=[\u4e00-\u9fff]{2})")


def _kind_lead_cut(han: str) -> str:
    """The name after a kind of body ("咨询机构|格林伍德咨询") or of company made of a common word
    ("顾问公司|麦斯顿咨询"; not "某某公司" whose first word is a name)."""
    han = _KIND_LEAD.sub("", han)
    m = _COMPANY_LEAD.match(han)
    if m and (word_tag(m.group(0)) == "n" or word_tag(m.group(1)) in ("n", "vn", "v")):
        han = han[m.end():]
    return han
_OCR_SPLIT = re.compile(r"(?<![A-Za-z])([A-Z]) ([a-z]{2,})")
#: A lower-case piece split off a capitalised word by OCR ("Luk as Hartmann"), not a particle.
_OCR_GAP = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,6}) (?!(?:van|von|der|den|de|da|di|du|del|la|le|bin|al|y)\b)([a-z]{1,3})(?= [A-Z])")
#: A person's Latin name, its particles included ("Ursula von der Leyen", "Vincent van Gogh").
_PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|la|le|bin|al|ter)"
_PARTICLE_WORDS = "van von der den de da di du del la le bin al ter"
_W = r"[A-Z][a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)?"  # "Sánchez", "Chi-fung"
_LATIN_PERSON = re.compile(rf"{_W}(?: {_PARTICLE})*(?: {_W})(?:(?: {_PARTICLE})* {_W})?")
_TITLED_TRANSLIT = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + f")([{_TR}]{{2,6}})$")
#: A name of 2–4 characters after a title that ends the words before a bracket ("…主席冯德莱恩").
_AFTER_TITLE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")([\u4e00-\u9fff]{2,4})$")
#: A long name with the short form it is called by afterwards: "东京电力公司（东电）",
#: "…有限公司（以下简称“某某”）".
_SHORT_IN_BRACKET = re.compile(r"([\u4e00-\u9fff]{3,24})[（(](?:以下简称|以下称|下称|简称)?[“「\"]?([\u4e00-\u9fff]{2,6})[”」\"]?[）)]")
_NAME_END = re.compile("(?:" + "|".join(sorted(STRONG_SUFFIXES + WEAK_SUFFIXES + _BODY_SUFFIXES, key=len, reverse=True)) + ")$")


def _short_forms(text: str, out: list[Candidate]) -> None:
    """A name with its short form in brackets: one organisation (the short form made of the
    name's characters in order, from its first or from the first after a country's name)."""
    for m in _SHORT_IN_BRACKET.finditer(text):
        run, short = m.group(1), m.group(2)
        end = _NAME_END.search(run)
        if not end or _inside_title(text, m.start()):
            continue
        strong = end.group(0) in STRONG_SUFFIXES + _BODY_SUFFIXES  # "…协同组合联合会": verbs may be part of it
        name = _org_head_tokens(_cut(run[:end.start()]), strong) + end.group(0)
        if len(name) <= len(short) or is_generic(name[:-len(end.group(0))] or "公司") or name[0] in _NOT_START:
            continue
        starts, k = {0}, 0
        for tok in _cut(name[:place_prefix(name)] or name[:0]):
            k += len(tok)
            starts.add(k)
        if not any(name[j] == short[0] and _in_order(short, name[j:]) for j in starts if j < len(name)):
            continue
        out.append(Candidate(name, "org", "bracket", alias=short))


def _in_order(short: str, name: str) -> bool:
    """Every character of ``short`` stands in ``name``, in order."""
    it = iter(name)
    return all(ch in it for ch in short)


def _brackets(text: str, out: list[Candidate]) -> None:
    """``谷歌（Google）``, ``萨姆·奥尔特曼（Sam Altman）``: a name with its original."""
    for m in _BRACKET.finditer(text):
        a, b = m.group(1).strip(), m.group(2).strip()
        if _inside_title(text, m.start()):
            continue
        if text[m.start() - 1:m.start()].isdigit() and a[:1] in "日月年号时点分":
            a = a[1:].lstrip("".join(_NOT_START))  # "9月4日向世界贸易组织（WTO）": the date is no part of it
        han, written = (a, b) if re.search(r"[\u4e00-\u9fff]", a) else (b, a)
        latin = _OCR_SPLIT.sub(r"\1\2", written)  # "R afael Grossi": a capital split off by OCR (kept as written)
        if not re.search(r"[\u4e00-\u9fff]", han) or re.search(r"[\u4e00-\u9fff]", latin):
            continue
        if latin.lower() in LATIN_COMMON or not re.match(r"[A-Z]", latin):
            continue
        joined = _OCR_GAP.sub(r"\1\2", latin)  # "Luk as Hartmann": a word split by OCR (kept as written)
        titled = _TITLED_TRANSLIT.search(han) if han == a else None
        if titled and (re.fullmatch(r"[A-Z][a-z]+", joined) or _LATIN_PERSON.fullmatch(joined)):
            # "主权分析师哈特曼（Lukas Hartmann）": a title, then the person's transliterated name
            out.append(Candidate(titled.group(1), "person", "bracket", alias=latin))
            continue
        if "·" in han or re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", joined) or _LATIN_PERSON.fullmatch(joined):
            kind = "person" if "·" in han or re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", joined) \
                or _LATIN_PERSON.fullmatch(joined) and (len(joined.split()) == 2  # "Au Chi-fung", "Pedro Sánchez"
                                                        or " " + joined.split()[1] + " " in f" {_PARTICLE_WORDS} ") else "org"
        else:
            kind = "org"
        tail = [t for t in _cut(han) if t.strip()][-1:]
        if kind == "person" and han == a and tail and len(tail[0]) >= 2 and len(tail[0]) < len(han) \
                and word_tag(tail[0]) in ("n", "vn", "nz") and not all(ch in _TR for ch in tail[0]):
            kind = "org"  # "韦斯特评级（Western Ratings）": a transliteration and a translated word
        if kind == "person" and han == b and not all(ch in _TR + "·" for ch in han):
            kind = "org"  # "Maruha Nichiro（丸哈日鲁）": a person's name in brackets is a transliteration
        last = [t for t in _cut(han) if len(t) >= 2][-1:]
        if han == b and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", han) \
                and not (last and (last[0] in GENERIC or word_tag(last[0]) in ("n", "vn"))):  # "GPT5.0（生成式语言模型）" explains
            out.append(Candidate(han, kind, "bracket", alias=written))  # the bracket holds the whole name
            continue
        # the Han name is the name-like words before the bracket
        if kind == "person" and "·" not in han and _AFTER_TITLE.search(han):
            han = _AFTER_TITLE.search(han).group(1)  # "欧盟委员会主席冯德莱恩（…）": the name after the title
        elif kind == "person" and "·" not in han:
            spelled = romanised_tail(han, latin)
            if spelled:
                han = spelled  # "其中葛云（Yun Ge）": the characters that read Yun Ge
            elif re.search(f"(?:{_SUFFIX_RE.pattern})$", han):
                kind = "org"  # "斯坦福大学（Stanford University）"
            else:
                toks = _cut(han)
                tr = re.search(f"(?<![{_TR}])[{_TR}]{{2,5}}$", han)
                if tr and not (2 <= len(toks[-1]) <= 4 and toks[-1].endswith(tr.group(0))):
                    han = tr.group(0)  # "海洋研究所的比塞勒（Ken Buesseler）": the transliteration
                else:
                    han = toks[-1] if 2 <= len(toks[-1]) <= 4 else han[-3:]  # "据悉马斯克（Elon Musk）"
        if kind == "person" and "·" in han:
            # the bracket closes the name: from where the transliteration starts to the bracket
            # ("马蒂亚斯·霍夫曼（Matthias Hoffmann）", whatever characters the table lacks)
            tm = _TRANSLIT.search(han)
            han = han[tm.start():] if tm and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,7})+", han[tm.start():]) \
                else tm.group(1) if tm else han[-3:]
        else:
            sm = re.search(f"{_SUFFIX_RE.pattern}$", han)
            han = (_org_head(han[:sm.start()]) + sm.group(1)) if sm else _org_head(han)
            han = _kind_lead_cut(han)  # "咨询机构|格林伍德咨询": what kind of body it is, then its name
        if len(han) < 2 or is_generic(han):
            continue
        if kind == "org" and not (_has_proper(han) or re.search(f"(?:{'|'.join(STRONG_SUFFIXES + _BODY_SUFFIXES)})$", han)
                                  or place_prefix(han) and _NAME_END.search(han)):  # "东京电力公司（TEPCO）"
            continue  # "机器人流程自动化（RPA）" explains a term, it does not name anyone
        out.append(Candidate(han, kind, "bracket", alias=written))
