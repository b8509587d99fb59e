"""A thread's labelled lines: who writes each (issue 13, property 1).

A comment section, a forum thread or a chat export pasted as text gives each line its writer's label at
its head ("江边的猫：…", "Honey_Bee88（2024-05-03）：…", "山里的老蜂农：…", "渡口边卖菜的 回复 @青河渡口：…").
The label names the line's speaker whatever its shape (a handle, a described nickname, a Latin name with
digits): the dictionary cannot tell a handle from a word, the page's structure can. A reply's label names
its writer before "回复" and whom it answers after it: the addressee is never the speaker, and a reply line
naming no writer ("回复 @X：…") is nobody's we can tell.

A document is a thread when it shows it: three labelled lines or more, and a conversation's marks (a reply
line, a label used twice, a floor's word "楼主"/"楼上", a handle in Latin letters and digits, a heading line
"评论"/"留言"). A report's list of subjects ("产能：…", "价格：…") has none of them and is left alone.
"""

from __future__ import annotations

import re

from .speakerholder import _ORG_SUFFIX, _PERSON_NOUN_END, _common_words, split_holder
from .speakercue import person_cue

__all__ = ["thread_labels", "comment_lines", "comment_sections", "THREAD_LABEL"]

#: A line's writer label: a Latin handle or up to twelve characters, then optionally "回复 @X" (whom it
#: answers) and a note in brackets (a stamp, a place), then a colon.
THREAD_LABEL = re.compile(
    r"^(?:(?!回复|回覆|回應|回应)(?P<who>[A-Za-z][A-Za-z0-9_.\-]{1,23}|[^\s，。；：:“”「」（()）@＠#\[\]【】\d]{2,12}?)[ \u3000]*)?"
    r"(?:(?:回复|回覆|回應|回应)[ \u3000]*[@＠]?(?P<to>[^\s，。；：:@＠]{1,16})[ \u3000]*)?"
    r"(?:[（(][^（）()：:，。\n]{1,20}[）)][ \u3000]*)?[：:][ \u3000]*(?=\S)")
#: Labels of a form, a host or the thread's own furniture, never a writer.
_NOT_WRITERS = re.compile(r"^(?:问|答|Q|A|记者|主持人?|主播|编者|注|备注|来源|时间|地点|日期|标题|帖子|主题|正文|摘要|"
                          r"楼主|楼上|层主|作者|链接|原文|图片|视频|评论|回复|提示|公告|通知|系统|系统消息|群公告|"
                          r"结论|说明|背景|附|编者按|导语|关键词|标签)$|^.{0,16}(?:记者|主持人|提问)$")
#: A line that heads a comment section ("评论", "热门评论 12", "全部回复", "网友留言").
_COMMENTS_HEAD = re.compile(r"^(?:热门|全部|最新|精选|网友|读者|用户|观众|听众)?(?:评论|回复|留言|跟帖)(?:区)?[\s（(\d）)条]*$")
#: A floor's words: the thread's opening poster, the line above.
_FLOOR_WORD = re.compile(r"^(?:楼主|楼上|层主|\d{1,4}楼)[：:\s]")


#: Whom a line answers by display name ("回复馆员小赵", "回覆 @江边的猫").
_ANSWERED = re.compile(r"(?:回复|回覆|回應|回应)[ \u3000]*[@＠]?([^\s，。；：:（()）@＠]{2,16})(?=[）)：:\s])")


def _label(text: str):
    m = THREAD_LABEL.match(text)
    if not m or not (m.group("who") or m.group("to")):
        return None
    if m.group("who") and not re.match(r"[\u4e00-\u9fffA-Za-z]", m.group("who")):
        return None  # "💰价格：", "⚠️几个提醒：": a note's own headings, not writers
    if text[m.end():m.end() + 1] in ("“", "「"):
        return None  # "评价简单粗暴：“…”": the writer's lead-in to someone's words, not a line's label
    return m


def comment_sections(blocks, simple) -> set[str]:
    """Ids of the paragraphs of a page's comment sections: after a heading or a line naming one ("读者评论",
    "热门评论 12"), up to the next heading (``simple``: a text's simplified form)."""
    out, on = set(), False
    for b in blocks:
        text = simple(b.text or "").strip()
        if b.kind.startswith("h") or (b.kind == "p" and _COMMENTS_HEAD.match(text)):
            on = bool(_COMMENTS_HEAD.match(text))
        elif b.kind == "p" and on:
            out.add(b.id)
    return out


def thread_labels(texts: list[str], commented: frozenset[int] = frozenset()) -> dict[int, tuple[str, str, str, int, bool]]:
    """Paragraph index → (writer, role, kind, end of the label, whether a reply names the label whole) for
    each labelled line of a thread; a reply
    line naming no writer, a form's or a host's label, and a label made of one ordinary word ("结论") give
    none. Empty when the document shows no conversation; when only a heading naming a comment section shows one
    (``commented``: the indexes of its paragraphs, ``comment_sections``), the lines of that section only."""
    found = [(i, _label(t)) for i, t in enumerate(texts)]
    found = [(i, m) for i, m in found if m is not None]
    if len(found) < 3:
        return {}
    writers = [m.group("who") for _, m in found if m.group("who")]
    # (a label used twice is a writer taking the floor again, unless it is an ordinary word: "提示词：" twice
    # in a compilation labels its items)
    named = [w for w in writers if not (re.match(r"[\u4e00-\u9fff]", w) and _common_words(w))]
    marks = (any(m.group("to") for _, m in found) or len(set(named)) < len(named)
             or any(_FLOOR_WORD.match(t) or _COMMENTS_HEAD.match(t.strip()) for t in texts)
             or any(re.fullmatch(r"[A-Za-z][A-Za-z0-9_.\-]*\d[A-Za-z0-9_.\-]*|[A-Za-z]+_[A-Za-z0-9_]+", w) for w in writers))
    if not marks and len([i for i, _ in found if i in commented]) < 2:
        return {}
    if not marks:
        found = [(i, m) for i, m in found if i in commented]  # a comment section's lines under its heading
    twice = {w for w in writers if writers.count(w) >= 2}
    # display names the thread's replies answer ("回复馆员小赵", "@江边的猫"): each is one writer's, whole
    answered = {m.group(1) for t in texts for m in _ANSWERED.finditer(t[:80])}
    out: dict[int, tuple[str, str, str, int, bool]] = {}
    for i, m in found:
        who = (m.group("who") or "").strip()
        if not who or _NOT_WRITERS.search(who):
            continue  # "回复 @X：…" names whom it answers, not who writes it: nobody we can tell
        if re.match(r"[\u4e00-\u9fff]", who) and len(who) <= 4 and "的" not in who and _common_words(who) \
                and not person_cue(who) and not _PERSON_NOUN_END.search(who) and who not in twice \
                and who not in answered:
            continue  # "结论：", "价格：": a subject's label, not a writer's (a handle of ordinary words,
            # "江边的猫", "山里的老蜂农", or one a reply answers by name, "回复橙子妈妈", is a writer's)
        got = split_holder(who) if re.match(r"[\u4e00-\u9fff]", who) else None
        if got and got[2] in ("pronoun", "document"):
            continue
        # (a thread's label is the writer's display name, kept whole: "馆员小赵" is whom "回复馆员小赵" answers)
        out[i] = (who, "", "org" if _ORG_SUFFIX.search(who) else "person", m.end(), who in answered)
    return out


def comment_lines(texts: list[str], new_section: list[bool]) -> set[int]:
    """Indexes of the paragraphs after a line heading a comment section ("评论", "热门评论"), up to the next
    heading (``new_section``: the paragraph opens a section): readers' lines, not the post's."""
    out, on = set(), False
    for i, (t, new) in enumerate(zip(texts, new_section)):
        if new:
            on = False
        if _COMMENTS_HEAD.match(t.strip()):
            on = True
            continue
        if on:
            out.add(i)
    return out
