"""A digest an editor can publish (digest17): no label or emoji in a summary line, the scale of the
whole among the points, and no "conclusion" that is only the last item. Synthetic articles in forms
and on topics unlike the development corpora: a volunteer team's season log, a museum's newsletter
with a labelled lead, a hiker's app note with emoji, a feed of items with no closing judgement."""

from __future__ import annotations

from generator.analyse.digestscale import states_totals, without_label, without_pictographs
from tests.test_index import _article, _run


def _summary(body, **kw):
    return _run(_article("s17", body, **kw)).digests[0].summary


def test_a_lead_s_label_is_not_part_of_the_sentence():
    body = "\n\n".join([
        "导语：暑期开放首周，市博物馆接待观众比去年同期明显增加，多个热门展厅实行限流预约。",
        "馆方介绍，新开放的青铜器展厅最受欢迎，周末排队时间一度超过一小时。",
        "为缓解拥堵，博物馆将把夜间开放从每周一天增加到三天，并增设线上讲解。",
        "不少家长认为，预约名额放出时间太集中，希望馆方分时段放号。",
    ])
    texts = [s.text for s in _summary(body, title="市博物馆暑期首周观众大增", date="2026-07-08")]
    assert texts and not any(t.startswith("导语") for t in texts), texts
    assert without_label("【核心观点】高温将推高夏季用电负荷，电网调峰压力上升。").startswith("高温")
    assert without_label("摘要：短") == "摘要：短"  # nothing left to read: the line is kept whole


def test_an_app_note_s_emoji_are_no_words():
    body = "\n\n".join([
        "终于登顶了⛰️ 山顶风特别大，气温只有三度左右🥶",
        "从停车场到山顶一共走了六个小时，中途在二号营地补给了一次，建议大家多带两瓶水💧",
        "下山的石阶雨后很滑，景区说下个月才会修好护栏，带孩子的家庭最好再等等。",
        "门票和索道一共花了两百多块，索道排队排了四十分钟。",
        "再说住宿：山脚的民宿周末要提前一周订，价格比平时贵一倍。",
    ])
    texts = [s.text for s in _summary(body, title="登顶记录⛰️ 六小时上山，说说路况", date="2026-09-12")]
    assert texts and not any(c in t for t in texts for c in "⛰🥶💧"), texts
    assert not any(t.startswith("再说") for t in texts), texts  # the note's signpost is not its words
    assert without_label("先说车：我家车停在地库，被淹到车顶。") == "我家车停在地库，被淹到车顶。"
    assert without_pictographs("气温只有三度🥶") == "气温只有三度"


def test_a_log_s_totals_are_among_its_points():
    body = "\n\n".join([
        "河湾志愿护鸟队2026年秋季巡护日志，由队长整理，供队内复盘使用。",
        "本季护鸟队累计出动巡护42次，拆除非法鸟网118张，救助受伤候鸟37只。",
        "10月3日，二分队在芦苇荡东侧发现一处新架设的鸟网，已报森林公安处理。",
        "10月9日，三名新队员完成培训，开始随队巡护。",
        "有村民反映夜间仍有人开车进入保护区，建议下一季增加夜间巡护班次。",
        "10月20日，队里购置的两台望远镜到货，分给一、二分队使用。",
    ])
    summary = _summary(body, title="河湾护鸟队秋季巡护日志", date="2026-10-31")
    assert any("累计出动巡护42次" in s.text for s in summary), [s.text for s in summary]
    assert states_totals("全市共计接报案1.2万件，估损约4.3亿元")
    assert not states_totals("本季累计出动巡护多次")  # no figure, no scale


def test_the_last_item_of_a_feed_is_no_conclusion():
    body = "\n\n".join([
        "今日交通快讯：受大雾影响，城北高速三个收费站临时封闭，预计午后恢复通行。",
        "地铁5号线早高峰因信号故障晚点约十分钟，目前已恢复正常运营。",
        "市区多条公交线路因道路施工临时绕行，乘客可关注公交公司公告。",
        "火车站南广场出租车上客点本周起迁至地下一层，旅客请按指示牌前往。",
        "城东大桥夜间施工，每晚22时至次日5时封闭一条车道。",
    ])
    summary = _summary(body, title="今日交通快讯", date="2026-11-02")
    assert summary and all(s.role != "conclusion" or "城东大桥" not in s.text for s in summary), \
        [(s.role, s.text) for s in summary]
