"""Speakers of basic frames (issue 13, property 1) on small articles written for the test about an
invented subject (a fishing fleet cutting its catch, 远洋捕捞), in forms no corpus has: a wire report
translated from abroad, a traditional-script news page, a trade magazine's Q&A lead, a bureau's notice.

- a person given with the original spelling in brackets and a recipient before the verb ("卡尔·施密特
  （Karl Schmidt）对路透社表示", "X向本报记者表示", "X对此回应称", "据X介绍") is that person, with the
  role before the name;
- an outlet reporting ("据美国《华尔街日报》7月15日报道，…", "英国《金融时报》援引分析人士的话称…")
  speaks the sentence; the analyst it quotes when it names one.
"""

from __future__ import annotations

import pytest

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 远洋捕捞\n  terms: [捕捞, 捕撈, 渔船, 漁船]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    a = Article(slug="a", source="a.txt", title="远洋渔业减产", script=script, blocks=parse_body(body),
                outlet="某晚报", author=None, date="2025-03-02")
    part = analysed(tmp_path, a, TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]


@pytest.mark.parametrize("body, text, who, script", [
    # a translated wire report: the original spelling in brackets, the outlet told before the verb
    ("挪威渔业顾问埃里克·汉森（Erik Hansen）对路透社表示，船队“已经亏掉了三成利润”，“现在谈复苏言之过早”。",
     "现在谈复苏言之过早", ("埃里克·汉森", "挪威渔业顾问"), "zh-Hans"),
    ("據挪威漁業顧問埃里克·漢森（Erik Hansen）介紹，今年的捕撈配額將再減一成。",
     "捕撈配額將再減一成", ("埃里克·漢森", "挪威漁業顧問"), "zh-Hant"),
    ("远洋渔业协会秘书长周文斌向本报记者表示，小型渔船的燃油补贴不会取消。",
     "燃油补贴不会取消", ("周文斌", "远洋渔业协会秘书长"), "zh-Hans"),
    ("智利水产局官员玛丽亚·罗哈斯（María Rojas）对此回应称，配额是按科学评估定的。",
     "配额是按科学评估定的", ("玛丽亚·罗哈斯", "智利水产局官员"), "zh-Hans"),
])
def test_a_person_with_the_original_spelling_and_a_recipient_is_the_speaker(tmp_path, body, text, who, script):
    assert _who(tmp_path, body, text, script) == [who]


@pytest.mark.parametrize("body, text, who, script", [
    ("据美国《华尔街日报》7月15日报道，远洋渔船的燃油成本上涨了三成。", "燃油成本上涨了三成", ("华尔街日报", ""), "zh-Hans"),
    ("據日本《朝日新聞》當地時間周一報道，遠洋漁船的漁獲量下降了兩成。", "漁獲量下降了兩成", ("朝日新聞", ""), "zh-Hant"),
    ("英国《金融时报》援引分析人士的话称，远洋捕捞的利润正在下降。", "利润正在下降", ("金融时报", ""), "zh-Hans"),
    # an agency after its country, reporting ("英国路透社7月12日报道称", "美国《纽约时报》报道指出")
    ("英国路透社7月12日报道称，挪威计划明年再削减一成捕捞配额。", "再削减一成捕捞配额", ("路透社", ""), "zh-Hans"),
    ("美国《纽约时报》报道指出，远洋渔船的船员正在老龄化。", "船员正在老龄化", ("纽约时报", ""), "zh-Hans"),
    # the analyst when the outlet names one
    ("英国《金融时报》援引咨询公司分析师约翰·史密斯的话称，远洋捕捞的利润正在下降。", "利润正在下降",
     ("约翰·史密斯", "咨询公司分析师"), "zh-Hans"),
])
def test_an_outlet_reporting_is_the_speaker_of_its_report(tmp_path, body, text, who, script):
    assert _who(tmp_path, body, text, script) == [who]


@pytest.mark.parametrize("body, text", [
    # no outlet's name: a book or a report in brackets, a time word alone
    ("据《渔业年鉴》统计，去年渔获量下降了一成。", "渔获量下降了一成"),
    ("据报道，远洋渔船的燃油成本上涨了三成。", "燃油成本上涨了三成"),
    # a holder that is no name: a clause before the verb
    ("船东们对此回应称，配额是按科学评估定的。", "配额是按科学评估定的"),
])
def test_no_outlet_or_person_named_names_no_one(tmp_path, body, text):
    got = _who(tmp_path, body, text)
    assert all(kind not in ("渔业年鉴", "报道") for kind, _ in got)
    assert not any(name.endswith(("回应", "统计", "报道")) for name, _ in got)


def test_the_report_goes_on_as_the_outlets(tmp_path):
    # "报道还指出…": the report of the outlet just named, in its paragraph and the next; a paragraph of
    # the writer's own after it is nobody's
    body = ("英国路透社7月12日报道称，挪威计划明年再削减一成捕捞配额。报道还指出，小型渔船将获得燃油补贴。\n\n"
            "报道认为，配额制度的竞争正在加速。")
    assert _who(tmp_path, body, "小型渔船将获得燃油补贴") == [("路透社", "")]
    # no outlet named before: "报道" is nobody
    assert _who(tmp_path, "记者从市渔业局了解到，配额将收紧。报道还指出，渔港正在扩建。", "渔港正在扩建") == []


def test_a_clause_ending_on_news_is_no_outlet():
    from generator.analyse.speakerholder import split_holder

    # "看到新闻说…": what the writer saw, not an outlet named "看到新闻"; a real outlet's name is one
    assert (split_holder("看到新闻") or ("", "", ""))[2] != "org"
    assert split_holder("路透社") == ("路透社", "", "org")
