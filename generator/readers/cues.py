"""Recordings saved as text: subtitle files and timed transcripts without speakers.

- **Subtitle cues** (SRT, WebVTT): each cue's number and time range leave (recorded); the cue texts,
  which carry no punctuation in an auto-generated file, are joined into sentences: a cue ends a
  sentence at a pause (a gap before the next cue well over the file's usual gap), at a
  sentence-final particle, before a cue that opens a new sentence (不过, 但是, 第一 …), or once the
  sentence is long (unless the next cue goes on with it: 说…, 并且…, 就…, or the cue ends on a word no sentence
  ends on: …是, …把, …因为); other cues end on a comma (a file that punctuates its cues, a quarter of their ends or more
  carrying a mark, keeps its own marks and gets none added; commas inside cues whose ends carry none are
  the subtitler's habit, and the ends are marked). A long pause or a paragraph's length bound starts a new
  paragraph. Punctuation that is already there is kept.
- **Timed lines without speakers** (a video platform's transcript, "0:03 大家好"): five or more in one
  stamp format, half the lines or more, short: the stamps leave and the lines are rejoined like cues
  (a line's length at the file's speaking rate stands in for its end time).
- **A broadcast's chrome** (greeting, sign-off, ad break, sponsor, subscribe plugs) leaves cue by cue
  before the joining: :mod:`generator.readers.cueshow`.
- **Speaker turns** of an unlabelled interview (a guest the host invites greets back and gives a
  name): :mod:`generator.readers.interview`.
- **A recording's own introduction**: in the first words of a subtitle file or timed transcript with
  nothing above it, the programme it welcomes
  to ("欢迎来到X" → outlet), the speaker ("我是X" → author) and the subject it announces ("今天聊聊X"
  → title), when the page names none.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from ..clean.doc import Chunk, Doc
from .cueshow import show_chrome
from .cuetext import VTT_BLOCK, VTT_HEADER, tidy_cues
from .interview import interview_turns
from .lines import MESSAGE_RE, _signature

__all__ = ["read_cues", "read_timed_lines", "rejoin", "rejoin_turns", "self_intro", "timed", "usual_gap"]

NAME = "read_lines"

_CUE = re.compile(r"^\s*((?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3})"
                  r"(?:\s+[\w:%.-]+)*\s*$")
_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
_VTT = re.compile(r"^\s*WEBVTT\b")
_PUNCT_END = re.compile(r"[。！？!?…，,、；;：:）)」』”\"]$")
#: Sentence-final particles of spoken Chinese; 吗/么 ask.
_PARTICLE = re.compile(r"(?:吧|呢|嘛|啊|呀|啦|哦|哈|呗|咯|嘞)$")
_ASK = re.compile(r"(?:吗|么|嗎|麼)$")
#: Cues that open a new sentence: connectives, ordinals, turns of a talk.
_OPENS = re.compile(r"^(?:不过|不過|但是|但|可是|然而|所以|因此|其实|其實|另外|此外|还有|還有|当然|當然|首先|其次|最后|最後|"
                    r"第[一二三四五六七八九十\d]+|回到|好了|那么|那麼|总之|總之|说实话|說實話|我觉得|我覺得|我认为|我認為|"
                    r"很多人|有人|也有人|如果)")
#: A cue that goes on with the sentence before it (its verb of saying, a conjunction): no length ends
#: the sentence before it ("发布会那天他讲了三个多小时" ⏎ "说这是最后一次创业").
_GOES_ON = re.compile(r"^(?:说(?!实话|说|白了)|說(?!實話|說|白了)|称|稱|表示|强调|強調|并且|並且|而且|以及|的(?!确|確)|"
                      # an adverb whose subject ends the cue before ("…委员会的主席某某" ⏎ "就公开要求…")
                      r"就(?!是说|是說|这|這|目前|像)|却|卻|才(?=[能会會是开開把])|便(?![利宜])|随即|隨即|随后|隨後)")
#: A cue ending on a word no sentence ends on (a copula, a preposition, a conjunction: "供应链传出来的消息是",
#: "他们把", "而且"): the sentence goes on into the next cue, however long it is.
_HANGS = re.compile(r"(?:(?<![不总但于就还只正倒要可若即])是|(?<![一])把|(?<![好正存现实内])在|(?<![绝相针面])对|(?<![总])和|跟|与|及|以及|或者|并且|而且|因为|如果|但是|所以|就是|的话)$")
#: A sentence this long (characters) ends at its next cue; a paragraph this long ends at its next sentence.
_SENTENCE_MAX, _PARAGRAPH_MAX = 36, 160
#: A pause is a gap this many times the file's usual gap and at least this long (seconds);
#: a long pause (a new paragraph), at least _LONG_PAUSE seconds.
_PAUSE_TIMES, _PAUSE_MIN, _LONG_PAUSE = 3, 0.6, 1.5


def _seconds(s: str) -> float:
    parts = re.split(r"[:,.]", s.strip())
    *hms, ms = parts
    total = 0
    for p in hms:
        total = total * 60 + int(p)
    return total + int(ms) / 10 ** len(ms)


_CUE_LINE = re.compile(_CUE.pattern, re.M)


def timed(text: str) -> bool:
    """True when ``text`` holds three subtitle cues or more (their time ranges on lines of their own)."""
    return "-->" in text and sum(1 for _ in zip(range(3), _CUE_LINE.finditer(text))) >= 3


def read_cues(doc: Doc) -> bool:
    """Recognise a subtitle file (three cues or more) and rejoin its cues into sentences and
    paragraphs (see the module); True when the text is one."""
    bl = doc.blocks
    times = [i for i, b in enumerate(bl) if b.kind == "line" and len(b.text) <= 80 and _CUE.match(b.text)]
    if len(times) < 3:
        return False
    cues: list[tuple[float, float, list[Chunk]]] = []
    drop: set[int] = set()
    head: list[Chunk] = []
    vtt = any(_VTT.match(b.text) for b in bl[:times[0]])
    for k, i in enumerate(times):
        m = _CUE.match(bl[i].text)
        end = times[k + 1] if k + 1 < len(times) else len(bl)
        text = [b for b in bl[i + 1:end] if b.kind == "line"]
        if k + 1 < len(times) and text and (_NUMBER.match(text[-1].text) or vtt and len(text) >= 2 and text[-1].gap):
            drop.add(id(text[-1]))  # (the next cue's number, or a WebVTT cue's identifier)
            text = text[:-1]
        if vtt:
            block = next((n for n, b in enumerate(text) if b.gap and VTT_BLOCK.match(b.text)), None)
            if block is not None:  # a NOTE, STYLE or REGION block after the cue's words
                drop.update(id(b) for b in text[block:])
                text = text[:block]
        cues.append((_seconds(m.group(1)), _seconds(m.group(2)), text))
    first = times[0]
    if first and _NUMBER.match(bl[first - 1].text) or vtt and first and bl[first - 1].gap and not _VTT.match(bl[first - 1].text):
        drop.add(id(bl[first - 1]))
    note = False
    for b in bl[:first]:
        note = vtt and (VTT_BLOCK.match(b.text) is not None or note and not b.gap)
        if id(b) in drop or _VTT.match(b.text) or vtt and (note or VTT_HEADER.match(b.text)):
            drop.add(id(b))
        else:
            head.append(b)
    for i in times:
        drop.add(id(bl[i]))
    for b in bl:
        if id(b) in drop:
            doc.record(b.line, b.text, "", "removed", "a subtitle cue's number or time range"
                       if _NUMBER.match(b.text) or _CUE.match(b.text) else "a WebVTT header, note or cue identifier")
    said, firsts = show_chrome(doc, tidy_cues(doc, cues))
    if any(who for *_, who in said):
        doc.blocks[:] = list(head) + rejoin_turns(doc, said, firsts=firsts)
    else:
        _rejoin(doc, [c[:3] for c in said], head)
    if not head:
        self_intro(doc)  # (a page above the recording names it itself: its lines are read by the rules)
    interview_turns(doc, len(head))
    return True


def read_timed_lines(doc: Doc) -> bool:
    """A transcript of timed lines without speakers ("0:03 大家好", "[00:01:12] 先说价格"): five or
    more in one stamp format, half the text's lines or more, short (a video platform's transcript).
    Each stamp leaves (recorded) and the lines are rejoined like subtitle cues, a line's length at the
    file's speaking rate standing in for its end time."""
    bl = doc.blocks
    lines = [b for b in bl if b.kind == "line"]
    found = [(i, m) for i, b in enumerate(bl) if b.kind == "line" and (m := MESSAGE_RE.match(b.text))
             and not m.group("label") and m.group("rest").strip()]
    if len(found) < 5 or len(found) * 2 < len(lines):
        return False
    sig = Counter(_signature(m) for _, m in found).most_common(1)[0][0]
    found = [(i, m) for i, m in found if _signature(m) == sig and not m.group("date")]
    if len(found) < 5 or statistics.median(len(m.group("rest").strip()) for _, m in found) > 30 \
            or sum(1 for _, m in found if re.search(r"[。！？!?]$", m.group("rest").strip())) * 2 > len(found):
        return False  # long lines that end sentences: a schedule or a log, not speech cut into cues
    starts = [_seconds(re.sub(r"[：]", ":", m.group("time")) + (".0" if not re.search(r"[.,]\d+$", m.group("time")) else ""))
              for _, m in found]
    if any(b <= a for a, b in zip(starts, starts[1:])):
        return False  # times that do not run forward are no recording's
    texts = [m.group("rest").strip() for _, m in found]
    rates = [(b - a) / max(len(t), 1) for a, b, t in zip(starts, starts[1:], texts)]
    rate = statistics.median(rates) if rates else 0.25
    cues = []
    for (i, m), start, text in zip(found, starts, texts):
        b = bl[i]
        doc.record(b.line, b.text[:m.start("rest")].strip(), "", "removed", "a transcript line's time stamp")
        b.text, b.marks = text, [(0, b.line)]
        cues.append((start, start + rate * len(text), [b]))
    head = bl[:found[0][0]]
    tail = [b for b in bl[found[-1][0] + 1:]]
    cued = {id(b) for _, _, ls in cues for b in ls}
    inner = [b for b in bl[found[0][0]:found[-1][0] + 1] if id(b) not in cued]
    _rejoin(doc, cues, head)
    if not head:
        self_intro(doc)
    interview_turns(doc, len(head))
    doc.blocks.extend(inner + tail)  # (a line between the timed ones without a stamp is kept after them)
    return True


def _rejoin(doc: Doc, cues: list[tuple[float, float, list[Chunk]]], head: list[Chunk]) -> None:
    """Cue texts → sentences and paragraphs (see the module); ``doc.blocks`` becomes ``head`` and
    the cues' lines."""
    doc.blocks[:] = list(head) + rejoin(doc, cues)


def usual_gap(cues: list[tuple[float, float, list[Chunk]]]) -> float:
    """The median silence between one cue's end and the next one's start (seconds)."""
    gaps = [max(0.0, s - e) for (_, e, _), (s, _, _) in zip(cues, cues[1:])]
    return statistics.median(gaps) if gaps else 0.0


def punctuates(texts: list[str]) -> bool:
    """Whether a file punctuates its speech: a quarter of its cues or more end on a mark. Commas inside cues
    whose ends carry none (the subtitler's habit: a line break stands for the sentence's end) are not enough."""
    return sum(1 for t in texts if _PUNCT_END.search(t.rstrip())) >= 0.25 * max(len(texts), 1)


def rejoin(doc: Doc, cues: list[tuple[float, float, list[Chunk]]], usual: float | None = None,
           punctuated: bool | None = None) -> list[Chunk]:
    """Cue texts → sentences and paragraphs (see the module): the cues' lines, their ends marked
    (recorded), the first line opening a paragraph. ``usual``: the file's usual gap between cues
    when ``cues`` is one part of it (a speaker's turn); ``punctuated``: whether the file punctuates
    its speech (else judged from ``cues``)."""
    gaps = [max(0.0, s - e) for (_, e, _), (s, _, _) in zip(cues, cues[1:])]
    usual = usual_gap(cues) if usual is None else usual
    pause = max(_PAUSE_MIN, _PAUSE_TIMES * usual)
    texts = ["".join(x.text for x in c[2]) for c in cues if c[2]]
    if punctuated is None:
        punctuated = punctuates(texts)
    out: list[Chunk] = []
    sentence = paragraph = 0
    new_para = True
    for k, (_, _, lines) in enumerate(cues):
        if not lines:
            continue
        gap = gaps[k] if k < len(gaps) else None
        nxt = next((c[2][0].text for c in cues[k + 1:] if c[2]), "")
        for j, b in enumerate(lines):
            b.gap, b.starts = (1, True) if new_para and j == 0 else (0, False)
            new_para = False
            out.append(b)
        last = lines[-1]
        text = "".join(x.text for x in lines)
        sentence += len(text)
        paragraph += len(text)
        if punctuated:
            mark = ""  # a file that punctuates its speech: its own marks are the sentences'
        elif gap is None:
            mark = "。" if not _PUNCT_END.search(last.text) else ""
        elif _PUNCT_END.search(last.text):
            mark = ""
        elif _ASK.search(last.text):
            mark = "？"
        elif gap >= pause or _PARTICLE.search(last.text) or _OPENS.match(nxt) \
                or sentence >= _SENTENCE_MAX and not _GOES_ON.match(nxt) and not _HANGS.search(last.text):
            mark = "。"
        else:
            mark = "，"
        if mark:
            doc.record(last.line, last.text, last.text + mark, "changed",
                       "a subtitle cue's end: a sentence's end (pause, particle, next sentence, length)"
                       if mark != "，" else "a subtitle cue's end inside a sentence: a comma")
            last.text += mark
        if re.search(r"[。！？!?…]$", last.text):
            sentence = 0
            if gap is not None and (gap >= _LONG_PAUSE or paragraph >= _PARAGRAPH_MAX):
                new_para, paragraph = True, 0
    return out


def rejoin_turns(doc: Doc, cues: list[tuple[float, float, list[Chunk], str]], usual: float | None = None,
                 firsts: dict[str, str] | None = None, introduced: set[str] | None = None) -> list[Chunk]:
    """Cues of several speakers (the fourth field; '' unknown) → their lines joined one turn at a
    time (:func:`rejoin`), each paragraph of a turn opening on its speaker's label; a speaker's first
    label carries the role the recording gives them (``firsts``: name → ``工程师韩冬（某公司）``; ``introduced``:
    the speakers already labelled so, when ``cues`` is one part of a file)."""
    plain = [c[:3] for c in cues]
    usual = usual_gap(plain) if usual is None else usual
    texts = ["".join(x.text for x in c[2]) for c in cues if c[2]]
    punctuated = punctuates(texts)
    firsts = firsts or {}
    out: list[Chunk] = []
    introduced = set() if introduced is None else introduced
    k = 0
    while k < len(cues):
        who = cues[k][3]
        j = k
        while j < len(cues) and cues[j][3] == who:
            j += 1
        for b in rejoin(doc, plain[k:j], usual, punctuated):
            if who and b.gap:
                label = firsts.get(who, who) if who not in introduced else who
                introduced.add(who)
                doc.record(b.line, b.text[:12], f"{label}：" + b.text[:12], "changed",
                           "a speaker's turn in a subtitle file (the cue's voice or label, the line's actor, the "
                           "lower third shown) → a paragraph opening on the speaker's label")
                b.text = f"{label}：" + b.text
                b.marks = [(0, b.line)] + [(o + len(label) + 1, ln) for o, ln in b.marks[1:]]
            out.append(b)
        k = j
    return out


#: A recording's own introduction in its first words: the programme ("欢迎来到X", "欢迎收听X"),
#: the speaker ("我是X"), the subject ("今天咱们聊聊X").
_WELCOME = re.compile(r"(?:欢迎|歡迎)(?:大家)?(?:来到|來到|回到|收听|收聽|收看|观看|觀看)(?P<name>[^\s，。！？,.!?、：:]{2,14}?)"
                      r"(?=[，。！？,.!?\s]|我是|$)")
_I_AM = re.compile(r"(?:^|[，。！？,!?\s]|大家好|各位好)我是(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[，。！？,!?\s]|欢迎|歡迎|$)")
_SUBJECT = re.compile(r"(?:今天|这期|這期|本期|这次|這次)?(?:咱们|我们|我們|咱們)?(?:来|來|就)?(?P<t>(?:聊聊|聊一聊|说说|說說|谈谈|談談|讲讲|講講)"
                      r"[^，。！？,.!?]{4,24})")
_INTRO_CHARS = 120


def self_intro(doc: Doc) -> None:
    """A recording that names itself in its first words (a video's or a show's spoken opening):
    the programme → outlet, the speaker → author, the subject it announces → title, each only when
    the page gives none (a subtitle file has no title line)."""
    head = ""
    for b in doc.blocks:
        if b.kind in ("line", "p"):
            head += b.text + ("" if re.search(r"[，。！？,.!?]$", b.text) else "，")
        if len(head) >= _INTRO_CHARS:
            break
    head = head[:_INTRO_CHARS]
    found = {}
    if (m := _WELCOME.search(head)):
        found["outlet"] = m.group("name").strip("《》「」“”")
    if (m := _I_AM.search(head)):
        found["author"] = m.group("name")
    if (m := _SUBJECT.search(head)):
        found["title"] = m.group("t")
    for key, value in found.items():
        if value and not doc.declared.get(key) and key not in doc.meta:
            doc.meta[key] = value
            doc.meta_lines[key] = doc.blocks[0].line if doc.blocks else 1
            doc.record(doc.meta_lines[key], value, value, "changed",
                       f"the recording's own introduction in its first words → {key} (the text stays)")
