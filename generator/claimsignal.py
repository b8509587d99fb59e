"""What makes a text carry news, read the same on any form: the claim signal of a prose sentence.

Shared by the cleaner's safety net (:mod:`generator.clean.safetynet`, :mod:`generator.readers.pagenet`)
and the analysis's relevance filter (:mod:`generator.analyse.relevance`), so both floors judge
"this carries a claim" alike. A prose sentence carries a claim when it holds a figure with its
unit, a verb of saying or judging after its subject, a date in a sentence about an event, or is
long and ends in 。！？; a sentence in a known furniture pattern (the page speaking about itself:
rights, credits, calls to follow or share, ad labels, related-link heads) never does. Wording of
a page about itself only, never a topic's words. Linear: every pattern is bounded or starts once
per run.

Why its verbs of saying and its furniture wording are its own, not the analysis's (``analyse.speakers``'s
reporting verbs, ``analyse.speakerverbs``, ``analyse.text``'s sentence furniture) nor the cleaner's rules:
- the floors: the cleaner imports this module, and the cleaner's signature covers what it imports
  (``articlesync.cleaner_signature``); taking the lists from ``analyse`` would put the analysis under the
  cleaner (an edit to a speaker verb would regenerate every article);
- the script: both callers read the original text (``relevance`` passes ``sentence.original``), so each
  verb and furniture word is given in both scripts (認為/认为, 轉載/转载); the analysis's reporting verbs
  read the simplified copy only;
- the question: here a verb counts only before what is said (a pause, a colon, a quote), to say "this
  sentence reports a claim", whoever holds it; ``speakers`` asks who holds it (its verbs carry exclusions
  for 说明, 不同意见 and the like, ``speakerverbs`` only which verbs also take a noun object). The
  analysis's furniture is a sentence's media and credits (links, file names, 责任编辑), not rights, calls to
  share and ad labels; the cleaner's rules read a line's or a block's shape, not a sentence's wording.
Measured (health19): swapping in ``speakers``' verbs changes the signal of 117 of the 8,096 source
sentences of the thirteen development corpora, ``analyse.text``'s furniture 27: the output would not stay
the same.
"""

from __future__ import annotations

import re

__all__ = ["claim_signal", "furniture_sentence", "holds_passage", "prose_chars", "han_count", "PROSE", "RUN",
           "LONG", "PASSAGE_SENTENCES", "PASSAGE_HAN"]

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def han_count(s: str) -> int:
    """Number of Han ideographs in ``s``."""
    return len(_HAN.findall(s))


#: A sentence at least this long (Han characters), ending in 。！？, carries a claim on its own.
LONG = 40
#: A sentence shorter than this (Han characters) is no prose (a label, a button, a stamp).
PROSE = 8
#: A run without a sentence's end is prose from this length on (an unpunctuated transcript line);
#: shorter, it is a headline, a link or a label.
RUN = 25

_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*)?")
_FINAL = re.compile(r"[。！？!?][”’」』）)]*$")
# A figure with its unit: the run of digits starts where no digit stands before it (one try per run).
_FIGURE = re.compile(
    r"(?<![\d.,，])\d[\d,，.]{0,15}\s?(?:万|亿|千)?(?:%|％|‰|人次|人|名|位|户|家|所|个|项|条|起|例|宗|件|次|台|辆|架|艘"
    r"|吨|公斤|千克|斤|毫克|毫升|升|兆帕|千帕|分贝|公里|千米|米|厘米|毫米|mm|km|平方米|平米|亩|公顷|小时|分钟|秒|天|周|个月|個月|岁|歲|倍|度|℃"
    r"|元|块|塊|美元|港元|港幣|港币|日元|欧元|歐元|英镑|萬|億|GB|TB|MW|kW|千瓦|立方米|方)")
# A verb of saying or judging, followed by what was said (a comma, colon or quote).
_SAYING = re.compile(
    r"(?:表示|指出|认为|認為|强调|強調|介绍|介紹|透露|回应|回應|答复|答覆|回复|回覆|坦言|通报|通報|宣布|宣佈|证实|證實"
    r"|否认|否認|呼吁|呼籲|批评|批評|质疑|質疑|承认|承認|称|稱|说|說|提到|告诉|告訴|解释|解釋|建议|建議|警告|预计|預計"
    r"|估计|估計|坦承|直言|分析)(?:道|说|說)?(?:[，,：:]|\s?[“「\"])")
_DATE = re.compile(r"\d{1,2}月\d{1,2}[日号號]|\d{4}年\d{1,2}月|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号號]"
                   r"|(?:昨|今|前)[天日](?:[上下]午|晚|凌晨)?")
# Wording of a page about itself, whatever its topic: rights, credits, calls to act on the page.
_FURNITURE = re.compile(
    r"版权|版權|著作权|著作權|©|[Cc]opyright|[Aa]ll [Rr]ights|未经.{0,8}(?:授权|许可|同意)|未經.{0,8}(?:授權|許可|同意)"
    r"|转载|轉載|免责|免責|责任编辑|責任編輯|责编|扫码|掃碼|二维码|二維碼|长按|長按|关注我们|關注我們|关注公众号|關注公眾號"
    r"|点击|點擊|点赞|點讚|分享到|下载.{0,4}(?:APP|App|app|客户端)|订阅|訂閱|登录|登錄|ICP|备案|備案"
    r"|联系我们|聯繫我們|投稿|[Cc]ookie|隐私政策|隱私政策|用户协议|用戶協議|本文(?:仅代表|僅代表|来源|來源|来自|來自|转自|轉自)"
    r"|不代表本|侵权|侵權|抽奖|抽獎|优惠券|優惠券|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关推荐|相關推薦|推荐阅读|推薦閱讀"
    r"|[【\[■(（]\s?(?:广告|廣告|推广|推廣|赞助|贊助)\s?[】\]■)）]|^(?:广告|廣告|推广|推廣)[：:]"
    r"|立即(?:预约|預約|申请|申請|购买|購買|下载|下載|报名|報名|查看)|赞助播出|贊助播出|转发给|轉發給|分享给|分享給"
    r"|相关问题|相關問題|编辑推介|編輯推介|相关新闻|相關新聞|可能感兴趣|可能感興趣|猜你喜欢|猜你喜歡"
    r"|本报告仅供|本報告僅供|不作任何保证|不作任何保證|^\s?(?:广告|廣告)")


def furniture_sentence(sentence: str) -> bool:
    """True for a sentence in a known furniture pattern (the page speaking about itself)."""
    return _FURNITURE.search(sentence) is not None


def _signal_of(sentence: str) -> str:
    han = han_count(sentence)
    final = _FINAL.search(sentence) is not None
    if han < PROSE or (not final and han < RUN) or furniture_sentence(sentence):
        return ""
    if _FIGURE.search(sentence):
        return "a figure with its unit"
    m = _SAYING.search(sentence)
    if m and m.start() >= 2 and han_count(sentence[:m.start()]) >= 2:
        return "a verb of saying or judging after its subject"
    if final and _DATE.search(sentence) and han >= 15:
        return "a date in a sentence about an event"
    if final and han >= LONG:
        return "a long sentence"
    return ""


def claim_signal(text: str) -> str:
    """What makes ``text`` carry a claim (``""`` when nothing does): the first of its prose
    sentences with a figure and unit, a verb of saying after its subject, a dated event or a long
    sentence ending in 。！？, furniture patterns left out."""
    for m in _SENTENCE.finditer(text):
        why = _signal_of(m.group(0))
        if why:
            return why
    return ""


#: A passage: at least this many prose sentences …
PASSAGE_SENTENCES = 2
#: … of this many Han characters together, one of them carrying a claim.
PASSAGE_HAN = 50


def holds_passage(text: str) -> bool:
    """True when ``text`` is a passage that carries news: :data:`PASSAGE_SENTENCES` prose sentences
    or more (:data:`PASSAGE_HAN` Han characters together), one with a claim signal, and fewer than half as many in a
    known furniture pattern (an ad read, a legal notice, a call to share is furniture as a whole).
    Only such a block is kept against a rule that removes by place; a single sentence is flagged."""
    sentences, han, signal, furniture = 0, 0, False, 0
    for m in _SENTENCE.finditer(text):
        s = m.group(0)
        h = han_count(s)
        if h < PROSE:
            continue
        if furniture_sentence(s):
            furniture += 1
        elif h >= RUN or _FINAL.search(s):
            sentences += 1
            han += h
            signal = signal or bool(_signal_of(s))
    # a block whose sentences are a third furniture or more is the page talking about itself (an ad
    # read, a legal notice); news with a sign-off appended ("……。请点赞、转发。") is news
    return signal and sentences >= PASSAGE_SENTENCES and han >= PASSAGE_HAN and furniture * 2 < sentences


def prose_chars(text: str) -> int:
    """Han characters of the prose sentences of ``text`` (sentences of :data:`PROSE` characters or
    more that end in 。！？ or run :data:`RUN` characters, furniture patterns left out)."""
    n = 0
    for m in _SENTENCE.finditer(text):
        s = m.group(0)
        h = han_count(s)
        if h >= PROSE and (h >= RUN or _FINAL.search(s)) and not furniture_sentence(s):
            n += h
    return n
