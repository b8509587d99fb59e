"""The general taxonomy: effects and limits that fit any technology, business or policy story.

With only the topic named (``topic.label`` and ``topic.terms`` in ``content/taxonomy.yml``), these
categories place a corpus's claims before an editor has written a single cue word. They hold no
knowledge of one topic: their words are the ordinary vocabulary of the news about any company,
product, industry or public policy — share prices and analysts' ratings, funding, prices and price
wars, demand and orders, suppliers and industries, rivals and their responses, jobs, layoffs and
labour disputes, regulation and approvals, trade bans and sanctions, diplomatic protests, panic
buying, boycotts and street protests, subsidies and compensation, inspections and monitoring,
measured results; products that are not ready, capacity and delivery, losses, safety and
recalls, health and environmental risks, scientific uncertainty and disagreement, rumours and
trust, dependence on one market, lawsuits and fines, criticism, quality gaps, cost and burden,
censorship, privacy, copyright and authenticity, data — and the verbs of effect
that make a sentence a claim (加剧, 引发, 迫使, 下调 …; 亏损, 跟不上, 召回, 起诉 …).

A word belongs in a category's ``strong`` list only when it names the claim by itself wherever it
appears (价格战, 召回, 不良反应); a word also used as a mention or a frame (罢工 as a query typed
into a chatbot, 数据显示, 事故 as a topic asked about) is a cue of weight 1 that needs a signal.

The editor's taxonomy refines them:

* a category of the editor's with the same ``id`` replaces the general one (its label, its cues);
* ``includes: [general ids]`` in an editor's category folds those general categories into it
  (their cue words count for it, and they disappear from the briefing);
* ``general: false`` at the top of the file switches the general categories off.

Editor categories are tried first; a general category places a sentence only when no editor
category does. The general facets (one claim in any outlet's wording) are in ``generalfacets``; the
language that restricts or bounds what a sentence reports in ``generalbounds``; both re-exported here.
"""

from __future__ import annotations

from .generalbounds import BOUNDING, PLAN_CHANGED, RESTRICTING, bounds, restricts
from .generalfacets import (DENIABLE, EFFECT_PATTERNS, FACETS, NEGATION_REACH, OPPOSITE,  # noqa: F401 (re-exported)
                            OWNED_FACETS, THEME_FACETS)

__all__ = ["GENERAL_CATEGORIES", "GENERAL_SIGNALS", "FACETS", "THEME_FACETS", "OWNED_FACETS", "RESTRICTING",
           "BOUNDING", "PLAN_CHANGED", "bounds", "restricts"]

#: (id, kind, label, cues, strong)
GENERAL_CATEGORIES: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    # ---- impacts ----
    # the news itself and the sources' consensus facts with no effect word (``consensus.py``):
    # no cue words, a sentence comes here only as a fact most sources report
    ("event", "impact", "事件、决定与各方行动", (), ()),
    ("market", "impact", "股价与资本市场",
     ("股价", "股票", "市值", "收盘", "开盘", "概念股", "板块", "港股", "美股", "A股", "投资者", "指数",
      "涨幅", "跌幅", "券商", "研报", "二级市场", "目标价", "评级", "下跌", "走低", "下挫", "收跌", "个股", "股市",
      "大涨", "大跌", "暴跌",
      # (the market's own names and moves: "上证综指", "沪深两市", "低开3.1%", "逆市造好")
      "综指", "沪指", "恒指", "两市", "低开", "高开", "逆市"),
     # ("大涨", "大跌", "暴跌" of what? a cost, a room rate or a ticket price rises as much as a
     # share: cues of weight 1 here, a share price or a stock word settles it)
     ("股价", "涨停", "跌停", "概念股", "市值蒸发", "应声而落", "应声下跌",
      "单日下跌", "收跌", "下挫", "重挫",
      "应声上涨", "跌幅达", "涨幅达", "升幅达", "目标价", "买入评级", "下调评级", "上调评级")),
    ("funding", "impact", "融资与投资",
     ("融资", "募资", "估值", "投资", "领投", "跟投", "资本", "入局", "一级市场", "独角兽", "收购", "并购"),
     ("完成融资", "轮融资", "亿美元融资", "亿美金融资", "美金融资", "亿元融资", "估值达", "领投", "新一轮融资")),
    # ("新一轮" alone is a new round of anything: of controls, of talks, of price cuts)
    ("pricing", "impact", "价格与价格战",
     ("价格", "售价", "定价", "降价", "涨价", "提价", "调价", "让利", "优惠", "补贴", "折扣", "促销",
      "价位", "性价比", "内卷", "低价",
      # what a ride, a ticket or a service costs the user ("票价才8元", "车费只要四五元")
      "票价", "车费", "运价", "收费", "便宜", "实惠",
      # what a stay, a trip or a seat costs ("房价上涨2至3倍", "团费比去年贵了15%", "报价要到…")
      "房价", "报价", "门票", "机票", "团费", "贵了", "更贵"),
     ("价格战", "降价", "降价潮", "跟进降价", "被迫降价", "纷纷降价", "大幅降价", "下调售价", "下调价格", "价格下调",
      "官方降价", "让利", "内卷", "涨价", "提价", "限时优惠", "限时降价", "直降",
      "降价幅度", "优惠幅度")),
    ("demand", "impact", "需求、订单与销量",
     ("订单", "销量", "销售额", "市场需求", "消费需求", "需求旺盛", "需求疲软", "预订", "预定", "大定", "锁单",
      "交付量", "销量目标", "出货", "市场份额", "份额", "抢购", "火爆",
      "客流", "顾客", "营业额", "生意"),
     ("订单突破", "销量突破", "预订量", "大定", "锁单", "订单量", "交付量突破", "抢购一空", "订单流失", "销量下滑", "营业额下滑", "客流下降",
      "顾客减少", "市场份额")),
    ("business", "impact", "商业、客户与产业",
     ("商业化", "收入", "营收", "客户", "合作伙伴", "生态", "企业", "产业", "行业", "订单", "降本", "增效",
      "效率", "应用", "落地", "服务", "平台", "用户", "接入", "MaaS", "云", "扩建", "扩张", "计划",
      "供应商", "上下游", "配套", "产业链", "转移", "搬迁", "迁往", "停工", "停产", "减产", "放假", "滞销",
      "积压", "倒闭", "破产", "歇业", "营业额", "经营"),
     ("加入生态", "合作伙伴", "商业化", "降本增效", "颠覆", "重塑", "彻底改变", "搁置", "叫停", "产能转移",
      "上下游", "滞销", "积压", "停工", "减产", "倒闭", "破产", "歇业", "订单取消", "暂停营业", "轮流放假")),
    ("competition", "impact", "竞争格局与对手应对",
     # "第一" alone is also "第一时间" (at once) and a name ("第一核电站"): the ranks only
     ("竞争", "对手", "对标", "追赶", "领先", "第一名", "排名第一", "第一梯队", "第一家", "第一款", "第一个", "格局", "赛道", "抢跑", "首个", "首款", "巨头",
      "大厂", "跟进", "同行", "友商", "竞品", "应对", "迎战", "反击", "发力", "抢占", "争夺", "卡位"),
     # a rival's move into the same market ("三家近年来纷纷发力高端市场", "抢占市场", "形成直接挤压")
     ("竞争者", "竞争对手", "对标", "纷纷跟进", "被迫跟进", "随即跟进", "降价应对", "迎战", "打破垄断",
      "打破进口", "纷纷发力", "纷纷入局", "纷纷布局", "直接竞争", "直接挤压", "抢占市场", "争夺市场", "抢走")),
    # (a label any story's subject fits, a drug's, a plane's or a chatbot's; "视频" is a medium
    # anyone posts, no capability)
    ("capability", "impact", "能力、性能与用途",
     ("能力", "功能", "多模态", "生成", "理解", "推理", "场景", "演示", "回答", "创作", "续写", "写作",
      "翻译", "画图", "作画", "语音", "准确", "性能", "续航", "配置", "疗效"),
     ("展示了", "演示了", "能够", "准确回答")),
    ("jobs", "impact", "就业、裁员与劳资",
     ("职业", "岗位", "工种", "失业", "饭碗", "从业者", "人才", "技能", "员工", "裁员", "招聘", "工人",
      "职工", "补偿", "赔偿", "劳资", "罢工", "抗议", "讨薪", "工资", "薪酬", "关厂", "停产"),
     ("新职业", "新岗位", "被取代", "失业", "裁员", "被裁", "失去工作", "劳资纠纷", "讨薪", "关厂",
      "经济补偿")),
    ("policy", "impact", "政策、监管与审批",
     ("政策", "监管", "法规", "规定", "条例", "法律", "政府", "部门", "规则", "备案", "审批", "禁令",
      "委员会", "立法", "标准", "批准", "获批", "许可", "牌照", "征收", "医保", "实施", "措施", "管制"),
     ("出台", "发布了规定", "新规", "禁止", "立法", "获批", "批准上市", "纳入医保", "管制措施", "监管措施")),
    ("trade", "impact", "贸易、进出口与制裁",
     ("进口", "出口", "贸易", "外贸", "关税", "海关", "通关", "禁运", "制裁", "反制", "配额", "原产地",
      "检疫", "出口市场", "进口国", "贸易伙伴", "出口额", "进口额", "货物", "货源", "禁令"),
     ("暂停进口", "禁止进口", "进口禁令", "限制进口", "恢复进口", "禁止出口", "出口管制", "出口禁令",
      "加征关税", "征收关税", "反倾销", "制裁", "反制措施", "禁运", "暂停出口", "出口受阻", "出口下滑",
      "出口下降", "出口减少", "进口下降", "贸易摩擦", "贸易争端", "寻找新市场", "开拓新市场", "替代市场")),
    ("diplomacy", "impact", "外交与各国反应",
     # ("立场" alone is anyone's stance: "我支持老胡的立场")
     ("外交", "外交部", "外务省", "大使馆", "使馆", "领事", "发言人", "交涉", "召见", "谴责", "双边",
      "会谈", "会晤", "峰会", "首脑", "国际社会", "邻国", "联合国", "世界贸易组织", "WTO", "国际法",
      "照会", "外长", "总理", "首相", "总统", "两国"),
     ("严正交涉", "提出交涉", "召见", "强烈谴责", "强烈抗议", "外交抗议", "严重关切", "坚决反对",
      "提起申诉", "要求撤销", "撤销禁令", "要求撤回", "外交风波", "通报世界贸易组织", "向世界贸易组织",
      # (a government's protest in its own words: "反对将经贸问题政治化", "一贯反对")
      "政治化", "一贯反对")),
    ("public", "impact", "公众反应、抢购与抵制",
     ("抢购", "囤货", "囤积", "售罄", "断货", "脱销", "排队", "恐慌", "抵制", "集会", "游行", "示威", "请愿",
      "联署", "抗议", "市民", "民众", "消费者", "居民", "网民", "舆论", "舆情", "热议", "呼声"),
     ("抢购", "囤积", "囤货", "售罄", "一抢而空", "抢购一空", "脱销", "恐慌性", "抵制", "集会抗议",
      "示威游行", "游行示威", "上街", "请愿", "联署", "呼声高涨")),
    ("relief", "impact", "补贴、赔偿与救助",
     ("补贴", "补助", "基金", "救助", "援助", "扶持", "纾困", "赔偿", "补偿", "拨款", "资金", "专项",
      "减免", "贷款", "帮扶", "支援", "收购"),
     ("设立基金", "专项基金", "救助基金", "补贴", "补助", "纾困", "赔偿金", "补偿金",
      "拨款", "资金支持", "援助计划", "救济", "财政支持", "亿元基金", "亿日元基金", "亿美元基金")),
    ("monitoring", "impact", "检测、监测与评估",
     ("检测", "监测", "抽检", "检验", "取样", "采样", "样本", "浓度", "检出", "合格", "达标", "限值", "评估",
      "辐射", "放射性", "含量", "核查", "检查", "巡查", "核实"),
     ("检测结果", "监测结果", "抽检结果", "加强检测", "加强监测", "全部合格", "未检出", "低于检出",
      "低于标准", "低于限值", "符合标准", "符合国际标准", "安全评估", "评估报告", "逐批检测", "抽样检测",
      "远低于", "均低于", "全部低于", "没有出现异常", "未见异常")),
    ("outcome", "impact", "实际成效与数据变化",
     ("数据显示", "同比", "环比", "下降了", "减少了", "增加了", "上升了", "提高了", "缓解", "改善", "成效",
      "效果", "百分点"),
     ("明显缓解", "明显改善", "同比下降", "同比增长", "同比减少", "同比增加")),
    # ---- limits ----
    # a consensus fact that restricts or doubts what it reports (scope, size, chance, time)
    # (and an uncertainty of any story: "面临较大不确定性" is no scientific controversy; it comes
    # here as a sentence restricting or doubting what it reports, ``claims.candidates``)
    ("scope", "limit", "范围、条件与不确定性", (), ()),
    ("maturity", "limit", "尚不成熟、未开放或言过其实",
     ("尚未", "未能", "暂未", "未开放", "未上线", "内测", "邀请码", "内测码", "测试版", "预览版", "录播",
      "录制", "录屏", "仓促", "着急", "匆忙", "成熟", "落地", "开放", "实操", "现场", "炒作", "言过其实",
      "预期"),
     ("并非现场", "录播", "录制好的", "提前录", "录屏", "为时过早", "言之过早", "不成熟", "尚未开放",
      "未向公众开放", "暂时未能上线", "仓促", "操之过切", "不能说", "不完美", "没那么完美", "玩具")),
    ("supply", "limit", "产能、交付与供应",
     # (a wait for a car is "排队等车", "等车时间": "等车" alone is also a list of makers, "甲、乙等车企")
     ("产能", "交付", "排产", "排队等车", "等车时间", "等车周期", "提车", "发货", "等待周期", "交付周期", "供应链", "代工", "缺货",
      "断供", "短缺", "量产", "爬坡", "供应", "库存", "工厂", "生产线", "月产能", "年产能",
      # (what a line makes good: a low yield caps the output, "良率仅在五成左右")
      "良率", "良品率", "供给"),
     ("产能不足", "产能有限", "产能跟不上", "产能瓶颈", "产能受限", "供不应求", "交付周期", "等待周期",
      "提车周期", "提车时间", "等待时间", "交付压力", "产能爬坡", "需等待", "要等到", "排队", "产能紧张",
      "产能吃紧", "产能不够", "良率低", "良率偏低", "良率不高", "无法满足市场需求", "难以满足市场需求", "满足不了市场需求", "缺货", "断供", "交付延迟", "延迟交付",
      "推迟交付", "一机难求", "一车难求", "跳票")),
    ("profit", "limit", "亏损与盈利压力",
     ("亏损", "毛利", "毛利率", "盈利", "利润", "净利润", "烧钱", "现金流", "赔本", "赔钱", "亏本", "财报",
      "低于成本", "物料成本", "利润空间", "收入体量", "营收贡献", "收入贡献"),
     ("亏损", "亏本", "亏钱", "赔本", "赔钱", "烧钱", "低于成本", "毛利率下滑", "利润下滑", "净亏损", "不赚钱",
      "承压", "卖一台亏", "卖一辆亏", "负毛利", "毛利率为负")),
    ("safety", "limit", "安全、事故与召回",
     ("安全", "事故", "召回", "隐患", "故障", "起火", "自燃", "缺陷", "不良反应", "副作用", "伤亡", "感染",
      "投诉"),
     ("召回", "安全隐患", "安全事故", "起火", "自燃", "不良反应", "副作用")),
    ("legal", "limit", "诉讼、处罚与调查",
     ("起诉", "诉讼", "官司", "法院", "仲裁", "罚款", "罚单", "处罚", "判决", "索赔", "违规", "违法",
      "调查", "立案", "约谈", "反垄断", "法律依据", "开罚", "重罚",
      # a gap of the law itself, with a problem word ("立法滞后", "责任认定尚无规定")
      "法律", "法规", "立法", "责任认定", "定责", "追责",
      # a gap of the controls themselves ("管制的漏洞", "监管空白")
      "管制", "监管漏洞", "监管空白"),
     ("起诉", "提起诉讼", "罚款", "被罚", "处罚", "立案调查", "反垄断调查", "约谈", "判决", "开罚", "重罚")),
    ("health", "limit", "健康与环境风险",
     ("健康", "环境", "生态", "海洋", "污染", "辐射", "放射性", "致癌", "毒性", "残留", "食品安全",
      "饮用水", "超标", "有害", "核素", "病例", "疫情", "死亡"),
     # "污染" alone settles nothing: it is also in names ("核污染水", "污染防治法")
     ("健康风险", "环境风险", "生态风险", "造成污染", "受到污染", "污染物", "污染环境", "环境污染", "海洋污染",
      "超标", "未达标", "致癌", "有害物质", "放射性物质",
      "危害健康", "生物富集", "食品安全风险")),
    ("science", "limit", "科学争议与不确定性",
     # ("长期", "争议", "评估", "数据" are words of any story: a long-term bet, a row, a doctor's
     # assessment, a company's figures)
     ("科学", "科学家", "学者", "研究", "证据", "样本", "结论", "独立", "第三方", "透明",
      "验证", "方法", "尚不清楚"),
     # (a caveat word, "不等于", "不代表", is a limit signal of any story, no word of science)
     # (uncertainty and long-term effects of any kind are not science's: a scientist, a study or
     # evidence is what makes a doubt scientific)
     ("缺乏证据", "存在争议", "存在分歧", "科学界",
      "有待研究", "研究不足", "还不够充分", "未经独立", "独立核实", "独立取样", "独立检测",
      "第三方检测", "不基于科学", "缺乏科学依据", "缺乏科学")),
    ("trust", "limit", "信任、谣言与信息透明",
     ("谣言", "传言", "信任", "公信力", "透明", "隐瞒", "误导", "辟谣", "澄清", "信息", "恐慌", "理性"),
     # refuting a rumour ("发文辟谣") is no limit of anything: "辟谣" is a cue only
     ("谣言", "不信谣", "不传谣", "不信任", "信任危机", "公信力", "隐瞒", "误导", "不透明",
      "缺乏透明度", "理性消费", "理性购买", "无需恐慌", "不必恐慌", "没有必要")),
    ("dependence", "limit", "依赖与替代难题",
     # ("单一" alone is any "single": "与单一企业清盘关系不大")
     ("依赖", "依存", "单一市场", "单一客户", "单一来源", "多元化"),
     ("过度依赖", "高度依赖", "依赖度", "难以替代", "无法替代", "找不到替代", "难以找到替代", "很难找到替代",
      "难以消化", "消化能力有限", "比不上")),
    ("reception", "limit", "批评、不满与口碑受挫",
     ("股价", "市值", "口碑", "失望", "群嘲", "舆论", "公关", "预期", "嘲讽", "吐槽", "不满", "抱怨",
      "批评", "反对", "不公平", "争议", "暴跌", "下跌", "大跌", "应声而落", "应声下跌", "市值蒸发"),
     # a share price falling is a setback only when it is the topic's own (``claims.classify``):
     # the fall words are cues here, not settling words; anyone else's fall is a market effect
     ("群嘲", "口碑走低", "公关危机", "失望是肯定的", "令人失望", "强烈不满", "不公平")),
    ("quality", "limit", "能力与质量差距",
     ("差距", "不如", "弱于", "稍弱", "逊色", "错误", "错标", "不准确", "偏差", "不够", "不足", "缺陷",
      "漏洞", "失误", "卡壳", "胡言乱语", "前后矛盾", "事实", "劣势", "短板", "吃瘪", "不好", "质疑"),
     ("差距", "事实性错误", "事实偏差", "不够好", "不够多", "劣势", "前后矛盾", "稍弱于", "尚存差距",
      "没有理解", "并没有准确",
      # (a device's faults in use: "机身发热明显、耗电较快")
      "机身发热", "机身发烫", "耗电较快", "耗电快", "耗电严重", "续航缩水")),
    ("censorship", "limit", "审查、管制与合规",
     # ("限制", "禁止" bound anything: a drug's use in children, a ban of any policy)
     ("审查", "敏感", "中止", "政治", "实名", "身份证", "合规", "言论管制", "内容管制", "封禁", "屏蔽",
      "言论", "换个话题", "被中止"),
     ("审查", "自我审查", "中止对话", "中止了对话", "实名认证", "换个话题", "敏感议题")),
    ("privacy", "limit", "隐私与数据安全",
     ("隐私", "个人信息", "数据泄露", "泄漏", "泄露", "数据安全", "安全", "追踪", "被遗忘权", "保留"),
     ("隐私", "数据泄露", "个人信息", "被遗忘权")),
    ("authenticity", "limit", "版权、抄袭与真实性",
     ("版权", "侵权", "抄袭", "套壳", "造假", "伪造", "虚假", "假冒", "冒充", "深度伪造", "自研", "真实性",
      "开源", "疑似", "涉嫌"),
     ("套壳", "造假", "侵权", "抄袭", "深度伪造", "虚假信息")),
    ("cost", "limit", "成本、负担与资源",
     ("成本", "费用", "价格", "算力", "能耗", "芯片", "显卡", "电力", "昂贵", "高昂", "负担", "承受",
      "过高", "太贵", "代价"),
     ("成本较高", "成本高", "成本高昂", "算力不足", "芯片短缺", "负担", "难以承受", "承受能力", "定价过高",
      "价格过高", "费用过高", "代价高昂", "代价巨大", "付出代价")),
    # (any story's data: a model's training data, a survey's sample, a registry's records; "数据来源"
    # alone is a report's note on its sources, no problem of anything: a cue that needs a signal)
    ("data", "limit", "数据、样本与来源",
     ("训练数据", "数据集", "语料", "数据量", "数据来源", "标注", "数据库", "样本量", "统计口径"),
     ("训练数据", "语料", "数据缺失", "数据不足", "样本量小", "样本太小")),
)

#: General kind signals, added to the editor's: words that make a sentence state an effect or a
#: problem, whatever the topic.
GENERAL_SIGNALS = {
    "impact": ("影响", "颠覆", "冲击", "改变", "推动", "带动", "受益", "利好", "机遇", "机会", "上涨",
               "下跌", "暴跌", "大涨", "涨停", "应声", "融资", "估值", "增长", "提升", "提高", "降低",
               "加入", "合作", "展示", "演示", "能够", "突破", "领先", "第一", "首个", "取代",
               "替代", "发布", "推出", "开启", "出台", "规定", "要求", "缩水", "蒸发", "搁置", "叫停",
               "暂停", "放弃", "取消",
               # effects any story reports: a cause and what it forces, a rise or a fall
               "加剧", "引发", "导致", "迫使", "倒逼", "挤压", "跟进", "应对", "下调", "上调", "降价",
               "涨价", "下降", "减少", "增加", "上升", "缓解", "改善", "获批", "批准", "转移", "裁员",
               "关闭", "打破", "愈演愈烈", "打响", "白热化", "预计",
               # what a policy, a diplomatic row or a public scare does
               "禁止", "宣布", "实施", "启动", "设立", "恢复", "维持", "扩大", "收紧", "放宽", "撤销",
               "抗议", "集会", "抢购", "售罄", "抵制", "补贴", "赔偿", "援助", "拨款", "停工", "停产",
               "滞销", "积压", "受挫", "重创", "打击", "波及", "反制", "制裁", "谴责", "交涉", "呼吁",
               "首当其冲", "回落", "走低", "降幅", "跌幅", "涨幅", "受损", "损失", "受影响", "受冲击",
               # change of any field
               "变革", "加速", "赋能", "简化", "渗透", "爆发", "看好", "变现", "趋势",
               # a benefit or a burden passed on, in any story ("人才红利", "成本转嫁给消费者")
               "红利", "转嫁", "发挥作用",
               # a catalyst for others ("对整个赛道是实打实的催化")
               "催化"),
    "limit": ("不足", "不够", "局限", "挑战", "风险", "难题", "缺乏", "不完美", "尚未", "未能", "无法",
              "不能", "差距", "短板", "担忧", "质疑", "争议", "问题", "错误", "偏差", "弱于", "不如",
              "并非", "而是", "录播", "录制", "仓促", "审查", "中止", "限制", "失望", "群嘲", "嫌疑",
              "造假", "套壳", "泄露", "泄漏", "隐私", "为时过早", "言之过早", "劣势", "疑似", "涉嫌",
              # problems any business or policy story reports
              "亏损", "亏本", "亏钱", "赔本", "烧钱", "低于成本", "承压", "跟不上", "短缺", "缺货", "供不应求",
              "延迟", "推迟", "召回", "隐患", "故障", "不良反应", "副作用", "起诉", "诉讼",
              "罚款", "处罚", "投诉", "不满", "抱怨", "反对", "负担", "过高", "不公平", "下滑",
              "流失", "有限",
              # caveats of science, health and policy stories
              "担心", "忧虑", "疑虑", "不确定", "不透明", "谣言", "超标", "未达标", "污染", "危害", "有害",
              "难以", "很难", "比不上", "依赖", "不等于", "不代表", "分歧", "隐瞒", "误导", "恐慌", "不充分",
              "仍未", "未达到", "不现实", "付诸东流", "欠缺", "太低", "过低", "遗憾",
              # limits of any product or plan
              "门槛", "远未", "违背", "掣肘", "矛盾", "高昂", "存疑", "谨防", "不成熟", "做不到", "不符合",
              "漏洞", "侵权", "天花板",
              # a burden on someone ("对学生族群并不友善")
              "不友善", "不友好",
              # a gap of rules or knowledge, a goal out of reach ("尚无专门法律", "立法滞后于技术",
              # "责任划分仍不明确", "距离盈利尚远")
              "尚无", "滞后", "不明确", "不清晰", "尚远",
              # a constraint on growth ("出货或受晶片供应制约", "扩产的难度将进一步增加")
              "制约", "难度"),
}


#: Words that deny or defer an effect ("说颠覆还为时过早"): a sentence using them about an effect
#: states a limit, not the effect.
DENIALS = ("为时过早", "言之过早", "为时尚早", "不认同", "不足以", "不能完全", "难言", "言过其实", "夸大",
           "并不像", "不会产生", "短期内不会", "并非如此", "未必", "还太早", "为时太早",
           # an effect denied outright ("经营不受影响", "不会影响物业服务", "对银行影响不大")
           "不受影响", "不会影响", "不影响", "影响不大", "冲击不大", "冲击有限", "影响有限")
