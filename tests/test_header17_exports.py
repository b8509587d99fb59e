"""A document exported from an online editor: the team field names the author, notices to the
whole group and the export footer leave, the last editor is credited. Forms unlike the corpora: a
birdwatching club's survey log as Markdown, a lab's shared notebook as plain text; a chat export's
@all message and a closing sentence that limits who may use something stay."""

from __future__ import annotations

from generator.clean import clean

SURVEY = """# 湿地观鸟协会 春季水鸟调查记录

**团队**：湿地观鸟协会调查组
**调查范围**：东湖北岸三个样点
**更新时间**：2024-04-21 20:10

> @全体成员 各样点负责人每天晚上九点前把计数填进下表，照片放到共享相册。

## 一、计数记录

4月20日在北岸一号样点记录到反嘴鹬326只，比去年同期多了将近一倍。二号样点的黑翅长脚鹬首次超过两百只。

4月21日上午起风，三号样点的计数只完成了一半，下午补数时鸟群已经转移到湖心。

@全体成员 下周六上午在协会活动室整理数据。

---

**协作者**：韩青、郑晓岚、卢一鸣
**最后修改**：郑晓岚 2024-04-21 20:10
本文档导出自在线协作文档 · 内部资料
"""

NOTEBOOK = """细胞培养室设备使用记录
编写单位：生物楼三层公共实验平台
记录周期：2024年3月

三月份二氧化碳培养箱共运行二十九天，其中三月十二日因传感器故障停机一天，已由厂家更换传感器。

超净工作台的紫外灯累计使用时间接近更换期限，平台已提交采购申请。

最后编辑：孔令宜 2024-04-01 09:30
Exported from 协作文档
"""

CHAT = """[2024-05-02 09:00] 刘队：@所有人 明天的徒步改到后天，山上有雷雨。
[2024-05-02 09:02] 小何：收到，那集合地点不变吧？
[2024-05-02 09:05] 刘队：不变，还是东门停车场。
"""

CLOSING = """社区图书室延长开放时间

从六月起，社区图书室每天开放到晚上九点，周末全天开放。新增的自习区共有二十个座位。

图书室工作人员说，延长时间后需要更多志愿者值班，欢迎居民报名。

自习区仅限持证读者使用
"""


def test_an_online_log_export_names_its_team_and_drops_notices_and_footer():
    out = clean(SURVEY, source="000_survey.md")
    assert out.meta["author"] == "湿地观鸟协会调查组"
    assert "最后修改：郑晓岚" in out.meta.get("editors", [])
    for gone in ("@全体成员", "导出", "内部资料", "协作者"):
        assert gone not in out.body, gone
    assert "反嘴鹬326只" in out.body and "下午补数时鸟群已经转移到湖心。" in out.body
    # the card of fields stays, one field a paragraph (not run together)
    assert any(p.startswith("团队：湿地观鸟协会调查组") and "调查范围" not in p for p in out.body.split("\n\n"))


def test_a_plain_text_notebook_export():
    out = clean(NOTEBOOK, source="001_notebook.txt")
    assert out.meta.get("author") == "生物楼三层公共实验平台"
    assert "Exported" not in out.body and "孔令宜" not in out.body
    assert "最后编辑：孔令宜" in out.meta.get("editors", [])
    assert "平台已提交采购申请。" in out.body


def test_a_chat_message_to_all_and_a_closing_limit_stay():
    out = clean(CHAT, source="002_chat.txt")
    assert "明天的徒步改到后天" in out.body
    out = clean(CLOSING, source="003_closing.txt")
    assert "自习区仅限持证读者使用" in out.body
