"""Who writes each block of a page (issue 13, properties 1 and 6): a thread's posts under their headings
(``model.POST_HEADING``, "2楼　陈牧　2024-01-05"; a post's first paragraph introducing its writer, "王某，文旅行业
从业者，…", gives the role) and runs of labelled lines (a comment section, a chat export, minutes: "nightowl77：…",
"[10:02] 老周：…", "韩委员：…"). Read from the page's structure, for the contentions (``exchanges``): a block's
sentences that no attribution names are its author's. Split out of ``exchanges``."""

from __future__ import annotations

import re
from collections import ChainMap

from ..greetings import POST_INTRO
from ..model import POST_HEADING
from .model import Speaker
from .speakercheck import checked_name
from .text import Sentence
from .turns import unstamped
from .speakerthread import _COMMENTS_HEAD, THREAD_LABEL, comment_sections, thread_labels
from .views import _UNNAMED_VIEW

__all__ = ["block_authors", "with_block_authors", "LINE_LABEL", "line_label"]

#: A line's author label at its head (after a timestamp, if any): a name or a handle, a short note of theirs in
#: brackets if any (a chat export's "小陈(洪山-快车)", a minutes' "王委员（市人大）"), then a colon.
LINE_LABEL = re.compile(r"^(?P<who>[A-Za-z][A-Za-z0-9_.\-]{1,19}|[\u4e00-\u9fff·]{2,8})[ \u3000]*"
                        r"(?:[（(][^（）()：:，。\n]{1,12}[）)][ \u3000]*)?[：:]\s*(?=\S)")
#: Labels that ask or answer, not authors taking a side (an interview's, a form's).
_NOT_AUTHOR = re.compile(r"^(?:问|答|Q|A|记者|記者|主持人?|主播|编者|編者|注|备注|備註|来源|來源|时间|時間|地点|地點)$|"
                         r"(?:提问|提問|问|問|答)$")
#: A post's first paragraph introducing its writer ("王某，文旅行业从业者，做过八年景区运营。"): the role.
_INTRO = POST_INTRO


def line_label(text: str) -> re.Match | None:
    """The author label opening a line ("lulu1017：…", "[10:02] 老周：…"), never an asker's or a form's row."""
    m = LINE_LABEL.match(unstamped(text))
    if not m or _NOT_AUTHOR.search(m.group("who")):
        return None
    who = m.group("who")
    if re.match(r"[\u4e00-\u9fff]", who) and not checked_name(who, "person"):
        return None
    return m


def block_authors(articles, simple_of) -> dict[tuple[str, str], tuple[Speaker, str, int]]:
    """(article, paragraph id) → (the author of the block the paragraph belongs to, "post", "line" or "comment", the
    post's floor or 0): a post under its heading
    (``model.POST_HEADING``), or a line of a run of labelled lines (three lines or more, two authors or more,
    one of them writing twice: a form's metadata rows name no one twice), or a labelled line of a page's comment
    section ("comment": ``_thread_lines``)."""
    out: dict[tuple[str, str], Speaker] = {}
    for a in articles:
        simple = simple_of(a.slug)
        who, first, floor, comments = None, False, 0, False
        for b in a.blocks:
            if b.kind.startswith("h"):
                comments = False
                m = POST_HEADING.match(simple((b.text or "").strip()))
                name = (b.text or "").strip()
                who = None
                if m:
                    raw = POST_HEADING.match(name)
                    who = Speaker(name=(raw or m).group("name").strip(), role="", article=a.slug, paragraph=b.id)
                    first, floor = True, int(m.group("num"))
                continue
            if b.kind == "p" and who is not None:
                intro = _INTRO.match(simple(b.text or "")) if first else None
                if intro and simple(who.name) == intro.group("name"):
                    who = Speaker(name=who.name, role=(b.text or "")[intro.start("role"):intro.end("role")],
                                  article=a.slug, paragraph=who.paragraph)
                first = False
                text = simple(b.text or "").strip()
                comments = comments or bool(_COMMENTS_HEAD.match(text))
                reply = THREAD_LABEL.match(unstamped(text))
                if reply and ((reply.group("to") and reply.group("who")) or comments):
                    # a comment or a reply under the post ("江边的猫：…", "X 回复 @Y：…"): its writer is the one
                    # its label names, never the post's author nor whom it answers; a reply naming no
                    # writer in a comment section ("回复 @Y：…") is nobody's we can tell (a post opening on
                    # "回复X：" under its own heading is its author's)
                    writer = (reply.group("who") or "").strip()
                    if writer and (re.match(r"[A-Za-z]", writer) or checked_name(writer, "person")):
                        out[(a.slug, b.id)] = (Speaker(name=writer, role="", article=a.slug,
                                                       paragraph=b.id), "line", 0)
                    continue
                if comments:
                    continue  # a comment section's unlabelled line: not the post's
                out[(a.slug, b.id)] = (who, "post", floor)
        run: list = []
        for b in list(a.blocks) + [None]:
            m = line_label(simple(b.text or "")) if b is not None and b.kind == "p" else None
            if m:
                raw = line_label(b.text or "")
                run.append((b, (raw or m).group("who")))
                continue
            names = [n for _, n in run]
            if len(run) >= 3 and len(set(names)) >= 2 and len(set(names)) < len(names):
                for blk, n in run:
                    out.setdefault((a.slug, blk.id), (Speaker(name=n, role="", article=a.slug, paragraph=blk.id), "line", 0))
            run = []
        _thread_lines(a, simple, out)
    return out


def _thread_lines(a, simple, out) -> None:
    """The labelled lines of a page's comment section (``speakerthread.comment_sections``: after a heading or a line
    naming it, "读者评论"), each its writer's as the thread reader (``speakerthread.thread_labels``) names them:
    commenters who each write once ("吃瓜的鲸鱼：…", "阿哲不吃香菜：回复 @吃瓜的鲸鱼：…") or whose handles mix
    scripts ("阿May在上海（回复一只Kiki）：…"), which a strict run of labels misses. What a post or a run already
    gives stays."""
    under = comment_sections(a.blocks, simple)
    if not under:
        return
    paragraphs = [b for b in a.blocks if b.kind == "p"]
    texts = [simple(b.text or "").strip() for b in paragraphs]
    commented = frozenset(i for i, b in enumerate(paragraphs) if b.id in under)
    for i, (who, _role, _kind, _end, _whole) in thread_labels(texts, commented).items():
        b = paragraphs[i]
        if b.id not in under or (a.slug, b.id) in out:
            continue
        raw = THREAD_LABEL.match((b.text or "").strip())
        name = raw.group("who").strip() if raw and raw.group("who") and simple(raw.group("who").strip()) == who else who
        out[(a.slug, b.id)] = (Speaker(name=name, role="", article=a.slug, paragraph=b.id), "comment", 0)


#: Whom a post answers, read as a speaker ("回复白鹭过境：…", "楼主说的…"): the post's writer speaks.
_ADDRESSEE = re.compile(r"^(?:回复|回覆|回應|回应)|^(?:楼主|樓主|楼上|樓上|层主|層主)$")


def with_block_authors(sents: list[Sentence], by_sentence, authors):
    """The attributions with each sentence of an authored block that names no holder (or only whom the block
    answers, "回复X", "楼主") held by the block's author."""
    # (a sentence reporting what others think, "很多人据此认为…", is not its writer's view; the note in brackets of
    # a block's label, "王委员（区人大）：", is the author's, no other holder)
    heads: dict[tuple[str, str], str] = {}
    for x in sents:
        heads.setdefault((x.article, x.paragraph), unstamped(x.simple)[:40])

    def other_holder(x: Sentence, name: str) -> bool:
        if _ADDRESSEE.match(name):
            return False
        head = heads.get((x.article, x.paragraph), "")
        return not re.search(r"[（(]" + re.escape(name) + r"[）)]\s*[：:]", head)

    extra = {(x.article, x.index): (authors[(x.article, x.paragraph)][0],) for x in sents
             if (x.article, x.paragraph) in authors and not [sp for sp in by_sentence.get((x.article, x.index), ())
                                                            if other_holder(x, sp.name)]
             and not _UNNAMED_VIEW.match(x.simple)}
    # the author already credited by the post's heading, without the role the post's introduction gives
    for x in sents:
        key, block = (x.article, x.index), authors.get((x.article, x.paragraph))
        have = by_sentence.get(key, ())
        if key not in extra and block and block[0].role and len(have) == 1 \
                and have[0].name == block[0].name and not have[0].role:
            extra[key] = (block[0],)
    if not extra:
        return by_sentence
    return ChainMap(extra, by_sentence)
