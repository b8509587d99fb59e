"""Subtitle files as broadcasters write them (readers.cuetext, readers.cues): a speaker's label in brackets
with no colon ("[周敏] 其实…", "（主持人）那…", "【Anna Lee】…") makes the cues that speaker's, a bracketed
sound ("（掌声）") names no one; and a file whose cues carry commas inside but no mark at their ends (the
subtitler's habit: the line break stands for the stop) gets its sentences' ends marked. Synthetic files."""

from __future__ import annotations

from generator.clean import clean


def _srt(lines: list[str], gap: float = 0.3, length: float = 2.5) -> str:
    out, t = [], 1.0
    for n, text in enumerate(lines, 1):
        start, end = t, t + length
        stamp = lambda s: f"00:{int(s // 60):02d}:{int(s % 60):02d},{int(s * 1000) % 1000:03d}"  # noqa: E731
        out += [str(n), f"{stamp(start)} --> {stamp(end)}", text, ""]
        t = end + gap
    return "\n".join(out)


def _turns(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


def test_bracketed_labels_without_a_colon_give_each_turn_its_speaker():
    raw = _srt(["（主持人）今天我们聊聊社区菜园", "先请两位嘉宾介绍一下", "[周敏] 我们的菜园去年开了四十块地",
                "今年报名的人翻了一倍", "（主持人）那地够不够分？", "[周敏] 不够", "所以明年要扩建",
                "[韩立] 我补充一下", "扩建的钱主要是街道出的"])
    c = clean(raw, source="content/sources/garden.srt")
    turns = _turns(c.body)
    assert any(t.startswith("周敏：我们的菜园去年开了四十块地") for t in turns), turns
    assert any(t.startswith("韩立：我补充一下") for t in turns), turns
    assert any(t.startswith("主持人：那地够不够分") for t in turns), turns
    assert "[周敏]" not in c.body and "（主持人）" not in c.body


def test_full_width_brackets_and_latin_names_in_traditional_script():
    raw = _srt(["【Anna Lee】這座橋明年三月完工", "總預算是四億八千萬", "【陳子軒】可是工期已經延誤兩次",
                "【Anna Lee】延誤是因為颱風", "【陳子軒】那預算會不會再追加"])
    c = clean(raw, source="content/sources/bridge.srt")
    turns = _turns(c.body)
    assert any(t.startswith("Anna Lee：這座橋明年三月完工") for t in turns), turns
    assert any(t.startswith("陳子軒：可是工期已經延誤兩次") for t in turns), turns


def test_a_bracketed_sound_opening_cues_names_no_speaker():
    raw = _srt(["（掌声）谢谢大家", "今天来了很多街坊", "（掌声）我们开始吧", "第一个议题是停车",
                "（笑声）这个问题每年都讲"])
    c = clean(raw, source="content/sources/meeting.srt")
    assert "掌声：" not in c.body and "笑声：" not in c.body
    assert "今天来了很多街坊" in c.body


def test_cues_with_commas_inside_but_bare_ends_get_their_sentence_ends_marked():
    lines = ["其实，这座桥最大的问题不在造价", "而在工期", "原本说去年年底完工", "结果一拖再拖",
             "我问过施工方，他们说是因为台风", "不过我觉得", "管理上也有问题", "你看隔壁那座桥", "同样的台风，人家就按时完工了"]
    c = clean(_srt(lines, gap=0.2), source="content/sources/talk.srt")
    body = c.body
    assert "工期" in body
    # each cue's end carries a mark: no two cues run together without one
    for a, b in zip(lines, lines[1:]):
        tail = a.split("，")[-1]
        head = b.split("，")[0]
        assert tail + head not in body.replace("\n", ""), (tail, head)
    assert body.rstrip().endswith(("。", "！", "？"))


def test_a_file_that_punctuates_its_cue_ends_keeps_its_own_marks():
    lines = ["这座桥明年三月完工。", "总预算是四亿八千万元，", "比原计划多了一成。", "施工方说，", "延误是因为台风。"]
    c = clean(_srt(lines), source="content/sources/news.srt")
    assert "这座桥明年三月完工。总预算是四亿八千万元，比原计划多了一成。" in c.body.replace("\n", "")
    assert "。，" not in c.body and "，，" not in c.body


def test_a_caption_placed_on_screen_is_no_speakers_words():
    raw = _srt(["[周敏] 我们的菜园去年开了四十块地", "今年报名的人翻了一倍", r"{\an8}社区菜园明年扩建 新增二十块地",
                "所以明年要扩建", "（主持人）钱从哪里来？", "[周敏] 街道出大头"])
    c = clean(raw, source="content/sources/garden.srt")
    turns = _turns(c.body)
    caption = [t for t in turns if "新增二十块地" in t]
    assert caption and not caption[0].startswith("周敏：") and "今年报名的人翻了一倍" not in caption[0], turns
    assert any(t.startswith("周敏：所以明年要扩建") for t in turns), turns  # her turn goes on after the caption
