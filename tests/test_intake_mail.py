"""Saved e-mails (``.eml``): a newsletter or a forwarded report as an editor receives it.

Each message is made up for the test (a river-shipping bulletin, a textile-export brief, a
library-funding circular), in three of the ways mail programs save a message: plain 8-bit text
with a forwarded header in Chinese, quoted-printable text with an encoded subject and an English
"Forwarded message" header, and a multipart message whose article is a base64 HTML part.

What a reader notices: the article page exists (an ``.eml`` is no longer skipped), its title is the
subject (without 转发/Fwd), its date and outlet come from the message, no header line is left in
the text, and every removed header line is in the cleaning record at its raw line.
"""

from __future__ import annotations

import base64
import quopri
from email.header import Header

from generator.clean import clean
from generator.pipeline import Settings, build
from generator.sources import read_sources
from projectkit import make_project

PLAIN = """From: 林秋 <linqiu@example-shipping.cn>
To: 编辑部 <desk@example-news.cn>
Subject: 转发：【内河航运周报】第12期｜枯水期运价上涨
Date: Mon, 13 Nov 2023 08:05:00 +0800
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

各位：请看这期周报的运价部分。

-------- 转发的邮件 --------
发件人：长河航运研究所 <bulletin@example-river.cn>
日期：2023年11月12日 周日 09:00
收件人：linqiu@example-shipping.cn
主题：【内河航运周报】第12期｜枯水期运价上涨

本周长河中游水位降至近十年同期最低，万吨级船舶普遍减载三成航行。

研究所分析师韩卓表示，枯水期将持续到明年一月，干散货运价还有上涨空间。

据测算，中游至下游的煤炭运价本周上涨了18%，部分船东开始暂停接单。
"""


def _qp_message() -> str:
    body = ("纺织出口简报：十月对欧出口同比下降7%，订单向东南亚转移的趋势仍在延续。\n\n"
            "行业协会秘书长贺兰称，明年一季度的订单依然偏弱，中小工厂压力最大。\n")
    encoded = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    subject = Header("Fwd: 十月纺织出口简报", "utf-8").encode()
    return (f"From: desk@example.org\nTo: team@example.org\nSubject: {subject}\n"
            "Date: Thu, 02 Nov 2023 10:00:00 +0800\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + encoded)


def _multipart_message() -> str:
    html = ("<html><head><title>图书馆经费通报</title></head><body><article>"
            "<h1>市图书馆购书经费削减两成</h1>"
            "<p>市文旅局昨日通报，明年市图书馆购书经费将比今年减少20%，新书上架数量预计随之下降。</p>"
            "<p>馆长沈默表示，馆方将优先保障少儿读物和地方文献的采购，数字资源续订可能暂缓。</p>"
            "<p>读者代表认为，经费削减会让分馆的开放时间进一步缩短。</p>"
            "</article></body></html>")
    b64 = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    return ("From: =?utf-8?b?" + base64.b64encode("文旅通讯".encode()).decode() + "?= <news@example.gov>\n"
            "To: reader@example.org\nSubject: =?utf-8?b?" + base64.b64encode("图书馆经费通报".encode()).decode()
            + "?=\nDate: Fri, 24 Nov 2023 16:30:00 +0800\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"XYZ\"\n\n"
            "--XYZ\nContent-Type: text/plain; charset=utf-8\n\n请用支持HTML的邮件程序查看。\n\n"
            "--XYZ\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + b64 + "\n--XYZ--\n")


def test_a_forwarded_plain_mail_reads_as_its_article():
    c = clean(PLAIN, source="bulletin.eml")
    assert c.meta["title"] == "【内河航运周报】第12期｜枯水期运价上涨"
    assert c.meta["date"] == "2023-11-12"  # the forwarded message's date: it is the article
    assert c.meta["outlet"] == "长河航运研究所"
    for header in ("From:", "Subject:", "Content-Type", "发件人", "收件人", "转发的邮件", "@"):
        assert header not in c.body, header
    assert "研究所分析师韩卓表示，枯水期将持续到明年一月" in c.body
    assert "煤炭运价本周上涨了18%" in c.body
    lines = PLAIN.split("\n")
    removed = [e for e in c.audit if e.rule == "read_mail"]
    assert {e.line for e in removed} >= {1, 3, 4, 11, 12, 14}
    for e in removed:
        assert lines[e.line - 1] == e.before  # recorded at its raw line, text as written


def test_a_quoted_printable_mail_is_decoded():
    c = clean(_qp_message(), source="textiles.eml")
    assert c.meta["title"] == "十月纺织出口简报"
    assert c.meta["date"] == "2023-11-02"
    assert "十月对欧出口同比下降7%" in c.body
    assert "行业协会秘书长贺兰称" in c.body
    assert "=E" not in c.body and "quoted-printable" not in c.body
    assert any("decoded" in e.note for e in c.audit if e.rule == "read_mail")


def test_a_multipart_mail_reads_its_html_part():
    c = clean(_multipart_message(), source="library.eml")
    assert c.meta["date"] == "2023-11-24"
    assert "明年市图书馆购书经费将比今年减少20%" in c.body
    assert "馆长沈默表示" in c.body
    assert "请用支持HTML的邮件程序查看" not in c.body  # the plain stub is not the article
    assert "base64" not in c.body and "--XYZ" not in c.body


def test_a_file_named_eml_without_headers_reads_as_plain_text():
    text = "港口吞吐量十月增长5%。\n\n码头工人表示，夜班增加了一倍。\n"
    c = clean(text, source="note.eml")
    assert "港口吞吐量十月增长5%" in c.body and "夜班增加了一倍" in c.body
    assert not [e for e in c.audit if e.rule == "read_mail"]


def test_an_eml_source_is_built_into_an_article_page(tmp_path):
    project = make_project(tmp_path, {"000_bulletin.eml": PLAIN, "001_library.eml": _multipart_message()})
    sources, warnings = read_sources(project / "content" / "sources", {})
    assert [s.name for s in sources] == ["000_bulletin.eml", "001_library.eml"]
    assert not [w for w in warnings if "skipped" in w]
    result = build(Settings(root=project, pdf=False, site_name="测试"))
    titles = {a.title for a in result.articles}
    assert "【内河航运周报】第12期｜枯水期运价上涨" in titles
    assert len(result.articles) == 2
    page = next(text for rel, text in result.pages.items()
                if rel.startswith("zh-Hans/articles/000-") and rel.endswith("/index.md"))
    assert "煤炭运价本周上涨了18%" in page and "Subject:" not in page
