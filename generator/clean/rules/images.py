"""Image links (``![alt](img/…)``): the file is not shipped, so the line leaves the body.

An image with alt text keeps the alt text as a caption.
"""

import re

NAME = "images"
_IMAGE_LINE = re.compile(r"^(?:!\[([^\]]*)\]\([^)]*\)\s*)+$")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line":
                continue
            m = _IMAGE_LINE.match(b.text)
            if not m:
                continue
            alt = (m.group(1) or "").strip()
            if alt and len(alt) > 3:
                doc.set_text(b, alt, "image link replaced by its alt text (caption)")
                b.kind = "caption"
            else:
                doc.remove(b, "image link to a file that is not part of the article")
