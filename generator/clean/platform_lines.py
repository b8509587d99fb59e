"""What a recording's or chat's platform prints of its own in the text: its counters, its note on how
the text was made, and its system messages. None of it is anyone's words.

- **A header line of counters and notes** (``回放观看：3.6万次　　本文字稿由平台自动生成并经人工校对，仅供参考``,
  ``播放 12万　弹幕 3千``): in the page's first blocks, a line whose every part (parts set apart by wide
  spaces or ｜) is a counter of views, plays or likes, or a note saying the text was generated, transcribed
  or proofread (and is for reference only).
- **A system message** in a conversation (two speakers or more, each with two turns): a line spoken
  by the platform itself (``系统：直播已开始``, ``System: the host has left``), forty characters at most.

Each line leaves, recorded. A line that says more (a sentence about views in the text) stays.
"""

from __future__ import annotations

import re

from .text import interview_labels

_COUNTER = re.compile(r"^(?:回放|直播|视频|視頻)?(?:观看|觀看|播放|阅读|閱讀|浏览|瀏覽|点赞|點讚|点赞数|围观|圍觀|弹幕|彈幕|在线|在線)"
                      r"(?:量|数|數|次数|次數|人数|人數)?\s*[:：]?\s*[\d.,]+\s*[万萬千亿億kKwW]?\s*(?:次|人|人次|条|條)?$")
_MADE = re.compile(r"^(?:本文字稿|本文稿|本稿|本文|本字幕|字幕|文字稿|以上内容|以上內容)[^。！？]{0,24}"
                   r"(?:自动生成|自動生成|生成|整理|校对|校對|转写|轉寫|转录|轉錄|听写|聽寫)[^。！？]{0,16}$")
_SPLIT = re.compile(r"[ \t]{2,}|\u3000+|\s*[｜|]\s*")
_SYSTEM = re.compile(r"^\s*(?:[【\[]\s*)?(?:系统|系統|系统消息|系統訊息|系统提示|系統提示|平台提示|System)(?:\s*[】\]])?\s*[:：]\s*\S")
_TOP = 12


def _header_line(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 90:
        return False
    parts = [p.strip(" ，,。") for p in _SPLIT.split(t) if p.strip(" ，,。")]
    parts = [q for p in parts for q in re.split(r"[，,](?=仅供参考|僅供參考)", p)]
    return bool(parts) and all(_COUNTER.match(p) or _MADE.match(p) or p in ("仅供参考", "僅供參考") for p in parts) \
        and any(_MADE.match(p) or _COUNTER.match(p) for p in parts)


def apply(doc) -> None:
    bl = doc.blocks
    gone = [(b, "the platform's counters and its note on how the text was made")
            for b in bl[:_TOP] if b.kind == "line" and _header_line(b.text)]
    if len(interview_labels(bl)) >= 2:
        gone += [(b, "the platform's system message (no one's words)") for b in bl
                 if b.kind == "line" and len(b.text.strip()) <= 40 and _SYSTEM.match(b.text)]
    if gone:
        with doc.batch():
            for b, note in gone:
                doc.remove(b, note, separates=True)
