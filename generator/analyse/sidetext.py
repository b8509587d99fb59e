"""What can be a side of a contention (issue 13, property 6): an assertion with an argument, never a question,
a greeting, a self-introduction, a host's formula, a bare assent or dissent, a fragment — and who in a run of
labelled turns is an interviewer rather than a holder.

The phenomenon: a conversation (an interview transcript, a podcast, a chat) alternates asking and answering;
an interviewer's turns ask ("你怎么看？", "那南方游客多吗", "现在生意怎么样啊"), greet, hand over ("接下来…",
"好谢谢…", "今天就到这儿"); a guest's first turn introduces them ("你好我叫…"). None of it takes a position, so
none of it is a side, and a guest answering an interviewer disputes nothing. An interviewer is a holder only when
he states a position himself (declares disagreement). Read from the turns' form, never from a topic's words.
"""

from __future__ import annotations

import re

from ..greetings import NO_SIDE_GREETING

__all__ = ["asking", "no_side", "hosts"]

#: Clause separators.
_CLAUSES = re.compile(r"[，,；;：:]")
#: A clause that asks: a question particle at its end, or an asking phrase ("怎么看", "什么程度", "多不多").
_ASKS = re.compile(r"(?:吗|嗎|呢|么|麼|没有|沒有|不是|对吧|對吧|好不好|行不行)[啊呀哈]?$|"
                   r"怎么看|怎麼看|怎么样|怎麼樣|如何|什么程度|什麼程度|多不多|是不是|能不能|会不会|會不會|有没有|有沒有|"
                   r"(?:哪儿|哪兒|哪里|哪裡|哪些|什么|什麼|多少|几个|幾個|为什么|為什麼)[^不没沒]{0,8}$")
#: A greeting or a self-introduction ("你好我叫孙丽娜…", "大家好，我是…", "我姓赵"): ``greetings.NO_SIDE_GREETING``.
_GREETS = NO_SIDE_GREETING
#: A host's formula: a transition, thanks, a sign-off ("接下来…", "好谢谢赵老板", "今天的采访就到这儿").
_FORMULA = re.compile(r"^(?:好|好的|那|行)?[，,]?\s*(?:谢谢|謝謝|感谢|感謝|接下来|接下來|下面|我们下期|我們下期|下期见|下期見|再见|再見)|"
                      r"(?:就到这儿|就到這兒|就到这里|就到這裡|到此结束|到此結束)[。！!]?$")
#: A bare assent or dissent, its content elsewhere ("我不同意", "这个我承认", "+1", "没错").
_BARE = re.compile(r"^(?:我)?(?:不)?(?:同意|认同|認同|赞同|贊同|承认|承認|反对|反對)(?:你|您|楼上|樓上)?(?:的)?(?:说法|說法|看法|观点|觀點)?$|"
                   r"^这个我(?:承认|承認|同意|不同意)$|^(?:对|對|是的|没错|沒錯|确实|確實|\+1|不对|不對|不是)$")


def _cjk(text: str) -> int:
    return len(re.sub(r"[^\u4e00-\u9fff]", "", text))


def asking(text: str) -> bool:
    """A sentence that only asks: its last clause asks (a "？", a question particle or phrase) and what stands
    before it states nothing of its own (under eight characters: "赵老板那你觉得…", not "一个城市整天讨好外地人，
    本地人会爽吗？", a claim closing on a rhetorical question)."""
    body = text.strip().rstrip("。.！!…~～ ")
    marked = body.endswith(("？", "?"))
    body = body.rstrip("？? ")
    clauses = [c for c in _CLAUSES.split(body) if c.strip()]
    if not clauses:
        return False
    last = clauses[-1].strip()
    if not (marked or _ASKS.search(last)):
        return False
    if not marked and re.search(r"不|没|沒|别|別", last) and re.search(r"什么|什麼|哪", last):
        return False  # "这不叫宰客叫什么": a rhetorical retort, no question asked
    return _cjk("".join(clauses[:-1])) < 8


#: An offer, a house rule, a pointer to something shared: a chat's or a forum's own business, no position on
#: anything ("租车的话找我…有意私聊", "说了不准发广告", "大家看看这个新闻，说得挺全的").
_OFFER = re.compile(r"私聊|私信我|加我微信|加微信|加V|扫码|联系电话|欢迎咨询|歡迎諮詢|押金可谈|價格可議|价格可议")
_RULE = re.compile(r"(?:不准|禁止|严禁|嚴禁|不得|不要)(?:再)?(?:发|發|打|拉)(?:广告|廣告|链接|連結|人头|人頭)|群规|群規|违者|違者|踢了|踢出")
_POINTER = re.compile(r"^(?:大家|各位)?(?:看看|看下|看一下|瞧瞧|分享(?:一下)?)(?:这个|這個|这篇|這篇|这条|這條|这则|這則|一下)?"
                      r"(?:新闻|新聞|文章|链接|連結|视频|視頻|帖子|报道|報導|报导)")


def no_side(text: str) -> bool:
    """A sentence that can be no side: a question, a greeting or self-introduction, a host's formula, a bare
    assent or dissent, a fragment (under six characters), an offer or a house rule, a pointer to something shared
    with little of its own (twenty characters or less after the pointer, no figure)."""
    body = text.strip()
    plain = re.sub(r"[。！!？?，,、\s]", "", body)
    pointer = _POINTER.match(plain)
    return _cjk(body) < 6 or asking(body) or bool(_GREETS.match(body)) or bool(_FORMULA.search(body)) or \
        bool(_BARE.match(plain)) or bool(_OFFER.search(body)) or bool(_RULE.search(body)) or \
        bool(pointer and _cjk(plain[pointer.end():]) <= 20 and not re.search(r"\d", plain))


def hosts(turns) -> set[str]:
    """The interviewers of a run of turns ``turns`` ([(name, [sentence texts])]): a speaker of two turns or more
    most of whose turns ask (their last sentence asks) or hand over (a formula), when at least two other
    speakers' turns follow them, or one other's follows them twice (an interview, not a quarrel of two)."""
    said: dict[str, list[bool]] = {}
    after: dict[str, list[str]] = {}
    for k, (name, texts) in enumerate(turns):
        last = texts[-1] if texts else ""
        said.setdefault(name, []).append(bool(texts) and (asking(last) or bool(_FORMULA.search(texts[0]))))
        if k + 1 < len(turns) and turns[k + 1][0] != name:
            after.setdefault(name, []).append(turns[k + 1][0])
    out = set()
    for name, flags in said.items():
        asked = sum(flags)
        if len(flags) >= 2 and asked >= 2 and asked * 2 > len(flags) and len(after.get(name, ())) >= 2:
            out.add(name)
    return out
