"""Names in a caption, a trade's title after a body, and dates written day first (session 19).

A TV script's caption gives a speaker as "同期：NAME BODY+TITLE" and a flattened page glues the
name to the role ("孙涛东海证券城东营业部总经理"): the person is the name, the body is no
"孙涛东海证券". A fund manager ("X基金经理") and a banking analyst ("X证券银行业分析师") work for X,
not for "X基金", "X证券银行". A chat export, a European or Hong Kong page writes its dates day first
("14.02.2025 08:12"), an American one month first ("09/26/2024"): both are dates of the calendar.
Sources are invented (spring ploughing, shipping rates, an avalanche), unlike the corpora."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.dateorder import year_first
from generator.analyse.namecaption import caption_people

from indexkit import build_analysis, entries

_TV = """江城电视台《晚间新闻》播出稿
标题：春耕时节农机忙
【导语】春耕时节，江城各地农机合作社迎来用工高峰。
【画面】田间拖拉机作业。
今年全市春播面积预计达到120万亩，比去年增加5%。
【同期】同期：刘建平 江城农机合作社理事长
“我们二十台拖拉机全部出动，每天作业到晚上八点。”
【同期】同期：韩晓梅 省农科院研究员
“今年的墒情比较好，但要注意倒春寒。”
【同期】同期：赵大山 种粮大户
“今年我多包了三百亩地。”
江城台记者李明报道。
"""

_NEWS = """航运运价持续上涨

本报讯 6月5日，集装箱运价指数连续第五周上涨。远航资产基金经理张晓峰表示：“运价上涨会传导到出口企业利润。”
北辰证券银行业分析师李慕白认为，航运企业贷款需求增加。
一位私募基金经理说，运价已经接近高点。
启明资本研究部主管郑远航认为，旺季运价还有一成涨幅。
"""

_CHAT = """Bergwacht 群聊记录导出
14.02.2025 08:12 林海：今天早上雪崩封路，缆车停运。
14.02.2025 09:40 周青：救援队已经上山，预计中午前打通道路。
15.02.2025 10:05 林海：昨天的封路已经解除，缆车恢复运行。
"""


def test_caption_names_the_person_and_not_a_glued_body(tmp_path: Path):
    got = entries(build_analysis(tmp_path, {"001_tv.txt": _TV}, "春耕", ["春耕", "农机"]))
    for person in ("刘建平", "韩晓梅", "赵大山"):
        assert got.get(person) == "person", (person, got)
    assert not [n for n in got if n.startswith(("刘建平", "韩晓梅", "赵大山")) and len(n) > 3]
    assert got.get("江城农机合作社") == "org"


def test_glued_caption_cut_where_the_role_begins():
    paragraphs = {("a", "p1"): ("【同期】同期：孙涛东海证券城东营业部总经理“国庆七天我们全员在岗。”", ""),
                  ("a", "p2"): ("【同期】同期：杨建国股民“我十年前就开了户。”", ""),
                  ("a", "p3"): ("【同期】同期：周铭杰宏信证券首席策略师“速度太快了。”", ""),
                  ("a", "p4"): ("备注：周铭杰采访10月7日下午", ""),
                  ("a", "p5"): ("【同期】同期：现场观众很多“好热闹。”", "")}
    got = {c.name: c.role for c, _ in caption_people(paragraphs)}
    assert got == {"孙涛": "东海证券城东营业部总经理", "杨建国": "股民", "周铭杰": "宏信证券首席策略师"}


def test_a_trade_title_is_not_part_of_the_body(tmp_path: Path):
    got = entries(build_analysis(tmp_path, {"001_news.txt": _NEWS}, "航运", ["航运", "运价"]))
    assert got.get("北辰证券") == "org" and got.get("张晓峰") == "person" and got.get("李慕白") == "person"
    assert "北辰证券银行" not in got and "远航资产基金" not in got and "私募基金" not in got
    assert got.get("郑远航") == "person" and "启明资本研究部" not in got, got


def test_day_first_dates_read_in_place():
    assert year_first("财经直播间 26.09.2024 12:40") == "财经直播间 2024.09.26 12:40"
    assert year_first("posted 09/26/2024") == "posted 2024/09/26"
    assert year_first("1.9.2024起") == "2024.9.1起"
    assert year_first("05/06/2024") == "05/06/2024"  # day or month first: no date beats a wrong one
    assert year_first("版本v3.10.2024") == "版本v3.10.2024"
    assert year_first("40.10.2024") == "40.10.2024"


def test_chat_stamped_day_first_dates_its_messages(tmp_path: Path):
    events = build_analysis(tmp_path, {"001_chat.txt": _CHAT}, "雪崩", ["雪崩", "缆车"]).events
    dated = {e.text[-12:]: e.date for e in events}
    assert any("缆车停运" in t for t in dated) and all(d == "2025-02-14" for d in dated.values()), dated
    assert any("恢复运行" in t for t in dated)  # "昨天" counted from the 15th's stamp


_PODCAST = """《港口漫谈》第12期 文字稿
主持人：大家好，我是远洋海事研究所首席策略师韩立川，今天聊聊集装箱运价。
嘉宾：我是北辰物流副总潘晓舟，我们公司最近订舱量涨了两成。
主持人：那运价还会涨多久？
嘉宾：看旺季，至少到十月。
"""


def test_market_titles_name_people_and_a_self_introduction_is_no_body(tmp_path: Path):
    got = entries(build_analysis(tmp_path, {"001_podcast.txt": _PODCAST}, "运价", ["运价", "集装箱"]))
    assert got.get("韩立川") == "person" and got.get("潘晓舟") == "person", got
    assert not [n for n in got if n.startswith(("我是", "是"))], got


def test_a_rules_effective_festival_day_with_its_year():
    from generator.analyse.datefind import resolve_dates

    assert [r.date for r in resolve_dates("明年元旦开始，新的收费标准正式执行", "2024-09-14")] == ["2025-01-01"]
    assert [r.date for r in resolve_dates("去年国庆起，景区门票涨价", "2024-09-14")] == ["2023-10-01"]
    assert resolve_dates("元旦起施行", "2024-09-14") == []  # which New Year's Day: left open


def test_fenced_code_in_a_note_names_no_one():
    from generator.analyse.entities import _unlinked

    text = "复盘见下表```dataview\nTABLE created\nFROM #港口\nWHERE created >= date(2025-03-01)\nSORT created DESC\n```韩立川认为运价见顶"
    blank = _unlinked(text)
    assert len(blank) == len(text) and "TABLE" not in blank and "WHERE" not in blank
    assert blank.startswith("复盘见下表") and blank.endswith("韩立川认为运价见顶")
