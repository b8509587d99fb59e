"""Chrome of received forms the other rules have not met, each line removed by its FORM (what the
line is made of), its POSITION (top, tail, inside a block the page sets apart) and its REPETITION,
never by its words alone; each removal recorded.

- **Labelled separators**: a line of rule characters on both sides of a short label (``—— 以下为新消息
  ——``, ``==== 第2页 ====``), or a long rule run before a day or page label (``————— 2024年5月3日 星期五``).
- **Bars of counters**: a line made only of two or more ``label number`` items joined by ``｜ | · •``
  (``回覆：48 ｜ 瀏覽：1.2萬``, ``时长 52:18 · 播放 3.6万次``).
- **Navigation bars**: three or more short link words joined by bars (``登入 ｜ 註冊 ｜ 設定``); two, in
  the page's last lines, not over a paragraph (``使用條款 ｜ 私隱政策``).
- **Stamp rows**: a label over a date and time alone, when the label is the page's own stamp (replied,
  edited, visited, joined: ``最後回覆：2024-05-04 01:58``); a deadline or an opening stays.
- **A group's standing notice** at the head of a chat or a thread (``【群公告】…``), and a section
  label's disclaimer (``网友评论（仅代表网友个人观点）`` → ``网友评论``).
- **An official document's colophon** in its last part: the attachment list (``附件：1. … 2. …``) when
  only short lines follow it (an attachment's text stays), the distribution row (``抄送：…``), the
  printing line (``X秘书处　二〇二四年五月二十日印发``), the print run (``（本纪要共印30份）``).
- **A programme's page**: the offer under a sponsor line another rule removed (the lines of the same
  block, short, no sentence), the subscribe line (``订阅我们：…``), a contact line (``商务合作 x@y.fm``).
- **Credits of a translated piece** (``编译：X``, ``责任编辑：X``) left in the text: the names to the
  metadata (``translators``, ``editors``).
"""

from __future__ import annotations

import re

NAME = "form_chrome"

_SHORT = 80
_RULE_CH = r"[—–\-=＝─━~～*＊_]"
_BOTH = re.compile(rf"^\s*{_RULE_CH}{{2,}}\s*([^\s—–\-=＝─━~～*＊_][^—–=＝─━~～*＊_]{{0,23}}?)\s*{_RULE_CH}{{2,}}\s*$")
_LEAD = re.compile(rf"^\s*{_RULE_CH}{{4,}}\s*(\S.{{0,23}}?)\s*$")
_DAY_OR_PAGE = re.compile(r"^(?:(?:19|20)\d{2}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
                          r"(?:\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天])?$|^(?:星期|週|周)[一二三四五六日天]$|"
                          r"^第\s*[\d一二三四五六七八九十]+\s*[页頁版]$|^[Pp]age\s*\d+$")
_SENTENCE = re.compile(r"[。！？；!?;，,]")

_BAR = re.compile(r"\s*[｜|·•]\s*")
_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?\s*(?:万|萬|[kKwW]|\+)?|\d{1,2}:\d{2}(?::\d{2})?)"
_COUNT_ITEM = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,5}}\s*[:：]?\s*{_NUMBER}\s*(?:次|条|條|人|个|個|则|則|篇|分钟|分鐘)?|"
                         rf"{_NUMBER}\s*(?:次|条|條|人|个|個|则|則)?\s*[\u4e00-\u9fff]{{1,4}})$")
#: A link's word: two to ten letters; a space only beside Latin letters (``LIHKG 討論區``): "阿槿 编辑" is a
#: credit's name and label, not a link.
_NAV_ITEM = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}|(?=[^\s]*[A-Za-z])[\u4e00-\u9fffA-Za-z]{1,10}(?:\s[\u4e00-\u9fffA-Za-z]{1,9})?)$")

_STAMP_ROW = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
#: ... the page's own stamp: when the page was replied to, edited, visited, joined (a deadline or an
#: opening under its label is content: 报名截止：2025-03-01 18:00 stays, and so is a reply's own time on a
#: message board, 回复时间：2024-06-03 15:00: only the page's last reply is its stamp).
_PAGE_STAMP = re.compile(r"(?:最后|最後|最新|上次)(?:回复|回覆|回復)|更新|修改|编辑|編輯|登录|登入|上线|上線|浏览|瀏覽|活跃|活躍|注册|註冊|加入|发帖|發帖")

#: A notice's sign-off naming its issuer ("——群主 周教练", "—— 管理员阿强", "（发布人：王某）").
_ISSUER = re.compile(r"(?:[—－]{1,2}|--?)\s*(?:群主|管理员|管理員|版主|吧主|群管|站长|站長)?\s*(?P<name>[^\s，。！？：:—－\-（）()]{2,12})\s*$|"
                     r"[（(]\s*(?:发布人|發佈人|发布者|發佈者|发布|發佈)\s*[：:]\s*(?P<name2>[^\s，。！？（）()]{2,12})\s*[）)]\s*$")
#: A standing notice's label: the group's or board's own (``【群公告】``, ``【置頂】``); a bare ``【公告】``
#: only in a chat (on a news page it opens the news).
_NOTICE = re.compile(r"^\s*[【\[]\s*(?:(群公告|群公吿|置顶|置頂|群规|群規|版规|版規|吧规|吧規)|公告)\s*[】\]]")
_DISCLAIMER = re.compile(r"\s*[（(]\s*(?:仅|僅|只)?(?:代表|不代表)[^（）()]{0,12}(?:观点|觀點|立场|立場|意见|意見)\s*[）)]\s*$")

_ATTACH = re.compile(r"^\s*(?:附件清单|附件清單|附件)\s*(?:[:：]\s*(.*)|[（(][^（）()]{1,6}[）)])?\s*$")
_ITEM = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*(?:\\?[.、．])\s*\S")
_DISTRIBUTION = re.compile(r"^\s*(?:抄送|抄报|抄報|分送|报送|報送|主送|發送|发送)\s*[:：]\s*\S")
_PRINTED = re.compile(r"(?:(?:19|20)\d{2}\s*年|[〇零一二][〇零一二三四五六七八九]{3}\s*年).{1,12}日\s*(?:印发|印發)\s*$")
_PRINT_RUN = re.compile(r"^\s*[（(]?\s*(?:本[\u4e00-\u9fff]{1,4})?共印\s*[\d〇一二三四五六七八九十百千]+\s*份\s*[）)]?\s*$")

_SUBSCRIBE = re.compile(r"^\s*(?:订阅|訂閱|关注|關注|追踪|追蹤)(?:我们|我們|本台|本节目|本節目|节目|節目|频道|頻道)\s*[:：]\s*\S")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,4}")
_SPONSOR_NOTE = "sponsor"

_CREDIT = re.compile(r"^\s*(编译|編譯|翻译|翻譯|译者|譯者|责任编辑|責任編輯|责编|責編|编辑|編輯|审校|審校|校对|校對|"
                     # a recording's crew (a subtitle file's or a programme's closing credits); never a bare
                     # "字幕：", which in a broadcast script names the person on screen ("字幕：贺女士　参赛跑者")
                     r"字幕制作|字幕製作|时间轴|時間軸|后期制作|後期製作|后期|後期|剪辑|剪輯|摄像|攝像|配音|录音|錄音|"
                     r"导播|導播|监制|監製|制片人|製片人|制片|製片|策划|策劃|视频制作|視頻製作|制作|製作)\s*[:：]\s*"
                     r"([\u4e00-\u9fff·]{2,8}(?:[\s、，,]+[\u4e00-\u9fff·]{2,8}){0,3})\s*$")
_TRANSLATOR_ROLES = ("编译", "編譯", "翻译", "翻譯", "译者", "譯者")


def separator(t: str) -> bool:
    """A rule line around a short label, or a long rule run before a day or a page label."""
    if len(t) > _SHORT:
        return False
    m = _BOTH.match(t)
    if m and not _SENTENCE.search(m.group(1)):
        return True
    m = _LEAD.match(t)
    return bool(m and _DAY_OR_PAGE.match(m.group(1).strip()))


def _parts(t: str) -> list[str] | None:
    if len(t) > _SHORT or not _BAR.search(t) or t.lstrip().startswith("|") or t.rstrip().endswith("|"):
        return None
    parts = [p.strip() for p in _BAR.split(t.strip())]
    return parts if len(parts) >= 2 and all(parts) else None


def counters(t: str) -> bool:
    """Two or more ``label number`` items and nothing else, joined by bars."""
    parts = _parts(t)
    return bool(parts) and all(_COUNT_ITEM.match(p) for p in parts)


def _nav(t: str, *, footer: bool) -> bool:
    parts = _parts(t)
    if not parts or "·" in t and "｜" not in t and "|" not in t:
        return False  # "张三·李四": names, not links
    if not all(_NAV_ITEM.match(p) for p in parts):
        return False
    return len(parts) >= 3 or footer


def _text(b) -> bool:
    """A paragraph of text: a sentence of some length."""
    return len(b.text) > 40 and bool(_SENTENCE.search(b.text))


def _last_text(bl) -> int:
    """Index of the last paragraph of text (a sentence of some length); -1 when there is none."""
    return max((k for k, x in enumerate(bl) if x.kind in ("line", "p") and len(x.text) >= 15
                and re.search(r"[。！？]", x.text)), default=-1)


def _text_above(bl, i: int) -> bool:
    """A paragraph of text above block ``i``: the notice would be inside the article, not over it."""
    return any(_text(x) for x in bl[:i])


def _short(b, n: int = 60) -> bool:
    return b.kind in ("line", "p", "h") and len(b.text.strip()) <= n and not re.search(r"[。！？]", b.text.strip()[:-1])


def _colophon(doc) -> None:
    """An official document's last blocks: the attachment list, the distribution row, the printing
    line and the print run, in its last part."""
    bl = doc.blocks
    last_text = _last_text(bl)
    if last_text < 0:
        return  # no text: nothing is a tail
    start = min(len(bl) // 2, last_text + 1)  # the last part, or whatever follows the last paragraph of text
    gone = []
    for i in range(start, len(bl)):
        b = bl[i]
        if b.kind not in ("line", "p") or len(b.text) > 200:
            continue
        t = b.text.strip()
        m = _ATTACH.match(t)
        if m and len(t) <= 80 and all(_short(x, 80) for x in bl[i + 1:]):
            items = [b]
            for x in bl[i + 1:]:
                if x.kind in ("line", "p") and _ITEM.match(x.text) and len(x.text) <= 60:
                    items.append(x)
                else:
                    break
            if m.group(1) or len(items) > 1 or "（" in t or "(" in t:
                gone += [(x, "an official document's attachment list (the attachments' names)") for x in items]
            continue
        if _DISTRIBUTION.match(t) and not t.endswith("。"):
            gone.append((b, "an official document's distribution row (抄送/报送 …)"))
        elif len(t) <= 50 and (p := _PRINTED.search(t)):
            from ...readers.meta import iso_date
            if day := iso_date(p.group(0)):
                doc.meta.setdefault("printed", day)
            gone.append((b, "an official document's printing line (office and day printed; the day → printed)"))
        elif _PRINT_RUN.match(t):
            gone.append((b, "an official document's print run"))
    seen = set()
    with doc.batch():
        for b, why in gone:
            if id(b) not in seen:
                seen.add(id(b))
                doc.remove(b, why, separates=True)


def _sponsor_copy(doc) -> None:
    """The offer under a sponsor line another rule removed: the short lines right under it (same
    block, no blank line), none a sentence."""
    lines = {a.line for a in doc.audit if a.action == "removed" and _SPONSOR_NOTE in a.note}
    if not lines:
        return
    with doc.batch():
        for b in doc.blocks:
            if b.kind == "line" and b.line - 1 in lines and len(b.text.strip()) <= 30 \
                    and not _SENTENCE.search(b.text):
                lines.add(b.line)
                doc.remove(b, "the sponsor's offer under the sponsor line", separates=True)


#: A row about the exported file itself: the tool, the time, the range or count of what was exported.
_EXPORT_ROW = re.compile(r"^\s*(?:导出|導出|匯出|汇出|备份|備份|生成|保存|儲存|存储|下载|下載|打印|列印|抓取|擷取|撷取|采集|採集|"
                         r"归档|歸檔|存档|存檔|剪藏|同步)(?:工具|时间|時間|软件|軟件|程序|程式|版本|日期|人)\s*[:：]\s*\S|"
                         r"^\s*(?:Saved|Exported|Downloaded|Printed|Captured|Archived|Retrieved|Accessed|Crawled|Fetched|Generated)"
                         r"(?:\s+(?:on|at|by|with))?\s*[:：]\s*\S|"
                         r"^\s*(?:消息|訊息|聊天记录|聊天記錄|记录|記錄)(?:范围|範圍|条数|條數|数量|數量|总数|總數|时间段|時間段)\s*[:：]\s*\S")


def _credit(doc, b, m) -> None:
    role, names = m.group(1), m.group(2).strip()
    key = "translators" if role in _TRANSLATOR_ROLES else "editors"
    value = names if key == "translators" else f"{role}：{names}"
    doc.meta.setdefault(key, [])
    doc.to_meta(b, key, [] if value in doc.meta[key] else value, f"a credit left in the text ({role}) → {key}")


def apply(doc):
    _colophon(doc)
    _sponsor_copy(doc)
    bl = doc.blocks
    n = len(bl)
    chat = any(b.message for b in bl)
    last = _last_text(bl)  # a footer is under the last paragraph of text
    with doc.batch():
        for i, b in enumerate(list(bl)):
            if b.kind not in ("line", "p", "h") or len(b.text) > 200:
                continue
            t = b.text.strip()
            nxt = bl[i + 1] if i + 1 < n else None
            footer = i >= max(n - 8, 1) and 0 <= last < i and not (nxt is not None and _text(nxt))
            if separator(t):
                doc.remove(b, "a separator line carrying a label (a day, a page, new messages)", separates=True)
            elif counters(t):
                doc.remove(b, "a bar of counters (replies, views, length, plays …)", separates=True)
            elif b.kind != "h" and _nav(t, footer=footer):
                doc.remove(b, "a navigation bar of the site or app", separates=True)
            elif (m := _STAMP_ROW.match(t)) and _PAGE_STAMP.search(m.group(1)):
                doc.remove(b, "a page's stamp row (last reply, edited …)", action="metadata", separates=True)
            elif (m := _NOTICE.match(t)) and (chat or m.group(1) and i < 8 and not _text_above(bl, i)):
                signed = _ISSUER.search(t[m.end():])
                if signed and len(t[m.end():signed.start()].strip()) >= 6:
                    # a notice signed by its issuer ("——群主 周教练"): the issuer's words, never the group's
                    words = t[m.end():m.end() + signed.start()].strip()
                    doc.set_text(b, f"{signed.group('name') or signed.group('name2')}：{words}", "a standing notice signed by its issuer: "
                                 "the issuer's words (label and sign-off carried in the line's label)")
                    b.starts = True
                else:
                    doc.remove(b, "the group's or page's standing notice", separates=True)
            elif len(t) <= 30 and (m := _DISCLAIMER.search(b.text)) and len(b.text[:m.start()].strip()) >= 2:
                doc.edit(b, m.start(), m.end(), "",
                         "a section label's disclaimer (the page's, not the text's)")
            elif _SUBSCRIBE.match(t) and len(t) <= 60:
                doc.remove(b, "the programme's subscribe line", separates=True)
            elif len(t) <= 50 and (e := _EMAIL.search(t)) and len((t[:e.start()] + t[e.end():]).strip(" ：:")) <= 10 \
                    and not _SENTENCE.search(t):
                doc.remove(b, "a contact line of the page (business, submissions)", separates=True)
            elif len(t) <= 80 and _EXPORT_ROW.match(t) and (i < 10 or i >= n - 10):
                from .form_headers import _date
                doc.saved_date = doc.saved_date or _date(t) or ""
                doc.remove(b, "a row about the exported file (tool, time, range, count)", action="metadata", separates=True)
            elif (m := _CREDIT.match(t)) and (i >= n // 2 or i < 8):
                _credit(doc, b, m)


def saved_date(doc) -> None:
    """The date a file was saved or exported (its export row) never dates the article (chrome, not
    the content): the audit says which date was used, the content's, or that there was none."""
    saved = doc.saved_date
    if not saved:
        return
    stated = doc.meta.get("date") or doc.declared.get("date")
    if stated:
        if stated != saved:
            doc.record(doc.meta_lines.get("date", 1), saved, stated, "metadata", "the date the content states is the "
                       f"article's ({stated}), not the date the file was saved or exported ({saved})")
        return
    doc.record(1, saved, "", "metadata", "the content states no date, and the date the file was saved or "
               f"exported ({saved}) is not when the article appeared: the article stays undated (set its date in "
               "content/sources.yml)")
