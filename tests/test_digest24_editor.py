"""What an editor reads in the people-and-organisations index and in a digest (issue 14): a byline's
titles are its author's role, never a person; a wire's dateline is never a person's role; a body, a title
and a name run together list the person; an embedded post is listed under the name it shows, its
@account as role; a report states its lead's news before a later line; a summary or point line shown
alone opens on no link word or list number. Small invented articles (not the development corpora)."""

from __future__ import annotations

from types import SimpleNamespace

from generator.analyse.digestlead import lead_first
from generator.analyse.residue import display_text
from tests.test_index import _article, _entity, _run


def _people(analysis):
    return {e.name: e for e in analysis.entities if e.kind == "person"}


def test_a_bylines_titles_are_its_authors_role_and_a_full_width_slash_separates_names():
    column = _article("col", "青岚港今年集装箱吞吐量下滑，船公司开始调整航线。\n\n业内认为这是长期趋势。\n",
                      outlet="港航观察", author="乔远山、航运评论员、专栏作家", date="2024-10-10")
    report = _article("rep", "青岚港三号码头本周完成扩建，新增两个泊位。\n\n港务局表示将于下月投用。\n",
                      outlet="青岚晚报", author="韩书桐／综合报导", date="2024-10-12")
    people = _people(_run(column, report))
    assert "专栏作家" not in people and "航运评论员" not in people, sorted(people)
    assert people["乔远山"].role == "航运评论员、专栏作家"
    assert "韩书桐" in people and people["韩书桐"].role == "青岚晚报 作者", sorted(people)  # the reporter, the outlet's


def test_a_wires_dateline_is_no_role_and_a_title_run_into_a_name_lists_the_person():
    wire = _article("wire", "远江社青岚10月9日电（记者戚晓帆）青岚省交通厅厅长邬承泽9日在港口视察，要求加快码头改造。\n\n"
                            "港口方面表示将按期完工。\n", outlet="远江社", date="2024-10-09")
    news = _article("news", "北岸联盟理事会主席蒯德瑞（Ander Kvist）上月宣布启动调查。\n\n蒯德瑞称，补贴扭曲了市场。\n",
                    outlet="青岚日报", date="2024-10-10")
    analysis = _run(wire, news)
    people = _people(analysis)
    assert "电" not in people["邬承泽"].role and "记者" not in people["邬承泽"].role, people["邬承泽"].role
    assert people["邬承泽"].role.endswith("厅长")
    assert "北岸联盟理事会主席蒯德瑞" not in {e.name for e in analysis.entities}
    assert people["蒯德瑞"].role == "北岸联盟理事会主席" and "Ander Kvist" in people["蒯德瑞"].aliases


def test_an_embedded_post_is_listed_under_the_name_it_shows():
    body = ("发布会当天，青岚航运股价一度下跌近一成。\n\n—码头老周说航运 (@zhou_harbour) March 16, 2023\n\n"
            "有投资者调侃称这是意料之中。\n")
    analysis = _run(_article("tw", body, outlet="青岚日报", date="2023-03-16"))
    poster = _entity(analysis, "码头老周说航运")
    assert poster is not None and poster.kind == "person" and poster.role == "@zhou_harbour"
    assert _entity(analysis, "zhou_harbour") is None or _entity(analysis, "zhou_harbour") is poster


def test_a_line_shown_alone_opens_on_no_link_word():
    assert display_text("更重要的是青岚港的新泊位，疑似仍未通过验收。") == "青岚港的新泊位，疑似仍未通过验收。"
    assert display_text("对此，港务局在回应记者时表示，新泊位将按期投用。") == "港务局在回应记者时表示，新泊位将按期投用。"
    assert display_text("10、另外，如果航线继续压缩，沿江居民的通勤时间还会增加。") == "如果航线继续压缩，沿江居民的通勤时间还会增加。"
    assert display_text("值得一提的是，青岚港去年的吞吐量创下新高。") == "青岚港去年的吞吐量创下新高。"
    # a sentence opening on a word that only looks like one stays whole
    assert display_text("对此事件，港务局尚未回应。") == "对此事件，港务局尚未回应。"


def _s(i, para, text):
    return SimpleNamespace(index=i, para_index=para, simple=text, paragraph=f"p{para + 1}")


def test_a_reports_lead_kept_as_a_point_states_the_thesis():
    lead = _s(1, 0, "由于反对票未达到多数，联盟理事会获得授权，可在本月底前实施最终关税。")
    later = _s(9, 4, "关税虽然相对温和，但北岸仍是最重要的出口市场之一。")
    other = _s(12, 6, "多家船公司已开始调整航线。")
    close = _s(20, 9, "业内认为，贸易摩擦短期内难以缓和。")
    out = [(later, "thesis"), (lead, "point"), (other, "point"), (close, "conclusion")]
    got = lead_first(out, 0, settled=False)
    assert [(s.index, role) for s, role in got] == [(1, "thesis"), (9, "point"), (12, "point"), (20, "conclusion")]
    # a position the author takes or the article's own summary stays the thesis
    assert lead_first(out, 0, settled=True) == out
    # ...and so does a thesis standing where the headline's own phrase is written, the lead's line elsewhere
    assert lead_first(out, 0, settled=False, at_head=frozenset({"p5"})) == out
    # ...and so does it when the lead's line is one the summary never reads as a thesis (a scene, a note)
    assert lead_first(out, 0, settled=False, readable=[later, other, close]) == out
    # a lead line that only dates the background is no thesis
    dated = _s(1, 0, "10月4日，北岸联盟各成员国就关税方案进行表决。")
    assert lead_first([(later, "thesis"), (dated, "point")], 0, settled=False)[0][0] is later


def test_a_report_whose_thesis_was_taken_below_its_lead_states_the_lead_first():
    body = "\n\n".join([
        "上周五，北岸联盟各成员国就是否对青岚产电动船加征关税进行表决。由于反对票未达到多数，联盟理事会获得授权，"
        "可在本月底前对青岚电动船实施最终关税。",
        "按照此前披露的方案，三家抽样船厂将被分别加征12%、15%和28%的关税。",
        "这起调查去年10月立案，理事会称青岚电动船的价格因补贴被压低。",
        "青岚船厂的应对各不相同，有的在北岸设厂，有的转向其他市场。",
        "放眼全球，青岚电动船出海面临的壁垒正在增多。关税虽然相对温和，但对青岚船厂而言，北岸仍是最重要的出口市场之一。",
        "业内人士认为，关税将推高北岸市场的电动船售价。",
        "也有分析认为，青岚船厂可凭规模优势消化部分关税。",
        "业内认为，双方短期内达成价格承诺的可能性不大，贸易摩擦可能进一步升级。",
    ])
    summary = _run(_article("ship", body, title="北岸电动船关税终裁在即　青岚船厂出海求变", outlet="青岚日报",
                            date="2024-10-08")).digests[0].summary
    thesis = summary[0]
    assert thesis.role == "thesis"
    lead_lines = [line for line in summary if line.paragraph == "p1"]
    assert thesis.paragraph == "p1" and "本月底前" in thesis.text, summary


def test_a_companys_product_named_after_it_is_one_name_not_a_person():
    body = ("Google 本周发布新模型，Google 称其推理能力大幅提升。\n\n分析师认为，Google 的领先优势正在扩大。\n\n"
            "研究员的日程表显示，\\[10:00am\\] 在 Google Meet 上开会，讨论训练计划；\\[11:00am\\] 继续写代码。\n\n"
            "另一家公司 OpenAI 则在 TikTok 上发布了演示视频，OpenAI TikTok 账号的粉丝一周内翻倍。\n")
    analysis = _run(_article("sched", body, outlet="青岚科技评论", date="2024-03-01"))
    names = {e.name: e for e in analysis.entities}
    assert "Meet" not in names, sorted(names)
    assert "Google Meet" in names and names["Google Meet"].kind != "person", sorted(names)


def test_bodies_counted_are_no_name():
    body = "消息公布后，多只法国酒业股份应声下跌，各大航运公司也在观望。\n\n分析师认为，白兰地出口将受影响。\n"
    names = {e.name for e in _run(_article("q", body, outlet="青岚日报", date="2024-10-10")).entities}
    assert not any(n.startswith(("多只", "各大")) for n in names), sorted(names)


def test_a_publication_in_title_marks_is_the_outlet_not_the_piece():
    a = _article("iv", "记者：关税会不会升级？\n\n嘉宾：短期内不会，双方都在谈。\n", outlet="《青岚周刊》访谈实录",
                 author="卢嘉言", date="2024-10-10")
    analysis = _run(a)
    names = {e.name: e for e in analysis.entities}
    assert "《青岚周刊》访谈实录" not in names and "青岚周刊" in names, sorted(names)
    assert names["卢嘉言"].role == "青岚周刊 作者"


def test_a_lead_that_is_background_or_a_speakers_turn_does_not_take_the_thesis():
    later = _s(9, 4, "关税虽然相对温和，但北岸仍是最重要的出口市场之一。")
    for text in ("据不完全统计，青岚共有船厂四十余家，年产电动船约两千艘。", "9月10日，北岸联盟理事会首次审议关税方案，并公布了税率。"):
        assert lead_first([(later, "thesis"), (_s(1, 0, text), "point")], 0, settled=False)[0][0] is later, text
    turn = SimpleNamespace(index=1, para_index=0, simple="全市共有船厂四十余家，在建泊位十二个。", paragraph="p1",
                           paragraph_simple="港务局副局长邬承泽：全市共有船厂四十余家，在建泊位十二个。")
    assert lead_first([(later, "thesis"), (turn, "point")], 0, settled=False)[0][0] is later


def test_a_transliterated_name_beside_a_known_person_is_a_person():
    body = ("星河芯片创始人邬承泽表示，算力需求仍在增长。\n\n"
            "研究员在日程表最后写道：上床睡觉，在纳德拉和邬承泽的守护下入梦。\n\n"
            "邬承泽与皮查伊都曾公开谈及此事，而计算和存储的成本仍在下降。\n")
    people = _people(_run(_article("co", body, outlet="青岚科技评论", date="2024-03-01")))
    assert {"纳德拉", "皮查伊"} <= set(people), sorted(people)
    assert not {"计算", "存储"} & set(people)


def test_a_piece_of_an_accounts_handle_is_no_name():
    body = ("青岚港扩建工程本周完工。\n\n## 读者评论\n\n港口迷_Kevin：终于等到了，周末去看看。\n\n"
            "Kevin_Lin：所以MINI也要排队吗？\n")
    names = {e.name for e in _run(_article("h", body, outlet="青岚日报", date="2024-10-10")).entities}
    assert "Kevin" not in names, sorted(names)
