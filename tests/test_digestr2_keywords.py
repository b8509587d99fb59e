"""Who posted is no search term: a name written only as a block's author label (a chat line's
"X：", a forum post's byline line "#2 X 2024-…", a reply's target) is a handle, not a keyword; a name
someone writes in what they say, or a speaker a transcript introduces, stays one. Forms no development
corpus has (a hiking club's chat export, an app note's comment section saved as text, a radio call-in
transcript), topics unlike every corpus."""

from __future__ import annotations

from generator.analyse.digesthandles import label_only
from tests.test_index import _article, _run

CHAT = "\n\n".join([
    "山野徒步群聊天记录",
    "阿杰（领队）：周六的鹰嘴崖线路取消了，气象台发了雷暴预警，鹰嘴崖上面没有避雷的地方。",
    "驴友小满：那鹰嘴崖改到什么时候？我们装备都买好了。",
    "阿杰（领队）：等雷暴预警解除再说，鹰嘴崖线路下雨后碎石多，至少要晴两天。",
    "驴友小满：好的，那我先把护膝和登山杖退了。",
    "老严：去年鹰嘴崖就有人在雷暴天被困，救援队上去花了六个小时。",
    "阿杰（领队）：@驴友小满 装备别退，下个月还要走鹰嘴崖。",
])

FORUM = "\n\n".join([
    "社区团购生鲜到底划不划算？",
    "#1 晚风吹麦浪 2025-04-02 20:11",
    "社区团购的蔬菜比菜市场便宜两三成，但是经常缺斤少两，社区团购平台客服也不理人。",
    "#2 楼下包子铺 2025-04-02 20:40",
    "社区团购把菜市场的摊主挤得很难受，我们隔壁卖菜的王阿姨已经不干了。",
    "#3 晚风吹麦浪 2025-04-02 21:05",
    "回复楼下包子铺：王阿姨那个摊位确实可惜，社区团购压价太狠了。",
])

RADIO = "\n\n".join([
    "《城市热线》第212期：老旧电梯加装谁来出钱",
    "本期嘉宾：市住建局既有建筑改造处处长方静远。",
    "葛晓岚：社区规划师，参与过二十多个小区的加装项目",
    "主持人：方处长，老旧小区加装电梯，一楼住户反对怎么办？",
    "方静远：加装电梯要经过本单元三分之二以上业主同意，一楼住户的采光和噪音补偿可以协商。",
    "主持人：补偿标准由谁定？",
    "方静远：加装电梯的补偿由业主协商，街道可以组织调解。",
])


def _keywords(slug, body, **kw):
    return list(_run(_article(slug, body, **kw)).digests[0].keywords)


def test_a_name_written_only_as_authors_labels_is_a_handle():
    paragraphs = FORUM.split("\n\n")
    assert label_only("晚风吹麦浪", paragraphs)  # byline lines only
    assert label_only("楼下包子铺", paragraphs)  # a byline line and a reply's target
    assert not label_only("王阿姨", paragraphs)  # written in what posters say
    chat = CHAT.split("\n\n")
    assert label_only("驴友小满", chat) and label_only("老严", chat)
    assert not label_only("鹰嘴崖", chat)
    radio = RADIO.split("\n\n")
    assert not label_only("方静远", radio)  # the transcript introduces its guest
    assert not label_only("葛晓岚", radio)  # a guest list's line introduces its guest


def test_a_chats_keywords_hold_no_members_display_names():
    kws = _keywords("hike", CHAT, title="山野徒步群聊天记录", date="2025-06-12")
    assert not any(k in ("驴友小满", "老严", "阿杰") for k in kws), kws
    assert "领队" not in kws, kws  # a member's role in the chat's labels, no term
    assert any("鹰嘴崖" in k or "雷暴" in k for k in kws), kws


def test_a_forum_pages_keywords_hold_no_posters_handles():
    kws = _keywords("groupbuy", FORUM, title="社区团购生鲜到底划不划算？", date="2025-04-03")
    assert not any(k in ("晚风吹麦浪", "楼下包子铺") for k in kws), kws


def test_a_transcripts_introduced_guest_stays_a_keyword_candidate():
    radio = RADIO.split("\n\n")
    assert not label_only("方静远", radio)
    kws = _keywords("lift", RADIO, title="《城市热线》第212期：老旧电梯加装谁来出钱", date="2025-05-20")
    assert any("电梯" in k for k in kws), kws
