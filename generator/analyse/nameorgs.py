"""Organisations named without a suffix, found from the corpus's other names and from the
contexts where companies stand:

* a company's short form (``小鹏`` of 小鹏汽车, ``华泰`` of 华泰证券, ``小米`` of 小米集团), where it
  stands as a word of its own, and — when the dictionary knows it as a common word (理想, 小米) —
  only once it also stands where a company does (a stock code, ``X方面``, the subject of a business
  verb, ``X的`` + a person of the corpus);
* an abbreviation of a long name, made of the first characters of its words, optionally with
  its last character (``乘联会`` = 乘用车市场信息联席会, ``北汽`` = 北京汽车集团越野车有限公司);
* a company named before ``的`` and a person of the corpus (``蔚来的李斌``);
* a known company's unit (``小米汽车``) that opens a clause whose verb is a company's
  (公布, 发布, 推出 …);
* a word the dictionary lacks, or knows as a proper noun, that opens two or more clauses as the
  subject of a business verb (``X推出…``, ``X股价下跌``).

Each rule reads bounded windows of the paragraphs (fixed-width patterns, a trie of known
names) and jieba only through the finder's cached cutter.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from ..textutil import trie_pattern
from .namefind import Candidate
from .namerules import kind_votes
from .namewords import (GENERIC, SURNAMES, TITLES, _NOT_START, _SUFFIX_RE, _cut, _inside_word, _proper_token, _spans,
                        is_generic, word_tag)

__all__ = ["short_form_candidates", "abbreviation_candidates", "SHORT_FORM_SUFFIXES",
           "employer_candidates", "unit_candidates", "subject_candidates"]

#: Suffixes whose removal leaves the short form of the same company (中信建投证券 → 中信建投,
#: 小鹏汽车 → 小鹏).
SHORT_FORM_SUFFIXES = ("股份有限公司", "有限公司", "证券", "集团", "公司", "股份", "控股", "科技", "汽车")

#: A company's business verbs (what a company, not a person, does as a subject).
_BUSINESS = r"(?:推出|发布|宣布|公布|披露|上调|下调|下跌|上涨|收跌|收涨|大涨|大跌|降价|涨价|裁员|融资|收购|回应称|声明|入局|跟进)"
#: What follows a company's name and no common word's: its stock, its spokesmen, its verbs.
_ORG_AFTER = re.compile(r"(?:方面|股价|股份|市值|目标价|官方|旗下|内部|高管|\s?[（(]\d{4,6}|" + _BUSINESS +
                        r"|(?:于|在)?\d{1,2}月\d{1,2}日" + _BUSINESS + r")")
_CLAUSE_START = "，。；：！？“”「」、\n（）()|"
#: A unit of a company named with the company's name ("小米汽车", "华为终端"): what may follow.
_UNIT_WORDS = ("汽车", "科技", "金融", "手机", "终端", "电子", "云", "智能", "集团")
#: A time phrase between a subject and its verb ("29日晚间", "随后", "此前").
_TIME = r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:晚间|早间|凌晨|上午|下午|晚|当天|当日|随后|此前|近日|今天|昨日|日前)?"


def _orgs(found) -> list[str]:
    return [n for n, cs in found.items() if kind_votes(cs) == "org"]


def _word_at(text: str, i: int, word: str) -> bool:
    """``word`` at ``i`` is a word of its own: not inside a longer dictionary word, not glued to
    a following Han character the segmenter put in the same word."""
    if _inside_word(text, i, i + len(word)):
        return False
    spans, starts, ends = _spans(text)
    return i in starts or i + len(word) in ends


def _org_context(text: str, i: int, word: str, people: set[str]) -> bool:
    """``word`` at ``i`` stands where a company does."""
    after = text[i + len(word):i + len(word) + 14]
    if _ORG_AFTER.match(after):
        return True
    m = re.match(r"的([\u4e00-\u9fff]{2,3})", after)
    return bool(m and m.group(1) in people)


def _people(found) -> set[str]:
    return {n for n, cs in found.items() if kind_votes(cs) == "person"}


def short_form_candidates(found, paragraphs) -> list[Candidate]:
    """The short forms of the corpus's companies (see the module's docstring)."""
    longs: dict[str, list[str]] = defaultdict(list)
    for n in _orgs(found):
        for suffix in SHORT_FORM_SUFFIXES:
            short = n[: -len(suffix)]
            if n.endswith(suffix) and 2 <= len(short) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", short):
                longs[short].append(n)
                break
    shorts = {s: ls for s, ls in longs.items() if s not in found and not is_generic(s) and s[0] not in _NOT_START
              and not word_tag(s).startswith(("v", "a", "d", "r", "p", "c", "m", "t", "f", "ns"))}
    if not shorts:
        return []
    people = _people(found)
    pattern = re.compile(trie_pattern(shorts))
    # the names that start with a short form and are not its long form ("中信建投" beside 中信证券's 中信)
    longer = {s: [n for n in found if n.startswith(s) and n != s] for s in shorts}
    alone: Counter = Counter()
    vouched: set[str] = set()
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            s = m.group(0)
            if any(simple.startswith(long, m.start()) for long in longer[s]) or not _word_at(simple, m.start(), s):
                continue
            alone[s] += 1
            if _org_context(simple, m.start(), s, people):
                vouched.add(s)
    out = []
    for s, n in alone.items():
        common = word_tag(s) and not _proper_token(s)
        if common and s not in vouched:
            continue  # "理想" is a company only where it stands as one
        # the group's own name when the short form is shared (小米集团 and 小米汽车 → 小米集团)
        full = sorted(set(shorts[s]), key=lambda x: (not x.endswith(("集团", "控股")), len(x)))[0]
        out.append(Candidate(s, "org", "short-form", alias=full))
    return out


def _abbreviations(name: str) -> set[str]:
    """The abbreviations a long name allows: the first character of its first word, then the
    first characters of some of its other words, optionally ending on the name's last character
    (乘用车|市场|信息|联席会 → 乘联会, 乘信会 …)."""
    toks: list[str] = []
    for t in _cut(name):
        if not t.strip() or len(t) == 1 and t in "和与及的之":
            continue
        sfx = _SUFFIX_RE.search(t)
        if sfx and sfx.end() == len(t) and sfx.start() > 0:  # "行业协会": 行业 | 协会
            toks += [t[:sfx.start()], t[sfx.start():]]
        else:
            toks.append(t)
    if len(toks) < 2 or len(name) < 4:
        return set()
    heads = [t[0] for t in toks]
    out: set[str] = set()
    for size in (1, 2):
        for rest in combinations(range(1, len(toks)), size):
            ab = heads[0] + "".join(heads[k] for k in rest)
            out.add(ab)
            if name[-1] != ab[-1]:
                out.add(ab + name[-1])
    return {a for a in out if 2 <= len(a) <= 4 and a not in name}


def abbreviation_candidates(found, paragraphs) -> list[Candidate]:
    """Abbreviations of the corpus's long organisation names written as words of their own; a
    two-character one only when the dictionary lacks it or knows it as an abbreviation (北汽)."""
    table: dict[str, list[str]] = defaultdict(list)
    for n in _orgs(found):
        if re.fullmatch(r"[\u4e00-\u9fff]{5,20}", n):
            for ab in _abbreviations(n):
                if ab not in found and not is_generic(ab) and ab not in GENERIC:
                    table[ab].append(n)
    table = {ab: ns for ab, ns in table.items() if len(set(ns)) == 1
             and (not word_tag(ab) or word_tag(ab) in ("j", "nt", "nz"))}
    if not table:
        return []
    pattern = re.compile(trie_pattern(table))
    seen: set[str] = set()
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            ab = m.group(0)
            if ab in seen or simple[m.start() - 1:m.start()].isdigit() \
                    or any(simple.startswith(t, m.end() - 1) for t in TITLES if t[0] == ab[-1]):
                continue  # "25日电": a dateline; "全渔联会长": 全渔联 and its head
            _, starts, ends = _spans(simple)
            if m.start() in starts and m.end() in ends and not _inside_word(simple, m.start(), m.end()):
                seen.add(ab)
    return [Candidate(ab, "org", "abbreviation", alias=table[ab][0]) for ab in sorted(seen)]


def employer_candidates(found, paragraphs) -> list[Candidate]:
    """``蔚来的李斌、小鹏的何小鹏``: the word before 的 and a person of the corpus, at the start
    of its clause, is who the person works for, when it can be a name."""
    people = [p for p in _people(found) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", p)]
    # "澜峰的分析师认为": a company's own staff, named by their title
    pattern = re.compile(r"(?:^|(?<=[" + _CLAUSE_START + r"]))([\u4e00-\u9fff]{2,4}?)的(?:" +
                         trie_pattern(people + [t for t in _STAFF if re.fullmatch(r"[\u4e00-\u9fff]+", t)]) + ")")
    out = []
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            name = m.group(1)
            if name in people or is_generic(name) or name[0] in _NOT_START:
                continue
            if name in found or len(_cut(name)) == 1 and _proper_token(name) and not word_tag(name).startswith("nr"):
                out.append(Candidate(name, "org", "employer"))
    return out


#: Titles of a company's own staff ("X的分析师", "X的发言人").
_STAFF = ("分析师", "发言人", "创始人", "董事长", "总裁", "副总裁", "首席执行官", "首席技术官", "高管",
          "工程师", "研究员", "首席分析师", "首席经济学家", "负责人")


def unit_candidates(found, paragraphs) -> list[Candidate]:
    """A corpus company's unit (``小米汽车``, ``特斯拉中国``) opening a clause whose verb is a
    company's: "小米汽车29日晚间通过官方微博公布…"."""
    orgs = [n for n in _orgs(found) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)]
    if not orgs:
        return []
    pattern = re.compile(r"(?:^|(?<=[" + _CLAUSE_START + r"]))((?:" + trie_pattern(orgs) + ")(?:" +
                         "|".join(_UNIT_WORDS) + r"))(?=[^，。；！？]{0,16}?" + _BUSINESS + ")")
    plant = re.compile(r"(?:" + trie_pattern(orgs) + ")(?:" + "|".join(_UNIT_WORDS) + r")?(?:超级工厂|工厂|生产基地|总部)")
    out = []
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            name = m.group(1)
            if name not in found and not _inside_word(simple, m.start(), m.end()):
                out.append(Candidate(name, "org", "unit"))
        for m in plant.finditer(simple):  # "小米汽车工厂": a company's plant, named by the company
            if m.group(0) not in found:
                out.append(Candidate(m.group(0), "org", "unit"))
    return out


def subject_candidates(found, paragraphs) -> list[Candidate]:
    """A word the dictionary lacks (or knows as a proper noun) opening two or more clauses as the
    subject of a business verb ("极光推出…", "极光股价下跌"): a company."""
    pattern = re.compile(r"(?:^|(?<=[" + _CLAUSE_START + r"]))([\u4e00-\u9fff]{2,4}?)" + _TIME +
                         r"(?:股价)?" + _BUSINESS)
    counts: Counter = Counter()
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            name = m.group(1)
            if name in found or is_generic(name) or name[0] in _NOT_START or name[0] in SURNAMES:
                continue  # a surname opens a person's name as often as a company's
            toks = _cut(name)
            if len(toks) == 1 and _proper_token(name) and not word_tag(name).startswith(("nr", "ns")):
                counts[name] += 1
    return [Candidate(n, "org", "subject") for n, k in counts.items() if k >= 2]
