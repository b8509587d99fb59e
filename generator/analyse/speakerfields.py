"""Who speaks, read from a document's form rather than from its sentences' verbs: a message's or a
turn's time stamp before its speaker label ("2024-05-02 09:12 王某：", "[00:03:40] 张老师："), the
name fields that list a document's people ("嘉宾：林某（某研究院研究员）", "主播：甲、乙",
"分析师：王某") and the numbered items a signed note's author line covers, and the person a
sentence is about (its subject: a name opening it), the antecedent of a later "他"/"她". A split
of ``speakerdoc``. When unsure, nobody."""

from __future__ import annotations

import re

__all__ = ["signed_within", "CARRY_ON", "clause_subject", "issuer_clause", "stamp_end", "sent_by", "fields_of", "name_fields", "signed_items", "subjects", "LIST_ITEM"]

#: A time stamp opening a message or a turn: a clock time, with a date or in brackets or not
#: ("2024-05-02 09:12", "2024/5/2 9:12:03", "[00:03:40]", "(12:01)", "09:12"), or a date alone.
_STAMP = re.compile(r"[\[［(（【]?[ \u3000]?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \u3000T]{0,3})?"
                    r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[ \u3000]?[\]］)）】]?[ \u3000]{0,3}"
                    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]{1,3}")


def stamp_end(text: str) -> int:
    """Where the text after a leading time stamp begins (0 when there is no stamp): the speaker
    label of a chat message or of a transcript's turn comes after it. Not in a paragraph holding
    further stamped labels (several messages run together: no one speaks for all of them)."""
    lead = len(text) - len(text.lstrip())  # (leading space read once: a run of spaces is not rescanned)
    m = _STAMP.match(text, lead)
    if not m or m.end() >= len(text) or text[m.end()] in "：:，,。" or glued(text, m.end()):
        return 0
    return m.end()


#: A stamp and a speaker label inside a paragraph ("…盯一下盘面2024-08-20 10:05刘某：").
_STAMPED_LABEL = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000T]*\d{1,2}:\d{2}|\[\d{1,2}:\d{2}(?::\d{2})?\])"
                            r"[ \u3000]*[^，。；：:“”「」\s]{1,12}[：:]")


def glued(text: str, start: int = 0) -> bool:
    """Whether a paragraph holds a stamped speaker label after ``start``: messages run together."""
    return _STAMPED_LABEL.search(text, start) is not None


#: A message's header line with no text of its own: a sender and a time stamp in either order
#: ("王某 2024-05-02 09:12", "09:12 王某", "王某（组长） 09:12:03").
_HEADER = re.compile(r"^\s*(?:([^\s，。；：:“”「」\d][^\s，。；：:“”「」]{0,11}?)(?:[（(][^（）()]{1,20}[)）])?[ \u3000]+"
                     r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000T]*)?\d{1,2}:\d{2}(?::\d{2})?"
                     r"|(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000T]*)?\d{1,2}:\d{2}(?::\d{2})?[ \u3000]+"
                     r"([^\s，。；：:“”「」\d][^\s，。；：:“”「」]{0,11}))\s*$")


#: A forum post's floor header on a line of its own: the floor, the poster's name, a level badge and
#: title ("12楼 白鹭过境 Lv.11 民航元老", "#7 mike_w", "3楼蓝天下的737 Lv.10"), or its stamp ("#2 阿強 2024-07-12 13:11"):
#: the post that follows is theirs.
_FLOOR = re.compile(r"^\s*(?:\d{1,4}[楼樓#]|#\d{1,4}|第\d{1,4}[楼樓])[ \u3000]*"
                    r"([^\s，。；：:“”「」！？,.][^\s，。；：:“”「」！？,]{1,15}?)[ \u3000]*"
                    r"(?:(?:Lv|LV|lv)\.?[ \u3000]*\d{1,2}[^，。；：:“”「」！？]{0,10})?"
                    # (its stamp after the name: "#2 九龙城寨Lo_Sir 2024-07-12 13:11", "5楼 王某 07-12 13:40")
                    r"(?:[ \u3000]+(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:[ \u3000T]+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?))?\s*$")


def sent_by(texts, originals=None) -> dict[int, str]:
    """The messages a chat export's header lines introduce ("王某 2024-05-02 09:12" on a line of its
    own, the message on the lines after it), or a forum thread's floor headers ("12楼 白鹭过境 Lv.11"):
    index of each paragraph after a header, up to the next header → the sender. Only when the
    document has two such headers or more (a chat's or a thread's form). ``originals``: the
    paragraphs as written, to give each sender's name in the article's own script."""
    heads = [(i, m.start(1) if m.group(1) else m.start(2), m.group(1) or m.group(2))
             for i, t in enumerate(texts) for m in [_HEADER.match(t)] if m]
    if len(heads) < 2:
        heads = [(i, m.start(1), m.group(1)) for i, t in enumerate(texts) for m in [_FLOOR.match(t)] if m]
    if len(heads) < 2:
        return {}
    if originals is not None:  # (a character-for-character conversion: the same offsets)
        heads = [(i, k, originals[i][k:k + len(n)] if len(originals[i]) == len(texts[i]) else n) for i, k, n in heads]
    heads = [(i, n) for i, _, n in heads]
    out, who = {}, None
    starts = dict(heads)
    for i in range(len(texts)):
        if i in starts:
            who = starts[i]
        elif who:
            out[i] = who
    return out


#: Labels of name fields that belong to the newsroom, not to a speaker (their text is the outlet's).
_NEWSROOM = ("记者", "编辑", "责编", "责任编辑", "校对", "摄影", "审核", "来源", "出品", "后期", "设计", "美编", "排版")
#: Labels that sign a document's content as its author ("作者：王某", "执笔：王某").
_AUTHOR = ("作者", "执笔", "撰稿", "撰文", "主笔")
_HOSTS = ("嘉宾", "来宾", "主播", "主持", "主持人", "主讲", "讲者")
#: A name in a field: a surname and one or two characters, a transliteration with "·", or a
#: nickname ("阿杰", "小鹿"), with its role in brackets or not.
_PERSON = re.compile(r"([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6})(?:[（(]([^（）()]{2,40})[）)])?$")


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


def _labels(titles) -> re.Pattern:
    words = sorted(set(titles) | set(_AUTHOR) | set(_HOSTS) | set(_NEWSROOM) | {"片头音乐", "音乐", "剪辑", "封面设计"},
                   key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + r")[ \u3000]?[：:][ \u3000]*")


_VALUE_END = re.compile(r"[。；！？\n【】\[\]“”「」\d]|[ \u3000]{2}")


def _fields(text: str, titles) -> list[tuple[int, int, str, list[tuple[str, str]]]]:
    """(start, end, label, [(name, role)]) of the name fields in a text: a label that is a role
    (a title, "嘉宾", "主播") or an author's, a colon, then only people's names (one to four,
    apart by "、" or "，"). A field's value ends where another field's label begins ("主播：甲、乙
    嘉宾：丙后期：丁"), or at a sentence's end: a label followed by a sentence is not a field."""
    found = list(_labels(titles).finditer(text))
    out = []
    for i, m in enumerate(found):
        label = m.group(1)
        if label in _NEWSROOM or label in ("片头音乐", "音乐", "剪辑", "封面设计"):
            continue
        stop = found[i + 1].start() if i + 1 < len(found) else len(text)
        end = _VALUE_END.search(text, m.end(), stop)
        value_end = end.start() if end else stop
        value = text[m.end():value_end].strip()
        if not value or len(value) > 80:
            continue
        people = []
        for part in re.split(r"[、，,及和/]|[ \u3000]+", value):
            p = _PERSON.match(part.strip())
            if not p:
                people = []
                break
            name = p.group(1)
            if not (name[0] in _surnames() or "·" in name or (len(name) == 2 and name[0] in "阿小老")):
                people = []
                break
            people.append((name, p.group(2) or label))
        if people:
            out.append((m.start(), value_end, label, people))
    return out


def fields_of(text: str, titles) -> list[tuple[int, int, str, list[tuple[str, str]]]]:
    """The name fields of one text (see ``_fields``)."""
    return _fields(text, titles)


def name_fields(texts, titles) -> dict[str, str]:
    """People the document lists in name fields, anywhere in it (a cast list before a transcript,
    the credits after it, a note's author line): name → role. A later short mention ("孙老师") is
    one of them."""
    out: dict[str, str] = {}
    for t in texts:
        for _, _, label, people in _fields(t, titles):
            for name, role in people:
                if out.get(name) in (None, *_HOSTS, *_AUTHOR):  # a role in brackets over a bare label
                    out[name] = role
    return out


#: A numbered list item opening a paragraph ("1. …", "2、…", "（三）…", "四、…", "①…").
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、．.]|"
                       r"[（(][一二三四五六七八九十]{1,3}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")


def signed_items(texts, titles) -> dict[int, tuple[str, str]]:
    """The numbered items a signed note's author line covers: a paragraph that ends on one
    person's field ("…晨会纪要【点评】分析师：王某") signs the numbered items that follow it, up to
    the first paragraph that is not an item. Index of each item → (name, role)."""
    out: dict[int, tuple[str, str]] = {}
    for i, t in enumerate(texts):
        got = _fields(t, titles)
        if not got or got[-1][1] < len(t.rstrip()) or len(got[-1][3]) != 1 or got[-1][2] in _HOSTS:
            continue
        name, role = got[-1][3][0]
        for j in range(i + 1, len(texts)):
            if not LIST_ITEM.match(texts[j]) or glued(texts[j]):
                break
            out[j] = (name, role)
    return out


def signed_within(text: str, titles) -> tuple[int, int, str, str] | None:
    """(start, end, name, role) of a signed note's author line inside a paragraph that goes on with
    the note's numbered items after it ("…晨会纪要【点评】分析师：王某 1. … 2. …"), or None."""
    for start, end, label, people in _fields(text, titles):
        if len(people) == 1 and label not in _HOSTS and LIST_ITEM.match(text[end:].lstrip(" \u3000\n")):
            return start, end, people[0][0], people[0][1]
    return None


#: A clause boundary before a sentence, and a short connective or an
#: "对于…，" clause before the subject ("对此，", "不过，", "对于这股热潮能否复制，").
#: (a topic clause may set a term in quotation marks: "对于“抄作业”能否成功，X看法有所不同")
_SUBJECT_AT = re.compile(r"(?:^|(?<=[。！？；]))[ \u3000]*(?:(?:对此|不过|但是|但|然而|同时|此外|另外|其中|"
                         r"(?:对于|关于|至于)(?:[^，。；“”「」]|“[^“”，。]{1,12}”|「[^「」，。]{1,12}」){1,30})[，,][ \u3000]*)?(?=[^。！？；])")
#: What stands before a name that is not the subject of its clause (an object, a possessor's
#: partner: "和王某", "向王某", "把王某").
_NOT_BEFORE = "和与同跟及、对向把被给让叫替为将"
#: What follows a name that is not the subject of its clause ("王某的", "王某和李某", "王某们").
_NOT_AFTER = "的和与、及等们跟同之"


def subjects(simple: str, people) -> list[tuple[int, str]]:
    """(offset, name) of each sentence of a paragraph whose subject is one of ``people``: a name in
    the sentence's first clause, after what describes it or not ("黄某则不完全同意。", "对于…，霍某
    相当乐观", "某公司创办人冯某在社交媒体上…"), not an object or a possessor ("向王某致谢",
    "王某的说法"). The person a following "他"/"她" stands for, and a sentence that is not the
    previous holder's."""
    if not people:
        return []
    names = sorted(people, key=len, reverse=True)
    out = []
    for m in _SUBJECT_AT.finditer(simple):
        at = m.end()
        clause = re.split(r"[，,。；;：:！？“”「」]", simple[at:at + 40], maxsplit=1)[0]
        best = None
        for n in names:
            i = clause.find(n)
            while i >= 0:
                after = clause[i + len(n):i + len(n) + 1]
                if (i == 0 or clause[i - 1] not in _NOT_BEFORE) and after and after not in _NOT_AFTER:
                    if best is None or i < best[0]:
                        best = (i, n)
                    break
                i = clause.find(n, i + 1)
        if best:
            out.append((at + best[0], best[1]))
    return out


#: What may stand between a clause's comma and a verb that goes on that clause's subject.
CARRY_ON = frozenset(("", "并", "也", "还", "则", "又", "更", "同时", "并且", "而且", "随后", "还曾", "并且还"))
#: What follows a clause's subject ("霍某相当乐观", "冯某在社交媒体上…", "黄某则不完全同意").
_SUBJECT_NEXT = r"(?=在|向|于|对|则|也|却|相当|十分|非常|比较|较为|颇为|很|始终|一直|曾|已|将|持|同样|更|还|又|仍|亦)"


#: A clause ending on its subject issuing a statement ("恒大马上出声明", "公司随即发布公告").
_ISSUED = re.compile(r"(?:马上|随即|随后|立即|当天|当晚|也|则|还)?(?:发|出|发布|发表|发出)了?(?:一份|一则)?(?:声明|公告|通告|回应|"
                     # a notice named by what it is about ("发布消费提示", "发出紧急通知", "发布情况说明")
                     r"[\u4e00-\u9fff]{0,4}(?:提示|通知|倡议|倡议书|说明|通报|预警|提醒))$")
#: A time phrase opening a clause ("清盘那天", "当天", "次日").
_WHEN = re.compile(r"^[^，。；]{0,10}?(?:那天|当天|当日|次日|当晚|之后|以后)")


def clause_subject(clause: str, titles: tuple[str, ...]) -> tuple[str, str] | None:
    """(name, role) of the named person a clause opens on: a titled name ("某公司创办人冯某在…"),
    or a name alone followed by what they do ("霍某相当乐观"); None otherwise."""
    from .speakers import _TRIM_HEAD

    clause = _TRIM_HEAD.sub("", clause)
    m = re.match(r"^([^，。；：“”「」]{0,30}?(?:" + "|".join(map(re.escape, titles)) + r"))([\u4e00-\u9fff]{2,3}?)" + _SUBJECT_NEXT, clause)
    if m and m.group(2)[0] in _surnames():
        return m.group(2), m.group(1)
    m = re.match(r"^([\u4e00-\u9fff]{2,3}?|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6})" + _SUBJECT_NEXT, clause)
    if m and (m.group(1)[0] in _surnames() or "·" in m.group(1)):
        return m.group(1), ""
    return None


def issuer_clause(clause: str) -> str:
    """The subject of a clause ending on it issuing a statement ("清盘那天恒大马上出声明" → 恒大,
    a time phrase before it dropped), or ''."""
    issued = _ISSUED.search(clause)
    return _WHEN.sub("", clause[:issued.start()]) if issued else ""
