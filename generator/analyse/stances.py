"""Stances: one holder says a thing will (can, is, should) happen, another that it will not (cannot,
is not, need not, it is premature to say so), of the same subject (any topic, no list of questions;
a split of ``disputes``, which joins the pairs like ``opposites``' into contentions).

A clause takes a stance on an action when a modal word stands before its verb: "将/会/能/可以/
有望/足以/必然" (+1) or "不会/不能/无法/难以/不足以/未必/难言" (−1), "已经/很/是" before an adjective
or a verb against a bare negation ("已经成熟" / "尚未成熟", "是安全的" / "并不安全"), "应该" against
"没必要", "V不了" and "做不到" (−1), Cantonese "唔会/冇/唔使". A clause that calls the claim premature
or overstated ("说客流会回升为时过早", "言过其实"), that rejects it ("不认同…会颠覆…的说法"), or that
denies what "some say" ("不会像有些人说的那样…") turns its stance round. The action is the verb the
modal governs (adverbs, a passive 被 and a preposition's object skipped); a light verb (带来, 产生 …)
is read with its object ("带来机遇"). Up and down are one change ("会回升" / "还会继续回落"); denying
a fall claims no rise. Two sentences are opposite when they take opposite stances on one action,
share their subject (a rarer noun or verb of both stance clauses, the agent itself for a change,
or the topic acting in both on no two different objects) and no two different agents, and are held
by different people: within one article both named, or a named holder against the reporter's own
paragraph; a full name and its short form ("高志远" / "高教授") are one person, never two sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .holdernames import same_person
from .text import Sentence, content_tokens, is_content, is_whole_sentence, tokens

__all__ = ["stances", "stance_pairs"]

_POS = frozenset("会 将 能 能够 可以 有望 必将 势必 必然 将会 足以 终将 或将 一定 肯定 定将 必定 可能 或许 也许 可".split())
_NEG = frozenset("不会 不能 无法 难以 不足以 未必 不一定 不见得 很难 难言 没法 不至于 不可能 并不会 并不能 "
                 "绝不会 根本无法 不太可能 难于 好难 冇可能".split())
#: A modal the segmenter joins to its adverb ("还会", "也将", "就能").
_ADVERB_MODAL = re.compile(r"[还也都就才仍又便亦]+[会将能]")
#: Bare negations ("没有理解", "尚未解决", "不安全"): their word must be a verb or an adjective.
_NEG_BARE = frozenset("难 唔 冇 没有 没 尚未 还未 未 远未 未能 并未 并没有 从未 不 并不 也不 都不 还不 并非 不是".split())
#: Should and need not ("应限售" / "没必要限售"): their word must be a verb.
_SHOULD = frozenset("应 应该 应当 必须 需要 有必要 理应".split())
_NEED_NOT = frozenset("不必 没必要 无需 无须 不需要 不应 不应该 不应当 用不着 大可不必".split())
#: What a thing is or has done, said outright: "已经成熟", "很合理", "是安全的" (+1, against "不成熟").
_STATED = frozenset("已经 已 很 非常 十分 相当 比较 较为 足够 确实 真正 是 越来越 更加 极其 相当于".split())
#: Words 不 begins that deny nothing ("不少" many, "不断" ever, "不错" good).
_NOT_DENIAL = frozenset("不少 不断 不仅 不同 不过 不管 不论 不得不 不久 不但 不光 不错 不如 不妨 不禁 不料 不及 "
                        "不止 不再 不足 不已 不用 不必 不在乎 不等 不一 不时 不愧 不免 不由得".split())
#: Words between a modal and its verb that are no action of their own.
_SKIP = frozenset("明显 大幅 很快 迅速 真正 完全 再 因此 直接 进一步 逐步 大大 显著 更 很 都 也 还 就 被 率先 "
                  "彻底 快速 全面 有效 极大 大量 立即 马上 根本 真的 轻易 长期 持续 继续 一下 一举 大幅度 "
                  "较快 加速 更加 真正意义 随之 同样 仍 仍然 依然 自然 必然 一定 会 将 能 能够 可以 短期内 "
                  "提前 重新 再次 无限 一直 永远 总是 很大 极大地 大大地 全部 基本 基本上 逐渐 慢慢 立刻 同时 进而 从而 就此 由此".split())
_PREP = frozenset("对 在 给 为 与 和 跟 向 从 把 让 使 令 替 用 以 于 在于 令人 让人 使人 叫人".split())
#: Verbs that say little without their object ("带来机遇", "受到影响").
_LIGHT = frozenset("带来 产生 造成 形成 成为 进行 出现 实现 受到 获得 发挥 起到 提供 有 是 做 给 得到 达到 迎来 "
                   "引发 引起 导致 具有 拥有 存在 作出 做出".split())
#: Light verbs whose verb object is the action itself, undergone ("得到缓解", "受到冲击").
_PASSIVE = frozenset("得到 受到 获得 加以 予以 进行 遭到 遭受".split())
_LIKE = frozenset("像 如 如同 好像".split())
_LIKE_END = frozenset("那样 那么 一样 般 所说 所言".split())
_QUOTES = frozenset("“ ” 「 」 『 』 ‘ ’ \" '".split())
#: Verbs that frame a view rather than state one ("不认同…的说法"): no action of their own.
_FRAMES = frozenset("认同 同意 赞同 相信 认为 觉得 表示 承认 否认 怀疑 质疑 知道 希望 担心 担忧 建议 强调".split())
#: Verbs that are one action under another word.
_SAME = {"替代": "取代", "代替": "取代", "追上": "赶上", "赶超": "赶上", "追平": "赶上", "回来": "恢复", "复苏": "恢复",
         "回暖": "恢复", "好起来": "恢复"}
#: Directions of a change (general words of quantities and states), each word with its direction's
#: canonical word and the change both directions are of: "客流会回升" against "客流会回落" is up against
#: down; "不会回落" denies the fall only (it is no claim of a rise).
_CHANGES = (("增减", "增加 增长 上升 上涨 提高 提升 扩大 回升 增多 走高", "减少 下降 下跌 下滑 降低 缩小 回落 萎缩 走低"),
            ("盈亏", "盈利 赚钱 挣钱 盈亏平衡 收支平衡 打平 扭亏 扭亏为盈", "亏损 亏钱 赔钱"),
            ("好坏", "好转 改善", "恶化 变差"),
            ("缓急", "缓解", "加剧"))
_CHANGE_KEYS = frozenset(c for c, _, _ in _CHANGES)
#: The word each direction of a change is read under ("收支平衡" is 盈利).
_CHANGE_WORDS = frozenset(words.split()[0] for _, up, down in _CHANGES for words in (up, down))
#: Agents that name the whole of the subject, no other subject ("整体盈利").
_WHOLE = frozenset("整体 总体 整个 全行业 行业整体 全面 长期 真正".split())
_DIRECTION = {w: (change, way, words.split()[0]) for change, up, down in _CHANGES
              for way, words in ((1, up), (-1, down)) for w in words.split()}
#: A clause asking rather than saying ("会颠覆哪些行业", "是否能够打破…"), unless it calls the claim premature.
_ASKING = re.compile(r"哪|什么|多少|怎么|如何|是否|能否|会不会|能不能|可不可以|有没有")
_DEFERRED = re.compile(r"为时(?:过|尚)早|言之过早|(?:哪|哪里|哪儿)有(?:那么|这么)(?:快|容易|简单)|言过其实|(?:被|有所|有些|过于|过度)夸大|夸大其词|过于乐观|"
                       r"不切实际|还(?:有点|有些|太|为时)?早|站不住脚|并不成立|不(?:能|会)?成立")
#: A clause that goes on to disbelieve what it has just said ("两三个月能恢复我不信").
_DISBELIEVED = re.compile(r"(?:我|我们|我是|我才|谁)(?:才|就|可|是|都)?(?:不信|不相信|不会信|不大信|不太信)[了啊吧呀的]?$")
#: A time that must pass first ("至少要半年到一年才能恢复"): what only comes after it is not soon.
_ONLY_AFTER = re.compile(r"(?:至少|起码|最少|最快|少说|要|得|需要?)[^，。]{0,8}?(?:[0-9０-９]+|[一二两三四五六七八九十几半数多]+)"
                         r"[个個]?(?:年|月|季度|周|星期|礼拜|天|日)(?:以后|之后|以上|后)?$")
#: Words framing what a deferral calls premature ("谈盈利言之过早"): no action of their own.
_TALK = frozenset("谈 说 讲 谈论 讨论 断言 预言 下结论 判断 认为 现在 目前 眼下 还 都 也 实在 有点 有些 太".split())
#: What a clause calls unlikely or of little risk, after the action ("牙齿发黄的概率非常低", "复发的风险较低").
_UNLIKELY = re.compile(r"的(?:风险|概率|几率|可能性|机率|机会)(?:是|也|都|会)?(?:很|非常|极|极其|比较|较|相当|十分|微乎其微)?"
                       r"(?:低|小|微乎其微)")
#: Nouns that name no event of their own ("这种情况的概率很低").
_GENERIC_EVENTS = frozenset("情况 事情 问题 事件 现象 结果 风险 可能 意外 状况 事故".split())
#: Hearsay before a deferral ("听说还早"): who holds it and of what is left unsaid.
_HEARSAY = frozenset("听说 据说 听人说 传说 好像 似乎".split())
_REJECTED = re.compile(r"不(?:太)?(?:认同|同意|赞同|相信|看好)|否认|驳斥|质疑|怀疑|不认为")
_IF = re.compile(r"^(?:如果|若|假如|假设|一旦|要是|只要|倘若|如若|万一)")
_CLAUSE_END = frozenset("，；。！？,;!?：:")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A sentence carrying on someone's words: a quotation, a pronoun, a continuing connective.
_CARRIED_ON = re.compile(r"^(?:[“「『\"‘]|他|她|其|该|对方|同时|此外|另外|并|还|也|又)")
#: Words no subject is made of: adverbs, adjectives, times, counts, pronouns, function words.
_NOT_SUBJECT = re.compile(r"^(?:d|a|t|m|r|p|c|u|q|f)")
#: Share of a corpus's sentences above which a word names no subject of its own.
COMMON_SHARE = 0.1
#: Sentences taking one stance compared with one action at most, per side (keeps the pairing linear).
PER_ACTION = 12


def _clauses(toks: tuple[str, ...]) -> list[list[str]]:
    """A sentence's tokens cut at its clause marks."""
    out, cur = [], []
    for t in toks:
        if t in _CLAUSE_END:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def _word(t: str) -> bool:
    """A word of two Chinese characters or more (a single character is no action on its own)."""
    return len(t) >= 2 and bool(_HAN.match(t))


#: Parts of speech (jieba's dictionary tags) that are never an action: pronouns, numerals,
#: prepositions, conjunctions, particles, measure words, times, places and proper names.
_NOT_ACTION = re.compile(r"^(?:r|m|p|c|u|q|t|f|s|nr|ns|nt|nz)")


def _tag(word: str) -> str:
    """jieba's dictionary tag of a word ('' when it has none)."""
    import jieba.posseg as posseg  # (its dictionary of tags is loaded with jieba's own)
    return posseg.dt.word_tag_tab.get(word, "")


def _glued_modal(t: str) -> bool:
    """A modal the segmenter glued to the word before it, into no word of its dictionary ("借阅量会" → 量会)."""
    return len(t) == 2 and t[1] in "会将" and _HAN.match(t[0]) is not None and _tag(t) == "" and t[0] not in "不没未"


def _action(rest: list[str], modal: str = "") -> str | None:
    """The action a modal governs: the first verb after it (see the module's docstring)."""
    i, n = 0, len(rest)
    if modal == "是":
        rest = [u for u in rest[:2] if u in ("很", "非常", "十分", "相当", "极其")] + rest[len(
            [u for u in rest[:2] if u in ("很", "非常", "十分", "相当", "极其")]):][:1]  # "是安全的", not "是一个成熟的…"
        n = len(rest)
    while i < n and i < 14:
        t = rest[i]
        if t in _LIKE:
            end = next((j for j in range(i + 1, min(n, i + 12)) if rest[j] in _LIKE_END), None)
            if end is None:
                return None
            i = end + 1  # "不会像有些人说的那样“一夜停摆”": what is denied follows the comparison
            continue
        if t in _QUOTES:
            i += 1
            continue
        if t in _SKIP or t in ("的", "地", "了") or (_tag(t)[:1] in ("d", "t", "m") and t not in _LIGHT):
            i += 1  # adverbs, times and counts before the verb ("不会一夜停摆", "有望在三年内…")
            continue
        if t in _PREP:
            i += 2  # the preposition and its object ("对市场带来…")
            continue
        if t in _LIGHT:
            obj = next((u for u in rest[i + 1:i + 5] if _word(u) and u not in _SKIP), None)
            if obj in _DIRECTION and t in ("实现", "出现", "迎来", "有所"):
                return obj  # "可实现盈利", "出现下滑": the change itself
            if obj and t in _PASSIVE and _tag(obj)[:1] == "v":
                return _SAME.get(obj, obj)  # "拥堵会得到缓解" is "拥堵会缓解"
            return t + obj if obj else None
        if t in _POS and t not in ("是",) and modal in _NEG_BARE:
            i += 1  # "冇可能成功" (没有可能): the negation's modal
            continue
        if t == "成功" and i + 1 < n and _tag(rest[i + 1])[:1] == "v":
            i += 1  # "成功实现…": the adverb, not the action
            continue
        if not _word(t) or t in _FRAMES or t in _POS or t in _NEG or t in _NEG_BARE or t in _STATED or \
                t in _SHOULD or t in _NEED_NOT or \
                t in ("可能", "不可能"):
            return None  # a modal is no action ("很可能…", "不是不可能")
        tag = _tag(t)
        if tag[:1] == "n" and tag != "nv" and (modal in ("会", "可能", "将会") or _glued_modal(modal)) and i + 1 < n and \
                _word(rest[i + 1]) and rest[i + 1] not in _LIGHT and rest[i + 1] not in _FRAMES and \
                (_tag(rest[i + 1])[:1] in ("v", "a") or (i + 2 == n and not _NOT_ACTION.match(_tag(rest[i + 1])))):
            return _SAME.get(rest[i + 1], rest[i + 1])  # "会牙齿发黄": the noun is what turns, the verb the action
        if _NOT_ACTION.match(tag) or (modal in ("将", "能", "可以") and tag.startswith("n") and tag != "nv"):
            return None  # "将用户输入的关键词…": 将 is a preposition there, its noun no action
        if (modal in _STATED or modal in _NEG_BARE or modal in _SHOULD or modal in _NEED_NOT) and \
                tag[:1] not in ("a", "v", "i", "l"):
            return None  # "是一个…", "没有人…": a copula's or a negation's noun is no stance
        if modal == "是" and not tag.startswith("a"):
            return None  # "意义是打破垄断": what a thing means, no stance on whether it happens
        return _SAME.get(t, t)
    return None


def stances(simple: str) -> dict[str, int]:
    """Per action, the stance a sentence takes on it (+1 will or can, −1 will not or cannot); an
    action it takes both stances on is left out (a hedge, no side)."""
    return {a: v[0] for a, v in _stances(simple).items()}


def _agent(words: list[str]) -> frozenset[str]:
    """Who or what acts, as the clause names it before its modal ("普通人完全可以参与…" → 普通人):
    its nouns, not its times, adverbs, pronouns or people's names."""
    return frozenset(u for u in words if is_content(u) and not re.match(r"^(?:t|d|r|m|p|c|u|nr|a)", _tag(u))
                     and u not in _FRAMES and not _glued_modal(u))


def _object(words: list[str]) -> frozenset[str]:
    """What the action is done to, as the clause names it after its verb."""
    return frozenset(u for u in words if is_content(u) and not re.match(r"^(?:t|d|r|m|p|c|u)", _tag(u)))


@lru_cache(maxsize=1 << 14)
def _stances(simple: str) -> dict[str, tuple[int, str, frozenset[str], frozenset[str]]]:
    """Per action, (stance, the words of its subject: the clause taking it, and the clause before
    when it names no subject of its own, "…的工种会受到影响，未来甚至可能被取代"; its agent)."""
    out: dict[str, set[int]] = {}
    where: dict[str, str] = {}
    agents: dict[str, frozenset[str]] = {}
    objects: dict[str, frozenset[str]] = {}
    before, before_words = "", []
    for clause in _clauses(tokens(simple)):
        text, previous, before = "".join(clause), before, "".join(clause)
        previous_words, before_words = before_words, clause
        if _IF.match(text) or text.endswith(("吗", "呢")):
            continue  # a condition ("如果票价下调") or a question; what follows a condition is a stance
        turned = -1 if _DEFERRED.search(text) or _DISBELIEVED.search(text[-12:]) else 1
        if turned == 1 and _ASKING.search(text):
            continue
        found = False
        for k, t in enumerate(clause):
            sign = 0
            after = clause[k - 1] if k else ""
            if t in ("不", "唔") and k + 1 < len(clause) and clause[k + 1] in ("会", "能", "可以", "使"):
                sign, rest = -1, clause[k + 2:]  # (唔会, 唔使: Cantonese 不会, 不必)
            elif (t in _NEG or t in _NEG_BARE or t in _NEED_NOT) and after not in _NEG and after not in _NEG_BARE:
                sign, rest = -1, clause[k + 1:]
            elif len(t) >= 3 and t[0] == "不" and t not in _NOT_DENIAL and _tag(t[1:])[:1] in ("a", "v"):
                sign, rest = -1, [t[1:]]  # "票价不合理" (one word to the segmenter)
            elif t in _STATED and after not in _NEG and after not in _NEG_BARE and after not in _STATED:
                sign, rest = 1, clause[k + 1:]
                if _REJECTED.search("".join(clause[:k])):
                    sign = -1
            elif (t in _POS or t in _SHOULD or _ADVERB_MODAL.fullmatch(t) or _glued_modal(t)) and after not in _NEG and \
                    after not in _NEG_BARE:
                sign, rest = 1, clause[k + 1:]
                if _REJECTED.search("".join(clause[:k])):
                    sign = -1  # "不认同…会颠覆…的说法"
                elif t[0] == "才" and _ONLY_AFTER.search("".join(clause[:k])[-30:]):
                    sign = -1  # "至少要半年才能恢复": not soon, against "两三个月就会恢复"
            elif t in ("不了", "不下去") and k and _word(clause[k - 1]):
                sign, rest = -1, [clause[k - 1]]
            elif len(t) == 3 and t[1] == "不" and t[2] in "到了动起住成出" and _tag(t)[:1] in ("v", "l", "i", ""):
                sign, rest = -1, [t[0] + t[2]]  # "AI就做不到" (做到), "撑不住" (撑住)
            if not sign:
                continue
            act = _action(rest, t)
            if not act:
                continue
            found = True
            _keep(out, where, agents, objects, act, sign * turned, clause[:k], rest, text, previous, previous_words)
        if not found and not re.search(r"是不是|" + _ASKING.pattern, _DEFERRED.sub("", text)):
            # no modal: what the deferral calls premature is the action just before it ("整体盈利言之过早",
            # "颠覆影视行业为时过早", "日料店恢复哪有那么快"); what a clause calls unlikely, too
            # ("牙齿发黄的概率非常低": the teeth will not turn yellow)
            hit = _premature(clause, _DEFERRED) if turned == -1 else _premature(clause, _UNLIKELY)
            if hit is not None:
                k, end, act = hit
                _keep(out, where, agents, objects, act, -1, clause[:k], clause[k + 1:end], text, previous,
                      previous_words)
    return {a: (next(iter(s)), where[a], agents[a], objects[a]) for a, s in out.items() if len(s) == 1}


def _premature(clause: list[str], pattern: re.Pattern) -> tuple[int, int, str] | None:
    """(index, the deferral's index, action) of what a clause with no modal calls premature or overstated: the verb, or the word of
    a change, among the four words before the deferral (its object between), none when a frame or a
    question stands there."""
    text, pos, start = "".join(clause), 0, None
    m = pattern.search(text)
    if m is None:
        return None
    for j, t in enumerate(clause):
        if pos + len(t) > m.start():
            start = j
            break
        pos += len(t)
    if start is None:
        return None
    if pattern is _UNLIKELY:
        # what is unlikely is the event named right before "的概率": a verb or its noun ("脱毛", "黄染")
        j = start - 1
        t = clause[j] if j >= 0 else ""
        if _word(t) and not _NOT_ACTION.match(_tag(t)) and t not in _FRAMES and t not in _HEARSAY and \
                not re.match(r"^(?:r|d|a|b)", _tag(t)) and t not in _GENERIC_EVENTS:
            return j, start, _SAME.get(t, t)
        return None
    for j in range(start - 1, max(-1, start - 5), -1):
        t = clause[j]
        if t in _FRAMES or t in _HEARSAY or t in _NEG or t in _NEG_BARE or t in _POS:
            return None
        if t in _TALK or not _word(t):
            continue
        tag = _tag(t)
        if t in _DIRECTION or _SAME.get(t) or (tag[:1] == "v" and t not in _LIGHT):
            return j, start, _SAME.get(t, t)
    return None


def _keep(out, where, agents, objects, act, stance, head_words, rest, text, previous, previous_words) -> None:
    """Record one stance on one action (and, for a change, on its direction)."""
    keys = [(act, stance)]
    if act in _DIRECTION:
        change, way, word = _DIRECTION[act]
        # will rise: up (+1) and rise (+1); will not rise: rise (−1) only
        keys = [(change, way), (word, 1)] if stance > 0 else [(word, -1)]
    for act, stance in keys:
        out.setdefault(act, set()).add(stance)
        head = _agent(head_words)
        where.setdefault(act, text if head or not previous else previous + "，" + text)
        # (an agent left out may be the one the clause before names, "交付节奏会受到影响，但不会…
        # 停摆": enough to see the topic acting, too loose to tell two agents apart)
        agents.setdefault(act, (head, head or _agent(previous_words)))
        objects.setdefault(act, _object([u for u in rest if u not in act and act not in u][:6]))


def _as_written(simple: str, clause: str) -> str:
    """A stance's clause as the sentence writes it (its case and spacing; the tokens drop both)."""
    parts = [p.strip() for p in re.split(r"[，；。！？,;!?]", simple)]
    want = clause.split("，")
    keys = [re.sub(r"\s", "", p).lower() for p in parts]
    for i in range(len(parts) - len(want) + 1):
        if keys[i:i + len(want)] == want:
            return "，".join(parts[i:i + len(want)])
    return clause


def _part(x: Sentence, clause: str):
    """The sentence, or the part of it between semicolons that takes the stance, verbatim: a long
    sentence of several observations ("…却没有一根蜡烛熄灭；…，Sora显然没有理解") is cited for its own."""
    simple_parts = re.split(r"(?<=[；;])", x.simple)
    original_parts = re.split(r"(?<=[；;])", x.original.strip())
    if len(simple_parts) < 2 or len(simple_parts) != len(original_parts):
        return x
    last = clause.split("，")[-1]
    for sp, op in zip(simple_parts, original_parts):
        if last and last in re.sub(r"\s", "", sp).lower():
            return (x, op.strip().rstrip("；;") + "。") if op.strip()[-1:] in "；;" else (x, op.strip())
    return x


def stance_pairs(sents: list[Sentence], topic_terms, holder_of) -> list[tuple]:
    """(claim, opposite, the claim's clause, claim's item, opposite's item) pairs: opposite stances
    on one action, a subject in common, different holders (see the module's docstring). An item is
    the sentence, or (sentence, its verbatim part taking the stance)."""
    stop = {t.lower() for w in topic_terms for t in (w, *tokens(w))}
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for s in sents:
        by_para.setdefault((s.article, s.paragraph), []).append(s)

    def reporters_own(x: Sentence) -> bool:
        """The reporter's own sentence: nobody named in its paragraph, and no quotation or pronoun
        carrying on someone's words ("“…", "他还说", "同时…")."""
        return not _CARRIED_ON.match(x.original.strip()) and \
            not any(holder_of(y) for y in by_para.get((x.article, x.paragraph), ()))
    # a word most sentences use ("AI" in a story on an AI model) names no subject of its own
    df: dict[str, int] = {}
    whole = [s for s in sents if is_whole_sentence(s.original)]
    for s in whole:
        for t in set(content_tokens(s.simple)):
            df[t] = df.get(t, 0) + 1
    common = {t for t, n in df.items() if n >= max(5, len(whole) * COMMON_SHARE)} | stop
    by_action: dict[str, tuple[list, list]] = {}
    for s in whole:
        st = _stances(s.simple)
        if not st:
            continue
        names = [sp.name for sp in holder_of(s)]
        for act, (sign, clause, (agent, carried), obj) in st.items():
            # the subject is what the stance's own clause names, not the rest of the sentence
            # ("Sora能做到…" and "Pika…，更不能做到人与人连贯的互动" share an action, not a subject)
            subject = {t for t in content_tokens(clause) if t not in common and t not in act and act not in t
                       and not _NOT_SUBJECT.match(_tag(t)) and not any(same_person(t, n) or t in n for n in names)}
            if act in _CHANGE_KEYS:
                # up against down is a dispute only of one thing ("算力需求将大幅提升" / "降低拍摄成本"
                # are two): the agent itself, named or carried from the clause before
                subject &= (agent | carried)
            side = by_action.setdefault(act, ([], []))[0 if sign > 0 else 1]
            if len(side) < PER_ACTION:
                # the topic acts when the clause names it, or, on a change's direction ("整体盈利言之过早"), when
                # it names no agent but the whole
                topical = bool(carried & stop) or (act in _CHANGE_WORDS and not (carried - _WHOLE))
                side.append((s, names, subject, frozenset(agent - stop - _WHOLE) - set(names),
                             topical and act not in _CHANGE_KEYS, obj - stop))
    out, seen = [], set()
    for act in sorted(by_action):
        yes, no = by_action[act]
        for x, hx, sx, ax, tx, ox in yes:
            for y, hy, sy, ay, ty, oy in no:
                if x.article == y.article and (x.paragraph == y.paragraph or not (
                        (hx and hy) or (hx and reporters_own(y)) or (hy and reporters_own(x)))):
                    continue  # within an article, two holders in their own paragraphs: named, or the reporter
                if any(same_person(a, b) for a in hx for b in hy):
                    continue  # one person is never both sides
                if (x.article, x.index, y.article, y.index) in seen:
                    continue
                # one subject: a word both clauses name, or the topic itself acting in both ("Sora能理解…"
                # / "Sora显然没有理解") on no two different objects
                if not (sx & sy) and not (tx and ty and not (ox and oy and not ox & oy)):
                    continue
                if ax and ay and not (ax & ay):
                    continue  # "普通人完全可以参与…" / "后期AI完全参与不了": two agents, one verb
                seen.add((x.article, x.index, y.article, y.index))
                cx, cy = _stances(x.simple)[act][1], _stances(y.simple)[act][1]
                out.append((x, y, _as_written(x.simple, cx), _part(x, cx), _part(y, cy)))
    return out
