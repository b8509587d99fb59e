"""Who says it: speakers taken only from explicit attributions in the text, never guessed.

An attribution is a reporting verb (表示, 认为, 指出 …) or frame (在…看来, 据…分析) with a named
holder before it. The holder phrase is split into a role ("上海市人工智能行业协会秘书长") and a name
("钟俊浩") at the last job title; a bare name later in the article gets the role it was first given;
"他/她" takes the last person named in the same or the previous paragraph. Vague holders
("多家机构", "一些分析人士", "专家") are not speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Attribution", "find_attributions", "ROLE_TITLES"]

#: Job titles that introduce a person's name (general Chinese, not topic knowledge).
ROLE_TITLES = (
    "联合创始人", "创始人", "董事长助理", "董事长", "总经理", "副总裁", "总裁", "首席执行官", "首席技术官",
    "首席科学家", "执行主席", "主席", "秘书长", "主任", "所长", "院长", "院士", "教授", "助理教授",
    "研究员", "科学家", "经济学家", "分析师", "律师", "负责人", "总监", "美术总监", "创意总监", "经理",
    "项目经理", "架构师", "工程师", "制片人", "导演", "编剧", "博主", "台长", "CEO", "CTO", "COO",
    "记者", "主编", "总编辑", "合伙人", "投资人", "专家", "媒体人", "部长", "局长", "发言人",
)
_VERBS = ("分析指出", "解释指", "直言", "坦言", "表示", "认为", "指出", "强调", "透露", "预测", "预计",
          "提到", "介绍", "呼吁", "建议", "判断", "解释", "称", "说", "谈到", "写道", "告诉")
_VERB_RE = re.compile("(" + "|".join(_VERBS) + ")")
_FRAME_KANLAI = re.compile(r"在([^，。；：“”]{2,40}?)(?:看来|眼中)")
_FRAME_JU = re.compile(r"据([^，。；：“”]{2,40}?)(?:分析指出|分析|推算|统计|测算|预测|显示|指出)")
_TRIM_TAIL = re.compile(
    r"(?:在(?:回应|接受)[^，。]{0,16}?时|向《[^》]{1,12}》记者|告诉《[^》]{1,12}》记者|对《[^》]{1,12}》记者|"
    r"向记者|对记者|接受[^，。]{0,12}?采访时|在[^，。]{0,16}?(?:中|上|时)|从[^，。]{0,10}?角度|研报|在互动平台|"
    r"同样|也|亦|则|还|都|均|曾|近日|此前|就此|对此|更|再次|一再|明确|在)")
_TRIM_HEAD = re.compile(r"^(?:据|对此|此外|同时|另外|其中|而|但|不过|然而|比如|例如|另有|与此同时|另一方面)+[，,]?")
_VAGUE = re.compile(r"^(?:多家|多位|各大|这些|一些|部分|不少|有些|众多|业内|业界|外界|网友|有人|人们|大家|"
                    r"专家|分析人士|机构|市场|公司|企业|报告|文章|研究|数据|该|其|这|那|此|它)")
_PRONOUN = re.compile(r"^(?:他|她)$")
_ORG_SUFFIX = re.compile(r"(?:证券|集团|公司|科技|网络|基金|银行|委员会|研究院|实验室|协会|学会|大学|资本|"
                         r"传媒|影视|游戏|智能|信息|在线|股份|机构|OpenAI|Adobe)$")
_NAME_OK = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}|"
                      r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|“[^”]{2,12}”)$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found in a simplified paragraph, with the span of text it covers."""

    name: str
    """Name (simplified working copy)."""
    role: str
    """Role (simplified), may be ''."""
    kind: str
    """``person`` or ``org``."""
    start: int
    """Offset in the simplified paragraph where the attribution begins."""
    end: int
    """Offset just after the reporting verb."""


def _trim_tail(holder: str) -> str:
    """Strip trailing circumstance words (向记者, 在…时, 同样 …), shortest match first, repeatedly."""
    changed = True
    while changed and holder:
        changed = False
        for i in range(len(holder) - 1, 0, -1):
            if _TRIM_TAIL.fullmatch(holder, i):
                holder, changed = holder[:i], True
                break
    return holder


def _split_holder(holder: str, titles: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(name, role, kind) from a holder phrase, or None when no named holder is there."""
    holder = _TRIM_HEAD.sub("", holder.strip(" ，,：:"))
    holder = _trim_tail(holder).strip()
    holder = holder.replace(" ", "") if re.search(r"[\u4e00-\u9fff]", holder[-1:] or "") else holder
    if len(holder) < 2 or _VAGUE.match(holder) or re.search(r"\d+家|\d+位|多家|多位", holder):
        return None
    if _PRONOUN.match(holder):
        return ("", "", "pronoun")
    best = -1
    best_title = ""
    for t in titles:
        i = holder.rfind(t)
        if i >= 0 and i + len(t) > best + len(best_title) and i + len(t) < len(holder):
            best, best_title = i, t
    if best >= 0:
        role = holder[: best + len(best_title)].rstrip("、，")
        name = holder[best + len(best_title):].strip()
        if _NAME_OK.match(name):
            return (name.strip("“”"), role, "person")
        return None
    if "的" in holder:
        holder = holder.rsplit("的", 1)[1]
    if _ORG_SUFFIX.search(holder) and 2 <= len(holder) <= 14:
        return (holder, "", "org")
    if _NAME_OK.match(holder) and not holder.startswith("“") and len(holder) <= 4:
        return (holder, "", "bare")
    return None


def find_attributions(simple: str, titles: tuple[str, ...] = ROLE_TITLES) -> list[Attribution]:
    """Attributions in one simplified paragraph, in text order (pronouns and bare names unresolved)."""
    found: list[Attribution] = []
    for m in _FRAME_KANLAI.finditer(simple):
        got = _split_holder(m.group(1), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_JU.finditer(simple):
        got = _split_holder(m.group(1), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _VERB_RE.finditer(simple):
        # the holder is the text before the verb, back to the previous clause boundary
        # (looked for in the 41 characters before the verb only: a longer holder is dropped below,
        # and a search back to the paragraph's start for every verb was quadratic)
        base = max(0, m.start() - 41)
        left = simple[base: m.start()]
        cut = max(left.rfind(ch) for ch in "，。；：！？“”「」\n")
        if cut < 0 and base > 0:
            continue  # no clause boundary within 41 characters: the holder would be too long
        holder = left[cut + 1:]
        cut += base
        if "《" in holder and "》" not in holder[holder.rfind("《"):]:
            continue
        holder = re.sub(r"在《[^》]*》[^，。]*$", "", holder)
        if not holder or len(holder) > 40:
            continue
        got = _split_holder(holder, titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], cut + 1, m.end()))
    found.sort(key=lambda a: a.start)
    dedup: list[Attribution] = []
    for a in found:
        if dedup and a.start < dedup[-1].end and a.name == dedup[-1].name:
            continue
        dedup.append(a)
    return dedup
