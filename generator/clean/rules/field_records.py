"""Records of labelled fields: a message board's messages and their replies, a register's entries, a
hotline's cases (``留言标题：…`` ``留言人：…`` ``留言时间：…`` ``留言内容：…`` ``回复单位：…`` ``回复时间：…``
``回复内容：…``), known by their SHAPE, never by a topic's words.

A record is a run of three lines or more, each a short label (two to six Han characters) with a colon
and its value, one at least a text (a sentence or thirty characters) and two short values (a name, a
date, a unit); the page is a page of records when two runs or more open on the same three labels in
the same order (a speaker's turns never keep one order; a document's header comes once). Every field
then stays in the text as a line of its own, as printed (the title of each message, who wrote, when,
who replied and when: a reader of the reply needs them), and no other rule takes it for the page's
header fields, its title or a byline. A label printed with its colon on a line of its own over its
value is joined to the value first. A field that closes only the last record is the page's own
(``网站主办：…``), left to the rules of the page's footer. The first record's title field (a label
ending on 标题/题目/主题) titles the page when the source declares none.
"""

from __future__ import annotations

import re

from ..doc import Chunk

NAME = "field_records"

#: A field: a short label of Han characters, a colon, its value.
_FIELD = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(\S.*)$")
#: A label alone on its line (its value on the next line).
_BARE_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*$")
_TITLE_LABEL = re.compile(r"(?:标题|標題|题目|題目|主题|主題)$")
_SENTENCE = re.compile(r"[。！？!?]")
_CLAUSE = re.compile(r"[。！？!?，,；;]")
_RUN = 3


def _text(value: str) -> bool:
    return bool(_SENTENCE.search(value)) or len(value) >= 30


def _join_bare_labels(doc) -> None:
    """``回复单位`` over ``市城市管理局``: one field line, when the label's next line is a short value
    and the labels around are fields too (a saved page's definition list)."""
    bl = doc.blocks
    bare = [i for i, b in enumerate(bl) if b.kind == "line" and _BARE_LABEL.match(b.text) and i + 1 < len(bl)
            and bl[i + 1].kind == "line" and not _FIELD.match(bl[i + 1].text) and not _BARE_LABEL.match(bl[i + 1].text)]
    if len(bare) < _RUN:
        return
    gone = []
    for i in bare:
        label, value = bl[i], bl[i + 1]
        name = _BARE_LABEL.match(label.text).group(1)
        doc.edit(value, 0, 0, f"{name}：", "a field's label printed over its value: one field line")
        value.gap = label.gap
        gone.append(label)
    with doc.batch():
        for g in gone:
            doc.remove(g, "a field's label, moved to the line of its value", action="changed")


def _runs(bl) -> list[list[int]]:
    """Runs of field lines; a label that comes back starts the next record."""
    runs, cur, labels = [], [], set()
    for i, b in enumerate(bl):
        m = _FIELD.match(b.text) if b.kind == "line" else None
        if m and m.group(1) not in labels:
            cur.append(i)
            labels.add(m.group(1))
            continue
        labels = {m.group(1)} if m else set()
        if len(cur) >= _RUN:
            runs.append(cur)
        cur = [i] if m else []
    if len(cur) >= _RUN:
        runs.append(cur)
    return runs


def _value(value: str) -> bool:
    """A field's short value: a name, a date, a unit (no clause, no sentence)."""
    return len(value) <= 30 and not _CLAUSE.search(value)


#: Two fields printed side by side on one line ("留言人：孙**　留言时间：2024-08-01").
_TWO = re.compile(r"^\s*([\u4e00-\u9fff]{2,6}\s*[:：]\s*[^\s:：，。；;]{1,30})[ \t\u3000]+([\u4e00-\u9fff]{2,6}\s*[:：]\s*[^\s:：，。；;]{1,30})\s*$")


def _split_pairs(doc) -> None:
    """Two short fields side by side on a line: a line each (the record's fields read one by one)."""
    out, changed = [], False
    lead: dict[str, int] = {}  # how often each label opens a line: a record's labels come back
    for b in doc.blocks:
        if b.kind == "line" and (f := _FIELD.match(b.text)):
            lead[f.group(1)] = lead.get(f.group(1), 0) + 1
    for b in doc.blocks:
        m = _TWO.match(b.text) if b.kind == "line" and len(b.text) <= 80 else None
        if m and lead.get(_FIELD.match(b.text).group(1), 0) >= 2:
            doc.record(b.line, b.text, f"{m.group(1)} ⏎ {m.group(2)}", "changed", "two fields side by side: a line each")
            second = Chunk("line", m.group(2), [(0, b.line)], 0)
            b.text, b.marks = m.group(1), [(0, b.line)]
            out += [b, second]
            changed = True
        else:
            out.append(b)
    if changed:
        doc.blocks[:] = out


def apply(doc):
    _split_pairs(doc) if sum(1 for b in doc.blocks if b.kind == "line" and _FIELD.match(b.text)) >= 2 * _RUN else None
    _join_bare_labels(doc)
    bl = doc.blocks
    runs = []
    for run in _runs(bl):
        fields = [_FIELD.match(bl[i].text) for i in run]
        if any(bl[i].message for i in run):
            continue  # a chat's messages, labelled by their senders
        if not any(_text(m.group(2)) for m in fields) or sum(_value(m.group(2)) for m in fields) < 2:
            continue  # a record holds a text and its fields (who, when, which unit)
        runs.append((run, [m.group(1) for m in fields]))
    # records: two runs or more that open on the same labels in the same order (a speaker's turns
    # never keep one order; a header's fields come once)
    heads: dict[tuple, int] = {}
    for _, labels in runs:
        heads[tuple(labels[:_RUN])] = heads.get(tuple(labels[:_RUN]), 0) + 1
    records = [(run, labels) for run, labels in runs if heads[tuple(labels[:_RUN])] >= 2]
    if not records:
        return
    seen: dict[str, int] = {}
    for _, labels in records:
        for lab in set(labels):
            seen[lab] = seen.get(lab, 0) + 1
    trimmed = []
    for run, labels in records:  # a field no other record has, closing a record, is the page's (its footer)
        while len(run) > _RUN and seen[labels[-1]] == 1:
            run, labels = run[:-1], labels[:-1]
        trimmed.append((run, labels))
    for run, labels in trimmed:
        for i in run:
            b = bl[i]
            b.kind, b.starts, b.gap = "p", True, max(b.gap, 1)
        doc.record(bl[run[0]].line, " / ".join(labels), " / ".join(labels), "changed",
                   "a record of labelled fields (a message and its reply): each field kept as a line of its own")
    run, labels = trimmed[0]
    title = next((bl[i] for i, lab in zip(run, labels) if _TITLE_LABEL.search(lab)), None)
    if title is not None and not doc.meta.get("title") and not doc.declared.get("title"):
        doc.meta["title"] = _FIELD.match(title.text).group(2).strip()  # the first record's title heads the page
        doc.meta_lines["title"] = title.line
