"""Whose view a summary line is: a sentence from inside an authored line (a chat message, a minutes or
call-in turn) or a post under an account's heading on a timeline page is shown under its author, never
as the page's own voice. Read on what the page makes visible (a line's label, a heading the page's
replies address); no guessed holder when neither is there. Returns data only."""

from __future__ import annotations

import re
from collections import Counter

from .blockauthors import LINE_LABEL, block_authors, line_label
from .digestthread import labelled
from .text import Sentence

__all__ = ["turns_of", "accounts_of", "held"]


def turns_of(article, simple_of) -> dict[str, str]:
    """Paragraph id → the author its label names, for the lines of a page of turns: a run of labelled lines
    (``block_authors``), or, on a page where most lines open on a label and an author labels two lines
    or more, every labelled line (a
    host's or a reporter's turns between them break no run here: a call-in, a press conference)."""
    out = {pid: who.name for (_slug, pid), (who, kind, _) in
           block_authors([article], lambda _slug: simple_of).items() if kind == "line"}
    labelled_lines = {}
    for b in article.blocks:
        if b.kind == "p":
            m = line_label(b.text or "")
            if m and not _head_word(m.group("who")):
                labelled_lines[b.id] = m.group("who")
    paragraphs = [b for b in article.blocks if b.kind == "p"]
    opened = sum(1 for b in paragraphs if LINE_LABEL.match(b.text or ""))  # (a host's "主持人：" too)
    # a page of turns: most of its lines open on a label and an author labels two of them (a report's
    # run-in heads, "事件：", "风险提示：", are a few lines among its paragraphs)
    if 5 * opened >= 2 * len(paragraphs) and max(Counter(labelled_lines.values()).values(), default=0) >= 2:
        for pid, w in labelled_lines.items():
            out.setdefault(pid, w)
    return out


#: An account's heading over its posts on a timeline page ("财经观察员老郑　V", "临江交警 V"): a short name, no
#: sentence marks, a verification badge after it at most.
_ACCOUNT_HEADING = re.compile(r"^\s*(?P<name>[^\s，。！？：:,.!?；;（）()、\d][^\s，。！？：:,.!?；;（）()、]{1,15})(?:[\s\u3000]+[Vv✓]?)?\s*$")


def accounts_of(article) -> dict[str, str]:
    """Paragraph id → the account whose heading it stands under, on a timeline page: one whose headings
    the page's replies address ("回复 @财经观察员老郑：…") two times or more, so its headings name who posts
    (a report's section headings are never replied to); {} for any other page."""
    heads: dict[str, str] = {}
    under: dict[str, str] = {}
    current = ""
    for b in article.blocks:
        if b.kind.startswith("h"):
            m = _ACCOUNT_HEADING.match(b.text or "")
            current = m.group("name") if m else ""
            if current:
                heads[current] = b.id
        elif b.kind == "p" and current:
            under[b.id] = current
    if len(heads) < 2:
        return {}
    text = "\n".join(b.text or "" for b in article.blocks if b.kind == "p")
    replied = sum(1 for name in heads if f"@{name}" in text)
    return under if replied >= 2 else {}


def held(text: str, s: Sentence, turns: dict[str, str], accounts: dict[str, str] | None = None) -> str:
    """A summary line under its holder's name when it comes from inside an authored line ("小陈（洪山-快车）：
    …？顶多分走个零头，…" → "小陈：顶多分走个零头，…"); a line that opens the turn keeps the label it
    writes; a post on a timeline page is shown under its account ("白酒经销商老吴：…")."""
    accounts = accounts or {}
    who = turns.get(s.paragraph)
    if who and s.start > 0 and not text.lstrip().startswith(who):
        return labelled(text, who)
    account = accounts.get(s.paragraph)
    if account and not who and not _REPLY_OPENING.match(text):
        return labelled(text, account)
    return text


#: A reply's opening ("回复 @X：…"): the line is an answer to another post, not a view of its own.
_REPLY_OPENING = re.compile(r"^\s*回复\s*@?")


def _head_word(label: str) -> bool:
    """A run-in head, not an author: a label made only of dictionary words none of which is a name
    ("行业评级", "风险提示", "事件"); a name ("周德明", "听众陈先生", "Lulu") is a word the dictionary does not
    know or tags as one."""
    from .namefind import _cut, word_tag

    if not re.fullmatch(r"[\u4e00-\u9fff]+", label):
        return False
    tags = [word_tag(w) for w in _cut(label)]
    return bool(tags) and all(t and not t.startswith(("nr", "ns", "nt", "nz", "eng", "x")) for t in tags)
