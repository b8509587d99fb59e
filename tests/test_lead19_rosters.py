"""A signature block's roster rows ("审　判　长　　周文静") stay lines of their own, and an order's or a law's items
ending on a semicolon ("一、…；" "二、…；") are items, not one run-on paragraph (cleaning, any form)."""

from generator.clean import clean


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in clean(text).body.split("\n\n") if p.strip()]


AWARD = """仲裁委员会裁决书

申请人青禾物流有限公司与被申请人周某某运输合同纠纷一案，本会于2023年4月2日受理，依法组成仲裁庭进行审理。
本会认为，被申请人未按约定期限交付货物，应承担违约责任。依照《中华人民共和国民法典》第五百七十七条，裁决如下：
一、被申请人周某某向申请人支付违约金人民币36000元；
二、被申请人周某某向申请人支付律师费人民币8000元；
三、驳回申请人的其他仲裁请求。
本裁决为终局裁决，自作出之日起发生法律效力。

首席仲裁员　　郑立群
仲　裁　员　　韩　松
仲　裁　员　　白慧敏
二〇二三年六月九日
记　录　人　　孔令仪
"""

MASTHEAD = """本期导读

高原铁路冬季运营面临三大考验，养护工人在零下三十度的山口连续作业，保障线路畅通。

主　　编　　魏长河
责任编辑　　欧阳澜
美术编辑　　祁小禾

本刊地址：西宁市城西区
"""

NOTICE = """关于做好冬季供暖保障工作的通知

各区县供热主管部门：

为保障居民冬季用暖，现就有关事项通知如下：
一、各供热企业于11月1日前完成管网检修；
二、对困难家庭实行供暖费减免；
三、设立24小时热线受理投诉。

签　发　人　　田振国
"""


def test_an_awards_roster_rows_and_its_order_items_stay_apart():
    paras = _paragraphs(AWARD)
    for row in ("首席仲裁员　　郑立群", "仲　裁　员　　白慧敏", "记　录　人　　孔令仪"):
        assert row in paras, paras
    assert "一、被申请人周某某向申请人支付违约金人民币36000元；" in paras
    assert "三、驳回申请人的其他仲裁请求。" in paras
    assert not any("郑立群" in p and "韩" in p for p in paras)


def test_a_magazines_masthead_rows_are_not_glued_into_one_line():
    paras = _paragraphs(MASTHEAD)
    assert not any("魏长河" in p and "欧阳澜" in p for p in paras), paras


def test_a_notices_items_and_its_signer_stand_alone():
    paras = _paragraphs(NOTICE)
    assert "二、对困难家庭实行供暖费减免；" in paras, paras
    assert not any("田振国" in p and "热线" in p for p in paras)


def test_a_wrapped_sentence_with_a_wide_space_inside_still_joins():
    text = ("港口集团表示，今年前三季度集装箱吞吐量同比增长百分之十二，其中国际航线贡献明显，海关\n"
            "总署  近日也公布了相关数据，显示外贸形势总体平稳，企业订单有所回升。\n")
    paras = _paragraphs(text)
    assert any("海关" in p and "近日也公布" in p for p in paras), paras
