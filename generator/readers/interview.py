"""Speaker turns in an unlabelled interview recording (a vlog's or a programme's subtitles, a timed
transcript without speakers).

The phenomenon: in a recording nobody labels, a guest's turn begins where the text makes it plain:
the host invites someone to introduce themselves (``先跟大家介绍一下自己``, ``接下来我们请到了…``) and
the next words greet back and give a name (``你好 我叫孙丽娜``, ``你好你好 我姓赵 赵德顺``). From there,
with one guest in the room, the talk alternates: the host speaks where a sentence addresses the
guest by name or title (``赵老板 现在生意怎么样啊``, ``丽娜 你们…``), asks a question (ends on
``吗``/``？``, or asks the guest ``你觉得``/``怎么看``), or thanks the guest (``好 谢谢赵老板``: the
guest's part is over); every other sentence is the guest's answer. Each turn then starts a paragraph
opening on its speaker's label (``孙丽娜：…``; the host's label when the recording names its host,
``我是X`` in its first words, else no label), as a transcript's turns are written, so the speakers
read them. The words are kept as they are; every label is recorded.

Fail clean: no invitation and greeting, no turns; a name that is not two or three Han characters,
no turns.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from ..greetings import TURN_INTRO

__all__ = ["interview_turns"]

_INVITE = re.compile(r"介绍一下|介紹一下|自我介绍|自我介紹|请到了|請到了|请来了|請來了|打个招呼|打個招呼|这位是|這位是|有请|有請")
_INTRO = TURN_INTRO  # a guest greeting back and giving a name ("你好 我叫孙丽娜", "你好你好 我姓赵 赵德顺")
_THANKS = re.compile(r"^(?:好[的啦]?[\s，,]*)?(?:谢谢|謝謝|感谢|感謝)")
_ASKS = re.compile(r"(?:吗|嗎|呢|么|麼)[？?。，,]?$|[？?]$|(?:你|您)[^。！？，]{0,12}(?:怎么看|怎麼看|觉得|覺得|是不是|能不能|会不会|會不會|多少|什么|什麼|哪)")
_CLOSE = re.compile(r"就到这|就到這|以上就是|下期再见|下期再見|感谢收看|感謝收看|谢谢观看|謝謝觀看")
_END = re.compile(r"[。！？!?…]$")


def _vocative(name: str) -> re.Pattern:
    """How the host addresses the guest at the start of a cue: the full name, the given name, or
    the surname and a title (``赵老板``), followed by a pause."""
    forms = [re.escape(name)] + ([re.escape(name[1:])] if len(name) == 3 else [])
    forms.append(re.escape(name[0]) + r"[\u4e00-\u9fff]{1,2}")
    return re.compile(r"^(?:好[\s，,]*)?(?:" + "|".join(forms) + r")(?:[\s，,]|$)")


def _label(doc: Doc, b: Chunk, who: str | None, prev: Chunk | None) -> None:
    """Start a paragraph at ``b`` (its speaker's label before it when known)."""
    if prev is not None and not _END.search(prev.text):
        new = prev.text[:-1] + "。" if prev.text.endswith(("，", ",")) else prev.text + "。"
        doc.record(prev.line, prev.text[-8:], new[-8:], "changed", "a speaker's turn ends here: a sentence's end")
        prev.text = new
    b.starts, b.gap = True, max(b.gap, 1)
    if who and not b.text.startswith(who + "："):
        doc.record(b.line, b.text[:12], f"{who}：" + b.text[:12], "changed",
                   "a speaker's turn in an unlabelled interview (a guest introduced by the host and greeting "
                   "back, then answering the host's questions) → a paragraph opening on the speaker's label")
        b.text = f"{who}：" + b.text
        b.marks = [(0, b.line)] + [(o + len(who) + 1, ln) for o, ln in b.marks[1:]]


def interview_turns(doc: Doc, start: int = 0) -> None:
    """Label the turns of an unlabelled interview (see the module); ``doc.blocks[start:]`` are the
    recording's lines, one cue's text each, punctuated."""
    bl = doc.blocks
    idx = [i for i in range(start, len(bl)) if bl[i].kind == "line"]
    guests = []  # (block index, name)
    for n, i in enumerate(idx):
        m = _INTRO.match(bl[i].text.strip())
        before = " ".join(bl[j].text for j in idx[max(0, n - 2):n])
        if m and n and _INVITE.search(before):
            guests.append((i, m.group("a") or m.group("b")))
    if not guests:
        return
    host = doc.meta.get("author") or doc.declared.get("author")
    host = host if isinstance(host, str) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", host or "") else None
    at = {i: name for i, name in guests}
    speaker, prev, guest, voc = None, None, None, None
    for i in idx:
        b = bl[i]
        t = b.text.strip()
        if i in at:
            guest, voc = at[i], _vocative(at[i])
            who = guest
        elif guest is None:
            prev = b  # the host's words before the first guest: left as they are
            continue
        elif _THANKS.match(t) or _CLOSE.search(t):
            guest, who = None, host  # the guest's part is over: the host's until the next guest
        elif voc.match(t) or _ASKS.search(t):
            who = host  # the host addresses the guest, or asks
        else:
            who = guest
        if who != speaker or b.starts:
            _label(doc, b, who, prev if who != speaker else None)
        speaker, prev = who, b
