"""Briefing defects an analyst found reading a build cold (session 22, issue 13), each on synthetic articles."""

from __future__ import annotations

import pytest

from test_afix21_briefing import _jobs_tax
from test_briefing_properties import _article, _run


# a line agreeing with a line of one side, whose own words take the other, proves neither ----------------

AGREEING_ACROSS = {
    "translation": ("灵译", "zh-Hans", ["被取代", "丢掉饭碗"], ["新岗位", "离不开人"],
                    "灵译发布后引发热议。\n\n某翻译公司经理陈立认为，灵译必然带来变革，从事简单笔译的岗位未来可能被取代。"
                    "行业协会秘书长周明也同样认为，灵译的发展也会催生一些新岗位，比如译后编辑。",
                    "灵译受到关注。\n\n出版社编辑赵岚表示，文学翻译的岗位仍离不开人，机器只能打下手。",
                    "周明", "催生"),
    "kitchen": ("厨小白", "zh-Hans", ["被取代", "丢掉饭碗"], ["离不开人", "新岗位"],
                "厨小白机器人进入连锁餐厅。\n\n餐饮分析师许宁认为，厨小白上岗后，后厨的切配岗位可能被取代。"
                "店长王强也同样认为，厨小白也会带来一些新岗位，比如设备维护员。",
                "厨小白引发讨论。\n\n厨师长孙伟坦言，掌勺的岗位仍离不开人，火候机器人掌握不了。",
                "王强", "设备维护"),
}


@pytest.mark.parametrize("case", sorted(AGREEING_ACROSS))
def test_a_line_agreeing_with_one_side_is_not_cited_for_the_other(tmp_path, case):
    label, script, a_cues, b_cues, one, two, person, words = AGREEING_ACROSS[case]
    an = _run(tmp_path, [_article("a", one, script), _article("b", two, script)], _jobs_tax(label, a_cues, b_cues))
    jobs = [c for c in an.contentions if c.id == "contention-jobs"]
    assert jobs, "the question is asked"
    c = jobs[0]
    assert not any(words in x.quote for x in c.b.citations), c.b.citations
    assert person not in [s.name for s in c.b.speakers], c.b.speakers
    assert c.b.citations and c.a.citations


# what a thing still needs, or what it adds to the work or the cost, is a limit --------------------------

def _plain_tax(label):
    return f"topic:\n  label: {label}\n  terms: [{label}]\n"


BURDENS = {
    "needs-work": ("绘境", "绘境发布了新一代图像模型。\n\n设计师周岚介绍，用绘境出海报时，为了让画面符合品牌规范，"
                           "需要添加许多约束条件并进行反复修改才能交稿。", "反复修改"),
    "adds-cost": ("声纹", "声纹团队发布了语音合成模型。\n\n研究员高原指出，合成长篇有声书需要保持音色一致，"
                          "这增加了模型的复杂度和推理的计算需求。", "复杂度"),
    "hant": ("語匯", "語匯團隊發布了翻譯模型。\n\n工程師林凡表示，處理方言語料需要投入大量人工標註，"
                     "這加重了團隊的負擔。", "人工標註"),
}


@pytest.mark.parametrize("case", sorted(BURDENS))
def test_what_a_thing_still_needs_or_adds_is_a_limit(tmp_path, case):
    label, body, quote = BURDENS[case]
    script = "zh-Hant" if case == "hant" else "zh-Hans"
    an = _run(tmp_path, [_article("a", body, script)], _plain_tax(label))
    kinds = {p.kind for p in an.points if any(quote in x.quote for x in p.citations) and p.kind != "contention"}
    assert kinds == {"limit"}, kinds


def test_work_no_longer_needed_is_no_limit(tmp_path):
    body = ("绘境发布了新一代图像模型。\n\n设计师周岚介绍，有了绘境，出海报无需投入大量人力，"
            "一天就能完成过去一周的工作量。")
    an = _run(tmp_path, [_article("a", body)], _plain_tax("绘境"))
    kinds = {p.kind for p in an.points if any("无需投入" in x.quote for x in p.citations)}
    assert "limit" not in kinds, kinds


# a concession cut from its subject reads as the opposite: the claim is what follows its turn -----------

CONCEDED = {
    "advantage": ("周岩直言，尽管有观点认为以几家大厂为代表的头部公司，对中小创业团队形成了压倒性的优势，"
                  "但事实上从融资数据分析，中小团队在垂直领域的份额仍在上升。", "中小团队在垂直领域的份额仍在上升", "压倒性的优势"),
    "screen": ("王芳指出，虽然不少家长担心这款学习机，会让孩子过度依赖屏幕，但事实上学校的抽样调查显示孩子日均使用时长不到四十分钟。",
               "日均使用时长不到四十分钟", "过度依赖"),
}


@pytest.mark.parametrize("case", sorted(CONCEDED))
def test_a_statement_is_not_the_concession_without_its_subject(case):
    from generator.analyse.statements import clean_statement
    sentence, claim, granted = CONCEDED[case]
    s = clean_statement(sentence, "某话题")
    assert claim in s and granted not in s, s


def test_a_turn_pointing_back_keeps_its_concession():
    from generator.analyse.statements import clean_statement
    s = clean_statement("虽然有专家认为这家老牌车企，在电动化上已经落后对手好几年，但实际上它的新平台在续航和充电速度上都不输同行。", "某话题")
    assert s.startswith("虽然有专家认为这家老牌车企"), s
