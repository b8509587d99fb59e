"""Lines that are only a link (a bare URL, "传送门：URL", a Markdown link alone, an HTML list of
links whose text the reader kept — ``Block.link_only``): removed."""

import re

NAME = "bare_links"
_BARE = re.compile(
    r"^(?:[^\s:：]{0,10}[:：]\s*)?(?:<?https?://[^\s\u3000-\u9fff\uff00-\uffef]+>?|\[[^\]]*\]\([^\s)]+\)|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s\u3000-\u9fff\uff00-\uffef]*)$"
)


def apply(doc):
    for b in list(doc.blocks):
        if b.kind == "line" and (b.link_only or _BARE.match(b.text)):
            doc.remove(b, "bare link line (a link list entry, not article text)")
