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
