"""What the newer cleaning rules tell the editor: audit entries and flags, not only the body."""

from __future__ import annotations

from collections import Counter

from generator.clean import clean


def missing(raw, cleaned):
    have = Counter(c for c in cleaned.body if not c.isspace())
    for e in cleaned.audit:
        have.update(c for c in e.before if not c.isspace())
    return Counter(c for c in raw if not c.isspace()) - have


def test_a_section_that_was_only_pictures_keeps_its_heading_marked():
    # the reader learns something was there, and whom it was about; nothing else is invented
    raw = ("# 报告\n\n## 一、概况\n\n正文。\n\n### 1.1 评论家王明远的观点\n\n![](img/a.png)\n\n"
           "### 1.2 说明\n\n更多正文。\n")
    c = clean(raw)
    [e] = [e for e in c.audit if e.rule == "empty_headings"]
    assert e.action == "changed" and "raw lines 9" in e.note
    assert "### 1.1 评论家王明远的观点（原文为图片，未收录）" in c.body
    assert "![](img/a.png)" not in c.body and not missing(raw, c)
    assert not [f for f in c.flags if f.rule == "review_flags" and "王明远" in f.text]


def test_a_section_emptied_of_videos_loses_its_heading_and_names_the_lines():
    raw = ("# 报告\n\n## 一、概况\n\n正文。\n\n### 1.1 演示\n\nsample-clip.mp4【在线播放】\n\n"
           "### 1.2 说明\n\n更多正文。\n")
    c = clean(raw)
    [e] = [e for e in c.audit if e.rule == "empty_headings"]
    assert e.before == "### 1.1 演示" and e.action == "removed" and "raw lines 9" in e.note
    assert "1.1 演示" not in c.body and not missing(raw, c)


def test_dangling_reference_is_flagged_with_the_removed_lines():
    raw = "# 周报\n\n各地的数据对比见下图。\n\n![](img/a.png)\n\n总体来看，增长放缓。\n"
    [f] = [f for f in clean(raw).flags if f.rule == "dangling_refs"]
    assert f.line == 3 and "见下图" in f.message and "raw lines 5" in f.message


def test_credits_are_kept_in_the_metadata_and_the_audit():
    raw = "公园今天开放。\n\n本报记者 王小明 摄\n\n图为游客在湖边（资料图片）\n\n管理部门说设施已更新。\n"
    c = clean(raw)
    assert c.meta["credits"] == ["本报记者 王小明 摄", "资料图片"]
    assert "> 图为游客在湖边" in c.body and "资料图片" not in c.body
    assert not missing(raw, c)


def test_garbage_line_is_flagged_not_removed():
    raw = "公司今年的销售额增长了两成。\n\n慨芯版份开幅沒周\n\n分析人士认为，明年的增长仍然可期。\n"
    c = clean(raw)
    assert "慨芯版份开幅沒周" in c.body
    assert [f.text for f in c.flags if f.rule == "garbage_lines"] == ["慨芯版份开幅沒周"]


def test_heading_garbled_in_one_word_is_flagged_not_changed():
    # a made-up OCR misreading: 孕 (rare, found nowhere else) for 全 at the start of a heading;
    # a name in apposition and an ordinary heading are left alone
    raw = ("环球影业发布新片\n\n公司表示，新片将在全国上映，导演贾扬清参与制作。\n\n"
           "孕球知名电影公司名单\n\n前阿里副总裁贾扬清\n\n全球知名电影公司名单\n\n"
           "这些公司都在扩大投入。\n")
    c = clean(raw)
    assert "孕球知名电影公司名单" in c.body
    assert [f.text.strip("# ") for f in c.flags if f.rule == "garbage_lines"] == ["孕球知名电影公司名单"]
    assert not missing(raw, c)


def test_sidebar_lines_woven_into_a_sentence_are_set_aside():
    # a made-up OCR page: a body paragraph in one long line, broken mid-sentence by three lines of a
    # narrow sidebar column (one width, no sentence end), then the sentence goes on
    raw = ("市场研究机构的报告认为，今年的新能源汽车销量仍会保持较快增长，但是价格竞争会更加激烈，"
           "一些规模较小的厂商即使\n\n新车型上市后，销量一直\n\n不错，不少消费者认为它\n\n的性价比高，售价也相对\n\n"
           "有了资金支持，也难以长期坚持下去。\n\n另一段正文。\n")
    c = clean(raw)
    assert "一些规模较小的厂商即使有了资金支持，也难以长期坚持下去。" in c.body
    assert "新车型" not in c.body and "新车型上市后，销量一直" in c.set_aside
    assert sum(e.action == "set_aside" and e.rule == "join_lines" for e in c.audit) == 3
    assert any(f.rule == "join_lines" and "another column" in f.message for f in c.flags)
    assert not missing(raw, c)
    # a sentence hard-wrapped at one width throughout is not a woven column
    wrapped = "\n\n".join(["公司表示，今年将继续加大研发投入的", "力度，并在多个城市建设新的工厂以", "满足需求，预计明年产能将翻一番。"])
    assert "继续加大研发投入的力度，并在多个城市" in clean("记者了解到以下情况。\n\n" + wrapped + "\n").body


def test_fused_paragraphs_are_kept_apart_and_flagged():
    raw = "他说投资要看趋势，通俗来说就是对未来的\n\n随着概念火爆，投资者被割韭菜也变得司空见惯。\n"
    c = clean(raw)
    assert c.body.count("\n\n") == 1
    assert any(f.rule == "join_lines" and "mid-phrase" in f.message for f in c.flags)


def test_stray_and_is_replaced_recorded_and_flagged():
    c = clean("特别是影视行业 and 游戏行业高度依赖创意。\n")
    assert "影视行业和游戏行业" in c.body
    assert any(e.rule == "stray_english" and e.after == "和" for e in c.audit)
    assert any(f.rule == "stray_english" for f in c.flags)


def test_a_paragraph_that_opens_on_the_tail_of_a_lost_time_phrase_is_flagged():
    # a made-up OCR page: the line before "前，" (e.g. "两周") was lost in the layout
    raw = ("星河科技发布新模型\n\n前，星河科技公布了首个视频模型，并展示了多段样片。\n\n"
           "此前，公司已经发布过两款产品。\n")
    c = clean(raw)
    flagged = [f.text for f in c.flags if f.rule == "review_flags" and "starts mid" in f.message]
    assert len(flagged) == 1 and flagged[0].startswith("前，星河科技")
    assert "前，星河科技公布了首个视频模型" in c.body  # flagged, never changed
