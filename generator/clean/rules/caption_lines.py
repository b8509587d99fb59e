"""Auto-captions saved as text without their times: a video page's transcript, one spoken phrase per
line, no punctuation, pauses written as spaces (``大家好 今天带大家来看看我们村的渡口``).

Joined as they are, such lines run into one paragraph without a sentence's end, which no reader
(and no analysis) can split. A run of four lines or more of that shape (each four to forty
characters, mostly Han, no punctuation mark at all; half of them or more with a pause inside, or
the run under a caption label such as ``自动字幕``) is read as speech: a pause inside a line becomes
``，``, a line's end ``。`` (``？`` after a question particle; ``，`` when the sentence so far is short
and does not end on a final particle), the run one paragraph. The label line leaves. Each added
mark is recorded.
"""

from __future__ import annotations

import re

from ..doc import Chunk

NAME = "caption_lines"
_LABEL = re.compile(r"^\s*[【\[（(]?\s*(?:自动字幕|自動字幕|AI字幕|字幕|视频文字稿|視頻文字稿|视频字幕|視頻字幕|文字稿|口播稿|语音转文字|語音轉文字)"
                    r"\s*[】\]）)]?\s*[:：]?\s*$")
_MARK = re.compile(r"[，。！？、；：,.!?;:…“”「」『』（）()《》\[\]【】#@]")
_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_ASK = re.compile(r"(?:吗|嗎|么|麼)$")
_FINAL = re.compile(r"(?:了|吧|呢|啊|呀|啦|哦|的)$")
_MIN_RUN = 4
_SHORT = 10  # characters: a sentence this short goes on past a line's end


#: A numbered entry (a table of contents, a list): "第一章 …", "一 …", "3 …".
_NUMBERED = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节節条條回部篇课課期]|[一二三四五六七八九十]{1,3}[\s、]|\d{1,3}\s)")


def _caption(text: str) -> bool:
    t = text.strip()
    if not 4 <= len(t) <= 40:
        return False
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    if han * 10 < len(t.replace(" ", "")) * 8 or _MARK.search(t) or _NUMBERED.match(t):
        return False
    parts = t.split()
    return len(parts) == 1 or sum(1 for p in parts if len(p) >= 4) * 2 >= len(parts)  # not a menu's short words


def apply(doc):
    bl = doc.blocks
    out: list[Chunk] = []
    i = 0
    changed = False
    while i < len(bl):
        j = i
        while j < len(bl) and bl[j].kind == "line" and _caption(bl[j].text) and not _LABEL.match(bl[j].text) \
                and (j == i or bl[j].gap == 0):
            j += 1
        run = bl[i:j]
        labelled = bool(out) and out[-1].kind == "line" and _LABEL.match(out[-1].text)
        paused = sum(1 for b in run if _PAUSE.search(b.text.strip()))
        if len(run) >= _MIN_RUN and (paused * 2 >= len(run) or labelled):
            if labelled:
                label = out.pop()
                doc.record(label.line, label.text, "", "removed", "the label of a video's auto-captions")
            out.append(_speech(doc, run))
            changed = True
            i = j
            continue
        out.append(bl[i])
        i += 1
    if changed:
        bl[:] = out


def _speech(doc, run: list[Chunk]) -> Chunk:
    """The run's lines as one paragraph of punctuated speech."""
    pieces, marks, sentence, pos = [], [], 0, 0
    for k, b in enumerate(run):
        text = _PAUSE.sub("，", b.text.strip())
        last = k == len(run) - 1
        sentence += len(text)
        if _ASK.search(text):
            end = "？"
        elif last or sentence >= _SHORT or _FINAL.search(text):
            end = "。"
        else:
            end = "，"
        if end != "，":
            sentence = 0
        new = text + end
        doc.record(b.line, b.text, new, "changed", "an auto-caption line read as speech: its pauses and its end marked")
        marks.append((pos, b.line))
        pieces.append(new)
        pos += len(new)
    return Chunk("p", "".join(pieces), marks, run[0].gap, starts=True)
