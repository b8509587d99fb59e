"""Effects and limits stated by their shape, with no word of any category (issue 13, properties 2, 7).

An effect is a change of a quantity or a state of some actor, with or without a figure; a limit
is a problem, a cost or a doubt someone meets. Reporters and speakers state both in plain verbs
of any domain, which no editor's word list names:

- a quantity changed by a figure ("较上月上涨约1.6倍", "回落到三百多", "降到每人20元",
  "收入环比下降近四成", "少咗三成", "新增临时床位约1.2万张"): ``quantity_change``;
- a state changed without a figure ("满房", "停运", "关门", "冇人帮衬", "没人买了"), a
  thing disrupted or damaged ("航线中断", "旅客滞留", "厂房烧毁", "仓库进水"): ``state_change``;
- something wanted that cannot be had ("招不到人", "订不到房", "买不起", "打不到车",
  "等了四十多分钟"), a supply short of need ("药品一度短缺", "断供", "血库告急"): ``shortfall``.

A toll that occurred ("造成11人死亡、27人失踪", "直接经济损失超过50亿元", "两万多只鸡全没了",
"损失惨重") is a consequence reported, an effect: ``toll`` (not a risk of one: "可能造成人员伤亡").

A sentence leaning on the one before it without its subject ("这也导致…", "其中…", "对此…")
states nothing of its own: ``leans``. Only general words of Chinese (and of Cantonese written in
either script), read on the simplified sentence; every pattern is bounded (no backtracking on a
long line).
"""

from __future__ import annotations

import re

__all__ = ["quantity_change", "state_change", "shortfall", "leans", "toll", "changed_shape"]

_FIG = r"(?:人民币|新台币|台币|港币|港元|美元|每[晚人张间位份杯天日月年周]?)?(?:[0-9０-９]|[一二三四五六七八九十两几半]{1,3}(?:[百千万亿]|成|倍|番|个百分点|[块元])|[一二三四五六七八九十两几][十百千万]?(?:多|来)?(?:个|张|间|家|人|次|块|元|份|杯|单|位|名|条|只|台|件|瓶|吨|斤|架|辆|趟|班|所|成|倍|天|周|小时|分钟))"
#: A rise or a fall by or to a figure. A two-character verb may take its figure at once
#: ("上涨61%"); a one-character one needs its particle ("涨到", "跌咗", "降至") so that "升级",
#: "增强", "减肥" are no change.
_QUANTITY = re.compile(
    r"(?:上涨|上升|增长|增加|提高|提升|下降|下跌|减少|回落|回升|下滑|缩水|上调|下调|飙升|暴涨|暴跌|锐减|骤降|大增|大减|延长|缩短)"
    r"(?:了|咗)?(?:到|至|为|达|逾|超过|超|近|约|将近|接近|足足|大约|左右|了|咗){0,2}" + _FIG +
    r"|(?<![上下])(?:涨|跌|降|升|增|减|少|多|贵|便宜)(?:了|咗|到|至|回|掉|回到|咗成)(?:约|近|超过|足足|大约|将近|到|至)?" + _FIG +
    r"|翻了?(?:一|两|三|四|五|几|好几|[0-9]{1,2})?(?:番|倍)"
    # (a change from a figure: "指数从2月20日的1247.3点一路震荡上升", "由每月两班增加到每周三班")
    r"|(?:从|由)[^，。；！？]{0,14}?[0-9０-９][^，。；！？]{0,12}?(?:上升|上涨|增长|增加|下降|下跌|减少|回落|攀升|飙升|降至|升至|增至|减至)"
    # (a price or a speed against another's: "比A320neo便宜约1到2成", "比高铁快了两个小时")
    r"|比[^，。；！？]{1,16}?(?:便宜|贵|快|慢)(?:了|出)?(?:约|近|超过|足足|将近)?(?:[0-9０-９]|[一二三四五六七八九十两几半])"
    r"|新增[^，。；！？]{0,10}?(?:约|近|超过|逾)?[0-9０-９][0-9０-９.,]{0,8}(?:万|千|百|亿)?(?:个|张|间|家|条|架次|班|人|名|所|辆|列|趟|座|处)")
#: A state changed, no figure needed: full or sold out, stopped or shut, deserted.
_STATE = re.compile(
    r"满房|爆满|满员|满座|一房难求|一票难求|一位难求|售罄|卖光|卖断货|断货|停运|停航|停飞|停业|停课|停产|停工|"
    r"关门|歇业|倒闭|结业|执笠|(?:冇|没有?|無)人(?:帮衬|光顾|买|去|来|排队|问津|订|坐|住)|门可罗雀|冷冷清清|"
    r"人山人海|人挤人|排起长队|大排长龙|供不应求|人满为患|一号难求|一床难求|一座难求|(?:坐|挤|住|约|排|站|停)满了|"
    # a thing disrupted or damaged, whatever the cause (a fire, a strike, a storm, a recall): a
    # service or a supply cut ("航线中断", "停电", "港口停摆"), goods or people held up ("集装箱积压",
    # "旅客滞留", "航班延误"), a building or a road damaged ("厂房烧毁", "桥梁被冲毁", "仓库进水")
    r"断供|中断|停摆|瘫痪|停电|断电|停水|断水|断网|停诊|停售|延误|积压|滞留|压港|受损|损毁|毁损|"
    r"(?:烧|焚|冲|炸|震)(?:毁|垮|塌)|倒塌|坍塌|被(?:水|火|洪水|大火)?(?:淹|烧|冲|毁|困|埋|砸|泡)|"
    r"(?:进|漏|渗)了?水|倒灌")
#: Something wanted that cannot be had or afforded ("招不到人", "订不到房", "买不起", "住不起",
#: "打不到车"), or a long wait ("等了四十多分钟", "排了两个小时").
_SHORT = re.compile(
    r"(?:招|请|雇|订|定|买|抢|约|挂|打|叫|找|租|约)(?:不到|唔到|不上|唔上)|(?:买|住|吃|用|坐|看|租|养)(?:不起|唔起)|"
    # (a duty left undone: "没有征求家长意见", "未有知会", "信息公开不到位", "沟通没做好", "不如以前")
    r"(?:没有|没|未|未有|并未|从未|从没|均未)[^，。；！？：]{0,8}?"
    r"(?:征求|征询|告知|通知|知会|公示|说明|沟通|听取|询问|问过|问(?!题)|落实|提醒)|"
    # (a risk someone runs: "供应存在被卡脖子的风险", "面临较大不确定性")
    r"(?:存在|面临|有|埋下)[^，。；！？]{0,10}?(?:风险|隐患|不确定性)(?!可控|不大|较小|很小|极低)|"
    # (a supply short of what is needed: "药品一度短缺", "血库告急", "缺口约20套")
    r"短缺|紧缺|缺货|告急|(?:供应|供给|货源|库存)(?:紧张|吃紧|不足)|(?:有|存在|尚有|仍有)?缺口(?:约|达|近|超过)?[0-9０-９一二三四五六七八九十两几]|"
    r"不到位|没做好|没有做好|未能做好|得不到保障|没有得到保障|未得到保障|大不如前|不如以前|不如从前|不如过去|"
    r"(?:等|排)(?:了|咗)(?:足足|整整|近|约|大概|成)?(?:[0-9]{1,3}|[一二三四五六七八九十两几半]{1,3})?(?:多|来)?(?:个)?(?:小时|钟头|分钟|个钟)")
#: A sentence opening on what the one before said ("这也导致…", "其中，…", "对此，…", "此外它…").
_LEANS = re.compile(r"^[“「\"]?(?:(?:这|那)(?:也|就|才|又|便|是|让|使|将|会|导致|意味|说明|表明|些|种|一|样)|此举|对此|为此|"
                    r"其中|它们?|其(?!他|实|余)|同样|(?:也|都|还)(?![，,有]))")


def quantity_change(simple: str) -> int:
    """How many quantity changes the sentence states (0, 1 or 2)."""
    return min(2, sum(1 for _ in _QUANTITY.finditer(simple)))


#: What asks for a state rather than reports it ("学校就应该停课一周", "不建议大范围停课", "要不要关门").
_WISH = re.compile(r"(?:应该|应当|应|建议|要求|呼吁|希望|是否|要不要|会不会|不如|宁可|主张|提议|考虑|询问|打听|问起|咨询)[^，。；！？]{0,8}$")


#: What denies or averts a state right before it ("未受损", "没有中断", "避免延误", "防止积压").
_AVERTED = re.compile(r"(?:未|没|没有|并未|并没有|无|不|不会|避免|防止|以免|免于|防范|谨防|担心|预防)[^，。；！？]{0,2}$")


def state_change(simple: str) -> bool:
    """A state reported changed (full, sold out, stopped, deserted, disrupted, damaged), not one
    asked for, denied or averted."""
    return any(not _WISH.search(simple[max(0, m.start() - 12):m.start()])
               and not _AVERTED.search(simple[max(0, m.start() - 6):m.start()]) for m in _STATE.finditer(simple))


def shortfall(simple: str) -> bool:
    return bool(_SHORT.search(simple))


def leans(simple: str) -> bool:
    """The sentence opens on what the one before it said, without its own subject."""
    return bool(_LEANS.match(simple.lstrip()))


_NUM = r"(?:[0-9０-９][0-9０-９.,]{0,8}|[一二三四五六七八九十两几百千万]{1,6})(?:多|余|几)?"
#: People killed, missing or hurt counted, money or goods lost counted or called heavy, all gone.
_TOLL = re.compile(
    _NUM + r"(?:人|名[^，。；！？0-9]{0,6}?)(?:死亡|遇难|罹难|失踪|受伤|伤亡|丧生|身亡|殒命)|"
    r"(?:死亡|遇难|罹难|失踪|受伤|伤亡)(?:人数|者)?(?:已经?)?(?:达到?|为|升至|增至|上升至|超过|逾)(?:约|近)?[0-9０-９一二三四五六七八九十两几百]|"
    r"损失(?:已经?)?(?:高达|达到?|约|超过|逾|近|超)[^，。；！？]{0,4}?[0-9０-９一二三四五六七八九十两几百千万亿]|"
    r"损失(?:惨重|严重|巨大|不小|不轻)|(?:全|都|全部|全都)(?:没了|没有了|泡汤了|毁了|冲走了)")
#: A toll only feared or supposed ("可能造成人员伤亡", "如果…将损失惨重", "担心…全没了").
_SUPPOSED = re.compile(r"(?:可能|或将|或|恐将|恐怕|也许|担心|如果|若|一旦|将会|会不会|以免|避免|防止|未|没有|无)[^，。；！？]{0,14}$")


def toll(simple: str) -> bool:
    """A toll reported as having occurred: lives, money or goods lost, counted or called heavy."""
    for m in _TOLL.finditer(simple):
        before = simple[:m.start()]
        cut = max((before.rfind(ch) for ch in "，。；！？"), default=-1)
        if not _SUPPOSED.search(before[cut + 1:]):
            return True
    return False


def changed_shape(simple: str) -> bool:
    """A change of a quantity or a state, or a want unmet."""
    return bool(quantity_change(simple) or state_change(simple) or shortfall(simple))
