"""A new topic named only by the editor (issue 13, property 8): which sentences become candidate
points, in which general category and of which kind.

The story is invented (a city's new water prices, told by three outlets and an interview) and
unlike any corpus of the project. The editor copies the default taxonomy file and changes only
the topic's label and terms, choosing terms the articles seldom use literally, as the editors of
the project's corpora did. Then:

* the corpus's own words for the topic (headline words most articles repeat: 水价) make a
  paragraph about the topic, and an unrelated article in the folder stays out;
* the default file's categories (another topic's, marked ``vocabulary_for``) are set aside with a
  warning; consequences (protests, panic buying, subsidies) and limits (burden, opacity, health
  risk) land in general categories of the right kind;
* the turns of an interview ("问：…" / "答：…") are not a card of fields;
* an editor category whose words occur nowhere in the articles is reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.analyse import analyse
from generator.analyse.relevance import corpus_topic_words
from generator.analyse.taxonomy import load_taxonomy
from generator.articles import parse_body
from generator.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8")
#: The editor's few words: the articles say "水价" and "阶梯水价", never these.
TOPIC = "topic:\n  label: 滨江水价调整\n  terms: [滨江水价调整, 水价新政]\n"


def _named_only(topic: str = TOPIC) -> str:
    """The default taxonomy file with only its topic changed (what an editor starts from)."""
    text, n = re.subn(r"(?m)^topic:\n(?:  .*\n)+", topic, DEFAULT)
    assert n == 1
    return text


def _article(slug, title, body):
    return Article(slug=slug, source=f"{slug}.txt", title=title, script="zh-Hans",
                   blocks=parse_body(body), outlet=f"{slug}报", date="2026-03-01")


WATER = (
    ("a", "滨江市上调居民水价　阶梯水价下月实施",
     "滨江市发展和改革委员会昨日宣布，自下月起上调居民用水价格，第一阶梯水价由每吨3元调整为3.8元。\n\n"
     "滨江市常住人口约300万，市区共有自来水厂6座。\n\n"
     "水价上调的消息公布后，一些居民开始抢购桶装水，部分超市的桶装水一度售罄。\n\n"
     "市消费者协会指出，新水价将明显加重低收入家庭的用水负担。"),
    ("b", "滨江水价上调引发争议",
     "新水价公布后，数百名居民在市政府门前集会抗议，要求暂缓上调水价。\n\n"
     "市政府表示，将为低保家庭提供每月10吨的用水补贴。\n\n"
     "有专家质疑，水价上调依据的成本核算数据不透明，缺乏第三方审计。"),
    ("c", "滨江水价调整一周：桶装水热销",
     "水价调整一周以来，多家超市的桶装水被抢购一空。\n\n"
     "市水务集团的数据显示，全市居民日均用水量同比下降了8%。\n\n"
     "不过，部分老旧小区的供水管网锈蚀严重，水质仍存在健康风险。"),
    ("d", "专访水务专家：水价该怎么定",
     "本报记者就水价调整专访了滨江大学的水务专家。\n\n"
     "问：水价上调有道理吗？\n\n"
     "答：供水成本这些年确实上涨了不少，水价多年没有调整，适度上调有其合理性。但调价方案公布前没有公开成本"
     "监审报告，公众难以判断涨幅是否合理，这是调价最大的问题。\n\n"
     "问：对市民有什么建议？\n\n"
     "答：不必恐慌，更没有必要囤水。水价上调后，阶梯水价的第一档仍然覆盖了大多数家庭的日常用水。"),
    ("e", "城西新开一家独立书店",
     "城西的独立书店“青灯”本周开业，店内藏书约两万册。\n\n"
     "书店开业后，周边咖啡馆的客流明显增加。"),
)

#: The default file's own categories (the Sora topic's).
SORA_IDS = {"impact-film", "impact-shortvideo", "impact-ads", "impact-games", "impact-jobs", "impact-compute",
            "impact-markets", "limit-physics", "limit-cost", "limit-compute", "limit-data", "limit-copyright",
            "limit-deepfake", "limit-control", "limit-maturity"}


def _run(tmp_path, articles, taxonomy):
    path = tmp_path / "taxonomy.yml"
    path.write_text(taxonomy, encoding="utf-8")
    return analyse(articles, taxonomy_path=path, overrides_path=None)


def _citing(an, article, text):
    return [p for p in an.points if any(c.article == article and text in c.quote for c in p.citations)]


def _water(tmp_path):
    return _run(tmp_path, [_article(*a) for a in WATER], _named_only())


def test_the_corpus_own_words_make_paragraphs_about_the_topic(tmp_path):
    an, _ = _water(tmp_path)
    # no sentence names the editor's terms; the headlines' 水价, repeated by most articles, does
    assert _citing(an, "a", "上调居民用水价格")
    assert _citing(an, "b", "集会抗议")
    assert _citing(an, "c", "同比下降")
    # the bookshop article shares no topic word: its café customers are no point
    assert not [p for p in an.points if "e" in p.articles], [p.statement for p in an.points]


def test_corpus_topic_words_are_recurring_headline_words_rare_in_general_chinese():
    def terms(*words):
        from collections import Counter
        return Counter(words)
    arts = [terms("水价", "居民", "市场", "上调"), terms("水价", "市场", "抗议"),
            terms("水价", "市场", "超市"), terms("书店", "市场")]
    titles = ["滨江上调水价　市场震动", "水价上调引发争议", "水价调整一周", "城西新开书店"]
    words = corpus_topic_words(arts, titles)
    assert "水价" in words
    assert "市场" not in words  # in every article and a headline, but ordinary Chinese
    assert "书店" not in words  # one article only
    # a folder of unrelated articles has no topic words of its own
    assert corpus_topic_words([terms("书店"), terms("马拉松"), terms("水价")],
                              ["城西新开书店", "滨江马拉松开跑", "水价上调"]) == ()


def test_another_topics_categories_are_set_aside_with_a_warning(tmp_path):
    an, warnings = _water(tmp_path)
    assert not {c.id for c in an.categories} & SORA_IDS
    assert not {p.category for p in an.points} & SORA_IDS
    shown = {c.label for c in an.categories}
    assert "影视与动画制作" not in shown and "尚非成熟产品，颠覆言之过早" not in shown
    assert any("vocabulary_for" in w and "Sora" in w and "滨江水价调整" in w for w in warnings), warnings


def test_consequences_are_impacts_in_general_categories(tmp_path):
    an, _ = _water(tmp_path)
    labels = {c.id: c.label for c in an.categories}
    [protest] = _citing(an, "b", "集会抗议")
    assert protest.kind == "impact" and protest.category == "public", (protest.category, labels)
    panic = _citing(an, "a", "抢购桶装水") + _citing(an, "c", "抢购一空")
    assert panic and all(p.kind == "impact" and p.category == "public" for p in panic)
    [subsidy] = _citing(an, "b", "用水补贴")
    assert subsidy.kind == "impact" and subsidy.category == "relief"
    [policy] = _citing(an, "a", "上调居民用水价格")
    assert policy.kind == "impact"


def test_limits_are_limits_in_general_categories(tmp_path):
    an, _ = _water(tmp_path)
    [burden] = _citing(an, "a", "用水负担")
    assert burden.kind == "limit" and burden.category == "cost"
    [opaque] = _citing(an, "b", "不透明")
    assert opaque.kind == "limit" and opaque.category in {"trust", "science"}
    [risk] = _citing(an, "c", "健康风险")
    assert risk.kind == "limit" and risk.category == "health"


def test_interview_turns_are_not_a_card_of_fields(tmp_path):
    an, _ = _water(tmp_path)
    assert _citing(an, "d", "难以判断涨幅是否合理"), [p.statement for p in an.points]
    for p in an.points:
        for c in p.citations:
            assert not c.quote.startswith(("问：", "答：")) or "？" not in c.quote, c.quote


def test_a_real_card_of_fields_is_still_furniture(tmp_path):
    card = _article("f", "滨江水价听证会", "名称：滨江水价听证会\n\n时间：3月5日\n\n地点：市政府\n\n"
                    "水价听证会将加重居民负担的担忧引发热议。")
    an, _ = _run(tmp_path, [_article(*a) for a in WATER[:3]] + [card], _named_only())
    for p in an.points:
        assert not any(c.article == "f" and c.quote.startswith(("名称", "时间", "地点")) for c in p.citations)


def test_a_category_matching_nothing_warns(tmp_path):
    taxonomy = TOPIC + ("categories:\n"
                        "  - id: impact-opera\n    kind: impact\n    label: 戏曲演出\n    cues: [京剧, 昆曲, 戏班]\n"
                        "  - id: limit-pipes\n    kind: limit\n    label: 管网老化\n    cues: [管网, 锈蚀]\n")
    an, warnings = _run(tmp_path, [_article(*a) for a in WATER], taxonomy)
    opera = [w for w in warnings if "impact-opera" in w]
    assert len(opera) == 1 and "taxonomy.yml:5:" in opera[0] and "matches no sentence" in opera[0]
    assert not [w for w in warnings if "limit-pipes" in w]  # its words place a sentence
    assert _citing(an, "c", "锈蚀严重")[0].category == "limit-pipes"


def test_a_file_written_for_its_own_topic_applies_its_categories(tmp_path):
    taxonomy = _named_only().replace("vocabulary_for: Sora", "vocabulary_for: 滨江水价调整")
    an, warnings = _run(tmp_path, [_article(*a) for a in WATER], taxonomy)
    assert {c.id for c in an.categories} & SORA_IDS
    assert not [w for w in warnings if "vocabulary_for" in w]
    # the Sora topic's categories match nothing here, and the build says which
    assert [w for w in warnings if "impact-film" in w and "matches no sentence" in w]


def test_topic_terms_in_traditional_characters_match_simplified_text(tmp_path):
    path = tmp_path / "taxonomy.yml"
    path.write_text("topic:\n  label: 濱江水價\n  terms: [濱江水價, 階梯水價]\n", encoding="utf-8")
    tax = load_taxonomy(path)
    assert "滨江水价" in tax.topic_terms and "阶梯水价" in tax.topic_terms


DISCHARGE = (
    ("a", "东港化工污染水外排启动　海产股下跌",
     "东港化工的污染水外排工程昨日启动，首批约5000吨处理后的水排入东港海湾。\n\n"
     "受外排消息影响，当地两家海产公司的股价单日下跌6%。\n\n"
     "环保组织担心，外排的水可能造成污染，危害东港海湾的生态。"),
    ("b", "东港污染水外排首日：渔民集会抗议",
     "外排首日，上百名渔民在东港化工门前集会抗议。\n\n"
     "东港化工表示，外排的水经过处理，各项指标均低于排放标准。\n\n"
     "东港化工还表示，将于下周公布海湾水样的检测结果。"),
    ("c", "东港外排一周：海产销量下滑",
     "外排一周以来，东港海产的销量下滑了三成，不少消费者开始抵制东港海产。"),
)


def test_a_word_of_the_topics_name_is_no_limit_and_anothers_fall_is_a_market_effect(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in DISCHARGE],
                 _named_only("topic:\n  label: 东港污染水外排\n  terms: [东港污染水外排]\n"))
    # "污染水" names the topic: the start of the discharge is no health risk for that word
    assert not [p for p in _citing(an, "a", "工程昨日启动") if p.category == "health"]
    [risk] = _citing(an, "a", "造成污染")
    assert risk.kind == "limit" and risk.category == "health"
    # the seafood companies' fall is a consequence of the topic, not a setback of it
    [fall] = _citing(an, "a", "股价单日下跌")
    assert fall.kind == "impact" and fall.category == "market"
    [protest] = _citing(an, "b", "集会抗议")
    assert protest.kind == "impact"
    # an announcement of what will be published is no claim
    assert not _citing(an, "b", "将于下周公布")
    boycott = _citing(an, "c", "抵制")
    assert boycott and all(p.kind == "impact" for p in boycott)


def test_the_topics_label_is_the_topics_not_a_categorys(tmp_path):
    """A statement opening on "它" is about the topic: it names the topic, never the label of the
    file's last category (a loop variable once took the topic label's name)."""
    path = tmp_path / "taxonomy.yml"
    path.write_text(_named_only(), encoding="utf-8")
    assert load_taxonomy(path).topic_label == "滨江水价调整"
    assert load_taxonomy(ROOT / "content" / "taxonomy.yml").topic_label == "Sora"
    articles = [_article(*a) for a in WATER] + [_article(
        "f", "滨江水价调整的账",
        "滨江水价调整公布后，市民议论纷纷。\n\n它将明显加重低收入家庭的用水负担，也会推高餐饮业的经营成本。")]
    an, _ = _run(tmp_path, articles, _named_only())
    said = [p.statement for p in an.points if any(c.article == "f" for c in p.citations)]
    assert said and not any(s.startswith(("它", "训练数据")) for s in said), said
