"""Off-topic blocks sharing the page (a column of @-quotes and jokes, a personal schedule, course ads, a
mail archive's message of another thread).

They leave the body but are kept verbatim in ``set_aside`` so an editor can bring them back.

A schedule the text right after it comments on ("单从时间来看，他从起床到睡觉…", "由此可见…") is the
article's own material, not another piece sharing the page: it stays in the body.
"""

import re

NAME = "off_topic"
_COLUMN_HEAD = re.compile(r"^@\S{1,8}$")
_AT_LINE = re.compile(r"^@[^\s：:]{1,12}[：:]")
_CREDIT = re.compile(r"^(?:据|據|来源|來源)\S{1,10}$")
#: A schedule's item opens on a clock time ("9:30", "[9:30am]"): a time with seconds ("00:03:12") is a
#: position in a recording, and a time followed by a speaker's label ("[00:00:45] 阿杰：…") opens a turn.
_SCHEDULE = re.compile(r"^[\[【(（]?\d{1,2}[:：]\d{2}(?![:：]?\d)\s*(?:am|pm|AM|PM)?[\]】)）]?")
_ITEM = 60
_COURSE = re.compile(r"(?:课程|課程|训练营|訓練營|培训班|培訓班).{0,30}(?:报名|報名|优惠|優惠|限时|限時|购买|購買|价格|價格|原价|原價)")


def _column(doc):
    """A column of @-led lines (quotes, jokes) from its header line to its credit or the end."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "line" or not _COLUMN_HEAD.match(b.text):
            i += 1
            continue
        j, ats = i, 0
        while j < len(blocks):
            t = blocks[j]
            if t.kind == "h":
                break
            if _AT_LINE.match(t.text):
                ats += 1
            elif _CREDIT.match(t.text):
                j += 1
                break
            elif not (_COLUMN_HEAD.match(t.text) or len(t.text) <= 40):
                break
            j += 1
        if ats >= 3:
            for t in blocks[i:j]:
                doc.remove(t, "off-topic column (quotes/jokes) sharing the page", action="set_aside")
            i = j  # (inside a batch: the blocks leave together at the end)
        else:
            # a head inside i..j would stop at the same j with no more @-lines: skip them
            i = max(j, i + 1)


def _turn(text: str) -> bool:
    """A line of a transcript: the time, then a speaker's label of two to four characters and a
    colon, then a sentence (a schedule's "10:00 会议：…" has no sentence end)."""
    from ..text import ends_sentence
    m = re.match(r"^\S+\s*[\u4e00-\u9fffA-Za-z]{1,8}[：:]\s*(\S.*)$", text.strip())
    return bool(m) and ends_sentence(m.group(1))


def _positions(run, before) -> bool:
    """Times that are positions in a recording, not a day's schedule: the text's timed lines began at
    00:00 (a recording starts at zero, a day's plan never at midnight), a first field past 23, or most
    steps under five minutes (a transcript's lines are seconds apart; a day's items are not)."""
    if any(b.kind == "line" and re.match(r"^[\[【(（]?0?0[:：]00(?![:：]?\d)", b.text) for b in before):
        return True
    times = []
    for t in run:
        m = re.match(r"^[\[【(（]?(\d{1,2})[:：](\d{2})", t.text)
        times.append(int(m.group(1)) * 60 + int(m.group(2)))
    if any(v // 60 > 23 for v in times):
        return True
    steps = [b - a for a, b in zip(times, times[1:])]
    return sum(1 for d in steps if 0 <= d < 5) * 2 > len(steps)


#: The opening of a paragraph that comments on what precedes it ("单从时间来看，…", "以上…", "这份日程…",
#: "可以看出…"): a back-reference, not a new subject.
_BACK_REF = re.compile(r"^[\s\u3000]*(?:(?:单|單|仅|僅|光|只)?(?:从|從)[^，,。]{1,10}(?:来看|來看|看来|看來)|以上|上述|上面|如上|"
                       r"(?:这|這|那)(?:份|张|張|些|样|樣)|由此|可见|可見|(?:可以|不难|不難)?看(?:出|得出)|看完|总的来看|總的來看|"
                       r"总之|總之|显然|顯然)")


def _commented(blocks, j) -> bool:
    """The first body paragraph after ``blocks[:j]`` opens on a back-reference to them."""
    nxt = next((t for t in blocks[j:j + 2] if t.kind in ("line", "p")), None)
    return nxt is not None and bool(_BACK_REF.match(nxt.text))


def _schedule(doc):
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        j = i
        # a schedule's items are short; a time heading a report of several sentences is a live entry
        while j < len(blocks) and blocks[j].kind == "line" and _SCHEDULE.match(blocks[j].text) \
                and len(blocks[j].text) <= _ITEM and not _turn(blocks[j].text):
            j += 1
        from ..text import ends_sentence
        reports = sum(1 for t in blocks[i:j] if ends_sentence(t.text))  # "10:42 央行宣布降准。": a live entry
        if j - i >= 4 and reports * 2 < j - i and not _commented(blocks, j) and not _positions(blocks[i:j], blocks[:i]) and not re.match(r"^[\[【(（]?0?0[:：]00(?!\d)", blocks[i].text):  # from 00:00: chapters
            start = i - 1 if i > 0 and blocks[i - 1].kind == "line" and blocks[i - 1].text.endswith(("：", ":")) else i
            for t in blocks[start:j]:
                doc.remove(t, "off-topic personal schedule", action="set_aside")
        i = j + 1


#: A post heading a mail archive's reader marks as a message of another thread (``readers.mbox.OTHER_THREAD``).
_OTHER_THREAD = re.compile(r"（(?:另一主题|另一主題)）$")


def _other_thread(doc):
    """A message of another thread in a mail archive: its heading and text, to the next heading."""
    inside = False
    for b in list(doc.blocks):
        if b.kind == "h":
            inside = bool(_OTHER_THREAD.search(b.text))
        if inside:
            doc.remove(b, "a message of another thread in the mail archive (another subject, replying to none "
                       "of the thread's messages)", action="set_aside")


def apply(doc):
    with doc.batch():
        _other_thread(doc)
    with doc.batch():
        _column(doc)
    with doc.batch():
        _schedule(doc)
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind == "line" and _COURSE.search(b.text):
                doc.remove(b, "course advertisement", action="set_aside")
