"""The sentences a digest's summary may hold: each reads alone as what the article says. Never a view the
article reports only to answer it ("有人认为…" / "其实…"), a line continuing the one before ("以及…"), a question
asked, a host's turn, a turn's "我" without its speaker, the page talking to its reader or its audience
("你收到这封邮件是因为…", "记得点赞关注"), a labelled list ("风险提示：A；B；C"), a line addressed to someone
("@X …", "回复X："), nor the page's apparatus or notices. A split of ``digestsummary``, which chooses the thesis,
the points and the conclusion among them."""

from __future__ import annotations

import re

from .digestlines import (_FIRST_PERSON, _SPEAKER as _LABEL, _SPEECH_VERB, _readable, _stance, _unquoted, BRACKET_TURN,
                          bracket_speakers, host_turns, readable_turn, turn_label)
from .digestborrowed import borrowed_voice, readable_borrowed
from .digestnotice import APPARATUS as _APPARATUS, LAYOUT as _LAYOUT, NOTICE as _NOTICE, WHERE_TO as _WHERE_TO
from .claimless import ASKER_LABEL, PICTURE
from .digestthesis import not_a_statement
from .interviews import QUESTION_LABEL
from .residue import display_text
from .text import Sentence

__all__ = ["summary_pool"]

#: Someone else's view being reported ("雷军说，…", "有机构认为…", "也有人持相反看法").
_REPORTED_VIEW = re.compile(r"认为|表示|说|称|宣称|声称|主张|强调|看来|解读为|持相反看法|的说法")
#: A sentence answering the one before it: a contrast, or the author disagreeing in the first person.
_REBUTTAL = re.compile(r"^(?:可(?![以能见])|可是|但|但是|然而|不过|其实|事实上|实际上|恰恰|殊不知|问题是)"
                       r"|^[^，。]{0,12}?(?:我|笔者)(?:并不|不|恰恰|倒|却|反而|想|认为)")
#: A view held by nobody named ("有人说…", "也有人担心…", "有观点认为…", "很多家长担心…"): a writer sets it up to
#: answer it, and alone it reads as the article's own claim.
_UNNAMED_VIEW = re.compile(r"^(?:也|还|更|另)?(?:有|很多|不少|许多|一些|部分)(?:人|些人|不少人|很多人|网友|声音|观点|评论|说法|家长|"
                           r"市民|民众|网民|读者|用户|患者|投资者|消费者)"
                           r"(?:说|认为|担心|觉得|质疑|指出|称|表示|批评|主张|提出)")
#: A sentence that continues the one before it and cannot open a summary line.
_CONTINUES = re.compile(r"^(?:以及|只是|接下来|然后|并且|而且|甚至|还有|除了这|除此|另一方面|首先|其次|再次|况且|何况|"
                        r"再说|再者|对比一下|相比之下[，,])")
#: A call to the audience ("这个大家可以评论区聊", "记得点赞关注", "欢迎在留言区告诉我们"): the show
#: talking to its viewers, in any form (a video, a podcast, a post), not what it says.
_TO_AUDIENCE = re.compile(r"大家(?:可以|记得|别忘了?|不妨|一起)|(?:评论区|留言区|弹幕区)|点赞|一键三连|关注(?:我|我们|本号)")
#: A line addressed to someone by handle or a reply ("@陈浩 中午前整理一份…", "回复@abc：", "回复某某：都是…"): a message to a
#: colleague or a reply, not the article's content.
_ADDRESSED = re.compile(r"(?:^|[\s：:，,])@[^\s@，。：:]{1,20}|(?:^|[：:])\s*回复\s*[^\s，。：:！？]{1,16}\s*[：:]")
#: The reader addressed ("你", "您").
_SECOND_PERSON = re.compile(r"你(?!们公司)|您")
#: A labelled list: a short label and a colon, then items set apart by semicolons ("风险提示：A；B；C").
_LABELLED_LIST = re.compile(r"^\s*[^，。；：:,;]{2,8}[：:][^。！？]*?[；;][^。！？]*?[；;]"
                            # a procedural line under its label, however short: risks, disclaimers, tips
                            r"|^\s*[【\[]?(?:风险提示|风险因素|主要风险|免责声明|免责条款|特别提示|温馨提示|特别声明)[】\]]?\s*[：:]")



def _spoken(s: Sentence) -> str:
    """A sentence's words after its speaker's label, if it opens a turn ("阿杰：先说…" → "先说…")."""
    text = display_text(s.simple).strip()
    bracket = BRACKET_TURN.match(text)  # a live text's "【市X局副局长某某】…"
    if bracket:
        return text[bracket.end():].strip()
    label = turn_label(text[:60])
    if not label:
        m = _LABEL.match(text[:60])
        label = m.group() if m else ""
    return text[len(label):].strip() if label else text


def _rebutted(sents: list[Sentence]) -> set[int]:
    """Indices (Sentence.index) of views the article reports in order to answer them: a
    sentence giving someone's view, followed in the same or the next paragraph by a
    sentence that opens on a contrast (可/但/事实上/恰恰) or the author disagreeing (我并不…)."""
    out: set[int] = set()
    for a, b in zip(sents, sents[1:]):
        if b.para_index - a.para_index > 1:
            continue
        answer = b.simple.strip()
        author = _stance(answer) or not _SPEECH_VERB.search(_unquoted(answer))  # not another side quoted
        if _REPORTED_VIEW.search(a.simple) and not _stance(a.simple) and author and _REBUTTAL.match(answer):
            out.add(a.index)
    return out


def _to_the_reader(s: Sentence) -> bool:
    """A line addressed to the reader outside any quotation and any speaker's turn ("你收到这封邮件
    是因为你订阅了…", "欢迎转发给朋友"): the page talking to its reader, not the article's content."""
    return bool(_SECOND_PERSON.search(_unquoted(s.simple))) and not turn_label(s.paragraph_simple[:60])


def _unnamed_turn_speaker(s: Sentence) -> bool:
    """A first-person sentence inside a speaker's turn, after the label ("我认为大陆法院承认的机会
    非常低…" in "张三：…。我认为…"): alone, the reader cannot tell who "我" is (the turn's first
    sentence carries the label and reads)."""
    if s.start == 0 or not turn_label(s.paragraph_simple[:60]):
        return False
    first = _FIRST_PERSON.search(_unquoted(s.simple))
    return bool(first) and not _SPEECH_VERB.search(s.simple[:first.start()])


def summary_pool(sents: list[Sentence], voiced: bool = False) -> list[Sentence]:
    """The sentences of ``sents`` a summary may hold, in reading order (``voiced``: the sentences are one
    participant's, shown under their name, so a first-person line reads)."""
    rebutted = _rebutted(sents)
    asked = {s.para_index for s in sents if QUESTION_LABEL.match(s.paragraph_simple[:8])
             or ASKER_LABEL.match(s.paragraph_simple[:16])}
    hosted = host_turns(sents)
    # a view the article reports in order to answer it is not what the article argues; a
    # sentence continuing the one before ("以及…", "只是…") cannot open a summary line
    # ...nor the page talking to its reader ("你收到这封邮件是因为…"), a labelled list ("风险提示：A；B；
    # C"), a host's turn or a turn's "我" without its speaker
    speakers = bracket_speakers(sents)  # a live text's "【市X局副局长某某】…" turns read as "某某：…"
    # ...and a line going on in the voice its paragraph named before it ("他分析了…", a bare quotation after its
    # speaker's sentence): it is shown under that speaker's name (``digestborrowed``)
    before: dict[int, list[Sentence]] = {}
    for s in sents:
        before.setdefault(s.para_index, []).append(s)
    return [s for s in sents if (_readable(s, voiced) or readable_turn(s, speakers)
                                 or not voiced and s.start > 0 and borrowed_voice(s)
                                 and readable_borrowed(s, [b for b in before[s.para_index] if b.start < s.start]))
            and s.index not in rebutted and s.para_index not in asked
            and s.para_index not in hosted and not _CONTINUES.match(display_text(s.simple))
            and not _unnamed_turn_speaker(s) and not _to_the_reader(s) and not _LABELLED_LIST.match(s.simple)
            and not _UNNAMED_VIEW.match(display_text(s.simple)) and not _ADDRESSED.search(_unquoted(s.simple))
            and not _TO_AUDIENCE.search(_unquoted(s.simple)) and not _LAYOUT.search(s.original)
            and not _WHERE_TO.search(s.simple) and not _NOTICE.search(_unquoted(s.simple))
            and not _APPARATUS.match(s.simple) and not not_a_statement(_spoken(s))
            and not PICTURE.match(s.paragraph_simple)]
