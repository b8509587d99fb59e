"""A recording's furniture saved with its transcript or subtitles (a podcast's shownotes, a video's
cues), recognised by shape: whole lines removed, each recorded.

- **Chapter list**: three or more lines, each a position in the recording (``00:14:20``, with
  seconds) and a short section title (no sentence end), the positions rising at least a minute apart
  (a transcript's turns are seconds apart and are sentences): the list's own head above it
  (``【本期时间轴】``, ``时间轴：``) goes with it.
- **Sponsor read**: a line or turn that says who sponsors the programme (``本期节目由X赞助播出``,
  ``插播一下本期赞助商``) AND makes the offer (a promo code, ``新用户…免费``, ``回到节目``): the read, not
  the talk around it; a sponsor line alone (``本期视频由X赞助播出``), or that clause inside a paragraph
  (subtitles already joined into sentences).
- **Credits and the call to subscribe at the end**: in the last lines, a run of three or more
  ``role：name`` fields (short names, no sentence) with the production line (``本期节目由X出品``)
  and the call to the listener: the fields and the production line go to ``credits``, the call leaves; calls addressed to the viewer in the last lines (``别忘了点赞投币
  关注``, ``欢迎…订阅，给我们打个五星好评``, ``一键三连我们下期再见``) with the ``如果觉得…不错``
  that leads into them.
"""

from __future__ import annotations

import re

from ..text import ends_sentence

NAME = "shownotes"

#: A position in the recording: hours, minutes and seconds ("00:14:20"), or minutes and seconds
#: ("04:10") in a list that starts at the recording's start ("00:00", "0:00").
_POSITION = re.compile(r"^\s*(?:[-*+]\s+)?[\[【(（]?\s*(?:(\d{1,2})[:：])?(\d{1,2})[:：](\d{2})\s*[\]】)）]?\s+(\S.*)$")
_CHAPTER_TITLE = 30
_CHAPTER_GAP = 60  # seconds: chapters are minutes apart, turns seconds
_LIST_HEAD = re.compile(r"^\s*(?:[【\[][^】\]]{1,10}[】\]]|[\u4e00-\u9fffA-Za-z ]{1,10}[:：])\s*$")

_SPONSOR = re.compile(r"赞助商|贊助商|赞助播出|贊助播出|(?:由|感谢|感謝).{1,16}(?:赞助|贊助)|广告时间|廣告時間|插播.{0,4}(?:广告|廣告)")
_OFFER = re.compile(r"口令|优惠码|優惠碼|折扣码|折扣碼|邀请码|邀請碼|兑换码|兌換碼|promo\s*code|新用户|新用戶|免费(?:会员|試用|试用|领|領)|"
                    r"免費(?:會員|試用|領)|回到(?:节目|節目|正题|正題)|言归正传|言歸正傳")
_SPONSOR_LINE = re.compile(r"^\s*(?:本期|本集|本次)?(?:节目|節目|视频|視頻|内容|內容|播客)?(?:由|感谢|感謝)\s*\S{1,16}?\s*"
                           r"(?:赞助|贊助)(?:播出|呈现|呈現|支持)?\s*[。！!，,]?\s*$")
_READ_MAX = 200

_FIELD = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]\s*[^，。！？,!?；;]{1,24}$")
_MADE_BY = re.compile(r"^\s*(?:本期|本集|本节目|本節目|本频道|本頻道)?(?:节目|節目|视频|視頻)?由\s*\S{1,20}\s*(?:出品|制作|製作|监制|監製)\s*[。]?\s*$")
#: A call addressed to the listener or viewer: to like, subscribe, rate, comment, follow.
_CALL = re.compile(r"点赞|點讚|點贊|投币|投幣|一键三连|一鍵三連|三连|三連|订阅|訂閱|五星好评|五星好評|好评|好評|评论区留言|評論區留言|"
                   r"关注我们|關注我們|转发给|轉發給|下期再见|下期再見|下期见|下期見|我们下期|我們下期")
#: ... and the words that address it to the listener (a sentence reporting subscriptions has none).
_ADDRESSED = re.compile(r"欢迎|歡迎|别忘|別忘|记得|記得|请|請|给我们|給我們|帮我们|幫我們|一键|一鍵|下期|快来|快來|求|"
                        r"^(?:如果|要是|假如)?(?:你|您|大家)?(?:觉得|覺得)[^，。！？]{1,8}(?:的话|的話)")
_CALL_LEAD = re.compile(r"^\s*(?:如果|要是|假如)(?:你|您|大家)?(?:觉得|覺得|喜欢|喜歡)")
_TAIL = 10  # lines: a programme's closing credits and calls are among its last


def _chapters(doc) -> None:
    bl = doc.blocks
    i = 0
    while i < len(bl):
        j, last = i, -1
        while j < len(bl) and bl[j].kind == "line" and (m := _POSITION.match(bl[j].text)):
            if m.group(1) is None and (j == i and int(m.group(2)) + int(m.group(3)) > 0 or int(m.group(3)) > 59):
                break  # minutes and seconds only: the list must open on the start ("9:30 开会" is a clock)
            secs = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            title = m.group(4).strip()
            if len(title) > _CHAPTER_TITLE or ends_sentence(title) or (last >= 0 and secs - last < _CHAPTER_GAP):
                break
            last = secs
            j += 1
        if j - i >= 3:
            above = bl[i - 1] if i else None
            head = above is not None and (above.kind in ("line", "h") and _LIST_HEAD.match(above.text)
                                          or above.kind == "h" and len(above.text.strip()) <= 10
                                          and not re.search(r"[，。！？,!?]", above.text))  # "## 本期章节" over the list
            start = i - 1 if head else i
            for b in bl[start:j]:
                doc.remove(b, "the recording's chapter list (positions and section titles)", separates=True)
        i = max(j, i + 1)


#: The sponsor's clause inside a paragraph (subtitles joined into sentences): "本期视频由X赞助播出，".
_SPONSOR_CLAUSE = re.compile(r"(?:本期|本集)(?:节目|節目|视频|視頻|内容|內容)?由[^，。！？,!?]{1,16}(?:赞助|贊助)(?:播出|呈现|呈現|支持)?[，。！!,]?")


def _sponsor(doc) -> None:
    for b in list(doc.blocks):
        if b.kind not in ("line", "p"):
            continue
        t = b.text.strip()
        if len(t) > 40 and (m := _SPONSOR_CLAUSE.search(b.text)) and not (_SPONSOR.search(t) and _OFFER.search(t) and len(t) <= _READ_MAX):
            doc.edit(b, m.start(), m.end(), "", "the sponsor's clause inside the text")
            continue
        if b.kind != "line":
            continue
        if len(t) <= 40 and _SPONSOR_LINE.match(t):
            doc.remove(b, "sponsor line of the programme", separates=True)
        elif len(t) <= _READ_MAX and _SPONSOR.search(t) and _OFFER.search(t):
            doc.remove(b, "sponsor read (the sponsor and its offer)", separates=True)


_CLAUSE_START = re.compile(r"[\s\u3000，,。！？!?；;]")


def _carries_more(doc, b) -> bool:
    """A closing line that says more than the call (a summary, then ``我们下期见``): the call's last
    clause leaves when it ends the line, the rest (a claim) stays; True when the line stays."""
    t = b.text
    first = min(m.start() for m in (_CALL.search(t), _ADDRESSED.search(t)) if m)
    if len(re.findall(r"[\u3400-\u9fff]", t[:first])) < 20:
        return False
    cut = max((m.start() for m in _CLAUSE_START.finditer(t, 0, first)), default=-1)
    if cut > 0 and not re.search(r"[\u3400-\u9fff]{8,}", t[first:]) and len(t) - cut <= 16:
        doc.edit(b, cut, len(t), "", "call to the listener (like, subscribe, rate) ending a line that says more")
    return True


def _closing(doc) -> None:
    bl = doc.blocks
    lines = [k for k, b in enumerate(bl) if b.kind == "line" and b.text.strip()]
    tail = lines[-_TAIL:]
    fields = [k for k in tail if _FIELD.match(bl[k].text)]
    made = [k for k in tail if _MADE_BY.match(bl[k].text)]
    calls = [k for k in tail if len(bl[k].text.strip()) <= 120 and _CALL.search(bl[k].text) and _ADDRESSED.search(bl[k].text)]
    gone = set()
    if len(fields) >= 3 and (made or calls):
        start = min(fields + made)  # the credits run from their first field (or production line) to the end
        gone.update(k for k in tail if k >= start and (k in fields or k in made or k in calls))
    for k in calls:
        gone.add(k)
        prev = [x for x in tail if x < k]
        if prev and _CALL_LEAD.match(bl[prev[-1]].text) and len(bl[prev[-1]].text.strip()) <= 30:
            gone.add(prev[-1])  # "如果觉得视频还不错" leading into the call
    for k in sorted(gone):
        if k in calls and k not in fields and k not in made and _carries_more(doc, bl[k]):
            continue
        if k in fields or k in made:  # who made it is kept with the article, out of its text
            doc.meta.setdefault("credits", [])
            doc.to_meta(bl[k], "credits", bl[k].text.strip(), "the programme's closing credits → credits")
        else:
            doc.remove(bl[k], "call to the listener (like, subscribe, rate)", separates=True)
    for k in sorted(gone):
        before = [x for x in lines if x < k and x not in gone]
        after = [x for x in lines if x > k and x not in gone]
        last = bl[before[-1]] if before else None
        if last is not None and last.text.endswith(("，", ",")) and (not after or bl[after[0]].gap or bl[after[0]].starts):
            # (subtitles joined into sentences: the call that left ended one)
            doc.edit(last, len(last.text) - 1, len(last.text), "。", "the sentence the call to the listener ended ends here")


def apply(doc):
    with doc.batch():
        _chapters(doc)  # (a Markdown page's chapter list is a list: "- 00:00 开场")
    with doc.batch():
        _sponsor(doc)
    if doc.markdown:
        return
    with doc.batch():
        _closing(doc)
