"""Names in a reference list, in an English byline, in a credit read whole and in a netizen's quoted
account; abbreviations of economic and technical terms out of the index (session 20).

An encyclopaedia's notes (``^ 标题. 江南时报. 2022-05-03``) name the outlet of each cited item; a
paper's numbered references name their authors and a book's publisher; its funding row names the
fund. A wire's ``By A and B`` names two reporters. ``PPI``, ``LPR``, ``ETF`` are measures a market
reports, never who reports them. Sources are invented (a river's ferries, a tea harvest, a
provincial paper on rural credit), in forms unlike the corpora's."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namecitations import citation_names
from generator.analyse.namejoint import joint_names
from generator.analyse.namesourcetag import removed_line_sources

from indexkit import build_analysis, entries


def _build(tmp_path: Path, files: dict[str, str]):
    return build_analysis(tmp_path, files, "渡轮", ["渡轮", "茶叶", "信贷"])


_WIKI = """渡轮停航事件

维基百科，自由的百科全书

渡轮停航事件是指2022年5月青江上的渡轮因大雾停航三天[1]。江城轮渡公司表示停航是为了安全[2]。

参考资料

^ 青江渡轮因雾停航. 江南时报. 2022-05-03 [2022-05-04]. （原始内容存档于2022-05-04）.
^ 轮渡公司：停航保安全. 青江电视台新闻网. 2022-05-04 [2022-05-05].
"""

_PAPER = """<html><head><title>农村信贷的传导：来自茶区的证据</title></head><body>
<article>
<h1>农村信贷的传导：来自茶区的证据</h1>
<p><b>基金项目：</b>国家自然科学基金青年项目“茶农信贷约束研究”（21CJY045）</p>
<p>本文以青山县茶区为样本，研究信贷投放对茶农收入的影响。研究发现，信贷每增加一成，茶农收入约增加百分之三。</p>
<p>信贷投放的效果在采茶季最为明显，淡季则较弱。</p>
<h2>参考文献</h2>
<ol>
<li>[1] 柴志远，蒲晓岚. 农村信贷与茶农收入[J]. 农业经济问题，2021(4)：20-31.</li>
<li>[2] 宫明哲. 茶产业金融[M]. 杭州：浙江大学出版社，2019.</li>
</ol>
</article></body></html>
"""

_WIRE = """Tea prices climb as spring harvest shrinks

By Harriet Cole and Wang Lixin

HANGZHOU, April 12 (Reuters) - Spring tea prices rose about 20% this week as a cold snap cut the harvest, traders said.

The producer price index (PPI) for farm goods rose 0.4%, and loan prime rate (LPR) cuts made credit cheaper for growers.

(Additional reporting by Omar Haddad in Fuzhou; Editing by Clara Voss)

Several tea ETF products also gained, said Lena Park, an analyst at Singapore-based Hillcrest Advisory.

HARVEST WATCH

GROWERS Farmers in the hills said the frost came late, and the Ministry of Agriculture and Rural Affairs said it would help.

The wider Shanghai Composite index was flat. ($1 = 7.1300 Chinese yuan renminbi)
"""

_MARKET = """茶叶股午后走强

港股急挫：恒指收跌5.2%，报17000点。

美股隔夜：道指及标普500再创新高。

A股方面，沪深300涨2.1%，券商、保险等非银金融股涨停。很多投信的茶产业基金溢价明显。申万银行指数累计上涨约6%。

茶商陈**表示，春茶价格每斤上涨两成。茶研所所长柯明远回复读者提问：今年头茬茶少了一半。

《江城市茶产业促进条例（草案）》公开征求意见。

法定代表人：宋某，该公司执行董事。
"""

_FORUM = """茶农说收成

【网友互动】网友“采茶的阿桂”：今年的头茬茶少了一半。

【网友互动】网友“山里人家”：价格涨了但量少。

记者　柯雨桐
"""


def test_a_reference_list_names_outlets_authors_publishers_and_the_fund(tmp_path):
    got = entries(_build(tmp_path, {"000_wiki.md": _WIKI, "001_paper.html": _PAPER}))
    for org in ("江南时报", "青江电视台新闻网", "浙江大学出版社", "国家自然科学基金"):
        assert got.get(org) == "org", (org, got)
    for person in ("柴志远", "蒲晓岚", "宫明哲"):
        assert got.get(person) == "person", (person, got)
    assert not [n for n in got if "2022" in n or "原始" in n or "农业经济" in n], got


def test_a_reference_line_that_is_no_citation_names_no_one():
    assert citation_names("^ 渡轮停了，乘客说：等吧. 2022-05-03") == []  # a clause, no outlet
    assert citation_names("[3] Smith J, Brown K. Ferry economics[J]. Transport, 2020.") == []
    assert citation_names("[4] 经济增长，信贷扩张. 论文[J]. 期刊，2020.") == []  # words, no people
    assert ("邬红", "person", "参考文献作者") in citation_names("[5] 邬红，等. 标题[J]. 某刊，2019.")


def test_an_english_byline_with_two_reporters_and_market_terms(tmp_path):
    got = entries(_build(tmp_path, {"000_wire.txt": _WIRE}))
    assert got.get("Harriet Cole") == "person" and got.get("Wang Lixin") == "person", got
    assert "Harriet Cole and Wang Lixin" not in got
    for term in ("PPI", "LPR", "ETF"):
        assert term not in got, (term, got)


def test_a_netizens_quoted_account_and_a_credit_read_whole(tmp_path):
    analysis = _build(tmp_path, {"000_forum.txt": _FORUM})
    got = entries(analysis)
    assert {"采茶的阿桂", "山里人家"} <= set(got), got
    assert not [n for n in got if n.startswith("记者")], got


def test_an_english_wires_dateline_heads_indexes_and_nationalities_are_no_names(tmp_path):
    got = entries(_build(tmp_path, {"000_wire.txt": _WIRE}))
    for junk in ("HANGZHOU", "HARVEST WATCH", "GROWERS", "GROWERS Farmers", "Shanghai Composite", "Chinese",
                 "Singapore-based Hillcrest Advisory", "Ministry of Agriculture"):
        assert junk not in got, (junk, got)
    assert got.get("Hillcrest Advisory") == "org", got
    assert got.get("Ministry of Agriculture and Rural Affairs") == "org", got
    assert got.get("Omar Haddad") == "person" and got.get("Clara Voss") == "person", got


def test_a_markets_labels_indexes_sectors_and_counted_bodies_are_no_names(tmp_path):
    got = entries(_build(tmp_path, {"000_market.txt": _MARKET}))
    for junk in ("港股急挫", "美股隔夜", "恒指", "沪深", "沪深300", "标普", "指及标普", "保险", "很多投信",
                 "申万银行", "陈**", "读者提问", "法定代表人", "江城市茶产业促进条例（草案）"):
        assert junk not in got, (junk, got)
    assert got.get("柯明远") == "person", got


_REPLY = """关于茶园受灾补贴的答复

尊敬的网友：您好！您反映的问题收悉。我局高度重视，会同青山海关、县农业农村局及青山镇政府进行了研究，现答复如下：

一、受灾茶园可申请每亩三百元补贴。二、补贴将于五月底前发放。

青山县财政局
2024年4月20日
"""


def test_bodies_acting_together_are_listed_each(tmp_path):
    got = entries(_build(tmp_path, {"000_reply.txt": _REPLY}))
    for org in ("青山海关", "县农业农村局", "青山镇政府"):
        assert got.get(org) == "org", (org, got)
    assert not [n for n in got if "进行" in n or "研究" in n], got


def test_a_mails_sender_pen_names_and_no_joint_list_in_a_name():
    assert ("柯蔓", "person", "发件人") in joint_names("From: 柯蔓 <kéman@example.com>".replace("é", "e"))
    assert {("阿禾", "person", "作者"), ("小雪", "person", "编辑")} <= set(joint_names("文 | 阿禾　　编辑 | 小雪"))
    assert joint_names("联合国粮农组织发布报告") == []  # the United Nations, not bodies acting together
    assert joint_names("小雪节气过后，茶园进入休眠") == []  # a pen name needs its credit's label


def test_a_removed_lines_source_tag_names_outlets_never_its_address_or_next_field():
    assert [c.name for c in removed_line_sources("部分资料来源：江南日报、青江通讯社")] == ["江南日报", "青江通讯社"]
    assert [c.name for c in removed_line_sources("来源：青山县农业农村局  字号：大 中 小")] == ["青山县农业农村局"]
    assert [c.name for c in removed_line_sources("来源：茶乡网 作者：柯蔓（Ke Man）")] == ["茶乡网"]
    assert removed_line_sources("来源：`tea.example.cn/docx/Ah95dcem`") == []


def test_a_groups_roster_its_name_and_a_replys_writer_are_accounts():
    got = joint_names("最近加入：采茶的阿桂、山里人家、Tea在路上")
    assert [n for n, _, _ in got] == ["采茶的阿桂", "山里人家", "Tea在路上"]
    assert ("青山茶友小组", "org", "handle") in joint_names("来自：青山茶友小组（3.2万个茶友）")
    assert ("采茶的阿桂", "person", "handle") in joint_names("采茶的阿桂：回复 @山里人家 :今年少了一半")
    assert joint_names("管理员：请文明发言") == [] and joint_names("版主：暂无") == []
    assert joint_names("他来自：青山县") == []  # a place, not a group


_DIGEST = """茶讯早报｜4月20日：春茶减产；新茶上市

**1. 春茶减产三成，茶价上涨**

青山县春茶减产约三成，茶价每斤上涨两成，茶农柯明远说今年霜冻来得晚。

**2. 城市马拉松周日开跑**

江城马拉松周日开跑，三万人参赛，沿线交通管制。［来源：江城晚报］
"""


def test_a_digests_item_credits_its_outlet_whatever_the_item_is_about(tmp_path):
    got = entries(build_analysis(tmp_path, {"000_digest.md": _DIGEST}, "春茶", ["春茶", "茶价", "茶农"]))
    assert got.get("江城晚报") == "org", got


def test_a_verb_and_its_result_a_table_header_and_a_sites_page_are_no_names():
    from generator.analyse.namebyline import _byline_name
    from generator.analyse.namefind import find_candidates

    assert [c.name for c in find_candidates("《茶经》带旺PS5　茶具店销量升三成") if c.kind == "org"] == []
    assert "极氪" in [c.name for c in find_candidates("不少车主拿极氪007做对比。")]
    assert [c.name for c in find_candidates("| 茶园名称 | 产量（吨） |") if c.kind == "person"] == []
    assert "柯立伟" in [c.name for c in find_candidates("。柯立伟称，今年茶价上涨。")]
    assert not _byline_name("讨论区", "org") and _byline_name("茶友论坛网", "org")


def test_a_signature_a_body_learned_from_and_a_boards_station():
    assert ("柯蔓", "person", "高级分析师") in joint_names("柯蔓　｜高级分析师")
    assert ("青山县防汛指挥部", "org", "") in joint_names("记者从青山县防汛指挥部获悉，截至昨日8时")
    assert ("茶友实业坊", "org", "") in joint_names("※ 发信站: 茶友实业坊(tea.cc), 来自: 1.2.3.4")
    assert joint_names("记者从多个渠道了解到") == [] and joint_names("茶叶　｜高级分析师") == []


def test_an_outlets_english_name_beside_its_chinese_one_is_an_alias_and_spaces_make_no_second_entry():
    from generator.analyse.namebyline import add_bylines

    got = add_bylines([], [("000-a", "茶讯快报 Tea Flash", ""), ("001-b", "茶讯快报　Tea Flash", "")], set())
    assert [(e.name, e.kind) for e in got] == [("茶讯快报", "org")], got
    assert "Tea Flash" in got[0].aliases and len(got[0].articles) == 2
    assert [e.name for e in add_bylines([], [("000-a", "LIHKG 讨论区", "")], set())] == ["LIHKG"]


def test_bodies_named_only_in_the_plural_and_an_insurance_scheme_are_no_bodies():
    from generator.analyse.namecandidate import Candidate
    from generator.analyse.nametype import without_plural_bodies

    found = {n: [Candidate(n, "org", "suffix")] for n in ("哨站医院", "霜冻保险", "青山县人民医院")}
    corpus = "疾控中心对全国哨站医院的监测显示，各地哨站医院接诊增加。霜冻保险制度仍在试点。青山县人民医院接诊增加。"
    assert set(without_plural_bodies(found, corpus)) == {"青山县人民医院"}
    corpus = "哨站医院院长说，霜冻保险公司已赔付。"  # named one by one: kept
    assert set(without_plural_bodies(found, corpus)) == set(found)


def test_a_lone_english_word_with_its_kind_of_body_beside_it_is_a_body():
    from generator.analyse.namefind import find_candidates

    def orgs(text):
        return [c.name for c in find_candidates(text) if c.kind == "org"]

    assert orgs("Prices rose, with the official Qinghe news agency saying stocks were thin in the week.") == ["Qinghe"]
    assert orgs("Listings for tea pickers on recruitment site Caiji rose 35% in the week after the frost.") == ["Caiji"]
    assert orgs("Farmers in Qinghe said the sales fell in the week after the frost came.") == []
