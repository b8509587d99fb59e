"""The general test that rejects a phrase offered as a name: a name carries no verb phrase, no
digit run reached by a verb and no discourse phrase. A forum post's "先说结论：", a talk's "说个结论：",
a price "标到800" or "涨到300" open a line the way a speaker's name does, but they are what
someone does or says, not who.

Read on jieba's tags of each character of a word the dictionary lacks: an adverb or a verb
followed by a verb, a measure word or a particle ("先|说", "说|个", "再|聊") is a verb phrase the
segmenter glued, not a given name; a person's name is never read this way because it opens on
a surname (checked by the caller's rules) and this test is applied only to what is not one."""

from __future__ import annotations

import re

from .namewords import SURNAMES, _cut, word_tag

__all__ = ["reads_as_phrase", "verbal_word"]

#: Characters that, after a verb or a noun, make it a verb reaching a figure ("标到", "涨至", "升破").
_REACH = set("到至达破超过为")


def _verbal(tok: str) -> bool:
    """A word of two characters the dictionary lacks, made of an adverb then a verb, a measure word
    or a particle ("先说", "再聊", "只看"), or of a verb then a measure word or a particle ("说个")."""
    if len(tok) != 2 or word_tag(tok) or not re.fullmatch(r"[\u4e00-\u9fff]{2}", tok):
        return False
    first, second = word_tag(tok[0]), word_tag(tok[1])
    return first.startswith(("d", "p", "c", "f")) and second.startswith(("v", "q", "u")) \
        or first.startswith("v") and second.startswith(("q", "u"))  # "掌阅": two verbs may be a brand


def verbal_word(word: str) -> bool:
    """A word the dictionary lacks that is a verb phrase the segmenter glued ("约占", "下转", "先说")."""
    return _verbal(word)


def reads_as_phrase(name: str) -> bool:
    """True for a verb phrase, a figure reached by a verb or a discourse phrase offered as a name
    ("先说结论", "标到800", "说个结论", "高不高"); False for anything that may be a name."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{1,4})\s*\d[\d.,]*\s*[%％万亿千百元块]*", name)
    if m and m.group(1)[-1] in _REACH and len(m.group(1)) >= 2:
        return True  # "标到800", "涨到300": a price or a count reached, no company
    if re.match(r"(?:据|据悉)?本[报台刊网站社](?:记者|讯)?$", name):
        return True  # "据本报": the paper itself, as its reporters write it
    if re.match(r"([\u4e00-\u9fff])[不没]\1", name):
        return True  # "高不高", "去没去": a question, never a name
    if re.fullmatch(r"[\u4e00-\u9fff][到至]", name) and not word_tag(name):
        return True  # "标到" cut from "标到800"
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,8}", name) or name[0] in SURNAMES and len(name) <= 3:
        return False
    toks = _cut(name)
    return len(toks) >= 2 and _verbal(toks[0])
