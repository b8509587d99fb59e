"""What a page's labels and a sentence's verbs put in the index (session 20, wave 3): a Q&A
board's posters ("投资者", a listed company answering under its name), a brand's model code with
the verb after it, a count of kilometres after a verb, a list of trades closed by "企业", "整个"
before a company, a byline's opening bracket in a reporter's role, and a mail archive's message of
another thread. Sources are invented (a dairy's investor board, a camera review, a ferry line's
mail list), in forms unlike the corpora's."""

from __future__ import annotations

from pathlib import Path

from generator.analyse import namelatin
from generator.analyse.nameenum import enumeration_candidates
from generator.analyse import namepeople

from indexkit import build_analysis, entries


def _build(tmp_path: Path, files: dict[str, str]):
    return build_analysis(tmp_path, files, "乳业", ["乳业", "奶价", "牛奶", "相机", "渡轮"])


_BOARD = """青禾乳业（603588）：投资者问答

1楼　投资者　2024-03-29 09:47
请问青禾乳业，奶价下跌对公司毛利率影响多大？

2楼　青禾乳业　2024-04-03 17:21
尊敬的投资者您好！奶价下跌使公司原料成本下降约8%，毛利率有所回升。感谢您的关注。

3楼　投资者　2024-04-05 10:12
请问公司今年牛奶产能还会扩张吗？

4楼　青禾乳业　2024-04-08 18:40
尊敬的投资者您好！公司计划今年新增两座牧场，奶价若持续低迷将放缓扩张节奏。
"""


def test_a_qa_boards_role_label_is_no_person_and_a_listed_company_is_no_person(tmp_path):
    got = entries(_build(tmp_path, {"000_board.txt": _BOARD}))
    assert "投资者" not in got, got
    assert got.get("青禾乳业") == "org", got


def _brand_products(text: str) -> list[tuple[str, str]]:
    out: list = []
    namelatin._brand_models(text, out)
    return [(c.name, c.kind) for c in out]


def test_a_model_code_ends_before_the_verb_after_it():
    got = _brand_products("这台相机明显是瞄准徕卡Type 2打，评测里把参数与它逐一比较。")
    assert ("Type 2", "product") in got and ("徕卡", "org") in got, got
    got = _brand_products("发布会上，厂商把画质与索尼Series 7逐一对比，被网友批评为碰瓷。")
    assert ("Series 7", "product") in got, got
    assert not [n for n, _ in got if n.endswith(("打", "逐一对", "逐"))], got


def test_a_count_after_a_verb_is_no_brand_and_no_model():
    for text in ("官方说充电15分钟能补510公里，我们实测少一些。", "这条渡轮每天要跑300公里航线。",
                 "电池还能撑120千米，够用。"):
        assert _brand_products(text) == [], (text, _brand_products(text))
    assert ("岚图", "org") in _brand_products("此前，岚图007等同级车型也纷纷降价。")


def test_a_list_of_trades_closed_by_a_body_word_names_no_one():
    text = "多家被认为进入乳企供应链的包装、冷链物流和饲料加工企业在4月初股价明显上涨。"
    assert enumeration_candidates(text, set()) == []
    named = {c.name for c in enumeration_candidates("订单流向了光明乳业、蒙牛和伊利等公司", set())}
    assert {"光明乳业", "蒙牛", "伊利"} <= named, named


def test_a_bylines_opening_bracket_is_no_part_of_a_reporters_role():
    out: list = []
    namepeople._titles("【江城晚报记者宋禾】4月2日，青禾乳业宣布下调奶价。", out)
    people = {c.name: c.role for c in out if c.kind == "person"}
    assert people.get("宋禾") == "江城晚报记者", people


_MAIL = """From list@ferry-talk.example Tue Apr  2 18:05:00 2024
From: 柯明远 <ke@ferry-talk.example>
Subject: 青江渡轮停航讨论
Date: Tue, 2 Apr 2024 18:05:00 +0800
Message-ID: <a1@ferry-talk.example>
Content-Type: text/plain; charset=utf-8

青江渡轮因大雾停航三天，轮渡公司说是为了安全。我觉得停航太久了，乳业的冷链车都过不了江。

--
柯明远

From list@ferry-talk.example Tue Apr  2 20:11:00 2024
From: 黎文静 <li@ferry-talk.example>
Subject: 二手婴儿车转让
Date: Tue, 2 Apr 2024 20:11:00 +0800
Message-ID: <b2@ferry-talk.example>
Content-Type: text/plain; charset=utf-8

家里有一台九成新的婴儿车，自取价三百元，有意者私信。

--
黎文静

From list@ferry-talk.example Wed Apr  3 09:30:00 2024
From: 齐海涛 <qi@ferry-talk.example>
Subject: Re: 青江渡轮停航讨论
Date: Wed, 3 Apr 2024 09:30:00 +0800
Message-ID: <c3@ferry-talk.example>
In-Reply-To: <a1@ferry-talk.example>
Content-Type: text/plain; charset=utf-8

停航是对的，雾天渡轮出过事。奶价这几天涨了一点，也是因为冷链车绕路。

--
齐海涛
青江航运 调度科 高级工程师
※ 以上为个人意见
"""


def test_a_mail_of_another_thread_set_aside_names_no_one(tmp_path):
    got = entries(_build(tmp_path, {"000_list.mbox": _MAIL}))
    assert got.get("齐海涛") == "person", got
    assert "黎文静" not in got, got


def test_a_mails_signature_gives_its_senders_role_and_employer(tmp_path):
    analysis = _build(tmp_path, {"000_list.mbox": _MAIL})
    got = entries(analysis)
    assert got.get("青江航运") == "org", got
    roles = {e.name: e.role for e in analysis.entities}
    assert "高级工程师" in (roles.get("齐海涛") or ""), roles


def test_the_whole_of_a_company_is_no_other_company():
    from generator.analyse.namecandidate import Candidate
    from generator.analyse.namenot import not_a_name

    assert not_a_name("整个青禾乳业", [Candidate("整个青禾乳业", "org", "short-form")])
    assert not_a_name("整家渡轮公司", [Candidate("整家渡轮公司", "org", "suffix")])
    assert not_a_name("青禾乳业", [Candidate("青禾乳业", "org", "short-form")]) == ""


def test_a_services_kind_before_a_weak_suffix_is_no_company():
    from generator.analyse import namecompany

    def orgs(text):
        out: list = []
        namecompany._orgs(text, out)
        return {c.name for c in out if c.kind == "org"}

    assert "超充网络" not in orgs("对手的优势是品牌和超充网络。"), orgs("对手的优势是品牌和超充网络。")
    assert "快递网络" not in orgs("乳企靠的是冷链和快递网络。")
    assert "雾港网络" in orgs("雾港网络表示，新游戏将在五月上线。"), orgs("雾港网络表示，新游戏将在五月上线。")
