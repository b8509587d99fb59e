"""An info line with several credits gives the page's author; a paywall notice leaves with a warning
(generator/readers/infoline.py). Synthetic pages on topics unlike the corpora."""

from generator.readers import read


def _page(info: str, tail: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面</title></head><body>
<div class="nav">首页 | 科技 | 体育 | 登录</div>
<h1>城市马拉松报名人数创新高</h1>
<div class="info">{info}</div>
<div class="article">
<p>今年城市马拉松的报名人数达到十二万人，比去年增加三成，中签率降至百分之二十一。</p>
<p>组委会表示，赛道沿线将新增八个补给站和两处医疗点，并首次设置无障碍观赛区。</p>
<p>不少跑者认为，中签率下降说明赛事越来越热门，但也希望组委会公开抽签的具体规则。</p>
{tail}
</div>
<div class="share">分享到：微信 微博</div>
</body></html>"""


def test_foreign_correspondent_byline_gives_the_author():
    doc = read(_page("2024年4月2日 09:10 来源：环球体育周刊 作者：渡边健（Ken Watanabe）大阪报道　译者：林一　编辑：何二"),
                "a.html")
    assert doc.declared.get("author") == "渡边健"
    assert doc.declared.get("outlet") == "环球体育周刊"
    assert doc.declared.get("date") == "2024-04-02"
    assert "林一" not in doc.declared.get("author", "")


def test_reporter_with_photographer_credit_gives_the_author():
    doc = read(_page("2024-04-02 来源：江城晚报 记者：苏小雨 武汉报道 摄影：梁大山"), "b.html")
    assert doc.declared.get("author") == "苏小雨"
    assert "梁大山" not in doc.declared.get("author", "")


def test_paywall_notice_warns_that_the_text_is_cut_short():
    doc = read(_page("2024-04-02 来源：江城晚报", '<div class="pay">Subscribe to continue reading 首月仅需1元</div>'),
               "c.html")
    text = "\n".join(b.text for b in doc.blocks)
    assert "Subscribe" not in text and "中签率" in text
    assert any("paywall" in f.message for f in doc.flags)
    doc = read(_page("2024-04-02", '<p class="lock">—— 剩余70%内容仅限会员阅读 ——</p>'), "d.html")
    assert any("paywall" in f.message for f in doc.flags)


def test_a_complete_page_has_no_paywall_warning():
    doc = read(_page("2024-04-02 来源：江城晚报 作者：苏小雨"), "e.html")
    assert doc.declared.get("author") == "苏小雨"
    assert not any("paywall" in f.message for f in doc.flags)


def test_a_last_sentence_about_paid_reading_stays():
    doc = read(_page("2024-04-02", "<p>赛事官方应用的付费会员阅读量较去年增长三成。</p>"), "f.html")
    text = "\n".join(b.text for b in doc.blocks)
    assert "付费会员阅读量较去年增长三成" in text
    assert not any("paywall" in f.message for f in doc.flags)
