"""Metadata a source declares about itself: front matter fields, page metadata, repost cards.

Values are normalised to the register's forms (``date`` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``,
``url`` http(s) only, ``tags`` a list of strings) and merged over what the cleaning rules infer
from the text. ``content/sources.yml`` still wins over both (see ``articles.build_article``).
"""

from __future__ import annotations

import datetime
import re

import yaml

__all__ = ["front_matter", "iso_date", "clean_author", "http_url", "merge", "FIELDS"]

#: Fields a source can declare, in the order the article file lists them.
FIELDS = ("title", "outlet", "author", "date", "url", "tags")
#: Front matter keys (lower case) read as each field; the first present wins.
_KEYS = {
    "title": ("title", "标题", "標題"),
    "author": ("author", "authors", "作者", "byline"),
    "outlet": ("outlet", "source", "from", "publisher", "media", "site", "来源", "來源", "媒体", "媒體"),
    "date": ("date", "published", "pubdate", "publish_date", "created", "日期"),
    "url": ("url", "link", "original", "original_url", "source_url", "canonical", "permalink", "原文链接"),
    "tags": ("tags", "categories", "keywords", "标签", "標籤"),
}
#: Front matter larger than this is not parsed (no article's metadata is this long).
MAX_FRONT_MATTER = 64 * 1024
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?")
_ROLE = re.compile(r"^(?:本报|本報|本刊|本台|本网|本網)?(?:文|文字|撰文|作者|记者|記者|编辑|編輯|通讯员|通訊員|by)\s*[:：|｜/]?\s*", re.I)
_NOTE = re.compile(r"\s*[（(【\[][^）)】\]]{1,8}[）)】\]]")  # （节选） (上) [图]
_URL = re.compile(r"https?://[^\s<>\"'()（）]+", re.I)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
#: An English-month date: RFC 822 / e-mail and feed style ("Wed, 21 Aug 2024 08:30:00 +0800",
#: "21 August 2024") or US style ("Aug 21, 2024"): the day as written (no time-zone shift).
_EN_DATE = re.compile(rf"\b(?:(\d{{1,2}})\s+{_MON}\s+(\d{{4}})|{_MON.replace('(jan', '(?P<m2>jan')}\s+(\d{{1,2}}),?\s+(\d{{4}}))\b",
                      re.I)


def english_stamp(text: str) -> str | None:
    """``text`` without its English-month date stamp (weekday, date, time, zone: "Wed, 21 Aug 2024
    08:30:00 +0800"), or None when it holds none."""
    m = _EN_DATE.search(text)
    if not m:
        return None
    head, tail = text[:m.start()], text[m.end():]
    head = re.sub(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*$", "", head, flags=re.I)
    tail = re.sub(r"^,?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?:\s*(?:[+-]\d{2}:?\d{2}|gmt|utc|z)\b)?",
                  "", tail, flags=re.I)
    return head + tail


def _english_date(text: str) -> str | None:
    m = _EN_DATE.search(text)
    if not m:
        return None
    if m.group(1):
        day, mon, year = m.group(1), m.group(2), m.group(3)
    else:
        mon, day, year = m.group("m2"), m.group(5), m.group(6)
    try:
        return datetime.date(int(year), _MONTHS.index(mon.lower()[:3]) + 1, int(day)).isoformat()
    except ValueError:
        return None


def iso_date(value) -> str | None:
    """``2023.3.16``, ``2023年3月16日``, ``2023-03-16T08:00+08:00``, an English-month date
    (``Wed, 21 Aug 2024 08:30:00 +0800``, ``Aug 21, 2024``) or a YAML date → ``2023-03-16``."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, (str, int)):
        return None
    m = _DATE.search(str(value or "")[:200])
    if not m and (en := _english_date(str(value)[:200])):
        return en
    if not m:
        y = re.fullmatch(r"\s*(\d{4})\s*年?\s*", str(value or ""))
        return y.group(1) if y and 1900 < int(y.group(1)) < 2200 else None
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if day:
            return datetime.date(year, month, int(day)).isoformat()
        datetime.date(year, month, 1)
        return f"{year:04d}-{month:02d}"
    except ValueError:
        return None


def _scalars(value) -> list[str]:
    """The plain values in ``value``: itself, or the first 20 plain items of a list (nested lists
    and mappings are ignored: YAML aliases can make them exponentially large)."""
    items = value[:20] if isinstance(value, (list, tuple)) else [value]
    if isinstance(value, dict):
        items = [value.get("name")]
    return [str(v).strip()[:500] for v in items
            if isinstance(v, (str, int, float, datetime.date)) and not isinstance(v, bool) and str(v).strip()]


def _bio_name(value: str) -> str:
    """An author box read whole ("郁青禾，资深媒体人，…著有《…》。 关注作者"): the name that opens it."""
    if len(value) <= 20 or not re.search(r"[。；;]", value):
        return value
    head = re.split(r"[，,。；;（(：:\s]", value, maxsplit=1)[0].strip()
    return head if 2 <= len(head) <= 12 else value


def clean_author(value) -> str | None:
    """An author name without its role word (记者, 文, by) and edge punctuation; lists joined with 、."""
    names = [_ROLE.sub("", _bio_name(v)).strip(" ;；,，|｜") for v in _scalars(value)]
    # (a reporter's credit naming several, "本报记者 李哲 王冬梅": the names joined with 、)
    names = ["、".join(n.split()) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+", n) else n
             for n in names]
    return "、".join(n for n in names if n) or None


def http_url(value) -> str | None:
    """The first http(s) URL in ``value`` (a link is never anything else), or None."""
    m = _URL.search(value[:2000]) if isinstance(value, str) else None
    return m.group(0).rstrip(".,;，。") if m else None


def _text(value) -> str | None:
    return "、".join(_scalars(value)) or None


def _tags(value) -> list[str]:
    if isinstance(value, str):
        value = re.split(r"[,，、;；]\s*", value)
    return _scalars(value)


def front_matter(text: str) -> tuple[dict, list[tuple[int, str]]]:
    """Read a YAML front matter block; return (declared fields, [(line in block, problem)])."""
    if len(text) > MAX_FRONT_MATTER:
        return {}, [(0, f"the front matter is over {MAX_FRONT_MATTER // 1024} KiB and was not read; "
                        "shorten it to the article's metadata")]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        return {}, [(line, "the front matter is not valid YAML, so none of it was read "
                           f"({getattr(err, 'problem', None) or 'syntax error'}); fix that line")]
    if not isinstance(data, dict):
        return {}, [(0, "the front matter is not a list of 'key: value' fields; it was not read")] \
            if data not in (None, "") else []
    lower = {str(k).strip().lower(): v for k, v in data.items()}
    declared: dict = {}
    for field, keys in _KEYS.items():
        value = next((lower[k] for k in keys if lower.get(k) not in (None, "", [])), None)
        if value is None:
            continue
        if field == "date":
            value = iso_date(value)
        elif field == "url":
            value = http_url(value)
        elif field == "author":
            value = clean_author(value)
        elif field == "tags":
            value = _tags(value) or None
        else:
            value = _text(value)
        if value:
            declared[field] = value
    if declared.get("outlet") and http_url(declared["outlet"]) == declared["outlet"]:  # "source: https://…" is the page's address
        link = declared.pop("outlet")
        declared.setdefault("url", link)
    return declared, []


def merge(found: dict, declared: dict) -> dict:
    """Metadata of a cleaned article: what the source declares wins over what rules found in the
    text. A title found as ``outlet｜declared title`` also gives the outlet."""
    meta = dict(found)
    title = found.get("title")
    if declared.get("title") and title and title != declared["title"] and "outlet" not in declared:
        for sep in ("｜", "|", "丨"):
            head, _, tail = title.partition(sep)
            rest = tail.strip().removeprefix(declared["title"])
            if len(rest) < len(tail.strip()) and (not rest or _NOTE.fullmatch(rest)) and 0 < len(head.strip()) <= 16:
                meta["outlet"] = head.strip()
                break
    for key, value in declared.items():
        if key in FIELDS and value:
            meta[key] = value
    return meta
