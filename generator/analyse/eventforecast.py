"""Whether an event is a forecast: dated after the article's date, or announced as a plan, a target
or an estimate (split from ``timeline.py``)."""

from __future__ import annotations

import re

from .datefind import DateRef
from .datepatterns import _FUTURE
from .eventrules import modal_forecast


def _is_forecast(ref: DateRef, sentence: str, article_date: str | None) -> bool:
    """After the article's date (at the precision both have), or announced as a plan; never a
    paper's date of issue ("2023年9月26日印发": printed after it was signed, a past act)."""
    if _ISSUED.match(sentence, ref.end) and not _FUTURE.search(sentence[max(0, ref.start - 14):ref.start]):
        return False
    if article_date:
        n = min(len(ref.date), len(article_date))
        if ref.date[:n] > article_date[:n]:
            return True
        if ref.date[:n] < article_date[:n]:
            return False
    clause_end = min([i for i in (sentence.find(ch, ref.end) for ch in "，。；,;") if i >= 0] or [len(sentence)])
    return bool(_FUTURE.search(sentence[max(0, ref.start - 14):ref.start])
                or re.match(r"\s*(?:将|前后|以前|之前)", sentence[ref.end:ref.end + 3])
                or modal_forecast(sentence, ref.end)
                # the period the article is in, with a target or an estimate for it: "今年力争交付
                # 10万辆", "订单要到今年三季度以后才能消化", "花旗估计…今年每辆亏损约1万元"
                or _PLAN_AFTER.search(sentence[ref.end:clause_end])
                or _ESTIMATE.search(sentence[:ref.start]))


_ISSUED = re.compile(r"\s*(?:印发|签发|印制|制发|印)(?:$|[\s，。；,;）)])")
_PLAN_AFTER = re.compile(r"力争|争取|计划|目标|[一二三四]季度以后|下半年|年底前|以后才")
_ESTIMATE = re.compile(r"估计|估算|预计|预测|预期|预估")
