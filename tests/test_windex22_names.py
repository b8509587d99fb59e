"""The index on a story of carmakers and a trade body, written for these tests (invented people and a
made-up dispute over tariffs on e-bikes), run through the pipeline as an editor's sources are.

The rules they check, in one sentence each:
* a well-known maker's other-script or other-region name is the same entry (富豪（Volvo） = 沃尔沃, BMW = 宝马,
  欧盟执委会 = 欧盟委员会);
* after 品牌 a common noun is the goods, no brand ("中国品牌电动车在欧洲…");
* a title before a bracketed Latin name is no part of the name, particles and accents included
  ("欧盟委员会主席冯德莱恩（Ursula von der Leyen）", "首相桑切斯（Pedro Sánchez）", "副教授区志锋（Au Chi-fung）");
* a transliterated name before its bracket is whole ("马蒂亚斯·霍夫曼（Matthias Hoffmann）"), and its last part alone
  is that person;
* the adverb after a two-character name is no part of it ("林卓则认为");
* a list's hyphenated maker is one name ("大众、宝马、梅赛德斯-奔驰等车企").
"""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namebracket import _brackets
from generator.analyse.namebrand import brand_candidates
from generator.analyse.nameenum import enumeration_items
from generator.analyse.namepeople import _speech
from generator.pipeline import Settings, build


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 电单车关税\n  terms: [关税, 电单车]\n",
                                                   encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


MAINLAND = """欧盟拟对电单车加征关税　车企表态不一

2025年3月4日，欧盟委员会主席冯德莱恩（Ursula von der Leyen）宣布，将对进口电单车展开调查。中国品牌电动车在欧洲
销量上升，外资品牌车型也受到波及。沃尔沃与宝马均表示关注。

德国汽车协会及大众、宝马、梅赛德斯-奔驰等车企此前多次公开反对加征关税。

经济学家马蒂亚斯·霍夫曼（Matthias Hoffmann）表示，调查结果可能在夏天公布。

霍夫曼认为，关税不会改变电单车进入欧洲的趋势。

咨询合伙人林卓认为，谈判仍有空间。林卓则认为，欧方的要求过于严苛。
"""

TAIWAN = """歐盟執委會擬對電單車課稅

2025年3月5日，歐盟執委會宣布調查進口電單車。富豪（Volvo）與BMW的在華工廠同樣受影響。
西班牙首相桑切斯（Pedro Sánchez）表示將訪問北京。城邦大學經濟系副教授區志鋒（Au Chi-fung）指出，
法國的立場最為強硬。
"""


def test_one_entry_per_body_and_person_across_scripts_and_regions(tmp_path):
    analysis = _build(tmp_path, {"001_mainland.txt": MAINLAND, "002_taiwan.txt": TAIWAN})
    by_form = {}
    for e in analysis.entities:
        for f in (e.name, *e.aliases, *getattr(e, "forms", ())):
            by_form.setdefault(f, set()).add(e.name)
    names = {e.name for e in analysis.entities}
    # one entry for each body, whatever the region calls it
    assert by_form.get("富豪", {"沃尔沃"}) == by_form["沃尔沃"]
    assert by_form.get("BMW", {"宝马"}) == by_form["宝马"]
    assert "欧盟执委会" not in names and "歐盟執委會" not in names
    # the goods after 品牌 are no brand; the title is no part of a name
    assert not names & {"电动车", "车型", "欧盟委员会主席冯德莱恩", "林卓则", "马蒂亚斯·霍"}
    assert "冯德莱恩" in names and "马蒂亚斯·霍夫曼" in names and "林卓" in names
    assert "霍夫曼" not in names  # the surname alone is the one dotted person's
    assert {e.name: e.kind for e in analysis.entities}.get("区志锋") == "person"
    assert "Pedro Sánchez" not in names and "Au Chi-fung" not in names  # each is its Han name's alias


def test_bracket_names_keep_their_shapes():
    def found(text):
        out = []
        _brackets(text, out)
        return [(c.name, c.kind) for c in out]
    assert found("首相桑切斯（Pedro Sánchez）表示") == [("桑切斯", "person")]
    assert found("画家梵高（Vincent van Gogh）曾住在这里")[0][1] in ("person", "org")  # read, not dropped
    assert found("斯坦福大学（Stanford University）的研究") == [("斯坦福大学", "org")]
    assert found("据悉马斯克（Elon Musk）称") == [("马斯克", "person")]


def test_brands_lists_and_speakers_keep_real_names():
    out = []
    brand_candidates("新式茶饮品牌茶屿今日宣布涨价，咖啡品牌山岚推出新品。中国品牌手机在欧洲热销。", out)
    assert [c.name for c in out] == ["茶屿", "山岚"]
    assert enumeration_items("大众、宝马、梅赛德斯-奔驰等车企", True)[-1] == "梅赛德斯-奔驰"
    out = []
    _speech("周立新表示，谈判仍在继续。王也认为如此。", out)
    assert [c.name for c in out] == ["周立新", "王也"]


NOTE = """远帆证券　行业点评

投资要点

■ 事件：3月4日，某国交通部公布电单车进口新规，自4月1日起对进口电单车加征关税。新规税率较此前草案小幅下调，甲公司、乙公司分别为12.5%、14.0%。

■ 影响可控。我们测算，头部企业在欧洲的售价约为国内的1.6倍，仍有盈利空间。

▲ 工人在装配线上检查车架。
"""

WIRE = """环球社快讯汇编

环球社日内瓦5月9日电　某国已就电单车关税措施向世界贸易组织提起争端解决诉讼。（完）

环球社北京5月20日电　商务部20日宣布，对进口葡萄酒发起反倾销调查。（完）
"""


def test_a_reports_bullets_are_its_text_and_a_wire_lead_is_its_days_news(tmp_path):
    analysis = _build(tmp_path, {"001_note.txt": NOTE, "002_wire.txt": WIRE, "003_mainland.txt": MAINLAND})
    figures = " ".join(f.context for f in analysis.figures)
    # the ■ bullets of a broker's note are paragraphs a reader reads, their figures listed
    assert "12.5%" in figures and "1.6倍" in figures, figures
    # the wire's item that dates nothing but its dateline is that day's news; the other keeps its day
    days = {e.date for e in analysis.events}
    assert any(d.endswith("-05-09") for d in days) and any(d.endswith("-05-20") for d in days), days
