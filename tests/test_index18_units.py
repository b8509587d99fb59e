"""A body's unit written right after it ("…部民用航空局人士表示", "…委医政司副司长") is the unit's
name, and the ministry stays an entry of its own (session 18). Sources are invented (an ornamental-fish
export notice, a rural broadband rollout, a museum's night opening) in three forms: a wire dispatch
in traditional script, a press-conference transcript, a WeChat-style post."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namecandidate import Candidate
from generator.analyse.namesubunit import sub_unit_candidates

from indexkit import build_analysis, entries


def _build(tmp_path: Path, files: dict[str, str]):
    return build_analysis(tmp_path, files, "乡村宽带", ['宽带', '风筝', '博物馆'])


_entries = entries


_WIRE = """（中央社記者王立台北5日電）農業部漁業署人士表示，今年觀賞魚出口金額較去年成長約兩成，
主要銷往日本與歐洲。農業部表示，將協助業者參加海外展會。
"""

_TRANSCRIPT = """发布会实录｜农村宽带覆盖情况

主持人：下面请工业和信息化部信息通信发展司副司长赵启航介绍情况。

赵启航：截至3月底，全国行政村通宽带比例已超过99%。工业和信息化部将继续推进偏远地区网络建设。
"""

_POST = """博物馆夜场开放啦！

据商务部服务贸易司消息，今年暑期全国三百余家博物馆推出夜间开放。商务部表示，将支持夜间文旅消费。
"""


def test_units_after_a_ministry_on_three_forms(tmp_path):
    analysis = _build(tmp_path, {"000_wire.txt": _WIRE, "001_transcript.md": _TRANSCRIPT, "002_post.txt": _POST})
    entries = _entries(analysis)
    for unit in ("农业部渔业署", "工业和信息化部信息通信发展司", "商务部服务贸易司"):
        assert entries.get(unit) == "org", unit
    for parent in ("农业部", "工业和信息化部", "商务部"):
        assert entries.get(parent) == "org", parent
    assert not any(n.endswith(("副司长", "人士")) for n in entries)


def test_no_unit_after_a_conjunction_or_a_title():
    found = {"水利部": [Candidate("水利部", "org", "suffix")], "财政部": [Candidate("财政部", "org", "suffix")]}
    paragraphs = {("a", "p1"): ("财政部和税务总局联合发文；水利部副部长表示，水利部部长也到场。", "")}
    assert sub_unit_candidates(found, paragraphs) == []
    paragraphs = {("a", "p1"): ("水利部防汛抗旱司副司长介绍，", "")}
    assert [c.name for c in sub_unit_candidates(found, paragraphs)] == ["水利部防汛抗旱司"]


_TW_WIRE = """（中央社記者陳怡台北8日電）大陸國家林業和草原局8日表示，今年春季植樹面積較去年增加一成。
"""
_HK_PAPER = """【本報訊】內地國家體育總局昨日公布，全民健身場地數量較五年前增加約三成。
"""
_FORUM_POST = """1楼 爱爬山的老吴 发表于 2024-5-03 09:10
转一条：中国大陆国家气候中心预计今年夏季南方降水偏多，出门记得带伞。
"""


def test_the_writers_locator_is_no_part_of_the_body(tmp_path):
    """"大陆国家林业和草原局" as Taiwan's press writes it is 国家林业和草原局."""
    analysis = _build(tmp_path, {"000_tw.txt": _TW_WIRE, "001_hk.txt": _HK_PAPER, "002_forum.txt": _FORUM_POST})
    entries = _entries(analysis)
    assert not any(n.startswith(("大陆", "内地", "中国大陆")) for n in entries), sorted(entries)
    assert entries.get("国家气候中心") == "org"
    assert entries.get("国家体育总局") == "org"
