"""Turns: who speaks each paragraph of a transcript or interview, and a guest's turn that disagrees with
the guest before it (any topic; a split of ``disputes``).

A transcript labels its turns ("来宾（某大学教授张三）：", "李四：", "主持人：", "问："). When a guest's turn
opens by setting itself against the one before ("我跟张教授的看法有点不一样", "这点我不太同意", "我不这么
看"), the two guests disagree on what the host asked: the turn before (the nearest guest's turn, never
the host's question) is side a, the answering turn side b. Each side's sentences are its judgements
(a sentence taking a stance), never its greetings or background.
"""

from __future__ import annotations

import re
from collections import ChainMap

from .interviews import LABELLED_TURN, QUESTION_LABEL
from .speakercheck import checked_name
from .speakerselfnamed import ANON_TURN, anonymous_label, label_names
from .model import Speaker
from .speakerroles import addressed_surname
from .text import Sentence

__all__ = ["bounded_turn", "turn_holder", "turn_disputes", "turn_speakers", "with_turn_speakers", "DISAGREES", "TURN_HEAD", "STAMP", "unstamped"]

#: A turn's timestamp before its label: a podcast's "[00:04:50]" or "00:04:50", a chat export's
#: "2025-03-02 15:20" (a date, then a time).
STAMP = re.compile(r"^\s*(?:[\[【（(]?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?"
                   r"\s*[\]】）)]?|(?:#\s*\d{1,5}|\d{1,5}\s*(?:楼|F|L))(?=\s*[^\d\s:：，。][^:：，。]{0,13}[：:]))\s*(?=[^\d\s:：，。])")
#: A reply's label naming whom it answers ("张三 回复 李四："), or its opening ("@李四 …", "回复@李四：").
_REPLY_LABEL = re.compile(r"^(?P<who>[^\s，。：:]{2,8}?)\s*(?:回复|回覆)\s*@?(?P<to>[^\s，。：:]{2,8})$")
_ADDRESSED = re.compile(r"^(?:回复|回覆)?\s*@(?P<to>[^\s，。：:@]{2,8})\s*[：:]?\s*")


def unstamped(simple: str) -> str:
    """A turn without its timestamp ("[00:04:50] 阿峰：…" → "阿峰：…")."""
    m = STAMP.match(simple)
    return simple[m.end():] if m else simple


def _same(a: str, b: str) -> bool:
    """Whether two labels name one speaker: the same, or a surname with a form of address and a full name."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    surname = addressed_surname(short)
    return bool(surname) and full[0] == surname and 2 <= len(full) <= 4 and not addressed_surname(full)

#: A turn's label: "来宾（某大学教授张三）：" or a short name "张三：" (a host's or an interviewer's too).
_LABEL = re.compile(r"^(?P<who>[^，。：:“”「」（(]{1,10})(?:[（(](?P<desc>[^）)]{1,40})[）)])?[：:]")
#: A guest's label with its description, at the head of a turn (removed from a statement).
#: (a machine transcript's anonymous label, "说话人2：", is the app's too: never a statement's words)
TURN_HEAD = re.compile(r"^[^，。：:“”「」（(]{1,10}[（(][^）)]{1,40}[）)][：:]|^\s*" + ANON_TURN.pattern.lstrip("^"))
#: A label of a role word, a space, then a person's name ("连麦嘉宾 郝建军", "嘉宾 张三", "主持人 林晓").
#: The space may be lost in cleaning ("连麦嘉宾郝建军"): then the role word must end on a role's noun.
_ROLE_NAME = re.compile(r"^(?:(?P<role>[\u4e00-\u9fff]{2,6})[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,4})|"
                        r"(?P<role2>[\u4e00-\u9fff]{0,4}(?:嘉宾|来宾|主持人|主持|主播|观众|网友|专家|代表|委员|选手|学员|"
                        r"嘉賓|來賓|觀眾|網友|專家|代表|委員|選手|學員))(?P<name2>[\u4e00-\u9fff]{2,3}))$")
#: A role of the one who hosts (a named label's role from its self-introduction).
_HOST_ROLE = re.compile(r"主持|主播|Host|host")
#: Labels of the one who asks: a host, an interviewer, a reporter.
_HOST = re.compile(r"^(?:(?:现场)?主持人?|主播|问|记者|编者|Q|Host|host)$")
#: A turn opening against the turn before it.
DISAGREES = re.compile(
    r"(?:我|本人)?(?:不太|不完全|并不|不大|不)(?:同意|认同|赞同)|看法(?:有点|有些|略有|完全|很)?不(?:太|大)?一样|"
    r"(?:我|本人)(?:有|持)(?:点|一些)?不同(?:的)?(?:看法|意见|观点)|(?:我|本人)不这么(?:看|认为|想)|"
    r"恰恰相反|未必如此|不敢苟同|"
    # agreeing only in part ("这点我同意一半", "我只能部分同意"): the rest of the turn is what it disputes
    r"(?:只|只能|仅)?(?:同意|认同|赞同)(?:一半|一部分)|(?:只能|只)?部分(?:同意|认同|赞同)|"
    # a stance set relative to the answer before: "我比较谨慎。", "我相对悲观一点"
    r"^[^，。]{0,4}我(?:个人)?(?:是|就)?(?:比较|更|相对|反而|倒是?)(?:谨慎|保守|悲观|乐观)|"
    # a stance set against the turn before: "我倒觉得…", "我倒是乐观一点", "我觉得没那么悲观"
    r"^[^，。]{0,4}我倒(?:是)?(?:觉得|认为|看|是|不)|"
    # granting the turn before, then turning it ("有这个效果，但一两部作品撑不起…", "确实有，不过…")
    r"^(?:有这个|有这种|有道理|是有|确实|的确|没错|是的|对)[^。！？]{0,12}?[，,]\s*(?:但|不过|可)(?:是)?[，,]?|没(?:有)?(?:那么|这么)(?:悲观|乐观|严重|简单|糟糕?|差|夸张|可怕|容易|难)")
#: A sentence that judges (what a side says), as opposed to a greeting or the background.
_JUDGES = re.compile(r"我(?:个人)?(?:认为|觉得|看|估计|判断|相信)|我(?:个人)?(?:会|的)?建议|我的(?:意见|看法|观点|立场)是|不|没有|无法|难以|很难|未必|有限|很低|很高|非常|打击|冲击|风险|"
                     r"乐观|悲观|谨慎|保留|"
                     r"可能|消化|影响|先例|机会|效应")
_TITLES = ("教授", "副教授", "研究员", "总经理", "经理", "分析师", "主任", "院长", "律师", "董事长", "总裁",
           "主席", "经济学家", "学者", "专家", "合伙人", "总监", "记者")
#: Sentences a side holds at most.
TURN_SENTENCES = 2


#: A turn whose words are one closed quotation after its label ("孙某（某证券总经理）：“…。”").
_BOUNDED = re.compile(r"^[^“”「」]{1,60}?[：:]\s*[“「][^“”「」]*[”」]\s*[。！？!?]?\s*$")


def bounded_turn(paragraph_simple: str) -> bool:
    """Whether a labelled paragraph's words are one closed quotation (a sound bite in a report or a
    script): its speaker's words end where the quotation ends, and the paragraphs after it are not theirs."""
    return len(paragraph_simple) <= 5000 and _BOUNDED.match(paragraph_simple) is not None


def turn_holder(paragraph_simple: str, article: str, paragraph: str) -> Speaker | None:
    """The guest a paragraph's turn label names ("来宾（北台大学财金系教授林志远）：" → 林志远, role
    北台大学财金系教授); None for a host's or interviewer's turn, or a paragraph without a label."""
    paragraph_simple = unstamped(paragraph_simple)
    m = _LABEL.match(paragraph_simple)
    if not m or QUESTION_LABEL.match(paragraph_simple):
        return None
    who, desc = m.group("who").strip(), (m.group("desc") or "").strip()
    reply = _REPLY_LABEL.match(who)
    if reply:
        who = reply.group("who")  # "张三 回复 李四": 张三 speaks
    role_name = _ROLE_NAME.match(who)
    if role_name:
        role = role_name.group("role") or role_name.group("role2")
        name = role_name.group("name") or role_name.group("name2")
        if _HOST.match(role):
            return None  # "主持人 林晓": the host's turn
        # "连麦嘉宾 郝建军（隰县持证导游）", "嘉宾 张三": a role word, then the name; the brackets, when
        # present, give the identity (the role a reader is told)
        if checked_name(name, "person"):
            return Speaker(name=name, role=desc or role, article=article, paragraph=paragraph, kind="person")
        return None
    if _HOST.match(who) or not checked_name(who, "person" if not desc else "group"):
        return None  # (a post's stamp read as a label, "上午9:52·…", is no one: speakercheck)
    if not desc:
        return Speaker(name=who, role="", article=article, paragraph=paragraph, kind="person") \
            if 2 <= len(who) <= 8 else None
    # "来宾（…教授林志远）": the description holds the role and the name, the role's title last
    for t in sorted(_TITLES, key=len, reverse=True):
        i = desc.rfind(t)
        if i >= 0 and 2 <= len(desc) - i - len(t) <= 4:
            return Speaker(name=desc[i + len(t):], role=desc[:i + len(t)], article=article,
                           paragraph=paragraph, kind="person")
    if 2 <= len(desc) <= 4:
        return Speaker(name=desc, role=who, article=article, paragraph=paragraph, kind="person")
    return None


def _turns(ss: list[Sentence]) -> list[tuple[Speaker | None, bool, list[Sentence]]]:
    """(guest, is the host's, sentences) per labelled paragraph, in order."""
    out = []
    # "说话人 2：…我是某投顾副总黄某": an anonymous label its speaker's self-introduction names
    named = label_names(list(dict.fromkeys(s.paragraph_simple for s in ss)))
    for s in ss:
        # a timestamped label opens a turn wherever it stands (a transcript whose turns were joined
        # into one paragraph); an unstamped one only at the head of a paragraph
        stamped = STAMP.match(s.simple) is not None and _LABEL.match(unstamped(s.simple)) is not None
        if out and out[-1][2][0].paragraph == s.paragraph and not stamped:
            out[-1][2].append(s)
            continue
        text = unstamped(s.simple)
        labelled = bool(_LABEL.match(text) or LABELLED_TURN.match(text))
        if not labelled:
            out.append((None, False, [s]))
            continue
        anon = anonymous_label(text)
        if anon:
            got = named.get(anon)
            who = Speaker(name=got[0], role=got[1], article=s.article, paragraph=s.paragraph, kind="person") \
                if got else None
            out.append((who, bool(got) and _HOST_ROLE.search(got[1]) is not None, [s]))
            continue
        who = turn_holder(text, s.article, s.paragraph)
        out.append((who, who is None, [s]))
    return out


def turn_speakers(ss: list[Sentence]) -> dict[tuple[str, int], Speaker]:
    """(article, index) → the speaker a sentence's turn label names, for every sentence of a conversation
    (two speakers or more; a host's or interviewer's turns left out)."""
    turns = _turns(ss)
    if len({w.name for w, host, _ in turns if w is not None}) < 2:
        return {}
    # a speaker's label is a timestamped one or one that labels several turns ("官方的回应：…" in notes is
    # a line's heading, not a speaker taking turns)
    count: dict[str, int] = {}
    for w, host, xs in turns:
        if w is not None:
            count[w.name] = count.get(w.name, 0) + 1
    return {(x.article, x.index): w for w, host, xs in turns if w is not None
            and (STAMP.match(xs[0].simple) or count[w.name] >= 2) for x in xs}


def _judging(sents: list[Sentence]) -> list[Sentence]:
    """A turn's judgements: its sentences taking a stance, without its label, greeting or frame."""
    out, argued = [], False
    for x in sents:
        body = _ADDRESSED.sub("", _LABEL.sub("", unstamped(x.simple), count=1).lstrip(), count=1)
        short = len(re.sub(r"[^\u4e00-\u9fff]", "", body)) < (5 if re.match(r"我(?:认为|觉得)", body) else 8)
        against = DISAGREES.search(body)
        if short or against and len(re.sub(r"[^\u4e00-\u9fff]", "", body[against.end():])) < 8:
            argued = bool(against)
            continue  # a bare "这点我不同意。", "我比较谨慎。": its argument follows it
        if _JUDGES.search(body) or DISAGREES.search(body) or argued:
            out.append(x)
        argued = False
    return out[:TURN_SENTENCES]


#: Turns back a reply's addressee is looked for, at most.
ADDRESSED_REACH = 12


def _addressee(simple: str) -> str:
    """Whom a turn answers by name: "张三 回复 李四：…" or "张三：@李四 …" → 李四; else ""."""
    text = unstamped(simple)
    m = _LABEL.match(text)
    if not m:
        return ""
    reply = _REPLY_LABEL.match(m.group("who").strip())
    if reply:
        return reply.group("to")
    at = _ADDRESSED.match(text[m.end():].lstrip())
    return at.group("to") if at else ""


#: Whom a disagreement names ("我跟郝老师的看法不太一样", "和张教授不同", "对李四的说法"): a surname with a
#: form of address or a name, after a preposition.
_AGAINST = re.compile(r"(?:跟|和|与|同|对)(?P<to>[\u4e00-\u9fff]{2,4}?)(?:的|说的|刚才|不|有)")


#: A surname with a title ("林校长", "王主任", "陈院长").
_TITLED = re.compile(r"^[\u4e00-\u9fff](?:校长|院长|主任|局长|处长|所长|经理|总监|主席|书记|部长|会长|馆长|站长|园长)$")


def _named_against(opening: str, guests: list[Speaker]) -> str:
    """The earlier guest a turn's disagreement names ("我跟郝老师的看法不太一样" → 郝建军), or ''."""
    for m in _AGAINST.finditer(opening):
        who = m.group("to")
        hit = {g.name for g in guests if _same(who, g.name) or _TITLED.match(who) and who[0] == g.name[0]}
        if len(hit) == 1:
            return hit.pop()
    return ""


def turn_disputes(ss: list[Sentence]) -> list[tuple[list[Sentence], list[Sentence], Speaker, Speaker]]:
    """(side a sentences, side b sentences, a's guest, b's guest) of every guest's turn that opens
    against the turn of another guest just before it (only a host's question may stand between)."""
    turns = _turns(ss)
    if len({w.name for w, host, _ in turns if w is not None}) < 2:
        return []  # not a conversation: a lone "先交代背景：" labels a paragraph, not a guest's turn
    out = []
    for k, (who, host, sents) in enumerate(turns):
        if who is None or host:
            continue
        # the turn's opening: its first two sentences, each from its head (a greeting may come first)
        heads = [_ADDRESSED.sub("", _LABEL.sub("", unstamped(x.simple), count=1).lstrip(), count=1)[:40]
                 for x in sents[:2]]
        if not any(DISAGREES.search(h) for h in heads):
            continue
        to = _addressee(sents[0].simple) or _named_against(" ".join(heads), [w for w, _, _ in turns[:k] if w])
        prev = next(((w, h, xs) for w, h, xs in reversed(turns[max(0, k - ADDRESSED_REACH):k])
                     if w is not None and _same(w.name, to)), None) if to else None
        # (a reply names whom it answers, "张三 回复 李四：" / "@李四 …"; else the turn just before)
        prev = prev or next(((w, h, xs) for w, h, xs in reversed(turns[:k]) if w is not None or h), None)
        if prev is None or prev[1] or _same(prev[0].name, who.name):
            continue  # a host's question is answered, not disputed; a guest never answers themselves
        # side a: the earlier guest's whole turn (the paragraphs they hold in a row before the answer)
        j = turns.index(prev)
        held = list(prev[2])
        while j > 0 and turns[j - 1][0] is not None and turns[j - 1][0].name == prev[0].name:
            j -= 1
            held = turns[j][2] + held
        a, b = _judging(held), _judging(sents)
        if a and b:
            out.append((a, b, prev[0], who))
    return out


def with_turn_speakers(sents: list[Sentence], by_sentence):
    """The attributions with each conversation turn's sentences held by the speaker its label names, where
    the attributions name nobody or nobody that label can be ("韩老师" is 韩立明)."""
    by_article: dict[str, list[Sentence]] = {}
    for x in sents:
        by_article.setdefault(x.article, []).append(x)
    extra = {}
    for ss in by_article.values():
        for key, who in turn_speakers(ss).items():
            found = by_sentence.get(key, ())
            if not any(_same(sp.name, who.name) for sp in found):
                extra[key] = (who,)
    return ChainMap(extra, by_sentence) if extra else by_sentence
