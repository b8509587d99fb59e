"""Names only a page's structure gives, and words that are no names (session 16).

A post's author stands in the post's header, not in any sentence: a numbered thread's "#3 handle
stamp", a comment page's line that is a handle and its stamp, "handle（date）：" before a listener's
note, a reply's target "回应X的回复：", a repost chain's "//@X：", and the openers of a thread whose
turns are posts. A stock code names the company written before it and is no entry itself. A
greeting, a verb with its result and a posting client are no names. Sources here are invented
(a community orchard, a chess club, a ferry line, a noodle chain), in forms unlike the corpora's."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namecodes import client_only, is_ticker, ticker_candidates
from generator.analyse.namecredits import text_credits
from generator.analyse.nameaccounts import thread_posters
from generator.pipeline import Settings, build


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 社区果园\n  terms: [果园, 棋社, 渡轮]\n", encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


def _names(analysis) -> set[str]:
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


def test_header_forms_name_their_posters():
    got = {n for line in ("#12 江边钓鱼佬 2025-04-02 21:15",
                          "- 爱吃橘子的阿宁 2025-04-02 08:01:09 福建",
                          "橙子树下的猫2025年4月2日下午3:20·🌏",
                          "园艺小白阿蒙（2025-04-03）：今年的枇杷结得早。",
                          "回应爱吃橘子的阿宁的回复：剪枝要趁早",
                          "棋社老王：//@车马炮：周六照常开赛。//@象棋迷小周：收到")
           for n, _, _ in text_credits(line)}
    assert got == {"江边钓鱼佬", "爱吃橘子的阿宁", "橙子树下的猫", "园艺小白阿蒙", "车马炮", "象棋迷小周"}


def test_labels_and_bare_stamps_name_no_one():
    for line in ("发布时间 2025-04-02 21:15", "更新于2025-04-02 08:01", "- 2025-04-02 08:01:09",
                 "原创阿宁江边日报2025-04-02 08:01", "阅读 3.2万 2025-04-02 10:00"):
        assert not [n for n, _, why in text_credits(line) if why == "handle"], line


def test_thread_openers_are_posters_only_where_the_thread_says_so():
    thread = ["棋社老王：周六的比赛改到下午。", "车马炮：回复@棋社老王：好的，我带棋钟。",
              "象棋迷小周：//@车马炮：我也来。", "风险提示：比赛期间请勿喧哗。", "下棋的阿满：算我一个。"]
    got = {n for n, _ in thread_posters(thread)}
    assert {"棋社老王", "车马炮", "下棋的阿满"} <= got and "风险提示" not in got
    chat = ["阿芬（东岸-早班）：今天船晚了十分钟。", "大刘（西岸-夜班）：雾太大。", "船长老徐（调度）：下午恢复。"]
    assert {n for n, _ in thread_posters(chat)} == {"阿芬", "大刘", "船长老徐"}
    prose = ["注意：码头今天维修。", "提示：请走北门。", "说明：票价不变。"]
    assert thread_posters(prose) == []


def test_stock_codes_name_their_company():
    assert [c.name for c in ticker_candidates("怎么看？$长河面业(SH603999)$ $北川食品(SZ002777)$")] == ["长河面业", "北川食品"]
    assert [c.name for c in ticker_candidates("相关股票：长河面业SH603999·南岭渡轮（01234.HK）")] == ["长河面业", "南岭渡轮"]
    assert is_ticker("SZ002777") and is_ticker("01234.HK") and not is_ticker("长河面业")
    assert client_only("Android", "10-02 09:45·来自棋友圈Android客户端·修改于10-02")
    assert not client_only("Android", "来自棋友圈Android客户端。新版Android系统发布")


STOCK_POST = """棋友圈 · 投资者社区

面馆连锁股还能买吗？$长河面业(SH603999)$ $北川食品(SZ002777)$
10-02 09:45·来自棋友圈iPhone客户端

长河面业三季度新开门店四十家，翻台率回升到每天五轮。公司董事长范启明在业绩会上表示，明年还要再开一百家。

稳健的老胡：翻台率是旺季数据，淡季要打折看。

面条爱好者：回复@稳健的老胡：淡季也有外卖撑着。

长线老鱼：//@面条爱好者：外卖的毛利低多了。//@稳健的老胡：同意。

谢谢大家回应，我再研究一下。

相关股票：长河面业SH603999·北川食品SZ002777
"""

FORUM_THREAD = """果园论坛 > 社区种植

【讨论】小区屋顶果园第一年收成怎么样？

#1 爱吃橘子的阿宁 2025-04-02 08:01
屋顶果园种了二十棵柑橘，今年第一次挂果，物业说明年再扩种。

#2 园艺小白阿蒙 2025-04-02 08:40
我们楼的枇杷结得早，可惜被鸟吃了一半。

#3 江边钓鱼佬 2025-04-02 09:12
挂防鸟网啊，一卷才几十块。
"""

NEWS = """东岸日报

渡轮夜班恢复 乘客称方便

2025-04-03 07:30　来源：东岸日报

东岸渡轮公司经理邵海平表示，夜班渡轮自4月起恢复，每晚增开六班。乘客们说，谢谢大家的坚持。
"""


def test_built_index_lists_posters_and_companies_not_codes_or_greetings(tmp_path):
    names = _names(_build(tmp_path, {"000_stock.txt": STOCK_POST, "001_forum.txt": FORUM_THREAD, "002_news.txt": NEWS}))
    for who in ("长河面业", "北川食品", "稳健的老胡", "面条爱好者", "爱吃橘子的阿宁", "园艺小白阿蒙", "江边钓鱼佬", "邵海平"):
        assert who in names, who
    for junk in ("SH603999", "SZ002777", "iPhone", "谢谢大家"):
        assert junk not in names, junk


def test_class_lists_name_their_items_and_descriptions_do_not():
    from generator.analyse.namecodes import class_list_candidates

    assert [c.name for c in class_list_candidates("晨风日报、青柏周刊等地方媒体都报道了渡轮复航。")] == ["晨风日报", "青柏周刊"]
    for text in ("大型、中型等企业都来参展。", "北京、上海等城市", "国有、民营等银行", "他们列出晨风日报、青柏周刊等媒体"):
        assert class_list_candidates(text) == [], text


PAIRED = """南岭日报

棋社来了外国棋手

2025-05-06 08:00　来源：南岭日报

来自大阪的围棋教练佐藤和夫（Sato Kazuo）上周到访南岭棋社。佐藤和夫说，这里的少年棋手进步很快。
人力资源和社会保障部日前发布通知，鼓励退休教练返聘。某棋院培训中心也派人观摩。
Could Nanling host the next open? 棋社社长邵海平表示：谢谢大家关心，明年再办。
"""


def test_paired_extents_unnamed_bodies_and_headlines(tmp_path):
    analysis = _build(tmp_path, {"000_news.txt": PAIRED})
    names = _names(analysis)
    assert "佐藤和夫" in names and "佐藤和" not in names and "佐藤" not in names
    sato = next(e for e in analysis.entities if e.name == "佐藤和夫")
    assert "Sato Kazuo" in sato.aliases  # one entry for the name and its romanisation
    assert "人力资源和社会保障部" in names and "社会保障部" not in names
    assert not any("某" in n or n.startswith("Could") or n.startswith("谢谢") for n in names), names
    assert "邵海平" in names
