"""Who holds a column's own words: its author, when the byline or the narration says the article is
the writer's own (a commentator's title, an opinion section, the writer's view in the first person),
and a desk's comment paragraph ("简评：…"). A split of ``speakers`` (read by ``points.own_holder`` and
``speakerdoc``): a news report's narration is never given a holder this way."""

from __future__ import annotations

import re

from ..greetings import MONOLOGUE_INTRO as _SELF_INTRO  # a speaker introducing themself at a monologue's start
from .interviews import LABELLED_TURN, TURN_LABEL
from .speakers import find_attributions

__all__ = ["column_authors", "FIRST_PERSON_PARAS", "person_signer", "signed_body", "signer"]


#: A column's byline: the author with a commentator's title ("冰川思想库研究员丨关不羽").
_BYLINE_TITLE = r"(?:研究员|评论员|专栏作者|专栏作家|特约作者|特约评论员|主笔|评论人)\s*[丨|｜：:]\s*"


#: A commentator's title in an author's description or an opinion section in the outlet's name.
_COMMENTATOR = r"评论员|专栏作者|专栏作家|特约作者|主笔|评论人|时评人|专栏"


#: The writer giving their own view in the first person in the narration ("我认为", "在我看来",
#: "我并不否认", "笔者"; not "我们", "我国", nor an aside like "我哭死"); a paragraph opened by a
#: label ("答：", "张三：") is someone else's turn.
_FIRST_PERSON = re.compile(r"在(?:我|笔者)看来|(?:笔者|(?<![自])我)[^，。；！？“”]{0,4}?(?:认为|看来|想|同意|觉得|相信|以为|判断|担心|"
                           r"不否认|持[^，。]{0,6}态度|更关心|建议|主张|反对|怀疑|赞成)")
_TURN = re.compile(r"^[^，。：:“”「」]{1,10}[：:]")
_QUOTED = re.compile(r"“[^”]{0,300}”|「[^」]{0,300}」|『[^』]{0,300}』")
#: A paragraph opened by the desk's comment label ("简评：…", "编者按：…"): the publication's own view.
_COMMENT = re.compile(r"^(?:简评|点评|短评|快评|锐评|述评|编者按|编者注|编辑点评|编按)[：:]")
#: First-person paragraphs that make an article the writer's own column (one "笔者" is enough).
FIRST_PERSON_PARAS = 2


def _own_view(text: str) -> bool:
    """Whether a paragraph's narration gives the writer's own view in the first person ("我恰恰
    认为…", "笔者认为…"), not a quoted or attributed speaker's ("X表示，…我也不认为…")."""
    if TURN_LABEL.match(text) or _TURN.match(text) or LABELLED_TURN.match(text):
        return False
    narration = _QUOTED.sub(lambda m: "　" * len(m.group(0)), text)
    m = _FIRST_PERSON.search(narration)
    if not m:
        return False
    return not any(a.start < m.start() and a.kind != "group" for a in find_attributions(narration[:m.start()]))


def _first_person(paragraphs) -> bool:
    """Whether an article's own narration gives the writer's view in the first person (a column, a
    commentary): in two paragraphs or more; never an interview's."""
    n = 0
    for text in paragraphs:
        if TURN_LABEL.match(text):
            return False
        n += _own_view(text)
    return n >= FIRST_PERSON_PARAS


#: A user name as a post's author: one run of letters, digits and characters, no spaces or punctuation.
_USERNAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9_\-]{2,20}")
#: How an organisation's name ends (an outlet, a desk, a body): not a user's name.
_ORG_END = re.compile(r"(?:社|报|网|台|刊|部|局|厅|委|院|所|会|司|集团|公司|中心|频道|号|平台|媒体|新闻|财经|日报|时报|周刊|杂志)$")


#: A public body or a company issuing its own release (not a news outlet).
_ISSUER_END = re.compile(r"(?:政府|[省市县区]委|厅|局|部|委员会|办公室|公司|集团|银行|法院|检察院)$")
#: The body speaking of itself in its own release ("我省古建筑", "我公司", "我局").
_OWN_BODY = re.compile(r"我(?:省|市|县|区|局|厅|部|委|公司|集团|行|院|校|司)(?![长])")


#: A message's sender field ("发件人：王某", "From: Wang Mou") and a reply's header ("王某 发表于 2025-03-02").
_SENDER = re.compile(r"(?:^|\s)(?:发件人|发信人|寄件人|From)\s*[：:]\s*([\u4e00-\u9fff]{2,4}(?=[\s<（(]|$)|[A-Za-z][A-Za-z .]{1,30}?(?=\s*<|$))")
_POSTED = re.compile(r"^#?\d{0,4}楼?\s*([\u4e00-\u9fffA-Za-z0-9_\-]{2,16})\s+(?:发表于|回复于|发布于|评论于)\s*\d")


#: An answer or a letter headed by its author's name and description ("陈某（游戏制作人，…）：").
_ANSWER_HEAD = re.compile(r"([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})[（(]([^（）()]{2,60})[）)][：:]\s*\S")
#: A social post's author line: the user name, then where the platform says they posted from.
_IP_LINE = re.compile(r"^([^\s：:，。！？“”]{2,16}?)[\s\u3000]*(?:IP属地|IP 属地|ip属地|发布于)[：:]?[\s\u3000]*[\u4e00-\u9fff]{2,4}")
#: A comment's stamp under a post (date, region, likes: "07-12 湖北　赞 1563").
#: A post's author line: a name, then the day (and time) it was posted, and nothing else but an audience
#: mark ("某粉专2024年9月14日上午10:31·🌏", "某某 2024-09-14 10:31").
_AUTHOR_STAMP = re.compile(r"^([^\s，。：:“”「」0-9][^\s，。：:“”「」]{1,19}?)[\s\u3000]*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
                           r"[\s\u3000]*(?:(?:上午|下午|晚上|凌晨|中午)?\d{1,2}[:：]\d{2})?[\s\u3000]*(?:[·・][^\s\w]{0,3})?$")
_COMMENT_STAMP = re.compile(r"(?<![\d\-.:/])\d{1,2}-\d{1,2}[\s\u3000]*[\u4e00-\u9fff]{2,3}[\s\u3000]*(?:赞|点赞|回复)[\s\u3000]*\d")
#: A name with its handle heading a thread or a reply ("王某 @wangmou", "王某　@wang_mou ·7月17日").
_HANDLE_HEAD = re.compile(r"([\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z .]{1,24}?)[\s\u3000]*[@＠][A-Za-z0-9_]{2,30}")
#: How a signing body's name ends (a public body, a firm, an association), in a letter's signature.
_SIGNER_END = r"(?:政府|[省市县区]委|厅|局|部|委员会|管委会|办公室|办公厅|公司|集团|银行|法院|检察院|协会|学会|联合会|中心|研究院|大学|学院|学校|中学|小学|幼儿园|医院)"
#: A signature block: the body's name, then the date (in figures or in Chinese numerals), at a
#: paragraph's start; or the body's name alone on its line.
_SIGNATURE = re.compile(r"^[\s\u3000]*([\u4e00-\u9fff]{2,24}?" + _SIGNER_END + r")[\s\u3000]*"
                        r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年|$)")


def signer(paragraphs) -> str:
    """The body that signs a letter, a notice or a reply: its name followed by the date at the start
    of one of the last four paragraphs ("某市交通运输局2024年8月16日（联系人：…）"), or alone on its
    line there; '' when there is none or more than one."""
    found = {m.group(1) for t in list(paragraphs)[-4:] for m in [_SIGNATURE.match(t)] if m}
    return found.pop() if len(found) == 1 else ""


#: A person's signature at a document's end ("领衔代表：周文华", "提案人：X", "执笔人：X"): a
#: proposal, a motion or a signed opinion is the signer's, not the office that prints it ("…印发").
_PERSON_SIGN = re.compile(r"^[\s\u3000]*(?:领衔代表|提案人|建议人|提议人|提出人|起草人|执笔人|执笔|签名|署名)[\s\u3000]*[：:]"
                          r"[\s\u3000]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})[\s\u3000]*$")


def person_signer(paragraphs) -> tuple[str, str] | None:
    """(name, role) of the one person who signs a document on a line of its own among its last six
    paragraphs ("领衔代表：周文华"), the role as the document gives it beside the name elsewhere
    ("领衔代表：周文华（江州市人大代表，某中学校长）") or else the signature's label; None when there is
    none or more than one, or the name is not a person's (it opens on no surname)."""
    texts = list(paragraphs)
    found = {(m.group(1), m.group(0)) for t in texts[-6:] for m in [_PERSON_SIGN.match(t)] if m}
    names = {n for n, _ in found}
    if len(names) != 1:
        return None
    name = names.pop()
    if name[0] not in _surnames() and "·" not in name:
        return None
    label = re.match(r"[\s\u3000]*([^：:\s\u3000]+)", next(line for n, line in found)).group(1)
    described = re.compile(re.escape(name) + r"[（(]([^（）()]{2,40})[）)]")
    role = next((m.group(1) for t in texts for m in [described.search(t)] if m), label)
    return name, role


def signed_body(article, paragraphs) -> str:
    """The body whose own voice a signed letter or notice is ("我局…", "我市…", "经研究，我们认为…",
    signed "某局 2024年8月16日"), when it has no author: the signer; else ''."""
    if (article.author or "").strip():
        return ""
    body = signer(paragraphs)
    return body if body and any(_OWN_BODY.search(t) for t in paragraphs) else ""


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


def column_authors(articles, simple_of) -> dict:
    """Who holds an article's own unattributed sentences, when the text says so: its author (role
    "作者") for a column whose byline gives the author a commentator's title or whose narration
    gives the writer's view in the first person in two paragraphs or more ("我认为…", "笔者认为"),
    keyed by the article's slug; the author for a paragraph giving the writer's view ("笔者认为，…"),
    and the author or else the outlet for a paragraph opened by a comment label ("简评：…"), keyed
    by (slug, paragraph); and under (slug, "") the named author whom the narration's own "我"
    ("笔者") names, used to put a first-person statement in the third person ("我们" is not put
    anyone's name: in a report it is often a speaker's words without quotation marks).
    A news report's narration is not given a holder this way (when unsure, say nothing)."""
    from . import articlememo

    out: dict = {}
    for a in articles:  # (each article read alone: kept across saves by its content, ``articlememo``)
        out.update(articlememo.kept("columns", a, lambda a=a: _article_columns(a, simple_of(a.slug))))
    return out


def _article_columns(a, conv) -> dict:
    """``column_authors`` of one article (``conv``: its converter to simplified script)."""
    from .model import Speaker

    out: dict = {}
    author = (a.author or "").strip()
    # a byline with the author's description ("郁青禾，资深媒体人，某网特约评论员"): the name leads
    lead, _, described = (re.split(r"([，,；;|丨｜])", author, maxsplit=1) + ["", ""])[:3]
    if not described:
        # "秦朗、汽车产业评论员、专栏作家" (a byline's commas listed): the name leads only when what
        # follows is a description with a commentator's title, never a second author ("张三、李四")
        first, _, rest = author.partition("、")
        if rest and re.search(_COMMENTATOR, rest):
            lead, described = first, rest
    commentator = bool(re.search(_COMMENTATOR, described)) or bool(re.search(r"评论|观点|专栏|社论|时评", a.outlet or ""))
    if described and re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", lead.strip()):
        author = lead.strip()
    named = bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z .\-]{1,30}", author)) \
        and not re.search(r"本报|综合|记者|编辑|整理|来源", author)
    texts = [(p.id, conv(p.text)) for p in a.paragraphs]
    post = False
    if not named and author and _USERNAME.fullmatch(author) and not _ORG_END.search(author) \
            and not re.search(r"本报|本刊|本台|综合|记者|编辑|整理|来源|通讯员|特约", author):
        # a post's user name ("佛山老韩不想当接盘侠", "momo_2024"): the author, a person, whose
        # own words the whole post is
        named = post = True
    if not author:
        # a thread or a post headed by its author's name and handle ("王某 @wangmou"): the author
        handle = next((m for t in [conv(a.title or "")] + [t for _, t in texts[:1]]
                       for m in [_HANDLE_HEAD.match(t.strip())] if m and (m.end() == len(t.strip()) or t is not texts[0][1])), None)
        if handle and not _ORG_END.search(handle.group(1)):
            author, named, post = handle.group(1).strip(), True, True
    if not author and texts:
        ip = _IP_LINE.match(texts[0][1].strip())
        if ip and not _ORG_END.search(ip.group(1)):
            # a social post's author line ("某昵称 IP属地：湖北"): the post is theirs up to its comments
            # section (the first comment's stamp "07-12 湖北 赞 1563"); the comments are not
            for pid, text in texts:
                if _COMMENT_STAMP.search(text):
                    break
                out[(a.slug, pid)] = Speaker(name=ip.group(1), role="作者", article=a.slug, paragraph=pid)
            return out
    if not author and texts:
        line = _AUTHOR_STAMP.match(texts[0][1].strip())
        if line and not _ORG_END.search(line.group(1)) and not re.search(r"本报|本刊|本台|记者|编辑|来源", line.group(1)):
            # a post's author line, the name and the time it was posted ("某粉专2024年9月14日上午10:31·🌏"):
            # the post is theirs up to its first heading (its tags, its comments) or labelled line
            for b in a.blocks:
                if b.kind.startswith("h"):
                    break
                if b.kind != "p" or b.id == texts[0][0]:
                    continue
                if _TURN.match(conv(b.text)) or _COMMENT_STAMP.search(conv(b.text)):
                    break
                out[(a.slug, b.id)] = Speaker(name=line.group(1), role="作者", article=a.slug, paragraph=b.id)
            return out
    intro = next((m for _, t in texts[:2] for m in [_SELF_INTRO.search(t[:120])] if m), None)
    if intro and intro.group(1)[0] in _surnames() and (not author or conv(author) == intro.group(1)):
        # "大家好，我是柯某，欢迎来到…": a monologue's speaker (a video, a talk) introduces themself
        author, named, post = intro.group(1), True, True
    desk = author if author and not re.search(r"综合|来源|转载|记者", author) else (a.outlet or "").strip()
    for pid, text in texts:
        if desk and _COMMENT.match(text):
            out[(a.slug, pid)] = Speaker(name=desk, role="作者", article=a.slug, paragraph=pid,
                                         kind="person" if desk == author and named else "org")
        elif named and _own_view(text):  # "笔者认为，…": this paragraph is the writer's view
            out[(a.slug, pid)] = Speaker(name=author, role="作者", article=a.slug, paragraph=pid)
    signed = person_signer(t for _, t in texts) if not author else None
    if signed and not any(TURN_LABEL.match(t) or LABELLED_TURN.match(t) for _, t in texts):
        # a proposal or an opinion signed by a person ("领衔代表：周文华"): its narration is the
        # signer's, never the office whose print line ends it ("代表工作委员会 …印发")
        out[a.slug] = Speaker(name=signed[0], role=signed[1], article=a.slug,
                              paragraph=texts[0][0] if texts else "", kind="person")
        return out
    issuer = conv((a.outlet or "").strip())
    issuer = issuer if issuer and _ISSUER_END.search(issuer) else ""
    if not author and not issuer:
        # a letter, notice or reply signed at its end ("某市某局 2024年8月16日"): the signing body
        issuer = signed_body(a, [t for _, t in texts])
    if not author and issuer and sum(bool(_OWN_BODY.search(t)) for _, t in texts) >= 1 \
            and not any(TURN_LABEL.match(t) or LABELLED_TURN.match(t) for _, t in texts):
        # a release in a body's own voice ("我省", "我公司"): its narration is the issuing body's
        out[a.slug] = Speaker(name=issuer, role="", article=a.slug, paragraph=texts[0][0] if texts else "", kind="org")
        return out
    roles: dict[str, str] = {}
    for pid, who in _answers(a, conv, roles).items():  # a Q&A page's answers, each under its author's name
        out.setdefault((a.slug, pid), Speaker(name=who, role=roles.get(who, ""), article=a.slug, paragraph=pid,
                                              kind="person"))
    if not named:
        return out
    if sum(bool(TURN_LABEL.match(text) or LABELLED_TURN.match(text)) for _, text in texts) >= 2:
        # an interview or a transcript: its "我" is whoever's turn it is, never the byline's
        # reporter or host, and it is nobody's column
        return out
    # who "我" is in the narration, when no one else is said to speak
    out[(a.slug, "")] = Speaker(name=author, role="作者", article=a.slug,
                                paragraph=texts[0][0] if texts else "", kind="person")
    byline = re.compile(_BYLINE_TITLE + re.escape(conv(author)))
    at = next((pid for pid, text in texts if byline.search(text)), texts[0][0] if commentator and texts else None)
    if at is None and (post or _first_person(text for _, text in texts)):
        at = texts[0][0]
    if at is not None:
        out[a.slug] = Speaker(name=author, role="作者", article=a.slug, paragraph=at, kind="person")
    return out


def _answers(article, conv, roles=None) -> dict[str, str]:
    """Paragraphs under an answer's or a reply's author line: a block that is only a person's name
    ("陈某", a paragraph or a heading) opens that person's text, up to the next such name or another
    heading (a Q&A page's answers, a thread's replies, a letters page). Paragraph id → name."""
    from .turns import bounded_turn
    from .speakers import _common_words

    out: dict[str, str] = {}
    who = ""
    # answers go on past their head only on a page of several answers (a Q&A page, a letters page); a
    # single "王某（市民）：…" in a report is that paragraph's, the reporter's narration after it is not
    heads = sum(1 for b in article.blocks if b.kind == "p" and b.text and _ANSWER_HEAD.match(conv(b.text).strip()))
    for b in article.blocks:
        text = conv(b.text).strip() if b.text else ""
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text) and text[0] in _surnames() and not _common_words(text):
            who = text
            continue
        head = _HANDLE_HEAD.match(text)
        if head and re.match(r"[\s\u3000]*[·・•]", text[head.end():]) and not _ORG_END.search(head.group(1)):
            # a reply headed by its author's name, handle and date ("王某 @wangmou ·7月17日…"): theirs,
            # and the paragraphs after it until the next header
            who = head.group(1).strip()
            if len(re.sub(r"[^\u4e00-\u9fff]", "", text[head.end():])) >= 8 and b.kind == "p":
                out[b.id] = who
            continue
        answer = _ANSWER_HEAD.match(text)
        if answer and b.kind == "p" and (answer.group(1)[0] in _surnames() or "·" in answer.group(1)) \
                and (len(answer.group(1)) != 2 or not _common_words(answer.group(1))):
            # "陈某（游戏制作人，做了十二年…）：先说结论…": an answer headed by its author's name and
            # description; this paragraph and the ones after it, up to the next head, are theirs
            # (never past a head whose words are one closed quotation: a sound bite, then the narration)
            who = answer.group(1) if heads >= 2 and not bounded_turn(text) else ""
            out[b.id] = answer.group(1)
            if roles is not None:  # the description's first part is the role ("游戏制作人")
                roles.setdefault(answer.group(1), re.split(r"[，,；;]", answer.group(2))[0].strip())
            continue
        m = _SENDER.search(text[:200]) or _POSTED.match(text)
        if m and len(text) <= 200:  # "发件人：王某 <…>", "王某 发表于 2025-03-02": a message's or a reply's header
            who = m.group(1).strip()
            continue
        if b.kind != "p":
            who = ""
        elif who:
            out[b.id] = who
    return out

