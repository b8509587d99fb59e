"""A quotation standing alone right after a person is described is that person's (issue 13, property 1).

Features, e-papers and transcripts introduce a member of the public with what they are and no verb
of saying, then give their words as a bare quotation: "退休职工赵某某，今年59岁。“我还想再干几年。”",
"店主李华在夜市摆摊八年。" on one line and "“摊位费也涨了。”" on the next. The quotation has no
frame, so nobody is credited. Read here: a sentence that is a quotation whole (nothing outside its
marks) and has no speaker, right after a sentence (in the same paragraph, or the one-sentence paragraph
just before) that describes exactly one person — a description, then a name opening on a surname
("出租车司机高永强开了十五年车", "来自广州的游客钟某") — and quotes nobody and credits nobody. Consecutive
bare quotations after it are the same person's. When the description names two people, none, or
only a reporter, nobody. A split of ``speakerdoc``."""

from __future__ import annotations

import re

from .model import Speaker

__all__ = ["described_quotes", "one_described"]

#: A sentence that is one quotation, whole ("“…。”", "「…」").
_BARE_QUOTE = re.compile(r"^\s*[“「『][^“”「」『』]{2,}[”」』]\s*[。！？!?]?\s*$")
#: A person addressed by surname and a polite form or "某" ("赵某某", "林女士", "黄先生").
_ADDRESSED = re.compile(r"([\u4e00-\u9fff])(某某|某|先生|女士|小姐|太太|阿姨|师傅|大爷|大妈)")
#: The parts of speech of what a person is ("出租车司机", "退休职工", "夜市摊主", "90后女孩").
_WHAT = ("n", "l", "j", "a", "b", "m", "q", "f", "s", "t")
#: A sentence opening on "他"/"她" and a verb of saying (never "他们").
_PRONOUN_SAYS = re.compile(r"^(?:他|她)(?!们|們)(?:还|還|也|又|则|則|随后|隨後|接着|接著)?(?:告诉|告訴|"
                           r"[^，。“”「」]{0,6}?(?:说|說|表示|介绍|介紹|坦言|透露|称|稱|补充|補充))")
#: Two people joined in one description ("处长与议员黄某"): whose words follow is a guess.
_JOINED = re.compile(r"[和与與及、跟同]")
#: A description that makes its person no speaker of the page's quotations (the page's own staff).
_STAFF = re.compile(r"记者|編輯|编辑|通讯员|通訊員|主持人|小编|本报|本報")


def _describes(pieces, text: str) -> bool:
    """Whether the words before a name say what the person is: nouns after any "…的" clause, and no
    verb ("出租车司机", "来自广州的游客"; never "警方拘留了司机"), no second person joined in."""
    de = max((i for i, w in enumerate(pieces) if w.word == "的"), default=-1)
    what = pieces[de + 1:]
    # (a verb opening a two-word title at the clause's start is an attribute: "退休船员")
    lead_verb = de < 0 and len(what) == 2 and what[0].flag == "v" and len(what[0].word) == 2
    return bool(what) and all(w.flag.startswith(_WHAT) and not w.flag.startswith("nr") for w in what[lead_verb:]) \
        and what[-1].flag.startswith(("n", "l", "j")) and len(text) <= 20 and not _JOINED.search(text)


def one_described(simple: str) -> tuple[str, str] | None:
    """(name, role) of the one person a description sentence names after what they are, else None."""
    import jieba.posseg as posseg

    from .speakerholder import _common_words, _surnames

    if re.search(r"[“”「」『』：:]", simple):
        return None
    found: list[tuple[str, str]] = []
    for clause in re.split(r"[，,；;。！？!?]", simple):
        if not clause:
            continue
        m = _ADDRESSED.search(clause)
        if m and m.group(1) in _surnames():
            role = clause[:m.start()]
            found.append((m.group(0), role if _describes(posseg.lcut(role), role) else ""))
            continue
        pieces = posseg.lcut(clause[:40])
        at = 0
        for k, p in enumerate(pieces):
            name = ""
            if p.flag == "nr" and 2 <= len(p.word) <= 3:
                name = p.word
            elif p.flag == "nr" and len(p.word) == 1 and k + 1 < len(pieces) and \
                    pieces[k + 1].flag in ("nr", "ns", "nz", "ng") and len(pieces[k + 1].word) <= 2:
                name = p.word + pieces[k + 1].word  # a name the dictionary splits ("赵" "德顺")
            after = pieces[k + (2 if len(p.word) == 1 else 1)] if k + (2 if len(p.word) == 1 else 1) < len(pieces) else None
            if name and after is not None and after.flag.startswith(("ns", "nr", "nz", "ng", "n")) and len(after.word) <= 2 \
                    and not after.flag.startswith("nt"):
                found.append((name, ""))  # the name's end is unsure ("符志" "刚跑"): no half-name
                at += len(p.word)
                continue
            if name and name[0] in _surnames() and not _common_words(name):
                # a name right after what the person is ("出租车司机高永强", "家住三楼的住户鲍某")
                # what they are: nouns after any "…的" (no verb: "警方拘留了司机王某" is no description)
                if _describes(pieces[:k], clause[:at]):
                    found.append((name, clause[:at]))
                elif k == 0 or pieces[k - 1].flag.startswith(("n", "c", "l", "j")) or pieces[k - 1].word in "、和与與及跟同":
                    found.append((name, ""))  # another name standing as a person: two people, or unsure
            at += len(p.word)
    names = {n for n, _ in found}
    if len(names) != 1:
        return None
    name, role = found[0]
    if not role or _STAFF.search(role) or len(role) > 16:
        return None  # a bare name with no description is the ordinary frames' business; a reporter never
    return name, re.sub(r"^(?:来自|家住|住在)?[^的]{0,8}的(?=[\u4e00-\u9fff]{2,})", "", role) or role


def _as_written(s, words: str) -> str:
    """``words`` (read in simplified script) as the sentence writes them, in the article's own script."""
    at = s.simple.find(words)
    if words and at >= 0 and len(s.original) == len(s.simple):
        return s.original[at:at + len(words)]
    return words


def described_quotes(sents, by_sentence: dict) -> dict:
    """Speakers for the bare quotations of one article's sentences (``sents`` in reading order) that
    follow a description of one person; the entries to add to ``by_sentence``."""
    out: dict = {}
    by_para: dict[str, list] = {}
    for s in sents:
        by_para.setdefault(s.paragraph, []).append(s)
    paras = list(by_para.values())
    for pi, ps in enumerate(paras):
        for k, s in enumerate(ps):
            if not _BARE_QUOTE.match(s.simple) or by_sentence.get((s.article, s.index)):
                continue
            j = k - 1
            while j >= 0 and _BARE_QUOTE.match(ps[j].simple):
                j -= 1  # a run of bare quotations goes back to the one description before it
            if j >= 0:
                prev = ps[j]
            elif pi > 0 and len(paras[pi - 1]) == 1:
                prev = paras[pi - 1][0]  # a description line of its own, then the quotation
            else:
                continue
            if by_sentence.get((prev.article, prev.index)):
                continue
            got = one_described(prev.simple)
            if got is None:
                continue
            name, role = got
            sp = Speaker(name=_as_written(prev, name), role=_as_written(prev, role), article=s.article,
                         paragraph=s.paragraph, kind="person")
            out[(s.article, s.index)] = (sp,)
            nxt = ps[k + 1] if k + 1 < len(ps) else None
            if nxt is not None and not by_sentence.get((nxt.article, nxt.index)) and _PRONOUN_SAYS.match(nxt.simple):
                out[(nxt.article, nxt.index)] = (sp,)  # "“…”他告诉记者，…": the pronoun is the one just quoted
    return out
