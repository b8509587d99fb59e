"""An event is no body: a competition, a fair, a festival or a meeting is named by its head word
("男篮世界杯", "全国运动会", "进口博览会", "冰雪节", "发布会"), and a name that ends on one is what
happens, not who acts. (An organiser's own name keeps its body's head: "…博览局", "…组委会".)"""

from __future__ import annotations

import re

__all__ = ["is_event"]

#: The head words of events: competitions (…杯, …赛), games, fairs and shows, festivals, meetings
#: held (峰会, 发布会, 年会). Not 大会 or 论坛, which also name standing bodies
#: ("全国人民代表大会", "博鳌亚洲论坛").
_EVENT_END = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]杯|杯赛|锦标赛|联赛|大奖赛|公开赛|邀请赛|选拔赛|比赛|竞赛|大赛|"
                        r"运动会|奥运会|亚运会|全运会|冬奥会|残奥会|世博会|博览会|展览会|交易会|展销会|"
                        r"峰会|发布会|年会|音乐节|电影节|艺术节|文化节|旅游节|啤酒节|冰雪节|购物节|马拉松)$")


def is_event(name: str) -> bool:
    """``name`` ends on the head word of an event (see above)."""
    return len(name) >= 3 and _EVENT_END.search(name) is not None
