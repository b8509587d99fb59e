"""Names a line gives by its shape beside the credits ``namecredits`` reads:

* bodies that act together after ``会同``/``联合``/``协同`` (``我局会同青岛海关、市海洋发展局及城阳区政府
  进行了研究``): each item that ends on a body's suffix, the last one cut where the clause's verb
  begins;
* an English wire's credits (``Additional reporting by Kevin Tsui in Hong Kong; Editing by Mark
  Ellison``): each person with the credit's role;
* a mail's sender or recipient written with its address (``From: 邵佳 <shaojia@…>``);
* a pen name of a newsroom credit given with its separator (``文 | 阿槿　编辑 | 小满``): a name of
  the shape 阿/小/老 + one character, which the surname list does not read."""

from __future__ import annotations

import re

__all__ = ["joint_names"]

#: Bodies acting together: the verb of joining, then the list up to the clause's end.
_JOINT = re.compile(r"(?P<verb>会同|联合|协同|联同)(?!国|会|体|发布|发文|印发|声明|推出|开展|举办|主办|出品)(?P<items>[\u4e00-\u9fff、]{4,120})")
#: An English wire's credit and the people after it.
_EN_CREDIT = re.compile(r"\b(?P<label>Additional reporting|Reporting|Writing|Editing|Edited|Compiled|Photography) by "
                        r"(?P<names>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:(?:, | and )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})*)")
_EN_ROLE = {"Editing": "编辑", "Edited": "编辑", "Compiled": "编辑", "Photography": "摄影"}
#: A mail's header with a display name and an address.
_MAIL = re.compile(r"^\s*(?P<label>From|To|Cc|发件人|收件人|抄送)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*<[^<>\s@]{1,64}@")
#: A newsroom credit with its separator, then a pen name shaped 阿/小/老 + one character.
_PEN = re.compile(r"(?:^|(?<=[\s\u3000]))(?P<label>文|编辑|责编|图|摄影|排版|校对)\s*[|｜]\s*(?P<name>[阿小老][\u4e00-\u9fff])(?=$|[\s\u3000])")


def _bodies(items: str) -> list[str]:
    from .namecredits import _org

    pieces = [p for p in re.split(r"[、]|(?<=[\u4e00-\u9fff]{3})(?:及|和|与)(?=[\u4e00-\u9fff]{3})", items) if p]
    out = []
    for k, piece in enumerate(pieces):
        if k == len(pieces) - 1:  # the last item runs into the clause's words: its first body-shaped start
            piece = next((piece[:j] for j in range(3, len(piece) + 1) if _org(piece[:j])), "")
        if piece and _org(piece):
            out.append(piece)
        elif k < len(pieces) - 1:
            return out  # the list is not of bodies (or its items are not listed one by one)
    return out if len(out) >= 1 and len(pieces) >= 2 or len(out) == 1 and len(pieces) == 1 else []


def joint_names(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of the bodies, credits, mail parties and pen names one line gives."""
    out: list[tuple[str, str, str]] = []
    if any(w in text for w in ("会同", "联合", "协同", "联同")):
        for m in _JOINT.finditer(text):
            bodies = _bodies(m["items"])
            if len(bodies) >= 2 or m["verb"] != "联合":  # ("联合" alone also makes a name's word: 联合航空)
                out += [(b, "org", "") for b in bodies]
    for m in _EN_CREDIT.finditer(text) if " by " in text else ():
        role = _EN_ROLE.get(m["label"], "记者")
        out += [(n, "person", role) for n in re.split(r", | and ", m["names"])]
    m = _MAIL.match(text)
    if m:
        out.append((m["name"], "person", "发件人" if m["label"] in ("From", "发件人") else "收件人"))
    for m in _PEN.finditer(text) if ("|" in text or "｜" in text) else ():
        out.append((m["name"], "person", "编辑" if m["label"] in ("编辑", "责编") else "作者" if m["label"] == "文" else m["label"]))
    return out
