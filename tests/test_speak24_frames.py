"""Attribution from the sentence's own frame (issue 13, property 1), on invented articles about a
county's new tram line (有轨电车):

- a described holder who took part in something ("一位曾参与线路设计的工程师") is that described
  holder, never nobody ("参与" joins no two kinds of people);
- bodies named one by one then counted ("甲证券、乙证券、丙证券等8家券商均表示") are who speak;
- a paragraph giving the examples of the argument the paragraph before ends on ("比如，…") goes on
  in that voice; after the reporter's own sentence it does not;
- "他们" right after a counted, described group ("三位负责人露面…。他们透露…") is that group, and
  nobody when the sentence before names none;
- a finding a turn's speaker argues from ("市交通局的调查发现，…，…") stays the speaker's;
- the reporter's text is the outlet's: the paper a story's slug names over the site that is its
  web edition, the paper a printed page's running head names.
"""

from __future__ import annotations

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 有轨电车\n  terms: [有轨电车, 电车]\n"


def _who(tmp_path, body, text):
    return [(sp.name, sp.kind) for sp in speakers_of(tmp_path, body, text, TOPIC)]


def test_a_described_holder_who_took_part_speaks(tmp_path):
    body = "“线路走向其实早就定了，现在说调整还为时过早。”一位曾参与线路设计的工程师向本报记者说。"
    assert _who(tmp_path, body, "线路走向") == [("一位曾参与线路设计的工程师", "group")]


def test_two_kinds_joined_stay_no_one(tmp_path):
    body = "市民和游客表示，电车票价偏高。"
    assert _who(tmp_path, body, "票价偏高") == []


def test_bodies_named_then_counted_speak(tmp_path):
    body = "一周内，甲安证券、乙和证券、丙泰证券等8家券商在研报中均表示，有轨电车将带动沿线商业。"
    assert _who(tmp_path, body, "带动沿线") == [("甲安证券、乙和证券、丙泰证券等8家券商", "group")]


def test_a_count_alone_names_no_one(tmp_path):
    body = "一周内，8家券商在研报中均表示，有轨电车将带动沿线商业。"
    assert _who(tmp_path, body, "带动沿线") == []


def test_examples_go_on_in_the_voice_before(tmp_path):
    body = ("规划专家林远航在一篇文章中分析指出，有轨电车会改变县城的通勤方式。未来，沿线的商业格局都会受到影响。\n\n"
            "比如，沿线商铺的租金有望上涨；公交线路需要重新调整。")
    assert _who(tmp_path, body, "沿线商铺") == [("林远航", "person")]


def test_examples_after_the_reporters_text_are_no_ones(tmp_path):
    body = ("有轨电车一期工程于去年开工，全长12公里。\n\n"
            "比如，沿线商铺的租金有望上涨；公交线路需要重新调整。")
    assert _who(tmp_path, body, "沿线商铺") == []


def test_they_after_a_counted_group(tmp_path):
    body = "5 月 3 日，电车公司三位负责人露面接受了专访。他们在采访中透露，二期工程短期内不会开工。"
    assert _who(tmp_path, body, "二期工程") == [("电车公司三位负责人", "group")]


def test_they_after_no_group_is_no_one(tmp_path):
    body = "电车站台上挤满了乘车的人。他们在采访中透露，二期工程短期内不会开工。"
    assert _who(tmp_path, body, "二期工程") == []


_TURNS = ("主持人：电车该不该涨价？\n\n"
          "何立衡：我不赞成。{finding}从这个意义上说，涨价并不合理。\n\n"
          "主持人：周女士怎么看？\n\n"
          "周敏：我认为可以小幅上调。")


def test_a_finding_the_speaker_argues_from_is_theirs(tmp_path):
    body = _TURNS.format(finding="市交通局的调查发现，早高峰的客流只有设计运力的一半，这造成了运营亏损，也说明票价不是问题所在。")
    assert _who(tmp_path, body, "早高峰的客流") == [("何立衡", "person")]


def test_a_finding_of_one_clause_stays_the_bodys(tmp_path):
    body = _TURNS.format(finding="市交通局的调查发现，早高峰的客流只有设计运力的一半。")
    assert ("何立衡", "person") not in _who(tmp_path, body, "早高峰的客流")


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>有轨电车二期暂缓 沿线商户盼早日开通_江城晚报网</title></head>
<body><div class="article"><h1>有轨电车二期暂缓 沿线商户盼早日开通</h1>
<p>【江城晚报讯】（记者 孙立）有轨电车二期工程暂缓开工。沿线商户表示，希望早日开通，客流回升后生意会好起来。</p>
<p>据了解，二期工程全长9公里，原计划今年开工。受资金影响，开工时间推迟到明年。</p>
<p>电车一期开通一年来，日均客流约两万人次，低于设计运力。</p>
</div></body></html>"""


def test_a_storys_slug_names_its_paper_over_the_sites_web_edition():
    from generator.clean import clean
    got = clean(_PAGE, source="a.html")
    assert got.meta.get("outlet") == "江城晚报"


def test_a_storys_slug_leaves_another_sites_name():
    from generator.clean import clean
    got = clean(_PAGE.replace("_江城晚报网", "_某某资讯网"), source="a.html")
    assert got.meta.get("outlet") != "江城晚报"


_SCAN = """江城日報　　　　本地新聞　　　　Ａ０３
2024年5月6日　星期一　　　　　www.jiangcheng-daily.com

　　電車二期暫緩開工

本報記者　孫立

　　有軌電車二期工程暫緩開工，原計劃今年動工
的九公里線路將推遲到明年。沿線商戶對此頗為失
望，不少人表示生意受到影響。
　　一期開通一年來，日均客流約兩萬人次，低於
設計運力。市交通局表示，將優化班次。
（轉Ａ０４版）

Ａ０３　　　　　　　　江城日報　2024年5月6日（星期一）
－ 3 －

江城日報　　　　本地新聞　　　　Ａ０４
2024年5月6日　星期一　　　　　www.jiangcheng-daily.com

（接Ａ０３版）電車二期暫緩開工
　　二期工程的資金缺口約三億元，市政府正與銀
行洽談貸款。業內人士認為，資金到位後工程可望
加快。

Ａ０４　　　　　　　　江城日報　2024年5月6日（星期一）
－ 4 －
"""


def test_a_running_head_names_the_paper():
    from generator.clean import clean
    got = clean(_SCAN, source="a.txt")
    assert got.meta.get("outlet") == "江城日報"


def test_an_explanation_of_a_question_is_the_holders(tmp_path):
    body = ("开通仪式上，电车公司总经理何志平介绍了二期计划。\n\n"
            "按照会上何志平对于「二期为何推迟」的解释，资金要等明年的专项债到位后才能落实。")
    assert _who(tmp_path, body, "专项债") == [("何志平", "person")]


def test_an_expectation_about_a_topic_names_no_one(tmp_path):
    body = "按照市场对于「二期开工」的预期，沿线房价还会上涨。"
    assert _who(tmp_path, body, "沿线房价") == []


def test_a_surname_with_a_form_of_address_is_the_one_named_in_full(tmp_path):
    body = ("最后我请教了江城大学的何立衡老师，他是做城市交通规划的。\n\n"
            "何老师还提到，二期线路应该先接通高铁站。")
    assert _who(tmp_path, body, "先接通高铁站") == [("何立衡", "person")]


def test_two_named_with_the_form_leave_the_short_one_as_written(tmp_path):
    body = ("我请教了何立衡老师和何敏老师。\n\n"
            "何老师还提到，二期线路应该先接通高铁站。")
    assert ("何立衡", "person") not in _who(tmp_path, body, "先接通高铁站")


def test_he_points_out_after_a_quotation_is_the_holder(tmp_path):
    body = ("江城旅行社总经理何志平表示，公司原本只有一条线路，“这个星期电话响个不停”。"
            "他指新推出的电车一日游首两团在两日内爆满，下月会再加开4团。")
    assert _who(tmp_path, body, "首两团") == [("何志平", "person")]


def test_pointing_at_something_reports_nothing(tmp_path):
    body = "老师让他指认站台的位置，站台在桥下。"
    assert _who(tmp_path, body, "站台在桥下") == []


def test_data_a_body_gave_is_the_bodys(tmp_path):
    body = "据江城市统计局数据，电车开通后沿线客流同比增长三成。"
    assert _who(tmp_path, body, "沿线客流") == [("江城市统计局", "org")]


def test_public_data_names_no_one(tmp_path):
    body = "据公开数据，电车开通后沿线客流同比增长三成。"
    assert _who(tmp_path, body, "沿线客流") == []


def test_an_unnamed_executive_and_his_view_are_the_executives(tmp_path):
    body = ("电车公司总经理陈启航表示，二期会按计划推进。\n\n"
            "但也有不同声音。某头部零部件企业高管向本站坦言，整车厂的降价最终会传导到供应商身上，“今年的年降要求普遍在10%以上”。"
            "在他看来，价格战是在透支整条产业链的利润。")
    assert _who(tmp_path, body, "透支整条") == [("某头部零部件企业高管", "group")]


def test_a_view_announced_then_set_down_in_the_first_person_is_the_holders(tmp_path):
    body = ("发布会仓促举行，背后是一次仓促的决策。\n\n"
            "对于为何要加快发布，何志平的说法是，因为市场有需求。\n\n"
            "电车的很多线路，大家都有需要，更重要的是我们的客户需要，短短一个月就有超过650家合作伙伴加入。")
    assert _who(tmp_path, body, "650家") == [("何志平", "person")]


def test_the_writers_we_after_a_holder_is_no_holders(tmp_path):
    body = ("对于为何要加快发布，何志平表示，因为市场有需求。\n\n"
            "我们注意到，电车的很多线路客流不足。")
    assert _who(tmp_path, body, "客流不足") == []
