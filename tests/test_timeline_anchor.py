"""What a relative date counts from, and dates that name no event: a chat message's own stamp is
when its "昨天", "今天", "上周五" were said (not the export's or the page's date), and the stamp
itself is no event; a year named as the baseline of a comparison ("去年同期的3倍", "比去年增长")
dates nothing. On small synthetic articles written for the test (an invented ferry line and its
operator's work group), not on any corpus's wording."""

from __future__ import annotations

from tests.test_index import _article, _run


def _rows(*articles):
    return [(e.article, e.paragraph, e.date, e.text) for e in _run(*articles).events]


def test_a_chat_messages_relative_dates_count_from_its_own_stamp():
    chat = _article("c", "2025-06-10 08:55 宋知远：早。昨天傍晚渡轮因大风停航，今天上午恢复了三班。\n\n"
                         "2025-06-10 09:02 贺兰心：收到，我今天下午去码头拍照。\n\n"
                         "2025-06-16 10:20 宋知远：上周五起客流基本回到停航前的水平。",
                    date="2025-07-01")  # the export's date, weeks later
    rows = _rows(chat)
    days = {(p, d) for _, p, d, _ in rows}
    assert ("p1", "2025-06-09") in days, rows  # 昨天 of a message said on the 10th
    assert ("p1", "2025-06-10") in days, rows
    assert ("p3", "2025-06-13") in days, rows  # 上周五 of a message said on Monday the 16th
    assert not any(d.startswith(("2025-06-30", "2025-07")) for _, _, d, _ in rows), rows
    # the stamp of a message that dates what it reports is not a row of its own; a message that
    # gives no date is news of its stamp's day
    assert not any(p == "p1" and d == "2025-06-10" and "昨天" not in t and "今天" not in t
                   for _, p, d, t in rows), rows
    news = _article("n", "2025-06-11 21:40 宋知远：码头那边怎么样？\n\n"
                         "2025-06-11 21:48 贺兰心：首班复航渡轮刚刚靠岸，船上有三百多名乘客", date="2025-07-01")
    assert ("n", "p2", "2025-06-11") in {(a, p, d) for a, p, d, _ in _rows(news)}


def test_a_year_named_as_a_comparisons_baseline_dates_nothing():
    a = _article("b", "停航风波过后的首个周末，海湾码头的客流约为去年同期的3倍。\n\n"
                      "渡轮公司5月20日公布，当月票务收入比去年增长约四成。", date="2025-06-20")
    rows = _rows(a)
    assert not any(d.startswith("2024") for _, _, d, _ in rows), rows
    assert any(p == "p2" and d.startswith("2025-05-20") for _, p, d, _ in rows), rows


def test_a_span_counted_forward_in_a_guess_is_a_forecast_of_its_month_and_a_storys_is_not():
    a = _article("f", "船公司的人说，这股热度可能三个月以后就淡了。\n\n"
                      "老船长1990年进港务局。三年后，他被派到了北岸码头。", date="2025-06-20")
    events = _run(a).events
    guess = [e for e in events if e.paragraph == "p1"]
    assert [(e.date, e.forecast) for e in guess] == [("2025-09", True)], events
    assert not any(e.date.startswith("2028") for e in events), events


def test_a_chat_read_into_day_headings_dates_its_messages_by_the_heading_over_them():
    # a chat export read as the cleaner writes it: the stamps gone, each day a heading over its messages
    chat = _article("d", "### 2025-06-10\n\n宋知远：早。昨天傍晚渡轮因大风停航，今天上午恢复了三班。\n\n"
                         "贺兰心：首班复航渡轮刚刚靠岸，船上有三百多名乘客。\n\n"
                         "### 2025-06-16\n\n宋知远：上周五起客流基本回到停航前的水平。",
                    date="2025-07-01")  # the export's date, weeks later
    rows = _rows(chat)
    days = {(p, d) for _, p, d, _ in rows}
    assert ("p1", "2025-06-09") in days, rows  # 昨天 of a message under the 10th
    assert ("p3", "2025-06-13") in days, rows  # 上周五 of a message under Monday the 16th
    assert ("p2", "2025-06-10") in days, rows  # a message that gives no date: news of its day
    assert not any(d.startswith(("2025-06-30", "2025-07")) for _, _, d, _ in rows), rows
    # a heading that is not a date dates nothing under it
    notes = _article("e", "### 码头见闻\n\n贺兰心：首班复航渡轮刚刚靠岸，船上有三百多名乘客。", date="2025-07-01")
    assert not _rows(notes), _rows(notes)
