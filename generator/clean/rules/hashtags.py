"""Hashtag lines ``#世界模型#`` become ``meta["tags"]``; so do the tags that open a social post's
first line before its text (``#老街记忆# #城市更新# 说几句…``): the text stays. A line of two or more
open tags, each a ``#`` and a word set apart by spaces (``#渡口 #新码头 #城市漫游``, as notes apps
print them), is a tags line too, and so are the open tags closing a short line after a space (a
post's or a video's title: ``老渡工的最后一班船 #渡口 #乡村记忆``). A tag glued to the long text it opens
(``#台风过境#据气象台消息…``, as a feed's post leads with its topic) is read as a tag but stays in the text:
it is the post's lead, and deleting it leaves the post's opening without its subject; so do the tags opening
a feed's post (``#瑞幸茅台联名# 复盘一下…``, rule ``feed_posts``) or a line under a post's heading
(``model.POST_HEADING``), which say what the post is about."""

import re

NAME = "hashtags"
FEED_POST = "feed_post"  # the note rule feed_posts sets on a post's first line of text
_TAG = re.compile(r"^#([^#\s][^#]{0,30})#$")
#: Several tags on one line, as a social post ends ("#老街记忆# #城市更新#").
_TAGS = re.compile(r"^(?:#[^#\s][^#]{0,30}#[ \u3000]*){2,8}$")
#: Open tags: "#word" items set apart by spaces, nothing else on the line.
_OPEN_TAGS = re.compile(r"^(?:#[^#\s]{1,20}(?:[ \u3000]+|$)){2,12}$")
_ONE = re.compile(r"#([^#\s][^#]{0,30})#")
#: Open tags closing a short line after a space ("老渡工的最后一班船 #渡口 #乡村记忆").
_TRAILING = re.compile(r"(?:[ \u3000]+#[^#\s]{1,20}){1,8}\s*$")
#: Tags opening a line, then the text (a social post's first line).
_LEADING = re.compile(r"^(?:#[^#\s][^#]{0,30}#[ \u3000]*){1,8}(?=[^#\s])")


def apply(doc):
    from ...model import POST_HEADING
    post_first = {id(b) for prev, b in zip(doc.blocks, doc.blocks[1:])
                  if prev.kind == "h" and POST_HEADING.match(prev.text.strip()) and b.kind == "line"}
    with doc.batch():
        for b in list(doc.blocks):
            m = _TAG.match(b.text) if b.kind == "line" else None
            if not m and b.kind == "line" and len(b.text) <= 200 and _OPEN_TAGS.match(b.text.strip()):
                doc.meta.setdefault("tags", [])
                doc.to_meta(b, "tags", [t.lstrip("#") for t in b.text.split()], "open hashtags → tags")
            elif not m and b.kind == "line" and len(b.text) <= 200 and _TAGS.match(b.text):
                doc.meta.setdefault("tags", [])
                doc.to_meta(b, "tags", [t.strip() for t in _ONE.findall(b.text)], "hashtags → tags")
            elif m:
                doc.meta.setdefault("tags", [])
                doc.to_meta(b, "tags", m.group(1).strip(), "hashtag → tags")
            elif b.kind == "line" and len(b.text) <= 80 and "#" in b.text and (tail := _TRAILING.search(b.text)) \
                    and tail.start() > 0 and not re.search(r"[。！？!?]", b.text[:tail.start()]):
                doc.meta.setdefault("tags", []).extend(t.lstrip("#") for t in tail.group(0).split())
                doc.edit(b, tail.start(), len(b.text), "", "open hashtags closing a short line (a post's or a "
                         "video's title) → tags")
            elif b.kind == "line" and b.text.startswith("#") and (lead := _LEADING.match(b.text)):
                doc.meta.setdefault("tags", []).extend(t.strip() for t in _ONE.findall(lead.group(0)))
                if lead.group(0)[-1] == "#" and len(b.text) > 80 or b.note == FEED_POST or id(b) in post_first:
                    continue  # a topic tag glued to a post's sentence reads as its lead ("#K396次列车#据…"), and a
                    # feed post's opening tags are its subject (rule feed_posts): they stay in the text
                doc.edit(b, 0, lead.end(), "", "hashtags opening the post's text → tags")
