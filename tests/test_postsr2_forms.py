"""What a first reading of a form still lost: a numbered head that asks a question, a report's bullet over a
sentence, a quoted mail's own sending time. Forms unlike the corpora: a beekeepers' co-op report converted
from PDF, a library's FAQ page pasted as text, a choir's mailing list with a quoted message in Chinese and
in English headers, a ceramics fair's Markdown bulletin."""

from __future__ import annotations

from generator.analyse.text import is_whole_sentence
from generator.clean import clean

BEES = """山南养蜂合作社2024年度产销简报

一、今年的产量怎么样？
今年合作社共有蜂箱一千二百箱，春季油菜花期偏短，全年收获蜂蜜约三十八吨，比去年少了一成。

二、蜂蜜价格会上涨吗？
收购价目前每公斤上调了四元，合作社预计年底前零售价格保持稳定，不会跟随收购价上调。

三、明年的计划
明年计划新建两处越冬场地，并为五十户蜂农统一购买蜂群保险。
"""

LIBRARY = """城西图书馆读者常见问题

（一）借书需要押金吗？
不需要。持本市身份证即可免押金办理读者证，每证可借图书十册，借期三十天。

（二）逾期会被罚款吗？
逾期不收取罚款，但逾期超过六十天的读者证将暂停借阅，归还后自动恢复。
"""

CERAMICS = """# 景岗陶瓷市集第三期简报

**一、摊位还够吗？**

本期市集共设摊位一百二十个，报名的手作人有二百一十位，摊位已经全部分配完毕。

**二、门票怎么买？**

门票在现场购买，每人十元，十二岁以下儿童免票，市集两天均可入场。
"""

REPORT = """林下菌菇产业观察（第十二期）

●核心观点：今年林下香菇的种植面积扩大了三成，但鲜菇收购价格下跌，菇农收入增幅有限。
●风险提示：秋季若持续干旱，林下出菇量可能比预期少两成以上，请菇农提前准备喷灌设备。
▲图为林下菇棚外景。
"""

CHOIR = """发件人: 青藤合唱团 <choir@club.example.cn>
日期: 2024年3月9日 上午10:00
主题: 春季音乐会排练安排

各位团员：

春季音乐会定于四月二十日举行，下周起每周六下午加排一次。

> ------ 原始邮件 ------
> 发件人: 声部长 韩如意 <hanry@club.example.cn>
> 日期: 2024年3月8日 下午3:15
> 主题: 女高音声部
>
> 各位好，女高音声部本周缺席四人，请大家回去把第三首的和声部分再练熟一些。
"""

CHOIR_EN = """From: Riverside Chess Club <club@chess.example.org>
Date: Mon, 11 Mar 2024 09:00:00 +0800
Subject: 春季联赛分组

各位棋友：

春季联赛分为三个组别，报名截止到三月二十日。

> -----Original Message-----
> From: "裁判组 严子墨" <yzm@chess.example.org>
> Sent: Friday, March 8, 2024 3:15 PM
> Subject: 计时规则
>
> 本届联赛统一使用每方九十分钟加每步三十秒的计时方式，请各组提前熟悉。
"""

CHOIR_NOCLOCK = CHOIR.replace("日期: 2024年3月8日 下午3:15", "日期: 2024年3月8日")


def _paras(text, name):
    return clean(text, source=name).body.split("\n\n")


def test_a_numbered_head_that_asks_a_question_is_a_head():
    for text, name, heads, body in (
        (BEES, "000_bees.txt", ("## 一、今年的产量怎么样？", "## 二、蜂蜜价格会上涨吗？", "## 三、明年的计划"),
         "收购价目前每公斤上调了四元"),
        (LIBRARY, "001_library.txt", ("## （一）借书需要押金吗？", "## （二）逾期会被罚款吗？"), "逾期不收取罚款"),
        (CERAMICS, "002_ceramics.md", ("## 一、摊位还够吗？", "## 二、门票怎么买？"), "门票在现场购买"),
    ):
        paras = [p.strip() for p in _paras(text, name)]
        for head in heads:
            assert head in paras, (name, head, paras)
        assert any(p.startswith(body) for p in paras), (name, body)  # the body stays a paragraph of its own


def test_a_question_in_the_text_stays_text():
    text = "街道通知\n\n一、今天下雨吗？我看天气预报说下午会转阴，社区活动照常举行，请大家带伞。\n二、明天照常开放。\n"
    paras = _paras(text, "003_notice.txt")
    assert not any(p.startswith(("## 一", "## 二")) for p in paras)
    assert any(p.startswith("一、今天下雨吗？我看天气预报") for p in paras)


def test_a_report_bullet_over_a_sentence_is_content():
    paras = [p.strip() for p in _paras(REPORT, "004_report.txt")]
    core = [p for p in paras if "林下香菇的种植面积扩大了三成" in p]
    assert core and core[0].startswith("核心观点：")  # the bullet leaves, the sentence stays
    assert any(p.startswith("风险提示：秋季若持续干旱") for p in paras)
    # the analyser reads a bullet's sentence as a whole sentence; arrows and short bullet labels stay furniture
    assert is_whole_sentence("● 今年林下香菇的种植面积扩大了三成，菇农收入增幅有限。")
    assert is_whole_sentence("■风险提示：秋季若持续干旱，林下出菇量可能比预期少两成以上。")
    assert not is_whole_sentence("▲图为林下菇棚外景，摄影记者在现场拍下的画面。")
    assert not is_whole_sentence("● 点击查看全文")


def test_a_quoted_mail_opens_on_its_own_sending_time():
    paras = [p.strip() for p in _paras(CHOIR, "005_choir.txt")]
    quoted = [p for p in paras if "女高音声部本周缺席四人" in p]
    assert len(quoted) == 1 and quoted[0].startswith("2024-03-08 15:15\u3000韩如意：各位好")
    paras = [p.strip() for p in _paras(CHOIR_EN, "006_chess.txt")]
    quoted = [p for p in paras if "九十分钟" in p]
    assert len(quoted) == 1 and quoted[0].startswith("2024-03-08 15:15\u3000严子墨：本届联赛")
    for gone in ("Sent", "Original Message", "yzm@"):
        assert all(gone not in p for p in paras), gone


def test_a_quoted_date_with_no_clock_time_gives_no_stamp():
    paras = [p.strip() for p in _paras(CHOIR_NOCLOCK, "007_choir.txt")]
    quoted = [p for p in paras if "女高音声部本周缺席四人" in p]
    assert len(quoted) == 1 and quoted[0].startswith("韩如意：各位好")
