"""Hashtag lines ``#世界模型#`` become ``meta["tags"]``."""

import re

NAME = "hashtags"
_TAG = re.compile(r"^#([^#\s][^#]{0,30})#$")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            m = _TAG.match(b.text) if b.kind == "line" else None
            if m:
                doc.meta.setdefault("tags", [])
                doc.to_meta(b, "tags", m.group(1).strip(), "hashtag → tags")
