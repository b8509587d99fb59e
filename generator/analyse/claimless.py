"""Sentences that state no claim whatever words they use (``not_a_claim``): a list item whose
subject is in the lead-in, the author's own plan, the article's description of its own reporting,
a reporting frame whose content follows, a caption's credit line, a bare list of items, a sentence
with no signal of either kind in its claim, two texts fused mid-sentence (a dateline inside it), a
report's boilerplate (rating definitions, disclaimers), a host handing the floor or introducing guests, a
list of who attends, a stance or an answer reported without its content, a definition of what the subject is. A split of ``claims``, which re-exports ``not_a_claim``
(asked by candidates, consensus and contentions)."""

from __future__ import annotations

import re
from functools import lru_cache

from .claimshape import bare_list as _bare_list, no_claim
from .general import GENERAL_SIGNALS


#: A list item whose subject is in the list's lead-in ("一是…", "二是…", "其三，…").
_ENUMERATION = re.compile(r"^[“「]?(?:[一二三四五六七八九十]是[^，。]|(?:其|第)[一二三四五六七八九十][，,、])")


#: The author's own plan or method ("获得测试机会后，我们会第一时间体验…", "通过这场发布会，我们可以
#:学习…的工作原理"): first person, an intention, an activity of the author's.
_OWN_PLAN = re.compile(r"(?:^|，)(?:我们|笔者|小编)(?:会|可以|将|也将|也会|还会|会在)[^，。]{0,12}"
                       r"(?:体验|学习|了解|带来|关注|期待|分晓|测试|跟进)")


#: The article describing its own reporting ("《X报》记者深入一线，与…对话，揭示…，描摹…蓝图"):
#: the reporter is the subject of a reporting verb and the sentence announces what the article does.
_METHOD = re.compile(r"(?:记者|笔者|本报|本文|小编)[^，。]{0,10}(?:深入|走访|探访|采访|对话|调查)[^。]{0,60}?"
                     r"(?:揭示|描摹|探讨|解读|探寻|一探究竟|还原)")


#: The piece announcing what it does or is about to say ("本期我们回顾事件脉络，评估…", "本文将梳理…",
#: "说几个数据，再谈“能不能复制”。", "另外我想提醒一个被忽视的风险：价格。"): a signpost; the claims follow it.
_SIGNPOST = re.compile(r"^(?:本期|本文|本报告|本周报|本篇|这期|这篇|今天)(?:我们|笔者|小编)?(?:将|会|先)?(?:回顾|梳理|盘点|评估|分析|介绍|探讨|解读|聊聊|谈谈)|"
                       r"^(?:另外|此外|最后|首先|先|再)?[，,]?(?:我|笔者)?(?:想|来|先|再)?(?:说|谈|聊|讲|提醒|补充)(?:几|两|一下|一点|一个|说|谈|聊)"
                       r"[^。！？；，,]{0,16}(?:[，,](?:再|然后|最后)(?:说|谈|聊|讲)[^。！？；]{0,16}|[：:][^，。！？；,:：]{1,8})?[。！]?$")


#: A frame with nothing after it ("任泽平在《…》一文中分析指出："): the claim is in the next sentence.
_FRAME_ONLY = re.compile(r"(?:指出|表示|认为|称|说|写道|提到|介绍|分析)[：:，,]?[”」]?$")


#: A table's or a chart's credit line ("资料来源：公司公告，Wind"): a caption, not a claim.
_CREDIT = re.compile(r"(?:资料|数据|图片|图表)?来源[：:]")
#: A picture's caption or credit opening its paragraph ("图／某某提供　…", "圖：…", "摄影／…"): what a photo
#: shows, not a claim of the article nor a point of its digest.
PICTURE = re.compile(r"^\s*(?:图|圖|图片|圖片|照片|资料图|資料圖|摄影|攝影|供图|供圖)\s*[／/：:|｜]")
_ASKED = r"(?:提问|发问|追问|(?<![顾学访询审疑慰])问)\s*[：:]"
#: A question under its label ("投资者提问：", "网友提问：", "读者问：", "记者追问：", a bare "问："): what is asked,
#: which the answer after it may settle; never what a page argues (the digest's rule).
ASKER_LABEL = re.compile(rf"^\s*[^，。；：:！？\s]{{0,6}}?{_ASKED}")
#: ... under a label naming who asks ("投资者提问：…", "网友问：…"): no claim. An interview's bare "问：" may frame
#: a known criticism for the guest to answer, so it stays a candidate.
_NAMED_ASKER = re.compile(rf"^\s*[^，。；：:！？\s]{{2,6}}?{_ASKED}")
#: A note, not a claim: a footnote under its mark ("[1]订单量包含…", "［注2］…"), a note or a method's label
#: ("注：…", "数据说明：…", "样本说明：…"), a report's account of its own data ("本报告数据来源于…").
_NOTE = re.compile(r"^(?:[\[［【](?:注)?\d{1,3}[\]］】]|(?:注|注释|备注|说明|数据说明|样本说明|方法说明|研究方法|统计口径)\d{0,2}[：:]|"
                   r"(?:本报告|本文|本研究|本调查|本次调查|以上|上述)(?:的|中的|所用)?数据(?:均)?(?:来源|来自|取自|源自))")


#: Two texts fused by OCR or a bad paste: a dateline in the middle of a sentence ("…梳理，本报讯（记者章蕾）C919的…",
#: "…据悉新华社北京5月28日电…"): what follows is another article's opening.
_FUSED_DATELINE = re.compile(r"(?<=[^\s。！？])\s*(本报讯|本刊讯|本台讯|[\u4e00-\u9fff]{2,4}社[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电)")
#: What cites a dateline as a source ("据新华社北京5月28日电", "援引…"): no fusion.
_CITES = ("据", "援引", "引述", "引自", "来自", "转自")


def _fused(text: str) -> bool:
    return any(not any(c in text[max(0, m.start(1) - 2):m.start(1) + 3] for c in _CITES)
               for m in _FUSED_DATELINE.finditer(text))
#: A report's boilerplate heading in two languages or its disclaimers ("评级说明RATING DEFINITIONS", "免责声明
#: DISCLAIMER", "分析师声明"): the page's furniture, not a claim.
_BOILERPLATE = re.compile(r"[A-Z]{4,}(?:[ \u3000][A-Z]{3,})+|评级说明|免责声明|免责条款|分析师声明|特别声明|重要声明|"
                          r"(?:买入|增持|推荐|中性|减持)——预期")
#: A house's pick of securities with their target prices ("投资建议：重点推荐X（目标价32.5元）、Y（目标价68元）"): a
#: rating, not a claim on the story (the note's reasons are in its other sentences).
_STOCK_PICK = re.compile(r"^(?:投资建议[：:])?(?:我们)?(?:重点|建议)?(?:推荐|关注|买入|增持)[^。；]{0,40}?[（(]目标价[^）)]{1,12}[）)]")


#: A host handing the floor or introducing the guests ("今天我们邀请到…，请他们介绍…", "下面请X介绍情况",
#: "谢谢主持人", "欢迎参加…发布会"): the programme's running order, not a claim.
_HOSTING = re.compile(r"(?:邀请到了?|(?:我们|我哋|今天|今日|本期|本节目)请到了?)[^。！？]{0,160}?(?:介绍|回答|解读|发言|分享)|"
                      # … or counting the guests it has ("今天我们现场邀请到三位来宾，…", "本期节目请到了两位嘉宾：…")
                      r"(?:今天|今日|今晚|本期|本集|本节目|节目|我们|现场|演播室)[^，。！？]{0,6}?(?:邀请到了?|请到了?|邀请了|迎来了?)"
                      r"(?:[一二两三四五六七八九十几\d]+位|多位)?(?:来宾|嘉宾|贵宾|客人|专家学者|特邀嘉宾|"
                      r"重量级嘉宾|来自)|^(?:下面|接下来|现在)(?:请|有请|由)[^。！？]{0,40}?"
                      r"(?:介绍|回答|发言|提问|解读)|^(?:谢谢|感谢)(?:主持人|大家|各位|您的提问)|^欢迎(?:各位|大家)?(?:参加|收看|收听|来到)")


#: A piece's note on its own conventions ("需要说明的是，关于…有两种说法，我们以…的时间为准", "本文数据以国家统计局
#: 发布为准", "下文统一采用…口径"): which source or measure it follows, a method, not a claim on the topic.
_CONVENTION = re.compile(r"(?:我们|本文|本报告|本报|本刊|本节目|下文|文中|报告中|本研究|笔者)[^，。；]{0,8}?(?:统一|均|一律)?(?:以|按照?|采用)[^。；！？]{1,40}?"
                         r"(?:为准|为依据|口径)|^(?:需要|特此|在此|这里)?(?:说明|声明|注明)(?:一下)?的是[，,][^。]{0,80}?(?:为准|口径)")


#: Who attends ("出席今天发布会的有：…", "与会嘉宾包括：…"): a list of people, not a claim.
_ATTENDEES = re.compile(r"(?:出席|参加|参与|列席)[^，。：:]{0,14}的(?:有|嘉宾有|人员有|领导有)[：:，,]?|(?:出席|与会|参会|列席)(?:人员|嘉宾|领导|代表)"
                        r"(?:有|包括|名单)?[：:]")
#: A stance or an answer reported without its content ("X不认同这种区分。", "…，对家长关心的问题作出回应。"):
#: what is held or answered is in another sentence.
_CONTENTLESS = re.compile(r"(?:不?认同|不?同意|不?赞同|反对|质疑|否认|支持)(?:这种|这一|这个|此种|此|该|上述)(?:区分|说法|观点|看法|做法|"
                          r"判断|解释|定性|结论|提法|分析)[。！]?$|(?:作出|做出|进行了?|给予)(?:了)?(?:回应|答复|说明|解释|解读)[。！]?$")


#: A sentence pointing at a table or a chart ("抽样调查（见下表）也说明了问题", "如图所示", "详见附表2"): the
#: claim is in the table; the sentence states one itself only when it gives a figure of its own.
_POINTER = re.compile(r"(?:见|如|详见|参见|参看)(?:下|上|附|后|前)?(?:表|图)(?:\s*[0-9一二三四五六七八九十]{1,2})?(?:所示|中|内)?(?=[）)，。；、\s]|$)|"
                      r"(?:下|附|以下)(?:表|图)(?:所示|显示|列出)")
#: A chat group's or a forum's housekeeping line under its label ("【群公告】本群禁止发广告", "【置顶】版规",
#: "【系统消息】X加入群聊"): the page's furniture, not a claim.
_HOUSEKEEPING = re.compile(r"^[【\[](?:群公告|公告|置顶|版规|群规|系统消息|系统提示|管理员提示|温馨提示)[】\]]")


#: A legal or administrative document's procedure, not a claim: how and by when to appeal or seek review
#: ("如不服本判决，可以在…十五日内…上诉", "如不服本决定，可在…六十日内申请行政复议", "当事人对本裁决不服的，可以…"),
#: who bears the case's fees ("案件受理费9000元，由原告负担…", "仲裁费由申请人承担"), the statutory interest on late
#: payment ("如果未按本判决指定的期间履行给付金钱义务，应当…加倍支付迟延履行期间的债务利息"), what the case does not
#: decide ("…不属于本案审理范围"); and a party's request
#: to the tribunal read without its party ("2.判令被告赔偿…", "请求驳回原告的诉讼请求…"): who asks is in the lead-in.
_PROCEDURE = re.compile(
    r"^(?:如|若|当事人)?(?:对本?(?:判决|裁定|决定|裁决|复议决定)不服|不服本(?:判决|裁定|决定|裁决))[^。]{0,80}?(?:上诉|复议|起诉|诉讼|申诉)|"
    r"^(?:本案|案件)?(?:案件)?(?:受理费|诉讼费用?|仲裁费用?|申请费|保全费|鉴定费)[^。；]{0,40}?由[^。；]{1,30}?(?:负担|承担|交纳)|"
    r"加倍支付迟延履行期间的债务利息|"
    # what the case does not decide ("…引发的退款纠纷，不属于本案审理范围，当事人可另行主张"): the case's bounds
    r"不属于本案(?:的)?(?:审理|审查|处理|裁决)范围|"
    r"^(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}[、.．])?\s*(?:请求(?:法院|本院|贵院|仲裁庭|仲裁委)?)?(?:判令|裁决|责令)(?:被告|被申请人|原告|申请人|对方|第三人)|"
    r"^(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}[、.．])?\s*请求(?:法院|本院|贵院|仲裁庭)?(?:依法)?(?:驳回|撤销|改判|酌情)|"
    # a party's numbered requests in one sentence ("原告…向本院提出诉讼请求：1.判令…；2.判令…"): a statement
    # cut from it loses whose request it is
    r"(?:诉讼|仲裁|复议|申请|上诉)请求(?:如下)?[：:]\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}[、.．]|[（(]\d{1,2}[）)])")
#: An item saying itself that it is about a namesake, not the topic ("…发布悟空系列重卡，与同名游戏无关",
#: "此'长城'非彼长城", "与同名电影并无关系"): a page's aside, never a point on the topic.
_NAMESAKE = re.compile(r"与同名[^，。；]{0,10}?(?:无关|并无关系|没有关系|无任何关系|不是一回事)|此[^，。；]{1,8}非彼(?!此)")
#: A share or a multiple written as a word ("四成", "两倍"): a figure of the sentence's own.
_SHARE = re.compile(r"[一二两三四五六七八九十半几0-9]{1,3}(?:成|倍)")
_OWN_CLAUSE = re.compile(r"(?:^|[，,；])[^，,；。]{0,4}$")


def _points_away(text: str) -> bool:
    """A pointer at a table or chart inside a sentence with no figure of its own: nothing a reader
    can use. A pointer that is a clause of its own ("如图所示，客流量明显回升") leaves the rest to
    be judged as any sentence."""
    m = _POINTER.search(text)
    if not m:
        return False
    before, after = text[:m.start()], text[m.end():]
    if _OWN_CLAUSE.search(before) and re.match(r"^[^，,；。]{0,2}[，,；]", after):
        return False
    from .figurekeys import figure_keys
    rest = _POINTER.sub("", text)
    return not (figure_keys(rest) or _SHARE.search(rest))


#: A definition of the subject, whole ("Sora 是 OpenAI 发布的人工智能文生视频大模型。"): what the thing
#: is, background for a reader, neither an effect nor a problem nor the news of a day.
_DEFINES = re.compile(r"^[^，。；：“”]{1,20}是(?:由)?[^，。；“”]{1,24}(?:发布|推出|开发|研发|打造)的[^，。；“”]{0,24}"
                      r"(?:模型|产品|工具|平台|应用|软件|系统|服务|技术)[。！]?$")


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence: asked by candidates, consensus and contentions
def not_a_claim(simple: str) -> bool:
    """Sentences that state no claim whatever words they use: a list item whose subject is in
    the lead-in, the author's own plan, the article's description of its own reporting, a
    reporting frame whose content follows, a caption's credit line, a bare list of items."""
    text = simple.strip()
    # a turn label ("孟某：“…", "【主持人 王某】") is not the words
    body = re.sub(r"^(?:【[^】]{1,30}】|[^，。：:“”「」]{2,30}[：:])\s*[“「]?", "", text)
    return bool(_fused(text) or _PROCEDURE.search(text) or _NAMESAKE.search(text) or _HOUSEKEEPING.match(text) or _HOUSEKEEPING.match(body) or _points_away(text) or _HOSTING.search(body) or _HOSTING.search(text) or _CONVENTION.search(body) or _ATTENDEES.search(text) or _CONTENTLESS.search(body)
                or _BOILERPLATE.search(text) or _STOCK_PICK.match(text) or _ENUMERATION.match(text) or _SIGNPOST.search(body) or _SIGNPOST.search(text) or _OWN_PLAN.search(text) or _METHOD.search(text)
                or _FRAME_ONLY.search(text.rstrip("。")) or _CREDIT.search(text) or _NOTE.match(text) or _bare_list(text)
                or PICTURE.match(text) or _NAMED_ASKER.match(text) or _DEFINES.match(text)
                or no_claim(text, _ALL_SIGNALS))


_ALL_SIGNALS = GENERAL_SIGNALS["impact"] + GENERAL_SIGNALS["limit"]
