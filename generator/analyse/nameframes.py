"""Organisations named without a suffix, read from the frame of reported speech around them:
"据X统计/报道/介绍…" (whose figures or report), and X opening its clause before 表示/指出/称/宣布
(who speaks). X names a body when a word before its last is a proper word (a name jieba knows, a word it
does not know; not a place: "日本市场" describes) and none is a verb, a pronoun, a numeral or a word for
people ("知情人士", "业内人士", "该公司", "多家券商" name nobody)."""

from __future__ import annotations

import re

from .namecandidate import _TITLE_RE, Candidate
from .nameoccupation import _OCCUPATION
from .namewords import (SURNAMES, _NOT_START, _SPEECH_RE, _SUFFIX_RE, _cut, _namelike_token, _proper_token, is_generic,
                        word_tag)

__all__ = ["frame_candidates"]

_REPORTED = re.compile(r"(?:^|(?<=[，。；：！？\s“「（(]))据([\u4e00-\u9fff]{3,8}?)"
                       r"(?:的)?(?:统计|报道|报导|介绍|透露|披露|调查|测算|估算|数据|消息|公告|通报|监测)")
_SAYS = re.compile(r"(?:^|(?<=[，。；！？\s“「]))([\u4e00-\u9fff]{3,8}?)(?:也|则|还|亦|再次|随后|当天|此前)?"
                   r"(?:" + _SPEECH_RE + r"|宣布|声明|回应称|发布公告)")
#: Words for people or for an unnamed part of something: no organisation's name ends on them.
_PEOPLE_END = re.compile(r"(?:人士|人员|官员|专家|学者|分析师|记者|网友|市民|居民|员工|工人|方面|部门|人|者|们|师|生|"
                         r"负责人|发言人|消息|报道|数据|资料|机构|公司|企业|媒体|银行|政府|版主|楼主|群主|博主|站长|UP主)$")


def frame_candidates(text: str, out: list[Candidate]) -> None:
    for rx, why in ((_REPORTED, "reported"), (_SAYS, "says")):
        for m in rx.finditer(text):
            name = m.group(1)
            if _body_name(name, why):
                out.append(Candidate(name, "org", "frame"))


def _body_name(name: str, why: str) -> bool:
    if name[0] in _NOT_START or is_generic(name) or _PEOPLE_END.search(name) or word_tag(name) \
            or _SUFFIX_RE.search(name) or _TITLE_RE.search(name):
        return False  # (a suffix or a title inside: "某某证券|研报", "某某证券地产首席" are read by their rules)
    if _OCCUPATION.match(name):
        return False  # "渔民佐藤健一说": what a person does, then the person's name: no body
    if why == "says" and len(name) <= 3 and name[0] in SURNAMES:
        return False  # a person's name: the people rules read it
    toks = [t for t in _cut(name) if t.strip()]
    if len(toks) < 2 or not all(_namelike_token(t) for t in toks):
        return False
    if any(word_tag(t).startswith(("v", "d", "p", "r", "m", "t", "c", "u", "a", "f", "s")) and not word_tag(t).startswith("vn")
           for t in toks):
        return False
    if word_tag(toks[-1]) not in ("n", "vn", "nz", "j", ""):
        return False
    # a proper word before the last: unknown to the dictionary, or a name it knows (not a place:
    # "日本市场" describes)
    return any((not word_tag(t) and len(t) >= 2) or word_tag(t) in ("nz", "nt", "j")
               or word_tag(t).startswith("nr") and len(t) >= 2 for t in toks[:-1])
