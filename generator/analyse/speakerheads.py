"""Who opens each paragraph of an article: the holder its form gives the paragraph (a transcript's turn label,
a chat message's sender, a post's account, a comment's or a thread line's writer, a signed note's author, an
interview's or a body's answer) or, else, the lead-ins that name a holder ("王某表示，", "主持人：", "博时基金：")
at its start and at the start of its later sentences, with a research note's or a proposal's own "我们认为"
as its signer's. A split of ``speakerdoc``, which resolves these (``paragraph_heads``) with the paragraph's other
attributions."""

from __future__ import annotations

import re
from dataclasses import replace

from .interviews import ANSWER_TURN
from .speakercontext import _HOST_LABELS, _LABEL_AT, _NOT_SENDERS, _starts
from .speakerholder import _ORG_SUFFIX
from .speakerposts import COMMENT
from .speakerreading import DocReading
from .speakerroles import report_frames, short_mention
from .speakers import ADDRESSED, Attribution, lead_in
from .text import Sentence

__all__ = ["paragraph_heads"]


#: A note in brackets after a chat member's name ("老周（武昌-快车）", "阿梅(宁波)").
_NOTE_AFTER = re.compile(r"(?<=[^（(])[（(][^（）()]{1,10}[）)]$")


def paragraph_heads(d: DocReading, pno: int, pid: str, psimple: str, psents: list[Sentence],
                    titles) -> tuple[list[Attribution], list[int]]:
    """The attributions opening paragraph ``pno`` (id ``pid``, simplified text ``psimple``) and its later
    sentences, and where each of its sentences ``psents`` starts in it."""
    labels, senders, embedded, posted, thread, stamps = d.labels, d.senders, d.embedded, d.posted, d.thread, d.stamps
    commented, post_role, signed, answers, body_answers = d.commented, d.post_role, d.signed, d.answers, d.body_answers
    known, chat, host, org, signed_person, article_text = d.known, d.chat, d.host, d.org, d.signed_person, d.article_text
    label = labels[pno]
    if label:  # a transcript's turn: the whole turn is its speaker's
        heads = [Attribution(label[0], label[1], "person", 0, label[2])]
    elif pno in senders and (not _LABEL_AT.match(psimple) or ADDRESSED.match(psimple)
                             or not lead_in(psimple, titles, article_text)):
        # (a post's "回复X：…" or "更新一下：…" names whom it answers or what it is: the post is
        # still its sender's)
        heads = [Attribution(senders[pno], "", "person", 0, 0)]
    elif pno in embedded:
        heads = [Attribution(embedded[pno], "", "person", 0, 0)]
    elif pid in posted and pno in thread:
        # a comment or a reply under a post ("江边的猫：…", "X 回复 @Y：…"): its label's writer, not the post's
        t_name, t_role, t_kind, t_end, _ = thread[pno]
        heads = [Attribution(t_name, t_role, t_kind, 0, t_end + stamps[pno])]
    elif pid in posted and pno in commented:
        heads = []  # a comment section's line under a post: not the post's author's; nobody we can tell
    elif pid in posted and not COMMENT.match(psimple):
        prole, pkind = post_role.get(posted[pid], ("", ""))
        heads = [Attribution(posted[pid], prole,
                             pkind or ("org" if _ORG_SUFFIX.search(posted[pid]) else "person"), 0, 0)]
    elif pno in signed:
        heads = [Attribution(signed[pno][0], signed[pno][1], "person", 0, 0)]
    elif answers and ANSWER_TURN.match(psimple):  # an interview's answer: the interviewee's
        heads = [Attribution(answers[0], answers[1], "person", 0, ANSWER_TURN.match(psimple).end())]
    elif body_answers and ANSWER_TURN.match(psimple):
        heads = [Attribution(body_answers, "", "org", 0, ANSWER_TURN.match(psimple).end())]
    else:
        k = stamps[pno]
        # (a label after a time stamp opens the message: the stamp is part of it)
        heads = [replace(h, start=0 if h.start == 0 else h.start + k, end=h.end + k)
                 for h in lead_in(psimple[k:], titles, article_text)]
        who = _LABEL_AT.match(psimple, k)
        if not heads and who and who.group(1) in _HOST_LABELS and host:
            # "主持人：…" in a transcript whose one host the cast list or the byline names
            heads = [Attribution(host, who.group(1), "person", 0, who.end())]
        if not heads and who and (known.get(who.group(1), ("", ""))[1] == "person" or short_mention(who.group(1), known)
                                  or (k and chat and who.group(1) not in titles and who.group(1) not in _NOT_SENDERS
                                      and len(who.group(1)) >= 2)):
            # "阿杰：可国内市场…", "孙老师：…": a label naming one of the people the document
            # lists; in a chat export (messages stamped and labelled), the message's sender
            # (a member's note after the name, "老周（武昌-快车）", where they are or what they drive, is
            # no part of it)
            heads = [Attribution(_NOTE_AFTER.sub("", who.group(1)) or who.group(1), "", "person", 0, who.end())]
        if pno in thread and (not heads or re.search(r"回复|回覆|[@＠]", heads[0].name)
                              or (thread[pno][4] and heads[0].role + heads[0].name == thread[pno][0])
                              or (heads[0].start == 0 and heads[0].role + heads[0].name != thread[pno][0]
                                  and thread[pno][0].startswith(heads[0].role + heads[0].name))):
            # (a display name the replies answer whole, "回复馆员小赵": one writer's name, not a role and a name;
            # a handle the name finder cuts short, "阿Ken在厦门" read as 阿Ken: the label whole)
            # a thread's labelled line: its label names the writer whatever its shape ("江边的猫：",
            # "Honey_Bee88（…）：", "X 回复 @Y：" — X writes, Y is answered)
            t_name, t_role, t_kind, t_end, _ = thread[pno]
            heads = [Attribution(t_name, t_role, t_kind, 0, t_end + k)]
    if org:  # a research note's own "我们认为": the organisation that signs it
        heads += [Attribution(org, "", "org", lo, hi) for lo, hi in report_frames(psimple)]
    elif signed_person:
        heads += [Attribution(signed_person[0], signed_person[1], "person", lo, hi) for lo, hi in report_frames(psimple)]
    starts = _starts(psimple, psents)
    for s, at in zip(psents[1:], starts[1:]):
        # a holder opening a later sentence of the paragraph ("…。博时基金：…")
        if at > 0 and psimple[at - 1] in "。！？；":
            heads += [replace(h, start=h.start + at, end=h.end + at)
                      for h in lead_in(s.simple, titles, article_text)]
    return heads, starts
