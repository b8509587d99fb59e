"""A digest's thesis and conclusion are the article's own claims, never a note about the text or a
page's furniture: a profile line ("某某 IP属地：…"), a comment's badges ("某某　作者　置顶…"), a
translator's or editor's note ("译者注：…", "编者按：…", "注：…"). On synthetic articles written for
the test, in three forms: a lifestyle note with comments, a translated reading, a reposted column
(a river clean-up, a library's closure, a bus route; invented names)."""

from __future__ import annotations

from tests.test_index import _article, _run


def _summary(a):
    return _run(a).digests[0].summary


def _clean(summary):
    for s in summary:
        assert not any(w in s.text for w in ("IP属地", "置顶", "译者注", "编者按", "注：")), [(x.role, x.text) for x in summary]


def test_a_lifestyle_notes_profile_line_and_pinned_comment_are_no_thesis():
    body = "\n\n".join([
        "青青河边草IP属地：浙江家人们！！周六我们在东堤清出了两吨垃圾，河道清理志愿活动比想象中累多了。",
        "东堤那段河道的塑料垃圾最多，志愿者们从早上八点一直干到中午，清理效果非常明显。",
        "区里的环保组织说，河道清理每个月都会组织一次，欢迎更多的居民报名参加志愿活动。",
        "不过清理的速度赶不上扔垃圾的速度，河道清理只是治标，关键还是要让居民改变乱扔的习惯。",
        "青青河边草　作者　置顶补充一下：活动完全是公益的，不是广告，大家可以放心报名参加！",
        "老周 江苏 赞 1377 下次我也去，东堤的垃圾确实太多了，早就该好好清理一下了。"])
    summary = _summary(_article("n", body, title="周末去东堤清河道，累并快乐着", date="2025-04-12"))
    assert summary and summary[0].role == "thesis"
    _clean(summary)


def test_a_translated_readings_translators_note_is_no_conclusion():
    body = "\n\n".join([
        "青石区图书馆将闭馆装修四个月，这是该馆建成三十年来第一次全面翻修，读者意见很大。",
        "馆方表示，装修期间将开放两个临时借阅点，读者的借阅期限会自动顺延到重新开馆之后。",
        "读者协会认为，临时借阅点离老城区太远，老年读者和学生借书将变得很不方便。",
        "市文旅局回应说，装修完成后图书馆的座位将增加一倍，自习室也会延长开放时间。",
        "译者注：原文的 reading room 在本地一般译作“阅览室”，文中的“老城区”指青石区北部。"])
    summary = _summary(_article("t", body, title="图书馆闭馆装修四个月 读者意见很大", date="2025-03-04"))
    _clean(summary)  # no conclusion rather than the note (the summary emits less)
    assert summary[0].role == "thesis" and "闭馆装修" in summary[0].text


def test_a_reposted_columns_editors_note_is_no_thesis():
    body = "\n\n".join([
        "编者按：本文是一位公交司机的来稿，观点仅代表作者本人，本刊略有删节，特此说明。",
        "12路末班车延后到23时，对夜班工人是好事，但对司机来说意味着更长的工作时间和更少的休息。",
        "公交公司说会增加司机的夜班补贴，可是补贴标准至今没有公布，司机们心里都没有底。",
        "我认为，延长末班车的同时必须增加司机编制，否则疲劳驾驶的风险会转嫁给每一位乘客。"])
    summary = _summary(_article("c", body, title="末班车延后，司机的休息谁来保障", date="2025-04-18"))
    assert summary and summary[0].role == "thesis"
    _clean(summary)


def test_a_threads_post_stamps_and_counters_are_no_summary_line():
    body = "\n\n".join([
        "图书馆闭馆装修这件事，我连着去问了三次，把看到的情况写成一串，供读者协会的朋友们参考。",
        "上午9:12 · 2025年3月4日 · 2.1万 次查看馆方说装修四个月，但施工方的公示写的是六个月，两份材料对不上。",
        "临时借阅点设在新区，老城区的老年读者去一趟要换两次公交，读者协会已经递交了联名信。",
        "上午9:40 · 2025年3月4日 · 1.4万 次查看结论：装修本身没问题，问题是工期和临时借阅点都没有和读者商量。"])
    summary = _summary(_article("s", body, title="图书馆闭馆装修：工期和借阅点都没和读者商量", date="2025-03-04"))
    assert summary
    assert not any("次查看" in s.text or "9:12" in s.text or "9:40" in s.text for s in summary), \
        [(x.role, x.text) for x in summary]
