"""The reporter's own text is the outlet's, and a sentence only unsure to be the reporter's is nobody's
(issue 13, property 1), on small articles written for the test about an invented event (a county
town's covered market rebuilt, 菜市场改造): a sentence adding to a holder's ("此外，…") right after it
may go on in the holder's voice, so it is credited to no one, never to the outlet."""

from __future__ import annotations

from test_wspeak22_outlets import _article, _citing, _names, _run


def test_a_sentence_adding_to_a_holders_is_not_the_outlets(tmp_path):
    body = ("城南菜市场改造后重新开业，摊位租金上涨两成。\n\n"
            "但规划学者林远航提醒，改造后菜价可能随租金上涨，摊主未必能留下来。此外，周边超市的价格优势明显，"
            "菜市场的客流恐怕难以回升。")
    an = _run(tmp_path, [_article(body, outlet="江城晨报", author="李明")])
    [p] = _citing(an, "a", "周边超市的价格优势明显")
    assert "江城晨报" not in _names(p)


def test_the_reporters_own_sentence_stays_the_outlets(tmp_path):
    body = ("城南菜市场改造后重新开业，摊位租金上涨两成。此外，周边超市的价格优势明显，菜市场的客流恐怕难以回升。")
    an = _run(tmp_path, [_article(body, outlet="江城晨报", author="李明")])
    [p] = _citing(an, "a", "周边超市的价格优势明显")
    assert _names(p) == ["江城晨报"]


def test_adding_other_peoples_voice_stays_the_reporters(tmp_path):
    body = ("城南菜市场改造后重新开业。市场管理方回应称，摊位租金上涨是因为改造成本较高。此外，也有顾客投诉"
            "新摊位的排水不畅、雨天积水严重等问题。")
    an = _run(tmp_path, [_article(body, outlet="江城晨报", author="李明")])
    [p] = _citing(an, "a", "排水不畅")
    assert "江城晨报" in _names(p)
