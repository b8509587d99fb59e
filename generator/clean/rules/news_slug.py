"""The news slug opening a lead (``【本报讯】``, ``本報訊``, ``【X讯】``, with the reporter named after it,
``本报讯（记者 王明）``) says only who printed the story: it leaves the text, recorded (the
``mastheads`` rule has read the reporter as the author; the ``title`` rule has used the slug to find
where the headline ends, so this rule runs after both). A wire's dateline (``新华社北京5月6日电``)
stays: it gives the place and the day the text's relative dates count from.
"""

import re

NAME = "news_slug"
_SCREEN = 8
_SLUG = re.compile(r"^(?:【[^【】\n]{1,12}(?:讯|訊)】|[（(\[]?本[报報][^，。\s（(]{0,8}?(?:讯|訊)[】\])]?)"
                   r"(?:\s*[（(](?:本报|本報)?(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*\s*[）)])?"
                   r"[\s\u3000：:]*")


def apply(doc):
    for b in doc.blocks[:_SCREEN]:
        if b.kind != "line":
            continue
        m = _SLUG.match(b.text)
        if m and m.end() < len(b.text):
            doc.record(b.line, b.text[:m.end()], "", "metadata", "the lead's news slug (本报讯, and the reporter "
                       "named after it, read as the author): who printed the story, not its text")
            b.splice(0, m.end(), "")
            return
        if m is None and b.text.strip():
            return  # only the first text line opens a lead
