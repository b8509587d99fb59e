"""Stock codes and posting clients: a listed company's code names the company written before it
("$中国人寿(SH601628)$", "相关股票：中国平安SH601318", "腾讯控股（00700.HK）"), and is never an entry
itself; the device or app a post was sent from ("来自雪球iPhone客户端") is the post's furniture, no
name in the story."""

from __future__ import annotations

import re

from .namecandidate import Candidate

__all__ = ["TICKER", "ticker_candidates", "is_ticker", "client_only"]

#: A stock code as exchanges and forums print it.
_CODE = (r"(?:(?:SH|SZ|BJ|sh|sz|bj|HK|hk)\d{5,6}|\d{6}\.(?:SH|SZ|BJ|SS)|\d{4,5}\.HK|"
         r"(?:NYSE|NASDAQ|Nasdaq|纽交所|纳斯达克|港交所)\s*[:：]\s*[A-Z]{1,5}|\$[A-Z]{1,5}\$)")
TICKER = re.compile(rf"(?<![A-Za-z0-9]){_CODE}(?![A-Za-z0-9])")
#: A company and its code: "$中国人寿(SH601628)$", "中国平安SH601318", "腾讯控股（00700.HK）".
_NAMED = re.compile(r"(?:^|(?<=[\s：:·・、，,；;|｜\[【$“\"]))(?P<n>[\u4e00-\u9fff]{2,10}?|[A-Z][A-Za-z&.]{1,20})\s*"
                    rf"(?:[（(]\s*(?P<c1>{_CODE})\s*[）)]|(?P<c2>{_CODE}))")


def is_ticker(name: str) -> bool:
    """The name is a stock code only ("SH601628", "00700.HK")."""
    return TICKER.fullmatch(name.strip()) is not None


def ticker_candidates(text: str) -> list[Candidate]:
    """The companies the text names by their codes."""
    if not re.search(r"\d{4}|[:：]\s*[A-Z]", text):
        return []
    return [Candidate(m["n"], "org", "ticker") for m in _NAMED.finditer(text)]


#: A post's client stamp: "来自雪球iPhone客户端", "来自 Android", "发自我的iPhone".
_CLIENT = re.compile(r"(?:来自|发自|來自|發自)(?:我的)?\s*[^\s，。,；;：:]{0,12}?\s*(?:客户端|客戶端|App|APP|app|版)?(?=$|[\s·・|｜，。,])")


def client_only(name: str, corpus: str) -> bool:
    """Every occurrence of ``name`` stands inside a post's client stamp."""
    spans = [m.span() for m in _CLIENT.finditer(corpus) if name in m.group(0)]
    if not spans:
        return False
    at = [m.start() for m in re.finditer(re.escape(name), corpus)]
    return all(any(a <= i < b for a, b in spans) for i in at)
