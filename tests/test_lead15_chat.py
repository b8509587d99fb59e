"""A chat export that mixes its two message forms (one-line "stamp name: text" messages and a few messages
whose sender and time stand on a line of their own over the text): every message a paragraph of its own
under its sender, never glued to the next, and no sender read as the page's outlet. Synthetic chats on
topics unlike the corpora, both scripts; a news page with a stamped byline is left alone."""

from __future__ import annotations

from generator.clean import clean

MIXED = """微信聊天记录导出
群聊名称：社区团购群(88)
导出时间：2025-03-06 08:00:00

2025-03-05 20:31 王姐(3栋): 今天的菜比昨天贵了两块，大家注意
2025-03-05 20:32 老李(5栋): 是的，鸡蛋一斤涨到六块五了

赵师傅 2025/3/5 20:47:12
我说句公道话，涨价是因为运费涨了，跟团长没关系

王姐(3栋) 2025/3/5 20:48:30
运费是一方面，平台抽成也高了，我不信团长一分不赚

赵师傅 2025/3/5 20:49:05
那你别买呗，菜市场更贵

2025-03-05 20:53 老李(5栋): 明天早上八点前下单还有优惠
"""

MIXED_HANT = """LINE 聊天記錄
2025/04/02 21:10 阿偉: 颱風假到底放不放，公司還沒通知
2025/04/02 21:11 小芳: 我們部門說照常上班，真的很扯
2025/04/02 21:13 阿偉: 去年也是這樣，結果路上淹水

陳經理 2025/04/02 21:20
明天視人事行政總處公告決定，大家先別急

小芳 2025/04/02 21:22
公告晚上十點才會出來，我們要等到那時候喔
"""

NEWS = """本报讯
记者 孙立 2025-03-05 10:00
本市今年将新建社区食堂40家，覆盖所有街道。
据市民政局介绍，首批12家已于上月开业，日均就餐人数超过3000人次。
"""


def _paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


def test_a_chat_mixing_its_two_message_forms_keeps_each_message_apart():
    out = clean(MIXED, source="chat.txt")
    paras = _paragraphs(out.body)
    assert "赵师傅：我说句公道话，涨价是因为运费涨了，跟团长没关系。" in paras, paras
    assert any(p.startswith("王姐") and "平台抽成也高了" in p and "菜市场" not in p for p in paras), paras
    assert "赵师傅：那你别买呗，菜市场更贵。" in paras, paras
    assert out.meta.get("outlet") != "赵师傅"
    assert any(e.rule == "read_lines" and "赵师傅 2025/3/5 20:47:12" in e.before for e in out.audit)


def test_a_traditional_script_chat_mixing_both_forms():
    out = clean(MIXED_HANT, source="line.txt")
    paras = _paragraphs(out.body)
    assert any(p.startswith("陳經理") and "人事行政總處" in p and "十點" not in p for p in paras), paras
    assert any(p.startswith("小芳") and "十點才會出來" in p for p in paras), paras
    assert out.meta.get("outlet") not in ("陳經理", "小芳")


def test_a_news_page_with_a_stamped_byline_is_no_chat():
    out = clean(NEWS, source="news.txt")
    assert "本市今年将新建社区食堂40家" in out.body
    assert not any(e.rule == "read_lines" for e in out.audit)
