"""What a line of plain text is by its shape alone, whatever the form or the topic.

A received document writes some of its structure as whole lines that are never part of a sentence:

- a **field** ``标签：值`` (``会议名称：…``, ``时　间：…``, ``签发人：刘卫东``): a label of two to six
  characters (spaces inside it ignored) and a value;
- a **document number** (``武交函〔2024〕87号``, ``〔2024〕第7期``, ``X发[2023]12号``);
- a **date line** (``2024年8月16日``, ``二〇二四年八月十六日``), as the date block under a signature;
- a **stamp**: nothing but clock times, dates and counters (``上午9:12 · 2024年7月16日 · 3.4万 次查看``,
  ``128 回复　416 转帖``, ``编辑于 07-12``), as a post or a comment carries;
- a **roster row** of a signature block: a role, a wide gap, a name (``审　判　长　　周文静``, ``责任编辑　　李四``);
- a **bracketed note** on a line of its own (``（联系人：周倩；电话：…）``, ``（此件公开发布）``);
- a **salutation** (``何春梅代表：`` alone on its line, the text after a blank line);
- a **navigation bar**: five short items or more set apart by wide spaces or bars, no clause mark
  (``加入LINE好友  訂閱電子報 ｜ 即時  政治  社會  生活``, ``首页 | 圈子 | 育儿百科 | 好物推荐``), most
  of them a word of one to four characters: a site's menu, never a headline or a name.

None of these continues the line before it or runs on into the next (``join_lines``); a stamp that
recurs is a post's stamp (``post_stamps`` in :mod:`.structure_lines`, read for ``join_lines``). Every
pattern is anchored and bounded, so a long line costs one pass.
"""

from __future__ import annotations

import re

__all__ = ["is_nav_bar", "roster_row", "is_field", "is_doc_number", "date_line", "is_stamp", "stamp_parts", "is_note", "is_salutation",
           "iso_cn_date"]

_FIELD = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z \u3000]{0,11}?)\s*[：:]\s*(\S.{0,400})$")
_DOC_NUMBER = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{0,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*"
                         r"(?:第\s*)?\d{1,5}\s*[号號期]\s*$")
_CN_NUM = "〇零一二三四五六七八九十"
_DATE_LINE = re.compile(rf"^\s*(?:(\d{{4}})|([{_CN_NUM}]{{4}}))\s*年\s*(\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月\s*"
                        rf"(\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号]\s*$")
_TIME = r"(?:上午|下午|凌晨|早上|中午|晚上|傍晚)?\s*\d{1,2}[:：]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_DATE = r"(?:(?:19|20)\d{2}\s*[年/.-]\s*)?\d{1,2}\s*[月/.-]\s*\d{1,2}(?![\d万千亿wWkK.,])\s*日?"
_COUNT = r"\d[\d,]*(?:\.\d+)?\s*[万千亿wWkK]?\+?"
#: One piece of a stamp: a time, a date (after a short word: 发布于, 编辑于), or a counter (a number
#: and a word of at most four characters, either way round: "3.4万 次查看", "赞 1377").
#: The client or place a stamp names ("来自 雪球 iPhone 客户端", "發自 Android", "IP属地：广东"): a piece of a stamp
#: only beside a time or a date.
_VIA = r"(?:来自|來自|发自|發自|[Vv]ia)\s*[^\s·•・|｜丨\d，。,][^·•・|｜丨\d，。,]{0,23}|IP\s*属地[：:]?\s*[\u4e00-\u9fff]{2,8}|IP\s*屬地[：:]?\s*[\u4e00-\u9fff]{2,8}|已编辑|已編輯|[Ee]dited"
_PIECE = re.compile(rf"(?:(?P<time>{_TIME})|(?:[\u4e00-\u9fff]{{1,3}}\s*)?(?P<date>{_DATE})|"
                    rf"(?P<count>{_COUNT}\s*[\u4e00-\u9fff]{{1,4}}|[\u4e00-\u9fff]{{1,4}}\s*{_COUNT})|(?P<via>{_VIA}))"
                    r"(?=[\s·•・|｜丨,，/]|$)")  # each piece set apart: "新馆定于2023年5月6日" is prose
_SEP = re.compile(r"[\s·•・|｜丨,，/]*")
_NOTE = re.compile(r"^\s*[（(][^（）()\n]{2,120}[）)]\s*$")
_SALUTATION = re.compile(r"^\s*[^\s，。：:；！？,.!?]{2,16}[：:]\s*$")


#: A roster row (see the module): a role of two to six characters (maybe spaced out letter by letter), a gap of two
#: spaces or more, a name of at most sixteen characters; no colon, no clause mark.
_ROSTER = re.compile(r"^\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,5})(?:[ \t\u3000]{2,})"
                     r"([^\s，。；：:！？,.;!?、]{1,8}(?:[ \u3000][^\s，。；：:！？,.;!?、]{1,8})?)\s*$")


def roster_row(text: str) -> str | None:
    """The role of a roster row (``审　判　长　　周文静`` → ``审　判　长``), or None. A row whose role is not spaced out
    letter by letter is a roster row only beside another one (the caller reads the neighbours)."""
    m = _ROSTER.match(text)
    return m.group(1) if m else None


def spaced_role(role: str) -> bool:
    """A role spaced out letter by letter (``审　判　长``, ``主　　编``): a form's label, never a phrase of prose."""
    return bool(re.search(r"\S[ \u3000]+\S", role))


_NAV_SPLIT = re.compile(r"[ \t]{2,}|\u3000+|\s*[|｜丨]\s*")
_NAV_BUTTON = re.compile(r"[\[【［]([^\[\]【】［］\s]{1,6})[\]】］]")
_NAV_CLAUSE = re.compile(r"[，。；！？：:,;!?]")


def is_nav_bar(text: str) -> bool:
    """Five items or more set apart by wide spaces or bars, most of them (two in three) a word of one
    to four characters and the others of ten at most, no clause mark: a site's menu. One item may be
    longer, with a comma (an app prompt among the menu's links: "下载X APP，育儿问题随时问"), when
    four short words stand beside it."""
    t = text.strip()
    if len(t) > 120:
        return False
    if (role := roster_row(t)) and spaced_role(role):
        return False  # "审　判　长　　周文静": a signature block's row, its role spaced out, not five menu items
    t = _NAV_BUTTON.sub(lambda m: "  " + m.group(1) + "  ", t)  # "[登录] [注册]": two links
    items = [w.strip() for w in _NAV_SPLIT.split(t) if w.strip()]
    if len(items) < 5:
        return False
    short = sum(len(w) <= 4 and not _NAV_CLAUSE.search(w) for w in items)
    odd = [w for w in items if len(w) > 10 or _NAV_CLAUSE.search(w) or " " in w and len(w) > 6]
    if odd and (len(odd) > 1 or short < 4 or len(odd[0]) > 30):
        return False
    return short * 3 >= len(items) * 2


def is_field(text: str) -> bool:
    """``标签：值`` with a label of 2–6 characters (spaces inside ignored) and a value."""
    m = _FIELD.match(text)
    if not m:
        return False
    label = re.sub(r"[ \u3000]", "", m.group(1))
    return 2 <= len(label) <= 6


def is_doc_number(text: str) -> bool:
    return len(text) <= 40 and bool(_DOC_NUMBER.match(text))


def _num(s: str) -> int:
    """An Arabic or Chinese numeral (一 … 三十一; 二〇二四 digit by digit) as an int."""
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    digits["零"] = 0
    if "十" in s:
        a, _, b = s.partition("十")
        return (digits.get(a, 1) if a else 1) * 10 + (digits.get(b, 0) if b else 0)
    if len(s) == 4:
        return int("".join(str(digits.get(c, 0)) for c in s))
    return digits.get(s, 0)


def iso_cn_date(text: str) -> str | None:
    """The ISO date of a date line (``2024年8月16日``, ``二〇二四年八月十六日``), or None."""
    m = _DATE_LINE.match(text) if len(text) <= 30 else None
    if not m:
        return None
    y = _num(m.group(1) or m.group(2))
    mo, d = _num(m.group(3)), _num(m.group(4))
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def date_line(text: str) -> bool:
    return iso_cn_date(text) is not None


def stamp_parts(text: str) -> list[tuple[str, str]] | None:
    """The pieces (kind, text) of a stamp line, kind ``time``/``date``/``count``; None when the
    line holds anything else."""
    if len(text) > 80:
        return None
    pos, parts, n = 0, [], len(text)
    while pos < n:
        pos = _SEP.match(text, pos).end()
        if pos >= n:
            break
        m = _PIECE.match(text, pos)
        if not m or m.end() == pos:
            return None
        kind = next(k for k in ("time", "date", "count", "via") if m.group(k))
        parts.append((kind, m.group(0).strip()))
        pos = m.end()
    return parts or None


def is_stamp(text: str) -> bool:
    """A line of clock times, dates and counters only: a time or a date with anything else, or two
    counters or more (a lone date line is :func:`date_line`; a lone number is no stamp)."""
    parts = stamp_parts(text)
    if not parts:
        return False
    kinds = [k for k, _ in parts]
    if "via" in kinds and not ("time" in kinds or "date" in kinds):
        return False  # a client or a place alone ("来自 iPhone") is no stamp
    return "time" in kinds or (len(parts) >= 2 and ("date" in kinds or kinds.count("count") >= 2))


def is_note(text: str) -> bool:
    return bool(_NOTE.match(text))


def is_salutation(text: str) -> bool:
    return bool(_SALUTATION.match(text))


_SPACED_LABEL = re.compile(r"^([ \t\u3000]*)([\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,5})([ \t\u3000]*[：:])")


def unspace_label(text: str) -> str | None:
    """A field whose label is spaced out to align a column (``时    间：…``, ``主 持 人：…``) with the
    label written whole (``时间：…``); None when the line is no such field."""
    m = _SPACED_LABEL.match(text)
    if not m:
        return None
    new = m.group(1) + re.sub(r"[ \t\u3000]+", "", m.group(2)) + m.group(3).strip() + text[m.end():].lstrip(" \t\u3000")
    return new if is_field(new) else None
