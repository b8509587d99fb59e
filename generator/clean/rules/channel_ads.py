"""A channel's or a group's own ads among its posts (a Telegram channel's export, a WeChat group's
log, a forum's sponsored floor): no content, each removed post and line recorded.

The phenomenon: a channel that posts news also sells its paid group or its events, in posts of
their own (``📢加入X VIP群組：每日盤前策略…首月優惠價HK$188！立即私訊@X``, ``名額有限，立即私訊@X報名``),
and a post may end on a link labelled only with a generic word (``報告原文``, ``阅读全文``).

- **An ad**: a paragraph that says two things at least of a paid offer: join a paid group or
  membership (加入…VIP/會員/付費群), a price or an offer (優惠價, 首月, 限時, HK$188), a call to message
  or sign up (私訊, 私信, 報名, 立即), scarcity (名額有限), a bot's or an invitation's link. A post
  whose every paragraph is an ad (or a link under one) leaves with its heading; an ad paragraph in
  a post of news leaves alone. News that reports an offer ("某公司推出首月优惠价…", one signal) stays.
- **A generic link label** (``報告原文``, ``原文链接``, ``阅读全文``, ``詳情``) standing alone as a paragraph
  leaves; its target is kept in the audit.
"""

from __future__ import annotations

import re

from ...model import POST_HEADING

NAME = "channel_ads"

_SIGNALS = (
    re.compile(r"(?:加入|加入我們的|加入我们的|入)[^，。！？]{0,16}(?:VIP|vip|會員|会员|付費|付费|收費|收费|私密|專屬|专属)[^，。！？]{0,4}(?:群組|群组|群|頻道|频道|社群|圈)|"
               r"(?:VIP|vip|會員|会员|付費|付费)(?:群組|群组|群|頻道|频道|社群)"),
    re.compile(r"優惠價|优惠价|優惠|优惠|首月|限時|限时|特價|特价|折扣|早鳥|早鸟|(?:HK|US|NT|RMB)?\$\s?\d|\d+\s*(?:元|港元|蚊)\s*/\s*(?:月|年)"),
    re.compile(r"私訊|私讯|私信|私聊|私我|(?<![A-Za-z])DM(?![A-Za-z])|報名|报名|立即(?:加入|訂閱|订阅|購買|购买|私)|掃碼|扫码|點擊加入|点击加入"),
    re.compile(r"名額有限|名额有限|先到先得|額滿即止|额满即止|僅限|仅限"),
    re.compile(r"t\.me/\S*(?:bot|joinchat|\+)|_bot\b|@\w*(?:VIP|vip|Bot|bot)\w*"),
)
_LINK_ONLY = re.compile(r"^\s*(?:https?://|t\.me/)\S+\s*$")
_GENERIC = re.compile(r"^\s*(?:報告原文|报告原文|原文|原文連結|原文链接|原文連結|全文|閱讀全文|阅读全文|閱讀原文|阅读原文|詳情|详情|更多|"
                      r"點此|点此|點擊這裡|点击这里|連結|链接|Link|Read more|Source)\s*[:：>»]*\s*$", re.I)


def is_ad(text: str) -> bool:
    """A paragraph that says two things of a paid offer at least (see the module)."""
    return len(text) <= 240 and sum(1 for s in _SIGNALS if s.search(text)) >= 2


def apply(doc):
    bl = doc.blocks
    posts = [i for i, b in enumerate(bl) if b.kind == "h" and POST_HEADING.match(b.text)]
    gone: dict[int, str] = {}
    for n, i in enumerate(posts):
        end = next((k for k in range(i + 1, len(bl)) if bl[k].kind == "h"), len(bl))
        body = [k for k in range(i + 1, end) if bl[k].text.strip()]
        ads = [k for k in body if bl[k].kind in ("line", "p") and is_ad(bl[k].text)]
        if ads and all(k in ads or (_LINK_ONLY.match(bl[k].text) or bl[k].link_only) for k in body):
            gone[i] = "a channel's own ad: the post's heading (the whole post is the ad)"
            for k in body:
                gone[k] = "a channel's own ad (a paid group, an offer, a call to sign up)" if k in ads else \
                    "the link under a channel's own ad"
        else:
            for k in ads:
                gone[k] = "a channel's own ad inside a post (a paid group, an offer, a call to sign up)"
    for k, b in enumerate(bl):
        if k not in gone and b.kind in ("line", "p") and (b.link_only or b.links) and _GENERIC.match(b.text):
            gone[k] = "a link's generic label alone (" + (b.links[0] if b.links else "no address") + ")"
    if gone:
        with doc.batch():
            for k in sorted(gone):
                doc.remove(bl[k], gone[k], separates=True)
