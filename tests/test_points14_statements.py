"""A statement never opens on an item's number (issue 13, property 4): a proposal's "（三）", a
notice's "三、", a traditional-script report's "（二）" are the list's, not the claim's; an
enumeration of numerals ("一、二线城市") is the claim's own words. Sentences written for the test on
invented topics (a ferry timetable, a museum's opening hours, a city's housing rules)."""

from __future__ import annotations

import pytest

from generator.analyse.statements import clean_statement
from generator.analyse.text import to_simplified


@pytest.mark.parametrize("sentence, script, expected", [
    ("（三）轮渡码头的候船区存在拥挤隐患。", "zh-Hans", "轮渡码头的候船区存在拥挤隐患。"),
    ("三、博物馆延长开放时间后，夜间安保人手明显不足。", "zh-Hans", "博物馆延长开放时间后，夜间安保人手明显不足。"),
    ("（二）新規實施後，首購族的貸款成數將下調一成。", "zh-Hant", "新规实施后，首购族的贷款成数将下调一成。"),
])
def test_an_items_number_opens_no_statement(sentence, script, expected):
    assert clean_statement(to_simplified(sentence, script), "新规", ("隐患", "不足", "下调")) == expected


def test_an_enumeration_of_numerals_is_kept():
    assert clean_statement("一、二线城市的房价将因新规下调。", "新规", ("下调",)) == "一、二线城市的房价将因新规下调。"
