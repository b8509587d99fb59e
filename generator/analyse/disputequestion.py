"""A disputed question in clean words (issue 13, property 6): a side's claim turned into a question reads well only
without what belongs to its speaking, not to its claim.

The phenomenon: a claim quoted from speech or a comment line carries its speaker's frame ("也是我最担心的，是…"),
an exclamation ("大外宣啦，…"), and a retort closing it ("…，淄博烧烤现在谁还记得"); asked with a "？" after it,
the question reads as a transcript, not as the point in dispute. The question keeps the claim's clauses only:
a clause that frames the writer's own concern, a short exclamation, and a closing rhetorical question without a
negation (its claim is the clauses before it) go. Read from the clause's form, never from a topic's words.
"""

from __future__ import annotations

import re

__all__ = ["claim_clauses", "closed"]

#: A clause framing the writer's own concern or point ("也是我最担心的", "我想说的是", "这是我最关心的").
_OWN_FRAME = re.compile(r"^(?:第[一二三四五六七八九十\d]+[，,、]?)?(?:这|那|而)?(?:也|还)?(?:是|就是)?(?:我|笔者|本人)(?:们)?(?:最|更|真正)?"
                        r"(?:担心|关心|在意|想说|想强调|要说|想问)(?:的)?(?:是)?$")
#: A short exclamation ("大外宣啦", "笑死啊", "好家伙"): three characters or fewer closing on an interjection.
_EXCLAIMED = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:啦|啊|呀|嘛|呗|咯|喔|哦|哈|耶)$|^(?:好家伙|天哪|天啊|我去|笑死)$")
#: A clause relaying where the writer read or heard the claim ("之前看中国社会科学院的报告", "听朋友说", "据当地媒体报道").
_RELAY = re.compile(r"^(?:之前|以前|最近|前几天|前阵子|刚才|刚)?(?:看|看到|看过|读|读到|听|听到)(?:了|过)?[^，,]{0,24}?"
                    r"(?:报告|[年日周月晚公通快简]报|新闻|文章|报道|研究|调查|数据|消息|视频|帖子|白皮书)$|^(?:听|听到)[^，,]{0,8}?说$|"
                    r"^据[^，,]{1,24}?(?:报道|统计|测算|估计|显示|披露)$")
#: A clause that is only a holder and their saying verb ("现任某大学副教授的李某直言", "分析师王某认为").
_HOLDER_FRAME = re.compile(r"^[^，,“”「」]{2,40}?(?:认为|指出|表示|强调|直言|坦言|提醒|警告|批评|质疑|称|说)$")
#: The reporting verb opening the relayed claim ("说城镇职工…").
_SAYS = re.compile(r"^(?:说|称|讲|提到|指出)(?=[\u4e00-\u9fff]{4})")
#: A clause's closing interjection ("…撑不过一年啦").
_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:啦|呀|呗|咯|喔|哦|耶)$")
#: A closing retort: a question word with no negation ("现在谁还记得", "有什么用").
_RETORT = re.compile(r"谁|誰|什么|什麼|哪|怎么|怎麼|凭啥|憑啥")
_NEGATION = re.compile(r"不|没|沒|别|別|非")
#: A clause that depends on the next one and cannot close a question: a condition, a concession, a turn, a
#: measure ("若C919年产量真能拉到一百架以上", "可按现在的交付节奏", "虽然…"), or an adverbial frame ("长期而言").
_DEPENDENT = re.compile(r"^(?:若|如果|如若|假如|假使|要是|倘若|即使|即便|哪怕|尽管|虽然|雖然|只要|一旦|除非|可|可是|但|但是|不过|不過|"
                        r"而|按|按照|随着|隨著|因为|因為|由于|由於|为了|為了|对于|對於|至于|至於)|(?:而言|来看|來看|来说|來說|看来|看來)$")


def _cjk(text: str) -> int:
    return len(re.sub(r"[^\u4e00-\u9fff]", "", text))


def claim_clauses(claim: str) -> str:
    """The claim's own clauses, joined as written ("也是我最担心的，是这种模式透支了本地人" → "这种模式透支了本地人";
    "网红城市撑不过一年啦，淄博烧烤现在谁还记得" → "网红城市撑不过一年"); the claim itself when what is left is short.
    A claim asked as a question (closing on "？") keeps its clauses: it is the question."""
    text = claim.strip()
    if text.endswith(("？", "?")):
        return text
    end = re.search(r"[。！!…]*$", text).group(0)
    parts = [p for p in re.split(r"[，,；;]", text[:len(text) - len(end)]) if p.strip()]
    out = list(parts)
    while len(out) > 1 and (_OWN_FRAME.match(out[0].strip()) or _EXCLAIMED.match(out[0].strip())):
        out.pop(0)
        out[0] = re.sub(r"^(?:是|就是)(?=[\u4e00-\u9fff]{4})", "", out[0].strip())
    if len(out) > 1 and _HOLDER_FRAME.match(out[0].strip()) and _cjk("".join(out[1:])) >= 6:
        out.pop(0)  # "某大学副教授李某直言，…": who says it is no part of the question
    if len(out) > 1 and _RELAY.match(out[0].strip()) and _cjk(out[1]) >= 6:
        out.pop(0)  # where the writer read or heard it: the claim is what it says
        out[0] = _SAYS.sub("", out[0].strip(), count=1)
    if len(out) > 1 and _RETORT.search(out[-1]) and not _NEGATION.search(out[-1]):
        out.pop()
    out = [_PARTICLE.sub("", p.strip()) for p in out]
    kept = "，".join(out)
    return kept + end if _cjk(kept) >= 6 else claim


def closed(parts: list[str]) -> list[str]:
    """A question's clauses without the trailing ones that depend on what was cut after them ("…供应链，长期而言，
    若C919年产量真能拉到一百架以上" → "…供应链"); the first clause always stays."""
    out = list(parts)
    while len(out) > 1 and _DEPENDENT.search(out[-1].strip().rstrip("，,、；;")):
        out.pop()
    return out
