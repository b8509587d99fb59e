"""What one article tells of its speakers as a whole, read once before its paragraphs: the people its cast
lists, name fields and turn labels give with their roles, the people it introduces with a title, and the
form it has (stamped and labelled messages, posts under headings, a thread's labelled lines, signed items,
an interview's answers, a body's or a signer's own record, a dialogue and its host, a column). A split of
``speakerdoc``, which reads each paragraph against this (``read_document``); nothing here decides who says
a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from .interviews import body_answerer
from .speakernotes import presenter_notes
from .speakerselfnamed import self_named_labels
from .speakercolumns import person_signer, signed_body
from .speakercontext import _AFTER_NAME, _HOST_LABELS, _LABEL_AT, _host, _sections, _shifted, _surnames
from .speakerfields import name_fields, sent_by, signed_items, stamp_end
from .speakerholder import public_people
from .speakerposts import post_roles, posts_by_heading, signed_after
from .speakerroles import cast_roles, interviewee, report_holder, short_forms, turn_label
from .speakers import column_authors, lead_in
from .speakerthread import comment_lines, comment_sections, thread_labels
from .speakerturns import after_heading, is_dialogue, takes_turns
from .text import Sentence, to_simplified

__all__ = ["DocReading", "read_document"]


@dataclass
class DocReading:
    """One article read as a whole (``known`` and ``people`` grow as its paragraphs are read)."""

    article_text: str
    by_para: dict[str, list[Sentence]]
    texts: list[str]  # each paragraph's simplified text, in order
    blocks_else: list[str]  # the article's other blocks (headings, lists), simplified
    known: dict[str, tuple[str, str]]  # name → (role, kind) of the holders the document names
    people: set[str]  # people the article introduces with a title
    shorts: set[str]
    stamps: list[int]  # where a message's label starts after its time stamp
    labels: list[tuple[str, str, int] | None]  # each paragraph's turn label (name, role, end), if any
    chat: bool  # stamped and labelled messages
    signed: dict[int, tuple[str, str]]  # paragraph index → the author of a signed note's item
    senders: dict[int, str]  # paragraph index → a chat message's sender
    posted: dict[str, str]  # paragraph id → the account whose post it is
    post_role: dict[str, tuple[str, str]]
    thread: dict[int, tuple[str, str, str, int, bool]]  # paragraph index → a thread's labelled line
    commented: set[int]  # paragraph indexes under a comment section's heading
    embedded: dict[int, str]  # paragraph index → the author whose signature follows it
    answers: tuple[str, str] | None  # an interview's interviewee (name, role)
    body_answers: str  # the body whose own record of questions and answers this is
    signed_person: tuple[str, str] | None  # a proposal's signer (name, role)
    org: str  # the organisation whose research note or letter this is
    dialogue: bool
    host: str
    after_break: set[str]  # paragraph ids after a heading or another block
    column: bool  # a writer's column or post
    section_of: dict[str, str]


def _learn(known: dict, roles_found: dict, name: str, role: str) -> None:
    known.setdefault(name, (role, "person"))
    roles_found.setdefault(name, role)


def read_document(a, sents: list[Sentence], titles, title_name, title_colon, roles_found: dict) -> DocReading:
    """Read article ``a`` (its sentences ``sents``) as a whole; the roles it gives are added to
    ``roles_found`` (first given wins)."""
    known: dict[str, tuple[str, str]] = {}
    article_text = "\n".join(dict.fromkeys(s.paragraph_simple for s in sents))
    by_para: dict[str, list[Sentence]] = {}
    for s in sents:
        by_para.setdefault(s.paragraph, []).append(s)
    texts = [ps[0].paragraph_simple for ps in by_para.values()]
    blocks_else = [to_simplified(b.text, a.script) for b in a.blocks if b.kind != "p" and b.text]
    for name, role in cast_roles(texts + blocks_else, titles).items():  # "来宾：林志远（某大学教授）"
        _learn(known, roles_found, name, role)
    for name, role in name_fields(texts + blocks_else, titles).items():  # "嘉宾：林志远", "分析师：王某": the document's people
        _learn(known, roles_found, name, role)
    # people the article introduces with a title anywhere ("分析师黄某接受…"): a sentence opening on
    # one of them is about them
    # (the two-character form only where the article uses it alone too: "教授周文远的态度" names
    # 周文远, never 周文)
    people = {m.group(2)[:k] for t in texts for m in title_colon.finditer(t) for k in (2, 3)
              if m.group(2)[0] in _surnames() and (
                  m.group(2)[2:] not in _AFTER_NAME if k == 3 else
                  len(m.group(2)) == 2 or m.group(2)[2:] in _AFTER_NAME
                  or article_text.count(m.group(2)[:2]) > article_text.count(m.group(2)))}
    people |= public_people(texts, _AFTER_NAME)  # "游客钟某第一次见到雪。…她也坦言…"
    shorts = short_forms(texts)
    stamps = [stamp_end(t) for t in texts]  # "2024-05-02 09:12 王某：": the label after a message's time
    labels = [_shifted(turn_label(t[k:], titles), k) for t, k in zip(texts, stamps)]
    labels = self_named_labels(texts, labels)  # "说话人 2：…我是某投顾副总黄某": the label is 黄某's
    chat = sum(bool(k and _LABEL_AT.match(t, k)) for t, k in zip(texts, stamps)) >= 2  # stamped messages
    signed = signed_items(texts, titles)  # "分析师：王某" then "1. …", "2. …": the items are the author's
    heads = after_heading(a)
    for i, who in presenter_notes(texts, frozenset(k for k, pid in enumerate(by_para) if pid in heads)).items():  # a deck's "备注：…" under "主讲人：何某": the presenter's
        signed.setdefault(i, who)
    senders = sent_by(texts, [ps[0].paragraph_original for ps in by_para.values()])
    posted = posts_by_heading(a, lambda t, sc=a.script: to_simplified(t, sc))  # "## 账号名 V" over each post
    post_role = post_roles(a, lambda t, sc=a.script: to_simplified(t, sc)) if posted else {}
    # a comment section's or a forum's labelled lines (a section under a heading naming the comments, "读者评论", too)
    under = comment_sections(a.blocks, lambda t, sc=a.script: to_simplified(t, sc))
    thread = thread_labels([t[k:] for t, k in zip(texts, stamps)],
                           frozenset(i for i, pid in enumerate(by_para) if pid in under))
    commented = comment_lines(texts, [pid in after_heading(a) for pid in by_para])  # lines after a "评论" line
    embedded = signed_after(texts)  # a post's text, then "—Name (@handle) date"  # "王某 2024-05-02 09:12" on a line of its own, then the message
    for got in labels:  # "来宾（某大学教授林志远）：": the label gives the role once for all turns
        if got and got[1]:
            _learn(known, roles_found, got[0], got[1])
    intro = dict((n, r) for n, (r, k) in known.items() if k == "person")
    for t in texts:
        for m in title_name.finditer(t):
            if m.group(2)[0] in _surnames():
                intro.setdefault(m.group(2), t[max(0, m.start(1) - 20):m.end(1)].split("，")[-1])
    answers = interviewee(texts, intro, titles)
    # a body's own record of questions and answers (an investor-relations record): its
    # unsigned answers are the publishing body's
    body_answers = "" if answers else body_answerer(to_simplified(a.outlet or "", a.script), texts)
    # a proposal signed by a person ("领衔代表：周文华"): its own "建议…" is the signer's, not the
    # office whose print line ends it
    signed_person = person_signer(texts) if not (a.author or "").strip() else None
    org = "" if signed_person else report_holder(a.outlet or "", texts,
                        [to_simplified(b.text, a.script) for b in a.blocks if b.kind != "p" and b.text]) \
        or signed_body(a, texts)  # a letter's or notice's own "我局…", "我们认为": the body that signs it
    dialogue = is_dialogue(texts, labels, [b.text for b in a.blocks if b.kind != "p" and b.text]) \
        or takes_turns(texts, stamps, lambda t: lead_in(t, titles, article_text))
    hosted = sum(bool(m) and m.group(1) in _HOST_LABELS for m in (_LABEL_AT.match(t, k) for t, k in zip(texts, stamps)))
    host = _host(a, texts + blocks_else, titles) if dialogue or hosted >= 2 else ""
    after_break = after_heading(a)
    # (a writer's column or post, not a body's release: a release's quoted official speaks as in a report)
    column = getattr(column_authors([a], lambda slug, sc=a.script: (lambda t: to_simplified(t, sc))).get(a.slug),
                     "kind", "") == "person"
    section_of = _sections(a, lambda t, sc=a.script: to_simplified(t, sc))  # "常某（某大学教授）" heads a section
    return DocReading(article_text=article_text, by_para=by_para, texts=texts, blocks_else=blocks_else, known=known,
                      people=people, shorts=shorts, stamps=stamps, labels=labels, chat=chat, signed=signed,
                      senders=senders, posted=posted, post_role=post_role, thread=thread, commented=commented,
                      embedded=embedded, answers=answers, body_answers=body_answers, signed_person=signed_person,
                      org=org, dialogue=dialogue, host=host, after_break=after_break, column=column,
                      section_of=section_of)
