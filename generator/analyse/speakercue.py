"""Whether a short holder the dictionary does not know is a person: its own frame says so (issue 13,
property 1). A familiar name ("阿贵", "小满", "老周"), a form of address with a kinship word ("张姐",
"胖哥", "刘叔"), or a holder of a verb only people use ("坦言", "笑称", "感叹") is a person whatever its
characters, never a body; a word that names what someone is ("老蜂农", "小学生") is no name."""

from __future__ import annotations

import re

from .speakerholder import _ORG_SUFFIX, _PERSON_NOUN_END, FAMILIAR

__all__ = ["person_cue", "PERSON_VERBS"]

#: Reporting verbs a person uses, a body hardly ever ("某公司坦言" is rare; "阿贵笑称" is a person).
PERSON_VERBS = ("坦言", "坦承", "笑称", "笑言", "笑道", "笑说", "感叹", "感慨", "叹道", "抱怨", "吐槽", "直言")
#: A form of address: one or two characters, then a kinship word ("张姐", "胖哥", "王叔", "李阿姨").
_ADDRESS = re.compile(r"[\u4e00-\u9fff]{1,2}(?:姐|哥|叔|姨|阿姨|伯|婶|嫂|爷|奶奶|大爷|大妈)")


def person_cue(name: str, frame: str = "") -> bool:
    """Whether ``name`` (a bare holder of 1–4 characters) is a person by its shape or by ``frame``,
    the attribution's text ending on its verb."""
    if not 2 <= len(name) <= 4 or _ORG_SUFFIX.search(name):
        return False
    if FAMILIAR.fullmatch(name) and not _PERSON_NOUN_END.search(name[1:]):
        return True  # "阿贵", "小满", "老周" (not "老蜂农", "小学生": what someone is)
    if _ADDRESS.fullmatch(name) and len(name) <= 3:
        return True
    return bool(frame) and frame.rstrip("，,：: ").endswith(PERSON_VERBS)
