"""Keywords a reader would search for include the topic's own terms that an article writes (the
editor's taxonomy names them: a reader searches the topic's name, whatever else the article is
about), in either script, the one the article writes most when two overlap, two at most. Synthetic
articles on an invented topic (a ferry line's timetable cut), a news page and a traditional-script
forum post, with a taxonomy written for the test."""

from __future__ import annotations

import re
from pathlib import Path

from generator.analyse import analyse
from tests.test_index import ROOT, TAXONOMY, _article


def _taxonomy(tmp_path: Path) -> Path:
    text = TAXONOMY.read_text(encoding="utf-8")
    block = "topic:\n  label: 轮渡减班\n  terms: [轮渡减班, 东渡航线, 轮渡, 青岚轮渡公司]\n"
    text = re.sub(r"(?m)^topic:\n(?:  .*\n)+", lambda _m: block, text, count=1)
    path = tmp_path / "taxonomy.yml"
    path.write_text(text, encoding="utf-8")
    return path


NEWS = "\n\n".join([
    "青岚轮渡公司从6月起把东渡航线的班次由每日48班压缩至30班，早高峰候船时间延长到40分钟以上。",
    "沿江三个街道约2.6万名通勤市民受到影响，不少人改乘公交绕行跨江大桥，单程多花半小时。",
    "轮渡公司称减班是因为燃油成本上涨、船员招聘困难，但市民质疑东渡航线仍有盈余。",
    "市交通运输局表示，已要求轮渡公司在10月底前恢复早晚高峰班次，东渡航线的调整须先举行听证。",
])

FORUM = "\n\n".join([
    "東渡航線減班之後，每天早上在碼頭排隊的人多了一倍，輪渡公司到底怎麼想的？",
    "我每天搭東渡航線上班，以前等十分鐘，現在要等四十分鐘，遲到三次被扣了全勤獎金。",
    "聽說東渡航線明年還要再減，大家要不要一起去交通局陳情？",
])


def _keywords(tmp_path, *articles):
    analysis, _ = analyse(list(articles), taxonomy_path=_taxonomy(tmp_path), overrides_path=None,
                          names_path=ROOT / "tests" / "no-such-names.yml")
    return {d.article: d.keywords for d in analysis.digests}


def test_the_topics_own_terms_an_article_writes_are_keywords_in_either_script(tmp_path):
    kws = _keywords(tmp_path,
                    _article("news", NEWS, title="青岚轮渡减班，沿江市民通勤受影响", date="2024-07-01", outlet="甲报"),
                    _article("forum", FORUM, script="zh-Hant", title="東渡航線減班，大家怎麼看", date="2024-07-02",
                             outlet="乙論壇"))
    assert "东渡航线" in kws["news"], kws["news"]
    assert "东渡航线" in kws["forum"], kws["forum"]  # written in traditional script, found all the same
    for words in kws.values():
        assert sum(1 for k in words if k in ("轮渡减班", "东渡航线", "轮渡", "青岚轮渡公司")) <= 2, words
        # never two keywords one inside the other
        assert not any(a != b and a in b for a in words for b in words), words
