"""Page furniture, phrases and wrong types out of the index; names cut or decorated made whole
(session 17).

A topic page's sidebar ("相关推荐"), its search box ("大家还在搜") and a post's lead-in ("说两点看法：")
open on a word and a colon like a reply, but carry none of a reply's marks (its stamp, its account's
line alone, a verification line, a repost chain): no posters. An account's verification badge ("V")
is decoration. A wire's dateline ends the reporter's name where its place begins. A typhoon's name
and a place by its suffix are no person; a counted, sized or negated head is a description and an
insurance kind no company; a platform's "@所有人" and a collective "港媒" are no one. Sources are
invented (a city marathon, a chip fair, a harvest, a choir's tour), in forms unlike the corpora's."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namebyline import _byline_name
from generator.analyse.nameaccounts import thread_posters, unbadged
from generator.analyse.namedict import _place, dictionary_names
from generator.analyse.nametype import _description, _kind_of_body
from generator.analyse.namewire import wire_reporters

from indexkit import build_analysis, entries


def _build(tmp_path: Path, files: dict[str, str]):
    return build_analysis(tmp_path, files, "城市马拉松", ['马拉松', '芯片', '合唱团', '收割'])


_entries = entries


_TOPIC_PAGE = """#江城马拉松#
阅读2.1亿  讨论8.3万
主持人：江城晚报

江城晚报 V
微博认证：江城晚报官方微博
4-14 08:15 来自 微博 weibo.com
【#江城马拉松开跑#】今晨7时30分，江城马拉松在滨江广场鸣枪起跑，三万名跑者参赛。
转发 312  评论 208  赞 1865
热门评论：
跑步的阿凯：终于跑进三小时了 (4月14日 11:03) 回复 赞12
夜跑的小葵：补给站的香蕉很甜 (4月14日 11:10) 回复 赞5
爱跑步的老杨：回复@跑步的阿凯:恭喜恭喜 (4月14日 11:20) 回复 赞3

相关推荐
江城电视台：马拉松沿线交通管制解除

体育博主陆远帆 V
微博认证：体育博主
4-14 13:41 来自 iPad客户端
讲三点体会：第一，补给站间距合理；第二，志愿者热情；第三，终点的拥堵要改。#江城马拉松#
转发 153  评论 87  赞 665
热门评论：
城东跑团：我们团十个人全部完赛 (4月14日 14:02) 回复 赞40

江城体育局 V
微博认证：江城市体育局官方微博
4-14 15:20 来自 微博 weibo.com
江城马拉松共有三万名跑者参赛，完赛率百分之九十六。
转发 441  评论 189  赞 3021

大家还在搜：马拉松 成绩  马拉松 交通管制
"""


def test_a_topic_pages_labels_are_no_posters_and_its_badges_are_stripped(tmp_path):
    got = _entries(_build(tmp_path, {"000_topic.txt": _TOPIC_PAGE}))
    for junk in ("相关推荐", "大家还在搜", "讲三点体会"):
        assert junk not in got, junk
    assert got.get("江城电视台") != "person"  # a channel named in the sidebar is no poster
    assert not [n for n in got if n.endswith("V")], got
    assert {"跑步的阿凯", "夜跑的小葵", "城东跑团"} <= set(got)


def test_openers_without_a_turns_marks_are_dropped_where_the_turns_have_them():
    texts = ["码头小陈：船开了。", "江边老李：回复@码头小陈: 几点到？", "推荐阅读：渡轮新航线", "看两点：第一，票价",
             "渔夫阿水：收到", "码头小陈：回复@江边老李: 十点"]
    received = ["码头小陈：船开了。 (5月2日 09:03) 回复 赞3", "江边老李：回复@码头小陈: 几点到？ (5月2日 09:10) 回复",
                "推荐阅读：渡轮新航线", "看两点：第一，票价", "渔夫阿水：收到", "码头小陈：回复@江边老李: 十点"]
    got = {n for n, _ in thread_posters(texts, received, {"渔夫阿水"})}
    assert got == {"码头小陈", "江边老李", "渔夫阿水"}
    # a thread with no stamps anywhere keeps its openers as before
    assert {"码头小陈", "江边老李"} <= {n for n, _ in thread_posters(texts)}


def test_a_badge_is_decoration():
    assert unbadged("中国气象局V") == "中国气象局" and unbadged("江城晚报 V") == "江城晚报"
    assert unbadged("IPV") == "IPV" and unbadged("陈V") == "陈"


_WIRE = """新竹科技展开幕 晶片厂商齐聚

（中央社记者陈佩瑜新竹5日电）第十届新竹半导体展今天开幕，三百家厂商参展。

主办单位新竹科学园区管理局表示，今年参展厂商比去年多两成。

（编辑：王志明）1120405
"""


def test_a_wire_datelines_reporter_is_whole(tmp_path):
    got = _entries(_build(tmp_path, {"000_wire.txt": _WIRE}))
    assert "陈佩瑜" in got and "陈佩" not in got
    assert [c.name for c in wire_reporters("新华社记者王晓东北京8月1日电 今年")] == ["王晓东"]
    assert wire_reporters("记者说台北2日电") == []  # no surname, no name


def test_a_typhoons_name_and_a_place_are_no_person():
    assert "张立群" in dictionary_names("张立群表示，稻田大面积倒伏。")
    assert dictionary_names("受台风“张立群”残余环流影响，稻田大面积倒伏。") == ()
    assert dictionary_names("台风张立群登陆后减弱，稻田大面积倒伏。") == ()
    assert _place("马家洼", "马家洼这些蓄滞洪区已经启用。")
    assert _place("王建河", "收割机停在王建河一带。") and not _place("王建河", "村支书王建河说，收割机明天进场。")


def test_descriptions_and_kinds_are_no_organisations():
    for phrase in ("多家旅行社", "中小物流公司", "三家银行", "没买保险"):
        assert _description(phrase), phrase
    for name in ("中国中小企业协会", "百家号", "不动产登记中心", "无锡银行", "未来研究院"):
        assert not _description(name), name
    assert _kind_of_body("农业保险") and not _kind_of_body("阳光保险")


_NEWSLETTER = """发件人: "合唱周刊" <news@choir-weekly.cn>
收件人: 订阅用户
日期: 2024年5月6日
主题: 合唱周刊第88期：巡演季开启

各位读者：

本期关注春季巡演。据港媒报道，多家剧院已经排满五月的档期。业内人士认为：中小演出公司的最大难题是现金流。

江城青年合唱团团长周若岚说，团员大多没买保险，长途巡演的风险要自己担。

@所有人 下期截稿日为5月20日。
"""


def test_a_newsletters_phrases_are_no_names(tmp_path):
    got = _entries(_build(tmp_path, {"000_mail.txt": _NEWSLETTER}))
    for junk in ("港媒", "多家剧院", "中小演出公司", "没买保险", "@所有人", "所有人"):
        assert junk not in got, junk
    assert got.get("周若岚") == "person"


def test_a_papers_kind_is_no_outlet():
    assert not _byline_name("行业点评报告", "org") and not _byline_name("公司深度研究", "org")
    assert _byline_name("江城晚报", "org") and _byline_name("经济观察报", "org")


_TEAM_LOG = """# 青山志愿巡护队 秋季巡山日志

**队名**：青山志愿巡护队（市林业局备案队伍）
**领队**：韩立伟　**副领队**：许婉清

| 日期 | 地点 | 事件 | 记录人 |
|---|---|---|---|
| 10月3日 | 北坡 | 清理登山道倒木三处 | 韩立伟 |
| 10月4日 | 南坡 | 劝离野炊游客两批 | 许婉清 |

领队韩立伟说，今年秋季山火风险比往年高。副领队许婉清表示，巡护路线要加密。

**协作者**：韩立伟、许婉清、邓嘉豪、罗一鸣
"""

_FORUM = """山城论坛 › 户外版

青山志愿巡护队：今天北坡的倒木已经清理完了，大家放心走 (10月3日 18:03) 回复 赞12
爬山的老周：辛苦了 (10月3日 18:10) 回复 赞5
山里的小鹿：回复@青山志愿巡护队:南坡什么时候清？ (10月3日 19:20) 回复 赞3
"""


def test_a_teams_account_and_its_log_are_one_entry_and_its_members_people(tmp_path):
    analysis = _build(tmp_path, {"000_log.md": _TEAM_LOG, "001_forum.txt": _FORUM})
    by_name = {n: e for e in analysis.entities for n in (e.name, *e.aliases)}
    team = by_name.get("青山志愿巡护队")
    assert team is not None and team.kind == "org"
    assert len({m.article for m in team.mentions}) == 2  # the forum's account and the log it signs
    for person in ("邓嘉豪", "罗一鸣"):  # a list of people among people the text names: people
        assert person in by_name and by_name[person].kind == "person", person


_NOTE = """秋收第一天，稻子比去年沉
田埂上的阿禾
作者
今天开镰，亩产估计比去年多一成。#秋收#
10-08 湖南
共 3 条评论
爱吃米饭的猫
今年雨水好
10-08 湖南
田埂上的阿禾（作者）：是的，七月没旱
10-08 湖南
种田的老韩
收割机排到下周了
10-09 湖南
"""


def test_an_official_accounts_body_and_a_notes_author_tag_are_named(tmp_path):
    got = _entries(_build(tmp_path, {"000_topic.txt": _TOPIC_PAGE}))
    assert got.get("江城市体育局") == "org" and got.get("江城晚报") == "org"  # "微博认证：X官方微博"
    assert got.get("江城体育局") == "org"  # the account the platform verifies as that body's own
    note = _entries(_build(tmp_path / "note", {"000_note.txt": _NOTE}))
    assert note.get("田埂上的阿禾") == "person"


def test_a_sites_slogan_and_a_papers_number_are_no_names(tmp_path):
    assert not _byline_name("聪明的投资者都在这里", "org") and _byline_name("每日经济新闻", "org")
    report = """# 园区安全周报

| 编号 | AQ-ZB-2025-0412 |
|---|---|
| 单位 | 青禾产业园安全办 |

本周园区共排查隐患十二处，已整改九处。安全办主任韩立伟表示，剩余三处下周完成。
"""
    got = _entries(_build(tmp_path, {"000_weekly.md": report}))
    assert "AQ-ZB-2025-0412" not in got and got.get("韩立伟") == "person"
