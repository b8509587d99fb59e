"""Digests that state what each article argues, on synthetic articles (a ferry line's costs, a city's
night market, a seed bank; topics no corpus has):

* a signed commentary printed after the report in the same source (its own heading, "笔者认为，…") is
  digested apart under its title: the report's thesis and conclusion are never the commentary's;
* an article in headed sections draws its conclusion from its closing section ("记者观察｜…"), not
  from an example in the middle; a closing disclaimer or table title is no such section;
* the thesis is where the headline's claimed phrase is written ("燃油成本" of "电动渡轮燃油成本高"),
  its speaker's "同样认为" shown as "认为";
* keywords: a person's name opening on a character that is also a preposition (于海波) is a name, a
  headline word the body keeps writing is one, a headline's quoted figure of speech never written in
  the body is none.
"""

from __future__ import annotations

from tests.test_index import _article, _run

REPORT = "\n\n".join([
    "海联航运的电动渡轮首航四十天，客流突破三十万人次，码头周边的商铺生意明显回暖。",
    "航运分析师林振邦表示，渡轮票价比高铁便宜约三成，短途通勤客流增长最快，周末游客占比也在上升。",
    "海联航运董事长周启明介绍，公司计划在六月加开夜班船，并在两个码头增设充电桩。",
    "不过，港务部门人士坦言，码头泊位紧张，高峰时段的船期仍难加密，旅客候船时间偏长。",
    "多位通勤乘客表示，渡轮准点率较高，但候船区的座位和遮阳设施不足。",
    "## 航运业转型还要跨过哪些坎？",
    "从燃油船到电动船，内河航运的转型步伐明显加快。笔者认为，要让电动渡轮真正跑得远，配套的充电网络必须先行。",
    "第一，加快码头充电设施建设，统一充电接口标准，避免各家船企重复投资。",
    "第二，完善电池回收体系，降低船企的全生命周期成本，让绿色航运算得过账。",
    "绿色航运的大门已经打开，只要各方协同发力，电动渡轮的前景值得期待。",
])


def _summary(text, title, slug="doc"):
    an = _run(_article(slug, text, title=title, date="2031-05-08", outlet="甲报"))
    return an.digest(slug).summary


def test_a_signed_commentary_after_the_report_is_digested_apart_under_its_title():
    summary = _summary(REPORT, "电动渡轮首航四十天客流破三十万")
    own = [s for s in summary if s.role in ("thesis", "point", "conclusion")]
    piece = [s for s in summary if s.role.startswith("piece")]
    assert own and own[0].role == "thesis", summary
    assert not any("笔者" in s.text or "绿色航运" in s.text or "第一，" in s.text for s in own), summary
    assert piece and piece[0].role == "piece_thesis", summary
    assert piece[0].text.startswith("《航运业转型还要跨过哪些坎？》：") and "笔者认为" in piece[0].text, summary
    assert list(summary[-len(piece):]) == piece, summary  # the second piece's lines come after the report's


def test_the_digest_page_labels_the_second_pieces_lines():
    from generator.render.digest import render_digest

    a = _article("doc", REPORT, title="电动渡轮首航四十天客流破三十万", date="2031-05-08", outlet="甲报")
    page = render_digest(a, _run(a), [a], lambda text, script="zh-Hans": text)
    summary = page.split("## 摘要")[1].split("\n## ")[0]
    assert "**另文论点**：《航运业转型还要跨过哪些坎？》：笔者认为" in summary, summary
    assert summary.index("**论点**") < summary.index("**另文论点**"), summary


def test_a_column_in_its_own_voice_throughout_has_no_second_piece():
    column = REPORT.replace("航运分析师林振邦表示，", "笔者以为，")
    summary = _summary(column, "电动渡轮首航四十天客流破三十万")
    assert summary and not any(s.role.startswith("piece") for s in summary), summary


FEATURE = "\n\n".join([
    "城南夜市开街一个月，每晚客流超过两万人次，摊位从八十个增加到一百五十个。",
    "## 摊主：租金涨了，客人也多了",
    "卖烤串的摊主王大姐说，摊位费从每月八百元涨到一千二百元，但营业额翻了一番。",
    "卖糖水的小赵介绍，周末的营业额是平日的三倍，他已经请了两名帮工。",
    "也有摊主抱怨，夜市的垃圾清运不及时，下雨天地面积水严重。",
    "## 周边居民：噪音成了烦恼",
    "住在夜市旁的居民李先生表示，夜里十二点以后仍有音箱声，孩子难以入睡。",
    "街道办工作人员介绍，已要求摊主在晚上十一点前关闭音箱，并增派两名城管巡查。",
    "## 记者观察｜夜市能火多久？",
    "夜市开街之初的热闹，并不等于长久的繁荣，夜市能火多久？",
    "城市规划学者陈立新认为，夜市要长久经营，关键在于管理跟得上，噪音和卫生问题必须尽快解决，否则客流难以持续。",
])


def test_the_conclusion_is_drawn_from_the_closing_section():
    summary = _summary(FEATURE, "城南夜市开街一个月")
    ends = [s for s in summary if s.role == "conclusion"]
    assert ends and "陈立新" in ends[0].text, summary


def test_a_closing_disclaimer_is_no_closing_section():
    notice = FEATURE.replace("## 记者观察｜夜市能火多久？", "## 免责声明").replace(
        "城市规划学者陈立新认为，夜市要长久经营，关键在于管理跟得上，噪音和卫生问题必须尽快解决，否则客流难以持续。",
        "本文仅供参考，未经本报书面许可，任何机构不得转载、复制或引用，否则必须承担法律责任。")
    summary = _summary(notice, "城南夜市开街一个月")
    assert not any("转载" in s.text or "许可" in s.text for s in summary), summary


COST = "\n\n".join([
    "电动渡轮首航以来，客流增长明显，航运分析师林振邦认为，渡轮有望带动沿江商圈的消费，沿江商圈的投资机会值得关注。",
    "林振邦坦言，沿江商圈近两年发展很快，渡轮客流增长将带动商圈的餐饮和零售，商圈租金也在上涨。",
    "## 专家估计每班亏损上万元",
    "航运协会秘书长于海波同样认为，渡轮能否普及，一方面要看客流，另一方面还得考虑燃油成本。"
    "他分析了两条燃油船航线，每班成本在两千元至三千元之间。",
    "于海波指出，电动渡轮的电池折旧加上充电费用，每班成本超过一万元，若票价不调，航线就难以长期维持。",
    "于海波还表示，电池价格下降后，成本有望逐年回落，渡轮的运营压力会减轻。",
    "乘客张女士表示，票价便宜是她选择渡轮的主要原因，涨价后可能会改坐高铁。",
])


def test_the_thesis_is_where_the_headlines_claim_is_written():
    summary = _summary(COST, "电动渡轮燃油成本高　普及之路仍遥远")
    assert summary and summary[0].role == "thesis", summary
    assert "于海波" in summary[0].text and "燃油成本" in summary[0].text, summary
    assert "同样" not in summary[0].text, summary  # read alone: "于海波认为，…"


def test_keywords_name_the_main_voice_and_the_headlines_word():
    an = _run(_article("cost", COST, title="电动渡轮燃油成本高　“烧钱仗”谁来买单", date="2031-05-08", outlet="甲报"),
              _article("other", "城南夜市开街一个月，客流超过两万人次，摊主收入明显增加。\n\n"
                                "街道办表示，将加强夜市的卫生和噪音管理。", title="城南夜市", date="2031-05-09"),
              _article("third", "沿江绿道全线贯通，市民骑行和跑步的人数明显增加。\n\n"
                                "园林部门表示，将在绿道沿线增设休息区。", title="沿江绿道贯通", date="2031-05-10"))
    kws = an.digest("cost").keywords
    assert "于海波" in kws, kws
    assert "成本" in kws or "燃油成本" in kws, kws
    assert "烧钱仗" not in kws, kws


def _sentences(slug, pid, texts):
    from generator.analyse.text import Sentence

    para = "".join(texts)
    out, at = [], 0
    for k, t in enumerate(texts):
        out.append(Sentence(slug, pid, k, 0, at, t, t, para, para))
        at += len(t)
    return out


def test_a_line_that_goes_on_in_a_named_speakers_voice_is_shown_under_their_name():
    from generator.analyse.digestvoice import voiced_lines
    from generator.analyse.model import SummarySentence

    sents = _sentences("ferry", "p3", ["从行业角度看，经济学家周海洋在一篇文章中分析指出，渡轮与高铁各有分工。",
                                       "未来，电动渡轮对沿江的旅游、餐饮和零售都会产生深远影响。"])
    line = SummarySentence("未来，电动渡轮对沿江的旅游、餐饮和零售都会产生深远影响。", "p3")
    assert voiced_lines([line], sents, ["周海洋"])[0].text == "周海洋：未来，电动渡轮对沿江的旅游、餐饮和零售都会产生深远影响。"
    # the outlet's own fact after a speaker ("据了解，…", a figure reported) stays the outlet's
    facts = _sentences("ferry", "p4", ["周海洋表示，渡轮与高铁各有分工。", "据了解，首批渡轮将于六月投入夜班运营。"])
    fact = SummarySentence("据了解，首批渡轮将于六月投入夜班运营。", "p4")
    assert voiced_lines([fact], facts, ["周海洋"])[0].text == fact.text


def test_a_figures_owner_is_never_a_word_cut_across_nor_a_bare_kind_nor_one_member_of_a_list():
    text = "\n\n".join([
        "院士周明远指出，全球通用的30亿条语音数据训练集里，方言语料的占比仅为2.5%。",
        "据本报不完全统计，包括北辰股份、南岭科技、东湖智能和西江数据在内的 12 家上市公司近两日回复了投资者提问。",
        "公司已有过千个案例是通过语音识别赋能创造出来的，相关收入在 1 个亿以上。",
    ])
    an = _run(_article("voice", text, title="方言语音数据稀缺", date="2031-05-08", outlet="甲报"))
    owners = {f.value + f.unit: f.subject for f in an.figures if f.article == "voice"}
    assert owners, owners
    assert not any("全球通" in (s or "") for s in owners.values()), owners
    assert not any(s in ("西江数据", "东湖智能", "公司") for s in owners.values()), owners


def test_a_concession_to_the_sentence_before_does_not_read_alone():
    from generator.analyse.digestthesis import leans_on

    assert leans_on("即使如此，一些分析人士认为，电动渡轮恐将颠覆沿江的短途客运。")
    assert leans_on("尽管如此，票价仍是乘客最关心的问题。")
    assert not leans_on("即使票价上涨，乘客仍会选择渡轮。")
