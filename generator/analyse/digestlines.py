"""Which sentences can be a line of a digest's summary at all: whole, of a sensible length, read
on their own (no fragment of a cut paragraph, no bare quotation, no pronoun leaning on the sentence
before, no greeting), not page furniture (tickers, toolbars, interface words, bulleted headline runs,
cast lists), and never a host's turn. Split from ``digestsummary.py`` (which chooses the thesis,
the points and the conclusion among them); returns values only."""

from __future__ import annotations

import re
from functools import lru_cache

from ..greetings import GREETING_OPENING as _GREETING  # a sentence opening on a greeting or a welcome
from .counters import COUNTER_RUN, headline_run
from .interviews import LABELLED_TURN, QUESTION_LABEL, TURN_LABEL
from .text import Sentence, cjk_len, is_whole_sentence, tokens

__all__ = ["turn_label", "host_turns", "as_turn", "bracket_speakers", "readable_turn", "BRACKET_TURN"]


_CONNECTIVE = re.compile(r"^(?:而|但|但是|因此|所以|此外|除此之外|除此以外|与此同时|同时|不过|然而|另外|另一方面|于是|"
                         r"对此|其中|比如|例如|再如|\d+[、.．]|[（(]\d+[)）])")


#: What usually happens ("往年这个时候正是扇贝出货的旺季", "每到这个季节…"): a feature's scene, the
#: background against which the news stands, never its thesis.
_HABITUAL = re.compile(r"往年|往常|以往这个|每年这个时候|每到这个|平时这个时候")
#: A sentence about the document itself ("本合集由…整理", "欢迎你来到…") states no thesis.
_META = re.compile(r"本文|本合集|本期|本刊|合集|本报告|本栏目|欢迎|整理汇总|@|(?:全程|实时|持续|滚动)(?:更新|报道|直播)")
#: A sentence that starts like the tail of another one (an OCR page or a cut paragraph): a
#: function character, or one character then a comma ("前，OpenAI公布…" after a lost "2月15日").
#: (a numbered item, "一、", "十、", opens a whole sentence: it is no fragment)
_FRAGMENT_START = re.compile(r"^(?:[月日年号的了着过地得之而且并和与及或，。、；：！？）」』”]|(?![一二三四五六七八九十]、)[\u4e00-\u9fff][，、])")
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
_LEANS_BACK = re.compile(r"^(?:同一天|同一日|同日|当天|当日|当晚|此后|随后|其后|次日|翌日|第二天|第三天|前一天|那天|那时|这时|当时)"
                         r"|^(?:两|二|三|这两|这三)[种个](?:看法|观点|说法|意见|立场|方案|做法)"
                         r"|^[^，。！？]{0,14}[，,]\s*(?:这|那|该|此)(?:条|个|些|种|项|位|家|款|次|类|批|场|笔|件|份)")
_OPEN_QUOTE = "“「『\"‘"


def _readable(s: Sentence, voiced: bool = False) -> bool:
    """A sentence that reads on its own: whole, of a sensible length, not a fragment (a cut
    paragraph's tail, unbalanced brackets or quotes), not a greeting or a bare pronoun's. ``voiced``:
    the line will be shown under its author's name (a thread's post), so its "我" has a speaker."""
    return _readable_text(s.original, s.simple, _first_char(s.paragraph_original), voiced)


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
_UI_RESIDUE = re.compile(r"(?:\.{3}|…)\s*(?:展开|全文)|展开全文|收起全文"
                         # a page's toolbar fused to the text ("字体：大　中　小　分享：Facebook…复制连结")
                         r"|字[体體]\s*[：:]\s*大\s*中\s*小|分享\s*[：:至到]?\s*(?:Facebook|微信|微博|WhatsApp|Twitter|LINE|QQ)"
                         r"|复制(?:链接|连结|鏈接|連結)")
_BULLET_ITEM = re.compile(r"(?:^|(?<=[^\d]))[．•▪◆■●]\s*(?=[^\d\s])")


def _furniture_like(text: str) -> bool:
    """Two bars, arrows or bracketed buttons, interface words, two bulleted items, or less than
    half of the text in words (Chinese or Latin letters): a ticker, a toolbar, a list of links or a
    data line, never a summary sentence."""
    if len(_CONTROLS.findall(text)) >= 2 or _UI_RESIDUE.search(text) or len(_BULLET_ITEM.findall(text)) >= 2 \
            or headline_run(text):
        return True
    t = re.sub(r"\s", "", text)
    return bool(t) and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", t)) < 0.5 * len(t)


#: What opens a note about the text or a page's profile rather than the text's own claim: a
#: translator's, editor's or author's note ("译者注：", "编者按：", "注："), a profile's fields
#: ("某某 IP属地：湖北", "粉丝 3.2万"), a comment's badges set apart by spaces ("某某　作者　置顶…").
_NOTE_OR_PROFILE = re.compile(r"^\W{0,3}(?:译者注|译注|译按|编者注|编者按|编按|作者注|小编注|(?<![关备标批])注)\s*[：:]"
                              r"|^[^，。！？]{0,16}?(?:IP属地|IP 属地|粉丝数?|获赞)\s*[：:]?\s*\S"
                              r"|(?:^|[\s\u3000])(?:作者|楼主|置顶|博主|UP主|层主)(?=[\s\u3000])")
#: A post's stamp glued into a text ("上午9:15·2024年7月16日·2.6万次查看体验：…"): page furniture.
_POST_STAMP_IN = re.compile(r"\d{1,2}[:：]\d{2}\s*[·・|｜•]\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月)")
#: A list of people with their roles after a label ("来宾：张三（某大学教授）、李四（某公司总经理）").
_CAST = re.compile(r"^\s*[^，。：:]{1,6}[：:][^，。：:]{1,12}[（(][^）)]{1,30}[）)]\s*[、，,和及与]")


def turn_label(text: str) -> str:
    """A transcript's or an interview's speaker label opening a text ("来宾（某大学教授张三）：",
    "主持人：", "问："), else ""."""
    m = LABELLED_TURN.match(text) or TURN_LABEL.match(text) or QUESTION_LABEL.match(text)
    return m.group() if m else ""


#: A live text's or a transcript's turn labelled in brackets ("【主持人】", "【市园林局副局长许明川】经研究，…"):
#: who speaks, then what they say; shown as "市园林局副局长许明川：经研究，…". Not a summary's own label
#: (``LEAD_LABEL``) and never an empty or a bracketed aside ("【图】", a label with punctuation). A speaker
#: speaks more than once: a label that opens one paragraph only is a news brief's headline
#: ("【X联名产品上线】…"), see ``bracket_speakers``.
BRACKET_TURN = re.compile(r"^\s*【(?!(?:导语|導語|导读|導讀|摘要|提要|内容提要|內容提要|编者按|編者按)】)"
                          r"([^【】，。；：:！？“”「」\s]{2,24})】(?=[^\s【】])")


def bracket_speakers(sents: list[Sentence]) -> set[str]:
    """The bracket labels that open two paragraphs or more: a live text's or a transcript's speakers."""
    seen: dict[str, set[int]] = {}
    for s in sents:
        m = BRACKET_TURN.match(s.paragraph_simple[:40]) if s.start == 0 else None
        if m:
            seen.setdefault(m.group(1), set()).add(s.para_index)
    return {label for label, paras in seen.items() if len(paras) >= 2}


def readable_turn(s: Sentence, speakers: set[str]) -> bool:
    """A speaker's bracket-labelled turn that reads alone once written as "X：…" (``_readable`` rejects
    every line opening on a bracket)."""
    m = BRACKET_TURN.match(s.simple) if s.start == 0 else None
    return bool(m) and m.group(1) in speakers and bool(BRACKET_TURN.match(s.original)) \
        and _readable_text(as_turn(s.original), as_turn(s.simple), as_turn(s.original)[:8])


def as_turn(text: str) -> str:
    """A bracket-labelled turn written as a labelled line ("【X】说…" → "X：说…"); any other text as it is."""
    m = BRACKET_TURN.match(text)
    return f"{m.group(1)}：{text[m.end():]}" if m else text


#: A summary's bracketed label opening a paragraph ("【导语】", "[摘要]", "〖導讀〗"): the form's own
#: furniture; the sentence after it is read (and shown) without it.
LEAD_LABEL = re.compile(r"^\s*[【\[〖]\s*(?:导语|導語|导读|導讀|摘要|提要|内容提要|內容提要|编者按|編者按)\s*[】\]〗]\s*")


@lru_cache(maxsize=1 << 16)
def _readable_text(original: str, simple: str, paragraph_start: str, voiced: bool = False) -> bool:
    lead = LEAD_LABEL.match(original)
    if lead:
        same = len(simple) == len(original)
        simple = simple[lead.end():] if same else LEAD_LABEL.sub("", simple, count=1)
        original = original[lead.end():]
        paragraph_start = original[:8]
    o = original.strip()
    if _NOTE_OR_PROFILE.search(simple[:40]) or _POST_STAMP_IN.search(simple) or COUNTER_RUN.search(simple):
        return False  # a translator's or editor's note, a profile's fields, a comment's badges: not the article's claim
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
    said = _SPEAKER.match(body)  # after a label no turn pattern knows ("4楼：第二天，…", "网友甲：此后…")
    if said and (_LEANS_BACK.match(body[said.end():].lstrip()) or _ANAPHORIC.match(body[said.end():].lstrip())):
        return False
    first = _FIRST_PERSON.search(body)
    if first and not voiced and not _SPEECH_VERB.search(body[:first.start()]) and not _stance(body):
        return False  # a first-person conclusion without its speaker (the author's stated view reads)
    for a, b in ("（）", "()", "“”", "「」", "《》"):
        if o.count(a) != o.count(b):
            return False
    return True


#: The author's own position, in the first person or as a verdict ("未必是…更可能是…").
_STANCE = re.compile(r"(?:我|笔者)的(?:判断|看法|观点|结论)(?:是|没变|不变|[：:])|"
                     r"(?:我|笔者)(?:想|恰恰|倒|更|却|反而|始终|一直)?(?:认为|觉得|以为|判断|相信|主张|"
                     r"泼一盆冷水|并不否认|不否认|并不认为|不认为|想说)|在我看来|坦白说|说到底|归根结底|"
                     r"未必是.{1,30}更可能是|与其说.{1,30}不如说|与其.{1,30}不如")


def _stance(simple: str) -> bool:
    """The author's own position: a stance marker outside any quotation."""
    return bool(_STANCE.search(_unquoted(simple)))


@lru_cache(maxsize=1 << 16)  # a sentence is asked for in turn by the rebuttal, stance and reader tests
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


#: A short speaker label opening a paragraph ("张三：", "主持人：", "来宾（某大学教授张三）：").
_SPEAKER = re.compile(r"^\s*([^，。；：:,;！？“”「」\s]{1,6}|[^，。：:“”「」（(\s]{1,10}[（(][^）)]{1,40}[）)])[：:]")


#: A questioner's label: the host, an interviewer, a reporter (named, or an outlet's: "新华社记者").
_ASKS = re.compile(r"(?:主持人|主持|问|记者|Q)(?:$|[\u4e00-\u9fff]{2,3}$)|[\u4e00-\u9fff]{1,10}记者$")


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
        m = BRACKET_TURN.match(s.paragraph_simple[:60]) or _SPEAKER.match(s.paragraph_simple[:60])
        if m:
            # a speaker introduced with a role on the first turn ("李明（主持人）：") is the same
            # speaker as the bare name on the later ones ("李明：")
            turns.append((s.para_index, re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", m.group(1)) or m.group(1)))
    # (an outlet's reporter asking, "新华社记者：", "澎湃新闻记者：", is a questioner too)
    out = {p for p, label in turns if _ASKS.match(label) or re.match(r"主持人?|主播|播主", label)}
    labels = [label for _, label in turns]
    # (where a reporter or a questioner has turns of their own, the one who opens and closes answers
    # them: a spokesperson at a briefing, not its host)
    asked = any(_ASKS.match(label) and not re.match(r"主持", label) for label in labels)
    if len(turns) >= 3 and len(set(labels)) >= 2 and labels[0] == labels[-1] and labels.count(labels[0]) >= 2 \
            and not asked:
        out |= {p for p, label in turns if label == labels[0]}
    return out



#: A news agency's or a paper's dateline and its credit opening the lead ("本网上海5月28日电（记者
#: 高晓岚）", "新华社北京3月5日电", "本报讯（记者 张三 通讯员 李四）", "（记者王五）", "■本报记者 赵六"):
#: the wire's furniture, not the sentence a reader needs; in both scripts.
_DATELINE = re.compile(
    r"^\s*[■□●◆▲]?\s*(?:"
    r"(?:[\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台|站)|本网|本網|本报|本報|本台|本刊)[\u4e00-\u9fff]{0,8}?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*(?:电|電|讯|訊)"
    r"|(?:本报|本報|本网|本網|本台)(?:讯|訊)"
    r"|(?:本报|本報|本刊)(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}(?=\s)"
    r")?\s*(?:[（(](?:记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者)[^（()）]{1,40}[）)])?\s*")


def without_dateline(text: str) -> str:
    """A summary line without the dateline and credit that open a wire story's lead; the text as
    it is when what is left would not read as a sentence (less than 15 characters)."""
    lead = LEAD_LABEL.match(text)
    if lead and cjk_len(text[lead.end():]) >= 15:
        text = text[lead.end():]  # "【导语】…"
    m = _DATELINE.match(text)
    if not m or not m.group().strip():
        return text
    rest = text[m.end():].lstrip("，, \u3000")
    return rest if cjk_len(rest) >= 15 else text
