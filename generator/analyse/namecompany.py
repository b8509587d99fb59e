"""Organisations in one paragraph: a suffix after name-like words (``…证券``, ``…研究院``; not a
fragment that runs on into a longer name or a desk of the company), a heading opening with a
name, a table's cells (a column of companies), a company and the group that owns it."""

from __future__ import annotations

import re

from .namecandidate import Candidate, _TITLE_RE, _inside_title
from .namewords import (LATIN_COMMON, STRONG_SUFFIXES, SURNAMES, TITLES, WEAK_SUFFIXES, _BAD_TAGS, _NOT_START, _SPEECH_RE, _STOP_CHARS, _SUFFIX_RE, _WEAK_FOLLOWERS, _all_generic_place, _clause_left, _cut, _has_proper, _namelike_token, _org_head, _org_head_at, _person_ok, _proper_token, _speaks_after, _surname_name_ok, _token_starts_at, is_generic, word_tag)


#: A newspaper's name (not a financial report, a bulletin or a forecast).
_PAPER = re.compile(r"(?<![财年研简周月季快汇情预举通海画捷喜警电公])报$|日报$|晚报$|时报$|周刊$")
_HEAD_NAME = re.compile(r"^(?:#+\s*)?(?:[\d.]+\s*|[一二三四五六七八九十]+[、.]\s*)?"
                        r"([\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z0-9 .&-]{1,30})"
                        r"(?:\s*(?:归纳|总结|观点|认为|表示|指出|分析))?\s*(?:[：:]|$)")


#: A market's own word opening a label ("港股急挫：", "美股隔夜：", "A股收评："): the market's news, no body.
_MARKET_LABEL = re.compile(r"^(?:[港美欧日韩英德台陆A-Z]股|大盘|股市|楼市|债市|汇市|期市|油市|金市|币市|两市|[沪深]市|[沪深恒道纳]指)")
#: A label for a person's field ("法定代表人：", "委托诉讼代理人：", "联系人："): a role, never a body.
_ROLE_LABEL = re.compile(r"(?:代表人|代理人|负责人|联系人|经办人|申请人|被申请人|上诉人|被告人|原告|被告|当事人)$")


#: A message's or a turn's own time before its speaker label ("2024-08-20 10:03 ", "[00:03:12] ").
_TURN_STAMP = re.compile(r"\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?[\[［(（]?\d{1,2}:\d{2}(?::\d{2})?[\]］)）]?\s*")


def _headline_name(text: str, out: list[Candidate]) -> None:
    """A heading or paragraph that opens with a name and a colon ("中信建投证券：…", "量子位"
    as a numbered heading): the name of who speaks, when its words can make a name."""
    stamp = _TURN_STAMP.match(text)
    m = _HEAD_NAME.match(text[stamp.end():].strip() if stamp else text.strip())
    if not m:
        return
    name = m.group(1).strip()
    if stamp and m.group(0).rstrip().endswith(("：", ":")) and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) \
            and not _TITLE_RE.search(name) and not is_generic(name) and name[0] not in _NOT_START \
            and not any(word_tag(t).startswith(("v", "d", "p", "c", "u", "r", "m", "t", "f")) for t in _cut(name)):
        out.append(Candidate(name, "person", "heading"))  # "10:03 王磊：", "[00:03:12] 阿杰：": a turn's speaker
        return
    if re.fullmatch(r"[A-Za-z0-9 .&-]+", name):
        if sum(w[:1].islower() for w in name.split()) >= 2:
            return  # "Brenner is not convinced:": a sentence before its colon, not a name
        if len(name.split()) >= 2 and name.isupper() and sum(len(w) >= 4 for w in name.split()) >= 2:
            return  # "TOURISM AND SOFT POWER": a section's head in capitals
        if name.lower() not in LATIN_COMMON and re.match(r"[A-Z]", name) and not re.search(r"\d", name[:1]) \
                and not re.fullmatch(r"[A-Za-z]{1,2}\s?\d{1,3}", name):  # "Q1：", "A2：" number a question
            out.append(Candidate(name, "org", "heading"))
        return
    if _TITLE_RE.search(name):
        return  # "媒体人胡锡进": the title rule reads it
    split = _firm_then_person(name)
    if split:  # "宏达证券陈志明分析：…": the firm, and its analyst who speaks
        out.append(Candidate(split[0], "org", "suffix"))
        out.append(Candidate(split[1], "person", "heading"))
        return
    if len(name) <= 3 and name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name):
        out.append(Candidate(name, "person", "heading"))
        return
    toks = _cut(name)
    if is_generic(name) or name[0] in _NOT_START or name[0] == "有":
        return
    if _MARKET_LABEL.match(name) or _ROLE_LABEL.search(name):
        return  # "港股急挫：", "美股隔夜：" label a market's news; "法定代表人：" a field for a person
    if any(word_tag(t).startswith(("v", "a", "d", "p", "c", "u", "r", "m", "t", "f")) for t in toks):
        return
    if any(len(t) > 1 and not word_tag(t) and _cut(t[1:])[0] != t[1:] for t in toks):
        return  # an unknown word jieba glued from a verb ("辟谣") is no name
    if name[0] in SURNAMES and len(name) > 3 and _surname_name_ok(name[:3]):
        return  # "谢赛宁辟谣": a name and what they did
    numbered = re.match(r"^(?:#+\s*)?\d+(?:\.\d+)*\s", text.strip()) is not None
    if not numbered and not m.group(0).rstrip().endswith(("：", ":")):
        return  # a bare line ("鱼香肉丝" under a picture) is a caption, not a name
    common = [t for t in toks if len(t) >= 2 and word_tag(t) and not _proper_token(t)]
    sfx = re.search(f"(?:{_SUFFIX_RE.pattern})$", name)
    colon = m.group(0).rstrip().endswith(("：", ":"))
    if (sfx and not is_generic(name[:sfx.start()])) or ((numbered or colon) and len(toks) >= 2 and len(common) <= 1) \
            or (_has_proper(name) and not common and len(name) >= 3) \
            or (colon and len(name) >= 4 and _PAPER.search(name)):  # "中国电影报：…" speaks as a paper
        out.append(Candidate(name, "org", "heading"))


def _firm_then_person(name: str) -> tuple[str, str] | None:
    """A firm's name with its suffix and a person's name written on after it ("宏达证券陈志明"):
    (firm, person), or None."""
    for m in _SUFFIX_RE.finditer(name):
        firm, person = name[:m.end()], name[m.end():]
        if 2 <= len(person) <= 3 and person[0] in SURNAMES and _person_ok(person) and _surname_name_ok(person) \
                and len(firm) - len(m.group(0)) >= 2 and not is_generic(firm[:m.start()]) \
                and (not word_tag(person) or word_tag(person).startswith("nr")):
            return firm, person
    return None


#: A table column whose header says its cells are companies ("电池供应商", "投资方", "公司").
_ORG_COLUMN = re.compile(r"(?:供应商|制造商|生产商|厂商|厂家|公司|企业|车企|品牌|机构|券商|投资方|发行人|股东|客户|合作方)$")
_TRIMS = ("Pro", "Max", "Plus", "Ultra", "Mini", "Lite", "Air", "SE")


def _table_cells(text: str, out: list[Candidate]) -> None:
    """A table row's cells: a Latin name, or a company name with its suffix, fills a cell; a
    cell with a digit or a trim (Pro, Max) names a product; in a column headed by a word for
    companies (电池供应商, 投资方) every name-like cell is a company ("宁德时代")."""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.split("\n") if "|" in line]
    org_cols: set[int] = set()
    if len(rows) >= 3 and all(re.fullmatch(r":?-{2,}:?", c) for c in rows[1] if c):
        org_cols = {i for i, h in enumerate(rows[0]) if _ORG_COLUMN.search(re.sub(r"[（(].*", "", h))}
    for r, row in enumerate(rows):
        for i, cell in enumerate(row):
            if r >= 2 and i in org_cols:
                _org_cell(cell, out)
        if r >= 2 and any(_CODE_CELL.fullmatch(c) for c in row):  # a row with a stock code names a company
            name = next((c for c in row if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", c)), "")
            if name and not is_generic(name) and name[0] not in _NOT_START:
                out.append(Candidate(name, "org", "stock-code"))
    body = [row for row in rows if not all(re.fullmatch(r":?-{2,}:?", c) for c in row if c)]
    # a key-value table (an infobox: "| 中文名 | … | 外文名 | … |"): its label cells name fields, not bodies
    labels = {row[i] for row in body for i in range(0, len(row), 2)} \
        if body and all(len(row) % 2 == 0 and len(row) >= 4 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", row[i]) for i in range(0, len(row), 2))
                        for row in body) else set()
    for cell in (c.strip() for c in text.split("|")):
        if cell in labels:
            continue
        if re.fullmatch(r"[A-Z][A-Za-z0-9]*(?:[ .&-][A-Za-z0-9]+){0,3}", cell) and cell.lower() not in LATIN_COMMON:
            product = re.search(r"\d", cell) or cell.split()[-1] in _TRIMS and len(cell.split()) > 1
            out.append(Candidate(cell, "product" if product else "org", "table"))
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,10}", cell):
            sm = re.search(f"(?:{_SUFFIX_RE.pattern})$", cell)
            head = cell[:sm.start()] if sm else ""
            if sm and len(head) >= 2 and not is_generic(head) and head[0] not in _NOT_START:
                out.append(Candidate(cell, "org", "table"))


_CODE_CELL = re.compile(r"\d{6}|\d{4,5}\.HK|0\d{4}|\d{6}\.S[HZ]")
_MOVE = r"(?:收跌|收涨|重挫|大涨|大跌|下跌|上涨|跌停|涨停|暴跌|暴涨|走高|走低|回落|小涨|微涨|微跌|小跌|急跌|急涨)"
#: A share price moving by a percentage: "极洋重挫3.6%", "日本水产(Nissui)收跌2.1%", "X股价…下跌约8%".
_SHARE_MOVE = re.compile(r"(?:^|(?<=[，。；、：\s的,]))([\u4e00-\u9fff]{2,6}?)\s*(?:[（(]([A-Za-z][A-Za-z .&-]{1,30})[）)])?\s*"
                         r"(?:股价[^，。；%]{0,12}?)?(?:则|也|亦|又|还|却|均|都|一度|大幅|盘中)?" + _MOVE + r"\s*[约近逾]?\d+(?:\.\d+)?%")
_NOT_A_SHARE = re.compile(r"(?:指数|指|板块|股|股市|大盘|期货|汇率|价格|价|市场|行业|产业|销量|营收|利润)$")


def share_moves(text: str, out: list[Candidate]) -> None:
    """Whose share price moved: a word the dictionary lacks or knows as a name, or a name with
    its original in brackets, at the start of its clause."""
    if "%" not in text:
        return
    for m in _SHARE_MOVE.finditer(text):
        name, latin = m.group(1), m.group(2)
        if is_generic(name) or name[0] in _NOT_START or _NOT_A_SHARE.search(name) or not _token_starts_at(text, m.start(1)):
            continue
        toks = _cut(name)
        tag = word_tag(name)
        if any(word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in toks):
            continue
        if latin or tag in ("nt", "nz", "j") or not tag and len(toks) == 1 or tag == "n" and len(name) >= 3 \
                or _has_proper(name):
            out.append(Candidate(name, "org", "share", alias=latin or ""))


def _org_cell(cell: str, out: list[Candidate]) -> None:
    """A cell of a column of companies: its name, and the owner a bracket gives ("弗迪电池（比亚迪旗下）")."""
    m = re.fullmatch(r"([\u4e00-\u9fffA-Za-z0-9 .&-]{2,16}?)\s*(?:[（(]([^（）()]{2,16})[）)])?", cell)
    if not m:
        return
    for part in (m.group(1), re.sub(r"(?:旗下|子公司|控股|供货|提供)$", "", m.group(2) or "")):
        part = part.strip()
        if 2 <= len(part) <= 12 and not is_generic(part) and part[0] not in _NOT_START \
                and not re.fullmatch(r"[\d\s.%-]+", part) and part.lower() not in LATIN_COMMON \
                and not any(len(t) > 1 and word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in _cut(part)):
            out.append(Candidate(part, "org", "org-column"))


#: "弗迪电池（比亚迪旗下）": a company and the group that owns it.
_OWNED_BY = re.compile(r"([\u4e00-\u9fff]{2,10})[（(]([\u4e00-\u9fff]{2,8}?)(?:旗下|的子公司|子公司)(?:公司|企业|品牌)?[）)]")


def _owned_by(text: str, out: list[Candidate]) -> None:
    for m in _OWNED_BY.finditer(text):
        name = _org_head(m.group(1))
        for part in (name, _org_head(m.group(2)) or m.group(2)):
            if len(part) >= 2 and not is_generic(part) and part[0] not in _NOT_START:
                out.append(Candidate(part, "org", "owner"))


#: A trade's title that opens on a body's suffix word: a fund manager, a banking or an insurance analyst.
_TRADE_TITLE = re.compile(r"(?:基金经理|(?:银行|保险|证券|基金|地产|汽车)业(?:分析师|研究员|首席|专家|人士|观察人士))")


_DAY_IN = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


def _orgs(text: str, out: list[Candidate]) -> None:
    """Organisation suffixes after a run of name-like words."""
    for m in _SUFFIX_RE.finditer(text):
        suffix = m.group(1)
        if _inside_title(text, m.start()) and suffix not in ("日报", "晚报", "时报", "周刊"):
            continue
        after = text[m.end():m.end() + 2]
        if re.match(r"股|板块|概念|行业|领域|产业|巨头|公司|集团", after) and suffix not in STRONG_SUFFIXES \
                or after == "市场":
            continue  # "波及资本市场", "证券市场": the suffix word opens a market's name, no body's
        if _continues_name(text, m.end(), suffix):
            continue  # "北京汽车集团|越野车有限公司", "市场信息|联席会": the name goes on
        head = _org_head_at(text, m.start(), suffix in STRONG_SUFFIXES)
        if _TRADE_TITLE.match(text, m.start()):
            # "盈泰资产基金经理", "长城瑞信证券银行业分析师": the suffix word opens a trade's title,
            # the body is what stands before it
            desk = re.search(f"(?:{'|'.join(STRONG_SUFFIXES)})(?=[\u4e00-\u9fff]{{1,4}}$)", head)
            if desk:
                head = head[:desk.end()]  # "鼎泰基金消费主题基金经理": the house, not its fund
            if len(head) >= 3 and not is_generic(head) and _has_proper(head) and head[0] not in _NOT_START:
                out.append(Candidate(head, "org", "employer"))
            continue
        if suffix in WEAK_SUFFIXES and suffix not in _BODY_WORDS and len(head) > 3 \
                and head.endswith(STRONG_SUFFIXES + WEAK_SUFFIXES):
            continue  # "华泰证券汽车分析师", "某某地产信息披露": a desk or a topic of the company named before
        if suffix in ("数据", "信息") and head:
            last = _cut(head)[-1]
            if len(last) >= 3 and word_tag(last) == "nt":  # "国家统计局数据": the agency, not a name
                out.append(Candidate(last, "org", "suffix"))
                continue
            if _has_proper(head) and re.search(r"(?:根据|据|援引|引述|引用)$", text[:m.start() - len(head)]) \
                    and re.match(r"[，。；,;]|显示|表明|统计", text[m.end():m.end() + 2]):
                out.append(Candidate(head, "org", "data-source"))  # "根据克而瑞数据，…": the data's source
                continue
        if suffix == "社" and not re.fullmatch(r"[\u4e00-\u9fff]{2}", head[-2:] or ""):
            continue
        if suffix == "社":
            head = head[-2:]
        if suffix in WEAK_SUFFIXES and not _weak_ok(text, head, m.start(), m.end()):
            continue
        if not head or is_generic(head) and (suffix not in STRONG_SUFFIXES or _all_generic_place(head)):
            continue  # "人工智能研究院" describes, it does not name
        name = head + suffix
        if len(name) < 3 or re.match(r"\d", name) or _DAY_IN.search(name):
            continue  # "据英国路透社7月12日|报道": a report's frame cut at its date, no name
        if _DESCRIBED.search(text, max(0, m.start() - len(head) - 3), m.start() - len(head)):
            continue  # "上海一家私募基金", "某研究所": a kind of institution, not its name
        if _DETERMINER_HEAD.fullmatch(head) or _NEGATION.search(text, max(0, m.start() - len(head) - 1), m.start() - len(head)):
            continue  # "押上整个集团的未来", "不代表集团亏损": a determiner, or a negated verb, before the suffix word
        toks = _cut(head)
        if toks and _label_verb_opens(text, m.start() - len(head), toks[0]):
            toks = [toks[0][1:]] + list(toks[1:])  # "提问：问某某科技：": a Q&A label's 问 glued to the name it asks
        said = [k for k, t in enumerate(toks) if k and t in _ACT_VERBS]
        if said:  # "联盟建议小米汽车…": who acts, a verb, then the name the verb governs
            toks = list(toks[said[-1] + 1:])
            if not toks:
                continue
        if toks and (len(toks[-1]) == 1 and word_tag(toks[-1]).startswith("p")
                     or len(toks[-1]) >= 2 and not word_tag(toks[-1]) and toks[-1][-1] in _CLAUSE_PREPS):
            continue  # "具体进展请以|公司公告为准": a preposition ends the words before the suffix word
        glued = [k for k, t in enumerate(toks) if k and len(t) >= 3 and t[0] in _PREPOSITIONS and not word_tag(t)]
        if glued:  # "监管部门|对恒大|地产信息": the segmenter glued a preposition to the name after it
            toks = [toks[glued[-1]][1:]] + list(toks[glued[-1] + 1:])
        elif len(toks) >= 2 and len(toks[0]) == 1 and len(toks[1]) >= 3 and toks[1][0] in _PREPOSITIONS:
            toks = [toks[1][1:]] + list(toks[2:])  # "早前|向内地|传媒": a word's last character, then 向
        while toks and len(toks[0]) == 1 and word_tag(toks[0]).startswith(("c", "p")) and len(toks) > 1:
            toks = toks[1:]  # "若|公司股份连续停牌": a conjunction opens the clause, not the name
        if "".join(toks) != head:
            head = "".join(toks)
            name = head + suffix
            if is_generic(head):
                continue
        if _clause_head(toks) and not (suffix in STRONG_SUFFIXES and word_tag(toks[0]) == "ns" and len(toks) >= 3
                                       and word_tag(toks[1]).startswith("n")):
            continue  # "有助|缓解|养老基金", "被债主|告上|法院": a verb phrase ends on the suffix word
            # (a place opening a long name before a strong suffix names it: "华中智能网联出行产业联盟")
        plain = _plain_head(head) and not word_tag(name) and not _ACTS_AFTER.match(text, m.end())
        if plain and _UNNAMED.search(_clause_left(text, m.start() - len(head), 30)):
            continue  # "一位不愿具名的外资基金经理": whom the writer does not name works somewhere unnamed
        if plain and len(_cut(head)) == 1 and word_tag(head).startswith("v"):
            continue  # "预计法院将…", "评估集团现状": a verb and its object
        # "贷款银行", "内地法院": common words before the suffix may describe (``entities`` keeps
        # them only when the corpus never uses the suffix as a common noun on its own)
        out.append(Candidate(name, "org", "suffix-plain" if plain else "suffix"))


_DIRECTIONAL = frozenset("上下来去出进回过起开到入")


def _clause_head(toks) -> bool:
    """The words before a suffix are a clause, not a name: a verb after another verb or an
    adverb ("有助|缓解"), or a word the segmenter made of a verb and its direction ("告上")."""
    for k, tok in enumerate(toks):
        tag = word_tag(tok)
        if k and len(tok) >= 2 and tag.startswith("v") and not tag.startswith("vn") \
                and word_tag(toks[k - 1]).startswith(("v", "d")):
            return True
        if len(tok) == 2 and not tag and tok[1] in _DIRECTIONAL and word_tag(tok[0]).startswith("v"):
            return True
    return False


def _plain_head(head: str) -> bool:
    """Every word before the suffix is a common word of the dictionary: no place, no proper
    noun, no word the dictionary lacks ("评估|集团现状", "外资|基金经理", "内地|法院"). Such a name
    is listed only where another context vouches for it (a title after it, a list of companies,
    a bracketed original, a stock code)."""
    toks = [t for t in _cut(head) if t.strip()]
    return bool(toks) and all(re.fullmatch(r"[\u4e00-\u9fff]+", t) and word_tag(t)
                              and not _proper_token(t) and word_tag(t) != "ns" for t in toks)


#: What follows a company that speaks or acts, not a description ("平安银行行长…", "开源证券研报指出",
#: "东方证券表示", "招商证券（600999）"): a plain word before the suffix is then part of a name.
_ACTS_AFTER = re.compile(r"\s*(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + "|" + _SPEECH_RE +
                         r"|研报|研究报告|报告指出|发布|宣布|公告|股价|旗下|回应|发言人|[（(]\s*\d{4,6})")

#: Weak suffixes that say what kind of body it is (人工智能学会), not a trade or a topic.
_BODY_WORDS = ("公司", "学会", "学院", "社")
_PREPOSITIONS = frozenset("对向被把将给从跟为让由")

#: A person counted and left unnamed earlier in the clause ("一位不愿具名的", "某位").
_UNNAMED = re.compile(r"(?:[一两几多某][位名]|不愿具名|匿名)[^，。；！？]*$")

#: A counted or unnamed institution: what stands right before a description ("一家", "某", "这家").
_DESCRIBED = re.compile(r"(?:[一两几多每各这那该某本][家个所间座]|某|其)$")


#: A determiner standing alone before a suffix word ("整个集团", "其他公司", "全集团"): the kind, no name.
_DETERMINER_HEAD = re.compile(r"整个|整家|整|全|所有|其他|其它|另一|同一|别的|[这那每各该本此][个家所间座]?")
#: A negation right before the words ahead of a suffix word: they are a verb ("不代表集团亏损").
_NEGATION = re.compile(r"[不没未别勿]$")
#: Verbs an actor's clause puts before the body it addresses ("联盟建议小米汽车", "协会呼吁某某公司").
_ACT_VERBS = frozenset(("表示", "认为", "指出", "称", "坦言", "透露", "强调", "提到", "直言", "说", "回应", "告诉",
                        "写道", "解释", "谈到", "预计", "呼吁", "建议", "补充", "坦承", "要求", "提醒", "督促",
                        "敦促", "鼓励", "邀请", "宣布", "批评", "起诉", "感谢", "提问", "询问", "追问"))
#: A preposition ending an unknown word the segmenter made before a suffix word ("请以|公司公告为准").
_CLAUSE_PREPS = frozenset("以对向被把将给从跟让在")
#: A Q&A label's verb or an address glued to the name it opens ("问某某科技：", "致某某集团：").
_LABEL_VERBS = frozenset("问答致")


def _label_verb_opens(text: str, start: int, first: str) -> bool:
    """The first word before a suffix word is a label's verb glued to the name: 问/答/致 opening a
    line or a field after a colon or a stop, in a word the dictionary lacks ("提问：问汇某科技：")."""
    return len(first) >= 2 and first[0] in _LABEL_VERBS and not word_tag(first) \
        and (start == 0 or text[start - 1] in "：:，,。；;！？!?\n 　")


#: What may stand between a parent's name and the rest of a subsidiary's ("集团越野车有限公司").
_INNER_GAP = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司|公司|分公司|研究院|实验室)")


def _continues_name(text: str, end: int, suffix: str) -> bool:
    """The suffix at ``end`` is inside a longer name: a weak suffix right before another suffix
    ("市场信息联席会"), or a parent's suffix followed by name-like words and a company's suffix
    ("北京汽车集团越野车有限公司"), with no verb, function word or 旗下 between."""
    nxt = _SUFFIX_RE.match(text, end)
    if nxt and suffix in WEAK_SUFFIXES and nxt.group(1) not in WEAK_SUFFIXES:
        return True
    if suffix in WEAK_SUFFIXES and suffix != "公司" or "公司" in suffix:
        return False
    m = _INNER_GAP.match(text, end)
    if not m:
        return False
    gap = text[end:m.end()]
    gap = gap[: len(gap) - len(_SUFFIX_RE.search(gap).group(1))] if _SUFFIX_RE.search(gap) else gap
    if any(ch in _STOP_CHARS for ch in gap) or "旗下" in gap:
        return False
    return all(_namelike_token(t) for t in _cut(gap)) if gap else True


_COMPANY_AFTER = re.compile(r"^(?:\s*[\u4e00-\u9fff]{0,4}(?:" + "|".join(TITLES) + r")|\s*(?:" + _SPEECH_RE + r")|表示|宣布|发布|推出|回应|"
                            r"接受|在互动平台|公告|披露|股价|旗下|公司|集团|等|[、和与及的在也则将已于对向是为曾]|近日|"
                            r"此前|[，。；：！？）)」”《\s]|$)")


_COUNTED = re.compile(r"[一二两三几数多每各该本这那某][个家条轮项种批次位名款]|^[每各该本这那某]")


def _weak_ok(text: str, head: str, start: int, end: int) -> bool:
    """A weak suffix (科技, 网络, 游戏 …) names a company only after a proper word, as a word of
    its own, followed by what follows a company's name (a verb of saying, 、, punctuation …)."""
    if len(head) < 2 or _COUNTED.search(head) or head[0] in _NOT_START:
        return False
    if len(head) == 2 and not word_tag(head) and all(word_tag(ch).startswith("v") for ch in head):
        return False  # "品牌和超充网络": two verbs the dictionary lacks as a word, a service's kind, no name
    if _WEAK_FOLLOWERS.match(text[end:end + 4]) or not _token_starts_at(text, start):
        return False
    if not _COMPANY_AFTER.match(text[end:end + 6]):
        return False
    from .namelist import BUILTIN_ALIASES

    known = {x for g in BUILTIN_ALIASES for x in g}
    strict = any(_proper_token(t) and (word_tag(t) != "nz" or t in known) for t in _cut(head))
    return strict or bool(re.match(r"\s*(?:" + _SPEECH_RE + r"|表示|宣布|发布|推出|回应|接受)", text[end:end + 6])) \
        or _speaks_after(text, end)
