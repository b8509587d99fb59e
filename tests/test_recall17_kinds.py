"""What was promised but is not yet settled is a limit of the news, not its impact (issue 13,
property 5: points in the wrong kind).

Phenomenon: "X将发放补助，但具体标准尚未公布" reports a response whose terms are still missing;
what a reader needs from it is the gap (no figure, no date), so it is a limit, as a lack is
("目前尚无可用的疫苗"); a response whose terms are out stays an impact. Only general words of
Chinese: a term of a promise (标准, 细则, 办法, 方案, 名单, 金额, 资金…) not yet published,
settled, in place or handed out.

The story is invented and unlike every corpus: an old street's night market moves. Three forms
the rule was not derived from: a press conference's report, a stall keeper's app diary, a district
notice.
"""

from __future__ import annotations

from generator.analyse.limitshapes import limit_shape
from tests.test_briefing_recall import _article, _citing, _named_only, _run

TOPIC = "topic:\n  label: 老街夜市搬迁\n  terms: [老街夜市搬迁, 夜市搬迁]\n"

MARKET = (
    ("a", "老街夜市搬迁发布会：新址十月开业",
     "在昨天的新闻发布会上，区商务局副局长林岚说，夜市搬迁后，区里将为摊主发放一次性过渡补助，"
     "但具体补助标准尚未公布。\n\n"
     "林岚介绍，新址预计十月开业，摊位租金比老街下降两成。"),
    ("b", "摊主手记｜夜市搬迁这一个月",
     "今天又去街道问了夜市搬迁的事。卖糖水的阿芳说，夜市搬迁有补贴，可补贴金额到现在还没出来，"
     "房租下个月就要交了。\n\n"
     "好消息是新址的摊位租金确实下降了两成。"),
    ("c", "关于老街夜市搬迁的通知",
     "为改善老街交通秩序，经研究决定实施夜市搬迁，新址位于滨河路。\n\n"
     "夜市搬迁期间，受影响商户可申请临时租金减免，减免细则仍未出台。\n\n"
     "新址摊位租金较老街下降两成，水电费用按居民标准收取。"),
)


def test_a_promise_whose_terms_are_not_out_is_a_limit(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in MARKET], _named_only(TOPIC))
    for art, text in (("a", "具体补助标准尚未公布"), ("b", "补贴金额到现在还没出来"), ("c", "减免细则仍未出台")):
        got = _citing(an, art, text)
        assert got, (text, [(p.kind, p.statement) for p in an.points])
        assert all(p.kind == "limit" for p in got), (text, [(p.kind, p.statement) for p in got])
    # a response whose terms are out is still an impact
    cut = _citing(an, "c", "下降两成")
    assert cut and all(p.kind == "impact" for p in cut), [(p.kind, p.statement) for p in cut]


def test_the_shape_reads_only_a_term_not_yet_settled():
    assert limit_shape("区里将发放一次性过渡补助，但具体补助标准尚未公布。") == "maturity"
    assert limit_shape("项目配套资金迟迟未到位。") == "maturity"
    # (a company that has not yet published its results restricts no news; terms that are out are none)
    assert limit_shape("公司尚未公布半年度业绩。") == ""
    assert limit_shape("补助标准已经公布，每户三千元。") == ""
