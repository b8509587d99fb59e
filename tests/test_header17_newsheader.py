"""A document's own header block gives its title, outlet, author and date; its furniture leaves.

Written for the test in forms the rules were not derived from, on topics unlike the corpora: a
Chinese-language wire of a foreign agency (simplified, ISO stamp, credit with a slash), a public
broadcaster's page in traditional script (a stamp in Chinese numerals, an app promotion at its
end), a statistics bureau's bulletin and a conference paper exported from PDF (a running header
padded to the page width on every page), and pages that must stay as they are (a blog post with a
date under its headline, a lead quoting a reporter without a filing credit)."""

from __future__ import annotations

from generator.clean import clean
from generator.clean.news_header import stamp_date

WIRE = """环宇通讯社 GNA 环宇通讯社中文网
首页 > 国际 > 科学
南极帝企鹅繁殖地缩减 研究人员呼吁扩大保护区
2024-03-05 09:12（3/5 10:40 更新）
字体  打印  分享  收藏

南极半岛西侧的海冰连续第三年提前融化，当地帝企鹅繁殖地的雏鸟存活率明显下降。（环宇通讯社记者 周明远／开普敦5日电）一支由多国学者组成的考察队本周公布调查结果，显示调查范围内有四处繁殖地几乎没有雏鸟存活。

考察队负责人说，海冰在雏鸟长出防水羽毛之前就已破裂，雏鸟落水后很难生还。她表示，这一现象过去十年中只出现过两次，但近三年每年都有发生。

研究人员呼吁南极海洋生物资源养护委员会扩大海洋保护区范围，并限制繁殖地附近的磷虾捕捞。（编辑：程雨桐）240305

环宇通讯社「快讯」App
iOS ：https://example.com/app-ios
安卓：https://example.com/app-android
"""

RADIO = """香港電台 RTHK
修復百年古籍 圖書館展出手工裝裱技藝
二〇二四年五月十日 星期五 14:30
A+  A-  分享

中央圖書館今日起展出一批修復完成的清代刻本，展覽介紹紙張脫酸、補洞和重新裝訂的過程。（記者黃詠詩／香港報導）負責修復工作的技術員表示，部分書頁曾受蟲蛀和水漬，修復一頁最長需要三天。

館方說，修復後的古籍會全部數碼化，讓市民在網上查閱，原件則存放在恆溫恆濕的書庫。展覽為期一個月，免費入場。
"""

BULLETIN = """江澜省统计局 | 统计公报                                              2024年4月
                        2023年江澜省渔业生产统计公报
一、总体情况
2023年全省水产品总产量达到186.4万吨，比上年增长3.1%。其中，海水产品产量121.7万吨，增长2.6%；淡水产品产量64.7万吨，增长4.0%。全省渔业经济总产值为842.3亿元。
第 1 页 / 共 3 页
江澜省统计局 | 统计公报                                              2024年4月
二、养殖与捕捞
全年海水养殖面积达到15.2万公顷，养殖产量占海水产品总产量的比重提高到68.5%。近海捕捞产量继续下降，远洋渔业产量保持稳定。
第 2 页 / 共 3 页
江澜省统计局 | 统计公报                                              2024年4月
三、渔民收入
全省渔民人均纯收入为2.86万元，比上年增长5.4%。休闲渔业接待游客人次恢复到疫情前水平，带动沿海渔村发展。
第 3 页 / 共 3 页
"""

PAPER = """第十二届全国城市声学学术会议论文集                                    2023年10月    青州
                    地铁车站站台混响时间的实测与模拟比较
                        —— 以三座地下车站为例
摘要：本文在三座地下车站站台实测了混响时间，并与几何声学模拟的结果比较。实测的混响时间比模拟结果长百分之十五左右，差距主要出现在低频段。
1 引言
地铁车站的广播清晰度取决于站台的混响时间。以往研究多依靠模拟，缺少实测数据的验证。本文在运营间隙进行了测量，以检验模拟方法的可靠性。
第十二届全国城市声学学术会议论文集                                    2023年10月    青州
2 测量方法
测量采用脉冲声源，在站台均匀布置十二个测点，每个测点重复测量三次。模拟采用同一车站的三维模型，材料吸声系数取自厂商资料。
第十二届全国城市声学学术会议论文集                                    2023年10月    青州
3 结论
实测与模拟的差距说明材料吸声系数的取值偏高。建议在设计阶段留出余量，并在开通前进行实测校核。
"""

BLOG = """周末去看了一场木偶戏
2024年6月8日

周末带孩子去剧场看了一场提线木偶戏，演员在台上同时操纵十几根线，木偶的手指都能动。孩子看完一直问木偶是怎么做出来的。

散场后剧团的老师还在门口教小朋友操纵简单的木偶，排队的人很多。
"""

QUOTE = """城南社区开设夜间托管班

城南社区从下周起开设小学生夜间托管班，每晚开放到八点半。（记者王海燕）社区工作人员说，托管班由退休教师和志愿者轮流值守，主要帮助双职工家庭。

报名的家长需要提供孩子的学籍证明，每班不超过二十人。
"""


def _meta(raw, name="000_page.txt"):
    out = clean(raw, source=name)
    return out, out.meta


def test_a_wire_page_header_gives_title_outlet_author_and_date():
    out, meta = _meta(WIRE)
    assert meta["title"].replace("\u3000", " ") == "南极帝企鹅繁殖地缩减 研究人员呼吁扩大保护区"
    assert meta["date"] == "2024-03-05"
    assert meta["author"] == "周明远"
    assert meta["outlet"] == "环宇通讯社"
    body = out.body
    for furniture in ("GNA", "更新", "字体", "打印", "记者 周明远", "程雨桐", "240305", "App", "https://"):
        assert furniture not in body, furniture
    # the text around the removed credits stays whole
    assert "雏鸟存活率明显下降。一支由多国学者组成的考察队" in body
    assert body.rstrip().endswith("并限制繁殖地附近的磷虾捕捞。")
    assert any(e.before.startswith("（环宇通讯社记者") for e in out.audit)


def test_a_traditional_broadcaster_page_with_a_chinese_numeral_stamp():
    out, meta = _meta(RADIO)
    assert meta["title"].replace("\u3000", " ") == "修復百年古籍 圖書館展出手工裝裱技藝"
    assert meta["date"] == "2024-05-10"
    assert meta["outlet"] == "香港電台"
    assert meta["author"] == "黃詠詩"
    assert "RTHK" not in out.body and "A+" not in out.body and "記者黃詠詩" not in out.body
    assert "展覽為期一個月，免費入場。" in out.body


def test_a_running_header_padded_to_the_page_width_is_no_title_and_never_leaks():
    out, meta = _meta(BULLETIN)
    assert meta["title"] == "2023年江澜省渔业生产统计公报"
    assert "统计公报    " not in out.body and "江澜省统计局 |" not in out.body
    assert out.body.count("江澜省统计局") == 0
    assert "全省渔业经济总产值为842.3亿元。" in out.body
    assert "带动沿海渔村发展。" in out.body


def test_a_conference_paper_running_header_and_its_dash_deck():
    out, meta = _meta(PAPER)
    assert meta["title"] == "地铁车站站台混响时间的实测与模拟比较"
    assert meta.get("subtitle") == "以三座地下车站为例"
    assert "论文集" not in out.body
    assert "建议在设计阶段留出余量，并在开通前进行实测校核。" in out.body


def test_pages_without_a_masthead_or_a_filing_credit_stay_as_they_are():
    out, meta = _meta(BLOG)
    assert meta["title"] == "周末去看了一场木偶戏"
    assert meta["date"] == "2024-06-08"
    assert "outlet" not in meta  # no line above the headline: nothing is read as a masthead
    assert out.body.startswith("周末带孩子去剧场看了一场提线木偶戏")
    out, meta = _meta(QUOTE)
    assert meta["title"] == "城南社区开设夜间托管班" and "outlet" not in meta
    assert "每晚开放到八点半。" in out.body and "社区工作人员说，托管班由退休教师和志愿者轮流值守" in out.body


def test_stamp_dates_in_three_calendars_and_no_date_in_a_sentence():
    assert stamp_date("民國113年1月9日 08:05") == "2024-01-09"
    assert stamp_date("二〇二三年十二月三十一日") == "2023-12-31"
    assert stamp_date("发布时间：2023-08-02 18:45") == "2023-08-02"
    assert stamp_date("2023年8月2日，暴雨袭击了这座城市") is None
    assert stamp_date("民國112年13月2日") is None
