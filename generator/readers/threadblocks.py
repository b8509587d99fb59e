"""A page whose body is a list of authored blocks (a forum thread's replies, a comment section, a Q&A
page's answers, a review list, a mail archive): each block read as a post, under its author.

The phenomenon: a page that repeats one element shape (same tag and class) several times, each copy
holding a short name element, a time stamp and text of its own, is a list of pieces by different
people. The extractor keeps the pieces' text but drops or glues the name and stamp lines around each,
so every piece would read as the page's opener's (or the site's). So, read from the page's structure,
never from a site's class names:

- a **block** is a copy of a repeated element (two copies or more that qualify, with two names or
  more, the name always in the same place of the copy) holding a name (its first short text that is
  no stamp, counter or badge), a stamp (a date or a time), and at least one line of text; the thread's
  **opener** is an element of the same make (name, stamp, text) printed just before the list;
- each block opens on a post heading (``model.post_heading``: number, poster, day, time), its text
  under it; its name and stamp line, and its row of counters and buttons (``赞(12)　回应``), leave
  (recorded: they are in the heading, or furniture);
- a block that opens on another's words (a ``<blockquote>``, an element whose class says quote, a line
  ``回应 X 的回复：…`` / ``引用 X 的发言：…``) quotes X: when those words are in X's earlier block they
  leave (kept where X wrote them), else they stay as a quote line ``X：…`` (a caption), never the
  replier's own words;
- a block inside another (a reply nested under a reply) is a block of its own.

Every change is recorded with its raw line.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from ..model import post_heading
from .html import norm

__all__ = ["thread_blocks"]

_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2}))?")
#: A stamp with no year: "08-03 21:15", "8月3日 15:03", a time alone, an age ("3小时前", "5天", "昨天 21:05").
_SHORT_STAMP = re.compile(r"(?<!\d)(?:\d{1,2}[-/月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)(?!\d)|"
                          r"\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前?|(?:刚刚|剛剛|昨天|前天|今天)")
#: Words of a counters-and-buttons row (what is left of such a row once they go is at most two characters).
_ACTIONS = re.compile(r"赞同|贊同|点赞|點讚|点讚|赞|讚|贊|回应|回應|回复|回覆|回復|举报|舉報|收藏|转发|轉發|分享|引用|有用|没用|沒用|"
                      r"顶|頂|踩|删除|刪除|编辑|編輯|收起|展开|展開|折叠|摺疊|喜欢|喜歡|评论|評論|条|條|则|則|IP属地|IP屬地|"
                      r"Like|Reply|Share|Report|\d+|[()（）\[\]【】·・|｜:：/\s\u3000.,，、+-]", re.I)
#: A button's word alone (with its count): never a name.
_BUTTONS = re.compile(r"(?:赞同|贊同|点赞|點讚|赞|讚|贊|回应|回應|回复|回覆|回復|举报|舉報|收藏|转发|轉發|分享|引用|有用|没用|沒用|顶|頂|踩|"
                      r"删除|刪除|编辑|編輯|收起|展开|展開|喜欢|喜歡|评论|評論|Like|Reply|Share|Report)+", re.I)
#: A badge or rank next to a name: never the name.
_BADGE = re.compile(r"^(?:楼主|樓主|作者|版主|管理员|管理員|题主|題主|层主|層主|置顶|置頂|精华|精華|[Ll][Vv]\.?\s*\d{1,3}|"
                    r"\d{1,4}\s*[楼樓F#]|[#＃]\s*\d{1,4}|关注|關注|\+\s*关注|已关注)$")
_NAME = re.compile(r"^[^\s，。！？：:；;,.!?、（）()“”「」《》]{2,16}$|^[A-Za-z][A-Za-z0-9_.\- ]{1,20}$")
#: A line quoting another's post at a block's start ("回应 X 的回复：…", "引用 X 的发言：…", "回复 @X：…").
_QUOTE_LEAD = re.compile(r"^\s*(?:回应|回應|回复|回覆|引用|引述)\s*[@＠]?\s*(?P<who>[^\s：:，。@＠]{1,16}?)\s*"
                         r"(?:的(?:回复|回覆|回应|回應|发言|發言|帖子|评论|評論|留言))?\s*[：:]\s*(?P<words>\S.*)$")
_QUOTE_CLASS = re.compile(r"quote|cite|blockquote|引用", re.I)
_SENTENCE = re.compile(r"[。！？!?…」”』）)]\s*$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LOOK = 40  # text nodes of a block read for its head (bounds the work on a large page)


def _reply_verb(text: str) -> str:
    """The reply verb a quote line opens on ("回应", "回覆"…), or 回复 for a quoting verb ("引用")."""
    verb = text.strip()[:2]
    return verb if verb in ("回应", "回應", "回复", "回覆", "回復") else "回复"


def _sig(el) -> tuple[str, str]:
    return (el.tag.lower() if isinstance(el.tag, str) else "", " ".join(sorted((el.get("class") or "").split())))


def _texts(el):
    """(text, holder element) of every text node inside ``el`` in page order (scripts and styles left out)."""
    skip = {"script", "style", "noscript", "template"}

    def walk(e):
        if not isinstance(e.tag, str) or e.tag.lower() in skip:
            return
        if e.text and e.text.strip():
            yield norm(e.text), e
        for c in e:
            yield from walk(c)
            if c.tail and c.tail.strip():
                yield norm(c.tail), e
    yield from walk(el)


def _furniture(text: str) -> bool:
    """A row of counters and buttons, or a stamp and place alone."""
    rest = _ACTIONS.sub("", _DATE.sub("", _SHORT_STAMP.sub("", text)))
    return len(rest) <= 2


def _path(member, el) -> tuple:
    out = []
    while el is not None and el is not member:
        out.append(_sig(el))
        el = el.getparent()
    return tuple(reversed(out))


def _in_heading(el, member) -> bool:
    """A text in a heading (a headline, a list's item title): never a name."""
    while el is not None:
        if isinstance(el.tag, str) and el.tag.lower() in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return True
        if el is member:
            return False
        el = el.getparent()
    return False


def _stamp(text: str) -> tuple[bool, str, str]:
    """(a stamp, its day, its time) of a short text: a date or a time, with nothing but counters,
    buttons and a place beside it."""
    m = _DATE.search(text)
    if m:
        day = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        return True, day, f"{int(m.group(4)):02d}:{m.group(5)}" if m.group(4) else ""
    if (s := _SHORT_STAMP.search(text)) and len(text) <= 40:
        t = re.search(r"(\d{1,2}):(\d{2})", s.group(0))
        return True, "", f"{int(t.group(1)):02d}:{t.group(2)}" if t else ""
    return False, "", ""


def _head(member) -> tuple[str, tuple, str, str] | None:
    """(name, the name's place in the block, day, time) of a block's head: its first short text that
    is no stamp, counter or badge, before its first sentence, and a stamp of its own (before the text,
    or in the row under it)."""
    name = place = None
    day = time = ""
    stamped = False
    body = False
    for seen, (text, holder) in enumerate(_texts(member)):
        if seen >= _LOOK:
            break
        if len(text) > 60 or (_HAN.search(text) and _SENTENCE.search(text) and len(text) > 12):
            body = True  # the block's text begins: only a stamp row may follow
            continue
        if body and not _furniture(text):
            continue
        pieces = [p for p in re.split(r"[\s\u3000]+", text) if p]
        for k, piece in enumerate(pieces):
            st, d, t = _stamp(" ".join(pieces[k:k + 2]) if len(text) > 30 else text)
            if st or _SHORT_STAMP.fullmatch(piece):
                stamped = True
                day, time = day or d, time or t
                if len(text) <= 30:
                    break
                continue
            if name is None and not body and not _in_heading(holder, member) and not _BADGE.match(piece) and _NAME.match(piece) \
                    and not _BUTTONS.fullmatch(re.sub(r"[\d()（）\[\]【】]", "", piece) or "赞"):
                name, place = piece, _path(member, holder)
            break  # only a text's first word can be a name
        if name is not None and stamped and (day or body):
            break
    return (name, place, day, time) if name is not None and stamped else None


def _groups(root):
    """Lists of blocks: for each element, its children of one shape (tag, class), at least two of them
    with a head, the name in the same place in each, two names or more."""
    found = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or parent.tag.lower() in ("head", "html", "table", "tr", "select"):
            continue
        kids = [c for c in parent if isinstance(c.tag, str)]
        if len(kids) < 2:
            continue
        by_sig: dict = {}
        for c in kids:
            by_sig.setdefault(_sig(c), []).append(c)
        for sig, members in by_sig.items():
            if len(members) < 2 or sig[0] in ("script", "style", "br", "img", "a", "span", "option"):
                continue
            heads = [(m, h) for m in members if (h := _head(m))]
            if len(heads) < 2 or len(heads) * 3 < len(members) * 2:
                continue
            places = {h[1] for _, h in heads}
            if len(places) != 1 or len({h[0] for _, h in heads}) < 2:
                continue
            found.append((parent, heads))
    return found


def _opener(parent, shape):
    """The thread's opening post printed before the list: the nearest earlier element with text, among
    the list's earlier siblings and its ancestors' earlier siblings, when it has a head of its own."""
    el = parent
    for _ in range(4):
        prev = el.getprevious()
        while prev is not None:
            if isinstance(prev.tag, str) and any(_HAN.search(t) and _SENTENCE.search(t) and len(t) > 12
                                                 for t, _ in _texts(prev)):
                h = _head(prev)
                return (prev, h) if h else None
            prev = prev.getprevious()
        el = el.getparent()
        if el is None or el.tag.lower() in ("body", "html"):
            return None
    return None


def _merge(out: list[Chunk], posts: list[list[Chunk]]) -> list[Chunk]:
    """The posts among the page's other kept blocks, each where its first line is printed (the other
    blocks keep their order)."""
    merged: list[Chunk] = []
    k = 0
    for post in posts:
        while k < len(out) and out[k].line < post[0].line:
            merged.append(out[k])
            k += 1
        merged.extend(post)
    return merged + out[k:]


def thread_blocks(blocks: list[Chunk], inventory: list[Chunk], owners: list, used: set[int], root,
                  doc: Doc) -> list[Chunk]:
    """The page's authored blocks under post headings (see the module); ``blocks`` unchanged when the
    page has none."""
    groups = _groups(root)
    if not groups:
        return blocks
    members: list = []
    opener_first = False
    for parent, heads in groups:
        opener = _opener(parent, heads[0][1][1]) if not members else None
        if opener is not None and all(opener[0] is not m for m, _ in members):
            members.append(opener)
            opener_first = True
        members.extend(heads)
    member_ids = {id(m): k for k, (m, _) in enumerate(members)}
    # each inventory block belongs to the innermost block holding its element
    mine: dict[int, list[int]] = {}
    for i, owner in enumerate(owners):
        el = owner
        while el is not None and id(el) not in member_ids:
            el = el.getparent()
        if el is not None:
            mine.setdefault(member_ids[id(el)], []).append(i)
    listed = [k for k, (m, _) in enumerate(members) if k in mine and not (k == 0 and opener_first)]
    kept = sum(1 for k in listed if any(i in used for i in mine[k]))
    region = {i for idx in mine.values() for i in idx}
    main = sum(len(inventory[i].text) for i in used)
    inner = sum(len(inventory[i].text) for i in used & region)
    if not kept or kept * 2 <= len(listed) and inner * 2 < main:
        # the extractor kept few of the blocks, and its main text lies elsewhere: a list beside the
        # article (related links), not the page's body
        return blocks
    order = sorted(mine, key=lambda k: (min(inventory[i].line for i in mine[k]), min(mine[k])))
    region_text = "".join("".join(inventory[i].text.split()) for i in region)
    lines = {inventory[i].line for i in region}
    region_keys = {"".join(inventory[i].text.lstrip("- ").split()) for i in region}

    def inside(b: Chunk) -> bool:  # an extracted block made of the blocks' text
        key = "".join(b.text.lstrip("- ").split())
        return key in region_keys or len(region_text) <= 200_000 and key in region_text
    out = [b for b in blocks if not (b.line in lines and inside(b))]
    if len({members[k][1][0] for k in order}) < 2:
        return blocks
    posts: list[list[Chunk]] = []
    said: dict[str, str] = {}
    names = []
    for n, k in enumerate(order, 1):
        member, (name, _, day, time) = members[k]
        idx = sorted(mine[k])
        head_line = inventory[idx[0]].line
        heading = post_heading(n, name, day, time)
        new = [Chunk("h", heading, [(0, head_line)], 1, level=3)]
        posts.append(new)
        names.append(name)
        head_done = False
        answers, led = "", False  # whom the post answers ("回应 X："), leading its first line of text
        for i in idx:
            b = inventory[i]
            text = b.text[2:] if b.text.startswith("- ") else b.text
            used.add(i)
            if not head_done and name in text and len(text) <= 80 and not _SENTENCE.search(text) \
                    or len(text) <= 80 and _furniture(text) or text == name:
                head_done = head_done or name in text
                why = ("the block's name and stamp (carried in its post heading)" if name in text or not _furniture(text)
                       else "the block's counters and buttons, or its stamp (page furniture)")
                doc.record(b.line, b.text, "### " + heading if name in text else "", "changed" if name in text
                           else "removed", why)
                continue
            holder = owners[i]
            quoted = holder is not None and (holder.tag.lower() == "blockquote"
                                            or _QUOTE_CLASS.search(holder.get("class") or ""))
            m = _QUOTE_LEAD.match(text)
            if m or quoted:
                who = m.group("who") if m else ""
                words = m.group("words") if m else text
                bare = re.sub(r"[。！？!?，,…\s]+$", "", "".join(words.split()))
                earlier = said.get(who, "") if who else "".join(said.values())
                if bare and bare in earlier:
                    if who and who != name and not answers:
                        # whom the reply answers stays as its lead ("回应 X：…"): the page shows it, and a dispute
                        # between two posts is read from it
                        answers = f"{_reply_verb(text)} {who}："
                    doc.record(b.line, b.text, answers if who and who != name else "", "changed" if who and who != name
                               else "removed", f"a reply's quote of {who or 'an earlier post'}'s words (kept where they "
                               "were written): not the replier's words" + ("; whom it answers leads the reply"
                                                                          if who and who != name else ""))
                    continue
                if who:
                    doc.record(b.line, b.text, f"{who}：{words}", "changed", f"a reply's quote of {who}'s words: "
                               "a quote, not the replier's words")
                    new.append(Chunk("caption", f"{who}：{words}", [(0, b.line)], 1, starts=True))
                    continue
            if text != b.text:
                doc.record(b.line, "- ", "", "removed", "list mark of a post (the post is a block of its own)")
            said[name] = said.get(name, "") + "".join(text.split())
            if answers and not led:
                led, text = True, answers + text
            new.append(Chunk("line", text, [(0, b.line)], 1, links=list(b.links), starts=True))
    out = _merge(out, posts)
    end = max(inventory[i].line for i in region)
    tail = [b for b in out if b.line > end and b.kind != "h" and not _SENTENCE.search(b.text)]
    for b in tail:
        doc.record(b.line, b.text, "", "removed", "a line printed after the last post, outside every post and no "
                   "sentence (the page's side box): never the last poster's words")
    out = [b for b in out if not any(b is t for t in tail)]
    doc.record(posts[0][0].line, "", posts[0][0].text, "changed", f"a page of {len(order)} authored blocks (one element shape "
               "repeated, each with a name, a stamp and text): each block under its post heading, never the page's "
               "opener's or the site's words")
    if members and "author" not in doc.declared and order and members[order[0]][0] is not groups[0][1][0][0]:
        doc.declared["author"] = names[0]
    return out
