"""An English-only story keeps its paragraphs and its spaces, in whatever form it arrives.

A wire story pasted as text (paragraphs separated by blank lines) came out as one paragraph glued
as "…bookings higher.The action…": an English sentence's end was not read as one, and the join put
no space between the two words."""
from generator.clean import clean


def _paras(raw: str, name: str = "001_wire.txt") -> list[str]:
    return [p.strip() for p in clean(raw, source=name).body.split("\n\n") if p.strip()]


WIRE = """Harbour city ferry fares to rise 8% from March, operator says

By Ana Ruiz and Tom Ellis

HONG KONG, Jan 9 (Newswire) - The city's largest ferry operator will raise fares by 8% from March 1, it said on Tuesday, citing fuel costs and falling weekday ridership.

The operator carried 41 million passengers last year, down 12% from 2019, according to its annual report.

"We have held fares for four years. That is no longer possible," said chief executive Paul Wong (黄保罗), adding that concession fares would not change.

Commuter groups said the increase would hit outlying-island residents hardest.
"""


def test_blank_lines_between_english_paragraphs_stay_paragraph_breaks():
    paras = _paras(WIRE)
    assert any(p.startswith("The operator carried 41 million") for p in paras)
    assert any(p.startswith("Commuter groups said") for p in paras)
    assert not any("ridership.The" in p or "2019, according to its annual report.\"We" in p for p in paras)


def test_a_hard_wrapped_english_paragraph_is_joined_with_spaces():
    raw = ("Council notice on the ferry fare review\n\n"
           "The council will review the operator's fare proposal at its meeting on February 2.\n"
           "Members said the review would look at concession fares. The public may\n"
           "send comments until January 31.\n")
    paras = _paras(raw, "002_notice.txt")
    body = " ".join(paras)
    assert "February 2. Members said" in body
    assert "The public may send comments" in body


def test_chinese_hard_wrapped_text_is_still_joined_across_blank_lines():
    raw = ("轮渡票价调整听证会昨日举行\n\n"
           "本报讯　市交通局昨日就轮渡票价调整方案举行听证会，20名代表中有12人\n\n"
           "支持调整，8人反对。代表们普遍认为，离岛居民的优惠票价不应上调。\n")
    paras = _paras(raw, "003_news.txt")
    assert any("有12人支持调整" in p for p in paras)
