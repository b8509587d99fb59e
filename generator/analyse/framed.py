"""Framed disputes: a claim and the sentence answering it in a frame the text itself states (a split of
``disputes``; any topic, no list of questions). An explicit rebuttal frame ("但也有私募人士持不同看法",
"我对此持保留态度", "X听了直摇头") answers the view just before it; a contrasted holder ("X则认为", "不过，X认为",
"对此，X指出", "Y回应说") answers the view of another named holder of its paragraph when it judges, or judges
the other way, or the nearest view before it on the same subject when it judges; an assurance answers another
holder's forecast of the paragraph before; a columnist's "也有X持相反看法" reports the other side of the column,
answered by the writer after it. Returns (claim sentences, answer sentences) pairs."""

from __future__ import annotations

import itertools
import re

from .disputeholders import CAPTION, described_group, frame_holder, own_holders
from .disputejoin import norm
from .disputesides import STRONG, bare_frame, cjk
from .interviews import ANSWER_LABEL, QUESTION_LABEL
from .turns import unstamped
from .framedacross import contrast_prev_para
from .text import Sentence, is_whole_sentence, to_simplified

__all__ = ["framed", "tokens_of", "SAYS"]


#: A contrasted holder: "X则认为", "不过，X认为", "Y回应说" (an answer when it takes a stance).
HOLDER = re.compile(
    r"^(?:[（(【\[]?[^，。；]{0,4}[）)】\]])?(?:但|不过|然而|而|当然|另一方面|与此同时)?[，,]?(?:也有)?"
    r"[^，。；：“”「」]{2,40}?(?:则(?:[对向][^，。；：“”「」]{1,8}?)?(?:多次|反复|一再|始终|明确|坚持)?(?:坚持|一再|始终|明确)?"
    r"(?:认为|表示|强调|指出|批评|质疑|称|说|反驳|坚称|提醒|警告|直言|坦言)|"
    r"回应(?:说|称|道|指出|表示)|(?<=[^则])(?:坚持认为|不认同|反对说)|"
    # a holder set apart by their attitude, then their view ("X则显得更为谨慎，认为…")
    r"[则却就](?:显得|表现得|态度)?(?:更为|更加|较为|比较|相对|颇为)?(?:谨慎|审慎|保守|冷静|悲观|低调)[，,]"
    r"(?:并|也)?(?:认为|表示|指出|称|说|坦言|直言))")
HOLDER_AFTER_BUT = re.compile(
    r"^(?:但|不过|然而|对此)[，,]?(?:也有)?[^，。；：“”「」]{2,30}?(?:认为|指出|表示|强调|直言|坦言|提醒)")
#: A judgement an answer by a contrasted holder must make to be one ("没有问题", "有限", "正当").
EVAL = re.compile(r"(?:没有|不存在|没)问题|正当|合理|缺乏|欠缺|不可接受|有限|过度|夸大|不实|站不住|并非|错误|"
                  r"无法|不能|不足以|很低|很小|微小|可以忽略|可忽略|不安全|默许|默认|遗憾|反对|批评|质疑|否认|"
                  r"难以|并不|不会|未必|言之过早|为时过早|为时尚早|不大|不高|较低|较小|不能低估|不容低估|"
                  r"(?:并)?不是(?:每|所有|人人)|"
                  # a hope called slim, a demand called excessive, an outcome not expected ("希望渺茫", "要求过于严苛")
                  r"渺茫|过于|不看好|难有")
#: A sentence that takes a stance (what the claim answered must do, unless its holder is named).
STANCE = re.compile(r"不|没有|无法|缺乏|欠缺|有限|过度|夸大|不足|存疑|质疑|批评|反对|遗憾|正当|合理|必要|"
                    r"问题|风险|担忧|默许|默认|只是|仅|而非|而不是|并非|很低|很轻|可以忽略|可忽略|灾|严重")
#: A sentence stating someone's view (what an explicit frame can answer).
VIEW = re.compile(r"认为|表示|指出|[称说]|批评|预计|估计|判断|看来|坦言|直言|强调|警告|提醒|担心|担忧|[“「]")
#: A view someone holds (a reporting or judging verb), as opposed to a fact or a scene reported.
HELD = re.compile(r"认为|表示|指出|[称说](?![明法])|担心|担忧|质疑|批评|预计|预测|推估|估计|判断|看来|坦言|直言|强调|相信|怀疑|警告")
#: How far back (in paragraphs) the claim a frame answers may be.
REACH = 2
#: Sentences after a frame that carry its argument (same paragraph).
CARRY = 2
def tokens_of(s: Sentence, stop: frozenset) -> set[str]:
    """A sentence's words as pairs of Chinese characters, the topic's own names left out (word
    cuts differ between sentences: 韩国政府 / 韩国…政府)."""
    text = re.sub(r"[^\u4e00-\u9fff]+", "|", s.simple[:300])
    pairs = {text[i:i + 2] for i in range(len(text) - 1) if "|" not in text[i:i + 2]}
    return pairs - stop


def _carry(ss: list[Sentence], i: int, by_sentence) -> list[Sentence]:
    """The frame sentence and the sentences after it in its paragraph that carry its argument
    (until another holder speaks)."""
    out = [ss[i]]
    # a group the frame leaves unnamed ("但也有私募人士持不同看法") is whoever speaks next
    seen = {sp.name for sp in own_holders(ss[i], by_sentence) if sp.kind != "group"}
    for x in ss[i + 1:i + 1 + CARRY]:
        if len(out) >= 2 and bare_frame(out[0]) and ALSO.match(x.simple):
            break  # "X则不完全同意。他说，…。他也认为，…": his argument was the sentence after the frame
        if x.paragraph != ss[i].paragraph or STRONG.search(x.simple) or HOLDER.match(x.simple) \
                or AGREED.search(x.simple) or NEW_POINT.match(x.simple) or WRITER_TURN.match(x.simple):
            break
        who = {sp.name for sp in by_sentence.get((x.article, x.index), ())}
        if seen and who and not (who & seen) and not _unnamed(seen, who, x):
            break
        seen |= who
        out.append(x)
        if cjk(out[0].simple) >= 24:
            break  # a full sentence of argument needs one more at most
    if len(out) == 1 and bare_frame(ss[i]):
        out += _argument_after(ss, i, by_sentence, seen)
    return out


#: A transcript's section label on a line of its own ("【同期声】", "[解说]").
LABEL_LINE = re.compile(r"^\s*[【\[][^】\]]{1,8}[】\]]\s*$")
#: Paragraphs a bare frame's argument may open after it (a transcript's caption line between them).
ARGUMENT_REACH = 2


def _argument_after(ss: list[Sentence], i: int, by_sentence, seen: set[str]) -> list[Sentence]:
    """The argument of a frame that ends its paragraph with none of its own ("不过，也有专家持不同看法。"):
    the paragraph after it, when nobody else speaks there (its holder unnamed, the frame's, or "他/她"),
    up to ``CARRY`` sentences; [] when the next paragraph is another party's."""
    k = i + 1
    while k < len(ss) and LABEL_LINE.match(ss[k].simple):
        k += 1  # a transcript's "【同期声】" between the frame and the turn it announces
    if k >= len(ss) or ss[k].article != ss[i].article or ss[k].paragraph == ss[i].paragraph \
            or ss[k].para_index - ss[i].para_index > ARGUMENT_REACH:
        return []
    first = ss[k]
    if STRONG.search(first.simple) or HOLDER.match(first.simple) or QUESTION_LABEL.match(first.simple) \
            or WRITER_TURN.match(first.simple) or not is_whole_sentence(first.original):
        return []
    named = [sp for sp in own_holders(first, by_sentence) if sp.kind != "group"]
    who = {sp.name for sp in named}
    groups = {sp.name for sp in own_holders(ss[i], by_sentence) if sp.kind == "group"}
    if who and not (who & seen) and not _unnamed(seen, who, first) \
            and not any(g in first.simple[:40] for g in groups) and not described_group(groups, named, seen):
        return []  # "家长们显然并不买账。" then the education bureau's statement: not the parents' argument
    out = [first]
    for x in ss[k + 1:k + CARRY]:
        if x.paragraph != first.paragraph or STRONG.search(x.simple) or HOLDER.match(x.simple) \
                or NEW_POINT.match(x.simple):
            break
        out.append(x)
    return out


def _unnamed(seen: set[str], who: set[str], x: Sentence) -> bool:
    """Whether a sentence is the frame's holder speaking on, whatever attribution it was given: it opens
    on a pronoun ("…则持不同看法。她指出…"), or names the holder the frame left unnamed ("但也有交通专家
    持不同看法。交通专家孙立认为…")."""
    return bool(re.match(r"(?:他|她)(?!们)", x.simple)) or any(h and h in x.simple[:30] for h in seen)


def _claim_before(ss: list[Sentence], i: int, anaphoric: bool, tokens, by_sentence):
    """The sentence a frame at ``ss[i]`` answers: the claim just before (an explicit frame, "持不同
    看法", "对此持保留态度"); else the nearest one before on the same subject (a shared content word),
    in the frame's own paragraph, or in one before it when it takes a stance or has a named holder.
    Never across an interview's question."""
    mine = tokens(ss[i]) | (tokens(ss[i + 1]) if i + 1 < len(ss) and ss[i + 1].paragraph == ss[i].paragraph else set())
    for j in range(i - 1, max(-1, i - 12), -1):
        q = ss[j]
        if ss[i].para_index - q.para_index > REACH or QUESTION_LABEL.match(q.simple):
            return None
        if not _claimish(q) and not (anaphoric and j == i - 1 and _said_line(q)):
            continue
        if anaphoric and REACTION.match(q.simple):
            continue  # "这一说法不但没平息争议…" reacts to the claim before it: the frame answers that claim
        if anaphoric:
            # an explicit frame answers the view just before it; a bare fact there leaves the
            # frame's target unknown (a column's "也有人持相反看法" answers the column itself), unless
            # it is the data backing the view before it ("…可能加剧就业压力。根据统计局数据，…")
            if q.paragraph == ss[i].paragraph and j == i - 1 or VIEW.search(q.simple) or CAPTION.match(q.original):
                return q
            p = ss[j - 1] if j and EVIDENCE.match(q.simple) else None
            return p if p is not None and p.paragraph == q.paragraph and VIEW.search(p.simple) \
                and _claimish(p) else None
        if len(tokens(q) & mine) >= 2 and (q.paragraph == ss[i].paragraph or STANCE.search(q.simple)
                                   or RISK.search(q.simple) or by_sentence.get((q.article, q.index))):
            return q
    return None


def _said_line(q: Sentence) -> bool:
    """An unterminated line reporting what someone said (a notes list item, "官方的回应：X上说，将…[^3]"),
    which an explicit frame right after it answers ("刘阿姨听了直摇头：…")."""
    text = re.sub(r"\[\^?\d+\]$", "", q.original.strip())
    return bool(text) and text[-1] not in "。！？!?.；;…" and VIEW.search(q.simple) is not None \
        and is_whole_sentence(text + "。") and not STRONG.search(q.simple)


def _claimish(q: Sentence) -> bool:
    return (is_whole_sentence(q.original) and not QUESTION_LABEL.match(q.simple)
            and not STRONG.search(q.simple) and len(norm(q.simple)) >= 10)


#: Shared content pairs by which an earlier view must beat the one just before a frame to be the one answered.
SPOKEN_MARGIN = 3


def _spoken_of(ss: list[Sentence], i: int, a: Sentence, b: list[Sentence], tokens, who_b: set[str], names) -> Sentence:
    """The view an explicit frame answers: the one just before it (``a``), unless its argument speaks of none of
    that and plainly of an earlier view within ``REACH`` paragraphs ("…已知病原体…。…他提醒，民众应落实手部卫生…。
    不过也有立委不以为然。X指出，…不能排除有新病原的可能": the legislator answers the known pathogens, not the
    hand hygiene). Only for a frame opening its paragraph ("对此" points at the sentence just before)."""
    argument = set().union(*(tokens(x) for x in b[1:])) if len(b) > 1 else tokens(b[0])
    best, top = a, len(tokens(a) & argument)
    for j in range(i - 1, max(-1, i - 12), -1):
        q = ss[j]
        if ss[i].para_index - q.para_index > REACH or QUESTION_LABEL.match(q.simple):
            break
        if q is a or not _claimish(q) or names(q) & who_b:
            continue
        got = len(tokens(q) & argument)
        if got >= top + SPOKEN_MARGIN and got > len(tokens(best) & argument):
            best = q
    return best


#: A claim this short (characters) is a verdict whose argument is the sentence before it ("一禁了之，我个人认为不太科学。").
VERDICT = 16


def _with_argument(ss: list[Sentence], a: Sentence) -> list[Sentence]:
    """The claim answered, with the sentence before it in its paragraph when the claim is a short verdict on it
    ("预制菜…比一些条件简陋的小食堂更安全。一禁了之，我个人认为不太科学。"): the answer disputes the argument too."""
    k = next((j for j, x in enumerate(ss) if x is a), None)
    if k is None or not k or cjk(a.simple) >= VERDICT:
        return [a]
    prev = ss[k - 1]
    if prev.paragraph != a.paragraph or not _claimish(prev) or re.match(r"(?:但|不过|然而|可是)", a.simple) is None \
            and not re.search(r"(?:我|笔者)(?:个人)?(?:认为|觉得|看来)", a.simple):
        return [a]
    return [prev, a]


#: A sentence reacting to the claim before it, which it names by a demonstrative ("这一说法不但没平息争议…").
REACTION = re.compile(r"^(?:但|不过|然而|而)?[，,]?(?:这一?|此|该|这种|这个|上述)(?:说法|观点|看法|回应|表态|解释|结论|判断|"
                      r"答复|言论|表述)")
#: A claim that forecasts or warns (what an assurance by another holder answers across a paragraph).
RISK = re.compile(r"可能|或将|恐将|预测|推估|预估|预计|预料|担心|担忧|警告|耗尽|枯竭|危机")
#: A data citation backing the view before it ("根据国家统计局数据，…"): evidence, not a view of its own.
EVIDENCE = re.compile(r"^(?:根据|据)[^，。；]{1,30}?(?:数据|统计|调查|报告|公报|资料|测算)")
#: A sentence opening a new point of a holder already speaking ("X并指出", "X还表示"): no longer the frame's argument.
NEW_POINT = re.compile(r"^(?:另外|此外)|^[^，。；“”「」]{2,16}?(?:并|还|另外|此外也?)(?:指出|表示|认为|强调|说|提到)")
#: The holder speaking on to a point of their own ("他也认为", "她还指出").
ALSO = re.compile(r"^(?:他|她)(?:也|还|并|另外)(?:指出|表示|认为|强调|说|提到)")
#: Shared content pairs a contrasted holder's answer across paragraphs needs with the claim it answers.
ACROSS_SHARED = 3


def _names(x: Sentence, by_sentence, speakers_here: set[str]) -> set[str]:
    """Who holds a sentence, by name (simplified): its holders, unless none of them is named in it and
    its head names another holder of the article ("郑宇翔以南韩为例指出，…" carried over to the holder of
    the sentence before is 郑宇翔's)."""
    got = {to_simplified(sp.name, "zh-Hant") for sp in own_holders(x, by_sentence)}
    if got and any(n in x.simple for n in got):
        return got
    head = re.split(r"[，,：:]", x.simple, maxsplit=1)[0][:24]
    named = {n for n in speakers_here if len(n) >= 2 and re.search(re.escape(n) + SAYS, head)}
    return named or got


#: A holder's saying verb after their name at the head of a sentence ("郑宇翔以南韩为例指出").
SAYS = r"[^，。；“”「」]{0,10}?(?:认为|表示|指出|强调|警告|提醒|[称说])"


#: Words judging a thing good or bad, whatever it is (a pace, a burden, a benefit): general evaluations.
GOOD = re.compile(r"稳妥|稳健|走得稳|受益|有助|进步|好处|有利于|利于|缓解|减轻|改善|合理|值得|可行|划算|(?<!不)乐观|"
                  r"省下|省去|节省")
BAD = re.compile(r"过于|太[慢快高低少多重]|保守|激进|负担|加重|挤压|冲击|吃不消|扛不住|风险|代价|不够|不足|悲观|谨慎|"
                 r"不公|吃亏|划不来|得不偿失")


def _valence(text: str) -> int:
    """+1 when the last evaluation of a text is good, −1 when bad, 0 when it evaluates nothing."""
    last = max(((m.start(), sign) for rx, sign in ((GOOD, 1), (BAD, -1)) for m in rx.finditer(text[:300])),
               default=(-1, 0))
    return last[1]


def _opposed_valence(a: str, b: str) -> bool:
    """Whether two holders judge in opposite ways ("步调相当保守" / "渐进调整比较稳妥")."""
    va, vb = _valence(a), _valence(b)
    return va != 0 and vb != 0 and va != vb


#: Sentences before a contrasted holder searched for the view it answers, at most (a paragraph may be long).
CONTRAST_REACH = 6


def _contrast_before(ss, i: int, names, mine: set[str]):
    """The view a contrasted holder answers in its own paragraph ("A认为…。B则说…"): the nearest sentence
    before it held by another named holder (never one of its own)."""
    for j in range(i - 1, max(-1, i - 1 - CONTRAST_REACH), -1):
        q = ss[j]
        if q.paragraph != ss[i].paragraph:
            return None
        who = names(q) or _attitude_holder(q.simple)
        if who & mine:
            return None
        if who and _claimish(q):
            return q
    return None


#: A holder's attitude heading their words ("对于谈判前景，孙某相对乐观：“…”"): the words are theirs.
_ATTITUDE = re.compile(r"^(?:对于?[^，,：:“”「」]{1,12}[，,])?(?P<who>[^，,：:“”「」]{2,24}?)(?:则|却|也)?(?:相对|较为|比较|颇为|十分|非常|更为|更加)?"
                       r"(?:乐观|悲观|谨慎|审慎|保守)[：:]")


def _attitude_holder(simple: str) -> set[str]:
    """The holder an attitude heading a sentence names (``_ATTITUDE``), as a set of one, or an empty set."""
    m = _ATTITUDE.match(simple)
    return {m.group("who")} if m else set()


#: A sentence adding to what its speaker just said ("而且", "此外", "另外"), unless it brings in another party
#: ("此外，也有学者持不同看法").
ADDS = re.compile(r"^(?:[^，。：:“”「」]{1,10}[：:])?(?:而且|并且|此外|另外|况且|再者|再说|同时|还有|加上)[，,]?(?![^，。]{0,4}有)")


def framed(ss, by_sentence, tokens) -> list[tuple[list, list]]:
    out = []
    here = {to_simplified(sp.name, "zh-Hant") for x in ss for sp in by_sentence.get((x.article, x.index), ())}
    names = lambda x: _names(x, by_sentence, here)  # noqa: E731
    out += _responses(ss, by_sentence, tokens, names)
    for i, s in enumerate(ss):
        if RESPONSE.match(s.simple):
            continue
        strong = STRONG.search(s.simple)
        holder = None if strong else (HOLDER.match(s.simple) or HOLDER_AFTER_BUT.match(s.simple))
        if not (strong or holder) or QUESTION_LABEL.match(s.simple) or ANSWER_LABEL.match(s.simple) and \
                i and QUESTION_LABEL.match(ss[i - 1].simple):
            continue
        if strong and ADDS.match(unstamped(s.simple)):
            continue  # "而且…我持保留态度": the speaker adds a second worry to the first, answering no one
        b = _carry(ss, i, by_sentence)
        if holder and "我" in holder.group(0):
            continue  # the writer turning their own argument answers nothing
        # "X则不完全同意。他说，…": the pronoun is the frame's holder, whoever the attributions carried over
        who_b = set().union(*(names(x) for k, x in enumerate(b) if not (k and re.match(r"(?:他|她)(?!们)", x.simple))))
        judged = strong or EVAL.search(s.simple[holder.end():] + "".join(x.simple for x in b[1:2]))
        # two named holders in one paragraph, the second set against the first ("A认为…。B则说…"):
        # a disagreement whatever words the answer judges in
        a = _contrast_before(ss, i, names, who_b) if holder and who_b and HOLDER.match(s.simple) else None
        if a is not None and not judged and not _opposed_valence(a.simple, "".join(x.simple for x in b[:2])):
            a = None  # two holders on two aspects ("续航领先" / "内饰更舒适"): nothing set against anything
        if a is None and holder and who_b:
            # the same across a paragraph break: "A认为…。" then a paragraph opening "但B提醒，…" / "B则强调，…"
            a = contrast_prev_para(ss, i, names, who_b, bool(judged), b[:2], tokens, _claimish, _opposed_valence)
        if a is None:
            # "对此，X指出…" names what it answers: the view just before, like an explicit frame
            a = _claim_before(ss, i, bool(strong) or s.simple.startswith("对此"), tokens, by_sentence)
            if a is not None and holder and not judged:
                # an assurance against another holder's forecast or warning just before ("X预测…可能耗尽。"
                # / "官方则多次强调，…有保障"), on the same subject
                who_a = names(a)
                if not (HOLDER.match(s.simple) and (who_a or HELD.search(a.simple)) and who_b and not (who_a & who_b)
                        and RISK.search(a.simple) and s.para_index - a.para_index <= 1
                        and len(tokens(a) & tokens(s)) >= ACROSS_SHARED):
                    continue
        if a is None and strong:
            # a column's "也有X持相反看法" reports the other side of the column itself: with the writer
            # answering it after ("我并不否认…，但…"), the view reported and the writer's answer
            view = [s] + list(itertools.takewhile(
                lambda x: x.paragraph == s.paragraph and not WRITER_TURN.match(x.simple), ss[i + 1:i + 1 + CARRY]))
            mine = _writer_answer(ss, i + len(view))
            if mine and len(view) > 1 and not _conceded(ss, i, view, set()):
                out.append((view, mine))
            continue
        if a is None:
            continue
        if holder is not None and not HOLDER.match(s.simple) and not (by_sentence.get((a.article, a.index))
                                                                      or frame_holder(a) or HELD.search(a.simple)):
            continue  # "但业内认为…" after a fact or a scene turns the story, it answers no one
        if strong and a.paragraph != s.paragraph and not s.simple.startswith("对此"):
            a = _spoken_of(ss, i, a, b, tokens, who_b, names)
        who_a = names(a)
        if who_a and who_a & who_b:
            continue  # one holder against themselves: a turn of their argument, not a dispute
        if _conceded(ss, i, b, who_a or {sp.name for sp in frame_holder(a)}):
            continue
        out.append((_with_argument(ss, a), b))
    return out


#: A response naming what it answers, then who answers ("对于家长停课的呼声，市教育局有关负责人表示，…",
#: "针对网传的说法，X回应称…"): the thing answered, then the holder's saying verb.
RESPONSE = re.compile(r"^(?:但|不过|而)?[，,]?(?:对于|针对|面对|关于)(?P<what>[^，。；：“”「」]{2,24}?)(?:的)?"
                      r"(?:呼声|说法|质疑|担忧|担心|传言|传闻|疑问|疑虑|指责|批评|要求|诉求|声音|观点|看法|猜测|建议|呼吁)[，,]"
                      r"[^，。；：“”「」]{2,30}?(?:表示|回应|指出|认为|强调|称|说|澄清|坦言|直言)")


def _responses(ss: list[Sentence], by_sentence, tokens, names) -> list[tuple[list, list]]:
    """A response naming what it answers ("对于家长停课的呼声，教育局表示…不会…停课") and the view it names: the
    nearest whole sentence before it (within ``REACH`` paragraphs, never across an interview's question) sharing
    two content words with what it names, held by someone else. The response must judge (``EVAL``)."""
    out = []
    for i, s in enumerate(ss):
        m = RESPONSE.match(s.simple)
        if not m:
            continue
        b = _carry(ss, i, by_sentence)
        if not EVAL.search("".join(x.simple[m.end() if k == 0 else 0:] for k, x in enumerate(b[:2]))):
            continue
        what = tokens(Sentence(s.article, s.paragraph, s.index, s.para_index, 0, m.group("what"), m.group("what"),
                               "", ""))
        who_b = set().union(*(names(x) for x in b))
        for j in range(i - 1, max(-1, i - 12), -1):
            q = ss[j]
            if s.para_index - q.para_index > REACH or QUESTION_LABEL.match(q.simple):
                break
            if _claimish(q) and len(tokens(q) & what) >= 2 and not (names(q) & who_b):
                out.append(([q], b))
                break
    return out


#: The writer answering a view just reported: their own frame, or a concession then its turn.
WRITER_TURN = re.compile(r"^(?:但|不过|然而)?[，,]?(?:我|笔者)(?:却|则|倒|也)?(?:(?:并)?不(?:否认|反对)|承认)[^。！？]{0,30}?[，,](?:但|却|然而|可)|"
                         r"^(?:但|不过|然而)?[，,]?(?:我|笔者)(?:却|则|倒)?(?:认为|以为|看来|觉得|不(?:太|完全)?(?:同意|认同))")


def _writer_answer(ss: list[Sentence], k: int) -> list[Sentence]:
    """The writer's answer opening at ``ss[k]`` (same paragraph as the sentence before) and the sentence
    after it in its paragraph, or []."""
    if k >= len(ss) or not k or ss[k].paragraph != ss[k - 1].paragraph or not WRITER_TURN.match(ss[k].simple):
        return []
    return [ss[k]] + [x for x in ss[k + 1:k + 2] if x.paragraph == ss[k].paragraph]


#: The writer granting the point just made against them ("我同意这一点", "这一点我承认").
AGREED = re.compile(r"^[^，。]{0,6}(?:我|笔者)(?:也|完全|基本|部分)?(?:同意|认同|赞同|承认)(?:这一点|这点|此|他的|她的)?|"
                    r"^(?:这一点|这点)(?:我|笔者)(?:也|完全)?(?:同意|认同|承认)")


def _conceded(ss: list[Sentence], i: int, b: list[Sentence], who_a: set) -> bool:
    """Whether the writer, who made the claim answered (no other holder is named for it), grants the
    answer in the sentences after it in its paragraph ("当然，也有学者认为我低估了风险。……我同意这一
    点"): a point granted is no dispute."""
    if who_a:
        return False
    after = [x for x in ss[i + 1:i + 2 + CARRY + 1] if x.paragraph == ss[i].paragraph]
    return any(AGREED.search(x.simple) for x in after)
