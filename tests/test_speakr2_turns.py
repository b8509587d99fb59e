"""A labelled turn holds for the whole turn (issue 13, property 1), on small documents written for the
test about an invented subject (a fishing fleet cutting its catch, 远洋捕捞), in forms no corpus has:
a radio panel's transcript, a traditional-script hearing's record, a chat export of a boat owners'
group, a list of views under their holders.

- in a document whose paragraphs open on people's labels taking turns (a host between them, or a
  speaker taking the floor again), a turn's speaker holds for every sentence of the paragraph and for
  the unlabelled paragraphs after it until the next label; a sentence with its own frame ("他说…")
  keeps it;
- a chat member's note in brackets after the name ("老周（舟山-渔船）") is no part of the name;
- a list of views each under its holder, once each, hands nothing on to the narration after it.
"""

from __future__ import annotations

import pytest

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 远洋捕捞\n  terms: [捕捞, 捕撈, 渔船, 漁船, 配额, 配額]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    a = Article(slug="a", source="a.txt", title="远洋捕捞的未来", script=script, blocks=parse_body(body),
                outlet="某电台", author=None, date="2025-03-02")
    part = analysed(tmp_path, a, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


_PANEL = ("主持人：今天请到两位嘉宾谈远洋捕捞。\n\n"
          "钱立华：我不太同意这么比。样本并不对等。说它已经更安全，我觉得言之过早。\n\n"
          "燃油成本太高了，小渔船根本撑不住。\n\n"
          "主持人 林晓：孟老师怎么看？\n\n"
          "孟子谦（海洋大学教授）：远洋捕捞还会扩张。配额会越来越紧。\n\n"
          "我去年在港口问过一位船长，他说今年的配额已经用完了。\n\n"
          "主持人：谢谢两位。")

_HEARING = ("錢立華：我不太同意這麼比。樣本並不對等。\n\n"
            "孟子謙：遠洋捕撈還會擴張。配額會越來越緊。\n\n"
            "錢立華：說它已經更安全，我覺得言之過早。\n\n"
            "燃油成本太高了，小漁船根本撐不住。")

_CHAT = ("2024-07-09 20:44老周（舟山-渔船）：说涨价言之过早，配额还没定。\n\n"
         "2024-07-09 20:45阿梅（宁波）：配额又要收紧了吧，我们小船怎么办？\n\n"
         "2024-07-09 20:46老周（舟山-渔船）：燃油补贴今年不会取消。")


@pytest.mark.parametrize("body, text, name, script", [
    (_PANEL, "我觉得言之过早", "钱立华", "zh-Hans"),
    (_PANEL, "小渔船根本撑不住", "钱立华", "zh-Hans"),
    (_PANEL, "配额会越来越紧", "孟子谦", "zh-Hans"),
    (_HEARING, "我覺得言之過早", "錢立華", "zh-Hant"),
    (_HEARING, "小漁船根本撐不住", "錢立華", "zh-Hant"),
    (_CHAT, "配额还没定", "老周", "zh-Hans"),
    (_CHAT, "燃油补贴今年不会取消", "老周", "zh-Hans"),
])
def test_a_turn_holds_until_the_next_label(tmp_path, body, text, name, script):
    assert _who(tmp_path, body, text, script) == [name]


def test_a_sentence_with_its_own_frame_keeps_it(tmp_path):
    # the guest reports an unnamed captain's words ("他说…"): the frame wins, and it names no one; the
    # guest's turn does not make the captain's words his own
    assert _who(tmp_path, _PANEL, "今年的配额已经用完了") == []


def test_a_list_of_views_hands_nothing_on_to_the_narration(tmp_path):
    body = ("对于明年的配额，几家机构看法不一。\n\n"
            "海洋渔业研究所：配额应当再减一成，资源恢复需要时间。\n\n"
            "远洋渔业协会：小渔船的燃油补贴不能取消，否则船东会大量退出。\n\n"
            "记者走访港口发现，不少渔船已经提前停航。")
    assert _who(tmp_path, body, "不少渔船已经提前停航") == []


def test_a_chat_exports_unpunctuated_messages_stay_apart_and_are_their_senders(tmp_path):
    from generator.clean import clean

    raw = ("2024-07-09 20:44 老周(舟山-渔船): 说涨价言之过早 配额还没定\n"
           "2024-07-09 20:45 阿梅(宁波): 配额又要收紧了吧\n"
           "2024-07-09 20:46 老周(舟山-渔船): 燃油补贴今年不会取消\n")
    body = clean(raw, source="chat.txt").body
    assert body.count("\n\n") >= 2  # three messages, three paragraphs (a message ends on no full stop)
    assert _who(tmp_path, body, "配额还没定") == ["老周"]
    assert _who(tmp_path, body, "配额又要收紧了吧") == ["阿梅"]


# a speaker whose name the dictionary reads as ordinary words ("任重远", "龙飞扬") is a speaker when the
# name labels their turns
_PODCAST = ("主持人：这一期我们聊远洋捕捞的配额。\n\n"
            "任重远：先说个背景，今年的配额比去年少了一成。\n\n"
            "龙飞扬：配额少了，价格一定会涨。\n\n"
            "任重远：我仔细看过新规，它最大的意义是给小渔船一个明确的身份。\n\n"
            "龙飞扬：说它已经解决问题，我觉得言之过早。")


@pytest.mark.parametrize("text, name", [
    ("今年的配额比去年少了一成", "任重远"),
    ("给小渔船一个明确的身份", "任重远"),
    ("我觉得言之过早", "龙飞扬"),
])
def test_a_name_the_dictionary_reads_as_words_speaks_the_turns_it_labels(tmp_path, text, name):
    assert _who(tmp_path, _PODCAST, text) == [name]


def test_a_word_label_opening_one_paragraph_is_no_speaker(tmp_path):
    # "向前进：" once, a slogan's heading, and no turns taken: no one
    body = "远洋渔业协会发布倡议。\n\n向前进：配额制度需要大家共同遵守，小渔船也要守规矩。"
    assert _who(tmp_path, body, "小渔船也要守规矩") == []
