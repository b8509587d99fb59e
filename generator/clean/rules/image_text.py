"""Text OCR'd from inside a picture (a logo, "SORA", "Doggang et Et 🔀") next to photo captions: removed.

Only short lines without any Han character, placed within two lines of a caption marker
(▲ ◀ ▶ ■) or a picture symbol, are touched.
"""

import re

from ..text import han_count

NAME = "image_text"
_CAPTION = re.compile(r"^[▲◀▶■▼△◁▷►◄]")
_PICTO = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def apply(doc):
    blocks = doc.blocks
    near = set()
    for i, b in enumerate(blocks):
        if b.kind == "line" and _CAPTION.match(b.text):
            near.update(range(i - 2, i + 3))
    with doc.batch():
        for i, b in reversed(list(enumerate(blocks))):
            if b.kind != "line" or han_count(b.text) or len(b.text) > 30:
                continue
            if i in near or _PICTO.search(b.text):
                doc.remove(b, "text from inside a picture (OCR of a logo or image), not article text")
