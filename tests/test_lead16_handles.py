"""A social-media account's handle made of a place and a word ("涿州发布", "河北消防") is no person whose
family name the place would be: a later bare mention of the place is not the account.

Synthetic pages in three forms (a Weibo topic page pasted as text, a forum thread, a WeChat group export),
on topics unlike the corpora."""
from __future__ import annotations

from pathlib import Path


from tests.test_index16_structure import _build  # builds articles from raw texts in a tmp project

WEIBO = """#临江轮渡停航#

阅读1.2亿 讨论3.4万

临江发布 V
8-3 09:12 来自 微博 weibo.com
受大风影响，临江至东洲轮渡今日停航，恢复时间另行通知。转发 120  评论 56  赞 300

江边的猫
8-3 09:40 来自 iPhone客户端
临江的码头已经封了，临江发布说明天再看。@临江发布 转发 3  评论 1  赞 9
"""

FORUM = """南湖论坛 > 本地生活

【讨论】南湖交警发布的新限行规定

#1 南湖交警 2025-03-02 08:00
南湖主城区自3月10日起工作日早晚高峰单双号限行。

#2 老街口 2025-03-02 08:30
南湖这么小的城，限行有必要吗？回复@南湖交警 请问外地车怎么算。

#3 南湖交警 2025-03-02 09:00
外地车同样按尾号执行。
"""

CHAT = """群聊：西坡社区志愿者群

2025-06-01

西坡应急 09:00
今晚有强降雨，请各楼栋长检查地下室。

王阿姨 09:05
西坡去年也淹过，收到。

西坡应急 09:10
@王阿姨 请统计一下独居老人。
"""


def test_a_place_is_not_the_family_name_of_an_account(tmp_path):
    analysis = _build(tmp_path, {"000_weibo.txt": WEIBO, "001_forum.txt": FORUM, "002_chat.txt": CHAT})
    for e in analysis.entities:
        for place in ("临江", "南湖", "西坡"):
            assert place not in (e.aliases or ()), (e.name, e.aliases)
