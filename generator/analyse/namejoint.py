"""Names a line gives by its shape beside the credits ``namecredits`` reads:

* bodies that act together after ``会同``/``联合``/``协同`` (``我局会同青岛海关、市海洋发展局及城阳区政府
  进行了研究``): each item that ends on a body's suffix, the last one cut where the clause's verb
  begins;
* an English wire's credits (``Additional reporting by Kevin Tsui in Hong Kong; Editing by Mark
  Ellison``): each person with the credit's role;
* a mail's sender or recipient written with its address (``From: 邵佳 <shaojia@…>``);
* a pen name of a newsroom credit given with its separator (``文 | 阿槿　编辑 | 小满``): a name of
  the shape 阿/小/老 + one character, which the surname list does not read;
* a group's roster of accounts (``最近加入：咸鱼翻身失败、小林不加班``, ``组长：…``, ``吧务：…``), the group a
  post comes from (``来自：…小组``) and a reply's writer (``阿哲不吃香菜：回复 @吃瓜的鲸鱼 :…``);
* a signature with the writer's title (``许蔓　｜高级分析师``), a body the reporter learned from
  (``记者从涿州市防汛指挥部获悉``), a bulletin board's posting station (``※ 发信站: 批踢踢实业坊(ptt.cc)``)."""

from __future__ import annotations

import re

__all__ = ["joint_names"]

#: The last words of a writer's title in a signature ("高级分析师", "研究员", "主编").
_TITLES = ("分析师", "研究员", "主编", "编辑", "记者", "经理", "总监", "主任", "顾问", "律师", "教授", "作者", "合伙人", "经济学家")

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


#: A group's or a forum's roster of accounts: its label, then the accounts listed with 、.
_ROSTER = re.compile(r"(?:^|(?<=[\s|｜]))(?P<label>最近加入|新加入|新成员|组长|副组长|管理员|群主|版主|吧主|吧务|小吧主)\s*[：:]\s*"
                     r"(?P<items>[^\s：:，。！？、|｜]{2,20}(?:、[^\s：:，。！？、|｜]{2,20}){0,15})\s*$")
#: The group a post comes from ("来自：打工人退休倒计时小组（12.8万个打工人）").
_FROM_GROUP = re.compile(r"来自\s*[：:]\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:小组|群组|社区|论坛|吧|圈))(?=$|[\s（(])")
#: A reply's writer before the account replied to ("阿哲不吃香菜：回复 @吃瓜的鲸鱼 :…").
_REPLY_WRITER = re.compile(r"^\s*(?P<h>[^\s：:，。！？@]{2,20})\s*[：:]\s*回[复覆]\s*@")


#: A signature: a name, a bar, the writer's title ("许蔓　｜高级分析师").
_SIGNATURE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{2,3})[\s\u3000]*[|｜][\s\u3000]*(?P<title>[\u4e00-\u9fff]{2,8})\s*$")
#: A body the reporter learned something from ("记者从涿州市防汛指挥部获悉").
_LEARNED = re.compile(r"从(?P<org>[\u4e00-\u9fff]{3,20}?)(?:获悉|了解到|得知)")
#: A bulletin board's posting station ("※ 发信站: 批踢踢实业坊(ptt.cc)").
_STATION = re.compile(r"发信站\s*[:：]\s*(?P<org>[\u4e00-\u9fff]{2,12})\s*[(（]")


def _account(h: str) -> bool:
    """An account's name, not a notice after the label ("请文明发言", "暂无", "12")."""
    from .namewords import _cut, word_tag

    if re.fullmatch(r"[\d\s._-]+", h) or h in ("暂无", "无", "空缺", "待定"):
        return False
    return not (_NOTICE.match(h) or word_tag(_cut(h)[0]).startswith(("d", "p", "c", "r")))


#: What a notice after a roster's label opens with ("请文明发言", "欢迎新人", "禁止广告").
_NOTICE = re.compile(r"(?:请|欢迎|禁止|严禁|谢谢|感谢|注意|暂|已|本|如有|如需)")


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
    from .namecredits import _org, _person
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
    m = _ROSTER.search(text) if "：" in text or ":" in text else None
    if m:
        out += [(h, "person", "handle") for h in m["items"].split("、") if _account(h)]
    m = _FROM_GROUP.search(text) if "来自" in text else None
    if m:
        out.append((m["name"], "org", "handle"))
    m = _REPLY_WRITER.match(text) if "回" in text else None
    if m:
        out.append((m["h"], "person", "handle"))
    m = _SIGNATURE.match(text) if ("|" in text or "｜" in text) else None
    if m and m["title"].endswith(_TITLES) and _person(m["name"], credited=True):
        out.append((m["name"], "person", m["title"]))
    for m in _LEARNED.finditer(text) if "从" in text else ():
        if _org(m["org"]) and m["org"][0] not in "市县区省镇乡州":  # ("从县图书馆获悉": a level alone names none)
            out.append((m["org"], "org", ""))
    m = _STATION.search(text) if "发信站" in text else None
    if m:
        out.append((m["org"], "org", ""))
    for m in _PEN.finditer(text) if ("|" in text or "｜" in text) else ():
        out.append((m["name"], "person", "编辑" if m["label"] in ("编辑", "责编") else "作者" if m["label"] == "文" else m["label"]))
    return out
