"""Where a quote is cut: the window of a sentence's clauses that carries a claim, kept whole.

A quote is the part of its sentence that carries the claim (``statements.short_quote`` strips the
page's furniture first). The window of clauses with the most cue words is widened back over the
clause a continuing clause depends on, on over a clause that qualifies it, and on to a sentence's
closing clause that denies what it says ("…“先摔碎后洒酒”的逻辑，Sora显然没有理解。"); it never ends
on the opening words of the next sentence ("…职业。Sora诞生后") nor starts on the last words of the
one before ("相信也会带来…反应。其次，…"), a title's own question mark ending nothing ("《…哪些行业？》").
"""

from __future__ import annotations

import re

from .text import cjk_len
from .text import count_words as _count

__all__ = ["CLAUSE", "cut_window", "unquote"]

#: A clause with its trailing separator (a comma, a semicolon, a colon).
CLAUSE = re.compile(r"[^，；：,;:]+[，；：,;:]?")


def unquote(q: str) -> str:
    """``q`` without unbalanced outer quotation marks, and without a pair enclosing it whole."""
    q = q.strip()
    while q and q[0] in "“「『" and q.count(q[0]) > q.count({"“": "”", "「": "」", "『": "』"}[q[0]]):
        q = q[1:]
    while q and q[-1] in "”」』" and q.count(q[-1]) > q.count({"”": "“", "」": "「", "』": "『"}[q[-1]]):
        q = q[:-1]
    if len(q) > 2 and q[0] in "“「" and q[-1] in "”」" and q.count(q[0]) == 1:
        q = q[1:-1]
    return q.strip()


def cut_window(original: str, simple_of, hits: tuple[str, ...], limit: int = 70) -> str:
    """The contiguous clauses of ``original`` carrying the most of ``hits``, ≤ ``limit`` (see the module's note)."""
    if len(original) <= limit:
        return original
    clauses = [m.group(0) for m in CLAUSE.finditer(original)]
    if len(clauses) <= 1:
        return original[:limit].rstrip("，；：,;:")
    scores = [len(_count(simple_of(c), hits)) for c in clauses]
    best, best_score = (0, 1), -1.0
    for i in range(len(clauses)):
        length = 0
        for j in range(i, len(clauses)):
            length += len(clauses[j])
            if length > limit and j > i:
                break
            sc = sum(scores[i:j + 1]) - 0.001 * i
            if sc > best_score:
                best, best_score = (i, j + 1), sc
    i, j = _whole_claim(clauses, scores, best[0], best[1], int(limit * 1.3))
    quote = "".join(clauses[i:j]).strip()
    # a cut quote never ends on the opening words of the next sentence ("…职业。Sora诞生后"), nor
    # starts on the last words of the one before ("相信也会带来…反应。其次，Sora将可…"); a title's
    # own question mark ends nothing ("《…会颠覆哪些行业？》")
    untitled = re.sub(r"《[^》]{0,40}》", lambda m: "《" + "—" * (len(m.group(0)) - 2) + "》", quote)
    tail = re.search(r"[。！？][”」』]?([^。！？”」』]+)$", untitled)
    if tail and j < len(clauses) and (cjk_len(tail.group(1)) <= 8 or _DANGLING.search(tail.group(1).rstrip("，,；;：: "))) \
            and not _count(simple_of(quote[tail.start(1):]), hits):
        quote = quote[:tail.start(1)]
    head = re.match(r"^[^。！？“「，；,;]+[。！？][”」』]?(?=[^。！？]{6,})", untitled)
    if head and i > 0 and clauses[i - 1].rstrip()[-1:] not in "。！？”」』：:" and head.end() < len(quote) and not _count(simple_of(head.group(0)), hits) \
            and _count(simple_of(quote[head.end():]), hits):
        quote = quote[head.end():]
    return quote.strip().rstrip("，；：,;:") if quote else original[:limit]


#: A clause that goes on from the one before, with its subject left there ("外资持股比例，不能超过五成",
#: "…，也不应该…", "…，却…"): a quote never starts on it.
_GOES_ON = re.compile(r"^(?:也|还|并|且|而且|却|则|又|才|就|都|便|仍|依然|甚至|以及|不(?!少|同|管|论|仅|但|久|过)|没(?!有人)|"
                      r"未(?!来)|无法|难以)")
#: A clause that qualifies or denies the one before ("…会上涨，但不会太多", "…，并非…", "…，只限…"):
#: a quote never ends before it.
_QUALIFIES = re.compile(r"^(?:但|但是|不过|却|然而|并非|并不|并没有|不(?!少|同|管|论|仅|久|过)|没有|未(?!来)|只有|只|仅|除非|前提是|条件是)")


#: A clause waiting for its main clause ("电动渡轮投入运营后", "如果需求回落的话"): no end of a quote.
_DANGLING = re.compile(r"(?:后|後|时|時|前|以来|以來|的话|的話|之际|之際)$")
#: A sentence's closing clause that denies the clauses before it ("…的逻辑，Sora显然没有理解。").
_DENIES_ALL = re.compile(r"^[^，。；]{0,10}?(?:没有|并没|并不|不能|不会|无法|未能|并非|难以)[^，；]{0,12}[。！？]")


def _whole_claim(clauses: list[str], scores: list[int], i: int, j: int, most: int) -> tuple[int, int]:
    """The window ``clauses[i:j]`` made to keep its claim whole: widened back over the clause a
    continuing clause depends on and on over a clause that negates or qualifies it, never past
    ``most`` characters; a continuing clause that cannot be given its subject within that is left
    out when the rest still carries the claim (less said, nothing said wrong)."""
    size = sum(len(c) for c in clauses[i:j])
    dropped = False  # once a clause is left out, the window only narrows: no widening back over it
    while i > 0 and _GOES_ON.match(clauses[i].lstrip()):
        if not dropped and size + len(clauses[i - 1]) <= most:
            i -= 1
            size += len(clauses[i])
        elif j - i > 1 and any(scores[i + 1:j]):
            size -= len(clauses[i])
            i += 1
            dropped = True
        else:
            break
    while j < len(clauses) and (_QUALIFIES.match(clauses[j].lstrip()) or _TOPIC.match(_QUOTED.sub("", clauses[j - 1]))) \
            and size + len(clauses[j]) <= most and clauses[j - 1].rstrip()[-1:] not in "。！？；;":
        size += len(clauses[j])  # (a topic named first, "“先摔碎后洒酒”的逻辑，", is said of in the next clause)
        j += 1
    # the sentence's last clause denying what the window says ("…“先摔碎后洒酒”的逻辑，Sora显然没有
    # 理解。"): the quote reaches it, leaving out opening clauses when it must
    if j < len(clauses) and _DENIES_ALL.match(clauses[j].lstrip()) and clauses[j].rstrip()[-1:] in "。！？" \
            and clauses[j - 1].rstrip()[-1:] not in "。！？；;" and not dropped:
        while j - i > 1 and size + len(clauses[j]) > most:
            size -= len(clauses[i])
            i += 1
        if size + len(clauses[j]) <= most:
            j += 1
    return i, j


#: A clause that only names a topic for the next to speak of ("“先摔碎后洒酒”的逻辑，…没有理解"): once its quoted
#: words are set aside, nothing but "的" and a noun is left, no verb of its own.
_TOPIC = re.compile(r"^\s*(?:这种|这个|这样的|此种|其)?的?[\u4e00-\u9fff]{0,1}的[\u4e00-\u9fff]{1,3}[，,]?\s*$")
#: Words in quotation marks.
_QUOTED = re.compile(r"[“「『\"][^”」』\"]{1,30}[”」』\"]")
