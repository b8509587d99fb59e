"""How far each attribution of a paragraph speaks: from its frame to the next one, a quotation it
opens, the sentences after it until the voice changes (the reporter's, a new source's, a sentence
about another named person), and which attribution a sentence falls under. A split of
``speakerdoc`` (its spans, by concept)."""

from __future__ import annotations

import re

from .model import Speaker
from .speakerfields import subjects
from .speakers import _VERBS, ROLE_TITLES
from .text import Sentence

__all__ = ["coverage", "speaker_for"]


def coverage(psimple: str, atts, column: bool = False, people=frozenset()) -> list[tuple[int, int, Speaker]]:
    """The span of the paragraph each attribution speaks for: from the attribution to the next
    one; when it opens a quotation ("X表示：“…”"), only to the quotation's end (what follows is
    the reporter's again)."""
    out = []
    for i, (a, b, sp) in enumerate(atts):
        end = atts[i + 1][0] if i + 1 < len(atts) else len(psimple)
        after = psimple[b:b + 3].lstrip("：:，, ")
        if a == b == 0:
            pass  # a turn or a speech carried over from the paragraph before: the whole paragraph
        elif after[:1] and after[0] in "“「":  # (a paragraph may end on the frame: nothing after it)
            close = psimple.find("”" if after[0] == "“" else "」", b, end)
            if close >= 0:
                end = min(end, close + 1)
        elif psimple[b:b + 1] in ("。", "！", "？") and a > 0:
            # "“…。”马某说。": a frame that ends its sentence reports the words before it (read
            # below), never the sentences after, which are the writer's again
            end = min(end, b + 1)
        elif sp.kind == "group" and a > 0 and "，" in psimple[a:b]:
            # "网民普遍将A与B挂钩，认为…": a crowd's view read over the clause before it holds that
            # sentence only (the next may name one of them: "抖音用户X发布的视频…")
            end = min(end, _sentence_end(psimple, b, end))
        elif psimple[max(a, b - 2):b] in ("宣布", "公布", "通报"):
            end = min(end, _sentence_end(psimple, b, end))  # an announcement is its own sentence only
        elif not _opens_paragraph(psimple, a, b):
            end = min(end, _reach(psimple, b, end, column, people))
        elif sp.kind != "person":
            # a body's or a meeting's lead-in ("财政部记者会：…"): its words, up to a sentence an unnamed
            # voice opens ("分析普遍认为…", "有市场人士原本期望…"), which is no one's we can name
            end = min(end, _until_unnamed(psimple, b, end))
        out.append((a, max(end, b), sp))
    for i, (a, b, sp) in enumerate(atts):
        # "“…。”X表示": the quotation closed just before the holder is the holder's (back to its
        # opening mark, or to the paragraph's start when the quotation began in the paragraph before)
        if a >= 2 and psimple[a - 1] in "”」" and psimple[a - 2] in "。！？…":
            opening = "“" if psimple[a - 1] == "”" else "「"
            j = psimple.rfind(opening, 0, a - 1)
            j = 0 if j < 0 and psimple.count(psimple[a - 1], 0, a) > psimple.count(opening, 0, a) else j
            if j >= 0 and not any(j < x < a for x, _, _ in atts[:i]):
                out.append((j, a, sp))
    return out


#: A sentence opened by an unnamed voice ("分析普遍认为", "有市场人士…期望", "亦有观点认为", "另一派则认为").
_UNNAMED_OPEN = re.compile(r"(?:[^，。；“”「」]{0,8}[，,])?(?:也|还|另|亦|但|不过|而)?"
                           r"(?:有[^，。；“”「」]{0,14}?(?:人士|分析师|经济师|经济学家|交易员|机构|券商|专家|人|投资者|网友|网民|学者|观点|声音|"
                           r"分析|商户|市民|居民|家长|玩家|用户|消费者|游客|业者)|"
                           r"(?:市场|外界|舆论|业界|坊间)?分析(?:普遍|人士)?|另一(?:派|方|种观点))"
                           r"(?=[^。；]{0,30}?(?:认为|表示|称|指|期望|预期|估计|质疑|担心|说|批评|预计))")


def _until_unnamed(psimple: str, b: int, limit: int) -> int:
    """Where the first sentence after offset ``b`` that an unnamed voice opens starts, else ``limit``."""
    end = _sentence_end(psimple, b, limit)
    while end < limit:
        start = _SPACE.match(psimple, end).end()
        if _UNNAMED_OPEN.match(psimple, start):
            return start
        end = _sentence_end(psimple, start, limit)
    return limit


def _opens_paragraph(psimple: str, a: int, b: int) -> bool:
    """A lead-in holder ("X：…") at the start of the paragraph or of one of its sentences."""
    return psimple[a:b].rstrip().endswith(("：", ":")) and (a == 0 or psimple[a - 1] in "。！？；\n")


#: A sentence opening that changes voice: the reporter's, the author's or an unnamed source's
#: ("在此背景下", "笔者认为", "有消息指", "另有多家公司称"), a new list item ("二是", "第三").
_NEW_VOICE = re.compile(r"^(?:在此背景下|这意味着|这也意味着|这表明|这说明|由此可见|可见|换言之|至于|[^，。“”「」]{1,8}方面[，,]|此外|另外|与此同时|另一方面|据|有消息|有分析|另有|还有|也有|有人|而(?!且|言)|(?:但|不过|然而)[，,]?(?:也|还)?有|"
                        r"笔者|我(?!们)|记者|本报|对此|相关|不过|然而|可是|可(?![能以见谓望惜行靠控爱怕乐口观信])|相比之下|事实上|实际上|值得|需要注意|"
                        r"第[一二三四五六七八九十]|[一二三四五六七八九十][是则来、，]|[（(]|"
                        # a sentence opening on a date reports an event: the writer's, not the holder's
                        r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年|\d{1,2}月(?:\d{1,2}日)?[，,]|同月|同年|次年|翌年|此后)")


_NEW_VOICE_AT = re.compile(_NEW_VOICE.pattern[1:])  # the same, matched at an offset
#: A sentence whose opening names another titled person ("同日，外交部副部长孙卫东召见…") is theirs
#: or the reporter's, not the previous holder's.
_NEW_PERSON = re.compile("(?:" + "|".join(map(re.escape, sorted(ROLE_TITLES, key=len, reverse=True)))
                         + r")[\u4e00-\u9fff]{2,3}(?:·[\u4e00-\u9fff]{1,6})?")
_SPACE = re.compile(r"\s*")
#: A sentence opened by a frame of its own ("武汉一位业主说，…", "有律师提醒，…"), whether or not
#: its holder is one we can name: it is not the previous holder's (a pronoun's is: "他说").
_OWN_FRAME = re.compile(r"(?!他|她|其|这|那|此|该|它)[^，。；：“”「」]{2,24}?(?:" + "|".join(_VERBS) + r")[，,：:]")
_SENTENCE_MARK = re.compile("[“「”」。！？]")
#: A clause weighing what was just said ("这一主张…", "这种说法…", "此言…"): the writer's.
_WEIGHS = re.compile(r"[，,；;](?:而)?(?:这一|这种|这个|此一|此)(?:主张|说法|观点|判断|表态|立场|看法|言论|言)")
#: A short connective opening a sentence ("当然，", "不过，") before what says whose it is.
_LEAD_ADVERB = re.compile(r"(?:当然|不过|但是|但|同时|此外|另外|其实|事实上)[，,]")


def _reach(psimple: str, b: int, limit: int, own: bool = False, people=frozenset()) -> int:
    """How far "X表示，…。" speaks inside its paragraph: its own sentence, the sentences after it
    until one changes voice (``_NEW_VOICE``), and any quotation that follows on directly; at most
    to ``limit`` (the next attribution), where the scan stops, so a paragraph is read once.
    ``own``: the writer's own article (a column): a holder's words are their sentence and any
    quotation that follows on, the writer's narration goes on after them."""
    end = _sentence_end(psimple, b, limit)
    while end < limit:
        # "X说，…“…”。": the words end with the quotation (unless another quotation follows on)
        quoted = psimple[max(0, end - 2):end - 1] in ("”", "」") and psimple[end - 1:end] in ("。", "！", "？")
        # "…，这一主张比一纸禁令更有力量。": the writer now weighs what was said; the voice has changed
        weighed = bool(_WEIGHS.search(psimple, max(b, end - 80), end))
        start = _SPACE.match(psimple, end).end()
        lead = _LEAD_ADVERB.match(psimple, start)
        voice = start if lead is None else lead.end()
        first = psimple[start:start + 1]
        if first and first in "“「":
            close = psimple.find("”" if first == "“" else "」", start + 1, limit)
            if close < 0:
                return limit
            end = close + 1 + (psimple[close + 1:close + 2] in ("。", "！", "？"))
        elif not quoted and not weighed and not own and not _NEW_VOICE_AT.match(psimple, start) \
                and not _NEW_VOICE_AT.match(psimple, voice) \
                and not _NEW_PERSON.search(psimple[start:start + 30].split("“")[0]) and not _OWN_FRAME.match(psimple, start) \
                and not _about_someone(psimple, start, people):
            end = _sentence_end(psimple, start, limit)
        else:
            break
    return min(end, limit)


def _about_someone(psimple: str, start: int, people) -> bool:
    """Whether the sentence at ``start`` is about a person the article names ("某公司创办人冯某在
    社交媒体上向玩家致谢"): its own subject's, not the previous holder's words."""
    got = subjects(psimple[start:start + 60], people) if people else []
    return bool(got) and got[0][0] < 40 and psimple.find("。", start, start + got[0][0]) < 0


def _sentence_end(psimple: str, i: int, limit: int) -> int:
    """Offset just after the sentence that contains offset ``i`` (quotations read over), at most ``limit``."""
    depth = 0
    for m in _SENTENCE_MARK.finditer(psimple, i, limit):
        ch = m.group()
        if ch in "“「":
            depth += 1
        elif ch in "”」":
            depth = max(0, depth - 1)
        elif depth == 0:
            return m.end()
    return limit


#: A clause turning against what was just reported ("X说A，可是我看B", "官方说A，可对低收入者来说B").
_TURN_AGAINST = re.compile(r"[，,](?:可是|可(?![能以见])|但是|但|然而|却)")


def psimple_of(s: Sentence) -> str:
    return s.paragraph_simple


def _turned_against(psimple: str, b: int, start: int, end: int) -> bool:
    """Whether a holder's words are only paraphrased, with no pause after the verb ("恒大自己说保交楼
    不受影响"), and the sentence goes on to turn against them: the sentence is then someone else's
    (the writer's, the turn's), not the paraphrased holder's."""
    if b < start or b >= len(psimple) or psimple[b] in "，,：:“「" or not psimple[max(0, b - 1):b] in ("说", "称"):
        return False
    return bool(_TURN_AGAINST.search(psimple, b, end))


#: A clause whose subject is the writer in the first person ("我以…提问", "随后我们追问"; not "让我们
#:眼前一亮", where the writer is an object, nor "我国", "我方": a country's or a side's).
_WRITER = re.compile(r"^(?:于是|随后|后来|接着|然后|而|但|可|又|也|还)?(?:笔者|我(?![国方省市县区校院军党司行]))")
#: A clause of time or condition ("当我问起时", "在我追问之后"): it sets the scene, the holder after
#: it still speaks.
_SCENE_CLAUSE = re.compile(r"^(?:当|在|等到|每当|自从|直到|如果|若|据)|(?:时|后|之后|以后|前|之前|的时候|之际)$")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")


def _writer_before(prefix: str) -> bool:
    """Whether the part of a sentence before a holder's frame is the writer's own account in the
    first person ("我以…为题提问，不知…，X说…"): the sentence is the writer's then, not the holder's."""
    clauses = [c for c in re.split(r"[，,；;]", _QUOTED.sub("", prefix)) if c]
    return any(_WRITER.match(c.strip()) and not _SCENE_CLAUSE.search(c) for c in clauses)


def psimple_at(s: Sentence, start: int, a: int) -> str:
    """The character before offset ``a`` of the paragraph, read from the sentence that starts at ``start``."""
    i = a - start - 1
    return s.simple[i] if 0 <= i < len(s.simple) else "\0"


#: What may stand before a sentence's own frame and leave it opening the sentence: space, a topic tag
#: ("#暴雨后的理赔#"), a headline in brackets ("【情况说明】").
_TAG_ONLY = re.compile(r"(?:\s|#[^#\n]{1,30}#|【[^】\n]{1,40}】)*"
                       # … or a short clause of when or where ("国庆黄金周首两日，据某研究院监测，…")
                       r"(?:(?![^，,]*[我咱你])[^，。；：“”「」\s]{2,12}[，,])?")


def speaker_for(s: Sentence, start: int, atts, cover) -> Speaker | None:
    """The speaker of one sentence, from its own frame: the attribution whose span covers the
    sentence's start (a lead-in "X：", "X认为，" earlier in the paragraph, an open quotation),
    else an attribution inside the sentence ("…，他说"); none for the reporter's own text."""
    if not atts:
        return None
    if start < 0:
        start = s.start
    end = start + len(s.simple)
    covering = [(a, sp) for a, b, sp in cover if a <= start < b]
    if s.simple.lstrip()[:1] in ("“", "「"):
        # "“船太旧了，…，”老渡工阿贵说。": a quotation with its own frame right after it is that frame's
        # holder's, never the paragraph's earlier speaker's whose words ran on before it
        framed = [x for a, b, x in atts if start < a < end and psimple_at(s, start, a) in "”」"
                  and not (covering and covering[-1][1] is x)]
        if framed and (not covering or covering[-1][0] < start):
            return framed[0]
    if covering and covering[-1][0] == 0 and any(a == b == 0 and x is covering[-1][1] for a, b, x in atts):
        # a post's or a turn's holder over the whole paragraph, and a sentence opened by a frame of its
        # own after at most a topic tag or a headline ("#…#据某局消息，…", "【…】某公司宣布，…"): the
        # frame's holder, whom the poster reports
        own = [(a, x) for a, b, x in atts if start <= a < end and a > 0 and x is not covering[-1][1]
               and _TAG_ONLY.fullmatch(s.simple[:a - start])]
        if own:
            return own[0][1]
    if covering:
        a0, sp = covering[-1]
        if _turned_against(psimple_of(s), next((b for a, b, x in atts if a == a0 and x is sp), -1), start, end):
            return None
        if a0 >= start - 1 and sp.kind != "group" and any(
                x.name != sp.name and x.kind != "group" and psimple_at(s, start, a) in "，；,;"
                for a, b, x in atts if start < a < end):
            # a sentence opened by one holder's frame and holding another's ("甲承认…，乙估算…"):
            # not one holder's claim; unsure, nobody
            return None
        return sp
    inside = [(a, b, sp) for a, b, sp in atts if start <= a < end]
    if inside:
        if _writer_before(s.simple[:max(0, inside[0][0] - start)]):
            return None  # "我问它…，不知…，X说无法回答": the writer's account, with X's words inside
        return None if _turned_against(psimple_of(s), inside[0][1], start, end) else inside[0][2]
    after = [sp for a, b, sp in atts if end <= a <= end + 3]
    if after and s.simple.rstrip("。").endswith(("”", "」")) and s.simple.lstrip()[:1] in ("“", "「"):
        # "“…。”X表示": a quotation closed just before its holder (not a sentence that only ends
        # on a quoted phrase: "甲指出，…「…」。乙则认为")
        return after[0]
    return None
