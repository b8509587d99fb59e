"""A "来源：<link>" line at the top states where the text comes from: it becomes ``meta["url"]``."""

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
            u = _URL.search(m.group(1)) if m else None
            if u:
                doc.to_meta(b, "url", u.group(1) or u.group(2), "source link → url")
