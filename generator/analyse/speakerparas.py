"""One paragraph of a document given its speakers (steps of ``speakerdoc.doc_speakers``): the holders its
document's own marks open it with (a turn's label, a message's sender, a post's account, a signed note's
author, an interview's answer, else its lead-in: ``paragraph_heads``), each sentence's speaker among the paragraph's
holders (``sentence_speakers``), and the one person a paragraph ending on a colon hands the floor over to
(``handed_to``). Values only, except ``sentence_speakers``, which fills the caller's ``by_sentence``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .interviews import ANSWER_TURN
from .model import Speaker
from .outletvoice import quotes_speech
from .speakercontext import _ADDRESSED, _HANDS_OVER, _HOST_LABELS, _LABEL_AT, _NOT_SENDERS, _surnames
from .speakerholder import _ORG_SUFFIX
from .speakerposts import COMMENT, QUOTING
from .speakerroles import short_mention
from .speakers import ADDRESSED, Attribution, lead_in
from .speakerspan import speaker_for
from .speakerturns import ADVERB_AFTER, FIRST_SPEECH, QUOTED_SPAN

__all__ = ["DocTurns", "paragraph_heads", "handed_to", "sentence_speakers"]


#: A note in brackets after a chat member's name ("老周（武昌-快车）", "阿梅(宁波)").
_NOTE_AFTER = re.compile(r"(?<=[^（(])[（(][^（）()]{1,10}[）)]$")


@dataclass(frozen=True)
class DocTurns:
    """How one document marks whose each paragraph is (read once per article by ``doc_speakers``)."""

    labels: list  # per paragraph: a turn's label (name, role, end) or None
    stamps: list  # per paragraph: where the label after a message's time stamp starts
    senders: dict  # paragraph position → an e-mail's or a message's sender
    embedded: dict  # paragraph position → the poster signing after a post's text
    posted: dict  # paragraph id → the account over a post
    post_role: dict  # account → (role, kind)
    signed: dict  # paragraph position → (name, role) of a signed note's items
    answers: tuple | None  # an interview's interviewee (name, role)
    body_answers: str  # the body answering in its own record of questions and answers
    host: str  # a transcript's one host
    chat: bool  # messages stamped and labelled (a chat export)


def paragraph_heads(turns: DocTurns, pno: int, pid: str, psimple: str, titles, article_text: str, known: dict) -> list:
    """The attributions that open a paragraph by the document's own marks: a turn's label, a message's
    sender, a post's account, a signed note's author, an interview's answer; else the paragraph's lead-in
    and the label after a time stamp."""
    label = turns.labels[pno]
    if label:  # a transcript's turn: the whole turn is its speaker's
        heads = [Attribution(label[0], label[1], "person", 0, label[2])]
    elif pno in turns.senders and (not _LABEL_AT.match(psimple) or ADDRESSED.match(psimple)
                             or not lead_in(psimple, titles, article_text)):
        # (a post's "回复X：…" or "更新一下：…" names whom it answers or what it is: the post is
        # still its sender's)
        heads = [Attribution(turns.senders[pno], "", "person", 0, 0)]
    elif pno in turns.embedded:
        heads = [Attribution(turns.embedded[pno], "", "person", 0, 0)]
    elif pid in turns.posted and not COMMENT.match(psimple):
        prole, pkind = turns.post_role.get(turns.posted[pid], ("", ""))
        heads = [Attribution(turns.posted[pid], prole,
                             pkind or ("org" if _ORG_SUFFIX.search(turns.posted[pid]) else "person"), 0, 0)]
    elif pno in turns.signed:
        heads = [Attribution(turns.signed[pno][0], turns.signed[pno][1], "person", 0, 0)]
    elif turns.answers and ANSWER_TURN.match(psimple):  # an interview's answer: the interviewee's
        heads = [Attribution(turns.answers[0], turns.answers[1], "person", 0, ANSWER_TURN.match(psimple).end())]
    elif turns.body_answers and ANSWER_TURN.match(psimple):
        heads = [Attribution(turns.body_answers, "", "org", 0, ANSWER_TURN.match(psimple).end())]
    else:
        k = turns.stamps[pno]
        # (a label after a time stamp opens the message: the stamp is part of it)
        heads = [replace(h, start=0 if h.start == 0 else h.start + k, end=h.end + k)
                 for h in lead_in(psimple[k:], titles, article_text)]
        who = _LABEL_AT.match(psimple, k)
        if not heads and who and who.group(1) in _HOST_LABELS and turns.host:
            # "主持人：…" in a transcript whose one host the cast list or the byline names
            heads = [Attribution(turns.host, who.group(1), "person", 0, who.end())]
        if not heads and who and (known.get(who.group(1), ("", ""))[1] == "person" or short_mention(who.group(1), known)
                                  or (k and turns.chat and who.group(1) not in titles and who.group(1) not in _NOT_SENDERS
                                      and len(who.group(1)) >= 2)):
            # "阿杰：可国内市场…", "孙老师：…": a label naming one of the people the document
            # lists; in a chat export (messages stamped and labelled), the message's sender
            # (a member's note after the name, "老周（武昌-快车）", where they are or what they drive, is
            # no part of it)
            heads = [Attribution(_NOTE_AFTER.sub("", who.group(1)) or who.group(1), "", "person", 0, who.end())]
    return heads


def handed_to(last: str, prev_sents, by_sentence, known: dict, title_colon, article_text: str,
              last_person, pid: str) -> tuple[str, str, bool] | None:
    """(name, role, said) of the one person a paragraph ending on a colon hands the floor over to
    ("…李某先给大家打了一剂预防针：", "他的看法："), from its last sentence ``last``; ``said``: the
    hand-over names what they say. None when no one person, or more than one."""
    spoken = next((x for x in reversed([by_sentence.get((s.article, s.index), (None,))[0] for s in prev_sents])
                   if x is not None and x.kind == "person"), None)  # who spoke last in the paragraph before
    # "…李某先给大家打了一剂预防针：": the one person named in full the paragraph hands over to
    named = {n: r for n, (r, k) in known.items() if k == "person" and len(n) >= 2 and n in last}
    for m in title_colon.finditer(last):  # "百度 CEO 李彦宏先给大家…：" (a name the article repeats)
        after = last[m.end():m.end() + 1]
        n = next((n for n in (m.group(2), m.group(2)[:2]) if n[0] in _surnames()
                  and (article_text.count(n) >= 2 or (len(n) == 3 and after in ADVERB_AFTER))), None)
        if n and not any(n in k for k in named):
            named[n] = m.group(1)
    said = _HANDS_OVER.search(last)
    for m in _ADDRESSED.finditer(last):  # "常老师特别强调弹性：": the one 常 named in full before
        n = short_mention(m.group(0), known)
        if n and said and not any(n in k for k in named):
            named[n] = known[n][0]
    ante = last_person if last_person is not None and last_person.paragraph == pid else spoken
    if not named and said and said.group(1) and ante is not None:  # "关于就业，他的看法："
        named[ante.name] = ante.role
    if len(named) != 1:
        return None
    n, r = next(iter(named.items()))
    return n, r, said is not None


def sentence_speakers(psents, starts, psimple: str, pid: str, atts, cover, opened, signer, org: str,
                      signed_person, posted: dict, slug: str, by_sentence: dict):
    """Each sentence of a paragraph its speaker (into ``by_sentence``): the holder covering it, the turn's
    speaker back in the first person, else the note's or the proposal's signer or the post's account for
    the writer's own narration; a comment or another's post run into a post is nobody's. Returns (tail,
    quoted_tail): the person, and any holder, whose words end the paragraph."""
    tail = quoted_tail = None
    reply_at = COMMENT.search(psimple) if pid in posted else None  # a comment line run into the post
    quoting = QUOTING.match(psimple) if pid in posted else None  # "引用3楼X的发言：>…" opening the post
    for s, at in zip(psents, starts):
        sp = speaker_for(s, at, atts, cover)
        if reply_at is not None and at + len(s.simple) > reply_at.start():
            sp = None  # "回复 @X：…" and what follows it: a comment, not the account's post
        quoted_other = quoting is not None and 0 <= at <= quoting.end()
        if quoted_other:
            sp = None  # another's post quoted, run into the poster's words: whose each part is, unsure
        if opened is not None and sp is not None and sp.name != opened.name and not (signer and sp.name == signer[2]) \
                and FIRST_SPEECH.search(QUOTED_SPAN.sub("", s.simple)):
            # inside a turn, the turn's speaker back in the first person ("X一直批评…。我觉得…"):
            # theirs again; a sentence with both voices ("X批评，…，我基本同意他的看法") is nobody's
            own_frame = any(x is sp and max(at, 0) <= a0 < max(at, 0) + len(s.simple) for a0, _, x in atts)
            sp = None if own_frame else opened
        tail = sp if sp is not None and sp.kind == "person" else None
        quoted_tail = sp if sp is not None and sp.kind in ("person", "group", "org") else None
        if sp is None and org and not quotes_speech(s.simple):
            # a research note's own narration is the body's that signs it, as a column's is
            # its author's (facts it reports included)
            sp = Speaker(name=org, role="", article=slug, paragraph=pid, kind="org")
        elif sp is None and signed_person and not quotes_speech(s.simple):
            # a proposal's own narration is its signer's ("领衔代表：周文华")
            sp = Speaker(name=signed_person[0], role=signed_person[1], article=slug, paragraph=pid, kind="person")
        elif sp is None and pid in posted and reply_at is None and not quoted_other and not quotes_speech(s.simple) \
                and any(x[2].name == posted[pid] for x in atts if x[0] == 0):
            # a post's own sentence after a holder it reports ("专家也说了不建议停课，…。有症状的
            # 孩子在家休息就行了。"): the poster's again
            sp = next(x[2] for x in atts if x[0] == 0 and x[2].name == posted[pid])
        if sp:
            by_sentence[(s.article, s.index)] = (sp,)
    return tail, quoted_tail
