"""When a message's or a post's stamp is no event: the stamp says when something was written, not
that anything happened that day. A chat message, a listener's comment or a forum reply becomes a
row only when its words report a dated happening: a date of their own ("昨天…", "7号下午…"), or
a happening of the very moment they were written ("首班复航渡轮刚刚靠岸"). A post's header (its
author and stamp, perhaps a place: "#4 某某 2024-07-12 13:34", "某某2024-09-13 18:40:11浙江") dates
the post; only a page's first one, its own post, dates the page. Functions read the simplified
working copy and return values; nothing here writes."""

from __future__ import annotations

import re

__all__ = ["reports_now", "reports_news", "comment_stamp", "header_stamp", "birth_cohort", "opens_span", "age_statement"]

#: A happening of the moment the message was written: "刚刚靠岸", "刚才宣布", "此刻现场".
_NOW = re.compile(r"刚刚|刚才|方才|此刻|这会儿|就在刚")
#: A poster's update on their own thread ("更新一下：…", "更新：", "后续：") or a wait just ended
#: ("排了三周终于到货了", "终于发货了"): what happened by the time of the post.
_UPDATE = re.compile(r"^\s*(?:更新|更|后续|追更|进展|最新进展)(?:一下|下)?\s*[：:]|终于[^，。；！？,;!?]{0,8}?了")


def reports_now(body: str) -> bool:
    """The message reports something that happened as it was written ("刚刚靠岸", "刚才宣布…"),
    or its writer's update ("更新一下：排了三周终于买到了")."""
    return bool(_NOW.search(body) or _UPDATE.search(body))


#: What a news flash reports as done: an announcement, a decision, a market's close or open.
_NEWS_ACT = re.compile(r"宣布|公布|发布|表决通过|审议通过|获批|批准|提出|召开|举行|开幕|闭幕|收涨|收跌|收报|收市|"
                       r"高开|低开|复市|休市|涨停|跌停|急挫|急升|生效|出台|印发|下调|上调|降息|加息|降准")
#: ...with its figure ("收跌9.41%", "报20926点", "约1万亿元") or its issuer (a meeting, a ministry).
_NEWS_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|点|亿|万|个百分点|元)")
_NEWS_ISSUER = re.compile(r"会议|记者会|发布会|常委会|国务院|人民银行|央行|证监会|统计局|政府|法院|委员会")
#: A writer's own voice: a person addressed or speaking, a view, a guess, a particle of talk.
_OWN_VOICE = re.compile(r"我|你|咱|觉得|认为|估计|应该|也许|大概|[吧啊嘛呢哈啦呀]|[？?！!]")


def reports_news(body: str) -> bool:
    """The message is a news flash: it reports an announcement or a market's move in a reporter's
    words ("【突发】国新办记者会：人民银行宣布…", "港股急挫：恒指收跌9.41%，报20926点"), with its
    figure or its issuer, and nobody's view or voice in it. Posted under its stamp, it is that
    day's news, as a wire's bulletin is; a remark with a figure ("我觉得收跌5%都算少") is not."""
    if _OWN_VOICE.search(_QUOTED.sub("", body)):
        return False  # (a quoted speaker's "我" is the speaker's, not the poster's voice)
    if _NEWS_ACT.search(body) and (_NEWS_FIGURE.search(body) or _NEWS_ISSUER.search(body)):
        return True
    # a channel's flash under its rubric ("【突发】…公布新规", "【数据】某机构数据显示…", "【美国】某部长
    # 在听证会上表示…"): a reporter's bulletin of the day it was posted; a forum's rubric ("【求助】",
    # "【讨论】") opens a question or a talk, no news
    rubric = _RUBRIC.match(body)
    return bool(rubric) and not _TALK_RUBRIC.fullmatch(rubric.group(1)) \
        and bool(_NEWS_ACT.search(body, rubric.end()) or _REPORTED.search(body, rubric.end()))


#: A flash's rubric opening the post: a short label in black lenticular brackets ("【快讯】", "【港股】").
_RUBRIC = re.compile(r"\s*【\s*([^【】\s]{1,10})\s*】")
#: A forum's or a group's rubric: a post's kind of talk, not a news desk's.
_TALK_RUBRIC = re.compile(r"求助|提问|问答|讨论|闲聊|灌水|吐槽|原创|转载|转帖|分享|晒单|晒图|开箱|测评|评测|心得|攻略|"
                          r"教程|投票|活动|公告|置顶|广告|推广|招聘|出售|求购|二手|交流|水贴|已解决|精华|恭喜|福利")
#: A bulletin's report of what a source said or showed ("…表示", "数据显示", "报告指出", "据…透露").
_REPORTED = re.compile(r"表示|显示|指出|透露|宣称|声明|证实|报道|报导|通报|披露|公告|称[，,：:]|据[^，。；]{1,20}(?:称|指|报)")
#: Words quoted from someone else: their voice, not the poster's.
_QUOTED = re.compile(r"「[^「」]*」|“[^“”]*”|『[^『』]*』")


#: After a commenter's stamp in brackets: a clock time perhaps, the bracket and the colon before
#: the comment ("武汉的小鹿（2024-07-26）：…", "阿明 (2024/7/26 21:03)：…").
_COMMENT_AFTER = re.compile(r"\s*(?:(?:上午|下午|晚上|凌晨|早上|中午)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*)?[)）]\s*[：:]")
_COMMENT_BEFORE = re.compile(r"[^\s：:，。！？,;；]{1,16}\s*[（(]\s*$")


def comment_stamp(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] is a commenter's stamp: in brackets after a name, before the
    colon that opens the comment ("武汉的小鹿（2024-07-26）：在沌口坐过三次…"). It says when the
    comment was posted, never that something happened that day."""
    return bool(_COMMENT_AFTER.match(text, end)) and bool(_COMMENT_BEFORE.search(text[max(0, start - 20):start]))


#: A clock time right after a date, perhaps with the part of the day ("13:34", "上午10:31", "18:40:11").
_CLOCK_AFTER = re.compile(r"\s*日?\s*(?:[（(]?(?:星期|周|週|礼拜)[一二三四五六日天][）)]?\s*)?"
                          r"(?:上午|下午|晚上|凌晨|早上|中午|[AaPp]\.?[Mm]\.?)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
#: What a header may hold besides its stamp: a name, a floor number, a place, a client, symbols.
_HEADER_ROOM = 14


def header_stamp(text: str, start: int, end: int) -> bool:
    """The sentence is a post's header: a stamp (a date with its clock time) and, around it, only an
    author's name, a floor number, a place or a client ("#4 深水埗鸡蛋仔 2024-07-12 13:34",
    "暮色里的猫2024-09-13 18:40:11浙江", "阿潘说时事2024年9月14日上午10:31·🌏"): no clause, no
    sentence mark, a few words at most."""
    clock = _CLOCK_AFTER.match(text, end)
    if not clock:
        return False
    rest = text[:start] + text[clock.end():]
    if re.search(r"[，,。；;！!？?：:]", rest.rstrip("。")):
        return False
    return len(re.findall(r"[\u3400-\u9fffA-Za-z]", rest)) <= _HEADER_ROOM


#: A birth date or cohort: "1965年1月出生的男职工", "我是1988年出生的", "1990年生人", "1975年生".
#: Not the births of a period ("去年出生人口只有902万", "出生率"): a statistic of that period.
_BORN = re.compile(r"\s*(?:[以之]?[前后])?\s*(?:出生(?!人口|率|数|量|的?人数|的?婴儿)|出世|生人|生(?=的|，|,|。|；)|生$)")


def birth_cohort(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] says when someone was born ("1965年1月出生的职工", "我是1988年
    出生的"): it describes who a rule or a story is about, nothing that happened in the news."""
    return bool(_BORN.match(text, end))


#: The end of a period opened by a date: "1965年1月—1965年4月", "2025年2月至5月".
_SPAN_TO = re.compile(r"\s*(?:—|–|－|-|~|～|至|到)\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月")


def opens_span(text: str, end: int) -> bool:
    """The date ending at ``end`` opens a period ("1965年1月—1965年4月：…"): in a table row, a
    schedule's or a lookup table's period column (who retires when), not an event of that month."""
    return bool(_SPAN_TO.match(text, end))


#: An age after the year it is counted in: "今年58", "今年50岁", "今年57了", "今年已经六十岁".
_AGE = re.compile(r"\s*(?:已经|已|才|刚|都|也)?\s*(?:满)?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:周?岁|了|[，,。！!；;]|$)")


def age_statement(text: str, start: int, end: int) -> bool:
    """The year at text[start:end] only counts someone's age ("我今年58，等不到了", "他今年50岁，
    跑车5年"): who a story is about, not something that happened that year."""
    return text[start:end] in ("今年", "今年内") and bool(_AGE.match(text, end))
