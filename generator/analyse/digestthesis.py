"""What may state an article's thesis, read on the structure of a line rather than its topic:

* lines that are no statement of the article at all, in any form: a shared link's title with its
  site after a bar ("X回应争议：订单激增 | 财经快讯"), a greeting ("各位媒体朋友，大家下午好！");
* a figure another party estimated, reported as such ("据某券商测算，…到2030年有望突破3万亿元"):
  evidence the article cites, weighed below the article's own claim for its thesis;
* the provisions of a text that decides or regulates (a law, a decision, rules, a notice with
  numbered articles): its substance is what changes, from when and by how much ("从2025年1月1日起…
  由六十周岁逐步延迟至六十三周岁"), and its digest leads with those, not the preamble's rationale.

Split from ``digestsummary.py`` (which calls these); patterns only, any topic.
"""

from __future__ import annotations

import re

from ..greetings import GREETING_LINE as _GREETING  # a greeting or thanks, the whole line: a turn's formula

__all__ = ["not_a_statement", "side_estimate", "provisions", "leans_on", "ARTICLE_LABEL", "ORDINAL"]

#: A shared link's title: a headline, then a bar and a site's or a column's name, and nothing after.
_LINK_TITLE = re.compile(r"^[^|｜]{4,80}?\s[|｜]\s*[^|｜，。！？,!?\s]{2,16}\s*[。.]?\s*$"
                         r"|^\s*[\[【](?:链接|分享|网页链接|文章|转发)[\]】]")


#: A notice about the venue ("【群公告】本群禁止发广告…", "本帖禁止…", "【置顶】…"): the group's or the site's rules,
#: not what anyone argues.
_VENUE_NOTICE = re.compile(r"^\s*[【\[](?:群公告|公告|通知|置顶|系统消息|系统提示|温馨提示|版规)[】\]]"
                           r"|^\s*本(?:群|帖|吧|版|站|号|频道|直播间)[^，。；]{0,4}(?:禁止|严禁|不得|谢绝|请勿)")


def not_a_statement(spoken: str) -> bool:
    """A line that states nothing of the article (a link's title, a greeting or thanks, a notice about
    the venue); ``spoken`` is the line without its speaker's label."""
    said = _LABEL.sub("", spoken, count=1)  # a label the turn reader did not take ("主持人 X局发言人某某：")
    return any(p.match(x) for p in (_LINK_TITLE, _GREETING, _VENUE_NOTICE) for x in (spoken, said))


#: A speaker's label opening a line: a short run without punctuation, then a colon.
#: (a stamp's colons, "21:12:47", are followed by a digit: no label ends there)
_LABEL = re.compile(r"^[^，,。！？!?“”「」]{1,40}?[：:](?!\d)")


#: A figure another party estimated or forecast, opening a clause ("据某券商测算，…", "根据X的预测，…",
#: "…，有机构预计2035年将…").
_ESTIMATE = re.compile(r"(?:^|[，,；;])\s*(?:另外|此外|同时|而)?[，,]?(?:据|根据|有)[^，。；！？]{1,30}?(?:测算|估算|推算|预测|预计|估计)")


def side_estimate(simple: str) -> bool:
    """A sentence that reports another party's estimate (see ``_ESTIMATE``)."""
    return bool(_ESTIMATE.search(simple.strip()))


#: A numbered article or item opening a paragraph ("第二条", "一、"), as a text of provisions numbers them.
ARTICLE_LABEL = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇]{1,5}条|[一二三四五六七八九十]{1,3}、)\s*")
#: An ordinal opening a line of a list ("第二，", "其三，"): the list's place, which a summary line read alone
#: does without.
ORDINAL = re.compile(r"^\s*(?:第|其)[一二三四五六七八九十]{1,3}[，,、]\s*")
_NUMERAL = r"[\d一二两三四五六七八九十百千]"
#: A provision that sets a value: from what to what ("由十五年逐步提高至二十年", "从原六十周岁延迟至六十三
#: 周岁"), or from when ("自2025年1月1日起施行", "从2030年1月1日起，将…").
_SETS = re.compile(r"(?:从|由)[^，。；]{0,30}?" + _NUMERAL + r"[^，。；]{0,12}?(?:逐步|分步|分别)?"
                   r"(?:延迟|延长|推迟|延后|提高|提升|降低|下调|上调|调整|增加|减少|缩短|放宽|扩大|改为)(?:至|到|为)"
                   r"[^，。；]{0,12}?" + _NUMERAL +
                   r"|(?:自|从)[^，。；]{0,4}" + _NUMERAL + r"[^，。；]{1,14}?起[，,]?[^。；]{0,40}?"
                   r"(?:施行|实施|执行|生效|调整|提高|降低|延迟|延长)")


def provisions(simples: list[str], paragraphs: list[str]) -> list[int]:
    """Indices of the sentences (``simples``) that set a value, in a text of provisions: three
    paragraphs or more (``paragraphs``) opening on a numbered article ("第二条", "一、") and at least
    one such sentence. [] for any other text (a report citing a rule keeps its lead)."""
    numbered = sum(1 for p in paragraphs if ARTICLE_LABEL.match(p))
    if numbered < 3:
        return []
    return [i for i, s in enumerate(simples) if _SETS.search(s)]


#: A sentence that leans on the one before it and cannot state the thesis alone: an "also"
#: attribution ("X亦表示，…", "他又指出"), an opening "also" or "on the one hand" ("也有家长…",
#: "一方面，…"), or a demonstrative pointing back at a thing already named ("不认同这种区分",
#: "这一说法不但…", "…对此已有明确规定"; not 这次/这场, which name the event itself); "X同样认为" agrees
#: with someone before.
_LEANS_ON = re.compile(r"^[^，。：“”「」]{1,30}?(?:亦|也|又|还|同时|另外|同样)(?:表示|指出|称|说|认为|强调|透露|介绍|提到|"
                       r"补充|提醒|坦言|回应)"
                       r"|^(?:也|还|又|亦|另|一方面|另一方面|再者|此外|另外)"
                       # a concession to what was just said ("即使如此，…", "尽管如此，…")
                       r"|^(?:即使|即便|尽管|虽然|话虽)如此")
_POINTS_BACK = re.compile(r"(?:这|那|此)(?:种|类|一|些|样的?)(?!次|场|轮|波|期|年|月|天)[\u4e00-\u9fff]|上述|前述"
                          r"|对此|为此|就此")


def leans_on(text: str) -> bool:
    """A sentence that needs the one before it (see ``_LEANS_ON``); a demonstrative that sums up a
    list in its own clause ("机体结构、钛合金、…这些环节") points at nothing before."""
    if _LEANS_ON.search(text):
        return True
    for m in _POINTS_BACK.finditer(text):
        clause = re.split(r"[，。；：！？,;:]", text[:m.start()])[-1]
        if "、" not in clause:
            return True
    return False
