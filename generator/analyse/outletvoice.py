"""The reporter's own text is the outlet's (issue 13, property 1): a point citing a sentence that no
one in the text is said to speak (no frame, no lead-in, no turn, no signed letter, no column's
author) names the outlet that published it as its speaker. Only an outlet the article names
cleanly ("证券日报", "中闻网"; never a URL, "■本报" or "本刊"), and never in a writer's column (its
narration is the writer's: ``speakers.column_authors``). Applied to the finished points, so that
who a sentence's speaker is (``speakerdoc``) and what the disputes read stay the text's own."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from .issuers import issuers
from .model import Point, Speaker
from .text import to_simplified

__all__ = ["outlet_name", "with_outlets"]

#: An outlet's name as a reader can take it: letters of a name, 2–20 of them.
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·&\- ]{1,19}")
#: What is no outlet's name: the paper speaking of itself, a web address.
_NOT_NAME = re.compile(r"^本(?:报|刊|台|网|站|文)|https?|www\.|\.com|\.cn|^(?:来源|作者|编辑|记者|简介|转载|原创)$",
                       re.IGNORECASE)


def outlet_name(outlet: str | None) -> str:
    """The outlet's name when it is one a reader can take as a holder, else ''."""
    name = (outlet or "").strip()
    return name if _NAME.fullmatch(name) and not _NOT_NAME.search(name) else ""


#: A story's own tag naming its paper ("【华商财经日报讯】", "［江州晚报讯］") or a wire's dateline naming
#: its agency ("环亚社布鲁塞尔6月12日电", "中新网北京6月1日电"), opening one of the first paragraphs.
_STORY_TAG = re.compile(r"^\s*[【\[［]([\u4e00-\u9fff]{2,10})(?:讯|訊)[】\]］]")
_DATELINE = re.compile(r"^\s*([\u4e00-\u9fff]{1,8}(?:社|网|網))[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日(?:电|電)")


def story_outlet(article) -> str:
    """The paper or agency a story names as its own at its start ("【华商财经日报讯】", "环亚社布鲁塞尔
    6月12日电"): a news outlet's name, never the paper speaking of itself ("【本报讯】"); else ''."""
    for p in list(getattr(article, "paragraphs", ()))[:3]:
        text = (p.text or "").strip()
        m = _STORY_TAG.match(text) or _DATELINE.match(text)
        if m:
            name = m.group(1)
            return name if _MEDIA_END.search(name) and not re.match(r"本|我", name) else ""
    return ""


def voice_name(article, outlet: str | None) -> str:
    """Whose own voice an article's unattributed text is: the organisation its byline names as the
    author (a bureau's notice on a city's portal, an institute's report on a platform: the body that
    issued it, not the site that carries it), else the paper or agency the story names as its own at
    its start (``story_outlet``: the paper, not the site whose title the page carries), else the
    outlet (``outlet_name``)."""
    from .speakerholder import _ORG_SUFFIX

    author = (getattr(article, "author", None) or "").strip()
    if _NAME.fullmatch(author) and " " not in author and not _NOT_NAME.search(author) and _ORG_SUFFIX.search(author) \
            and len(author) >= 4:
        return author
    return story_outlet(article) or outlet_name(outlet) or masthead_paper(article)


#: A printed page's masthead opening its title or first paragraph: the paper's name, then a gap
#: ("港滙日報　　　　國際經濟　　Ａ１２…"), never a headline's first words.
_MASTHEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}(?:报|報))[\s\u3000]{2,}")
_OWN_TAG = re.compile(r"[【\[［]本(?:报|報)(?:讯|訊)[】\]］]")


def masthead_paper(article) -> str:
    """The paper a scanned page's masthead names, for a story on it that calls itself the paper's
    ("【本報訊】"), when nothing else names the outlet; else ''."""
    firsts = [(p.text or "") for p in list(getattr(article, "paragraphs", ()))[:3]]
    if not any(_OWN_TAG.search(t) for t in firsts):
        return ""
    for text in [getattr(article, "title", None) or ""] + firsts[:1]:
        m = _MASTHEAD.match(text)
        if m:
            return m.group(1)
    return ""


#: A paragraph opened by a label ("产能：…", "- 观点：…"): a list's item, whose holder may be the list's.
_LABELLED = re.compile(r"^(?:\\?[-•·*]\s*)?[^，。；：“”「」\s]{2,30}[：:]")
#: Quotation marks, an unnamed source ("有人", "有分析认为", "据…"), a first person or a frame word:
#: words someone else may hold.
_OTHER_VOICE = re.compile(r"[“”「」]|^(?:[^，。]{0,8}[，,])?(?:也|还|另)?有(?:人|分析|观点|声音|消息|评论)|^据|"
                          r"笔者|(?<![自])我(?![国方省市县区校院军党司行])|咱们|"
                          r"(?:认为|表示|指出|称|说|透露|坦言|直言|强调|预计|预测|估计|看来|呼吁|建议|提醒|质疑|批评|"
                          r"写道|发文|发帖|留言|吐槽|调侃|感叹|直呼|重复|承认|回应|表态|验证|宣布|公布|披露|"
                          r"抱怨|声称|宣称)|"
                          # people of a kind worrying, as the clause's subject ("市场人士担心，…"; never
                          # "…引发家长担忧", a worry the writer reports)
                          r"(?:^|[，,；;。])[^，,；;。“”]{0,4}?(?:人士|专家|学者|分析师|网友|市民|居民|家长|投资者|消费者)"
                          r"(?:普遍|也|则|都|亦|还)?(?:担心|担忧)|"
                          # unnamed people of a kind as the subject ("有玩家反映", "有海外玩家质疑", "有摊主说")
                          r"(?:^|[，,。；])(?:也|还|另)?有[^，。；]{0,6}?(?:网友|玩家|用户|市民|家长|读者|乘客|消费者|商户|"
                          r"摊主|店主|人士|专家|学者|从业者|业者)|"
                          # a back-reference to a company or a body ("公司将…", "该行…"), a list's numbered item
                          r"(?:^|[，,；;])(?:该|本|其)?(?:公司|集团|机构)|该(?:公司|集团|机构|行)|本行|"
                          r"^[（(]?\d{1,2}[)）]?[，,、.．]")


#: The reporter's own frame: what the outlet's reporter found ("据记者了解，", "记者统计，", "据本报记者梳理，").
_REPORTER_FRAME = re.compile(r"^(?:[^，。“”]{0,8}[，,])?(?:据)?(?:本报|本刊|本台|本网)?记者(?:从[^，。“”]{1,20})?"
                             r"(?:了解到?|获悉|观察|梳理|统计|调查|注意到|发现|走访|查询|看到|所见)[，,]|"
                             # the writer's own markers ("据了解，", "需要指出的是，", "值得注意的是，")
                             r"^(?:据了解|据悉|需要指出的是|值得注意的是|值得一提的是|需要注意的是)[，,]|"
                             # a forecast with no holder named, opening the sentence ("预计整个冰雪季…将…"): the writer's
                             r"^(?:预计|据预计|估计|据估计)(?=[^，。：“”「」]{4})")


#: A term set in quotation marks inside a sentence ("“90后”游客", "存在“来得快、去得也快”的风险"): a
#: name or a catchword, short and without a pause of speech, not after a colon handing over the floor.
_TERM = re.compile(r"(?<![：:])(?:“[^“”，。！？：；,!?:;\n]{1,12}”|「[^「」，。！？：；,!?:;\n]{1,12}」|‘[^‘’，。！？：；\n]{1,12}’)")


#: A poll's share of the people asked and what they answered ("约42%的受访者认为", "超过六成网友表示"): a
#: figure the writer reports, no one's words.
_SURVEY = re.compile(r"(?:约|近|超过|逾|有)?(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成(?:以上|多)?|半数以上)的?"
                     r"[\u4e00-\u9fff]{0,4}?(?:受访者|受访家长|网友|玩家|用户|消费者|家长|市民|居民|人|受调查者)"
                     r"(?:认为|表示|称|选择|希望|不希望|支持|反对)")


#: An English sentence's own attribution or quotation ("…, Sato says.", "its developer said",
#: "according to data…", "Beijing insists…", "Some players have complained…", a "quoted" phrase):
#: someone else's words, however unnamed (issue 13: the outlet is never credited for them).
_ENGLISH_VOICE = re.compile(r"\b(?:says?|said|saying|tells?|told|according to|insists?|insisted|argues?|argued|"
                            r"believes?|expects?|warns?|warned|notes?|noted|adds?|added|claims?|"
                            r"claimed|states?|stated|announced|estimates?|estimated|predicts?|predicted|reported|"
                            r"reports|complain(?:s|ed)?|cites?|cited|concedes?|conceded|admits?|admitted|"
                            r"acknowledged?|"
                            r"think|thinks|worry|worries|worried)\b|[\"“”]", re.IGNORECASE)
#: A short title or term in quotation marks ("Black Myth: Wukong", "Journey to the West"): no one's speech.
_ENGLISH_TERM = re.compile(r"[\"“](?:[^\"“”,.!?;]{1,40})[\"”]")


def english_voice(text: str) -> bool:
    """Whether a sentence's English words report someone's speech or view (an attribution or a
    quotation in them), so that they are no reporter's own text."""
    latin = " ".join(re.findall(r"[A-Za-z\"“][A-Za-z0-9 ,.'’%$¥£€\"“”;:()-]*", text))
    latin = _ENGLISH_TERM.sub(lambda m: "T" if len(m.group(0).split()) <= 5 else m.group(0), latin)
    return len(re.findall(r"[A-Za-z]+", latin)) >= 4 and bool(_ENGLISH_VOICE.search(latin))


def quotes_speech(text: str) -> bool:
    """Whether a sentence quotes someone's words: quotation marks left once the short terms in
    them are read as terms ("“90后”游客", "“一车一码”监控" quote no one)."""
    return bool(re.search(r"[“”「」]", _TERM.sub("", text)))


def _english_part(text: str, quote: str) -> str:
    """The English sentences of ``text`` that ``quote`` cites (an English paragraph is one sentence
    to the Chinese splitter: its other sentences' "…, she said" are not the cited one's), else ``text``."""
    from .englishtext import is_english, split_english

    if not quote or not is_english(text):
        return text
    q = quote.strip()
    cited = [t for _, t in split_english(text) if t[:16] in q or q[:16] in t]
    return " ".join(cited) or text


def reporters(s, people=frozenset(), voice: str = "", quote: str = "") -> bool:
    """Whether a sentence reads as the reporter's own text: no frame or attribution of any kind
    (a holder we could not resolve, "该公司认为", "他说", is still someone's), no quotation, no
    first person, not an item under a label or a number, and no mention of a person the article
    has speak (``people``: "发布会上，X不断重复…" reports X's words). In English, only the
    sentences ``quote`` cites are read."""
    from .speakerroles import names_holder
    from .speakers import find_attributions

    simple = _english_part(s.simple, quote)
    text = _REPORTER_FRAME.sub("", simple, count=1)  # "据记者了解，…": the reporter's own finding
    text = _TERM.sub("", text)  # (a short term in quotation marks, "“90后”", "“带娃看雪”", is no one's speech)
    text = _SURVEY.sub("", text)  # "约42%的受访者认为…": a poll's figure the writer reports
    if len(voice) >= 3:
        # the body whose document it is, referring to itself ("研究院建议，…", "公司表示，…"): its own voice
        ends = "|".join(re.escape(voice[-k:]) for k in range(len(voice) - 1, 1, -1))
        text = re.sub(rf"^(?:本|该|我)?(?:{ends})(?:表示|认为|指出|称|建议|预计|提醒|强调|说明|梳理发现|发现)[，,：:]", "", text)
    return not (_OTHER_VOICE.search(text) or english_voice(text) or _LABELLED.match(s.paragraph_simple) or names_holder(text)
                or any(n in text for n in people) or find_attributions(text))


def others_in_outlets_item(s, poster: str) -> bool:
    """Whether a sentence of an item posted under a news outlet's name (a monitoring export's rows,
    ``3楼　新华网　2024-08-23``) reports someone else's words or data ("游戏科学发布消息称…", "京东数据显示…",
    "有玩家反映…"): then it is not the outlet's, though the item is; a forum poster's sentences stay theirs."""
    from .speakerholder import _ORG_SUFFIX

    name = (poster or "").strip()
    media = bool(_MEDIA_END.search(name)) and not _ORG_SUFFIX.search(name)
    return media and not reporters(s)


def withheld_items(article, sents) -> frozenset:
    """The sentences of ``article``'s items posted under a news outlet's name that report someone
    else's words (``others_in_outlets_item``): spoken, though not the outlet's, so that they are still
    read as someone's claim."""
    from .speakerposts import posts_by_heading

    posted = posts_by_heading(article, lambda t: to_simplified(t, article.script))
    return frozenset((s.article, s.index) for s in sents
                     if s.paragraph in posted and others_in_outlets_item(s, posted[s.paragraph]))


def with_outlets(points, articles, per_article, sentence_speakers, outlets, columns, voice) -> list[Point]:
    """``points`` with the outlet added as a speaker of each citation whose sentences no one speaks.

    ``outlets``: article slug → outlet as the byline or the title gives it; ``columns``: slugs of
    writers' columns (their narration is the writer's); ``voice(name) -> (group, label)``."""
    sents_of: dict[tuple[str, str], list] = {}
    for slug, ss in per_article.items():
        for s in ss:
            sents_of.setdefault((slug, s.paragraph), []).append(s)
    names = {a.slug: voice_name(a, outlets.get(a.slug)) for a in articles}
    # a page carrying an issued document: its articles are the issuing body's, not the site's
    issued = {(a.slug, pid): body for a in articles for pid, body in issuers(a).items()}
    people: dict[str, set[str]] = {}  # the people each article has speak, as its sentences write them
    simple = {a.slug: a.script for a in articles}
    for (slug, _), sps in sentence_speakers.items():
        for sp in sps:
            if sp.kind == "person" and len(sp.name) >= 2 and not _no_persons_name(to_simplified(sp.name, simple.get(slug, "zh-Hans"))):
                people.setdefault(slug, set()).add(to_simplified(sp.name, simple.get(slug, "zh-Hans")))
    out = []
    for p in points:
        speakers = [_full_name(sp, names.get(sp.article, "")) for sp in p.speakers]
        spoken = {(sp.article, sp.paragraph) for sp in speakers}
        for c in p.citations:
            name = issued.get((c.article, c.paragraph)) or names.get(c.article, "")
            # each unspoken citation of the outlet's own text is its voice, not only the first one
            # (pages show a name once)
            if not name or c.article in columns or (c.article, c.paragraph) in spoken:
                continue
            cited = [s for s in sents_of.get((c.article, c.paragraph), ())
                     if s.original.strip() and (s.original.strip()[:12] in c.quote or c.quote[:12] in s.original)]
            if not cited or any(sentence_speakers.get((s.article, s.index))
                                or not reporters(s, people.get(c.article, ()), name, c.quote)
                                or _goes_on(s, sents_of.get((c.article, c.paragraph), ()), sentence_speakers)
                                for s in cited):
                continue  # someone in the text speaks it, or may (or we cannot tell which sentence it is)
            group, label = voice(name) if _media(name) else ("", "")
            speakers.append(Speaker(name=name, role="", article=c.article, paragraph=c.paragraph, kind="org",
                                    group=group, group_label=label))
            spoken.add((c.article, c.paragraph))
        out.append(replace(p, speakers=tuple(speakers)) if tuple(speakers) != p.speakers else p)
    return out


#: A sentence adding to the one before ("此外，…", "另外，…"): it may go on in that sentence's voice.
_ADDS = re.compile(r"^\s*(?:此外|另外|除此之外|而且|并且|再者|同时)[，,]")


def _goes_on(s, paragraph_sents, sentence_speakers) -> bool:
    """Whether ``s`` adds to a sentence just before it in its paragraph that a holder speaks ("但蔡某提醒，…。
    此外，欧洲的人力成本…"): whether it is the holder's or the reporter's, unsure, so it is not the outlet's."""
    before = [x for x in paragraph_sents if x.index < s.index]
    adds = _ADDS.match(s.simple)
    # (one adding other people's voice, "此外，也有车主投诉…", is the reporter's account)
    return bool(before) and bool(adds) and not re.match(r"\s*(?:也|还|另|又)?有", s.simple[adds.end():]) \
        and bool(sentence_speakers.get((before[-1].article, before[-1].index)))


@lru_cache(maxsize=1 << 14)  # asked for every attribution of every article, on every save
def _no_persons_name(name: str) -> bool:
    """Whether a holder taken for a person is one word that names a place, a body or a bloc ("欧盟",
    "北京", "联合国"): then a sentence mentioning it is no report of a person's words."""
    import jieba.posseg as posseg

    words = list(posseg.cut(name))
    return len(words) == 1 and words[0].flag in ("ns", "nt", "j")


#: How a news outlet's name ends ("冰城晚报", "新台日報", "江州网", "财新周刊", "端传媒").
_MEDIA_END = re.compile(r"(?:报|報|刊|网|網|台|臺|社|媒|媒体|媒體|新闻|新聞|杂志|雜誌|频道|頻道|在线|在線|资讯|資訊|财经|財經|观察|觀察)$")


def _media(name: str) -> bool:
    """Whether the voice of a document is a news outlet's, labelled as the media's: not a body's
    that names itself as one (a bureau, a government, an institute, a company: "哈尔滨市文化广电和旅游局",
    "游迹旅行大数据研究院"), whose own notice or report no reader takes for the press."""
    from .speakerholder import _ORG_SUFFIX

    return bool(_MEDIA_END.search(name)) or not _ORG_SUFFIX.search(name)


def _full_name(sp, voice: str):
    """A body's short back-reference to the one whose voice the article is ("研究院建议" in an
    institute's report, "公司表示" in a company's announcement): that body, named in full."""
    if voice and sp.kind in ("org", "bare") and 2 <= len(sp.name) < len(voice) and voice.endswith(sp.name) \
            and not sp.role:
        return replace(sp, name=voice, kind="org")
    return sp
