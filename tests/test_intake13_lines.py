"""Structural lines of plain text (fields, document numbers, date lines, stamps, bracketed notes,
salutations) are never glued to the text: on documents made up for the test (a school board's
minutes, a water bureau's reply, a county office notice, a hiking forum thread, a library's Q&A),
in several forms and phrasings; none of them uses a development corpus's words.
"""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.clean import linekinds as lk


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


MINUTES = """第三中学家长委员会
会 议 纪 要
〔2025〕第2期

会议名称：食堂外包方案讨论会
时    间：2025年3月4日（星期二）16:00—17:30
地    点：学校行政楼二楼会议室
主 持 人：陈立群（家委会主任）
参会人员：王芳（初二年级家长代表）、赵明（食堂管理员）、孙洁（财务室）
记 录 人：黄敏

一、会议背景

本学期起，学校食堂的承包合同到期。陈立群介绍，家长对菜价和卫生的意见较多，需要讨论是否继续外包。

二、讨论要点

王芳认为，外包后菜价上涨了两成，学生剩饭增多。赵明表示，自营需要新增六名员工，成本不低。
"""


def test_a_minutes_header_is_read_field_by_field():
    c = clean(MINUTES, source="minutes.txt")
    paras = _paras(c.body)
    # each field is its own paragraph or metadata (recorded), never glued to another
    for label in ("会议名称", "时间", "地点", "主持人", "参会人员", "记录人"):
        inside = [p for p in paras if label + "：" in p]
        assert all(p.startswith(label + "：") and p.count("：") == 1 for p in inside), inside
        assert inside or any(e.action == "metadata" and label in e.after + e.before for e in c.audit) \
            or any(p.startswith("| ") and f"| {label} |" in p.split("\n")[0] for p in paras)  # the meeting's record table
    assert c.meta.get("date") == "2025-03-04"
    # the body is untouched
    assert any(p.startswith("本学期起") and p.endswith("需要讨论是否继续外包。") for p in paras)


LETTER = """清河县水务局

清水函〔2025〕14号　　　　　　　　签发人：李国强

关于县政协委员周红《关于加快老旧供水管网改造的提案》的答复

周红委员：

您提出的提案收悉。经研究，现答复如下：今年全县计划改造老旧管网42公里，优先安排漏损率高的片区。

再次感谢您对水务工作的关心。

清河县水务局
二〇二五年六月十二日

（联系人：钱丽；联系电话：0000-1234567）

抄送：县政协提案委员会。
"""


def test_a_reply_letters_header_salutation_and_signature_stand_apart():
    paras = _paras(clean(LETTER, source="letter.txt").body)
    assert not any("签发人" in p and "关于" in p for p in paras)          # number/signer never glued to the title
    assert not any(p.startswith("周红委员：") and "提案收悉" in p for p in paras)  # salutation apart
    assert any(p.startswith("您提出的提案收悉") for p in paras)
    assert not any("二〇二五年六月十二日" in p and "联系人" in p for p in paras)   # date block apart
    assert not any("水务局" in p and "二〇二五" in p for p in paras)


THREAD = """帖子

山野小周 @shanye_zhou
户外爱好者

1/3
上周末走了一趟东坡古道，全程14公里，爬升800米，整体难度中等。
下午3:05 · 2023年11月2日 · 812 次查看
12 回复　30 转帖　96 喜欢

2/3
补给点只有两个，第二个在半山腰，记得多带水。
下午3:07 · 2023年11月2日 · 640 次查看

3/3
下山那段碎石多，护膝和登山杖一定要带。
下午3:10 · 2023年11月2日 · 701 次查看
"""


def test_a_threads_post_stamps_leave_the_text_and_date_it():
    c = clean(THREAD, source="thread.txt")
    paras = _paras(c.body)
    assert not any("下午3:" in p or "次查看" in p for p in paras)
    assert any(p.startswith("补给点只有两个") for p in paras)     # the next post never opens on a stamp
    assert any(p.startswith("下山那段碎石多") for p in paras)
    assert c.meta.get("date") == "2023-11-02"
    assert any("下午3:07" in e.before for e in c.audit)     # recorded (by whichever rule takes it first)


def test_another_stamp_shape_on_a_blog_export():
    text = ("城市书房开到了地铁站\n\n2024-05-20 08:30 · 阅读 1.2万\n\n早高峰的乘客可以在站厅借还图书。"
            "书房每天开放十二小时。\n\n2024-05-21 09:10 · 阅读 8,650\n\n第二天的借阅量翻了一倍。\n")
    c = clean(text, source="blog.txt")
    assert "阅读" not in c.body and "08:30" not in c.body
    assert "早高峰的乘客可以在站厅借还图书。" in c.body


def test_hard_wrapped_prose_with_a_colon_line_still_joins():
    text = ("本报讯　昨天下午，市图书馆举行了新馆开放仪式，馆长在仪式上\n"
            "介绍说：新馆藏书量达到一百二十万册，比旧馆多出一倍，阅览\n"
            "座位也增加到两千个。读者普遍认为新馆环境明显改善，但停车\n"
            "位仍然不足。\n")
    paras = _paras(clean(text, source="wire.txt").body)
    assert len([p for p in paras if "新馆" in p]) == 1


def test_an_interviews_turns_are_not_fields():
    text = ("问：社区食堂开了多久？\n答：开了三个月，每天服务两百多位老人。\n"
            "问：价格怎么定？\n答：一荤一素十二元，七十岁以上打八折。\n")
    body = clean(text, source="qa.txt").body
    assert "问：社区食堂开了多久？" in body and "答：一荤一素十二元" in body


@pytest.mark.parametrize("line,kind", [
    ("上午9:12 · 2024年7月16日 · 3.4万 次查看", "stamp"),
    ("2024-05-20 08:30 · 阅读 1.2万", "stamp"),
    ("12 回复　30 转帖　96 喜欢", "stamp"),
    ("发布于 2023-11-02 15:05", "stamp"),
    ("清水函〔2025〕14号", "number"),
    ("〔2025〕第2期", "number"),
    ("二〇二五年六月十二日", "date"),
    ("2025年6月12日", "date"),
])
def test_line_kinds(line, kind):
    got = {"stamp": lk.is_stamp, "number": lk.is_doc_number, "date": lk.date_line}[kind](line)
    assert got


@pytest.mark.parametrize("line", ["截至2024年7月31日，全市道路超过3000公里。", "3.9元", "他说：这是真的。",
                                  "今年全县计划改造老旧管网42公里"])
def test_prose_is_no_stamp_number_or_date(line):
    assert not lk.is_stamp(line) and not lk.is_doc_number(line) and not lk.date_line(line)


def test_chinese_numeral_dates():
    assert lk.iso_cn_date("二〇二四年八月十六日") == "2024-08-16"
    assert lk.iso_cn_date("二〇二五年十二月三十一日") == "2025-12-31"
    assert lk.iso_cn_date("2024年13月1日") is None


NOTE = """周末去了老城新开的面包店🥐真的会再去

吃货小满
IP属地：浙江

这家店开在老城区的巷子里，门口排了二十多个人，等了半个小时才进去😅

📍招牌：海盐卷，外皮脆，里面很软，一个八块钱
📍碱水结：有点咸，配咖啡刚好

✨总结：
1️⃣ 价格不算便宜，但分量足
2️⃣ 店里没有座位，只能打包

下次想试试他们的贝果🥯

#面包 #老城探店
"""


def test_a_posts_emoji_bullets_and_emoji_ends_are_paragraph_marks():
    paras = _paras(clean(NOTE, source="note.txt").body)
    assert any(p.startswith("这家店开在老城区的巷子里") and "招牌" not in p for p in paras)
    assert any(p.startswith("📍招牌") and "碱水结" not in p for p in paras)
    assert any(p.startswith("1️⃣") and "2️⃣" not in p for p in paras)
    assert any(p.lstrip("# ").startswith("下次想试试") for p in paras)
    # the poster's name and the short field under it are never glued to the text
    assert not any("IP属地" in p and "这家店" in p for p in paras)
    assert not any(p.startswith("吃货小满") and len(p) > 6 for p in paras)


def test_a_replys_poster_line_and_lone_counter_stand_apart():
    text = ("红烧肉到底要不要焯水？\n\n我试了三种做法，焯水后再炒糖色的那锅最香，肉也不柴。\n\n"
            "阿杰 @ajie_cook · 3月2日\n焯水这步确实不能省，我家一直这么做。\n56 次查看\n\n"
            "小厨娘 @xiaochuniang · 3月3日\n同意，冷水下锅更好。\n赞 12\n")
    paras = _paras(clean(text, source="forum.txt").body)
    assert any(p.startswith("焯水这步确实不能省") and "次查看" not in p for p in paras)
    assert not any("@ajie_cook" in p and "焯水" in p for p in paras)
    assert any(p.startswith("同意，冷水下锅更好。") and "赞" not in p for p in paras)


def test_a_wrapped_price_line_still_joins():
    text = ("本报讯　昨天起，城区公交票价调整，普通线路由每人次2元调整为\n"
            "2.5元，空调线路同步上调，老年卡优惠不变。市民普遍表示可以接受，\n"
            "但希望增加早晚高峰的班次。\n")
    paras = _paras(clean(text, source="wire.txt").body)
    assert len([p for p in paras if "票价" in p]) == 1 and any("调整为2.5元" in p for p in paras)


def test_a_narrow_wrapped_text_with_field_shaped_lines_still_joins():
    text = ("作为本地首家获批的社区诊所连锁，康桥医疗\n"
            "创始人周明向本报记者表示：“目前诊所的\n"
            "者表示：“目前的AI问诊主要体现在分诊\n"
            "环节上，后面还要看医保政策。”\n"
            "他认为：明年门店数量还会翻一番，但人\n"
            "手不足仍是最大难题，护士尤其难招。\n")
    paras = _paras(clean(text, source="wrap.txt").body)
    assert len(paras) <= 2 and not any(p.startswith("者表示") or p.startswith("他认为") for p in paras)


def test_a_lone_counter_with_the_stamps_word_leaves_with_them():
    c = clean(THREAD + "\n小溪 @xiaoxi_walk · 11月3日\n护膝确实重要。\n415 次查看\n", source="thread.txt")
    assert "415" not in c.body and "次查看" not in c.body
    assert "护膝确实重要。" in c.body
