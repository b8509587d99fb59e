"""Boxes beside the article (rule ``aside_boxes``): a translator's or editor's labelled note and a
glossary box are set aside (kept with the article, listed in its audit, out of the text the analysis
reads); a call to subscribe to a named publication leaves (``promo_lines``). Synthetic articles on
topics of their own, in three forms (a bilingual Markdown reading, a plain-text newsletter, a reading
note), and texts where the same shapes are text."""

from __future__ import annotations

from generator.clean import clean

BILINGUAL = """\
# 【雙語閱讀】火星車在隕石坑邊緣發現含水礦物

NASA's rover found hydrated minerals on the rim of the crater, the team said on Tuesday.

美國太空總署的火星車在隕石坑邊緣發現含水礦物，研究團隊週二表示。

The finding suggests that water once flowed there for a long time.

這項發現顯示，該處曾長期有水流動。

---

**譯者註：**原文的 rover 一般譯作「探測車」，本文從俗譯作「火星車」。

> **英中詞彙對照**
> rover — 火星車
> hydrated minerals — 含水礦物
> crater rim — 隕石坑邊緣
> sediment — 沉積物

👉 喜歡這篇閱讀？歡迎訂閱「太空雙語」，每週兩篇科學報道。
"""

NEWSLETTER = """\
城市骑行周报

【编者注】本期起，周报每期附上一组骑行术语，方便新读者查阅。

本周全市新增共享单车停放点一百二十个，主要分布在地铁站出口。

交通部门表示，下月将在三条主干道试点自行车专用信号灯。

术语表
踏频 = cadence
爬坡 = climbing
破风 = drafting
"""

READING_NOTE = """\
读书笔记：《面包的科学》

这本书用很多实验解释了发酵的原理，比如为什么低温慢发的面包风味更好。

作者认为，家庭烘焙最容易忽视的是面团温度，而不是酵母用量。

Translator's note: 书中的 levain 译作“鲁邦种”，与台湾的译法一致。

- sourdough — 酸种面包
- proofing — 醒发
- crumb — 面包组织
"""


def test_bilingual_reading_note_glossary_and_subscription():
    c = clean(BILINGUAL, source="bilingual.md")
    for aside in ("譯者註", "從俗譯作", "英中詞彙對照", "含水礦物\n", "沉積物", "訂閱"):
        assert aside not in c.body, aside
    assert "美國太空總署的火星車在隕石坑邊緣發現含水礦物" in c.body and "該處曾長期有水流動" in c.body
    kept = "\n".join(c.set_aside)
    for entry in ("譯者註", "rover — 火星車", "hydrated minerals — 含水礦物", "crater rim — 隕石坑邊緣", "sediment — 沉積物", "英中詞彙對照"):
        assert entry in kept, entry  # kept as what they are, every entry of the box
    assert any(e.action == "set_aside" and e.rule == "aside_boxes" for e in c.audit)


def test_newsletter_editors_note_and_term_list():
    c = clean(NEWSLETTER, source="newsletter.txt")
    for aside in ("编者注", "术语表", "cadence", "drafting"):
        assert aside not in c.body, aside
    assert "新增共享单车停放点一百二十个" in c.body and "试点自行车专用信号灯" in c.body
    kept = "\n".join(c.set_aside)
    assert "踏频 = cadence" in kept and "本期起，周报每期附上一组骑行术语" in kept


def test_reading_note_translators_note_and_listed_glossary():
    c = clean(READING_NOTE, source="note.txt")
    for aside in ("Translator", "鲁邦种", "sourdough", "醒发"):
        assert aside not in c.body, aside
    assert "家庭烘焙最容易忽视的是面团温度" in c.body
    assert "sourdough — 酸种面包" in "\n".join(c.set_aside)


def test_spec_lists_two_pairs_and_sentences_about_translation_stay():
    raw = ("新款手机的配置如下。\n\n"
           "Wi-Fi：支持\nNFC：支持\nUSB-C：支持\n\n"
           "原文的 robot 在港台一般译作“机械人”，内地多称“机器人”，两种说法都常见。\n\n"
           "两个常见缩写：\nAI — 人工智能\nVR — 虚拟现实\n\n"
           "发布会上，厂商还公布了售价。\n")
    c = clean(raw, source="phone.txt")
    for text in ("Wi-Fi：支持", "NFC：支持", "在港台一般译作", "AI — 人工智能", "VR — 虚拟现实"):
        assert text in c.body.replace("AI—人工智能", "AI — 人工智能").replace("VR—虚拟现实", "VR — 虚拟现实"), text
    assert not c.set_aside
