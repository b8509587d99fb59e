"""The question both sides answer. A contention is two statements answering one question: the same subject and
the same dimension (will it happen, is it safe, is it justified, how fast, how much). Read after every finder, on
whatever form the page has:

* **The asked question is the title.** When the two sides answer a question asked just before them in the same
  page (a host's "这个热度能维持多久？会不会就是一阵风？", a thread's opening "大家觉得该不该…？", an article's own
  "…能否持续？"), asked by neither side's holder, and the question shares a subject with what the sides say, the
  contention's title is that question, from its first clause on the subject ("那我再问一个，就是好多人问，" is
  the asking, not the question).
* **A bare answer carries its reason.** A side stated by a short answer that names no subject ("我觉得能持续。",
  "当然会。") is stated by the answer and its holder's next sentence in the same turn (the reason it gives).
* **Two sides share a question.** Two statements that share no subject (no content word beyond the topic's own
  terms, in their statements and quotes, nor with a question asked before them), where neither answers the other
  in so many words ("不同意", "言之过早", "并不"), do not disagree: a game's launch against a temple's opening
  hours is no contention, and none is shown (a wrong contention costs a reader more than a missing one).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .contendtitle import neutral_title
from .model import Citation, Contention, Side
from .text import Sentence, to_simplified
from .turns import DISAGREES

__all__ = ["settle", "content_grams", "asked_before", "question_core"]

#: Function words and common bigrams that name no subject.
_STOP = frozenset(
    "我们 你们 他们 她们 这个 那个 一个 没有 可以 就是 不是 因为 所以 但是 如果 还是 已经 现在 这些 那些 什么 自己 时候 "
    "这样 那样 一些 大家 很多 非常 觉得 认为 表示 指出 不会 可能 问题 情况 进行 目前 我看 一下 的是 了一 是一 不过 而且 "
    "其实 只是 还有 也是 都是 这次 本来 真的 怎么 为什么 多少 是否 能否 会不 不会 有没 没有 看法 意见 觉得 我觉 得能 "
    "个人 说的 的话 一样 不太 比较 应该 需要 这种 那种 他的 她的 我的 你的 我是 就说 直说 的人 有人 老师 各位 家人 朋友".split())

#: A side that answers the other in so many words: a rebuttal, a doubt, a denial of its words.
_ANSWERS = re.compile(r"反驳|质疑|存疑|不同意|不认同|不赞同|不这么看|并不|并非|言之过早|为时过早|不一样|不是这样|"
                      r"^[「“]?[\u4e00-\u9fff]{1,2}什么[，,！!]")

#: A line's stamp and label ("[00:10:05] 主播：", "3楼 网友A："), before its words.
_LABEL = re.compile(r"^\s*(?:\[[\d:：.]+\]\s*)?(?:[^：:。！？?!，,]{1,20}[：:])?\s*")

#: The asking around a question, not the question ("那我再问一个", "就是好多人问", "请问", "想问一下").
_ASKING = re.compile(r"^(?:那|那么|好|好的|哎|嗯|对|下面|接下来|最后|然后)?[，,]?(?:我|我们)?(?:再|想|就|来)?"
                     r"(?:问|请教|请问|聊|说|谈)(?:一个|一下|个|下|一句|两句)?(?:问题)?$|"
                     r"^(?:就是|其实)?(?:好多|很多|不少|有些|大家|网友|观众|家人们)(?:人)?(?:都)?(?:在)?(?:问|关心|好奇)$")

#: A clause ending on the asking it relays ("有观众留言问", "不少网友私信问", "读者来信问道"): what follows is the question.
_RELAYS = re.compile(r"(?:有|不少|很多|好多|一位|一些)[^，,。；;]{0,8}?(?:留言|私信|来信|來信|弹幕|彈幕|提问|提問)?"
                     r"(?:问|問)(?:道|说|說)?$")


def _cjk(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text or ""))


def content_grams(text: str, topic: frozenset = frozenset()) -> set[str]:
    """The content bigrams of a text: runs of Chinese characters cut in pairs, less function words and the topic's
    own terms (which every side shares)."""
    t = to_simplified(text or "", "zh-Hant")
    grams: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", t):
        grams.update(run[i:i + 2] for i in range(len(run) - 1))
    return {g for g in grams if g not in _STOP and g not in topic}


def topic_grams(topic_label: str, topic_terms) -> frozenset:
    out: set[str] = set()
    for w in [topic_label or ""] + list(topic_terms or ()):
        out |= content_grams(str(w))
    return frozenset(out)


def _side_text(side: Side) -> str:
    return "\n".join([side.statement] + [x.quote for x in side.citations])


def _sentence_of(cite: Citation, by_para) -> Sentence | None:
    """The first sentence of a citation's paragraph its quote holds (or that holds it)."""
    found = [x for x in by_para.get((cite.article, cite.paragraph), ())
             if x.original.strip() and (x.original.strip() in cite.quote or cite.quote.strip() in x.original)]
    return min(found, key=lambda x: x.index) if found else None


def question_core(lines: list[str], grams: set[str], topic: frozenset) -> str:
    """The question of the lines asking it, from its first clause on the sides' subject: no stamp, no label, no
    asking ("那我再问一个，就是好多人问，"), nothing after its last question mark ("郝老师先说。")."""
    text = (_LABEL.sub("", lines[0], count=1) + "".join(lines[1:])).strip()
    # the question's sentences (a run of them: "…能接受吗？会不会太吵？"), not what is said around them
    # ("那先聊安全。", "刘老师先说。")
    parts = re.findall(r"[^。！？?!]+[。！？?!]?", text)
    first = next((i for i, p in enumerate(parts) if p.endswith(("？", "?"))), None)
    if first is None:
        return ""
    run = [parts[first]]
    for p in parts[first + 1:]:
        if not p.endswith(("？", "?")):
            break
        run.append(p)
    text = "".join(run).strip()
    clauses = re.split(r"(?<=[，,；;：:])", text)
    start = 0
    for i, cl in enumerate(clauses):
        core = cl.rstrip("，,；;：: ")
        if content_grams(core, topic) & grams:
            start = i
            break
        if _RELAYS.search(core):
            continue  # "…有观众留言问，": who asks, before the question
        if not _ASKING.match(core) and _cjk(core) > 6:
            start = i
            break
    else:
        return ""
    q = "".join(clauses[start:]).strip()
    return q if 5 <= _cjk(q) <= 48 else ""


def asked_before(c: Contention, by_para, at, holders_of, topic: frozenset, reach: int = 8) -> str:
    """The question asked just before the first line of either side, in the page that holds them both, by neither
    side's holder, on the subject the sides speak of; or ''."""
    cited = [x for x in (_sentence_of(y, by_para) for y in c.a.citations + c.b.citations) if x is not None]
    if not cited or len({x.article for x in cited}) != 1:
        return ""
    first = min(cited, key=lambda x: x.index)
    paras = {x.paragraph for x in cited}
    names = {sp.name for sp in c.a.speakers + c.b.speakers}
    grams_a, grams_b = content_grams(_side_text(c.a), topic), content_grams(_side_text(c.b), topic)
    i = first.index - 1
    while i >= max(0, first.index - reach):
        x = at.get((first.article, i))
        if x is None:
            break
        if x.paragraph in paras or not re.search(r"[？?]", x.simple):
            i -= 1
            continue
        if holders_of(x) & names:
            return ""  # a side's holder asking: their own rhetorical question, not the question put to both
        # the question's lines: this one and its paragraph's asking lines just before it
        lines = [y for y in by_para.get((x.article, x.paragraph), ()) if y.index <= x.index]
        q = question_core([y.simple for y in lines if re.search(r"[？?]", y.simple) or y.index == lines[0].index],
                          grams_a | grams_b, topic)
        grams_q = content_grams(q, topic)
        if q and grams_q & grams_a and grams_q & grams_b:
            return q
        if q and grams_q & (grams_a | grams_b) and not (grams_a & grams_b):
            return q
        # a question on something else ("郝老师能听到吗？"): an aside; the question put to both may stand before it
        i = lines[0].index - 1 if lines else i - 1
    return ""


#: A bare answer: a short sentence that states a position but names no subject ("我觉得能持续。", "当然会。").
_BARE = re.compile(r"^(?:我|我们|笔者)?(?:个人)?(?:觉得|认为|看|相信|估计|判断)?(?:是)?(?:当然|肯定|绝对|应该|不)?"
                   r"[\u4e00-\u9fff]{0,4}[。！!]?$")


def with_reason(side: Side, by_para, at) -> Side:
    """A side stated by a bare answer, stated by the answer and its holder's next sentence (its reason)."""
    st = _LABEL.sub("", side.statement or "", count=1).strip()
    if not st or _cjk(st) > 8 or not _BARE.match(st) or not side.citations:
        return side
    x = _sentence_of(side.citations[0], by_para)
    y = at.get((x.article, x.index + 1)) if x is not None else None
    if y is None or y.paragraph != x.paragraph or re.search(r"[？?]", y.simple) or _cjk(y.simple) < 6:
        return side
    quote = y.original.strip()
    cites = side.citations
    if not any(quote in z.quote or z.quote in quote for z in cites if z.paragraph == y.paragraph):
        cites = cites[:1] + (Citation(y.article, y.paragraph, quote),) + cites[1:]
    return replace(side, statement=st.rstrip("。！! ") + "，" + y.simple.strip(), citations=cites)


def _paragraphs(side: Side, by_para) -> str:
    return "\n".join(x.simple for key in dict.fromkeys((y.article, y.paragraph) for y in side.citations)
                     for x in by_para.get(key, ()))


def _adjacent(c: Contention, by_para) -> bool:
    """Whether one side's words reply to the other's in the very next paragraph of one page (a chat's next
    message, a thread's next post, a guest's next turn): an exchange, whatever words it argues in."""
    def spots(side):
        return {(x.article, y.para_index) for x in side.citations for y in by_para.get((x.article, x.paragraph), ())[:1]}
    pa, pb = spots(c.a), spots(c.b)
    return any((art, i + 1) in pb or (art, i - 1) in pb for art, i in pa)


def shares_question(c: Contention, topic: frozenset, asked: str, by_para=None) -> bool:
    """Whether the two sides answer one question: a content word in common (in their statements and quotes), or
    one side's statement naming a subject (two content pairs, "整体起飞") the other side's paragraph argues on
    ("…东北整体起飞需要的是交通和住宿的基本功"), one side answering the other in so many words, or a question asked
    before them on what both speak of."""
    ga, gb = content_grams(_side_text(c.a), topic), content_grams(_side_text(c.b), topic)
    if ga & gb:
        return True
    if by_para is not None:
        for one, other in ((c.a, c.b), (c.b, c.a)):
            if len(content_grams(one.statement, topic) & content_grams(_paragraphs(other, by_para), topic)) >= 2:
                return True
    for s in (c.a, c.b):
        for line in [s.statement or ""] + [x.quote for x in s.citations]:
            t = to_simplified(_LABEL.sub("", line, count=1), "zh-Hant")
            if _ANSWERS.search(t) or DISAGREES.search(t[:40]):
                return True  # "我不同意", "我觉得没那么悲观": set against the other in so many words
    if by_para is not None and _adjacent(c, by_para):
        return True
    gq = content_grams(asked, topic)
    return bool(asked and gq & ga and gq & gb)


def settle(contentions: list[Contention], sents: list[Sentence], by_sentence, topic_label: str, topic_terms,
           editors: frozenset = frozenset()) -> list[Contention]:
    """Every contention stated as the question its sides answer: bare answers with their reasons, the question
    asked before them as its title, and none whose sides answer no common question (the editor's own questions,
    ``editors``, are kept as the editor wrote them)."""
    topic = topic_grams(topic_label, topic_terms)
    at = {(x.article, x.index): x for x in sents}
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for x in sents:
        by_para.setdefault((x.article, x.paragraph), []).append(x)

    def holders_of(x: Sentence) -> set[str]:
        return {sp.name for sp in (by_sentence.get((x.article, x.index)) or ()) if getattr(sp, "name", "")}

    out = []
    for c in contentions:
        if c.id in editors:
            out.append(c)
            continue
        c = replace(c, a=with_reason(c.a, by_para, at), b=with_reason(c.b, by_para, at))
        asked = asked_before(c, by_para, at, holders_of, topic)
        if not shares_question(c, topic, asked, by_para):
            continue
        # the asked question replaces a title made of one side's words ("我觉得能持续？"), never a question the
        # finders read from the page itself
        own = c.topic.rstrip("？?").strip()
        one_sides = not own or any(own in to_simplified(s.statement or "", "zh-Hant") for s in (c.a, c.b)) \
            or _cjk(own) < 6
        if asked and one_sides:
            out.append(replace(c, topic=asked))
        else:  # no question asked: one side's words become the subject and dimension both share, where they do
            out.append(replace(c, topic=neutral_title(c.topic, c.a.statement, c.b.statement, topic_label, topic_terms)))
    return out
