"""MIME containers (readers.mhtml, readers.mbox, readers.sniff): a browser's single-file saved page read
as its HTML page, a mail archive read as a thread of its messages' own words, and a file whose ending
no reader knows read by its content or skipped with what to do. Synthetic files in shapes of several
browsers and mail clients, on topics of their own, simplified and traditional, UTF-8, GB2312 and Big5."""

from __future__ import annotations

import base64
import quopri

from generator.clean import clean
from generator.readers import mbox, mhtml
from generator.readers.forms import convert
from generator.sources import decode_source, read_sources

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_{site}</title>
<link rel="stylesheet" href="https://static.example.org/a.css"></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/city">城市</a> | <a href="/login">登录</a></div>
<div class="article"><h1>{title}</h1>
<div class="meta"><span>2023-09-14 08:00</span><span>来源：{site}</span></div>
{paras}
</div><div class="footer">Copyright &copy; 2023 {site} 版权所有</div></body></html>"""

HANS_PARAS = ("<p>市图书馆新馆昨日开放，首日接待读者一万二千人次，比旧馆的日均客流高出四倍。</p>"
              "<p>馆长周立群说：“我们把三分之一的面积留给了自习区，夜间开放到十点。”</p>"
              "<p>新馆总投资九点六亿元，藏书容量三百万册，另设少儿阅览区和古籍修复室。</p>"
              "<p>部分读者反映，停车位只有两百个，周末一位难求，馆方表示将与周边商场协商共享车位。</p>")
HANT_PARAS = ("<p>港區海濱長廊第二期昨日啟用，全長二點四公里，連接兩個渡輪碼頭。</p>"
              "<p>工程處處長梁嘉欣表示：「長廊設有十二個休憩點，晚上開放至午夜。」</p>"
              "<p>工程耗資四億八千萬元，較原先預算超支百分之十五，議員要求當局交代原因。</p>")


def _blink(html: str, url: str) -> bytes:
    """Chrome's / Edge's shape: ``From: <Saved by Blink>``, Snapshot-Content-Location, an 8bit HTML
    part, a quoted-printable style sheet and a base64 image."""
    css = quopri.encodestring("body.page { margin: 0px; font-family: \"微软雅黑\"; }".encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\n"
            f"Snapshot-Content-Location: {url}\n"
            "Subject: =?utf-8?Q?=E5=9B=BE=E4=B9=A6=E9=A6=86?=\n"
            "Date: Thu, 14 Sep 2023 10:02:11 +0800\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----MultipartBoundary--abc123----"\n\n\n'
            "------MultipartBoundary--abc123----\n"
            "Content-Type: text/html\nContent-ID: <frame-1@mhtml.blink>\nContent-Transfer-Encoding: 8bit\n"
            f"Content-Location: {url}\n\n{html}\n\n"
            "------MultipartBoundary--abc123----\n"
            "Content-Type: text/css\nContent-Transfer-Encoding: quoted-printable\n"
            f"Content-Location: https://static.example.org/a.css\n\n{css}\n\n"
            "------MultipartBoundary--abc123----\n"
            "Content-Type: image/png\nContent-Transfer-Encoding: base64\n"
            "Content-Location: https://static.example.org/logo.png\n\n"
            "iVBORw0KGgoAAAANSUhEUgAAABgAAAAICAIAAABsw6g0AAAAFElEQVR42mNgGAWjYBSMglEwCgAAAP//AwA=\n\n"
            "------MultipartBoundary--abc123------\n").encode("utf-8")


def _ie(html_bytes: bytes, charset: str, url: str, encoding: str = "quoted-printable") -> bytes:
    """Internet Explorer's / Word's ``.mht`` shape: no Snapshot header, the HTML part in its own
    charset, quoted-printable or base64, its address in Content-Location, CRLF line ends."""
    body = (quopri.encodestring(html_bytes) if encoding == "quoted-printable"
            else base64.encodebytes(html_bytes)).decode("ascii")
    text = ("From: <Saved by Windows Internet Explorer 8>\n"
            "Subject: =?gb2312?B?0MLOxQ==?=\n"
            "Date: Fri, 15 Sep 2023 09:00:00 +0800\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----=_NextPart_000_0000_01DA0000.12345678"\n'
            "X-MimeOLE: Produced By Microsoft MimeOLE V6.1\n\n"
            "This is a multi-part message in MIME format.\n\n"
            "------=_NextPart_000_0000_01DA0000.12345678\n"
            f'Content-Type: text/html;\n\tcharset="{charset}"\n'
            f"Content-Transfer-Encoding: {encoding}\n"
            f"Content-Location: {url}\n\n{body}\n"
            "------=_NextPart_000_0000_01DA0000.12345678\n"
            "Content-Type: image/gif\nContent-Transfer-Encoding: base64\nContent-Location: http://img.example.org/x.gif\n\n"
            "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\n\n"
            "------=_NextPart_000_0000_01DA0000.12345678--\n")
    return text.replace("\n", "\r\n").encode("ascii")


def _read_page(raw: bytes, name: str):
    text = convert(raw, name, decode_source)
    assert text is not None, "the saved page was not read as one"
    return clean(text, source=name)


def test_a_chrome_saved_page_is_read_as_its_html_page():
    url = "https://news.example.org/city/2023/09/14/library.html"
    page = _PAGE.format(charset="utf-8", title="市图书馆新馆开放首日迎客一万二千人次", site="江城晚报网", paras=HANS_PARAS)
    page = page.replace('</div><div class="footer">', '</div><div class="comment-box"><h3>网友评论</h3><p class="tip">'
                        '已有356条评论，<a href="/login">登录</a>后参与评论</p><button>发表评论</button></div>'
                        '<div class="footer">')
    c = _read_page(_blink(page, url), "content/sources/library.mhtml")
    assert c.meta.get("title") == "市图书馆新馆开放首日迎客一万二千人次"
    assert c.meta.get("url") == url  # the address the page was saved from
    assert c.meta.get("date", "").startswith("2023-09-14")
    for words in ("首日接待读者一万二千人次", "夜间开放到十点", "周末一位难求"):
        assert words in c.body
    assert c.meta.get("outlet") == "江城晚报网"  # the page's own name, not the saved-from address's host
    for part in ("Content-Type", "Saved by", "MultipartBoundary", "margin: 0px", "iVBORw0KGgo", "=E5", "登录",
                 "356条评论", "saved from"):
        assert part not in c.body


def test_an_internet_explorer_mht_in_gb2312_quoted_printable_is_decoded():
    url = "http://www.example.net/news/20230915/port.shtml"
    page = _PAGE.format(charset="gb2312", title="市图书馆新馆开放首日迎客一万二千人次", site="滨海日报", paras=HANS_PARAS)
    c = _read_page(_ie(page.encode("gb2312"), "gb2312", url), "content/sources/library.mht")
    assert c.meta.get("url") == url
    assert "馆长周立群说" in c.body and "九点六亿元" in c.body
    assert "\ufffd" not in c.body and "=E" not in c.body and "X-MimeOLE" not in c.body


def test_a_traditional_page_in_big5_base64_under_another_ending_is_read_by_content():
    url = "https://hk.example.com/local/promenade"
    page = _PAGE.format(charset="big5", title="海濱長廊第二期啟用", site="港島新聞網", paras=HANT_PARAS)
    for hans, hant in (("首页", "首頁"), ("登录", "登入"), ("来源", "來源"), ("版权", "版權")):
        page = page.replace(hans, hant)
    raw = _ie(page.encode("big5"), "big5", url, encoding="base64")
    assert mhtml.saved_page(raw)
    c = _read_page(raw, "content/sources/promenade.html")  # saved as .html, still one MIME file
    assert c.meta.get("title") == "海濱長廊第二期啟用"
    assert "長廊設有十二個休憩點" in c.body and "超支百分之十五" in c.body
    assert "R0lGOD" not in c.body


def test_a_page_that_states_its_own_address_keeps_it():
    page = _PAGE.format(charset="utf-8", title="海濱長廊第二期啟用", site="港島新聞網", paras=HANT_PARAS).replace(
        "<head>", '<head><link rel="canonical" href="https://hk.example.com/a/1">')
    c = _read_page(_blink(page, "https://m.hk.example.com/a/1?from=share"), "content/sources/p.mhtml")
    assert c.meta.get("url") == "https://hk.example.com/a/1"


def test_a_page_saved_as_html_keeps_the_address_of_its_mark_of_the_web():
    page = _PAGE.format(charset="utf-8", title="市图书馆新馆开放首日迎客一万二千人次", site="江城晚报网", paras=HANS_PARAS)
    page = page.replace("<html>", "<html>\n<!-- saved from url=(0030)http://news.example.org/lib/7 -->")
    c = clean(page, source="content/sources/library.htm")
    assert c.meta.get("url") == "http://news.example.org/lib/7" and "saved from" not in c.body


def test_an_email_with_inline_images_is_no_saved_page():
    mail = ("From: 王敏 <wm@example.com>\nTo: desk@example.org\nSubject: 稿件\nDate: Fri, 15 Sep 2023 09:00:00 +0800\n"
            'MIME-Version: 1.0\nContent-Type: multipart/related; type="text/html"; boundary="b1"\n\n'
            '--b1\nContent-Type: text/html; charset="utf-8"\n\n<html><body><p>正文。</p></body></html>\n--b1--\n')
    assert not mhtml.saved_page(mail.encode("utf-8"))


# ---- mail archives ------------------------------------------------------------------------------

_FOOTER = ("_______________________________________________\n"
           "山城單車通勤郵件論壇\nbike-commute@lists.example.tw\n"
           "取消訂閱：https://lists.example.tw/mailman/listinfo/bike-commute\n")


def _b64(text: str) -> str:
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def _list_message(sep, name, addr, date, subject, body, *, encoding="8bit"):
    words = "=?utf-8?b?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    subj = "=?utf-8?b?" + base64.b64encode(subject.encode("utf-8")).decode("ascii") + "?="
    return (f"From {addr} {sep}\nFrom: {words} <{addr}>\nTo: bike-commute@lists.example.tw\nDate: {date}\n"
            f"Subject: {subj}\nList-Id: =?utf-8?b?5bGx5Z+O5Zau6LuK6YCa5Yuk?= <bike-commute.lists.example.tw>\n"
            "Precedence: list\nContent-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: {encoding}\nMIME-Version: 1.0\n\n"
            f"{body}\n")


MAILMAN = "\n".join([
    _list_message("Mon Oct  2 01:00:00 2023", "許雅婷", "yt.hsu@example.tw", "Mon, 02 Oct 2023 09:00:00 +0800",
                  "[Bike-Commute] 市府自行車道新規，大家怎麼看？",
                  "各位車友好：\n\n市府宣布明年起將在中正路增設三公里的實體分隔自行車道，\n"
                  "預算一億兩千萬元，施工期間要縮減一個汽車車道。\n\n"
                  "我自己每天騎車上班，覺得這是很大的進步，但店家擔心卸貨不便。\n\n-- \n許雅婷\n城南社區大學 講師\n\n" + _FOOTER),
    _list_message("Tue Oct  3 12:30:00 2023", "鄭文彬", "wb.cheng@example.tw", "Tue, 03 Oct 2023 20:30:00 +0800",
                  "Re: [Bike-Commute] 市府自行車道新規，大家怎麼看？",
                  "許雅婷 <yt.hsu@example.tw> 於 2023年10月2日 週一 上午9:00 寫道：\n"
                  "> 市府宣布明年起將在中正路增設三公里的實體分隔自行車道，\n>\n> 我自己每天騎車上班\n\n"
                  "我是中正路上開早餐店的，老實說很擔心。早上六點到九點是我們進貨的時間，\n"
                  "車道一做，貨車只能停到巷子裡，搬運時間至少多半小時。\n\n-- \n鄭文彬\n\n" + _FOOTER),
    _list_message("Wed Oct  4 00:10:00 2023", "bikeguy88", "bikeguy88@example.com", "Wed, 04 Oct 2023 08:10:00 +0800",
                  "Re: [Bike-Commute] 市府自行車道新規，大家怎麼看？",
                  _b64("+1 支持！\n\n-- \n從我的手機傳送\n\n" + _FOOTER), encoding="base64"),
    _list_message("Thu Oct  5 03:00:00 2023", "許雅婷", "yt.hsu@example.tw", "Thu, 05 Oct 2023 11:00:00 +0800",
                  "Re: [Bike-Commute] 市府自行車道新規，大家怎麼看？",
                  "鄭文彬 <wb.cheng@example.tw> 於 2023年10月3日 週二 下午8:30 寫道：\n"
                  "> 我是中正路上開早餐店的，老實說很擔心。早上六點到九點是我們進貨的時間，\n"
                  "車道一做，貨車只能停到巷子裡，搬運時間至少多半小時。\n\n"
                  "文彬大哥，市府的簡報有提到會在每個路口留卸貨區，\n早上十點前貨車可以臨停。\n\n-- \n許雅婷\n\n" + _FOOTER),
])


def _thread(raw: bytes, name: str = "content/sources/thread.mbox"):
    text = convert(raw, name, decode_source)
    assert text is not None, "the archive was not read as a thread"
    return clean(text, source=name)


def test_a_list_archive_is_a_thread_of_its_senders_own_words():
    c = _thread(MAILMAN.encode("utf-8"))
    body = c.body
    assert c.meta.get("title") == "市府自行車道新規，大家怎麼看？"  # Re: and the list's tag gone
    assert "1楼　許雅婷　2023-10-02 09:00" in body
    assert "2楼　鄭文彬　2023-10-03 20:30" in body
    assert "3楼　bikeguy88　2023-10-04 08:10" in body  # no display name: the address's local part
    assert "支持！" in body  # a base64 body, decoded
    # a quoted line is published once, in the message that said it (marks kept or lost)
    assert body.count("增設三公里的實體分隔自行車道") == 1
    assert body.count("搬運時間至少多半小時") == 1
    assert "寫道" not in body and "> " not in body
    # a post's salutation under its heading is its own opening, no fragment for the editor to check
    assert not any("Very short paragraph" in f.message for f in c.flags)
    # the reply's own words stay, joined across the hard wraps
    assert "市府的簡報有提到會在每個路口留卸貨區，早上十點前貨車可以臨停。" in body
    # signatures and the list footer are furniture
    for furniture in ("社區大學 講師", "從我的手機傳送", "取消訂閱", "lists.example.tw", "_____"):
        assert furniture not in body
    # what left is in the cleaning record, with the line it stood on
    removed = "\n".join(e.note + " " + e.before for e in c.audit if e.action == "removed")
    assert "quoted from an earlier message" in removed and "> 我是中正路上開早餐店的" in removed
    assert "社區大學 講師" in removed and "取消訂閱" in removed



def _tb_message(sep, frm, date, subject, body_bytes: bytes, charset: str, encoding: str = "8bit") -> bytes:
    head = (f"From - {sep}\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n"
            f"Date: {date}\nFrom: {frm}\nTo: team@example.cn\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={charset}; format=flowed\nContent-Transfer-Encoding: {encoding}\n\n")
    return head.encode("ascii") + body_bytes + b"\n\n"


def test_a_thunderbird_folder_in_gb2312_and_quoted_printable_is_a_thread():
    first = ("各位：\n\n下周一起，园区食堂午餐改为预约制，每天上午十点前在小程序下单，\n"
             "未预约的同事只能在十二点半以后就餐。\n\n行政部 刘婷\n").encode("gb2312")
    reply = ("这个安排对经常外出的销售同事不太友好，能否保留二十份不预约的套餐？\n\n"
             "在 2024/3/4 10:00, 刘婷 写道:\n> 下周一起，园区食堂午餐改为预约制，每天上午十点前在小程序下单，\n"
             "> 未预约的同事只能在十二点半以后就餐。\n\nSent from my iPhone\n")
    raw = (_tb_message("Mon Mar 04 10:00:00 2024", "=?GB2312?B?wfXmww==?= <liuting@example.cn>",
                       "Mon, 4 Mar 2024 10:00:00 +0800", "=?GB2312?B?yrO/zs6yzfLUpNS8?=", first, "GB2312")
           + _tb_message("Mon Mar 04 11:20:00 2024", "\"Wu Hao\" <wuhao@example.cn>",
                         "Mon, 4 Mar 2024 11:20:00 +0800", "Re: =?GB2312?B?yrO/zs6yzfLUpNS8?=",
                         quopri.encodestring(reply.encode("utf-8")), "UTF-8", "quoted-printable"))
    c = _thread(raw, "content/sources/canteen.mbox")
    body = c.body
    assert "1楼　刘婷　2024-03-04 10:00" in body and "2楼　Wu Hao　2024-03-04 11:20" in body
    assert "每天上午十点前在小程序下单，未预约的同事只能在十二点半以后就餐。" in body
    assert body.count("十二点半以后就餐") == 1  # quoted under the reply: not published twice
    assert "能否保留二十份不预约的套餐" in body
    assert "写道" not in body and "Sent from my iPhone" not in body and "X-Mozilla" not in body
    assert "\ufffd" not in body


def test_a_gmail_takeout_with_an_html_alternative_and_an_original_message_block():
    def msg(n, frm, date, subject, plain, html=None):
        head = (f"From 17{n}0000000000000@xxx Wed Mar 27 10:15:00 +0000 2024\nX-GM-THRID: 1794\n"
                f"X-Gmail-Labels: Inbox,Category Updates\nFrom: {frm}\nTo: board@example.org\nDate: {date}\n"
                f"Subject: {subject}\nMIME-Version: 1.0\n")
        if html is None:
            return head + f"Content-Type: text/plain; charset=UTF-8\n\n{plain}\n"
        return (head + 'Content-Type: multipart/alternative; boundary="000abc"\n\n--000abc\n'
                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                f"{_b64(plain)}\n--000abc\nContent-Type: text/html; charset=UTF-8\n\n{html}\n--000abc--\n")

    raw = "\n".join([
        msg(1, "Amy Lin <amy@example.org>", "Wed, 27 Mar 2024 18:15:00 +0800", "Fwd: 社区菜园扩建方案",
            "大家好，社区菜园明年扩建到四十块地，每块年费三百元，优先分给七十岁以上的老人。",
            "<div dir=ltr>大家好，社区菜园明年扩建到四十块地，每块年费三百元，优先分给七十岁以上的老人。</div>"),
        msg(2, "=?UTF-8?B?6auY5bu6?= <gaojian@example.org>", "Thu, 28 Mar 2024 09:05:00 +0800",
            "Re: 社区菜园扩建方案",
            "年费是否太低？水费一年就要一万多元，建议提高到五百元。\n\n"
            "On Wed, Mar 27, 2024 at 6:15 PM Amy Lin <amy@example.org> wrote:\n"
            "> 大家好，社区菜园明年扩建到四十块地，每块年费三百元，优先分给七十岁以上的老人。\n"),
        msg(3, "Amy Lin <amy@example.org>", "Thu, 28 Mar 2024 12:00:00 +0800", "RE: Re: 社区菜园扩建方案",
            "水费可以从物业的公共收益里出，年费先不调。\n\n-----Original Message-----\nFrom: 高建\n"
            "Sent: Thursday, March 28, 2024 9:05 AM\nSubject: Re: 社区菜园扩建方案\n\n"
            "年费是否太低？水费一年就要一万多元，建议提高到五百元。\n"),
    ])
    c = _thread(raw.encode("utf-8"), "content/sources/garden.mbox")
    body = c.body
    assert c.meta.get("title") == "社区菜园扩建方案"
    assert "2楼　高建　2024-03-28 09:05" in body and "3楼　Amy Lin　2024-03-28 12:00" in body
    assert body.count("每块年费三百元") == 1 and body.count("建议提高到五百元") == 1
    assert "水费可以从物业的公共收益里出" in body
    assert "wrote" not in body and "Original Message" not in body and "X-GM" not in body


def test_an_archive_under_another_ending_is_still_a_thread():
    raw = MAILMAN.encode("utf-8")
    assert mbox.mail_archive(raw)
    c = _thread(raw, "content/sources/export.txt")
    assert "2楼　鄭文彬" in c.body and "取消訂閱" not in c.body


# ---- unknown endings --------------------------------------------------------------------------------

SRT = "1\n00:00:01,000 --> 00:00:03,000\n大家好\n\n2\n00:00:03,500 --> 00:00:06,000\n今天说说社区菜园\n\n" \
      "3\n00:00:06,500 --> 00:00:09,000\n明年要扩建到四十块地\n"


def test_a_file_of_an_unknown_ending_is_read_by_its_content_or_skipped_with_what_to_do(tmp_path):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    (folder / "a_list.archive").write_bytes(MAILMAN.encode("utf-8"))
    (folder / "b_page.webpage").write_bytes(_blink(_PAGE.format(
        charset="utf-8", title="市图书馆新馆开放", site="江城晚报网", paras=HANS_PARAS), "https://x.example.org/1"))
    (folder / "c_clip.sub").write_text(SRT, encoding="utf-8")
    (folder / "d_story.json5").write_text('{"title": "菜园扩建", "content": "' + "社区菜园明年扩建到四十块地。" * 20 + '"}',
                                          encoding="utf-8")
    (folder / "e_notes.log").write_text("今天跑了三公里。\n", encoding="utf-8")
    (folder / "f_scan.dat").write_bytes(b"%PDF-1.7\n...")
    (folder / "g_clip.subs").write_text("[Script Info]\nTitle: 菜园\nScriptType: v4.00+\n\n[V4+ Styles]\n"
                                       "Format: Name, Fontname\nStyle: Default,Arial\n\n[Events]\n"
                                       "Format: Layer, Start, End, Style, Text\n"
                                       "Dialogue: 0,0:00:01.00,0:00:03.00,Default,大家好\n"
                                       "Dialogue: 0,0:00:03.50,0:00:06.00,Default,今天说说社区菜园\n", encoding="utf-8")
    (folder / "h_memo.doc1").write_text("{\\rtf1\\ansi 社区菜园明年扩建。}", encoding="utf-8")
    sources, warnings = read_sources(folder, {})
    read = {s.name: s.text for s in sources}
    assert set(read) == {"a_list.archive", "b_page.webpage", "c_clip.sub", "d_story.json5", "g_clip.subs"}
    assert "1楼　許雅婷" in read["a_list.archive"]  # converted as the mail archive it is
    assert read["b_page.webpage"].lstrip().startswith("<!DOCTYPE html>")  # the saved page's HTML
    assert "社区菜园明年扩建到四十块地" in read["d_story.json5"] and '"content"' not in read["d_story.json5"]
    text = "\n".join(warnings)
    assert "e_notes.log: skipped" in text and "rename it to .txt" in text
    assert "f_scan.dat: skipped" in text and "PDF document" in text
    assert "g_clip.subs" not in text  # a subtitle script, read as the .ass it is
    assert "h_memo.doc1: skipped" in text and "RTF" in text


def test_a_numbered_point_reads_as_its_number_and_another_threads_message_is_set_aside():
    other = _list_message("Fri Oct  6 01:00:00 2023", "何志明", "cm.ho@example.tw", "Fri, 06 Oct 2023 09:00:00 +0800",
                          "[Bike-Commute] 二手折疊車求推薦", "想買一台二手折疊車，預算五千元以內，請問哪個牌子耐用？\n\n" + _FOOTER)
    points = _list_message("Sat Oct  7 01:00:00 2023", "許雅婷", "yt.hsu@example.tw", "Sat, 07 Oct 2023 09:00:00 +0800",
                           "Re: [Bike-Commute] 市府自行車道新規，大家怎麼看？",
                           "市府今天公布了兩點補充：\n\n1. 卸貨區每兩百公尺設一處。\n2. 施工分三段進行，每段兩個月。\n\n" + _FOOTER)
    c = _thread((MAILMAN + "\n" + other + "\n" + points).encode("utf-8"))
    body = c.body
    # (the body is Markdown: "1\\." is the point's number as printed, never a stray backslash "\\1.")
    assert "1\\. 卸貨區每兩百公尺設一處。" in body and "\\1" not in body
    # the message of another thread leaves the thread (kept for the editor), and the floors run on
    assert "二手折疊車" not in body and any("二手折疊車" in t for t in c.set_aside)
    assert "5楼　許雅婷　2023-10-07 09:00" in body


def test_an_outlook_reply_and_a_wrapped_gmail_lead_in_keep_only_the_repliers_words():
    def msg(n, frm, date, subject, body):
        return (f"From sender{n}@example.org Mon Jun  3 0{n}:00:00 2024\nFrom: {frm}\nTo: club@example.org\n"
                f"Date: {date}\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n")

    raw = "\n".join([
        msg(1, "Chen Yu <cy@example.org>", "Mon, 3 Jun 2024 09:00:00 +0800", "游泳馆暑期开放时间",
            "暑期游泳馆改为早六点到晚十点开放，学生凭证半价。"),
        msg(2, "Li Na <ln@example.org>", "Mon, 3 Jun 2024 10:00:00 +0800", "RE: 游泳馆暑期开放时间",
            "半价是否包括周末？上周末的场次已经满员了。\n\n________________________________\n"
            "From: Chen Yu <cy@example.org>\nSent: Monday, June 3, 2024 9:00 AM\nTo: club@example.org\n"
            "Subject: 游泳馆暑期开放时间\n\n暑期游泳馆改为早六点到晚十点开放。"),
        msg(3, "Chen Yu <cy@example.org>", "Mon, 3 Jun 2024 11:00:00 +0800", "Re: 游泳馆暑期开放时间",
            "包括周末，但周末需要提前一天预约。\n\nOn Mon, Jun 3, 2024 at 10:00 AM Li Na <\nln@example.org> wrote:\n"
            "> 半价是否包括周末？"),
    ])
    c = _thread(raw.encode("utf-8"), "content/sources/pool.mbox")
    body = c.body
    assert body.count("早六点到晚十点") == 1 and "Sent:" not in body and "____" not in body
    assert "包括周末，但周末需要提前一天预约。" in body
    assert "wrote" not in body and "On Mon" not in body and body.count("半价是否包括周末") == 1


def test_an_email_under_an_unknown_ending_is_read_as_an_email(tmp_path):
    mail = ("From: 社区服务中心 <svc@example.org>\nTo: residents@example.org\nSubject: 转发：停水通知\n"
            "Date: Tue, 9 Jul 2024 08:00:00 +0800\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "因管网检修，本周四上午九点至下午三点，东区三栋至八栋停水，请提前储水。\n")
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    (folder / "notice.letter").write_text(mail, encoding="utf-8")
    sources, warnings = read_sources(folder, {})
    assert [s.name for s in sources] == ["notice.letter"] and not warnings
    c = clean(sources[0].text, source=sources[0].path)
    assert c.meta.get("title") == "停水通知" and c.meta.get("date", "").startswith("2024-07-09")
    assert "Subject" not in c.body and "东区三栋至八栋停水" in c.body


def test_a_large_archive_is_read_in_bounded_time():
    import time
    body = "\n".join(f"> 第{i}行引用的文字，来自更早的邮件。\n" if i % 3 else f"第{i}行是回复者自己的话。" for i in range(40000))
    raw = _list_message("Mon Oct  2 01:00:00 2023", "許雅婷", "yt.hsu@example.tw", "Mon, 02 Oct 2023 09:00:00 +0800",
                        "[Bike-Commute] 大檔案", body)
    start = time.perf_counter()
    text = convert(raw.encode("utf-8"), "content/sources/big.mbox", decode_source)
    assert time.perf_counter() - start < 20
    published = text.split("<!-- left out: quoted", 1)  # (what leaves is kept in a comment under the post)
    assert len(published) == 2 and "第3行是回复者自己的话" in published[0] and "第4行引用" not in published[0]


def test_an_old_clients_unencoded_big5_and_gb2312_headers_and_bodies_are_decoded():
    big5 = ("From chan@example.hk Mon Jan  8 00:00:00 2024\nFrom: 陳大文 <chan@example.hk>\nSubject: 大廈維修時間表\n"
            "Message-ID: <m1@example.hk>\nDate: Mon, 8 Jan 2024 08:00:00 +0800\nContent-Type: text/plain\n\n"
            "外牆維修改到下星期一開始，工期約六個星期，期間平台花園暫停開放。\n").encode("big5")
    gb = ("From li@example.cn Tue Jan  9 00:00:00 2024\nFrom: 李明 <li@example.cn>\nSubject: Re: 大厦维修时间表\n"  # (its client wrote the subject in its own script)
          "In-Reply-To: <m1@example.hk>\nDate: Tue, 9 Jan 2024 09:30:00 +0800\nContent-Type: text/plain; charset=gb2312\n"
          "Content-Transfer-Encoding: 8bit\n\n请问维修期间垃圾房是否照常开放？\n").encode("gb2312")
    c = _thread(big5 + b"\n" + gb, "content/sources/estate.mbox")
    body = c.body
    assert c.meta.get("title") == "大廈維修時間表"
    assert "1楼　陳大文　2024-01-08 08:00" in body and "2楼　李明　2024-01-09 09:30" in body
    assert "平台花園暫停開放" in body and "垃圾房是否照常开放" in body and "\ufffd" not in body


def test_a_reply_quoting_long_messages_raises_no_false_alarm_for_the_editor():
    long = ("新校区图书馆的自习座位从三百个增加到八百个，开放时间延长到晚上十一点。"
            "期末考试周期间将实行二十四小时开放，需要刷学生证进入。"
            "馆方同时提醒，座位不得长时间占用，离开超过三十分钟将被清空。"
            "馆长在说明会上表示，今年购书经费增加了两成，新书上架周期从一个月缩短到一周，读者可以在网上荐购。")
    first = _list_message("Mon Oct  2 01:00:00 2023", "許雅婷", "yt.hsu@example.tw", "Mon, 02 Oct 2023 09:00:00 +0800",
                          "[Bike-Commute] 圖書館新規", long + "\n\n" + long.replace("新校区", "老校区"))
    reply = _list_message("Tue Oct  3 01:00:00 2023", "鄭文彬", "wb.cheng@example.tw", "Tue, 03 Oct 2023 09:00:00 +0800",
                          "Re: [Bike-Commute] 圖書館新規",
                          "許雅婷 於 2023年10月2日 寫道：\n> " + long + "\n>\n> " + long.replace("新校区", "老校区")
                          + "\n\n清空座位的规定很合理，希望能严格执行。")
    c = _thread((first + "\n" + reply).encode("utf-8"))
    assert "清空座位的规定很合理" in c.body and c.body.count("座位从三百个增加到八百个") == 2  # (once per campus)
    assert any(e.note.startswith("left out when the form was converted") for e in c.audit)
    # the quotes left by design: nothing asks the editor to bring them back
    assert not any("left out" in f.message or "removed block" in f.message for f in c.flags), [f.message for f in c.flags]
