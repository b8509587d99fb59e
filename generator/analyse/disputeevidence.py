"""Claims met by evidence: a sentence reporting what a party commonly claims, then turning to what a measurement
shows against it ("行业内常说预制菜可以节省两到三成成本，但我们的测算显示，…实际节省大约在8%到12%之间",
"企业普遍宣称…，但调研中两所学校的账目显示，…仅比自办食堂低约1元") — any topic; a split of ``disputes``.

The claim (side a) is the sentence up to the turn, the evidence (side b) is the rest, both verbatim. A claim
the writer reports and then confirms ("…，我们的测算也显示") is no dispute: the turn ("但", "不过", "然而", "可")
is required, and so is the evidence's own measuring word (a calculation, a survey, the accounts, the data).
"""

from __future__ import annotations

import re

from .text import Sentence, is_whole_sentence

__all__ = ["met_by_evidence"]

#: A party's claim reported at the head of a sentence: who (an industry, firms, the market, officials, some people)
#: and how commonly they hold it.
CLAIMED = re.compile(r"^[^，。；“”「」]{0,10}?(?:业内|行业|业界|企业|厂商|商家|市场|外界|官方|厂家|商界|有人|不少人|很多人|"
                     r"许多人|舆论|媒体|宣传|网上|坊间)[^，。；“”「」]{0,6}?"
                     r"(?:常说|常讲|普遍(?:宣称|认为|说|称)|都说|宣称|声称|号称|称|认为|估计|说)")
#: The turn to evidence against it: "，但我们的测算显示", "，不过调研中两所学校的账目显示", "，然而实际数据表明".
EVIDENCE = re.compile(r"[，,；;]\s*(?:但(?:是)?|不过|然而|可(?:是)?)[，,]?\s*[^，。；“”「」]{0,16}?"
                      r"(?:测算|调研|调查|账目|数据|统计|实测|测试|检测|核算|研究|抽查|记录)[^，。；“”「」]{0,8}?"
                      r"(?:显示|表明|发现|证明)")


def met_by_evidence(ss: list[Sentence]) -> list[tuple[list, list]]:
    """(the claim reported, the evidence against it) of every sentence turning from one to the other, each a
    verbatim part of the sentence (a side's citation the reader can find)."""
    out = []
    for s in ss:
        if len(s.simple) > 300 or len(s.original) != len(s.simple) or not is_whole_sentence(s.original):
            continue  # (the parts are cut verbatim: the working copy must align with the original)
        m = CLAIMED.match(s.simple)
        turn = EVIDENCE.search(s.simple, m.end()) if m else None
        if not turn:
            continue
        claim = s.original[:turn.start()].strip()
        evidence = s.original[turn.start():].strip().lstrip("，,；;").strip()
        if len(re.sub(r"[^\u4e00-\u9fff]", "", claim)) >= 8 and len(re.sub(r"[^\u4e00-\u9fff]", "", evidence)) >= 12:
            out.append(([(s, claim)], [(s, evidence)]))
    return out
