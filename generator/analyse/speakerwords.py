"""The words around a holder phrase: the job titles that introduce a person's name, and the
circumstance words before a reporting verb that are no part of who speaks (when, where, to whom,
how: "早前", "在与投资者交流时", "向内地传媒"). A split of ``speakerholder`` (its vocabulary, by
concept), which re-exports them."""

from __future__ import annotations

import re

__all__ = ["ROLE_TITLES", "_TRIM_TAIL", "_TRIM_HEAD", "_trim_tail"]


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
    # professional ranks: "主任医师王某" is a doctor of that rank, never a 主任 called 医师王某
    "主任医师", "副主任医师", "主治医师", "住院医师", "医师", "药师", "营养师", "护士长", "副教授", "讲师",
    "高级工程师", "老板",
    # a listed company's secretary of the board, a legislator (立法委员)
    "董事会秘书", "董秘", "立委", "馆长",
    # the corporate ranks of Taiwan and Hong Kong firms ("业务处协理", "经理部襄理")
    "协理", "襄理",
)


_TRIM_TAIL = re.compile(
    r"(?:在(?:回应|接受)[^，。]{0,16}?时|向《[^》]{1,12}》记者|告诉《[^》]{1,12}》记者|对《[^》]{1,12}》记者|"
    r"向记者|对记者|(?:对|向|告诉)(?:本报|本刊|本台|本网)记者|"
    # a news outlet told ("对路透社表示", "向美联社透露", "对《纽约时报》记者称"): the recipient, not the holder
    r"(?:对|向|告诉)[\u4e00-\u9fff]{1,8}?(?:通讯社|社|电视台|电台|日报|时报|晚报|邮报|周刊|杂志)(?:记者)?|(?:对|向)(?:媒体|外界|传媒)|(?:对|向)[\u4e00-\u9fff]{1,4}?(?:媒体|传媒)|(?:发布会|记者会|新闻会|会议|论坛|大会)上|(?:在)?受访时|以[^，。]{1,10}?为例|在[^，。]{1,12}?(?:号|网|站|平台|媒体|博)|坚持|接受[^，。]{0,12}?(?:采访|调研|问询|访问|专访)时|在(?!线)[^，。]{0,16}?(?:中|上|时|后|前|期间)|从[^，。]{0,10}?角度|研报|在互动平台|"
    r"(?:对|向|告诉|跟)(?:我们|我|本报|本刊|本台|本网站|本网|本站|本号|本平台|本频道|本社|笔者)(?:记者)?|自己|本身|(?:发布|发表|发出|公布)(?:的)?[^，。]{0,8}?(?:声明|公告|通告|通报|报告|研报|文章|消息)|的(?:报告|研报|声明|公告)|(?:发布|发表|发出|公布)|"
    r"通过[^，。]{0,10}|(?<!\d)\d{1,2}[日月]|"
    # a time of day after a day ("上周五晚", "12日下午", "昨天晚上"), and the "于" before a time ("于上周五晚")
    r"(?:(?<!\d)\d{1,2}日|[上本下]周[一二三四五六日末]|(?<![上本下])周[一二三四五六日末]|今天|昨天|当天|昨日|今日)"
    r"(?:早上|上午|中午|下午|晚上|晚间|凌晨|晚|早)|[上本下]周[一二三四五六日末]|"
    r"(?<![关对由在至等属基鉴])于|(?<!\d)\d{4}年|今年|去年|本月|上月|本周|上周|下周|近期|当天|当日|当晚|同日|今天|今日|昨天|昨日|昨晚|日前|早前|先前|稍早|早间|午间|晚间|(?<![上本下])周[一二三四五六日]|随后|"
    r"同样|同时|也|亦|又|并|则|却|还|就|仍然|仍|依然|依旧|私下|私底下|当面|早已|早就|早|举例|都|均|曾|次日|翌日|其后|事后|随即|已经|已|一直|始终|长期|在现场|现场|本人|近日|此前|就此|对此|据此|为此|因此|由此|更|再次|一再|多次|明确|公开|如此|这样|开场时|发言时|演讲时|"
    r"在|回应|回复|答复|(?<=[》社台网报刊志日])(?:的)?(?:报道|文章|社论|评论文章))")


_TRIM_HEAD = re.compile(r"^(?:据|对此|此前|此后|随后|目前|当前|此外|同时|另外|其中|而|但|不过|然而|比如|例如|另有|与此同时|另一方面)+[，,]?")


#: Where a holder spoke, as one scene ("在立法院受访时", "在与投资者交流时"): read whole, before the
#: shortest-first trimming would take only its end ("受访时") and leave the place ("在立法院") as a holder.
_SCENE_TAIL = re.compile(r"在[^，。在]{1,14}?(?:受访|采访|发言|讲话|致辞|演讲|交流|座谈|答问|回答提问|提问)时$|"
                         # an occasion, read whole ("在例行记者会上", "在北京车展开幕前夕"): never "在例行" as a name
                         r"在[^，。在]{1,16}?(?:记者会|发布会|吹风会|通气会|座谈会|说明会|新闻会|会议|大会|峰会|论坛|"
                         r"听证会|活动|仪式|典礼|节目|直播|开幕|闭幕)(?:上|中|时|后|前|前夕|期间|之际)?$|在[^，。在]{1,16}?(?:前夕|之际|期间)$")


def _trim_tail(holder: str) -> str:
    """Strip trailing circumstance words (向记者, 在…时, 同样 …), shortest match first, repeatedly."""
    changed = True
    while changed and holder:
        changed = False
        scene = _SCENE_TAIL.search(holder)  # (again once a verb is off: "…在例行记者会上回应")
        if scene and scene.start() >= 2:
            holder = holder[:scene.start()]
        for i in range(len(holder) - 1, 0, -1):
            if _TRIM_TAIL.fullmatch(holder, i):
                holder, changed = holder[:i], True
                break
    return holder
