"""A feed's posters whatever their shape: an account line standing alone over its post's stamp is the post's
poster, with a verification mark or without one ("码头镇小周"-like handles: a place and a nickname, a nickname
with a verb in it), so the index lists it; and a label word made of ordinary words opening a report's bullet
("影响：…的影响预计…") is no holder because its own sentence uses the word. Sources are invented (a lantern
fair's topic feed, a ferry line's timeline, a brokerage's tea-market note), in forms unlike the corpora's."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.speakers import lead_in
from generator.pipeline import Settings, build


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 灯会\n  terms: [灯会, 渡轮, 茶叶]\n", encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


LANTERNS = """#秦淮灯会#

夫子庙街坊阿梅
2-10 19:20 来自 iPhone客户端
今晚灯会人太多了，东牌楼那边排队进场排了四十分钟，带老人的最好错开高峰。
转发 21  评论 9  赞 130

爱拍照的老胡说灯会
2-10 20:05 来自 Android
龙年主灯十二米高，八点整每半小时亮一次灯光秀，站在文德桥上拍角度最好。
转发 56  评论 17  赞 402

南京文旅 V
微博认证：南京市文化和旅游局官方微博
2-10 21:30 来自 微博 weibo.com
灯会期间地铁三号线夫子庙站实行限流，请游客提前规划出行。
转发 310  评论 88  赞 2210
"""

FERRY = """海峡渡轮动态

渡口的小陈
3-2 07:40 来自 iPhone客户端
今天早上第一班渡轮因为大雾停航，码头上等了两百多人，渡轮公司说九点后视情况复航。
转发 3  评论 6  赞 41

跑船二十年的周师傅
3-2 09:15 来自 Android
雾散了，九点二十第一班已经开出，后面的班次会加密，中午前能把积压的渡轮旅客运完。
转发 12  评论 4  赞 88
"""


def test_posters_without_a_mark_reach_the_index(tmp_path):
    analysis = _build(tmp_path, {"000_lanterns.txt": LANTERNS, "001_ferry.txt": FERRY})
    names = {n for e in analysis.entities for n in (e.name, *e.aliases)}
    for poster in ("夫子庙街坊阿梅", "爱拍照的老胡说灯会", "渡口的小陈", "跑船二十年的周师傅"):
        assert poster in names, (poster, sorted(names))
    assert "南京文旅" in names


def test_a_bullet_label_that_its_own_sentence_uses_is_no_holder():
    para = "影响：对茶叶批发商全年毛利率的影响预计在1至2个百分点之间，冲击总体可控。"
    assert lead_in(para, article=para + "\n结构：春茶占比最高，但夏秋茶量大价低。") == []
    # a word the article has speak elsewhere stays a holder, as before
    other = "茶商：今年春茶的收购价比去年高了两成，明前茶尤其紧俏，不少批发商已经开始压价观望了。"
    assert lead_in(other, article=other + "\n茶商表示，春茶收购价还会再涨。")


CAMP = """露营地的动态

Lily Chen 🌿
6-8 18:20 来自 iPhone客户端
营地的淋浴间晚上六点后才有热水，带小孩的朋友记得提前安排洗澡时间。
转发 2  评论 3  赞 35

阿May（杭州）
6-8 19:45 来自 Android
今晚风很大，天幕一定要多打两根地钉，我们旁边那家的天幕半夜被吹翻了。
转发 5  评论 1  赞 60
"""

MARKET = """夜市攤位動態

Kevin 林
11-3 20:10 來自 iPhone
今晚臭豆腐攤排了半小時，老闆說週末會多備一倍的量。
轉發 4  評論 2  讚 51

小吃地圖 Taipei
11-3 21:40 來自 Android
夜市入口改到北側，南側在施工，騎車的朋友要從民生路進來。
轉發 9  評論 5  讚 88
"""


def test_an_account_line_of_any_shape_over_its_stamp_is_the_poster():
    from generator.clean import clean

    for text, name, posters in ((CAMP, "000_camp.txt", ("1楼\u3000Lily Chen", "2楼\u3000阿May（杭州）")),
                                (MARKET, "001_market.txt", ("1樓\u3000Kevin 林", "2樓\u3000小吃地圖 Taipei"))):
        heads = [p.strip() for p in clean(text, source=name).body.split("\n\n") if p.startswith("###")]
        assert len(heads) == 2, (name, heads)
        for head, want in zip(heads, posters):
            assert head.replace("樓", "楼").startswith("### " + want.replace("樓", "楼")), (head, want)
