"""Keywords are terms a reader would search for: never a written-Cantonese function word ("即系",
"真系"), a pronoun ("大家"), a formula ("谢谢大家"), a stock code ("SZ300999") or the handle of whoever
posted on a thread. Forms no development corpus has (a Hong Kong forum thread in Cantonese, a stock
forum post with cashtags, a hobby site's Q&A thread under handles), topics unlike every corpus."""

from __future__ import annotations

from tests.test_index import _article, _run

HK_FORUM = "\n\n".join([
    "屯門海濱長椅改咗做收費躺椅，大家點睇？",
    "### 1樓　海旁行者　2024-07-02 21:10",
    "即系話以後坐一陣都要俾錢？收費躺椅一個鐘要二十蚊，真系離晒譜。",
    "海濱長椅本來就係公共設施，即系納稅人出錢起嘅，收費躺椅根本唔應該出現。",
    "### 2樓　阿東東　2024-07-02 21:45",
    "真系唔明點解康文署要搞收費躺椅，海濱長椅以前好多老人家坐。",
    "我覺得收費躺椅可以有，但係唔可以取代晒免費嘅海濱長椅，即系要留返一半。",
    "### 3樓　屯門街坊　2024-07-03 08:02",
    "謝謝大家。收費躺椅試行三個月，康文署話會再檢討，大家可以去信表達意見。",
])

STOCK_POST = "\n\n".join([
    "$宁远储能(SZ300999)$ $青岚电气(SH603999)$ 储能板块这周又跌了，很多人问我还能不能拿。",
    "我的判断是储能电池的价格战还会持续两个季度，宁远储能的毛利率会继续承压。",
    "宁远储能(SZ300999)今年一季度储能电池出货量同比增长40%，但单价下跌了三成。",
    "青岚电气(SH603999)的储能变流器订单排到了年底，储能电池价格战对它反而是好事。",
    "谢谢大家，以上只是个人观点，不构成投资建议。",
])

QA_THREAD = "\n\n".join([
    "阳台种番茄，为什么总是裂果？",
    "### 1楼　绿手指小满　2024-06-10 10:02",
    "番茄裂果多半是浇水不均匀，干了很久突然大量浇水，果皮跟不上果肉膨大就裂开了。",
    "阳台种番茄最好用滴灌或者每天固定时间少量浇水。",
    "### 2楼　老园丁Kevin　2024-06-10 12:30",
    "同意绿手指小满说的浇水问题，另外番茄裂果也跟缺钙有关，可以补一点钙肥。",
    "阳台种番茄光照太强的时候也容易裂果，中午可以拉一层遮阳网。",
    "### 3楼　番茄新手　2024-06-10 15:45",
    "谢谢大家，我家番茄裂果确实是周末一次浇太多水，下次改成滴灌试试。",
])


def _keywords(slug, body, **kw):
    return list(_run(_article(slug, body, **kw)).digests[0].keywords)


def test_a_cantonese_threads_keywords_are_its_terms_not_its_grammar():
    kws = _keywords("bench", HK_FORUM, script="zh-Hant", title="屯門海濱長椅改咗做收費躺椅，大家點睇？",
                    date="2024-07-03")
    assert not any(k in ("即系", "真系", "即係", "真係", "大家") for k in kws), kws
    assert not any(ch in k for k in kws for ch in "嘅咗唔喺佢冇啲"), kws
    assert not any(k in ("海旁行者", "阿東東", "阿东东", "屯門街坊", "屯门街坊") for k in kws), kws  # posters
    assert any("躺椅" in k or "长椅" in k or "長椅" in k for k in kws), kws


def test_a_stock_posts_keywords_hold_no_codes_or_formulas():
    kws = _keywords("storage", STOCK_POST, title="储能还能拿吗", date="2024-03-08")
    assert not any(any(c.isdigit() for c in k) and len(k) >= 6 for k in kws), kws  # SZ300999, SH603999
    assert "谢谢大家" not in kws and "大家" not in kws, kws
    assert any("储能" in k for k in kws), kws


def test_a_qa_threads_handles_are_no_keywords():
    kws = _keywords("tomato", QA_THREAD, title="阳台种番茄，为什么总是裂果？", date="2024-06-10")
    for handle in ("绿手指小满", "老园丁Kevin", "番茄新手", "Kevin"):
        assert handle not in kws, kws
    assert "谢谢大家" not in kws, kws
    assert any("裂果" in k or "番茄" in k for k in kws), kws
