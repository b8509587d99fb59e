"""The words stances are read by (a split of ``stances``): modals of will and will not, should and need not,
negations, what a clause calls premature, unlikely or disbelieves, the directions of a change, and the words
between a modal and its verb that are no action of their own. General Chinese words only: no topic's names."""

from __future__ import annotations

import re

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
