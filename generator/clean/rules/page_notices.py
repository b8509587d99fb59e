"""An encyclopedia page's chrome above its text leaves (recorded): the site's tagline, the skip
links, and the notices the page prints about itself as an entry.

Phenomenon: a reference page copied as text opens on lines that speak of the page, not of its
subject: the site's tagline ("维基百科，自由的百科全书"), the skip links ("跳至导航 跳至搜索",
"Jump to navigation"), a hatnote or a maintenance notice naming the page an entry ("本条目介绍的
是…，请见「…」", "此条目需要更新…", "本词条由…审核"). Only the page's first ten blocks are read, and
a notice must open on the entry's self-reference (本条目/此条目/本词条/该词条 …) and be short
(at most 120 characters): "本条例自…起施行" is law, not a notice, and stays.
"""

from __future__ import annotations

import re

NAME = "page_notices"

_SKIP = re.compile(r"^\s*(?:(?:跳至|跳到|跳转到|跳轉到|转到|轉到)\s*(?:导航|導航|导览|導覽|搜索|搜尋|搜寻|内容|內容|正文)\s*|"
                   r"(?:Jump to|Skip to)\s+(?:navigation|search|content|main content)\s*)+$", re.IGNORECASE)
_TAGLINE = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*[，,]\s*(?:自由|开放|開放)的(?:百科全书|百科全書)\s*$")
_NOTICE = re.compile(r"^\s*(?:本条目|本條目|此条目|此條目|该条目|該條目|本词条|本詞條|此词条|此詞條|该词条|該詞條)")
_TOP, _LONGEST = 10, 120


def apply(doc):
    from .. import platform_lines  # a recording's or chat's platform: its counters, notes and system messages
    platform_lines.apply(doc)
    gone = []
    for b in doc.blocks[:_TOP]:
        if b.kind != "line":
            continue
        t = b.text.strip()
        if _SKIP.match(t):
            gone.append((b, "the page's skip links"))
        elif _TAGLINE.match(t):
            gone.append((b, "the site's tagline above the page"))
        elif _NOTICE.match(t) and len(t) <= _LONGEST:
            gone.append((b, "a notice the page prints about itself as an entry (hatnote, maintenance)"))
    if gone:
        with doc.batch():
            for b, note in gone:
                doc.remove(b, note, separates=True)
