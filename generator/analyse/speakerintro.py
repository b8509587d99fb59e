"""Who speaks in an unlabelled interview (issue 13, property 1): a subtitle file, a vlog's or a
podcast's transcript, a street interview set down without turn labels. A guest who introduces
themselves ("你好我叫孙某，是本地的导游", "我姓赵，赵某某") speaks the first-person answers that follow,
until the host takes the floor back (thanks them, hands over to the next guest, closes the
interview) or another guest introduces themselves. The host's questions inside the guest's span
(a question mark, the guest addressed by name or as "赵老板") are nobody's: a sentence mixing both
voices is not credited. A split of ``speakerdoc``, which calls ``introduced_turns`` per article."""

from __future__ import annotations

import re

from ..greetings import GUEST_INTRO as _INTRO, THANKS

__all__ = ["introduced_turns"]

#: A self-introduction (looked for outside quotation marks) is ``greetings.GUEST_INTRO``: "我叫孙某",
#: "我的名字叫孙某", "我姓赵，赵某某" (the surname given, then the full name: the index's own pattern,
#: ``greetings.SURNAME_INTRO``).
#: How a person is addressed by surname and title in talk ("赵老板", "孙导", "王老师", "李姐").
_ADDRESS_TITLES = r"(?:老板|老师|总|经理|导游|导|姐|哥|师傅|先生|女士|大爷|大妈|阿姨|叔|医生|大夫|主任|工|老|教授|律师)"
#: The host taking the floor back: a thanks, a hand-over to the next guest, the interview's close.
_FLOOR_BACK = re.compile(rf"(?:{THANKS})|(?:采访|今天|本期|我们)[^，。！？]{{0,4}}就(?:到|聊到)这|"
                         r"(?:接下来|下面|然后)(?:我们)?(?:请到|请|去|来|有请)|以上就是")
#: Characters that follow a two-character name ("孙某是本地的导游": the name is two characters).
_AFTER = frozenset("是在的和也就还今从做干呢啊呀吧，, ")
_QUOTE = re.compile(r"“[^”]{0,300}”|「[^」]{0,300}」")


def _intro(simple: str, surnames) -> tuple[int, str] | None:
    """(offset, name) of a self-introduction in a sentence, outside quotation marks."""
    bare = _QUOTE.sub(lambda m: "\u3000" * len(m.group()), simple)
    for m in _INTRO.finditer(bare):
        name = m.group("named") or m.group("full")
        if m.group("named") and len(name) == 3 and name[2] in _AFTER:
            name = name[:2]
        if name and name[0] in surnames and len(name) >= 2:
            return m.start(), name
    return None


def introduced_turns(sents, host: str, surnames, breaks=frozenset()) -> dict[int, str]:
    """Sentence position in ``sents`` → the guest who speaks it ('' for a sentence of the guest's
    span that is the host's or both voices'), for a document where guests introduce themselves.
    ``host``: the byline's name (the host introducing themselves is no guest); ``sents``: the
    article's sentences in order (``Sentence``); ``breaks``: ids of the paragraphs that open a new
    section (after a heading), where a guest's span ends."""
    out: dict[int, str] = {}
    guest, address = "", None
    for i, s in enumerate(sents):
        text = s.simple
        if guest and s.paragraph in breaks and (i == 0 or sents[i - 1].paragraph != s.paragraph):
            guest, address = "", None  # a new section: the guest's turn does not go on over its heading
        found = _intro(text, surnames)
        if found and found[1] != host and found[1] not in host:
            guest = found[1]
            address = re.compile(re.escape(guest) + "|" + re.escape(guest[1:]) + "|" + re.escape(guest[0]) + _ADDRESS_TITLES)
            out[i] = ""  # the host's hand-over and the guest's greeting in one sentence: no one's
            continue
        if not guest:
            continue
        if _FLOOR_BACK.search(text):
            out[i] = ""  # "…，好谢谢赵老板。": the last words are the host's; the span ends
            guest, address = "", None
            continue
        asked = "？" in text or "?" in text or address.search(text)
        out[i] = "" if asked else guest
    return out
