"""General facets: words that name one specific claim in different outlets' wording ("录播" /
"录制好的视频" / "提前录屏"), which facets name a theme rather than one claim and which say which
claim only with whose it is, the strong effects a sentence can deny, effects with their direction
(claim keys), and facets of opposite direction. General words of any story, no topic's. A split of
``general``, which re-exports them."""

from __future__ import annotations


#: Facets: words that name one specific claim in different outlets' wording (a demo "录播" in one
#: article is "录制好的视频" or "提前录屏" in another). Two sentences of the same category sharing a
#: facet are grouped as one claim unless their texts say otherwise. General, not topic words.
FACETS: dict[str, tuple[str, ...]] = {
    "demo-recorded": ("录播", "录制好的", "提前录", "录屏", "并非现场", "非现场", "预先录制", "非实机"),
    "access-limited": ("邀请码", "内测码", "测试资格", "试用资格", "等待名单", "申请试用", "需要邀请"),
    "not-launched": ("未向公众开放", "尚未对所有用户开放", "未能上线", "尚未上线", "暂未上线", "尚未开放",
                     "未对外开放", "未向用户开放"),
    "factual-error": ("事实性错误", "事实错误", "事实偏差", "张冠李戴", "信息并不准确", "信息不准确",
                      "没有准确"),
    # (flaws in what it makes are not unreadiness: "生成能力并不完美" is no "只是个玩具，距离落地还远")
    "flawed": ("不完美", "没那么完美", "并非完美", "不够完美"),
    # (and "不成熟" said of it, not of one part it names: ``claimfacets.SHAPED_FACETS``)
    "not-ready": ("完全ready", "完全 ready", "预览版", "还不是一个产品", "玩具"),
    "gap": ("差距", "不如", "弱于", "逊色", "落后于"),
    "stock-down": ("暴跌", "下跌", "大跌", "应声而落", "应声下跌", "跌幅", "跌停", "下挫", "市值蒸发",
                   "股价下滑"),
    "stock-up": ("大涨", "上涨", "涨停", "攀升", "升幅", "涨幅", "飙升"),
    "funding": ("融资", "募资", "领投"),
    "jobs-replaced": ("取代", "失业", "饭碗", "替代"),
    "censorship": ("审查", "中止对话", "中止了对话", "换个话题", "敏感议题", "屏蔽"),
    "privacy": ("隐私", "数据泄露", "个人信息"),
    "plagiarism": ("套壳", "抄袭", "画皮", "造假"),
    "copyright": ("版权", "侵权", "著作权"),
    "deepfake": ("深度伪造", "深度造假", "虚假信息", "以假乱真"),
    "cost-high": ("成本高", "成本较高", "成本高昂", "昂贵"),
    "regulation": ("监管", "法规", "新规", "立法"),
    "partners": ("合作伙伴", "生态", "接入"),
    # business, consumer-product, industry and policy stories
    "price-war": ("价格战", "降价潮", "跟进降价", "被迫降价", "纷纷降价", "内卷"),
    "capacity-short": ("产能不足", "产能有限", "产能跟不上", "产能瓶颈", "产能受限", "供不应求", "交付周期",
                       "等待周期", "提车周期", "排队等车", "等车时间", "缺货", "一机难求", "一车难求", "交付延迟", "延迟交付",
                       "推迟交付", "提车时间", "交付压力", "产能爬坡", "需等待", "要等到", "产能紧张",
                       "产能吃紧", "产能不够", "无法满足市场需求", "难以满足市场需求"),
    "loss-making": ("亏损", "亏本", "赔本", "赔钱", "低于成本", "亏钱", "倒贴", "烧钱"),
    "sales-down": ("营业额下滑", "营业额受到冲击", "客流", "顾客减少", "销量下滑", "销量下降", "订单流失",
                   "订单下滑"),
    "side-effects": ("不良反应", "副作用"),
    "recall": ("召回",),
    "accident": ("事故", "起火", "自燃"),
    "lawsuit": ("起诉", "诉讼", "官司"),
    "fine": ("罚款", "罚单", "被罚"),
    "labour-protest": ("抗议", "罢工", "讨薪", "劳资纠纷"),
    "burden": ("负担", "难以承受", "承受能力", "定价过高", "价格过高", "费用过高"),
    # a launch, a policy or a building done in haste, in any story
    "rushed": ("仓促", "匆忙", "操之过急", "操之过切", "赶工"),
    # policy, diplomacy, trade, public health and consumer stories
    "import-ban": ("暂停进口", "禁止进口", "进口禁令", "限制进口"),
    "panic-buying": ("抢购", "囤货", "囤积", "售罄", "脱销", "一抢而空"),
    "boycott": ("抵制",),
    "street-protest": ("集会", "游行", "示威"),
    "relief-fund": ("基金", "补贴", "补助", "救助", "纾困"),
    "rumour": ("谣言", "不信谣", "不传谣"),
    # a measure that buys time or eases a problem without solving it, in any policy or business story
    "stopgap": ("争取时间", "赢得时间", "拖延时间", "买时间", "治标", "不是治本", "不能治本", "无法治本", "难以治本",
                "止血", "权宜之计", "只是缓解", "只能缓解", "仅能缓解", "只是延缓", "只能延缓", "杯水车薪",
                "不能从根本上", "无法从根本上", "难以从根本上"),
}


#: Facets that name a theme many different claims share (copyright, jobs, funding, a gap, rising
#: stocks …), not one claim: sharing one of them makes a paraphrase only with two claim words.
THEME_FACETS = frozenset({"gap", "stock-up", "funding", "jobs-replaced", "privacy", "plagiarism",
                          "copyright", "deepfake", "cost-high", "regulation", "partners", "relief-fund",
                          "import-ban", "burden"})


#: Facets that say which claim only together with whose it is (a fall of which share price, whose
#: funding round): carrying one of their words does not make a quote a source of the statement.
OWNED_FACETS = frozenset({"stock-down", "stock-up", "funding"})


#: Strong effects a sentence can deny ("说颠覆为时过早", "还不能完全替代人类"): sentences denying
#: the same effect make one claim ("denies-<effect>" facet), whatever words they use besides.
DENIABLE = {
    "disrupt": ("颠覆",),
    "replace": ("取代", "替代", "代替", "失业"),
}


#: A negation just before the effect word ("不足以颠覆", "而不是替代", "不会产生让行业失业").
NEGATION_REACH = 8


#: Effects with their direction, as patterns any outlet's wording matches ("降低拍摄成本",
#: "减少了3D模型和动画制作成本", "大幅提高工作效率"). With the subject a sentence names (an
#: industry, a trade: a category word) an effect makes a claim key: two outlets stating the same
#: effect on the same subject make one claim, whatever else their wording shares.
EFFECT_PATTERNS: dict[str, str] = {
    "disrupt": r"颠覆|冲击|重塑",
    "replace": r"取代|替代|代替|失业|饭碗",
    "cost-down": r"(?:降低|减少|缩减|节省|节约|压缩|省去|降)[^，。；]{0,16}(?:成本|费用|支出|开支)|降本",
    "efficiency-up": r"(?:提高|提升|释放|加快)[^，。；]{0,16}效率|增效",
    "threshold-down": r"(?:降低|打破|拉低|消除)[^，。；]{0,8}门槛|门槛降低",
    "demand-up": r"需求[^，。；]{0,10}(?:提升|攀升|增长|爆发|增加|旺盛|大增)|(?:拉动|带动|推动|催生)[^，。；]{0,8}需求",
    "fusion": r"融合",
    "new-jobs": r"新职业|新岗位|新的职业|新的岗位",
}


#: Facets of opposite direction: never one claim.
OPPOSITE = {("stock-down", "stock-up"), ("stock-up", "stock-down")}
