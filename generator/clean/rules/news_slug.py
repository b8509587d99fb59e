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


#: A slug naming the paper that printed the story ("【华商财经日报讯】"), never the paper speaking of itself.
_PAPER_SLUG = re.compile(r"^【([\u4e00-\u9fff]{2,10}(?:报|報|社))(?:讯|訊)】")


def _paper_of_slug(doc, b, slug: str) -> None:
    """The story's slug names its paper: the outlet when none is known, or when the one known is the
    paper's own web edition, named after the page's site ("华商财经网" for "【华商财经日报讯】": one brand,
    the site carries the daily's story; the reporter's text is the daily's)."""
    m = _PAPER_SLUG.match(slug)
    if not m or m.group(1).startswith(("本", "我")):
        return
    paper = m.group(1)
    for where in (doc.declared, doc.meta):
        known = (where.get("outlet") or "").strip()
        if known and known != paper and known.endswith(("网", "網")) and len(known) >= 3 \
                and paper.startswith(known[:-1]):
            where["outlet"] = paper
            doc.record(b.line, known, paper, "metadata", "the story's slug names its paper; the site is its web "
                       "edition → outlet")
    if not doc.declared.get("outlet") and not doc.meta.get("outlet"):
        doc.meta["outlet"] = paper
        doc.record(b.line, slug, paper, "metadata", "the story's slug names its paper → outlet")


def apply(doc):
    for b in doc.blocks[:_SCREEN]:
        if b.kind != "line":
            continue
        m = _SLUG.match(b.text)
        if m and m.end() < len(b.text):
            _paper_of_slug(doc, b, m.group(0))
            doc.record(b.line, b.text[:m.end()], "", "metadata", "the lead's news slug (本报讯, and the reporter "
                       "named after it, read as the author): who printed the story, not its text")
            b.splice(0, m.end(), "")
            return
        if m is None and b.text.strip():
            return  # only the first text line opens a lead
