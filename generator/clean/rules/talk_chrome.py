"""A presentation's own housekeeping (a slide deck, a briefing's or a lecture's script): no part of
what it says, each removed line recorded.

The phenomenon: a deck carries, besides its slides' findings, the talk's running order and the
presenter's housekeeping. None of it is a claim, a figure of the story or an event:

- **The agenda**: a label (目录, 议程, 議程, Agenda, Contents) over three items or more numbered 1, 2,
  3 … in order (``01 事件回顾与市场表现``), each short and ending no sentence: the label and the
  items leave (the sections themselves stay where they stand).
- **The presenter's housekeeping**: a paragraph (a speaker's note) that only lays out the talk, its
  parts and its timing (``今天的汇报分七个部分，重点在…，预计用时40分钟，最后留出15分钟问答``): it
  names the talk's parts or its length, and says nothing else that carries a figure of the story.
- **A section's label alone**: ``问答环节``, ``Q&A环节``, ``提问环节`` on a line of its own (the questions
  and answers under it stay).
- **The occasion on the cover** (``客户专场闭门汇报``, ``2024年度策略会``, ``内部培训材料``): a short line
  in the deck's first lines naming the meeting it was shown at.
- **Credit lines** under a chart (``数据来源：渠道调研，X咨询估算``) in a deck: as in a research note.

A deck is told by its speaker notes' label (the reader's ``演讲者备注：``) or its agenda.
"""

from __future__ import annotations

import re

from .research_notes import _credit

NAME = "talk_chrome"

_KINDS = ("line", "p")
_AGENDA = re.compile(r"^\s*(?:目录|目錄|议程|議程|日程|大纲|大綱|提纲|提綱|agenda|contents|outline)\s*[:：]?\s*$", re.I)
_ITEM = re.compile(r"^\s*(?:PART\s*|Part\s*)?0?(\d{1,2})\s*[.、．)）]?\s*(?=\S)(.{2,30})$")
_NOTES = re.compile(r"^\s*(?:演讲者备注|演講者備註|备注|備註|讲稿|講稿)\s*[:：]\s*")
#: The talk laid out: its parts ("分七个部分", "包括三部分", "分为三块"), its length ("预计用时40分钟",
#: "大约半小时"), the time left for questions ("留出15分钟问答").
_PARTS = re.compile(r"(?:今天|今日|本次|这次|這次|下面|接下来|接下來)?(?:的)?(?:汇报|匯報|分享|报告|報告|演讲|演講|讲座|講座|介绍|介紹|课程|課程|内容|內容)?"
                    r"(?:共|一共|主要)?(?:分为?|分成|包括|包含|有)[一二三四五六七八九十两兩\d]{1,2}(?:个|個)?(?:部分|板块|板塊|章节|章節|方面|块|塊|节|節)")
_TIMING = re.compile(r"(?:预计|預計|大约|大約|大概|约|約)?(?:用时|用時|时长|時長|共|需要)?[一二三四五六七八九十半\d]{1,3}\s*(?:分钟|分鐘|小时|小時)|"
                     r"(?:留出|预留|預留|留)[^，。]{0,8}(?:问答|問答|提问|提問|答疑|交流)")
_CLAUSE = re.compile(r"[^，。；！？,;!?]+")
#: What a housekeeping clause may point at besides parts and timing ("重点在第五和第六部分").
_POINTER = re.compile(r"(?:重点|重點|主要|首先|其中|最后|最後)[^，。]{0,4}(?:在|是|讲|講)|第[一二三四五六七八九十\d]+(?:和第?[一二三四五六七八九十\d]+)?(?:部分|节|節|章)|"
                      r"^即|^也就是|^分别是|^分別是")
_QA_LABEL = re.compile(r"^\s*(?:问答环节|問答環節|提问环节|提問環節|答疑环节|答疑環節|互动环节|互動環節|互动问答|互動問答|现场问答|現場問答|"
                       r"Q\s*&\s*A(?:\s*环节|\s*環節)?)\s*$", re.I)
_OCCASION = re.compile(r"^[\u4e00-\u9fff\d年度]{2,14}(?:闭门|閉門|专场|專場|内部|內部|客户|客戶|年度|投资|投資)?[\u4e00-\u9fff]{0,6}"
                       r"(?:汇报|匯報|路演|交流会|交流會|策略会|策略會|分享会|分享會|电话会|電話會|闭门会|閉門會|培训材料|培訓材料|交流材料|专场|專場)$")
_OCCASION_WORD = re.compile(r"闭门|閉門|专场|專場|内部|內部|客户|客戶|路演|策略会|策略會|电话会|電話會|培训|培訓|交流")
_COVER = 8


def _agenda(doc) -> bool:
    bl = doc.blocks
    for i, b in enumerate(bl):
        if b.kind not in ("line", "p", "h") or not _AGENDA.match(b.text):
            continue
        items, want, j = [], 1, i + 1
        while j < len(bl) and bl[j].kind in _KINDS and (m := _ITEM.match(bl[j].text)) and int(m.group(1)) == want \
                and not re.search(r"[。！？；]", bl[j].text):
            items.append(bl[j])
            want += 1
            j += 1
        if len(items) >= 3:
            with doc.batch():
                doc.remove(b, "an agenda's or a contents list's label", separates=True)
                for x in items:
                    doc.remove(x, "an agenda's item (the running order; the section stays where it stands)", separates=True)
            return True
    return False


def housekeeping(text: str) -> bool:
    """A paragraph that only lays out a talk: its parts or its length (see the module)."""
    t = _NOTES.sub("", text.strip())
    if len(t) > 160 or not (_PARTS.search(t) or _TIMING.search(t)):
        return False
    for clause in _CLAUSE.findall(t):
        c = clause.strip()
        if c and not (_PARTS.search(c) or _TIMING.search(c) or _POINTER.search(c) or len(c) <= 12 and not re.search(r"\d", c)):
            return False
    return bool(_PARTS.search(t)) or bool(_TIMING.search(t)) and len(t) <= 40


def _deck(doc) -> bool:
    return any(b.kind in _KINDS and _NOTES.match(b.text) for b in doc.blocks) or \
        bool(re.search(r"(?m)^[ \t\u3000]*(?:#+[ \t]*)?(?:演讲者备注|演講者備註)[ \t]*[:：]", doc.text))  # (no \s: blank lines
    # in a run would each be read again to its end)


def apply(doc):
    agenda = _agenda(doc)
    if not (agenda or _deck(doc)):
        return
    bl = doc.blocks
    with doc.batch():
        for k, b in enumerate(bl):
            if b.kind not in _KINDS:
                continue
            t = b.text.strip()
            if housekeeping(t):
                doc.remove(b, "the presenter's housekeeping (the talk's parts and timing): no content", separates=True)
            elif _QA_LABEL.match(t):
                doc.remove(b, "a talk's section label alone (the questions and answers under it stay)", separates=True)
            elif k < _COVER and len(t) <= 16 and _OCCASION.match(t) and _OCCASION_WORD.search(t):
                doc.remove(b, "the occasion the deck was shown at, on its cover", separates=True)
            elif _credit(t):
                doc.remove(b, "a credit line under a chart (where its data came from)", separates=True)
