"""Whose own voice a news story's unattributed text is (issue 13, speakers), on small articles written
for the test about an invented event (a county town's covered market rebuilt, 菜市场改造):

- the paper a story's own tag names ("【江城晨报讯】") speaks it, not the site whose title the page
  carries ("江城在线"); a wire's dateline names its agency ("江海社江城3月2日电"), the story then the
  agency's even on a page naming no outlet; "【本报讯】" names no one, and the site stays the voice;
- a signed column's narration is its author's at every place a point cites it, a short term in
  quotation marks ("而不是什么“立竿见影”") no one's quotation.
- a place or a bloc the article has speak ("欧盟认为…") is no person whose mention makes the
  reporter's sentence someone's report.
- a scanned page's masthead ("江城晨報　　本地新聞") names the paper of a story calling itself
  the paper's ("【本報訊】") when nothing else names the outlet.
"""

from __future__ import annotations

import pytest

from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run as _run_topic

TOPIC = "topic:\n  label: 菜市场改造\n  terms: [菜市场, 菜場, 改造]\n"


def _run(tmp_path, articles):
    return _run_topic(tmp_path, articles, taxonomy=TOPIC)


def _article(body, outlet=None, author=None, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="城南菜市场改造", script=script, blocks=parse_body(body),
                   outlet=outlet, author=author, date="2025-03-02")


def _names(point):
    return [s.name for s in point.speakers]


@pytest.mark.parametrize("lead, outlet, who", [
    ("【江城晨报讯】（记者 李明）城南菜市场昨日重新开业。", "江城在线", "江城晨报"),
    ("江海社江城3月2日电（记者李明）城南菜市场2日重新开业。", None, "江海社"),
    ("【本报讯】（记者 李明）城南菜市场昨日重新开业。", "江城在线", "江城在线"),
])
def test_the_paper_a_story_names_as_its_own_speaks_it(tmp_path, lead, outlet, who):
    body = lead + "\n\n改造完成后，菜市场周末客流较去年同期增长四成，带动周边餐饮订单大幅上升。"
    an = _run(tmp_path, [_article(body, outlet=outlet, author="李明")])
    [p] = _citing(an, "a", "周末客流较去年同期增长四成")
    assert _names(p) == [who]


def test_a_columnists_own_view_is_theirs_at_each_place_it_is_cited_quoted_terms_and_all(tmp_path):
    """A signed column (a commentator's byline): its narration is the author's, a sentence with a
    short term in quotation marks ("而不是什么“立竿见影”") included, at every paragraph a point cites."""
    body = ("城南菜市场改造已满一月，争议不断。\n\n"
            "我的观点很明确：这是一次披着“改造”外衣的变相涨租。改造之后，菜市场客流只增长了一成，而不是什么“立竿见影”。\n\n"
            "有人说，菜市场改造可以带动周边商户。我看未必。\n\n"
            "还要清醒地看到，菜市场的摊位仍然冷清：营业额不到去年的一半，客流和摊位出租率都还在下滑。")
    an = _run(tmp_path, [_article(body, outlet="江畔观察", author="周明、城市评论员、专栏作家")])
    [p] = _citing(an, "a", "客流只增长了一成")
    at = {(s.name, s.paragraph) for s in p.speakers}
    assert {(c.paragraph) for c in p.citations} == {"p2", "p4"}
    assert at == {("周明", "p2"), ("周明", "p4")}


def test_a_bloc_that_speaks_does_not_keep_the_reporters_sentences_naming_it_from_the_outlet(tmp_path):
    """"欧盟认为…" makes 欧盟 a holder; a later sentence of the reporter's that merely names the bloc
    is still the outlet's (a person the article has speak would make it someone's report)."""
    body = ("欧盟对进口菜籽油加征的关税10月起正式上路，为期五年。\n\n"
            "这项调查由执委会主席范霍文（Jan van Hoven）于去年9月启动，欧盟认为江城的菜市场改造补贴导致产能过剩，"
            "并以低价冲击欧洲市场；江城则批评此举是保护主义。\n\n"
            "今年7月关税实施后，江城对欧盟的菜籽油出口明显下滑，改造后的城南菜市场周末客流较去年同期增长四成。")
    an = _run(tmp_path, [_article(body, outlet="江城晨报")])
    [p] = _citing(an, "a", "周末客流较去年同期增长四成")
    assert _names(p) == ["江城晨报"]


@pytest.mark.parametrize("title, who", [
    ("江城晨報　　　　本地新聞　　　　Ａ０８", "江城晨報"),  # a scanned page's masthead
    ("江城晨報道：菜市場改造", None),  # a headline's first words: no masthead
])
def test_a_scanned_pages_masthead_names_the_paper_of_its_own_story(tmp_path, title, who):
    body = ("【本報訊】城南菜市場昨日重新開業。\n\n"
            "改造完成後，菜市場週末客流較去年同期增長四成，帶動周邊餐飲訂單大幅上升。")
    a = Article(slug="a", source="a.txt", title=title, script="zh-Hant", blocks=parse_body(body),
                outlet=None, author=None, date="2025-03-02")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "週末客流較去年同期增長四成")
    assert _names(p) == ([who] if who else [])
