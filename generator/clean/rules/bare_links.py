"""Lines that are only a link (a bare URL, "传送门：URL", a Markdown link alone): removed."""

import re

NAME = "bare_links"
_BARE = re.compile(
    r"^(?:[^\s:：]{0,10}[:：]\s*)?(?:<?https?://[^\s\u3000-\u9fff\uff00-\uffef]+>?|\[[^\]]*\]\([^\s)]+\)|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s\u3000-\u9fff\uff00-\uffef]*)$"
)


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind == "line" and _BARE.match(b.text):
                doc.remove(b, "bare link line (a link list entry, not article text)")
