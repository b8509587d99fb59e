"""A digest's summary: the article's thesis first (headline, lead, an author's stated position,
never a view the article reports only to answer it), then its main supporting points chosen by
MMR in reading order, then its conclusion — each a sentence that reads on its own."""

from __future__ import annotations

import re
from functools import lru_cache

from .interviews import ANSWER_TURN, LABELLED_TURN, QUESTION_LABEL, TURN_LABEL
from .residue import display_text
from .text import Sentence, cjk_len, content_tokens, dot, is_whole_sentence, tokens, unit

__all__ = ["summarise", "host_turns", "turn_label"]

MMR_LAMBDA = 0.7


_GREETING = re.compile(r"^(?:hi|hello|你好|您好|大家好|欢迎|各位)", re.I)
_CONNECTIVE = re.compile(r"^(?:而|但|但是|因此|所以|此外|除此之外|除此以外|与此同时|同时|不过|然而|另外|另一方面|于是|"
                         r"对此|其中|比如|例如|再如|\d+[、.．]|[（(]\d+[)）])")


#: What usually happens ("往年这个时候正是扇贝出货的旺季", "每到这个季节…"): a feature's scene, the
#: background against which the news stands, never its thesis.
_HABITUAL = re.compile(r"往年|往常|以往这个|每年这个时候|每到这个|平时这个时候")
#: A sentence about the document itself ("本合集由…整理", "欢迎你来到…") states no thesis.
_META = re.compile(r"本文|本合集|本期|合集|本报告|本栏目|欢迎|整理汇总|@|(?:全程|实时|持续|滚动)(?:更新|报道|直播)")
#: A sentence that starts like the tail of another one (an OCR page or a cut paragraph): a
#: function character, or one character then a comma ("前，OpenAI公布…" after a lost "2月15日").
_FRAGMENT_START = re.compile(r"^(?:[月日年号的了着过地得之而且并和与及或，。、；：！？）」』”]|[\u4e00-\u9fff][，、])")
#: Words that attribute speech: a quotation or a first-person sentence needs one to be read alone.
_SPEECH_VERB = re.compile(r"表示|认为|说|指出|称|坦言|直言|强调|提到|透露|介绍|回应|写道|坦承|呼吁|建议|"
                          r"分析|解释|看来|眼中|告诉|谈到|提醒|预计|判断")
#: The first person of a speaker ("我也不认为…", "我们中国人…"); 我国 is the newsroom's own usage.
_FIRST_PERSON = re.compile(r"我(?![国省市区县校院司行军方])|笔者")
#: A sentence that points back at the one before it ("从这个角度来看", "对此", "在此背景下").
_ANAPHORIC = re.compile(r"^(?:从|在|就|对|按|照|据|以|由|基于|鉴于|正因)?(?:这|那|此|该|上述|前述|以上)"
                        r"|^(?:他|她|它|其|公司|对方|后者|前者)")
#: A sentence that leans on the one before after an opening phrase: a time given only by reference
#: ("同一天，…", "此后两周…") or a demonstrative subject after a first clause ("禁令实施后，这条
#: 链条被切断"): alone, the reader does not know which day or which chain.
_LEANS_BACK = re.compile(r"^(?:同一天|同一日|同日|当天|当日|当晚|此后|随后|其后|次日|翌日)"
                         r"|^(?:两|二|三|这两|这三)[种个](?:看法|观点|说法|意见|立场|方案|做法)"
                         r"|^[^，。！？]{0,14}[，,]\s*(?:这|那|该|此)(?:条|个|些|种|项|位|家|款|次|类|批|场|笔|件|份)")
_OPEN_QUOTE = "“「『\"‘"


def _readable(s: Sentence) -> bool:
    """A sentence that reads on its own: whole, of a sensible length, not a fragment (a cut
    paragraph's tail, unbalanced brackets or quotes), not a greeting or a bare pronoun's."""
    return _readable_text(s.original, s.simple, _first_char(s.paragraph_original))


def _first_char(text: str) -> str:
    """The first characters after any space (without copying a paragraph of megabytes per
    sentence): enough to tell a word (过去, 的确) from a lost sentence's tail (月15日, 前，)."""
    m = _NON_SPACE.search(text)
    return text[m.start():m.start() + 8] if m else ""


_NON_SPACE = re.compile(r"\S")


def _fragment_start(text: str) -> bool:
    """A text that starts like the tail of another one: a function character that is not the
    start of a word ("月15日…", "的…", but not "过去一周", "的确"), or one character and a comma."""
    m = _FRAGMENT_START.match(text)
    if not m:
        return False
    if len(m.group()) == 2:
        return True  # "前，OpenAI…"
    first = tokens(text[:8])
    return not first or len(first[0]) < 2


#: Page furniture read as a sentence: a ticker, a toolbar, a table row flattened ("恒生指数15703.45
#: ▲+82.27(+0.53%) |…", "[立即刷新] [关闭自动刷新]"): bars, arrows and buttons, not prose.
_CONTROLS = re.compile(r"[|｜▲▼△▽►◄→←]|\[[^\]]{1,8}\]")


#: Interface words glued to a text ("...展开", "展开全文") and items set apart by bullet marks
#: ("．中国7月青年失业率升至17.1%…．日本拟研议…": a run of headlines, a related-links list).
_UI_RESIDUE = re.compile(r"(?:\.{3}|…)\s*(?:展开|全文)|展开全文|收起全文")
_BULLET_ITEM = re.compile(r"(?:^|(?<=[^\d]))[．•▪◆■●]\s*(?=[^\d\s])")


def _furniture_like(text: str) -> bool:
    """Two bars, arrows or bracketed buttons, interface words, two bulleted items, or less than
    half of the text in words (Chinese or Latin letters): a ticker, a toolbar, a list of links or a
    data line, never a summary sentence."""
    if len(_CONTROLS.findall(text)) >= 2 or _UI_RESIDUE.search(text) or len(_BULLET_ITEM.findall(text)) >= 2:
        return True
    t = re.sub(r"\s", "", text)
    return bool(t) and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", t)) < 0.5 * len(t)


#: A list of people with their roles after a label ("来宾：张三（某大学教授）、李四（某公司总经理）").
_CAST = re.compile(r"^\s*[^，。：:]{1,6}[：:][^，。：:]{1,12}[（(][^）)]{1,30}[）)]\s*[、，,和及与]")


def turn_label(text: str) -> str:
    """A transcript's or an interview's speaker label opening a text ("来宾（某大学教授张三）：",
    "主持人：", "问："), else ""."""
    m = LABELLED_TURN.match(text) or TURN_LABEL.match(text) or QUESTION_LABEL.match(text)
    return m.group() if m else ""


@lru_cache(maxsize=1 << 16)
def _readable_text(original: str, simple: str, paragraph_start: str) -> bool:
    o = original.strip()
    if o[:1] in "（(【[" or _furniture_like(o) or "※" in o or _CAST.match(simple):
        # a credit or an aside from another paragraph ("（编辑陈曦）背景：…"), a ticker, a note
        # ("※本逐字稿由…自动产生"), a cast list ("来宾：张三（某大学教授）、李四（…）")
        return False
    label = turn_label(simple.strip())
    if label:  # a turn's first sentence: what the speaker says must read alone ("来宾（…）：我认为冲击有限。")
        o, simple = o[len(label):].strip(), simple.strip()[len(label):].strip()
    if not is_whole_sentence(o) or not (15 <= cjk_len(o) <= 150):
        return False
    if _fragment_start(o) or _fragment_start(paragraph_start or "x"):
        return False  # a paragraph that starts mid-sentence is a piece of a page (OCR), all of it
    body = simple.strip()
    if body[:1] in _OPEN_QUOTE:
        # a bare quotation ("「但有機構預估…」") reads as nobody's unless the sentence names its speaker
        closing = max(body.rfind(c) for c in "”」』\"’")
        if closing <= 0 or not _SPEECH_VERB.search(body[closing:]):
            return False
        body = body.lstrip(_OPEN_QUOTE)
    if _ANAPHORIC.match(body) or _GREETING.match(body) or _LEANS_BACK.match(body):
        return False
    first = _FIRST_PERSON.search(body)
    if first and not _SPEECH_VERB.search(body[:first.start()]) and not _stance(body):
        return False  # a first-person conclusion without its speaker (the author's stated view reads)
    for a, b in ("（）", "()", "“”", "「」", "《》"):
        if o.count(a) != o.count(b):
            return False
    return True


#: How much the headline's words weigh in choosing the thesis (more, and side remarks that share a
#: headline word win over the lead).
HEADLINE = 0.8
#: How much an author's own stated position ("我想泼一盆冷水：…", "我恰恰认为…") weighs in
#: choosing the thesis: an opinion column's thesis is the author's view, not the lead's scene.
STANCE = 0.25

#: Someone else's view being reported ("雷军说，…", "有机构认为…", "也有人持相反看法").
_REPORTED_VIEW = re.compile(r"认为|表示|说|称|宣称|声称|主张|强调|看来|解读为|持相反看法|的说法")
#: A sentence answering the one before it: a contrast, or the author disagreeing in the first person.
_REBUTTAL = re.compile(r"^(?:可(?![以能见])|可是|但|但是|然而|不过|其实|事实上|实际上|恰恰|殊不知|问题是)"
                       r"|^[^，。]{0,12}?(?:我|笔者)(?:并不|不|恰恰|倒|却|反而|想|认为)")
#: The author's own position, in the first person or as a verdict ("未必是…更可能是…").
_STANCE = re.compile(r"(?:我|笔者)(?:想|恰恰|倒|更|却|反而|始终|一直)?(?:认为|觉得|以为|判断|相信|主张|"
                     r"泼一盆冷水|并不否认|不否认|并不认为|不认为|想说)|在我看来|坦白说|说到底|归根结底|"
                     r"未必是.{1,30}更可能是|与其说.{1,30}不如说|与其.{1,30}不如")
#: A position the author draws from the argument: a conclusion marker and what should be done
#: ("因此，与其抢盐、追涨，不如把力气用在…", "所以，监管部门应当…"). A column often sets the scene
#: with a first view early and closes on this: it is the thesis wherever it stands.
_PRESCRIBES = re.compile(r"^(?:因此|所以|总之|说到底|归根结底|归根到底)[，,]?.{0,40}?"
                         r"(?:与其.{1,30}不如|应当|应该|必须|需要|才是)")
#: Words of a position taken in an answer: what should be done, what something does not mean.
_POSITION = re.compile(r"应该|应当|必须|不应|建议|关键是|关键在于|最有效的|不等于|并不意味着|不意味着|不能替")
#: A view held by nobody named ("有人说…", "也有人担心…", "有观点认为…"): a writer sets it up to
#: answer it, and alone it reads as the article's own claim.
_UNNAMED_VIEW = re.compile(r"^(?:也|还|更|另)?有(?:人|些人|不少人|很多人|网友|声音|观点|评论|说法)"
                           r"(?:说|认为|担心|觉得|质疑|指出|称|表示|批评|主张|提出)")
#: A sentence that continues the one before it and cannot open a summary line.
_CONTINUES = re.compile(r"^(?:以及|只是|接下来|然后|并且|而且|甚至|还有|除了这|除此|另一方面|首先|其次|再次)")
#: An answer that reports what a named other says (not "我认为", "我们认为").
_REPORTS_OTHERS = re.compile(r"(?:^|[，。；：:])(?!从|反过来|也就是|换句话|总的来|老实|比如|坦白|简单)"
                             r"[^，。；：:我]{2,20}?(?:认为|指出|表示|提醒|强调|说|称)[，：:「“]")


def _author_position(simple: str) -> bool:
    """A position taken outside any quotation ("延迟退休必须配套…", "关键在于…"), not a concession
    ("必须承认，…", "不得不承认")."""
    bare = _unquoted(simple)
    return bool(_COLUMN_POSITION.search(bare)) and not re.search(r"必须承认|不得不承认|不能不承认", bare)


#: What a columnist says must be done (not the epistemic "应该问题不大": probably no problem).
_COLUMN_POSITION = re.compile(r"必须|应当|不应|不能只|关键是|关键在于|不等于|并不意味着|不意味着|才是")


def _stance(simple: str) -> bool:
    """The author's own position: a stance marker outside any quotation."""
    return bool(_STANCE.search(_unquoted(simple)))


def _unquoted(text: str) -> str:
    """The text with what is inside quotation marks (“…”, 「…」) blanked out (so "我以“X”为题"
    does not read as 我以为)."""
    out, depth = [], 0
    for ch in text:
        if ch in "“「『":
            depth += 1
            out.append("〇")
        elif ch in "”」』" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def _rebutted(sents: list[Sentence]) -> set[int]:
    """Indices (Sentence.index) of views the article reports in order to answer them: a
    sentence giving someone's view, followed in the same or the next paragraph by a
    sentence that opens on a contrast (可/但/事实上/恰恰) or the author disagreeing (我并不…)."""
    out: set[int] = set()
    for a, b in zip(sents, sents[1:]):
        if b.para_index - a.para_index > 1:
            continue
        answer = b.simple.strip()
        author = _stance(answer) or not _SPEECH_VERB.search(_unquoted(answer))  # not another side quoted
        if _REPORTED_VIEW.search(a.simple) and not _stance(a.simple) and author and _REBUTTAL.match(answer):
            out.add(a.index)
    return out
#: A paragraph that starts what follows the article proper: an appendix, further reading, an
#: embedded post's signature.
_APPENDIX = re.compile(r"^\s*(?:另附|附[：:]|附录|相关阅读|延伸阅读|推荐阅读|相关链接|往期回顾|往期推荐|原文链接|"
                       r"责任编辑|编辑[：:]|—+\s*\S+\s*\(@)")


_NUMBERED = re.compile(r"^\s*(?:\d+[、.．]|\d{1,2}[，,](?=\D)|[-*•]\s*|[（(]\d+[)）]|第[一二三四五六七八九十]+[，、,])")
_SECOND_PERSON = re.compile(r"你(?!们公司)|您")


def _body_end(sents: list[Sentence]) -> int:
    """The paragraph index where the article proper ends (before an appendix, an embedded
    post's signature or further reading)."""
    seen: set[int] = set()
    end = max((s.para_index for s in sents), default=0)
    for s in sents:
        if s.para_index in seen:
            continue
        seen.add(s.para_index)
        if s.start == 0 and _APPENDIX.match(s.paragraph_simple[:40]) and s.para_index > 2:
            return max(s.para_index - 1, 0)
    return end


#: A labelled list: a short label and a colon, then items set apart by semicolons ("风险提示：A；B；C").
_LABELLED_LIST = re.compile(r"^\s*[^，。；：:,;]{2,8}[：:][^。！？]*?[；;][^。！？]*?[；;]")
#: A short speaker label opening a paragraph ("张三：", "主持人：", "来宾（某大学教授张三）：").
_SPEAKER = re.compile(r"^\s*([^，。；：:,;！？“”「」\s]{1,6}|[^，。：:“”「」（(\s]{1,10}[（(][^）)]{1,40}[）)])[：:]")


def host_turns(sents: list[Sentence]) -> set[int]:
    """Paragraphs spoken by a transcript's host: turns labelled 主持人 (or an interviewer's 问/记者),
    and, in a transcript of labelled turns (three or more, two speakers or more), every turn of
    the speaker who opens and closes it (welcome and sign-off: "好，今天非常谢谢两位来宾…再见").
    The host chairs; the guests argue: the digest's thesis and conclusion are never the host's."""
    turns: list[tuple[int, str]] = []
    seen: set[int] = set()
    for s in sents:
        if s.para_index in seen or s.start != 0:
            continue
        seen.add(s.para_index)
        m = _SPEAKER.match(s.paragraph_simple[:60])
        if m:
            turns.append((s.para_index, m.group(1)))
    out = {p for p, label in turns if re.match(r"(?:主持人|主持|问|记者|Q)(?:$|[\u4e00-\u9fff]{2,3}$)", label)}
    labels = [label for _, label in turns]
    if len(turns) >= 3 and len(set(labels)) >= 2 and labels[0] == labels[-1] and labels.count(labels[0]) >= 2:
        out |= {p for p, label in turns if label == labels[0]}
    return out


def _to_the_reader(s: Sentence) -> bool:
    """A line addressed to the reader outside any quotation and any speaker's turn ("你收到这封邮件
    是因为你订阅了…", "欢迎转发给朋友"): the page talking to its reader, not the article's content."""
    return bool(_SECOND_PERSON.search(_unquoted(s.simple))) and not turn_label(s.paragraph_simple[:60])


def _unnamed_turn_speaker(s: Sentence) -> bool:
    """A first-person sentence inside a speaker's turn, after the label ("我认为大陆法院承认的机会
    非常低…" in "张三：…。我认为…"): alone, the reader cannot tell who "我" is (the turn's first
    sentence carries the label and reads)."""
    if s.start == 0 or not turn_label(s.paragraph_simple[:60]):
        return False
    first = _FIRST_PERSON.search(_unquoted(s.simple))
    return bool(first) and not _SPEECH_VERB.search(s.simple[:first.start()])


def summarise(sents: list[Sentence], weights: dict[str, float], topic_terms: tuple[str, ...],
              k: int | None = None, salient: set | None = None,
              title: str = "") -> list[tuple[Sentence, str]]:
    """The article's thesis, then its main supporting points: 4–6 whole sentences (fewer when fewer read alone).

    The thesis is the early sentence closest to the headline and to the whole article (the
    lead); a closing sentence that restates it is the conclusion. Supporting points are chosen
    by MMR (central, non-redundant; a little weight for stating a briefing point, ``salient``)
    and kept in reading order. Returns (sentence, role) with role ``thesis``, ``point`` or
    ``conclusion``, thesis first."""
    rebutted = _rebutted(sents)
    # an interview (two answers or more, each a paragraph labelled 答：): its thesis is the
    # interviewee's main answer, never a question or the introduction
    answers = {s.para_index for s in sents if s.start == 0 and ANSWER_TURN.match(s.paragraph_simple[:8])}
    asked = {s.para_index for s in sents if QUESTION_LABEL.match(s.paragraph_simple[:8])}
    hosted = host_turns(sents)
    # ...unless its answers mostly report what others say ("林佩蓉指出…", "郑宇翔则说…"): an explainer
    # in questions and answers, whose thesis is its lead like any report's
    reporting = {s.para_index for s in sents if s.para_index in answers and _REPORTS_OTHERS.search(_unquoted(s.simple))}
    interview = len(answers) >= 2 and len(reporting) * 2 < len(answers)
    # a view the article reports in order to answer it is not what the article argues; a
    # sentence continuing the one before ("以及…", "只是…") cannot open a summary line
    # ...nor the page talking to its reader ("你收到这封邮件是因为…"), a labelled list ("风险提示：A；B；
    # C"), a host's turn or a turn's "我" without its speaker
    pool = [s for s in sents if _readable(s) and s.index not in rebutted and s.para_index not in asked
            and s.para_index not in hosted and not _CONTINUES.match(display_text(s.simple))
            and not _unnamed_turn_speaker(s) and not _to_the_reader(s) and not _LABELLED_LIST.match(s.simple)
            and not _UNNAMED_VIEW.match(display_text(s.simple))]
    if not pool:
        return []
    vecs = [unit({t: weights.get(t, 1.0) for t in content_tokens(s.simple)}) for s in pool]
    head = unit({t: weights.get(t, 1.0) for t in content_tokens(title)}) if title else {}
    n = len(pool)
    # Mean similarity to the rest is v_i · (sum of all v_j) − v_i · v_i over n − 1: one pass over
    # the pool, not a similarity matrix (n² products: hours for an article of 20,000 sentences).
    total: dict[str, float] = {}
    for v in vecs:
        for t, x in v.items():
            total[t] = total.get(t, 0.0) + x
    terms_low = [t.lower() for t in topic_terms]
    cent, shared = [], []
    for i in range(n):
        c = (dot(vecs[i], total) - dot(vecs[i], vecs[i])) / max(n - 1, 1)
        shared.append(c)  # how much of the rest of the article the sentence shares
        low = pool[i].simple.lower()
        topic = 0.1 if any(t in low for t in terms_low) else 0
        point = 0.08 if salient and (pool[i].article, pool[i].index) in salient else 0.0
        lean = -0.06 if _CONNECTIVE.match(pool[i].simple) else 0.0
        long = -0.04 if cjk_len(pool[i].original) > 90 else 0.0
        cent.append(c + topic + point + lean + long)
    last = max(s.index for s in sents) or 1
    # the headline's claim wherever it is stated (an OCR page puts it anywhere), else the lead
    # a thesis is the article's claim: not a note about the document, a numbered list item or
    # an instruction to the reader ("4.积极参与群内的讨论，你可能会…")
    stance = [_stance(s.simple) for s in pool]
    # an interviewee's answer that takes a position ("…不等于没有问题", "最有效的办法是…") over one
    # that reports a reading
    # ...and so does the author's own "必须…", "关键在于…" in an article whose author takes a stance (a
    # column), when no one else is reported as holding it ("有专家认为…应该一步到位")
    column = not interview and any(stance)
    position = [interview and bool(_POSITION.search(_unquoted(s.simple)))
                or column and not _REPORTED_VIEW.search(_unquoted(s.simple).split("，")[0]) and _author_position(s.simple)
                for s in pool]
    candidates = [i for i in range(n) if not _META.search(pool[i].simple) and not _HABITUAL.search(pool[i].simple)
                  and not _NUMBERED.match(pool[i].simple) and not _SECOND_PERSON.search(pool[i].simple)
                  and (stance[i] or position[i] or not _CONNECTIVE.match(display_text(pool[i].simple)))] \
        or [i for i in range(n) if not _META.search(pool[i].simple)] or list(range(n))
    # an article whose author states a position early (a column: "我想泼一盆冷水：…") argues
    # that position; its lead may only set the scene
    early = [i for i in candidates if stance[i] and pool[i].index <= 0.3 * last]
    prescribes = [_PRESCRIBES.match(display_text(pool[i].simple)) is not None or
                  _PRESCRIBES.match(pool[i].simple) is not None for i in range(n)]
    # ...and the position it draws at the close ("因此，与其…不如…", "所以，…应当…") is its thesis over
    # an early view (in an article whose author states a position somewhere: a column, not a report)
    drawn = [i for i in candidates if prescribes[i]] if any(stance) else []
    candidates = drawn or early or candidates
    if interview:
        candidates = [i for i in candidates if pool[i].para_index in answers] \
            or [i for i in range(n) if pool[i].para_index in answers] or candidates
    # the lead: the first paragraph that opens on a sentence read alone (a headline, a byline or a
    # picture before it are no lead); an interview's answers are never its lead
    lead = min((s.para_index for s in pool if s.start == 0 and not (interview and s.para_index in answers)), default=-1)
    thesis = max(candidates, key=lambda i: (cent[i] + HEADLINE * dot(vecs[i], head) + STANCE * stance[i]
                                            + STANCE * position[i]
                                            + 0.12 * (1 - pool[i].index / last)
                                            + (0.1 if pool[i].para_index == lead and pool[i].start == 0 else 0),
                                            -i))
    # the conclusion is where the article closes: its last paragraphs before an appendix
    # ("另附：", "相关阅读", an embedded post), the later the better
    end = _body_end(sents)
    first_para = min((s.para_index for s in sents), default=0)
    close_from = end - max(2, round((end - first_para) * 0.1))
    # (never a sign-off, a footer or a disclaimer: the host's turns, lines to the reader and labelled
    # lists such as "风险提示：…；…；…" are out of the pool above)
    late = [i for i in range(n) if close_from <= pool[i].para_index <= end and i != thesis
            and dot(vecs[i], vecs[thesis]) < 0.6 and not _CONNECTIVE.match(pool[i].simple)
            and not _META.search(pool[i].simple)]
    # the close is about what the article is about: in a newsletter or a live blog the last items may
    # be other news ("春运前10天…"); then the conclusion is looked for further up (the last third)
    middle = sorted(shared)[n // 2]
    late = [i for i in late if shared[i] >= middle - 1e-9 and shared[i] > 1e-9]  # (float noise: two equal shares)
    if not late:
        close_from = end - max(2, round((end - first_para) * 0.33))
        late = [i for i in range(n) if close_from <= pool[i].para_index <= end and i != thesis
                and dot(vecs[i], vecs[thesis]) < 0.6 and not _CONNECTIVE.match(pool[i].simple)
                and not _META.search(pool[i].simple) and shared[i] >= middle - 1e-9 and shared[i] > 1e-9]
    span = max(end - close_from, 1)
    conclusion = max(late, key=lambda i: (cent[i] + 0.4 * dot(vecs[i], head)
                                          + 0.3 * (pool[i].para_index - close_from) / span, i)) if late else None
    if k is None:
        k = min(6, max(4, round(n / 7)))
    chosen = [thesis] + ([conclusion] if conclusion is not None else [])
    red = [0.0] * n  # the highest similarity of each sentence to one already chosen
    for j in chosen:
        for i in range(n):
            red[i] = max(red[i], dot(vecs[i], vecs[j]))
    while len(chosen) < min(k, n):
        best, best_val = None, -1e9
        for i in range(n):
            if i in chosen:
                continue
            val = MMR_LAMBDA * cent[i] - (1 - MMR_LAMBDA) * red[i]
            if red[i] > 0.6:
                val -= 1.0
            if val > best_val:
                best, best_val = i, val
        chosen.append(best)
        for i in range(n):
            red[i] = max(red[i], dot(vecs[i], vecs[best]))
    points = sorted((i for i in chosen if i not in (thesis, conclusion)), key=lambda i: pool[i].index)
    out = [(pool[thesis], "thesis")] + [(pool[i], "point") for i in points]
    if conclusion is not None:
        out.append((pool[conclusion], "conclusion"))
    return out
