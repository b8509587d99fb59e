"""Disputes a text announces in so many words (issue 13, property 6) — any topic; a split of ``contentions``.

The phenomena:

* **A "views differ" sentence pairs the two views that follow it.** A writer who says "对于恢复周期，业内看法不一" /
  "专家对此意见分歧" / "这个问题众说纷纭" then gives the views, each under its holder ("A认为…；而B则相对乐观。他表示…");
  the first two views of two different holders after it (its paragraph, or the next when it ends its own) are the
  two sides, each with the words that go on from it ("他表示…" is B's). A view is a clause naming a holder the
  attributions know, with a saying or judging verb; a holder the attributions do not name is nobody (no side).
* **An answer names what it answers.** "对此，X解释说/回应/辩称…" answers the view just before it in its paragraph,
  and "X则表示…" answers a complaint just before it ("居民抱怨…。官方则表示…"): when the text names both holders and
  they differ, the view (or complaint) and the answer are two sides (``answered``).
* **A label rejected in quotation marks disputes whoever applies it.** "把它简单说成“百年一遇”…是不负责任的",
  "不能说成“X”": the writer rejects the label X; a sentence of another article (or another author's block) that
  applies X as its own words ("百年一遇的雨，谁也没办法") is the other side (``rejected_labels``).
* **An announcement is no position.** A block headed by a bracketed headline naming a notice, a bulletin or a
  record (【关于…的情况说明】, 【通报】, 【#…回顾#】) reports; it is no side of a dispute, and a reply posted under it
  answers no one's view (``announcement``).

Nothing here knows a topic: no word names a subject, a person or a place.
"""

from __future__ import annotations

import hashlib
import re

from .holdernames import one_of
from .model import Citation, Contention, Side, Speaker
from .statements import clean_statement
from .text import Sentence, to_simplified

__all__ = ["announcement", "divided", "answered", "rejected_labels", "DIVIDED"]

#: A sentence saying the views on something differ.
DIVIDED = re.compile(r"(?:看法|说法|意见|观点|评价|判断|预期|声音)(?:[^，。；]{0,4})?(?:不一|不尽相同|分歧|分化|两极)|"
                     r"存在(?:较大|明显|不少)?分歧|各执一词|众说纷纭|莫衷一是|见仁见智|观点不同|看法不同")
#: What the views differ on, named before the marker ("对于恢复周期，", "关于房价走势，", "在X问题上，").
_ON = re.compile(r"^(?:对于|关于|至于|就|在)(?P<on>[^，。；：“”「」]{2,16}?)(?:问题|一事|方面)?(?:上|而言)?[，,]")
#: A clause stating a holder's view: (a turn,) the holder, then a saying or judging verb.
_VIEW = re.compile(r"^[“「\"]?(?:而|但|但是|不过|另外|同时|此外|另一方面|相比之下)?[，,]?\s*"
                   r"(?P<h>[^，。；：“”「」]{2,36}?)(?:则|却|也|就)?(?:更|相对|较为|比较|明显)?"
                   r"(?P<v>认为|表示|指出|称|说|坦言|直言|判断|预计|估计|预测|强调|担心|乐观|悲观|谨慎|持相反|不这么看|并不认同|不认同)")
#: Words going on from the holder just named ("他表示，…", "她也认为").
_GOES_ON = re.compile(r"^[“「\"]?(?:不过|但|同时|此外)?[，,]?(?:他|她|其)(?:也|还|同时|则|又|并)?"
                      r"(?:表示|认为|指出|说|称|强调|坦言|补充|解释|提到|提醒|预计|估计)")
#: A bracketed headline naming a notice, a bulletin or a record, heading a block (after its label).
_ANNOUNCED = re.compile(r"^(?:[^：:【\[。！？]{0,16}[：:])?\s*[【\[](?P<h>[^】\]]{2,40})[】\]]")
_NOTICE_TITLE = re.compile(r"情况说明|说明$|通报|公告|通告|通知|告知|声明|启事|回顾|快讯|速报|提示|预警|发布会|实录|数据")
#: Units after the marker read for views (a paragraph's clauses and the next paragraph's), at most.
REACH = 8


def announcement(text: str) -> bool:
    """Whether a line (or a block's first line) is an announcement: headed by a bracketed headline naming a notice,
    a bulletin or a record ("【关于城区停电区域恢复供电的情况说明】…", "【#京津冀强降雨过程回顾#】…")."""
    m = _ANNOUNCED.match(to_simplified(text or "", "zh-Hant").strip())
    if not m:
        return False
    return bool(_NOTICE_TITLE.search(m.group("h").strip("# ")))


def _units(x: Sentence) -> list[tuple[str, str]]:
    """The clauses of a sentence split at its semicolons, as (original, simplified) pairs; the whole sentence when
    its two scripts do not line up."""
    orig, simple = x.original.strip(), x.simple.strip()
    if len(orig) != len(simple) or "；" not in simple:
        return [(orig, simple)]
    out, start = [], 0
    for m in re.finditer(r"；", simple):
        out.append((orig[start:m.end()], simple[start:m.end()]))
        start = m.end()
    if simple[start:].strip():
        out.append((orig[start:], simple[start:]))
    return out


def _holder(simple: str, speakers) -> Speaker | None:
    """The holder a clause names at its head, when the attributions know them."""
    m = _VIEW.match(simple)
    if not m:
        return None
    head = m.group("h")
    for sp in speakers:
        if to_simplified(sp.name, "zh-Hant") in head and sp.kind != "group":
            return sp
    return None


def divided(ss: list[Sentence], by_sentence, topic_label: str = "") -> list[Contention]:
    """The contentions a "views differ" sentence announces in one article's sentences ``ss`` (see the module)."""
    out = []
    for i, s in enumerate(ss):
        if not DIVIDED.search(s.simple[:200]) or len(s.simple) > 200:
            continue
        after = [y for y in ss[i + 1:i + 1 + REACH] if y.para_index - s.para_index <= 1
                 and (y.para_index == s.para_index or ss[i + 1].para_index != s.para_index)]
        # the marker's own sentence may go on to the first view after its semicolon
        units = [(y, o, t) for y in after for o, t in _units(y)]
        at = {y.index: y for y in [s] + after}

        def known(y: Sentence):
            # the holders the attributions give this sentence, or the next of its paragraph ("B则相对乐观。他表示，…"
            # credits B to the words going on); a clause must still name them at its head
            nxt = at.get(y.index + 1)
            more = by_sentence.get((nxt.article, nxt.index), ()) if nxt is not None and nxt.paragraph == y.paragraph else ()
            return tuple(by_sentence.get((y.article, y.index), ())) + tuple(more)

        head_units = _units(s)
        if len(head_units) > 1:
            units = [(s, o, t) for o, t in head_units[1:]] + units
        units = units[:REACH * 3]  # (a sentence of a thousand semicolons is not read as a thousand views)
        views: list[tuple[Speaker, list[tuple[Sentence, str, str]]]] = []
        for y, o, t in units:
            sp = _holder(t.strip(), known(y))
            if sp is not None and not (views and one_of(sp.name, [views[-1][0].name])):
                if len(views) == 2:
                    break
                views.append((sp, [(y, o, t)]))
            elif views and (_GOES_ON.match(t.strip()) or (sp is not None and one_of(sp.name, [views[-1][0].name]))):
                views[-1][1].append((y, o, t))
            elif views:
                break
        if len(views) < 2 or one_of(views[0][0].name, [views[1][0].name]):
            continue
        sides = []
        for label, (sp, parts) in zip(("持此看法", "质疑或反对"), views):
            cites = tuple(Citation(y.article, y.paragraph, o.strip()) for y, o, _ in parts)
            # the statement: the part with the argument (a bare "B则相对乐观" gives way to "他表示，…")
            best = max(parts, key=lambda p: len(re.sub(r"[^\u4e00-\u9fff]", "", p[2])))
            text = re.sub(r"^[“「\"]?(?:不过|但|同时|此外)?[，,]?(?:他|她|其)(?=[^，。]{0,6}[，,：:])",
                          to_simplified(sp.name, "zh-Hant"), best[2].strip())
            text = re.sub(r"^(?:而|但|但是|不过|另外|同时|此外|另一方面|相比之下)[，,]?", "", text).rstrip("；;")
            statement = clean_statement(text, topic_label, keep_frame=True)
            if not statement:
                break
            sides.append(Side(label, (), cites, statement, (sp,)))
        if len(sides) < 2:
            continue
        on = _ON.match(s.simple)
        a_claim = re.sub(r"^[^，。“”「」]{2,30}?(?:认为|表示|指出|称|说)[，,：:]?", "", sides[0].statement)
        a_claim = a_claim.translate(str.maketrans("", "", "“”「」\"")).rstrip("。；;") or sides[0].statement
        topic = (on.group("on") + "：" if on else "") + a_claim + "？"
        cid = "contention-" + hashlib.sha1("".join(c.article + c.quote for c in sides[0].citations + sides[1].citations)
                                           .encode()).hexdigest()[:6]
        out.append(Contention(id=cid, topic=topic, a=sides[0], b=sides[1]))
    return out


#: An answer pointing back at what was just said ("对此，X解释说", "针对这一质疑，X回应称").
_ANSWER = re.compile(r"^(?:对此|对于此事|针对此事|对于这一?(?:说法|质疑|批评|指责|抱怨)|针对这一?(?:说法|质疑|批评|指责|抱怨)|"
                     r"对于这些(?:说法|质疑|批评))[，,]\s*(?P<h>[^，。；：“”「」]{2,30}?)(?:则|也)?(?:解释|回应|辩称|澄清|否认|反驳)"
                     r"(?:说|称|道|指出|表示)?[，,：:]")
#: A contrasted holder's answer ("X则表示，…"), an answer only to a complaint.
_CONTRASTED = re.compile(r"^(?P<h>[^，。；：“”「」]{2,30}?)则(?:表示|称|解释|回应|辩称|强调|坚称|澄清)(?:说|称)?[，,：:]")
#: A complaint, an accusation or a doubt someone voices (what "X则表示" answers); a problem reported ("村民反映，…":
#: a hearing's record, a petition's reply).
_COMPLAINT = re.compile(r"抱怨|质疑|批评|指责|投诉|不满|吐槽|怀疑|埋怨|反映[，,：:]")
#: A view someone holds (a saying or judging verb, or their quoted words).
_HELD = re.compile(r"认为|表示|指出|坦言|直言|称|说|担心|担忧|反映|抱怨|质疑|批评|[“「]")
#: The head of a sentence voicing a view or a complaint: the holder, where and when they spoke, the verb.
_VOICED = re.compile(r"^(?P<h>[^，。；：“”「」]{2,24}?)(?:在[^，。；：“”「」]{1,12}?(?:上|中|里))?"
                     r"(?:抱怨|质疑|批评|指责|投诉|吐槽|埋怨|反映|坦言|直言|表示|认为|指出)[，,：:]")
#: A holder described by a numeral and a classifier ("当地一位基层干部"): what follows is who they are.
_ONE_OF = re.compile(r"(?:一位|一名|一个|某位|多位|多名)(?P<who>[\u4e00-\u9fff]{2,10})$")


def _described(x: Sentence, head: str | None = None) -> tuple[Speaker, ...]:
    """(holder,) a sentence's head names when the attributions name none: a person, a body or a described group
    ("涿州居民在社群平台上抱怨", "对此，当地一位基层干部解释说"), never a pronoun, a bare "有人" or a phrase."""
    from .speakers import split_holder

    if head is None:
        m = _VOICED.match(x.simple)
        if not m:
            return ()
        head = m.group("h")
    head = re.sub(r"(?:也|还|则|都|曾|已|再次|多次|纷纷)$", "", head.strip())
    got = split_holder(head)
    one = _ONE_OF.search(head)
    if got is None and one and split_holder(one.group("who")) is not None:
        got = (head, "", "group")
    if not got or got[2] not in ("person", "group", "org", "bare") or len(re.sub(r"[^\u4e00-\u9fff]", "", got[0])) < 2:
        return ()
    if got[2] == "bare" and not re.search(r"[民友长者户方士员工师家]$", got[0]):
        return ()  # a bare phrase is someone only when it ends on who they are ("涿州居民", "部分网友")
    name = got[0]
    at = x.simple.find(name)
    if at >= 0 and len(x.simple) == len(x.original):
        name = x.original[at:at + len(name)]  # as written
    return (Speaker(name=name, role=got[1], article=x.article, paragraph=x.paragraph,
                    kind="person" if got[2] == "person" else "group"),)


#: Sentences before an answer read as what it answers, at most.
BACK = 2


def answered(ss: list[Sentence], by_sentence, topic_label: str = "") -> list[Contention]:
    """The contentions an answer naming what it answers makes in one article's sentences ``ss`` (see the module)."""
    from .disputeholders import own_holders  # (it imports this module's neighbours: read at call time)

    out = []
    for i, y in enumerate(ss):
        m = _ANSWER.match(y.simple)
        contrasted = None if m else _CONTRASTED.match(y.simple)
        if not m and not contrasted:
            continue
        before = [x for x in ss[max(0, i - BACK):i] if x.paragraph == y.paragraph]
        if not before or not _HELD.search(before[-1].simple):
            continue
        if contrasted and not any(_COMPLAINT.search(x.simple) for x in before):
            continue
        theirs = own_holders(y, by_sentence) or _described(y, (m or contrasted).group("h"))
        first = next((x for x in before if own_holders(x, by_sentence) or _described(x)), None)
        if not theirs or first is None:
            continue
        ours = own_holders(first, by_sentence) or _described(first)
        if any(one_of(sp.name, [t.name for t in theirs]) for sp in ours):
            continue
        claim = [x for x in before if x.index >= first.index]
        answer = [y] + [x for x in ss[i + 1:i + 2] if x.paragraph == y.paragraph and _GOES_ON.match(x.simple)]
        sides = []
        for label, xs, who in (("持此看法", claim, ours), ("质疑或反对", answer, theirs)):
            statement = clean_statement(xs[0].simple, topic_label, keep_frame=True)
            if not statement:
                break
            sides.append(Side(label, (), tuple(Citation(x.article, x.paragraph, x.original.strip()) for x in xs),
                              statement, tuple(who[:1])))
        if len(sides) < 2:
            continue
        a_claim = re.sub(r"^[^，。“”「」]{2,30}?(?:认为|表示|指出|称|说|坦言|抱怨)[，,：:]?", "", sides[0].statement)
        a_claim = a_claim.translate(str.maketrans("", "", "“”「」\"")).rstrip("。；;") or sides[0].statement
        cid = "contention-" + hashlib.sha1("".join(c.article + c.quote for c in sides[0].citations + sides[1].citations)
                                           .encode()).hexdigest()[:6]
        out.append(Contention(id=cid, topic=a_claim + "？", a=sides[0], b=sides[1]))
    return out


#: A label put in quotation marks to be rejected: "(简单)说成/称为/归结为“X”…(是)不负责任的/不准确/站不住".
_LABELLED = re.compile(r"(?:说成|称为|称作|叫做|归结为|归咎于|当成|看成|视为|定性为)[“「『](?P<x>[\u4e00-\u9fff]{2,8})[”」』]")
_REJECTS = re.compile(r"不负责任|不准确|不恰当|不妥|不对|站不住|误导|言过其实|是错的|错误的|不科学|太简单|过于简单|偷换")
_REJECT_BEFORE = re.compile(r"(?:不能|不该|不应|别|不要|不宜)(?:再)?(?:简单地?|笼统地?|轻易)?(?:把[^，。]{0,6})?$")
#: Other sentences applying a label read as its other side, at most; labels rejected, read at most (each reads the
#: corpus once: a page of a thousand rejected labels is not read a thousand times).
LABEL_USERS, LABELS = 2, 8


def _applies(text: str, label: str) -> bool:
    """Whether a sentence applies a label as its own words: outside quotation marks, never reported ("过去说X"),
    named ("所谓X") or denied ("不是X")."""
    at = text.find(label)
    if at < 0:
        return False
    head = text[:at]
    if sum(head.count(c) for c in "“「『") > sum(head.count(c) for c in "”」』") or head.count('"') % 2:
        return False  # inside someone's quoted words
    return not re.search(r"(?:说|称|所谓|叫|谓|过去|以往|曾|不是|并非|不算|不能说|别说)[^，。]{0,3}$", head)


def rejected_labels(sents: list[Sentence], by_sentence, topic_label: str = "") -> list[Contention]:
    """The contentions a label rejected in quotation marks makes (see the module): the rejecting sentence, and the
    sentences of other articles or paragraphs applying the label unquoted as their own words."""
    out, read = [], 0
    for s in sents:
        if read >= LABELS:
            break
        if "说成" not in s.simple and not re.search(r"称为|称作|叫做|归结为|归咎于|当成|看成|视为|定性为", s.simple[:300]):
            continue
        for m in _LABELLED.finditer(s.simple[:300]):
            rest = s.simple[m.end():m.end() + 40]
            if not (_REJECTS.search(rest) or _REJECT_BEFORE.search(s.simple[max(0, m.start() - 12):m.start()])):
                continue
            label = m.group("x")
            read += 1
            users = [y for y in sents if (y.article, y.paragraph) != (s.article, s.paragraph)
                     and _applies(y.simple[:300], label) and not _LABELLED.search(y.simple[:300])][:LABEL_USERS]
            if not users:
                continue
            b_text = re.sub(r"^[^：:。，]{1,16}[：:]\s*", "", s.simple.strip())  # a line's label is no word of it
            b_text = re.sub(r"^(?:第[一二三四五六七八九十]|其[一二三]|首先)[，,、]", "", b_text)
            a_statement = clean_statement(re.sub(r"^[^：:。，]{1,16}[：:]\s*", "", users[0].simple.strip()),
                                          topic_label, keep_frame=True)
            b_statement = clean_statement(b_text, topic_label, keep_frame=True)
            if not a_statement or not b_statement:
                continue
            a = Side("持此看法", (), tuple(Citation(y.article, y.paragraph, y.original.strip()) for y in users),
                     a_statement, tuple(sp for y in users[:1] for sp in by_sentence.get((y.article, y.index), ())[:1]))
            b = Side("质疑或反对", (), (Citation(s.article, s.paragraph, s.original.strip()),), b_statement,
                     tuple(by_sentence.get((s.article, s.index), ())[:1]))
            if a.speakers and b.speakers and one_of(a.speakers[0].name, [b.speakers[0].name]):
                continue
            cid = "contention-" + hashlib.sha1((s.article + s.original + users[0].original).encode()).hexdigest()[:6]
            out.append(Contention(id=cid, topic=a_statement.rstrip("。！；;") + "？", a=a, b=b))
            break
    return out
