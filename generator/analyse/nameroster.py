"""People and organisations in the rows that list them, as records, transcripts and captions write:

* a labelled row of names separated by spaces ("附议代表：林晓岚　钱永康　马建明",
  "记者：刘洋　孙一凡　摄像：周子豪"): a label naming a person's role, then names;
* a caption naming who speaks, then their role ("字幕：方卫东　某市餐饮行业协会秘书长",
  "字幕：赵女士　学生家长");
* a roster of "unit name；unit name；…" (an investor-relations record's attendees, a panel):
  "博远基金 潘宇；星河资产 钱卓然、林书航；董事会秘书 吴建新；" — two or more such items in a row,
  each unit either a job title (the person's role) or an organisation;
* a transcript's question by an outlet's reporter ("澎湃新闻记者：").

Each name is a surname and a given name that jieba does not read as a word of another kind.
"""

from __future__ import annotations

import re

from .namecandidate import Candidate, _TITLE_RE
from .namewords import STRONG_SUFFIXES, SURNAMES, WEAK_SUFFIXES, _NOT_START, _person_ok, is_generic, word_tag

__all__ = ["roster_candidates"]

_LABEL_PERSON = re.compile(r"(?:员|师|者|人|长|代表|委员|嘉宾|编辑|记者|摄像|摄影|主持|主播|编导|制片|导演|撰稿|翻译|校对)$")
#: A minutes' attendance row: who attended, sat in, was absent, took the record ("出席：…", "列席：…",
#: "缺席：…", "记录：…"); one name alone on such a line is a person too.
_ATTENDANCE = re.compile(r"(?:出席|列席|缺席|请假|参会|与会|到会|参加|记录|主持)(?:人员|人|者|名单|领导)?$")
_ONE_ROW = re.compile(r"^[ \u3000]*([\u4e00-\u9fff]{2,6})[：:][ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000]*$", re.M)
_NAME = r"[\u4e00-\u9fff]{2,3}"
#: "label：name　name　name" up to the line's end or the next label
_ROW = re.compile(r"(?:^|(?<=[\s|丨｜】\]）)]))([\u4e00-\u9fff]{2,6})[：:][ \u3000]*"
                  rf"((?:{_NAME}[ \u3000、，,]+){{1,9}}{_NAME})(?=$|[ \u3000]*\n|[ \u3000]+[\u4e00-\u9fff]{{2,6}}[：:])")
#: "字幕：name　role", the role ending on a title or a person's noun (what they say may follow, glued)
_CAPTION = re.compile(r"(?:^|(?<=\n))[ \u3000]*(?:字幕|同期|同期声|画面字幕|受访者)[：:][ \u3000]*"
                      r"([\u4e00-\u9fff]{2,3})[ \u3000]+([\u4e00-\u9fff]{2,30})")
_ROLE_END = re.compile(_TITLE_RE.pattern.replace(r"[ \u3000\t]?[丨｜|]?[ \u3000\t]?", "") +
                       r"|(?:家长|市民|居民|村民|网友|学生|患者|家属|乘客|旅客|顾客|店员|职工|工人|教师|老师|"
                       r"[\u4e00-\u9fff](?:者|员|工|户|民|师))")
#: one roster item: a unit (title or organisation) and one or more names
_ITEM = re.compile(rf"([\u4e00-\u9fff]{{2,12}})[ \u3000]+((?:{_NAME}、){{0,4}}{_NAME})(?=[ \u3000]*[；;]|[ \u3000]*[（(]|[ \u3000]*$)")
_OUTLET_ASKS = re.compile(r"(?:^|(?<=\n))[ \u3000]*([\u4e00-\u9fff]{2,8}?(?:新闻|卫视|日报|晚报|时报|周刊|电视台|广播电台|"
                          r"通讯社|新闻社|财经|网|报|社))(?:记者|主持人)[ \u3000]*[：:]")
_ANONYMOUS = re.compile(r"^[\u4e00-\u9fff](?:先生|女士)$")


def _row_role(label: str) -> str:
    """A row's label as its people's role: a role ("主持", "记录人", "附议代表"), not attendance
    ("出席", "列席": everyone at the meeting)."""
    return "" if _ATTENDANCE.search(label) and not re.match(r"主持|记录", label) else label


def _name_ok(name: str) -> bool:
    # the row vouches for the name: a surname, and no word of another kind ("王某" is no one's name)
    return name[0] in SURNAMES and _person_ok(name) and "某" not in name \
        and (not word_tag(name) or word_tag(name).startswith("nr"))


#: a row's label that announces people ("接待人员姓名：", "参会名单：")
_PEOPLE_LABEL = re.compile(r"(?:人员|姓名|名单|嘉宾|出席|参会|参加)[^：:]{0,4}[：:]")
_UNIT_END = re.compile("(?:" + "|".join(sorted(set(STRONG_SUFFIXES + WEAK_SUFFIXES + ("资产", "资管", "资产管理", "基金管理")),
                                                 key=len, reverse=True)) + ")$")
_NAMES = re.compile(rf"(?:{_NAME}、){{0,4}}{_NAME}")


def _item(part: str, first: bool) -> tuple[str, list[str], bool] | None:
    """(unit, names, whether the unit is whole) of one roster item: "博远基金 潘宇", or, a table
    read without its cell borders, "博远基金潘宇" (the unit ends on an organisation's suffix or a
    title). The first item of a line may carry the row's label glued before its unit: its unit
    is then not whole, and only its people are taken."""
    part = re.sub(r"[（(][^（）()]*[）)]?$", "", part).strip()
    spaced = re.fullmatch(rf"(?:.*[：:][ \u3000]*)?([\u4e00-\u9fff]{{2,12}})[ \u3000]+({_NAMES.pattern})", part)
    if spaced:
        names = spaced.group(2).split("、")
        whole = not first or ":" in part or "：" in part or spaced.start(1) == 0
        return (spaced.group(1), names, whole) if all(_name_ok(n) for n in names) else None
    label = re.match(r".*[：:][ \u3000]*", part)
    if label:  # "参与单位名称及人员姓名：长庚证券陶君逸": the row's label, then the first unit
        part, first = part[label.end():], False
    if not re.fullmatch(r"[\u4e00-\u9fff、]{4,40}", part):
        return None
    for k in range(len(part) - 2, 1, -1):
        unit, rest = part[:k], part[k:]
        if not (_UNIT_END.search(unit) or _TITLE_RE.fullmatch(_title_tail(unit) + " ")):
            continue
        if _NAMES.fullmatch(rest) and all(_name_ok(n) for n in rest.split("、")):
            if first:
                return unit, rest.split("、"), False
            return unit, rest.split("、"), len(unit) <= 12
    return None


def _title_tail(unit: str) -> str:
    m = re.search("(?:" + _TITLE_RE.pattern[1:_TITLE_RE.pattern.index(")")] + ")$", unit)
    return m.group(0) if m else ""


def roster_candidates(text: str, out: list[Candidate]) -> None:
    """The people and units of the rows of ``text`` (one paragraph, its lines kept)."""
    for m in _ROW.finditer(text):
        label = m.group(1)
        if not (_LABEL_PERSON.search(label) or _ATTENDANCE.search(label) or _TITLE_RE.fullmatch(label + " ")):
            continue
        names = [n for n in re.split(r"[ \u3000、，,]+", m.group(2)) if n]
        if len(names) >= 2 and all(_name_ok(n) for n in names):
            for n in names:
                out.append(Candidate(n, "person", "credit", role=_row_role(label)))
    for m in _ONE_ROW.finditer(text):  # "列席：王晓东", "记录：林小禾"
        if _ATTENDANCE.search(m.group(1)) and _name_ok(m.group(2)):
            out.append(Candidate(m.group(2), "person", "credit", role=_row_role(m.group(1))))
    for m in _CAPTION.finditer(text):
        name, role = m.group(1), m.group(2)
        ends = [e.end() for e in _ROLE_END.finditer(role)]
        if not ends:
            continue
        end = ends[0]
        for e in _ROLE_END.finditer(role, end):  # "学生家长": a role of two nouns read as one
            if e.start() != end:
                break
            end = e.end()
        role = role[:end]
        if _name_ok(name) or _ANONYMOUS.match(name) and name[0] in SURNAMES:
            out.append(Candidate(name, "person", "credit", role=role))
    for line in text.split("\n"):
        parts = re.split(r"[；;]", line)
        if len(parts) < 2:
            continue
        items = [it for it in (_item(p.strip(), first=i == 0) for i, p in enumerate(parts)) if it]
        if len(items) < 2 and not (items and _PEOPLE_LABEL.search(parts[0])):
            continue
        for unit, names, whole in items:
            title = _TITLE_RE.search(unit)
            if title and title.end() >= len(unit):
                for n in names:
                    out.append(Candidate(n, "person", "title", role=unit if whole else _title_tail(unit)))
                continue
            if whole and not is_generic(unit) and unit[0] not in _NOT_START and not re.search(r"\d", unit):
                out.append(Candidate(unit, "org", "roster"))
            for n in names:
                out.append(Candidate(n, "person", "roster", role=unit if whole else ""))
    for m in _OUTLET_ASKS.finditer(text):
        name = m.group(1)
        if not is_generic(name) and name[0] not in _NOT_START:
            out.append(Candidate(name, "org", "media"))
