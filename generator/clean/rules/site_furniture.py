"""A web or app page saved as text keeps its furniture as lines of text: removed, each recorded.

- **Site menu**: a line of four or more short items (≤ 6 characters, no sentence punctuation)
  set apart by ``|``, ``｜``, ``/``, ``·`` or spaces, two of them menu words (首页, 登录, 财经 …):
  ``首页 | 财经 | 汽车 | 科技 | 登录``, ``搜尋　登入　繁/简``. The site's name on the line right above
  the menu at the top of the page (``海港新聞網 HarbourNews``) is the outlet, never the title.
- **Breadcrumb**: ``当前位置：首页 > 评论 > 正文``, ``首頁 » 財經 » 正文``.
- **Share bar**: ``分享到：微博 | 微信 | QQ空间``, or a line of share targets only.
- **Copyright and licence lines** (short): ``© 2024 X 版权所有``, ``Copyright``, ``京ICP备…``,
  ``公网安备``, ``违法和不良信息举报电话…``, ``未经授权不得转载``.
- **Ads and app prompts**: a line opening on ``【广告】``/``[推广]``, ``下载X APP``, ``打开APP阅读``;
  a printed ad: its label on a line of its own (``廣告``) and the short lines right under it, or a
  short line with a promotion word and a phone number or web address (``立即致電 2888 8888``).
- **Comments**: from a comments head in the last part of the page (``网友评论``, ``全部评论``,
  ``热门评论``, ``发表评论``, ``共12条评论``) to the end, when no heading follows it and no two
  blocks of prose in a row (two sentences or more each, not opening on a commenter's ``@handle``;
  each comment stands alone between its commenter's name and stamp): a count of comments under
  one answer of a Q&A page, with the next answers after it, is a counter.
- **App widgets** left on a line of their own (a saved WeChat page: ``阅读原文``, ``写留言``,
  ``在看``, ``分享``, ``收藏``, ``赞``, a follow button ``关注``, arrows ``▼ ↓ 👇``); the short name right
  above a follow button at the top is the account that posted the page: the author.

Lines that say anything more than furniture stay (a sentence that names a site or 版权 is text).
"""

import re

from ..text import ends_sentence, han_count
from . import comments

NAME = "site_furniture"
_SHORT = 80
_ITEM_SPLIT = re.compile(r"\s*[|｜/·•]\s*|[\s\u3000]+")
_MENU_WORDS = {
    "首页", "首頁", "登录", "登錄", "注册", "註冊", "新闻", "新聞", "财经", "財經", "科技", "体育", "體育", "娱乐", "娛樂",
    "评论", "評論", "视频", "視頻", "图片", "圖片", "专题", "專題", "汽车", "汽車", "房产", "房產", "健康", "教育", "国际",
    "國際", "国内", "國內", "军事", "軍事", "社会", "社會", "文化", "时尚", "時尚", "旅游", "旅遊", "港聞", "港闻", "地产",
    "地產", "股票", "基金", "理财", "理財", "搜索", "订阅", "訂閱", "客户端", "客戶端", "关于我们", "關於我們", "联系我们",
    "聯繫我們", "English", "APP", "App", "下载APP", "下載APP", "直播", "热点", "熱點", "要闻", "要聞", "观点", "觀點",
    "专栏", "專欄", "问答", "問答", "会员", "會員", "退出", "返回首页", "返回首頁", "网站地图", "網站地圖",
    "发现", "發現", "通知", "消息", "我", "我的", "购物", "購物", "同城",
    # the header's buttons: search, log in, the script switch
    "搜尋", "登入", "登出", "繁", "简", "簡", "繁體", "简体", "簡體", "繁体",
}
_MENU_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&]{1,6}")
_APP_ITEM = re.compile(r"(?:下载|下載|打开|打開)?[\u4e00-\u9fffA-Za-z0-9]{1,10}(?:APP|App|app|客户端|客戶端)")
_BREADCRUMB = re.compile(r"^\s*(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置)\s*[:：]"
                         r"|^\s*(?:首页|首頁|Home)\s*(?:>|&gt;|»|›|＞|→|-)\s*\S")
_SHARE = re.compile(r"^\s*(?:分享到|分享至|分享|轉發到|转发到|一键分享|一鍵分享)\s*[:：]")
_SHARE_TARGETS = {"微博", "微信", "QQ", "QQ空间", "QQ空間", "朋友圈", "豆瓣", "复制链接", "複製鏈接", "Facebook",
                  "Twitter", "LinkedIn", "WhatsApp", "Telegram", "小红书", "小紅書", "抖音", "分享", "收藏"}
#: A copyright or licence line: opening on its mark, or holding a licence number or report line.
_COPYRIGHT = re.compile(r"^\s*(?:©|\([cC]\)\s*\d{4}|Copyright|版权所有|版權所有|本文版权|本文版權|未经(?:授权|许可|允许)|"
                        r"未經(?:授權|許可|允許))|版权所有\s*$|版權所有\s*$|All Rights Reserved|ICP备|ICP備|ICP证|ICP證|"
                        r"公网安备|公網安備|举报电话|舉報電話|举报邮箱|舉報郵箱|违法和不良信息|違法和不良信息|"
                        # a site's reprint notice ("本網站之文字…，非經授權，不得轉載…")
                        r"(?:非经|非經|未经|未經)(?:授权|授權|许可|許可|同意)\s*[，,]?\s*(?:不得|禁止|请勿|請勿)\s*(?:转载|轉載|复制|複製|重制|重製)",
                        re.I)
#: An ad's label opening the line, or an app prompt (a short line of its own, no clause in it).
_AD = re.compile(r"^\s*[【\[（(]\s*(?:广告|廣告|推广|推廣|AD|ad|赞助|贊助)\s*[】\]）)]|^\s*(?:广告|廣告)\s*$")
_APP = re.compile(r"^\s*(?:下载|下載|打开|打開)\S{0,10}(?:APP|App|app|客户端|客戶端)|(?:APP|App|客户端|客戶端)\s*(?:内|內)?"
                  r"(?:阅读|閱讀|查看|打开|打開)\s*$")
_COMMENTS = re.compile(r"^\s*(?:网友评论|網友評論|全部评论|全部評論|热门评论|熱門評論|最新评论|最新評論|精彩评论|精彩評論|"
                       r"发表评论|發表評論|评论区|評論區|我来说两句|我來說兩句|读者评论|讀者評論|留言区|留言區|精选留言|精選留言|"
                       r"(?:共|已有)?\s*\d+\s*(?:条|條)(?:评论|評論|留言))\s*[:：（(]?\s*\d*\s*[)）]?\s*$")
_WIDGETS = {"阅读原文", "閱讀原文", "写留言", "寫留言", "留言", "在看", "分享", "收藏", "赞", "讚", "点赞", "點讚", "點贊",
            "知道了", "取消", "允许", "允許", "赞赏", "讚賞", "喜欢作者", "喜歡作者", "继续阅读", "繼續閱讀", "展开全文",
            "展開全文", "关注", "關注", "+关注", "+關注", "已关注", "已關注", "▼", "▲", "↓", "↑", "👇", "👆", "⬇", "⬆", "⬇️", "⬆️", "▽", "△", "…", "更多"}
_WIDGET_SPLIT = re.compile(r"[\s\u3000,，、|｜·]+")
#: Comments are looked for in this last share of the blocks only.
_COMMENTS_TAIL = 0.6


def _menu(text: str) -> bool:
    items = [w for w in _ITEM_SPLIT.split(text.strip()) if w]
    odd = [w for w in items if not _MENU_ITEM.fullmatch(w)]
    if len(items) < 4 or len(odd) > 1 or (odd and not _APP_ITEM.fullmatch(odd[0])):
        return False  # one longer item may be the app's ("下载X财经APP")
    known = sum(w in _MENU_WORDS for w in items)
    barred = bool(re.search(r"[|｜/·•]", text))  # set apart by bars: a menu; by spaces: mostly menu words
    return known >= 2 and (barred or known * 2 >= len(items))


def _widgets(text: str) -> bool:
    items = [w for w in _WIDGET_SPLIT.split(text.strip()) if w]
    return bool(items) and all(w in _WIDGETS for w in items) and len(text.strip()) <= 40 \
        and not (len(items) == 1 and items[0] in ("取消", "更多", "…", "分享", "收藏", "留言"))


def _share(text: str) -> bool:
    if _SHARE.match(text) and len(text.strip()) <= 40:
        return True
    items = [w for w in _ITEM_SPLIT.split(text.strip()) if w]
    return len(items) >= 2 and all(w in _SHARE_TARGETS for w in items)


def _why(text: str) -> str | None:
    t = text.strip()
    if len(t) > _SHORT:
        return None
    if _BREADCRUMB.search(t):
        return "breadcrumb (where the page sits in the site)"
    if _menu(t):
        return "site menu"
    if _share(t):
        return "share bar"
    if _COPYRIGHT.search(t):
        return "copyright or licence line of the site"
    if _AD.search(t) or (len(t) <= 24 and not re.search(r"[，。；：,;]", t) and _APP.search(t)):
        return "advertisement or app prompt"
    if _widgets(t):
        return "app buttons saved as text (read more, comment, like …)"
    if _BACK.match(t):
        return "the page's back link (to the list or the page before)"
    if _account_links(t):
        return "the site's account links (log in, register, mobile version)"
    if _AD_LEAD.match(t) and _SALE.search(t) and not _SENTENCE_END.search(t):
        return "advertisement (its label, then the offer)"
    if (_CLICK_THROUGH.match(t) or _MORE.match(t)) and not _SENTENCE_END.search(t):
        return "a link or control of the page (click through to a topic, load more)"
    return None


#: A back link ("< 返回上一页 · 笔记详情", "← 返回列表").
_BACK = re.compile(r"^\s*[<‹←〈＜]?\s*返回(?:上一页|上一頁|上页|上頁|列表|首页|首頁|目录|目錄)?(?:\s*[·|｜]\s*[^\s，。]{1,8})?\s*$")
#: The site's account links, two or more on a line and nothing else (``登录  注册  手机版``).
_ACCOUNT = {"登录", "登錄", "登入", "注册", "註冊", "退出", "登出", "手机版", "手機版", "客户端", "客戶端", "个人中心", "個人中心",
            "我的", "帮助", "幫助", "会员", "會員", "投稿", "无障碍", "無障礙", "简体", "簡體", "繁体", "繁體", "English"}
#: An ad's label opening its line, then the offer ("广告  纪念款模型 限时特惠 点击购买").
_AD_LEAD = re.compile(r"^\s*(?:广告|廣告|推广|推廣)[\s\u3000]+\S")
_SALE = re.compile(r"限时|限時|特惠|特价|特價|优惠|優惠|折扣|[0-9一二三四五六七八九]折|购买|購買|抢购|搶購|下单|下單|立即|包邮|包郵|热线|熱線")
#: A link out of the article: click through to a topic or a page ("点击进入专题：X", "點此閱讀：X").
_CLICK_THROUGH = re.compile(r"^\s*[>》▶►]?\s*(?:点击|點擊|点此|點此|戳此|戳这里|戳這裡)(?:进入|進入|查看|阅读|閱讀|了解|观看|觀看|收听|收聽|参与|參與)"
                            r"[^，。：:]{0,8}[:：]\s*\S.{0,40}$")
#: A control loading more items ("点击加载更多快讯 ∨", "查看更多评论 >").
_MORE = re.compile(r"^\s*(?:点击|點擊)?(?:加载|加載|载入|載入|查看|展开|展開|显示|顯示)(?:更多|全部)[\u4e00-\u9fff]{0,4}\s*[∨∧▼▽>›»↓…]*\s*$")


def _account_links(text: str) -> bool:
    items = [w for w in _ITEM_SPLIT.split(text.strip()) if w]
    return len(items) >= 2 and all(w in _ACCOUNT for w in items) and any(w not in ("简体", "簡體", "繁体", "繁體", "English")
                                                                         for w in items)


#: A commenter's handle opening a comment ("@小陈：", "小陈 回复 @老韩：").
_HANDLE = re.compile(r"^\s*@|^\s*[^\s：:，。]{1,16}\s*(?:回复|回覆)\s*@")
_SENTENCE_END = re.compile(r"[。！？!?]")


def prose_block(text: str) -> bool:
    """A block of the page's own prose, not one reader's comment: two sentences or more and 30 Han
    characters or more, not opening on a commenter's handle. Removing such blocks as comments needs
    more evidence than a head line: a comments section is a run of short, handle-led lines."""
    t = text.strip()
    return not _HANDLE.match(t) and len(_SENTENCE_END.findall(t)) >= 2 \
        and len(re.findall(r"[\u4e00-\u9fff]", t)) >= 30


def _text_follows(blocks) -> bool:
    """Two blocks of prose in a row: a text of several paragraphs (the next answer of a Q&A page);
    each reader's comment, however long, stands alone between its commenter's name and its stamp.
    Or the count of readers who approved a post ("4,205 人赞同了该回答"): another answer follows."""
    from .form_furniture import _APPROVED
    prev = False
    for b in blocks:
        if _APPROVED.match(b.text):
            return True
        cur = prose_block(b.text)
        if cur and prev:
            return True
        prev = cur
    return False


#: A comments head that says whose or how many comments: never a column's name.
_QUALIFIED = re.compile(r"^\s*(?:(?:网友|網友|读者|讀者|热门|熱門|全部|精彩|精选|精選)(?:评论|評論|留言|回应|回應)\S{0,8}|.*\d.*(?:评论|評論|留言|回应|回應)|"
                        r"(?:评论|評論|留言|回应|回應)\s*[（(]?\s*\d[\d,]*\s*[）)]?)\s*$")


def _comments(doc) -> None:
    bl = doc.blocks
    start = int(len(bl) * (1 - _COMMENTS_TAIL))
    # the head stands in the page's last part, or under two blocks of the page's prose at least (a
    # page with many comments has its head well above the last part), or, when it says whose or how
    # many comments (``网友评论``, ``共 3 条评论``: never a column's name, ``评论``), under a sentence
    prose, first, said = 0, len(bl), len(bl)
    for i, b in enumerate(bl):
        if said == len(bl) and ends_sentence(b.text) and han_count(b.text) >= 15:
            said = i + 1
        prose += prose_block(b.text)
        if prose >= 2:
            first = i + 1
            break
    for i in range(1, len(bl)):
        if i < min(start, first) and not (i >= said and _QUALIFIED.match(comments.unframed(bl[i].text))):
            continue
        if bl[i].kind in ("line", "h") and len(bl[i].text) <= 48 and (_COMMENTS.match(bl[i].text)
                                                                      or comments.is_head(bl[i].text)):
            if any(b.kind == "h" and not comments.is_head(b.text) for b in bl[i + 1:]):
                return  # the article goes on after it
            if _text_follows(bl[i + 1:]):
                continue  # a count of comments over more of the page's text (a Q&A page's next answer)
            comments.open_section(doc, bl[i], "readers' comments under the article: kept as their own section "
                                  "(rule comments), never as the article's text")
            return


#: An ad's label on a line of its own, as a printed page has it above the ad.
_AD_LABEL = re.compile(r"^\s*[-—–\[【（(]?\s*(?:广告|廣告|AD|Advertisement|推广|推廣)\s*[-—–\]】）)]?\s*$")
#: An ad's call to act: a promotion word and a phone number or a web address, on a short line.
_PROMO_WORD = re.compile(r"优惠|優惠|立即|即享|低至|免费|免費|限时|限時|申请|申請|预约|預約|登记|登記|热线|熱線|查询|查詢|致电|致電")
_CONTACT = re.compile(r"\d{4}[\s-]?\d{4}|www\.|\.com\b|\.hk\b|\.cn\b", re.I)
_AD_LINE = 30  # characters: a longer line under an ad's label is text again


def apply(doc):
    with doc.batch():
        in_ad = False
        for b in list(doc.blocks):
            if b.kind not in ("line", "caption"):
                in_ad = False
                continue
            t = b.text.strip()
            if in_ad and b.gap == 0 and len(t) <= _AD_LINE and not re.search(r"[。！？]", t):
                doc.remove(b, "text of the advertisement under its label")
                continue
            in_ad = False
            if len(t) <= 24 and _AD_LABEL.match(t):
                doc.remove(b, "advertisement label")
                in_ad = True
                continue
            why = _why(b.text)
            if not why and len(t) <= 40 and not re.search(r"[，。！？；,;]", t) and _PROMO_WORD.search(t) \
                    and _CONTACT.search(t):  # terse ad copy: a sentence giving a number stays
                why = "advertisement (a promotion with a phone number or web address)"
            if why:
                doc.remove(b, why)
                if why == "site menu":
                    _site_name(doc, b)
                    if b.line <= 3:
                        menu_owner(doc, b.text)
                elif t.lstrip("+＋ ") in ("关注", "關注") or t.startswith("已"):
                    _account(doc, b)
    _comments(doc)


def _account(doc, button) -> None:
    """A follow button at the top of a page: the short name right above it is the account that
    posted the page (the author)."""
    k = next((k for k, b in enumerate(doc.blocks) if b is button), None)
    if k is None or not 1 <= k <= 4:
        return
    above = doc.blocks[k - 1]
    t = above.text.strip()
    if above.kind == "line" and 2 <= len(t) <= 16 and not re.search(r"[，。！？：:,.!?|｜]", t) and button.gap == 0:
        if not doc.declared.get("author"):
            doc.meta.setdefault("author", t)
        doc.remove(above, "the account's name above its follow button → author", action="metadata")


#: A site's name as its header prints it ("海港新聞網 HarbourNews", "晨光网", "XX日报"): a media word ends
#: its Chinese part.
_SITE_NAME = re.compile(r"^\s*([\u4e00-\u9fff]{1,10}(?:新闻网|新聞網|网|網|日报|日報|时报|時報|晚报|晚報|报|報|新闻|新聞|"
                        r"电视台|電視台|台|社|周刊|週刊|财经|財經))(?:\s*[A-Za-z][A-Za-z .&-]{1,24})?\s*$")


_HOME = {"首页", "首頁", "主页", "主頁", "Home", "HOME", "home"}
_SITE_HAN = re.compile(r"^[\u4e00-\u9fff]{2,16}")


def menu_owner(doc, text: str) -> None:
    """A site's menu whose first item stands before the home link ("晨光日报 | 首页 | 国内 | …"), or
    before the bar that sets it apart from the menu's items ("金线财经 | 首页　快讯　行情",
    "香江日報 HKDaily　｜　港聞　兩岸　財經": the items after it menu words, itself none): that item
    names the site, the outlet (its Han name, when a Latin one follows)."""
    items = [w.strip() for w in re.split(r"\s*[|｜]\s*", text.strip()) if w.strip()]
    if doc.declared.get("outlet") or doc.meta.get("outlet") or len(items) < 2:
        return
    rest = [w for w in _ITEM_SPLIT.split(" ".join(items[1:])) if w]
    first = [w for w in re.split(r"[\s\u3000]+", items[0]) if w]
    apart = sum(w in _MENU_WORDS for w in rest) >= 2 and len(first) <= 2 and not re.search(r"[：:，,。]", items[0]) \
        and not any(w in _MENU_WORDS for w in first) and (len(first) == 1 or re.fullmatch(r"[A-Za-z][A-Za-z .&-]{1,24}", first[1]))
    if not apart and (len(items) < 3 or items[1] not in _HOME):
        return
    m = _SITE_HAN.match(items[0])
    name = m.group(0) if m else items[0]
    if 2 <= len(name) <= 24:
        doc.meta["outlet"] = name


def _site_name(doc, menu) -> None:
    """The line right above the site's menu at the top of the page names the site: the outlet."""
    k = next((k for k, b in enumerate(doc.blocks) if b is menu), None)
    if k is None or not 1 <= k <= 3:
        return
    above = doc.blocks[k - 1]
    m = _SITE_NAME.match(above.text) if above.kind == "line" and len(above.text) <= 30 else None
    if not m and k == 1 and above.kind == "line" and len(above.text.strip()) <= 20 and not re.search(r"[，。！？：:,.!?]", above.text):
        m = re.match(r"\s*(.+?)\s*$", above.text)  # the page's first line, over its menu: the site's name
    if m and menu.gap == 0 and (k == 1 or doc.blocks[k - 2].kind != "line" or len(doc.blocks[k - 2].text) <= 30):
        if not doc.declared.get("outlet"):
            doc.meta.setdefault("outlet", m.group(1))
        doc.remove(above, "the site's name above its menu → outlet", action="metadata")
