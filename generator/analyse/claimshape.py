"""The shape of a sentence's claim, read from its structure whatever the topic.

Which category and kind a sentence gets should follow what the sentence claims, in which
direction, not the words of who says it or of a clause it sets aside:

* a category word inside a name ("科学" in the developer "游戏科学", "研究" in "某某研究所") or in
  an attribution frame ("根据克而瑞数据，…", "据某研究院测算，…") says who speaks, not what is
  claimed; "不足" before an amount is "less than" (``cue_words``); a word the sentence negates
  ("清盘不等于倒闭") names what it denies (``negated``);
* a sentence that turns from one state to another ("过去…被认为不赚钱，现在已经有…在打听",
  "虽然…，但…") claims its second part: the first part's words place nothing, and a turn from
  the past to the present is itself a change (``main_part``; "不仅X，还Y" claims both);
* a problem word that is the object of a remedy ("会持续修正…问题", "解决了…难题") is no limit;
  "不只是…而是…" emphasises and denies nothing (``limit_words``);
* an effect can be stated without an effect word: making more people do something ("让更多年轻人
  认识了…"), a change against a baseline with a quantity ("比平常多了三成", "翻了几倍")
  (``effect_shapes``);
* some sentences state no claim at all: thanks and greetings, instructions to colleagues on what
  to say or write ("口径：…不要给具体标的", "在稿子里把两种观点都写上"), a report of someone's
  stance with none of its content ("…对这款游戏的长期影响看法相对保守") (``no_claim``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .polarity import QUESTIONS
from .text import cjk_len

__all__ = ["cue_words", "negated", "inside", "asked", "bare_list", "main_part", "limit_words", "effect_shapes",
           "harm_shapes", "harm_change", "harm_governed", "HARM_HOMES", "subject_rule",
           "no_claim", "MONEY"]

#: Institution words holding a category word ("研究所", "科学院"): part of a name or a title.
_INSTITUTION = re.compile(r"研究(?:所|院|中心|部|室|会|员|机构)|科学院|科技大学|科学城|数据(?:公司|平台|服务商)")
#: An attribution frame at the head of a sentence or clause ("根据克而瑞数据，", "据东岳证券研究所测算，",
#: "数据显示，", "某某研究指出，"): the source of what follows, not its content.
_FRAME = re.compile(r"(?:^|(?<=[，；：]))(?:根据|据|按照|依据|从)[^，。；]{0,24}?"
                    r"(?:数据|统计|测算|估算|研究|报告|调查|调研|分析|显示|统计显示)[^，。；]{0,6}(?:[，：]|$)|"
                    r"(?:^|(?<=[，；：]))[^，。；]{0,16}(?:数据|研究|调查|统计)(?:显示|表明|指出)[，：]?")


#: "Less than" an amount ("不足全部贷款的1%"): a bound, no shortfall of anything.
_LESS_THAN = re.compile(r"不足(?=[^，。；]{0,8}?[0-9０-９一二三四五六七八九十两半几]+(?:\.[0-9]+)?(?:%|％|成|倍|万|亿|千|百))")
#: A way out of a road, a station or a building ("京港澳高速涿州段部分出口封闭", "地铁A出口", "东侧出口关闭"):
#: a place, no export (the trade category's "出口" is goods sold abroad).
_EXIT = re.compile(r"(?<=高速|公路|国道|省道|路段|匝道|隧道|地铁|车站|站台|机场|商场|小区|景区|园区|大楼|东侧|西侧|南侧|北侧)"
                   r"[^，。；！？]{0,8}?出口|(?<=[A-Z东西南北0-9])出口|出口(?=处|通道封闭|封闭|关闭|临时关闭|暂停通行|禁止通行)")
#: A negation governing the word right after it ("清盘不等于倒闭", "不是来打价格战的", "并未亏损").
_NEGATED = re.compile(r"(?:不等于|不意味着|并不意味着|不代表|不是|并非|并不是|并未|并没有|没有|不会|未必|不至于|谈不上|"
                      r"算不上|无需|不必|不用)[^，。；！？]{0,3}$")


#: The object of a denied occurrence ("未出现恐慌性抛售", "没有造成污染"): denied whatever follows.
_NEGATED_OBJECT = re.compile(r"(?:未|没|没有|并未|并没有|不会|无)(?:出现|发生|造成|引发|构成|存在|引起)(?:过|了)?$")
#: The negated word ends its predicate ("不等于倒闭。", "不是来打价格战的", "并未亏损，"); one
#: followed by more of a noun phrase ("没有公开成本监审报告", "不是仓促发布的理由") is not what is denied.
_PREDICATE_END = re.compile(r"(?:的|了|过)?(?:[，。；！？,;!?”」』）)]|$)")


#: Words naming no thing of their own: a rate of growth ("指数级上升", "呈指数型下降": no stock index)
#: and a "泛…化" of a stance decried ("泛安全化", "泛娱乐化": no safety, no entertainment).
_FIGURATIVE = re.compile(r"指数(?:级|型|式)|几何级|泛[\u4e00-\u9fff]{1,3}化")


@lru_cache(maxsize=1 << 14)
def _masked(simple: str, names: tuple[str, ...]) -> str:
    text = simple
    for n in sorted((n for n in names if n and len(n) >= 2), key=len, reverse=True):
        text = re.sub(re.escape(n), "\u3000" * len(n), text, flags=re.I)
    text = _INSTITUTION.sub(lambda m: "\u3000" * len(m.group()), text)
    text = _FRAME.sub(lambda m: "\u3000" * len(m.group()), text)
    text = _LESS_THAN.sub(lambda m: "\u3000" * len(m.group()), text)
    text = _EXIT.sub(lambda m: m.group()[:-2] + "\u3000\u3000", text)
    text = _FIGURATIVE.sub(lambda m: "\u3000" * len(m.group()), text)
    return text


def negated(text: str, word: str) -> bool:
    """Whether every occurrence of ``word`` in ``text`` is negated ("清盘不等于倒闭"): the word then
    names what the sentence denies, not what it claims."""
    spots = [m for m in re.finditer(re.escape(word), text)]
    return bool(spots) and all((_NEGATED.search(text[:m.start()]) and _PREDICATE_END.match(text, m.end()))
                               or _NEGATED_OBJECT.search(text[:m.start()]) for m in spots)


def cue_words(simple: str, names: tuple[str, ...] = ()) -> str:
    """The sentence with the names (``names``: the topic's terms, the taxonomy's organisations and
    people), institution words and attribution frames blanked out: what is left is what the
    sentence claims, the text a category's words are looked for in."""
    return _masked(simple, tuple(names))


#: A turn from a past state to the present ("过去…，现在…", "以前…，如今…").
_TEMPORAL_TURN = re.compile(r"(?:过去|以前|此前|从前|原本|原来|曾经|早年|早些年|之前)[^。；]{2,60}?[，；]\s*"
                            r"(?:而|但|可|可是)?(?=(?:现在|如今|而今|眼下|今天|这次|如今已|现已))")
#: A concession ("虽然…，但…", "尽管…，却…").
_CONCESSION = re.compile(r"^(?:[^，。；]{0,8})?(?:虽然|虽说|尽管|固然)[^。；]{1,60}?[，；]\s*"
                         r"(?=(?:但|但是|可是|却|不过|然而))")


def main_part(simple: str) -> tuple[str, str]:
    """The part of a sentence its claim is in (the sentence without the part it sets aside), and
    how it was found: ``"change"`` (a turn from the past to the present, a change in itself: the
    past state goes), ``"turn"`` (a concession: it goes) or
    ``""`` (the whole sentence)."""
    m = _TEMPORAL_TURN.search(simple)
    if m:
        return simple[:m.start()] + simple[m.end():], "change"
    m = _CONCESSION.search(simple)
    if m:  # only the part set aside goes: what comes before it is still said
        return simple[:m.start()] + simple[m.end():], "turn"
    return simple, ""


#: A remedy governing the problem word after it ("持续修正玩家回报的问题", "解决了交付难题"); not
#: one denied ("解决不了…问题", "无法解决", "未能弥补").
_REMEDY = re.compile(r"(?<!不|未|没|法|以|能|难)(?:修正|修复|解决|克服|弥补|改进|化解|排除|处理|补齐|补上|回应|正视)"
                     r"(?!不|得了|不了)[^，。；]{0,12}$")
#: "不只是/不仅…而是…": an emphasis, the "而是" there denies nothing.
_EMPHASIS_BEFORE = re.compile(r"不只|不仅|不止|不单|不光")


def limit_words(simple: str, found: list[str]) -> list[str]:
    """The limit words of ``found`` (already found in ``simple``) that state a problem: not the
    object of a remedy ("会持续修正…问题"), not the "而是" of an emphasis ("不只是…，而是…")."""
    out = []
    for w in found:
        real = False
        for m in re.finditer(re.escape(w), simple):
            before = simple[:m.start()]
            if _REMEDY.search(before):
                continue
            if w == "而是" and _EMPHASIS_BEFORE.search(before):
                continue
            real = True
            break
        if real:
            out.append(w)
    return out


#: Effects stated without an effect word: making more people do something, a change against a
#: baseline with a quantity, a multiple.
_EFFECT_SHAPES = (
    # (not "清盘令更多是…": a decree's 令, and "更多是" is "rather")
    re.compile(r"(?:让|使|(?<![清禁法命指政号口军])令|使得|吸引)(?:了|着)?(?:更多|越来越多|大批|大量|不少|许多)"
               r"(?!是|的是|在于)"),
    re.compile(r"比[^，。；]{0,12}?(?:多|高|增加|增长|上涨|少|低|减少|下降)了?(?:近|约|超过)?"
               r"[0-9０-９一二三四五六七八九十两几半]+(?:\.[0-9]+)?(?:成|倍|%|％|个百分点)"),
    re.compile(r"翻了?(?:一|两|三|四|五|几|好几|[0-9]+)?(?:番|倍)|增长了?(?:近|约)?[0-9一二三四五六七八九十两几]+倍|"
               r"带火|走红|爆火|火爆|出圈"),
)


def effect_shapes(simple: str) -> int:
    """How many effect shapes (``_EFFECT_SHAPES``) a sentence has: each counts as an impact signal."""
    return sum(1 for p in _EFFECT_SHAPES if p.search(simple))


#: A price: a money amount ("2万元", "新台币1万5千元", "3,000美元") someone must pay ("要价…",
#: "一台要三千多元", "得花…", "票价…"): with a limit, a cost or a burden. A sum owed or held
#: ("总负债约2.39万亿元") is no price.
MONEY = re.compile(r"(?:要价|售价|定价|标价|价格|票价|要|需要|需|得花|花了?|卖)(?:了|就)?"
                   r"(?:新台币|台币|人民币|港币|港元|美金|约|近|将近|超过|高达|至少|好)?"
                   r"[0-9０-９一二三四五六七八九十两百千万亿几]+(?:[.,][0-9]+)?\s*(?:多|余)?(?:万|亿|千)?"
                   r"(?:元|块|美元|美金|港元|港币|日元|欧元|英镑|新台币|台币)")

#: Thanks and greetings ("向玩家致谢", "感谢大家的支持", "大家好", "我们下期再见").
_THANKS = re.compile(r"致谢|道谢|致以[^，。]{0,4}(?:谢意|感谢)|表示感谢|表达感谢|感谢(?:大家|各位|玩家|用户|读者|观众|"
                     r"听众|网友|粉丝|支持|你们)|谢谢(?:大家|各位|你们)|大家好|下期再见|我们下[期次回]见")
#: An instruction to colleagues on what to say, quote or write, or talk about the article itself:
#: a "line to take" ("口径："), "don't quote/give …", "say that …", "put both views in the piece".
_INSTRUCTION = re.compile(
    r"口径[：:]|统一口径|对外(?:统一|口径)|(?:不要|别|请勿|切勿|不得)(?:再)?(?:引用|给出?|提|写|说|外传|转发|报|透露)|"
    r"^(?:@\S+\s*)?就说|(?<=[：:])就说|(?:稿子|稿件|文章里|节目里|报道里|片子)[^，。]{0,6}(?:写|提|放|加|用|引)|"
    r"(?:都|也)写上|写进(?:稿|文章|报道)")
#: How far into a sentence an instruction may start (after a speaker's label, "王磊：口径：…").
INSTRUCTION_HEAD = 16
#: A report of someone's stance with none of its content ("…对这款游戏的长期影响看法相对保守").
_STANCE_ONLY = re.compile(r"(?:看法|态度|立场|观点|评价|预期)(?:相对|比较|较为|更为|偏|都|则|仍|十分|非常|颇为)?"
                          r"(?:保守|谨慎|审慎|乐观|悲观|积极|中立|正面|负面|保留|不同)[。！]?$")


def no_claim(simple: str, signal_words: tuple[str, ...]) -> bool:
    """Sentences that state no claim whatever their other words: thanks or greetings (unless the
    rest carries a signal), an instruction on what to say or write, a stance reported without its
    content."""
    text = simple.strip()
    m = _INSTRUCTION.search(text)
    if (m and m.start() <= INSTRUCTION_HEAD) or _STANCE_ONLY.search(text):
        return True  # (an instruction heads the sentence: one further in is one clause of a run-on)
    if _THANKS.search(text):
        rest = _THANKS.sub("\u3000", text)
        return not (limit_words(rest, [w for w in signal_words if w in rest]) or effect_shapes(rest))
    return False


def inside(text: str, word: str, longer: set[str]) -> bool:
    """Whether every occurrence of ``word`` lies inside an occurrence of a longer word of ``longer``."""
    low = text.lower()
    spans = [(m.start(), m.end()) for w in longer if len(w) > len(word)
             for m in re.finditer(re.escape(w.lower()), low)]
    if not spans:
        return False
    return all(any(a <= m.start() and m.end() <= b for a, b in spans) for m in re.finditer(re.escape(word.lower()), low))


@lru_cache(maxsize=4096)
def asked(word: str) -> bool:
    """A word of a general question's side (``polarity.QUESTIONS``): polarity reads its negation (a verdict word,
    "失败", only as its clause's predicate: elsewhere a word like any other)."""
    return any(word in w or w in word for q in QUESTIONS if not q.judged for w in q.yes + q.no)


#: An item's number in a run of items ("1）", "（2）", "3、", "④").
_ITEM_NUMBER = re.compile(r"^\s*(?:[（(]?\d{1,2}[）)、]|[\u2460-\u2473])\s*")
#: How long a numbered item may be (its number says it is an item: "1）后续降雨及次生灾害导致损失进一步扩大").
NUMBERED_ITEM = 24


def bare_list(text: str) -> bool:
    """A run of three or more short items between semicolons and nothing else, after a label at
    most ("风险提示：销售恢复不及预期；推进不及预期；出现新的违约事件。"): a list's items (a risk
    notice, a menu), not a sentence. Numbered items ("1）…；2）…；3）…") may be longer."""
    text = re.sub(r"^[^，。：:]{1,8}[：:]", "", text)  # its label ("风险提示：")
    items = [i for i in re.split(r"[；;]", text.rstrip("。.")) if i.strip()]
    numbered = len(items) >= 3 and all(_ITEM_NUMBER.match(i) for i in items)
    if numbered:
        items = [_ITEM_NUMBER.sub("", i) for i in items]
    return len(items) >= 3 and all(cjk_len(i) <= (NUMBERED_ITEM if numbered else 16)
                                   and not re.search(r"[，,：:]", i) for i in items)


#: Problems stated without a limit word, read from what the sentence reports happening, whatever the
#: topic: a harm the subject causes ("造成后方车辆拥堵", "导致航班延误", "影响其他车辆通行"), a
#: malfunction or a hesitation ("表现仍不稳定", "停了40秒不敢走", "系统宕机", "在路口僵住"), an
#: incident ("与行人发生轻微碰撞", "发生追尾", "撞倒路人"), complaints counted or made by the
#: public ("投诉217件", "反映…的86件", "不少业主投诉"; a public's "反映" alone reports anything:
#: "有乘客反映…仅需四五元" is no complaint), a burden: work it still needs or a cost it adds ("需要添加许多控制
#:变量并进行反复修改", "增加了模型的复杂度和训练的计算需求"; not "无需投入大量人力"). Each names the home category of what it
#: reports (``HARM_HOMES``).
_HARM_OUTCOME = (r"拥堵|堵塞|堵车|添堵|混乱|延误|伤亡|损失|事故|瘫痪|滞留|停摆|中断|不便|困扰|伤害|受伤|"
                 r"死亡|污染|停运|积水|安全隐患")
_HARMS = (
    ("harm", re.compile(r"(?:造成|导致|引发|引起|酿成|带来|出现)(?:了|过)?[^，。；！？]{0,16}?(?:" + _HARM_OUTCOME + r")|"
                        r"添堵|添乱|影响[^，。；！？]{0,8}?(?:通行|出行|秩序|正常运行|正常运营)")),
    ("malfunction", re.compile(r"不稳定|不可靠|不靠谱|不灵敏|失灵|失控|宕机|死机|卡死|卡住|僵住|抛锚|停滞|趴窝|"
                               r"不敢(?!相信|想象|想|说|当)|(?:停|卡|堵)(?:了|在)[^，。；！？]{0,6}?不动|"
                               r"(?:停|卡)了(?:将近|近|快|足足|整整)?[0-9一二三四五六七八九十两几半]+(?:多)?(?:秒|分钟|小时)")),
    ("incident", re.compile(r"碰撞|相撞|追尾|剐蹭|刮蹭|撞倒|撞伤|撞上|撞到|(?:撞|碰)了[^，。；！？]{0,10}?(?:人|车)|"
                            r"发生[^，。；！？]{0,8}?(?:事故|故障|火灾|起火|爆炸|泄漏|险情)")),
    ("dependence", re.compile(r"(?:主要|全|全都|完全|仍|还|只能|全部|基本)(?:依靠|依赖|靠)(?:政府|平台|公司)?"
                              r"(?:补贴|补助|优惠券|烧钱|输血|融资|贴钱)")),
    ("burden", re.compile(r"(?<![不无免])(?:需要|必须|仍需|还需|还要|仍要)(?:添加|增加|投入|进行|花费|耗费|付出)[^，。；！？]{0,12}?"
                          r"(?:许多|大量|很多|不少|更多|巨额|高昂)|(?:反复|多次|不断)(?:修改|调整|调试|修正|返工)|"
                          r"(?<![不未没])(?:增加|加大|推高|抬高|加重)了[^，。；！？]{0,12}?"
                          r"(?:复杂度|复杂性|难度|成本|负担|计算需求|算力需求|开销|门槛|工作量|能耗)")),
    ("complaint", re.compile(r"(?:投诉|举报|差评|反映|求助|抱怨)[^。；！？]{0,40}?[0-9０-９一二三四五六七八九十百千两几]+(?:多|余)?"
                             r"(?:件|起|宗|条|例)|"
                             r"(?:市民|网友|乘客|旅客|用户|居民|消费者|司机|车主|家长|学生|患者|读者|顾客|游客|村民|业主|商户|员工)们?(?:纷纷|普遍|多次)?"
                             r"(?:投诉|抱怨|吐槽)")),
)
#: The general category each kind of problem belongs to (``general.GENERAL_CATEGORIES``).
HARM_HOMES = {"harm": "quality", "malfunction": "quality", "incident": "safety", "complaint": "reception",
              "dependence": "profit", "burden": "quality"}
#: A negation or a remedy right before what is reported ("未造成伤亡", "没有发生事故", "避免拥堵",
#: "解决卡顿"): no problem reported.
_HARM_DENIED = re.compile(r"(?:未|没|没有|并未|并没有|不会|无|避免|防止|减少|缓解|解决|杜绝|零)[^，。；！？]{0,2}$")


def harm_shapes(simple: str) -> tuple[str, ...]:
    """The problems a sentence reports without a limit word (``_HARMS``: "harm", "malfunction",
    "incident", "dependence", "burden", "complaint"), each once; one denied or remedied ("未造成伤亡",
    "避免拥堵") is none."""
    return tuple(dict.fromkeys(name for name, _, _ in _harm_spans(simple)))


@lru_cache(maxsize=1 << 14)
def _harm_spans(simple: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    for name, pattern in _HARMS:
        for m in pattern.finditer(simple):
            if not _HARM_DENIED.search(simple[max(0, m.start() - 6):m.start()]):
                out.append((name, m.start(), m.end()))
    return tuple(out)


def harm_governed(simple: str, word: str) -> bool:
    """Whether every occurrence of an effect word lies inside a problem reported (``导致`` in
    "导致航班延误", ``补贴`` in "主要依靠补贴"): the word is the problem's, no effect of its own."""
    spans = [(a, b) for _, a, b in _harm_spans(simple)]
    spots = [m.start() for m in re.finditer(re.escape(word), simple)]
    return bool(spans) and bool(spots) and all(any(a <= i and i + len(word) <= b for a, b in spans) for i in spots)


#: A count rising or falling ("比6月份增加近3倍", "同比下降一半"): said of a problem (complaints,
#: accidents), a rise is the problem growing and a fall is an improvement.
_RISE = ("增加", "上升", "增长", "增多", "攀升", "翻番", "翻倍", "激增", "大增")
_FALL = re.compile(r"(?:下降|减少|回落|降低|减半|降至|下滑)(?!成本|门槛)")


def harm_change(part: str, harms: tuple[str, ...], imp: tuple[list, int]) -> tuple[tuple[str, ...], tuple[list, int]]:
    """How a change of amount reads beside the problems ``harms`` a sentence reports: a fall of a
    problem is an effect (no problem: ``harms`` goes); a rise of one is the problem growing, not an
    effect (the rise words and the effect shapes of a change go from ``imp``, (words, shapes))."""
    if not harms or not {"complaint", "incident"} & set(harms):
        return harms, imp
    if _FALL.search(part):
        return (), imp
    words, shapes = imp
    return harms, ([w for w in words if w not in _RISE], max(0, shapes - effect_shapes(part)))


def subject_rule(text: str, rules, kind: str, catch_all: set[str]):
    """The category of ``kind`` whose words name what a claim is about (two of its cue words, or
    one settling word, found in ``text``: the claim part with names blanked, ``cue_words``), for a
    sentence no category placed as a claim: "短期内不会造成大规模失业" is about jobs, not an event.
    Words the sentence denies count too (a denied effect is still its subject); None when no
    category of that kind names it (the catch-all ``catch_all`` categories never do)."""
    from .text import count_words
    best, score = None, 1
    for rule in rules:
        if rule.category.kind != kind or rule.category.id in catch_all:
            continue
        n = len(count_words(text, rule.cues)) + 2 * len(count_words(text, rule.strong))
        if n > score:
            best, score = rule, n
    return best
