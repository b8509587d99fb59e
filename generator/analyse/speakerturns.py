"""A document's turns and speeches over several paragraphs: whether it is a dialogue (a host's or a
questioner's turns and named turns), where a turn stops (a label, a heading), and how a holder's
words are carried into the next paragraphs (a quotation paragraph, a colon handing the floor over, the
first person; never when the writer narrates in the first person). A split of ``speakerdoc``."""

from __future__ import annotations

import re

__all__ = ["LABEL_IN", "ASKER", "NAMED_TURN", "ADVERB_AFTER", "CARRY", "FIRST_SPEECH", "NARRATOR", "QUOTED_SPAN", "EXAMPLES",
           "is_dialogue", "takes_turns", "after_heading"]

#: A turn label anywhere in a paragraph ("…（摄影：某某）华夏日报记者：有网友问…"), or at its start.
LABEL_IN = re.compile(r"(?:^|[。！？）)\]】])\s*[^，。；：:“”「」\s]{1,14}[：:]")
#: A host's or a questioner's label: a document with them and named turns is a dialogue.
ASKER = re.compile(r"(?:^|[。！？）)\]】])\s*[^，。；：:“”「」\s]{0,12}(?:记者|主持人[\u4e00-\u9fff]{0,3}|问|提问|Q)[：:]")


def is_dialogue(texts, labels, others) -> bool:
    """Whether a document is a transcript or an interview: a host's or a questioner's turns, and
    at least two turns labelled with a named person (or two answers)."""
    from .interviews import ANSWER_TURN

    named = sum(1 for t, got in zip(texts, labels) if got or ANSWER_TURN.match(t) or NAMED_TURN.match(t))
    return named >= 2 and any(ASKER.search(t) for t in list(texts) + list(others))


def takes_turns(texts, stamps, heads) -> bool:
    """Whether a document's paragraphs open on people's name labels ("钱立华：…", "主持人 林晓：…") taking
    turns: two people or more, one of them labelling two paragraphs or more (a speaker who takes the floor
    again, or a host's or a questioner's turns among theirs; a list of views each under its holder, "申万宏源：…", "中信证券：…", is none). ``heads``: the
    holders a paragraph's opening label names (``speakers.lead_in``)."""
    count: dict[str, int] = {}
    for t, k in zip(texts, stamps):
        if not LABEL_IN.match(t[k:]):
            continue
        for h in heads(t[k:]):
            if h.start == 0 and h.kind == "person":
                count[h.name] = count.get(h.name, 0) + 1
    # (or a host's or questioner's turns between them: "主持人：…", "问：…")
    return len(count) >= 2 and (max(count.values()) >= 2 or any(ASKER.match(t[k:]) for t, k in zip(texts, stamps)))


#: A paragraph opened by a named person's label ("人力资源社会保障部副部长贺立新：…").
NAMED_TURN = re.compile(r"^[^，。；：:“”「」\s]{2,30}[\u4e00-\u9fff]{2,3}[：:]")


def after_heading(article) -> set[str]:
    """Ids of the paragraphs that follow a heading or another non-paragraph block (a new section,
    a question set as a heading): a turn does not go on over it."""
    out, prev = set(), "p"
    for b in article.blocks:
        if b.kind == "p":
            if prev != "p":
                out.add(b.id)
        prev = b.kind
    return out


#: Characters that open what a person does after their name ("钱卫东先给大家…", "李某也…").
ADVERB_AFTER = frozenset("先也又就便还再首曾已正将")
#: How many paragraphs a speech carries over without a frame of its own.
CARRY = 2
#: The first person outside quotations ("我们十几年前就开始…", "我自己测试感觉…").
FIRST_SPEECH = re.compile(r"(?<![自])我(?![国方省市县区校院军党司行])")
#: The writer's own first person opening a clause of the narration ("我叫她张姐", "我们对它做了…"; not
#: an idiom's "你方唱罢我登场").
NARRATOR = re.compile(r"(?:^|[，。；：！？,])\s*(?:我们|笔者|我(?![国方省市县区校院军党司行]))")
#: A paragraph opening on the examples of what was just said ("比如，…", "例如：…"): it goes on with the
#: argument of the paragraph before, in the same voice, when it names no holder of its own.
EXAMPLES = re.compile(r"^\s*(?:比如|例如|譬如|比方说|举例来说|举例而言|舉例來說|例如说)[，,：:]")
QUOTED_SPAN = re.compile(r"“[^”]{0,300}”|「[^」]{0,300}」")
