"""A run of "label value" lines is a record of fields, not prose: it becomes a table, never a paragraph
glued to the text. Synthetic forms (a product's specification page, a company profile card printed in
columns, a museum exhibit's facts box, and a transcript that must stay prose), none from a corpus."""

from generator.clean import clean

SPEC = """山岚S2 户外折叠椅

山岚S2 户外折叠椅
品牌 山岚
重量 1.2千克
承重 120千克
展开尺寸 60×55×80厘米
颜色 墨绿

这款椅子采用航空铝支架，收纳后可以放进背包侧袋。评测者认为它适合徒步和露营使用。
"""

PROFILE = """企业名片

成立时间\u30002015年3月
注册资本\u30005000万元
员工人数\u3000约320人
主营业务\u3000冷链物流\u3000仓储

公司去年营收增长两成，管理层表示将在西南地区新建两座冷库。
"""

MUSEUM = """青铜鼎展品说明
年代 西周早期
出土地点 陕西宝鸡
通高 52厘米
重量 23.5千克
这件鼎的腹部铸有铭文，记录了一次册封仪式，是研究西周礼制的重要实物。
"""

TRANSCRIPT = """主持人 欢迎收听本期节目
嘉宾 谢谢邀请
主持人 我们今天聊聊露营装备
嘉宾 好的没问题
"""


def _body(text, name):
    return clean(text, source=name).body


def test_spec_sheet_becomes_a_table_of_fields():
    body = _body(SPEC, "spec.txt")
    assert "| 重量 | 1.2千克 |" in body and "| 展开尺寸 | 60×55×80厘米 |" in body
    assert "重量1.2千克" not in body  # no field glued into a paragraph
    assert "这款椅子采用航空铝支架，收纳后可以放进背包侧袋。" in body


def test_profile_card_printed_in_columns_keeps_its_cells():
    body = _body(PROFILE, "profile.txt")
    assert "| 成立时间 | 2015年3月 |" in body and "| 主营业务 | 冷链物流 | 仓储 |" in body
    assert "公司去年营收增长两成，管理层表示将在西南地区新建两座冷库。" in body


def test_facts_box_under_its_name_and_prose_after_it_stays_prose():
    body = _body(MUSEUM, "museum.txt")
    assert "| 出土地点 | 陕西宝鸡 |" in body and "| 重量 | 23.5千克 |" in body
    # the prose line right after the box is its own paragraph, not a row nor glued to one
    assert "\n这件鼎的腹部铸有铭文，记录了一次册封仪式，是研究西周礼制的重要实物。" in body


def test_speaker_turns_are_no_record():
    body = _body(TRANSCRIPT, "talk.txt")
    assert "|" not in body
