"""Two received forms read as what they are, on small documents written for the test about subjects no
corpus has (beekeeping, a library's renovation, a marathon's organisers, migrating birds, a ferry's
last crossing, a school robotics contest):

- a machine transcript's turns under anonymous labels on lines of their own stay with their label, the
  app's summary is no speaker's words and leaves the text, the exported file's name is the title; a
  label its speaker names in a self-introduction ("我是…X") is that person for every turn, and nobody
  when the introduction is unsure;
- a production script's markers are structure, a sound bite's caption names the quote's speaker, crew
  directions and notes leave, the header's fields are metadata.
"""

from __future__ import annotations

import re

from generator.analyse.speakerselfnamed import label_names
from generator.clean import clean
from generator.analyse.text import to_simplified
from speakerkit import speakers_of

TOPIC = "topic:\n  label: 养蜂\n  terms: [蜂蜜, 蜂农, 图书馆, 马拉松, 候鸟, 渡轮, 机器人]\n"


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


# -- machine transcripts ------------------------------------------------------------------------------

_BEES = """檔案名稱：第12集 蜂農的一年.m4a
錄音時間：2025/03/08 10:20
時長：00:25:10

══════════════
AI 摘要
══════════════
本集談蜂蜜產量下滑與蜂農轉型，兩位來賓對進口蜂蜜的衝擊看法不同。

══════════════
逐字稿
══════════════

說話人 1  00:00:05
大家好歡迎收聽田間小事，我是主持人鄭雅琪，今天請兩位來賓先自我介紹

說話人 2  00:00:20
主持人好大家好，我是南投養蜂協會的理事長賴俊宏，養蜂二十年了

說話人 3  00:00:33
大家好我是農業試驗所的研究員方怡君，主要研究授粉

說話人 1  00:02:10
俊宏你先講一下今年的產量

說話人 2  00:02:25
今年龍眼蜜大概只有往年的六成，因為開花期一直下雨

說話人 3  00:04:00
我補充一下，氣候變化讓花期越來越難預測，蜂群也比較弱

說話人 1  00:05:30
好謝謝俊宏謝謝怡君，我們下集見

━━━━━━━━━━━━━━
本文件由 AI 會議助手 自動生成，內容僅供參考
"""


def test_meeting_app_turns_keep_their_labels_and_the_summary_leaves():
    got = clean(_BEES, source="001_bees.txt")
    paras = _paras(got.body)
    assert got.meta["title"] == "第12集 蜂農的一年"
    assert got.meta["date"] == "2025-03-08"
    assert all("摘要" not in p and "產量下滑" not in p for p in paras)  # the app's summary is no one's words
    assert any("產量下滑" in s for s in got.set_aside)
    assert paras[0].startswith("說話人1：大家好歡迎收聽田間小事")
    assert sum(p.startswith("說話人2：") for p in paras) == 2
    assert not any("00:0" in p or "自動生成" in p for p in paras)
    assert paras[-1].strip().endswith("我們下集見。")  # a turn's end is a sentence's end


def test_self_introductions_name_the_labels(tmp_path):
    body = clean(_BEES, source="001_bees.txt").body
    names = label_names([to_simplified(p, "zh-Hant") for p in _paras(body)])
    assert names == {"说话人1": ("郑雅琪", "主持人"), "说话人2": ("赖俊宏", "南投养蜂协会的理事长"),
                     "说话人3": ("方怡君", "农业试验所的研究员")}
    who = speakers_of(tmp_path, body, "今年龍眼蜜大概只有往年的六成", TOPIC, script="zh-Hant")
    assert [to_simplified(s.name, "zh-Hant") for s in who] == ["赖俊宏"]
    who = speakers_of(tmp_path, body, "氣候變化讓花期越來越難預測", TOPIC, script="zh-Hant")
    assert [s.name for s in who] == ["方怡君"]


_LIBRARY = """会议记录导出

00:00:02 Speaker 1
各位好，我是馆长周静怡，今天讨论图书馆改造的方案。

00:00:40 Speaker 2
大家好，我是设计院的建筑师韩立伟。改造需要闭馆八个月，预算一千二百万元。

00:01:30 Speaker 1
韩工，八个月太长了，能不能分区施工？

00:02:05 Speaker 2
可以分两期，但总工期会拉长到十一个月。

00:03:00 Speaker 3
我觉得读者更在意自习室，先改自习室比较好。
"""


def test_time_before_the_label_and_an_unnamed_label(tmp_path):
    body = clean(_LIBRARY, source="002_library.txt").body
    paras = _paras(body)
    assert any(p.startswith("Speaker 2：大家好，我是设计院的建筑师韩立伟") for p in paras)
    assert not any("00:0" in p for p in paras)
    names = label_names(paras)
    # speaker 3 never says who they are: no name is guessed for them
    assert names == {"Speaker1": ("周静怡", "馆长"), "Speaker2": ("韩立伟", "设计院的建筑师")}
    assert [s.name for s in speakers_of(tmp_path, body, "总工期会拉长到十一个月", TOPIC)] == ["韩立伟"]
    assert speakers_of(tmp_path, body, "读者更在意自习室", TOPIC) == ()


_MARATHON = """发言人A
大家好，我是赛事组委会的秘书长陶建新，先说一下报名情况，今年报名人数超过六万。

发言人B
我是志愿者协会的任佳音，志愿者还缺三百人左右。

发言人A
佳音，那补给站的志愿者够不够？

发言人B
补给站够了，缺的是终点的医疗引导。

发言人A
好，那就先补医疗引导。
"""


def test_labels_alone_without_positions():
    paras = _paras(clean(_MARATHON, source="003_marathon.txt").body)
    assert [p[:4] for p in paras] == ["发言人A", "发言人B", "发言人A", "发言人B", "发言人A"]
    # 任佳音 gives no role, but speaker A addresses her by her given name: confirmed
    assert label_names(paras) == {"发言人A": ("陶建新", "赛事组委会的秘书长"), "发言人B": ("任佳音", "志愿者协会")}


def test_unsure_introductions_name_nobody():
    # a judgement opening on 我是 names nobody
    paras = ["说话人1：大家好我是觉得这个方案还可以。", "说话人2：我是比较乐观的。", "说话人1：好。", "说话人2：嗯。"]
    assert label_names(paras) == {}
    # one label giving two names: none
    paras = ["说话人1：大家好，我是主持人林晓峰。", "说话人2：大家好，我是记者许文博。",
             "说话人1：不好意思，我是主持人何志明。", "说话人2：嗯。"]
    assert label_names(paras) == {"说话人2": ("许文博", "记者")}
    # two labels giving one name: neither is named
    paras = ["说话人1：大家好，我是记者许文博。", "说话人2：大家好，我是记者许文博。", "说话人1：好。"]
    assert label_names(paras) == {}


def test_a_chat_export_with_clock_times_is_not_read_as_a_transcript():
    chat = ("王磊  09:12:03\n明天几点集合？\n\n李娜  09:13:40\n八点半，东门。\n\n王磊  09:15:00\n好的。\n\n"
            "李娜  09:20:11\n记得带水。\n")
    paras = _paras(clean(chat, source="004_chat.txt").body)
    assert not any(p.startswith(("王磊：", "李娜：")) and "09:" in p for p in paras)
    from generator.clean.doc import parse
    from generator.readers.labelturns import read_label_turns
    assert read_label_turns(parse(chat)) is False  # a day's clock times, not positions in a recording


# -- production scripts ------------------------------------------------------------------------------

_BIRDS = """江北广播电视台 新闻编辑系统 稿件导出
栏目：《生态观察》
播出日期：2025年4月2日 19:30
时长：2'10"
记者：冯晓蕾
摄像：严可  孔令北
编辑：邬思远
------------------------------

【导语】
春分过后，数万只候鸟飞抵江北湿地，今年的数量比去年多了两成。

【画面】湿地全景，白鹭起飞。

【正文】
湿地保护站的监测显示，今年记录到的鸟类有一百二十种，其中十二种是国家重点保护动物。（待核实：最新监测数据）

【同期】
同期：彭国梁 江北湿地保护站站长
“今年来得早，水位控制得好，浅滩多了，鸟就愿意停。”

【字幕】今年记录鸟类 120种 ／ 比去年多两成

【结尾】
候鸟还要停留一个月左右。江北台记者冯晓蕾报道。

【备注】同期素材：彭国梁采访 4月1日上午
"""


def test_tv_script_markers_bites_and_header(tmp_path):
    got = clean(_BIRDS, source="005_birds.txt")
    paras = _paras(got.body)
    assert got.meta["author"] == "冯晓蕾"
    assert got.meta["date"] == "2025-04-02"
    assert got.meta["outlet"] == "江北广播电视台" and "《生态观察》" in got.meta["credits"]
    assert "摄像" not in got.meta["title"] and "候鸟" in got.meta["title"]
    text = "\n".join(paras)
    for furniture in ("【", "湿地全景", "待核实", "时长", "摄像："):
        assert furniture not in text
    assert "彭国梁采访4月1日上午" in text.replace(" ", "")  # a note on when the bite was recorded: kept
    assert any(p.startswith("彭国梁（江北湿地保护站站长）：“今年来得早") for p in paras)
    assert any(p.startswith("今年记录鸟类") for p in paras)  # the text on screen is kept
    who = speakers_of(tmp_path, got.body, "水位控制得好", TOPIC)
    assert [s.name for s in who] == ["彭国梁"]
    assert speakers_of(tmp_path, got.body, "候鸟还要停留一个月左右", TOPIC) == ()  # the narration is nobody's turn


_FERRY = """节目：《城市之声》
播出时间：2025年1月15日
撰稿：常明月

【播音】明天，运营了四十年的老渡轮将完成最后一次航行。
【音乐】汽笛声渐起，压混。
【录音】邱德胜 老渡轮船长
“我在这条船上开了二十六年，闭着眼睛都知道哪里有暗流。”
【播音】大桥通车后，渡轮的乘客从每天三千人降到不足三百人。
【录音】市民
“以后上班就不用等船了。”
"""


def test_radio_script_with_captions_on_the_marker_line(tmp_path):
    got = clean(_FERRY, source="006_ferry.txt")
    paras = _paras(got.body)
    assert got.meta["author"] == "常明月" and got.meta["date"] == "2025-01-15"
    assert any(p.startswith("邱德胜（老渡轮船长）：“我在这条船上开了二十六年") for p in paras)
    assert not any("汽笛" in p or "【" in p for p in paras)
    # "市民" names nobody: the words stay, with no guessed speaker
    assert any("以后上班就不用等船了" in p and not p.startswith("市民（") for p in paras)
    assert [s.name for s in speakers_of(tmp_path, got.body, "闭着眼睛都知道", TOPIC)] == ["邱德胜"]


_ROBOTS = """标题：机器人社团的第一个冠军
记者：宋嘉禾
日期：2025-05-20

[VO] 上周末，市实验中学的机器人社团在全省比赛中拿下了冠军。
[VIDEO] 学生调试机器人，特写屏幕代码。
[SOT] 贾一鸣 参赛学生
“我们改了三次底盘，最后一晚才把抓取成功率提到九成。”
[CG] 全省中学生机器人大赛 冠军
[VO] 社团成立才两年，指导老师说，经费主要来自家长捐赠。
"""


def test_video_script_with_english_markers(tmp_path):
    got = clean(_ROBOTS, source="007_robots.txt")
    paras = _paras(got.body)
    assert got.meta["title"] == "机器人社团的第一个冠军"
    assert got.meta["author"] == "宋嘉禾"
    assert not any("[" in p or "特写" in p for p in paras)
    assert any(p.startswith("贾一鸣（参赛学生）：“我们改了三次底盘") for p in paras)
    assert any("全省中学生机器人大赛" in p for p in paras)
    assert [s.name for s in speakers_of(tmp_path, got.body, "抓取成功率提到九成", TOPIC)] == ["贾一鸣"]


def test_an_article_with_a_bracketed_heading_is_no_script():
    text = ("【记者观察】\n城东的菜市场今年改造完成，摊位从八十个增加到一百二十个。\n\n"
            "摊主们说，租金没有涨。\n\n【链接】\n改造资金来自区财政。\n")
    got = clean(text, source="008_market.txt")
    assert "摊位从八十个增加到一百二十个" in got.body
    assert "改造资金来自区财政" in got.body


_TEAHOUSE = """西川广播电视台纪录片部《老街记忆》解说词
播出日期：2025年6月1日
栏目：人文西川

【片头】
00:00:00
一条老街，一座茶馆，九十年的烟火。

【解说】
00:00:12
茶馆开业于1935年，三代人守着十二张八仙桌，如今每天仍有两百多位老茶客。

【同期声】
00:00:40
字幕：龚秀兰　茶馆第三代经营者
房租每年涨一成，我们还是不想涨茶价，老街坊喝了几十年了。

【解说】
00:01:05
明年老街改造后，茶馆能否留下，还没有定论。
"""


def test_documentary_script_with_timecodes_and_screen_captions(tmp_path):
    got = clean(_TEAHOUSE, source="009_teahouse.txt")
    paras = _paras(got.body)
    assert got.meta["date"] == "2025-06-01" and got.meta["outlet"] == "西川广播电视台"
    assert got.meta["title"] == "一条老街，一座茶馆，九十年的烟火"
    assert not any(re.search(r"\d\d:\d\d", p) or "【" in p for p in paras)  # timecodes and markers are the crew's
    assert any(p.startswith("龚秀兰（茶馆第三代经营者）：“房租每年涨一成") for p in paras)
    assert [s.name for s in speakers_of(tmp_path, got.body, "不想涨茶价", TOPIC)] == ["龚秀兰"]
    # the narration after the bite is the station's, not hers
    assert speakers_of(tmp_path, got.body, "茶馆能否留下", TOPIC) == ()
