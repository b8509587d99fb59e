"""Line-per-message forms (``generator.readers.lines``): a chat export, a podcast transcript with
timed turns and an auto-generated subtitle file, each made up for the test (a flood-watch volunteer
group, a city-cycling show, a baking video) in ``tests/fixtures/intake12/``.

What a reader notices: one message or turn per paragraph, opening on its speaker's label, the time
stamp never glued to the name; a message that held only a sticker is gone; a chat over several days
shows the day where it changes; subtitles read as punctuated sentences in short paragraphs, without
cue numbers or time ranges; the title is never a message.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.clean import clean
from generator.readers import read

HERE = Path(__file__).parent / "fixtures" / "intake12"


def load(name):
    raw = (HERE / name).read_text(encoding="utf-8")
    return raw, clean(raw, source=name)


def paras(body):
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def test_each_chat_message_is_a_paragraph_opening_on_its_speaker():
    raw, c = load("chat.txt")
    ps = paras(c.body)
    for line in raw.splitlines():
        m = re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d (\S+?：.+)$", line)
        if m and "[" not in m.group(1):
            assert m.group(1) + "。" in ps, m.group(1)  # the message's end is its sentence's end
    assert not re.search(r"\d\d:\d\d", c.body)  # no stamp left, none glued to a name


def test_a_message_of_only_a_sticker_and_the_apps_notice_leave_the_chat():
    _, c = load("chat.txt")
    assert "[表情]" not in c.body and "[图片]" not in c.body and "撤回" not in c.body
    assert not any(re.fullmatch(r"\S{1,8}：", p) for p in paras(c.body))
    assert any(e.action == "removed" and "[表情]" in e.before for e in c.audit)


def test_a_chat_over_two_days_shows_the_day_where_it_changes_and_no_message_is_its_title():
    _, c = load("chat.txt")
    ps = paras(c.body)
    assert "### 2025-07-02" in ps
    assert ps.index("### 2025-07-02") == ps.index("许晴：昨晚雨小了，水位退了二十厘米。") - 1
    assert "周敏" not in (c.meta.get("title") or "")


def test_podcast_turns_stay_one_per_paragraph_with_labels_and_no_time_codes():
    _, c = load("podcast.txt")
    ps = paras(c.body)
    assert "老周：先说数字，去年全市投放量减少了三成。" in ps  # no final stop: still its own turn, now ended
    assert "阿梅：但是乱停的问题并没有少多少。" in ps
    assert "老周：我不同意，地铁口至少比前年整齐多了。" in ps
    assert "[00:" not in c.body
    assert "本期章节" not in c.body and "投放量的变化" not in c.body  # the chapter list is navigation


def test_subtitle_cues_become_punctuated_sentences_in_paragraphs():
    raw, c = load("bake.srt")
    assert "-->" not in c.body and not re.search(r"^\d+$", c.body, re.M)
    ps = paras(c.body)
    assert len(ps) == 2  # the long pause (3 s) after 所以水要多加一成左右 starts a paragraph
    assert ps[0].endswith("所以水要多加一成左右。")
    assert "全麦粉吸水比普通面粉多。所以" in ps[0]  # a connective opens a new sentence
    assert "一个小时就够了吧。" in ps[1] and "温度准吗？" in ps[1]  # particles end sentences
    assert "大家好欢迎回到面包实验室，今天做的是全麦欧包" in ps[0]
    cues = [ln for ln in raw.splitlines() if ln and not ln[0].isdigit()]
    assert all(cue in c.body for cue in cues)


def test_a_stamped_list_without_recurring_speakers_is_left_alone():
    text = ("会议议程\n\n09:00 签到：请带好证件\n10:00 主旨发言：城市更新\n11:30 圆桌：老旧小区改造\n"
            "14:00 分论坛：社区养老\n")
    doc = read(text, "agenda.txt")  # (what the removal rules make of a schedule is theirs)
    assert [b.text[:5] for b in doc.blocks[1:]] == ["09:00", "10:00", "11:30", "14:00"]
    assert not any(b.message for b in doc.blocks)


def test_a_webvtt_file_is_a_source_and_reads_as_sentences(tmp_path):
    from generator.sources import read_sources
    d = tmp_path / "sources"
    d.mkdir()
    (d / "talk.vtt").write_text("WEBVTT\n\n00:00.500 --> 00:02.000\n欢迎来到读书会\n\n00:02.100 --> 00:04.000\n"
                                "今天读的是一本游记\n\n00:04.100 --> 00:06.000\n他走了整整三年\n", encoding="utf-8")
    sources, warnings = read_sources(d, {})
    assert [s.name for s in sources] == ["talk.vtt"] and not warnings
    c = clean((d / "talk.vtt").read_text(encoding="utf-8"), source="talk.vtt")
    assert "WEBVTT" not in c.body and "-->" not in c.body
    assert c.body.strip() == "欢迎来到读书会，今天读的是一本游记，他走了整整三年。"


def test_a_subtitle_files_spoken_opening_names_its_programme_speaker_and_subject():
    _, c = load("bake.srt")
    assert c.meta.get("outlet") == "面包实验室"
    text = ("1\n00:00:00,500 --> 00:00:02,000\n大家好我是沈青\n\n2\n00:00:02,100 --> 00:00:04,000\n欢迎收看江城夜读\n\n"
            "3\n00:00:04,100 --> 00:00:06,500\n今天咱们聊聊城市里的旧书店\n\n4\n00:00:06,600 --> 00:00:09,000\n它们还能撑多久\n")
    c = clean(text, source="books.srt")
    assert (c.meta.get("outlet"), c.meta.get("author"), c.meta.get("title")) == ("江城夜读", "沈青", "聊聊城市里的旧书店")
    assert c.body.startswith("大家好我是沈青，欢迎收看江城夜读")  # the text stays


def test_a_chat_export_with_each_sender_and_time_on_a_line_of_its_own_reads_as_messages():
    _, c = load("chat_headed.txt")
    assert c.meta["title"] == "登山社 2025 春季活动"
    ps = paras(c.body)
    assert "苏雨：周六的路线定了，走东线，全程十四公里。" in ps
    assert "程阳：天气预报说下午有雷阵雨，要不要改到周日。" in ps  # one message typed on two lines
    assert "[图片]" not in c.body and "20:0" not in c.body
    assert ps.index("### 2025-04-11") == ps.index("方可：同意苏雨，七点集合。") - 1


def test_timed_lines_without_speakers_are_rejoined_like_subtitles():
    raw, c = load("timed_transcript.txt")
    assert not re.search(r"\d:\d\d", c.body)
    assert "先说头盔，头盔一定要买有认证的" in c.body  # short lines read on as one sentence
    assert c.body.rstrip().endswith("分体式的比斗篷安全。")
    assert all(ln.split(" ", 1)[1] in c.body for ln in raw.splitlines())
    assert (c.meta.get("outlet"), c.meta.get("author")) == ("骑行日记", "阿南")


def test_a_list_of_times_with_long_entries_is_no_transcript():
    text = "".join(f"{h}:00 " + "市政府召开常务会议，研究部署城市更新和老旧小区改造的下一步工作安排。\n" for h in range(8, 14))
    doc = read(text, "agenda.txt")
    assert all(re.match(r"\d+:00 ", b.text) for b in doc.blocks)
