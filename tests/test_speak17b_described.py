"""A single mention "what the person is + name + verb" credits the person, with what they are as role
(issue 13, property 1): "种植大户刘长青认为，…", "退休教师钱玉芬说，…", "受访的渔民郑海波称，…" name a
member of the public once, with no job title a list knows; the whole phrase was dropped as a long bare
name, so the points lost their speaker. A body named by its field ("金融监管部门表示") is an
organisation; "有关部门" / "相关主管部门" name nobody (never a person called "部门").
Invented events (a hail storm over an orchard, a bus line's new route, a fishing ban) in a county
radio transcript, a residents' forum post and a traditional-script weekly's feature."""

from __future__ import annotations

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 冰雹与禁渔\n  terms: [冰雹, 果园, 公交, 禁渔]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    return [(sp.name, sp.role) for sp in speakers_of(tmp_path, body, text, TOPIC, script, outlet="县广播站", date="2025-06-02")]


def test_radio_transcript_grower_and_department(tmp_path):
    body = ("冰雹过后的果园。\n\n"
            "昨天傍晚的冰雹持续了二十分钟。种植大户刘长青认为，今年苹果的收成至少要减三成。\n\n"
            "县农业农村局表示，受灾果园的补贴申报将在下周启动。\n\n"
            "大陆金融监管部门表示，保险公司已接到果园报案四百余件。\n\n"
            "相关主管部门表示，灾后防疫工作已经展开。")
    assert _who(tmp_path, body, "今年苹果的收成至少要减三成") == [("刘长青", "种植大户")]
    assert _who(tmp_path, body, "保险公司已接到果园报案四百余件") == [("大陆金融监管部门", "")]
    assert _who(tmp_path, body, "灾后防疫工作已经展开") == []


def test_residents_forum_post_retired_teacher(tmp_path):
    body = ("【讨论】12路公交改线以后\n\n"
            "楼主整理了几位邻居的意见。退休教师钱玉芬说，公交改线以后去医院要多换乘一次。\n\n"
            "快递小哥贺建军表示，新线路绕开了老城区，送件反而快了。")
    assert _who(tmp_path, body, "公交改线以后去医院要多换乘一次") == [("钱玉芬", "退休教师")]
    assert _who(tmp_path, body, "送件反而快了") == [("贺建军", "快递小哥")]


def test_traditional_weekly_fisherman_interviewed(tmp_path):
    body = ("禁漁期延長一個月。\n\n"
            "受訪的漁民鄭海波稱，禁漁期太長，家裡的貸款已經還不上。\n\n"
            "市民和遊客表示，海鮮價格明顯上漲。")
    got = _who(tmp_path, body, "家裡的貸款已經還不上", "zh-Hant")
    assert got == [("鄭海波", "漁民")]
    # two kinds of people joined are nobody's name
    assert all(n != "市民和遊客" for n, _ in _who(tmp_path, body, "海鮮價格明顯上漲", "zh-Hant"))
