"""A group's standing notice signed by its issuer is the issuer's words, never the group's claim, and
never lost; an unsigned one leaves as the group's chrome (clean.rules.form_chrome)."""

from generator.clean import clean


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


WECHAT = """羽毛球俱乐部群 聊天记录

【群公告】本周六场地改到体育中心三号馆，费用每人二十元。——群主 周教练

2025-03-04 20:01 周教练：大家看一下公告，周六下午两点开始。
2025-03-04 20:03 小林：三号馆的空调修好了吗？上次太热了。
2025-03-04 20:05 阿梅：我周六要加班，这周请假。
2025-03-04 20:07 周教练：空调上周已经修好，放心来。
"""

LINE = """[LINE] 與「三年二班家長群」的聊天記錄

【群公告】下週三校外教學改到科學館，請家長在週一前繳回同意書。（發佈人：陳老師）

2025/04/07 週一
19:02 王媽媽 請問同意書可以拍照上傳嗎？
19:05 陳老師 可以，拍照上傳到班級相簿即可。
19:10 林爸爸 好的，謝謝老師。
19:12 王媽媽 收到，謝謝。
"""

QQ = """读书会QQ群 消息记录

【置顶】四月共读书目定为《乡土中国》，每周日晚八点线上讨论。—— 管理员阿强

2025-04-01 21:00:12 阿强：书已经上传到群文件了。
2025-04-01 21:03:40 小雨：第一周读到哪一章？
2025-04-01 21:05:02 阿强：先读前四章。
2025-04-01 21:06:18 小雨：好的。
"""

UNSIGNED = """种菜群 聊天记录

【群公告】本群只讨论阳台种菜，禁止发广告、禁止拉人头

2025-02-27 08:01 老陈：今年番茄苗出得早。
2025-02-27 08:03 小林：我的辣椒还没发芽。
2025-02-27 08:05 老陈：温度不够，放暖气边上。
"""


def test_signed_notice_is_the_issuers():
    for text, who, words in ((WECHAT, "周教练", "本周六场地改到体育中心三号馆"),
                             (LINE, "陳老師", "下週三校外教學改到科學館"),
                             (QQ, "阿强", "四月共读书目定为《乡土中国》")):
        paras = _paras(clean(text, source="chat.txt").body)
        notice = next(p for p in paras if words in p)
        assert notice.startswith(f"{who}：{words}"), notice
        assert "群公告" not in notice and "置顶" not in notice and "——" not in notice


def test_unsigned_notice_leaves():
    assert "阳台种菜" not in clean(UNSIGNED, source="chat.txt").body
