"""Body text versus furniture on received forms the rules were not written for: removal needs
evidence in proportion to what it removes, furniture is known by its shape (synthetic pages, on
topics of their own)."""

from __future__ import annotations

from generator.clean import clean
from test_clean_keep12_body import PODCAST, QA_PAGE


def test_qa_page_buttons_counters_and_menu_leave_by_their_shape():
    c = clean(QA_PAGE, source="qa.txt")
    for ui in ("学习社区", "等你来答", "搜索你感兴趣的内容", "公共交通", "显示全部", "写回答", "关注者", "被浏览",
               "查看全部", "申请转载", "IP属地", "IP 属地", "收起", "208 个回答"):
        assert ui not in c.body, ui
    assert "喜欢" not in c.body.replace("喜欢的", "")
    # each answerer's name and bio label the answer's first paragraph, as a transcript's turn is
    # labelled (who answered is the analysis's to read), instead of running into its first words
    assert "周立群（交通规划师，参与过三条线路的设计）：先说结论：值得坐" in c.body
    assert "\n马晓岚（每天坐九号线上班的护士）：我每天早上六点半坐车" in c.body
    assert "新开通的地铁九号线值得坐吗" in c.body + str(c.meta.get("title"))


def test_a_sentence_about_answers_and_shares_stays():
    raw = ("社区问答平台今年的活跃用户增长了两成。\n\n"
           "平台负责人说：“关注问题、写回答和分享的人都在变多，上个月共有 3,861 个回答被推荐到首页。”\n\n"
           "分享\n\n这一变化主要来自年轻用户。\n")
    c = clean(raw, source="platform.txt")
    assert "3,861 个回答被推荐到首页" in c.body and "关注问题、写回答和分享的人都在变多" in c.body


def test_chapter_list_sponsor_read_credits_and_call_leave():
    c = clean(PODCAST, source="podcast.txt")
    for furniture in ("本期时间轴", "00:04:10 新码头", "新码头的设计：大了多少", "赞助", "口令", "回到节目", "出品", "后期：阿水",
                      "封面设计", "五星好评"):
        assert furniture not in c.body, furniture
    assert "后期：阿水" in c.meta.get("credits", [])  # who made it is kept, out of the text
    # the chapter list over the turns goes with the reading of the timed turns (read_lines) or, when
    # no turns follow it, with the shownotes rule; either way the removal is recorded
    notes = {e.note for e in c.audit if e.rule in ("shownotes", "read_lines")}
    assert any("chapter list" in n for n in notes) and any("sponsor" in n for n in notes)


def test_a_closing_sentence_about_subscriptions_stays():
    raw = ("渡轮公司去年的乘客增加了三成。\n\n公司表示，月票订阅的人数翻了一番，学生和老人占了一半。\n\n"
           "明年公司还将增开夜班船，方便夜班工人回家。\n")
    c = clean(raw, source="ferry.txt")
    assert "月票订阅的人数翻了一番" in c.body and "明年公司还将增开夜班船" in c.body


def test_subtitles_sponsor_line_and_outro_leave():
    cues = ["大家好我是阿森", "本期视频由远帆旅行箱赞助播出", "今天聊聊渡口的新码头", "候船室比原来大了一倍",
            "引桥却长了四百米", "好了今天就聊到这", "如果觉得视频还不错", "别忘了点赞投币关注", "一键三连我们下期再见"]
    raw = "\n".join(f"{i + 1}\n00:00:{i * 5:02d},000 --> 00:00:{i * 5 + 4:02d},500\n{t}\n" for i, t in enumerate(cues))
    c = clean(raw, source="subs.srt.txt")
    assert "候船室比原来大了一倍" in c.body and "引桥却长了四百米" in c.body
    for furniture in ("赞助", "如果觉得视频还不错", "点赞投币", "一键三连"):
        assert furniture not in c.body, furniture


def test_feed_readers_and_chat_exports_own_notes_leave():
    feed = ("渡口新码头今日启用　候船室扩大一倍\n\n港务局今天宣布，渡口新码头正式启用，每天可停靠二十班渡轮。\n\n"
            "港务局表示，票价今年维持不变，夜班船明年增开。\n\n"
            "閱讀原文 → https://news.example.org/ferry/20240601\n\n"
            "剪报工具 · 本項目擷取於 2024-06-01 09:02\n")
    c = clean(feed, source="feed.txt")
    assert "票价今年维持不变" in c.body and "閱讀原文" not in c.body and "擷取於" not in c.body
    chat = ("2024-06-01 10:03 老周：新码头今天启用了，候船室大了一倍\n"
            "2024-06-01 10:05 「小林」撤回了一条消息\n"
            "2024-06-01 10:06 小林：票价今年不涨，港务局刚发了通知\n"
            "2024-06-01 10:09 阿水 邀请 青青 加入了群聊\n"
            "2024-06-01 10:12 青青：夜班船明年才开\n"
            "2024-06-01 10:13 老周：收到\n"
            "2024-06-01 10:13 青青：[表情]\n"
            "2024-06-01 10:14 阿水：[表情]好的\n"
            "2024-06-01 10:15 小林：好的，我明天去码头看看\n\n"
            "以上为聊天记录导出内容，仅供内部参考\n")
    c = clean(chat, source="chat.txt")
    assert "票价今年不涨" in c.body and "夜班船明年才开" in c.body
    assert "好的，我明天去码头看看" in c.body
    for furniture in ("撤回了一条消息", "加入了群聊", "以上为聊天记录导出内容", "老周：收到", "阿水：好的", "青青：\n", "表情"):
        assert furniture not in c.body, furniture


def test_a_sentence_on_exports_or_a_recalled_message_stays():
    raw = ("港务局称，以上内容为初步统计，最终数字将于下月公布。\n\n"
           "有乘客在群里说，客服撤回了一条消息，说的是票价要涨。\n\n"
           "数据于2024年6月导出，港务局说仅供参考。\n")
    c = clean(raw, source="notice.txt")
    assert "以上内容为初步统计" in c.body and "客服撤回了一条消息" in c.body and "仅供参考" in c.body


def test_a_table_of_labels_and_numbers_is_data_not_counters():
    raw = ("渡轮公司公布了各航线去年的乘客人数。\n\n北线 12,345\n\n南线 23,456\n\n环岛线 8,210\n\n"
           "公司说，南线的增长最快。\n")
    c = clean(raw, source="table.txt")
    assert "12,345" in c.body and "23,456" in c.body and "8,210" in c.body


def test_a_video_pages_counters_and_its_chapters_from_the_start_leave():
    raw = ("新码头全程实拍：引桥到底有多长？\n\n"
           "播放 12.3万 弹幕 456 2024-06-02 18:00\n"
           "点赞 3,201 投币 880 收藏 1,024 转发 77\n\n"
           "实地走了一遍新码头，从进站到上船一共用了九分钟。引桥长四百米，老人要歇两次。\n\n"
           "00:00 开场\n01:30 进站\n04:10 引桥\n07:50 上船\n")
    c = clean(raw, source="video.txt")
    assert "引桥长四百米，老人要歇两次" in c.body
    for furniture in ("弹幕", "投币", "01:30", "上船\n"):
        assert furniture not in c.body, furniture
    assert not [e for e in c.audit if e.rule == "off_topic"]  # a recording's chapters, not a schedule


def test_a_days_schedule_by_the_clock_is_still_set_aside():
    raw = ("港务局长的一天排得很满。\n\n他的日程：\n\n9:30 码头巡查\n10:30 调度会\n12:00 午饭\n14:00 接待乘客代表\n\n"
           "港务局说，新码头的调度系统下月升级。\n")
    c = clean(raw, source="day.txt")
    assert "调度会" not in c.body and [e for e in c.audit if e.rule == "off_topic"]
    assert "调度系统下月升级" in c.body


def test_a_notes_app_and_a_review_sites_widgets_leave():
    note = ("搜索书名、作者、ISBN\n\n渡口往事：一座小城和它的码头\n\n"
            "写渡口的书不多，这本把一座小城和它的码头写活了。作者在港务局工作过二十年，细节都很扎实。\n"
            "有用 128 没用 6 回应\n\n"
            "可惜后半部分节奏拖沓，新码头那章像是赶出来的。\n\n"
            "#渡口 #新码头 #城市漫游\n编辑于 06-08 江苏\n")
    c = clean(note, source="review.txt")
    assert "细节都很扎实" in c.body and "新码头那章像是赶出来的" in c.body
    for furniture in ("搜索书名", "有用 128", "没用", "#渡口", "编辑于"):
        assert furniture not in c.body, furniture
    assert c.meta.get("tags") == ["渡口", "新码头", "城市漫游"]


def test_a_headline_about_search_and_a_sentence_with_hashes_stay():
    raw = ("搜索引擎的下一个十年\n\n搜索、推荐和问答正在合流。港务局的新网站也用上了智能搜索。\n\n"
           "工程师说，#号开头的话题标签会被单独索引。\n")
    c = clean(raw, source="search.txt")
    assert "搜索引擎的下一个十年" in c.body + str(c.meta.get("title"))
    assert "搜索、推荐和问答正在合流" in c.body and "#号开头的话题标签" in c.body


def test_the_sponsors_clause_inside_joined_subtitles_leaves_the_rest_stays():
    raw = ("大家好我是阿森，本期视频由远帆旅行箱赞助播出，今天聊聊渡口的新码头，候船室比原来大了一倍。\n\n"
           "引桥却长了四百米，老人要歇两次。\n")
    c = clean(raw, source="joined.txt")
    assert "赞助" not in c.body and "今天聊聊渡口的新码头，候船室比原来大了一倍" in c.body
    assert [e for e in c.audit if e.rule == "shownotes" and "clause" in e.note]
