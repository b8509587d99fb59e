"""Promotional, contact and sign-off lines of reposts and account pages: removed.

* contact and promotion anywhere (扫码, 关注公众号, 联系…微信/ID …; a warning not to buy is the writer's own text);
* an account's sign-off lines, when short (≤ 50 characters): follow/like calls (点击关注, 点个「在看」,
  欢迎订阅「X」; read also with the spaces and bold marks around its words taken out: 请点 **赞** 和 **在看**),
  repost disclaimers (版权归原作者所有, 如有侵权请联系删除, 本文仅代表作者个人观点, 不构成投资建议,
  转载请注明出处), end marks on a line of their own (—END—, （完）);
* a reading list: its head (往期推荐, 相关阅读, 延伸閱讀, 相关帖子, 标题导航 …, bare, in brackets or between
  slashes: ``/ 往期推荐 /``; with its one title on the line, quoted too: ``> 延伸閱讀：…``) and the short title
  lines after it, when it closes the article (only a sign-off or the printed page's running foot
  and page number after it) or when two or more of its titles carry a list mark (▶, ・, -, 1.), as a
  related box between paragraphs does;
* an end mark closing the last paragraph ("…举行。（完）") is cut from it.
"""

import re

from . import comments

NAME = "promo_lines"
_PROMO = re.compile(
    r"扫码|掃碼|扫一扫|掃一掃|二维码|二維碼|关注公众号|關注公眾號|长按识别|長按識別|点击阅读原文|點擊閱讀原文|"
    r"加微信|加V|微信号|微信號|"
    r"联系\S{0,8}[（(][A-Za-z0-9_]{4,}[）)]|聯繫\S{0,8}[（(][A-Za-z0-9_]{4,}[）)]"
)
#: An account's sign-off: only on a short line (a sentence reporting such a notice is longer).
_SIGN_OFF = re.compile(
    r"点击关注|點擊關注|关注我们|關注我們|[点點][个個]?\s*[「“\"]?在看|[点點]赞.{0,6}在看|[点點]讚.{0,6}在看|"
    r"(?:分享|转发|轉發).{0,4}(?:点赞|點贊|點讚)|(?:喜欢|喜歡)就[点點]|侵删|侵刪|如有侵权|如有侵權|"
    r"版权归原作者|版權歸原作者|版权归原作者所有|不代表本(?:站|平台|号|號|报|報|刊|网|網)|"
    r"仅代表作者|僅代表作者|不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|转载请注明|轉載請註明|转载请联系|轉載請聯繫|"
    # a WeChat page's own furniture: the follow prompt above the title, the saved page's widgets
    r"[点點]击上方|[点點]擊上方|[蓝藍]字关注|[蓝藍]字關注|[蓝藍]字\s*[「“\"]|设为星标|設為星標|[点點][亮个個]?\s*[「“\"]在看[」”\"]|"
    r"预览时标签不可点|預覽時標籤不可點|微信扫一扫|微信掃一掃|轻触阅读原文|輕觸閱讀原文|向上滑动看下一个|向上滑動看下一個|"
    r"继续滑动看下一个|繼續滑動看下一個|轻点两下取消|輕點兩下取消|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|"
    r"[戳点點]击?(?:这里|這裡|下方|左下角).{0,6}(?:阅读|閱讀|原文|报名|報名|购买|購買)|"
    # a call to subscribe to or follow a named account or publication ("欢迎订阅「X」", "歡迎關注《X》")
    r"(?:欢迎|歡迎|记得|記得|快来|快來)(?:订阅|訂閱|关注|關注)\s*[「“\"《【『]|"
    # a page's own notice against reposting ("未经作者授权，禁止转载")
    r"(?:禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿)(?:转载|轉載|搬运|搬運)|未经.{0,6}(?:授权|授權|许可|許可).{0,3}(?:不得|禁止|请勿|請勿)|"
    # a wire story's desk lines: whom to ask about the copy, its length ("稿件咨询：…", "（本稿约3100字）")
    r"^\s*(?:稿件|新闻|新聞|广告|廣告|商务|商務|投稿|发稿|發稿)(?:咨询|諮詢|热线|熱線|联系|聯繫|邮箱|郵箱|服务|服務)\s*[:：]|"
    r"[（(](?:本稿|本文|全文|本篇)约?\d{2,5}字[）)]"
)
_END_MARK = re.compile(r"^\s*(?:[—\-–_=~·•*]{0,6}\s*(?:END|End|end|THE END|The End)\s*[—\-–_=~·•*]{0,6}"
                       r"|[—\-–_=~·•*]{1,6}\s*(?:全文)?完\s*[—\-–_=~·•*]{1,6}|[（(]\s*(?:全文)?完\s*[）)]|全文完)\s*$")
_TRAILING_END = re.compile(r"[。！？”」]\s*([（(]\s*完\s*[）)])\s*$")
_READING_WORDS = (r"相关推荐|相關推薦|为你推荐|為你推薦|最多人看|最多人讀|最多人读|大家都在看|热读|熱讀|热门文章|熱門文章|"
                  r"往期推荐|往期推薦|往期回顾|往期回顧|往期精选|往期精選|近期热文|近期熱文|历史文章|歷史文章|"
                  r"相关新闻|相關新聞|相关文章|相關文章|相关报道|相關報導|相關報道|更多精彩|精选推荐|精選推薦|推荐阅读|推薦閱讀|"
                  r"相关阅读|相關閱讀|延伸阅读|延伸閱讀|热门推荐|熱門推薦|精彩推荐|精彩推薦|猜你喜欢|猜你喜歡|热文推荐|熱文推薦|"
                  r"相关链接|相關鏈接|相關連結|相关专题|相關專題|相关稿件|相關稿件|"
                  # a forum's related threads, an e-paper page's list of the titles it prints
                  r"相关帖子|相關帖子|相关主题|相關主題|热门帖子|熱門帖子|标题导航|標題導航|本版标题|本版標題")
#: The head of a reading list, in any dress: "延伸閱讀", "【相关阅读】", "▌推荐阅读：", "## 相關新聞".
_READING_LIST = re.compile(rf"^[\s【\[「『■▌●◆▶►>#*/／]*(?:{_READING_WORDS})[\s】\]」』*/／]*[:：]?\s*"
                           r"(?:[（(](?:点击阅读|點擊閱讀|点击查看|點擊查看|更多)[）)]|(?:更多|换一换|換一換|查看更多|More|more)?\s*[>›»]{0,2})\s*$")
#: A reading list's head with its one title on the same line ("延伸閱讀：茶價回穩 農會籲理性採購").
_READING_INLINE = re.compile(rf"^[\s【\[「『■▌●◆▶►>#*]*(?:{_READING_WORDS})[\s】\]」』*]*[:：]\s*[^。\s].{{3,40}}$")
#: A list item's mark ("▶ 標題 A8", "・標題", "- 标题", "1. 标题").
_ITEM = re.compile(r"^\s*(?:[▶►▷・•·．\-–—◆◇■□●○*＊\\]|\d{1,2}\s*[.、．)]|[（(]\d{1,2}[）)])\s*\S")
#: How near the end a reading list's head must stand (blocks from the last).
_TAIL = 12


def _squeeze(text: str) -> str:
    """The line without the spaces and emphasis marks set around its words ("请点 **赞** 和 **在看** 👇":
    a page's bold buttons leave spaces that a sign-off's wording does not have)."""
    return re.sub(r"[\s*_\u3000]+", "", text)


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line" and not (b.kind == "caption" and doc.markdown):  # a quoted sign-off too
                continue
            if len(b.text) <= 120 and _PROMO.search(b.text):
                doc.remove(b, "promotional or contact line")
            elif len(b.text.strip()) <= 50 and (_SIGN_OFF.search(b.text) or _SIGN_OFF.search(_squeeze(b.text))):
                doc.remove(b, "account's sign-off line (follow/like call or repost disclaimer)")
            elif len(b.text) <= 40 and _END_MARK.match(b.text):  # (bounded: the pattern has two space runs)
                doc.remove(b, "end mark of the article")
    _reading_list(doc)
    _trailing_end_mark(doc)


def _reading_list(doc):
    """A reading list's head and the short title lines under it: at the end of the article (what
    follows is only a sign-off or the printed page's furniture), or anywhere when two or more
    items carry a list mark (a related box between the article's paragraphs)."""
    from .page_furniture import furniture_line  # (page furniture is removed later in the chain)

    blocks = doc.blocks
    outlet = doc.meta.get("outlet") or doc.declared.get("outlet") or ""
    section = comments.head_index(doc)  # the readers' comments after the article: the article ends there
    gone = []
    for i, head in enumerate(blocks):
        if head.kind == "caption" and doc.markdown and len(head.text) <= 56 and "。" not in head.text \
                and _READING_INLINE.match(head.text):  # a quoted line: "> 延伸閱讀：[title](…)"
            gone.append(head)
            continue
        if head.kind not in ("line", "h") or len(head.text) > 56 or not (
                _READING_LIST.match(head.text) or "。" not in head.text and _READING_INLINE.match(head.text)):
            continue
        end = section if section is not None and i < section else len(blocks)
        j = i + 1
        while j < end and blocks[j].kind in ("line", "h") and len(blocks[j].text.strip()) <= 40 \
                and "。" not in blocks[j].text and not _READING_LIST.match(blocks[j].text) \
                and not furniture_line(blocks[j].text, outlet):  # a title, never a sentence of text
            j += 1
        k = j
        while k < end and blocks[k].kind == "line" and furniture_line(blocks[k].text, outlet):
            k += 1
        items = blocks[i + 1:j]
        if items and _ITEM.match(items[0].text):  # a marked list ends at its first unmarked line
            n = next((n for n, b in enumerate(items) if not _ITEM.match(b.text)), len(items))
            items, j = items[:n], i + 1 + n
        closing = k >= end or _SIGN_OFF.search(blocks[k].text)
        marked = len(items) >= 2 and all(_ITEM.match(b.text) for b in items)
        if (closing and i >= end - _TAIL) or marked:
            gone.extend(blocks[i:j])
    if gone:
        with doc.batch():
            for b in gone:
                doc.remove(b, "reading list of other posts (its head and the titles under it)")


def _trailing_end_mark(doc):
    """Among the article's last eight lines (bylines, editors and a source line may follow the
    body's last line)."""
    lines = [b for b in doc.blocks if b.kind in ("line", "p")][-8:]
    for b in reversed(lines):
        m = _TRAILING_END.search(b.text)
        if m:
            doc.record(b.line_at(m.start(1)), b.text, b.text[:m.start(1)], "changed",
                       "end mark of the article cut from its last line")
            b.splice(m.start(1), len(b.text), "")
            return
