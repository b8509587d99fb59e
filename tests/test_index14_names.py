"""The index's people and organisations where records, transcripts and captions name them, and
what never enters it as a name. Synthetic sources written for these tests (a city marathon, a
river ferry, a zoo's new panda house, a listed cable-car company: invented names), in several
forms (a TV transcript, an investor-relations record, a forum thread, a press-conference
transcript, a deputies' proposal, a Hong Kong news page), run through the pipeline as an
editor's sources are.

The rules they check, in one sentence each:
* a name after a profession or an office glued to it is a person ("注册营养师许静则…");
* a caption "字幕：name　role" names who speaks, whatever the cleaner glued after it;
* a roster "unit name；unit name；…" names people and, when the unit is no title, their employers;
* a labelled row of names ("附议代表：A　B　C") names each;
* "X新闻记者：" opening a question in a transcript names an outlet;
* a name carries no verb, adverb, discourse phrase, digit run or user level; a body is no person;
* a local body's short form ("市文旅局") is its full form when the corpus gives one full form.
"""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namefind import find_candidates
from generator.analyse.namenot import not_a_name
from generator.analyse.namecandidate import Candidate
from generator.pipeline import Settings, build


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 城市服务\n  terms: [马拉松, 渡轮, 缆车]\n",
                                                   encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


def _names(analysis) -> dict[str, object]:
    return {n: e for e in analysis.entities for n in (e.name, *e.aliases)}


TV_TRANSCRIPT = """青州新闻联播　2025年4月12日

【导语】明天上午，青州国际马拉松将在滨河大道鸣枪开跑，三万名跑者报名参赛。

【正文】
记者在起点区看到，补给站和医疗点已经搭建完毕。

字幕：卢安邦　青州市田径协会秘书长
赛道今年改走滨河大道，坡度更小，我们预计不少跑者能跑出个人最好成绩。

字幕：贺女士　参赛跑者
严格来说我只是来凑热闹的，能跑完半程就满足了。

运动医学科主任医师葛文涛先生提醒，赛前一晚不要大量进食。注册营养师邬晓丽则建议，
比赛当天早餐以易消化的碳水为主。

记者：柯明远　倪书涵　摄像：闻一帆
"""

IR_RECORD = """证券代码：688999　　证券简称：云岭索道

云岭索道股份有限公司投资者关系活动记录表

编号：2025-006

参与单位名称及人员姓名：
长庚证券 陶君逸；远川基金 苗若溪；松石资产 戚子墨、费立言；

时间：2025年5月20日 14:00—15:30

上市公司接待人员姓名：
董事会秘书 詹永和；财务总监 樊秋月

投资者关系活动主要内容介绍：
董事会秘书詹永和介绍了公司基本情况。公司运营三条客运索道，今年一季度客流同比增长约18%。
"""

FORUM = """青州论坛 > 出行版

【讨论】渡轮夜班恢复了，大家坐过没有？

1楼  江边阿杰  LV12 资深版主
今天坐了最后一班渡轮，人不多，挺舒服的。

2楼  半岛小米粒  LV3
谢谢分享！我明天也去试试。

3楼  老城区跑腿哥  LV7 活跃用户
回复 江边阿杰：码头的候船室台账不全、消毒不规范，希望市港航局管一管。
"""

PRESS_CONFERENCE = """青州市人民政府新闻办公室新闻发布会文字实录

时间：2025年6月3日 10:00

主持人：
各位记者朋友，大家上午好。今天我们邀请到青州市文旅局副局长柴明川先生介绍动物园熊猫馆开放情况。

青州市文旅局副局长 柴明川：
熊猫馆将于6月8日对公众开放，实行分时段预约。

青州日报记者：
请问开放初期如何控制客流？

青州市文旅局副局长 柴明川：
谢谢您的提问。开放首月每天限流八千人。

澜川新闻记者：
市文旅局是否考虑延长夜间开放时间？

青州市文旅局副局长 柴明川：
我们会根据客流情况研究。
"""

PROPOSAL = """青州市人大常委会代表工作委员会

关于增设夜间渡轮班次的建议

领衔代表：庞知远
附议代表：邝雨桐　滕家骏　祁慕白

近年来，夜间渡轮需求持续增长。建议市港航局增开夜班。
"""

HK_NEWS = """星島觀察　2025年6月4日

青州動物園熊貓館周日開放　市文旅局限流八千

青州市文旅局表示，熊貓館周日起開放。獸醫院高級獸醫師賴嘉敏稱，熊貓已適應新環境。
"""


def test_people_named_in_rows_captions_and_glued_titles(tmp_path):
    a = _build(tmp_path, {"000_tv.txt": TV_TRANSCRIPT, "001_ir.txt": IR_RECORD, "002_proposal.txt": PROPOSAL})
    names = _names(a)
    # a caption's speaker with the role the caption gives (the role's organisation read apart)
    assert "卢安邦" in names and "秘书长" in names["卢安邦"].role
    assert "贺女士" in names
    # a name glued after a profession
    assert "葛文涛" in names and "邬晓丽" in names
    assert not any(n.startswith(("医师", "营养师")) for n in names)
    # a roster of units and people: each person, and each unit that is no title
    for person in ("陶君逸", "苗若溪", "戚子墨", "费立言", "詹永和"):
        assert person in names, person
    assert "远川基金" in names and "松石资产" in names
    assert names["詹永和"].role.endswith("董事会秘书")
    # a labelled row of names
    for person in ("邝雨桐", "滕家骏", "祁慕白"):
        assert person in names, person
    # a caption's person is never glued onto the organisation after it
    assert not any(n.startswith("卢安邦") and n != "卢安邦" for n in names)


def test_no_phrase_level_or_body_enters_as_a_name(tmp_path):
    a = _build(tmp_path, {"000_tv.txt": TV_TRANSCRIPT, "001_forum.txt": FORUM, "002_pc.txt": PRESS_CONFERENCE})
    names = _names(a)
    for junk in ("严格来", "谢谢您", "谢谢分享", "LV12", "LV3", "LV7", "台账不全", "消毒不规范"):
        assert not any(junk in n for n in names), junk
    people = {e.name for e in a.entities if e.kind == "person"}
    assert not any(n.endswith(("局", "委", "办")) for n in people)


def test_outlets_asking_in_a_transcript_and_a_short_form_merged(tmp_path):
    a = _build(tmp_path, {"000_pc.txt": PRESS_CONFERENCE, "001_hk.txt": HK_NEWS})
    names = _names(a)
    assert "青州日报" in names and "澜川新闻" in names
    # 市文旅局 is the one 文旅局 of the corpus: one entry under its full name, across scripts
    assert "市文旅局" in names and "青州市文旅局" in names
    assert names["市文旅局"] is names["青州市文旅局"]
    assert names["市文旅局"].name == "青州市文旅局"


def test_a_short_form_with_two_full_forms_stays_apart():
    from generator.analyse.namemerge import merge_spellings
    from generator.analyse.namelist import NameList
    found = {n: [Candidate(n, "org", "public")] for n in ("市文旅局", "青州市文旅局", "临江市文旅局")}
    g = merge_spellings(found, NameList())
    assert g.find("市文旅局") != g.find("青州市文旅局") and g.find("市文旅局") != g.find("临江市文旅局")


def test_a_roster_read_without_its_cell_borders():
    """A table the cleaner read as one run ("…姓名长庚证券陶君逸；远川基金苗若溪；…"): the unit ends
    on an organisation's suffix; the row's label glued before the first unit is not taken."""
    text = "参与单位名称及人员姓名长庚证券陶君逸；远川基金苗若溪；松石资产戚子墨；时间2025年5月20日"
    got = {(c.name, c.kind) for c in find_candidates(text) if c.why in ("roster", "title")}
    assert {("陶君逸", "person"), ("苗若溪", "person"), ("远川基金", "org"), ("松石资产", "org")} <= got
    assert not any(k == "org" and n.startswith("参与") for n, k in got)


def test_the_shape_tests_keep_real_names():
    for name in ("许静", "葛文涛", "欧阳静", "南墙", "高明"):
        assert not not_a_name(name, [Candidate(name, "person", "title")]), name
    for name in ("云岭索道", "远川基金", "青州市疾病预防控制中心", "小熊不吃糖"):
        assert not not_a_name(name, [Candidate(name, "org", "suffix")]), name
    assert not_a_name("卫健委", [Candidate("卫健委", "person", "dictionary")])
    assert not_a_name("现做", [Candidate("现做", "person", "title")])


BUSINESS_PAGE = """澜川商报　2025年7月2日

国产索道设备打破垄断

长期以来，国内高端索道几乎全部依赖岚峰、北岳两家供应，价格居高不下。今年的新订单则以青禾文旅投资、
澄江文旅投资等投资公司为主。

途游平台数据显示，暑期索道门票预订量同比增长四成。新式茶饮品牌松间今日宣布与景区合作，
云栖食品旗下雪团品牌也推出了联名冰品。

澜川理工大学机械工程学院教授邱明哲认为，国产设备的维护成本更低。
"""


def test_organisations_a_list_a_platform_and_a_brand_name(tmp_path):
    a = _build(tmp_path, {"000_page.txt": BUSINESS_PAGE})
    names = _names(a)
    # "两家" counts firms: the list before it names two companies
    assert "岚峰" in names and "北岳" in names
    # the items of a list share their shape: the first item is as long as the last
    assert "青禾文旅投资" in names and "澄江文旅投资" in names
    # a platform's own word is no part of its name
    assert "途游" in names and "途游平台" not in names
    # a brand after 品牌 and between 旗下 … 品牌, and the owner before 旗下
    assert "松间" in names and "雪团" in names and "云栖食品" in names
    # a university named with its school: both listed, the university with a mention of its own
    assert "澜川理工大学" in names and names["澜川理工大学"].mentions


def test_an_enumeration_of_kinds_keeps_its_words():
    from generator.analyse.nameenum import enumeration_items
    assert enumeration_items("新能源汽车、燃油汽车等产品") == ["新能源汽车", "燃油汽车"]
    assert enumeration_items("客户以三大航和青禾金融租赁、澄江金融租赁等租赁公司为主")[:2] == ["青禾金融租赁", "澄江金融租赁"]
