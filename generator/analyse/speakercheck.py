"""Whether a speaker's name is well formed, whatever the form or the topic: the check every name
goes through before it is emitted. A split of ``speakerdoc`` (its names, by concept).

The span grammar of a Chinese attribution is NAME [则|却|也|还|同时|亦|更|又…] VERB…: a holder's name
ends before the adverb ("梁卓贤则持不同意见" → 梁卓贤, "刘敏同时指出" → 刘敏, "X则较审慎：" → X). A span
that is a time or a number ("上午9", a stamp read as a label), a function word ("同时"), or that
carries punctuation is no speaker: when the check fails the name is dropped (nobody is credited),
never emitted half-cut."""

from __future__ import annotations

import re

__all__ = ["checked_name", "checked_role", "answer_labelled"]

#: Adverbs and linking words that stand between a holder and its verb, never inside a name's end.
_ADVERB = re.compile(r"同时|同样|则|却|也|还|亦|更|又|均|都|仍|便|就|再|皆|曾|已|并|随即|随后|当即|对此|一直|始终|依然|仍然|"
                     r"较为|比较|颇为|相当|十分|非常")
#: What may follow the adverb in a holder's span before the verb: a stance ("则持", "则较审慎", "也对此").
_STANCE_REST = re.compile(r"(?:持|抱|较|较为|更为|颇为|比较|相对|对此|审慎|谨慎|乐观|悲观|保守|同样|同时|也|还|则|却|亦|又|都|均)+")
#: A span that is a time, a date or a count, not a holder ("上午9", "9:31", "2024年7月", "3.4万次").
_TIME = re.compile(r"(?:[上下中]午|凌晨|清晨|早上|早晨|晚上|傍晚|夜间|昨天|今天|明天|前天|昨日|今日|昨晚|今晚)"
                   r"[\d:：点时分]*|[\d\s.:：,，/\-年月日号点时分秒万千百亿次条个位]+|第[\d一二三四五六七八九十]+[条个位楼]?")
#: A forum or social-media handle ending in a number ("蓝天下的737", "老王abc2024"): three characters of
#: a name or more before two digits or more, or three Latin letters or more before digits ("lulu1017"),
#: never a time or a date ("上午9", "2024年7月").
_HANDLE = re.compile(r"[\u4e00-\u9fff]{3,12}[A-Za-z_]{0,8}\d{2,4}|[A-Za-z][A-Za-z_]{2,15}\d{1,6}")
#: Words that are never a holder on their own (adverbs, conjunctions, pronouns of place and time).
_FUNCTION = frozenset("同时 同样 此外 另外 其中 而且 但是 不过 然而 因此 所以 对此 随后 目前 当前 现在 如今 "
                      "这里 那里 这时 那时 此时 其后 之后 以后 以前 之前 首先 其次 最后 总之 另一方面".split())
#: Phrases read as a holder by their shape, never a person, a body or a role description: a
#: viewpoint ("从统计上(说)", "就长期而言", "在技术层面"), a time of the week ("星期五晚"), an existential
#: "有…" ("有机构(估计)", "有研究机构"), a notice's label ("风险提示：", "免责声明：", "特别说明："). (A vague
#: "很多人据此认为" stays: the view others hold, a side the writer answers.)
_PHRASE = re.compile(r"(?:从|在|就|按|以|站在)[\u4e00-\u9fff]{1,8}(?:上|来看|看|而言|来说|方面|角度|层面|意义上)|"
                     r"(?:(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日])(?:早|晚|上午|下午|中午|晚上|夜里|凌晨)?|"
                     r"有(?:研究)?(?:机构|人士|人|媒体|专家|分析|学者)[\u4e00-\u9fff]{0,2}|"
                     r"[\u4e00-\u9fff]{0,4}(?:提示|声明|说明|须知|公告|通知)|"
                     # a preposition's phrase ("按照官方", "根据协会"): whose account, not who speaks
                     r"(?:按照|根据|依照|依据|据)[\u4e00-\u9fff]{1,8}")
#: A moment read as a label's holder: a market session or a day ("收市：", "A股复市：", "长假前最后一日：").
_MOMENT = re.compile(r"[^，。；：:]{0,8}?(?:收市|开市|复市|休市|收盘|开盘|午盘|早盘|尾盘|午市|早市|盘前|盘后|夜盘|"
                     r"最后一日|最后一天|首日|当日|当天|前夕|翌日|次日)")
#: A verb of saying glued to a person's name (Cantonese "话" = 说, "讲"): "邓家乐话：“…”".
_SAID = frozenset("话話讲講")
#: A survey's or a poll's share of the people it asked ("约有四成消费者", "近半数受访者", "超过60%的网友", "三成车主"):
#: a figure of a sample, never a speaker.
_SHARE = re.compile(r"(?:约有?|大约|近|将近|接近|超过|逾|超|仅有?|只有|有)?(?:[一二三四五六七八九十两\d.]+成|"
                    r"[一二三四五六七八九十两\d.]+%|百分之[一二三四五六七八九十百\d.]+|[过近逾]半数?|半数)"
                    r"(?:的|以上的|左右的)?[\u4e00-\u9fff]{0,4}(?:者|人|民|友|主|户|家长|员工|企业|学生|青年|网民|家庭|父母)$")
#: A Q&A platform's labels ("公司回答：", "董秘回复某公司：", "投资者提问：", "问某公司："): furniture of the page's
#: turns, never part of a name (the answer's speaker is the body answering).
_ANSWER_LABEL = re.compile(r"^(?:(?:公司|董秘|上市公司|管理层|官方)(?:回答|回复|答复|答)|回答)")
#: (a forum's bare "回复X：" names whom a post answers, never who wrote it: no answering body's label)
_ASKED_LABEL = re.compile(r"^(?:(?:投资者|网友|读者|记者|用户|股民)?提问|(?:投资者|网友|读者|股民)问)")
#: Characters that never end a name (a verb's particle, a preposition left from the frame).
_BAD_END = frozenset("持较对向把被给跟的了着过说称表认指据")
#: Adverbs that never open a name (no surname is written with them: 曾 and 都 are, so not here).
_NO_NAME_START = frozenset("也还又就却则亦更均仍便再皆已并")
#: Characters that end a name rarely: cut only when the article uses the name without them.
_ODD_END = frozenset("在于将和与及是为")


def answer_labelled(name: str, checked: str) -> bool:
    """Whether ``checked`` is ``name`` without a Q&A platform's answer label ("公司回答某某科技" → "某某科技")."""
    label = _ANSWER_LABEL.match(name or "")
    return bool(label) and name[label.end():] == checked


def checked_name(name: str, kind: str, text: str = "") -> str:
    """The well-formed part of a speaker's ``name`` (as read from ``text``, the article), or ''
    when there is none. ``kind``: the attribution's kind (a ``group`` is a description and keeps
    its words, but is still no time or function word)."""
    n = (name or "").strip()
    if not n or _TIME.fullmatch(n) or n in _FUNCTION:
        return ""
    if kind == "group" and "、" in n:
        from .speakerholder import _NAMED_LIST
        if _NAMED_LIST.fullmatch(n) and not re.search(r"[，。；：:！？“”「」\[\]【】]", n):
            return n  # bodies named one by one, then counted ("中信建投、国泰君安等10家券商")
    if re.search(r"[，。；：:！？“”「」、\[\]【】]", n):
        return ""
    if _PHRASE.fullmatch(n) or _MOMENT.fullmatch(n) or _SHARE.match(n):
        return ""  # (a survey's share, "约有四成消费者", "近半数受访者", is no one who speaks)
    if _ASKED_LABEL.match(n):
        return ""  # a Q&A's question label ("投资者提问", "问汇铸科技"): the asker, never a holder of a claim
    label = _ANSWER_LABEL.match(n)
    if label and len(n) - label.end() >= 2:
        n = n[label.end():]  # "公司回答某某科技": a Q&A's answer label before the answering body's name
    if kind in ("person", "bare") and n[-1] in _SAID and 3 <= len(n) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]+", n):
        n = n[:-1]  # "邓家乐话": the name, not its verb
    if kind in ("person", "bare") and n[0] == "的" and len(n) >= 3:
        n = n[1:]  # "…副教授的李某": the particle before the name is the description's, not the name's
    if kind == "group":
        return n
    if kind in ("person", "bare") and n[0] in _NO_NAME_START:
        return ""  # "专家也说了不(建议)": the words after a title, read as a name, open on an adverb
    if kind in ("person", "bare") and re.search(r"\d", n) and not _HANDLE.fullmatch(n):
        return ""  # a person's name has no digits ("上午9", "2.刘敏"); a poster's handle may ("蓝天下的737")
    if re.search(r"[\u4e00-\u9fff]", n) and "·" not in n:
        for m in _ADVERB.finditer(n, 2):
            head, tail = n[:m.start()], n[m.start():]
            if len(head) < 2:
                continue
            # "梁卓贤则持", "布伦纳则较审慎", "刘敏同时": the name ends before the adverb when the
            # article uses the head alone elsewhere, or the rest is more than the adverb (a predicate)
            rest = tail[len(m.group()):]
            if rest and not _STANCE_REST.fullmatch(rest):
                # "X还正确（解释了…）": the words after the adverb are a manner, the verb an act; the
                # span is not a holder's frame, and no name is cut out of it
                break
            alone = text.count(head) > text.count(n) if text else False
            if alone or len(n) >= 5 or len(m.group()) >= 2:
                n = head
                break
    elif "·" in n:
        m = _ADVERB.search(n, n.rfind("·") + 2)
        if m:
            n = n[:m.start()]
    if len(n) < 2 and kind != "bare":
        return ""
    if n[-1] in _BAD_END and kind == "org" and not (text and text.count(n[:-1]) > text.count(n)):
        return ""  # "投入据(说)": a body's name never ends on a verb's particle either
    if kind in ("person", "bare", "org") and (n[-1] in _BAD_END or (n[-1] in _ODD_END and kind != "org")) \
            and re.search(r"[\u4e00-\u9fff]$", n):
        # "王某持", "X对": a verb's particle glued on: the name the article uses without it, else none
        if text and len(n) >= 3 and text.count(n[:-1]) > text.count(n):
            return n[:-1]
        return "" if n[-1] in _BAD_END else n
    return n


#: Words that end a clause before a role, never part of it ("今天我们请到了…分析师", "主持人邀请…教授",
#: "这位是…总监"): the role is what follows the last of them.
_CLAUSE_BEFORE_ROLE = re.compile(r".*(?:了|(?<![自理经])由|请到|邀请|介绍|欢迎|是(?!否)|我们|咱们|大家|今天|昨天|今日|昨日|日前|近日|本期|这期)")


def checked_role(role: str) -> str:
    """A role as a noun phrase: a clause read in front of it dropped ("今天我们请到了某研究院首席分析师"
    → "某研究院首席分析师"); '' when nothing of a role is left."""
    r = (role or "").strip()
    # a headline or a title closed before the role ("…估值空间】鼎泰基金基金经理") is not part of it,
    # nor the preposition of a frame ("在华岳证券首席分析师…看来")
    r = re.split(r"[】」》\]]", r)[-1]
    r = re.sub(r"^(?:在(?!线)|据|对|向|让|和|与|跟)", "", r)
    m = _CLAUSE_BEFORE_ROLE.match(r)
    if m and m.end() < len(r):
        r = r[m.end():]
    r = r.strip(" ，,、：:")
    return r if len(r) >= 2 and not re.fullmatch(r"[\d\W_]+", r) else ""
