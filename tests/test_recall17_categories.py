"""A category shares the claim's subject, not a cue word's other sense (issue 13, property 5).

Phenomenon: "出口" is goods sold abroad (trade) and a way out of a road, a station or a building;
a road closure ("高速部分出口封闭") filed under 贸易/进出口 tells a reader the wrong subject. A way
out named after a road, a station or a building word, or followed by its closing, is masked
before the categories' words are looked for (``claimshape._EXIT``); exports stay trade.

Three forms unlike the corpora: a metro operator's notice, a traffic bulletin, a shopping mall's
post; and the trade sense in a customs report.
"""

from __future__ import annotations

from generator.analyse.claims import classify
from generator.analyse.taxonomy import load_taxonomy
from tests.test_briefing_recall import _named_only

TOPIC = "topic:\n  label: 寒潮\n  terms: [寒潮, 暴雪]\n"


def _tax(tmp_path):
    path = tmp_path / "taxonomy.yml"
    path.write_text(_named_only(TOPIC), encoding="utf-8")
    return load_taxonomy(path)


def test_a_way_out_is_no_export(tmp_path):
    tax = _tax(tmp_path)
    for text in ("受暴雪影响，地铁2号线A出口临时封闭，乘客需绕行十分钟，早高峰出行明显受影响。",
                 "寒潮期间，沈海高速多个收费站出口封闭，货车滞留超过六小时，物流运输一度中断。",
                 "商场东侧出口关闭后，顾客排队半小时才能离开，周末客流明显下降。"):
        got = classify(text, tax)
        assert got is None or got[0].category.id != "trade", (text, got and got[0].category.id)


def test_exports_stay_trade(tmp_path):
    tax = _tax(tmp_path)
    got = classify("受寒潮影响，港口停航三天，蔬菜出口受阻，出口额下降三成。", tax)
    assert got and got[0].category.id == "trade", got and got[0].category.id
