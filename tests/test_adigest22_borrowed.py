"""Digest lines in a voice their paragraph named before them, and the headline's thesis in figures (issue 14).

Invented articles: a night market whose stall rents a speaker compares ("他分析了…", then a bare quotation), and
one whose bare quotation has no speaker to tell."""

from __future__ import annotations

from tests.test_index import _article, _run


def _night(rent_paragraph: str) -> str:
    return "\n\n".join([
        "南湖区新夜市下月开业，区商务局称将引入两百个摊位，带动周边消费。",
        rent_paragraph,
        "区商务局副局长唐文渊表示，新夜市将设置统一的油烟净化和垃圾分类设施，改善周边居民的居住环境。",
        "夜市运营方南湖文旅公司介绍，开业首月将举办美食节和音乐会，吸引年轻消费者前来打卡消费。",
        "附近居民普遍关心噪音问题，部分居民担心夜市营业到凌晨会影响休息，希望运营方限定营业时间。",
        "南湖文旅公司回应称，夜市将在晚上十一点后停止播放音乐，并安排保安巡逻维持秩序。",
        "经营烧烤摊十年的摊主郑大勇说，他更看重客流是否稳定，如果客流撑不起租金，再好的设施也没用。",
        "业内人士指出，夜市能否长期经营，取决于租金水平与客流能否匹配，运营方需要在招商时给小商户留出空间。",
    ])


RENT = ("小吃协会会长钟立新认为，新夜市对小商户的吸引力，一方面要看客流，另一方面还得考虑摊位租金。"
        "他分析了目前城里两个老夜市，每个摊位的月租在800元至1500元之间。"
        "「但有中介预估新夜市的摊位租金每月要达到6000元，若果真如此，多数小商户就进不来。」")


def _summary(text: str, title: str = "新夜市摊位租金高　小商户经营难"):
    an = _run(_article("night", text, title=title, date="2031-06-02", outlet="乙报"))
    return an.digest("night").summary


def test_the_headlines_comparison_in_a_speakers_voice_is_a_line_under_the_speakers_name():
    lines = [s.text for s in _summary(_night(RENT))]
    line = next((t for t in lines if "6000元" in t), None)
    assert line is not None, lines
    # both sides of the comparison, in one line, and whose they are
    assert line.startswith("钟立新分析了") and "800元至1500元" in line, line
    assert not any(t.startswith(("他", "「")) for t in lines), lines


def test_a_bare_quotation_alone_is_seen_by_its_speaker():
    from generator.analyse.digestvoice import named_pronouns
    from generator.analyse.model import SummarySentence
    from generator.analyse.text import Sentence

    texts = ["小吃协会会长钟立新认为，新夜市还得考虑摊位租金。", "他分析了两个老夜市的租金。",
             "「但有中介预估新夜市的摊位租金每月要达到6000元，多数小商户就进不来。」"]
    para = "".join(texts)
    starts = [0, len(texts[0]), len(texts[0]) + len(texts[1])]
    sents = [Sentence("night", "p2", k, 1, starts[k], t, t, para, para) for k, t in enumerate(texts)]
    line = SummarySentence(texts[2], "p2")
    assert named_pronouns([line], sents, ["钟立新"])[0].text == \
        "在钟立新看来，「有中介预估新夜市的摊位租金每月要达到6000元，多数小商户就进不来。」"
    # ...and a point whose quotation no one in the paragraph frames is left off
    unframed = [Sentence("night", "p2", 0, 1, 0, "新夜市下月开业。", "新夜市下月开业。", para, para), sents[2]]
    assert named_pronouns([line], unframed, ["钟立新"]) == []


def test_a_voice_no_one_in_the_paragraph_names_stays_out_of_the_digest():
    # the paragraph opens on the pronoun: nobody before it to name
    rent = ("他分析了目前城里两个老夜市，每个摊位的月租在800元至1500元之间。"
            "「但有中介预估新夜市的摊位租金每月要达到6000元，若果真如此，多数小商户就进不来。」")
    lines = [s.text for s in _summary(_night(rent))]
    assert not any("6000元" in t or "800元" in t for t in lines), lines


def test_a_date_in_the_headline_is_no_figure_of_its_thesis():
    from generator.analyse.digestborrowed import states_headline_figures

    assert states_headline_figures("有中介预估新夜市的摊位租金每月要达到6000元", "新夜市摊位租金高")
    assert not states_headline_figures("提示3：一张写有夜市的图片", "3月夜市｜资讯合集")
    # a single shared word is no phrase of the headline
    assert not states_headline_figures("导演搁置了自己影视工作室8亿美元的扩建计划", "影视游戏产业加速变局")


def test_a_quoted_name_holding_the_headlines_term_states_no_figure_of_it():
    from generator.analyse.digestborrowed import states_headline_figures

    # the term inside a topic's quoted name ("“摊位租金高”话题") is no clause of the sentence's own
    assert not states_headline_figures("“夜市摊位租金”话题阅读量超过5亿次", "新夜市摊位租金高　小商户经营难")
    # a model's name is no figure ("C919" under a headline naming "C919")
    assert not states_headline_figures("C919已累计获得1035架订单", "大飞机C919首航成功")


def test_a_bare_quotation_in_traditional_script_is_seen_in_that_script():
    from generator.analyse.digestvoice import named_pronouns
    from generator.analyse.model import SummarySentence
    from generator.analyse.text import Sentence
    from generator.hanzi import converter

    to_simplified = converter("t2s").convert

    texts = ["小吃協會會長鍾立新認為，新夜市還得考慮攤位租金。", "「有中介預估新夜市的攤位租金每月要達到6000元，多數小商戶就進不來。」"]
    para = "".join(texts)
    sents = [Sentence("night", "p2", k, 1, [0, len(texts[0])][k], t, to_simplified(t), para, to_simplified(para))
             for k, t in enumerate(texts)]
    line = SummarySentence(texts[1], "p2")
    assert named_pronouns([line], sents, ["鍾立新"], to_simplified)[0].text.startswith("在鍾立新看來，「"), line
