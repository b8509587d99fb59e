"""A notes app's Markdown export: the app's syntax is markup, never text (texts made up for the test, on
topics unlike the corpora: an Obsidian note on a city's beekeeping rules, a Logseq journal page on a
library renovation, a Bear note on a glacier survey). Callout types, highlights, wiki-link brackets,
query blocks, task boxes, navigation lines and a writer's disclaimer leave (each recorded); the
quoted source's words and the writer's own sentences, figures and shown link text stay."""

from __future__ import annotations

from generator.clean import clean

OBSIDIAN = """---
title: 城市养蜂新规笔记
created: 2025-03-02 21:10
tags: [城市, 养蜂]
---

# 城市养蜂新规笔记

> [!note] 本笔记仅为个人整理，观点不代表所在单位。

## 一、规定要点

> [!quote] 南岸晚报 3月1日
> 市园林局规定，屋顶蜂箱距离居民窗户不得少于8米，每栋楼最多放置4箱。
> 养蜂户须在4月底前完成登记，逾期未登记的蜂箱将被清理。

我的看法：==8米的间距在老城区几乎做不到==，不少[[屋顶养蜂|屋顶蜂场]]会被迫搬走。登记费每箱30元[^1]。

详见 [[养蜂条例原文]] 与 [[蜂箱登记流程]]

## 待办

- [ ] 联系园林局核对间距口径
- [x] 读完晚报原文

```dataview
TABLE created, tags
FROM #养蜂
SORT created DESC
```

```python
print(8 == 8)
```

[^1]: 数据来源：园林局公告。
"""


def test_obsidian_callouts_highlights_links_and_queries_are_markup():
    c = clean(OBSIDIAN, source="bees.md")
    body = c.body
    # the quoted source's words stay, under its name; the callout type is gone everywhere
    assert "屋顶蜂箱距离居民窗户不得少于8米" in body and "4月底前完成登记" in body
    assert "南岸晚报" in body and "[!quote]" not in body and "[!note]" not in body and "!quote" not in body
    # the writer's own sentence stays without highlight marks or wiki brackets, showing the alias
    assert "8米的间距在老城区几乎做不到" in body and "==" not in body.replace("8 == 8", "")
    assert "屋顶蜂场会被迫搬走" in body and "[[" not in body and "]]" not in body
    # navigation, query block, tasks, disclaimer and the data-credit note leave; code stays
    assert "养蜂条例原文" not in body and "蜂箱登记流程" not in body
    assert "TABLE created" not in body and "SORT created" not in body
    assert "联系园林局" not in body and "读完晚报原文" not in body
    assert "观点不代表所在单位" not in body
    assert "园林局公告" in body  # a credit naming an outside source says who the source is: it stays
    assert "print(8 == 8)" in body
    assert "登记费每箱30元" in body
    removed = {e.note for e in c.audit}
    assert any("callout type" in n for n in removed) and any("query block" in n for n in removed)
    assert any("wiki link" in n for n in removed) and any("highlight" in n for n in removed)


LOGSEQ = """- 2025-05-14 图书馆改造 #改造
  - 区图书馆闭馆改造，预计工期7个月，总投资约2300万元。
  - > 改造期间将在社区服务中心设立临时借阅点，每周开放5天。
    ——东城日报
  - 相关：[[公共文化设施]]、[[社区服务中心]]
  - {{query (and [[图书馆]] (task TODO))}}
  - TODO 问馆长临时借阅点的开放时间
  - 我觉得7个月的工期偏乐观，[[东城区]]上一次改造拖了一年。
"""


def test_logseq_outline_keeps_quotes_and_drops_queries_and_navigation():
    c = clean(LOGSEQ, source="library.md")
    body = c.body
    assert "预计工期7个月" in body and "2300万元" in body
    assert "临时借阅点，每周开放5天" in body
    assert "东城区上一次改造拖了一年" in body and "[[" not in body
    assert "{{query" not in body and "task TODO" not in body
    assert "公共文化设施" not in body  # a line of links to other pages is the outline's navigation


BEAR = """# 冰川测量记录

#野外/冰川

本周测得冰舌后退了==42米==，比去年同期多出一成。

> [!warning] 测点3的GPS信号不稳，数据可能偏大约5米。

> [!cite] 高原研究所 年度简报
> 过去十年该冰川平均每年后退约35米。

这一结果并不代表冰川消融在加速，需要再测两年才能判断。

See also [[测点布设]] and [[去年记录]]
"""


def test_bear_note_keeps_warnings_and_claims_but_drops_marks():
    c = clean(BEAR, source="glacier.md")
    body = c.body
    assert "冰舌后退了42米" in body and "==" not in body
    # a warning callout of the writer's that carries a figure is text, without its type mark
    assert "测点3的GPS信号不稳，数据可能偏大约5米" in body and "[!warning]" not in body
    assert "平均每年后退约35米" in body and "高原研究所" in body and "[!cite]" not in body
    # a sentence saying "并不代表" about the topic is a claim, never a disclaimer
    assert "并不代表冰川消融在加速" in body
    assert "测点布设" not in body and "去年记录" not in body


NOTION = """# 社区食堂调研

Created: 2025年4月2日 10:15
Tags: 民生, 养老

<aside>
💡 区民政局称，首批12家社区食堂已覆盖约3万名老人，午餐每份补贴4元。

</aside>

我走访的三家食堂里，只有一家能做到收支平衡。

> 食堂的难处在于人手，不在补贴。
>
> ——某食堂负责人
"""


def test_notion_callout_box_is_the_writers_text_and_properties_are_metadata():
    c = clean(NOTION, source="canteen.md")
    body = c.body
    # Notion's callout (a bare <aside>) carries a claim: it stays, without its icon
    assert "首批12家社区食堂已覆盖约3万名老人，午餐每份补贴4元" in body and "💡" not in body
    assert "只有一家能做到收支平衡" in body and "食堂的难处在于人手" in body and "某食堂负责人" in body
    assert "Created" not in body and "Tags" not in body
    assert any(e.action == "metadata" and "Created" in e.before for e in c.audit)
