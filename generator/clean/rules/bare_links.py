"""Lines that are only a link (a bare URL, "传送门：URL", a Markdown link alone, an HTML list of
links whose text the reader kept — ``Chunk.link_only``): removed. So is the picture link that
an embedded tweet leaves in copied text (``pic.twitter.com/…``); the tweet's words stay."""

import re

NAME = "bare_links"
_BARE = re.compile(
    r"^(?:[^\s:：]{0,10}[:：]\s*)?(?:<?https?://[^\s\u3000-\u9fff\uff00-\uffef]+>?|\[[^\]]*\]\([^\s)]+\)|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s\u3000-\u9fff\uff00-\uffef]*)$"
)


_TWEET_PICTURE = re.compile(r"[ \t\u3000]*\bpic\.twitter\.com/[A-Za-z0-9]{4,20}\b")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind == "line" and (b.link_only or _BARE.match(b.text)):
                doc.remove(b, "bare link line (a link list entry, not article text)")
            elif b.kind in ("line", "caption") and "pic.twitter.com/" in b.text:
                doc.sub(b, _TWEET_PICTURE, lambda m: "", "picture link of an embedded tweet (the picture is not shipped)")
