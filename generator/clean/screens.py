"""What a page's screens and edges print around its text, read by shape (used by ``page_layout``).

- **A banner on every screenshot**: a line printed word for word three times or more, far apart, as a
  pair each time (an account's name over its certification line) or with a verification mark. The
  person the platform certified (``微博认证：… 咨询顾问X``) is the author, the account the outlet; an
  account's name alone is the author.
- **At the page's edges**: a number alone under the text (a document code), a prompt closed by its
  button after an arrow (``… ▶ 立即订阅``), a login prompt (``已是会员？登入``), where the piece was
  printed first (``本文刊载于《X》第N期``: X is the outlet).
- **A mail's headers**: the sender's display name (``From: 山城晚报 <…>``), an RFC 822 date, the subject.
"""

from __future__ import annotations

import re

__all__ = ["banners", "banner_meta", "edge_why", "mail_date", "SENDER", "SUBJECT"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_BANNER_MIN = 3
#: A platform's certification line naming the person behind an account, after their role
#: ("微博认证：职场博主 人力资源咨询顾问韦思远").
_CERTIFIED = re.compile(r"(?:认证|認證)\s*[:：].{0,30}?(?:顾问|顧問|博主|作者|律师|律師|医生|醫生|教授|老师|老師|研究员|研究員|"
                        r"分析师|分析師|记者|記者|编辑|編輯|主播|创始人|創始人|主理人|教练|教練|讲师|講師)\s*([\u4e00-\u9fff]{2,3})\s*$")
#: An account's name with its verification mark ("某某说职场 V").
_VERIFIED = re.compile(r"^(\S.{0,24}?)\s*(?:(?<=\s)[VvＶ]|[✓✔☑Ⓥ🅥])\s*$")


def banners(blocks) -> set[str]:
    """Lines printed word for word three times or more, far apart (eight raw lines at least): a
    screen's banner on every screenshot of a page, when it is two lines printed together each time
    (an account's name over its verification line) or a name with a verification mark. Never a
    sentence or a label alone (a table's repeated cells stand close together)."""
    where: dict[str, list[int]] = {}
    for b in blocks:
        t = b.text.strip()
        if b.kind == "line" and 2 <= len(_HAN.findall(t)) and len(t) <= 40 and not re.search(r"[。！？!?]", t) \
                and not t.endswith(("：", ":")):
            where.setdefault(t, []).append(b.line)
    far = {t for t, ls in where.items() if len(ls) >= _BANNER_MIN and all(b - a >= 8 for a, b in zip(ls, ls[1:]))}
    out = set()
    for a, b in zip(blocks, blocks[1:]):
        ta, tb = a.text.strip(), b.text.strip()
        if ta in far and tb in far and b.line == a.line + 1:
            out |= {ta, tb}
    return out | {t for t in far if _VERIFIED.match(t)}


#: A call to act after an arrow closing a line ("…首月只要99元 ▶ 立即訂閱"): a prompt's button.
_CALL = re.compile(r"[▶►→»＞>]\s*[\u4e00-\u9fffA-Za-z]{2,6}\s*$")
#: A login or sign-up prompt ("已是會員？登入", "还没有账号？注册").
_LOGIN = re.compile(r"^[^，。！]{0,10}[？?]?\s*(?:登入|登录|登錄|注册|註冊|立即登录|立即登入|立即登錄|登录/注册|登入/註冊)\s*[>›»]?\s*$")
#: Where the piece was printed first ("本文刊載於《X週刊》第1021期", "原载《X》2023年第5期").
_PRINTED = re.compile(r"^\s*[（(]?\s*(?:本文)?(?:原)?(?:刊载|刊載|原载|原載|首发|首發|发表|發表|刊登|转载自|轉載自)(?:于|於)?\s*"
                      r"《([^》]{2,20})》[^。！？]{0,20}[）)]?\s*$")


def banner_meta(doc, text: str) -> None:
    """What a banner says about who posted: the certified person (author) and the account (outlet)."""
    m = _VERIFIED.match(text)
    who = _CERTIFIED.search(text)
    if who and not doc.declared.get("author") and doc.meta.get("author") in (None, getattr(doc, "_account", None)):
        doc.meta["author"] = who.group(1)  # the person the platform certified behind the account
        if getattr(doc, "_account", None) and not doc.meta.get("outlet") and not doc.declared.get("outlet"):
            doc.meta["outlet"] = doc._account  # the account publishes, as an outlet does
    elif m and not doc.meta.get("author") and not doc.declared.get("author"):
        doc.meta["author"] = doc._account = m.group(1).strip()  # the account that posted


def edge_why(doc, text: str, under: bool):
    """(why, action) when ``text``, at the page's edge (``under``: below the text), is one of the
    module's edge lines; None otherwise."""
    if under and re.fullmatch(r"\d{5,12}", text):
        return "a number alone on a line under the text (the page's or the document's code)", "removed"
    if len(text) <= 80 and _CALL.search(text) and not re.search(r"[。！？]\s*$", text):
        return "a prompt closed by its button (subscribe, download …)", "removed"
    if _LOGIN.match(text):
        return "a login or sign-up prompt", "removed"
    m = _PRINTED.match(text)
    if m:
        if not doc.meta.get("outlet") and not doc.declared.get("outlet"):
            doc.meta["outlet"] = m.group(1)
        return "where the piece was printed first (its publication → outlet)", "metadata"
    return None


#: A mail header's subject label.
SUBJECT = re.compile(r"^(?:Subject|SUBJECT|主题|主題|邮件主题|郵件主題)$")
#: A mail header's date in RFC 822 form ("Date: Tue, 06 Feb 2024 07:00:00 +0800").
_RFC822 = re.compile(r"(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Z]{2,4}))?")


def mail_date(text: str) -> str | None:
    """The day an RFC 822 date names, in its own time zone."""
    from email.utils import parsedate_to_datetime
    m = _RFC822.search(text[:120])
    if not m:
        return None
    try:
        return parsedate_to_datetime(m.group(0)).date().isoformat()
    except (TypeError, ValueError):
        return None


#: A mail's sender with a display name ("From: 山城晚报 <news@…>", "发件人：山城晚报 <…>").
SENDER = re.compile(r"^\s*(?:From|FROM|发件人|發件人)\s*[:：]\s*[\"“]?([^<>\"“”@]{2,24}?)[\"”]?\s*<[^<>@\s]+@[^<>\s]+>\s*$")
