"""Who says each sentence of one article: the attributions ``speakers`` finds in each paragraph,
resolved inside the document (bare names and pronouns, roles given once, turn labels), and the span
of the paragraph each covers. A split of ``analyse``: ``doc_speakers`` is called per article by
``incremental.article_parts``; what it reads around a holder (sections, a host, a pronoun's antecedent) is in
``speakercontext``. By concept: the article read as a whole (``speakerreading``), who opens each paragraph
(``speakerheads``), people introduced with a title (``speakertitled``), whom a bare name or a pronoun stands
for (``speakerbare``, ``speakerpronoun``), a colon handing the floor over (``speakerhandover``), another's words reported
inside a turn or a post (``speakerreported``), a document's
own narration (``speakernarration``); here, the order they are read in and what carries from one paragraph to
the next (a turn, a speaker's words, a report's issuer), then the passes over the whole article (parties' parts,
turns labelled by a role, an unlabelled interview)."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Speaker
from .outletvoice import others_in_outlets_item
from .speakerbare import bare_holder
from .speakercheck import answer_labelled, checked_name
from .speakercontext import _HONORIFIC_AFTER, _orig, _sections, _starts, _surnames
from .speakerfields import signed_within, subjects
from .speakerhandover import handed_over
from .speakerheads import paragraph_heads
from .speakerholder import OUTLET_END
from .speakerintro import introduced_turns
from .turns import bounded_turn
from .speakerlabels import label_speakers
from .speakernarration import own_narration
from .speakerparts import ROLE_WORD, part_speakers
from .speakerpronoun import heading_person, plural_holder, pronoun_holder
from .speakerposts import COMMENT, QUOTING
from .speakerreading import read_document
from .speakerreported import reported_inside
from .speakerroles import short_mention
from .speakerspan import coverage, speaker_for
from .speakertitled import titled_people
from .speakerturns import CARRY, EXAMPLES, FIRST_SPEECH, LABEL_IN, NARRATOR, QUOTED_SPAN
from .speakers import find_attributions
from .taxonomy import Taxonomy
from .text import Sentence, to_simplified

__all__ = ["doc_speakers"]


def _voice(name: str, role: str, tax: Taxonomy) -> tuple[str, str]:
    text = (role + name).lower()
    for gid, label, cues in tax.voices:
        if any(c.lower() in text for c in cues):
            return gid, label
    return "", ""


#: A paragraph opening on an outlet by its title and its report ("英国《某报》7月14日的报道…", "据美国《某报》网站
#: 报道，…", "日本《某刊》则关注…"): the outlet a following "报道称" stands for.
_OPENS_ON_OUTLET = re.compile(r"^(?:据|另据)?[\u4e00-\u9fff]{0,4}《([^《》，。\n]{2,16})》(?:网站|网|杂志|电视台|频道)?"
                              r"[^。！？《》“”]{0,20}?(?:报道|报导|刊文|撰文|发文|社论|评论|关注|指出|分析)")


def doc_speakers(articles, per_article, titles, tax):
    """Speakers per sentence (only where the text attributes), with bare names and pronouns
    resolved inside the article."""
    by_sentence: dict[tuple[str, int], tuple[Speaker, ...]] = {}
    found: list[tuple[str, str, str]] = []
    roles_found: dict[str, str] = {}
    # (an adverb after a two-character name is the predicate's: "营养师许静则更关心…" names 许静)
    title_name = re.compile("(" + "|".join(map(re.escape, titles)) + r")[ \u3000]?([\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2}(?:(?![则就也还却仍亦])[\u4e00-\u9fff])?)(?=[，。、表认指称说坦直也同亦告向就看则持对还更曾均（(昨今于0-9]|在(?!线)|" + _HONORIFIC_AFTER + ")")
    title_colon = re.compile("(" + "|".join(map(re.escape, titles)) + r")[ \u3000]?([\u4e00-\u9fff]{2,3})")
    for a in articles:
        sents = per_article[a.slug]
        d = read_document(a, sents, titles, title_name, title_colon, roles_found)  # the article as a whole
        article_text, by_para, known, people, shorts, posted = d.article_text, d.by_para, d.known, d.people, d.shorts, d.posted
        heads_orig = _sections(a, lambda t: t)  # (a heading's person in the article's own script)
        labels, senders, dialogue, after_break = d.labels, d.senders, d.dialogue, d.after_break
        last_person: Speaker | None = None
        last_at = -9
        last_issuer = None
        titled: list[tuple[int, Speaker]] = []
        prev_sents: list[Sentence] = []
        turn: Speaker | None = None  # the named speaker whose turn the previous paragraph was
        tail: Speaker | None = None  # the person whose words end the previous paragraph
        quoted_tail: Speaker | None = None  # any holder (a group, a body) whose words end it
        carried, handed = 0, False  # paragraphs carried over; whether a colon handed the floor over
        narrator = False  # the writer speaks in the first person in their own narration
        for pno, (pid, psents) in enumerate(by_para.items()):
            if pno - last_at > 1:
                last_person = None  # "他" takes a person of this or the previous paragraph only
            prev_person = last_person
            psimple = psents[0].paragraph_simple
            porig = psents[0].paragraph_original
            for at, sp, issues in titled_people(psimple, porig, title_name, known, roles_found, a.slug, pid,
                                                lambda n, r: _voice(n, r, tax)):  # "分析师王某表示": a person from here on
                last_at, last_person = pno, sp
                titled.append((at, sp))
                if issues:  # "分析师王某昨日发表报告，…。报告指，…"
                    last_issuer = (sp, pno)
            atts = []
            opened = _OPENS_ON_OUTLET.match(psimple)
            if opened:  # "英国《某报》7月14日的报道将焦点放在…。报道称，…": the report is that outlet's
                last_issuer = (Speaker(name=_orig(porig, psimple, opened.group(1)), role="", article=a.slug,
                                       paragraph=pid, kind="org"), pno)
            heads, starts = paragraph_heads(d, pno, pid, psimple, psents, titles)
            subject_at = subjects(psimple, people | {n for n, (r, k) in known.items() if k == "person" and len(n) >= 2})
            here: list[tuple[int, Speaker]] = [x for x in titled if x[1].paragraph == pid]
            described: list[tuple[int, Speaker]] = []  # unnamed holders of this paragraph ("一位经销商则…")
            for att in sorted(heads + find_attributions(psimple, titles), key=lambda x: x.start):
                name, role, kind = att.name, att.role, att.kind
                if kind not in ("pronoun", "document"):
                    # a well-formed name or none ("梁卓贤则持" → 梁卓贤, "上午9" → nobody)
                    ok = checked_name(name, kind, article_text)
                    if not ok:
                        continue
                    if ok != name:
                        # (a Q&A's answer label before a body's name, "公司回答某某科技", leaves the body as it is)
                        name, kind = ok, (kind if role and kind == "person" or answer_labelled(name, ok) else "bare")
                if kind == "pronoun":  # "他说…": whom it stands for (a described holder: their speaker as it is)
                    headed = heading_person(d.section_of.get(pid, ""), titles, heads_orig.get(pid, ""))
                    if headed:  # "### 6.7 前某公司副总裁王某" then "他认为…": the section's person, not one before it
                        known.setdefault(headed[0], (headed[1], "person"))
                    got = pronoun_holder(att.start, psimple, subject_at, here, described, titles, known, Speaker(
                        name=headed[0], role=headed[1], article=a.slug, paragraph=pid, kind="person") if headed else prev_person)
                    if got is None:
                        continue
                    if isinstance(got, Speaker):
                        atts.append((att.start, att.end, got))
                        continue
                    name, role, kind = got
                elif kind == "document":  # "报告指": the holder who issued a report just before
                    if last_issuer is None or pno - last_issuer[1] > 1:
                        continue
                    name, role, kind = last_issuer[0].name, last_issuer[0].role, last_issuer[0].kind
                elif kind == "bare" and name in ("他们", "她们"):  # "…三位负责人露面…。他们透露": that group
                    name, role, kind = plural_holder(psimple, att.start), "", "group"
                    if not name:
                        continue
                elif kind == "bare":  # "张表示", "阿贵说", "东电承认": whom a bare name stands for
                    got = bare_holder(name, role, known, shorts, tax, article_text, psimple[att.start:att.end])
                    if got is None:
                        continue
                    name, role, kind = got
                elif kind in ("org", "bare") and known.get(name, ("", ""))[1] == "person":
                    role, kind = role or known[name][0], "person"  # "阿杰：" after "主播：阿杰、小鹿"
                elif kind == "person" and not role and att in heads and name not in known and short_mention(name, known):
                    name = short_mention(name, known)  # a turn label "孙老师：" after "嘉宾：孙启航"
                    role = role or known[name][0]
                elif kind == "person" and not role and name in known:
                    role = known[name][0]  # "周文远：" after "嘉宾（某大学教授周文远）：": the role given once
                if not checked_name(name, kind, article_text):
                    continue
                if kind == "person" and name and name not in known and role:
                    known[name] = (role, "person")
                o_name = _orig(porig, psimple, name) if name != d.body_answers else (a.outlet or "").strip()
                o_role = _orig(porig, psimple, role) if role else ""
                group, label = _voice(name, role, tax)
                sp = Speaker(name=o_name, role=o_role, article=a.slug, paragraph=pid, kind=kind,
                             group=group, group_label=label)
                atts.append((att.start, att.end, sp))
                if kind == "org" and OUTLET_END.search(name):
                    last_issuer = (sp, pno)  # "路透社报道称…。报道还指出…": the outlet's report goes on
                if kind == "group":
                    described.append((att.start, sp))
                if kind != "group":  # a described holder is not a name for the index
                    found.append((name, role, kind))
                if kind == "person":
                    last_person, last_at = sp, pno
                    here.append((att.start, sp))
                    people.add(name)
            if subject_at and (not here or subject_at[-1][0] > here[-1][0]):
                # the paragraph ends on a sentence about a person ("黄某则不完全同意。"): a "他" opening
                # the next paragraph is that person
                n = subject_at[-1][1]
                last_person, last_at = Speaker(name=_orig(porig, psimple, n), role=known.get(n, ("", ""))[0],
                                               article=a.slug, paragraph=pid, kind="person"), pno
            opened = next((sp for a0, _, sp in atts if a0 == 0 and sp.kind == "person"), None) if heads else None
            if not atts and turn and (dialogue or turn.name in d.section_of.get(pid, "")) and pid not in after_break \
                    and not LABEL_IN.search(psimple) and not bounded_turn(by_para[turn.paragraph][0].paragraph_simple
                                                                         if turn.paragraph in by_para else ""):
                # a transcript's turn goes on over the paragraphs after its label, until the next
                # label or heading ("副部长贺立新：…" then three paragraphs of his answer)
                atts = [(0, 0, replace(turn, paragraph=pid))]
                opened = turn
            turn = opened
            # (a paragraph handed over to a person by a colon: in the first person, or the one right after
            # a hand-over that names what they say, "他的看法：", "常老师特别强调弹性：")
            speech = psimple.lstrip()[:1] in ("“", "「") or (handed and FIRST_SPEECH.search(QUOTED_SPAN.sub("", psimple))) \
                or (handed == "said" and carried == 0)
            # (a paragraph giving the examples of the argument that ends the one before: "比如，…")
            examples = carried == 0 and bool(EXAMPLES.match(psimple))
            # (a paragraph of one sentence giving a person's view, "李某的说法是，因为市场有需求。", then one in
            # the first person: their words set down without quotation marks)
            # the first person, never opening a clause as a writer's narration does ("我们注意到，…")
            bare_speech = QUOTED_SPAN.sub("", psimple)
            speech = speech or (carried == 0 and len(prev_sents) == 1 and tail is not None
                                and bool(FIRST_SPEECH.search(bare_speech)) and not NARRATOR.search(bare_speech))
            if not atts and tail and not narrator and carried < CARRY and (speech or examples) and pid not in after_break \
                    and not LABEL_IN.match(psimple):
                # a holder's words go on in the paragraphs after theirs: a paragraph that opens on a
                # quotation, or, after a colon handing the floor over ("李某先给大家打了一剂预防针："),
                # one in the first person ("我们十几年前就开始…"); not when the writer speaks in the
                # first person in their own narration (a column, a post), and two paragraphs at most
                atts = [(0, 0, replace(tail, paragraph=pid))]
                carried += 1
            elif not atts and quoted_tail and not narrator and carried < CARRY and pid not in after_break \
                    and (psimple.lstrip()[:1] in ("“", "「") or examples) and not LABEL_IN.match(psimple):
                # a quotation opening the paragraph after an unnamed source's or a body's words
                # ("有业内人士表示，…。" then "“由于…”"): theirs still, as a person's would be
                atts = [(0, 0, replace(quoted_tail, paragraph=pid))]
                carried += 1
            else:
                carried, handed = 0, False
                if not atts and NARRATOR.search(QUOTED_SPAN.sub("", psimple)):
                    narrator = True
            atts.sort(key=lambda x: x[0])
            atts = [x for i, x in enumerate(atts) if i == 0 or x[0] >= atts[i - 1][1] or x[2].name != atts[i - 1][2].name]
            # (a post is its poster's own writing, as a column is: a holder it reports speaks their own sentence only)
            cover = coverage(psimple, atts, d.column or pid in posted,
                             people | {n for n, (r, k) in known.items() if k == "person" and len(n) >= 2})
            signer = signed_within(psimple, titles) if atts and pno not in d.signed else None
            if signer:
                # a message forwarding a signed note ("陈某：[转发] …纪要【点评】分析师：王某 1. … 2. …"):
                # what follows the author line is the note's author's, not the forwarder's
                sp = Speaker(name=_orig(porig, psimple, signer[2]), role=_orig(porig, psimple, signer[3]),
                             article=a.slug, paragraph=pid, kind="person")
                cover = cover + [(signer[0], len(psimple), sp)]
                atts = atts + [(signer[0], signer[1], sp)]
            tail = quoted_tail = None
            # a comment line run into the post (not one whose own label names its writer: ``thread``)
            reply_at = COMMENT.search(psimple) if pid in posted and pno not in d.thread else None
            quoting = QUOTING.match(psimple) if pid in posted else None  # "引用3楼X的发言：>…" opening the post
            # the turn's or the post's holder (as the post's heading names it, or its lead at the paragraph's start)
            own = {to_simplified(opened.name, a.script)} if opened is not None else \
                {posted[pid]} | {to_simplified(x.name, a.script) for a0, _, x in atts if a0 == 0} if pid in posted else set()
            for s, at in zip(psents, starts):
                sp = speaker_for(s, at, atts, cover)
                reported = None  # "…，X说…" inside a turn or a post: X's, not the turn's speaker's
                if own:
                    other, whose = reported_inside(s.simple, at if at >= 0 else s.start, atts, own, a.script)
                    if whose == "other":
                        sp = reported = other
                    elif whose and sp is other:
                        sp = None  # the speaker's account with X's word in it, or both voices: never X's alone
                    if sp is None and opened is not None and (whose == "own" or not whose and FIRST_SPEECH.search(
                            QUOTED_SPAN.sub("", s.simple))):
                        sp = opened  # the turn's speaker's account, or a sentence in their first person
                if reply_at is not None and at + len(s.simple) > reply_at.start():
                    sp = None  # "回复 @X：…" and what follows it: a comment, not the account's post
                quoted_other = quoting is not None and 0 <= at <= quoting.end()
                if quoted_other:
                    sp = None  # another's post quoted, run into the poster's words: whose each part is, unsure
                if opened is not None and sp is not None and reported is None and sp.name != opened.name \
                        and not (signer and sp.name == signer[2]) \
                        and FIRST_SPEECH.search(QUOTED_SPAN.sub("", s.simple)):
                    # inside a turn, the turn's speaker back in the first person ("X一直批评…。我觉得…"):
                    # theirs again; a sentence with both voices ("X批评，…，我基本同意他的看法") is nobody's
                    own_frame = any(x is sp and max(at, 0) <= a0 < max(at, 0) + len(s.simple) for a0, _, x in atts)
                    sp = None if own_frame else opened
                tail = sp if sp is not None and sp.kind == "person" else None
                quoted_tail = sp if sp is not None and sp.kind in ("person", "group", "org") else None
                if sp is None:  # a research note's, a proposal's or a post's own narration: its signer's
                    sp = own_narration(s.simple, d, a.slug, pid, atts, reply_at is not None or quoted_other)
                if sp is not None and pid in posted and to_simplified(sp.name, a.script) == posted[pid] \
                        and others_in_outlets_item(s, posted[pid]):
                    sp = None  # a news item's "X发布消息称…", "据X数据…": not the outlet's, whose item it is
                if sp:
                    by_sentence[(s.article, s.index)] = (sp,)
            if tail is None and psimple.rstrip().endswith(("：", ":")) and psents:
                spoken = next((x for x in reversed([by_sentence.get((s.article, s.index), (None,))[0] for s in prev_sents])
                               if x is not None and x.kind == "person"), None)  # who spoke last in the paragraph before
                ante = last_person if last_person is not None and last_person.paragraph == pid else spoken
                got = handed_over(psents[-1].simple, known, title_colon, article_text, ante)
                if got:
                    n, r, handed = got
                    tail = Speaker(name=_orig(porig, psimple, n), role=_orig(porig, psimple, r),
                                   article=a.slug, paragraph=pid, kind="person")
            prev_sents = psents
        # a document made of parties' parts (a judgment): each part is its party's; a role word is never a name
        by_sentence.update(part_speakers(a.slug, list(by_para.items()), by_sentence, _orig, _starts,
                                         lambda n, r: _voice(n, r, tax)))
        by_sentence = {k: v for k, v in by_sentence.items() if v}
        # a turn labelled by a role ("发言人：", "主播：", "答："): the one holder the document names in it
        by_sentence.update(label_speakers(a.slug, to_simplified(a.title or "", a.script), to_simplified(a.author or "", a.script),
                                          list(by_para.items()), by_sentence, _orig, lambda n, r: _voice(n, r, tax)))
        if not any(labels) and not posted and not senders and not dialogue:
            # an unlabelled interview: a guest who introduced themselves speaks until the host takes over
            host_name = to_simplified((a.author or "").strip(), a.script)
            for i, who in introduced_turns(sents, host_name, _surnames(), after_break).items():
                s = sents[i]
                if who and (s.article, s.index) not in by_sentence:
                    by_sentence[(s.article, s.index)] = (Speaker(
                        name=_orig(s.paragraph_original, s.paragraph_simple, who), role="", article=a.slug,
                        paragraph=s.paragraph, kind="person"),)
                    found.append((who, "", "person"))
    from .speakerdescribed import described_quotes  # "店主李华在夜市摆摊八年。“…”": the described person's
    for a in articles:
        for key, sps in described_quotes(per_article[a.slug], by_sentence).items():
            by_sentence[key] = sps
            found.append((to_simplified(sps[0].name, a.script), sps[0].role, "person"))
    found = [f for f in found if not ROLE_WORD.match(f[0])]  # "被告", "本院": roles, never names for the index
    return by_sentence, found, roles_found
