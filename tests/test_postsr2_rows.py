"""A thread's furniture rows and the name lines they close: a row of votes saved without its icons ("12 3")
leaves; a comment's name line over its text stays its label even when its likes row ("讚 5 回覆") was taken
out by an earlier rule (the name is never glued to the text). Forms unlike the corpora: a hiking forum's
thread saved as text, a cycling group's page with comments, a recipe app's comment list, a school's score
sheet that keeps its rows."""

from __future__ import annotations

from generator.clean import clean

HIKE = """登山討論區

【請教】大霸尖山三天兩夜 十月去會唔會太凍？

#1 行山新手阿傑 2024-09-20 21:05
打算十月尾同朋友上大霸尖山，三日兩夜住九九山莊，想問下嗰陣夜晚會唔會好凍，要帶幾厚嘅睡袋？
12 3
回覆 ｜ 分享

#2 老鷹嶺 2024-09-20 21:30
十月尾山莊夜晚大概得兩三度，帶零度嘅睡袋先夠，另外要帶保暖外套同手套。
25 1
回覆 ｜ 分享

#3 雲海追夢人 2024-09-20 22:02
我上年十一月頭去過，清晨結霜，路面好滑，記得帶冰爪同行山杖。
8 0
"""

CYCLING = """社區單車步道關注組

河濱單車步道下週一起封閉兩個月，市府說要重鋪路面和加裝夜間照明，通勤族要改走堤外便道。

王小明
封兩個月太久了吧，每天上班都要繞路十分鐘。
讚 5 回覆
李阿姨
加裝路燈是好事，晚上騎車真的太暗了。
讚 12 回覆
　　陳志強
　　同意，上次晚上差點撞到人。
　　讚 3 回覆
"""

RECIPE = """外婆红烧肉的家常做法

五花肉切块冷水下锅焯水，捞出后用冰糖炒出糖色，再加老抽、生抽和热水小火炖一个小时。

评论区

阿七在厨房
按这个方子做了，冰糖要小火慢慢炒，不然很容易发苦。
赞 8 回复
深夜食堂老板
炖的时候加两颗山楂，肉烂得更快，也不腻。
赞 21 回复
小鹿乱撞
请问可以用电压力锅吗？大概压多久？
赞 2 回复
"""

SCORES = """城东小学秋季运动会拔河比赛成绩

各班比赛得分如下（胜局 负局）：

12 3
10 5
9 6

比赛由体育组老师担任裁判，全部比赛在上午十一点前结束。
"""


def _paras(text, name):
    return [p.strip() for p in clean(text, source=name).body.split("\n\n")]


def test_vote_rows_without_icons_leave_a_thread():
    paras = _paras(HIKE, "000_hike.txt")
    for row in ("12 3", "25 1", "8 0"):
        assert row not in paras, row
    assert any(p.startswith("十月尾山莊夜晚大概得兩三度") for p in paras)
    assert any(p.startswith("我上年十一月頭去過") for p in paras)


def test_a_run_of_count_rows_in_a_text_stays():
    body = clean(SCORES, source="001_scores.txt").body
    for row in ("12", "10", "9"):
        assert row in body
    assert "6" in body and "裁判" in body


def test_a_commenter_stays_the_label_when_its_likes_row_was_taken():
    for text, name, want in (
        (CYCLING, "002_cycling.txt", ("王小明：封兩個月太久了吧", "李阿姨：加裝路燈是好事", "陳志強：同意，上次晚上")),
        (RECIPE, "003_recipe.txt", ("阿七在厨房：按这个方子做了", "深夜食堂老板：炖的时候加两颗山楂",
                                    "小鹿乱撞：请问可以用电压力锅吗")),
    ):
        paras = _paras(text, name)
        for w in want:
            assert any(p.startswith(w) for p in paras), (name, w, paras)
        assert not any("赞 8" in p or "讚 5" in p for p in paras)
        # the article's own text is no comment and carries no label
        assert any(p.startswith(("河濱單車步道", "五花肉切块")) for p in paras)
