"""What makes a dated phrase a timeline event, and how much of its sentence a row needs.

A timeline row is a dated statement of something that happened or is forecast. A date is no
event when it sits in a question (``“2020年1月21日，有哪些重大新闻？”``), in rhetoric or a
hypothesis (``3月16日不行，那就12月16日``, ``如果2025年…``), or in a photo caption or a heading
(``2023年3月24日，中国宜昌，手机上显示…的画作。``, a line without a punctuation mark), nor in a
page's furniture (a credit or byline line, a footer with the page's address). A row
quotes enough of its sentence to say what happened: a dateline (``财联社 2 月 22 日，近期``), a
clause that ends on "透露" or opens on a comparison (``和一年前…相似``) takes the next clause.
All functions read the simplified working copy and return values; nothing here writes.
"""

from __future__ import annotations

import re

from .counters import COUNTER_RUN

__all__ = ["not_an_event", "is_caption", "is_furniture", "widen", "modal_forecast", "quote_around", "named_event",
           "post_stamp", "signature_date", "chatter", "venue_business", "lead_time", "own_errand"]

_INTERROGATIVE = re.compile(r"有哪些|是否|什么|哪些|哪里|哪个|多少|怎么|怎样|如何|为什么|为何|能否|可否|吗|[？?]")
_OPEN = "“「『\""
_CLOSE = "”」』\""
_CLAUSE_MARK = "，,；;。！？!?：:"
_HYPO_BEFORE = re.compile(r"(?:如果|假如|假设|假若|倘若|要是|万一)\s*(?:在|到|是)?\s*$")
_HYPO_AFTER = re.compile(r"^\s*(?:的话)?\s*(?:不行|不成|不够|也不行)")
_HYPO_THEN = re.compile(r"(?:那就|那么就|那便|还有|就等)\s*$")
_CAPTION = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]\s*"
                      r"[\u4e00-\u9fff]{2,10}\s*[，,]")
_PUNCT = re.compile(r"[，。！？；：,.!?;:、]")
#: (…or that ends on what data or a report show: "统计局10月13日发布的数据显示")
_SPEECH_END = re.compile(r"(?:透露|表示|称|说|指出|认为|介绍|坦言|强调|提到|写道|宣布|回应|披露|显示|表明)\s*$")
_LEANS = re.compile(r"^\s*(?:和|与|跟|同|就像|如同|正如|像)")
_FRAME = re.compile(r"^\s*(?:而|但|并且|并)?\s*(?:在|关于|对于|在关于|在对于)[^，,。]*(?:中|时|上|里|方面|之际)\s*$")
_COMPARE_END = re.compile(r"(?:相似|相同|一样|相仿|类似|相比|相当)\s*$")
_DATEISH = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|\d{1,2}\s*[日号]|[今昨明前去]年|[今昨明前]天|"
                      r"[今昨明]日|近日|日前|近期|本周|上周|下周")
_MODAL = re.compile(r"一定会|一定也会|可能会|可能|或将|将会|将是|将成为|将迎来|有望|预计|会有|会是|会成为|必将|势必")


def quote_around(text: str, start: int, end: int) -> str | None:
    """The quoted span that holds text[start:end], or None."""
    depth_open = None
    for i in range(start - 1, max(-1, start - 301), -1):
        ch = text[i]
        if ch in "”」』":
            return None
        if ch in "“「『":
            depth_open = i
            break
    if depth_open is None:
        return None
    m = re.search(r"[”」』]", text[end:end + 300])
    if not m:
        return None
    return text[depth_open + 1:end + m.start()]


def _clause_start(text: str, i: int) -> int:
    return max(text.rfind(ch, 0, i) for ch in _CLAUSE_MARK + _OPEN) + 1


#: The topic of a discussion or of a paper being drawn up: "讨论明年…的方案", "研究2024年的预算".
_TOPIC_BEFORE = re.compile(r"(?:讨论|研究|商讨|商议|审议|研讨|部署|筹划|谋划)\s*$")
_TOPIC_AFTER = re.compile(r"[^，。；,;！？!?]{0,10}?的[\u4e00-\u9fff]{0,4}?(?:计划|方案|安排|预算|目标|报价|规划|工作|任务|重点)")


#: Another time named after a date and before the question mark: the question is that time's
#: ("现在四百台，年底一千台，后年呢？" asks about 后年; 年底's clause states).
_LATER_TIME = re.compile(r"[，,]\s*(?:到了?|那|再)?\s*(?:\d{1,4}\s*[年月]|[今明后去前]年|[上下本这]个?(?:月|周|星期|礼拜)|明天|后天|年底|月底|"
                         r"(?:再?过\s*)?(?:[一两二三四五六七八九十几]|\d+)\s*(?:年|个月)(?:后|以后|之后)?(?=\s*(?:呢|吗|会|又|还|[？?])))")
#: A question that asks the reader to recall what happened ("大家还记得2017年军公教年改吧？",
#: "你记不记得2008年那场雪？"): the event is taken as known, not asked about.
_RECALL_BEFORE = re.compile(r"(?:还|都|应该)?(?:记得|记不记得|记得不记得|忘了|想起)\s*$")


def not_an_event(text: str, start: int, end: int) -> str:
    """Why the date at text[start:end] of a sentence is no event ('' when it may be one):
    ``question`` (it is asked about), ``hypothesis`` (rhetoric, a condition), ``topic`` (what a
    discussion or a plan is about: "讨论明年…的方案")."""
    lo = max(0, start - 300)  # a window: a megabyte-long "sentence" is read near its date only
    text, start, end = text[lo:end + 300], start - lo, end - lo
    quoted = quote_around(text, start, end)
    if quoted is not None and _INTERROGATIVE.search(quoted):
        return "question"
    # the sentence itself asks (quotes blanked: a reported question leaves the report a statement)
    bare = re.sub(r"[“「『][^“”「」『』]*[”」』]", lambda m: "“" + "x" * (len(m.group(0)) - 2) + "”", text)
    stop = re.search(r"[：:；;。！!？?]", bare[end:])
    recalled = _RECALL_BEFORE.search(text[max(0, start - 8):start])  # "大家还记得2017年那次年改吧？": it happened
    if quoted is None and not recalled and not stop and re.search(r"[吗呢]\s*$", bare[end:]) and len(bare) - end <= 30:
        return "question"  # "明天还集合吗": a chat's question written without its mark
    if quoted is None and not recalled and stop and stop.group(0) in "？?" and len(re.findall(r"[，,]", bare[end:end + stop.start()])) < 2 \
            and not _LATER_TIME.search(bare[end:end + stop.start()]):  # "年底一千台，后年呢？": 后年 is asked about
        # the date's own part of the sentence asks ("…：为什么…呢？" is another part; so is a question
        # two clauses on: "我2021年3月买了一套房，首付62万，…，房子是什么样？" dates the purchase)
        return "question"
    if quoted is None and re.match(r"\s*(?:询问|提问|问|测试|查询|检索)", _clause_head(text, start)):
        return "query"  # the writer's query about a date ("我测试了2020年1月19日至23日…")
    left = _clause_start(text, start)
    if _HYPO_BEFORE.search(text[max(left, start - 6):start]) or _HYPO_AFTER.match(text[end:end + 6]):
        return "hypothesis"
    if _TOPIC_BEFORE.search(text[max(left, start - 4):start]) and _TOPIC_AFTER.match(text, end):
        return "topic"  # "周四例会上讨论明年校园业务的报价方案": next year is what is discussed
    if _HYPO_THEN.search(text[left:start]):
        prev = text[max(0, left - 12):left]
        if re.search(r"不行|不成|不够", prev):
            return "hypothesis"
    if not text[:start].strip() and _LABEL_OF.match(text, end):
        return "label"  # "2024 年的真正红利点：文生视频。": a slogan's label, nothing happened
    return ""


#: A date that opens a label of a noun phrase and a colon ("2024年的真正红利点：", "今年的关键词："):
#: what the writer calls the period, not something that happened in it.
_LABEL_OF = re.compile(r"\s*的[^，。；：:！？,;!?\d]{1,10}[：:]")


def _clause_head(text: str, start: int) -> str:
    """The words of the date's clause before it, without a first-person subject and adverbs
    ("我以新建提问的方式分别测试了" → "测试了"): the verb that governs the date."""
    head = text[_clause_start(text, start):start]
    m = re.search(r"(?:询问|提问|测试|查询|检索)[了过]?(?:[^，,。]{0,12})$", head)
    return head[m.start():] if m else ""


def is_caption(paragraph: str) -> bool:
    """A photo caption ("2023年3月24日，中国宜昌，手机上显示…") or a heading-like line (no
    punctuation mark at all): it dates a picture or a section, not an event."""
    p = paragraph.strip()
    if _CAPTION.match(p) and len(p) <= 80 and len(re.findall(r"[。！？]", p.rstrip("。！？"))) == 0:
        return True
    return len(p) <= 30 and not _PUNCT.search(p) and not re.search(r"[“”「」《》（）()]", p) \
        and not _DATED_ITEM.match(p) and not _data_row(p)


def _data_row(line: str) -> bool:
    """A slide's or a table's row typed as text: fields set apart by wide gaps, one a time and
    one a figure ("7月　自日本进口同比　-28.7%", "8月下旬部分海鲜批发价　下跌10%—20%"). Its time
    dates its figure; a heading is one run of words."""
    fields = [f for f in _WIDE_GAP.split(line) if f.strip()]
    return len(fields) >= 2 and bool(_ROW_TIME.search(line)) and bool(_ROW_FIGURE.search(line))


_WIDE_GAP = re.compile(r"\u3000+|\t+| {2,}")
_ROW_TIME = re.compile(r"(?:19|20)\d{2}\s*年|(?<!\d)(?:1[0-2]|0?[1-9])\s*月")
_ROW_FIGURE = re.compile(r"\d(?:[\d.,]*)\s*(?:%|％|万|亿|元|吨|人|家|台|辆|件|个|美元)|[一二三四五六七八九十两]成")


#: A chronicle's or a topic page's item: a line that opens with a day and goes on to say, in
#: eight characters or more, what happened ("11月22日世卫组织要求中方提供详细信息"); a heading
#: names a day and at most a few words ("2月24日合集", "2023年11月28日").
_DATED_ITEM = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:[\u4e00-\u9fff]\s*){8}")


#: A credit or byline line: a label and a colon or bar ("整理：编辑部王明｜2023年8月31日07:30",
#: "编辑：周凯 签发：王立新", "图/新华社", "发稿时间：2023-08-25 10:12").
_CREDIT = re.compile(r"^\s*[【\[（(]?\s*(?:整理|编辑|责编|责任编辑|作者|记者|撰文|采写|文|图|摄影|摄|来源|出品|校对|审核|"
                     r"审校|策划|统筹|监制|签发|发稿时间|发布时间|更新时间|稿号|原标题|延伸阅读|相关阅读|推荐阅读)"
                     r"\s*[：:｜|丨/／]")
#: A byline's words and a date with its clock time, as a page's byline line prints them.
_BYLINE_WORD = re.compile(r"记者|記者|编辑|編輯|综合报道|綜合報導|综合报导|来源[：:]|來源[：:]|作者[：:]|通讯员|通訊員")
_STAMPED = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*(?:日\s*)?(?:(?:上午|下午|晚上|早上|中午)\s*)?\d{1,2}[:：]\d{2}")
#: A page's or a wire's furniture: an address, a copyright notice, transmission fields.
_NOTICE = re.compile(r"版权所有|版权归|未经授权|不得转载|稿号[：:]|字数[：:]|优先级[：:]|ICP备")
_ADDRESS = re.compile(r"www\.|https?://|网址[：:]?")


def is_furniture(paragraph: str) -> bool:
    """A paragraph that is a page's furniture, not the article's text: a credit, byline or
    reading-list line (a label, then a colon or a bar) or a short line with an address, a
    copyright notice or a wire's transmission fields. Its date is when the page was printed,
    sent or compiled, never an event."""
    p = paragraph.strip()
    if _CREDIT.match(p) and len(p) <= 80:
        return True
    if len(p) <= 80 and _BYLINE_WORD.search(p) and _STAMPED.search(p):
        return True  # "｜記者陳柏翰／綜合報導｜2023年5月30日上午09:45": the byline and the page's time
    if len(p) <= 160 and _NOTICE.search(p):
        return True
    # an address among fields set apart by spaces, not a sentence that names a site
    return len(p) <= 120 and bool(_ADDRESS.search(p)) and not re.search(r"[，,。；;！？]", p.rstrip("。"))


def _content(text: str) -> int:
    """Chinese or Latin characters that are not part of a date or a dateline's outlet."""
    t = _DATEISH.sub("", text)
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z]", t))


def widen(text: str, left: int, right: int) -> tuple[int, int]:
    """A row's span [left, right) of a sentence widened until it reads alone: a dateline or a
    date-only clause takes the next clause ("财联社 2 月 22 日，近期" → "…，文生视频模型 Sora 引发
    市场极大关注"), so does a clause that ends on a verb of saying ("…近日对媒体透露"); a clause
    that leans on another ("和一年前…相似") takes its neighbour."""
    marks = "，,；;。！？!?"

    def next_right(r: int) -> int:
        found = [i for i in (text.find(ch, r + 1) for ch in marks) if i >= 0]
        return min(found) if found else len(text)

    for _ in range(3):
        piece = text[left:right].rstrip("，,；;。！？!? ")
        if right >= len(text):
            break
        nxt = next_right(right)
        if _SPEECH_END.search(piece) or _FRAME.match(piece):
            right = nxt  # "…近日对媒体透露", "而在关于…的问题中": what follows, even when it has its own date
            continue
        if _DATEISH.search(text[right:nxt]):
            break  # the next clause has its own date (and its own row)
        if _content(piece) < 8 or _SPEECH_END.search(piece) or _FRAME.match(piece) or \
                (_LEANS.match(piece) and _COMPARE_END.search(piece)):
            right = nxt
            continue
        break
    return left, right


def modal_forecast(text: str, end: int) -> bool:
    """The clause after a date says what will or may happen ("今年…一定也会有市场", "今年战略投资者
    出手可能会多于…")."""
    tail = re.sub(r"^\s*[，,]", "", text[end:end + 200])  # "今年，…": the clause the date opens
    stop = re.search(r"[，,。！？!?；;]", tail)
    return bool(_MODAL.search(tail[:stop.start()] if stop else tail[:60]))


def named_event(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a named past event the date belongs to when the sentence only mentions it
    (a quoted phrase "“2022年2月24日俄罗斯的入侵举动”", "以2015年天津港爆炸事件为主题"): the
    row shows that phrase, not the sentence about something else."""
    lo = max(0, start - 300)
    quoted = quote_around(text[lo:end + 300], start - lo, end - lo)
    if quoted is not None and 4 <= len(quoted) <= 30 and not re.search(r"[，,。！？!?；;：:]", quoted):
        left = text.rfind(quoted, lo, end + 300)
        if left >= 0:
            return left, left + len(quoted)
    for m in re.finditer(r"以([^，,。；;：:“”]{4,30}?)为(?:主题|题|话题)", text[lo:end + 40]):
        if m.start(1) + lo <= start and end <= m.end(1) + lo:
            return m.start(1) + lo, m.end(1) + lo
    return None


#: A clock time joined to the date after it by a separator: "上午9:12 · 2024年7月16日", "9:12 PM · Jul 16".
_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}[:：]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|@[A-Za-z0-9_]{2,30})\s*[·・|｜•]\s*$")
_SEPARATOR = re.compile(r"\s*日?\s*[·・|｜•]\s*")
_CLOCK = re.compile(r"(?:上午|下午|凌晨|早上|晚上|中午)?\s*\d{1,2}[:：]\d{2}(?!\d)")


#: A word of posting right before a date ("发表于 ", "发布于", "回复于", "编辑于 ").
_POSTED_BEFORE = re.compile(r"(?:发表|發表|发布|發布|發佈|回复|回覆|编辑|編輯|发帖|發帖|更新)(?:于|於)\s*[：:]?\s*$")
#: A field labelling a time stamp ("更新时间：", "发布时间:", "數據時間："): the page's or a quote's time.
_STAMP_LABEL = re.compile(r"(?:更新|发布|發布|发表|發表|编辑|編輯|刷新|数据|數據|报价|報價)(?:时间|時間|日期)\s*[：:]\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:日\s*)?\d{1,2}[:：]\d{2}(?!\d)")
#: A date in a list of an archive or a reading list: a full date, a year and month with its count
#: ("2024年5月 (4)", "2024-05-28").
_LISTED_DATE = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s*年\s*\d{1,2}\s*月)")
_ARCHIVE_COUNT = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*[（(]\s*\d+\s*[)）]")


def date_list(text: str) -> bool:
    """A sidebar's archive ("2024年6月 (2) 2024年5月 (4) …") or a list of related articles with their
    dates ("·城墙根下的老茶馆 2024-05-28 ·南门修缮记 2024-03-09") read as one run of text: three dates
    or more with no clause between them, or two archive months with their counts. Its dates are
    when other pages were posted, never events of this one."""
    if len(_ARCHIVE_COUNT.findall(text)) >= 2:
        return True
    dates = _LISTED_DATE.findall(text)
    return len(dates) >= 3 and not re.search(r"[，,。；;！？!?]", text.rstrip("。"))


def post_stamp(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] is a post's own stamp, as threads, feeds and comment lists
    print it: a clock time or a handle and a separator before it ("上午9:12 · 2024年7月16日",
    "@abc_def · 7月17日"), or a separator and
    the post's counters or clock time after it ("2024年7月16日 · 3.4万次查看", "2024-07-16 | 09:12").
    It says when the post was written, never that something happened that day."""
    if _CLOCK_BEFORE.search(text[max(0, start - 40):start]):
        return True
    if _POSTED_BEFORE.search(text[max(0, start - 8):start]) and _CLOCK_AFTER.match(text, end):
        return True  # "3楼 某某 发表于 2024-6-20 11:02": when the post was written
    if _STAMP_LABEL.search(text[max(0, start - 8):start]):
        return True  # "最新：38.62 +4.13% 更新时间：2024-05-10 15:00": a quote's or a page's time stamp
    sep = _SEPARATOR.match(text, end)
    return bool(sep) and bool(COUNTER_RUN.match(text, sep.end()) or _CLOCK.match(text, sep.end()))


#: What follows the date of an official letter's signature block: its contact and distribution fields.
_SIGNATURE_AFTER = re.compile(r"\s*日?\s*[（(]?\s*(?:联系人|联系电话|联系方式|经办人|抄送|主送|印发|附件)\s*[：:]")


def signature_date(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] closes an official letter or notice: its signature block's
    date, followed by the contact or distribution fields ("武汉市某局 2024年8月16日（联系人：…）
    抄送：…"). It is the document's date, not an event."""
    return bool(_SIGNATURE_AFTER.match(text, end))


#: A message's label: a name (perhaps in brackets) and a colon.
_MESSAGE_LABEL = re.compile(r"^\s*[\]］)）]?\s*[^\s：:，。！？\d]{1,12}[：:]\s*")
#: A question in the message's own words (a yes-no question written A-not-A included).
_ASKS = re.compile(r"[？?]|吗\s*[。！!]?\s*$|呢\s*[。！!]?\s*$|能不能|会不会|是不是|有没有|要不要|可不可以|怎么回|怎么办")
#: What the writer thinks or wants rather than what happened: a first-person view, an instruction.
_STANCE = re.compile(r"我们?的?(?:觉得|认为|看法|观点|意见|判断|建议|不完全同意|不同意|同意|倒觉得)|"
                     r"^(?:口径|就说|不要|别|请|麻烦|记得|统一|对外|建议|收到|好的|辛苦)")


def chatter(text: str) -> str:
    """Why a message with no date of its own, dated only by the day heading it stands under, is
    no event ('' when it may report one): it asks (``question``), answers or instructs a colleague
    (``reply``: opens on "@name"), or gives its writer's view or instruction rather than what
    happened (``stance``: "我觉得…", "口径：…", "不要…"); or it says too little (``empty``: a
    name, a title under a label). Being posted on a day does not make a remark that day's news."""
    label = _MESSAGE_LABEL.match(text)
    body = text[label.end():] if label else text
    body = body.strip()
    if body.startswith(("@", "＠")):
        return "reply"
    if _ASKS.search(body):
        return "question"
    if _STANCE.search(body):
        return "stance"
    if len(re.findall(r"[\u4e00-\u9fff]", body)) < 6:
        return "empty"
    return ""


#: The venue's readers addressed ("大家", "各位", "群友"…) …
_AUDIENCE = re.compile(r"大家|大伙|各位|诸位|群友|群里|兄弟们|姐妹们|家人们|朋友们|老铁们|楼上|楼下|版友|坛友")
#: … asked to do the venue's own business: read what was shared, give views, send, sign up.
_VENUE_ASK = re.compile(r"看看|看一下|看一看|有空看|有意见|提意见|意见可以提|发我|发给我|汇总一下|接龙|报名|转发|扩散|文明交流|互相提醒")
#: A notice about the venue itself: its notice board, its rules, this group or thread.
_VENUE_NOTICE = re.compile(r"^[【\[]?\s*(?:群公告|群通知|公告栏|版规|置顶|本群|本版|本帖|本群规|群规)")


def venue_business(text: str) -> bool:
    """A message about the venue it is posted in, not the news: a notice of the group or thread
    ("【群公告】本群禁止…", "本帖…"), or its readers asked to read what was shared, to give views or
    to send them ("这个大家有空看看，有意见可以提，截止到本月底。", "各位接龙报名，周五截止"). Its date
    (a deadline for the members) dates the venue's own business; a message relaying news to its
    readers ("大家注意，明天地铁2号线停运") is not this."""
    label = _MESSAGE_LABEL.match(text)
    body = (text[label.end():] if label else text).strip()
    if _VENUE_NOTICE.match(body):
        return True
    for m in _AUDIENCE.finditer(body[:200]):
        if _VENUE_ASK.search(body, m.end(), m.end() + 12):
            return True
    return False


#: "今天下单明天就到", "今天报名下周就能上课", "现在买明年才能提": a wait counted from any day one acts
#: (how long it takes), no day anything happened on.
_LEAD_TIME = re.compile(r"(?:今天|今日|现在|当天)[^，。；,;！？!?]{1,6}?(?:下个?月|下个?星期|下周|下礼拜|明天|后天|明年|"
                        r"\d{1,3}\s*(?:天|个?月|周)(?:后|之后|以后)?)\s*(?:内\s*)?(?:就|才|便|都)")


def lead_time(text: str, start: int, end: int) -> bool:
    """The date at ``start:end`` is one end of a wait counted from whenever one acts ("今天下单明天就到",
    "现在买明年才能提": how long one waits), not a day something happened."""
    for m in _LEAD_TIME.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if m.start() <= start and end <= m.end():
            return True
    return False


#: The speaker's own trip, told in the first person singular, and its business: "我上周去杭州开会顺便看了展",
#: "我前几天去成都出差，在机场…", "本人昨天回老家探亲": how the speaker came to see something, no event of the topic
#: (not "我昨天跑了4家药店都说断货了": a trip made for the topic is what the speaker found).
_ERRAND = re.compile(r"(?<![们們])(?:我|俺|本人)\s*(?:也|刚|才|还|就)?\s*(?P<d>今天|昨天|前天|前几天|前两天|上周[一二三四五六日天末]?|"
                     r"上个?星期[一二三四五六日天]?|上个?礼拜[一二三四五六日天]?|这周|本周|上个?月)\s*(?:也|刚|才|还|就|专门|特意)?\s*"
                     r"(?:(?:去了?|到了?|回了?|跑了?|飞了?)[^，。；,;！？!?]{0,8}?)?"
                     r"(?:出差|开会|参会|旅游|旅行|度假|办事|探亲|培训|出游)")


def own_errand(text: str, start: int, end: int) -> bool:
    """The date at ``start:end`` dates the speaker's own trip ("我上周去杭州开会…"): their errand, not
    news of the topic."""
    return any(m.start("d") == start for m in _ERRAND.finditer(text, max(0, start - 6), min(len(text), end + 20)))
