"""Who says it: speakers taken only from explicit attributions in the text, never guessed.

An attribution is a reporting verb (表示, 认为, 指出 …) or frame (在…看来, 据…分析) with a named
holder before it. The holder phrase is split into a role ("上海市人工智能行业协会秘书长") and a name
("钟俊浩") at the last job title, and vague holders ("多家机构", "一些分析人士", "专家") are not
speakers (``speakerholder.split_holder``); a bare name later in the article gets the role it was
first given; "他/她" takes the last person named in the same or the previous paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .speakerholder import ROLE_TITLES, _common_words, _surnames, split_holder
from .speakerholder import _ORG_SUFFIX, _TRIM_HEAD  # noqa: F401 (speakerroles and speakerfields import them from here)
from .speakerverbs import OBJECT_VERBS, reports
from .speakercue import person_cue

__all__ = ["Attribution", "find_attributions", "lead_in", "split_holder", "column_authors", "ROLE_TITLES"]

_VERBS = ("分析指出", "解释指", "举例指", "笑称", "笑言", "笑道", "感叹", "感慨", "叹道", "直言", "坦言", "坦承", "承认", "声称", "宣称", "回应", "警告", "披露", "表示", "不认同", "认同", "认为", "觉得", "指出", "强调", "透露", "预测", "预计",
          "提到", "介绍", "呼吁", "建议", "判断", "解释", "估算", "测算", "估计", "称", "说", "谈到", "写道", "告诉",
          "宣布", "公布", "通报", "批评", "质疑", "提醒", "不同意", "说明", "提出", "重申", "表明",
          "补充", "形容", "承诺", "辩护", "表述", "怀疑", "发表声明", "发布声明", "发出声明", "发布公告", "发表评论", "发表讲话", "确认")
#: How a verb is matched when its plain spelling is also part of a word ("说明", "不同意见": a noun).
_VERB_FORMS = {"说": r"(?<![小来据听以是话虽传演学所])(?<!老实)(?<!坦白)(?<!照理)(?<!按理)(?<!严格)(?<!一般)说(?![明法服白穿]|[两几一]?句)", "不同意": r"不同意(?!见)",
               "认同": r"(?<!不)认同",
               # "某公司向记者确认，…" reports; "确认订单", "经确认" do not
               "确认": r"(?<![经經待未再法])确认(?=[，,：:])"}
_VERB_RE = re.compile("(" + "|".join(_VERB_FORMS.get(v, v) for v in _VERBS) + r"|指(?=[，,：:])|(?<=[他她])指(?![出定导挥望标数南责控明示引着的向了认])|预期(?=[，,：:])|分析(?=[，,：:]))")
# ("报告指，…", "王某预期，…", "业内人士分析，…"; "他指新推出的…": a pronoun's 指 is a report, as 他说)
#: What follows a reporting verb that reports ("东电承认，…").
_PAUSE = "，,：:“「"
_FRAME_KANLAI = re.compile(r"在([^，。；：“”]{1,40}?)(?:看来|眼中)|(?:^|(?<=[，。；！？]))(?!在)([^，。；：“”]{3,40}?)看来(?=[，,])")
_FRAME_SUOYAN = re.compile(r"(?:正如|如同|诚如)([^，。；：“”]{2,30}?)所(?:言|说|指出)")
#: A holder's view named as such ("X的说法是，…", "X的看法是…", "按照X的解释，…").
_FRAME_VIEW = re.compile(r"(?:^|(?<=[，。；！？]))(?:按照|根据|依照)?([^，。；：“”「」]{2,24}?)的(?:说法|看法|观点|解释|回答|判断|意见)(?:是|为)?[，,：:]")
#: The same, with the question the holder answered between ("按照会上X对于「为什么此时发布」的解释，…"): the holder's
#: explanation; when or where it was given ("会上", "发布会上") no part of the holder.
_FRAME_VIEW_ON = re.compile(r"(?:^|(?<=[，。；！？]))(?:按照|根据|依照|据)(?:[^，。；：“”「」]{0,6}?(?:会上|现场|采访中|演讲中|访谈中))?"
                            r"([^，。；：“”「」]{2,16}?)(?:对于|对|关于)[「“][^」”\n]{2,40}[」”]的(?:说法|看法|解释|回答|判断)(?:是|为)?[，,：:]")
#: A post quoted or forwarded under its author's display name and handle ("引用王某 @wangmou：“…”",
#: "转发 Lin Mo @linmo: …"): the name after a quoting word or a pause, never the stamp before it.
_FRAME_HANDLE = re.compile(r"(?:(?<=引用)|(?<=转发)|(?<=转引)|(?<=[\s\u3000·，。；！？])|^)"
                           r"([\u4e00-\u9fff]{2,10}|[A-Za-z][A-Za-z .]{1,24}?)[\s\u3000]*[@＠][A-Za-z0-9_]{2,30}[\s\u3000]*[：:]")
#: A holder taking a stance, named before what they argue ("X则持不同意见。他说…", "X持保留态度",
#: "X对此不以为然"): the holder of the sentence, and the person a following "他" stands for.
_FRAME_STANCE = re.compile(r"(?:^|(?<=[，。；！？]))([^，。；：“”「」]{2,30}?)(?:则|也|却|亦|同样|一直|始终|对此|对这一?[^，。；]{0,6})?"
                           r"(?:(?:持|抱)(?:有)?(?:不同|相反|保留|谨慎|审慎|乐观|悲观|怀疑|类似|相同|一致|反对)?(?:的)?"
                           r"(?:意见|看法|观点|立场|态度)|不以为然|不敢苟同)(?=[。，；！：,:])")
#: A mood handing over to what the holder argues ("区某并不乐观：…", "业内人士较为悲观：…"): a
#: person's or a described group's, never a thing's ("前景并不乐观：").
_FRAME_MOOD = re.compile(r"(?:^|(?<=[，。；！？]))([^，。；：“”「」]{2,30}?)(?:则|也|却|亦|对此)?"
                         r"(?:并不|不太|不甚|颇为|相当|十分|较为|比较|更为|并)?(?:乐观|悲观)(?=[：:])")
_FRAME_JU = re.compile(r"据([^，。；：“”]{2,40}?)(?:分析指出|分析|推算|推估|估算|预估|估计|统计|测算|预测|显示|指出|介绍|公布|发布|消息|"
                       r"监测|调查|反映)"
                       # (a body named after what it does is no verb: "据江城市统计局数据", "据某调查中心")
                       r"(?!局|所|院|中心|站|处|司|署|机构|公司|部门|平台|网)")
#: Data a body keeps or gave, named as the source ("据携程数据，", "据海关总署的数据显示，"): the body's.
_FRAME_JU_DATA = re.compile(r"(?:^|(?<=[，。；！？]))据([^，。；：“”「」《》]{2,16}?)(?:的)?(?:最新)?数据(?:显示|表明)?[，,]")
#: What is analysed with no one analysing ("经过数据分析，", "通过对比分析，"): a method, not a holder.
_ANALYSED_BY_NO_ONE = re.compile(r"^(?:经过|通过|经|据|从|对|根据|综合|进一步|深入|仔细|具体|简单|客观|冷静|理性|认真|初步|"
                                 r"总体|整体|全面|由此|以此|据此|对此|细|再|仔|总的)|"
                                 r"(?:数据|研究|调查|统计|对比|比较|综合|进一步|深入|具体|简单|来)$")
#: An outlet's report given as the source ("据美国《华尔街日报》7月15日报道，", "据路透社消息，").
_FRAME_REPORT = re.compile(r"(?:^|(?<=[，。；！？]))据([^，。；：“”「」]{2,30}?)(?:的)?(?:报道|消息)(?:称|说|指出)?[，,：:]")
#: When the report ran, before its word ("7月15日", "当地时间周一", "日前"): no part of the outlet.
_REPORT_TIME = re.compile(r"(?:(?:当地时间)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|当地时间[^，。]{0,6}|日前|近日|当天|今天|昨天|此前|最新)+$")
#: "以X统计": the body that counted ("以国外调研公司CB Insights统计，…").
_FRAME_YI = re.compile(r"(?:^|(?<=[，。；！？]))以([^，。；：“”]{2,30}?)(?:统计|测算|推算)(?=[，,])")
#: Data a holder published ("东电当天发布的数据显示", "X公布的调查表明", "X发布的报告认定"): the holder's.
_FRAME_DATA = re.compile(r"(?:^|(?<=[，。；！？]))([^，。；：“”「」《》]{2,24}?)(?:发布|公布|披露)的(?:《[^《》\n]{1,40}》|[^，。；：“”「」]{1,12}?)"
                         r"(?:显示|表明|指出|认定)")
#: What a holder made public, named as what is ("某公司官方公布的是24小时订单8万台", "市统计局给出的数字为…"): the holder's.
_FRAME_MADE_PUBLIC = re.compile(r"(?:^|(?<=[，。；！？：:]))(?![他她它我你这那其该])([^，。；：:“”「」《》]{2,16}?)(?:公布|宣布|发布|披露|给出|公开)的"
                                r"(?:数字|数据|口径|结果)?(?:是|为)(?=[^，。；]{2})")
#: A test or a study its holder ran, named as the source ("其中临江交警的实验显示，…", "某大学团队的研究发现，…").
_FRAME_STUDY = re.compile(r"(?:^|(?<=[，。；！？]))(?:其中)?([^，。；：“”「」《》]{2,20}?)的(?:实验|测试|调查|研究|测算|检测)(?:结果)?"
                          r"(?:显示|表明|发现)")
#: A document its issuer published, named as the source ("据X市场预测年报，", "据X《…白皮书》，"): the issuer's.
_FRAME_JU_DOC = re.compile(r"(?:^|(?<=[，。；！？]))据([^，。；：“”「」《》]{2,24})(?:发布的|公布的|的)?(?:《[^《》\n]{1,40}》|"
                           r"(?:年报|报告|研报|白皮书|公告))[，,]")
#: Words describing a document, not its issuer ("市场预测年报", "年度评估报告"): read off the holder's end.
_DOC_WORDS = re.compile(r"(?:年度|最新|市场|行业|季度|月度|年|预测|评估|研究|调查|统计|监测|分析|安全)+$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found in a simplified paragraph, with the span of text it covers."""

    name: str
    """Name (simplified working copy)."""
    role: str
    """Role (simplified), may be ''."""
    kind: str
    """``person``, ``org``, ``group`` (a described, unnamed holder: "多位游戏从业者"), or, before
    resolution, ``pronoun`` / ``bare``."""
    start: int
    """Offset in the simplified paragraph where the attribution begins."""
    end: int
    """Offset just after the reporting verb."""


_OPEN = {"》": "《", "”": "“", "」": "「"}


#: Marks inside a quotation that make it speech, never a quoted name before a verb ("博主“某某”表示").
_SPEECH_MARKS = frozenset("，,。！？；;…")


def _holder_start(left: str) -> int:
    """Index of the clause boundary before a reporting verb, reading back over a book title
    (《…，…》) and a short quoted name (博主“数字生命卡兹克”), which belong to the holder; a long
    quotation is the speech itself and ends the holder."""
    i = len(left) - 1
    while i >= 0:
        ch = left[i]
        if ch in _OPEN:
            j = left.rfind(_OPEN[ch], 0, i)
            # (a quotation holding a pause or closing on a sentence's end, "“最大的短板是接待能力。”",
            # "“票价不会涨，”", is speech, however short: a quoted name has no pause in it)
            if j >= 0 and (ch == "》" or (i - j <= 13 and not _SPEECH_MARKS.intersection(left[j + 1:i]))):
                i = j - 1
                continue
            return i
        if ch in "，。；：！？“「\n】":  # (a headline's closing bracket ends it: "【…】X表示")
            return i
        i -= 1
    return -1


def find_attributions(simple: str, titles: tuple[str, ...] = ROLE_TITLES) -> list[Attribution]:
    """Attributions in one simplified paragraph, in text order (pronouns and bare names unresolved)."""
    return list(_attributions(simple, tuple(titles)))


@lru_cache(maxsize=1 << 14)  # a pure function of the paragraph: asked again by the corpus steps on every save
def _attributions(simple: str, titles: tuple[str, ...]) -> tuple[Attribution, ...]:
    found: list[Attribution] = []
    for m in _FRAME_KANLAI.finditer(simple):
        got = split_holder(m.group(1) or m.group(2), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_SUOYAN.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in [*_FRAME_VIEW.finditer(simple), *_FRAME_VIEW_ON.finditer(simple)]:
        got = split_holder(m.group(1), titles)
        if got and got[2] != "group":
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_YI.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and got[2] in ("org", "bare"):
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_DATA.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and got[2] in ("org", "person", "bare"):
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_MADE_PUBLIC.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and got[2] in ("org", "person", "bare", "group"):
            found.append(Attribution(got[0], got[1], got[2], m.start(1), m.end()))
    for m in _FRAME_STUDY.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and got[2] in ("org", "person", "bare", "group"):
            found.append(Attribution(got[0], got[1], got[2], m.start(1), m.end()))
    for m in _FRAME_JU_DOC.finditer(simple):
        got = split_holder(_DOC_WORDS.sub("", m.group(1)), titles)
        if got and got[2] in ("org", "person", "bare"):
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_REPORT.finditer(simple):
        # "据美国《华尔街日报》7月15日报道，…", "据路透社消息，…": what follows is the outlet's report
        holder = _REPORT_TIME.sub("", m.group(1))
        outlet = re.fullmatch(r"(?:[\u4e00-\u9fff]{2,4})?《([^《》]{1,16})》", holder)
        got = (outlet.group(1), "", "org") if outlet else split_holder(holder, titles)
        if got and got[2] in ("org", "person", "bare"):
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_HANDLE.finditer(simple):
        # "引用王某 @wangmou：“…”", a quoted or forwarded post: its author's display name and handle
        found.append(Attribution(m.group(1).strip(), "", "person", m.start(1), m.end()))
    for m in _FRAME_STANCE.finditer(simple):
        got = split_holder(m.group(1), titles)
        # (a described holder too: "一位经销商则持相反意见。他告诉本刊…" — the "他" is theirs)
        if got and got[2] in ("person", "org", "bare", "pronoun", "group"):
            found.append(Attribution(got[0], got[1], got[2], m.start(1), m.end()))
    for m in _FRAME_MOOD.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and (got[2] in ("person", "group") or got[2] == "bare" and _personal_name(got[0])):
            found.append(Attribution(got[0], got[1], got[2], m.start(1), m.end()))
    for m in _FRAME_JU_DATA.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and got[2] == "org" and not _ANALYSED_BY_NO_ONE.search(m.group(1)):
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_JU.finditer(simple):
        if re.match(r"(?:我|本)(?!国|市|省|县|区)[\u4e00-\u9fff]{0,3}$", m.group(1)):
            continue  # "据我厅监测", "据本报调查": the document's own voice, no holder of its own
        got = split_holder(m.group(1), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _VERB_RE.finditer(simple):
        # the holder is the text before the verb, back to the previous clause boundary
        # (looked for in the 41 characters before the verb only: a longer holder is dropped below,
        # and a search back to the paragraph's start for every verb was quadratic)
        base = max(0, m.start() - 81)
        left = simple[base: m.start()]
        cut = _holder_start(left)
        if cut < 0 and base > 0:
            continue  # no clause boundary within 81 characters: the holder would be too long
        holder = left[cut + 1:]
        if holder in CARRY_ON and cut > 0 and left[cut] in "，,":
            # "对于…，霍某相当乐观，认为…", "某公司创办人冯某在…致谢，并表示…": the reporting verb
            # goes on the clause before, whose subject is a named person
            prev = _holder_start(left[:cut])
            got = clause_subject(left[prev + 1:cut], titles)
            if got:
                found.append(Attribution(got[0], got[1], "person" if got[1] else "bare", base + prev + 1, m.end()))
                continue
            got = split_holder(issuer_clause(left[prev + 1:cut]), titles) if issuer_clause(left[prev + 1:cut]) else None
            if got and got[2] in ("person", "org", "bare"):
                # "清盘那天恒大马上出声明，说…": what the statement says is its issuer's
                found.append(Attribution(got[0], got[1], got[2], base + prev + 1, m.end()))
                continue
            crowd = _CROWD_SUBJECT.match(left[prev + 1:cut]) if holder == "" else None
            if crowd and m.group(0) in ("认为", "表示", "称", "指出", "质疑", "担心", "呼吁", "建议"):
                # "网民普遍将延迟退休与就业挂钩，认为…", "多家财经媒体聚焦…，认为…": the described
                # people the clause before opens on hold the view (a group: a role, never a name)
                found.append(Attribution(crowd.group(1), "", "group", base + prev + 1, m.end()))
                continue
        if not holder and cut > 0 and left[cut] in "，,":
            # "也有学者，例如英国的史密斯（Jim Smith），认为…": the clause before names the holder
            prev = _holder_start(left[:cut])
            named = re.sub(r"^(?:例如|比如|譬如|像|如)", "", left[prev + 1:cut])
            got = split_holder(named, titles) if named and _NAMED_EXAMPLE.match(left[prev + 1:cut]) else None
            if got and got[2] in ("person", "org", "bare"):
                found.append(Attribution(got[0], got[1], got[2], base + prev + 1, m.end()))
            continue
        cut += base
        if "《" in holder and "》" not in holder[holder.rfind("《"):]:
            continue
        holder = re.sub(r"在《[^》]*》[^，。]*$", "", holder)
        if not holder or len(_BRACKETED.sub("", holder)) > 40:
            continue  # (an original spelling in brackets does not count: "哈特曼（Lukas Hartmann）")
        if re.match(r"(?:另|亦|也|还|又)?据(?=[\u4e00-\u9fff]{2})", holder):
            # "另据经销商估计，…": the source after "据" holds it (read as "据X…" above too)
            skip = len(re.match(r"(?:另|亦|也|还|又)?据", holder).group(0))
            holder, cut = holder[skip:], cut + skip
        if m.group(0) == "分析" and _ANALYSED_BY_NO_ONE.search(holder):
            continue  # "经过数据分析，…", "综合来看分析，…": how the writer found it, no holder's frame
        if m.group(0) in OBJECT_VERBS and not reports(simple, holder, m.group(0), m.end()):
            continue  # "法院承认本地破产令的机会相当低", "东电公布的数据显示": an act, not a statement
        got = split_holder(holder, titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], cut + 1, m.end()))
    found.sort(key=lambda a: a.start)
    dedup: list[Attribution] = []
    for a in found:
        if dedup and a.start < dedup[-1].end and a.name == dedup[-1].name:
            continue
        if dedup and a.start == dedup[-1].end + 1 and simple[dedup[-1].end] in "，,：:" and simple[dedup[-1].start] != "据" \
                and a.end < len(simple) and simple[a.end] not in "。！？":
            # "X指出，Y的报告预测…", "律师X表示，外地法院承认…": a holder inside another's
            # report is what the first holder says, not a new speaker of the sentence
            continue
        dedup.append(a)
    return tuple(dedup)


def _personal_name(name: str) -> bool:
    """Whether a bare holder is a person's name: two or three characters opening on a surname."""
    from .entities import SURNAMES

    import jieba.posseg as posseg

    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or _common_words(name):
        return False
    words = list(posseg.cut(name))
    return name[0] in SURNAMES or name[:2] in SURNAMES or len(words) == 1 and words[0].flag == "nr"


#: A clause opening on described people ("网民普遍…", "部分家长…", "第一财经、财新等财经媒体聚焦…"): who
#: they are, up to the noun naming them, before an adverb or what they do.
_CROWD_SUBJECT = re.compile(r"^((?:[^，。；：“”「」]{1,16}?等)?(?:部分|不少|很多|许多|多数|一些|大批|众多|多位|多家)?"
                            r"[\u4e00-\u9fff]{0,4}?(?:网民|网友|市民|居民|家长|消费者|投资者|股民|专家|学者|业内人士|"
                            r"分析人士|从业者|媒体))(?=普遍|大多|多|纷纷|则|也|还|均|都|关注|聚焦|担心|将|把|对|从)")


#: A holder named as an example before the verb's clause ("例如英国的史密斯（Jim Smith），认为…").
_NAMED_EXAMPLE = re.compile(r"^(?:例如|比如|譬如|像)")
_BRACKETED = re.compile(r"[（(][^（）()]{1,40}[）)]")


#: Labels of fields and notes, never a holder ("注意：…", "来源：…") — general words, not a topic's.
_FIELDS = frozenset("注意 提示 备注 标题 副标题 作者 来源 出处 日期 时间 地点 声明 摘要 导语 编者按 结论 答 问 附 另附 "
                    "更新 关键词 原文 链接 版权说明 主题归类 责编 编辑 记者 图 图片 视频 说明 总结 背景 观点 要点 "
                    "简介 评论 网友评论 资料 数据 注 按 例如 比如 其中 首先 其次 最后 简评 点评 短评 快评 述评 锐评 小结 "
                    "解读 延伸阅读 相关阅读 链接 提要 划重点".split())
_MODAL = re.compile(r"将|会|有望|可能|预计|建议|需要|应该|应当|利好|受益|看好|关注")
_LEAD_IN = re.compile(r"^(?:\\?[-•·*]\s*)?([^，。；：“”「」\s]{2,30})[：:](?=\S)")


#: A meeting's word ending a label ("财政部记者会", "某局新闻发布会"): the body that holds it speaks.
_MEETING_END = re.compile(r"(?:新闻)?(?:记者会|发布会|吹风会|通气会|座谈会|说明会)$")


def lead_in(simple: str, titles: tuple[str, ...] = ROLE_TITLES, article: str = "") -> list[Attribution]:
    """A paragraph opened by its holder and a colon ("申万宏源：…", "止于至善投资总经理何理：…"):
    the whole paragraph is that holder's. Field labels ("标题：", "注意：") are not holders: a
    bare word is taken only when a whole claim follows and the article names it elsewhere too,
    or when it is a person's name."""
    m = _LEAD_IN.match(simple)
    if not m or re.search(r"(?:说|表示|称|道|指出|认为)$", m.group(1)):
        return []  # "张姐说：“…”": a reporting verb's frame, read as such
    if ADDRESSED.match(m.group(1)):
        return []  # "回复白鹭过境：…", "@王某：…": whom a post answers, never who writes it
    # a body's meeting as the label ("财政部记者会：…"): the body speaks at it, the meeting is no one
    holder = _MEETING_END.sub("", m.group(1)) if len(_MEETING_END.sub("", m.group(1))) >= 2 else m.group(1)
    got = split_holder(holder, titles)
    if not got or got[2] == "pronoun" or (got[2] == "group" and got[0] in titles):
        return []  # a bare title as a label ("主持人：", "记者：") is a turn, not a named holder
    name = got[0]
    if got[2] == "bare":
        if name in _FIELDS or m.group(0)[:1] in "\\-•·*":
            return []  # a list item's heading ("- 产能：…", "- 营销争议：…") names a subject, not a holder
        # (a familiar name, 阿/小/老 + one or two characters: "阿杰", "小鹿", "老周", or a form of address,
        # "张姐", "胖哥", is a person's, whatever the dictionary says)
        familiar = person_cue(name)
        common = _common_words(name) and not familiar
        if common and name[0] in _surnames() and len(name) in (2, 3) and _labels_turns(name, article):
            common = False  # "易明远：…" opening two paragraphs or more: a speaker taking turns, whatever the dictionary says
        holds = re.compile(re.escape(name) + _HOLDS)
        if common and len(holds.findall(article)) <= len(holds.findall(simple)):  # (elsewhere: not in its own paragraph)
            # a list label made of ordinary words ("产能：", "风险提示：", "观点一：") names a
            # subject, not a holder, unless the article has it speak elsewhere ("产能表示")
            return []
        person = (name[0] in _surnames() and len(name) in (2, 3) and not common) or familiar
        rest = simple[m.end():]
        claim = len(rest) >= 15 and (article.count(name) >= 2 or _MODAL.search(rest))
        if not (person or claim):
            return []
        kind = "person" if person else "org"
    else:
        kind = got[2]
    return [Attribution(name, got[1], kind, 0, m.end())]


def _labels_turns(name: str, article: str) -> bool:
    """Whether ``name`` opens two lines of the article or more as their label, a stamp before it or not."""
    return _line_labels(article).get(name, 0) >= 2


@lru_cache(maxsize=8)
def _line_labels(article: str) -> dict[str, int]:
    """How many lines of the article each label opens (read once per article: linear)."""
    count: dict[str, int] = {}
    for m in _LINE_LABEL.finditer(article):
        count[m.group(1)] = count.get(m.group(1), 0) + 1
    return count


_LINE_LABEL = re.compile(r"(?m)^[\d \t:.\-/\[\]【】()（）]{0,24}?([^\s：:，。；“”「」]{2,12})[：:]")


#: A label naming whom a post or a letter answers or addresses ("回复X", "回覆X", "@X", "答复X", "致X"):
#: the addressee, never the writer.
ADDRESSED = re.compile(r"^(?:回复|回覆|答复|答覆|@|＠|致|Re[:：]?\s*|RE[:：]?\s*)")


#: The reporting verb after a name that makes it a holder elsewhere in the article.
_HOLDS = r"[^，。；：“”]{0,8}?(?:表示|认为|指出|称|预计|预测|透露|说|分析|强调|建议)"


# a column's author: ``speakercolumns`` (re-exported here; it reads attributions from this module)
from .speakercolumns import column_authors  # noqa: E402
from .speakerfields import CARRY_ON, clause_subject, issuer_clause  # noqa: E402 (the clause before a verb)
