"""A view in a summary names its holder: a summary line taken from inside an authored line (a chat
message, a minutes speaker's turn, a call-in transcript's turn) is shown under that line's author, as
a line that opens the turn already is. Forms no development corpus has (a neighbourhood committee's
chat export, a village council's minutes, a radio call-in), topics unlike every corpus."""

from __future__ import annotations

import re

import pytest

from tests.test_index import _article, _run

CHAT = "\n\n".join([
    "老街坊群聊天记录导出",
    "王大姐（3号楼）：物业说下个月起垃圾分类要定时定点投放，早上七点到九点，晚上六点到八点。",
    "小赵（5号楼）：上班的人怎么办？我们早上七点就出门了。定时定点投放对双职工家庭根本不现实，至少要留一个全天投放点。",
    "王大姐（3号楼）：物业的意思是先试行三个月。",
    "老孙（1号楼）：试行可以，但是垃圾分类督导员的工资谁出？物业费已经两年没涨了。督导员的钱最后还是摊到业主头上，物业费肯定要涨。",
    "小赵（5号楼）：那就开业主大会投票。",
    "老孙（1号楼）：投票也行，先把账目公开。",
])

MINUTES = "\n\n".join([
    "柳湾村村民议事会会议纪要",
    "时间：2025年4月8日　地点：村委会二楼",
    "村主任周德明：今年的集体经济收入比去年少了两成。鱼塘承包到期以后没有续包，鱼塘收入断了，明年要重新招标。",
    "村民代表许桂兰：重新招标要公开，上一次承包价太低了。鱼塘承包价至少要按市场价翻一倍，不然村民不会同意。",
    "村主任周德明：招标方案下周上村务公开栏。",
    "村民代表许桂兰：公开栏要写清楚底价。",
])

CALLIN = "\n\n".join([
    "《夜话民生》听众来电整理",
    "听众陈先生：我家楼下新开了一家烧烤店，每天营业到凌晨两点。油烟直接往楼上飘，窗户都不敢开，投诉了三次都没人管。",
    "主持人：您向哪个部门投诉的？",
    "听众陈先生：打的市民热线，说转给街道了。",
    "听众刘女士：我们小区也有这个问题。烧烤店的油烟净化器装了不开，检查的时候才开，执法要搞突击检查才行。",
    "主持人：感谢两位听众的来电。",
])


@pytest.mark.parametrize("slug,body,title", [("chat", CHAT, "老街坊群聊天记录导出"),
                                             ("minutes", MINUTES, "柳湾村村民议事会会议纪要"),
                                             ("callin", CALLIN, "《夜话民生》听众来电整理")])
def test_a_summary_line_from_inside_a_turn_names_its_holder(slug, body, title):
    article = _article(slug, body, title=title, date="2025-04-09")
    paragraphs = {b.id: b.text for b in article.blocks}
    digest = _run(article).digests[0]
    assert digest.summary
    for line in digest.summary:
        para = paragraphs.get(line.paragraph, "")
        label = re.match(r"^[^：:，。]{2,14}[：:]", para)
        if label and not line.text.startswith(label.group(0)):
            # a line from inside an authored turn opens on its holder's name
            assert re.match(r"^[^：:，。]{2,8}[：:]", line.text), (line.text, para)


def test_held_puts_a_mid_turn_sentence_under_its_author():
    from generator.analyse.digestholders import held
    from generator.analyse.text import Sentence

    para = "小赵（5号楼）：上班的人怎么办？定时定点投放对双职工家庭根本不现实。"
    mid = Sentence("chat", "p3", 0, 0, len("小赵（5号楼）：上班的人怎么办？"), "定时定点投放对双职工家庭根本不现实。",
                   "定时定点投放对双职工家庭根本不现实。", para, para)
    assert held(mid.original, mid, {"p3": "小赵"}) == "小赵：定时定点投放对双职工家庭根本不现实。"
    first = Sentence("chat", "p3", 0, 0, 0, "小赵（5号楼）：上班的人怎么办？", "小赵（5号楼）：上班的人怎么办？", para, para)
    assert held(first.original, first, {"p3": "小赵"}).startswith("小赵（5号楼）：")
    assert held(mid.original, mid, {}) == "定时定点投放对双职工家庭根本不现实。"  # no authored line: no guessed holder


TIMELINE = "\n\n".join([
    "### 城西观鸟会　V",
    "今年春季湿地公园记录到的候鸟比去年少了三成，湿地公园北岸的芦苇被清掉以后，黑水鸡和白鹭都不来了。",
    "回复 @河湾摄影老许：北岸清芦苇是为了修步道，我们已经向园方反映过。",
    "### 河湾摄影老许",
    "湿地公园修步道本身没错，但是施工选在候鸟季，芦苇一清，拍鸟的人和鸟都没了地方。",
    "回复 @城西观鸟会：园方说步道九月才能完工。",
    "### 湿地公园管理处　V",
    "北岸步道工程将于九月完工，完工后将补种芦苇，恢复候鸟栖息地。",
])


def test_a_timeline_posts_summary_lines_name_their_accounts():
    """A saved social-media timeline (account headings, replies by @handle): each summary line that is
    a post is shown under its account; a reply is never shown as the account's view."""
    from generator.analyse.digestholders import accounts_of

    article = _article("wetland", TIMELINE, title="湿地公园北岸清芦苇", date="2025-05-02")
    accounts = accounts_of(article)
    assert set(accounts.values()) == {"城西观鸟会", "河湾摄影老许", "湿地公园管理处"}, accounts
    digest = _run(article).digests[0]
    assert digest.summary
    for line in digest.summary:
        assert re.match(r"^(?:城西观鸟会|河湾摄影老许|湿地公园管理处)：", line.text), line.text


def test_a_reports_section_headings_are_no_accounts():
    report = "\n\n".join(["### 背景", "湿地公园北岸步道工程今年三月开工。", "### 影响",
                          "候鸟数量比去年少了三成。", "### 下一步", "管理处将于九月补种芦苇。"])
    from generator.analyse.digestholders import accounts_of

    assert accounts_of(_article("report", report)) == {}


def test_a_research_notes_run_in_heads_are_no_holders():
    """A note whose paragraphs open on run-in heads ("事件：", "风险提示：", one written twice) is no page
    of turns: a line from inside one is never put under the head as if it were a speaker."""
    from generator.analyse.digestholders import turns_of

    note = "\n\n".join([
        "行业评级：推荐（维持）",
        "事件：省内首条氢能重卡干线于3月1日开通，沿线建成加氢站12座。",
        "氢能重卡的购置成本仍是柴油重卡的三倍左右，运营补贴到期后的经济性有待验证。",
        "加氢站：建设节奏快于预期。单站投资约1500万元，利用率不足三成。",
        "燃料电池系统价格两年下降了四成，规模效应开始显现。",
        "整车企业订单集中在港口和钢厂短驳场景，长途干线尚未形成规模。",
        "风险提示：补贴退坡超预期；氢气价格下降不及预期。",
        "行业评级：推荐，指未来六个月行业指数强于基准。",
    ])
    assert turns_of(_article("note", note), lambda t: t) == {}
