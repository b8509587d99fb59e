"""The summary of a page of authored blocks (a Q&A page's answers, a forum thread's floors, a chat
export's messages set under their authors): such a page argues through its participants, so its
summary is what it asks or opens on, then each participant's position in their own words, labelled
with who says it — never one poster's anecdote or the host's formulas read as the page's thesis.

A block is authored when the cleaner set it under a post heading (``model.POST_HEADING``: floor,
name, stamp); a page is a thread when two participants or more write in it. Each participant's
position is the thesis ``digestsummary.summarise`` finds in that participant's own sentences, as if
their posts were a short article; a participant whose posts yield no sentence that reads alone (an
advert, a one-word reply) is left out. Returns values only."""

from __future__ import annotations

import re

from ..model import POST_HEADING
from .digestsummary import summarise
from .text import Sentence, cjk_len

__all__ = ["authors_of", "thread_summary", "labelled", "MAX_VOICES"]

#: At most this many participants speak in a digest (those who write most, in the order they
#: first post): a summary of six lines, not the thread again.
MAX_VOICES = 4


def authors_of(article) -> dict[str, str]:
    """Paragraph id → the author of the post it belongs to (the name in its post heading), for a
    page of two authors or more; {} for any other page."""
    out: dict[str, str] = {}
    who = ""
    for b in article.blocks:
        if b.kind.startswith("h"):
            m = POST_HEADING.match((b.text or "").strip())
            who = m.group("name").strip() if m else ""
        elif b.kind == "p" and who:
            out[b.id] = who
    return out if len(set(out.values())) >= 2 else {}


#: A participant saying who they are ("我是一名社区医生，说点个人看法。", "本人做了十年导游。"): a short line.
_SELF = re.compile(r"^\s*(?:我是|本人是|本人系|本人)")
#: Another post quoted in this one ("引用3楼X的发言：…", "> …", "回复 X：…"): not the participant's own words.
_QUOTES_ANOTHER = re.compile(r"^\s*(?:引用|回复|回覆|>|&gt;|＞)")


def _introduces(s: Sentence, name: str) -> bool:
    """A participant's line about themselves ("王某，文旅行业从业者，做过八年景区运营。", "我是一名护士，
    说点个人看法。"): who speaks, not what they argue."""
    text = s.simple.strip()
    if text.startswith(name) and text[len(name):len(name) + 1] in ("，", ",", "：", ":", "是"):
        return True
    return bool(_SELF.match(text)) and cjk_len(text) <= 30


def thread_summary(sents: list[Sentence], authors: dict[str, str], weights, topic_terms,
                   title: str = "", salient: set | None = None) -> list[tuple[Sentence, str, str]]:
    """(sentence, role, who): the opening's thesis (what the page asks or opens on, before the first
    post; else the first participant's position), then each other participant's position, in
    reading order. ``who`` is the participant ('' for the page's own opening)."""
    opening = [s for s in sents if s.paragraph not in authors]
    by_author: dict[str, list[Sentence]] = {}
    for s in sents:
        name = authors.get(s.paragraph)
        if name and not _introduces(s, name) and not _QUOTES_ANOTHER.match(s.simple):
            by_author.setdefault(name, []).append(s)
    out: list[tuple[Sentence, str, str]] = []
    if opening:
        found = summarise(opening, weights, topic_terms, k=1, salient=salient, title=title)
        if found:
            out.append((found[0][0], "thesis", ""))
    # those who write most speak, in the order they first post
    volume = {name: sum(cjk_len(s.original) for s in group) for name, group in by_author.items()}
    voices = sorted(sorted(volume, key=lambda name: -volume[name])[:MAX_VOICES + (0 if out else 1)],
                    key=lambda name: by_author[name][0].index)
    for name in voices:
        found = summarise(by_author[name], weights, topic_terms, k=1, salient=salient, title=title, voiced=True)
        if found:
            out.append((found[0][0], "point" if out else "thesis", name))
    # the points in reading order after the thesis
    out = out[:1] + sorted(out[1:], key=lambda x: x[0].index)
    return out if len(out) >= 2 else []


def labelled(text: str, who: str) -> str:
    """A participant's line under their name ("王某：…"), unless it already opens on it."""
    if not who or re.match(rf"\s*{re.escape(who)}\s*[：:]", text):
        return text
    return f"{who}：{text}"
