""""确认" before a pause reports a holder's statement (issue 13, property 1): "某公司方面向本台确认，…",
"警方已确认，…" credit the company and the police; "经确认，…", "尚无法确认，…", "确认了订单" credit
nobody. Invented events (a ferry operator's refund, a landslide, a courier's delayed parcels) in a
flash-news column, a traditional-script police bulletin and a customer-service e-mail."""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 渡轮退款\n  terms: [渡轮, 山泥, 快递]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    art = Article(slug="a", source="a.txt", title="标题", script=script, blocks=parse_body(body),
                  outlet="快讯台", date="2025-06-02")
    part = analysed(tmp_path, art, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


def test_flash_news_company_confirms_to_the_channel(tmp_path):
    body = ("【渡轮停航退款】\n\n【江口轮渡：停航船票全额退款】江口轮渡公司方面向本台确认，停航期间已售船票将全额退还。\n\n"
            "经确认，首批退款已于昨日到账。")
    assert _who(tmp_path, body, "停航期间已售船票将全额退还") == ["江口轮渡公司"]
    assert _who(tmp_path, body, "首批退款已于昨日到账") == []


def test_traditional_police_bulletin(tmp_path):
    body = "山泥傾瀉意外。\n\n警方已確認，受困司機已送院治理。\n\n目前尚無法確認，山泥傾瀉原因仍在調查。"
    assert _who(tmp_path, body, "受困司機已送院治理", "zh-Hant") == ["警方"]
    assert _who(tmp_path, body, "山泥傾瀉原因仍在調查", "zh-Hant") == []


def test_mail_confirming_an_order_is_no_statement(tmp_path):
    body = ("主题：快递延误说明\n\n客服确认了订单，随后安排补发。\n\n"
            "仓储部确认：华东仓积压包裹将在三日内发出。")
    assert _who(tmp_path, body, "随后安排补发") == []
    assert _who(tmp_path, body, "华东仓积压包裹将在三日内发出") == ["仓储部"]


def test_foreign_press_compilation_report_goes_on_as_its_outlets(tmp_path):
    body = ("外媒看渡轮停航。\n\n"
            "英国《泰晤士周刊》6月1日的报道把焦点放在票价上。报道称，停航后过江成本上涨约一倍。\n\n"
            "据新加坡《南洋晨报》网站报道，江口渡轮已运营六十年。报道称，停航与客流下降有关。\n\n"
            "渡轮停航后，报道称，大桥晚高峰拥堵加剧。")
    assert _who(tmp_path, body, "停航后过江成本上涨约一倍") == ["泰晤士周刊"]
    assert _who(tmp_path, body, "停航与客流下降有关") == ["南洋晨报"]


def test_a_books_title_opening_a_paragraph_is_no_outlet(tmp_path):
    body = "渡轮往事。\n\n《江口往事》是一部小说，写的是渡轮。书中称，渡轮是小城的心脏。"
    assert _who(tmp_path, body, "渡轮是小城的心脏") == []
