"""A turn labelled by a role, not a name ("发言人：…", "主播：…", "答：…"), is the one person or body the
document names in that role (issue 13, property 1).

General phenomenon: a record of turns (a press conference, a live stream's transcript, an official Q&A)
names its speaker once at the top ("新闻发言人郑某介绍…", "主播：某某（视频号：…）", "市水务局有关负责人就…回答
了记者提问") and then labels each turn by the role alone; the turn, and the paragraphs after it up to the
next label, are that holder's words. When the document names no one, or two, in the role: nobody (a role
word is never a name). Only sentences no frame attributes are filled.
"""

from __future__ import annotations

import re

__all__ = ["label_speakers"]

#: A turn's label that is a role ("发言人：", "主播：", "答：") at a paragraph's start.
_ROLE_LABEL = re.compile(r"^[\s\u3000]*(新闻发言人|发言人|主播|主持人|答)[ \u3000]*[：:]")
#: A Q&A platform's answer label naming the body answering ("公司回答某某科技：", "董秘回复某某：").
_QA_ANSWER = re.compile(r"^[\s\u3000]*(?:(?:公司|董秘|上市公司)(?:回答|回复|答复)|回答)(?P<n>[^\s，。；！？：:“”「」]{2,16})[ \u3000]*[：:]")
#: Any turn's label at a paragraph's start ("问：", "记者：", "网友甲："): the turn before ends.
_ANY_LABEL = re.compile(r"^[\s\u3000]*(?:\[[\d:]{4,12}\][ \u3000]*)?[^\s，。；！？：:“”「」]{1,12}[：:]")
#: "新闻发言人郑某介绍…", "发言人郑某表示": the spokesperson named once.
_SPOKES = re.compile(r"(?:新闻)?发言人[ \u3000、]?([\u4e00-\u9fff]{2,3}?)(?=[，。、（(]|介绍|表示|回答|主持|通报|说|指出|就)")
_NAMED_SPOKES = re.compile(r"发言人[ \u3000、]?([\u4e00-\u9fff]{2})")
#: A header field naming the host: "主播：某某（视频号：…）", "主持人：某某" alone on its line.
_HOST_FIELD = re.compile(r"(?:^|(?<=[\s\u3000]))(主播|主持人)[ \u3000]*[：:][ \u3000]*([^\s，。！？、：:（()）“”]{2,12})(?=[（(]|[\s\u3000]*$)")
#: An official Q&A's lead: "市水务局有关负责人就…回答了记者提问", "某部就…答记者问".
_ANSWERER = re.compile(r"(?:^|(?<=[，。；\s]))(?:[^，。；：“”\s]{0,6}日，)?([^，。；：“”「」《》\s]{2,20}?)(?:有关|相关|主要)?(?:负责人|负责同志)?"
                       r"就[^。？！]{0,80}?(?:答记者问|回答(?:了)?(?:记者|媒体)(?:的)?提问|答问|接受(?:了)?[^。]{0,12}采访)")
_ORGISH = re.compile(r"(?:局|部|委|厅|办|院|会|署|中心|政府|公司|集团|银行|法院|处|所)$")


def _holders(title: str, texts: list[str], author: str) -> dict[str, tuple[str, str, str]]:
    """Role label → (name, role, kind) the document names once for it."""
    out: dict[str, tuple[str, str, str]] = {}
    head = [title] + texts[:4]
    spokes = {m.group(1) for t in [title] + texts for m in _SPOKES.finditer(t)}
    # (every spokesperson the document names, whatever follows the name: two named, nobody is "发言人")
    named = {m.group(1)[:2] for t in [title] + texts for m in _NAMED_SPOKES.finditer(t)}
    if len(spokes) == 1 and len(named) == 1:
        out["发言人"] = out["新闻发言人"] = (spokes.pop(), "新闻发言人", "person")
    for label in ("主播", "主持人"):
        hosts = {m.group(2) for t in head for m in _HOST_FIELD.finditer(t) if m.group(1) == label}
        if len(hosts) == 1:
            out[label] = (hosts.pop(), label, "person")
    answerers = {m.group(1) for t in head for m in _ANSWERER.finditer(t)}
    if len(answerers) == 1:
        who = answerers.pop()
        if _ORGISH.search(who):
            out["答"] = (who, "", "org")
    return out


def label_speakers(slug: str, title: str, author: str, paras: list[tuple[str, list]], current: dict, orig, voice) -> dict:
    """``{(article, index): (Speaker,)}`` for the sentences of role-labelled turns no frame attributes."""
    from .model import Speaker

    texts = [ps[0].paragraph_simple for _, ps in paras]
    if not any(_ROLE_LABEL.match(t) or _QA_ANSWER.match(t) for t in texts):
        return {}
    holders = _holders(title, texts, author)
    out: dict = {}
    turn = None
    for pid, psents in paras:
        psimple, porig = psents[0].paragraph_simple, psents[0].paragraph_original
        m = _ROLE_LABEL.match(psimple)
        answer = _QA_ANSWER.match(psimple)
        if answer:
            turn = (answer.group("n"), "", "org")  # "公司回答某某科技：…": the body answering holds the turn
        elif m:
            turn = holders.get(m.group(1))
        elif _ANY_LABEL.match(psimple) or len(psimple) < 20 or psimple.rstrip()[-1:] not in "。！？…”」":
            turn = None  # another's label, or a short line ("某某 来了", a system line): the turn has ended
        if turn is None:
            continue
        name, role, kind = turn
        g = voice(name, role)
        sp = Speaker(name=orig(porig, psimple, name), role=orig(porig, psimple, role) if role else "",
                     article=slug, paragraph=pid, kind=kind, group=g[0], group_label=g[1])
        for s in psents:
            if not current.get((s.article, s.index)):
                out[(s.article, s.index)] = (sp,)
    return out
