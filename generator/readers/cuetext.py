"""What a subtitle cue's lines carry besides the words (SRT, WebVTT): read before the cues are
joined into sentences (:mod:`generator.readers.cues`).

- **Tags** leave (recorded): ``<i>``, ``<font …>``, ``<c.yellow>``, VTT's ``<00:01:02.000>`` word
  times, positioning tags (``{\\an8}``).
- **Who speaks**: a VTT voice (``<v 周磊>…``) or a speaker's label opening the cue (``周磊：…``, or
  boxed without a colon, ``[周磊] …``, ``（主持人）…``; a label the file uses twice or more): the label leaves the line and the cue is that speaker's; the
  cues are then joined one turn at a time, each opening on its speaker's label.
- **Captions on screen**: a cue placed by an override tag at its start (``{\\an8}`` top, ``{\\an5}`` middle,
  ``{\\pos(…)}``) is a title card or a news caption shown over the picture, no one's speech: it is a paragraph
  of its own, and the speaker before it goes on after it.
- **Dialogue dashes** (``- 你吃了吗`` ⏎ ``- 吃了``): two people in one cue; the dash leaves and each line
  is a sentence of its own.
- **A translation** shown with the speech in a Chinese file (a Latin line under a Chinese one, or a
  Latin cue at the same time as a Chinese one) is no new content: it leaves (recorded).
- **Sound descriptions** (``[音乐]``, ``（掌声）``, ``♪…♪``) leave.
- **WebVTT's own blocks** (``NOTE``, ``STYLE``, ``REGION``, the header's ``Kind:``/``Language:``) and a cue's
  identifier (a line before its time range) leave.
"""

from __future__ import annotations

import re
from collections import Counter

from ..clean.doc import Chunk, Doc

__all__ = ["tidy_cues", "latin_line", "VTT_BLOCK", "VTT_HEADER"]

_TAG = re.compile(r"</?(?:i|b|u|s|font|c|lang|ruby|rt|span)(?:[.\s][^<>]{0,200})?>|</v>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>|"
                  r"\{\\[^{}]{0,200}\}")
#: A cue placed on screen by an override tag at its start: top (7–9) or middle (4–6) alignment, or a position.
_SHOWN = re.compile(r"^\s*\{\\(?:an[4-9]|a(?:[5-7]|9|1[01])|pos\()")
_VOICE = re.compile(r"^\s*<v(?:\.[\w.-]+)*\s+([^<>]{1,30}?)\s*>\s*")
_WHO = r"(?P<who>[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z.'\-]{1,15}(?: [A-Z][A-Za-z.'\-]{1,15}){0,2})"
#: A speaker's label opening a cue: a name (bracketed or not) and a colon ("周磊：", "[周磊]："), or a bracketed
#: name alone before the words ("[周磊] 其实…", "（主持人）那卖得怎么样？").
_LABEL = re.compile(rf"^\s*(?:(?:[\[【(（]\s*)?{_WHO}(?:\s*[\]】)）])?\s*[：:]|[\[【(（]\s*{_WHO.replace('who', 'boxed')}\s*[\]】)）])\s*(?=\S)")
#: Words that open a line with a colon and name no speaker.
_NOT_WHO = frozenset("注意 提示 注释 注釋 备注 備註 字幕 翻译 翻譯 校对 校對 时间 時間 地点 地點 来源 來源 原文 译者 譯者 "
                     "问题 問題 答案 结论 結論 比如 例如 第一 第二 第三 首先 其次 最后 最後 总之 總之 Note Notes Source "
                     # what a bracket opening a cue says when it is no one's name: a sound, an action, a place
                     "掌声 掌聲 笑声 笑聲 音乐 音樂 鼓掌 欢呼 歡呼 叹气 嘆氣 咳嗽 停顿 停頓 沉默 背景音 画外音 畫外音 现场 現場 "
                     "字幕 片头 片頭 片尾 广告 廣告 同期声 同期聲 Music Applause Laughter "
                     "大笑 独家 獨家 快讯 快訊 直播 预告 預告 重播 画面 畫面 资料 資料 新闻 新聞 更正".split())
_DASH = re.compile(r"^\s*[-–—‐]\s*(?=\S)")
_SOUND = re.compile(r"^\s*(?:[\[【(（][^\]】)）]{1,12}[\]】)）]|♪[^♪]{0,60}♪?|♫[^♫]{0,60}♫?)\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_END = re.compile(r"[。！？!?…]$")
#: WebVTT's own blocks, and the header's settings.
VTT_BLOCK = re.compile(r"^\s*(?:NOTE|STYLE|REGION)(?:\s|$)")
VTT_HEADER = re.compile(r"^\s*(?:Kind|Language|X-TIMESTAMP-MAP|Region|Style)\s*[:=]", re.I)


def latin_line(text: str) -> bool:
    """A translation's line: no Han character, two Latin words or more."""
    return not _HAN.search(text) and len(_WORD.findall(text)) >= 2


def _strip_tags(doc: Doc, b: Chunk) -> None:
    if "<" not in b.text and "{" not in b.text:
        return
    voice = _VOICE.match(b.text)
    keep = b.text[:voice.end()] if voice else ""
    new = keep + _TAG.sub("", b.text[len(keep):])
    if new != b.text:
        doc.record(b.line, b.text, new, "changed", "a subtitle cue's style or position tags")
        b.text = new


def _who(m: re.Match) -> str:
    return m.group("who") or m.group("boxed")


def _labels(cues: list[list[Chunk]]) -> set[str]:
    """The speakers' labels a file opens its cues with: each used twice or more (in a file that labels its
    speakers in brackets, every bracketed name opening a cue)."""
    found = [m for lines in cues if lines and (m := _LABEL.match(lines[0].text))]
    count = Counter(_who(m) for m in found)
    labels = {w for w, n in count.items() if n >= 2 and w not in _NOT_WHO}
    boxed = {m.group("boxed") for m in found if m.group("boxed")}
    if labels & boxed:  # a file that labels its speakers in brackets: a guest who speaks once is labelled so too
        labels |= {w for w in boxed if w not in _NOT_WHO}
    return labels


def tidy_cues(doc: Doc, cues: list[tuple[float, float, list[Chunk]]]) -> list[tuple[float, float, list[Chunk], str]]:
    """Each cue's lines without tags, sound descriptions, translation and dashes, and its speaker
    ('' when the file does not say); cues left empty go (see the module)."""
    # a cue set at the top or the middle of the picture ("{\\an8}…"): a caption on screen, no one's speech
    shown = {id(lines) for _, _, lines in cues if any(_SHOWN.match(b.text) for b in lines)}
    for _, _, lines in cues:
        for b in lines:
            _strip_tags(doc, b)
    texts = ["".join(b.text for b in lines) for _, _, lines in cues]
    han_file = sum(1 for t in texts if len(_HAN.findall(t)) >= 2) * 4 >= max(len(texts), 1)
    han_spans = [(s, e) for (s, e, _), t in zip(cues, texts) if len(_HAN.findall(t)) >= 2]
    labels = _labels([lines for _, _, lines in cues])
    out = []
    carried = ""  # (a file labels a cue when its speaker changes: the cues after it are theirs)
    for start, end, lines in cues:
        who = ""
        kept = []
        for b in lines:
            if (v := _VOICE.match(b.text)):
                who = who or v.group(1).strip()
                doc.record(b.line, b.text[:v.end()], "", "metadata", "a subtitle cue's voice tag: who speaks")
                b.text = b.text[v.end():]
                b.marks = [(0, b.line)]
            if _SOUND.match(b.text):
                doc.record(b.line, b.text, "", "removed", "a subtitle cue's sound description (music, applause)")
                continue
            kept.append(b)
        if han_file and kept:
            if any(len(_HAN.findall(b.text)) >= 2 for b in kept):
                for b in [b for b in kept if latin_line(b.text)]:
                    doc.record(b.line, b.text, "", "removed", "a cue's translation shown under it (the same words "
                               "in another language)")
                    kept.remove(b)
            elif all(latin_line(b.text) for b in kept) and any(s < end and start < e for s, e in han_spans):
                for b in kept:
                    doc.record(b.line, b.text, "", "removed", "a translation cue shown with the speech (the same "
                               "words in another language)")
                kept = []
        if kept and (m := _LABEL.match(kept[0].text)) and _who(m) in labels:
            who = _who(m)
            b = kept[0]
            doc.record(b.line, b.text[:m.end()], "", "metadata", "a speaker's label opening a subtitle cue: who speaks")
            b.text = b.text[m.end():]
            b.marks = [(0, b.line)]
        dashed = [b for b in kept if _DASH.match(b.text)]
        if id(lines) in shown and not who:
            if kept:
                out.append((start, end, kept, ""))  # (the speaker before it goes on after it)
            continue
        who = carried = "" if len(dashed) >= 2 else (who or carried)
        if len(dashed) >= 2:
            for k, b in enumerate(kept):
                m = _DASH.match(b.text)
                new = b.text[m.end():] if m else b.text
                if k + 1 < len(kept) and not _END.search(new):
                    new = new.rstrip("，,") + "。"
                doc.record(b.line, b.text, new, "changed", "a dialogue dash: two people in one cue, each line a "
                           "sentence of its own")
                b.text = new
                b.marks = [(0, b.line)]
        if kept:
            out.append((start, end, kept, who))
    return out
