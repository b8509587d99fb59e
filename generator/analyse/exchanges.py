"""Exchanges: disagreements between the authored blocks of one page (issue 13, property 6) — any topic,
any form that shows who writes each block; a split of ``disputes``.

The phenomenon: on a page made of blocks that each show their author — a thread's posts under their
headings (``model.POST_HEADING``, "2楼　陈牧　2024-01-05"), a run of labelled lines (a comment section, a
chat export, a meeting's minutes: "nightowl77：…", "[10:02] 老周：…", "王委员：…") — a later block by
*another* author that speaks of what an earlier block said and takes the contrary stance disputes it.
The page shows the structure; the words only tell the stance:

* **a reply line** answers a line a few lines above it by another author when it addresses it (the line
  above: "楼上，…", "@X …"), echoes its word to reject it ("倒什么，…"), or shares a content word with it;
  it disputes it when it takes a contrary stance (a negation, a rhetorical question, a turn), never when
  it opens by agreeing ("对啊，…", "+1");
* **a post declaring its disagreement** ("我不同意'昙花一现'这个说法", "我不这么看") answers the earlier
  posts of other authors point by point: each of its paragraphs is set against the other author's paragraph
  on the same subject (the content words they share, each weighed by how few paragraphs use it).

Each side is the author's own sentences, held by the author (``blockauthors.block_authors``), so one person is
never both sides. Nothing here knows a topic: no word list names a subject.

The lines' replies are read here; the posts' (a reply by name or floor, a quoting post, a declared
disagreement, a view reported and answered) in ``postreplies``.
"""

from __future__ import annotations

import re

from .blockauthors import LINE_LABEL
from .disputemarkers import announcement
from .model import Speaker
from .sidetext import hosts, no_side
from .text import Sentence, content_tokens, to_simplified
from .turns import unstamped

__all__ = ["exchanges", "CONTRARY", "head_contrary"]


#: A contrary stance: a negation, a rhetorical question, a turn against what was said.
CONTRARY = re.compile(r"不|没|沒|别|別|并非|並非|未必|无法|無法|哪[里裡儿兒有能个個]|怎么|怎麼|什么|什麼|谁|誰|难道|難道|"
                      r"其实|其實|反而|可是|两回事|兩回事|才怪|想多了")
#: A reply opening by agreeing with the line it answers.
_AGREES = re.compile(r"^(?:对|對|是啊|是的|没错|沒錯|同意|赞同|贊同|\+1|确实|確實|真的|同感|附议|附議|哈哈|笑死|有道理|说得对|說得對|"
                     r"一样|一樣|我也是|我也一样|我也一樣|同样|同樣|也是|这也是|這也是|这正是|這正是)")
#: A reply opening on a bare denial ("不是新人券，…", "哪有，…"): it answers the line right above it.
_DENIES = re.compile(r"^(?:不是|不对|不對|哪有|哪里|哪裡|才不是|并不是|並不是|没有的事|沒有的事|"
                     r"(?:也|或)?(?:可能|也许|也許|或许|或許)(?:只是|不过是|不過是))")
#: A reply offering a plainer reason for what the line above reads much into ("也可能只是产品周期到了"): a contrary
#: stance, as a denial is.
_PLAINER = re.compile(r"(?:可能|也许|也許|或许|或許)(?:只是|不过是|不過是)")
#: A line opening by adding a point ("还有一块大家忽略的成本", "我补充一下…", "另外…"): it goes on, disputes nothing.
_ADDS = re.compile(r"^(?:还有|還有|另外|此外|再说|再說|顺便|順便|(?:我)?(?:再)?(?:补充|補充)(?:一下|一点|一點|两句|兩句)?)")
#: A reply addressing the line above it ("楼上，…", "上面说的…").
_ABOVE = re.compile(r"^(?:楼上|樓上|上面|前面|上一位|楼主|樓主)")
#: A reply echoing a word of the line it answers to reject it ("倒什么，…", "涨什么涨").
_ECHO = re.compile(r"^(?P<w>[\u4e00-\u9fff]{1,3})(?:什么|什麼|啥)")
#: A line's label marking whom it answers in its bracket note ("許志豪（回覆張淑芬）：", "Ann (reply to Bo):").
_MARKED = re.compile(r"^[^：:（）()]{1,24}?[ \u3000]*[（(][ \u3000]*(?:回复|回覆|回應|回应|回復|答|[Rr]eply(?:ing)? to)[ \u3000]*@?"
                     r"(?P<to>[^（）()：:]{1,20}?)[ \u3000]*[）)][ \u3000]*[：:]")
#: A reply objecting by degree ("15年太慢了吧"): a contrary stance when the reply names whom it answers.
_OBJECTS = re.compile(r"太[\u4e00-\u9fff]{1,2}了吧")
#: A post declaring that it disagrees with a view stated before it.
DECLARED = re.compile(r"不(?:太|完全|大)?(?:同意|认同|認同|赞同|贊同|接受)[^。！？!?]{0,24}?(?:说法|說法|观点|觀點|看法|判断|判斷|结论|結論|论调|論調)|"
                      r"不敢苟同|恰恰相反|(?:我|本人)不这么(?:看|认为|想)|(?:我|本人)不這麼(?:看|認為|想)")

#: A reply turning against what it answers at its head ("但只要愿意砸钱，…", "我倒觉得…", "其实…").
TURNS = re.compile(r"^(?:但是?|可是|不过|不過|然而|其实|其實|(?:我|我们|我們)?倒(?:是|觉得|覺得|认为|認為))")


#: An open question (how, what, which, why, how many), not one answered yes or no ("是否", "能否", "会不会", "…吗").
_OPEN_QUESTION = re.compile(r"^(?!.*(?:是否|能否|会不会|會不會|要不要|能不能|可不可以|吗|嗎)[^？?]*[？?]\s*$)"
                            r".*(?:怎么|怎麼|怎样|怎樣|如何|什么|什麼|哪|为何|為何|为什么|為什麼|多少|几|幾)[^？?]*[？?]\s*$")


def head_contrary(text: str) -> bool:
    """Whether a reply takes its contrary stance at its head: in its first clause, or turning there."""
    head = re.split(r"[，,。；;！!？?]", text.strip(), maxsplit=1)[0]
    return bool(CONTRARY.search(head) or TURNS.match(text.strip()) or _PLAINER.match(text.strip()))


#: A named writer's latest paragraphs searched for the one a reply answers.
REPLY_REACH = 12
#: Lines above a reply searched for the line it answers.
LINE_REACH = 3
#: Weighted content words a post's point must share with the paragraph it answers.
SHARED = 1.0
#: Sentences a side quotes, at most.
SIDE_SENTENCES = 2


def _cjk(text: str) -> int:
    return len(re.sub(r"[^\u4e00-\u9fff]", "", text))


def _body(x: Sentence) -> str:
    """A line's words without its stamp and label."""
    text = unstamped(x.simple)
    m = LINE_LABEL.match(text)
    return text[m.end():] if m else text


def _stated(x: Sentence) -> bool:
    """A sentence that states something: eight characters or more, or a statement ending on a rhetorical question
    of its own ("…在全国避暑目的地里毫无优势，拿什么跟青岛比？"), never a bare question nor what is no side
    (``sidetext.no_side``: "谢邀，我是做文旅的…", "先说结论吗？")."""
    text = x.simple.strip()
    if no_side(text) and not _cjk(text) < 6:
        return False  # a greeting, a self-introduction, a formula, a bare assent, a question asked
    if not text.endswith(("？", "?")):
        return _cjk(text) >= 8
    head = re.split(r"[，,；;]", text)
    return len(head) > 1 and _cjk("".join(head[:-1])) >= 8


def _words(text: str, stop: frozenset) -> set[str]:
    """Content words of two characters or more, none of them a part of the topic's own names."""
    out = set()
    for t in content_tokens(text[:300]):
        if len(t) < 2 or not re.search(r"[\u4e00-\u9fff]", t):
            continue
        pairs = {t[i:i + 2] for i in range(len(t) - 1)}
        if pairs <= stop:
            continue
        out.add(t)
    return out


def _simple_name(name: str) -> str:
    return to_simplified(name, "zh-Hant")


def _line_replies(lines, stop, comments=frozenset()) -> list[tuple[list, list]]:
    """(the line answered, the reply) for every reply line disputing a line by another author just above it; an
    interviewer's lines (``sidetext.hosts``) are no side unless they declare a disagreement, a guest answering
    one disputes nothing, and what is no side (a question, a greeting, a formula…) is no side's sentence. The
    replies between the same two authors on one subject
    (a word in common) are one exchange (their sentences on their own side)."""
    out: list[tuple[list, list]] = []
    df: dict[str, int] = {}
    words = []
    for _, xs in lines:
        # (a question a line ends on, after what it states, is asked of the next speaker: its words are what he answers,
        # no claim of the line's he disputes)
        said = list(xs)
        while len(said) > 1 and said[-1].simple.rstrip().endswith(("？", "?")):
            said.pop()
        w = set().union(*(_words(_body(x), stop) for x in said))
        words.append(w)
        for t in w:
            df[t] = df.get(t, 0) + 1
    common = {t for t, n in df.items() if n * 2 > len(lines)}  # what every line speaks of is no subject
    asker = hosts([(w.name, [_body(x) for x in xs]) for w, xs in lines])

    def stated(xs):
        return [x for x in xs if not no_side(_body(x))]

    # whom each line answers, as its label's note marks it; on a page marking its replies so, a line marking none
    # (a comment on the page's own text) answers no line above it unless it addresses one ("楼上", "@X")
    # a turn: one author's lines in a row (a message split in two is one turn)
    turn = [0] * len(lines)
    for i in range(1, len(lines)):
        turn[i] = turn[i - 1] + (not _one_writer(lines[i][0].name, lines[i - 1][0].name))
    marked = [_MARKED.match(unstamped(xs[0].simple)) for _, xs in lines]
    marks = any(marked)
    pairs: dict[tuple[str, str], int] = {}
    subject: list[set[str]] = []
    ends: list[int] = []  # each exchange's latest line
    for k, (who, ys) in enumerate(lines):
        body = "".join(_body(y) for y in ys)
        if who.name in asker and not DECLARED.search(body):
            continue  # an interviewer asks, hands over, sums up: no position of his own
        mine = stated(ys)
        said_mine = "".join(_body(y) for y in mine)
        to = marked[k].group("to").strip() if marked[k] else ""
        if _cjk(said_mine) < 6 or _AGREES.match(body) or \
                not (CONTRARY.search(said_mine) or _PLAINER.match(body) or to and _OBJECTS.search(said_mine)):
            continue
        named = set(re.findall(r"@([^\s：:，。@]{1,16})", body))
        if to:
            named = {_simple_name(to)}
        elif not named and _ADDS.match(body):
            continue  # a point added to the talk answers no line above it
        elif (marks or (ys[0].article, ys[0].paragraph) in comments) and not named and not _ABOVE.match(body):
            continue  # a comment on the page's own text, among replies marking whom they answer (``comments``: the
            # lines of a comment section, whose writers each comment on the page unless they say whom they answer)
        nearest = True  # (the nearest line by another author: what a reply opening on a bare denial answers)
        passed: dict[str, set[int]] = {}  # authors of the turns passed over, answered by nothing → their turns
        for j in range(k - 1, max(-1, k - 1 - (REPLY_REACH if to else LINE_REACH)), -1):
            other, xs = lines[j]
            if _one_writer(other.name, who.name):
                # (a caption naming a guest with a title, "立委林怡君", is that guest: no one answers himself; a line he
                # stated since answered what is above it, this one speaks anew)
                if _cjk("".join(_body(x) for x in stated(xs))) >= 6:
                    passed.setdefault(who.name, set()).add(turn[j])
                continue
            said = "".join(_body(x) for x in xs)
            if other.name in asker and not DECLARED.search(said):
                break  # a guest answering an interviewer's question answers it, disputes nothing
            theirs = stated(xs)
            if _cjk("".join(_body(x) for x in theirs)) < 6:
                if (words[k] & words[j]) - common or (nearest and _DENIES.match(body)):
                    # the reply answers this line, which is no side ("那是新用户券吧" / "不是新人券，…"): no dispute
                    break
                nearest = False
                continue
            denial, nearest = nearest and bool(_DENIES.match(body)), False
            if _AGREES.match(said) and _agreed_with(lines, j) == who.name:
                break  # the line agrees with this author's own line before it ("一样的，…"): they are one side
            echo = _ECHO.match(body)
            # (past a later line of the same author, or one of the replier's own, a word in common is no evidence: in a
            # dialogue a reply answers the other's latest turn, and reaching back over it takes naming or echoing it)
            # (a line of the other's own turn, a message split in two, is no later turn)
            reached = passed.get(other.name, set()) - {turn[j]} or passed.get(who.name)
            answers = denial or (j == k - 1 and _ABOVE.match(body)) or _simple_name(other.name) in named or \
                (echo and echo.group("w") in said) or (not reached and (words[k] & words[j]) - common)
            if answers and j == k - 1 and j > 0 and lines[j - 1][0].name in asker and not DECLARED.search(body) \
                    and _OPEN_QUESTION.search("".join(_body(x) for x in lines[j - 1][1])) and not head_contrary(body):
                break  # two guests answering the host's open question in turn ("…要怎么因应？"): two answers, no dispute
                # unless the second turns against the first at its head ("我倒觉得…", "但只要…", "也可能只是…"); a yes/no
                # question ("…是否合理？") is answered both ways in so many words
            if answers:
                key = (other.name, who.name)
                at = pairs.get(key, pairs.get(key[::-1]))
                if at is not None and any(lines[i][0].name in asker for i in range(ends[at] + 1, j)):
                    at = None  # the interviewer asked a new question since: the same two disagree anew, on it
                if at is not None and subject[at] & (words[j] | words[k]):
                    # the same two holders on the same subject (a word in common): one exchange
                    subject[at] |= words[j] | words[k]
                    ends[at] = k
                    a, b = out[at]
                    if key in pairs:
                        a += [x for x in theirs if x not in a]
                        b += [x for x in mine if x not in b]
                    else:
                        b += [x for x in theirs if x not in b]
                        a += [x for x in mine if x not in a]
                else:
                    pairs[key] = len(out)
                    subject.append(words[j] | words[k])
                    ends.append(k)
                    out.append((list(theirs), list(mine)))
                break
            passed.setdefault(other.name, set()).add(turn[j])
            if named:
                continue  # a reply naming whom it answers answers no one else
            if denial:
                break  # a reply opening on a bare denial answers the line right above it, no other
    return [(sorted(a, key=lambda x: x.index)[:2 * SIDE_SENTENCES], sorted(b, key=lambda x: x.index)[:2 * SIDE_SENTENCES])
            for a, b in out]


def _one_writer(x: str, y: str) -> bool:
    """Whether two labels name one writer: the same, or a name and that name with a title before it ("立委林怡君")."""
    a, b = sorted((_simple_name(x), _simple_name(y)), key=len)
    return a == b or len(a) >= 2 and b.endswith(a)


def _agreed_with(lines, j: int) -> str:
    """The author of the nearest line before line ``j`` by another author (whom a line opening by agreeing agrees with)."""
    for i in range(j - 1, max(-1, j - 1 - LINE_REACH), -1):
        if lines[i][0].name != lines[j][0].name:
            return lines[i][0].name
    return ""


def exchanges(ss: list[Sentence], authors, stop: frozenset) -> list[tuple[list, list]]:
    """(side a sentences, side b sentences) of every exchange between authored blocks of one article's
    sentences ``ss``; ``authors``: ``blockauthors.block_authors``; ``stop``: pairs of characters of the topic's own names."""
    blocks: list[tuple[Speaker, str, int, list[Sentence]]] = []
    for x in ss:
        who, form, floor = authors.get((x.article, x.paragraph), (None, "", 0))
        if who is None:
            continue
        if blocks and blocks[-1][3][0].paragraph == x.paragraph:
            blocks[-1][3].append(x)
        else:
            blocks.append((who, form, floor, [x]))
    if len({w.name for w, _, _, _ in blocks}) < 2:
        return []
    lines = [(w, xs) for w, form, _, xs in blocks if form in ("line", "comment")]
    # a comment section's line answers another only when it says whom ("回复 @X：", "（回复X）", "楼上"): its writers
    # each comment on the page, not on the comment above
    comments = frozenset((xs[0].article, xs[0].paragraph) for _, form, _, xs in blocks if form == "comment")
    posts = [(w, xs) for w, form, _, xs in blocks if form == "post"]
    floors = {w.paragraph: n for w, form, n, _ in blocks if form == "post"}
    from .pagereplies import page_answered  # (it reads lines as this module does)
    from .postreplies import post_replies  # (it reads sentences as this module does)
    asked = _asked(ss, authors)
    found = [(a, b, _question(asked, a, b, stop)) for a, b in _line_replies(lines, stop, comments) + page_answered(ss, authors, lines, stop)] + \
        post_replies(posts, stop, asked, floors)
    # a block headed by an announcement ("【关于…的情况说明】…", "【#…回顾#】…") reports: it holds no view, and a reply
    # under it answers none (it stays where it is, so the reply is not carried up to a line further above)
    heads = {(xs[0].article, xs[0].paragraph) for _, _, _, xs in blocks if announcement(xs[0].simple)}
    return [f for f in found if not any((x.article, x.paragraph) in heads for x in list(f[0]) + list(f[1]))]


def _asked(ss: list[Sentence], authors) -> list[str]:
    """The questions a page asks before its first authored block (a Q&A page's question, a thread's opening post),
    without their frame ("想问问：这种热度是昙花一现还是能长期保持？" → "这种热度是昙花一现还是能长期保持？")."""
    out = []
    for x in ss:
        if (x.article, x.paragraph) in authors:
            break
        text = x.simple.strip()
        if text.endswith(("？", "?")):
            q = re.split(r"[：:]", text)[-1].strip()
            if _cjk(q) >= 6:
                out.append(q)
    return out


def _question(asked, a: list[Sentence], b: list[Sentence], stop: frozenset) -> str:
    """The page's question both sides speak of (each shares a content word with it, the most shared first), or ''."""
    wa = set().union(*(_words(x.simple, stop) for x in a))
    wb = set().union(*(_words(x.simple, stop) for x in b))
    best, out = (0, 0), ""
    for q in asked:
        wq = _words(q, stop)
        key = (min(len(wq & wa), len(wq & wb)), len(wq & (wa | wb)))
        if key[0] >= 1 and key > best:
            best, out = key, q
    return out
