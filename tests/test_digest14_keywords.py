"""A digest's keywords are terms a reader would search for: the topic's own term that every article of
the corpus keeps writing ("冻干咖啡") is one of them, in both scripts; a date's tail ("日起" of
11月20日起) and a word cut from a longer one ("严格来" of 严格来说) never are. Three synthetic articles
(a news page, a forum thread, a traditional-script report) on a topic unlike the development corpora."""

from __future__ import annotations

from tests.test_index import _article, _run

NEWS = "\n\n".join([
    "冻干咖啡价格战升温 多家品牌下调售价",
    "自11月20日起，青禾咖啡把冻干咖啡的售价从每颗4.5元下调到3.2元，另外两家品牌自11月22日起跟进降价。",
    "业内人士表示，冻干咖啡的原料成本今年下降约一成，但包装和冷链运输成本并没有明显变化。",
    "严格来说，这轮降价是冻干咖啡品牌在抢夺写字楼用户，而不是成本下降带来的让利。",
    "有分析师认为，冻干咖啡的价格战可能持续到明年春节，小品牌的生存空间会进一步收窄。",
    "自12月1日起，青禾咖啡还将在便利店渠道推出小包装冻干咖啡。",
])

FORUM = "\n\n".join([
    "大家最近都在喝哪家的冻干咖啡？降价以后值不值得囤？",
    "楼主：看到冻干咖啡又降价了，一颗才三块多，想囤两盒，不知道哪家的口感好一点。",
    "2楼：青禾的冻干咖啡我喝了半年，冷水也能化开，就是酸味有点重，严格来说不如现磨的。",
    "3楼：别囤太多，冻干咖啡开封以后容易受潮，放久了香气就没了。",
    "4楼：我买过三家的冻干咖啡，价格差不多，口感差别其实不大，看个人喜好吧。",
])

TRADITIONAL = "\n\n".join([
    "凍乾咖啡殺價搶市 本地品牌承壓",
    "凍乾咖啡價格戰延燒至本地，多家連鎖超市自本週起把凍乾咖啡的售價調低約兩成。",
    "本地品牌負責人表示，凍乾咖啡的進口原料價格仍然偏高，降價空間有限，只能靠擴大銷量撐住。",
    "業者預計，凍乾咖啡的市場份額明年仍會上升，但小品牌可能被迫退出。",
])


def _keywords():
    analysis = _run(_article("news", NEWS, title="价格战升温 多家品牌下调售价", date="2024-11-25"),
                    _article("forum", FORUM, title="降价以后值不值得囤？", date="2024-11-26"),
                    _article("hk", TRADITIONAL, script="zh-Hant", title="殺價搶市 本地品牌承壓", date="2024-11-27"))
    return {d.article: d.keywords for d in analysis.digests}


def test_the_topics_own_term_is_a_keyword_of_every_article_that_keeps_writing_it():
    for slug, words in _keywords().items():
        assert any(w in ("冻干咖啡", "凍乾咖啡") for w in words), (slug, words)


def test_a_dates_tail_and_a_cut_word_are_never_keywords():
    for slug, words in _keywords().items():
        assert not any(w in ("日起", "严格来", "嚴格來") or w.startswith(("日", "月")) for w in words), (slug, words)
