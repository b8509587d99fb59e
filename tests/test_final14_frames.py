"""A frame that leaves its holder an unnamed group of experts ("不过，也有学者持不同看法。") takes its
argument from the next paragraph when that paragraph's one named speaker is such an expert (a
professor for 学者, a researcher for 专家), however the speaker is introduced: a transcript's caption,
a news page's "X认为", a Hong Kong article's 「」 quote. A party the group word does not describe (a
bureau's official after "家长们…不买账") stays another side. Stories invented for the test."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from tests.test_briefing_recall import _run

BRIDGE = "topic:\n  label: 旧桥改造\n  terms: [旧桥]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title="旧桥改造方案引发讨论", script=script,
                   blocks=parse_body(body), outlet=f"{slug}报", date="2026-04-01")


def _sides(an, text):
    for c in an.contentions:
        for side in (c.a, c.b):
            if any(text in x.quote for x in side.citations):
                return c, side
    return None, None


def test_news_page_group_of_scholars_is_the_professor_named_next(tmp_path):
    body = ("市交通局副局长齐振华表示，旧桥改造完成后通行能力将提高一倍，对沿线商户的影响很小。\n\n"
            "不过，也有学者持不同看法。\n\n"
            "城市大学土木工程学院教授欧阳敏认为，施工期长达两年，沿线商户的客流必然大幅下降，"
            "所谓影响很小并没有算上施工期的损失。")
    an, _ = _run(tmp_path, [_article("a", body)], BRIDGE)
    c, side = _sides(an, "施工期长达两年")
    assert c is not None, [(x.a.statement, x.b.statement) for x in an.contentions]
    assert any(sp.name == "欧阳敏" for sp in side.speakers), side.speakers
    other = c.a if side is c.b else c.b
    assert not any(sp.name == "欧阳敏" for sp in other.speakers)


def test_hong_kong_article_group_of_experts_is_the_researcher_quoted_next(tmp_path):
    body = ("運輸署發言人表示，舊橋改造後交通會更順暢，對附近居民的影響有限。\n\n"
            "不過，也有專家持不同看法。\n\n"
            "「工程期間改道的車流會全部壓到住宅區的小路上，居民受到的影響一點都不小。」"
            "理工大學交通研究中心研究員麥浩然說。")
    an, _ = _run(tmp_path, [_article("h", body, script="zh-Hant")], BRIDGE)
    c, side = _sides(an, "改道的車流")
    assert c is not None, [(x.a.statement, x.b.statement) for x in an.contentions]
    assert any(sp.name == "麥浩然" for sp in side.speakers), side.speakers


def test_a_party_the_group_word_does_not_describe_is_no_argument_of_the_frame(tmp_path):
    body = ("区教育局表示，旧桥改造期间学校将调整上学时间，对学生的影响很小。\n\n"
            "但这个说法，家长们显然并不买账。\n\n"
            "区交通局副局长齐振华表示，施工期间将增开两条公交线路。")
    an, _ = _run(tmp_path, [_article("b", body)], BRIDGE)
    c, _side = _sides(an, "增开两条公交线路")
    assert c is None, [(x.a.statement, x.b.statement) for x in an.contentions]
