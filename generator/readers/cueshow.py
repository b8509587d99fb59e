"""A broadcast's own chrome in its subtitle cues (a talk show, a podcast, a video channel), read
before the cues are joined: no content, each cue recorded as it leaves.

The phenomenon: a programme wraps its talk in chrome that the subtitles carry like speech: the
host's greeting (``各位觀眾朋友大家好``) and sign-off (``今天的節目就到這裡``, ``我們下週見``, ``謝謝三位來賓``),
the ad break (``我們先進一段廣告，馬上回來`` … ``歡迎回來，我們繼續聊X``) with what plays inside it, a
sponsor's credit (``本節目由X贊助播出``) and the sponsor's read next to it, subscribe plugs (``記得訂閱
開啟小鈴鐺``, ``按讚分享``), the schedule (``每週六晚間九點準時更新``); the subtitles' own credit (``字幕製作：X字幕組``) is no
speaker's turn (the cleaner reads it as the credits).

- A cue leaves only when **every clause** of it is chrome (a greeting, a sign-off, a break or a
  welcome back, a plug, the schedule, a sponsor's credit; a filler like 好 or 那 allowed): a
  speaker's words that mention an ad or a greeting ("我覺得這個廣告…") are content and stay.
- **An ad break**: the cues between an announced break and the welcome back (twelve at most) are
  the break's (ads, jingles, the sponsor's read) and leave with them.
- **A plug's lead-in** (``如果觉得视频还不错``) on a cue of its own leaves only before a plug.
- **A sponsor's read**: a cue next to the sponsor's credit that names the sponsor (the first two
  characters of its name), no speaker's.
- **The host named in the greeting**: a cue of a role's label (主持人, 主播, 記者) that says
  ``我是(主持人)X`` makes X that label's speaker (the first label ``主持人X``): the greeting leaves but
  the name stays for attribution.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc

__all__ = ["show_chrome"]

_CLAUSE = re.compile(r"[^，。；！？,;!?、]+")
#: A space between two Han characters (or a Han one and a Latin one) sets clauses apart in a cue.
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z])|(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])")
_FILLER = re.compile(r"^(?:好|好的|好啦|好了|那|那麼|那么|OK|Okay|嗯|來|来|所以|接下來|接下来|我們|我们|Hello|Hi|哈囉|哈喽|嗨)$", re.I)
_GREETING = re.compile(r"^(?:(?:各位|親愛的|亲爱的)?(?:觀眾|观众|聽眾|听众|網友|网友|朋友|同學|同学|觀眾朋友|观众朋友|聽眾朋友|听众朋友|"
                       r"電視機前的觀眾|电视机前的观众)?(?:們|们)?|哈囉|哈喽|嗨|Hello|Hi)\s*(?:大家好|你們好|你们好|晚上好|早上好|下午好|"
                       r"晚安|午安|早安)(?:啊|呀|喔|哦)?$", re.I)
_WELCOME_BACK = re.compile(r"^(?:歡迎|欢迎)(?:大家|各位)?(?:回來|回来|回到(?:節目|节目|直播間|直播间|現場|现场))$")
_GO_ON = re.compile(r"^(?:我們|我们|咱們|咱们)?(?:繼續|继续)(?:聊|談|谈|討論|讨论|看|來聊|来聊)[^，。]{0,20}$")
_BREAK = re.compile(r"^(?:我們|我们|咱們|咱们)?(?:先)?(?:進|进)(?:一段|一個|一个|個|个)?(?:廣告|广告)$|^(?:廣告|广告)(?:之後|之后|回來|回来)"
                    r"(?:再|見|见|繼續|继续)?.{0,6}$|^(?:我們|我们)?(?:先)?休息一下$|^(?:馬上|马上|稍後|稍后|待會|待会)(?:回來|回来|見|见)$|"
                    r"^(?:不要|別|别)(?:走開|走开|轉台|转台)$")
_SIGNOFF = re.compile(r"^(?:今天|今日|本期|這期|这期|本集|這集|这集)(?:的)?(?:節目|节目|直播|內容|内容)?(?:就)?(?:先)?(?:到這裡|到这里|到這裏|到此)"
                      r"(?:為止|为止|結束|结束)?$|^(?:我們|我们|咱們|咱们)?下(?:週|周|禮拜|礼拜|星期|期|次|集)(?:同一時間|同一时间)?(?:再)?(?:見|见)$|"
                      r"^(?:謝謝|谢谢|感謝|感谢)(?:大家|各位)?(?:的)?(?:收看|收聽|收听|觀看|观看|聆聽|聆听)$|"
                      r"^(?:謝謝|谢谢|感謝|感谢)(?:[一二三四五六七八九十兩两\d]位|各位)?(?:來賓|来宾|嘉賓|嘉宾)$|^(?:掰掰|拜拜|再見|再见)$")
_PLUG = re.compile(r"^(?:記得|记得|歡迎|欢迎|請|请|別忘了|别忘了|順手|顺手)?(?:幫我們|帮我们)?(?:訂閱|订阅|關注|关注|按讚|按赞|點讚|点赞|"
                   r"分享|轉發|转发|開啟|开启|打開|打开|一鍵三連|一键三连)(?:[^，。]{0,16})$|"
                   r"^(?:喜歡|喜欢|覺得|觉得)[^，。]{0,12}(?:的話|的话)$|"
                   r"^每(?:週|周|天|日|晚|個月|个月)[^，。]{0,12}(?:更新|播出|首播|見|见)$")
#: The subtitles' own credit ("字幕製作：X字幕組", "翻译：X", "时间轴：X").
_CREDIT = re.compile(r"^(?:字幕|字幕製作|字幕制作|字幕組|字幕组|翻譯|翻译|校對|校对|時間軸|时间轴|壓制|压制|後期|后期)\s*[:：]\s*\S{1,20}$")
#: A plug's lead-in on a cue of its own ("如果觉得视频还不错", "喜歡的話"): chrome only before a plug.
_LEAD = re.compile(r"^(?:如果|要是)?(?:你|妳|您|大家)?(?:喜歡|喜欢|覺得|觉得)[^，。]{0,12}(?:的話|的话)?$")
_PLUG_WORD = re.compile(r"訂閱|订阅|小鈴鐺|小铃铛|按讚|按赞|點讚|点赞|一鍵三連|一键三连")
_SPONSOR = re.compile(r"^本(?:節目|节目|集|期|影片|視頻|视频)由\s*(?P<name>\S[^，。]{0,20}?)\s*(?:贊助|赞助|冠名|特約|特约|獨家|独家|提供)(?:播出|播映|提供)?$")
_ROLE = re.compile(r"^(?:主持人|主持|主播|記者|记者|旁白)$")
_I_AM = re.compile(r"我是(?P<role>主持人|主播|記者|记者)?(?P<name>[\u4e00-\u9fff]{2,3})(?=$|[，。！,!])")
_BREAK_SPAN = 12


def _text(lines: list[Chunk]) -> str:
    return "".join(b.text for b in lines).strip()


def _kind(text: str) -> str:
    """The kind of chrome every clause of a cue is ('' when some clause is not)."""
    if _SPONSOR.match(re.sub(r"\s+", "", text)):
        return "sponsor"
    clauses = [c.strip() for c in _CLAUSE.findall(_SPACE.sub("，", text)) if c.strip()]
    kinds = []
    for c in clauses:
        if _FILLER.match(c):
            continue
        for name, pattern in (("greeting", _GREETING), ("back", _WELCOME_BACK), ("on", _GO_ON), ("break", _BREAK),
                              ("signoff", _SIGNOFF), ("plug", _PLUG), ("credit", _CREDIT)):
            if pattern.match(c):
                kinds.append(name)
                break
        else:
            return ""
    if not kinds or kinds == ["on"] or "plug" in kinds and not _PLUG_WORD.search(text) and set(kinds) <= {"plug"}:
        return ""  # ("我們繼續聊X" alone is the talk's own turn; a plug names subscribing or liking)
    order = ("break", "back", "greeting", "signoff", "plug", "credit", "on")
    return next(k for k in order if k in kinds)


_NOTES = {"greeting": "the host's greeting", "signoff": "the programme's sign-off", "break": "an ad break's announcement",
          "back": "the welcome back after an ad break", "plug": "a subscribe plug or the programme's schedule",
          "sponsor": "a sponsor's credit"}


def _host(cues) -> dict[str, str]:
    """A role's label → the name its cue gives in the programme's first cues (``我是主持人X``)."""
    named = {}
    for _, _, lines, who in cues[:12]:
        if who and _ROLE.match(who) and who not in named and (m := _I_AM.search(_text(lines))):
            named[who] = m.group("name")
    # (a label's cues after it, without a label of their own, carry it already)
    return named


def show_chrome(doc: Doc, cues: list[tuple[float, float, list[Chunk], str]]):
    """The cues without the programme's chrome (see the module), and the labels' first forms
    (``firsts`` for ``rejoin_turns``: name → ``主持人X``) when the greeting names the host."""
    kinds = [_kind(_text(lines)) for _, _, lines, _ in cues]
    gone: dict[int, str] = {k: _NOTES[kind] for k, kind in enumerate(kinds) if kind and kind not in ("on", "credit")}
    for k, kind in enumerate(kinds):
        if kind == "break":
            end = next((j for j in range(k + 1, min(len(cues), k + 1 + _BREAK_SPAN)) if kinds[j] == "back"), None)
            for j in range(k + 1, end or k + 1):
                gone.setdefault(j, "inside an ad break (an ad, a jingle, a sponsor's read)")
        if kind == "sponsor":
            name = _SPONSOR.match(re.sub(r"\s+", "", _text(cues[k][2])))
            stem = name.group("name")[:2] if name else ""
            for j in (k - 1, k + 1):
                if stem and 0 <= j < len(cues) and j not in gone and not cues[j][3] and stem in _text(cues[j][2]):
                    gone[j] = "the sponsor's read next to its credit"
    for k in range(len(cues) - 1):
        clauses = [c for c in _CLAUSE.findall(_text(cues[k][2])) if c.strip()]
        if k not in gone and kinds[k + 1] == "plug" and clauses and all(_LEAD.match(c.strip()) for c in clauses):
            gone[k] = "a subscribe plug's lead-in"
    named = _host(cues)
    out = []
    for k, (start, end, lines, who) in enumerate(cues):
        if k in gone:
            for b in lines:
                doc.record(b.line, b.text, "", "removed", f"a broadcast's chrome in its subtitles: {gone[k]}")
            continue
        # (the subtitles' credit is nobody's turn: its own paragraph, which the cleaner reads as the credits)
        out.append((start, end, lines, "" if kinds[k] == "credit" else named.get(who, who)))
    firsts = {name: role + name for role, name in named.items()}
    for role, name in named.items():
        doc.record(cues[0][2][0].line if cues and cues[0][2] else 1, role, role + name, "changed",
                   "the host's label: the name the greeting gives (the speaker of its turns)")
    return out, firsts
