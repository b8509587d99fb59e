"""A broadcast production script (a TV station's 播出稿, a radio script, a video's 解说词, an English
script with ``[SOT]``/``[VO]``/``[CG]``): its markers are structure, its header fields metadata.

The phenomena, whatever the programme:

- **Section markers** at a line's start (``【导语】``, ``【正文】``, ``【结尾】``, ``【记者出镜】``, ``【解说】``,
  ``[VO]``, ``[ANCHOR]``, ``[STANDUP]``) say who reads the words (anchor, reporter) and where: structure,
  never text. The marker leaves (recorded); the words under it start a paragraph.
- **A sound bite** (``【同期】``, ``【同期声】``, ``【录音】``, ``[SOT]``) is one person's words, and its caption
  line names them (``同期：孙某 某证券首席经济学家``, ``[SOT] Jane Roe, CEO of X``): the quote under it
  becomes a turn opening on its speaker (``孙某（某证券首席经济学家）：“…”``), so the speaker holds it.
  A caption without a clear name gives no speaker: the quote stays as it is (fail clean).
- **On-screen text** (``【字幕】``, ``[CG]``, ``[SUPER]``) is what viewers read: kept as a paragraph of its own,
  without its marker.
- **Directions for the crew** (``【画面】…``, ``【音乐】``, ``[VIDEO]``, ``[GFX]``, a bracketed production note
  ``（此处插入K线图…）``, ``（待核实：…）``) and the export's footer (``【版权】``, ``【系统】``) are furniture: out
  of the text (recorded). A note on the material (``【备注】同期素材：某某采访 10月7日下午``) is provenance a
  reader may weigh: kept, without its marker.
- **The header** above the first marker (``栏目：``, ``播出日期：``, ``记者：``, ``摄像：``, ``编辑：``, ``审核：``,
  ``时长：``, ``稿件编号：``): metadata. The reporter is the author, the air date the date, the station the header
  names (else the programme) the outlet, a name a reader takes as the narration's holder; the crew and
  the programme go to credits. A script has no headline of
  its own: its title is a ``标题：`` field, else the lead's first sentence.

A text is read as a script only with three marker lines or more, two of them kinds above (a bite, a
section, a direction); else nothing changes.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from .meta import iso_date

__all__ = ["read_script"]

NAME = "prod_script"

_OPEN, _CLOSE = r"[【\[［〔]", r"[】\]］〕]"
_SECTION = (r"导语|導語|导视|導視|提要|片头|片頭|口导|口導|正文|结尾|結尾|结语|結語|记者出镜|記者出鏡|出镜|出鏡|主持人|主播|口播|解说|解說|解说词|解說詞|"
            r"旁白|配音|演播室|串词|串詞|播音|VO|V/O|ANCHOR|ANCR|STANDUP|STAND-UP|STAND UP|INTRO|OUTRO|TAG|LEAD|BODY|READER")
_BITE = r"同期声|同期聲|同期|录音|錄音|采访|採訪|SOT|BITE|SOUNDBITE|SOUND BITE|INTERVIEW"
_SCREEN = r"字幕|屏幕字幕|CG|SUPER|LOWER THIRD|CHYRON|TITLE"
_DIRECTION = (r"画面|畫面|镜头|鏡頭|空镜|空鏡|音乐|音樂|音效|配乐|配樂|转场|轉場|特技|动画|動畫|图表|圖表|资料画面|資料畫面|"
              r"现场声|現場聲|VIDEO|GFX|GRAPHIC|GRAPHICS|NAT|NATS|NAT SOUND|MUSIC|SFX|B-ROLL|BROLL|CUT TO|FADE")
_FOOTER = r"版权|版權|系统|系統|审核意见|審核意見|COPYRIGHT"
#: A note on the material (when and how the bites were recorded, where a figure comes from): provenance a
#: reader may weigh, kept as a paragraph without its marker.
_NOTE_MARK = r"备注|備註|素材|来源|來源|出处|出處|NOTE|NOTES|SOURCE|SOURCES"
_MARK = re.compile(rf"^\s*{_OPEN}\s*(?:(?P<section>{_SECTION})|(?P<bite>{_BITE})|(?P<screen>{_SCREEN})|"
                   rf"(?P<direction>{_DIRECTION})|(?P<footer>{_FOOTER})|(?P<note>{_NOTE_MARK}))\s*{_CLOSE}\s*(?P<rest>.*)$", re.I)
#: The bite's caption line: "同期：孙某 某证券首席经济学家", "SOT: Jane Roe, CEO of X".
_CAPTION = re.compile(rf"^\s*(?:(?:{_BITE}|{_SCREEN})\s*[：:]\s*)?(?P<cap>.+?)\s*$", re.I)
#: A timecode alone on a line (where the piece stands in the programme): for the crew.
_TIMECODE = re.compile(r"^\s*[\[(（]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,:]\d{1,3})?(?:\s*[-–—~～]+\s*\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?\s*$")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?$")
_LATIN = re.compile(r"^(?P<name>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2})\s*[,，]\s*(?P<role>.{2,60})$")
#: A production note in brackets: for the crew, never for the audience.
_NOTE = re.compile(r"[（(]\s*(?:此处|此處|这里|這裡|此段|待核实|待核實|待核|待定|待补|待補|核实|核實|编者注|編者注|导播|導播|"
                   r"插入|切入|配图|配圖|配乐|配樂|镜头|鏡頭|画面|畫面|字幕|注意|提示|TBC|TK|CHECK)[^（）()]{0,60}[）)]", re.I)
#: A header field: label, colon, value.
_FIELD = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*[：:]\s*(?P<value>.*?)\s*$")
_PROGRAMME = r"栏目|欄目|节目|節目|节目名称|節目名稱"
_AIRED = r"播出日期|播出时间|播出時間|首播|播出|日期|时间|時間"
_AUTHOR = r"记者|記者|撰稿|文字|主持人|主持|主播"
_EDITORS = r"编辑|編輯|责编|責編|审核|審核|审稿|審稿|监制|監製|制片人|製片人|主编|主編"
_CREDITS = r"摄像|攝像|摄影|攝影|剪辑|剪輯|后期|後期|配音|导演|導演|灯光|燈光|录音|錄音"
_TITLE = r"标题|標題|稿件标题|稿件標題|题目|題目|片名"
_DROP = r"时长|時長|稿件编号|稿件編號|编号|編號|状态|狀態|类别|類別|分类|分類|版面|频道|頻道|栏目编号|节目编号"
_STATION = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:广播电视台|廣播電視台|广播电视总台|電視台|电视台|广播电台|廣播電台|电台|電台|卫视|衛視|融媒体中心|融媒體中心))")
_RULE = re.compile(r"^\s*[\u2500-\u257f\u2014\u2013\-=＝_＿━]{3,}\s*$")
_END = re.compile(r"[。！？!?…」』”\"）)]$")


def _kind(m: re.Match) -> str:
    return next(k for k in ("section", "bite", "screen", "direction", "footer", "note") if m.group(k))


def _speaker(caption: str) -> tuple[str, str] | None:
    """(name, role) a bite's caption gives, or None when the name is unsure."""
    cap = caption.strip()
    m = _LATIN.match(cap)
    if m:
        return m.group("name"), m.group("role").strip()
    parts = [p for p in re.split(r"[\s\u3000]+|[，,／/|｜]", cap) if p]
    if len(parts) != 2:
        return None
    a, b = parts
    if _HAN_NAME.match(a) and 2 <= len(b) <= 30:
        return a, b  # "孙某 某证券营业部总经理", "杨某 股民": the name first, as captions are set
    if _HAN_NAME.match(b) and len(a) > 4:
        return b, a  # "某证券首席经济学家 孙某"
    return None


def _remove(doc: Doc, b: Chunk, note: str, action: str = "removed") -> None:
    doc.record(b.line, b.text.strip(), "", action, note)


def read_script(doc: Doc) -> bool:
    """Read a production script (see the module); False (nothing changed) when the text is none."""
    bl = doc.blocks
    marks = [(i, m) for i, b in enumerate(bl) if b.kind == "line" and (m := _MARK.match(b.text))]
    kinds = {_kind(m) for _, m in marks}
    if len(marks) < 3 or len(kinds & {"section", "bite", "direction", "screen"}) < 2 \
            or not kinds & {"section", "bite"}:
        return False
    first = marks[0][0]
    _header(doc, first)
    bl = doc.blocks
    out: list[Chunk] = []
    i = 0
    lead_sentence = ""
    state = ""
    timecodes = [b for b in bl if b.kind == "line" and _TIMECODE.match(b.text)]
    for b in timecodes:
        _remove(doc, b, "a timecode in a production script (where the piece stands in the programme): for the crew")
    if timecodes:
        gone = {id(b) for b in timecodes}
        for k, b in enumerate(bl):
            if id(b) in gone and k + 1 < len(bl):
                bl[k + 1].gap = max(bl[k + 1].gap, b.gap)
        bl[:] = [b for b in bl if id(b) not in gone]
    while i < len(bl):
        b = bl[i]
        m = _MARK.match(b.text) if b.kind == "line" else None
        if m is None:
            if b.kind == "line" and _RULE.match(b.text):
                _remove(doc, b, "the script export's rule line")
                i += 1
                continue
            if b.kind == "line" and state == "footer" and b.gap == 0:
                _remove(doc, b, "the script export's footer (notes, rights, system lines): furniture")
                i += 1
                continue
            if b.kind == "line":
                _notes(doc, b)
                if not b.text.strip():
                    i += 1
                    continue
            out.append(b)
            i += 1
            continue
        kind, rest = _kind(m), m.group("rest").strip()
        state = kind
        if kind in ("direction", "footer"):
            _remove(doc, b, "a direction for the crew (pictures, sound, graphics) in a production script: furniture"
                    if kind == "direction" else "the script export's footer (notes, rights, system lines): furniture")
            i += 1
            continue
        if kind == "bite":
            j = i + 1 if not rest else i
            cap_line = rest if rest else (bl[j].text if j < len(bl) and bl[j].kind == "line" else "")
            cm = _CAPTION.match(cap_line) if cap_line else None
            who = _speaker(cm.group("cap")) if cm and not re.search(r"[“「\"]", cap_line) else None
            q = j + 1
            if who and q < len(bl) and bl[q].kind == "line" and not _MARK.match(bl[q].text):
                quote = bl[q]
                _remove(doc, b, "a sound bite's marker and caption in a production script: its speaker opens the quote")
                if j != i:
                    _remove(doc, bl[j], "the sound bite's caption (its speaker opens the quote)")
                label = f"{who[0]}（{who[1]}）：" if who[1] else f"{who[0]}："
                alone = q + 1 >= len(bl) or bl[q + 1].gap >= 1 or bl[q + 1].kind != "line" or _MARK.match(bl[q + 1].text)
                words = quote.text.strip()
                if alone and words and not re.search(r"[“”「」\"]", words):
                    # the bite's words are one quotation: marked as such, so they end where it ends
                    doc.record(quote.line, words[:12], "“" + words[:12], "changed",
                               "a sound bite's words → a quotation (they are the speaker's, and end there)")
                    quote.text = "“" + words + "”"
                    quote.marks = [(0, quote.line)] + [(o + 1, ln) for o, ln in quote.marks[1:]]
                doc.record(quote.line, quote.text[:12], label + quote.text[:12], "changed",
                           "a sound bite under a caption naming its speaker → a turn opening on the speaker")
                quote.text = label + quote.text.lstrip()
                quote.marks = [(0, quote.line)] + [(o + len(label), ln) for o, ln in quote.marks[1:]]
                quote.gap, quote.starts, quote.message = max(quote.gap, 1), True, True
                out.append(quote)
                i = q + 1
                continue
            # the caption names nobody clearly: the marker leaves, every word stays (no speaker)
            doc.record(b.line, m.group(0)[:m.start("rest")].strip(), "", "removed",
                       "a sound bite's marker in a production script (its caption names nobody clearly: the "
                       "words stay without a speaker)")
            if rest:
                b.text, b.marks = rest, [(0, b.line)]
                b.gap, b.starts = max(b.gap, 1), True
                out.append(b)
            elif i + 1 < len(bl):
                bl[i + 1].gap, bl[i + 1].starts = max(bl[i + 1].gap, 1), True
            i += 1
            continue
        # a section or on-screen text: the marker leaves, the words start a paragraph
        doc.record(b.line, m.group(0)[:m.start("rest")].strip(), "", "removed",
                   "a production script's marker (who reads, or text on screen): structure, not text")
        if rest:
            b.text = rest
            b.marks = [(0, b.line)]
            _notes(doc, b)
            if kind == "screen" and not _END.search(b.text):
                b.text += "。"
            b.gap, b.starts = max(b.gap, 1), True
            out.append(b)
            if not lead_sentence and kind == "section":
                lead_sentence = b.text
        elif i + 1 < len(bl):
            bl[i + 1].gap, bl[i + 1].starts = max(bl[i + 1].gap, 1), True
            if not lead_sentence and m.group("section") and bl[i + 1].kind == "line":
                lead_sentence = bl[i + 1].text
        if kind == "screen" and rest and i + 1 < len(bl):
            bl[i + 1].gap, bl[i + 1].starts = max(bl[i + 1].gap, 1), True
        i += 1
    bl[:] = out
    if "title" not in doc.declared and lead_sentence:
        s = re.split(r"[。！？!?：:]", lead_sentence.strip())[0]
        if 6 <= len(s) <= 40:
            doc.declared["title"] = s
    return True


def _notes(doc: Doc, b: Chunk) -> None:
    """Production notes in brackets inside a line leave it (recorded)."""
    for m in reversed(list(_NOTE.finditer(b.text))):
        doc.edit(b, m.start(), m.end(), "", "a production note for the crew (insert, check, picture): furniture")


def _header(doc: Doc, first: int) -> None:
    """The script's header fields above its first marker → metadata (see the module)."""
    bl = doc.blocks
    gone: set[int] = set()
    station = ""
    programme = ""
    for k in range(first):
        b = bl[k]
        if b.kind != "line":
            continue
        t = b.text.strip()
        if _RULE.match(t):
            _remove(doc, b, "the script export's rule line")
            gone.add(k)
            continue
        pieces = [p for p in re.split(r"[\u3000]{1,}|\s{2,}", t) if p]
        if not all(_FIELD.match(p) for p in pieces):
            pieces = [t]  # "摄像：吴某  尹某": one field whose names are set apart by spaces
        fields = [(f.group("label"), f.group("value")) for p in pieces if (f := _FIELD.match(p))]
        if not fields:
            s = _STATION.search(t)
            if s and len(t) <= 40:
                station = station or s.group(1)
                doc.meta.setdefault("credits", []).append(t)
                _remove(doc, b, "the script export's header line (the station) → credits", "metadata")
                gone.add(k)
            continue
        for label, value in fields:
            value = value.strip()
            if re.fullmatch(_PROGRAMME, label):
                programme = programme or value.strip("《》 ")
            elif re.fullmatch(_AIRED, label) and iso_date(value):
                doc.declared.setdefault("date", iso_date(value))
            elif re.fullmatch(_AUTHOR, label) and value:
                doc.declared.setdefault("author", "、".join(re.split(r"[\s\u3000、，,/／]+", value)))
            elif re.fullmatch(_EDITORS, label) and value:
                doc.meta.setdefault("editors", []).append(f"{label}：{value}")
            elif re.fullmatch(_CREDITS, label) and value:
                names = "、".join(re.split(r"[\s\u3000、，,]+", value))
                doc.meta.setdefault("credits", []).append(f"{label}：{names}")
            elif re.fullmatch(_TITLE, label) and value:
                doc.declared.setdefault("title", value)
        _remove(doc, b, "the production script's header fields (programme, air date, reporter, crew) → metadata",
                "metadata")
        gone.add(k)
    # the station that airs the programme speaks in its narration: its name alone is the outlet (a reader
    # takes "某台" as a holder; the programme goes to credits), else the programme's name
    if station:
        doc.declared.setdefault("outlet", station)
        if programme:
            doc.meta.setdefault("credits", []).append(f"《{programme}》")
    elif programme:
        doc.declared.setdefault("outlet", programme)
    if gone:
        bl[:] = [b for k, b in enumerate(bl) if k not in gone]
