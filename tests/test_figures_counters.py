"""A page's interaction counters are no key figures: how many viewed, liked, shared or answered a
post counts the page's readers, not what the story is about ("2.1万 次查看", "56 回复 120 转帖
980 喜欢", "赞 1377", "1.2k views"). A count a sentence reports about its subject ("视频获得3万次
播放", "收到投诉217件") stays a figure. On synthetic articles written for the test, in three forms:
a microblog thread about a library's closure, a note with a comment list about a river clean-up,
a video page about a bus route (invented places and people)."""

from __future__ import annotations

from test_figures import _article, _run


def _key(analysis):
    return {f.written for f in analysis.figures if not f.trivia}


def _all(analysis):
    return {f.written for f in analysis.figures}


def test_a_threads_view_and_reaction_counters_are_no_key_figures():
    a = _article("t", "青石区图书馆下周一起闭馆装修，预计闭馆约4个月，涉及藏书约12万册。\n\n"
                      "上午9:12 · 2025年3月4日 · 2.1万 次查看\n\n"
                      "读者协会收集到签名1,200个，要求保留自习室。\n\n"
                      "上午9:30 · 2025年3月4日 · 1.4万 次查看 56 回复 120 转帖 980 喜欢")
    an = _run(a)
    key = _key(an)
    assert not {"2.1万", "2.1万次", "1.4万", "1.4万次", "56", "120", "980"} & key, key
    assert "约12万" in key and "1,200个" in key, key


def test_a_notes_comment_likes_are_no_key_figures():
    a = _article("n", "周六我们在东堤清出了两吨垃圾，来了86名志愿者，比上次多一倍。\n\n"
                      "老周 04-12 江苏 赞 1377 下次我也去，东堤垃圾太多了。\n\n"
                      "阿青 04-12 江苏 点赞：2210 下周六还有一场，欢迎报名。")
    key = _key(_run(a))
    assert not {"1377", "2210"} & key, key
    assert "86名" in key, key


def test_a_video_pages_counters_go_and_a_reported_count_stays():
    a = _article("v", "12路公交改线的视频在本地论坛获得3万次播放，公交公司一周内收到投诉217件。\n\n"
                      "1.2万 次播放 · 350 条评论 · 86 分享\n\n"
                      "公交公司表示，新线路将减少约15分钟车程。")
    key = _key(_run(a))
    assert not {"1.2万", "1.2万次", "350条", "86"} & key, key
    assert {"3万次", "217件"} <= key, key
