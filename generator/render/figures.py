"""Key figures: the numbers the briefing and the digests show, ranked once for the website and
the PDFs, and what each one counts as a reader sees it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analyse.model import Analysis, Figure

__all__ = ["key_figures", "digest_figures", "label", "owner", "as_shown", "KIND_WEIGHT", "DIGEST_FIGURES"]

#: Which kinds of figure say most about a topic (higher first).
KIND_WEIGHT = {"money": 3, "amount": 3, "percent": 2, "multiple": 2, "quantity": 2, "duration": 1, "count": 1}

#: A digest lists at most this many key figures (the most newsworthy, in reading order).
DIGEST_FIGURES = 15

#: Below this weight a figure is not a key figure (a career's length, a bare number whose meaning
#: was not found), see ``analyse.keyfigures.weight``.
MIN_WEIGHT = 1.0


#: An article's note to its own reader inside a figure ("30元（人民币，下同）至60元", "（下同）",
#: "（單位：億元，下同）"): it speaks of the article's later figures, not of this table's.
_NOTE_ASIDE = re.compile(r"[（(][^（）()]{0,12}?下同[）)]")


def as_shown(written: str) -> str:
    """A figure as a table shows it: as written, without the article's note to its reader."""
    out = _NOTE_ASIDE.sub("", written).strip()
    return out or written


def label(f: Figure) -> tuple[str, bool]:
    """What a figure counts as shown in the 所指 column: (text, is_clause). The subject and the
    noun phrase ("月之暗面 · 融资") in zh-Hans; when no noun phrase was found, the clause (in the
    article's script, ``is_clause`` True) rather than a fragment."""
    if f.what:
        if f.subject and f.subject.lower() not in f.what.lower():
            return f"{f.subject} · {f.what}", False
        return f.what, False
    return f.context, True


def owner(f: Figure, script: str = "zh-Hans", tr=None) -> str:
    """Whose figure, shown before a clause that stands for what it counts ("李一舟：据说年入 5000
    多万"), when the clause does not name it (zh-Hans; '' otherwise). ``tr(text, script)`` is the
    page's converter, so a simplified name is found in a traditional clause."""
    if f.what or not f.subject or _common_word(f.subject):
        return ""
    tr = tr or (lambda text, sc="zh-Hans": text)
    return "" if tr(f.subject, "zh-Hans").lower() in tr(f.context, script).lower() else f.subject


def _common_word(subject: str) -> bool:
    """A subject made of ordinary words ("热潮", "目录价格", "社区医院", "上周四") or a place alone ("哈尔滨"), not
    a name: no owner to show before a clause (fail clean). A person's or a body's name is a word the
    dictionary does not know or tags as a name ("陈晓蕾", "中国商用飞机公司", "OpenAI")."""
    from ..analyse.namefind import _cut, word_tag

    words = _cut(subject)
    tags = [word_tag(w) for w in words]
    if len(words) == 1 and tags[0].startswith("ns"):
        return True
    return bool(words) and all(t and not t.startswith(("nr", "ns", "nt", "nz", "eng", "x")) for t in tags)


def _key(f: Figure) -> bool:
    """A key figure: no trivia, newsworthy enough, and not labelled by a fragment ("物资车需", "电断", "设置临时": a
    verb's or an attribute's piece, left out); a figure with no label is shown with its clause."""
    from ..analyse.figurecounted import labelled

    if f.what and f.what == f.source and f.kind == "duration":
        return False  # "三个月 | 孟庆川": who says it is not what is measured
    return not f.trivia and f.weight >= MIN_WEIGHT and (not f.what or labelled(f.what, f.kind, f.context))


#: A table is dense data: a digest shows at most this many of one column's figures.
PER_TABLE_COLUMN = 3


def digest_figures(figures, limit: int = DIGEST_FIGURES) -> list[Figure]:
    """An article's key figures: no trivia (ages, points in a video, titles, small counts), at
    most ``PER_TABLE_COLUMN`` from one column of a table, the ``limit`` most newsworthy, listed
    in reading order."""
    keep = [(i, f) for i, f in enumerate(figures) if _key(f)]
    ranked, per_column = [], {}
    for i, f in sorted(keep, key=lambda x: (-x[1].weight, x[0])):
        if f.paragraph.startswith("t"):  # a table's id: "t1"
            head = f.what[len(f.subject):].strip() if f.subject and f.what.startswith(f.subject) else f.what
            column = (f.paragraph, head)  # "因赛集团 累计升幅" is the row's label and the column 累计升幅
            per_column[column] = per_column.get(column, 0) + 1
            if per_column[column] > PER_TABLE_COLUMN:
                continue
        ranked.append((i, f))
    return [f for _, f in sorted(ranked[:limit], key=lambda x: x[0])]


def key_figures(analysis: Analysis) -> list[list[Figure]]:
    """The briefing's key figures: figures of several articles that state the same fact (same
    subject, quantities that agree within what the text allows: "超过7%" and "7.41%") are one
    group; two subjects are never merged, and a figure joins a group only when it states the same
    fact as every figure in it (a vague "数百亿日元" never bridges "300亿日元" and "207亿日元"), and
    never a rise with a fall (a yearly saving and an extra cost of close size), never two ranges
    that only meet at an end ("2至3倍", "3至5倍"). Groups are ranked: given by more sources first, then
    more often in a paragraph the briefing cites, then by newsworthiness, then by where the first
    one stands. Each group lists its figures in corpus order; trivia is left out."""
    from ..analyse.keyfigures import opposed, ranges_apart  # pure readings of two figures

    cited = {(c.article, c.paragraph) for p in analysis.points for c in p.citations}
    groups: list[list] = []
    members: list[set] = []  # each group's articles (kept, not rebuilt for every figure tried)
    by_dim: dict[str, list[int]] = {}
    for f in analysis.figures:
        if not _key(f) or (f.kind == "count" and f.weight < 2):
            continue
        dim = f.key if f.low is None else f.kind
        for gi in by_dim.get(dim, []):
            g = groups[gi]
            if f.article not in members[gi] and \
                    (all((x.same_fact(f) and not _round_apart(x, f)) or _same_precise(x, f) for x in g)
                     if f.low is not None else g[0].key == f.key and _same_owner(g[0], f)) \
                    and not any(opposed(x, f) or ranges_apart(x, f) for x in g):  # a saving and an extra cost are two facts
                g.append(f)
                members[gi].add(f.article)
                break
        else:
            by_dim.setdefault(dim, []).append(len(groups))
            groups.append([f])
            members.append({f.article})
    groups = _one_row_per_fact(groups)
    return sorted(groups, key=lambda fs: (
        -len({f.article for f in fs}),
        -sum((f.article, f.paragraph) in cited for f in fs),
        -max(f.weight for f in fs),
        -KIND_WEIGHT.get(fs[0].kind, 0),
        fs[0].article, fs[0].paragraph))


def _one_row_per_fact(groups: list[list]) -> list[list]:
    """One row per fact: two groups that hold the same value written alike (one key) and share a
    figure stating the same fact (an article whose second copy could not join the first group, as
    a group takes one figure per article: "63岁" of 男职工 in a report's lead and its analysis) are
    one group, never when any two of their figures are a rise and a fall. Groups of other values are
    never compared (linear in the groups of one key)."""
    from ..analyse.keyfigures import opposed

    by_key: dict[str, int] = {}
    merged: list[list | None] = [list(g) for g in groups]
    for gi, g in enumerate(groups):
        for key in dict.fromkeys(f.key for f in g):
            hi = by_key.get(key)
            if hi is None or merged[hi] is None or hi == gi or merged[gi] is None:
                by_key.setdefault(key, gi)
                continue
            h = merged[hi]
            if any(x.key == key and y.key == key and x.same_fact(y) for x in h for y in merged[gi]) \
                    and not any(opposed(x, y) for x in h for y in merged[gi]):
                h.extend(merged[gi])
                merged[gi] = None
                break
    return [g for g in merged if g]


def _same_precise(a: Figure, b: Figure) -> bool:
    """One precise value (a decimal, or three digits or more: "744.8毫米", "331毫米") written alike of the same
    measure ("降雨量") and of one place or thing is one fact, however each clause names its owner (a station, a
    region, a data source)."""
    import re

    if not (a.key == b.key and re.search(r"\d\.\d|\d{3,}", a.key) and a.what and b.what
            and (a.what in b.what or b.what in a.what)):
        return False
    # ...said of one place or thing: one's owner opens on words the other's clause writes ("北京地区" and "北京市…";
    # two companies with one growth rate, "甲航运公司" and "乙物流集团", stay two facts)
    return not a.subject or not b.subject or a.subject[:2] in b.context or b.subject[:2] in a.context


def _round(f: Figure) -> bool:
    """A round value: one significant digit ("七成", "八成", "300万", "两千"), the way a writer rounds anything."""
    if f.number is None or f.number <= 0:
        return False
    digits = re.sub(r"0+$", "", re.sub(r"\.", "", f"{f.number:.6f}".rstrip("0").rstrip(".")).lstrip("0"))
    return len(digits) <= 1


def _round_apart(a: Figure, b: Figure) -> bool:
    """Two round values written differently ("超过七成" and "近八成") overlap by chance on any two places or
    years: they are one fact only when both clauses give one owner alike (the same subject, not one inside the
    other: "车险报案" of a city in 2023 and "车险" of a province in 2021 stay two facts). A precise value on either
    side ("约301万亩" beside "超过300万亩") or one writing ("七成" twice) is judged as before."""
    return a.key != b.key and a.number != b.number and _round(a) and _round(b) \
        and (not a.subject or a.subject != b.subject)  # one value in two units' words ("10亿美金", "10亿美元") is one


def _same_owner(a: Figure, b: Figure) -> bool:
    if a.subject and b.subject:
        return a.subject == b.subject
    return bool(a.what) and a.what == b.what
