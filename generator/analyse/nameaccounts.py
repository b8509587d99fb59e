"""Forum and social-media accounts a page's structure names, outside its prose: a post's header
("3楼　城墙根下的猫　发表于…", "#3 的士佬阿强 2024-07-12 13:20"), a reply's target ("回复 蓝天下的737 ："),
a badged account ("财经观察员老郑　V"), a repost chain ("//@红利搬砖工："), the posters of a thread whose
turns open on their names, a reader's comment, and a body's own account the platform verifies
("微博认证：中国气象局官方微博"). A split of ``namecredits``, which reads a page's credits and calls these;
the patterns both read are in ``namecreditmarks``."""

from __future__ import annotations

import re

from ..model import COMMENT_WRITER, POST_HEADING
from .namecreditmarks import CREDIT_LABELS, _ORG_END
from .namewords import is_generic, word_tag

__all__ = ["MENTION_ALL", "article_accounts", "line_handles", "official_accounts", "thread_posters", "unbadged"]


#: A forum post's header: its floor (or 楼主, 沙发…), the poster's handle, then the poster's level,
#: "发表于" or the post's date ("3楼　城墙根下的猫　发表于 2024-6-20", "1楼云端老机务Lv.12民航元老").
_POST_HEADER = re.compile(r"^\s*(?:#+\s*)?(?:\d{1,4}\s*楼|楼主|沙发|板凳|地板)\s*[：:]?\s*"
                          r"(?P<h>[^\s：:，。！？、|｜]{2,20}?)\s*(?:Lv\.?\s*\d|发表于|發表於|回复于|(?:19|20)\d{2}-\d)")
#: A reply's target: "回复 蓝天下的737 ：", "回复@咖啡续命的小林：", "回复阿宽：".
_REPLY_TO = re.compile(r"(?<![的到了个条些])回[复覆]\s*@?\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[）)]?\s*[：:]")
#: A social-media post's header: the account, then its verified badge ("财经观察员老郑　V").
_BADGED = re.compile(r"^\s*(?:#+\s*)?(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20})[\s　]+V\s*$")
#: A thread's post numbered with "#": "#3 的士佬阿强 2024-07-12 13:20" (number, handle, stamp).
_HASH_HEADER = re.compile(r"^\s*#\s*\d{1,4}\s+(?P<h>[^\s：:，。！？、|｜]{2,20}?)\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_STAMP = (r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
          r"(?:[上下]午|凌晨|早上|晚上|中午)?\s*\d{1,2}:\d{2}(?::\d{2})?")
#: A line that is an account and its post's stamp only, the post's header on a comment page or a
#: group thread ("暮色里的猫2024-09-13 18:40:11浙江", "阿潘说时事2024年9月14日上午10:31·🌏"): the
#: place an IP is shown from, or a share button's mark, may follow.
_STAMPED = re.compile(r"(?:[-*•·]\s+)?(?P<h>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-·]{1,19}?)\s*" + _STAMP +
                      r"\s*(?:IP属地\s*[：:]?\s*)?(?:[\u4e00-\u9fff]{2,3})?\s*(?:[·・|｜]\s*[^\s\w]{0,3})?\s*")
#: A post's opening with its author and day in brackets: "武汉的小鹿（2024-07-26）：…".
_DATED_LEAD = re.compile(r"^\s*(?P<h>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-·]{1,19}?)\s*[（(]\s*(?:19|20)\d{2}"
                         r"\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2})?\s*[）)]\s*[：:]")
#: A reply's target as a group thread prints it ("回应有点理性的冬瓜的回复：") and a repost chain's
#: earlier posters ("//@红利搬砖工：…").
_REPLY_QUOTED = re.compile(r"回应\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*的回[复覆]\s*[：:]")
_CHAIN = re.compile(r"//\s*@(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[：:]")
#: A person's name before a forum's or a group's role ("陈永福版主", "刘哥群主").
_FORUM_ROLE = re.compile(r"(?:^|(?<=[\s，。！？：:、；;“「（(]))(?P<n>[\u4e00-\u9fff]{2,3}?)(?:版主|楼主|群主|博主|站长|UP主|up主)")
#: Words of a page's label, never an account ("发布时间2024-…", "更新于…").
_LABEL_WORDS = re.compile(r"时间|日期|发布|发表|更新|修改|编辑|来源|截至|截止|于$|^第|^共|^本|^原创|^转载|^置顶|^精华|^作者|^来自")


#: What a platform prints for a poster it does not name: a role, no account ("1楼　投资者　2024-…").
_ROLE_LABELS = frozenset(("楼主", "作者", "网友", "匿名用户", "游客", "管理员", "投资者", "提问者", "股民", "散户",
                          "读者", "用户", "访客", "观众", "听众", "匿名", "匿名网友", "匿名投资者"))


def _handle(h: str) -> bool:
    """An account's name as a page prints it: not a number, not a floor, not a word of the page."""
    return not re.fullmatch(r"[\d\s._-]+", h) and not re.search(r"楼主|^\d+楼", h) \
        and h not in _ROLE_LABELS and not is_generic(h)

def _in_prose_reply(text: str, m) -> bool:
    """"陈慧琳回覆读者提问：": a sentence's verb before words of the dictionary, no account replied to
    (an account is written with its "@", or opens the line)."""
    from .namewords import _cut

    if "@" in m.group(0) or not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1:m.start()] or " "):
        return False
    toks = _cut(m["h"])
    return len(toks) >= 2 and all(len(t) >= 2 and word_tag(t) and not word_tag(t).startswith("nr") for t in toks)


def line_handles(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, "handle") of the accounts one line's shape names: a post's header, a badged
    account, a reply's target, a numbered or stamped post's header, a repost chain."""
    out: list[tuple[str, str, str]] = []
    for m in (_POST_HEADER.match(text), _BADGED.match(text), *_REPLY_TO.finditer(text)):
        if m and _handle(m["h"]) and not (m.re is _REPLY_TO and (word_tag(m["h"]) and not word_tag(m["h"]).startswith("nr")
                                                                or _in_prose_reply(text, m))):
            out.append((m["h"], "person", "handle"))  # a poster's account
    for m in (_HASH_HEADER.match(text), _STAMPED.fullmatch(text.strip()), _DATED_LEAD.match(text),
              *_REPLY_QUOTED.finditer(text), *_CHAIN.finditer(text)):
        if m and _handle(m["h"]) and not _LABEL_WORDS.search(m["h"]):
            out.append((m["h"], "org" if _ORG_END.search(m["h"]) else "person", "handle"))
    return out


def article_accounts(a, to_simple) -> list[tuple[str, str, str, str]]:
    """(article, name, kind, "handle") of the accounts of one article's posts and comments: its post
    headings, the posters of its turns, its readers' comments and the targets of their replies
    (``to_simple``: the article's converter to simplified script)."""
    out: list[tuple[str, str, str, str]] = []
    received = {e.after.strip(): e.before for e in a.audit if e.after and e.before}  # a line before the cleaner cut its stamp
    as_received = {p.id: to_simple(received.get(p.text.strip(), p.text)) for p in a.paragraphs}
    # a turn whose account's line stood alone ("保险民工小吴："), its words below: the cleaner joined them
    alone = {m["h"] for e in a.audit for t in (e.before, e.after) if (m := _ALONE.fullmatch(to_simple(t.strip())))}
    # a post's heading the cleaner made (model.POST_HEADING: "3楼　码头镇小周", its account line read as the
    # post's poster, badge or none): the poster's account, whatever its shape
    out += [(a.slug, m["name"].strip(), "person", "handle") for b in a.blocks if b.kind.startswith("h")
            and (m := POST_HEADING.match(to_simple((b.text or "").strip()))) and _handle(unbadged(m["name"].strip()))]
    posters = thread_posters([to_simple(p.text) for p in a.paragraphs], [as_received[p.id] for p in a.paragraphs], alone)
    out += [(a.slug, name, kind, "handle") for name, kind in posters]
    comments = a.comment_ids
    writers = [(m["h"], m["h"] in alone or _shaped(as_received[p.id], to_simple(p.text), m.end()))
               for p in a.paragraphs if p.id in comments and (m := COMMENT_WRITER.match(to_simple(p.text))) and _handle(m["h"])]
    named = {r["h"] for p in a.paragraphs for t in {to_simple(p.text), as_received[p.id]}
             for r in (*_REPLY_TO.finditer(t), *_CHAIN.finditer(t), *_AT.finditer(t))}
    stamped = sum(1 for _, shaped in writers if shaped) >= 2
    for h, shaped in writers:
        if not stamped or shaped or h in named:  # the comments carry stamps and this line none: a sidebar's label
            out.append((a.slug, h, "person", "handle"))  # a reader's comment, kept under 读者评论
    for p in a.paragraphs:
        if p.id in comments:
            for m in _REPLY_TO.finditer(to_simple(p.text)):
                if _handle(m["h"]) and not (word_tag(m["h"]) and not word_tag(m["h"]).startswith("nr")):
                    out.append((a.slug, m["h"], "person", "handle"))
    return out


def official_accounts(articles, convert) -> tuple[list[tuple[str, str, str, str]], set[tuple[str, str]]]:
    """(article, name, kind, "handle") of the bodies' own accounts the platform verifies on each page
    and of the page's author answering in its comments, and the (article, account) pairs that are a
    body's own."""
    out: list[tuple[str, str, str, str]] = []
    official = set()  # "微博认证：凤凰网财经官方微博": the platform vouches the account is a body's own
    for a in articles:
        page = convert(a.slug)("\n".join([*(p.text for p in a.paragraphs), *(e.before for e in a.audit)]))
        official |= {(a.slug, m["h"]) for m in _OFFICIAL.finditer(page)}
        accounts = {(a.slug, unbadged(m["acc"])) for m in _OFFICIAL_ACCOUNT.finditer(page)
                    if _handle(unbadged(m["acc"]))}
        out += [(slug, acc, "org", "handle") for slug, acc in sorted(accounts) if (slug, acc) not in official]
        official |= accounts  # "涿州发布 V：微博认证：涿州市委宣传部官方微博": the body's own account
        out += [(a.slug, h, "org", "handle") for slug, h in sorted(official) if slug == a.slug]  # the body itself posts
        for text in (page.split("\n")):  # "涿州小王（作者）：…": the page's author answering in its comments
            for m in _AUTHOR_TAGGED.finditer(text):
                if _handle(m["h"]):
                    out.append((a.slug, m["h"], "person", "handle"))
    return out, official


#: An account's name before the platform's verification of it as a body's own.
_OFFICIAL_ACCOUNT = re.compile(r"(?:^|(?<=[：:\s]))(?P<acc>[\u4e00-\u9fffA-Za-z0-9_]{2,20}?)\s*(?:V\s*[：:]?|[：:]|\n)\s*"
                               r"(?:微博)?认证\s*[：:]\s*[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:官方|法人)(?:微博|账号|帐号|号)", re.M)
#: A turn whose poster the page tags as its author ("涿州小王（作者）：", "阿宁(楼主):").
_AUTHOR_TAGGED = re.compile(r"(?<![\u4e00-\u9fffA-Za-z0-9_\-·])(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[（(](?:作者|楼主|樓主|博主|UP主|up主|题主|原作者)[）)]\s*[：:]")
#: A team's account ("北辰应急救援队", "城东跑团"): a body.
_TEAM = re.compile(r"[\u4e00-\u9fff]{2,}[队團团]")
#: A platform's verification of a body's own account ("微博认证：中国气象局官方微博", "认证：人民网法人微博").
_OFFICIAL = re.compile(r"认证\s*[：:]\s*(?P<h>[\u4e00-\u9fffA-Za-z0-9]{2,20}?)(?:官方|法人)(?:微博|账号|帐号|号)")


#: A platform's mention of everyone in a group ("@所有人"), no account.
MENTION_ALL = re.compile(r"@?(?:所有人|全体成员|全体|everyone|all|here|channel)", re.I)


#: A turn's opening: the poster, a bracketed tag (a group member's district, a role), the colon.
_OPENER = re.compile(r"^\s*(?P<h>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-·]{1,19}?)\s*"
                     r"(?:[（(](?P<tag>[^（()）：:]{1,12})[）)])?\s*[：:]")


def thread_posters(texts: list[str], received: list[str] | None = None, alone=frozenset()) -> list[tuple[str, str]]:
    """(name, kind) of the posters of a thread whose turns open on their names ("保险民工小吴：…"):
    when two or more of the openers are accounts the thread itself names as posters (a reply's
    target "回复@X：", a repost chain's "//@X："), or three or more openers carry a bracketed tag
    (a chat export's "胖哥（汉阳-优享）："), every opener of the thread is a poster, except a
    page's label ("风险提示：", two words of the dictionary) and a credit's label ("主持人：").
    When two or more turns show a turn's own marks (``received``: each text as the page gave it,
    its stamp "(8月1日 15:03) 回复 赞12" still on; ``alone``: the accounts whose line stood alone
    above their words; a verification line; a repost chain), an opener without them is no poster:
    a sidebar's label ("相关推荐："), a search box ("大家还在搜："), a post's lead-in ("说两点看法：")."""
    openers: dict[str, str] = {}
    opened: dict[str, int] = {}
    named: set[str] = set()
    shaped: set[str] = set()  # openers whose turn carries a turn's own marks (a stamp, an account's badge)
    for text, as_received in zip(texts, received or texts):
        m = _OPENER.match(text)
        if m and not re.search(r"\d", m["tag"] or ""):
            openers.setdefault(m["h"], m["tag"] or "")
            opened[m["h"]] = opened.get(m["h"], 0) + 1
            if m["h"] in alone or _shaped(as_received, text, m.end()):
                shaped.add(m["h"])
        for r in (*_REPLY_TO.finditer(text), *_REPLY_QUOTED.finditer(text), *_CHAIN.finditer(text)):
            named.add(r["h"])
    if named & set(openers):
        # a thread that names a reply's target among its openers: an opener of two or more lines
        # is a poster too (a repost chain, once split, leaves each forwarder's line "X：…")
        named |= {h for h, n in opened.items() if n >= 2}
    tagged = {h for h, tag in openers.items() if tag}
    if len(named & set(openers)) < 2 and len(tagged) < 3:
        return []
    from .namebyline import _phrase

    out = []
    for h in openers:
        if h in CREDIT_LABELS or not _handle(h) or _LABEL_WORDS.search(h) or (
                re.fullmatch(r"[\u4e00-\u9fff]+", h) and _phrase(h) and h not in named):
            continue
        if len(named & set(openers)) < 2 and h not in tagged:
            continue  # a chat export: its members are the openers with a tag
        if len(shaped) >= 2 and h not in shaped | named | tagged:
            continue  # the turns carry a stamp and this line none: a sidebar's label, a post's lead-in
        out.append((h, "org" if _ORG_END.search(h) else "person"))
    return out


#: A turn's stamp at its end, as a thread prints each reply: "(8月1日 15:03) 回复 赞12",
#: "09/14 10:32", "2024-09-14 10:32", "3小时前".
_TURN_STAMP = re.compile(r"(?:\d{1,2}月\d{1,2}日|\d{1,2}[/-]\d{1,2}|\d{1,2}[:：]\d{2}|\d+\s*(?:分钟|小时|天)前)"
                         r"[\s)）]*(?:回[复覆]|赞|点赞|举报|\d|[\s)）])*$")
#: The platform's verification line after an account's name ("微博认证：…", "认证：…"): the opener is an account.
_VERIFIED_LINE = re.compile(r"\s*(?:[^\s：:]{0,4}认证|认证信息)\s*[：:]")
#: An account's verification badge printed after its name ("中国气象局 V", "凤凰网财经V"): decoration.
_BADGE = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:V|Ⓥ|✓|☑)$")


#: An account's line alone, its words on the lines below ("保险民工小吴：").
_ALONE = re.compile(r"(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}?)\s*[：:]")
#: An account named in a post's text ("@河北消防 "): the account exists.
_AT = re.compile(r"@(?P<h>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,20})")


def _shaped(received: str, text: str, end: int) -> bool:
    """A turn that carries a turn's own marks: its stamp at its end (as received, before the cleaner
    cut it), the platform's verification line after its account's name, or a repost chain ("//@X:")."""
    return bool(_TURN_STAMP.search(received[-48:]) or _VERIFIED_LINE.match(text, end) or _CHAIN.search(received))


def unbadged(handle: str) -> str:
    """An account's name without the verification badge the platform prints after it."""
    return _BADGE.sub("", handle)
