"""The briefing as a cold reader reads it (issue 13): what a limit says, what a headline needs.

Phenomenon: a strength the text credits the subject with ("之所以引起轰动…原因：…内容逻辑保证一致性")
was filed as a limit because it used a limit category's words (consistency). A limit needs a problem
said of the topic. Tested on sentences written for the test, on topics unlike the corpora's (a
translation app, a rice cooker, a drone, a weather model), in both scripts; a problem stated with
the same words (it cannot keep them consistent) stays a limit.
"""

from __future__ import annotations

import re

import pytest

from test_briefing_properties import _article, _citing, _run


def _tax(label, cid, cues):
    return (f"topic:\n  label: {label}\n  terms: [{label}]\n"
            f"categories:\n  - id: {cid}\n    kind: limit\n    label: 局限\n    cues: [{', '.join(cues)}]\n")


def _kinds(an, slug, quote):
    return {p.kind for p in _citing(an, slug, quote) if p.kind != "contention"}


STRENGTHS = {
    "reasons": ("灵译", ["一致", "术语"], "zh-Hans",
                "灵译昨日发布新版。\n\n灵译之所以引起如此轰动，主要有三方面原因：一是将离线翻译的语种从4种扩展到30种；"
                "二是长文档内的术语保证一致性；三是界面更简洁。", "术语保证一致"),
    "reasons-hant": ("穀香電鍋", ["穩定", "溫度"], "zh-Hant",
                     "穀香電鍋新品上市。\n\n穀香電鍋之所以引起如此關注，主要有兩方面原因：一是將煮飯時間從40分鐘縮短到25分鐘；"
                     "二是加熱過程中溫度保持穩定。", "溫度保持穩定"),
    "reasons-three": ("飞羽无人机", ["稳定", "画面"], "zh-Hans",
                      "飞羽无人机在展会亮相。\n\n飞羽无人机之所以引起轰动，主要有三个原因：一是将续航从20分钟延长到45分钟；"
                      "二是六级风中画面保持稳定；三是价格更低。", "画面保持稳定"),
}


@pytest.mark.parametrize("case", sorted(STRENGTHS))
def test_a_strength_is_no_limit(tmp_path, case):
    label, cues, script, body, quote = STRENGTHS[case]
    an = _run(tmp_path, [_article("a", body, script)], _tax(label, "consistency", cues))
    assert "limit" not in _kinds(an, "a", quote)


PROBLEMS = {
    "cannot-keep": ("灵译", ["一致", "术语"], "zh-Hans",
                    "灵译昨日发布新版。\n\n有译者反映，灵译在长文档中仍无法保证术语一致，需要人工逐条核对。", "无法保证术语一致"),
    "unstable": ("穀香電鍋", ["穩定", "溫度"], "zh-Hant",
                 "穀香電鍋新品上市。\n\n不過也有用戶反映，穀香電鍋加熱時溫度不夠穩定，底部容易燒焦。", "溫度不夠穩定"),
}


@pytest.mark.parametrize("case", sorted(PROBLEMS))
def test_the_same_words_saying_a_problem_stay_a_limit(tmp_path, case):
    label, cues, script, body, quote = PROBLEMS[case]
    an = _run(tmp_path, [_article("a", body, script)], _tax(label, "consistency", cues))
    assert _kinds(an, "a", quote) == {"limit"}


def _impact_tax(label, cues):
    return (f"topic:\n  label: {label}\n  terms: [{label}]\n"
            f"categories:\n  - id: work\n    kind: impact\n    label: 行业影响\n    cues: [{', '.join(cues)}]\n")


CONTRASTS = {
    "wedding": ("灵拍", ["拍摄", "团队", "工种"], "zh-Hans",
                "灵拍上线一周。\n\n摄影工作室负责人老陈告诉记者：“拍一场婚礼需要五六人的团队，大型婚礼则更加复杂。"
                "而灵拍却可以完成大部分工种的拍摄工作。”", "却可以完成"),
    "kitchen": ("廚神機器人", ["後廚", "人手", "崗位"], "zh-Hant",
                "廚神機器人在展會亮相。\n\n餐廳老闆阿明說：「開一間中型餐館，光是切菜洗碗就得請八個人。而廚神機器人卻能替代其中一半的崗位。」",
                "卻能替代"),
    "ledger": ("账房助手", ["会计", "记账", "岗位"], "zh-Hans",
               "账房助手正式发布。\n\n以往月底对账要加班一周。不过，账房助手却能在一天内完成三名会计的记账工作。", "却能在一天内"),
}


@pytest.mark.parametrize("case", sorted(CONTRASTS))
def test_a_statement_never_opens_on_a_contrast_it_cut_from(tmp_path, case):
    label, cues, script, body, quote = CONTRASTS[case]
    an = _run(tmp_path, [_article("a", body, script)], _impact_tax(label, cues))
    points = [p for p in _citing(an, "a", quote) if p.kind != "contention"]
    assert points, "the claim is listed"
    for p in points:
        # (neither the 却 nor the 而/不过 it answered: the statement stands on its own)
        assert not re.match(r"^[^，。]{0,10}[却卻]", p.statement), p.statement
        assert not p.statement.startswith(("而", "不过", "但")), p.statement
        assert p.statement.endswith(("工作。", "崗位。", "岗位。", "记账。")), p.statement


# a pronoun under a heading that names a person ---------------------------------------------------

def _market_tax(label):
    return (f"topic:\n  label: {label}\n  terms: [{label}]\n"
            f"categories:\n  - id: market\n    kind: impact\n    label: 竞争\n    cues: [收购, 开源, 大厂, 竞争, 市场]\n")


HEADED = {
    # a numbered section headed by a role and a name; the pronoun's quote runs on without a comma
    "numbered": ("灵言", "zh-Hans",
                 "## 一、业内人士怎么看\n\n灵言发布后，业内人士纷纷评价。\n\n### 1.1 前某云公司副总裁王立群\n\n"
                 "评价很直接：“真的很强。”他认为“对标灵言的公司有一波被大厂收购的机会”。",
                 "被大厂收购", "王立群"),
    # a traditional-script page, a bracketed number, a "他表示，" frame
    "bracketed": ("星圖引擎", "zh-Hant",
                  "## 各方反應\n\n星圖引擎上週開源。\n\n### （二）某基金合夥人陳思遠\n\n"
                  "他表示，星圖引擎會讓大廠之間的競爭更加激烈。", "競爭更加激烈", "陳思遠"),
    # a heading that is the name alone, "她" in the second paragraph of the section
    "name-only": ("青禾平台", "zh-Hans",
                  "青禾平台正式上线。\n\n## 林晓梅\n\n作为最早的一批用户，体验下来感受颇多。\n\n"
                  "她指出，青禾平台会加剧本地外卖市场的竞争。", "外卖市场的竞争", "林晓梅"),
}


@pytest.mark.parametrize("case", sorted(HEADED))
def test_a_pronoun_under_a_persons_heading_is_that_person(tmp_path, case):
    label, script, body, quote, person = HEADED[case]
    an = _run(tmp_path, [_article("a", body, script)], _market_tax(label))
    points = [p for p in _citing(an, "a", quote) if p.kind != "contention"]
    assert points, "the claim is listed"
    for p in points:
        assert [s.name for s in p.speakers] == [person], p.speakers
        assert not p.statement.startswith(("他", "她")), p.statement


def test_a_heading_saying_more_than_a_name_gives_no_holder(tmp_path):
    # "王立群谈开源" is a subject, not a section that is one person's
    body = ("灵言发布后，市场反应热烈。\n\n### 王立群谈开源\n\n他认为，灵言会让大厂之间的竞争更加激烈。")
    an = _run(tmp_path, [_article("a", body)], _market_tax("灵言"))
    for p in _citing(an, "a", "竞争更加激烈"):
        assert "王立群" not in [s.name for s in p.speakers]


# a line agreeing with the one before, whose own words take the other side ---------------------------

def _jobs_tax(label, a_cues, b_cues):
    return (f"topic:\n  label: {label}\n  terms: [{label}]\n"
            "contentions:\n  - id: jobs\n    topic: 会取代从业者吗？\n    scope: [岗位, 取代, 职业, 饭碗]\n"
            f"    a:\n      label: 会取代部分岗位\n      cues: [{', '.join(a_cues)}]\n"
            f"    b:\n      label: 人仍不可替代\n      cues: [{', '.join(b_cues)}]\n")


AGREEING = {
    "new-jobs": ("灵译", "zh-Hans", ["被取代", "丢掉饭碗"], ["新岗位", "新职业"],
                 "灵译发布后引发热议。\n\n某翻译公司经理陈立认为，灵译必然带来变革，从事简单笔译的岗位未来可能被取代。"
                 "行业协会秘书长周明也同样认为，灵译的发展也会催生一些新岗位，比如译后编辑。",
                 "被取代", "新岗位"),
    "new-jobs-hant": ("星圖引擎", "zh-Hant", ["被取代", "丢掉饭碗"], ["新岗位", "新职业"],
                      "星圖引擎發布後引發熱議。\n\n動畫公司經理林凱認為，星圖引擎會衝擊行業，部分中期動畫師未來可能被取代。"
                      "大學教授吳正也同樣認為，星圖引擎的普及也會誕生一些新職業。",
                      "被取代", "新職業"),
    "still-needed": ("厨小白", "zh-Hans", ["被取代", "丢掉饭碗"], ["仍离不开人", "新岗位"],
                     "厨小白机器人进入连锁餐厅。\n\n餐饮分析师许宁认为，厨小白上岗后，后厨的切配岗位可能被取代。"
                     "店长王强也同样认为，后厨的调味岗位仍离不开人，变化只在切配。",
                     "被取代", "仍离不开人"),
}


@pytest.mark.parametrize("case", sorted(AGREEING))
def test_a_line_agreeing_stays_on_the_side_its_own_words_take(tmp_path, case):
    label, script, a_cues, b_cues, body, a_word, b_word = AGREEING[case]
    an = _run(tmp_path, [_article("a", body, script)], _jobs_tax(label, a_cues, b_cues))
    jobs = [c for c in an.contentions if c.id == "contention-jobs"]
    assert jobs, "the question is asked"
    c = jobs[0]
    assert not any(b_word in x.quote for x in c.a.citations), c.a.citations
    assert any(b_word in x.quote for x in c.b.citations), c.b.citations
    assert any(a_word in x.quote for x in c.a.citations), c.a.citations


# a side stated in its holder's words, not in a reporter's sentence above his name -------------------

def _world_tax(label, a_cues, b_cues):
    return (f"topic:\n  label: {label}\n  terms: [{label}]\n"
            "contentions:\n  - id: real\n    topic: 它懂真实世界吗？\n    scope: [世界, 物理, 规律]\n"
            f"    a:\n      label: 能理解\n      cues: [{', '.join(a_cues)}]\n"
            f"    b:\n      label: 并不理解\n      cues: [{', '.join(b_cues)}]\n")


REPORTED = {
    "video": ("影绘", ["理解真实世界"], ["不符合物理规律", "只是模拟"],
              ["影绘团队在博客中写道，影绘能够理解真实世界的运行方式。",
               "根据已公开的样片显示，不少画面仍不符合物理规律，破绽不少。",
               "根据已公布的样片，不少画面依然不符合物理规律。",
               "中科院研究员赵峰认为，影绘只是模拟了画面的统计规律，它只是模拟，并没有掌握物理世界。"],
              "赵峰", "只是模拟"),
    "weather": ("天衡", ["理解真实世界"], ["不符合物理规律", "只是拟合"],
                ["天衡研发方表示，天衡能够理解真实世界的大气运动。",
                 "从公开的回测结果看，部分极端天气的预报不符合物理规律。",
                 "公开回测中，部分预报结果仍不符合物理规律。",
                 "气象学家钱丽指出，天衡只是拟合历史数据的统计规律，并不掌握大气物理世界。"],
                "钱丽", "只是拟合"),
    "robot": ("行者", ["理解真实世界"], ["不符合物理规律", "没有常识"],
              ["行者公司称，行者机器人能够理解真实世界的物体关系。",
               "演示视频显示，机器人堆积木的动作有时不符合物理规律。",
               "多段演示中，机器人的动作仍不符合物理规律。",
               "机器人专家孙涛坦言，行者没有常识，它并不懂物理世界里东西为什么会倒。"],
              "孙涛", "没有常识"),
}


@pytest.mark.parametrize("case", sorted(REPORTED))
def test_a_side_its_holder_names_is_stated_in_the_holders_words(tmp_path, case):
    label, a_cues, b_cues, lines, person, own = REPORTED[case]
    arts = [_article("a", f"{label}发布。\n\n{lines[0]}\n\n{lines[1]}"),
            _article("b", f"{label}受到关注。\n\n{lines[2]}"),
            _article("c", f"{label}引发讨论。\n\n{lines[3]}")]
    an = _run(tmp_path, arts, _world_tax(label, a_cues, b_cues))
    real = [c for c in an.contentions if c.id == "contention-real"]
    assert real, "the question is asked"
    side = real[0].b
    if person in {s.name for s in side.speakers}:
        assert own in side.statement, side.statement
