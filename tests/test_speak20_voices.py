"""Right speakers, never a wrong name (issue 13, property 1), on small articles written for the test
about an invented event (a county town's covered market rebuilt, 菜市场改造):

- English words someone else says ("…," X said; "Beijing insists…"; a quotation) are never the
  outlet's own text, while the reporter's English sentence beside them, a quoted title in it, is;
- a slide deck's speaker notes (``备注：…``) are the presenter's its title slide names, with the
  role it gives; two presenters named, nobody's;
- a page's masthead (``金线财经 | 首页　快讯　行情``) names the outlet, so that its reporter's own
  text is credited to it.
"""

from __future__ import annotations

import pytest

from generator.clean import clean
from speakerkit import speakers_of
from test_briefing_properties import _citing
from test_points15_outlets import _article, _names, _run

TOPIC = "topic:\n  label: 菜市场改造\n  terms: [菜市场, 菜場, 改造, market]\n"


@pytest.mark.parametrize("body, text", [
    # a quotation, its speaker named after it in a way the frame reader does not take
    ("城南菜市场重新开业。\n\n"
     "The rebuilt market has pushed stall rents up by about 20 per cent and forced several vendors to close. "
     "\"Our income has fallen by a third since the reopening,\" Wang Li, a vegetable seller, said.",
     "Our income has fallen by a third"),
    # a party's view, its holder a place standing for a government
    ("城南菜市场改造完工，摊位租金上涨两成。\n\n"
     "Beijing insists the renovation will bring more shoppers to the old town and raise traders' incomes.",
     "Beijing insists"),
])
def test_someone_elses_english_words_are_never_the_outlets(tmp_path, body, text):
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    points = _citing(an, "a", text)
    assert points
    for p in points:
        [at] = {c.paragraph for c in p.citations if text in c.quote}
        assert "江城晚报" not in [s.name for s in p.speakers if s.paragraph == at]


def test_the_reporters_own_english_sentence_is_the_outlets(tmp_path):
    body = ("城南菜市场重新开业。\n\n"
            "Sales of \"Old Town Greens\" vegetables have dropped sharply, hurting farmers around the market.")
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    [p] = _citing(an, "a", "Sales of")
    assert _names(p) == ["江城晚报"]


DECK = ("菜市场改造经验交流会主讲人：周文远　江城市商务局市场建设处处长\n\n"
        "## 一、改造成效\n\n摊位空置率由两成降至5%\n\n"
        "备注：改造以后，城南菜市场的摊位空置率从两成降到了5%，周边商户的营业额也涨了三成。\n\n"
        "## 二、问题\n\n"
        "备注（续）：但是租金上涨太快，有些小摊贩已经撑不下去了，这是我们下一步要解决的。")


@pytest.mark.parametrize("text", ["摊位空置率从两成降到了5%", "租金上涨太快"])
def test_a_decks_speaker_notes_are_its_presenters(tmp_path, text):
    [sp] = speakers_of(tmp_path, DECK, text, TOPIC)
    assert (sp.name, sp.role) == ("周文远", "江城市商务局市场建设处处长")


def test_a_slides_own_line_is_no_ones(tmp_path):
    assert speakers_of(tmp_path, DECK, "摊位空置率由两成降至5%", TOPIC) == ()


def test_two_presenters_notes_are_no_ones(tmp_path):
    deck = DECK.replace("主讲人：周文远　江城市商务局市场建设处处长",
                        "主讲人：周文远　江城市商务局市场建设处处长\n\n主讲人：林晓岚　江城大学教授")
    assert speakers_of(tmp_path, deck, "租金上涨太快", TOPIC) == ()


@pytest.mark.parametrize("head, outlet", [
    ("金线财经 | 首页　快讯　行情　公司　基金　理财　APP下载", "金线财经"),
    ("香江日報 HKDaily　｜　港聞　兩岸　國際　財經　娛樂　｜　訂閱　登入", "香江日報"),
    # a search box's line over a menu names no site
    ("搜索结果：菜市场改造　｜　综合　实时　热门　视频　图片", None),
    # a menu opening on a menu word
    ("首页 | 新闻　财经　科技　体育", None),
])
def test_a_pages_masthead_names_its_outlet(head, outlet):
    page = (head + "\n\n城南菜市场改造完工　摊位租金上涨两成\n\n"
            "江城市城南菜市场改造工程昨日完工，改造后摊位租金平均上涨两成，部分小摊贩表示难以承受。"
            "市商务局表示，将对困难商户给予租金补贴。\n")
    assert clean(page, source="page.txt").meta.get("outlet") == outlet


DECK_NOTES = ("菜市场改造经验交流会\n\n主讲：周文远，江城市商务局市场建设处处长。\n\n"
              "## 一、改造成效\n\n摊位空置率由两成降至5%\n\n"
              "演讲者备注：改造以后，城南菜市场的摊位空置率从两成降到了5%。\n\n"
              "周边商户的营业额也涨了三成，这是我们没想到的。\n\n"
              "## 二、问题\n\n租金上涨两成\n\n"
              "演讲者备注：租金上涨太快，有些小摊贩已经撑不下去了。")


@pytest.mark.parametrize("text, who", [("摊位空置率从两成降到了5%", "周文远"), ("营业额也涨了三成", "周文远"),
                                       ("租金上涨太快", "周文远"), ("租金上涨两成", None)])
def test_a_notes_label_holds_the_notes_further_paragraphs_up_to_the_next_slide(tmp_path, text, who):
    """The notes' label opens their first paragraph only: the paragraphs after it, up to the next slide's
    title, are the presenter's too; the next slide's own line is no one's."""
    got = speakers_of(tmp_path, DECK_NOTES, text, TOPIC)
    assert [sp.name for sp in got] == ([who] if who else [])
