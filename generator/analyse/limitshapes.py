"""Limits stated by their shape, whatever category of effects their words fall in (issue 13,
property 5): a sentence that says something is still missing, that its subject still depends on
another party, or that warns of a risk restricts the news, so it is a limit.

- a lack: "目前尚无可用的疫苗", "仍缺乏统一的标准", "还没有对普通用户开放", or what was promised
  not yet settled, "具体补助标准尚未公布", "细则还没出来" (not a lack remedied,
  "填补了…缺乏的空白", nor a precedent, "尚无先例的改革", nor the others' lack that puts the subject
  ahead, "全球还没有一家做出来的，我们是第一个");
- a continuing dependence: "仍主要依赖进口", "高度仰赖欧美厂商", "还在依靠国际合作" (not one reduced,
  "降低对…的依赖");
- a warning of risk: "提醒投资者注意交易风险", "炒作概念股风险极高";
- a long wait: "至少需要10到15年", "取证时间不会早于2025年", "恐怕得等到2030年前后";
- a squeeze on profit or on a margin: "促销价格拉低了单杯利润", "利润空间被明显压缩", "将进一步压缩银行利差";
- an insufficiency: "仅靠降价不足以扭转颓势", "单靠补贴推不动需求", "光靠志愿者难以维持";
- a risk of falling through a floor: "部分小厂毛利率可能跌破5%", "水位或将跌穿警戒线";
- a criticism the subject drew: "被网友批评为噱头", "遭到业内诟病", "引发不少质疑";
- a disorder around it: "出现加价转让名额的帖子", "警惕诈骗", "黄牛倒卖门票";
- an effect said to be small: "对本地的直接影响很小", "冲击有限";
- a market it cannot enter: "短期内不可能在海外上市", "当地不开放进口";
- a burden above others': a cost higher than another's, a cycle drawn out ("成本较同行高出约四成",
  "制造成本约为对手的1.5倍以上", "生产周期也会拉长"; not a cost cut, "降低成本", nor a cost a decision
  raises, "这一调整使单餐成本上升了10%": that is the decision's effect);
- a low yield: what a line makes good stated low or at most about half ("良率仅在50%左右",
  "良品率也就三四成", "良率大致在30%到50%之间"; not "良率提升至90%").

Only general words of Chinese; read on the simplified sentence. ``limit_shape`` gives the general
category the shape belongs to, or ''.
"""

from __future__ import annotations

import re

__all__ = ["limit_shape", "changed_limit", "called_measure", "strength"]

_LACK = re.compile(r"(?:尚无|尚未有|仍无|暂无|仍然没有|仍没有|还没有|至今(?:仍|还)?(?:没有|未有)|目前(?:还|仍|尚)?没有|"
                   r"尚未(?:出台|建立|形成)|缺乏|缺少|匮乏)(?!先例|前例|明显|太大|多大|大碍)|"
                   # what was promised is not yet settled: "补助标准尚未公布", "细则还没出来", "资金迟迟未到位"
                   r"(?:标准|细则|办法|方案|名单|金额|时间表|具体安排|资金)[^，。；！？]{0,4}?"
                   r"(?:尚未|仍未|暂未|还未|还没|还没有|迟迟未|迟迟没有?)(?:公布|出台|明确|确定|落实|到位|出来|发放|下来)")
_DEPENDS = re.compile(r"(?:仍|还|依然|仍然|依旧|高度|主要|严重|过度|过于)(?:主要|高度|严重|在)?"
                      r"(?:依赖|仰赖|依靠|倚赖|受制于)|(?:仍|还|仍然|依然|主要|大多)由[^，。；！？]{1,24}?(?:供应|提供|进口)")
_RISK = re.compile(r"(?:注意|警惕|提防|提示|提醒|留意)[^，。；！？]{0,14}风险|风险(?:极高|很高|较高|较大|很大|不小|极大|巨大)")
#: A long wait, counted in years ("至少需要10到15年", "不会早于2025年", "恐怕得等到2030年前后",
#: "要到2027年以后", "仍有很长的路要走"; the same in words is ``general.restricts``'s).
_WAIT = re.compile(r"(?:需要|需(?!求)|花上?|耗时|长达|至少)[^，。；！？\d]{0,6}?(?<!\d)\d{1,2}(?:\s*(?:到|至|-|~|～)\s*\d{1,2})?\s*年(?!代|级|前|度|底|初|中)|"
                   r"(?:不会|不|难以|无法)早于\d{4}\s*年|至少(?:要|需|需要|得)?(?:到|等到)\d{4}\s*年|(?:得|要|需|需要)等到\d{4}\s*年|要到\d{4}\s*年(?:以后|之后|后)|"
                   r"(?:仍|还|尚|依然)有(?:很|相当|一段)?长的路(?:要走)?|任重道远")
#: A squeeze on profit ("促销价格拉低了单杯利润", "折扣价会压低毛利", "利润空间被明显压缩"): a loss of
#: margin, whatever sales it comes with.
_SQUEEZE = re.compile(r"(?:拉低|压低|压缩|侵蚀|蚕食|摊薄|挤压|吞噬)(?:了)?[^，。；！？]{0,8}?(?:利润|毛利|利润率|盈利|净利|利差|息差)|"
                      r"(?:利润|毛利|利润率|利润空间|盈利空间|净利|利差|息差)[^，。；！？]{0,4}?(?:被|遭)?[^，。；！？]{0,4}?"
                      r"(?:压缩|摊薄|侵蚀|挤压|收窄|下滑)")
#: An insufficiency: one means alone falls short ("仅靠降价不足以扭转颓势", "单靠补贴推不动需求").
_SHORT = re.compile(r"(?:仅靠|单靠|光靠|只靠|仅凭|单凭|光凭|仅仅依靠|单纯依靠)[^，。；！？]{1,16}?[，,]?[^，。；！？]{0,10}?"
                    r"(?:不足以|难以|无法|不能|很难|推不动|解决不了|不够)")
#: A risk of falling through a floor ("毛利率可能跌破5%", "或将跌穿警戒线").
_BELOW = re.compile(r"(?:可能|或将|恐将|恐怕会?|或|有可能|面临)(?:进一步|再度|再次)?(?:跌破|跌穿|击穿|失守)")
#: A criticism drawn ("被网友批评为噱头", "遭到业内诟病", "引发不少质疑", "批评这种做法是炒作"), in the
#: sentence's last clause (not "出租车服务饱受诟病，加上司机老龄化，引入无人车可补缺口": an effect follows).
_CRITICISED = re.compile(r"(?:被|遭到?|饱受|招致|引发|引来|受到)[^，。；！？]{0,10}?(?:批评|批判|指责|诟病|嘲讽|群嘲|吐槽|质疑)|"
                         r"批评(?:为|其|这种|这样|这类)")
#: A disorder around the subject: resale at a markup, scalpers, fraud ("加价转让名额", "黄牛倒卖",
#: "诈骗", "催生了一些乱象"); not a resale reported beside a sell-out ("开售不到一小时即售罄，此后
#:出现了加价转让的信息": there it is the demand's sign, ``_SOLD_OUT``).
_DISORDER = re.compile(r"乱象|诈骗|骗局|欺诈|黄牛|倒卖|炒号|加价(?:转让|转卖|出售)")
_SOLD_OUT = re.compile(r"售罄|抢购一空|抢光|秒光|秒空|一票难求")
#: An effect said to be small ("直接影响很小", "冲击有限", "影响微乎其微").
#: (not "成本端受影响较小": one less affected than others holds an advantage, no limit)
_SMALL = re.compile(r"(?<!受)(?:影响|冲击|作用)(?:很小|较小|极小|甚微|微乎其微|不大|有限)")
#: A market the subject cannot enter ("短期内不可能在海外上市", "当地不开放进口"; not a ban others impose on goods).
_SHUT = re.compile(r"(?:无法|不能|不可能|难以)[^，。；！？]{0,8}?(?:上市|上架|开售|进入当地)|不开放[^，。；！？]{0,4}?进口")
#: A burden above others': a cost higher than another's, a cycle drawn out ("成本较同行高出约四成", "成本比对手
#: 高一大截", "制造成本约为对手的1.5倍以上", "生产周期也会拉长"); never a cost cut ("成本下降"), nor a cost a
#: decision raises ("这一调整使单餐成本上升了10%", "恢复现场加工增加的人力成本": the decision's effect).
_BURDEN = re.compile(r"(?:成本|代价|能耗)(?:(?!降|减|省|低|缩|摊薄|使|让|增加|上升)[^，。；！？]){0,14}?"
                     r"(?:高出|高于|更高|高一大截|高不少|偏高|\d(?:\.\d+)?倍)|"
                     r"(?:生产|制造|交付|研发|建设)(?:周期|工期|耗时)[^，。；！？]{0,4}?(?:拉长|延长|变长|更长)")
#: A low yield: what a line makes good, stated low ("良率仅在50%左右", "良品率也就三四成", "良率偏低")
#: or by a figure of at most about half ("良率大致在30%到50%之间"); never one raised to a high figure.
_YIELD = re.compile(r"(?:良率|良品率|成品率)[^，。；！？]{0,8}?(?:仅|只有|只|也就|不足|不到|低|偏低|不高|不佳|不理想|"
                    r"不稳定|堪忧)|(?:良率|良品率|成品率)[^，。；！？%\d]{0,8}?(?:(?:[1-5]\d|60)(?:\.\d+)?\s*%(?!以上)|"
                    r"[一二三四五六](?:到|至)?[一二三四五六]?成(?!以上))")
_YIELD_UP = re.compile(r"(?:良率|良品率|成品率)[^，。；！？]{0,6}?(?:提升|提高|升至|达到|突破|改善)")


#: What turns a lack or a dependence into its remedy or its end ("填补…缺乏", "摆脱对…的依赖").
_UNDONE = re.compile(r"(?:填补|弥补|解决|改变|摆脱|降低|减少|减轻|打破|结束|缓解|克服|告别)[^，。；！？]{0,12}$")
#: The subject ahead of others, after a lack: the lack is the others' ("全球还没有一家做出来的，
#: 我们是第一个", "国内缺乏对应的提供商，我们已走在第一线").
_AHEAD = re.compile(r"第一|唯一|首个|首家|领先|独家|率先|抢先|先行一步")


def _live(pattern: re.Pattern, simple: str) -> bool:
    """Whether ``pattern`` is in ``simple`` and not undone by a remedy earlier in its clause."""
    for m in pattern.finditer(simple):
        before = simple[:m.start()]
        cut = max((before.rfind(ch) for ch in "，。；！？："), default=-1)
        if not _UNDONE.search(before[cut + 1:]):
            return True
    return False


def limit_shape(simple: str) -> str:
    """The general category of the limit ``simple`` states by its shape ('' when none): a
    continuing dependence is ``dependence``, a squeeze on profit ``profit``, a lack ``maturity``, a
    burden above others' ``cost``, a low yield ``supply``, a warning of risk or a long wait ``scope``."""
    if _live(_DEPENDS, simple):
        return "dependence"
    if _SQUEEZE.search(simple):
        return "profit"
    if _live(_LACK, simple) and not _AHEAD.search(simple[_LACK.search(simple).end():]):
        return "maturity"
    if _BURDEN.search(simple):
        return "cost"
    if _YIELD.search(simple) and not _YIELD_UP.search(simple):
        return "supply"
    if _RISK.search(simple) or _WAIT.search(simple) or _SHORT.search(simple) or _BELOW.search(simple):
        return "scope"
    last = re.split(r"[，,；;：:]", simple.rstrip("。！？!?”」』\"'）) "))[-1]
    disorder = _DISORDER.search(simple) and not _SOLD_OUT.search(simple)
    if _CRITICISED.search(last) or disorder or _SMALL.search(simple) or _SHUT.search(simple):
        return "scope"
    return ""


#: A wait counted to a year ("止跌回稳至少要到2025年下半年"): the recovery it defers is named in it.
_WAIT_TO = re.compile(r"至少(?:要|需|需要|得)?(?:到|等到)\d{4}\s*年")


def changed_limit(simple: str) -> bool:
    """Whether ``simple`` states a limit whose own words name a change (a margin squeezed, "压缩利差"; a floor at
    risk, "可能跌破"; a means that cannot turn things round, "不足以扭转"; a recovery deferred to a year; a
    cost above another's, "成本高出约四成"): the
    change is the limit's, no effect reported beside it."""
    return bool(_SQUEEZE.search(simple) or _SHORT.search(simple) or _BELOW.search(simple) or _WAIT_TO.search(simple)
                or _BURDEN.search(simple))


#: A call for a measure against someone ("议员要求全面断供华为", "呼吁收紧制裁", "敦促停止出口"): a move of
#: policy someone demands, no shortage or restriction that has come about.
_CALL = re.compile(r"(?:要求|呼吁|敦促|主张|建议)[^，。；！？]{0,8}?(?:全面|进一步|立即|尽快)?"
                   r"(?:断供|停止供应|停止出口|停止供货|禁售|禁运|制裁|收紧|封锁|切断)")


def called_measure(simple: str) -> bool:
    """Whether ``simple`` reports someone calling for a measure against another (a cutoff, a ban, sanctions)."""
    return bool(_CALL.search(simple))


#: A strength the text credits the subject with: a reason it impressed ("之所以引起轰动，主要有四方面原因",
#: "走红的原因在于"), an advantage or highlight ("优势在于", "亮点是"), a quality it secures ("保证了一致性",
#: "做到了画面连贯"). A capability is no problem of the topic.
_STRENGTH = re.compile(
    r"之所以[^。！？]{0,20}?(?:轰动|成功|火爆|出圈|走红|受欢迎|惊艳|领先|瞩目|关注|热卖|畅销|大卖|好评|热潮)|"
    r"(?:轰动|成功|火爆|出圈|走红|受欢迎|惊艳)的(?:原因|理由|秘诀)|(?:优势|亮点|长处|强项)(?:在于|就是|是|主要有|包括)|"
    r"(?<![不未没难法])(?:保证|确保|保持|实现|做到)了?[^，。；！？]{0,10}?(?:一致|连贯|稳定|准确|流畅|自然|逼真)")
#: A problem said beside it ("无法保证一致", "优势不再", "亮点之外也有不足").
_PROBLEM_SAID = re.compile(r"不足|缺乏|短板|差距|难以|无法|不能|未能|没能|风险|挑战|问题|瓶颈|掣肘|不够|局限|缺陷|"
                           r"不再|欠缺|违背|不符|漏洞|失真|扭曲|错误|穿帮|压力|威胁|冲击|"
                           r"(?:优势|亮点)(?:并)?不(?:明显|突出)")


def strength(simple: str) -> bool:
    """Whether ``simple`` credits its subject with a strength and says no problem: no limit, whatever
    category words of limits it uses ("内容逻辑保证一致性" uses those of consistency)."""
    return bool(_STRENGTH.search(simple)) and not _PROBLEM_SAID.search(simple)
