"""The outlets a source tag credits are organisations in the index (session 18): a newsletter's
"［来源：…］", a brief's "（来源：…）", a compilation's "资料来源：…". A site's page is its owner; a
document, a survey or the writer's own words are no body. Sources are invented (a lantern festival's
crowds, a glacier survey, a violin auction) in three forms: a Markdown morning brief, a plain-text
compilation, an HTML digest."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namesourcetag import source_tag_candidates

from indexkit import build_analysis, entries


def _build(tmp_path: Path, files: dict[str, str]):
    return build_analysis(tmp_path, files, "冰川观测", ['冰川', '花灯', '提琴'])


_entries = entries


_BRIEF = """# 晨间简报｜2月25日

**1. 冰川退缩速度放缓**

今年冬季西部多条冰川的退缩速度较去年有所放缓，观测站将继续加密监测。［来源：雪域观察、高原日报］

**2. 花灯节客流创新高**

元宵假期，古城花灯节累计接待游客超过八十万人次。［来源：古城文旅局官网］
"""

_COMPILATION = """提琴拍卖周报

上周，一把十八世纪的意大利提琴以约两千万元成交，刷新亚洲拍卖纪录。
资料来源：琴韵时报，北岸拍卖行，公司公告
"""

_DIGEST = """<html><head><meta charset="utf-8"><title>文化周摘</title></head><body>
<h1>文化周摘</h1>
<p>多地博物馆延长夜间开放时间，周末预约名额一放出即被抢空。（来源：江岸晚报）</p>
<p>图书馆借阅量同比上升一成。（来源：网友整理）</p>
</body></html>
"""


def test_source_tags_on_three_forms(tmp_path):
    analysis = _build(tmp_path, {"000_brief.md": _BRIEF, "001_compilation.txt": _COMPILATION, "002_digest.html": _DIGEST})
    entries = _entries(analysis)
    for outlet in ("雪域观察", "高原日报", "古城文旅局", "琴韵时报", "北岸拍卖行", "江岸晚报"):
        assert entries.get(outlet) == "org", (outlet, sorted(entries))
    for wrong in ("古城文旅局官网", "公司公告", "网友整理"):
        assert wrong not in entries, wrong


def test_what_a_tag_does_not_name():
    assert [c.name for c in source_tag_candidates("［来源：共同社、外务省网站］")] == ["共同社", "外务省"]
    assert source_tag_candidates("来源：新港集团3月2日声明、2023年第5号公告") == []
    assert source_tag_candidates("图片来源：家长供图") == []
    assert source_tag_candidates("本文来源：综合整理") == []
    assert source_tag_candidates("数据来源于抽样调查") == []
