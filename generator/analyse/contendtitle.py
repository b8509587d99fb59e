"""A contention's title as the question both sides answer, never one side's sentence: where the page asks no
question of its own (``contendasked``), a title that is one side's words ("网红城市撑不过一年？", "我觉得有点过度了？")
is rebuilt from what the two sides share, a **subject** and a **dimension**:

* the dimension is what both sides argue over, read from words of that dimension in both statements (or in one,
  when the two name one subject): will it last ("持续", "一阵风", "撑不过"), is it safe, is it justified or fair
  ("合理", "公平", "过度", "一刀切"), how fast will it recover ("恢复", "回来"), will it pay ("盈利", "收支平衡"), is
  the price fair ("涨价", "宰客"), is it true ("属实", "是真的", "演的");
* the subject is the words both statements name (their longest shared run of Chinese, "饭店", "养老金"), else the
  topic's own label when both sides speak of the topic as a whole.

No dimension both sides share, or no clean subject: the title is left as the finders made it (a clumsy title
is better than a wrong question).
"""

from __future__ import annotations

import re

from .text import to_simplified

__all__ = ["neutral_title", "one_sides_words"]

#: Dimensions: (words of the dimension, the question asked of a subject).
DIMENSIONS = (
    (re.compile(r"持续|长久|长期保持|一阵风|昙花一现|撑不过|撑得过|热度.{0,4}(?:过|退|下去|维持)|火不了|过气"), "{s}能否持续？"),
    (re.compile(r"安全|事故|风险|隐患|危险"), "{s}是否安全？"),
    (re.compile(r"盈利|赚钱|收支平衡|亏损|回本|打平"), "{s}能否盈利？"),
    (re.compile(r"恢复|回来|回暖|回升|缓过来"), "{s}多久能恢复？"),
    (re.compile(r"宰客|涨价|价格|太贵|便宜|票价|收费|涨到|涨了"), "{s}的价格是否合理？"),
    (re.compile(r"属实|是真的|真实|造假|演戏|演的|谣言|不实|假的"), "{s}是否属实？"),
    (re.compile(r"合理|公平|过度|一刀切|必要|应该|应当|该不该|不该|没必要|上纲上线|小题大做|反应过度"), "{s}是否合理？"),
)

#: Characters a subject never opens on (a function word, a negation, a modal) nor ends on.
_BAD_HEAD = set("的了是在也都就不没和与而被把将会能要还又很太说我你他她它这那其个之并且或但却更最已再才只")
_BAD_TAIL = set("的了地得着过是在和与而被把将会能要还又很太说也都就不没个之并或但却更最已再才只上下里")
#: Words that make no subject.
_STOP = frozenset("我们 你们 他们 大家 自己 这个 那个 一个 时候 现在 问题 情况 觉得 认为 表示 可能 已经 还是 就是 不是 "
                  "没有 可以 因为 所以 但是 如果 什么 怎么 一样 一下 一点 真的 其实 本来 这种 那种 很多 不少".split())


def _cjk(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text or ""))


def _plain(text: str) -> str:
    """A statement without its label ("网友：", "[00:10:20] 张三：") or bracketed notes."""
    t = to_simplified(text or "", "zh-Hant")
    t = re.sub(r"^\s*(?:\[[\d:：.]+\]\s*)?(?:[^：:。！？?!，,]{1,16}[：:])", "", t, count=1)
    return re.sub(r"[（(][^（）()]{0,30}[）)]", "", t)


def _runs(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]{2,}", text)


def shared_subject(a: str, b: str) -> str:
    """The longest run of Chinese both statements hold, of 2 to 8 characters, that names something (no function
    word at either end, no bare pronoun or frame); or ''."""
    best = ""
    if len(a) > 300 or len(b) > 300:
        return ""  # (a statement is one sentence; a page-long line is no statement to compare pair by pair)
    for ra in _runs(_plain(a)):
        for rb in _runs(_plain(b)):
            # longest common substring of two short runs
            n, m = len(ra), len(rb)
            prev = [0] * (m + 1)
            for i in range(1, n + 1):
                cur = [0] * (m + 1)
                for j in range(1, m + 1):
                    if ra[i - 1] == rb[j - 1]:
                        cur[j] = prev[j - 1] + 1
                        k = cur[j]
                        cand = ra[i - k:i]
                        while cand and (cand[0] in _BAD_HEAD):
                            cand = cand[1:]
                        while cand and (cand[-1] in _BAD_TAIL):
                            cand = cand[:-1]
                        if 2 <= len(cand) <= 8 and cand not in _STOP and len(cand) > len(best):
                            best = cand
                prev = cur
    return best


#: A title asking an amount or a time ("…亏多少", "…要多久"): no side's sentence, whatever words it shares with one.
_HOW_MUCH = re.compile(r"(?:多少|几何|几成|多久|多长时间)$")


def one_sides_words(title: str, a: str, b: str) -> bool:
    """Whether a title is one side's sentence asked: its words (less the question mark) stand in a statement."""
    own = re.sub(r"[？?]+$", "", to_simplified(title or "", "zh-Hant")).strip()
    if _HOW_MUCH.search(own):
        return False  # "…每卖出一辆亏多少？" asks an amount: a question of its own, whatever words it shares
    return bool(own) and any(own in to_simplified(s or "", "zh-Hant") or
                             (_cjk(own) >= 8 and own[:8] in to_simplified(s or "", "zh-Hant")) for s in (a, b))


def neutral_title(title: str, a: str, b: str, topic_label: str = "", topic_terms=()) -> str:
    """The question both sides answer, built from their shared subject and dimension, when ``title`` is one side's
    words and the two share a dimension; else ``title``."""
    if not one_sides_words(title, a, b):
        return title
    pa, pb = _plain(a), _plain(b)
    subject = shared_subject(pa, pb)
    for words, question in DIMENSIONS:
        if not (words.search(pa) or words.search(pb)):
            continue
        # both sides argue on the dimension, and of one subject: the words both name, with the dimension's words
        # after them in each (what is judged, "饭店一晚涨到…" / "饭店也涨好几倍"), else nothing built
        if not subject:
            return title
        ia, ib = pa.find(subject), pb.find(subject)
        if ia < 0 or ib < 0 or not words.search(pa, ia + len(subject)) or not words.search(pb, ib + len(subject)):
            return title
        if words.search(subject):  # the subject names the dimension ("票价"): asked of itself
            question = "{s}是否合理？" if "价格" in question else question
        # its modifier where a side names one ("日料店的生意"): the subject as that side means it
        for t in (pa, pb):
            head = t[:t.find(subject)]
            if head.endswith("的") and _cjk(head) >= 3:
                import jieba

                words = jieba.lcut(head[:-1])
                w = words[-1] if words else ""
                if 2 <= len(w) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w[0] not in _BAD_HEAD \
                        and w not in _STOP:
                    subject = w + "的" + subject
                    break
        return question.format(s=subject)
    return title
