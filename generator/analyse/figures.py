"""What a figure means: what it counts and whose it is, read from the clause's words (jieba's
part-of-speech tags, its HMM for words the dictionary lacks), never from a window of characters.
(How figures compare and rank is in ``keyfigures.py``; whose a figure is, in ``figurewhose.py``; the
label's cut at word boundaries, in ``figurelabels.py``.)

* **What is counted**: the noun phrase the number modifies ("8亿美元的扩建计划", "20个产品",
  "60秒的逼真视频"), else the noun phrase it is said of, across linking words and adverbs
  ("估值高达800亿美元"; a verb of change kept: "股价下跌超过7%" → 股价下跌; whose measure kept:
  "AI驱动的收入"; "A占B的10%" → A占B的比例; "较去年同期增长" → what grew, never the base). When no
  noun phrase is found it is '' and the renderers show the clause instead.
* **Subject** (whose figure): the speaker when the clause says 自己/我们; else the nearest name
  in the figure's clause or the one before (the index's validated names, capitalised Latin names,
  a listed company by its stock code, a company with its suffix, a three-character word jieba does
  not know shaped like a Chinese name); else the clause's topic (the noun phrase before its
  verb, the head after 的 or an apposition: "AI领域的初创企业月之暗面" → 月之暗面), and for an
  elliptical clause ("金额超10亿美元") the topic of a clause before; after a pronoun, the
  previous sentence's. Never who says it, a measure, or one member of a list the figure counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .figurelabels import _REGION, at_word_start, with_scope

__all__ = ["meaning", "subject_of", "topic", "nearest_name", "names_in", "ATTRIBUTE", "PRONOUN"]

# ---------------------------------------------------------------- words and tags

_NOUN_TAGS = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "j", "an", "b", "eng", "nx"}
_NAME_TAGS: set = set()  # jieba tags 井喷式 and 老虎 as people, 全球通 as an organisation: names come
# from the index's finder and the shapes below
_PRONOUNS = {"它", "它们", "其", "我们", "我", "你", "你们", "他", "她", "他们", "她们", "这", "那", "这些",
             "那些", "此", "该", "本", "这个", "那个", "大家", "自己", "对方", "有人", "任何", "一个", "之前",
             "之后", "目前", "现在", "过去", "未来", "当时", "其中", "以及", "相比", "短短", "只有", "左右"}
#: Latin words that are not names (units, generic abbreviations).
_NOT_NAMES = {"ai", "aigc", "app", "ceo", "cto", "cfo", "gpu", "cpu", "it", "pc", "tv", "vr", "ar", "demo",
              "tokens", "token", "p", "k", "m", "b", "x", "eflops", "pflops", "tflops", "api", "ip", "ui", "mb",
              "gb", "tb", "kb", "pro", "max", "plus", "the", "and", "of", "ok"}
_ORG_SUFFIX = re.compile(r"(?:公司|集团|科技|证券|银行|影视|传媒|资本|基金|研究院|大学|学院|实验室|"
                         r"控股|股份)$")
#: Verbs of change: kept in what is counted ("股价下跌"), they say the figure is the change.
_CHANGE = re.compile(r"^(?:下跌|暴跌|大跌|跌|下降|降|下滑|回落|缩水|减少|上涨|大涨|暴涨|涨|上升|升|攀升|飙升|"
                     r"累升|累涨|累跌|增长|增加|提升|提高|翻|扩大|跌幅|涨幅|升幅)$")
_PUNCT = "，；。！？,;!?：:\n"
#: Words that link a figure to what it is said of (jieba tags some as nouns or names: 高达/nr).
_LINKS = {"高达", "达到", "达", "超过", "超", "约为", "只有", "仅为", "长达", "多达", "最长", "最高", "最多", "预计",
          "累计", "共计", "合计", "总计", "一共", "总共", "约", "近", "将近", "接近", "不到", "不足", "至少", "逾", "时间", "时长"}
#: Place words that follow a figure without being what it counts ("96小时内", "十年前").
_PLACE = {"内", "前", "后", "间", "里", "中", "上", "下", "以来", "之内", "之间", "以内", "左右", "以上", "以下"}
_UNIT_WORDS = re.compile(r"^(?:[\d.]+|[万亿千百十]+|美元|美金|元|人民币|港元|欧元|日元|英镑|倍|秒钟?|分钟|小时|"
                         r"个月|周|天|年|周岁|岁|%|％|个|家|位|名|人|户|张|款|集|项|台|辆|架|艘|套|件|座|所|吨|条|只|部|篇|次)$")


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.\-+]*")
_NUMBER_WORD = re.compile(r"[\d.%％]+")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def _tag(word: str) -> str:
    from .namewords import word_tag

    if _LATIN_WORD.fullmatch(word):
        return "eng"
    if _NUMBER_WORD.fullmatch(word):
        return "m"
    tag = word_tag(word)
    if not tag and _HAN_WORD.fullmatch(word):
        return _guess(word)
    return tag or "x"


@lru_cache(maxsize=1 << 14)
def _guess(word: str) -> str:
    """A word jieba's dictionary lacks: 'unk' (a name or new term, noun-like) when its HMM reads it
    as one noun, else the tag of its last piece ("曾见" → v, "年入" → v)."""
    import jieba.posseg as posseg

    pieces = posseg.lcut(word)
    if len(pieces) == 1 and pieces[0].flag.startswith("n"):
        return "unk"
    return pieces[-1].flag if pieces else "x"


@lru_cache(maxsize=1 << 16)  # a pure function of the text: kept across a serve session's saves
def _words(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """The jieba words of ``text`` with their tags and offsets (spaces dropped)."""
    from .namewords import _cut

    out, at = [], 0
    for w in _cut(text):
        i = text.find(w, at)
        if i < 0:
            continue
        at = i + len(w)
        if w.strip():
            out.append((w, _tag(w), i, at))
    return tuple(out)


#: Nouns of measure jieba's dictionary tags as verbs or idioms (收入/v, 增长/v, 出货量/l).
_MEASURE = re.compile(r"(?:量|率|额|值|费|价|比|数|幅|规模|收入|增长|融资|投资|需求|支出|营收|利润|销售|成本|估值|份额|"
                      r"市值|占比|比例|时长|用户)$")


def _nounish(w: str, tag: str) -> bool:
    if len(w) >= 2 and _MEASURE.search(w) and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in _LINKS \
            and w not in _PRONOUNS:
        return True
    return (tag in _NOUN_TAGS or tag.startswith("n") or tag == "unk") and w not in _PRONOUNS \
        and not _UNIT_WORDS.match(w)


def _name_like(w: str, tag: str) -> bool:
    if tag == "eng":
        return len(w) >= 2 and w.lower() not in _NOT_NAMES and not w[0].isdigit() \
            and any(c.isupper() for c in w)  # "workflow" is a word, "Sora", "iPhone" names
    return tag in _NAME_TAGS and len(w) >= 2 and w not in _PRONOUNS


# ---------------------------------------------------------------- what is counted, and whose


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in _PUNCT) + 1
    rights = [i for i in (text.find(ch, end) for ch in _PUNCT) if i >= 0]
    return left, min(rights) if rights else len(text)


def _phrase(words) -> str:
    """The words as one phrase, with the space between a Latin word and its neighbour kept."""
    text = ""
    for w, tag, s, e in words:
        if text and (tag == "eng" or re.match(r"[A-Za-z0-9]", text[-1])) and re.match(r"[A-Za-z0-9]", w + text[-1]):
            text += " " if re.match(r"[A-Za-z0-9]", text[-1]) and re.match(r"[A-Za-z0-9]", w) else ""
        text += w
    return re.sub(r"^的|的$", "", text)


def meaning(simple: str, start: int, end: int, kind: str, unit_noun: str = "") -> str:
    """What the figure at ``simple[start:end]`` counts (zh-Hans); '' when not found.

    ``what`` is the noun phrase the figure modifies (after it, with or without 的) or, failing
    that, the one it is said of (before it, across linking words and adverbs, a verb of change
    kept)."""
    left, right = _clause(simple, start, end)
    words = _words(simple)
    before = [w for w in words if left <= w[2] and w[3] <= start]
    after = [w for w in words if w[2] >= end and w[3] <= right]
    what = ""
    unit_noun = re.sub(r"^个", "", unit_noun)
    # the noun phrase the figure modifies: "8亿美元的扩建计划", "超10亿美金融资", "60秒的视频"
    change_after = ""
    k = 1 if after and after[0][0] in ("的", "之") else 0
    if len(after) > k + 1 and after[k][0] in ("时长", "时间", "长度") and after[k + 1][0] == "的":
        k += 2  # "4秒时长的文生视频"
    noun: list = []
    for j in range(k, min(len(after), k + 5)):
        w = after[j]
        if w[0] in ("以上", "以下", "以内") and j == k and kind in ("duration", "count", "quantity") \
                and j + 1 < len(after) and _nounish(*after[j + 1][:2]):
            continue  # "6个月以上儿童": the bound, then who is counted
        if w[0] in _PLACE and not noun:
            break
        nxt = after[j + 1] if j + 1 < len(after) else None
        if _nounish(w[0], w[1]) and w[0] not in _LINKS or \
                (k == 1 and not noun and w[1].startswith(("v", "a")) and nxt and _nounish(nxt[0], nxt[1])):
            noun.append(w)
            if sum(len(x[0]) for x in noun) >= 8:
                break
        else:
            break
    if kind == "count" and k == 0 and not unit_noun:  # "48个Sora生成的视频demo": the head after 的
        rest = after[len(noun):len(noun) + 4]
        if rest and rest[0][1].startswith("v"):
            for j, w in enumerate(rest):
                if w[0] == "的":
                    head = [x for x in after[len(noun) + j + 1:len(noun) + j + 3] if _nounish(x[0], x[1])]
                    if head:
                        noun = head
                    break
    if kind == "count" and unit_noun and len(unit_noun) >= 2 and not (noun and k == 1) and unit_noun != "人次":
        what = unit_noun  # "20个产品": the noun the count of 个 counts ("135个单词的长提示": 长提示)
    while noun and noun[-1][0] in _PLACE:
        noun = noun[:-1]  # "训练集里": the place word is not part of what is counted
    bounded = bool(noun) and (k < len(after) and after[k][0] in ("以上", "以下", "以内")
                              or re.search(r"(?:以上|以下|以内)\s*$", simple[:end]) is not None)  # "6个月以上儿童"
    if not what and noun and (bounded or not (k == 0 and kind in ("percent", "multiple", "duration"))):
        what = re.sub(r"(?<=[\u4e00-\u9fff]{2})[里内]$", "", _phrase(noun))
        if kind in ("percent", "multiple") and (_CHANGE.match(what) or what == "增长"):
            what = ""  # "收入有望实现10倍以上的增长": the growth of what comes before the figure
            change_after = _phrase(noun)
    head = ""
    if what and k == 1 and before and before[-1][3] == start and _nounish(*before[-1][:2]) \
            and re.match(r"\s*(?:过|超过|超|逾|近|高达|多达|约)", simple[start:]):
        head, what = what, ""  # "投放费用过亿元的制作公司": the bound is the 费用's; the 公司 it describes
    # the noun phrase it is said of: "OpenAI整体估值高达800亿美元", "股价应声下跌超过7%"
    if not what:
        gap, change = 0, ""
        i = len(before) - 1
        while i >= 0 and gap < 4 and not (_nounish(before[i][0], before[i][1]) and before[i][0] not in _LINKS):
            if re.search(r"\d", before[i][0]) or before[i][0] in _PRONOUNS or before[i][0] in ("、", "及", "以及", "和", "与"):
                # another figure ("累升2倍至71.9元"), a pronoun, or a list's separator ("200多家企业、近20万人":
                # the noun before it is the other item's): nothing to say it of
                i = -1
                break
            if _CHANGE.match(before[i][0]):
                change = before[i][0]
            gap += 1
            i -= 1
        run: list = []
        while i >= 0 and _nounish(before[i][0], before[i][1]) and before[i][0] not in _LINKS \
                and before[i][0] not in _PLACE and not _NUMERAL.match(before[i][0]):
            run.insert(0, before[i])
            i -= 1
            if sum(len(x[0]) for x in run) >= 12:
                break
        base = re.search(r"(?:较|比|相比|相较|较之|对比)[^，。；：]{0,4}$", simple[left:run[0][2]]) if run else None
        if base:
            # "较去年同期增长约65%": the base it is compared with, not what grew; the change stays
            change = change or next((w[0] for w in run if _CHANGE.match(w[0])), "")
            # ...and what changed is the noun phrase before the base ("收盘价较前一交易日下跌0.3%")
            at, run = left + base.start(), []
            for w in reversed([w for w in before if w[3] <= at]):
                glued = bool(run) and len(run[0][0]) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,}", w[0])  # 诊疗|量
                if w[3] != (run[0][2] if run else at) or not (_nounish(*w[:2]) or glued) or w[0] in _LINKS \
                        or _NUMERAL.match(w[0]) or sum(len(x[0]) for x in run) + len(w[0]) > 8:
                    break
                run.insert(0, w)
        while run and run[-1][1] == "vn" and not change and run[-1][3] == start:
            run.pop()  # "启动200万字": a verb taking the figure as object, not what it counts
        if 1 <= len(run) <= 2 and _MEASURE.search(run[-1][0]) and i >= 1 and before[i][0] == "的":
            owner: list = []  # "AI驱动的收入", "中文语料的占比": whose measure
            j = i - 1
            while j >= 0 and (_nounish(*before[j][:2]) or before[j][1] == "vn") \
                    and sum(len(x[0]) for x in owner) + len(before[j][0]) <= 8:
                owner.insert(0, before[j])
                j -= 1
            if owner:
                run = owner + [before[i]] + run
        change = change or change_after
        if run and head and (_REGION.match(run[-1][0]) or _REGION.match(run[-1][0][-2:])):  # ("覆盖全国" one word)
            what = head  # "服务全国约六成以上的民营图书公司": a scope before the figure, no measure; the noun it describes
        elif run:
            what = (head + "的" if head else "") + _phrase(run) + (change if change and change not in _phrase(run) else "")
        elif head:
            what = head
        elif change:
            what = change  # "一年内飙升两倍多": the change; the sentence's earlier figure may say of what
    if kind == "percent" and not noun:  # "AI承担的业务量占总业务的10%": the share of the one in the other
        share = re.search(r"([^，。；：、]{2,16}?占(?!比)[^，。；：、]{1,10}?)的?\s*$", simple[left:start])
        if share and not re.search(r"[\d%％]", share.group(1)):  # not across another (or a garbled) figure
            what = re.sub(r"^(?:目前|当前|其中|而|但|并|且|如今)+", "", share.group(1))
            what += "" if re.search(r"(?:比例|比重|份额|占比)$", what) else "的比例"
    what = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:短期内|长期内|近期|目前|当前|同期|年内|月内)$", "", what.strip(" 的"))
    what = re.sub(r"^(?:以上|以下|以内|左右)的?", "", what)  # "十年以上的成长期": the bound is the figure's
    for w, tag, *_ in words:  # a preposition jieba cut off the phrase ("从宽屏"), not a word it opens ("对应")
        if what.startswith(w) and len(w) == 1 and w in "从在对向把被将由经" and tag == "p":
            what = what[1:]
        if what.startswith(w) or w in what:
            break
    if what:  # cut at word boundaries, with its place kept ("3天|花了", "抗感染|类产品", "北方|部分城市")
        at = simple.rfind(what, left, start)
        at = at if at >= 0 else simple.find(what, end, right)
        if at >= 0:
            what = with_scope(at_word_start(what, simple, at), simple, at if simple.startswith(what, at) else -1)
    if len(what) < 2 or what in _PRONOUNS or re.fullmatch(r"(?:时间|时长|时候|时候时长|数字)", what):
        what = ""
    return what


_CODE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})\s*[(（]\s*\d{6}\s*[)）]")
_CODE_AFTER = re.compile(r"\s*[(（]\s*\d{6}\s*[)）]")
_NUMERAL = re.compile(r"[\d.]+|[一二两三四五六七八九十百千万亿几数多余]+(?:[个位名家年月天轮倍])?$")
_NOT_A_NAME = re.compile(r"\d|[一二两三四五六七八九十几数][轮次个位名家]|^[一二两三四五六七八九十百千万亿几数]+$")


#: Words that introduce what a figure is compared with ("较去年同期", "比上月"): what follows is the base.
_BASE = {"较", "比", "相比", "相较", "较之", "对比"}


from .figurewhose import ATTRIBUTE, PRONOUN, names_in, nearest_name, subject_of, topic  # noqa: E402,F401  (whose it is)
