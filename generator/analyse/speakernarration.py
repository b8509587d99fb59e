"""A document's own narration is its signer's, as a column's is its author's: a research note's or a letter's
sentences are the body's that signs it ("我们认为", facts it reports included), a proposal's its signer's
("领衔代表：周文华"), a post's own sentence after a holder it reports the poster's again. Never a sentence
that quotes another's speech, nor a comment run into a post. A split of ``speakerdoc`` (``own_narration``),
for the sentences no frame attributes."""

from __future__ import annotations

from .model import Speaker
from .outletvoice import quotes_speech
from .speakerreading import DocReading

__all__ = ["own_narration"]


def own_narration(simple: str, d: DocReading, slug: str, pid: str, atts, aside: bool) -> Speaker | None:
    """The signer of a sentence ``simple`` of paragraph ``pid`` that no frame attributes, or None.
    ``atts``: the paragraph's (start, end, Speaker); ``aside``: the sentence is a comment or another's
    post quoted inside this one."""
    if not (d.org or d.signed_person or pid in d.posted) or quotes_speech(simple):
        return None
    if d.org:
        # a research note's own narration is the body's that signs it, as a column's is
        # its author's (facts it reports included)
        return Speaker(name=d.org, role="", article=slug, paragraph=pid, kind="org")
    if d.signed_person:
        # a proposal's own narration is its signer's ("领衔代表：周文华")
        return Speaker(name=d.signed_person[0], role=d.signed_person[1], article=slug, paragraph=pid, kind="person")
    if not aside and any(x[2].name == d.posted[pid] for x in atts if x[0] == 0):
        # a post's own sentence after a holder it reports ("专家也说了不建议停课，…。有症状的
        # 孩子在家休息就行了。"): the poster's again
        return next(x[2] for x in atts if x[0] == 0 and x[2].name == d.posted[pid])
    return None
