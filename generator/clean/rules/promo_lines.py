"""Promotional and contact lines (扫码, 关注公众号, 联系…微信/ID, 请勿购买 …): removed."""

import re

NAME = "promo_lines"
_PROMO = re.compile(
    r"扫码|掃碼|二维码|二維碼|关注公众号|關注公眾號|长按识别|長按識別|点击阅读原文|點擊閱讀原文|"
    r"请勿购买|請勿購買|加微信|加V|微信号|微信號|"
    r"联系\S{0,8}[（(][A-Za-z0-9_]{4,}[）)]|聯繫\S{0,8}[（(][A-Za-z0-9_]{4,}[）)]"
)


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind == "line" and len(b.text) <= 120 and _PROMO.search(b.text):
                doc.remove(b, "promotional or contact line")
