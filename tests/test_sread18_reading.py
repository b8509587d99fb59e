"""Reading a page's form right (2): OCR'd watermarks, a document's title under its issuer, its
解读人 line, a spreadsheet export's own title, and which pieces of a page of items are off the topic.
Synthetic pages on topics unlike the corpora (a school bus, a water tariff, a hospital's parking, a
ski resort, a library)."""

from types import SimpleNamespace

from generator.clean import clean
from generator.readers.csvtable import convert as csv_convert

SCHOOL_OCR = """某市教育局
首页 > 政务公开 > 通知公告

《关于调整中小学校车线路的通知》政策解读

某市教育局官方网站

    今年秋季学期起，全市新增校车线路12条，覆盖城郊38所学校。教育局表示，新线路将减少学生步行距离。

问：新线路何时开通？
答：9月1日起分两批开通，第一批7条。

某市教育局官方网 站

问：票价如何？
答：义务教育阶段学生免费乘坐，高中学生每月50元。

某市教盲局官方网站

问：安全如何保障？
答：每辆校车配备一名随车照管员，车辆每月检修一次。

    （解读机关：某市教育局安全科  解读人：科长 周明远  联系电话：0000-XXXXXXX）

                                              某市教育局
                                            二〇二四年八月二十日
"""

HOSPITAL_OCR = """滨江第一医院服务公告

滨江第一医院微信公众号

为缓解就诊高峰停车难，医院新建立体停车库一座，新增车位420个，8月起试运行。

滨江第一医院微信公眾号

停车前30分钟免费，之后每小时5元。医院提醒患者尽量乘坐公共交通。

滨江第一医院微信公众号

试运行期间如有问题，可拨打服务热线反映。
"""

INTERVIEW = """图书馆馆长访谈

主持人王小明
今天我们请到了市图书馆馆长，谈谈夜间开放。

馆长李红
夜间开放以来，读者增加了三成，自修室每天满座。

主持人王小明
会不会增加管理成本？

馆长李红
会，我们增加了8名夜班馆员。

主持人王小明
谢谢李馆长。
"""


def test_an_ocr_watermark_leaves_the_text_and_is_no_heading():
    for text, mark in ((SCHOOL_OCR, "官方网"), (HOSPITAL_OCR, "微信公")):
        out = clean(text, source="ocr.txt")
        assert mark not in out.body, mark
        assert "## " + mark not in out.body
        removed = [e for e in out.audit if "watermark" in e.note]
        assert len(removed) >= 3  # every copy recorded, OCR's slips too
    out = clean(HOSPITAL_OCR, source="ocr.txt")
    assert "新增车位420个" in out.body and "每小时5元" in out.body


def test_a_speakers_repeated_name_line_is_no_watermark():
    out = clean(INTERVIEW, source="interview.txt")
    assert out.body.count("王小明") >= 2 and "李红" in out.body
    assert not any("watermark" in e.note for e in out.audit)


def test_a_documents_title_under_its_issuer_and_its_explainer():
    out = clean(SCHOOL_OCR, source="ocr.txt")
    assert out.meta["title"] == "《关于调整中小学校车线路的通知》政策解读"
    assert "某市教育局" not in out.body.split("\n\n")[0]  # the issuer's line is no paragraph of the text
    assert out.meta.get("author") == "周明远"
    assert "解读人：科长 周明远" in out.meta.get("credits", [])
    assert "0000-XXXXXXX" not in out.body


def test_explainers_and_writers_but_never_a_contact_person():
    tariff = ("关于调整居民阶梯水价的说明\n\n自明年1月起，第一阶梯水价由每吨3.2元调整为3.5元，第二、三阶梯同步上调。"
              "调整后每户每月平均多支出约2元。\n\n低保家庭每月免收5吨水费。\n\n（起草单位：某市发展改革委价格科  执笔人：副科长 何静  联系电话：0000-XXXX）\n")
    out = clean(tariff, source="tariff.txt")
    assert out.meta.get("author") == "何静"
    contact = ("关于图书馆延长开放时间的通知\n\n自下月起，市图书馆周末开放至晚上十时，自修室增加座位120个。\n\n读者可在官网预约座位。\n\n"
               "（联系人：张三  联系电话：0000-XXXX）\n")
    out = clean(contact, source="library.txt")
    assert out.meta.get("author") != "张三"


def test_a_spreadsheet_export_is_titled_by_its_own_line_never_by_a_row():
    rows = ("导出时间：2024-03-05 10:00\n序号,发布时间,来源,标题,摘要\n"
            "1,2024-03-01 09:00,本地日报,雪场客流创新高,本周末雪场接待游客超过2万人次，缆车排队超过一小时。\n"
            "2,2024-03-02 10:00,晚报,缆车票价上调,雪场缆车票价由80元上调至95元，引发游客不满。\n"
            "共2条 数据来源：某舆情平台（监测关键词：雪场）\n")
    text = csv_convert(rows, "export.csv")
    assert 'title: "某舆情平台（监测关键词：雪场）"' in text
    assert "本周末雪场接待游客" in text
    titled = "山区旅游舆情周报\n序号,发布时间,来源,标题,摘要\n1,2024-03-01 09:00,本地日报,雪场客流创新高,本周末雪场接待游客超过2万人次。\n共1条 数据来源：某平台\n"
    assert 'title: "山区旅游舆情周报"' in csv_convert(titled, "weekly.csv")
    bare = "序号,发布时间,来源,标题,摘要\n1,2024-03-01 09:00,本地日报,雪场客流创新高,本周末雪场接待游客超过2万人次。\n"
    assert "title: \"雪场客流" not in csv_convert(bare, "bare.csv") and "本周末雪场接待游客超过2万人次" not in \
        csv_convert(bare, "bare.csv").split("---")[1]


def _page(slug, items):
    """A page of items: (headline, paragraph) each under ``## headline`` and ``### post``."""
    blocks = []
    for i, (head, text) in enumerate(items, 1):
        blocks += [SimpleNamespace(kind="h2", id=f"h{i}", text=head),
                   SimpleNamespace(kind="h3", id=f"post{i}", text=f"{i}楼　来源　2024-03-0{i}"),
                   SimpleNamespace(kind="p", id=f"p{i}", text=text)]
    return SimpleNamespace(slug=slug, blocks=blocks)


def test_an_item_is_off_the_topic_only_when_it_shares_nothing_with_the_topic_and_the_other_items():
    from generator.analyse.pieceitems import off_topic_pieces

    page = _page("ski", [
        ("滑雪场客流创新高", "本周末滑雪场接待游客超过2万人次，缆车索道排队超过一小时，雪具租赁全部告罄。"),
        ("缆车索道排队引不满 雪具租赁涨价", "游客反映缆车索道排队过长，雪具租赁价格上涨三成。"),      # kin: shares its words
        ("滑雪场推夜场", "多家雪场推出夜场，票价八折。"),                                           # headline names it
        ("市图书馆周末延长开放", "市图书馆宣布周末开放至晚上十时，自修室座位增加120个。"),              # another story
    ])
    elsewhere = {("ski", "p2"), ("ski", "p3"), ("ski", "p4")}
    out = off_topic_pieces([page], elsewhere, ("滑雪场",))
    assert ("ski", "p4") in out and ("ski", "post4") in out
    assert ("ski", "p2") not in out and ("ski", "p3") not in out
    # without the topic's words, a piece that shares nothing with the others still goes
    assert ("ski", "p4") in off_topic_pieces([page], elsewhere)


def test_a_tables_repeated_cells_are_no_watermark():
    text = ("融资一览\n\n多家初创公司近期完成新一轮融资，金额见下。\n\n最新一轮融资规模\n\n数千万元人民币\n\n数千万元人民币\n\n"
            "数千万元人民币\n\n近亿元人民币\n\n投资人认为，估值仍在上升。\n")
    out = clean(text, source="table.txt")
    assert out.body.count("数千万元人民币") == 3


LIVE_COOKING = """某直播平台 · 直播回放（文字稿）
直播间：家常菜夜课｜零失败红烧肉，火候到底怎么掌握？
主播：厨娘阿梅
直播时间：2024年3月9日 20:00—21:30
回放观看：2.1万次　　本文字稿由平台自动生成并经人工校对，仅供参考

系统：直播已开始
主播：大家晚上好，今天我们做红烧肉，先把五花肉切成三厘米的块。
嘉宾老周：我补充一句，焯水一定要冷水下锅，不然腥味去不掉。
主播：对，老周说得对。糖色炒到枣红色就可以下肉了。
嘉宾老周：火候是关键，小火炖四十分钟。
路人甲：学会了，谢谢阿梅！
系统：主播暂时离开，稍后回来
主播：好，回来了，我们出锅。
"""

MEETING_TRANSCRIPT = """社区议事会录音整理

录制时间：2023年11月2日 19:00

系统：录音已开始
主持人：今天讨论小区加装电梯的分摊方案。
业主代表：一楼住户不出钱，二楼出百分之五，逐层递增。
主持人：有没有不同意见？
业主代表：六楼以上按百分之二十分摊，大家看行不行。
三楼住户：我同意，但希望施工期间保证通行。
系统：录音已结束
"""


def test_a_live_streams_title_date_counters_and_system_messages():
    out = clean(LIVE_COOKING, source="live.txt")
    assert out.meta["title"] == "家常菜夜课｜零失败红烧肉，火候到底怎么掌握？"
    assert out.meta["date"] == "2024-03-09"
    assert "系统" not in out.body and "回放观看" not in out.body and "自动生成" not in out.body
    assert "## 路人甲" not in out.body and "路人甲：学会了" in out.body  # one more speaker's turn, no heading
    assert "小火炖四十分钟" in out.body


def test_a_recordings_date_line_and_system_messages():
    out = clean(MEETING_TRANSCRIPT, source="meeting.txt")
    assert out.meta["date"] == "2023-11-02"
    assert "录音已开始" not in out.body and "录音已结束" not in out.body
    assert "## 三楼住户" not in out.body and "保证通行" in out.body


def test_a_system_line_in_prose_is_no_system_message():
    text = ("医院上线新预约系统\n\n本报讯　市一医院上线新的预约系统，患者可提前七天预约。\n\n"
            "系统：共有三个入口，分别是微信、电话和窗口。\n\n院方表示，老年人仍可现场挂号。\n")
    out = clean(text, source="hospital.txt")
    assert "三个入口" in out.body


def test_a_writers_credit_is_no_note_on_how_the_text_was_made():
    text = "社区图书角开张\n\n本文由网友 @小明 整理，欢迎转发。\n\n社区图书角昨日开张，首批图书500册。\n"
    out = clean(text, source="credit.txt")
    assert "本文由网友" in out.body
