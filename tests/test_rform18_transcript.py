"""A machine-made transcript inside a page (timed lines under a description, above comments) is read
as a transcript: stamps leave, pauses become commas and line ends sentence ends when it has no
punctuation, a chapter list above it (its contents) leaves, and the text is split at its lines and
cuts instead of running as one paragraph. Synthetic forms (a gardening video page, a podcast page,
a lecture page that punctuates its speech, a flash-news log that must stay as it is), none from a corpus."""

from generator.clean import clean

GARDEN = """阳台种番茄的三个误区
园艺小林的频道
12.3万播放 · 2024-04-02

章节
00:00 开场
00:40 选盆
02:10 浇水

字幕
00:00 大家好我是小林 今天聊聊阳台种番茄
00:06 很多人一开始就买很小的花盆 这是第一个误区
00:14 番茄的根系很发达 至少要用二十升的盆
00:22 我自己用的是三十升的布袋盆 透气性比塑料盆好
00:30 盆底一定要有排水孔 不然根很容易烂
00:40 再说浇水 很多人每天都浇一点 其实不对
00:48 应该等表层土干了再一次浇透
00:55 夏天中午不要浇 温差太大伤根
02:10 最后说说施肥 开花以后要换成高钾肥
02:18 好了今天就聊到这里 我们下期再见

评论区
绿手指阿梅：学到了我一直用小盆
"""

PODCAST = """夜航电台 第21期 页面
主播：阿远
时长：12分钟
订阅　分享　下载

本期简介：聊聊城市里的夜班公交。
本期嘉宾是一位开了十年夜班车的司机。
背景音乐：城市夜曲

文字稿

00:01 欢迎收听夜航电台 我是主播阿远
00:05 今天我们聊一聊城市里的夜班公交
00:11 我们的嘉宾是一位开了十年夜班车的司机 王师傅
00:19 王师傅说夜班车最多的乘客是餐馆下班的服务员
00:27 还有就是刚下飞机的旅客 他们通常带着大箱子
00:35 他说最晚的一班车凌晨四点发车 到终点天已经亮了
00:43 这几年乘客少了一些 因为网约车多了
00:51 但是他觉得夜班车还是很多人的唯一选择
00:58 好的感谢王师傅 感谢大家收听

听众留言
小周：我也经常坐夜班车回家
阿兰：希望多开几条线
老陈：夜班司机辛苦了
晓晓：想听更多这样的故事
© 夜航电台 2024
"""

LECTURE = """公开课：城市绿道的规划

00:00 各位同学好，今天我们讲城市绿道。
00:07 绿道首先是一条线，它把公园、河岸和社区连起来，
00:15 所以规划时要先看连通性。
00:21 其次是宽度，步行和骑行最好分开，
00:29 一般来说骑行道不少于三米。
00:36 最后是维护，谁来管、钱从哪里来，
00:44 这一点常常被忽略。
00:50 我们下节课看几个案例。

课后作业：找一条你身边的绿道，记录它的宽度。
"""

FLASH = """早间快讯

07:30 市气象台发布暴雨蓝色预警。
07:45 地铁二号线恢复正常运营。
08:10 本市新增两处避暑纳凉点。
08:20 高速公路部分路段限速通行。
08:35 市图书馆今日闭馆维护。
08:50 本周末将举行城市马拉松。
09:05 机场航班正常起降。
09:20 全市中小学正常上课。
"""


def _body(text, name):
    return clean(text, source=name)


def test_video_page_transcript_is_split_and_punctuated():
    c = _body(GARDEN, "garden.txt")
    body = c.body
    assert "00:06" not in body and "00:14" not in body  # the stamps left the text
    assert "很多人一开始就买很小的花盆，这是第一个误区。" in body
    # split at its chapters and cuts: the watering advice (chapter 00:40) and the fertiliser (after a cut)
    # each open a paragraph instead of running on from the pots
    assert "盆底一定要有排水孔，不然根很容易烂。\n\n再说浇水，" in body
    assert "夏天中午不要浇，温差太大伤根。\n\n最后说说施肥" in body
    assert "02:10 浇水" not in body and "00:40 选盆" not in body  # the chapter list (contents) left
    assert any("machine-made transcript" in f.message for f in c.flags)
    assert "绿手指阿梅" in body  # the page's other parts stay


def test_podcast_page_transcript_keeps_its_guest_and_figures():
    body = _body(PODCAST, "podcast.txt").body
    assert "00:35" not in body
    assert "他说最晚的一班车凌晨四点发车，到终点天已经亮了。" in body
    assert "本期简介：聊聊城市里的夜班公交。" in body


def test_punctuated_transcript_keeps_its_own_marks():
    body = _body(LECTURE, "lecture.txt").body
    assert "00:21" not in body
    assert "绿道首先是一条线，它把公园、河岸和社区连起来，" in body
    assert "，。" not in body and "。。" not in body  # no mark added where the speech has its own


def test_log_of_timed_reports_is_no_transcript():
    body = _body(FLASH, "flash.txt").body
    assert "07:45" in body and "09:20" in body
