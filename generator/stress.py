"""Hostile-but-accepted sources for the stall test and ``make bench``: made on the fly, never stored.

Every source here is valid UTF-8 text under the 4 MiB limit, so the build must take it and finish
in time roughly linear in its size. Each family targets one way a regular expression or a loop can
go quadratic:

- ``one_line``: one paragraph of 3.5 MB with no line break and no sentence end (CJK runs, Latin
  words, digits, dotted names, ``@``, ``://`` and half-width punctuation mixed in);
- ``paragraphs``: 30,000 short paragraphs (headings, captions, credits and hashtags among them);
- ``nesting``: Markdown nested 5,000 deep, as block quotes (``> > > …``) and as list items
  (``- - - …`` and an indentation staircase);
- ``repeat_<name>``: 1 MB of one repeated character (a Han character, a letter, ``.``, ``,``,
  ``@``, ``#``, ``>``, ``-``, ``|``, ``▲``, a space between two words, a newline); the build test
  takes the Han character, the others are cleaned and analysed on their own.
"""

from __future__ import annotations

__all__ = ["FAMILY", "REPEATED", "family", "one_line", "paragraphs", "nesting", "repeat"]

MB = 1_000_000

_UNIT = ("人工智能视频生成模型发布后影视行业受到冲击业内人士认为这将降低制作成本"
         "OpenAI的Sora模型version2.0在2024年发布 mail user.name@example 访问example.com/path"
         "和https://example.org/a,b 以及 a,b:c;d?e!f (说明) 与「引文」并且——继续")


def one_line(size: int = 3_500_000) -> str:
    """One paragraph of ``size`` UTF-8 bytes: no newline, no sentence-final punctuation."""
    unit = _UNIT
    n = size // len(unit.encode("utf-8")) + 1
    return _cut(unit * n, size)


def paragraphs(count: int = 30_000) -> str:
    """``count`` short paragraphs of every kind the cleaner treats (one per blank-line block)."""
    kinds = ("第{i}段的文字很短。", "小标题{i}", "▲图为示意画面{i}", "记者张三摄", "#标签{i}#",
             "这一段没有结束的文字第{i}行", "@用户{i}", "{i}")
    return "\n\n".join(kinds[i % len(kinds)].format(i=i) for i in range(count)) + "\n"


def nesting(depth: int = 5_000) -> str:
    """Markdown nested ``depth`` deep: block quotes and lists on one line each, then a staircase
    of indented list items as deep as the size limit allows."""
    lines = ["# 嵌套", "", "> " * depth + "引用的文字。", "", "- " * depth + "列表项。", "",
             "1. " * depth + "编号项。", ""]
    steps = min(depth, 1_400)  # the staircase's size grows with the square of its depth
    lines += [" " * (2 * k) + f"- 第{k}层" for k in range(steps)]
    return "\n".join(lines) + "\n"


_REPEATED = {
    "han": "中", "latin": "a", "digit": "7", "dot": ".", "comma": ",", "at": "@", "hash": "#",
    "gt": ">", "dash": "-", "pipe": "|", "triangle": "▲", "space": " ", "newline": "\n",
}


def repeat(name: str, size: int = MB) -> str:
    """``size`` bytes of one character (a space or a newline sits between two words)."""
    ch = _REPEATED[name]
    body = ch * (size // len(ch.encode("utf-8")))
    return f"开头{body}结尾\n" if ch.isspace() else body + "\n"


def _cut(text: str, size: int) -> str:
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


#: Source file name → maker: the family the whole build is tested on (one repeated character;
#: every other one in :data:`REPEATED` goes through the cleaner and the analysis in the tests).
FAMILY = {
    "one_line.txt": one_line,
    "paragraphs.txt": paragraphs,
    "nesting.md": nesting,
    "repeat_han.txt": lambda: repeat("han"),
}
REPEATED = tuple(_REPEATED)


def family() -> dict[str, bytes]:
    """Every source of the family, by file name, as UTF-8 bytes."""
    return {name: make().encode("utf-8") for name, make in FAMILY.items()}
