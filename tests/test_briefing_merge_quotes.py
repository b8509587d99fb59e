"""A point's quotes prove it (issue 13, property 2) and one claim is one point however its figures
are written (property 3), on articles written for the test. The story is invented: a bakery
chain, 麦香坊, opens its first shop abroad; the taxonomy names only the topic."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _run

TOPIC = "topic:\n  label: 麦香坊\n  terms: [麦香坊]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-05-01")


def _norm(text):
    return "".join(ch for ch in text if ch.isalnum())


def test_the_statement_never_says_more_than_its_own_quote(tmp_path):
    # one long sentence whose last clause is the point: the quote must reach it
    a = _article("a", "麦香坊首家海外门店昨日开业。\n\n"
                      "分析师周立认为，门店租金是一道门槛，“在市中心开一家两百平方米的门店，每月租金就要三万欧元以上，"
                      "装修和设备还要再投入四十万欧元左右，对刚起步的中小烘焙品牌并不友好”。\n\n"
                      "开业当天门店排起长队。")
    an = _run(tmp_path, [a], TOPIC)
    [p] = [p for p in an.points if "门槛" in p.statement]
    own = _norm(p.citations[0].quote)
    # every clause the statement keeps is in its first quote, the first and the last included
    assert "门槛" in p.statement and "并不友好" in p.statement
    for clause in p.statement.rstrip("。").split("，"):
        assert _norm(clause) in own, (clause, own)


# one figure however it is written -------------------------------------------------------------

def test_a_figure_is_one_key_however_an_outlet_writes_it():
    from generator.analyse.figurekeys import figure_keys

    same = ["首日客流突破23万人次", "头一天就有二十三万多人次", "首日运量达230,000人次", "客流约23万"]
    assert all(figure_keys(s) == {"23万"} for s in same), [figure_keys(s) for s in same]
    assert figure_keys("票价最高1万5千元") == figure_keys("票价最高15000元") == {"1.5万"}
    assert figure_keys("闸机三千多元一台") == {"3000"}
    # not figures: a day, an ordinal, a loose pair, "several", a count of one, an adverb
    for text in ("8月20日开通", "第六站", "四五千元", "融资超过数10亿美元", "一台闸机", "千万不要", "十多年"):
        assert not figure_keys(text), (text, figure_keys(text))


def test_the_same_figure_of_the_same_thing_is_the_same_fact_a_figure_alone_is_not():
    from generator.analyse.figurekeys import same_measure

    statement = "三号线上午9时开通，首日票务收入约46万元，换乘站一度限流，首日客流量突破23万人次。"
    assert same_measure(statement, "据运营方通报，首日的客流量就有二十三万多人次。")
    # the same number of something else, or of the same broad thing in another claim
    assert not same_measure(statement, "沿线商铺的首日营业额合计23万元。")
    assert not same_measure("60秒的视频时长，已超过短视频平台的平均时长", "相比之前的60秒视频，这部短片讲了完整的故事")
    # an exact count is one fact whatever words surround it; a round one is not
    assert same_measure("开通24小时内办卡人数达到38,427人次。", "一天下来，新办乘车卡38427张。")
    assert not same_measure("首日客流量突破23万人次。", "沿线居民约23万人。")


def test_a_figure_written_in_chinese_numerals_joins_the_outlets_giving_it_in_digits(tmp_path):
    # the first outlet's sentence is a run-on of four facts: the second outlet shares few of its
    # words, but gives its ridership figure in other numerals, of the same thing
    arts = [
        _article("a", "云轨三号线开通。\n\n云轨三号线昨日上午9时在东西两端同步开通，首日客流量突破23万人次，"
                      "票务收入约46万元，换乘站高峰时段一度限流，沿线商户营业额明显上升。\n\n沿线商户普遍看好。"),
        _article("b", "新线观察。\n\n据运营方通报，三号线头一天的客流量就有二十三万多人次。\n\n部分乘客反映换乘指引不清。"),
        _article("d", "云轨三号线开通。\n\n有乘客说闸机经常卡住。\n\n首日沿线商铺营业额合计23万元。"),
    ]
    an = _run(tmp_path, arts, "topic:\n  label: 云轨三号线\n  terms: [云轨三号线, 三号线]\n")
    [p] = [p for p in an.points if any(c.article == "a" and "23万人次" in c.quote for c in p.citations)]
    arts_cited = {c.article for c in p.citations}
    assert "b" in arts_cited, [(q.statement, [c.quote for c in q.citations]) for q in an.points]
    assert "d" not in arts_cited, "23万 of shops' takings is another fact"


# one word however a region says it --------------------------------------------------------------

def test_taiwan_and_hong_kong_words_are_read_as_their_mainland_words():
    from generator.analyse.text import mainland

    assert [mainland(w) for w in ("硬体", "显示卡", "记忆体", "网路", "效能", "软体")] == \
        ["硬件", "显卡", "内存", "网络", "性能", "软件"]
    # mainland words stay as they are, even where Taiwan uses them for something else
    assert [mainland(w) for w in ("程序", "文件", "影片", "游戏", "硬件")] == ["程序", "文件", "影片", "游戏", "硬件"]


def test_a_taiwan_outlet_and_a_mainland_one_saying_one_limit_support_each_other():
    from generator.analyse.support import claim_words, supports

    statement = "车站闸门的硬体规格是一道门槛，每台闸门的记忆体至少要加倍，软体也得重写，对预算吃紧的县市并不友善。"
    quote = "另外就是硬件门槛：闸机内存太小，软件动不动卡住，不少小城市根本负担不起。"
    assert supports(quote, claim_words(statement), 0.4, statement=statement)


def test_a_model_name_in_latin_letters_and_digits_ties_outlets_like_a_rare_word():
    from generator.analyse.rarewords import anchor_token, repeated_rare, word_spread
    from generator.analyse.text import Sentence

    def s(article, i, text):
        return Sentence(article, "p1", i, 0, 0, text, text, text, text)

    sents = [s("a", 0, "三号线的闸机全部换成KX7型号，刷卡速度快了一倍。"), s("b", 0, "新闸机用的是KX7，进站几乎不用等。"),
             s("a", 1, "云轨三号线开通。"), s("b", 1, "云轨三号线开通，AI客服上线。"), s("c", 0, "云轨三号线的AI客服答非所问。")]
    rare = repeated_rare(word_spread(sents))
    assert rare("kx7"), "a model name two outlets give once each ties them"
    assert anchor_token("ps5") and anchor_token("xbox") and anchor_token("3a")
    assert not anchor_token("ai") and not anchor_token("2024"), "a short abbreviation or a number names no one thing"


def test_an_effect_on_a_thing_is_one_key_in_either_region_s_words():
    from generator.analyse.claimkeys import stated_keys
    from generator.analyse.directions import direction_keys

    taiwan, mainland_ = "闸门的硬体成本大幅提高。", "闸机的硬件成本提高了不少。"
    assert direction_keys(taiwan) == direction_keys(mainland_) == {("up", "硬件+成本")}
    # a statement in Taiwan words still states the key read as mainland words
    assert stated_keys(direction_keys(mainland_), taiwan) == {("up", "硬件+成本")}


def test_what_is_left_alone_is_one_key_as_object_or_as_subject():
    from generator.analyse.directions import direction_keys

    # "不影响X" names X after the verb; "X不受影响" before it: one claim, one key
    assert direction_keys("新规不会影响老年乘客的优惠。") == direction_keys("老年乘客的优惠不受影响。") != frozenset()
    assert direction_keys("新规不会影响。") == frozenset(), "nothing named, no key"


# a title is never cut at its colon --------------------------------------------------------------

def test_a_title_with_a_colon_is_never_cut_in_a_statement_or_a_quote(tmp_path):
    arts = [
        _article("a", "纪录片首播。\n\n1. 《山河：一座城的记忆》昨晚首播，收视率达到2.35%，位列同时段第一。\n\n观众反响热烈。"),
        _article("b", "纪录片《山河：一座城的记忆》由本地团队历时四年拍摄完成、在省级卫视黄金时段首播，"
                      "首播收视率2.35%，同时段排名第一。\n\n片方表示将推出续集。"),
    ]
    an = _run(tmp_path, arts, "topic:\n  label: 山河\n  terms: [山河]\n")
    cited = [p for p in an.points if any("2.35" in c.quote for c in p.citations)]
    assert cited, [(p.statement, [c.quote for c in p.citations]) for p in an.points]
    for p in cited:
        assert not p.statement.startswith("一座城的记忆》"), p.statement
        for c in p.citations:
            assert "《山河：一座城的记忆》" in c.quote or "一座城的记忆》" not in c.quote, c.quote


def test_a_quote_cited_for_a_figure_is_the_clause_that_gives_it(tmp_path):
    arts = [
        _article("a", "纪录片首播。\n\n1. 《山河：一座城的记忆》昨晚首播，收视率达到2.35%，位列同时段第一。\n\n观众反响热烈。"),
        _article("b", "新片速递。\n\n由本地团队历时四年、走访全省一百多个村镇拍摄完成的纪录片《山河：一座城的记忆》昨晚在省级卫视黄金时段首播，"
                      "首播收视率2.35%，在同时段的所有节目里排名第一。\n\n片方表示将推出续集。"),
    ]
    an = _run(tmp_path, arts, "topic:\n  label: 山河\n  terms: [山河]\n")
    quotes = [c.quote for p in an.points for c in p.citations if c.article == "b"]
    assert quotes and all("2.35%" in q for q in quotes), [(p.statement, [c.quote for c in p.citations]) for p in an.points]


def test_a_figure_s_quote_starts_at_the_clause_giving_it_and_goes_on():
    from generator.analyse.points import figure_quote

    original = ("由本地团队历时四年、走访全省一百多个村镇拍摄完成的纪录片《山河：一座城的记忆》昨晚在省级卫视首播，"
                "首播收视率2.35%，创下同类节目的纪录。")
    assert figure_quote(original, lambda t: t, ("2.35%",)) == "首播收视率2.35%，创下同类节目的纪录。"
    assert figure_quote(original, lambda t: t, ("9.99%",)) == ""
