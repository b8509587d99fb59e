"""A notes app's inline marks in a Markdown export: wiki links and highlights are markup, each recorded.

The phenomenon: a note written in a notes app (Obsidian, Logseq, Bear, Foam, a wiki) links other
notes with double brackets and marks text with the app's own emphasis; the export keeps the marks.

- **A wiki link** (``[[银行股]]``, ``[[笔记名#小节|显示文字]]``): its shown text stays (the alias after
  ``|``, else the note's name without its folder and section), the brackets leave. An embed
  (``![[图1.png]]``) shows another file: removed.
- **A line of nothing but links to other notes** ("详见 [[A]] 与 [[B]]", "相关：[[A]]、[[B]]", "See also
  [[A]]"): the note's navigation to its neighbours, no text of its own: removed.
- **A highlight** (``==申报额超过2000亿元==``): the marks leave, the text stays.

Only Markdown sources, only paired marks inside one line (a lone ``==`` or ``[[`` is left alone).
"""

from __future__ import annotations

import re

NAME = "wiki_links"

_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,200}\]\]")
_LINK = re.compile(r"\[\[([^\[\]\n|]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")
_HIGHLIGHT = re.compile(r"==(?=[^=\s])([^=\n]{1,300}?)(?<=[^=\s])==")
#: What a navigation line may hold besides its links: a lead word, joining words, punctuation.
_NAV_REST = re.compile(r"^[\s\u3000]*(?:[-*+>]\s*)?(?:详见|詳見|参见|參見|另见|另見|参看|參看|见|見|相关|相關|相关笔记|相關筆記|"
                       r"延伸|链接|鏈接|連結|see also|see|related|links?|cf\.?)?[\s\u3000:：]*"
                       r"(?:(?:与|與|和|及|以及|或|、|，|,|；|;|/|\||and|or)[\s\u3000]*)*[。.]?[\s\u3000]*$", re.IGNORECASE)


def _shown(m: re.Match) -> str:
    """What a wiki link shows: its alias, else its target's name (no folder, no section)."""
    if m.group(2) and m.group(2).strip():
        return m.group(2).strip()
    target = m.group(1).strip()
    name = target.rsplit("/", 1)[-1]
    name = name.split("#", 1)[0].strip() or target.replace("#", " ").strip()
    return name


def apply(doc):
    if not doc.markdown:
        return
    gone = []
    for b in doc.blocks:
        if b.kind not in ("line", "caption", "h") or ("[[" not in b.text and "==" not in b.text):
            continue
        if b.kind != "h" and _LINK.search(b.text) and _NAV_REST.match(_LINK.sub(" ", _EMBED.sub(" ", b.text))):
            gone.append(b)
            continue
        edits = [(m.start(), m.end(), "") for m in _EMBED.finditer(b.text)]
        taken = [(s, e) for s, e, _ in edits]
        edits += [(m.start(), m.end(), _shown(m)) for m in _LINK.finditer(b.text)
                  if not any(s <= m.start() < e for s, e in taken)]
        if edits:
            doc.edit_many(b, sorted(edits), "a notes app's wiki link: its shown text stays, the brackets leave")
        edits = []
        for m in _HIGHLIGHT.finditer(b.text):
            edits += [(m.start(), m.start() + 2, ""), (m.end() - 2, m.end(), "")]
        if edits:
            doc.edit_many(b, edits, "a notes app's highlight marks (==…==): the text stays")
    if gone:
        with doc.batch():
            for b in gone:
                doc.remove(b, "a line of links to other notes (the note's navigation, no text of its own)", separates=True)
