"""Wrong kinds out of the index (session 18): an event is no body, a list of countries lists
places, a list's last body ends where the clause's verb begins, and an English name after
"<role> of/at" is where someone works (a body), which lets a bilingual page join one person's two
spellings. Sources are invented (a chess league, a tea fair, a kite festival, a violin workshop,
a forest-fire notice), in forms unlike the corpora's: a club newsletter in Markdown, a county
notice, a forum post, a bilingual feature page."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.nameenglish import english_kind
from generator.analyse.nameenum import enumeration_candidates
from generator.analyse.nameevent import is_event

from indexkit import build_analysis, entries


def _build(tmp_path: Path, files: dict[str, str]):
    return build_analysis(tmp_path, files, "乡村文体", ['象棋', '茶叶', '风筝', '提琴'])


_entries = entries


_NEWSLETTER = """# 棋友周报｜第12期

**1. 象棋甲级联赛：青岭队客场战平**

青岭象棋俱乐部主教练孙启明表示，队员状态正在恢复，下一轮将迎战滨海队。

**2. 女子象棋大师赛：三名小将晋级**

据滨海市象棋协会消息，本届比赛共有六十四名选手参加。

**3. 西山杯：报名截止本周五**

西山杯由西山镇文化站承办，今年首次设立少年组。
"""

_NOTICE = """西岭县第三届高山茶叶博览会开幕

2024年4月20日，西岭县第三届高山茶叶博览会在县会展中心开幕。县茶叶协会会长周德林介绍，本届博览会吸引了
二百余家茶企参展，县农业农村局、县商务局发布公告，对参展茶农给予摊位费补贴。

周德林说，合作社今年开拓了新西兰、智利、秘鲁等市场，春茶订单比去年多三成。
"""

_FORUM = """标题：周末去看风筝节吗

1楼 放风筝的阿远 发表于 2024-4-02 09:10
潍河风筝节周六开幕，河滩公园风筝协会的老会长冯立仁说今年有一百多只大风筝。

2楼 收工喝茶 发表于 2024-4-02 10:22
同去，去年的国际风筝节人太多了。
"""


def test_events_are_no_bodies_on_three_forms(tmp_path):
    """Competitions, a fair and a festival are not listed as organisations; their organisers are."""
    analysis = _build(tmp_path, {"000_newsletter.md": _NEWSLETTER, "001_notice.txt": _NOTICE, "002_forum.txt": _FORUM})
    entries = _entries(analysis)
    for event in ("象棋甲级联赛", "女子象棋大师赛", "西山杯", "西岭县第三届高山茶叶博览会", "高山茶叶博览会",
                  "潍河风筝节", "国际风筝节"):
        assert event not in entries, event
    assert entries.get("滨海市象棋协会") == "org"
    assert entries.get("周德林") == "person"


def test_a_list_of_countries_and_a_verb_after_a_list(tmp_path):
    """"新西兰、智利、秘鲁等市场" names no body; "县农业农村局、县商务局发布公告" ends on 县商务局."""
    analysis = _build(tmp_path, {"001_notice.txt": _NOTICE})
    entries = _entries(analysis)
    for wrong in ("新西兰", "智利", "秘鲁", "县商务局发布公告", "商务局发布公告"):
        assert wrong not in entries, wrong
    assert not any(n.endswith("发布公告") for n in entries)


def test_event_words():
    for name in ("男子篮球锦标赛", "城市马拉松", "秋季糖酒交易会", "亚洲杯", "新品发布会", "啤酒节"):
        assert is_event(name), name
    for name in ("全国人民代表大会", "博鳌亚洲论坛", "滨海市象棋协会", "杯子", "奥组委", "世界杯组委会"):
        assert not is_event(name), name


def test_enumeration_stops_at_the_verb():
    found = [c.name for c in enumeration_candidates("农业农村部、国家林草局发布通知，要求各地做好秋季防火", {"农业农村部": "org"})]
    assert found == ["国家林草局"]
    assert enumeration_candidates("合作社先后开拓了新西兰、智利、秘鲁等货源", {}) == []
    # short forms of brokerages that are also mountains' names: a body in the list says it lists bodies
    brokers = [c.name for c in enumeration_candidates("黄山、泰山、北斗证券等4家券商在报告中表示看好", {})]
    assert brokers == ["黄山", "泰山", "北斗证券"]
    banks = [c.name for c in enumeration_candidates("宁德时代、比亚迪、国家开发银行等公司", {})]
    assert "国家开发银行" in banks  # a body whose name holds a verb ("开发") stays whole


def _kind(text: str, name: str) -> str:
    i = text.find(name)
    return english_kind(text, i, i + len(name), name.split())


def test_english_workplace_is_a_body():
    assert _kind("Maria Lopez, director of Andes Luthiers, a violin workshop, says demand has doubled.",
                 "Andes Luthiers") == "org"
    assert _kind("Tom Baker, an economist at Greenfield Partners, said prices rose.", "Greenfield Partners") == "org"
    assert _kind("Maria Lopez, director of Andes Luthiers, a violin workshop, says demand has doubled.",
                 "Maria Lopez") == "person"
    assert _kind("The workshop's owner, fiddler Anna Berg, says the wood is dry.", "Anna Berg") == "person"


_BILINGUAL = """<html><head><meta charset="utf-8"><title>双语｜安第斯山里的提琴作坊</title></head><body>
<h1>安第斯山里的提琴作坊</h1>
<div class="byline">2024年3月2日 来源：弦声网</div>
<div class="article">
<p>在秘鲁库斯科，提琴作坊安第斯琴坊的负责人玛丽亚·洛佩斯说，今年的订单比去年翻了一番，“木料的干燥时间是最大的瓶颈”。</p>
<p>In Cusco, Peru, Maria Lopez, director of Andes Luthiers, a violin workshop, says orders have doubled from last year. "Drying the wood is the biggest bottleneck."</p>
<p>当地音乐学校的教师卡洛斯·门多萨表示，学生们更愿意买本地制作的提琴，价格只有进口琴的一半左右。</p>
<p>Carlos Mendoza, a teacher at a local music school, says students prefer locally made violins, which cost about half as much as imported ones.</p>
<p>作坊今年还招收了六名学徒，学制三年，学费由市政府补贴。</p>
<p>The workshop has also taken on six apprentices this year for a three-year course, with fees subsidised by the city government.</p>
</div></body></html>
"""


def test_bilingual_page_joins_the_person_when_the_workplace_is_a_body(tmp_path):
    """"Maria Lopez, director of Andes Luthiers": Andes Luthiers is no second person, so the
    pair's one person on each side is one entry (玛丽亚·洛佩斯 = Maria Lopez)."""
    analysis = _build(tmp_path, {"000_bilingual.html": _BILINGUAL})
    by_name = {n: e for e in analysis.entities for n in (e.name, *e.aliases)}
    assert by_name.get("Andes Luthiers") is None or by_name["Andes Luthiers"].kind == "org"
    assert "玛丽亚·洛佩斯" in by_name and by_name["玛丽亚·洛佩斯"].kind == "person"
    assert "Maria Lopez" in by_name and by_name["Maria Lopez"] is by_name["玛丽亚·洛佩斯"]
