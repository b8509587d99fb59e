"""A page of posts (issue 13, property 1): each post set under its account's name as a heading is
that account's; a comment line ("回复 @X：…") is nobody's; an article's section headings name
nobody. Small documents written for the test about an invented event (the closure of 青川大桥)."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 青川大桥\n  terms: [青川大桥, 大桥, 大橋]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    a = Article(slug="a", source="a.txt", title="青川大桥", script=script, blocks=parse_body(body),
                outlet=None, author=None, date="2025-05-01")
    part = analysed(tmp_path, a, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


WEIBO = ("搜索结果：青川大桥\n\n"
         "## 江北交通 V\n\n青川大桥今日起封闭维修，预计工期六个月，请市民提前规划出行路线。\n\n"
         "回复 @桥下看风景：封闭半年太久了，能不能晚上也施工？\n\n"
         "## 物流老周 V\n\n绕行南线每趟多跑四十公里，我们车队一个月油费要多出三万元。\n\n"
         "## 江北交通 V\n\n轮渡班次从明天起加密到每天十二班。")


def test_a_post_is_its_accounts(tmp_path):
    assert _who(tmp_path, WEIBO, "预计工期六个月") == ["江北交通"]
    assert _who(tmp_path, WEIBO, "油费要多出三万元") == ["物流老周"]
    assert _who(tmp_path, WEIBO, "加密到每天十二班") == ["江北交通"]


def test_a_comment_line_under_a_post_is_nobodys(tmp_path):
    assert _who(tmp_path, WEIBO, "能不能晚上也施工") == []


def test_a_traditional_page_of_posts(tmp_path):
    body = ("## 港口觀察者 V\n\n封閉之後碼頭的貨車少了三成，生意差了很多。\n\n"
            "## 大橋路人甲 V\n\n我家店面的營業額也掉了兩成，希望早點通車。")
    assert _who(tmp_path, body, "營業額也掉了兩成", "zh-Hant") in (["大橋路人甲"], ["大桥路人甲"])


def test_an_articles_section_headings_name_nobody(tmp_path):
    body = ("青川大桥周一起封闭维修。\n\n## 市场反应\n\n周边商铺的客流明显减少，营业额下降两成。\n\n"
            "## 专家观点\n\n主梁的裂缝已经超过安全限值，必须彻底更换支座。\n\n## 市场反应\n\n物流成本上升。")
    assert _who(tmp_path, body, "营业额下降两成") == []
    assert _who(tmp_path, body, "更换支座") == []


def test_one_account_heading_is_no_page_of_posts(tmp_path):
    body = "青川大桥周一起封闭维修。\n\n## 江北交通\n\n封闭期间将增开三条公交接驳线路。"
    assert _who(tmp_path, body, "公交接驳") == []


def test_an_embedded_posts_signature_names_its_author(tmp_path):
    body = ("青川大桥封闭首日，周边交通一片混乱。\n\n南线堵了整整两个小时，绕行车辆排出三公里。\n\n"
            "—江北老司机 (@jiangbei_driver) May 2, 2025\n\n交管部门随后增派了警力。")
    assert _who(tmp_path, body, "排出三公里") == ["江北老司机"]
    assert _who(tmp_path, body, "增派了警力") == []
    hant = "青川大橋封閉首日。\n\n輪渡碼頭排隊的人比平時多了三倍。\n\n— Jane Doe (@jdoe) 2025年5月2日"
    assert _who(tmp_path, hant, "多了三倍", "zh-Hant") == ["Jane Doe"]
