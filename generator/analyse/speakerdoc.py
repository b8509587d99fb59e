"""Who says each sentence of one article: the attributions ``speakers`` finds in each paragraph,
resolved inside the document (bare names and pronouns, roles given once, turn labels), and the span
of the paragraph each covers. A split of ``analyse``: ``doc_speakers`` is called per article by
``incremental.article_parts``; what it reads around a holder (sections, a host, a pronoun's antecedent) is in
``speakercontext``."""

from __future__ import annotations

import re
from dataclasses import replace

from .interviews import ANSWER_TURN, body_answerer
from .model import Speaker
from .speakercheck import checked_name, checked_role
from .speakerfields import name_fields, sent_by, signed_items, signed_within, stamp_end, subjects
from .speakerspan import coverage, speaker_for
from .speakerturns import ADVERB_AFTER, CARRY, FIRST_SPEECH, NARRATOR, QUOTED_SPAN, LABEL_IN, after_heading, is_dialogue, takes_turns
from .speakerroles import cast_roles, misread, proper_name, short_forms, interviewee, report_frames, report_holder, short_mention, turn_label
from .speakercolumns import person_signer, signed_body
from .speakerholder import OUTLET_END, _ORG_SUFFIX, public_people
from .speakerintro import introduced_turns
from .speakerselfnamed import self_named_labels
from .turns import bounded_turn
from .speakerparts import ROLE_WORD, part_speakers
from .speakerlabels import label_speakers
from .speakercue import person_cue
from .speakerthread import comment_lines, thread_labels
from .outletvoice import quotes_speech
from .speakerposts import COMMENT, QUOTING, post_roles, posts_by_heading, signed_after
from .speakercontext import (_ADDRESSED, _AFTER_NAME, _HANDS_OVER, _HONORIFIC_AFTER, _HOST_LABELS, _ISSUES, _LABEL_AT,
                             _NOT_SENDERS, _ROLE_BACK, _antecedent, _host, _one_off_word, _orig, _sections, _shifted,
                             _starts, _surnames, clause_before_pronoun)
from .speakers import ADDRESSED, Attribution, column_authors, find_attributions, lead_in
from .taxonomy import Taxonomy
from .text import Sentence, to_simplified

__all__ = ["doc_speakers"]


#: A note in brackets after a chat member's name ("老周（武昌-快车）", "阿梅(宁波)").
_NOTE_AFTER = re.compile(r"(?<=[^（(])[（(][^（）()]{1,10}[）)]$")


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
        known: dict[str, tuple[str, str]] = {}
        last_person: Speaker | None = None
        article_text = "\n".join(dict.fromkeys(s.paragraph_simple for s in sents))
        by_para: dict[str, list[Sentence]] = {}
        for s in sents:
            by_para.setdefault(s.paragraph, []).append(s)
        last_at = -9
        last_issuer = None
        texts = [ps[0].paragraph_simple for ps in by_para.values()]
        blocks_else = [to_simplified(b.text, a.script) for b in a.blocks if b.kind != "p" and b.text]
        for name, role in cast_roles(texts + blocks_else, titles).items():  # "来宾：林志远（某大学教授）"
            known.setdefault(name, (role, "person"))
            roles_found.setdefault(name, role)
        for name, role in name_fields(texts + blocks_else, titles).items():  # "嘉宾：林志远", "分析师：王某": the document's people
            known.setdefault(name, (role, "person"))
            roles_found.setdefault(name, role)
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
        titled: list[tuple[int, Speaker]] = []
        shorts = short_forms(texts)
        stamps = [stamp_end(t) for t in texts]  # "2024-05-02 09:12 王某：": the label after a message's time
        labels = [_shifted(turn_label(t[k:], titles), k) for t, k in zip(texts, stamps)]
        labels = self_named_labels(texts, labels)  # "说话人 2：…我是某投顾副总黄某": the label is 黄某's
        chat = sum(bool(k and _LABEL_AT.match(t, k)) for t, k in zip(texts, stamps)) >= 2  # stamped messages
        signed = signed_items(texts, titles)  # "分析师：王某" then "1. …", "2. …": the items are the author's
        senders = sent_by(texts, [ps[0].paragraph_original for ps in by_para.values()])
        posted = posts_by_heading(a, lambda t, sc=a.script: to_simplified(t, sc))  # "## 账号名 V" over each post
        post_role = post_roles(a, lambda t, sc=a.script: to_simplified(t, sc)) if posted else {}
        thread = thread_labels([t[k:] for t, k in zip(texts, stamps)])  # a comment section's or a forum's labelled lines
        commented = comment_lines(texts, [pid in after_heading(a) for pid in by_para])  # lines after a "评论" line
        embedded = signed_after(texts)  # a post's text, then "—Name (@handle) date"  # "王某 2024-05-02 09:12" on a line of its own, then the message
        for got in labels:  # "来宾（某大学教授林志远）：": the label gives the role once for all turns
            if got and got[1]:
                known.setdefault(got[0], (got[1], "person"))
                roles_found.setdefault(got[0], got[1])
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
        prev_sents: list[Sentence] = []
        section_of = _sections(a, lambda t, sc=a.script: to_simplified(t, sc))  # "常某（某大学教授）" heads a section
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
            for m in title_name.finditer(psimple):
                name = m.group(2)
                from .entities import SURNAMES
                if (name[0] in SURNAMES or "·" in name) and name not in known:
                    lo = max(0, m.start(1) - _ROLE_BACK)  # a bounded look back: linear on a huge paragraph
                    cut = max(max(psimple.rfind(ch, lo, m.start(1)) for ch in "，。；：“”、？！"), lo - 1)
                    role = checked_role(psimple[cut + 1:m.end(1)])
                    known[name] = (role, "person")
                    roles_found.setdefault(name, role)
                    last_at = pno
                    last_person = Speaker(name=_orig(porig, psimple, name), role=_orig(porig, psimple, role),
                                          article=a.slug, paragraph=pid, kind="person",
                                          group=_voice(name, role, tax)[0], group_label=_voice(name, role, tax)[1])
                    titled.append((m.start(2), last_person))
                    if _ISSUES.match(psimple, m.end()):  # "分析师王某昨日发表报告，…。报告指，…"
                        last_issuer = (last_person, pno)
            atts = []
            opened = _OPENS_ON_OUTLET.match(psimple)
            if opened:  # "英国《某报》7月14日的报道将焦点放在…。报道称，…": the report is that outlet's
                last_issuer = (Speaker(name=_orig(porig, psimple, opened.group(1)), role="", article=a.slug,
                                       paragraph=pid, kind="org"), pno)
            label = labels[pno]
            if label:  # a transcript's turn: the whole turn is its speaker's
                heads = [Attribution(label[0], label[1], "person", 0, label[2])]
            elif pno in senders and (not _LABEL_AT.match(psimple) or ADDRESSED.match(psimple)
                                     or not lead_in(psimple, titles, article_text)):
                # (a post's "回复X：…" or "更新一下：…" names whom it answers or what it is: the post is
                # still its sender's)
                heads = [Attribution(senders[pno], "", "person", 0, 0)]
            elif pno in embedded:
                heads = [Attribution(embedded[pno], "", "person", 0, 0)]
            elif pid in posted and pno in thread:
                # a comment or a reply under a post ("江边的猫：…", "X 回复 @Y：…"): its label's writer, not the post's
                t_name, t_role, t_kind, t_end, _ = thread[pno]
                heads = [Attribution(t_name, t_role, t_kind, 0, t_end + stamps[pno])]
            elif pid in posted and pno in commented:
                heads = []  # a comment section's line under a post: not the post's author's; nobody we can tell
            elif pid in posted and not COMMENT.match(psimple):
                prole, pkind = post_role.get(posted[pid], ("", ""))
                heads = [Attribution(posted[pid], prole,
                                     pkind or ("org" if _ORG_SUFFIX.search(posted[pid]) else "person"), 0, 0)]
            elif pno in signed:
                heads = [Attribution(signed[pno][0], signed[pno][1], "person", 0, 0)]
            elif answers and ANSWER_TURN.match(psimple):  # an interview's answer: the interviewee's
                heads = [Attribution(answers[0], answers[1], "person", 0, ANSWER_TURN.match(psimple).end())]
            elif body_answers and ANSWER_TURN.match(psimple):
                heads = [Attribution(body_answers, "", "org", 0, ANSWER_TURN.match(psimple).end())]
            else:
                k = stamps[pno]
                # (a label after a time stamp opens the message: the stamp is part of it)
                heads = [replace(h, start=0 if h.start == 0 else h.start + k, end=h.end + k)
                         for h in lead_in(psimple[k:], titles, article_text)]
                who = _LABEL_AT.match(psimple, k)
                if not heads and who and who.group(1) in _HOST_LABELS and host:
                    # "主持人：…" in a transcript whose one host the cast list or the byline names
                    heads = [Attribution(host, who.group(1), "person", 0, who.end())]
                if not heads and who and (known.get(who.group(1), ("", ""))[1] == "person" or short_mention(who.group(1), known)
                                          or (k and chat and who.group(1) not in titles and who.group(1) not in _NOT_SENDERS
                                              and len(who.group(1)) >= 2)):
                    # "阿杰：可国内市场…", "孙老师：…": a label naming one of the people the document
                    # lists; in a chat export (messages stamped and labelled), the message's sender
                    # (a member's note after the name, "老周（武昌-快车）", where they are or what they drive, is
                    # no part of it)
                    heads = [Attribution(_NOTE_AFTER.sub("", who.group(1)) or who.group(1), "", "person", 0, who.end())]
                if pno in thread and (not heads or re.search(r"回复|回覆|[@＠]", heads[0].name)
                                      or (thread[pno][4] and heads[0].role + heads[0].name == thread[pno][0])):
                    # (a display name the replies answer whole, "回复馆员小赵": one writer's name, not a role and a name)
                    # a thread's labelled line: its label names the writer whatever its shape ("江边的猫：",
                    # "Honey_Bee88（…）：", "X 回复 @Y：" — X writes, Y is answered)
                    t_name, t_role, t_kind, t_end, _ = thread[pno]
                    heads = [Attribution(t_name, t_role, t_kind, 0, t_end + k)]
            if org:  # a research note's own "我们认为": the organisation that signs it
                heads += [Attribution(org, "", "org", lo, hi) for lo, hi in report_frames(psimple)]
            elif signed_person:
                heads += [Attribution(signed_person[0], signed_person[1], "person", lo, hi) for lo, hi in report_frames(psimple)]
            starts = _starts(psimple, psents)
            for s, at in zip(psents[1:], starts[1:]):
                # a holder opening a later sentence of the paragraph ("…。博时基金：…")
                if at > 0 and psimple[at - 1] in "。！？；":
                    heads += [replace(h, start=h.start + at, end=h.end + at)
                              for h in lead_in(s.simple, titles, article_text)]
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
                        name, kind = ok, (kind if role and kind == "person" else "bare")
                if kind == "pronoun":
                    ante = _antecedent(att.start, subject_at, here, psimple)
                    last_named = max((x[0] for x in here if x[0] < att.start), default=-1)
                    group_before = [x for x in described if last_named < x[0] < att.start]
                    if group_before and (ante is None or isinstance(ante, str) or not any(
                            x[1] is ante and x[0] > group_before[-1][0] for x in here)):
                        # "一位不愿具名的经销商则持相反意见。他告诉本刊…": the described holder just
                        # before, not a person named earlier (unnamed: a role, never a name)
                        sp0 = group_before[-1][1]
                        atts.append((att.start, att.end, replace(sp0)))
                        continue
                    here_clause = clause_before_pronoun(psimple, att.start, titles) if ante is None else None
                    if here_clause == "unsure":
                        continue  # "家长吴先生在外企做供应链，他觉得…": a person we cannot read, not the last one named
                    if here_clause:
                        ante = here_clause[0]
                        known.setdefault(ante, (here_clause[1], "person"))
                    if isinstance(ante, str):  # "黄某则不完全同意。他说…": the subject before, not the last name
                        name, role, kind = ante, known.get(ante, ("", ""))[0], "person"
                    elif ante is not None:
                        name, role, kind = ante.name, ante.role, "person"
                    elif prev_person is None:
                        continue
                    else:
                        name, role, kind = prev_person.name, prev_person.role, "person"
                elif kind == "document":  # "报告指": the holder who issued a report just before
                    if last_issuer is None or pno - last_issuer[1] > 1:
                        continue
                    name, role, kind = last_issuer[0].name, last_issuer[0].role, last_issuer[0].kind
                elif kind == "bare":
                    if short_mention(name, known):  # "张表示", "林教授认为": the one 张 named before
                        name = short_mention(name, known)
                        role, kind = known[name]
                    elif misread(name, known):  # "干洪雷" after "主任于洪雷": one person, an OCR slip
                        name = misread(name, known)
                        role, kind = known[name]
                    elif len(name) < 2 or (len(name) >= 5 and name not in known):
                        continue
                    elif name in shorts:
                        kind = "org"
                    elif name in known:
                        role, kind = known[name][0], known[name][1]
                    elif name in tax.persons or (name[0] in _surnames() and not _one_off_word(name, article_text)) \
                            or person_cue(name, psimple[att.start:att.end]):
                        kind = "person"  # ("阿贵说", "德弗里斯坦言": a person by their name's shape or the verb)
                    elif name in tax.orgs or name in tax.topic_terms or proper_name(name):
                        kind = "org"  # "东电承认", "花旗估算": a proper name that is no person's
                    else:
                        continue
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
                o_name = _orig(porig, psimple, name) if name != body_answers else (a.outlet or "").strip()
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
            if not atts and turn and (dialogue or turn.name in section_of.get(pid, "")) and pid not in after_break \
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
            if not atts and tail and not narrator and carried < CARRY and speech and pid not in after_break \
                    and not LABEL_IN.match(psimple):
                # a holder's words go on in the paragraphs after theirs: a paragraph that opens on a
                # quotation, or, after a colon handing the floor over ("李某先给大家打了一剂预防针："),
                # one in the first person ("我们十几年前就开始…"); not when the writer speaks in the
                # first person in their own narration (a column, a post), and two paragraphs at most
                atts = [(0, 0, replace(tail, paragraph=pid))]
                carried += 1
            elif not atts and quoted_tail and not narrator and carried < CARRY and pid not in after_break \
                    and psimple.lstrip()[:1] in ("“", "「") and not LABEL_IN.match(psimple):
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
            cover = coverage(psimple, atts, column or pid in posted,
                             people | {n for n, (r, k) in known.items() if k == "person" and len(n) >= 2})
            signer = signed_within(psimple, titles) if atts and pno not in signed else None
            if signer:
                # a message forwarding a signed note ("陈某：[转发] …纪要【点评】分析师：王某 1. … 2. …"):
                # what follows the author line is the note's author's, not the forwarder's
                sp = Speaker(name=_orig(porig, psimple, signer[2]), role=_orig(porig, psimple, signer[3]),
                             article=a.slug, paragraph=pid, kind="person")
                cover = cover + [(signer[0], len(psimple), sp)]
                atts = atts + [(signer[0], signer[1], sp)]
            tail = quoted_tail = None
            # a comment line run into the post (not one whose own label names its writer: ``thread``)
            reply_at = COMMENT.search(psimple) if pid in posted and pno not in thread else None
            quoting = QUOTING.match(psimple) if pid in posted else None  # "引用3楼X的发言：>…" opening the post
            for s, at in zip(psents, starts):
                sp = speaker_for(s, at, atts, cover)
                if reply_at is not None and at + len(s.simple) > reply_at.start():
                    sp = None  # "回复 @X：…" and what follows it: a comment, not the account's post
                quoted_other = quoting is not None and 0 <= at <= quoting.end()
                if quoted_other:
                    sp = None  # another's post quoted, run into the poster's words: whose each part is, unsure
                if opened is not None and sp is not None and sp.name != opened.name and not (signer and sp.name == signer[2]) \
                        and FIRST_SPEECH.search(QUOTED_SPAN.sub("", s.simple)):
                    # inside a turn, the turn's speaker back in the first person ("X一直批评…。我觉得…"):
                    # theirs again; a sentence with both voices ("X批评，…，我基本同意他的看法") is nobody's
                    own_frame = any(x is sp and max(at, 0) <= a0 < max(at, 0) + len(s.simple) for a0, _, x in atts)
                    sp = None if own_frame else opened
                tail = sp if sp is not None and sp.kind == "person" else None
                quoted_tail = sp if sp is not None and sp.kind in ("person", "group", "org") else None
                if sp is None and org and not quotes_speech(s.simple):
                    # a research note's own narration is the body's that signs it, as a column's is
                    # its author's (facts it reports included)
                    sp = Speaker(name=org, role="", article=a.slug, paragraph=pid, kind="org")
                elif sp is None and signed_person and not quotes_speech(s.simple):
                    # a proposal's own narration is its signer's ("领衔代表：周文华")
                    sp = Speaker(name=signed_person[0], role=signed_person[1], article=a.slug, paragraph=pid, kind="person")
                elif sp is None and pid in posted and reply_at is None and not quoted_other and not quotes_speech(s.simple) \
                        and any(x[2].name == posted[pid] for x in atts if x[0] == 0):
                    # a post's own sentence after a holder it reports ("专家也说了不建议停课，…。有症状的
                    # 孩子在家休息就行了。"): the poster's again
                    sp = next(x[2] for x in atts if x[0] == 0 and x[2].name == posted[pid])
                if sp:
                    by_sentence[(s.article, s.index)] = (sp,)
            if tail is None and psimple.rstrip().endswith(("：", ":")) and psents:
                spoken = next((x for x in reversed([by_sentence.get((s.article, s.index), (None,))[0] for s in prev_sents])
                               if x is not None and x.kind == "person"), None)  # who spoke last in the paragraph before
                # "…李某先给大家打了一剂预防针：": the one person named in full the paragraph hands over to
                last = psents[-1].simple
                named = {n: r for n, (r, k) in known.items() if k == "person" and len(n) >= 2 and n in last}
                for m in title_colon.finditer(last):  # "百度 CEO 李彦宏先给大家…：" (a name the article repeats)
                    after = last[m.end():m.end() + 1]
                    n = next((n for n in (m.group(2), m.group(2)[:2]) if n[0] in _surnames()
                              and (article_text.count(n) >= 2 or (len(n) == 3 and after in ADVERB_AFTER))), None)
                    if n and not any(n in k for k in named):
                        named[n] = m.group(1)
                said = _HANDS_OVER.search(last)
                for m in _ADDRESSED.finditer(last):  # "常老师特别强调弹性：": the one 常 named in full before
                    n = short_mention(m.group(0), known)
                    if n and said and not any(n in k for k in named):
                        named[n] = known[n][0]
                ante = last_person if last_person is not None and last_person.paragraph == pid else spoken
                if not named and said and said.group(1) and ante is not None:  # "关于就业，他的看法："
                    named[ante.name] = ante.role
                if len(named) == 1:
                    n, r = next(iter(named.items()))
                    handed = "said" if said else True
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
