"""Views set against each other by the text itself (any topic; a split of ``disputes``):

* **a reported view and the writer's own**, in one sentence: "市场担心X将步后尘，但我们认为…可能性较低",
  "外界普遍认为…，我却认为…" (another party's view, then the writer's after 但/不过/却);
* **two camps**: "一派观点认为X。……另一派则担心Y" (within a paragraph or the next one), each camp's
  sentence with the sentences after it that carry its argument.

Each returns (claim part, answer part) pairs, as ``interviews`` does: sentences, or (sentence, verbatim
part) pairs.
"""

from __future__ import annotations

import itertools
import re
from itertools import islice

from .text import Sentence, is_whole_sentence

__all__ = ["reported_views", "answered_views", "quoted_back", "camps", "is_camp", "echoes", "rejected_quotes"]

#: Another party's view opening a sentence: who (the market, some people, critics …) and how they hold it.
_REPORTED = re.compile(r"^[^，。；]{0,8}?(?:市场|外界|舆论|有人|不少人|许多人|一些人|部分人士|投资者|业内|坊间|网友|"
                       r"官方|当局|[校院厂资]方)"
                       r"[^，。；]{0,6}?(?:担心|担忧|认为|以为|预期|普遍认为|质疑|猜测|指责|批评|[说称])")
#: The writer's own view answering it, after a turn ("，但我们认为", "，我却认为"; "，我们也认为" agrees), or the
#: group it fails ("官方说多劳多得，可对计件工人来说…": the claim does not hold for them).
_OWN = re.compile(r"[，,；;]\s*(?:(?:(?:但(?:是)?|不过|然而|可是)[，,]?\s*(?:我们|我|笔者|本报|本文)(?:却|则|倒|反而)?|"
                  r"(?:我们|我|笔者|本报|本文)(?:却|倒|反而))(?:认为|判断|看来|预计|相信|以为)|"
                  r"(?:但(?:是)?|可(?:是)?|然而|不过)[，,]?\s*(?=对[^，。；]{2,14}(?:来说|而言)))")
#: Reported views of an article whose short claim is looked for in the other articles, at most.
REPORTED_RECRUITS = 4
#: What a party said, right after its saying verb ("官方说多缴多得" → "多缴多得"): a claim to find made elsewhere.
_SAID_SHORT = re.compile(r"[说称][，,：:]?\s*([\u4e00-\u9fff]{4,12})$")
#: A camp's view: "一派(观点)认为", "一种观点认为", "有观点认为" … and the other camp's.
_ONE = re.compile(r"^[^，。；]{0,6}?(?:一派|一方|一种)(?:观点|看法|声音|意见)?(?:则)?(?:认为|表示|坚持|主张|乐观地?认为)")
_OTHER = re.compile(r"^[^，。；]{0,6}?(?:另一派|另一方|另一种)(?:观点|看法|声音|意见)?(?:则)?"
                    r"(?:认为|担心|担忧|表示|坚持|主张|质疑|警告|指出)")
#: Sentences after a camp's view carrying its argument (same paragraph, until the other camp).
CAMP_CARRY = 1


#: The speaker rejecting the view just reported, right after it ("有人说…，我不认同。", "…，我不这么看"), the argument
#: in the sentences after.
_REJECTED = re.compile(r"[，,；;]\s*(?:(?:但|不过|可)[，,]?\s*)?(?:我|笔者)(?:个人)?(?:并|倒|却)?"
                       r"(?:不(?:太|完全|大)?(?:同意|认同|赞同)|不这么(?:看|认为|想))(?:这[种个]?(?:说法|看法|观点))?[。！!]?$")
#: Sentences of the argument after a bare rejection, at most (same paragraph).
REJECTED_CARRY = 2


def reported_views(ss: list[Sentence], sents: list[Sentence] = ()) -> list[tuple[list, list]]:
    """(the reported view, the writer's answer) of every sentence setting another party's view against
    the writer's own. A short claim the party is said to make ("官方说多缴多得，可…") brings in the
    sentences of other articles stating it in quotation marks (the claim as its holder made it)."""
    out = []
    recruits = REPORTED_RECRUITS  # (each recruit reads the corpus once: a few per article)
    for i, s in enumerate(ss):
        m = _REPORTED.match(s.simple) or _UNNAMED_VIEW.match(s.simple)
        rejected = _REJECTED.search(s.simple, m.end()) if m and len(s.simple) <= 300 else None
        if rejected and is_whole_sentence(s.original) and len(s.original) == len(s.simple):
            # "有人说它只是套了皮，我不认同。它的…都是自己的设计": the view, then the argument after the rejection
            claim = s.original[:rejected.start()].strip()
            argument = [x for x in itertools.takewhile(lambda x: x.paragraph == s.paragraph and not
                                                       (_REPORTED.match(x.simple) or _UNNAMED_VIEW.match(x.simple)
                                                        or NEXT_TOPIC.match(x.simple)),
                                                       ss[i + 1:i + 1 + REJECTED_CARRY])]
            if len(claim) >= 6 and argument:
                out.append(([(s, claim)], argument))
            continue
        own = _OWN.search(s.simple, m.end()) if m else None
        if not own or not is_whole_sentence(s.original) or len(s.original) != len(s.simple):
            continue  # (the parts are cut verbatim: the working copy must align with the original)
        claim = s.original[:own.start()].strip()
        # (a turn to the group the claim fails, "，可对计件工人来说…", is quoted from the group on)
        cut = own.end() if s.simple[own.end():own.end() + 1] == "对" else own.start()
        answer = s.original[cut:].strip().lstrip("，,；;").strip()
        if len(claim) >= 6 and len(answer) >= 8:
            said = _SAID_SHORT.search(claim) if recruits > 0 else None
            more = _said_elsewhere(said.group(1), "", s, sents) if said else []
            recruits -= bool(said)
            out.append(([(s, claim)] + more, [(s, answer)]))
    return out


#: An unnamed party's view opening a sentence of its own ("有人担心…", "也有人说…", "有专家认为…",
#: "很多年轻粉丝私信说…"): a view the writer reports to answer it.
_UNNAMED_VIEW = re.compile(
    r"^(?:[^，。；]{0,4}?(?:也|还|[里上中]))?(?:有人|有(?:些|的)?(?:专家|学者|人士|网友|观点|声音|评论)|"
    r"(?:不少|很多|许多|一些|部分)[^，。；：“”「」]{0,6}?|外界|舆论|网友|坊间)"
    r"[^，。；：“”「」]{0,4}?(?:担心|担忧|认为|以为|觉得|说|质疑|主张|指责|批评|猜测)")
#: The writer's answer opening the next sentence: their own frame ("笔者以为", "我不完全同意", "我查了"),
#: or the view named back ("这种担心…", "这种说法…", "说这话的…").
_ANSWER_OPEN = re.compile(
    r"^(?:(?:我|笔者|本文|本报)(?:个人)?(?:却|倒|则)?(?:以为|认为|看来|觉得|不(?:太|完全|大)?(?:同意|认同|赞同)|不这么(?:看|认为|想)|"
    r"查了|想说|要说)|(?:这种|这个|这一|此种|这样的|这类)(?:担心|担忧|说法|看法|观点|想法|声音|质疑|猜测)|说这话的)")
#: What the answer must do to answer: turn or deny ("但", "其实", "恰恰", "不", "低估").
_TURNS = re.compile(r"但|却|可是|其实|恰恰|并非|并不|不能|低估|高估|误解|忽视|未必|难以|没有意义|没有(?:证据|根据|依据)|"
                    r"^(?:我|笔者)(?:个人)?倒(?:是)?(?:觉得|认为)|不这么(?:看|认为|想)|"
                    r"不(?:太|完全|大)?(?:同意|认同|赞同)")
#: A sentence moving on to the next subject ("最后说说…", "第四是…", "回到游戏本身"): no part of the answer before it.
NEXT_TOPIC = re.compile(r"^(?:最后|另外|此外|其次|再说|回到|说说|接下来|下面|第[一二三四五六七八九十\d]{1,2}(?:是|个|点|，|、))")
#: Sentences of the writer's answer after its first (its argument, same paragraph).
ANSWER_CARRY = 2


def answered_views(ss: list[Sentence], by_sentence) -> list[tuple[list, list]]:
    """(an unnamed party's view, the writer's answer to it in the next sentences of its paragraph):
    "有人担心延迟上班会挤占午休。这种担心可以理解，但…", "有专家认为应该一步到位。笔者以为，这恰恰…",
    "也有人说可以申请豁免。我查了，…但…". The answer is the writer's: no holder is named for it."""
    out = []
    for i, s in enumerate(ss[:-1]):
        if not _UNNAMED_VIEW.match(s.simple) or not (is_whole_sentence(s.original) or _spoken(s.original)):
            continue
        nxt = ss[i + 1]
        if nxt.paragraph != s.paragraph or not _ANSWER_OPEN.match(nxt.simple) or \
                by_sentence.get((nxt.article, nxt.index)):
            continue
        answer = [nxt] + list(itertools.takewhile(
            lambda x: x.paragraph == s.paragraph and not by_sentence.get((x.article, x.index))
            and not _UNNAMED_VIEW.match(x.simple) and not NEXT_TOPIC.match(x.simple), ss[i + 2:i + 2 + ANSWER_CARRY]))
        if not _TURNS.search("".join(x.simple for x in answer[:2])):
            continue  # the writer goes on with the view ("这种担心不无道理。…"): no answer to it
        if _AGREES.search(nxt.simple):
            continue
        out.append(([s], answer))
    return out


def _spoken(original: str) -> bool:
    """A short spoken sentence reporting a view ("有人说是对手拿了独家。", a subtitle's line): terminated, no
    question, eight characters of its own at least."""
    s = original.strip()
    return s[-1:] in "。！!" and len(re.sub(r"[^\u4e00-\u9fff]", "", s)) >= 8


#: The writer granting the view ("这种担心不无道理", "我同意").
_AGREES = re.compile(r"不无道理|有道理|我(?:也|完全)?(?:同意|认同|赞同)(?!.{0,2}不)")


#: Words quoted back at the head of a sentence ("“有需要”“希望早一点用上”，都没有错。").
_QUOTED_HEAD = re.compile(r"^(?:[“「][^“”「」]{2,12}[”」][、，,和与]?\s*){1,3}")
_PHRASE = re.compile(r"[“「]([^“”「」]{2,12})[”」]")
#: A turn denying what was quoted back ("但是，这些都不是…的理由", "可这并不等于…").
_DENIED = re.compile(r"(?:但(?:是)?|不过|然而|可(?:是)?)[，,]?[^。！？]{0,8}?(?:不是|并非|不等于|算不上|不能成为|站不住)")
#: Sentences before a quoted-back phrase searched for the sentence that said it, at most.
QUOTED_BACK_REACH = 8


def quoted_back(ss: list[Sentence], by_sentence) -> list[tuple[list, list]]:
    """(the sentence that said some words, the writer's answer quoting them back to deny them):
    "…大家都有需要…" / "“有需要”“希望早一点用上”，都没有错。但是，这些都不是仓促上市的理由。". The words
    must be said, unquoted, in one of the sentences just before; the answer is the writer's."""
    out = []
    for i, s in enumerate(ss):
        m = _QUOTED_HEAD.match(s.simple)
        if not m or by_sentence.get((s.article, s.index)):
            continue
        answer = [s] + [x for x in ss[i + 1:i + 2] if x.paragraph == s.paragraph or x.para_index == s.para_index + 1]
        if not _DENIED.search("".join(x.simple for x in answer)):
            continue
        phrases = [p for p in _PHRASE.findall(m.group(0)) if len(re.sub(r"[^\u4e00-\u9fff]", "", p)) >= 3]
        said = next((x for x in reversed(ss[max(0, i - QUOTED_BACK_REACH):i])
                     if any(p in x.simple and not re.search("[“「]" + re.escape(p), x.simple) for p in phrases)
                     and is_whole_sentence(x.original)), None)
        if said is not None:
            # the denial states the answer ("这些都不是…的理由"), the words granted before it ("…都没有错") follow
            answer.sort(key=lambda x: not _DENIED.search(x.simple))
            out.append(([said], answer))
    return out


def camps(ss: list[Sentence]) -> list[tuple[list, list]]:
    """(one camp's view and its argument, the other camp's) of every "一派…另一派…" in a paragraph
    or the paragraph after it."""
    out = []
    for i, s in enumerate(ss):
        if not _ONE.match(s.simple):
            continue
        j = next((j for j in range(i + 1, min(len(ss), i + 8)) if _OTHER.match(ss[j].simple)
                  and ss[j].para_index - s.para_index <= 1), None)
        if j is None:
            continue
        a = [s] + [x for x in ss[i + 1:min(j, i + 1 + CAMP_CARRY)] if x.paragraph == s.paragraph]
        b = [ss[j]] + [x for x in ss[j + 1:j + 1 + CAMP_CARRY] if x.paragraph == ss[j].paragraph
                       and not _ONE.match(x.simple)]
        out.append((a, b))
    return out


def is_camp(simple: str) -> bool:
    """Whether a sentence states a camp's view ("一派观点认为…", "另一派则担心…")."""
    return bool(_ONE.match(simple) or _OTHER.match(simple))


#: What someone said, after the saying verb: a quotation, else the words up to the sentence's end.
_SAID = re.compile(r"(?:说|称|讲|表示|声明|强调|声称|宣称)(?:了)?[，,：:]?\s*(?:[“「](?P<q>[^“”「」]{2,30})[”」]|"
                   r"(?P<t>[^“”「」。！？]{4,60}))")
#: A negation put right before the words it echoes ("一点都不遗憾", "根本不是…").
_NEG = r"(?:不|并不|一点都不|一点也不|根本不|才不|哪里|绝不|不是)"
#: An echoed question's frame ("我想问一句：", "真的").
_ASK = re.compile(r"^(?:[^，。：:]{0,10}[：:])?\s*(?:真的)?")
#: Characters of a sentence read for what was said, and sayings read in it at most (a sentence of
#: 1 MB of "说" is not read as a million sayings).
ECHO_SPAN, ECHO_SAYINGS = 600, 6
#: Sentences an echo's answer carries after it (its argument, same paragraph).
ECHO_CARRY = 2
#: Sentences of other articles an echoed claim brings in at most (the claim as its holder made it).
ECHO_RECRUITS = 2


def _echoed(said: str, answer: str) -> str:
    """The words an answer echoes from what was said to turn it round, or '': the words negated
    ("说'遗憾'" / "我看一点都不遗憾"), or asked back ("说…居民生活不受影响" / "我想问一句：不受影响？")."""
    if not re.match(_NEG, said) and re.search(_NEG + re.escape(said), answer):
        return said
    body = _ASK.sub("", answer).strip()
    asked = re.sub(r"[吗呢]?[？?]$", "", body)
    return asked if body.endswith(("？", "?")) and 2 <= len(asked) <= 12 and asked in said else ""


def echoes(ss: list[Sentence], sents: list[Sentence]) -> list[tuple[list, list]]:
    """(what someone said, the answer echoing it) pairs: in one sentence ("港务集团的人说'遗憾'，我看一点
    都不遗憾") or the next ("…说施工全部达标，居民生活不受影响。" / "我想问一句：不受影响？"). The claim
    brings in the sentences of other articles saying the same words of the same thing."""
    out = []
    for i, s in enumerate(ss):
        for m in islice(_SAID.finditer(s.simple[:ECHO_SPAN]), ECHO_SAYINGS):
            said = m.group("q") or (re.split(r"[，,；;]", m.group("t"))[-1].strip() if m.group("t") else "")
            if len(re.sub(r"[^\u4e00-\u9fff]", "", said)) < 2:
                continue
            end = m.end()
            rest = s.simple[end:end + 120]  # (a window: a 1 MB sentence is never copied per match)
            cut = re.search(r"[，,；;]", rest)
            pair, echo = None, ""
            if cut and len(s.original) == len(s.simple):
                echo = _echoed(said, rest[cut.end():].split("，")[0])
                if echo:
                    k = end + cut.start()
                    pair = ([(s, s.original[:k].strip())], [(s, s.original[k + 1:].strip())])
            if pair is None:
                nxt = [x for x in ss[i + 1:i + 2] if x.para_index - s.para_index <= 1]
                echo = _echoed(said, nxt[0].simple[:ECHO_SPAN].split("。")[0]) if nxt else ""
                if echo:
                    carry = [x for x in ss[i + 2:i + 2 + ECHO_CARRY] if x.paragraph == nxt[0].paragraph]
                    pair = ([s], [nxt[0]] + carry)
            # (a rhetorical question may end the sentence: "…还指望法院一直等？")
            if pair is None or not is_whole_sentence(re.sub(r"[？?]$", "。", s.original.strip())):
                continue
            pair[0].extend(_said_elsewhere(echo, said + (m.group("t") or s.simple[max(0, m.start() - 40):m.start()]),
                                           s, sents))
            out.append(pair)
            break
    return out


def _said_elsewhere(said: str, context: str, s: Sentence, sents: list[Sentence]) -> list[Sentence]:
    """Sentences of other articles saying the same words (quoted, or of the same thing: a content word
    of the claim's context besides them)."""
    words = {context[k:k + 3] for k in range(len(context) - 2)
             if re.fullmatch(r"[\u4e00-\u9fff]{3}", context[k:k + 3]) and context[k:k + 3] not in said}
    out = []
    for x in sents:
        if x.article == s.article or said not in x.simple or not is_whole_sentence(x.original):
            continue
        quoted = re.search(r"[“「][^“”「」]{0,6}" + re.escape(said) + r"[^“”「」]{0,6}[”」]", x.simple)
        if quoted or any(w in x.simple for w in words):
            out.append(x)
            if len(out) >= ECHO_RECRUITS:
                break
    return out


#: A claim quoted only to be rejected ("我不同意“老外只是玩个打斗”的说法。", "我并不认同所谓“…”的观点"): the
#: words quoted are the view, the sentences after it the argument.
_REJECTS_QUOTED = re.compile(r"(?:^|[，,。；;])\s*(?:[^，。；“”「」]{0,8}?)(?:我|笔者|本人)(?:个人)?(?:并|也|完全|根本)?"
                             r"(?:不(?:太|完全|大)?(?:同意|认同|赞同|接受)|反对)(?:所谓)?"
                             r"[“「](?P<q>[^“”「」]{4,30})[”」](?:的|这[种个一]?)?(?:说法|看法|观点|论调|判断|结论|论断)")


def rejected_quotes(ss: list[Sentence]) -> list[tuple[list, list]]:
    """(the words quoted as a view, the argument after the sentence rejecting them) of every "我不同意“…”的说法。"
    followed by its argument in the same paragraph."""
    out = []
    for i, s in enumerate(ss):
        m = _REJECTS_QUOTED.search(s.simple[:300])
        if not m or len(s.original) != len(s.simple):
            continue
        argument = [x for x in ss[i + 1:i + 1 + REJECTED_CARRY] if x.paragraph == s.paragraph]
        rest = s.original[m.end():].strip().lstrip("，,。；;").strip()
        if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 10:
            argument = [(s, rest)] + argument[:1]  # "…的说法，因为…": the argument is in the sentence
        if argument:
            out.append(([(s, s.original[m.start("q"):m.end("q")])], argument))
    return out
