"""Styled subtitle scripts: Advanced SubStation Alpha (``.ass``) and SubStation Alpha v4 (``.ssa``),
recognised by their sections (``[Script Info]``, ``[Events]`` with a ``Format:`` line) whatever the
file's ending.

The phenomenon: a subtitler's script holds, besides the speech, the editor's machinery (script
info, styles, an editor's project lines), several tracks told apart by their style (the speech, a
translation, title and chapter cards, lower thirds naming who speaks, on-screen notes) and override
tags in every line (``{\\an8\\fad(200,200)}``, ``\\N`` breaks). What the reader makes of it:

- The machinery leaves (recorded); the script's ``Title:`` is the source's declared title (a date at
  its end its date); a programme card (``X · 第187期``, ``X EP12``) names the outlet and leaves.
- ``Comment:`` events, drawings (``\\p1``), karaoke (``\\k``) and effect lines (``Banner;``,
  ``Scroll up;``) are no speech: they leave. Tags leave, ``\\N``/``\\n`` break a line, ``\\h`` is a space.
- In a Chinese script, a translation is not new content: a style whose lines are mostly Latin, a
  Latin line shown with a Chinese one at the same time, or the Latin half of a ``中文\\NEnglish``
  line leaves (recorded), so no claim is read twice.
- The speech (the style holding most lines, and any style named for dialogue) is rejoined into
  sentences and paragraphs as subtitle cues are (:func:`generator.readers.cues.rejoin_turns`), one
  speaker's turn at a time: a turn's speaker is the event's ``Name`` (actor) field, or the person
  a lower third shows while the line starts. Each turn opens on its speaker's label (the first one
  after a lower third with the role it gives: ``韩冬（某公司工程师）：``), as a transcript's turns are written.
- Other cards: a card opening the video under the script's title is the subtitle (with no title,
  the title); a chapter or section card (short, no sentence) is a heading at its place; a card
  after the last line of speech is the video's closing text (a paragraph; a subscribe call leaves);
  a disclaimer note (``仅供参考``, ``请勿模仿``) leaves; any other note is a paragraph at its place.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from .cues import rejoin_turns, self_intro, usual_gap
from .cuetext import latin_line
from .interview import interview_turns
from .meta import iso_date
from .substationparse import Event, glue, script_events

__all__ = ["looks_like_substation", "read_substation"]

_DRAWING = re.compile(r"\{[^{}]*\\p[1-9][^{}]*\}")
_KARAOKE = re.compile(r"\{[^{}]*\\[kK][fo]?\d")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!?]")
#: A style named for speech, whatever its count of lines (a second speaker's, an overlap's, italics).
_SPEECH_STYLE = re.compile(r"default|dialog|dialogue|main|top|alt|italic|speech|narrat|对白|對白|对话|對話|正文|旁白|字幕", re.I)
#: A style named for a lower third (who speaks) or for a title, chapter or section card.
_LOWER_STYLE = re.compile(r"lower|name|人名|身份|姓名|介绍|介紹|speaker|\bid\b|l3", re.I)
_CARD_STYLE = re.compile(r"title|chapter|heading|section|part|card|标题|標題|章节|章節|片名|小标题|小標題", re.I)
#: A programme card: the show's name and its episode.
_PROGRAMME = re.compile(r"^(?P<show>[^\s·|｜:：]{2,20}?)\s*(?:[·•|｜:：\-—]\s*)?(?:第\s*\d{1,4}\s*[期集回话話]|EP?\.?\s*\d{1,4}|Vol\.?\s*\d{1,4})\s*$", re.I)
#: A closing card asking viewers to subscribe, or a disclaimer shown over the picture.
_SUBSCRIBE = re.compile(r"关注|關注|订阅|訂閱|点赞|點讚|點贊|一键三连|一鍵三連|subscribe|follow", re.I)
_DISCLAIMER = re.compile(r"仅供参考|僅供參考|请勿模仿|請勿模仿|切勿模仿|专业人员|專業人員|封闭场地|封閉場地|危险动作|危險動作")
#: A role that ends a lower third's line ("整车性能开发高级工程师", "车评人", "主理人", "记者").
_ROLE = re.compile(r"(?:人|师|師|员|員|长|長|家|者|官|总|總|主任|经理|經理|总监|總監|主持|主播|教授|博士|医生|醫生|律师|律師|"
                   r"编辑|編輯|顾问|顧問|代表|董事|CEO|CTO|CFO|COO|创始人|創始人|合伙人|合夥人|up主|UP主|博主)$")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$")
#: A chapter card's number ("01 外观", "第一部分", "三、", "Part 2").
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[\s.、:：]|第[一二三四五六七八九十\d]{1,3}[部章节節回集篇期]|[一二三四五六七八九十]{1,3}[\s、.]|"
                       r"(?:part|chapter)\s*\d)", re.I)
#: A script title that names no video (an editor's default, a file name).
_NO_TITLE = re.compile(r"^(?:default|untitled|<untitled>|新建|未命名|aegisub)|\.(?:ass|ssa|mp4|mkv|mov|wav)$", re.I)
_TITLE_DATE = re.compile(r"\s*[(（\[]?((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)[)）\]]?\s*$")


def looks_like_substation(text: str) -> bool:
    """True when ``text`` is a SubStation script: an ``[Events]`` section with its ``Format:`` line
    and two ``Dialogue:`` lines or more (a ``[Script Info]`` section usually heads it)."""
    head = text[:200000]
    return bool(re.search(r"(?m)^\s*\[Events\]\s*$", head) and re.search(r"(?m)^\s*Format\s*:.*\bText\s*$", head)
                and len(re.findall(r"(?m)^\s*Dialogue\s*:", head)) >= 2)


def _han(text: str) -> int:
    return len(_HAN.findall(text))


def _drop(doc: Doc, e: Event, note: str) -> None:
    doc.record(e.block.line, e.block.text, "", "removed", note)


def _no_speech(doc: Doc, events: list[Event]) -> list[Event]:
    """Comments, drawings, karaoke and effect lines leave; the rest stay."""
    kept = []
    for e in events:
        if e.kind != "Dialogue":
            _drop(doc, e, "a subtitle script's comment or command line (no speech)")
        elif _DRAWING.search(e.raw):
            _drop(doc, e, "a subtitle script's drawing (a shape drawn over the picture, no text)")
        elif _KARAOKE.search(e.raw):
            _drop(doc, e, "a subtitle script's karaoke line (a song's lyrics timed syllable by syllable)")
        elif e.effect:
            _drop(doc, e, f"a subtitle script's effect line ({e.effect.split(';')[0]}: a banner or scrolling text)")
        elif not e.parts:
            _drop(doc, e, "a subtitle script's empty line")
        else:
            kept.append(e)
    return kept


def _translations(doc: Doc, events: list[Event]) -> list[Event]:
    """In a Chinese script, a translation track leaves (see the module)."""
    han = [e for e in events if _han(e.text) >= 2]
    if len(han) < max(2, len(events) // 4):
        return events
    by_style: dict[str, list[Event]] = {}
    for e in events:
        by_style.setdefault(e.style, []).append(e)
    latin_styles = {s for s, es in by_style.items()
                    if sum(1 for e in es if latin_line(e.text)) * 10 >= len(es) * 7 and len(es) >= 2}
    spans = sorted((e.start, e.end) for e in han)
    kept = []
    for e in events:
        if e.style in latin_styles or latin_line(e.text) and any(s < e.end and e.start < t for s, t in spans):
            _drop(doc, e, f"a translation track of the subtitles (style {e.style}): the same words in another "
                  "language, not new content")
            continue
        if len(e.parts) > 1 and any(_han(p) >= 2 for p in e.parts):
            latin = [p for p in e.parts if latin_line(p) and len(re.sub(r"[^A-Za-z]", "", p)) >= 8]
            if latin:
                doc.record(e.block.line, " / ".join(latin), "", "removed",
                           "a line's translation shown under it (the same words in another language)")
                e.parts = [p for p in e.parts if p not in latin]
        kept.append(e)
    return kept


def _speech_styles(events: list[Event]) -> set[str]:
    count: dict[str, int] = {}
    for e in events:
        count[e.style] = count.get(e.style, 0) + 1
    if not count:
        return set()
    top = max(count.values())
    top_aligned = {s for s in count if sum(1 for e in events if e.style == s and e.align >= 7) * 2 > count[s]}
    return {s for s, n in count.items() if n == top or not (_CARD_STYLE.search(s) or _LOWER_STYLE.search(s))
            and (_SPEECH_STYLE.search(s) or n * 2 >= top and s not in top_aligned)}


def _lower_third(e: Event, speakers: set[str]) -> tuple[str, str] | None:
    """(name, label) when a card shows who speaks (the label: the name, then in brackets the role beside
    it, else the role under it; a programme's name under a role beside the name stays out of it): a known speaker's name in its first line (with a
    role beside it or under it), or, in a style named for it, a short name and a role."""
    first = re.sub(r"\s+", " ", e.parts[0]).strip()
    tokens = [t for t in re.split(r"[ ·•|｜/／]", first) if t]
    rest = [re.sub(r"\s+", "", p) for p in e.parts[1:]]
    name = next((t for t in tokens if t in speakers), "")
    named_style = bool(_LOWER_STYLE.search(e.style))
    if not name and (named_style or e.align in (1, 3, 4, 7)) and len(first) <= 24:
        last = tokens[-1] if tokens else ""
        if (_HAN_NAME.match(last) or _LATIN_NAME.match(last)) and (len(tokens) > 1 and _ROLE.search(tokens[-2])
                                                                    or rest and _ROLE.search(rest[0])):
            name = last
    if not name or len(e.parts) > 3 or any(_SENTENCE_END.search(p) for p in e.parts):
        return None
    before = "".join(t for t in tokens if t != name)
    role = before or (rest[0] if rest else "")
    label = name + (f"（{role}）" if role else "")
    return name, label


def _speakers(events: list[Event]) -> set[str]:
    """The actor names of the speech lines, when the script fills them (a name, not a tag)."""
    names = [e.name for e in events if e.name]
    if len(names) * 2 < len(events):
        return set()
    return {n for n in names if _HAN_NAME.match(n) or _LATIN_NAME.match(n)}


def read_substation(doc: Doc) -> bool:
    """Recognise a SubStation script and read its speech, cards and speakers (see the module);
    True when the text is one."""
    bl = doc.blocks
    if not any(b.kind == "line" and re.match(r"^\s*\[Events\]\s*$", b.text) for b in bl):
        return False
    events, info, used = script_events(bl)
    if sum(1 for e in events if e.kind == "Dialogue") < 2:
        return False
    for b in bl:
        if id(b) not in used:
            doc.record(b.line, b.text, "", "removed", "a subtitle script's machinery (script info, styles, "
                       "the editor's project lines)")
    events = _translations(doc, _no_speech(doc, events))
    events.sort(key=lambda e: e.start)  # (stable: lines shown at once keep the script's order)
    speech_styles = _speech_styles(events)
    speech = [e for e in events if e.style in speech_styles]
    speakers = _speakers(speech)
    cards = [e for e in events if e.style not in speech_styles]
    last_speech = max((e.start for e in speech), default=0.0)
    first_speech = min((e.start for e in speech), default=0.0)
    _title(doc, info, cards, first_speech)
    thirds: list[tuple[Event, str, str]] = []
    items: list[tuple[float, str, Event]] = []
    for e in cards:
        if e.role == "title":
            continue
        third = _lower_third(e, speakers)
        if third:
            thirds.append((e, *third))
            doc.record(e.block.line, e.block.text, third[1], "metadata",
                       "a lower third naming who speaks: the speaker's label of the turns it shows")
        elif (m := _PROGRAMME.match(glue(e.parts))):
            if not doc.declared.get("outlet"):
                doc.declared["outlet"] = m.group("show").strip("「」《》【】")
            doc.record(e.block.line, e.block.text, m.group("show"), "metadata",
                       "a programme card (the show and its episode) → the outlet")
        elif e.start > last_speech:
            if _SUBSCRIBE.search(e.text):
                _drop(doc, e, "a closing card asking viewers to subscribe")
            else:
                items.append((e.start, "close", e))
        elif _DISCLAIMER.search(e.text):
            _drop(doc, e, "a disclaimer shown over the picture")
        elif _CARD_STYLE.search(e.style) or e.align == 8 and not _SENTENCE_END.search(e.text) and len(e.text) <= 40:
            items.append((e.start, "h", e))
        else:
            items.append((e.start, "note", e))
    title, outlet = doc.declared.get("title", ""), doc.declared.get("outlet", "")
    if outlet and (m := re.match(r"^\s*[【\[「]" + re.escape(outlet) + r"[】\]」]\s*(?=\S)", title)):
        doc.declared["title"] = title[m.end():]  # "【节目名】标题": the show is the outlet
    for e in speech:
        if not e.name or e.name not in speakers:
            e.name = next((n for t, n, _ in thirds if t.start - 0.5 <= e.start <= t.end), "")
        items.append((e.start, "speech", e))
    items.sort(key=lambda x: x[0])
    doc.blocks[:] = _compose(doc, items, thirds, usual_gap([(e.start, e.end, []) for e in speech]), first_speech)
    self_intro(doc)
    if not speakers and not thirds:
        interview_turns(doc, 0)
    return True


def _title(doc: Doc, info: dict, cards: list[Event], first_speech: float) -> None:
    """The script's title (its date at its end) → declared title and date; with none, an opening
    card's text is the title."""
    title = info.get("title", "").strip()
    if title and not _NO_TITLE.search(title):
        if (m := _TITLE_DATE.search(title)) and (day := iso_date(m.group(1))):
            doc.declared.setdefault("date", day)
            title = title[:m.start()].strip()
        doc.declared.setdefault("title", title)
        return
    opening = [e for e in cards if e.start <= first_speech + 0.5 and not _PROGRAMME.match(glue(e.parts))
               and not _lower_third(e, set())]
    if opening:
        e = opening[0]
        e.role = "title"
        doc.declared.setdefault("title", "：".join(e.parts))
        doc.record(e.block.line, e.block.text, doc.declared["title"], "metadata", "a video's title card → the title")


def _compose(doc: Doc, items: list[tuple[float, str, Event]], thirds, usual: float, first_speech: float) -> list[Chunk]:
    """The speech (turn by turn), headings, notes and closing text as blocks, in time order (a
    card opening the video under the script's title is its subtitle)."""
    out: list[Chunk] = []
    run: list[tuple[float, float, list[Chunk], str]] = []
    introduced: set[str] = set()
    firsts = {name: label for _, name, label in thirds}

    def flush() -> None:
        if run:
            out.extend(rejoin_turns(doc, run, usual, firsts, introduced))
            run.clear()

    for _, kind, e in items:
        b = e.block
        if kind == "speech":
            doc.record(b.line, b.text, e.text, "changed", "a subtitle script's line: its timing, style and tags "
                       "leave, its words stay")
            b.text, b.marks, b.gap = e.text, [(0, b.line)], 0
            run.append((e.start, e.end, [b], e.name))
            continue
        flush()
        if kind == "h":
            text = "：".join(e.parts)
            if not out and e.start <= first_speech + 0.5 and "subtitle" not in doc.meta and not _NUMBERED.match(text):
                doc.meta["subtitle"], doc.meta_lines["subtitle"] = text, b.line
                doc.record(b.line, b.text, text, "metadata", "the video's opening title card under the script's "
                           "title → subtitle")
                continue
            doc.record(b.line, b.text, text, "changed", "a chapter card of the video → a heading")
            out.append(Chunk("h", text, [(0, b.line)], 1, level=2))
        else:
            text = "，".join(e.parts)
            text += "" if re.search(r"[。！？!?…]$", text) else "。"
            doc.record(b.line, b.text, text, "changed", "a card shown over the video (a note or its closing "
                       "text) → a paragraph")
            out.append(Chunk("line", text, [(0, b.line)], 1, starts=True))
    flush()
    return out
