"""Floor replies: a thread's post that answers an earlier post by its floor or its writer ("回复4楼：口罩还是戴着吧…",
"回复 @豆豆妈：…") and takes a stance against what that post says — any topic; a split of ``disputes``.

The floor a reply names is where the words are, not who holds them, and a cleaned thread has often lost its
floor headers: the post answered is the earlier sentence of the thread, within ``REACH`` paragraphs before the
reply, that shares the most words with the reply's stance (at least ``SHARED`` pairs of characters). Only a
reply sentence that takes a stance (a judgement, a denial, a reservation, the opposite advice) answers anything:
"回复3楼：谢谢姐妹" thanks, it disputes nothing. The post answered may be a reply itself (a thread's replies answer
each other: "回复 @A：含量跟酒心巧克力差不多，没必要上纲上线吧。" / "回复 @B：@A 酒心巧克力也不该给孩子随便吃啊。").
"""

from __future__ import annotations

import re

from .text import Sentence, is_whole_sentence

__all__ = ["floor_replies", "REPLY"]

#: A post's opening naming the post it replies to: a floor ("回复4楼：", "回覆 #12：") or a writer ("回复 @豆豆妈：").
REPLY = re.compile(r"^\s*(?:回复|回覆|回應|回应|答复)\s*(?:#?\d{1,4}\s*[楼樓层層#]?|@[^\s：:，。@]{1,16})\s*[：:]")
#: A reply's sentence that takes a stance against something: a reservation, a denial, a correction, the opposite advice.
STANCE = re.compile(r"保留意见|保留意見|不同意|不认同|不赞同|是对的|才对|请勿|不实|谣言|不等于|没有(?:发现|证据|必要)|"
                    r"别(?:听|信)|还是[^，。！？]{1,8}吧|没必要|不必|不用|过度|夸大|不靠谱|不是这样|并非|并不|未经证实|"
                    r"言之过早|为时过早|站不住|(?:也|才|更|就)?不(?:该|应该|应当)")
#: Paragraphs before a reply searched for the post it answers.
REACH = 6
#: Pairs of characters a reply's stance must share with the sentence it answers.
SHARED = 2


def _pairs(x: Sentence, stop: frozenset) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]+", "|", REPLY.sub("", x.simple)[:300])
    return {text[i:i + 2] for i in range(len(text) - 1) if "|" not in text[i:i + 2]} - stop


def _said(x: Sentence) -> bool:
    """A post's sentence said whole: a whole sentence, or one a poster ends on a question of their own ("…没症状的孩子
    没必要一直戴吧？", "…这不是硬扛吗？") after saying something."""
    if is_whole_sentence(x.original):
        return True
    text = x.original.strip()
    return text.endswith(("？", "?")) and re.search(r"[，,]", text) is not None and text[0] not in "，、；：,;:。" \
        and len(re.sub(r"[^\u4e00-\u9fff]", "", text)) >= 12


def floor_replies(ss: list[Sentence], stop: frozenset) -> list[tuple[list, list]]:
    """(the sentence answered, the reply's stance sentences) for every floor reply of an article that takes a
    stance on what an earlier post said. ``stop``: pairs of characters of the topic's own names."""
    out = []
    for i, s in enumerate(ss):
        if not REPLY.match(s.simple):
            continue
        reply = [s]  # the reply runs to the end of its paragraph or the next reply (a timeline keeps them in one)
        for x in ss[i + 1:i + 6]:
            if x.paragraph != s.paragraph or REPLY.match(x.simple):
                break
            reply.append(x)
        stance = [x for x in reply if STANCE.search(REPLY.sub("", x.simple)) and _said(x)
                  and len(re.sub(r"[^\u4e00-\u9fff]", "", REPLY.sub("", x.simple))) >= 6]
        if not stance:
            continue
        mine = set().union(*(_pairs(x, stop) for x in stance))
        named = set(re.findall(r"@([^\s：:，。@]{1,16})", REPLY.sub("", s.simple)))
        best, top = None, SHARED - 1
        for q in reversed(ss[:i]):
            if s.para_index - q.para_index > REACH:
                break
            label = REPLY.match(q.simple)
            if label and not any("@" + h in label.group(0) for h in named):
                continue  # another reply is answered only when this one names its writer ("@咖啡续命的小林 …")
            if not _said(q) \
                    or len(re.sub(r"[^\u4e00-\u9fff]", "", q.simple)) < 10:
                continue
            got = len(_pairs(q, stop) & mine)
            if got > top:
                best, top = q, got
        if best is not None:
            out.append(([best], stance[:2]))
    return out
