"""A message a mail client exported or copied as plain text (a .txt, not an .eml): the header block at
its top (发件人/收件人/日期/主题, From/Sent/To/Subject, 寄件者/寄件日期/收件者/主旨) is the article's
metadata, not its first paragraph. Written for the test in three clients' shapes, on topics unlike the
corpora (a choir's newsletter, a port's tender notice, a Taiwanese library circular); a meeting
notice opening with 日期/主题 rows but no sender is not a mail."""

from __future__ import annotations

from generator.readers import read

QQ = """发件人: "山城合唱团编辑部" <news@choir.example.cn>
收件人: "团员" <members@choir.example.cn>
日期: 2025年3月4日(星期二) 上午8:15
主题: 【合唱周讯·第9期】春季音乐会曲目确定

各位团员：

春季音乐会定于4月12日晚在市文化馆举行，曲目已经确定，共十二首。

> ------------------ 原始邮件 ------------------
> 发件人: "指挥 韩东" <handong@choir.example.cn>
> 主题: 回复：曲目建议
>
> 建议加一首民歌，压轴用《茉莉花》。
"""

OUTLOOK = """From: Harbour Tender Office <tender@port.example.com>
Sent: Monday, June 2, 2025 10:04 AM
To: 供应商名单 <suppliers@port.example.com>
Subject: 转发：东港三号泊位疏浚招标公告

东港三号泊位疏浚工程招标公告已经发布，投标截止时间为6月30日。
"""

TAIWAN = """寄件者: 南港圖書館推廣組 <promo@lib.example.tw>
寄件日期: 2025年5月8日 星期四 下午 3:20
收件者: 各分館
主旨: 夏季閱讀活動報名開始

各分館同仁好：

夏季閱讀活動即日起開放報名，每館名額三十名。
"""

NOTICE = """日期：2025年3月4日
主题：社区消防演练安排

本周六上午九点在小区中心广场举行消防演练，请各楼栋居民准时参加。
"""


def _texts(doc):
    return [b.text for b in doc.blocks]


def test_an_exported_mail_header_is_metadata_in_three_clients_shapes():
    for raw, title, date, outlet in ((QQ, "【合唱周讯·第9期】春季音乐会曲目确定", "2025-03-04", "山城合唱团编辑部"),
                                     (OUTLOOK, "东港三号泊位疏浚招标公告", None, "Harbour Tender Office"),
                                     (TAIWAN, "夏季閱讀活動報名開始", "2025-05-08", "南港圖書館推廣組")):
        doc = read(raw, "000_mail.txt")
        texts = _texts(doc)
        outer = raw.split("\n\n", 1)[0].split("\n")
        assert not any(t.strip() == line.strip() or t.startswith(("收件人", "To:", "收件者", "寄件日期", "Sent:"))
                       for t in texts for line in outer), texts  # (a quoted original's header stays with its quote)
        assert texts[0].startswith(("各位", "东港", "各分館")), texts
        assert doc.declared.get("title") == title, doc.declared
        assert doc.declared.get("outlet") == outlet, doc.declared
        if date:
            assert doc.declared.get("date") == date, doc.declared
        assert any(r.rule == "read_mail" for r in doc.audit), doc.audit  # every removed line is recorded


def test_a_notice_with_date_and_subject_rows_but_no_sender_is_no_mail():
    doc = read(NOTICE, "001_notice.txt")
    assert not doc.declared.get("outlet")
    assert not any(r.rule == "read_mail" for r in doc.audit)
