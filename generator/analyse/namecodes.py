"""Stock codes and posting clients: a listed company's code names the company written before it
("$中国人寿(SH601628)$", "相关股票：中国平安SH601318", "腾讯控股（00700.HK）"), and is never an entry
itself; the device or app a post was sent from ("来自雪球iPhone客户端") is the post's furniture, no
name in the story."""

from __future__ import annotations

import re

from .namecandidate import Candidate

__all__ = ["TICKER", "ticker_candidates", "is_ticker", "client_only", "client_stamps", "class_list_candidates", "EPISODE"]

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


def client_only(name: str, corpus: str, stamps: list[str] | None = None) -> bool:
    """Every occurrence of ``name`` stands inside a post's client stamp (``stamps``: the corpus's
    client stamps, read once with ``client_stamps``)."""
    stamps = client_stamps(corpus) if stamps is None else stamps
    inside = sum(s.count(name) for s in stamps)
    return inside > 0 and inside == corpus.count(name)


def client_stamps(corpus: str) -> list[str]:
    """The client stamps of a corpus ("来自雪球iPhone客户端"), one pass."""
    return [m.group(0) for m in _CLIENT.finditer(corpus)] if ("来自" in corpus or "发自" in corpus or "來自" in corpus
                                                              or "發自" in corpus) else []


#: A list of names closed by the kind of body they are: "第一财经、财新等财经媒体", "协和、同仁等医院".
_CLASS_LIST = re.compile(r"(?P<items>[\u4e00-\u9fffA-Za-z]{2,10}(?:、[\u4e00-\u9fffA-Za-z]{2,10}){1,8})\s*等\s*"
                         r"(?:[\u4e00-\u9fff]{0,4}?)(?:媒体|机构|公司|企业|银行|券商|平台|高校|大学|医院|通讯社|外媒|网站|电视台|报社)"
                         r"(?![\u4e00-\u9fff]{0,1}(?:人|员|者|家|们))")


def class_list_candidates(text: str) -> list[Candidate]:
    """The bodies a list names when the words after its 等 say what kind of body each item is;
    an item that is a description ("大型", "国有", "多家") names none, and then the list is not read."""
    if "等" not in text or "、" not in text:
        return []
    from .namewords import _cut, is_generic, word_tag

    out = []
    for m in _CLASS_LIST.finditer(text):
        items = m["items"].split("、")
        start = m.start("items")
        head = text[max(0, start - 1):start]
        if head and re.match(r"[\u4e00-\u9fff]", head):
            continue  # the list's first item runs on into the words before it: its start is unknown
        if any(is_generic(i) or re.match(r"[各多几某这那该其每本]|部分|一些", i)
               or word_tag(i).startswith(("a", "b", "d", "v", "m", "r", "p", "c", "q", "f", "t", "ns"))
               or any(word_tag(t).startswith(("v", "r", "p", "d", "c", "u")) and not word_tag(t).startswith("vn")
                      for t in _cut(i))
               for i in items):
            continue
        out += [Candidate(i, "org", "enumeration") for i in items]
    return out


#: A programme's episode after its name ("拐点电台 · EP.87", "某某讲堂 第12期").
EPISODE = re.compile(r"\s*[·・|｜:：\-—]?\s*(?:EP|Ep|ep|Vol|VOL|vol)\s*\.?\s*\d{1,4}\s*$|\s*第\s*\d{1,4}\s*[期集]\s*$")
