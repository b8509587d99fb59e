"""Who writes each post of a page of posts (issue 13, property 1), in forms the speaker code had not
read: a forum thread whose post lines carry the floor, the poster and a stamp ("#2 阿強 2024-05-03
09:12"); a topic page whose post headings have a floor and a poster but no day, the platform's note
in brackets ("3楼　某县发布　V（某县融媒体中心官方微博）": an official account is the body's voice, an
organisation); and a post that opens on its own source ("#话题#据某局消息，…"), whose words are
that source's, not the account's. Invented events (a marathon's route change, a bridge closure,
a library's new hours)."""

from __future__ import annotations

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 马拉松与大桥\n  terms: [马拉松, 大桥, 图书馆]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    return [(sp.name, sp.role, sp.kind) for sp in speakers_of(tmp_path, body, text, TOPIC, script, outlet="", date="2025-05-03")]


def test_forum_thread_post_lines_with_stamps(tmp_path):
    body = ("馬拉松改道，大家點睇？\n\n回覆：12｜瀏覽：3千\n\n"
            "#1 跑步的阿強 2024-05-03 09:12\n\n新路線要過大橋，上斜落斜好傷膝頭。\n\n"
            "#2 海濱散步人 2024-05-03 09:40\n\n改道之後封路時間短咗兩個鐘，附近居民應該開心。")
    assert [n for n, _, _ in _who(tmp_path, body, "上斜落斜好傷膝頭", "zh-Hant")] == ["跑步的阿強"]
    assert [n for n, _, _ in _who(tmp_path, body, "封路時間短咗兩個鐘", "zh-Hant")] == ["海濱散步人"]


def test_a_floor_heading_with_no_stamp_under_it_is_a_section(tmp_path):
    # a shopping centre's floors as sections of a feature: nobody's posts
    body = ("商场改造完工。\n\n## 2楼　儿童区\n\n我觉得儿童区的游乐设施太少了。\n\n## 3楼　美食区\n\n美食区的租金涨了三成。")
    assert _who(tmp_path, body, "美食区的租金涨了三成") == []


def test_topic_page_headings_without_a_day(tmp_path):
    body = ("#大桥封闭#\n\n"
            "### 1楼　青川县发布　V（青川县融媒体中心官方微博）\n\n"
            "5月2日20:10\n\n【通告】因检修需要，青川大桥将于5月6日起封闭十天。\n\n"
            "### 2楼　老桥边的小贩\n\n"
            "5月3日07:30\n\n封桥十天，我这摊子就得歇十天，房租照样交。\n\n"
            "### 3楼　交通评论员祁远　V（交通博主）\n\n"
            "5月3日09:02\n\n十天的检修窗口其实不算长，关键看绕行公交能不能加密。")
    assert _who(tmp_path, body, "青川大桥将于5月6日起封闭十天") == [("青川县发布", "青川县融媒体中心", "org")]
    assert [n for n, _, _ in _who(tmp_path, body, "我这摊子就得歇十天")] == ["老桥边的小贩"]
    assert _who(tmp_path, body, "关键看绕行公交能不能加密") == [("交通评论员祁远", "交通博主", "person")]


def test_post_opening_on_its_own_source(tmp_path):
    body = ("### 1楼　城市生活报　V（城市生活报官方微博）\n\n6月1日10:00\n\n"
            "#图书馆延时开放#据市文化和旅游局消息，市图书馆自6月起每周五延长开放至晚上九点。读者可在公众号预约夜间座位。\n\n"
            "### 2楼　爱读书的周周\n\n6月1日10:26\n\n"
            "终于能下班以后去自习了。")
    assert [n for n, _, _ in _who(tmp_path, body, "市图书馆自6月起每周五延长开放至晚上九点")] == ["市文化和旅游局"]
    # the poster's own next sentence is the account's again (an official account: the paper)
    assert _who(tmp_path, body, "读者可在公众号预约夜间座位") == [("城市生活报", "", "org")]
    assert [n for n, _, _ in _who(tmp_path, body, "终于能下班以后去自习了")] == ["爱读书的周周"]


def test_a_channel_named_in_two_scripts_of_letters_holds_its_own_posts(tmp_path):
    """A channel whose name goes on in Latin letters ("山城快讯 Hill Flash") is its posts' holder, as a
    name in Han characters alone is; a badge after it ("V") is no part of the name."""
    body = ("### 1楼　山城快讯　Hill Flash　2024-05-02 09:15\n\n山城大桥今日起封闭检修，预计五月二十日恢复通车。\n\n"
            "### 2楼　山城快讯　Hill Flash　2024-05-03 08:05\n\n大桥封闭首日，沿线商户客流下降约三成。\n\n"
            "### 3楼　江城早报　V　2024-05-03 09:00\n\n大桥检修期间，轮渡加开夜班。\n")
    for text, who in (("沿线商户客流下降约三成", "山城快讯 Hill Flash"), ("轮渡加开夜班", "江城早报")):
        names = [sp.name for sp in speakers_of(tmp_path, body, text, TOPIC, outlet="山城快讯 Hill Flash")]
        assert names == [who], (text, names)


def test_a_frame_opening_a_later_sentence_is_found_where_that_sentence_starts(tmp_path):
    """A sentence opening on a Latin name the paragraph used before ("机构Counterpoint数据显示…。Counterpoint
    分析师表示，…") is that sentence's frame, not the first mention's: the analyst's words are the analyst's."""
    body = ("### 1楼　山城快讯　2024-05-02 09:15\n\n山城大桥今日起封闭检修。\n\n"
            "### 2楼　山城快讯　2024-05-03 08:05\n\n【数据】市场研究机构Counterpoint数据显示，大桥封闭首周沿线客流下跌三成。"
            "Counterpoint分析师表示，封闭对沿线商户构成直接冲击。\n\n"
            "### 3楼　山城快讯　2024-05-04 08:05\n\n大桥检修期间，轮渡加开夜班。\n")
    names = [sp.name for sp in speakers_of(tmp_path, body, "封闭对沿线商户构成直接冲击", TOPIC, outlet="山城快讯")]
    assert names == ["Counterpoint分析师"]
