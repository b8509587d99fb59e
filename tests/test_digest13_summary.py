"""Digests read as the article, not as the page around it: a wire story's dateline and credit are
not part of its thesis; a toolbar fused to the lead, a run of linked headlines, a forum reply's
salutation ("回复某某：") and a line leaning on the one before ("第二天，…") are no summary line; a
menu taken for the title gives no keyword; days of the week, a paper's kind ("公告") and its
procedure ("有关规定") are no keywords, nor a commenter's handle. Each on small synthetic articles
written for the test, in several forms (a wire story, a local paper, a traditional-script report,
a forum thread, a notice), on topics unlike the default corpus (a metro line, a library, a clinic)."""

from __future__ import annotations

from tests.test_index import _article, _run

METRO = [
    "北湾市地铁六号线今天正式开通运营，全线设站二十二座，沿线三个新城区首次接入城市轨道交通网络。",
    "市交通局负责人表示，六号线开通后，新城区到市中心的通勤时间有望从一个半小时缩短到四十分钟左右。",
    "不少市民一早就来到车站体验，一位退休教师说，以前进城要换乘两次公交，现在坐地铁方便多了。",
    "专家认为，地铁六号线的客流仍需时间培育，沿线配套设施不足可能会拖慢新城区人口导入的速度。",
    "市交通局表示，后续将根据客流变化调整发车间隔，并在沿线增设接驳公交线路，方便市民换乘出行。",
]


def _summary(slug, paras, title, script="zh-Hans", *others):
    a = _article(slug, "\n\n".join(paras), script=script, title=title, date="2026-04-20")
    return _run(a, *others).digests[0]


def test_a_wire_dateline_and_credit_do_not_open_the_thesis():
    leads = [
        "新华社北湾4月20日电（记者 林晓）" + METRO[0],
        "本报讯（记者 林晓 通讯员 周舟）" + METRO[0],
        "本网北湾4月20日电 " + METRO[0],
    ]
    for lead in leads:
        d = _summary("m", [lead] + METRO[1:], "北湾地铁六号线开通 新城区接入轨道交通网络")
        thesis = d.summary[0]
        assert thesis.role == "thesis" and thesis.paragraph == "p1", [(s.role, s.paragraph) for s in d.summary]
        assert thesis.text.startswith("北湾市地铁六号线今天正式开通运营"), thesis.text
    trad = [p for p in (
        "中央社北灣20日電（記者林曉）北灣市地鐵六號線今天正式通車營運，全線設站二十二座，沿線三個新城區首次接入城市軌道交通網絡。",
        "市交通局負責人表示，六號線通車後，新城區到市中心的通勤時間有望從一個半小時縮短到四十分鐘左右。",
        "專家認為，地鐵六號線的客流仍需時間培育，沿線配套設施不足可能會拖慢新城區人口導入的速度。",
        "市交通局表示，後續將根據客流變化調整發車間隔，並在沿線增設接駁公車路線，方便市民轉乘出行。",
    )]
    d = _summary("t", trad, "北灣地鐵六號線通車 新城區接入軌道交通網絡", "zh-Hant")
    assert d.summary[0].text.startswith("北灣市地鐵六號線今天正式通車營運"), d.summary[0].text


def test_a_toolbar_or_a_run_of_linked_headlines_is_no_summary_line():
    toolbar = "字体：大　中　小　　分享：微信　微博　复制链接" + METRO[0]
    links = ("·北湾地铁七号线开工建设，沿线新城区配套设施将同步完善·北湾地铁六号线沿线接驳公交线路"
             "下月开通，方便市民换乘出行·专家认为地铁客流培育仍需时间。")
    d = _summary("u", [toolbar] + METRO[1:] + [links], "北湾地铁六号线开通 新城区接入轨道交通网络")
    texts = [s.text for s in d.summary]
    assert not any("字体" in t or "分享" in t or "复制链接" in t for t in texts), texts
    assert not any("七号线开工" in t or "·" in t for t in texts), texts
    assert d.summary  # the article still has its digest


def test_a_reply_salutation_and_a_leaning_line_are_no_summary_line():
    thread = [
        "楼主：北湾地铁六号线今天开通了，大家觉得它能不能真正带动新城区发展？",
        "2楼：我觉得短期内很难，沿线配套设施不足，新城区的人口导入速度会比规划慢不少。",
        "3楼：地铁开通以后通勤时间大幅缩短，新城区房子的吸引力肯定会慢慢提升起来的。",
        "4楼：第二天，新城区到市中心的地铁通勤时间只要四十分钟，新城区的发展会因为地铁大幅提速。",
        "5楼：回复二楼老王：配套是一步步来的，地铁通了以后商场和学校才会跟着建起来。",
        "6楼：说到底，地铁只是基础，新城区要发展起来还得靠产业和就业岗位真正落地。",
    ]
    d = _summary("f", thread, "北湾地铁六号线开通了，能带动新城区吗？")
    texts = [s.text for s in d.summary]
    assert d.summary and not any(t.lstrip().startswith(("回复", "5楼")) or "回复二楼" in t for t in texts), texts
    assert not any("第二天" in t for t in texts), texts


def test_menu_titles_paper_words_and_days_are_no_keywords():
    notice = [
        "本公告所称新馆为北湾市图书馆滨江新馆，根据有关规定，北湾市图书馆新馆将于下周五起试运行，试运行期间读者须通过公众号提前预约入馆。",
        "按照有关规定和本公告，下周五起读者须持有效证件入馆，古籍阅览室的预约名额以下周五公布的为准。",
        "新馆设有古籍阅览室、少儿阅读区和数字资源中心，古籍阅览室每周二至周五对持证读者开放。",
        "读者在古籍阅览室查阅古籍须佩戴手套，少儿阅读区仅限十二岁以下儿童及其家长使用。",
        "数字资源中心提供古籍影像检索服务，读者可在数字资源中心预约古籍影像的复制服务。",
        "本公告自发布之日起施行，有关规定由北湾市图书馆负责解释，特此公告。",
    ]
    other = _article("o", "城南社区医院推出夜间门诊服务，方便上班族就医。\n\n夜间门诊每天开放到晚上九点。",
                     title="社区医院夜间门诊", date="2026-04-20")
    for title in ("北湾市图书馆关于新馆试运行有关规定的公告", "登录　注册　手机版"):
        kws = _summary("n", notice, title, "zh-Hans", other).keywords
        assert not {"公告", "有关规定", "下周五", "周五", "手机", "手机版", "登录", "注册"} & set(kws), (title, kws)
        assert "古籍" in "".join(kws), kws  # the notice's subject still is one


def test_the_title_a_page_menu_gave_is_not_the_headline():
    from generator.analyse.digest import _headline

    assert _headline("登录　注册　手机版") == ""
    assert _headline("首页 | 新闻 | 财经 | 图片") == ""
    assert _headline("2026年4月20日　星期一　　只看重要　□　自动刷新") == ""
    for real in ("北湾地铁六号线开通　新城区接入轨道交通网络", "专访方一鸣：地铁只是开始", "地铁 来了 新城 怎么办",
                 "4 月读书 | 古籍 交流 | 资讯合集"):
        assert _headline(real) == real


def test_a_commenters_handle_is_no_keyword_but_a_name_in_the_text_is():
    thread = [
        "北湾地铁六号线今天开通，沿线新城区的通勤时间有望大幅缩短，市民普遍期待沿线配套尽快完善。",
        "山茶小姐：今天早上试坐了六号线，从新城区到市中心只用了四十分钟，比公交快多了。",
        "北岸老周 回复 山茶小姐：我也试坐了，车站里的换乘指示牌还不够清楚，容易走错出口。",
        "山茶小姐 回复 北岸老周：确实，希望地铁公司尽快把换乘指示牌改得清楚一点。",
        "市交通局局长方一鸣表示，六号线沿线将增设接驳公交，方一鸣还说换乘指示牌会在月内更新。",
        "北岸老周 回复 山茶小姐：方一鸣局长这么说了，那就再等等看换乘指示牌的更新吧。",
    ]
    other = _article("o", "城南社区医院推出夜间门诊服务，方便上班族就医。", title="社区医院", date="2026-04-20")
    d = _summary("h", thread, "北湾地铁六号线开通 市民试坐", "zh-Hans", other)
    assert not {"山茶小姐", "北岸老周"} & set(d.keywords), d.keywords


def test_an_interviewees_first_person_does_not_outweigh_the_headline():
    qa = [
        "问：六号线开通已经一周，您怎么看它对新城区的意义？",
        "答：六号线真正的考验从开通运营才开始，客流、接驳和沿线配套都要经受市民每天通勤的检验。",
        "问：有人说沿线房价已经被炒高了，您怎么看？",
        "答：短期情绪肯定有，但我不认为沿线房价存在明显泡沫，成交量并没有明显放大。",
        "问：接下来最需要做的是什么？",
        "答：接驳公交和换乘指示要尽快跟上，沿线配套设施的建设进度也要加快，客流培育需要时间。",
        "问：新城区的人口导入会加快吗？",
        "答：地铁开通会缩短新城区到市中心的通勤时间，但人口导入还要看产业和就业岗位的落地情况。",
    ]
    d = _summary("i", qa, "专访交通规划师：六号线的考验，从开通运营才真正开始")
    thesis = d.summary[0]
    assert thesis.role == "thesis" and "房价" not in thesis.text, thesis.text


def test_a_documents_own_summary_gives_its_thesis_in_three_forms():
    claim = "经公司自查，公司与北湾地铁六号线沿线土地开发项目不存在任何业务关系，未参与相关投资。"
    notice = [
        "重要内容提示：",
        "近期部分媒体将公司列为地铁六号线概念股。" + claim,
        "一、股票交易异常波动的具体情况",
        "公司股票连续三个交易日内日收盘价格涨幅偏离值累计超过百分之二十，属于股票交易异常波动情形。",
        "经核实，公司董事、监事、高级管理人员在本次股票交易异常波动期间不存在买卖公司股票的情况。",
        "公司目前生产经营活动正常，市场环境和行业政策没有发生重大调整，内部经营秩序正常。",
    ]
    note = [
        "投资要点：",
        "北湾地铁六号线开通将带动沿线新城区商业地产的长期价值重估，沿线商业运营龙头的成长空间值得看好。",
        "1. 事件：北湾地铁六号线于四月二十日开通运营，全线设站二十二座，沿线新城区首次接入轨道交通网络。",
        "2. 沿线新城区常住人口仍然偏少，短期内商业地产的出租率难以明显提升，客流培育需要时间。",
        "3. 北湾市计划未来五年在沿线新建学校和医院，公共配套的完善会逐步提高新城区的居住吸引力。",
        "风险提示：客流增长不及预期；配套建设进度不及预期。",
    ]
    feature = [
        "【导语】北湾地铁六号线开通一个月，沿线新城区的通勤时间大幅缩短，但新城区能否留住人口，还要看产业和配套能否跟上。",
        "四月二十日清晨，第一班列车从新城区的终点站驶出，车厢里坐满了赶来体验的市民和拍照的铁路爱好者。",
        "一位在新城区买房的年轻人说，以前进城要换乘两次公交，单程一个半小时，现在坐地铁四十分钟就到了。",
        "沿线的商场和写字楼仍有大量空置，一家商场的招商经理说，开业一个月来的客流只有预期的一半左右。",
        "城市规划专家认为，地铁只是新城区发展的基础设施，真正决定人口导入速度的是就业岗位和公共配套。",
    ]
    for slug, body, title, where in (
            ("notice", notice, "关于股票交易异常波动暨媒体报道的澄清公告", "p2"),
            ("note", note, "北湾地铁六号线开通点评", "p2"),
            ("feature", feature, "地铁开通一个月后", "p1")):
        thesis = _summary(slug, body, title).summary[0]
        assert thesis.role == "thesis" and thesis.paragraph == where, (slug, thesis.paragraph, thesis.text)
        assert not thesis.text.startswith(("【导语】", "重要内容提示", "投资要点")), thesis.text
