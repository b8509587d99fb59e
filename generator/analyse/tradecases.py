"""A trade case opened: a country's countermeasure, not a lawsuit against the topic (issue 13).

A probe into another economy's goods ("对欧盟猪肉发起反倾销调查", "对原产于美国的进口丙酸立案调查")
or a complaint taken to the WTO ("就…措施向世界贸易组织提起诉讼") is what one side does in a trade
dispute: an act of trade policy, an effect of the news it answers. Its words are a lawsuit's
(立案调查, 提起诉讼), so the general "lawsuits, fines and investigations" category (a limit of the
topic: the company sued, the product probed) would file it as a problem. ``trade_case`` says when
a sentence's legal words are a trade case's; ``claims.classify`` then leaves that category out.

Only general words of trade policy, read on the simplified sentence: a trade remedy or a trade
body named (反倾销, 反补贴, 保障措施, 世贸组织, 世界贸易组织, WTO, 原产于…, 进口…) beside a case
opened (发起, 启动, 立案, 提起, 展开, 申诉, 起诉); not a court's ruling or a fine ("被罚",
"判决"), nor a case that stalls ("上诉机构停摆": a limit of that route).
"""

from __future__ import annotations

import re

__all__ = ["trade_case"]

#: A trade remedy, a trade body, or the goods of another economy.
_TRADE = re.compile(r"反倾销|反补贴|保障措施|反制|报复|世贸|世界贸易组织|WTO|原产于|进口")
#: A case opened.
_OPENED = re.compile(r"发起|启动|立案|提起|展开|开展|申诉|起诉|诉诸|告上")
#: A case that fails or a penalty: the legal category's own.
_STALLED = re.compile(r"停摆|瘫痪|旷日持久|无效|罚款|被罚|处罚|判决|败诉")


def trade_case(simple: str) -> bool:
    """True when a (simplified) sentence reports a trade case opened: a remedy or a trade body
    named beside a case opened, and no penalty or stalled case."""
    return bool(_TRADE.search(simple) and _OPENED.search(simple) and not _STALLED.search(simple))
