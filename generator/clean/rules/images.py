"""Image links (``![alt](img/…)``) left as text in a plain-text source: the file is not shipped,
so the line leaves the body.

In Markdown and HTML sources the readers remove images structurally (``generator.readers``); a
plain-text source that shows ``![`` at a line start is read as Markdown, so this rule is the
fallback for image lines the readers did not see. An image's alt text is a label for the
picture ("GitHub", a file name), not article text: it goes to the audit with the image.
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
            doc.remove(b, "image link (and its alt text): the picture is not part of the article")
