"""The sides of a dispute (``disputes.py``): a side's statement, citations and holders from its
(citation, sentence) items, and the readings of a question, an answer and a concession they use.

Split out of ``disputes.py``, which finds the disputes."""

from __future__ import annotations

import re

from .disputejoin import norm
from .disputequestion import claim_clauses, closed
from .disputeholders import CAPTION, RESPONSE_LEAD, frame_holder, holders, uncaptioned
from .speakers import split_holder
from .interviews import QUESTION_LABEL
from .model import Citation, Side, Speaker
from .statements import clean_statement
from .text import Sentence, to_simplified
from .turns import STAMP, TURN_HEAD
from .views import is_camp

__all__ = ["STRONG", "side", "conceded_part", "framed_citations", "answering", "asked", "question_text", "cjk",
           "well_formed_question",
           "bare_frame"]

#: An explicit statement of disagreement with what was just said (the sentence before).
STRONG = re.compile(
    r"持(?:不同|相反|反对|保留)(?:的)?(?:看法|观点|意见|态度)|(?:看法|观点|意见)(?:截然)?相反|"
    r"不(?:同意|认同|赞同)(?:这[一种个]?|上述|此类|该)?(?:看法|观点|说法|判断|结论)|"
    # a demonstrative pointing back at what was just said, whatever it is called ("不认同这种区分")
    r"不(?:同意|认同|赞同|接受)(?:这[一种个样]|上述|此类|此种)[^，。；：“”「」]{1,6}?(?=[。，,；;：:]|$)|"
    r"提出(?:了)?(?:批评|质疑|异议|反驳)|予以反驳|反驳(?:说|称|道)|(?:则|却)反驳(?=[，,：:「“])|驳斥|并非如此|不以为然|"
    r"(?:这|此)(?:话|说法|观点|判断)只对了一半|(?:对此|对这)[^，。]{0,6}(?:评价|看法|意见)不一|"
    r"不会用[^，。]{1,16}(?:这个|这种|这一)说法|另一种(?:观点|看法|声音)认为|"
    # a view set against the one just before ("与之相对，X说…", "与此相反，Y认为…")
    r"^(?:[但而不过然]{1,2}[，,]?)?(?:与之相对|与此相对|与之相反|与此相反)[，,][^，。；：“”「」]{0,30}?"
    r"(?:说|认为|表示|指出|主张|坚持|相信|判断)|"
    # the other camp of a split the text states ("另一派则认为", "另一方却主张")
    r"^(?:[但而不过然]{1,2}[，,]?)?另(?:一|有一)?(?:派|方|些人|部分人|种意见)(?:人士)?(?:则|却)?(?:认为|主张|表示|指出|相信)|"
    # the speaker's own dissent from the point just made ("对这一点我不完全同意", "我这边就是不太一样的看法")
    r"(?:对|就)(?:这|此)一?点[，,]?(?:我|笔者)(?:并)?(?:不完全|不太|不大|不|并不)(?:同意|认同|赞同)|"
    r"(?:我|笔者)(?:并)?(?:不完全|不太|不大)(?:同意|认同|赞同)(?=[。，,；;：:]|$)|"
    r"(?:我|笔者)[^，。；：“”「」]{0,6}?(?:有|是)?(?:一些|一点|点)?(?:不太|不大|不)一样的(?:看法|观点|意见|想法)|"
    r"认为我(?:们)?(?:低估|高估|夸大)了|(?:我|笔者)对此(?:持)?(?:保留|怀疑|存疑)|"
    r"(?:听了|听罢|听后|对此)[^，。：:“”「」]{0,4}?(?:直|连连|频频|一个劲儿?地?)?摇头|嗤之以鼻|不买账|"
    # a holder set against the view just before, the argument in the sentences after ("X则不完全同意。他说，…")
    r"^[^，。；：“”「」]{2,20}?(?:则|却)(?:并)?(?:不完全|不太|不大|不|并不)(?:同意|认同|赞同)(?:此|这一?点)?(?=[。，,；;：:]|$)|"
    # a holder set apart by not sharing the optimism or the worry just stated, the argument after ("X则不这么乐观。
    # 他认为，…", "Y却没那么担心")
    r"^[^，。；：“”「」]{2,20}?(?:则|却)(?:并)?(?:不|没有?)(?:这么|那么|如此|太|怎么)?(?:乐观|看好|悲观|担心|担忧|买账)"
    r"(?=[。，,；;：:]|$)")


_MARKUP_HEAD = re.compile(r"^(?:[=~#>]+\s*|[-+]\s+)(?=[\u4e00-\u9fff“「A-Za-z0-9])")
_FOOTNOTE = re.compile(r"\[\^\d{1,3}\]")


#: A later sentence of a quote turning against what it granted first ("…无疑有巨大潜力。然而从应用角度来看，…").
_LATER_TURN = re.compile(r"[。！？]\s*[「“]?(?:然而|但是|但|不过)[，,]?")


def side(label, items, by_sentence, topic_label, simple, main=None, before=None, answer=False) -> Side:
    """A side from its (citation, sentence) items: the statement from ``main`` (else the first
    citation of a named holder, else the first long enough), every citation, the named holders."""
    def ok(item, named):
        c, x = item
        return cjk(c.quote) >= 16 and not bare_frame(x) and not QUESTION_LABEL.match(x.simple) and \
            not (CAPTION.match(x.original) and x.start == 0 and uncaptioned(c.quote) == c.quote) and \
            not c.quote.rstrip("”」』").endswith(("？", "?")) and \
            (not named or holders([x], by_sentence, before))
    camp = items[0] if ok(items[0], False) and is_camp(items[0][1].simple) else None
    first = main or camp or next((it for it in items if ok(it, True)), None) or \
        next((it for it in items if ok(it, False)), None) or _longest_argument(items)
    if main is None and not answer:
        first = _turned_to(items, first, ok)
    text = uncaptioned(_unturned(simple(first[0]), first[1], by_sentence))
    stance = _stance_before(items, first, simple) if answer else ""
    if stance:
        text = stance  # "但也不全是补贴。硬件成本确实降得很快。" before the figures that back it states the answer
    text = re.sub(r"^(?:(?:回复|回覆)\s*)?(?:@[^\s：:，。@]{1,16}\s*[：:]?\s*)+(?=\S{6})", "", text)  # a reply's handles
    text = re.sub(r"^(?:回复|回覆|回應|回应)\s*[^\s：:，。@]{1,16}[：:]\s*(?=\S{6})", "", text)  # "回复白鹭过境：…"
    lead = RESPONSE_LEAD.match(text) if answer else None
    if lead and cjk(text[lead.end():]) >= 10:
        text = text[lead.end():]  # "对于街坊…的担忧，" names what the answer answers: the other side's words
    turn = _LATER_TURN.search(text) if answer else None
    if turn and cjk(text[turn.end():]) >= 10:
        text = text[turn.end():]  # an answer's argument is its turn, not what it grants first
    statement = clean_statement(conceded_part(asked(TURN_HEAD.sub("", _unlabelled(text), count=1))), topic_label,
                                keep_frame=True)
    statement = _FOOTNOTE.sub("", statement)
    statement = _MARKUP_HEAD.sub("", statement)  # a highlight's or a list's marks ("==如果…") are no words  # a notes export's footnote mark ("…负担[^3]") is no word of it
    # a later part of a sentence ("…，但我们认为…") is not held by who the sentence's head names
    heads = [x for c, x in items if x.original.strip().startswith(c.quote[:8])]
    framer = _framer(items)
    if framer is not None:
        # "X则不完全同意。他说，…": he is X, whoever the attributions carried over to the pronoun
        speakers = (framer,) + tuple(sp for sp in holders([x for x in heads if not _PRONOUN.match(x.simple)],
                                                          by_sentence, before) if sp.name != framer.name)
    else:
        speakers = holders(heads, by_sentence, before)
    # a rhetorical question ending the argument ("…，拿不出方案还指望法院一直等？") is not its statement
    head = re.sub(r"[，,][^，,。]*[？?]。?$", "。", statement)
    statement = head if cjk(head) >= 8 and _TAKES_POSITION.search(head) else re.sub(r"([？?])。$", r"\1", statement)
    own = (framer,) if framer is not None and _PRONOUN.match(first[1].simple) else holders([first[1]], by_sentence, before)
    if len(own) == 1 and own[0].kind == "person":
        # "她指出，…": the statement's holder, named
        statement = re.sub(r"^(?:他|她)(?!们)(?=[^，。]{0,6}[，,：:])", to_simplified(own[0].name, "zh-Hant"), statement)
    if any(sp.kind == "person" for sp in speakers):
        # "也有专家持不同看法。" then the expert named: the side is held by the expert, not by "专家" as well
        # (a described holder, "一位不愿具名的白酒经销商", "Sora团队负责人", is one of the side's own: kept)
        speakers = tuple(sp for sp in speakers if sp.kind != "group" or cjk(sp.name) > 3)
    return Side(label, (), framed_citations(items), statement, speakers)


#: Words of a position (a judgement, a denial, a forecast): a statement without them, cut of its closing rhetorical
#: question, would only report ("研报说到2030年一年交150架，…市场" without "现在不上车什么时候上车？").
_TAKES_POSITION = re.compile(r"不|没|沒|无|無|未必|并非|非|别|否|会|將|将|能|可能|应该|應該|应当|必须|需要|认为|認為|觉得|覺得|"
                             r"担心|擔心|相信|看来|太|过于|影响|導致|导致|造成|意味|说明|证明|利好|利空|合理|公平|有利|值得|"
                             r"难|難|容易|关键|問題|问题|风险|風險|好|差|错|对")


#: A sentence turning against what its speaker granted in the sentence before ("我觉得短期有帮助，…。但是你要讲止跌
#: 回稳我觉得还不行，…"): what the speaker holds.
_TURNS_ON = re.compile(r"^[「“]?(?:但是|但|不过|然而|可是)[，,]?\s*(?=\S)")


def _turned_to(items, first, ok):
    """The item a claim side is stated by: ``first``, or the next sentence of its paragraph when that one turns
    against it ("…短期有帮助。但是…还不行"): a concession then its turn holds the turn."""
    k = next((i for i, it in enumerate(items) if it is first), None)
    if k is None or k + 1 >= len(items):
        return first
    nxt = items[k + 1]
    if nxt[1].article == first[1].article and nxt[1].paragraph == first[1].paragraph and \
            nxt[1].index == first[1].index + 1 and _TURNS_ON.match(nxt[1].simple) and ok(nxt, False) and \
            cjk(nxt[1].simple) >= 12:
        return nxt
    return first


#: A timestamped turn's stamp and label ("[00:04:02] 韩老师：", "2025-03-02 15:20 孙悦："): no word of what is said.
_STAMPED_LABEL = re.compile(STAMP.pattern + r"[^，。：:“”「」（(]{1,14}?(?:[（(][^）)]{1,40}[）)])?[：:]\s*(?:@[^\s，。：:@]{2,8}\s*)?")


_BARE_LABEL = re.compile(r"^(?P<who>[^，。：:“”「」（(\s]{2,8}|[A-Za-z][A-Za-z0-9_.\-]{1,19})[：:]\s*")


def _unturned(text: str, x: Sentence, by_sentence) -> str:
    """A turn's sentence without the label of the speaker it is held by ("孙老师：对，我估计…" → "我估计…")."""
    m = _BARE_LABEL.match(text)
    if m and any(to_simplified(sp.name, "zh-Hant") == m.group("who") for sp in by_sentence.get((x.article, x.index), ())):
        return re.sub(r"^(?:对|嗯|是的|没错|是啊)[，,]\s*(?=\S{6})", "", text[m.end():])
    return text


#: A thread's post label ("2楼：", "楼主：", "#12 "): where the words are, not who holds them.
_FLOOR = re.compile(r"^(?:\d{1,4}\s*[楼層层]|楼主|樓主|层主|層主|沙发|沙發|板凳)\s*[：:]\s*(?=\S{6})")


def _unlabelled(text: str) -> str:
    """A turn's words without its stamp and label, nor the bare "对，" acknowledging the turn before."""
    m = _STAMPED_LABEL.match(text) or _FLOOR.match(text)
    text = re.sub(r"^(?:对|嗯|是的|没错|是啊)[，,]\s*(?=\S{6})", "", text[m.end():]) if m else text
    # an answer's numbered part ("四、有人说…") is no word of the claim
    return re.sub(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]\s*(?=\S{6})", "", text)


#: A concession and its turn ("…确实首当其冲；但对整体经济而言，分量很轻"): the side is what follows.
_CONCESSION = re.compile(r"(?:确实|固然|诚然|或许|也许|虽然|尽管|当然)[^。！？]{0,80}?[，,；;]\s*(?:但(?:是)?|不过|然而|可是)[，,]?")


def conceded_part(text: str) -> str:
    """The argument of a sentence that concedes first: the part after its turn, when it is one."""
    m = _CONCESSION.search(text)
    return text[m.end():] if m and cjk(text[m.end():]) >= 10 else text


def framed_citations(items) -> tuple[Citation, ...]:
    """A side's citations, a bare frame ("港岛大学副教授梁家慧则持不同看法。") joined to the argument
    that follows it in its paragraph (one quote the reader can check, never a quote without content)."""
    out: list[Citation] = []
    k = 0
    while k < len(items):
        c, x = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt and bare_frame(x) and nxt[1].paragraph == x.paragraph and nxt[1].article == x.article:
            joined = x.paragraph_original[x.start:nxt[1].start + len(nxt[1].original)].strip() \
                if nxt[1].start > x.start and nxt[0].quote == nxt[1].original.strip() else ""
            if joined and cjk(joined) <= cjk(c.quote) + cjk(nxt[0].quote) + 4:
                out.append(Citation(c.article, c.paragraph, joined))
                k += 2
                continue
        out.append(c)
        k += 1
    return tuple(out)


def answering(items, claim: str, simple):
    """The answer that speaks most of the claim (shares the most pairs of characters with it), when
    the first barely speaks of it and another does: of two answers joined on one side, the one on
    the claim's subject states the side (never one opening on an unresolved pronoun)."""
    pairs = {claim[i:i + 2] for i in range(len(claim) - 1) if re.match(r"[\u4e00-\u9fff]{2}", claim[i:i + 2])}

    def score(it) -> int:
        t = simple(it[0])
        return len(pairs & {t[i:i + 2] for i in range(len(t) - 1)})
    fit = [it for it in items if cjk(it[0].quote) >= 16 and not bare_frame(it[1])
           and not re.match(r"(?:他|她|它|其)", it[1].simple)]
    if len(fit) < 2 or score(fit[0]) > 2:
        return None  # the first answer speaks of the claim: it states the side
    best = max(fit, key=score)
    return best if score(best) > score(fit[0]) + 2 else None


def asked(simple: str) -> str:
    """An interview question's claim: "问：X说…，你同意吗？" → "X说…"; an answer without its label."""
    if not QUESTION_LABEL.match(simple):
        return re.sub(r"^\s*(?:答|A)\s*[：:]", "", simple)
    s = QUESTION_LABEL.sub("", simple)
    m = re.search(r"[，,]\s*(?:你|您)[^，。？?]*[？?]\s*$", s)
    return (s[:m.start()] if m else s.rstrip("？?")) + "。"


def question_text(claim: str) -> str:
    """The question: side a's claim asked, its own clauses (``disputequestion.claim_clauses``: no speaker's frame,
    exclamation or closing retort) up to about 40 characters."""
    parts = re.split(r"(?<=[，,；;])", claim_clauses(_FOOTNOTE.sub("", claim)).rstrip("。！!？?"))
    kept = []
    for p in parts:
        if kept and cjk("".join(kept) + p) > 40:
            break
        kept.append(p)
    if len(kept) < len(parts):
        kept = closed(kept)  # cut short: no clause left hanging on what was cut
    return "".join(kept).rstrip("，,、；;") + "？"


#: A reference mark left in a sentence ("[13]", "[2-3]", "[^4]"): no words of the question.
_REFERENCE = re.compile(r"\[\^?\d{1,3}(?:[-–—,，、]\d{1,3})*\]")
#: What opens a clause continuing another, not a question: a connective with a reporting verb
#: ("又指", "同时指出", "也表示"), a pronoun's frame ("他认为"), a discourse connective ("况且，",
#: "对比一下，").
_CONTINUING = re.compile(r"^(?:(?:又|并|还|也|亦|另|则|同时)(?:指出|指|称|说|表示|认为|提到|强调)|"
                         r"(?:他|她|他们|她们|其)(?:还|也|则|又)?(?:认为|指出|表示|称|说|提到|强调)|"
                         r"(?:况且|此外|另外|同时|不过|然而|但是|但|而且|而|对比一下|与此同时|换句话说)(?=[，,]))[，,：:]?")


def well_formed_question(topic: str) -> str:
    """A contention's question as a reader can use it, whatever form its sentence came from: no
    reference marks, not opening on what continues another clause ("又指中国…" → "中国…")."""
    text = _REFERENCE.sub("", topic).strip()
    rest = _CONTINUING.sub("", text, count=1).lstrip("，,：: ")
    return rest if cjk(rest) >= 6 else text


def cjk(text: str) -> int:
    return len(norm(text))


#: A bare answer ("我不这么看。", "我不认同。"): its argument is the sentence after it.
_BARE_ANSWER = re.compile(r"^[^，。]{0,4}(?:我|笔者)(?:个人)?(?:并|倒|却)?(?:不(?:太|完全|大)?(?:同意|认同|赞同)|不这么(?:看|认为|想))[。！!]?$")


#: Words of a judgement, a denial or a forecast (stricter than ``_TAKES_POSITION``, whose single characters a name or a
#: term may hold: "无人车").
_JUDGES = re.compile(r"不|没|沒|未必|并非|並非|认为|認為|觉得|覺得|担心|擔心|相信|看来|看來|应该|應該|应当|必须|必須|可能|"
                     r"将|將|会|會|难|難|太|过于|值得|问题|問題|风险|風險")


#: A line's speaker label ("沈一帆：").
_HEAD_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z0-9_·]{2,10}[：:]\s*")


def _stance_before(items, first, simple) -> str:
    """The short sentences taking a position that open the paragraph of ``first`` before it, when ``first`` only
    reports figures ("百度今年5月发布的RT6，整车价格20.46万元，上一代是48万元，降了一半多。"): what the answer holds
    ("但也不全是补贴。硬件成本确实降得很快。"), joined; '' otherwise."""
    said = simple(first[0])
    if len(re.findall(r"\d+(?:\.\d+)?", said)) < 2 or _JUDGES.search(said):
        return ""
    before = [it for it in items if it[1].article == first[1].article and it[1].paragraph == first[1].paragraph
              and it[1].index < first[1].index]
    if not before or not any(_TAKES_POSITION.search(uncaptioned(simple(c))) for c, _ in before):
        return ""
    text = "".join(_HEAD_LABEL.sub("", uncaptioned(simple(c)), count=1) for c, _ in before)
    return text if cjk(text) >= 8 else ""


def _longest_argument(items):
    """Among short sentences (a subtitle's lines), the one saying the most, a bare answer last."""
    return max(items, key=lambda it: (not _BARE_ANSWER.match(it[1].simple.strip()), cjk(it[0].quote), -items.index(it)))


_PRONOUN = re.compile(r"(?:他|她)(?!们)")
#: The holder a bare frame names at its head, set against the view before ("黄柏翰则不完全同意。").
_FRAMER = re.compile(r"^(?P<h>[\u4e00-\u9fff·．]{2,8}?)(?:则|却)")


def _framer(items) -> Speaker | None:
    """The person a side's bare frame names, when the side's next sentence speaks on as "他/她"."""
    for (c, x), (_, y) in zip(items, items[1:]):
        m = _FRAMER.match(x.simple)
        if m and bare_frame(x) and _PRONOUN.match(y.simple) and y.paragraph == x.paragraph:
            named = frame_holder(x)
            if named:
                return named[0]
            got = split_holder(m.group("h"))
            if not got or got[2] == "pronoun" or cjk(got[0]) < 2:
                return None
            shown = lambda part: x.original[x.simple.find(part):x.simple.find(part) + len(part)] \
                if part in x.simple and len(x.original) == len(x.simple) else part  # noqa: E731
            return Speaker(name=shown(got[0]), role=shown(got[1]) if got[1] else "", article=x.article,
                           paragraph=x.paragraph, kind="person")
    return None


def bare_frame(x: Sentence) -> bool:
    """A frame with no argument of its own ("我对此持保留态度。")."""
    m = STRONG.search(x.simple)
    return bool(m) and (cjk(x.simple) <= 16 or cjk(x.simple[m.end():]) <= 2)
