"""A transcript of one recording is one topic: its timed lines stay unless plainly furniture; a closing
line that sums up keeps its claims (clean/rules/off_topic.py, shownotes.py). Synthetic forms."""

from generator.clean import clean

ASR_VIDEO = """老周的菜园子：阳台种番茄一季收了多少

【字幕】
00:00 大家好我是老周 今天带大家看看我阳台上种了三个月的番茄
00:12 先说结论 这一季一共收了十一斤 比去年多了差不多一倍
02:05 这盆用的是椰糠 长得最好
02:14 这一盆结了四十多个果子 最大的一个有二百多克
02:30 然后我们看隔壁王阿姨家的
02:41 王阿姨说 她用的是普通园土 只收了三斤多
02:55 她说主要是浇水太勤 根烂了一半
08:10 总结一下 第一 椰糠比园土好 第二 每天浇一次水就够了 第三 一定要搭架子 好了今天就到这里 我们下期见
"""

PODCAST = """城市骑行播客 第12期：共享单车的夜间调度

[00:00] 欢迎收听本期节目，今天我们聊共享单车的夜间调度。
05:10 调度员说一晚上要搬两百多辆车
05:22 凌晨三点是最忙的时候
05:31 每辆车调度成本大约一块五
05:40 他们一个班十个小时
06:02 高峰前要把地铁口的车补满
"""

def test_video_transcript_lines_with_figures_stay():
    c = clean(ASR_VIDEO, source="video.txt")
    for claim in ("结了四十多个果子", "只收了三斤多", "根烂了一半", "椰糠比园土好", "每天浇一次水就够了"):
        assert claim in c.body, claim
    assert "我们下期见" not in c.body


def test_podcast_positions_are_not_a_schedule():
    c = clean(PODCAST, source="podcast.txt")
    for claim in ("两百多辆车", "调度成本大约一块五", "地铁口的车补满"):
        assert claim in c.body, claim


def test_a_day_schedule_is_not_read_as_recording_positions():
    from generator.clean.doc import Chunk
    from generator.clean.rules.off_topic import _positions

    def run(*texts):
        return [Chunk("line", t, [(0, k + 1)]) for k, t in enumerate(texts)]

    day = run("9:30 出门买菜", "11:00 接孩子下课", "14:00 读书会", "16:30 去健身房")
    assert not _positions(day, run("本周六的读书会在市图书馆三楼举行。"))
    assert _positions(day, run("00:00 大家好，今天聊聊周末。"))  # the text's timed lines began at zero
    assert _positions(run("45:10 调度员说", "45:22 凌晨三点", "46:01 成本", "46:30 高峰"), [])
