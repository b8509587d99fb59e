"""Who a holder phrase names: the words before a reporting verb, in a frame or in a turn label,
read as (name, role, kind). The phrase is split into a role ("上海市人工智能行业协会秘书长") and a
name ("钟俊浩") at the last job title; dates, places, the channel and bracketed short forms are not
part of the holder; vague holders ("多家机构", "一些分析人士", "专家") name nobody, and a described,
unnamed holder ("多位游戏从业者") is a group with no name. A split of ``speakers``, which finds the
phrases and re-exports ``split_holder`` and ``ROLE_TITLES``."""

from __future__ import annotations

import re

__all__ = ["split_holder", "ROLE_TITLES"]


from .speakerwords import _TRIM_HEAD, _TRIM_TAIL, ROLE_TITLES, _trim_tail  # noqa: F401 (re-exported)
# one person named by what they are or by a title, and the dictionary's reads (``speakernamed``; speakers,
# speakerdoc, speakerposts, speakerdescribed and the tests import them from here)
from .speakernamed import (FAMILIAR, PUBLIC_NOUNS, _POST_END, _NOT_DESCRIPTION, _PERSON_NOUN_END, _coined, _common_words, _surnames,  # noqa: F401
                           _titled_name, described_person, public_people)


_VAGUE = re.compile(r"^(?:多家|多位|各大|这些|一些|部分|不少|有些|众多|业内|业界|外界|网友|有人|人们|大家|(?:也|还|另|又)有|"
                    r"专家|分析人士|机构|市场|公司|企业|报告|文章|研究(?!员|院|所|人员)|数据|该|其|这|那|此|它)")


_PRONOUN = re.compile(r"^(?:他|她)$")


#: A document standing for its issuer ("报告指", "该研报认为", "声明称").
_DOCUMENT = re.compile(r"^(?:该|这份|这篇|此)?(?:报告|研报|研究报告|声明|公告)$|^(?:该|这篇|此|上述)?报道(?:还|也|并|则|同时|另外)?$")
#: How a news outlet's name ends ("路透社", "朝日新闻", "华尔街日报", "某电视台"): a reporting body.
OUTLET_END = re.compile(r"(?:社|电视台|电台|日报|时报|晚报|早报|邮报|周刊|新闻|新闻网|杂志)$")


_ORG_SUFFIX = re.compile(r"(?:证券|集团|公司|科技|网络|基金|银行|委员会|研究院|实验室|协会|学会|大学|资本|"
                         r"传媒|影视|游戏|智能|信息|在线|股份|机构|"
                         # public bodies and other organisations of any country or field
                         r"政府|[省部厅局署委院所]|中心|组织|联盟|小组|团体|电视台|通讯社|日报|时报|(?:联合|协|商|工|学|基金|理事|委员)会|党)$")


_NAME_OK = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}|"
                      r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|“[^”]{2,12}”)$")


#: Adverbs of degree before a manner word ("很激动地", "十分平静地").
_DEGREE_TAIL = re.compile(r"(?:很|非常|十分|颇为|较为|极为|更加|更|也|又|再次|一再)$")


def _without_manner(holder: str) -> str:
    """The holder without a manner adverbial before its verb ("王明激动地说", "X义正辞严地辩护",
    "发言人语气坚定地表示"): a word of manner and the particle 地 are how one speaks, not who.
    Only where the dictionary reads 地 as that particle (never "当地", "各地", "基地"); the
    manner is the dictionary word before it, else a four-character phrase (an idiom)."""
    if not holder.endswith("地") or len(holder) < 4:
        return holder
    import jieba.posseg as posseg

    pieces = posseg.lcut(holder[-6:])
    if not pieces or pieces[-1].word != "地" or pieces[-1].flag != "uv":
        return holder
    body = holder[:-1]
    from jieba import dt

    cut = next((k for k in (4, 3, 2) if len(body) - k >= 2 and dt.FREQ.get(body[-k:])
                and posseg.dt.word_tag_tab.get(body[-k:], "")[:1] in ("a", "d", "i", "l", "z", "v")), 4 if len(body) >= 6 else 0)
    if not cut:
        return holder
    return _MANNER_NOUN.sub("", _DEGREE_TAIL.sub("", body[:-cut])) or holder


#: The noun a manner is said of ("语气坚定地", "态度强硬地"): part of the manner, not of the holder.
_MANNER_NOUN = re.compile(r"(?:语气|态度|口吻|神情|表情|语调|声音|言辞|措辞)$")


#: A body's name in Latin letters: two capitals or more ("FTC", "OpenAI", "DeepMind", "TikTok") or
#: one capitalised word ("Netflix": standing alone before a reporting verb, a company's, a person's
#: name comes with a title or in full), not a common abbreviation or word ("AI", "CEO", "App", "Demo").
_LATIN_ORG = re.compile(r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|[A-Z][a-z]{2,15}")


def latin_org(holder: str) -> bool:
    """Whether a holder is one organisation's name in Latin letters (see ``_LATIN_ORG``)."""
    from .namevocab import LATIN_COMMON

    return bool(_LATIN_ORG.fullmatch(holder)) and 2 <= len(holder) <= 16 and holder.lower() not in LATIN_COMMON


#: An adverb opening the words before a verb: they are a predicate's, not a holder's ("也已履行信息披露义务").
_ADVERB_START = re.compile(r"^(?:(?:也|并|还|又|亦|仍|均|都)(?:已|将|在|会|要|能|可|曾|正|再|没|不)|已)")


#: Nouns that describe an unnamed holder ("一位曾参与《苍兰诀》制作的工作人员", "多位游戏从业者").
_GROUP_NOUN = re.compile(r"(?:老板|店主|高管|工作人员|从业者|从业人员|业内人士|分析人士|知情人士|人士|专家|网友|研究人员|员工|"
                         r"用户|消费者|投资者|学者|导演|编剧|制片人|负责人|博主|分析师|机构|券商|团队|"
                         # people of a kind the text does not name ("有海外玩家质疑", "部分受访者认为")
                         r"玩家|网民|市民|居民|游客|乘客|家长|读者|受访者|摊主|商户|店家)$")


_GROUP_BAD = re.compile(r"^(?:该|其|这|那|此|它|他|她|我|你|报告|文章|研究|数据)|\d|"
                        r"[一二三四五六七八九]成|半数|"  # (a poll's share, "约四成家长", is a figure, no holder)
                        # (two kinds joined: "市民和游客"; never the verb "参与": "曾参与剧集制作的工作人员")
                        r"(?<=[\u4e00-\u9fff])(?<!参)(?<!參)(?:和|与|與)(?=[\u4e00-\u9fff])")


#: Bodies the text names one by one, then counts with their kind ("中信建投、国泰君安、招商证券等10家券商"):
#: the named bodies are who speak, however many more the count adds.
_NAMED_LIST = re.compile(r"(?:[\u4e00-\u9fffA-Za-z]{2,12}、){1,8}[\u4e00-\u9fffA-Za-z]{2,12}等(?:\d{1,3}|[两二三四五六七八九十]{1,2})"
                         r"(?:家|位|名)[\u4e00-\u9fff]{1,6}")


def _group(holder: str) -> tuple[str, str, str] | None:
    """A described, unnamed holder the text gives as the speaker (kind ``group``), or None."""
    if re.search(r"被|一度|称为", holder):
        return None  # "场面一度被网友称为…": a description of a scene, not who holds a claim
    if _NAMED_LIST.fullmatch(holder) and _GROUP_NOUN.search(holder) and not _CLAUSE_WORD.search(holder):
        return (holder, "", "group")  # "中信建投、国泰君安等10家券商": the bodies it names, counted
    # (a quantifier of the described people is not part of them: "有的网友", "有些读者" → 网友, 读者)
    holder = re.sub(r"^(?:也有|还有|另有|有的|有些|有)?(?:一位|一名|某位|一个)?", "", holder)
    if 2 <= len(holder) <= 30 and _GROUP_NOUN.search(holder) and not _GROUP_BAD.search(holder):
        return (holder, "", "group")
    return None


#: An unnamed holder: one of a kind, not named ("一位基金经理", "某券商分析师", "不愿具名的官员").
_UNNAMED = re.compile(r"一位|一名|一家|一个|某位|某家|某|多位|几位|数位|不愿具名|不具名|匿名|不愿透露姓名")


#: How a described holder ends: a person or a body ("渔民", "贸易商", "一家物流公司").
_WHO_END = re.compile(r"(?:[人者员商户民师生手官主]|司机|家长|乘客|业主|店员|职员|公司|企业|机构|银行|工厂|团队|团体|部门)$")


#: Words of a clause, not of a description of who speaks.
_CLAUSE_WORD = re.compile(r"是|并非|不|没有|被|了")


#: A party named as a side ("日方", "警方", "校方"): an organisation.
_SIDE = re.compile(r"^(?!对方|各方|多方|双方|一方|有关方)(?!.*官方$)[\u4e00-\u9fff]{1,3}方$")


#: A public body named by what it oversees ("大陆金融监管部门", "市场监管部门", "卫生健康部门").
_FIELD_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{0,10}(?:监管|主管|管理|卫生|教育|交通|环保|应急|海关|税务|公安|财政)部门")
#: A department the text does not name ("有关部门", "相关主管部门", "各级管理部门").
_VAGUE_DEPARTMENT = re.compile(r"(?:有关|相关|各级|各地|各|上级|该|这些|一些|多个|其他|其它|职能)")


#: A body's branch or office named after the body ("某总局北京监管局", "某集团华东分公司"): two names of
#: bodies in a row, the second a short one.
_BRANCH = re.compile(r"([\u4e00-\u9fff]{3,14}?(?:总局|局|委员会|部|院|集团|公司|银行))([\u4e00-\u9fff]{2,6}?"
                     r"(?:局|分局|办事处|分公司|分行|支行|分院|中心|办公室|处))")


#: A body named after what kind of body it is ("茶饮品牌茶屿", "外卖平台某团", "连锁酒店某家"): the kind, then
#: a name of two to six letters.
_KIND_NAMED = re.compile(r"(品牌|企业|车企|房企|药企|险企|平台|厂商|商家|连锁店|连锁品牌|门店|酒店|餐厅|超市|App|APP|应用)"
                         r"([\u4e00-\u9fffA-Za-z]{2,6})$")


#: A trade ending a company's short name after its brand ("某某乳业", "某某药业", "某某置业").
_TRADE_END = re.compile(r"(?:乳业|药业|酒业|矿业|纸业|置业|实业|牧业|电器|制药|控股)$")
#: Words opening a trade's name that name no company ("国内乳业", "全球药业", "中国制药").
_GENERIC_HEAD = re.compile(r"^(?:国内|国产|国际|全球|中国|全国|本土|海外|境外|整个|传统|新兴|民营|国有|地方|上市|相关|各|多|部分)")


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
    holder = _without_manner(_trim_tail(holder).strip())
    holder = holder.replace(" ", "").replace("\u3000", "") if re.search(r"[\u4e00-\u9fff]", holder[-1:] or "") else holder
    if _PRONOUN.match(holder):
        return ("", "", "pronoun")
    if latin_org(holder):
        return (holder, "", "org")  # "FTC表示", "DeepMind称": a body's name in Latin letters
    if _DOCUMENT.match(holder):
        return ("", "", "document")  # "报告指": the report of whoever issued it just before
    there = re.match(r"(?:也|还|另|又)?有(?!关|道|赞|利|望|限|效|些|的)(?=[\u4e00-\u9fff]{2})", holder)
    if there and not _VAGUE.match(holder[there.end():]):  # ("有机构估计", "有专家认为": vague, no one)
        # "有门店职员透露", "有基金经理提醒": people of a kind the text does not name, never a name
        rest = holder[there.end():]
        who = _GROUP_NOUN.search(rest) or _WHO_END.search(rest) or rest.endswith("代表") or any(rest.endswith(t) for t in titles)
        return (rest, "", "group") if who and 2 <= len(rest) <= 30 and not _GROUP_BAD.search(rest) \
            and not _CLAUSE_WORD.search(rest) else None
    described_latin = re.fullmatch(r"([\u4e00-\u9fff]{0,8}(?:机构|公司|企业|平台|品牌|媒体|集团|组织|厂商|网站|银行|智库))"
                                   r"([A-Za-z][A-Za-z0-9&.\-]{1,30})", holder)
    if described_latin and latin_org(described_latin.group(2)) \
            and not re.match(r"(?:多家|多位|一些|部分|不少|有些|众多|各大|这些|该|其|这|那|此)", holder):
        # "研究机构TechInsights", "市场调研机构Counterpoint": a body named in Latin letters after what it is
        return (described_latin.group(2), described_latin.group(1), "org")
    firm = _FIRM_PERSON.fullmatch(holder)
    if firm and firm.group(2)[0] in _surnames() and not _common_words(firm.group(2)) and not _VAGUE.match(holder):
        return (firm.group(2), firm.group(1), "person")  # "汇智证券梁启谦": the analyst, the firm as the role
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
    if holder.endswith("部门") and _VAGUE_DEPARTMENT.match(holder):
        return None  # "有关部门", "相关主管部门": a body the text does not name (never a person "部门")
    if _FIELD_DEPARTMENT.fullmatch(holder):
        return (holder, "", "org")  # "金融监管部门表示", "交通部门称": a body named by its field
    if holder.endswith("官方") and len(holder) <= 6:
        # "中国官方": an official side the text does not name; "官方" alone names no side at all
        return (holder, "", "group") if len(holder) > 2 else None
    quoting = _QUOTING.search(holder)
    if quoting:
        # "英国《金融时报》援引分析人士的话称": the analyst when the outlet names one, else the outlet
        got = split_holder(quoting.group(1), titles)
        if got and got[2] == "person":
            return got
        holder = holder[:quoting.start()]
    outlet = _OUTLET.fullmatch(holder)
    if outlet:
        return (outlet.group(1), "", "org")  # "美国《华尔街日报》": the outlet, its country no part of its name
    agency = _AGENCY.fullmatch(holder)
    if agency and _place(agency.group(1)) and not re.match(r"(?:新闻|广播|电视|通讯|国际|中央|国家|人民)", agency.group(2)):
        return (agency.group(2), "", "org")  # "英国路透社": the agency, its country no part of its name
    for post in reversed(list(_POST_END_AT.finditer(holder))):  # (the last: "官员玛丽亚·…", never "官")
        rest = holder[post.end():]
        if re.fullmatch(_TRANSLITERATED, rest) and not _common_words(rest.split("·")[0]):
            # "挪威渔业顾问埃里克·汉森": a post no title lists, then a transliterated name in full
            return (rest, holder[:post.end()], "person")
    if re.fullmatch(r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,4}){1,2}", holder) and not _common_words(holder.split("·")[0]):
        return (holder, "", "person")  # "卡尔·施密特（Karl Schmidt）表示": a transliterated name in full
    if len(holder) == 1 and holder in _surnames():
        return (holder, "", "bare")  # "张表示": a short second mention, resolved in the document
    named = _titled_name(holder, titles) if _VAGUE.match(holder) and not re.search(r"\d+家|\d+位|多家|多位|、|和|及", holder) else None
    if named:
        return named  # "公司董事长王某", "市场管理处主任包某": a vague word opens the role, the person is named
    if len(holder) < 2 or _VAGUE.match(holder) or re.search(r"\d+家|\d+位|多家|多位", holder):
        return _group(holder)
    if _ADVERB_START.match(holder):
        return None  # "也已履行信息(披露)": a predicate's adverb opens no holder's name
    if holder in titles:
        return (holder, "", "group")  # "合伙人对我们表示": a role with no name
    after = next((t for t in sorted(titles, key=len, reverse=True) if holder.endswith(t) and len(holder) >= len(t) + 2), "")
    if after and not _HONORIFIC.fullmatch(after) and not _ORG_SUFFIX.search(holder[:-len(after)]):
        # a rank after the name ("呼吸科主任陈立华主任医师", "王建国教授"): the person, never the rank's
        # last characters as a name ("医师") with the name in the role
        got = split_holder(holder[:-len(after)], titles)
        if got and got[2] in ("person", "bare") and _NAME_OK.match(got[0]) and got[0][0] in _surnames():
            return (got[0], f"{got[1]}，{after}" if got[1] else after, "person")
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
    plain = described_person(holder)
    if plain:
        # "台湾旅客黄志明", "来自广州的游客钟某": a member of the public the text names, with what they are
        return plain
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
    office = next((t for t in sorted(titles, key=len, reverse=True) if holder.endswith(t)), "")
    if office and 2 <= len(holder) - len(office) <= 14 and _ORG_SUFFIX.search(holder[:-len(office)]) \
            and not _VAGUE.match(holder):
        return (holder, "", "group")  # "中国外交部发言人", "某公司负责人": a body's office, no one named
    whole = holder
    left, _, right = holder.rpartition("的")
    if left and _ORG_SUFFIX.search(left) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", right) \
            and not _GROUP_NOUN.search(right) and not _ORG_SUFFIX.search(right) and not _common_words(right):
        return (right, left, "person")  # "某研究所的比塞勒": the person, with the body as role
    if "的" in holder:
        holder = holder.rsplit("的", 1)[1]
    kind_named = _KIND_NAMED.search(holder)
    if kind_named and not _VAGUE.match(holder) and not _NOT_DESCRIPTION.search(holder[:kind_named.start(2)]) \
            and _coined(kind_named.group(2)) and not _GROUP_NOUN.search(kind_named.group(2)) \
            and not _PERSON_NOUN_END.search(kind_named.group(2)) and len(holder) <= 16:
        # "新式茶饮品牌茶屿宣布", "外卖平台某团称": a body named after what kind of body it is
        return (kind_named.group(2), holder[:kind_named.end(1)], "org")
    if _ORG_SUFFIX.search(holder) and 2 <= len(holder) <= 14:
        return (holder, "", "org")
    trade = _TRADE_END.search(holder)
    if trade and 2 <= trade.start() and len(holder) <= 10 and not _VAGUE.match(holder) \
            and not _GENERIC_HEAD.match(holder) and not _NOT_DESCRIPTION.search(holder):
        return (holder, "", "org")  # "北坡乳业回复称": a company's short name, its trade after its brand
    branch = _BRANCH.fullmatch(holder)
    if branch and _ORG_SUFFIX.search(branch.group(1)) and len(holder) <= 24:
        return (holder, "", "org")  # "国家金融监督管理总局北京监管局": a body's branch, named after the body
    if OUTLET_END.search(holder) and 3 <= len(holder) <= 10 and not _VAGUE.match(holder) \
            and not re.fullmatch(r"(?:出版|合作|报|杂志|旅行|通讯|新闻|本报|该报)社|(?:电视台|电台|新闻|杂志|日报|周刊)", holder) \
            and not _has_verb(holder):
        return (holder, "", "org")  # "路透社", "新华社": an outlet, never a person whose surname 路 opens it
    if _NAME_OK.match(holder) and not holder.startswith("“") and len(holder) <= 4 \
            and not _GROUP_NOUN.search(holder):
        return (holder, "", "bare")
    if spelled and spelled.group(1).endswith(holder) and re.fullmatch(r"[\u4e00-\u9fff]{2,7}", holder):
        return (holder, "", "person")  # "伦敦的布兰肯希普（John Blankenship）": a name with its spelling
    if re.fullmatch(r"[\u4e00-\u9fff]{5,7}", holder) and not _GROUP_NOUN.search(holder):
        return (holder, "", "bare")  # a long transliterated name, a person only when named in full before
    return _group(whole)


#: An outlet reporting another's words ("援引分析人士的话", "援引知情人士消息"): whose words they are.
_QUOTING = re.compile(r"援引([^，。；：“”《》]{2,30}?)(?:的话|的说法|的消息|的观点|的分析|的评论|消息)?$")
#: A newspaper, magazine, channel or site by its title, its country or city before it ("美国《华尔街日报》",
#: "英国《金融时报》", "《海洋周刊》"): a title ending as an outlet's does, never a book's or a report's.
_OUTLET = re.compile(r"(?:[\u4e00-\u9fff]{2,4})?《([^《》，。\n]{1,16}?(?:报|刊|杂志|新闻|通讯|日报|周刊|邮报|时报|新闻网|网|电视台|频道))》")


#: A news agency or a broadcaster after its country ("英国路透社", "日本广播协会" is no such form).
_AGENCY = re.compile(r"([\u4e00-\u9fff]{2,3})([\u4e00-\u9fff]{2,8}(?:通讯社|社|电视台|广播公司))")


def _has_verb(words: str) -> bool:
    """Whether the dictionary reads a verb in the words ("看到新闻", "听说的新闻"): a clause, no outlet's name."""
    import jieba.posseg as posseg

    return any(p.flag.startswith("v") for p in posseg.lcut(words))


def _place(word: str) -> bool:
    """Whether the dictionary reads a word as a place's name ("英国", "美国", "德国")."""
    import jieba.posseg as posseg

    pieces = posseg.lcut(word)
    return len(pieces) == 1 and pieces[0].flag == "ns"


#: A list item's number opening the holder ("1.", "2、", "（3）", "一、", "①"): the item's, not the name's.
_ITEM_MARK = re.compile(r"^(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[①-⑳])\s*")




_POST_END_AT = re.compile(r"(?:[长员师家者官]|主任|代表|委员|会计|司机|顾问|助理)(?=[\u4e00-\u9fff]{1,5}·)")
_TRANSLITERATED = r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,4}){1,2}"


#: A person with their role in brackets after the name ("何某（某公司总经理）").
_PERSON_ROLE = re.compile(r"([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})[（(]([^（）()，。]{2,40})[）)]")


#: A firm's name then a person's, with no title between ("汇智证券梁启谦", "某某咨询王某").
_FIRM_PERSON = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}?(?:证券|银行|基金|资本|投资|咨询|研究院|研究所|大学|集团|公司|智库|事务所))"
                          r"([\u4e00-\u9fff]{2,3})")


#: An organisation with its spokesperson or analyst in brackets ("华泰证券（林晓岚）").
_ORG_PERSON = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,16})[（(]([\u4e00-\u9fff]{2,3})[）)]")
