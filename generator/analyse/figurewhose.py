"""Whose a figure is: the nearest name in its clause (the index's validated names, capitalised Latin
names, a listed company by its stock code, a company with its suffix, a three-character word jieba does
not know shaped like a Chinese name), else the clause's topic; never who says it, a measure, a member
of a list the figure counts, the base it is compared with ("较去年同期"), or a listed company named in
another clause when the figure's clause is about a sector or a group of stocks. (What a figure
counts is in ``figures.py``.)"""

from __future__ import annotations

import re
from functools import lru_cache

from .figures import (_BASE, _CODE, _CODE_AFTER, _LINKS, _MEASURE, _NOT_A_NAME, _NUMERAL, _ORG_SUFFIX, _PRONOUNS,
                      _PUNCT, _name_like, _nounish, _words)

__all__ = ["subject_of", "topic", "nearest_name", "names_in", "ATTRIBUTE", "PRONOUN"]


@lru_cache(maxsize=1 << 14)
def names_in(simple: str) -> tuple[tuple[int, str], ...]:
    """The names a sentence gives, each with where it ends: the index's validated candidates
    (a title, a reporting verb, an organisation suffix, a stock code …), a Latin name that is not
    a generic abbreviation, a word jieba tags as a person or organisation, and a run of words
    ending in a company suffix (``甲公司``, ``Adobe 公司``)."""
    from .namefind import SURNAMES, find_candidates

    found: dict[int, str] = {}
    for c in find_candidates(simple):
        for m in re.finditer(re.escape(c.name), simple):
            if not re.match(r"\s*》?\s*(?:记者|报道|消息|援引)", simple[m.end():m.end() + 6]):
                found[m.end()] = c.name
    for m in _CODE.finditer(simple):
        if m.end(1) not in found:  # the index's finder cuts "龙头万兴科技" to its name; else the 2-8 characters
            found[m.end(1)] = m.group(1)[-4:] if len(m.group(1)) > 4 and _ORG_SUFFIX.search(m.group(1)) else m.group(1)
    words = _words(simple)
    for j, (w, tag, s, e) in enumerate(words):
        if _name_like(w, tag) and not _NOT_A_NAME.search(w) and w not in _LINKS:
            found.setdefault(e, w)
        elif tag == "unk" and len(w) == 3 and w[0] in SURNAMES:
            found.setdefault(e, w)  # a word jieba does not know, shaped like a Chinese name: 李一舟
        if _ORG_SUFFIX.search(w) and j > 0 and words[j - 1][3] == s:
            prev, ptag = words[j - 1][0], words[j - 1][1]
            generic = w in ("公司", "集团") and len(prev) > 1 and ptag not in ("eng", "unk", "nr", "nt", "nz", "ns")
            if not ptag.startswith(("v", "p", "c", "d", "u", "r")) and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", prev) \
                    and prev not in _PRONOUNS and len(prev) <= 6 and not generic:
                found[e] = simple[words[j - 1][2]:e] if w in ("公司", "集团") else (prev + w)
    return tuple(sorted(found.items()))


def nearest_name(simple: str, start: int) -> str:
    """The name given nearest before ``start`` in the sentence ('' when none)."""
    return _nearest(simple, start)[1]


def _nearest(simple: str, start: int) -> tuple[int, str]:
    """(where it ends, name) of the nearest name before ``start``; a listed company named with its
    stock code before the figure wins, and counts as near however far it stands."""
    best, pairs = (-1, ""), [(e, n) for e, n in names_in(simple) if e <= start]
    for k, (end, name) in enumerate(pairs):
        best = (end, name)
        if k and re.fullmatch(r"\s*(?:和|与|及|、)\s*", simple[pairs[k - 1][0]:end - len(name)]):
            best = (end, f"{pairs[k - 1][1]}和{name}")  # "Pika和Runway两大模型": both
    coded = [(end, name) for end, name in pairs if _CODE_AFTER.match(simple, end)]
    if coded:  # "万兴科技(300624)…接入Azure OpenAI…期内股价累升33.6%": the listed company is the topic
        return len(simple), coded[-1][1]
    end, name = best[0], re.sub(r"^(?:据|根据|由|从|在|对|向)", "", best[1])
    if end >= 0:  # "Sora概念指数": the name with the nouns it heads, not the measure after them
        grown = ""
        for w, tag, s, e in _words(simple):
            if s < end:
                continue
            if s != end + len(grown) or not (tag.startswith("n") or tag == "unk") or w in _LINKS \
                    or re.search(r"[\d一二两三四五六七八九十]", w) \
                    or (_MEASURE.search(w) and w != "指数") or len(grown) + len(w) > 6 or e > start:
                break
            grown += w
        name += grown
    return end, re.sub(r"\s+", " ", name).strip()


#: What a figure counts when the clause only names an attribute of what the text is about.
ATTRIBUTE = {"金额", "规模", "数量", "价格", "估值", "比例", "占比", "时长", "总额", "融资", "收入", "用户"}
#: A pronoun or demonstrative: the owner is in the sentence before.
PRONOUN = re.compile(r"它|其(?!中|他|实|次|余)|该|此(?!前|外|后|次)|这(?:家|款|个|一|些)|他们|她们")
_SPLIT = re.compile(r"[，；。！？,;：:]")


#: After a name, a verb of measuring closing its clause: the name is the figure's source
#: ("…统计局测算，…", "…公司大数据测算，…").
_MEASURED_BY = re.compile(r"\s*(?:等)?[^，。；：,;:！？\d]{0,16}?(?:测算|统计|监测|调查|测得|估算)(?:显示|数据)?[，,：:]")


def subject_of(simple: str, start: int, kind: str, what: str, speaker: str = "", source: str = "") -> str:
    """Whose figure the one at ``simple[start:]`` is (zh-Hans; '' when the sentence does not say,
    or says it with a pronoun: the sentence before then tells).

    The speaker, when the clause says 自己/我们; else the nearest name in the figure's clause or
    the one before it (anywhere in the sentence when the clause is elliptical: no noun phrase of
    its own, or only an attribute such as 金额); else the clause's topic, and for an elliptical
    clause the topic of one of the two clauses before ("…月之暗面完成新一轮融资，金额超10亿美元").
    Never who says it (the speaker or the source), a measure ("国产化比例"), or one member of a
    list the figure counts ("招商证券等10家券商")."""
    if speaker and re.search(r"自己|我们|我的|我司|本公司", simple[:start]):
        return speaker  # "Tyler Perry表示，…搁置了自己影视工作室8亿美元的扩建计划"
    left = max(simple.rfind(ch, 0, start) for ch in "，；。！？,;：:") + 1
    prev_left = max(simple.rfind(ch, 0, max(left - 1, 0)) for ch in "，；。！？,;：:") + 1
    elliptical = not what or what in ATTRIBUTE

    def ok(t: str) -> bool:
        return bool(t) and t not in ATTRIBUTE and t not in _BARE_KIND and not (_MEASURE.search(t) and not t.endswith("指数")) \
            and t != speaker and t != source \
            and not (source and (t in source or source in t))

    end, name = _nearest(simple, start)
    if name and end == len(simple) and name not in simple[left:start] \
            and _AGGREGATE.search(what + simple[left:start]):
        # a listed company named with its code in another clause ("华康药业（603917）股价…，11月以来医药生物
        # 板块指数上涨约6%"): a sector's index or a group of stocks is not the company's
        return ""
    if name and 0 <= end <= start and _MEASURED_BY.match(simple, end):
        name = ""  # "经…中国移动某公司测算，全市接待游客…": who measured the figure is not whose it is
    # (a list's last members, "…、智微智能和掌阅科技在内的20家", count as members too)
    listed = kind == "count" and bool(name) and bool(re.search(
        re.escape(name) + r"(?:\s*[和与及、][^，。；：]{1,12}?)?\s*(?:等|在内)", simple[:start]))
    if name and (listed or (end < prev_left and not elliptical)):
        name = ""
    if ok(name):
        return name
    if listed or PRONOUN.search(simple[:start]):
        return ""
    t = topic(simple[left:start])
    if ok(t):
        return t
    if elliptical:
        for clause in list(reversed(_SPLIT.split(simple[:left])))[1:3]:
            t = topic(clause)
            if ok(t):
                return t
    return ""


def _cut_across(w: str, nxt: str) -> bool:
    """A word jieba cut across the next one's start: its last character and the single character after
    it make a verb or an adjective, and the rest of it is a word ("全球通" + "用" of 全球通用: 全球 + 通用;
    not "滞洪区" + "内", 区内 a place word, nor "保险业" + "已", 业已 an adverb)."""
    from .namefind import word_tag

    return len(w) >= 3 and len(nxt) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", w + nxt)) \
        and (word_tag(w[-1] + nxt) or "").startswith(("v", "a")) and bool(word_tag(w[:-1]))


#: A company's bare kind standing for the one the page is about ("公司已有过千个案例"): not a name.
_BARE_KIND = {"公司", "本公司", "该公司", "集团", "本集团", "企业", "本行", "该行"}

#: What a market, a sector or a group of stocks counts: never one company's figure.
_AGGREGATE = re.compile(r"指数|板块|概念股|个股|行业|大盘|同行|整体市场|市场规模")


@lru_cache(maxsize=1 << 14)
def topic(simple: str) -> str:
    """The clause's topic: the noun phrase that opens it, before its first verb ('' if none); of a
    long one, its head at the end ("国内AI创业公司北京月之暗面" → 北京月之暗面)."""
    words = _words(simple)
    out: list = []
    for j, (w, tag, s, e) in enumerate(words):
        nxt = words[j + 1] if j + 1 < len(words) else ("", "x", 0, 0)
        glue = (w == "之" and bool(out) and _nounish(nxt[0], nxt[1])) or \
            (len(w) == 1 and tag == "m" and nxt[0] == "之")  # "月之暗面" cut as 月 之 暗面
        if not glue and (tag.startswith(("v", "p", "c", "d")) or w in _PUNCT or w in _LINKS or w in _BASE
                         or _NUMERAL.match(w)):
            break  # the topic stands before the verb and before any figure
        if _cut_across(w, nxt[0]):
            break  # "全球通|用的": a word cut across ("全球通用"), no topic
        if glue or (_nounish(w, tag) and not _NUMERAL.match(w)):
            out.append(w)
        elif w == "的" and out and _nounish(nxt[0], nxt[1]):
            out = []  # "AI领域的初创企业月之暗面": the head after 的
        elif out:
            break
    for j in range(len(out) - 2, -1, -1):
        if out[j] in ("公司", "企业", "机构", "平台", "团队", "集团") or out[j].endswith(("公司", "企业")):
            out = out[j + 1:]
            break
    while sum(len(w) for w in out) > 8 and len(out) > 1:
        out.pop(0)
    while out and len(out[0]) == 1 and len(out) > 1 and not re.match(r"[A-Za-z]", out[0]) and out[1] != "之":
        out.pop(0)
    t = re.sub(r"^(?:据|根据)", "", "".join(out))
    return t if 2 <= len(t) <= 10 else ""
