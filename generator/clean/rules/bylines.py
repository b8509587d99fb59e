"""Bylines, credits and editor lines become metadata (author, outlet, editors, credits)."""

import re

NAME = "bylines"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_ROLE = r"(?:记者|記者|通讯员|通訊員)"
#: prefix (outlet) + the line's LAST reporter word + separator + names; the last occurrence keeps the
#: reading unambiguous (and the same once spaces are gone).
_BYLINE = re.compile(rf"^[(（]?((?:\s*\S){{0,8}}?)\s*{_ROLE}(?!.*{_ROLE})(\s*[:：]?\s*)({_NAME}(?:[\s、，,]+{_NAME})*)[)）]?$")
_EDITOR = re.compile(r"(責任編輯|责任编辑|美術編輯|美术编辑|編輯|编辑|校對|校对|審校|审校)\s*[:：]\s*([\u4e00-\u9fff·]{2,4})")
_COMPILED = re.compile(r"^(?:本报综合|本報綜合|综合报道|綜合報道|综合消息|綜合消息|本报讯|本報訊)$")
# Starts after white space (or at the start), never inside a run of it; searched in the line's tail.
_CREDIT = re.compile(rf"(?:^|(?<=\s))(\S{{0,6}}(?:记者|記者){_NAME}(?:整理|制表|製表|摄|攝|供图|供圖))$")
_CREDIT_TAIL = 24  # the longest credit the pattern can match
_OUTLET_MENTION = re.compile(r"《([\u4e00-\u9fff]{2,8}[报報])》(?:记者|記者)")


def _outlet(prefix: str) -> str | None:
    prefix = prefix.strip("（(")
    if prefix and re.search(_ROLE, prefix):
        return None
    if prefix and prefix not in ("本报", "本報") and prefix.endswith(("报", "報", "社", "台", "网", "網")):
        return prefix
    return None


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line":
                continue
            text = b.text
            c = _CREDIT.search(text, max(0, len(text) - _CREDIT_TAIL))
            if c:
                doc.meta.setdefault("credits", [])
                start = c.start()
                while start > 0 and text[start - 1].isspace():
                    start -= 1  # the white space before the credit goes with it
                if start == 0:
                    doc.remove(b, "credit line → credits", action="metadata")
                else:
                    doc.edit(b, start, c.end(), "", "credit at the end of a line → credits")
                if c.group(1) not in doc.meta["credits"]:
                    doc.meta["credits"].append(c.group(1))
                continue
            m = _BYLINE.match(text) if len(text) <= 30 else None  # (the pattern is costly on long lines)
            if m:
                prefix = re.sub(r"\s+", "", m.group(1))
                outlet = _outlet(prefix)
                if prefix and not outlet and prefix not in ("本报", "本報", "（", "("):
                    continue
                if not prefix and not m.group(2):
                    continue  # "记者观察" is a column label, not a byline
                if outlet:
                    doc.meta.setdefault("outlet", outlet)
                doc.to_meta(b, "author", re.sub(r"[\s，,]+", "、", m.group(3)), "byline → author")
                continue
            eds = _EDITOR.findall(text)
            if eds and not _EDITOR.sub("", text).strip(" \u3000"):
                doc.meta.setdefault("editors", [])
                doc.to_meta(b, "editors", [f"{role}：{name}" for role, name in eds], "editor credits → editors")
                continue
            if _COMPILED.match(text):
                doc.to_meta(b, "author", text, "compiled-report credit → author")
                continue
            if doc.meta.get("author") and text == doc.meta["author"]:
                doc.remove(b, "repeated byline (author name alone on a line)", action="metadata")
                continue
    if "outlet" not in doc.meta:
        mentions = {}
        for b in doc.blocks:
            for m in _OUTLET_MENTION.finditer(b.text):
                mentions[m.group(1)] = mentions.get(m.group(1), 0) + 1
        if mentions:
            best = max(mentions, key=mentions.get)
            if mentions[best] >= 2 and doc.meta.get("author") and not doc.meta["author"].startswith("本"):
                doc.meta["outlet"] = best
