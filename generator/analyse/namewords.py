"""Word-level checks of names on jieba's segmentation and its dictionary tags: where a name can
start and end, what can be part of one (an organisation's head before its suffix, a proper word,
a person's name, the role before it), and a romanised name's Chinese spelling.

The vocabulary lives in ``namevocab.py`` and the segmentation in ``namesegment.py``; both are
re-exported here, where the name finder's modules import them from."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .namesegment import (_cut, _inside_word, _span_starts, _spans, _starts_word, _tags,  # noqa: F401  (re-exported)
                          _token_starts_at, word_tag)
from .namevocab import (_AFTER_NAME, _BAD_TAGS, _HONORIFIC_AFTER, _LEAD_WORDS, _NOT_END, _NOT_START,  # noqa: F401
                        _PUNCT, _SPEECH, _SPEECH_RE, _STOP_CHARS, _SUFFIX_RE, _TECH_WORDS, _TITLE_END, _TR, _VERSIONED,
                        _WEAK_FOLLOWERS, GENERIC, LATIN_COMMON, STRONG_SUFFIXES, SURNAMES, TITLES, WEAK_SUFFIXES)

#: A stance taken after a name ("学者周岚持不同看法", "王伟持保留态度"): 持 opens the phrase, it ends no name.
STANCE = re.compile(r"持(?:不同|相同|相反|反对|保留|怀疑|审慎|谨慎|乐观|悲观|开放|中立|否定|肯定|类似|同样|观望|支持)")


def _org_head_at(text: str, end: int, strong: bool = False) -> str:
    """``_org_head`` of the text before ``end`` (back to the clause start), on the paragraph's
    own segmentation; before a strong suffix (联盟, 研究院 …) verbs and adjectives may be part
    of the name ("大连市元宇宙产业创新联盟", "独立策略研究院")."""
    left = _clause_left(text, end, 24)
    spans, _, _ = _spans(text)
    lo = end - len(left)
    starts = _span_starts(text)  # spans are in text order: only those starting in [lo, end) are read
    near = spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, end)]
    toks = [t for a, b, t in near if b <= end]
    toks += [text[a:end] for a, b, t in near if end < b]  # "中央|电视台" inside one word
    return _org_head_tokens(toks, strong)


#: One-letter names of countries and places that pair to open a bilateral body's name ("美中…委员会",
#: "中欧…商会", "日韩…论坛").
_COUNTRY_LETTERS = frozenset("中美日韩俄英法德欧印澳加朝越台港澳新泰菲")


def _namelike_token(tok: str) -> bool:
    """A word that can be part of an organisation's name."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9&.-]*", tok):
        return True
    if not re.fullmatch(r"[\u4e00-\u9fff]+", tok):
        return False
    tag = word_tag(tok)
    if not tag:
        return True  # not in the dictionary: jieba joined unknown characters, typical of names
    return not tag.startswith(_BAD_TAGS) or tag in ("nr", "nrt", "nrfg", "nz", "nt", "ns", "vn")


def _org_head(left: str) -> str:
    """The longest run of name-like words ending at the end of ``left`` (the text before a
    suffix); a general word ends the run once a proper word is in it ("龙头万兴" → "万兴")."""
    return _org_head_tokens(_cut(left))


def _org_head_tokens(toks, strong: bool = False) -> str:
    head: list[str] = []
    proper = False
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        tag = word_tag(tok)
        ok = _namelike_token(tok) or strong and re.fullmatch(r"[\u4e00-\u9fff]+", tok) is not None and (
            len(tok) >= 2 and tag.startswith(("v", "a")) and not tag.startswith("ad")  # 创新, 独立
            or tag == "m" and not re.search(r"[一二两三四五六七八九十百千万亿几数]", tok)  # 元(宇宙)
            # a letter the segmenter split off an unknown compound ("智能网|联|出行"), between two name words
            or len(tok) == 1 and tag.startswith("v") and bool(head) and k > 0 and tok not in _STOP_CHARS
            and _namelike_token(toks[k - 1]) and len(toks[k - 1]) >= 2)
        if not ok or (proper and tok in GENERIC):
            # a single character cut off the name's start ("中|泰证券", "同|花顺") belongs to it
            if head and len(tok) == 1 and re.match(r"[\u4e00-\u9fff]", tok) and tok not in _STOP_CHARS \
                    and tok not in _NOT_START and not word_tag(tok).startswith(("r", "u", "d", "y", "e", "o", "m", "q", "v")):
                head.insert(0, tok)
                if tok in _COUNTRY_LETTERS and k > 0 and toks[k - 1] in _COUNTRY_LETTERS and toks[k - 1] != tok:
                    head.insert(0, toks[k - 1])  # "美|中|贸易审查委员会": two countries open a bilateral body's name
            break
        head.insert(0, tok)
        proper = proper or _proper_token(tok)
        if sum(map(len, head)) >= 10:
            if strong and k > 0 and word_tag(toks[k - 1]) == "ns" and len(toks[k - 1]) <= 3:
                head.insert(0, toks[k - 1])  # "北京|亦庄新能源智能汽车产业联盟": a long name opens on its place
            break
    while head and word_tag(head[0]).startswith(("v", "a")) and not _namelike_token(head[0]):
        head.pop(0)  # a name does not open with a verb ("列出|中央电视台")
    for k in range(len(head) - 1, 0, -1):  # "专访|香港海洋环境研究中心": the name starts at the place
        if word_tag(head[k]) == "ns" and any(word_tag(t).startswith("v") and not word_tag(t).startswith("vn")
                                             for t in head[:k]):
            head = head[k:]
            break
    return _LEAD_WORDS.sub("", "".join(head))


def _proper_token(tok: str) -> bool:
    """A word that marks a name: Latin (not a common term), or Chinese that is not in the
    dictionary or is tagged as a proper noun."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9&.-]*", tok):
        return tok.lower() not in LATIN_COMMON
    if not re.fullmatch(r"[\u4e00-\u9fff]+", tok):
        return False
    tag = word_tag(tok)
    return (not tag and len(tok) >= 2) or tag in ("nr", "nrt", "nrfg", "nz", "nt", "j")


def _has_proper(head: str) -> bool:
    return any(_proper_token(t) for t in _cut(head))


def is_generic(head: str) -> bool:
    """True when every word of ``head`` is a general word (a description, not a name)."""
    words = [t for t in _cut(head) if t.strip()]
    return not words or all(w in GENERIC or w in _STOP_CHARS for w in words)


def _role_left(text: str, end: int) -> str:
    """The role before a name: back to the previous clause punctuation (brackets kept)."""
    start = end
    while start > 0 and end - start < 40 and text[start - 1] not in "，。；：！？“”「」\n、":
        start -= 1
    if start > 1 and text[start - 1] == "、" and re.search(_TITLE_END, text[max(0, start - 12):start - 1]):
        # "一览科技创始人、CEO罗江春": both titles, with the company before the first
        start -= 1
        while start > 0 and end - start < 40 and text[start - 1] not in "，。；：！？“”「」\n、":
            start -= 1
    role = _LEAD_WORDS.sub("", text[start:end].strip(" 丨｜|:："))
    role = re.sub(r"^(?:与|和|同|跟|向|对|及|由|被|让|将|把)(?=[\u4e00-\u9fff]{3})", "", role)  # "与中国国务院总理李强"
    role = re.sub(r"^\d+(?:\.\d+)+\s*|^\d+[.、]\s*|^[#\s]+", "", role)  # "6.2 " numbers a heading; "360" names
    if role.count("（") > role.count("）"):
        role = role[role.rfind("（") + 1:]
    elif role.count("）") > role.count("（"):
        role = role[role.rfind("）") + 1:]  # "（摄影：某某）主持人": a credit closed before the title
    return role.strip()


def _clause_left(text: str, end: int, limit: int = 16) -> str:
    """Text before ``end`` back to the previous punctuation (at most ``limit`` characters)."""
    start = end
    while start > 0 and end - start < limit and text[start - 1] not in _PUNCT:
        start -= 1
    return text[start:end]


def _person_ok(name: str) -> bool:
    """A Chinese 2–3 character string that can be a person's name."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or name[0] in _NOT_START or name[-1] in _NOT_END:
        return False
    tag = word_tag(name)
    return not tag or tag.startswith("nr") or not tag.startswith(_BAD_TAGS + ("n", "a", "vn", "ns", "nt"))


def _unknown_or_name(name: str) -> bool:
    """jieba does not know the word, or knows it as a name; unknown, it holds no verb, time or
    function word ("采访时", "记者采访" are not names)."""
    tag = word_tag(name)
    if tag:
        return tag.startswith("nr")
    return not any(len(t) > 1 and word_tag(t).startswith(("v", "t", "p", "c", "d", "r", "u", "f", "a"))
                   for t in _cut(name))


def _surname_name_ok(name: str) -> bool:
    """A surname and a given name: not a dictionary word (unless a name), and the given name is
    no verb or function word ("许四清" yes, "李表示" no)."""
    tag = word_tag(name)
    if tag:
        return tag.startswith("nr")
    return not word_tag(name[1:]).startswith(("v", "p", "c", "u", "d", "r", "a"))


def _speaks_after(text: str, i: int) -> bool:
    """A reporting verb follows in the same clause (the name is the one who speaks)."""
    m = re.match(r"[^，。；！？]{0,24}", text[i:])
    return bool(m and re.search(_SPEECH_RE, m.group(0)))


@lru_cache(maxsize=1 << 14)
def _pinyin(ch: str) -> str:
    """The toneless reading of one Chinese character ('' for anything else)."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(ch)[0] if re.fullmatch(r"[\u4e00-\u9fff]", ch) else ""


def romanised_tail(han: str, latin: str) -> str:
    """The end of ``han`` that is the person ``latin`` spells (``其中葛云`` + ``Yun Ge`` → ``葛云``,
    ``吴浩然`` + ``Haoran Wu`` → ``吴浩然``): a surname and a given name read alike, in either order."""
    words = {w.lower() for w in latin.split()}
    if len(words) != 2:
        return ""
    for size in (3, 2):
        tail = han[-size:]
        if len(tail) == size and tail[0] in SURNAMES \
                and {_pinyin(tail[0]), "".join(_pinyin(c) for c in tail[1:])} == words:
            return tail
    return ""


def _all_generic_place(head: str) -> bool:
    places = {"中国", "美国", "日本", "韩国", "欧洲", "全国", "国际", "上海", "北京"}
    return all(w in GENERIC and w not in places for w in _cut(head))
