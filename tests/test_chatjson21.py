"""A chat's or channel's export saved as JSON (readers.chatjson, Telegram Desktop's result.json shape): each
message a post under its sender and stamp, a forward under its original sender, and the export's records
(service messages, media paths, reactions, the same text again as entities) never text. Synthetic exports."""

from __future__ import annotations

import json

from generator.clean import clean
from generator.readers.forms import convert
from generator.sources import decode_source, read_sources


def _msg(i, date, sender, text, **more):
    return {"id": i, "type": "message", "date": date, "date_unixtime": "0", "from": sender,
            "from_id": f"user{i}", "text": text,
            "text_entities": [{"type": "plain", "text": text}] if isinstance(text, str) else text, **more}


CHANNEL = {
    "name": "山城快讯 Hill Flash", "type": "public_channel", "id": 1001,
    "messages": [
        {"id": 1, "type": "service", "date": "2024-05-02T08:00:00", "actor": "山城快讯 Hill Flash",
         "action": "pin_message", "message_id": 7, "text": ""},
        _msg(2, "2024-05-02T09:15:00", "山城快讯 Hill Flash",
             [{"type": "bold", "text": "【快讯】"}, "山城缆车今日起停运检修，预计五月二十日恢复。", "\n",
              "缆车公司称将加开接驳巴士。", "\n", {"type": "hashtag", "text": "#缆车"}, " ",
              {"type": "hashtag", "text": "#交通"}],
             reactions=[{"type": "emoji", "count": 31, "emoji": "👍"}]),
        _msg(3, "2024-05-02T11:40:00", "山城快讯 Hill Flash", "", photo="photos/photo_1@02-05-2024.jpg"),
        _msg(4, "2024-05-03T08:05:00", "山城快讯 Hill Flash",
             "市交通局局长严宁表示：“接驳巴士每十分钟一班，早晚高峰加密到五分钟。”", forwarded_from="城市交通台"),
        _msg(5, "2024-05-03T18:30:00", "山城快讯 Hill Flash",
             ["沿线商户反映，停运首日客流下降约三成。详见", " ",
              {"type": "text_link", "text": "调查全文", "href": "https://example.org/survey"}], edited="2024-05-03T18:35:00"),
        _msg(6, "2024-05-04T10:00:00", "山城快讯 Hill Flash", "欢迎订阅本频道，点击加入讨论群"),
    ],
}

GROUP = {
    "name": "缆车沿线商户群", "type": "private_group", "id": 2002,
    "messages": [
        _msg(1, "2024-05-02T20:01:00", "周老板", "今天客人少了一大半。"),
        _msg(2, "2024-05-02T20:03:00", "林姐", "我们店也是，估计要撑到二十号。"),
        {"id": 3, "type": "service", "date": "2024-05-02T20:04:00", "actor": "阿凯", "action": "invite_members",
         "members": ["阿凯"], "text": ""},
        _msg(4, "2024-05-02T20:10:00", "周老板", "接驳巴士站离我们太远，客人不愿意走过来。"),
    ],
}


def _read(data, name="content/sources/chat.json"):
    text = convert(json.dumps(data, ensure_ascii=False).encode("utf-8"), name, decode_source)
    assert text is not None
    return text, clean(text, source=name)


def test_a_channel_export_is_its_posts_under_their_stamps_and_the_channel_is_the_outlet():
    text, c = _read(CHANNEL)
    assert c.meta.get("title") == "山城快讯 Hill Flash"
    assert c.meta.get("outlet") == "山城快讯 Hill Flash"
    assert c.meta.get("date") == "2024-05-03"  # the newest post's day (the notice about itself is no post)
    body = c.body
    assert "山城缆车今日起停运检修，预计五月二十日恢复" in body and "缆车公司称将加开接驳巴士" in body
    assert "2024-05-02 09:15" in body  # the post's own stamp
    # a forward is its original sender's
    assert "城市交通台" in body and body.index("城市交通台") < body.index("接驳巴士每十分钟一班")
    for record in ("pin_message", "photo_1", "👍", "text_entities", "2024-05-03T18:35", "date_unixtime", '"id"'):
        assert record not in text, record
    assert "欢迎订阅本频道" not in body  # the channel addressing its readers about itself


def test_a_group_chat_export_keeps_each_persons_words_under_their_name_and_names_no_outlet():
    text, c = _read(GROUP)
    assert not c.meta.get("outlet")
    body = c.body
    for name, words in (("周老板", "今天客人少了一大半"), ("林姐", "估计要撑到二十号"), ("周老板", "客人不愿意走过来")):
        at = body.index(words)
        assert name in body[max(0, at - 60):at], (name, words)
    assert "invite_members" not in text and "阿凯" not in body


def test_a_full_export_of_several_chats_reads_each_chat_as_a_section():
    text, c = _read({"about": "export", "chats": {"about": "", "list": [CHANNEL, GROUP]}})
    assert "山城快讯 Hill Flash" in c.body or c.meta.get("title", "").startswith("山城快讯")
    assert "缆车沿线商户群" in c.body
    assert "接驳巴士每十分钟一班" in c.body and "客人不愿意走过来" in c.body


def test_an_array_of_records_is_still_read_as_records_not_as_a_chat(tmp_path):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    rows = [{"title": f"标题{i}", "content": "社区菜园明年扩建到四十块地，居民可报名认领。" * 3, "date": "2024-01-0" + str(i)}
            for i in range(1, 5)]
    (folder / "rows.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    (folder / "chat.json").write_text(json.dumps(GROUP, ensure_ascii=False), encoding="utf-8")
    sources, warnings = read_sources(folder, {})
    read = {s.name: s.text for s in sources}
    assert "标题1" in read["rows.json"] and "1楼" not in read["rows.json"]
    assert "1楼　周老板" in read["chat.json"]
