"""Stray English words inside Chinese sentences.

A lone "and" between two Chinese words ("影视行业 and 游戏行业") is a typing slip: it becomes 和,
recorded and flagged for a spot-check. Other function words are flagged, never replaced. In sources without pangu spacing, a lowercase English word
glued into a Chinese sentence ("内容创作 workflow有望") is flagged as a style question.
"""

import re

NAME = "stray_english"
_FUNCTION = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(?<![A-Za-z])(and|or|the|of|with|for|but|to|in|by|from|via|vs)(?![A-Za-z])\s*(?=[\u4e00-\u9fff])"
)
_WORD = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?<![A-Za-z])([a-z]{4,})(?![A-Za-z])\s*(?=[\u4e00-\u9fff])"
                   r"|(?<=[\u4e00-\u9fff])\s+(?<![A-Za-z])([a-z]{4,})(?![A-Za-z])|(?<![A-Za-z])([a-z]{4,})\s+(?=[\u4e00-\u9fff])")
_AND = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0]*(?<![A-Za-z])and(?![A-Za-z])[ \u00a0]*(?=[\u4e00-\u9fff])")
_SUGGEST = {"and": "和", "or": "或", "with": "与", "vs": "对", "of": "的"}


def apply(doc):
    for b in doc.blocks:
        if b.kind != "p":
            continue
        for m in _AND.finditer(b.text):
            doc.flag(b.line_at(m.start()), b.text[max(0, m.start() - 10):m.end() + 10],
                     "A stray English “and” between Chinese words was replaced by 和: check the sentence.")
        doc.sub(b, _AND, lambda m: "和", "stray English “and” between Chinese words → 和")
        for m in _FUNCTION.finditer(b.text):
            w = m.group(1)
            doc.flag(b.line_at(m.start()), b.text[max(0, m.start() - 10):m.end() + 10],
                     f"Stray English word “{w}” inside a Chinese sentence (probably a typing or translation slip).",
                     _SUGGEST.get(w, ""))
        if doc.pangu:
            continue
        for m in _WORD.finditer(b.text):
            w = next(g for g in m.groups() if g)
            if _FUNCTION.fullmatch(" " + w + " "):
                continue
            doc.flag(b.line_at(m.start()), b.text[max(0, m.start() - 10):m.end() + 10],
                     f"English word “{w}” inside a Chinese sentence: keep it, or write the Chinese term with the "
                     "English in parentheses.")
