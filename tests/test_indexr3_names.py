"""The index, round 2 of session 16: a company written with its place, pieces of phrases read as
names, and one person under two spellings.

- A company written with the country, city or origin before it ("瑞典诺维克造船公司", "美商…")
  is listed once, with the name it goes by (诺维克造船公司) as a spelling; a public body and a
  common noun keep their place (英国石油公司 names no 石油公司).
- Three characters inside a law's or a work's title 《…》 are a piece of the title, not a person.
- A "surname" counted by a number and a measure word ("一个钟成个…") is a noun, not a name.
- A stance after a name ("学者孟岚持不同看法") starts with 持: the name is 孟岚.
- A Chinese name with a Latin given name glued after it (a comment's author "何雅婷Tina") is the
  same person as the Chinese name alone.
- A post's date and time glued after its author's name is no part of the name.

Sources are invented (a shipyard, a beekeepers' forum, a ferry line, a tea-farm newsletter, a
choir's fan page), in forms unlike the corpora's: a wire dispatch, an e-mail, a forum thread, a
Cantonese chat log, a fan page with comments."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namebyline import _STAMP_TAIL
from generator.analyse.namedict import dictionary_names
from generator.analyse.nameplace import _names_someone, _rest
from generator.pipeline import Settings, build


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 造船与渡轮\n  terms: [造船, 渡轮, 养蜂]\n",
                                                   encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


def _entries(analysis) -> list[set[str]]:
    return [{e.name, *e.aliases, *e.forms} for e in analysis.entities]


WIRE = """标题：北欧船厂订单回暖
来源：环球航运通讯社
2025年3月4日

【本社斯德哥尔摩电】瑞典诺维克造船有限公司3日宣布，已与挪威一家渡轮运营商签署两艘电动渡轮的建造合同。诺维克造船有限公司发言人表示，新船将于2027年交付。

据路透社报道，挪威赫尔塔船业公司表示将扩产。与此同时，英国石油公司表示将继续为北海航线供应船用燃料。美国联邦航空总署则未就此事置评。
"""

MAIL = """From: 渡轮调度室 <dispatch@ferry.example>
To: 全体船员
Subject: 三月检修安排
Date: 2025-03-05

各位同事：

本月检修由德商克劳维茨船舶服务公司负责，检修期间渡轮停航两天。克劳维茨船舶服务公司的工程师会在码头值班。

根据《内河渡轮安全法》第十二条，检修记录须保存三年。

调度室 何雅婷
"""

FORUM = """# 养蜂论坛 › 蜂具交流

**楼主** 蜂场老孟 发表于 2025-03-06 10:12

今年的收购价又涨了，大家怎么看？

**2楼** 园艺学者孟岚 发表于 2025-03-06 11:40

对此，园艺学者孟岚持不同看法。她认为价格上涨是因为花期推迟，不是合作社压价。

**3楼** 小蜜蜂 发表于 2025-03-06 12:02

收一个钟成个蜂场都忙不过来，哪有空压价。
"""

FANPAGE = """合唱團粉絲專頁
春之聲合唱團2025年3月8日下午3:20

週末的渡輪音樂會圓滿結束，謝謝大家！

留言
何雅婷Tina：唱得太好了，下次還要去！
何雅婷：補充一下，渡輪上的音響也很棒。
"""


def test_company_with_its_place_is_listed_once_under_both_spellings(tmp_path):
    entries = _entries(_build(tmp_path, {"001_wire.txt": WIRE, "002_mail.txt": MAIL, "003_forum.md": FORUM}))
    ship = [e for e in entries if "瑞典诺维克造船有限公司" in e or "诺维克造船有限公司" in e]
    assert len(ship) == 1 and {"瑞典诺维克造船有限公司", "诺维克造船有限公司"} <= ship[0]
    yard = [e for e in entries if "挪威赫尔塔船业公司" in e or "赫尔塔船业公司" in e]  # written only with its country
    assert len(yard) == 1 and {"挪威赫尔塔船业公司", "赫尔塔船业公司"} <= yard[0]
    names = set().union(*entries)
    assert "石油公司" not in names and "联邦航空总署" not in names


def test_place_stays_on_public_bodies_and_common_nouns():
    cases = {"美国通用汽车": "通用汽车", "台北大鹏旅行社": "大鹏旅行社", "美商霍尼韦尔": "霍尼韦尔", "法国赛峰集团": "赛峰集团",
             "德商克劳维茨船舶服务公司": "克劳维茨船舶服务公司"}
    for name, rest in cases.items():
        assert _rest(name) == rest and _names_someone(rest), name
    for name in ("英国石油公司", "日本东京电力公司", "美国联邦航空总署", "新加坡国立大学", "上海证券报", "哈尔滨冰雪大世界",
                 "美国国务院", "香港中文大学"):
        rest = _rest(name)
        assert not rest or not _names_someone(rest), name


def test_pieces_of_titles_and_counted_nouns_are_no_people(tmp_path):
    for sentence in ("根据《民用无人机安全法》第十条规定。", "根据《内河渡轮安全法》第十二条，检修记录须保存三年。"):
        assert "安全法" not in dictionary_names(sentence)
    for sentence in ("搭船要等一个钟成个码头都系人", "那个钟成个都坏了", "收一个钟成个蜂场都忙不过来"):
        assert "钟成个" not in dictionary_names(sentence)
    assert "钟成国" in dictionary_names("《李成国传》作者钟成国说")  # after the title, a name again
    names = set().union(*_entries(_build(tmp_path, {"002_mail.txt": MAIL, "003_forum.md": FORUM})))
    assert not names & {"安全法", "钟成个", "孟岚持", "孟岚发"}  # (the forum's header: "园艺学者孟岚 发表于…")
    assert "孟岚" in names


def test_latin_given_name_and_post_stamp_make_no_second_person(tmp_path):
    entries = _entries(_build(tmp_path, {"004_fanpage.txt": FANPAGE, "002_mail.txt": MAIL}))
    he = [e for e in entries if "何雅婷" in e or "何雅婷Tina" in e]
    assert len(he) <= 1
    if he:
        assert "何雅婷Tina" not in he[0] or "何雅婷" in he[0]
    for stamped, name in (("阿潘说时事2024年9月14日上午10", "阿潘说时事"), ("春之声合唱团2025年3月8日下午3:20", "春之声合唱团"),
                          ("王小明 9月3日 14:20", "王小明"), ("渡轮爱好者2025-03-08 08:01", "渡轮爱好者")):
        assert _STAMP_TAIL.sub("", stamped).strip() == name
    assert _STAMP_TAIL.sub("", "7-11") == "7-11"


# Bodies named with no suffix the tool knows: an outlet a press review quotes ("日本《X》则关注",
# "（ABC）网站"), the body that issued a paper ("《X关于…的办法》").

PRESS_REVIEW = """<html><body><h1>外媒看北欧电动渡轮</h1>
<p>英国《海事快讯》则关注电池成本。报道称，一艘电动渡轮的电池约占造价的三成。</p>
<p>美国航运新闻网（SNW）网站则将挪威与美国作比较，报道援引数据称，美国的电动渡轮不到十艘。</p>
<p>中国《民法典》规定的合同形式与此无关。</p>
</body></html>
"""

NOTICE = """关于做好渡轮安全检查的通知

各区交通部门：

根据《国务院关于加强内河渡运安全管理的意见》和《中共中央办公厅 国务院办公厅关于加强渡轮安全的意见》，现就有关事项通知如下。

一、各区应当按照《关于开展内河渡运安全检查的通知》要求，于4月底前完成检查。
"""

NEWSLETTER = """茶园通讯　第12期

本期导读：日本《茶叶周报》援引业内人士称，今年春茶价格上涨。依照《茶园管理条例》，采摘须在清明前完成。
"""


def test_outlets_and_issuers_without_a_known_suffix_are_listed(tmp_path):
    names = set().union(*_entries(_build(tmp_path, {"001_review.html": PRESS_REVIEW, "002_notice.txt": NOTICE,
                                                     "003_news.txt": NEWSLETTER})))
    assert {"海事快讯", "SNW", "国务院", "国务院办公厅", "中共中央办公厅", "茶叶周报"} <= names
    assert not names & {"民法典", "茶园管理条例", "关于开展内河渡运安全检查的通知"}


# Credits whose labels the page glued to the text around them once its spaces were gone.

def test_glued_credit_labels_still_name_their_people():
    from generator.analyse.namecredits import text_credits

    cases = {
        "B2渡运·民生责任编辑：钱晓舟美术编辑：邝远": {("钱晓舟", "责任编辑"), ("邝远", "美术编辑")},  # an e-paper's page header
        "责任编辑：邵一帆值班编辑：温岚": {("邵一帆", "责任编辑"), ("温岚", "值班编辑")},  # a flash-news footer
        "《养蜂人》2025年第4期　文｜本刊记者 董青禾　阅读 1.1万": {("董青禾", "本刊记者")},  # a magazine's byline
        "审核：骆子谦校对：闵航": {("骆子谦", "审核"), ("闵航", "校对")},  # a notice's sign-off
    }
    for line, want in cases.items():
        assert {(n, r) for n, k, r in text_credits(line) if k == "person"} == want, line
    for line in ("他是一名资深编辑：说话很直", "中文 | English", "全文 | 下载"):
        assert not text_credits(line), line


# A company found under its registered name, written elsewhere by the name it goes by.

PARK_RELEASE = """关于春节假期游客服务的公告

大连青禾湾海洋乐园股份有限公司（以下简称“公司”）现就春节假期服务安排公告如下：假期期间青禾湾海洋乐园延长开放至21时。

大连青禾湾海洋乐园股份有限公司
2025年1月20日
"""

PARK_FORUM = """[游记] 冬天去海洋乐园值不值？

楼主：带娃去了青禾湾海洋乐园，排队半小时，企鹅馆很值。

回复：青禾湾海洋乐园的夜场人少，推荐。
"""

PARK_TABLE = """| 景区 | 春节接待量 | 同比 |
|---|---|---|
| 青禾湾海洋乐园 | 8.2万人次 | +35% |
| 星海湾公园 | 5.1万人次 | +12% |
"""


def test_registered_company_is_found_under_the_name_it_goes_by(tmp_path):
    entries = _entries(_build(tmp_path, {"001_release.txt": PARK_RELEASE, "002_forum.txt": PARK_FORUM,
                                         "003_table.md": PARK_TABLE}))
    park = [e for e in entries if any(n.startswith(("青禾湾海洋乐园", "大连青禾湾海洋乐园")) for n in e)]
    assert len(park) == 1 and "青禾湾海洋乐园" in park[0] and any(n.endswith("股份有限公司") for n in park[0])


# A share bar's buttons are no names the article mentions; "X官方宣布" names X.

SHARE_PAGE = """濱海日報 ｜ 港聞　兩岸　國際
字體：大　中　小　　分享：Facebook　WhatsApp　Telegram　複製連結

本港渡輪公司昨日宣布，天星小輪明年起加開夜航。
"""

BLOG = """冬日赏鸟记
发布于 2025-01-12　分享到：微信 微博 QQ空间

今年的黑脸琵鹭比往年多。听风书院官方宣布，观鸟季将延长到三月。
"""

FEED = """#观鸟季延长#
听风书院官微：观鸟季延长至3月底，欢迎预约。
转发 12　评论 3　赞 40
"""


def test_share_bars_name_nothing_and_official_sides_name_their_body(tmp_path):
    names = set().union(*_entries(_build(tmp_path, {"001_share.txt": SHARE_PAGE, "002_blog.txt": BLOG,
                                                     "003_feed.txt": FEED})))
    assert not names & {"Facebook", "WhatsApp", "Telegram", "QQ空间", "脸书"}
    assert not names & {"听风书院官方", "听风书院官微"}


# A footer's owner, a notice's organisers glued together, a brand and its trade.

def test_footer_owner_and_glued_organisers_are_read():
    from generator.analyse.namecredits import text_credits

    cases = {
        "© 2011－2025 birdwatch.example, all rights reserved 杭州听风网络科技有限公司　关于我们": {"杭州听风网络科技有限公司"},
        "版权所有：滨海日报社　京ICP备12345号": {"滨海日报社"},
        "主办单位：江州市人民政府办公室承办单位：江州市大数据管理局": {"江州市人民政府办公室", "江州市大数据管理局"},
    }
    for line, want in cases.items():
        assert {n for n, k, _ in text_credits(line) if k == "org"} == want, line
    assert not text_credits("本站保留所有权利，转载请注明出处")


KIOSK = """街角观察｜一杯咖啡的涨价

内地连锁咖啡店雀川咖啡（Quechuan Coffee）昨日宣布全线涨价。雀川官方宣布，涨价自下周一起生效。
"""

KIOSK_CHAT = """【咖啡群聊天记录】
阿良：雀川咖啡又涨了？
小周：雀川说是豆子贵了。
"""


def test_brand_alone_and_with_its_trade_are_one_company(tmp_path):
    entries = _entries(_build(tmp_path, {"001_kiosk.txt": KIOSK, "002_chat.txt": KIOSK_CHAT}))
    brand = [e for e in entries if e & {"雀川", "雀川咖啡", "连锁咖啡店雀川咖啡", "雀川官方"}]
    assert len(brand) == 1 and "雀川咖啡" in brand[0] and "雀川官方" not in brand[0]
