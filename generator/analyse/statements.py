"""Statements and quotes: one clean, self-contained sentence per claim, and the verbatim part of
each cited sentence that carries it.

``clean_statement`` removes the reporting frame ("X认为，", "X告诉《…》记者："), leading connectives,
quotation marks, scene-setting lead clauses and trailing examples; a pronoun left at the start is
resolved to the frame's holder (by keeping the frame) or to the topic. ``short_quote`` keeps the
contiguous clauses carrying the most cue words, verbatim, in the article's own script.
"""

from __future__ import annotations

import re

from .captions import caption_label
from .claimcontext import with_qualifier
from .residue import BYLINE_BRACKET, without_label
from .speakerholder import ROLE_TITLES
from .quotecut import CLAUSE as _CLAUSE, cut_window as _short_quote, unquote as _unquote
from .text import cjk_len
from .text import count_words as _count

__all__ = ["clean_statement", "short_quote", "trim_clauses", "STATEMENT_TARGET"]



_LEAD = re.compile(
    r"^(?:[-—•·*=＝]+\s*|(?:回复|回覆|答复)[ \u3000]*[@＠]?[^，。：:“”「」]{1,20}[ \u3000]*[：:]\s*|(?:问|答|Q|A)\s*[：:]\s*|以及|要知道|须知|报告(?:指|称)(?=，)|此外|同时|比如|例如|譬如|不过|然而|但是|但|而且|而|因此|所以|对此|其中|另外|另一方面|与此同时|"
    r"实际上|事实上|首先|其次|再次|最后|第[一二三四五六七八九十]|总之|可以预见|值得一提的是|需要注意的是|"
    r"更重要的是|更为重要的是|最重要的是|"
    r"值得注意的是|从[^，]{1,12}角度(?:来)?看|从[^，]{1,12}来看|短期来看|长期来看|当前|目前来看|"
    r"就目前来看|可见|显然|当然|其实|如今|眼下|随后|近日|据悉|据了解|一方面|即使如此|即便如此|"
    r"除此之外|除此以外|有消息(?:指|称)|据报道|消息称|带来机遇的同时|[^，。]{0,12}但就目前来看|未来(?=，)|对此|"
    r"况且|何况|再说|换言之|说白了|说实话|老实说|"
    # a turn's reply word ("对，"), an aside taking the floor ("信号方面补充一下，"), a call to see ("也要看到，")
    r"(?:对|是的|没错|嗯|哎|唉|对对)(?=[，,])|(?:[^，。“”]{1,6}方面)?(?:我|再|先)?(?:补充|插|多说)一(?:下|句)(?=[，,])|"
    r"(?:但|同时)?(?:也|还)?(?:要|应|应该|应当|必须)(?:清醒地)?看到(?=[，,])|"
    # a speaker's own frame opening a spoken turn ("我就直说啊，", "我的意见是…", "我是觉得，", "我跟你说，")
    r"我(?:就|先)?(?:直说|明说)(?:了|吧|啊|哈)?(?=[，,])|我的(?:意见|看法|观点|态度)(?:就)?是(?=[，,])|我是觉得(?=[，,])|"
    r"我跟你(?:们)?说(?=[，,])|就是说(?=[，,])|对比一下|相比之下|与之相对|与此相对|话说回来|总而言之|综上所述|由此可见|"
    r"(?:最|更为?)?(?:直接|主要|最大|首要|明显)的?(?:影响|冲击|后果)(?:是|在于)(?![^，。]{0,4}的[，。])|"
    r"[（(]?\d+[)）、.]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d])|[①-⑩]|"
    # an enumerator whose list's lead-in the statement leaves behind ("三是热度高度依赖…", "其二，…")
    r"[一二三四五六七八九十]是(?![的否为])|其[一二三四五六七八九十](?=[，,]))[，,、：:]?"
)
#: Ordinal openers: a list's step only before a pause ("第一，", "最后，"), else a word's start ("第六代",
#: "最后一班", "其次是").
_ORDINAL = re.compile(r"^(?:第[一二三四五六七八九十]|首先|其次|再次|最后)$")
#: What never opens a statement: a particle that ties it to the word before ("当前的低价" → "的低价").
_BOUND_START = "的之地得了着过们"


def drop_lead(s: str) -> str:
    """``s`` without its leading connective or list mark (``_LEAD``), only where the cut falls at a
    word's boundary: a lead followed by a pause always goes; one run on into the next word goes
    only when the dictionary ends a word there and what follows can open a clause ("当前市场很冷" →
    "市场很冷"; never "当前的低价" → "的低价", "第六代无人车" → "代无人车", "最后一班船" → "一班船")."""
    m = _LEAD.match(s)
    if not m or not m.group(0):
        return s
    cut = m.end()
    if s[cut - 1:cut] in "，,、：:" or not re.search(r"[\u4e00-\u9fff]$", m.group(0)) or cut >= len(s):
        return s[cut:]
    lead = m.group(0)
    if s[cut] in _BOUND_START or (_ORDINAL.match(lead) and (lead.startswith("第") or re.match(r"[是\d一二两三四五六七八九十几]", s[cut]))):
        return s  # "第六代…", "最后一班…", "其次是…": the ordinal is the sentence's own word
    from ..textutil import cut_long

    import jieba

    ends, at = set(), 0
    for w in cut_long(jieba.cut, s[:cut + 8]):
        at += len(w)
        ends.add(at)
    return s[cut:] if cut in ends else s


#: A leading time word relative to the article's date ("上周四（21日）", "本周", "假期一过"): wrong
#: once the statement stands apart from its article, so it goes (with its comma).
_RELATIVE_TIME = re.compile(
    r"^(?:以)?(?:(?:上|本|这|下)(?:周|星期|个?月)[一二三四五六日天末]?|今天|今日|昨天|昨日|前天|当天|当日|"
    r"日前|近期|近来|同一天|同一日|同日|次日|翌日|假期一过|节后|节日过后|春节后|春节过后)(?:[（(][^）)]{1,12}[）)])?(?:为分水岭)?[，,]")

_FRAME = re.compile(
    r"^(?:[^。“”]{0,30}?[^，。“”]{1,40}?(?:表示|认为|指出|强调|坦言|直言|提到|透露|分析指出|解释|预测|介绍|举例指|"
    r"举例称|称|说)[，,：:]|"
    # (frames of an added or conceded point: the holder within the clause, never across a comma)
    r"[^，。“”：:]{1,30}?(?:补充(?:说|道|指出)?|提醒|回应称?|承认|坦承|披露|写道)[，,：:]|"
    r"在[^，。“”]{1,40}?(?:看来|眼中)[，,]|[^，。“”]{2,40}?看来[，,]|据[^，。“”]{1,30}?(?:分析指出|推算|统计|指出|显示|分析)[，,]|"
    r"[^。“”]{0,40}?(?:告诉|向|对)《?[^，。“”]{0,12}?》?记者(?:表示|说|介绍|透露|直言|坦言)?[，,：:]|"
    r"(?:正如|如同|诚如)[^，。“”]{2,30}?所(?:言|说|指出)[，,])"
)
#: What opens a clause whose subject is the frame's holder ("X表示，将对…进行赔偿", "X称，已于…开通"): the
#: frame stays, or the statement says no one does it.
_PREDICATE_FIRST = re.compile(r"(?:将(?![来近军])|也将|还将|仍将|已(?!故|婚|知)|已经|正在|拟|计划于|准备|会(?![议上后场展员计谈长务])|"
                              r"不会|不再|决定|承诺|愿意)")
_TAIL = re.compile(r"[”」』]?[，,]?(?:他|她)?(?:表示|认为|说|称|指出)?[。！]?$")
_QUOTES = str.maketrans("", "", "“”「」『』‘’\"")
#: A straight single quote standing for a Chinese quotation mark ("'筑梦’", "‘提示词工程师'"): next to
#: a Chinese character, never between two Latin letters ("OpenAI's").
_STRAIGHT_SINGLE = re.compile(r"(?<=[\u4e00-\u9fff，。、：；“”‘’（）])'|'(?=[\u4e00-\u9fff“‘])")


_MASK = str.maketrans({"？": "\ue000", "！": "\ue001", "。": "\ue002", "；": "\ue003"})
_UNMASK = str.maketrans({v: k for k, v in {"？": "\ue000", "！": "\ue001", "。": "\ue002", "；": "\ue003"}.items()})


#: A part that only sets up an example ("以最简单的商业宣传片举例，…", "比如ChatGPT大火之后，…"): the
#: claim it illustrates is in another part of the same sentence or quotation.
_EXAMPLE_PART = re.compile(r"^(?:[^。“”「」]{0,60}[：:])?[“「『]?(?:比如说?|例如|譬如|举例来说|举个例子|打个比方|以[^，。]{1,24}(?:举例|为例))")


def _best_part(text: str, hits: tuple[str, ...], pattern: str, prefer: tuple[str, ...] = (),
               topic: tuple[str, ...] = ()) -> str:
    # a book title's own punctuation (《…会颠覆哪些行业？》) ends no part
    masked = re.sub(r"《[^》]{0,40}》", lambda m: m.group(0).translate(_MASK), text)
    parts = [p.translate(_UNMASK) for p in re.findall(pattern, masked) if cjk_len(p) >= 10]
    if len(parts) <= 1:
        return text
    # an example's set-up is the statement only when no other part carries a cue word or the topic
    # (an example that names the topic itself, "例如，Sora生成的…", is evidence of the claim and stays)
    if topic and any(_EXAMPLE_PART.match(p.lstrip()) and not _count(p, topic) for p in parts):
        claims = [p for p in parts if not _EXAMPLE_PART.match(p.lstrip()) and _count(p, topic)]
        parts = claims or parts
    return max(parts, key=lambda p: (len(_count(p, hits)), bool(prefer and _count(p, prefer)), -parts.index(p)))


# a leading clause that only sets the scene (cause, circumstance, example, concession, hedge)
_SCENE = re.compile(
    r"^(?:随着|考虑到|由于|鉴于|根据|基于|据[^，]{0,20}(?:显示|统计|了解)|从[^，]{0,20}(?:来看|看来|角度)|"
    r"以[^，]{1,24}为例|当[^，]{1,24}时|在[^，]{1,30}(?:中|时|下|后|前|之际|方面|背景下)$|除了|"
    r"作为[^，]{1,16}$|初步判断|总体而言|总的来说|整体来看|换句话说|简单来说|不难看出|可以说|"
    r"(?:或许|也许|虽然|尽管|即使|即便|固然)[^，]{0,24}$|(?:我|笔者)?(?:并|也)?不否认[^，]{0,24}$|诚然[^，]{0,24}$)")
# a trailing clause that only adds an example, list or consequence
_TAIL_CLAUSE = re.compile(r"^(?:包括|比如|例如|譬如|如|其中|尤其是|特别是|甚至|从而|由此|进而|以便|以|这|这些|"
                          r"同时|而这|并|也)")
#: A concession opening a sentence ("尽管…", "虽然…"): what it grants runs to the turn ("但…").
_CONCEDES = re.compile(r"^(?:尽管|虽然|虽说|固然|即使|即便)")
_ADVERSATIVE = re.compile(r"^(?:但是|但|不过|然而|可是)(?:就目前来看|目前来看|事实上|实际上)?[，,]?")
#: (never the second of a pair the sentence sets side by side, "一种观点认为A，另一种观点则认为B", "有人认为A，
#: 也有人认为B": the second alone drops the first and points back at it)
_MID_FRAME = re.compile(r"^(?!(?:但是?|而|不过|可是)?(?:另一|另外一|也有|还有|有的|其他|其余))(?:据)?[^，。“”]{2,24}?(?:认为|表示|指出|强调|预计|预测|坦言|直言)"
                        r"(?:[^，。]{8,}|[，,]$)")
STATEMENT_TARGET = 60


def _split_top(s: str) -> list[str]:
    """Clauses split at top-level commas and semicolons (not inside quotes or brackets),
    each keeping its trailing separator."""
    out, depth, cur = [], 0, ""
    for ch in s:
        cur += ch
        if ch in "“「『（(《":
            depth += 1
        elif ch in "”」』）)》":
            depth = max(0, depth - 1)
        elif ch in "，；,;" and depth == 0:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def trim_clauses(s: str, hits: tuple[str, ...] = (), keep_frame: bool = False) -> str:
    """One claim from a long sentence: drop scene-setting lead clauses, start at a mid-sentence
    attribution, and drop trailing example/consequence clauses; never below a whole clause."""
    parts = _split_top(s)
    if len(parts) <= 1:
        return s

    def size(ps):
        return cjk_len("".join(ps))

    def carries(c):
        return bool(_count(c, hits))

    # start at a mid-sentence attribution ("…，中泰证券认为下一个…")
    for i in range(len(parts) - 1, 0, -1):
        if _MID_FRAME.match(parts[i]) and size(parts[i:]) >= 14 and not _TAIL_CLAUSE.match(parts[i]):
            if any(carries(c) for c in parts[i:]) or not any(carries(c) for c in parts[:i]):
                parts = parts[i:]
                break
    # scene-setting lead clauses
    while len(parts) > 1 and cjk_len(parts[0]) < 40 and _SCENE.match(parts[0].rstrip("，；,; ")) \
            and size(parts[1:]) >= 14 and (not carries(parts[0]) or size(parts) > STATEMENT_TARGET):
        rest = parts[1:]
        if _CONCEDES.match(parts[0]) and not _ADVERSATIVE.match(rest[0]):
            # the concession goes on to its turn ("尽管有观点认为A公司，对B形成了优势，但事实上C"): what it grants
            # is no claim, and cut from its subject it reads as the opposite; the claim is what follows the turn
            turn = next((i for i, c in enumerate(rest) if _ADVERSATIVE.match(c)), None)
            if turn is not None:
                after = _ADVERSATIVE.sub("", rest[turn]).lstrip("，, ")
                if size(rest[turn:]) < 14 or re.match(r"(?:它|其|他|她|这)", after):
                    break  # (too short alone, or pointing back into it: the sentence keeps its concession)
                rest = rest[turn:]
        rest[0] = drop_lead(_ADVERSATIVE.sub("", rest[0])).lstrip("，,：: ")
        if not rest[0]:  # the clause was only a connective ("但就目前来看，")
            rest = rest[1:]
        if size(rest) < 14:
            break
        parts = rest
    # trailing examples, lists and consequences while too long
    while len(parts) > 1 and size(parts) > STATEMENT_TARGET:
        last = parts[-1]
        if _TAIL_CLAUSE.match(last):
            if size(parts[:-1]) < 14 or (carries(last) and not any(carries(c) for c in parts[:-1])):
                break
            parts = parts[:-1]
        else:
            break
    out = "".join(parts).rstrip("，；,; ")
    return out if cjk_len(out) >= 12 else s


#: A colon inside a title ("《黑神话：悟空》") is no clause break and no reporting frame ("X："):
#: while a statement or quote is cut, it stands in as a character that is neither.
_TITLE = re.compile(r"《[^《》\n]{1,40}》")
_GUARDS = (("：", "\u2236"), (":", "\ua789"))


def _guard(text: str) -> str:
    if "《" not in text:
        return text

    def swap(m):
        out = m.group(0)
        for colon, stand_in in _GUARDS:
            out = out.replace(colon, stand_in)
        return out
    return _TITLE.sub(swap, text)


def _unguard(text: str) -> str:
    for colon, stand_in in _GUARDS:
        text = text.replace(stand_in, colon)
    return text


#: A page's share bar run into the text ("Facebook WhatsApp Telegram 复制链接").
_SHARE_BAR = re.compile(r"^(?:(?:Facebook|Twitter|WhatsApp|Telegram|LINE|Line|LinkedIn|Email|微信|微博|QQ)[\s\u3000|｜]*){2,}"
                        r"(?:复制(?:链接|连结))?")
#: The same in a quote's own script, with the page's controls before it ("字體：大 中 小 分享：Facebook…").
_SHARE_BAR_ANY = re.compile(r"^[^。！？]{0,30}?(?:(?:Facebook|Twitter|WhatsApp|Telegram|LINE|Line|LinkedIn|Email|微信|微博|QQ)"
                            r"[\s\u3000|｜]*){2,}(?:(?:复制|複製)(?:链接|連結|连结|鏈接))?[\s\u3000]*")

#: A web page's headline, stamp and byline run into the text's first sentence ("…疫情平稳2023/11/24
#: 14:35记者蔡某／台北报导中国北方…"), in either script: the sentence starts after it.
_STAMP_BYLINE = re.compile(r"^[^。！？]{0,80}?\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}[\s\u3000]*\d{1,2}:\d{2}[\s\u3000]*"
                           r"(?:记者|記者)[\u4e00-\u9fff]{2,4}[\s\u3000]*[／/][\s\u3000]*[\u4e00-\u9fff]{2,4}(?:报|報)(?:导|導|道)[\s\u3000]*")


#: A contrast adverb right after the statement's subject ("Sora却可以…", "这家店却仍然排队"), no concession
#: before it in the statement ("虽然贵，X却…" keeps it): it answers the sentence before, which is not shown.
_CONTRAST_AFTER_SUBJECT = re.compile(r"^(?![^，。“”]*(?:虽|尽管|即使|即便|固然))(?:而|但是|但|不过|然而|可是)?"
                                     r"([^，。；：“”「」\s]{1,12}?)(?<![冷退忘了])却(?![步])")


def clean_statement(simple: str, topic_label: str = "", hits: tuple[str, ...] = (),
                    keep_frame: bool = False, prefer: tuple[str, ...] = ()) -> str:
    """Turn a simplified sentence into a statement: one sentence, no frame, no connective, no
    quotation marks; a long sentence keeps its strongest semicolon part (of parts as strong, one
    naming one of ``prefer``, the topic's names: what the topic did, not the background). A
    title's colon is kept whole ("《黑神话：悟空》8月20日全球发售", never "悟空》8月20日全球发售")."""
    return _unguard(_clean_statement(_guard(simple), topic_label, hits, keep_frame, prefer))


def _clean_statement(simple: str, topic_label: str, hits: tuple[str, ...], keep_frame: bool,
                     prefer: tuple[str, ...]) -> str:
    s = _QA_LABEL.sub("", simple.strip(), count=1) or simple.strip()  # ("公司回答某某：", "投资者提问：问某某：")
    caption = caption_label(s, ROLE_TITLES)
    if caption and len(s) - caption[2] >= 8:
        s = s[caption[2]:]  # a broadcast's caption run into the bite ("字幕：邓某　…副局长在国家…")
    s = s.replace("\u3000", "")
    # a page's share bar run into the text ("FacebookWhatsApp复制连结…")
    s = _SHARE_BAR.sub("", s, count=1) or s
    s = _STAMP_BYLINE.sub("", s, count=1) or s
    # a reporter's credit in brackets opening the lead ("【某某网记者王五】3月5日晚，…"): not the claim's words
    s = s[m.end():] if (m := BYLINE_BRACKET.match(s)) and cjk_len(s[m.end():]) >= 8 else s
    s = without_label(s)  # and a flash channel's label ("【美股】有报道指…"): the section, not the claim
    s = _without_speaker_label(s)  # and a live text's speaker label ("【市教育局副局长邓某】…")
    s = with_qualifier(s)  # (a speaker's qualifier closing the quotation stays with the claim)
    s = _best_part(s, hits, r"[^。！？]+[。！？]?[”」』]?", topic=prefer)
    if cjk_len(s) > 60:
        s = _best_part(s, hits, r"[^；]+[；。！？]?[”」』]?", prefer, topic=prefer).rstrip("；") + "。"
    if not keep_frame:
        # (never inside a flash's bracketed headline: "【瑞幸：首周售出1500万杯】…" keeps its opening)
        s = re.sub(r"^[^，。“”「」【】]{2,16}[：:](?=[^”」]{12,})", "", s)
    # "这同样也是…的领域：在这一场景中，文心一言展示了…": the back-reference sets the scene
    s = re.sub(r"^这[^：:“”「」]{0,40}[：:](?=[^”」]{12,})", "", s)
    for _ in range(4):
        before = s
        s = drop_lead(s).lstrip("，,：: ")
        s = _SHARE_BAR.sub("", s, count=1) or s  # (also after a page's "字体：大 中 小 分享：")
        s = _RELATIVE_TIME.sub("", s)
        s = _GREETING.sub("", s, count=1) or s
        m = None if keep_frame else _FRAME.match(s)
        if m and len(s) - m.end() >= 12 and not _PREDICATE_FIRST.match(s[m.end():].lstrip("，,：: ")):
            s = s[m.end():].lstrip("，,：: ")
        if s == before:
            break
    framed = s != simple.strip().replace("\u3000", "")
    s = _marks_out(s)
    s = re.sub(r"(?<=[在于])(?:今天|今日|昨天|昨日)的(?=[^，。]{2,})", "", s)  # "在今天的发布会上" → "在发布会上"
    s = _STRAIGHT_SINGLE.sub("", s).translate(_QUOTES).strip()
    s = re.sub(r"[，,](?:他|她)?(?:表示|认为|说|称)$", "", s.rstrip("。！!"))
    s = trim_clauses(s, hits, keep_frame)
    # "而Sora却可以完成…" with its "而" gone: the 却 turns against a sentence the statement does not carry
    if _CONTRAST_AFTER_SUBJECT.match(s):
        s = _CONTRAST_AFTER_SUBJECT.sub(r"\1", s, count=1)
    if re.match(r"^(?:它|其)(?!中|他|实|次)", s):
        if framed and not keep_frame:
            # "FTC 表示，它正在…": the pronoun is the frame's holder, not the topic
            return clean_statement(simple, "", hits, keep_frame=True)
        if topic_label:
            s = topic_label + s[1:]
    s = s.rstrip("，,；;：: ")
    if s and s[-1] not in "。！!":
        s += "。"
    return s


#: A live text's or a minutes' speaker label in brackets ("【市教育局副局长邓某】", "【主持人】"): who speaks, like a
#: turn's "X：", never the words; a headline in the same brackets ("【茶饮品牌推出白酒奶茶】") names no role and stays.
_SPEAKER_BRACKET = re.compile(r"^[【〖]([^】〗\n，。：:、；！？]{2,30})[】〗]\s*")
_OFFICE_HEAD = re.compile(r"[馆校站厂会社行区县镇村处科队组班院所局部省州团]长(?:[\u4e00-\u9fff]{2,3})?$")


def _without_speaker_label(s: str) -> str:
    m = _SPEAKER_BRACKET.match(s)
    if not m or cjk_len(s[m.end():]) < 8:
        return s
    label = re.sub(r"[ \u3000]+", "", m.group(1))
    if label in ("主持人", "嘉宾", "记者") or _OFFICE_HEAD.search(label) \
            or any(len(r) >= 2 and re.search(re.escape(r) + r"[\u4e00-\u9fff]{0,3}$", label) for r in ROLE_TITLES):
        return s[m.end():]
    return s


#: A Q&A platform's turn labels opening a line: never words of a statement, whatever else is kept.
_QA_LABEL = re.compile(r"^(?:(?:公司|董秘|上市公司)(?:回答|回复|答复)|回答|(?:投资者|网友|读者)?提问)"
                       r"[^，。：:“”「」]{0,16}[：:]\s*(?:问[^，。：:“”「」]{2,16}[：:]\s*)?")
#: A reply's salutation opening the answer ("尊敬的投资者您好！", "您好，", "感谢您的关注。"): no words of the statement.
_GREETING = re.compile(r"^(?:尊敬的[^，。！!：:]{1,8}?)?(?:您好|你好|大家好)[！!，,。：:]\s*")


#: A reference work's citation marks ("[11]", "[2-3]", "[注1]"): the source's apparatus, never a statement's words.
_CITE_MARK = re.compile(r"\[(?:注)?\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*\]")
#: Emoji and pictographs (with their variation selectors, skin tones, joiners and keycaps: "3️⃣").
_EMOJI = re.compile("(?:[0-9#*]\ufe0f?\u20e3|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u3030\u303D"
                    "\u3297\u3299]|[\ufe0f\u200d\U0001F3FB-\U0001F3FF])+")


def _marks_out(s: str) -> str:
    """A statement without citation marks and emoji: an emoji between two clauses stood for a
    pause ("车里一个人都没有😳 查了一下" → "…没有，查了一下"), elsewhere it goes."""
    s = _CITE_MARK.sub("", s)
    if not _EMOJI.search(s):
        return s

    def pause(m):
        before, after = s[:m.start()].rstrip(), s[m.end():].lstrip()
        if before and after and re.match(r"[\u4e00-\u9fffA-Za-z0-9）)”」]", before[-1]) \
                and re.match(r"[\u4e00-\u9fffA-Za-z0-9“「（(]", after[0]):
            return "，"
        return ""
    s = _EMOJI.sub(pause, s)
    return re.sub(r"\s*，\s*", "，", re.sub(r"[ \t]{2,}", " ", s)).strip()


def short_quote(original: str, simple_of, hits: tuple[str, ...], limit: int = 70) -> str:
    """The contiguous clauses of a sentence that carry the most cue words, verbatim, ≤ ``limit``,
    without unbalanced outer quotation marks; never cut inside a title ("《黑神话：悟空》昨（20）日…")."""
    bar = _SHARE_BAR_ANY.match(original)
    if bar and len(original) - bar.end() >= 10:
        original = original[bar.end():]  # a page's share bar run into the sentence is no part of a quote
    stamp = _STAMP_BYLINE.match(original)
    if stamp and len(original) - stamp.end() >= 10:
        original = original[stamp.end():]  # so is a page's headline, stamp and byline
    credit = BYLINE_BRACKET.match(original)
    if credit and len(original) - credit.end() >= 10:
        original = original[credit.end():]  # and a reporter's credit in brackets ("【某某网记者王五】")
    original = without_label(original, 10)  # and a flash channel's label ("【港股】")
    caption = caption_label(simple_of(original[:60]), ROLE_TITLES)
    if caption and len(original) - caption[2] >= 8 and simple_of(original[:caption[2]]) == simple_of(original[:60])[:caption[2]]:
        original = original[caption[2]:]  # and a broadcast's caption over the bite
    if "《" not in original:
        return _unquote(_short_quote(original, simple_of, hits, limit))
    return _unquote(_unguard(_short_quote(_guard(original), lambda t: simple_of(_unguard(t)), hits, limit)))
