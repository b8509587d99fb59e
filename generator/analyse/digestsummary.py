"""A digest's summary: the article's thesis first (headline, lead, an author's stated position,
never a view the article reports only to answer it), then its main supporting points chosen by
MMR in reading order, then its conclusion — each a sentence that reads on its own (the sentences that
do are chosen in ``digestpool``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .digestborrowed import borrowed_voice, headline_figures, with_comparisons
from .digestlead import CLAIM, _dated_fact, _makes_claim, lead_first
from .digestlines import _CONNECTIVE, _HABITUAL, _META, _stance, _unquoted
from .digestlines import host_turns, turn_label  # noqa: F401  (re-exported: timeline reads host_turns here)
from .digestpool import _REPORTED_VIEW, _SECOND_PERSON, _spoken, summary_pool
from .digestpieces import headline_paragraphs, likewise_only
from .digestscale import SCALE, counts_parties, lists_names, looks_ahead, states_totals
from .digestthesis import leans_on as _leans_on, provisions, side_estimate
from .interviews import ANSWER_TURN
from .residue import display_text
from .text import Sentence, cjk_len, content_tokens, dot, unit

__all__ = ["summarise", "host_turns", "turn_label"]

MMR_LAMBDA = 0.7
#: How much standing in a main section that no chosen line speaks for weighs in choosing a point, and how
#: much sharing that section's heading words weighs there (``digestsections``).
SECTION = 0.2
SECTION_HEAD = 0.3
#: ...and how much naming four members or more of what the section is about ("A、B、C、D等") weighs there.
SECTION_LIST = 0.1
#: How near its heading a line less central than the middle of the article must be to speak for its section.
NEAR_HEADING = 0.15
#: The most lines a summary holds for an article in headed sections (thesis and conclusion included).
SECTIONED = 7


#: A credit or a disclosure closing a section ("感谢X提供试驾车辆，本期视频不含商业合作"): no section's point.
_CREDIT = re.compile(r"^(?:感谢|鸣谢|特别感谢|致谢)|不含(?:任何)?商业合作|非商业合作|本期(?:视频|节目|内容)由")


#: A note about the piece itself ("本刊整理6个关键问题", "本文将…"): never one of its points when
#: others are there.
_SELF_NOTE = re.compile(r"本文|本合集|本期|本刊|本报告|本栏目|整理汇总|(?:全程|实时|持续|滚动)(?:更新|报道|直播)")


#: How much the headline's words weigh in choosing the thesis (more, and side remarks that share a
#: headline word win over the lead).
HEADLINE = 0.8
#: How much standing in a paragraph that writes the headline's own phrase weighs in choosing the thesis.
HEADLINE_PHRASE = 0.1
#: How much standing in the document's own summary ("重要内容提示：", "投资要点", "【导语】") weighs in
#: choosing the thesis.
ABSTRACT = 0.2
#: How much an author's own stated position ("我想泼一盆冷水：…", "我恰恰认为…") weighs in
#: choosing the thesis: an opinion column's thesis is the author's view, not the lead's scene.
STANCE = 0.25

#: A position the author draws from the argument: a conclusion marker and what should be done
#: ("因此，与其抢盐、追涨，不如把力气用在…", "所以，监管部门应当…"). A column often sets the scene
#: with a first view early and closes on this: it is the thesis wherever it stands.
_PRESCRIBES = re.compile(r"^(?:因此|所以|总之|说到底|归根结底|归根到底)[，,]?.{0,40}?"
                         r"(?:与其.{1,30}不如|应当|应该|必须|需要|才是)")
#: A speaker summing up ("总结一下，…", "总的来说，…"): what the piece comes to, in any form.
_SUMS_UP = re.compile(r"^(?:总结一下|总结起来|总的来说|总的来讲|总而言之|总之|一句话|概括(?:地说|来说|一下)|归根结底)[，,：:]?")
#: A speaker recalling what happened ("某某回忆，开园那天…"): an anecdote, not what the article argues.
_RECOLLECTS = re.compile(r"回忆|回想|忆起|想起当时")
#: Words of a position taken in an answer: what should be done, what something does not mean.
_POSITION = re.compile(r"应该|应当|必须|不应|建议|关键是|关键在于|最有效的|不等于|并不意味着|不意味着|不能替")
#: A speaker organising the talk, not saying anything yet ("先说最基本的，…", "最后说说X，…", "先说结论："):
#: the line it opens is no thesis or conclusion (its claim, if any, is elsewhere).
_DISCOURSE_OPENER = re.compile(r"^[^，。：:]{0,4}?(?:先|再|最后|接着|顺便|下面|然后)(?:来)?(?:说|讲|聊|谈)(?!一句|两句|句)"
                               r"[^，。：:]{0,8}[，,：:]|^(?:要知道|须知|你要知道|别忘了)[，,]")
#: A later item of a list ("第二是硬件门槛，…", "三是…", "其二，…", "3. …"): the list goes on, it does not close.
_LATER_ITEM = re.compile(r"^(?:第[二三四五六七八九十]+|[二三四五六七八九十]是|其[二三四五六]|\d{1,2}[、.．](?!\d))")
#: A rumour or a guess held by nobody named ("外界推测…", "坊间传闻…", "据传…"): never the article's thesis.
_RUMOUR = re.compile(r"^(?:[^，。]{0,12}[，,])?[^，。]{0,8}?(?:推测|猜测|揣测|传闻|传言|盛传|据传|风传)")
#: An answer that leans on the question before it ("我觉得很难，…", "不好说，…", "当然会。"): its
#: first clause is a bare verdict with no subject, which alone reads as nothing.
_BARE_VERDICT = re.compile(r"^(?:我|笔者)?(?:觉得|认为|看|想)?(?:很难|挺难|不会|会的|不好说|难说|不一定|当然|是的|对的?|没错|"
                           r"未必|不见得|可能吧|有可能)[，,。！!]")
#: A document's name said as a line ("北辰证券晨会纪要。", "关于X的通知", "第3期周报"): a title passed on,
#: not a claim — one clause ending on the kind of paper it is.
_DOC_TITLE = re.compile(r"^[^，,。；;：:！？]{2,30}(?:纪要|通知|公告|通报|简报|报告|周报|日报|月报|快讯|摘要|议程|清单|名单|"
                        r"纪实|实录|全文)[。.！!]?$")
#: An answer that reports what a named other says (not "我认为", "我们认为").
_REPORTS_OTHERS = re.compile(r"(?:^|[，。；：:])(?!从|反过来|也就是|换句话|总的来|老实|比如|坦白|简单)"
                             r"[^，。；：:我]{2,20}?(?:认为|指出|表示|提醒|强调|说|称)[，：:「“]")


#: How much a provision that sets a value weighs among a text of provisions' points (see ``digestthesis``).
PROVISION = 0.15
#: The weight of a point stating the headline's thesis in figures (``digestborrowed.states_headline_figures``).
HEADLINE_FIGURES = 0.1
#: Advice to the reader ("…，请遵医嘱", "请家长错峰就诊"): what the reader should do, not what the piece
#: reports or argues.
_ADVICE = re.compile(r"(?:^|[，。；：！])\s*请(?!求|示|教|假|愿|柬|辞|战|来)")
#: A line that adds one fact heard ("据了解，X将于近日…", "据悉，…"): away from the lead, the article's
#: coda, not what it argues.
_HEARSAY = re.compile(r"^(?:据了解|据悉|另悉|另据|据知情人士|记者了解到|记者获悉)")


def _author_position(simple: str) -> bool:
    """A position taken outside any quotation ("延迟退休必须配套…", "关键在于…"), not a concession
    ("必须承认，…", "不得不承认")."""
    bare = _unquoted(simple)
    return bool(_COLUMN_POSITION.search(bare)) and not re.search(r"必须承认|不得不承认|不能不承认", bare)


#: What a columnist says must be done (not the epistemic "应该问题不大": probably no problem).
_COLUMN_POSITION = re.compile(r"必须|应当|不应|不能只|关键是|关键在于|不等于|并不意味着|不意味着|才是")


#: A paragraph that starts what follows the article proper: an appendix, further reading, an
#: embedded post's signature.
_APPENDIX = re.compile(r"^\s*(?:另附|附[：:]|附录|相关阅读|延伸阅读|推荐阅读|相关链接|往期回顾|往期推荐|原文链接|"
                       r"责任编辑|编辑[：:]|—+\s*\S+\s*\(@)")


_NUMBERED = re.compile(r"^\s*(?:\d+[、.．]|\d{1,2}[，,](?=\D)|[-*•]\s*|[（(]\d+[)）]|第[一二三四五六七八九十]+[，、,]"
                       r"|(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是)(?:是|点|个|条)?[^，。]{0,8}[，,：:])")


def _body_end(sents: list[Sentence]) -> int:
    """The paragraph index where the article proper ends (before an appendix, an embedded
    post's signature or further reading)."""
    seen: set[int] = set()
    end = max((s.para_index for s in sents), default=0)
    for s in sents:
        if s.para_index in seen:
            continue
        seen.add(s.para_index)
        if s.start == 0 and _APPENDIX.match(s.paragraph_simple[:40]) and s.para_index > 2:
            return max(s.para_index - 1, 0)
    return end


@lru_cache(maxsize=1 << 14)
def _prepared(sents: tuple, topic_terms: tuple, title: str, abstract: frozenset | None, voiced: bool):
    """What ``summarise`` reads of the article's own sentences, whatever the corpus' weights: the pool, which
    lines may be the thesis and the conclusion, their bonuses. A save that moves some words' weights
    weighs the article's lines again from this (kept while the sentences are the same); None: no pool."""
    # an interview (two answers or more, each a paragraph labelled 答：): its thesis is the
    # interviewee's main answer, never a question or the introduction
    answers = {s.para_index for s in sents if s.start == 0 and ANSWER_TURN.match(s.paragraph_simple[:8])}
    # ...unless its answers mostly report what others say ("林佩蓉指出…", "郑宇翔则说…"): an explainer
    # in questions and answers, whose thesis is its lead like any report's
    reporting = {s.para_index for s in sents if s.para_index in answers and _REPORTS_OTHERS.search(_unquoted(s.simple))}
    interview = len(answers) >= 2 and len(reporting) * 2 < len(answers)
    pool = summary_pool(sents, voiced)  # the sentences that read alone as what the article says (``digestpool``)
    if not pool:
        return None
    n = len(pool)
    borrowed = [borrowed_voice(pool[i]) for i in range(n)]
    own = sum(1 for b in borrowed if not b)
    terms_low = [t.lower() for t in topic_terms]
    bonus = []
    for i in range(n):
        low = pool[i].simple.lower()
        topic = 0.1 if any(t in low for t in terms_low) else 0
        lean = -0.06 if _CONNECTIVE.match(pool[i].simple) else 0.0
        long = -0.04 if cjk_len(pool[i].original) > 90 else 0.0
        bonus.append((topic, lean, long))
    last = max(s.index for s in sents) or 1
    # the headline's claim wherever it is stated (an OCR page puts it anywhere), else the lead
    # a thesis is the article's claim: not a note about the document, a numbered list item or
    # an instruction to the reader ("4.积极参与群内的讨论，你可能会…")
    stance = [_stance(s.simple) for s in pool]
    # the paragraphs that write the headline's own phrase ("使用成本" of "Sora使用成本高"): the headline's claim
    # is stated there (a speaker "同样认为" there is shown without the adverb: ``digestpieces``)
    at_head = headline_paragraphs(sents, title, topic_terms)
    # an interviewee's answer that takes a position ("…不等于没有问题", "最有效的办法是…") over one
    # that reports a reading
    # ...and so does the author's own "必须…", "关键在于…" in an article whose author takes a stance (a
    # column), when no one else is reported as holding it ("有专家认为…应该一步到位")
    column = not interview and any(stance)
    position = [interview and bool(_POSITION.search(_unquoted(s.simple)))
                or column and not _REPORTED_VIEW.search(_unquoted(s.simple).split("，")[0]) and _author_position(s.simple)
                for s in pool]
    # a line in a voice its paragraph named before it ("他分析了…", a bare quotation) is a point, never the thesis or
    # the conclusion (``digestborrowed``)
    candidates = [i for i in range(n) if not borrowed[i] and not _META.search(pool[i].simple) and not _HABITUAL.search(pool[i].simple)
                  and not _DISCOURSE_OPENER.match(_spoken(pool[i])) and not _RUMOUR.match(_spoken(pool[i]))
                  and not _BARE_VERDICT.match(_spoken(pool[i])) and not _DOC_TITLE.match(_spoken(pool[i]))
                  and (not _NUMBERED.match(pool[i].simple) or stance[i]) and not _SECOND_PERSON.search(pool[i].simple)
                  and not _RECOLLECTS.search(_unquoted(pool[i].simple))
                  and (stance[i] or position[i] or not _CONNECTIVE.match(display_text(pool[i].simple)))
                  and (not _leans_on(_unquoted(_spoken(pool[i])))
                       or pool[i].paragraph in at_head and likewise_only(_unquoted(_spoken(pool[i])), _leans_on))
                  and not _ADVICE.search(_unquoted(_spoken(pool[i])))
                  and not (_HEARSAY.match(_spoken(pool[i])) and pool[i].index > last / 3)] \
        or [i for i in range(n) if not borrowed[i] and not _META.search(pool[i].simple)] \
        or [i for i in range(n) if not borrowed[i]] or list(range(n))
    readable = [pool[i] for i in candidates]  # (the lines that may state a thesis at all, ``digestlead``)
    # an article whose author states a position early (a column: "我想泼一盆冷水：…") argues
    # that position; its lead may only set the scene
    early = [i for i in candidates if stance[i] and pool[i].index <= 0.3 * last]
    prescribes = [_PRESCRIBES.match(display_text(pool[i].simple)) is not None or
                  _PRESCRIBES.match(pool[i].simple) is not None for i in range(n)]
    # ...and the position it draws at the close ("因此，与其…不如…", "所以，…应当…") is its thesis over
    # an early view (in an article whose author states a position somewhere: a column, not a report)
    # (a speaker summing up in their own words, "总结一下，…", states it in any form)
    drawn = [i for i in candidates if prescribes[i]] if any(stance) else []
    drawn = drawn or [i for i in candidates if _SUMS_UP.match(_spoken(pool[i]))]
    candidates = drawn or early or candidates
    if interview:
        candidates = [i for i in candidates if pool[i].para_index in answers] \
            or [i for i in range(n) if pool[i].para_index in answers] or candidates
    # the lead: the first paragraph that opens on a sentence read alone (a headline, a byline or a
    # picture before it are no lead); an interview's answers are never its lead
    lead = min((s.para_index for s in pool if s.start == 0 and not (interview and s.para_index in answers)), default=-1)
    claims = [_makes_claim(pool[i].simple) for i in range(n)]
    # a claim over a dated fact only where the article makes one (a bare chronicle keeps its lead)
    dated = [_dated_fact(pool[i].simple) and any(claims[j] for j in candidates) for i in range(n)]
    candidates = [i for i in candidates if not dated[i]] or candidates
    # never another party's estimate the article cites ("据某券商测算，…"); a text of provisions (a law, rules,
    # a decision) states its substance in what it changes, from when, by how much (``digestthesis``)
    candidates = [i for i in candidates if not side_estimate(_spoken(pool[i]))] or candidates
    sets = provisions([pool[i].simple for i in range(n)], [s.paragraph_simple for s in sents if s.start == 0])
    candidates = sets or candidates
    lead_at = next((i for i in range(n) if pool[i].para_index == lead and pool[i].start == 0), None)
    # a document's own summary ("重要内容提示", "投资要点", "【导语】") states what it argues
    told = [bool(abstract) and pool[i].paragraph in abstract for i in range(n)]
    leans = [_leans_on(_unquoted(_spoken(pool[i]))) for i in range(n)]
    # the conclusion is where the article closes: its last paragraphs before an appendix
    # ("另附：", "相关阅读", an embedded post), the later the better
    end = _body_end(sents)
    first_para = min((s.para_index for s in sents), default=0)
    # a conclusion draws something (a judgement, a cause, a forecast, what to do, a summing up): the last item of a
    # feed or a list is one more item
    concludes = [claims[i] or prescribes[i] or looks_ahead(pool[i].simple) or _SUMS_UP.match(_spoken(pool[i])) is not None
                 for i in range(n)]
    scale = [states_totals(pool[i].simple) or counts_parties(pool[i].simple) for i in range(n)]
    figures = headline_figures(pool, title)
    names = [lists_names(pool[i].simple) for i in range(n)]
    return (tuple(pool), tuple(borrowed), own, tuple(bonus), last, tuple(stance), interview, tuple(position),
            tuple(candidates), tuple(sets), lead, lead_at, tuple(claims), tuple(dated), tuple(prescribes), tuple(told), at_head, tuple(leans), end, first_para,
            tuple(concludes), tuple(scale), tuple(figures), tuple(names), column, tuple(drawn), tuple(readable))


def summarise(sents: list[Sentence], weights: dict[str, float], topic_terms: tuple[str, ...],
              k: int | None = None, salient: set | None = None,
              title: str = "", abstract: set[str] | None = None, voiced: bool = False,
              closing: frozenset[str] = frozenset(),
              sections: tuple[tuple[str, frozenset[str]], ...] = (), reserve: int = 0) -> list[tuple[Sentence, str]]:
    """The article's thesis, then its main supporting points: 4–6 whole sentences (fewer when fewer read alone;
    up to ``SECTIONED`` in an article of many headed sections).

    The thesis is the early sentence closest to the headline and to the whole article (the
    lead); a closing sentence that restates it is the conclusion. Supporting points are chosen
    by MMR (central, non-redundant; a little weight for stating a briefing point, ``salient``)
    and kept in reading order. Returns (sentence, role) with role ``thesis``, ``point`` or
    ``conclusion``, thesis first. ``voiced``: the sentences are one participant's, shown under their
    name (``digestthread``), so a first-person line reads. ``closing``: the paragraph ids of the article's
    closing section (``digestpieces``), where its conclusion is drawn, however central its words.
    ``sections``: the article's main sections, (heading, paragraph ids) (``digestsections``): each is
    spoken for by one of its sentences (the one nearest its heading among its central ones) while the
    summary has room, up to ``SECTIONED`` lines less ``reserve`` (the lines its list sections will take)."""
    prep = _prepared(tuple(sents), tuple(topic_terms), title, None if abstract is None else frozenset(abstract), voiced)
    if prep is None:
        return []
    (pool, borrowed, own, bonus, last, stance, interview, position, candidates, sets, lead, lead_at, claims, dated, prescribes, told,
     at_head, leans, end, first_para, concludes, scale, figures, names, column, drawn, readable) = prep
    pool, candidates = list(pool), list(candidates)
    vecs = [unit({t: weights.get(t, 1.0) for t in content_tokens(s.simple)}) for s in pool]
    head = unit({t: weights.get(t, 1.0) for t in content_tokens(title)}) if title else {}
    n = len(pool)
    # Mean similarity to the rest is v_i · (sum of all v_j) − v_i · v_i over n − 1: one pass over
    # the pool, not a similarity matrix (n² products: hours for an article of 20,000 sentences).
    total: dict[str, float] = {}
    # (a line in a voice its paragraph named before it, ``digestborrowed``, is measured against the article's other
    # lines and weighs in no one else's centrality: the article's centre is what it says in its own lines)
    for v, b in zip(vecs, borrowed):
        if b:
            continue
        for t, x in v.items():
            total[t] = total.get(t, 0.0) + x
    ranked: list[float] = []  # the article's own lines' shares (``borrowed`` lines aside), then in order
    cent, shared = [], []
    for i in range(n):
        c = (dot(vecs[i], total) - (0.0 if borrowed[i] else dot(vecs[i], vecs[i]))) / max(own - (0 if borrowed[i] else 1), 1)
        shared.append(c)  # how much of the rest of the article the sentence shares
        if not borrowed[i]:
            ranked.append(c)
        topic, lean, long = bonus[i]
        point = 0.08 if salient and (pool[i].article, pool[i].index) in salient else 0.0
        cent.append(c + topic + point + lean + long)
    ranked = sorted(ranked) or sorted(shared)
    for i in sets:
        cent[i] += PROVISION
    # ...and where the lead opens on background (a dated opening with no claim: "2024年元旦假期，在…领导下，
    # 全市…平稳运行"), its news is the lead paragraph's next sentence about what the article is about
    if lead_at is not None and _dated_fact(pool[lead_at].simple):
        middle_shared = ranked[len(ranked) // 2]
        lead_at = next((i for i in sorted(candidates, key=lambda i: pool[i].index)
                        if pool[i].para_index == lead and pool[i].index > pool[lead_at].index
                        and not _dated_fact(pool[i].simple) and shared[i] >= middle_shared), lead_at)
    # an interviewee says "我认为" in every answer: there the first person marks no stand taken against
    # the lead, and the headline's words and the answer's position decide
    lean = 0.0 if interview else STANCE
    thesis = max(candidates, key=lambda i: (cent[i] + HEADLINE * dot(vecs[i], head) + lean * stance[i]
                                            + ABSTRACT * told[i] + HEADLINE_PHRASE * (pool[i].paragraph in at_head)
                                            + STANCE * position[i] + CLAIM * claims[i] - CLAIM * dated[i]
                                            + 0.12 * (1 - pool[i].index / last)
                                            + (0.1 if i == lead_at else 0),
                                            -i))
    # the conclusion is where the article closes: its last paragraphs before an appendix
    # ("另附：", "相关阅读", an embedded post), the later the better
    close_from = end - max(2, round((end - first_para) * 0.1))
    # (never a sign-off, a footer or a disclaimer: the host's turns, lines to the reader and labelled
    # lists such as "风险提示：…；…；…" are out of the pool above)
    late = [i for i in range(n) if close_from <= pool[i].para_index <= end and i != thesis and not borrowed[i]
            and dot(vecs[i], vecs[thesis]) < 0.6 and not _CONNECTIVE.match(pool[i].simple)
            and not _META.search(pool[i].simple) and not _DISCOURSE_OPENER.match(_spoken(pool[i]))
            and not _RUMOUR.match(_spoken(pool[i])) and not _BARE_VERDICT.match(_spoken(pool[i]))
            and not _LATER_ITEM.match(_spoken(pool[i]))]
    # the close is about what the article is about: in a newsletter or a live blog the last items may
    # be other news ("春运前10天…"); then the conclusion is looked for further up (the last third)
    middle = ranked[len(ranked) // 2]
    late = [i for i in late if shared[i] >= middle - 1e-9 and shared[i] > 1e-9  # (float noise: two equal shares)
            and not leans[i]]
    # a conclusion draws something (a judgement, a cause, a forecast, what to do, a summing up): the last item of a
    # feed or a list is one more item
    late = [i for i in late if concludes[i]]
    # an article in headed sections closes in its last one ("记者观察｜它为什么没有诞生在中国？"): its
    # conclusion is drawn there (an answer to the section's question need not share the article's most
    # central words), never from an example further up
    quarter = ranked[len(ranked) // 4]
    closed = [i for i in range(n) if pool[i].paragraph in closing and i != thesis and not borrowed[i] and concludes[i]
              and dot(vecs[i], vecs[thesis]) < 0.6 and shared[i] >= quarter - 1e-9 and shared[i] > 1e-9
              and (not leans[i] or likewise_only(_unquoted(_spoken(pool[i])), _leans_on))
              and not pool[i].simple.rstrip("”」’』").endswith(("？", "?"))
              and not _CONNECTIVE.match(pool[i].simple) and not _META.search(pool[i].simple)
              and not _DISCOURSE_OPENER.match(_spoken(pool[i])) and not _RUMOUR.match(_spoken(pool[i]))
              and not _BARE_VERDICT.match(_spoken(pool[i])) and not _LATER_ITEM.match(_spoken(pool[i]))] \
        if closing else []
    if closed and not any(pool[i].paragraph in closing for i in late):
        late = closed
        close_from = min(pool[i].para_index for i in closed)
    if not late:
        close_from = end - max(2, round((end - first_para) * 0.33))
        late = [i for i in range(n) if close_from <= pool[i].para_index <= end and i != thesis and not borrowed[i]
                and dot(vecs[i], vecs[thesis]) < 0.6 and not _CONNECTIVE.match(pool[i].simple)
                and not _META.search(pool[i].simple) and shared[i] >= middle - 1e-9 and shared[i] > 1e-9
                and not _DISCOURSE_OPENER.match(_spoken(pool[i])) and not _RUMOUR.match(_spoken(pool[i]))
                and not _BARE_VERDICT.match(_spoken(pool[i])) and not _LATER_ITEM.match(_spoken(pool[i]))
                and concludes[i]]
    if not late and head:  # a close about the headline's subject that draws something (a live blog's last entry)
        close_from = end - max(2, round((end - first_para) * 0.1))
        late = [i for i in range(n) if close_from <= pool[i].para_index <= end and i != thesis and not borrowed[i] and concludes[i]
                and dot(vecs[i], head) > 0.1 and dot(vecs[i], vecs[thesis]) < 0.6 and not leans[i]
                and not _CONNECTIVE.match(pool[i].simple) and not _META.search(pool[i].simple)]
    span = max(end - close_from, 1)
    conclusion = max(late, key=lambda i: (cent[i] + 0.4 * dot(vecs[i], head)
                                          + 0.3 * (pool[i].para_index - close_from) / span, i)) if late else None
    if k is None:
        k = min(6, max(4, round(own / 7)))
    chosen = [thesis] + ([conclusion] if conclusion is not None else [])
    # an article in headed sections: a line for each main section that no line chosen speaks for yet
    where = {pid: j for j, (_, ids) in enumerate(sections) for pid in ids}
    home = [where.get(pool[i].paragraph, -1) for i in range(n)]
    heads = [unit({t: weights.get(t, 1.0) for t in content_tokens(h)}) for h, _ in sections]
    # a line speaks for its section when it writes a word of the heading the section writes ("概念股" of
    # "概念股该狂飙还是该瑟瑟发抖？"), or any line when the section writes none (a heading's wit)
    # (a heading word the section writes in two sentences or more: what it elaborates, not a word in passing)
    toks = [set(content_tokens(pool[i].simple)) if home[i] >= 0 else set() for i in range(n)]
    written = [{t for t in heads[j] if sum(1 for i in range(n) if home[i] == j and t in toks[i]) >= 2}
               for j in range(len(sections))]

    # (and only a line about what the article or the section is about: as central as the middle of the pool,
    # or near its heading; never a sign-off or a thanks a section happens to close on)
    median = ranked[len(ranked) // 2]
    near = [dot(vecs[i], heads[home[i]]) if home[i] >= 0 else 0.0 for i in range(n)]

    def speaks(i: int) -> bool:
        j = home[i]
        return j >= 0 and (shared[i] >= median - 1e-9 or near[i] >= NEAR_HEADING) and not _CREDIT.search(pool[i].simple) \
            and (not written[j] or bool(written[j] & toks[i]))

    spoken = {home[j] for j in chosen if speaks(j)}
    present = {home[i] for i in range(n) if home[i] >= 0}  # (a section with no sentence that reads alone has none)
    if present - spoken:
        # (one line more than otherwise at least, and one point free to be the most central line wherever it stands)
        k = max(k, min(SECTIONED - reserve, max(k + 1, len(chosen) + len(present - spoken) + 1)))
    red = [0.0] * n  # the highest similarity of each sentence to one already chosen
    # a supporting point may state the whole's size ("累计转移640余人，运送约15吨"); the thesis is what is argued
    # ...or how many parties hold a view or did a thing ("中信建投、国泰君安等10家券商均表示…"): also the whole's size
    # ...and a point stating the headline's thesis in figures (its terms with a figure, or its own number) is
    # preferred: what the headline's claim rests on ("…使用成本一分钟要达到500元" under "Sora使用成本高")
    for j in chosen:
        for i in range(n):
            red[i] = max(red[i], dot(vecs[i], vecs[j]))
    while len(chosen) < min(k, n):
        best, best_val = None, -1e9
        for i in range(n):
            if i in chosen or _CREDIT.search(pool[i].simple):  # (a credit or a disclosure is never a point)
                continue
            val = MMR_LAMBDA * (cent[i] + SCALE * scale[i] + HEADLINE_FIGURES * figures[i]) - (1 - MMR_LAMBDA) * red[i]
            if home[i] >= 0 and home[i] not in spoken and speaks(i):  # a section nothing speaks for: its line nearest its heading
                val += SECTION + SECTION_HEAD * near[i] + SECTION_LIST * names[i]  # ...that names what it lists
            if red[i] > 0.6 or _SELF_NOTE.search(pool[i].simple):  # a repeat, or a note about the piece itself
                val -= 1.0
            if leans[i]:  # a line that needs the one before it ("不认同这种区分") reads alone only when nothing else does
                val -= 0.5
            if val > best_val:
                best, best_val = i, val
        if best is None:
            break
        chosen.append(best)
        if speaks(best):
            spoken.add(home[best])
        for i in range(n):
            red[i] = max(red[i], dot(vecs[i], vecs[best]))
    points = sorted((i for i in chosen if i not in (thesis, conclusion)), key=lambda i: pool[i].index)
    # a point stating one side of the headline's comparison in figures is shown with the other side beside it
    # (``digestborrowed``): "…每分钟成本在30元至60元之间。「…一分钟要达到500元…」"
    lines = with_comparisons(pool, points, (thesis, conclusion), title)
    out = [(pool[thesis], "thesis")] + [(s, "point") for s in lines]
    if conclusion is not None:
        out.append((pool[conclusion], "conclusion"))
    # (a report's lead kept as a point states the thesis first, ``digestlead``)
    return lead_first(out, lead, interview or column or thesis in drawn or told[thesis] or prescribes[thesis] or bool(sets) or bool(voiced),
                      at_head, readable)
