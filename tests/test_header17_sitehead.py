"""A page's site name and breadcrumb above its headline are no title; an issuing body over a label
of the document's kind titles the document with both. Forms unlike the corpora: a game forum's
thread copied as text (with a numbered list, so read as Markdown), a district library's programme
table."""

from __future__ import annotations

from generator.clean import clean

FORUM = """棋友之家 論壇
圍棋板 ＞

業餘段位賽改制 新規定明年起實施 大家怎麼看？
回覆：12 ｜ 瀏覽：3400

#1 黑白子 2024-10-02 21:15
業餘段位賽明年起改成積分制，升段要看全年積分。以後不再只看單場比賽的成績。整理一下新規定：
1. 每年至少參加四場比賽才計分
2. 升段門檻按段位不同分三檔
3. 舊段位證書繼續有效

#2 小飛 2024-10-02 21:40
積分制對常比賽的人有利，對住在偏遠地區的棋友不太公平。
"""

LIBRARY = """青山区图书馆
寒假活动一览表

一、亲子阅读会：每周六上午十点，儿童阅览室，每场限二十组家庭。

二、古籍修复体验：一月二十日下午，需提前报名，名额十五人。

三、冬季书展：一月十五日至二月十日，一楼大厅，每天开放。

青山区图书馆
2025年1月8日
"""


def test_a_forum_site_name_and_breadcrumb_are_no_title():
    out = clean(FORUM, source="000_forum.txt")
    assert out.meta["title"].replace("\u3000", " ") == "業餘段位賽改制 新規定明年起實施 大家怎麼看？"
    assert out.meta.get("outlet") == "棋友之家 論壇"
    assert "圍棋板" not in out.body and "棋友之家" not in out.body
    assert "每年至少參加四場比賽才計分" in out.body


def test_an_issuer_over_a_label_of_the_documents_kind():
    out = clean(LIBRARY, source="001_library.txt")
    assert out.meta["title"] == "青山区图书馆寒假活动一览表"
    assert out.meta.get("outlet") == "青山区图书馆"
    assert "古籍修复体验" in out.body
