"""The forms dates are written in, as patterns: a day, month or year written out (``2024年2月16日``,
``2024.2.16``, ``民国113年``, ``上世纪50年代``), relative to when the words were written (``今天``,
``上周四``, ``去年``, ``三个月以后``, ``近日``), to another date of the text (``当晚``, ``次日``) or to
a festival (``春节期间``), and the words around a date that say what it is not (a dateline, a
figure of speech, a deadline, a guess). Data only (split from ``datefind.py``, which resolves them)."""

from __future__ import annotations

import re

#: What makes 中 after a month open a word, not mean mid-month ("4月中国新能源车…", "3月中方表示").
_NOT_MID = "[国方央共心小资欧美日韩东部西产型等期信金石铁航兴华医药文超长介标断止学级外南北海亚非联科建保环核银青老高低]"

_YMD = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?<![\d.])(?P<m>1[0-2]|0?[1-9])\s*月\s*"
    r"(?:(?P<d>[12]\d|3[01]|0?[1-9])\s*[日号]|(?P<part>上旬|中旬|下旬|初|底|末|中(?!" + _NOT_MID + r")|份)?)")
#: (a model's number may run into a chronology's next date once a box's line breaks are gone: "首度公开SU7|2024.03.28")
_DOTTED = re.compile(r"(?:(?<![\d.])|(?<=[A-Za-z]\d)(?=(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}[\u3000\s]))(?P<y>(?:19|20)\d{2})[.\-/](?P<m>1[0-2]|0?[1-9])[.\-/](?P<d>[12]\d|3[01]|0?[1-9])(?![\d.])")
_YEAR = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|代)(?P<ypart>初|底|末|前|中|上半年|下半年)?")
#: A decade: "上世纪50年代", "20世纪80年代", "1990年代", "90年代" (a bare "N0年代" is the last
#: century's from 30 on, this one's below).
_DECADE = re.compile(r"(?:(?P<cent>上|19|20|二十)\s*世纪\s*|(?<![\d.])(?P<c2>19|20)|(?<![\d.]))"
                     r"(?P<dd>[0-9]0)\s*年代")
#: A fixed-date holiday of a written year ("2025年元旦起", "2024年国庆"): that day.
_YEAR_HOLIDAY = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*年\s*(?P<h>元旦|国庆节?|劳动节|五一|圣诞节?|情人节|春节|除夕|中秋节?)")
#: A year of the Republic of China calendar, as Taiwan writes dates: "民国113年9月13日",
#: "113年9月13日" (three digits and a month: no other calendar writes that), "民國38年".
_ROC = re.compile(r"(?:(?P<era>民国)\s*(?P<ey>\d{1,3})|(?<![\d.])(?P<ry>1[0-4]\d)(?=\s*年\s*(?:1[0-2]|0?[1-9])\s*月))\s*年"
                  r"(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[日号])?)?")
#: An adverb between a year and its verb ("2019年就发布了…").
_YEAR_ADVERB = re.compile(r"(?:就|已|已经|才|便|曾|曾经|又|也|首次|正式|开始)?")
#: (Cantonese yesterday and tomorrow: 琴日/寻日, 听日; not "听日本人说", "寻日本…")
_RELDAY = re.compile(r"(?P<rel>今天|今日|昨天|昨日|前一天|前一日|大前天|大后天|前天|明天|明日|(?<![前今以之然最])后天|琴日|(?:寻|听)日(?![本语文剧媒方式韩元])|"
                     r"(?:昨|今|明)(?:早|晨|晚|夜)(?!餐|饭|报|年|期|稻)"
                     # "沈立明早前表示": 早前 (earlier) after a name ending in 明, no "明早"
                     r"(?<![\u4e00-\u9fff]明早(?=[前上]))(?<![\u4e00-\u9fff]今早(?=前)))")
_DAY_PARTS = {a + b for a in "昨今明" for b in "早晨晚夜"}
#: Cantonese writes this week 呢个礼拜 ("呢個禮拜"), some speakers 今个星期; a weekday's numeral
#: followed by 号, 楼, 栋… numbers a thing ("上个礼拜三号楼停水": last week, building three).
_WEEK = re.compile(r"(?P<wk>上|本|这|下|呢|今)(?:个)?(?:周|星期|礼拜)"
                   r"(?P<wd>[一二三四五六日天](?![号楼栋层单线期个路站班车门区座])|末(?![尾位班]))?")
_RELMONTH = re.compile(r"(?P<rm>上个月|上月|本月|这个月|下个月|下月)(?!份)")  # "她这个月份出生的": a birth month
#: (a year named as the baseline of a comparison, "去年同期的4倍", "比去年增长三成", dates nothing)
#: 后年 (the year after next) is not the end of 之后/以后/然后/最后 nor 后年均/后年度.
_RELYEAR = re.compile(r"(?<![比较])(?P<ry>去年|前年|明年|今年|(?<![之以然最前落先背])后年(?![均度龄级纪轻]))(?P<rypart>底|末|尾|初|年底|年末|年尾|年初)?"
                      r"(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)(?!\s*同期)")
_CN_MONTH = re.compile(r"(?:(?P<rel>今年|去年|明年)|(?<=[在于从自到至]))\s*(?P<cm>十一|十二|十|[一二三四五六七八九])月(?P<cpart>份|初|中旬|上旬|下旬|底|末|中(?!" + _NOT_MID + "))?")
#: A span back from when the words were written: "三年前", "二十年前", "十多年前" (about ten), "十几天前".
_AGO = re.compile(r"(?P<n>\d+|[一两二三四五六七八九十]+)(?P<more>多|几|来)?\s*(?P<u>年|个月|周|天)前")
#: A span counted forward from when the words were said ("三个月以后", "两年后"), dated only where
#: the clause guesses or plans (_GUESS): "三年后，他创办了…" in a story reads on from a past date.
_AHEAD = re.compile(r"(?<![\d.第])(?P<n>[1-9]\d?|[两二三四五六七八九十])\s*(?P<u>年|个月)(?:以后|之后|后)(?![的])")
_GUESS = re.compile(r"可能|也许|或许|大概|恐怕|估计|预计|预测|有望|将会|就会|会|要|能|才")
#: A relative day with its day of the month in brackets, as Taiwan and Hong Kong write it: "今（24）日".
_REL_DAY_BRACKET = re.compile(r"(?:今|昨|明|前|本)\s*[（(]\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[）)]\s*日")
_WEEKDAY_DAY = re.compile(r"(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]\s*[（(](?P<d>[12]\d|3[01]|0?[1-9])日[）)]")
_ANCHORED = re.compile(r"(?P<what>[A-Za-z][A-Za-z0-9 .-]{1,20}|[\u4e00-\u9fff]{2,8}?)?\s*(?:的)?(?:正式)?(?:诞生|发布|推出|问世|亮相|上线)"
                       r"(?:的|后)?(?:(?P<same>当日|当天|同日|同时|之际)|(?P<eve>前夕|前)|短短?(?P<n>\d+)\s*(?P<u>小时|天|日)(?:内|后))")
#: A year named as the baseline of a comparison ("较2019年增长41.5%", "比2019年同期多", "恢复至2019年
#:的九成", "与2019年相比"): the year compared with, no event of the text.
_BASE_YEAR_BEFORE = re.compile(r"(?:较|比|相比|对比|相较于?|恢复(?:至|到)了?|回到|回升(?:至|到)|超过|超出|高于|低于|"
                               r"不及|相当于)\s*$")
_BASE_YEAR_AFTER = re.compile(r"\s*(?:同期|水平|相比|相较|比较|对比|持平|的\s*(?:\d|[一二三四五六七八九十两]成|"
                              r"[一二三四五六七八九十两]倍|[一二三四五六七八九十百]+分之))")
_YEAR_EVENT = re.compile(r"的?[\u4e00-\u9fff]{0,8}(?:事件|会议|大会|比赛|峰会|危机|战争|疫情|爆炸|地震|选举|奥运|世界杯|"
                         r"改革|年改|改制|大选|股灾|风波)")
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12}
#: A day given by reference to the last one the paragraph dated ("3月28日晚…。李想当晚到场").
#: "3天后", "两天后" count on from that day.
_THAT_DAY = re.compile(r"(?P<that>当晚|当天|当日|当夜|同日|同一天|次日|翌日|第二天|"
                       r"(?<![\d.])(?P<n>[1-9]\d?|[两二三四五六七八九十])\s*[天日](?:后|之后|以后))")
#: The second end of a span ("3月29日至4月1日"): one period, dated by its start.
#: (not a word that starts with 电 after a time: "本周电话响个不停", "今天电影院…", "昨日电价上调")
_DATELINE = re.compile(r"\s*电\s*(?:[（(]|$|(?![话视影商池力动脑子器网梯费价量竞台源车站厂信邮缆路气机线表灯扇饭玩镀解磁算场流压])"
                       r"[\u4e00-\u9fff])")
_SPAN_GAP = re.compile(r"\s*(?:至|到|~|～|-|—|－)\s*")
#: (and the days or weeks just past, as people say it: "这两天", "这几天", "这两周", "这阵子")
#: ("前两天", "前几天" as a speaker says it, opening a clause or after its subject: not "开幕前两天",
#: two days before an occasion)
_RECENT = re.compile(r"(?P<recent>近日|日前|近两日|近几日|近两天|近几天|这两天|这几天|这两周|这几周|这两个?星期|这两个?礼拜|"
                     r"(?:(?<![\u4e00-\u9fff])|(?<=[我你他她们就都也才刚]))前[两几]天)")
_FESTIVAL = re.compile(r"(?P<fest>春节|除夕|元宵节?|国庆|元旦|五一|劳动节|圣诞节?|中秋节?)"
                       r"(?P<fpart>期间|前夕|前后|前|后|小?长?假期?|连假|当天|当日|当晚|当夜|档|以来|那[几两三四五六七]天|"
                       r"[三四五六七八]天(?![前后内])|黄金周|"
                       # the first of a list that shares the last one's part ("中秋、国庆假期"): each its day
                       r"(?=\s*[、和与及]\s*(?:春节|除夕|元宵节?|国庆|元旦|五一|劳动节|圣诞节?|中秋节?)(?:节)?\s*(?:期间|小?长?假期?|连假|黄金周|档))|"
                       # a rule's effective day ("明年元旦开始", "元旦起施行"): that day
                       r"(?=开始|起(?!来|码|初)))")
_AFTER_HOLIDAY = re.compile(r"(?:^|(?<=[，。；！？\s]))(?:假期一过|节后|长假后|假期结束后|开工后)(?=[，,])")
_FUTURE = re.compile(r"预计|计划|将于|将在|将会|有望|预测|即将|拟于|拟在|争取|目标|到\s*(?:19|20)\d{2}\s*年|"
                     r"最快|最早|或将|将|(?:押后|推迟|延后|延期|顺延|改期)(?:至|到)")
#: The year's end with no year written ("年底前", "到年底"): the year the words were written in; not
#: "每年年底" (a routine) nor one that a year, 今年/去年/明年 or a number before it dates.
#: This month's end with no month written ("月底前交房", "到月底"): the words' month; not "每月底", "3月底",
#: "本月底" (read with 本月) nor "岁月".
_MONTH_END = re.compile(r"(?<![\d一二三四五六七八九十本上下这个每岁年])月(?:底|末)(?![期考])")
_YEAR_END = re.compile(r"(?<![\d年今去明前后每两三几多〇零一二三四五六七八九十])年(?:底|末|尾)(?!期|巴)")
#: Within the year the words were written in ("条例预计年内审议通过"): that year; not a count of years
#: ("三年内", "半年内", "数年内", "近年内"), "同年内" (a year the text named before), nor "今年内" (read with 今年).
_YEAR_WITHIN = re.compile(r"(?<![\d年今去明前后每两三几多数半些个〇零一二三四五六七八九十百千近同当该次翌本上下周全])年内(?!外|容|涵)")
#: A deadline after a month: "9月底前", "10月前", "11月以前": the next such month, never last year's.
_DEADLINE_AFTER = re.compile(r"\s*(?:前|以前|之前)")
_FIGURATIVE_AFTER = re.compile(r"还是|也不|也是|已不|已经不|仍|依然|依旧|都是|所|的每|的社会|的世界|的中国|的人")
_FIGURATIVE_BEFORE = re.compile(r"(?:以为|直到|到了|至今|如今|我们|人们|时至)\s*$")
_NOT_EVENT = re.compile(r"^\s*(?:为基准|起计)")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: A day of the month alone, as wire copy writes it after the subject ("外交部发言人汪文斌25日说"): this
#: month's, or the last month's when it lies after the article's date and nothing says it is to come;
#: a month written earlier in the same text wins. Not a count of days ("持续3日", "每日", "第3日"),
#: not a dateline ("25日电"), not an amount ("3日元"), not a span of days ("开售首17日", "新规将于30日后生效").
_BARE_DAY = re.compile(r"(?<![\d.月号第每数几连多近约逾超这那两个今昨明前后至到续期达历共用需满过隔～~\-－首])"
                       r"(?P<d>[12]\d|3[01]|[1-9])\s*日(?![\d元圆币内间游均电报左后])"
                       # after a name that ends in one of those characters ("行政长官李家超24日表示"): a
                       # day when a verb of saying or announcing follows
                       r"|(?<=[\u4e00-\u9fff])(?<![\d.月号第每数几连多近约逾这那两个今昨明前后至到续期历共用需满隔])"
                       r"(?P<d2>[12]\d|3[01]|[1-9])\s*日(?=\s*(?:表示|说|称|宣布|指出|透露|发表|发布|证实|回应))"
                       # a day as people say it, with 号 and a part of that day ("7号下午", "15号晚上"):
                       # never a number ("3号楼", "7号线", "2号选手"), a part of the day must follow
                       r"|(?<![\d.月第每])(?P<d3>[12]\d|3[01]|[1-9])\s*[号號](?=\s*(?:上午|下午|中午|晚上|早上|傍晚|凌晨|夜里|半夜|那天|当天|"
                       # ...or what was done that day ("道歉信是19号发的", "25号开幕")
                       r"发的|发布|发出|公布|宣布|开幕|上线|开业))"
                       # a cut-off or the day a wait ended ("截至1日，…已接获…", "直到1日才全数转移"): no span's end
                       r"|(?<=截至|截止|直到)(?P<d4>[12]\d|3[01]|[1-9])\s*日(?![\d元圆币内间游均电报左后])"
                       # the end of a span of days in one month ("8月1日至2日", "1月1日至8日"): a span's
                       # end, kept only when the span was over when written (``_without_span_ends``)
                       r"|(?<=\d日至|\d日到|\d日—|\d日-)(?P<d5>[12]\d|3[01]|[1-9])\s*日(?![\d元圆币内间游均电报左后])")
_BARE_DAY_MAX = 32
#: Something that can be a date: a digit, a relative day, week, month or year, a festival.
_MAYBE_DATE = re.compile(r"\d|(?:周|星期|礼拜)[一二三四五六日天]|[今昨明后前]天|[今昨明前]日|[今昨明][早晨晚夜]|[今去明前]年|[上本这下]个?(?:周|星期|礼拜|月)|"
                         r"春节|除夕|元宵|国庆|元旦|五一|劳动节|圣诞|中秋|近日|日前|琴日|寻日|听日|近[两几]|这[两几]|前[两几]天|月[底末]|后年|年尾|[呢今]个?(?:星期|礼拜)|"
                         r"[一二三四五六七八九十]月|年前|个月前|周前|天前|假期一过|节后|长假后|开工后|前一[天日]|"
                         r"[年月](?:以后|之后|后)|年[底末内]|季度|半年|[春夏秋]季|[春夏秋]天|暑假|暑期|寒假|入秋|入夏|开春|近[一两二三四五六七八九十]|过去[一两二三四五六七八九十]|连续[一两二三四五六七八九十]")
