"""Synthetic articles built from the pieces the cleaning and analysis rules react to (for the
hang fuzz tests, tests/test_hang18_fuzz.py; no tests of its own): same seed, same articles; no new dependency.

The topics (a city's public libraries, a ferry line, urban beekeeping, a hill-running race) are
unlike every development corpus; the pieces are what loops and regular expressions key on:
continuing and qualifying clause openers, unbalanced quotation marks and brackets, lead-ins that
name a speaker, numbered lines, timestamps, ``key: value`` lines, long runs of one punctuation
mark, a very long line, English lines and traditional script."""

from __future__ import annotations

import random

SUBJECTS = ["市图书馆", "轮渡公司", "养蜂协会", "越野赛组委会", "区文旅局", "社区服务中心", "港务部门",
            "市民代表", "志愿者团队", "气象台"]
CLAUSES = ["今年新增了三条夜间线路", "延长开放时间至晚上十点", "蜂箱数量比去年增加了百分之二十",
           "报名人数突破五千人", "票价维持在每人12元不变", "预计明年春季完成改造", "因大风停航两天",
           "赛道全长42公里累计爬升2300米", "借阅量同比上升15.6%", "周边居民对噪音有所抱怨"]
OPENERS = ["也", "还", "但", "不", "并非", "并且", "而且", "同时", "此外", "不过", "然而", "也就是说",
           "尤其是", "包括", "比如", "其中", "否则", "因此", "可是", "却"]
SPEAKERS = ["馆长李文华", "船长陈志明", "协会秘书长王蕾", "组委会负责人", "一位不愿具名的市民", "该局发言人",
            "Dr. Helen Park", "张先生"]
VERBS = ["表示", "说", "介绍", "指出", "称", "强调", "认为", "透露", "坦言"]
QUOTES = ["“", "”", "「", "」", "『", "』", "‘", "’", "\"", "（", "）", "(", ")", "【", "】", "《", "》"]
PUNCT = "，。、；：！？…—·.,;:!?-=*#>|~_"
ENGLISH = ["The ferry line will resume service on Monday, officials said.",
           "Library hours: 9am - 10pm (weekdays).",
           "\"We are not closing,\" said the director. \"But we need funds\"",
           "BREAKING: race postponed due to weather"]
TRADITIONAL = ["圖書館表示，今年將延長開放時間，也會增加自助借還設備。",
               "輪渡公司稱：「因颱風影響，航班暫停兩天，但週末將恢復。」",
               "養蜂協會指出，蜂蜜產量並非下降，而是價格波動較大。"]


def _clause(rnd: random.Random) -> str:
    text = rnd.choice(CLAUSES)
    if rnd.random() < 0.3:  # a long clause (the windows of quotes and statements widen over it)
        text = "".join(rnd.choice(CLAUSES) for _ in range(rnd.randint(2, 5)))
    return text


def sentence(rnd: random.Random) -> str:
    """One sentence: clauses, many opening with a continuing or qualifying word, a lead-in at times,
    quotation marks and brackets balanced or not."""
    parts = [rnd.choice(SUBJECTS) + _clause(rnd)]
    for _ in range(rnd.randint(0, 6)):
        parts.append(rnd.choice(OPENERS) * rnd.choice((1, 1, 1, 2)) + _clause(rnd))
    body = "，".join(parts)
    shape = rnd.random()
    if shape < 0.25:
        body = f"{rnd.choice(SPEAKERS)}{rnd.choice(VERBS)}：“{body}"
        body += rnd.choice(("。”", "”。", "。", "”", ""))  # closed, or left open
    elif shape < 0.4:
        body = f"“{body}，”{rnd.choice(SPEAKERS)}{rnd.choice(VERBS)}，“{rnd.choice(OPENERS)}{_clause(rnd)}。”"
    elif shape < 0.5:
        marks = "".join(rnd.choice(QUOTES) for _ in range(rnd.randint(1, 4)))
        at = rnd.randrange(len(body) + 1)
        body = body[:at] + marks + body[at:]
    return body + rnd.choice(("。", "。", "！", "？", "……", "；", ""))


def line(rnd: random.Random) -> str:
    """One line of an article: a paragraph, or a piece of page furniture the cleaner reacts to."""
    kind = rnd.random()
    if kind < 0.45:
        return "".join(sentence(rnd) for _ in range(rnd.randint(1, 4)))
    if kind < 0.52:
        return f"{rnd.randint(1, 30)}{rnd.choice(('.', '、', '）', ')', '. '))}{sentence(rnd)}"
    if kind < 0.58:
        return (f"{rnd.choice(('2023-', '2024年', ''))}{rnd.randint(1, 12)}"
                f"{rnd.choice(('-', '月'))}{rnd.randint(1, 28)}{rnd.choice(('日', ' ', ''))}"
                f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}{rnd.choice(('', ':07', ' 发布'))}"
                f"{rnd.choice(('', ' ' + sentence(rnd)))}")
    if kind < 0.64:
        return f"{rnd.choice(('来源', '编辑', '作者', 'Tags', '阅读', '点赞', '时间', 'URL'))}{rnd.choice(('：', ': ', ':'))}" \
               f"{rnd.choice(SUBJECTS + CLAUSES + ['12', 'https://example.org/a?b=c'])}"
    if kind < 0.7:
        mark = rnd.choice(PUNCT + "“”「」（）")
        return rnd.choice(("", rnd.choice(SUBJECTS))) + mark * rnd.choice((3, 40, 500, 5000))
    if kind < 0.76:
        return rnd.choice(ENGLISH)
    if kind < 0.82:
        return rnd.choice(TRADITIONAL)
    if kind < 0.86:
        return f"{rnd.choice(SPEAKERS)}{rnd.choice(VERBS)}："
    if kind < 0.9:
        return f"{rnd.choice(('#', '##', '>', '-', '*', '|', '【', '▲'))} {sentence(rnd)}"
    if kind < 0.94:
        return "|".join(rnd.choice(SUBJECTS + ["12", "3.5%", "—"]) for _ in range(rnd.randint(2, 6)))
    return f"{rnd.choice(SPEAKERS)}：{sentence(rnd)}"


def article(seed: int, lines: int = 30) -> str:
    """A whole synthetic article: a title, a date, then ``lines`` lines separated by blank lines or
    line breaks."""
    rnd = random.Random(seed)
    out = [rnd.choice(SUBJECTS) + rnd.choice(CLAUSES), f"2024年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日"]
    for _ in range(lines):
        out.append(line(rnd))
        out.append(rnd.choice(("", "", "\n")))
    return "\n".join(out) + "\n"


def long_line(size: int = 1_000_000, seed: int = 0) -> str:
    """One line of about ``size`` characters built from sentences (no line break)."""
    rnd = random.Random(seed)
    parts, n = [], 0
    while n < size:  # n grows by at least one sentence's length each turn
        s = sentence(rnd)
        parts.append(s)
        n += len(s) + 1
    return "标题：一条很长的行\n\n" + "".join(parts)[:size] + "\n"
