"""An effect is a change of a quantity or a state of some actor, a limit a want unmet, though no
word of any category names them (issue 13, properties 2 and 7; ``changes.py``).

The story is invented for the test and unlike any corpus of the project: a neighbourhood's new
canteen for the elderly, told in four received forms none of the corpora has (a group chat's
export, a residents' meeting's minutes, a translated foreign report, a Hong Kong forum thread in
traditional script and Cantonese). The claims use plain verbs of change ("跌到每天二十来个",
"由180人增加到420人", "少咗三成", "冇人帮衬") or of a want unmet ("招不到人", "排咗成個鐘"),
and none of the signal or category lists' words. A question, a greeting, a notice, a bare
figure line and a sentence leaning on the one before it without its subject stay out.
"""

from __future__ import annotations

from generator.analyse.changes import leans, quantity_change, shortfall, state_change
from generator.analyse.text import to_simplified
from generator.model import Article
from generator.articles import parse_body
from tests.test_briefing_recall import _article, _citing, _run

TOPIC = "topic:\n  label: 长者食堂\n  terms: [长者食堂, 社区食堂]\n"

STORY = (
    ("a", "幸福里业主群聊天记录（导出）",
     "幸福里业主群 聊天记录导出 2024-03-01 至 2024-03-08\n\n"
     "2024-03-02 11:20 王阿姨：长者食堂今天开张了，一荤两素才12块，大家去试试吧。\n\n"
     "2024-03-05 12:41 李师傅：长者食堂开张以后，我这小面馆中午的客人跌到每天二十来个，以前有六十多个。\n\n"
     "2024-03-06 12:02 陈大姐：现在食堂门口中午天天排起长队，去晚了菜就没了。\n\n"
     "2024-03-06 12:05 赵老师：大家好，明天谁一起去？\n\n"
     "2024-03-07 09:30 李师傅：这也让附近两家快餐店少了不少熟客。"),
    ("b", "幸福里社区居民议事会会议纪要",
     "时间：2024年3月8日　地点：社区活动室\n\n"
     "一、街道办通报：长者食堂开业一周，日均就餐人数由180人增加到420人。\n\n"
     "二、运营方负责人孙建反映，后厨招不到人，目前靠三名志愿者轮流顶岗。\n\n"
     "三、居民代表周伯反映，长者食堂上周调整菜单前没有征求老人意见。\n\n"
     "四、长者食堂将于3月11日起调整开放时间。\n\n"
     "五、午市：420人。"),
    ("c", "日本的社区食堂为何越开越多（编译）",
     "编者按：本文编译自日本一家报纸的周末特稿。\n\n"
     "在东京都北区，社区食堂已经成为不少独居老人每天的去处。\n\n"
     "北区一家便当店的店主佐藤说，附近的社区食堂开张后，她店里工作日的午餐便当降到每天三十份左右。\n\n"
     "区政府的资料显示，区内登记的志愿者在两年间翻了一番。"),
)

FORUM = ("d", "長者食堂開咗一個月 附近食肆點睇？",
         "樓主 阿強：屋企樓下開咗間長者食堂，隔籬茶餐廳話午市生意少咗三成，晚市都冇人幫襯。\n\n"
         "回覆 小美：我阿媽話食堂成日爆滿，佢上個禮拜排咗成個鐘先有位。\n\n"
         "回覆 老陳：長者食堂會唔會搶晒啲街坊生意？")


def _analysis(tmp_path):
    forum = Article(slug=FORUM[0], source=f"{FORUM[0]}.txt", title=FORUM[1], script="zh-Hant",
                    blocks=parse_body(FORUM[2]), outlet="街坊討論區", date="2026-03-01")
    an, _ = _run(tmp_path, [_article(*s) for s in STORY] + [forum], TOPIC)
    return an


def _kinds(an, article, text):
    return {p.kind for p in _citing(an, article, text)}


def test_a_change_or_a_want_unmet_is_a_claim_in_every_form(tmp_path):
    an = _analysis(tmp_path)
    everything = [(p.kind, p.category, p.statement) for p in an.points]
    for article, text, kind in (
            ("a", "跌到每天二十来个", "impact"),      # chat export: a fall to a figure, in a speaker's turn
            ("b", "由180人增加到420人", "impact"),   # minutes: a rise from one figure to another
            ("b", "招不到人", "limit"),              # minutes: a want unmet
            ("b", "没有征求老人意见", "limit"),       # minutes: a duty left undone
            ("c", "降到每天三十份左右", "impact"),    # translated report: a fall to a figure, reported speech
            ("d", "少咗三成", "impact")):            # HK forum: a fall in Cantonese, traditional script
        assert _kinds(an, article, text) == {kind}, (text, everything)


def test_a_question_a_greeting_a_notice_a_figure_line_and_a_leaning_sentence_stay_out(tmp_path):
    an = _analysis(tmp_path)
    quotes = [c.quote for p in an.points for c in p.citations]
    for text in ("明天谁一起去", "调整开放时间", "午市：420人", "这也让附近两家快餐店", "會唔會搶晒", "编译自"):
        assert not any(text in q for q in quotes), (text, quotes)


def test_the_shapes_read_either_script_and_spare_words_that_only_look_like_them():
    hk = to_simplified("隔籬茶餐廳話午市生意少咗三成，晚市都冇人幫襯。", "zh-Hant")
    assert quantity_change(hk) and state_change(hk)
    assert shortfall(to_simplified("佢上個禮拜排咗成個鐘先有位。", "zh-Hant"))
    assert shortfall("后厨招不到人，目前靠志愿者顶岗。")
    assert shortfall("我们在门口等了四十多分钟。")
    assert shortfall(to_simplified("更令家長不滿的，是校方事前未有知會。", "zh-Hant"))  # a duty undone
    assert state_change("候诊区坐满了抱着孩子的家长。")
    assert not state_change("我觉得学校就应该停课一周，把传染链切断。")  # a state asked for, not reported
    assert not state_change("专家表示，不建议因为流行而大范围停课。")
    assert not shortfall("这个方案没有什么问题，大家放心。")
    assert shortfall("一旦汛期提前，渡轮航线存在停航的风险。")  # a risk run
    assert not shortfall("专家认为，目前渡轮航线存在的风险不大。")
    assert quantity_change("数据显示，客流指数从1月2日的86点一路上升，春节前达到高点。")  # a change from a figure
    assert not quantity_change("从2023年开始，公司一直在研究新菜单。")
    # no change: an upgrade, a strengthening, a bare plan; no want unmet: a thing found
    for text in ("公司全面升级系统，增强服务能力。", "食堂计划下月增加菜品。", "终于找到了停车位。"):
        assert not quantity_change(text) and not shortfall(text) and not state_change(text), text
    assert leans("这也让附近两家快餐店少了不少熟客。")
    assert not leans("此外，全市新增公交线路12条。")
    assert not leans("这个冬天，小镇的客栈天天满房。")
