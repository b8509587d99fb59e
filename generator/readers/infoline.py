"""Two lines of a saved page the extractor leaves out and a reader still needs.

- **An info line with credits** (:func:`plain_info`): an info line that credits several people
  (``作者：森田佳奈（Kana Morita）东京报道　译者：周静怡　编辑：马骁``) is read as the page's author
  and date once the parts that are not the author's name are set aside: a name in Latin letters in
  brackets after the Chinese one, the place the writer reports from (``东京报道``), and the other
  credits (translator, editor, photographer), which stay in the audit with the line. The page's
  metadata then has the author instead of losing the line.
- **A paywall notice** (:func:`paywall`): a notice after the article's text saying that the rest of it
  is for subscribers (``本文剩余约60%内容仅限订阅用户阅读``). The notice itself is page furniture and
  leaves, but the reader must know the article is cut short: the editor gets a warning (a value on the
  article, shown with it), never a line of the notice in the text.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc

__all__ = ["plain_info", "paywall"]

_LATIN_NAME = re.compile(r"[（(]\s*[A-Za-z][A-Za-z .'\-]{1,40}[)）]")
_REPORTS_FROM = re.compile(r"(?<=[\s\u3000])[\u4e00-\u9fff]{2,4}(?:报道|報導|报导|電|电)(?=[\s\u3000|｜]|$)")
_OTHER_CREDIT = re.compile(r"[\s\u3000|｜]*(?:译者|譯者|翻译|翻譯|编译|編譯|摄影|攝影|校对|校對|审校|審校|编辑|編輯|"
                           r"责编|責編|责任编辑|責任編輯|实习生|實習生)\s*[:：]\s*[^\s\u3000|｜]{1,16}")


def plain_info(text: str) -> str:
    """The info line with only date, outlet and author fields left ('' when nothing was set aside)."""
    if len(text) > 200:
        return ""
    t = _OTHER_CREDIT.sub(" ", _REPORTS_FROM.sub(" ", _LATIN_NAME.sub(" ", text)))
    t = re.sub(r"[\s\u3000]+", " ", t).strip()
    return t if t != text.strip() else ""


_PAYWALL = re.compile(r"(?:订阅|訂閱|付费|付費|会员|會員|登录|登錄|subscri)[^。！？]{0,16}(?:阅读全文|閱讀全文|查看全文|解锁全文|解鎖全文|"
                      r"继续阅读|繼續閱讀|阅读|閱讀|read)|(?:剩余|剩餘|余下|餘下|其余|其餘)[^。！？]{0,12}(?:内容|內容|全文)"
                      r"[^。！？]{0,10}(?:仅限|僅限|需|须|須)|continue reading|subscribers? only", re.I)


def paywall(blocks: list[Chunk], inventory: list[Chunk], used: set[int], doc: Doc) -> list[Chunk]:
    """Warn when a paywall notice follows the article's last text: left out by the extractor, or kept
    as the last block (then it leaves, recorded)."""
    def warn(b: Chunk) -> None:
        doc.flag(b.line, b.text[:60], "The page shows only part of the article: the rest is behind a "
                 "paywall (\u201c" + b.text.strip()[:40] + "\u201d). The text here is incomplete.")

    for k in range(len(blocks) - 1, max(-1, len(blocks) - 3), -1):
        b = blocks[k]
        if b.kind == "line" and len(b.text) <= 80 and _PAYWALL.search(b.text) and k > 0 \
                and not re.search(r"[。！？!?]\s*$", b.text):  # a sentence about subscriptions is text
            doc.record(b.line, b.text, "", "removed", "a paywall notice after the article's text (the "
                       "article is cut short: warned)")
            warn(b)
            return blocks[:k] + blocks[k + 1:]
    if not used:
        return blocks
    last = max(used)
    for i in range(last + 1, min(len(inventory), last + 4)):
        b = inventory[i]
        if i not in used and b.kind == "line" and len(b.text) <= 80 and _PAYWALL.search(b.text):
            warn(b)
            break
    return blocks
