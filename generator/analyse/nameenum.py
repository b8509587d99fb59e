"""Names listed with 、 in a clause about companies, shares or suppliers, or beside names the
corpus already knows (``中科曙光、寒武纪、浪潮信息``, ``从Kimi、阶跃到通义千问``)."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import (LATIN_COMMON, SURNAMES, TITLES, _BAD_TAGS, _NOT_START, _SUFFIX_RE, _cut, _has_proper, _namelike_token,
                        _org_head, _person_ok, _unknown_or_name, is_generic, word_tag)


_ENUM_STRONG = re.compile(r"收涨|收跌|涨停|跌停|领涨|领跌|大涨|概念股|个股|投资方|领投|跟投|股东|股价|"
                          r"(?<!\d)\d++\s*(?:多)?\s*家\s*(?:上市)?(?:公司|企业|券商|机构|厂商|银行|基金|媒体|平台)|"
                          r"等(?:上市|科技|互联网)?(?:公司|企业|券商|机构|厂商|巨头|大厂|银行|基金|媒体)|"
                          # "空客、波音两家独大": 家 counts firms and institutions, not people ("两家人")
                          r"(?<=[\u4e00-\u9fffA-Za-z])[两三四五六七八九十几数]\s*家(?![庭长人里中乡园属门境])")


_ENUM_CUE = re.compile(r"等\s*\d*\s*(?:多)?\s*(?:家|个)?\s*(?:[\u4e00-\u9fff]{0,4}供应商|公司|企业|券商|机构|厂商|巨头|大厂|"
                       r"平台|媒体|银行|基金|车企|个股|概念股|上市公司|科技公司|投资方|股东|品牌|应用|产品|模型)|收涨|收跌|涨停|"
                       r"跌停|领涨|领跌|大涨|概念股|个股|投资方|领投|跟投|股东|券商|上市公司|供应商|友商|竞品|车企|新势力|"
                       r"药企|房企|险企|(?:均为|都是|皆为|同为)[^，。；]{0,8}(?:客户|合作伙伴)|(?:客户|合作伙伴)(?:包括|有|为|是)|等[\u4e00-\u9fff]{0,4}(?:药企|房企|险企|厂商|企业|公司)|股价")


#: Locatives that close a prepositional phrase ("在…上", "在…中"), never a name's end.
_LOCATIVES = frozenset("上中下里内外")


def _relative_clause(item: str) -> bool:
    """A verb of one character and its object ("卖冻梨", "开民宿")."""
    return len(item) >= 3 and word_tag(item[0]).startswith("v") and re.fullmatch(r"[\u4e00-\u9fff]+", item) is not None


#: A person after 的 ("卖冻梨的大姨", "开民宿的老板", "修车的师傅们"): what comes before says who.
_WHO_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:人|姨|爷|叔|婶|哥|姐|嫂|妹|弟|伯|婆|师傅|老板|小贩|商贩|摊贩|摊主|店主|们)"
                        r"(?![\u4e00-\u9fff]{0,1}(?:店|馆|铺|公司|集团))")


def enumeration_items(clause: str, closed: bool = False) -> list[str]:
    """The items of an enumeration ``A、B、C等…`` in one clause: the first item is the run of
    name-like words before its 、, the last one the run after the last 、 (up to 等, a verb …)."""
    if "、" not in clause:
        return []
    k, last = clause.find("从"), clause.rfind("、")
    if 0 <= k < clause.find("、") and "到" in clause[last:]:  # "从Kimi、阶跃到通义千问": a range of names
        j = clause.index("到", last)
        clause = clause[k + 1:j] + "、" + clause[j + 1:]
    parts = clause.split("、")
    for k in range(len(parts) - 2, 0, -1):  # "电池、电驱等部件依赖宁德时代、弗迪电池等": a new list starts
        if re.search(r"等|[\u4e00-\u9fff]{9}", parts[k]):
            parts = parts[k:]
            break
    first = parts[0]
    for _ in range(3):  # "投资方包括红杉中国": every opening word
        first = re.sub(r"^.*?(?:包括|例如|比如|如|像|还有|有|是|为|以|其中|投资方)", "", first)
    # right after 包括/例如 the whole run up to the first 、 is the first item ("包括高新发展、…")
    introduced = re.search(r"(?:包括|例如|比如|其中)$", parts[0][: len(parts[0]) - len(first)])
    if not (introduced and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", first)) \
            and not all(_namelike_token(t) for t in _cut(first)):
        first = _org_head(first)
    end = _ENUM_END.search(parts[-1])
    last = re.split(r"和|与|及|或", parts[-1][:end.start()] if end else parts[-1])
    tail = last[-1]
    run: list[str] = []
    latin = _LATIN_ITEM.match(tail)  # "ChatGPT、Bing Chat 孰强孰弱": Bing Chat is one item
    whole = (end is not None and end.group(0) == "等" or closed and end is None) \
        and re.fullmatch(r"[\u4e00-\u9fff]{2,6}(?:[-‐–·][\u4e00-\u9fff]{2,6})?", tail.strip())  # (closed: the clause
    # ends with the list; "梅赛德斯-奔驰": two names joined by a hyphen are one)
    for tok in (() if latin or whole else _cut(tail)):  # "…、信达生物等": the whole item before 等
        if run and (_verb_object(tok) or word_tag(tok).startswith("v") and "".join(run)[-1] in _BODY_HEADS):
            break  # "财政部、税务总局|发布公告", "…林草局|印发": the list ends where its clause's verb begins
        if not _namelike_token(tok):
            if run and len(run) > 1 and not word_tag(run[-1]) and len(run[-1]) > 1:
                run.pop()  # "微软做得|更好": the unknown word before a verb belongs to the verb
            break
        run.append(tok)
    item = latin.group(1) if latin else tail.strip() if whole else "".join(run)
    if end is not None and end.group(0) == "的" and not latin and _relative_clause(item) \
            and _WHO_AFTER.match(parts[-1], end.end()):
        item = ""  # "卖冻梨的大姨": a verb and its object before 的 a person say who it is, no name
    last = last[:-1] + [item]
    if not first or first[-2:] != last[-1][-2:]:  # (a first item read whole stays as read)
        first = _same_shape(parts[0], last[-1]) or first
    items = [first] + parts[1:-1] + last
    return [i.strip() for i in items if i.strip()]


def _known_after_verb(item: str, known, clause: str) -> str:
    """A list's first item that is a verb and a name ("打算换小鹏、理想的车": 换 and 小鹏): the
    name alone, when the corpus knows it or an intention before the verb says what the verb is."""
    if item in known or len(item) < 3:
        return item
    for k in range(1, 3):
        rest = item[k:]
        verb = word_tag(item[:k]).startswith("v") or _CHOOSE.fullmatch(item[:k])
        if len(rest) >= 2 and verb and (rest in known or _INTENT.search(clause[:max(0, clause.find(item))])):
            return rest
    return item


#: What one means to do, right before the verb ("打算换", "准备买", "想入手").
_INTENT = re.compile(r"(?:打算|准备|想|想要|要|考虑|计划|决定|宁可|宁愿|不如|还是|改为|纷纷)$")


#: A verb of buying, choosing or using (the dictionary tags some of them otherwise: 换 as a name).
_CHOOSE = re.compile(r"[换买选用卖抢找投改转跟学比等要]|换成|改用|转投|选择|购买|入手")


#: The last character of a body's name ("…局", "…部", "…委员会", "…银行"): a verb after it is the clause's.
_BODY_HEADS = "局部委署厅院所会行司处办社台站馆校队团店厂"


def _verb_object(tok: str) -> bool:
    """A verb and its object read as one word ("发布公告", "召开会议", "出台政策"): a clause, no part of a name."""
    return len(tok) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", tok) is not None \
        and word_tag(tok[:2]).startswith("v") and word_tag(tok[2:]).startswith("n") \
        and not word_tag(tok).startswith(("nt", "nz", "nr")) and not _SUFFIX_RE.search(tok) \
        and tok[-1] not in _BODY_HEADS  # "开发银行", "监督管理局"


#: The dictionary's tags of places: a list most of whose items are places lists places.
_PLACE_TAGS = ("ns",)


def _places_listed(items: list[str]) -> bool:
    """Most items of the list are places by the dictionary ("挪威、厄瓜多尔、俄罗斯等货源"): the items of
    one list share their kind, so the others are places too, not bodies."""
    if any(_SUFFIX_RE.search(i) or i[-1:] in _BODY_HEADS for i in items):
        return False  # "南岭、北辰证券等券商": a body's name among them, a list of bodies
    places = sum(1 for i in items if word_tag(i).startswith(_PLACE_TAGS))
    return places >= 2 and places * 2 > len(items)


def _same_shape(part: str, item: str) -> str:
    """The items of a list share their shape: when the first part ends with the word the last
    item ends with, the first item is as long as the last ("…和工银金融租赁、国银金融租赁等")."""
    if len(item) < 4 or len(part) < len(item) or not re.fullmatch(r"[\u4e00-\u9fff]+", item):
        return ""
    common = 0
    while common < len(item) - 1 and part[-1 - common] == item[-1 - common]:
        common += 1
    return part[-len(item):] if common >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", part[-len(item):]) else ""


_LATIN_ITEM = re.compile(r"\s*([A-Za-z][A-Za-z0-9.&-]*+(?: [A-Z][A-Za-z0-9.&-]*+){0,3})")
_ENUM_END = re.compile(r"等|收涨|收跌|涨停|跌停|领涨|大涨|均|都|也|纷纷|在|的|[0-9０-９]|概念|板块")


#: A sector's shares moving ("盐业股涨停", "水产股集体走低"): the list names sectors, not companies.
_SECTORS = re.compile(r"(?<![个概])股(?:票)?(?:集体|纷纷|均|也|都|普遍)?(?:涨停|跌停|大涨|大跌|收涨|收跌|领涨|领跌|走强|走低|走高|上涨|下跌|急涨)")


#: A company and one of its people, as items of a list: "蔚来的李斌、小鹏的何小鹏".
_ORG_PERSON = re.compile(r"(?:^|(?<=[、和与及]))([\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z0-9]{1,15})的"
                         r"([\u4e00-\u9fff]{2,3}?)(?=[、和与及]|均|都|也|悉数|等|先后|纷纷|$)")


#: A list introduced as examples of what the clause before it names ("…开发商，如A、B、C"):
#: the clause before ends on a noun of a kind of organisation (…商, …企, …公司, …机构).
_INTRODUCED = re.compile(r"\s*(?:如|例如|比如|诸如|包括|像是|譬如)")
_CLASS_END = re.compile(r"(?:商|企|公司|机构|集团|银行|券商|基金|媒体|平台|品牌|大学|高校|医院|律所|事务所)$")


_LABEL_END = re.compile(r"(?:机构|单位|部门|组织|公司|企业|媒体|平台|券商|银行|大学|高校|基金|品牌)$")


#: A job title or a credit's label ending a list's last item before a colon: the next field's label.
_TITLE_END_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, (*TITLES, "嘉宾", "主播", "主持", "后期", "编辑", "作者", "摄影")),
                                                  key=len, reverse=True)) + ")$")


#: What a list's items are when it is not bodies: the head its last item modifies ("抗感染药概念股",
#: "复材厂商": the makers of a good; "实际控制人": a word cut in two), or the class 等 gives them.
_KIND_HEAD = re.compile(r"(?:概念股|概念|板块|赛道|行业|产业|领域|品类|类|材料|药物|药品|厂商|厂家|生产商|制造商|"
                        r"控制人|系统|部件|零部件|设备|器件|配件)")
_KIND_CLASS = re.compile(r"\s*等\s*(?:[\u4e00-\u9fff]{0,2}?(?:不少|多个|多种|多项|多类|诸多|一批|关键|核心|主要|重要)){0,2}"
                         r"[\u4e00-\u9fff]{0,2}?(?:系统|部件|零部件|设备|器件|配件|材料|药物|药品|食品|菜品|产品|技术|环节|领域|"
                         # a market's themes ("固态电池、钠电池、储能等细分方向", "…等热门赛道")
                         r"方向|赛道|主线|题材|风口|"
                         r"板块|概念股|症状|疾病|病原体|场所|"
                         # a sector's shares ("券商、保险等非银金融股"), never "等个股" (companies one by one)
                         r"(?:金融|非银|银行|地产|科技|医药|消费|权重|蓝筹|题材|周期|成长|红利|高股息|资源|能源|军工|白酒)股)")


def _kinds_listed(clause: str, last: str) -> bool:
    """The list ending on ``last`` enumerates kinds of things (the head after its last item or
    the class after 等 says so), not companies or people."""
    at = clause.rfind(last) if last else -1
    if at < 0:
        return False
    rest = clause[at + len(last):]
    return _KIND_HEAD.match(rest) is not None or _KIND_CLASS.match(rest) is not None


#: A body's generic word closing a list's last item ("…和电池结构件企业", "…和零售商").
_BODY_OF_KIND = re.compile(r"(?:企业|厂商|厂家|供应商|生产商|制造商|经销商|零售商|服务商)$")


def _kind_of_body(last: str) -> bool:
    """``last`` is a trade's common words before a generic body word ("电池结构件企业"): a kind
    of company, no name (a proper word before it, "华为企业", names one)."""
    m = _BODY_OF_KIND.search(last)
    toks = _cut(last[:m.start()]) if m else []
    return bool(toks) and all(word_tag(t) and not word_tag(t).startswith(("nr", "ns", "nt", "nz", "j")) for t in toks)


#: A credit line's label glued after a list's last name when the cleaner joined the lines ("周一凡最后编辑：").
_NEXT_LABEL = re.compile(r"(?:最后|责任|本期)?(?:编辑|审核|校对|记录人?|整理|撰稿|来源|更新|修改)$")


def enumeration_candidates(text: str, known) -> list[Candidate]:
    """Names listed with 、 in a clause about companies or shares, or beside a known name
    (``known``: the names found so far, a set or a dict of name → kind)."""
    out: list[Candidate] = []
    previous, sep = "", ""
    # (an ellipsis ends a run of happenings: "新车热卖、友商股价下挫……牵动了资本市场、产业链")
    pieces = re.split(r"([，。；：！？\n（）()“”「」…])", text)
    for clause, after in zip(pieces[0::2], [*pieces[1::2], ""]):
        # "…开发商，如A、B、C"; a list labelled with a kind of body: "相关机构：A、B、C"
        introduced = _INTRODUCED.match(clause) is not None and _CLASS_END.search(previous) is not None \
            or sep == "：" and _LABEL_END.search(previous) is not None
        previous, sep = clause, after
        pairs = _ORG_PERSON.findall(clause) if "的" in clause and "、" in clause else []
        # each pair's person is a name ("荣耀的赵明"), not who someone is ("卖冻梨的大姨", "家门口的小饭馆")
        pairs = [(o, p) for o, p in pairs if p[0] in SURNAMES and _person_ok(p) and _unknown_or_name(p)]
        if len(pairs) >= 2:  # "荣耀的赵明、OPPO的刘作虎": each company with its person
            for org, person in pairs:
                org = _org_head(org) if re.search(r"[\u4e00-\u9fff]", org) else org
                if len(org) >= 2 and (org in known or _has_proper(org)) and not is_generic(org) \
                        and org[0] not in _NOT_START and org.lower() not in LATIN_COMMON:
                    out.append(Candidate(org, "org", "enumeration"))
                if person[0] in SURNAMES and _person_ok(person) and _unknown_or_name(person):
                    out.append(Candidate(person, "person", "enumeration"))
            continue
        items = enumeration_items(clause, closed=introduced)
        if len(items) < 2 or _SECTORS.search(clause) and "等" not in clause:
            continue  # "超市抢盐、盐业股涨停": happenings and a sector's shares, no list of companies
        if _kinds_listed(clause, items[-1]):
            continue  # "口罩、防疫概念股", "航电、飞控等关键系统": kinds of goods or parts, no names
        if _kind_of_body(items[-1]):
            continue  # "压铸、激光雷达和电池结构件企业": the last item is a kind of company, the list one of trades
        if _places_listed(items):
            continue  # "开拓挪威、厄瓜多尔、俄罗斯等货源": countries, not bodies
        strong = _ENUM_STRONG.search(clause) is not None or introduced
        cue = strong or _ENUM_CUE.search(clause) is not None
        known_here = sum(1 for i in items if i in known)
        # listed beside known products, a name is a product too ("从Kimi、阶跃到通义千问")
        kinds = [known[i] for i in items if i in known] if isinstance(known, dict) else []
        kind = "product" if not strong and kinds and kinds.count("product") * 2 > len(kinds) else "org"
        if kinds and kinds.count("person") * 2 > len(kinds) and known_here >= 2:
            kind = "person"  # "刘振东、杨书敏、孙浩": listed among people the text names, a person
            tail = clause.rsplit("、", 1)[1].strip(" *")
            label = _NEXT_LABEL.search(tail) if after in ("：", ":") else None
            tail = tail[:label.start()] if label else tail  # "…、周一凡最后编辑：": the next line's label glued on
            if (not after.strip() or label) and tail not in items and tail[:1] in SURNAMES and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", tail):
                items = [*items, tail]  # the list ends its line: its last name whole ("…、周一凡")
        if not cue and known_here < max(1, len(items) // 2):
            continue
        items = [_known_after_verb(i, known, clause) for i in items]
        for item in items:
            if kind == "person" and not (item[0] in SURNAMES and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", item)
                                         or item[:2] in SURNAMES and re.fullmatch(r"[\u4e00-\u9fff]{3,4}", item)):
                continue  # (among people, only what has a person's shape)
            if not (2 <= len(item) <= 8) or item in known and not (
                    strong and isinstance(known, dict) and known[item] == "person"):
                continue  # (a "person" the surname list guessed is a company in a list of shares)
            if re.search(r"[A-Za-z]", item) and re.search(r"[\u4e00-\u9fff]", item) and not _SUFFIX_RE.search(item):
                continue
            # the one item of a list that is a plain word, among names (one the corpus knows), is a
            # name too ("从Kimi、阶跃到通义千问": 阶跃 is a company's short name)
            named = [i for i in items if i != item and i[-1] not in _LOCATIVES and (
                i in known or _has_proper(i) or re.fullmatch(r"[A-Za-z][A-Za-z0-9 .-]+", i)
                or word_tag(i) in ("nz", "nt", "nr", "nrt", "j"))]  # (not "灯组造型上": a phrase's end)
            among_known = kind != "person" and len(named) >= 2 and len(named) == len(items) - 1 and any(i in known for i in named) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", item) is not None and word_tag(item) in ("n", "nz", "")
            if not strong and not (_has_proper(item) or word_tag(item) in ("nz", "nt", "nr", "nrt", "j")
                                   or kind == "person" and not word_tag(item) and _namelike_token(item[1:])
                                   or among_known):
                continue
            if re.search(r"[^\u4e00-\u9fffA-Za-z0-9·-]", item.replace("‐", "-").replace("–", "-")) or re.fullmatch(r"\d+", item):
                continue
            # in a list of shares every item is a company, even one made of common words (高新发展)
            if (is_generic(item) and not (strong and not word_tag(item) and 3 <= len(item) <= 6
                                          and re.fullmatch(r"[\u4e00-\u9fff]+", item))) \
                    or item[0] in _NOT_START:
                continue
            tag = word_tag(item)
            if tag and tag.startswith(_BAD_TAGS + ("a", "vn")):
                continue
            if introduced and tag and not tag.startswith(("nz", "nt", "nr", "j")):
                continue  # "科研机构，如高校、医院": kinds of institution, not their names
            if re.fullmatch(r"[A-Za-z]+", item) and item.lower() in LATIN_COMMON:
                continue
            if _ENUM_CUE.search(item):
                continue
            toks = _cut(item)
            if after == "…" and len(toks) >= 2 and word_tag(toks[-1]).startswith(("v", "a")) \
                    and not word_tag(toks[-1]).startswith(("vn", "an")) and not _SUFFIX_RE.search(item):
                continue  # "新车热卖、友商股价下挫……": happenings, each ending on its predicate
            if len(item) >= 3 and item[-1] in _LOCATIVES and _cut(item)[-1] == item[-1] and not word_tag(item):
                continue  # "在车身比例、灯组造型上与…相似": a phrase ending on a locative, no name
            if after in ("：", ":") and item is items[-1] and _TITLE_END_RE.search(item):
                continue  # "主播：阿杰、小鹿嘉宾：孙启航": the last item ran into the next field's label
            if kind != "person" and _cut_short(item):
                continue  # "工业富" (for 工业富联): a common word and a lone character, a name that lost its end
            out.append(Candidate(item, kind, "enumeration"))
    return out


#: Last characters of a body's short name ("妈妈网", "气象台", "设计院"): a common word and one of
#: these is a whole name.
_BODY_ENDS = frozenset("网社局院所厂店馆部台报会行司团署站室场园馆城堂楼坊庄")


def _cut_short(item: str) -> bool:
    """Whether a listed name of three characters is a common word (jieba's frequency 3000 or more)
    and one lone character that ends no body's name: a name the source cut short ("工业富")."""
    import jieba

    if not re.fullmatch(r"[\u4e00-\u9fff]{3}", item) or word_tag(item) or item[-1] in _BODY_ENDS:
        return False
    toks = _cut(item)
    return len(toks) == 2 and len(toks[0]) == 2 and jieba.dt.FREQ.get(toks[0], 0) >= 3000


#: One item of a list of people with their roles: "张振华（某研究院副院长）".
_ROLE_ITEM = re.compile(r"(?:^|(?<=[：:、，,；;\s]))([\u4e00-\u9fff]{2,3})[（(]([^（）()\n]{2,30})[）)]")
_ROLE_TITLE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")$")


def role_list_people(text: str, out: list[Candidate]) -> None:
    """People listed with their roles, two or more in a row ("参会人员：张振华（某研究院副院长）、刘敏
    （某大学教授）、…", "嘉宾：A（…），B（…）"): each a surname and a given name whose bracket ends
    on a job title, as minutes, programmes, panels and credits list them. One such item alone is
    left to the other rules (a bracket after a name may say many things)."""
    items = list(_ROLE_ITEM.finditer(text))
    run: list[re.Match] = []
    for m in items + [None]:
        if m is not None and run and re.fullmatch(r"\s*[、，,；;]\s*", text[run[-1].end():m.start()]):
            run.append(m)
            continue
        if len(run) >= 2:
            for it in run:
                name, role = it.group(1), it.group(2).strip()
                tag = word_tag(name)
                if name[0] in SURNAMES and _person_ok(name) and _ROLE_TITLE.search(role) \
                        and not (tag[:1] in ("v", "a", "d", "n") and not tag.startswith("nr")):  # "高峰（…）"
                    out.append(Candidate(name, "person", "cast", role=role))
        run = [m] if m is not None else []
