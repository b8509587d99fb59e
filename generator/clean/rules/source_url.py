"""A "来源：<link>" line states where the text comes from: it becomes ``meta["url"]``.

The link is either written out in the text or, in Markdown and HTML sources, the target of a link
whose text the reader kept (``Chunk.links``).
"""

import re

NAME = "source_url"
_SOURCE = re.compile(r"^(?:来源|來源|原文|原文链接|原文鏈接|source)\s*[:：]\s*(.*)$", re.I)
_URL = re.compile(r"\((https?://[^)\s]+)\)|(https?://\S+)")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind not in ("line", "caption"):
                continue
            m = _SOURCE.match(b.text)
            if not m:
                continue
            u = _URL.search(m.group(1))
            url = (u.group(1) or u.group(2)) if u else (b.links[0] if b.links else None)
            if url:
                doc.to_meta(b, "url", url, "source link → url")
