"""The general way to find a contention (any topic): an impact point claiming a strong effect
("会颠覆", "将取代", "重塑") against a limit point that denies or defers that same effect ("颠覆为时过早",
"不能完全替代", "不认同…会颠覆") on the same subject (a category word both statements use). A split of
``contentions``, which re-exports ``EFFECTS`` and ``DENIALS``."""

from __future__ import annotations

import hashlib
import re

from .general import DENIALS as GENERAL_DENIALS
from .model import Contention, Point, Side
from .taxonomy import Taxonomy


#: Strong effects a claim can assert and another deny (general words, any topic).
EFFECTS = {
    "颠覆": ("颠覆", "革命性", "彻底改变"),
    "取代": ("取代", "替代", "代替", "失业", "饭碗"),
    "重塑": ("重塑", "变革", "改变"),
    "超越": ("超越", "赶超", "领先", "第一", "首个"),
}


#: Words that deny, defer or doubt an effect (wider than the classifier's ``general.DENIALS``).
DENIALS = GENERAL_DENIALS + ("为时过早", "言之过早", "还为时尚早", "不认同", "不足以", "不能完全", "难以", "难言",
           "不会", "并不", "并非", "没有人", "言过其实", "夸大", "存疑", "质疑", "谨防", "不可能",
           "笑而不语", "自我表扬", "几乎是不可能")


def _effects(text: str) -> set[str]:
    return {e for e, words in EFFECTS.items() if any(w in text for w in words)}


def _denies(text: str) -> bool:
    return any(d in text for d in DENIALS)


def _general(points: list[Point], tax: Taxonomy, cat_labels: dict[str, str]) -> list[Contention]:
    """Impact points asserting a strong effect against limit points denying the same effect on
    the same subject (a category word or rare word both statements use)."""
    impacts = [(p, _effects(p.statement)) for p in points if p.kind == "impact"]
    limits = [(p, _effects(p.statement)) for p in points if p.kind == "limit" and _denies(p.statement)]
    out: list[Contention] = []
    used: set[str] = set()
    for q, qe in limits:
        for p, pe in impacts:
            shared = sorted(pe & qe)
            if not shared or p.id in used or _denies(p.statement):
                continue
            subject = _subject(p.statement, q.statement, tax)
            if subject is None:
                continue
            effect = shared[0]
            topic = f"{tax.topic_label or ''}会{effect}{subject}吗？" if subject else \
                f"{tax.topic_label or ''}的影响会是{effect}吗？"
            cid = "contention-" + hashlib.sha1((p.id + q.id).encode()).hexdigest()[:6]
            out.append(Contention(
                id=cid, topic=topic,
                a=Side(f"会{effect}", (p.id,), p.citations, p.statement, p.speakers),
                b=Side("言之过早或不会", (q.id,), q.citations, q.statement, q.speakers)))
            used.update((p.id, q.id))
            break
    return out


def _subject(a: str, b: str, tax: Taxonomy) -> str | None:
    """What both statements are about: the longest category word both name (影视, 游戏行业 …),
    '' when they share none but name the topic's subject; None when unrelated."""
    words = sorted({w for r in tax.rules for w in r.cues if len(w) >= 2 and w in a and w in b},
                   key=lambda w: (-len(w), w))
    effects = {w for ws in EFFECTS.values() for w in ws}
    words = [w for w in words if w not in tax.topic_terms and w != tax.topic_label
             and not any(e in w for e in effects) and w not in tax.impact_signals
             and w not in tax.limit_signals]
    if words:
        return words[0]
    return _object(a, b, tax)


def _after(text: str, word: str) -> str:
    """What follows an effect word in its clause ("取代现有的锂离子电池，…" → "现有的锂离子电池")."""
    at = text.find(word)
    return re.split(r"[，,。；;！!？?]", text[at + len(word):], maxsplit=1)[0] if at >= 0 else ""


def _object(a: str, b: str, tax: Taxonomy) -> str | None:
    """The object both statements put the same effect on ("将全面取代现有的锂离子电池" / "说…会取代锂离子电池还言之过早":
    锂离子电池): the longest run of two han characters and more the words after one effect word share in both, none
    of the topic's own names; None when they share none."""
    own = [w for w in (tax.topic_label or "",) + tuple(tax.topic_terms) if w]
    best = ""
    for words in EFFECTS.values():
        for w in words:
            x, y = _after(a, w), _after(b, w)
            if not x or not y:
                continue
            for i in range(len(x)):
                for j in range(i + max(2, len(best) + 1), len(x) + 1):
                    run = x[i:j]
                    if run not in y:
                        break
                    if re.fullmatch(r"[\u4e00-\u9fff]+", run) and not any(run in t for t in own) and run[0] != "的":
                        best = run
    return best or None
