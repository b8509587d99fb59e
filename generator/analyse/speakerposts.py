"""Who writes the posts of a social-media export or a page of posts (issue 13, property 1): each post
set under its account's name as a heading ("## 财经观察员老郑 V", "## 瑞幸咖啡 V"), the paragraphs
under it up to the next heading are that account's. Only in a document of posts: two headings or
more that are accounts (a verification badge, or the same account heading two posts), so that an
article's section headings ("## 市场反应", "## 一、专家观点") name nobody. A comment line ("回复
@X：…") is no post of the account: whose it is, the export does not say surely, so nobody's."""

from __future__ import annotations

import re

from ..model import POST_HEADING

__all__ = ["posts_by_heading", "post_roles", "COMMENT", "QUOTING", "signed_after"]

#: An account heading: one name (no pause, no list mark, no sentence), then perhaps a badge.
#: (a channel's name may go on in Latin letters after a space: "港股財經速遞 HK FinFlash", "财经观察 Finance Daily";
#: a badge is no part of it)
_ACCOUNT = re.compile(r"([^\s，。；：:！？、“”「」《》#（）()\[\]【】]{2,16}"
                      r"(?:[ \u3000]+(?!(?:V|v|VIP|vip)(?:$|[ \u3000]))[A-Za-z][A-Za-z0-9.&'’\-]{0,15}"
                      r"(?: (?!(?:V|v|VIP|vip)$)[A-Za-z][A-Za-z0-9.&'’\-]{0,15}){0,3})?)"
                      r"(?:[ \u3000]+(V|v|✓|☑|VIP|vip|黄V|蓝V|大V))?")
#: A post opening on another's post it quotes ("引用3楼X的发言：>…", "引用 X：…", "> …"): the quoted words are
#: the other poster's, not this one's.
QUOTING = re.compile(r"^\s*(?:(?:引用|轉引|转引)[^：:。！？\n]{1,30}[：:]\s*[>＞]?|[>＞])")
#: A comment or a reply inside a post's paragraph ("回复 @X：", "@X：").
COMMENT = re.compile(r"(?:^|[。！？～~\s])(?:回复|回覆)[ \u3000]*[@＠]|^[@＠]")


def _name(m: re.Match) -> str:
    """An account's name as written, its Latin part after one plain space ("港股財經速遞 HK FinFlash")."""
    return re.sub(r"[ \u3000]+", " ", m.group(1))


def _heading(text: str) -> str:
    """The poster of a post's heading as the cleaner writes it (``model.POST_HEADING``), else the heading."""
    m = POST_HEADING.match(text)
    return m.group("name").strip() if m else text


def _stamped(text: str, after: str = "") -> bool:
    """Whether a heading is a post's as the cleaner writes it: number, poster and a day
    ("2楼　陈某　2024-01-05 21:37"), which no section of an article is headed with; or floor and poster
    with the post's stamp on the line right under it ("6楼　网友老宋说水利" then "8月2日08:47"): a block
    with its own author and stamp (a building's "3楼　熟食区" over a paragraph is a section)."""
    m = POST_HEADING.match(text)
    return bool(m and (m.group("date") or (m.group("name").strip() and _STAMP_LINE.fullmatch(after.strip()))))


#: A line that is only a post's stamp ("8月2日08:47", "2023-08-02 08:47", "昨天 21:05", "07-12 13:40").
_STAMP_LINE = re.compile(r"(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|昨天|今天|前天)?[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:[ \u3000]*(?:来自|來自)[^\n]{1,20})?")


#: A platform's note that an account is a body's own ("涿州市委宣传部官方微博", "某报法人微博", "政务号").
_OFFICIAL = re.compile(r"(?:官方|法人|政务|机构|官方认证)(?:微博|账号|帐号|微信|号)$|官微$|政务号$")


def post_roles(article, simple_of) -> dict[str, tuple[str, str]]:
    """Account name (as written) → (role, kind) from the note its post heading carries in brackets
    ("5楼　某市发布　V（某市委宣传部官方微博）" → ("某市委宣传部", "org"); "（财经博主）" → ("财经博主",
    "person")). An account the platform marks as a body's own is that body's voice (an organisation),
    under the account's own name; with no note, nothing is said here."""
    out: dict[str, tuple[str, str]] = {}
    for b in article.blocks:
        if not b.kind.startswith("h"):
            continue
        m = POST_HEADING.match((b.text or "").strip())
        acc = _ACCOUNT.fullmatch(m.group("name").strip()) if m else None
        if not acc or not m.group("role"):
            continue
        name, role = _name(acc), m.group("role")
        official = _OFFICIAL.search(simple_of(role))
        if official:
            body = role[:official.start()]
            out.setdefault(name, ("" if not body or body == name else body, "org"))
        else:
            out.setdefault(name, (role, "person"))
    return out


def posts_by_heading(article, simple_of) -> dict[str, str]:
    """Paragraph id → the account whose post it is (its name as written), for a document of posts;
    {} for any other document. A heading the cleaner wrote for a post (number, poster, day) is a
    post's however many there are: a page of answers, a thread, one answer."""
    from .speakerholder import _common_words

    blocks = list(article.blocks)
    after = {id(b): (blocks[i + 1].text or "") if i + 1 < len(blocks) and blocks[i + 1].kind == "p" else ""
             for i, b in enumerate(blocks)}

    def poster(b):
        text = (b.text or "").strip()
        m = _ACCOUNT.fullmatch(_heading(text))
        if m and _stamped(text, after[id(b)]):
            return m, True
        return m, False

    heads = []
    for b in blocks:
        if b.kind.startswith("h"):
            m, stamped = poster(b)
            heads.append((b, m, stamped))
    # (a heading of ordinary words, "市场反应", is a section's, however often it recurs)
    named = [(b, m) for b, m, st in heads if m and (st or m.group(2) or not _common_words(simple_of(m.group(1))))]
    badged = sum(bool(m.group(2)) for _, m in named)
    stamped = sum(st and m is not None for _, m, st in heads)
    names = [m.group(1) for _, m in named]
    repeated = len(names) - len(set(names))
    if not stamped and (len(named) < 2 or (badged < 2 and not repeated) or len(named) * 2 < len(heads)):
        return {}
    out, who = {}, ""
    for b in article.blocks:
        if b.kind.startswith("h"):
            m, st = poster(b)
            if stamped:  # (a page of stamped posts: only a stamped heading opens a post)
                who = _name(m) if m and st else ""
            else:
                who = _name(m) if m and (m.group(2) or not _common_words(simple_of(m.group(1)))) else ""
        elif b.kind == "p" and who:
            out[b.id] = who
    return out


#: An embedded post's signature on the line after its text ("—李某 (@limou) March 16, 2023",
#: "— Jane Doe (@jdoe) 2023年3月16日"): the display name, then the handle in brackets.
_SIGNATURE = re.compile(r"^\s*[—–\-－]{1,2}\s*([^\s（()@＠—]{2,20}(?: [A-Za-z][^\s（()@＠]{0,20})?)\s*[（(][@＠][A-Za-z0-9_]{1,30}[)）]")


def signed_after(texts) -> dict[int, str]:
    """Paragraph index → the author whose signature line follows it (an embedded post: the text,
    then "—Name (@handle) date"); the signature line itself is no one's claim."""
    out = {}
    for i, t in enumerate(texts):
        m = _SIGNATURE.match(t)
        if m and i > 0 and not _SIGNATURE.match(texts[i - 1]):
            out[i - 1] = m.group(1)
    return out
