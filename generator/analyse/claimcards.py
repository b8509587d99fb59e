"""Page furniture among a corpus's sentences: cards of fields and boilerplate repeated across
articles, never claims whatever their words (``claims.candidates`` and ``consensus`` skip them).

A run of ``名称：值`` paragraphs is a card unless it is the turns of an interview or a press
conference: a label comes back, or a turn asks a question that the next turn answers, and some turn
is a long answer. The same sentence in three or more articles, not naming the topic, is an
archive's notice or a newsletter's footer.
"""

from __future__ import annotations

import re

from .text import Sentence, cjk_len
from .text import count_words as _count

__all__ = ["furniture", "asked_turn", "ASKED_TURN"]

_NORM = re.compile(r"[\s，。！？；：、“”「」『』（）()\"',.!?;:]+")


def _norm(text: str) -> str:
    return _NORM.sub("", text)


_FIELD = re.compile(r"^[^，。：:“”「」\s]{1,8}[：:]")


def _dialogue(paras: list[str]) -> bool:
    """Turns of an interview ("问：…" / "答：…", "记者：…" / "张三：…"), not a card of fields: a
    label comes back and some turn is a long answer (a card names each field once, briefly)."""
    labels = [_FIELD.match(p.strip()).group(0)[:-1] for p in paras]
    if not any(cjk_len(p) >= 40 for p in paras):
        return False
    # a label comes back, or a turn asks a question that the next turn answers (a press
    # conference: each reporter and each official speaks once, "记者：…？" / "司长：…")
    return len(set(labels)) < len(labels) or any(
        re.search(r"[？?][”」]?\s*$", p) for p in paras[:-1])


#: The label of an asker's turn ("投资者提问：", "网友提问：", "读者问：", "问：", "Q：", "记者："): a question on a Q&A
#: platform, in an interview or at a press conference.
ASKED_TURN = re.compile(r"^\s*(?:(?:投资者|网友|网民|读者|股民|用户|听众|观众|记者|提问者)(?:提问|问)?|提问|问|Q)\s*[：:]")


def asked_turn(paragraph_simple: str) -> bool:
    """Whether a paragraph is an asker's turn: opened by an asker's label, and asking (a question mark). Its
    sentences (the premise an investor states before asking, "X说…，请问…？") are the question's, never a claim."""
    return bool(ASKED_TURN.match(paragraph_simple)) and bool(re.search(r"[？?]", paragraph_simple))


def furniture(sentences: list[Sentence], topic_terms: tuple[str, ...]) -> set[tuple[str, int]]:
    """Sentences that are page furniture, by general rules (no list of phrases):

    * a question's turn (``asked_turn``): what an asker says is no claim of any source, and counts as none;

    * a card of fields: a run of 3+ consecutive ``名称：值`` paragraphs, 2+ of them short, unless
      they are the turns of an interview (``_dialogue``);
    * boilerplate: the same sentence, not naming the topic, in 3+ articles (an archive's notice,
      a newsletter's footer)."""
    out: set[tuple[str, int]] = set()
    by_para: dict[tuple[str, int], list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault((s.article, s.para_index), []).append(s)
    run: list[tuple[str, int]] = []

    def close():
        if len(run) >= 3 and sum(cjk_len(by_para[k][0].paragraph_simple) < 30 for k in run) >= 2 \
                and not _dialogue([by_para[k][0].paragraph_simple for k in run]):
            for k in run:
                out.update((s.article, s.index) for s in by_para[k])
        run.clear()

    last = None
    for key in sorted(by_para):
        if last is None or key[0] != last[0] or key[1] != last[1] + 1:
            close()
        if _FIELD.match(by_para[key][0].paragraph_simple.strip()):
            run.append(key)
        else:
            close()
        last = key
    close()
    for ss in by_para.values():  # (a paragraph is read once, not once per sentence)
        if asked_turn(ss[0].paragraph_simple):
            out.update((s.article, s.index) for s in ss)
    seen: dict[str, set[str]] = {}
    for s in sentences:
        seen.setdefault(_norm(s.simple), set()).add(s.article)
    for s in sentences:
        if len(seen[_norm(s.simple)]) >= 3 and not _count(s.simple, topic_terms):
            out.add((s.article, s.index))
    return out
