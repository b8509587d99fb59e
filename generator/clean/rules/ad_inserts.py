"""An advertisement the page layout (or the OCR) spliced into the text: removed, the text rejoined.

A printed page sets small ads beside or inside a column; the OCR reads them in the middle of the
column's text, often between two halves of a word ("…用於收購、冷⏎北海道直送 秋鮭季 限時8折⏎
訂購專線 0800-321-678 www.x.com.tw⏎凍保存…"). Such an insert is a run of one to four short lines
with no clause punctuation, each carrying an ad's marks: a phone number (a toll-free prefix, or a
number after 專線/热线/订购/TEL …), a web address, sale words (限時, 8折, 優惠, 特价, 直送, 免運 …).

- **Inside a sentence** (the line before it does not end a sentence and text follows): two kinds
  of marks among phone, web address and sale words are enough. The lines are removed and
  ``join_lines`` joins the sentence's halves ("冷凍").
- **Between paragraphs**: all three kinds are needed (a sentence naming a hotline is text).

A sentence that gives a phone number or a site keeps its clause punctuation, so it is never taken.

- **A line the page labels an ad** (any form, a newsletter, an app page, a mail): a short line
  (at most 60 characters, ending no sentence) opening on the label 广告/推广/赞助/AD/Sponsored with a separator after it
  ("广告｜秋季大促 满300减50 点击领券 >>", "【推广】…", "Sponsored: …", "▲ 广告　开户送…", "—— 广告 —— …");
  the page says what it is. A line opening on the word in a sentence ("广告投放收入同比增长…") has no
  separator after it and stays.

- **A page of advertisement** (a magazine's full-page ad, converted with the text): a block of three
  to twenty lines set apart by blank lines that gives a phone or a web address and two more of an
  ad's or a regulated product's marks: a regulator's or an ad's code (``稽核編號：…``, ``广告审查批准文号``),
  the legal wording of a financial or insurance product (``本商品…``, ``投資一定有風險``, ``保險單條款``),
  a bullet list of selling points (``・保證領取至105歲``), a call to ask or buy (``免費諮詢``, ``線上投保``).
  The whole block leaves.

Every removed line is in the audit with its raw line.
"""

import re

from ..text import ends_sentence

NAME = "ad_inserts"
_LONGEST = 60
_RUN = 4
_CLAUSE = re.compile(r"[，。；！？、「」“”‘’（）,;!?]")
_PHONE = re.compile(r"(?<![\d-])(?:0800|0809|400|800|1800)[-\s]?\d{3}[-\s]?\d{3,4}(?!\d)"
                    r"|(?:TEL|Tel|tel|電話|电话|專線|专线|熱線|热线|訂購|订购|訂餐|订餐|訂位|订位|洽詢|洽询|客服|服務|服务)"
                    r"\s*[:：]?\s*\(?\+?\d[\d\-\s()]{6,14}\d")
_WEB = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./_-]+|[A-Za-z0-9-]+\.(?:com|net|org|shop|store)(?:\.[a-z]{2})?(?![A-Za-z])")
_SALE = re.compile(r"限時|限时|限量|(?<![\d.])\d{1,2}(?:\.\d)?\s*折|[一二三四五六七八九]折|優惠|优惠|特價|特价|促銷|促销|直送|"
                   r"搶購|抢购|免運|免运|包邮|包郵|團購|团购|下單|下单|預購|预购|原價|原价|折扣|買一送一|买一送一|"
                   r"元起|熱賣|热卖|秒殺|秒杀|訂購|订购|開賣|开卖|滿額|满额|贈品|赠品")


def _marks(text: str) -> set[str] | None:
    """The kinds of ad marks of a line that could be an ad's (None: it cannot be)."""
    t = text.strip()
    if not t or len(t) > _LONGEST or _CLAUSE.search(t):
        return None
    kinds = {k for k, rx in (("phone", _PHONE), ("web", _WEB), ("sale", _SALE)) if rx.search(t)}
    return kinds or None


_LABELLED = re.compile(r"^[\s*_【\[（(▲△▼■●◆—–\-=~]*(?:广告|廣告|推广|推廣|赞助|贊助|商业推广|商業推廣|AD|Ad|Sponsored|SPONSORED|Advertisement)"
                       r"\s*(?:[】\]）)][\s*_]*|[\s*_]*[｜|丨:：·•]|\u3000+| {2,}|\s*[—–\-=~]{2,})(?=\s*\S)")


def _labelled(doc) -> None:
    with doc.batch():
        for b in doc.blocks:
            if b.kind in ("line", "p") and len(b.text.strip()) <= 60 and _LABELLED.match(b.text) \
                    and not ends_sentence(b.text.strip().strip("*_")):
                doc.remove(b, "a line the page labels an advertisement (广告｜…)", separates=True)


_CODE = re.compile(r"(?:稽核|審核|审核|核准|備案|备案|廣告|广告|審查|审查)(?:編號|编号|字號|字号|文號|文号|批准文号|批准文號)\s*[:：]?\s*\S"
                   r"|(?:Ad|AD)\s*(?:code|Code|No\.?)\s*[:：]?\s*\S")
_LEGAL = re.compile(r"本(?:商品|產品|产品|基金|保險|保险)|投資一定有風險|投资有风险|理財有風險|理财有风险|保險單條款|保险单条款|"
                    r"詳加閱讀|详加阅读|過往績效|过往业绩|不保證|不保证|精算|保費|保费|年金保險|年金保险|謹慎投資|谨慎投资")
_CALL = re.compile(r"免費諮詢|免费咨询|諮詢專線|咨询热线|線上投保|线上投保|立即(?:申辦|申办|購買|购买|預約|预约)|洽詢|洽询|"
                   r"歡迎來電|欢迎来电|掃碼|扫码")
_BULLET = re.compile(r"^\s*[・•●◆■✓✔]\s*\S")
_AD_LINES = (3, 20)


def _ad_blocks(doc) -> None:
    """Blocks of lines set apart by blank lines that read as a page of advertisement."""
    bl = doc.blocks
    starts = [i for i, b in enumerate(bl) if i == 0 or b.gap > 0] + [len(bl)]
    with doc.batch():
        for a, z in zip(starts, starts[1:]):
            run = bl[a:z]
            if not (_AD_LINES[0] <= len(run) <= _AD_LINES[1]) or any(b.kind != "line" for b in run):
                continue
            text = "\n".join(b.text for b in run)
            if not (_PHONE.search(text) or _WEB.search(text)):
                continue
            kinds = sum(bool(rx.search(text)) for rx in (_CODE, _LEGAL, _CALL)) + \
                (sum(bool(_BULLET.match(b.text)) for b in run) >= 2)
            if kinds >= 2:
                for b in run:
                    doc.remove(b, "a page of advertisement (phone or web address, an ad's code, a product's legal "
                               "wording, selling points)", separates=True)


def apply(doc):
    _labelled(doc)
    _ad_blocks(doc)
    bl = doc.blocks
    runs = []
    i = 0
    while i < len(bl):
        if bl[i].kind != "line" or _marks(bl[i].text) is None:
            i += 1
            continue
        j, kinds = i, set()
        while j < len(bl) and j - i < _RUN and bl[j].kind == "line" and (m := _marks(bl[j].text)) is not None:
            kinds |= m
            j += 1
        before = bl[i - 1] if i > 0 else None
        after = bl[j] if j < len(bl) else None
        inside = before is not None and before.kind == "line" and not ends_sentence(before.text) \
            and after is not None and after.kind == "line"
        if (inside and len(kinds) >= 2) or len(kinds) == 3:
            runs.append((bl[i:j], inside))
        i = j
    with doc.batch():
        for run, inside in runs:
            for b in run:
                doc.remove(b, "advertisement printed inside a sentence (phone, web address, sale words); the "
                           "sentence's halves are joined" if inside else
                           "advertisement printed between paragraphs (phone, web address and sale words)")
