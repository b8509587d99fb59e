"""A broadcast transcript's caption naming who speaks (issue 13, properties 1 and 4): "字幕：邓某　市教育局
副局长" over a sound bite, which a cleaner may run into the bite's first words ("字幕：邓某　市教育局副局长
在国家和省级…"). The caption's person speaks the paragraph; the caption is no part of a statement or a
quote. The role ends on a job title or an everyday description of who speaks ("学生家长"); without
one the boundary is unsure and nothing is read (fail clean)."""

from __future__ import annotations

import re

__all__ = ["caption_label"]

_CAPTION = re.compile(r"^[\s\u3000]*(?:画面字幕|屏幕字幕|字幕|字幕条)[\s\u3000]*[：:][\s\u3000]*"
                      r"([\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff](?:女士|先生|小姐|阿姨|师傅|同学|老师))[\s\u3000]+")
#: Who an unnamed or ordinary speaker is ("学生家长", "市民"): a caption's description, like a title.
_EVERYDAY = ("学生家长", "家长", "市民", "居民", "村民", "网友", "学生", "患者", "乘客", "游客", "司机", "店主", "厨师",
             "教师", "老师", "医生", "护士", "志愿者", "工人", "农民", "商户", "业主", "消费者", "店员", "骑手",
             # posts the job titles leave out ("副馆长", "站长", "研究员")
             "馆长", "站长", "园长", "队长", "科长", "组长", "行长", "团长", "厂长", "镇长", "村长", "区长", "县长",
             "干事", "专员", "委员", "馆员", "代表", "书记", "船长", "机长", "列车长")


def caption_label(simple: str, titles: tuple[str, ...]) -> tuple[str, str, int] | None:
    """(name, role, end of the caption) of a caption opening a (simplified) paragraph, or None."""
    m = _CAPTION.match(simple)
    if not m:
        return None
    rest = simple[m.end():m.end() + 48]
    stop = next((i for i, ch in enumerate(rest) if ch in "，。；！？：“”「」,;!?"), len(rest))
    spans = [(i, i + len(t)) for t in tuple(titles) + _EVERYDAY for i in [rest.find(t, 0, stop)] if i >= 0]
    if not spans:
        return None
    first_end = min(e for _, e in spans)
    end = max(e for s, e in spans if s < first_end)  # "主任医师", "副局长": the whole title
    if end >= stop:
        return None  # no words of the bite left before the first pause: unsure where the role ends
    return m.group(1), rest[:end], m.end() + end
