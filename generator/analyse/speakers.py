"""Who says it: speakers taken only from explicit attributions in the text, never guessed.

An attribution is a reporting verb (表示, 认为, 指出 …) or frame (在…看来, 据…分析) with a named
holder before it. The holder phrase is split into a role ("上海市人工智能行业协会秘书长") and a name
("钟俊浩") at the last job title; a bare name later in the article gets the role it was first given;
"他/她" takes the last person named in the same or the previous paragraph. Vague holders
("多家机构", "一些分析人士", "专家") are not speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakerverbs import OBJECT_VERBS, reports

__all__ = ["Attribution", "find_attributions", "lead_in", "split_holder", "column_authors", "ROLE_TITLES"]

#: Job titles that introduce a person's name (general Chinese, not topic knowledge).
ROLE_TITLES = (
    "联合创始人", "创始人", "创办人", "店长", "董事长助理", "董事长", "总经理", "副总裁", "总裁", "首席执行官", "首席技术官",
    "首席科学家", "执行主席", "主席", "秘书长", "主任", "所长", "院长", "院士", "教授", "助理教授",
    "研究员", "科学家", "经济学家", "分析师", "律师", "负责人", "总监", "美术总监", "创意总监", "经理",
    "项目经理", "架构师", "工程师", "制片人", "导演", "编剧", "博主", "台长", "CEO", "CTO", "COO",
    "记者", "主编", "总编辑", "合伙人", "投资人", "专家", "媒体人", "部长", "局长", "发言人",
    # offices and posts of any public body or firm
    "官房长官", "首相", "总理", "大臣", "会长", "社长", "党代表", "党首", "基金经理", "学者", "学家",
    "总干事", "行政长官", "市长", "省长", "州长", "司长", "署长", "厅长", "处长", "大使", "议员", "法官",
    "董事", "主持人", "主播", "总编", "校长", "副校长", "首席分析师", "首席经济学家", "主管", "官员",
)
_VERBS = ("分析指出", "解释指", "举例指", "直言", "坦言", "坦承", "承认", "声称", "宣称", "回应", "警告", "披露", "表示", "不认同", "认同", "认为", "指出", "强调", "透露", "预测", "预计",
          "提到", "介绍", "呼吁", "建议", "判断", "解释", "估算", "测算", "估计", "称", "说", "谈到", "写道", "告诉",
          "宣布", "公布", "通报", "批评", "质疑", "提醒", "不同意", "说明", "提出", "重申", "表明",
          "补充", "形容", "承诺", "辩护", "表述", "怀疑", "发表声明", "发布声明", "发出声明", "发布公告", "发表评论", "发表讲话")
#: How a verb is matched when its plain spelling is also part of a word ("说明", "不同意见": a noun).
_VERB_FORMS = {"说": r"(?<![小来据听以是话虽传演学所])说(?![明法服白穿])", "不同意": r"不同意(?!见)",
               "认同": r"(?<!不)认同"}
_VERB_RE = re.compile("(" + "|".join(_VERB_FORMS.get(v, v) for v in _VERBS) + r"|指(?=[，,：:])|预期(?=[，,：:]))")  # "报告指，…", "王某预期，…"
#: What follows a reporting verb that reports ("东电承认，…").
_PAUSE = "，,：:“「"
_FRAME_KANLAI = re.compile(r"在([^，。；：“”]{1,40}?)(?:看来|眼中)|(?:^|(?<=[，。；！？]))(?!在)([^，。；：“”]{3,40}?)看来(?=[，,])")
_FRAME_SUOYAN = re.compile(r"(?:正如|如同|诚如)([^，。；：“”]{2,30}?)所(?:言|说|指出)")
#: A holder's view named as such ("X的说法是，…", "X的看法是…", "按照X的解释，…").
_FRAME_VIEW = re.compile(r"(?:^|(?<=[，。；！？]))(?:按照|根据|依照)?([^，。；：“”「」]{2,24}?)的(?:说法|看法|观点|解释|回答|判断|意见)(?:是|为)?[，,：:]")
#: A post quoted or forwarded under its author's display name and handle ("引用王某 @wangmou：“…”",
#: "转发 Lin Mo @linmo: …"): the name after a quoting word or a pause, never the stamp before it.
_FRAME_HANDLE = re.compile(r"(?:(?<=引用)|(?<=转发)|(?<=转引)|(?<=[\s\u3000·，。；！？])|^)"
                           r"([\u4e00-\u9fff]{2,10}|[A-Za-z][A-Za-z .]{1,24}?)[\s\u3000]*[@＠][A-Za-z0-9_]{2,30}[\s\u3000]*[：:]")
#: A holder taking a stance, named before what they argue ("X则持不同意见。他说…", "X持保留态度",
#: "X对此不以为然"): the holder of the sentence, and the person a following "他" stands for.
_FRAME_STANCE = re.compile(r"(?:^|(?<=[，。；！？]))([^，。；：“”「」]{2,30}?)(?:则|也|却|亦|同样|一直|始终|对此|对这一?[^，。；]{0,6})?"
                           r"(?:(?:持|抱)(?:有)?(?:不同|相反|保留|谨慎|审慎|乐观|悲观|怀疑|类似|相同|一致|反对)?(?:的)?"
                           r"(?:意见|看法|观点|立场|态度)|不以为然|不敢苟同)(?=[。，；！：,:])")
_FRAME_JU = re.compile(r"据([^，。；：“”]{2,40}?)(?:分析指出|分析|推算|推估|估算|预估|统计|测算|预测|显示|指出|介绍|公布|发布|消息)")
#: "以X统计": the body that counted ("以国外调研公司CB Insights统计，…").
_FRAME_YI = re.compile(r"(?:^|(?<=[，。；！？]))以([^，。；：“”]{2,30}?)(?:统计|测算|推算)(?=[，,])")
#: Data a holder published ("东电当天发布的数据显示", "X公布的调查表明"): the holder's.
_FRAME_DATA = re.compile(r"(?:^|(?<=[，。；！？]))([^，。；：“”「」]{2,24}?)(?:发布|公布|披露)的[^，。；：“”「」]{1,12}?(?:显示|表明|指出)")
_TRIM_TAIL = re.compile(
    r"(?:在(?:回应|接受)[^，。]{0,16}?时|向《[^》]{1,12}》记者|告诉《[^》]{1,12}》记者|对《[^》]{1,12}》记者|"
    r"向记者|对记者|(?:对|向)(?:媒体|外界|传媒)|(?:发布会|记者会|新闻会|会议|论坛|大会)上|(?:在)?受访时|以[^，。]{1,10}?为例|在[^，。]{1,12}?(?:号|网|站|平台|媒体|博)|坚持|接受[^，。]{0,12}?(?:采访|调研|问询|访问|专访)时|在(?!线)[^，。]{0,16}?(?:中|上|时|后|前|期间)|从[^，。]{0,10}?角度|研报|在互动平台|"
    r"(?:对|向|告诉)(?:我们|我|本报|本刊|本台|本网|笔者)|自己|本身|(?:发布|发表|发出|公布)(?:的)?[^，。]{0,8}?(?:声明|公告|通告|报告|研报|文章)|的(?:报告|研报|声明|公告)|(?:发布|发表|发出|公布)|"
    r"通过[^，。]{0,10}|(?<!\d)\d{1,2}[日月]|(?<!\d)\d{4}年|今年|去年|本月|上月|本周|上周|下周|近期|当天|当日|当晚|同日|今天|今日|昨天|昨日|昨晚|日前|早间|午间|晚间|周[一二三四五六日]|随后|"
    r"同样|同时|也|亦|又|并|则|却|还|早已|早就|早|举例|都|均|曾|次日|翌日|其后|事后|随即|已经|已|一直|始终|长期|在现场|现场|本人|近日|此前|就此|对此|更|再次|一再|多次|明确|公开|如此|这样|开场时|发言时|演讲时|"
    r"在)")
_TRIM_HEAD = re.compile(r"^(?:据|对此|此前|此后|随后|目前|当前|此外|同时|另外|其中|而|但|不过|然而|比如|例如|另有|与此同时|另一方面)+[，,]?")
_VAGUE = re.compile(r"^(?:多家|多位|各大|这些|一些|部分|不少|有些|众多|业内|业界|外界|网友|有人|人们|大家|"
                    r"专家|分析人士|机构|市场|公司|企业|报告|文章|研究(?!员|院|所|人员)|数据|该|其|这|那|此|它)")
_PRONOUN = re.compile(r"^(?:他|她)$")
#: A document standing for its issuer ("报告指", "该研报认为", "声明称").
_DOCUMENT = re.compile(r"^(?:该|这份|这篇|此)?(?:报告|研报|研究报告|声明|公告)$")
_ORG_SUFFIX = re.compile(r"(?:证券|集团|公司|科技|网络|基金|银行|委员会|研究院|实验室|协会|学会|大学|资本|"
                         r"传媒|影视|游戏|智能|信息|在线|股份|机构|OpenAI|Adobe|"
                         # public bodies and other organisations of any country or field
                         r"政府|[省部厅局署委院所]|中心|组织|联盟|小组|团体|电视台|通讯社|日报|时报|(?:联合|协|商|工|学|基金|理事|委员)会|党)$")
_NAME_OK = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}|"
                      r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|“[^”]{2,12}”)$")


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


def _trim_tail(holder: str) -> str:
    """Strip trailing circumstance words (向记者, 在…时, 同样 …), shortest match first, repeatedly."""
    changed = True
    while changed and holder:
        changed = False
        for i in range(len(holder) - 1, 0, -1):
            if _TRIM_TAIL.fullmatch(holder, i):
                holder, changed = holder[:i], True
                break
    return holder


#: Nouns that describe an unnamed holder ("一位曾参与《苍兰诀》制作的工作人员", "多位游戏从业者").
_GROUP_NOUN = re.compile(r"(?:老板|店主|工作人员|从业者|从业人员|业内人士|分析人士|知情人士|人士|专家|网友|研究人员|员工|"
                         r"用户|消费者|投资者|学者|导演|编剧|制片人|负责人|博主|分析师|机构|券商|团队)$")
_GROUP_BAD = re.compile(r"^(?:该|其|这|那|此|它|他|她|我|你|报告|文章|研究|数据)|\d")


def _group(holder: str) -> tuple[str, str, str] | None:
    """A described, unnamed holder the text gives as the speaker (kind ``group``), or None."""
    if re.search(r"被|一度|称为", holder):
        return None  # "场面一度被网友称为…": a description of a scene, not who holds a claim
    holder = re.sub(r"^(?:也有|还有|另有|有)?(?:一位|一名|某位|一个)?", "", holder)
    if 2 <= len(holder) <= 30 and _GROUP_NOUN.search(holder) and not _GROUP_BAD.search(holder):
        return (holder, "", "group")
    return None


#: An unnamed holder: one of a kind, not named ("一位基金经理", "某券商分析师", "不愿具名的官员").
_UNNAMED = re.compile(r"一位|一名|一家|一个|某位|某家|某|多位|几位|数位|不愿具名|不具名|匿名|不愿透露姓名")
#: How a described holder ends: a person or a body ("渔民", "贸易商", "一家物流公司").
_WHO_END = re.compile(r"(?:[人者员商户民师生手官主]|公司|企业|机构|银行|工厂|团队|团体|部门)$")
#: Words of a clause, not of a description of who speaks.
_CLAUSE_WORD = re.compile(r"是|并非|不|没有|被|了")
#: A party named as a side ("日方", "警方", "校方"): an organisation.
_SIDE = re.compile(r"^(?!对方|各方|多方|双方|一方|有关方)(?!.*官方$)[\u4e00-\u9fff]{1,3}方$")
#: A name's honorific after it ("区志恒教授", "王女士"): the person is the name before it.
_HONORIFIC = re.compile(r"(?:教授|博士|先生|女士|小姐|医生|律师|老师)$")


def split_holder(holder: str, titles: tuple[str, ...] = ROLE_TITLES) -> tuple[str, str, str] | None:
    """(name, role, kind) from a holder phrase (the words before a reporting verb or in a turn
    label), or None when no holder is there. Kinds: ``person`` (a name, with the role the phrase
    gives), ``org``, ``group`` (a described, unnamed holder: only a role, never a name),
    ``pronoun`` ("他"), ``bare`` (a short name the phrase does not classify). Dates, the place of
    the statement, the channel ("对我们", "发布声明") and bracketed short forms ("（东电）") are not
    part of the holder; "X方面" is the party X."""
    holder = _TRIM_HEAD.sub("", _ITEM_MARK.sub("", holder.strip(" ，,：:")))
    # a transliterated name's separator in its other spellings ("丹尼尔．霍尔", "丹尼尔・霍尔")
    holder = re.sub(r"(?<=[\u4e00-\u9fff])[．・•‧∙](?=[\u4e00-\u9fff])", "·", holder)
    # a wire's dateline is not part of the holder ("某社东京8月25日电（记者…）日本东京电力公司")
    holder = re.sub(r"^[^，。]{0,16}?\d{1,2}月\d{1,2}日电(?:[（(][^）)]{0,30}[）)])?", "", holder)
    holder = _trim_tail(holder).strip()
    holder = holder.replace(" ", "").replace("\u3000", "") if re.search(r"[\u4e00-\u9fff]", holder[-1:] or "") else holder
    if _PRONOUN.match(holder):
        return ("", "", "pronoun")
    if _DOCUMENT.match(holder):
        return ("", "", "document")  # "报告指": the report of whoever issued it just before
    paren = _ORG_PERSON.fullmatch(holder)
    if paren and paren.group(2)[0] in _surnames() and not _VAGUE.match(paren.group(1)):
        return (paren.group(2), paren.group(1), "person")  # "华泰证券（林晓岚）": the analyst, the firm
    described = _PERSON_ROLE.fullmatch(holder)
    if described and (described.group(1)[0] in _surnames() or "·" in described.group(1)) \
            and (any(described.group(2).endswith(t) for t in titles) or _ORG_SUFFIX.search(described.group(2))
                 or _POST_END.search(described.group(2))):
        # "何某（某出租汽车公司总经理）", minutes' and programmes' way of naming: the person, the
        # role in brackets after the name
        return (described.group(1), described.group(2), "person")
    # a bracketed short form or Latin spelling is not part of the holder ("国际原子能机构（IAEA）");
    # a name given with its Latin spelling may be a long transliteration ("罗德里格斯（Maria Rodriguez）")
    spelled = re.search(r"([\u4e00-\u9fff]{2,7})[（(][A-Z][A-Za-z.\- ]{2,40}[）)]$", holder)
    holder = re.sub(r"[（(][^（）()]{1,30}[）)]", "", holder).strip()
    if holder.endswith("方面") and len(holder) > 3:
        holder = holder[:-2]  # "恒大方面": the party
        if not _VAGUE.match(holder):
            return (holder, "", "org")
    if _SIDE.match(holder):
        return (holder, "", "org")
    if holder.endswith("官方") and len(holder) <= 6:
        # "中国官方": an official side the text does not name; "官方" alone names no side at all
        return (holder, "", "group") if len(holder) > 2 else None
    if len(holder) == 1 and holder in _surnames():
        return (holder, "", "bare")  # "张表示": a short second mention, resolved in the document
    if len(holder) < 2 or _VAGUE.match(holder) or re.search(r"\d+家|\d+位|多家|多位", holder):
        return _group(holder)
    if holder in titles:
        return (holder, "", "group")  # "合伙人对我们表示": a role with no name
    best = -1
    best_title = ""
    for t in titles:
        i = holder.rfind(t)
        if i >= 0 and i + len(t) > best + len(best_title) and i + len(t) < len(holder):
            best, best_title = i, t
    if best >= 0:
        role = holder[: best + len(best_title)].rstrip("、，")
        name = _HONORIFIC.sub("", holder[best + len(best_title):].strip()) or holder[best + len(best_title):]
        if _NAME_OK.match(name) or (spelled and spelled.group(1).endswith(name) and re.fullmatch(r"[\u4e00-\u9fff]{2,7}", name)):
            return (name.strip("“”"), role, "person")
    polite = re.search(r"(?:的|^)(?:一位|一名)?([\u4e00-\u9fff](?:女士|先生|小姐|太太|阿姨|师傅|姓[\u4e00-\u9fff]{1,3}))$", holder)
    if polite and polite.group(1)[0] in _surnames():
        # "一位在超市排队的王女士", "一家料理店的林姓老板": a person the text names by surname
        return (polite.group(1), holder[:polite.start(1)].rstrip("的").removeprefix("一位").removeprefix("一名"), "person")
    if _UNNAMED.search(holder) and not re.search(r"[“「]", holder):
        # one unnamed holder described by the text: a role, never a name ("新加坡一家对冲基金的合伙人");
        # a described holder ends on who it is (not a clause: "东电并不是一家可信的企业")
        grp = re.sub(r"^(?:也有|还有|另有|有)", "", holder)
        ends = _GROUP_NOUN.search(grp) or _WHO_END.search(grp) or any(grp.endswith(t) for t in titles)
        return (grp, "", "group") if ends and 3 <= len(grp) <= 30 and not _GROUP_BAD.search(grp) \
            and not _CLAUSE_WORD.search(_UNNAMED.sub("", grp)) else None
    if best >= 0:
        return None
    if any(holder.endswith(t) for t in titles) and len(holder) > 2 and "的" in holder:
        return (holder, "", "group")  # "科技公司的总经理": a role with no name is a described holder
    whole = holder
    left, _, right = holder.rpartition("的")
    if left and _ORG_SUFFIX.search(left) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", right) \
            and not _GROUP_NOUN.search(right) and not _ORG_SUFFIX.search(right) and not _common_words(right):
        return (right, left, "person")  # "某研究所的比塞勒": the person, with the body as role
    if "的" in holder:
        holder = holder.rsplit("的", 1)[1]
    if _ORG_SUFFIX.search(holder) and 2 <= len(holder) <= 14:
        return (holder, "", "org")
    if _NAME_OK.match(holder) and not holder.startswith("“") and len(holder) <= 4 \
            and not _GROUP_NOUN.search(holder):
        return (holder, "", "bare")
    if spelled and spelled.group(1).endswith(holder) and re.fullmatch(r"[\u4e00-\u9fff]{2,7}", holder):
        return (holder, "", "person")  # "伦敦的布兰肯希普（John Blankenship）": a name with its spelling
    if re.fullmatch(r"[\u4e00-\u9fff]{5,7}", holder) and not _GROUP_NOUN.search(holder):
        return (holder, "", "bare")  # a long transliterated name, a person only when named in full before
    return _group(whole)


#: A list item's number opening the holder ("1.", "2、", "（3）", "一、", "①"): the item's, not the name's.
_ITEM_MARK = re.compile(r"^(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[①-⑳])\s*")
#: How a post or an occupation ends ("馆长", "理事长", "会计", "代表", "司机"), when no title is listed.
_POST_END = re.compile(r"(?:[长员师家者官]|主任|代表|委员|会计|司机|顾问|助理)$")
#: A person with their role in brackets after the name ("何某（某公司总经理）").
_PERSON_ROLE = re.compile(r"([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})[（(]([^（）()，。]{2,40})[）)]")
#: An organisation with its spokesperson or analyst in brackets ("华泰证券（林晓岚）").
_ORG_PERSON = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,16})[（(]([\u4e00-\u9fff]{2,3})[）)]")


_OPEN = {"》": "《", "”": "“", "」": "「"}


def _holder_start(left: str) -> int:
    """Index of the clause boundary before a reporting verb, reading back over a book title
    (《…，…》) and a short quoted name (博主“数字生命卡兹克”), which belong to the holder; a long
    quotation is the speech itself and ends the holder."""
    i = len(left) - 1
    while i >= 0:
        ch = left[i]
        if ch in _OPEN:
            j = left.rfind(_OPEN[ch], 0, i)
            if j >= 0 and (ch == "》" or i - j <= 13):
                i = j - 1
                continue
            return i
        if ch in "，。；：！？“「\n":
            return i
        i -= 1
    return -1


def find_attributions(simple: str, titles: tuple[str, ...] = ROLE_TITLES) -> list[Attribution]:
    """Attributions in one simplified paragraph, in text order (pronouns and bare names unresolved)."""
    found: list[Attribution] = []
    for m in _FRAME_KANLAI.finditer(simple):
        got = split_holder(m.group(1) or m.group(2), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_SUOYAN.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got:
            found.append(Attribution(got[0], got[1], got[2], m.start(), m.end()))
    for m in _FRAME_VIEW.finditer(simple):
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
    for m in _FRAME_HANDLE.finditer(simple):
        # "引用王某 @wangmou：“…”", a quoted or forwarded post: its author's display name and handle
        found.append(Attribution(m.group(1).strip(), "", "person", m.start(1), m.end()))
    for m in _FRAME_STANCE.finditer(simple):
        got = split_holder(m.group(1), titles)
        if got and got[2] in ("person", "org", "bare", "pronoun"):
            found.append(Attribution(got[0], got[1], got[2], m.start(1), m.end()))
    for m in _FRAME_JU.finditer(simple):
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
    return dedup


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


def lead_in(simple: str, titles: tuple[str, ...] = ROLE_TITLES, article: str = "") -> list[Attribution]:
    """A paragraph opened by its holder and a colon ("申万宏源：…", "止于至善投资总经理何理：…"):
    the whole paragraph is that holder's. Field labels ("标题：", "注意：") are not holders: a
    bare word is taken only when a whole claim follows and the article names it elsewhere too,
    or when it is a person's name."""
    m = _LEAD_IN.match(simple)
    if not m or re.search(r"(?:说|表示|称|道|指出|认为)$", m.group(1)):
        return []  # "张姐说：“…”": a reporting verb's frame, read as such
    got = split_holder(m.group(1), titles)
    if not got or got[2] == "pronoun" or (got[2] == "group" and got[0] in titles):
        return []  # a bare title as a label ("主持人：", "记者：") is a turn, not a named holder
    name = got[0]
    if got[2] == "bare":
        if name in _FIELDS or m.group(0)[:1] in "\\-•·*":
            return []  # a list item's heading ("- 产能：…", "- 营销争议：…") names a subject, not a holder
        common = _common_words(name)
        if common and not re.search(re.escape(name) + _HOLDS, article):
            # a list label made of ordinary words ("产能：", "风险提示：", "观点一：") names a
            # subject, not a holder, unless the article has it speak elsewhere ("产能表示")
            return []
        # (a familiar name, 阿/小/老 + one or two characters: "阿杰", "小鹿", "老周", is a person's)
        familiar = bool(re.fullmatch(r"[阿小老][\u4e00-\u9fff]{1,2}", name))
        person = (name[0] in _surnames() and len(name) in (2, 3) and not common) or familiar
        rest = simple[m.end():]
        claim = len(rest) >= 15 and (article.count(name) >= 2 or _MODAL.search(rest))
        if not (person or claim):
            return []
        kind = "person" if person else "org"
    else:
        kind = got[2]
    return [Attribution(name, got[1], kind, 0, m.end())]


#: The reporting verb after a name that makes it a holder elsewhere in the article.
_HOLDS = r"[^，。；：“”]{0,8}?(?:表示|认为|指出|称|预计|预测|透露|说|分析|强调|建议)"
#: jieba tags of names (people, places, organisations, other proper nouns, abbreviations, Latin).
_NAME_TAGS = ("nr", "ns", "nt", "nz", "j", "eng", "x")


def _common_words(word: str) -> bool:
    """Whether a word is made only of ordinary dictionary words (nouns, verbs, numbers: "产能",
    "营销争议", "观点一"), with no piece tagged as a name ("申万宏源" has "申万", "杰富瑞" is one)."""
    import jieba.posseg as posseg

    pieces = posseg.lcut(word)
    return bool(pieces) and all(not p.flag.startswith(_NAME_TAGS) and p.flag != "nrt"
                                and re.fullmatch(r"[\u4e00-\u9fff]+", p.word) for p in pieces)


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


# a column's author: ``speakercolumns`` (re-exported here; it reads attributions from this module)
from .speakercolumns import column_authors  # noqa: E402
from .speakerfields import CARRY_ON, clause_subject, issuer_clause  # noqa: E402 (the clause before a verb)
