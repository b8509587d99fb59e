"""A disputed question asks the claim, not where its writer read or heard it: a leading clause relaying a source
("之前看X的报告，说…", "听邻居说，…", "据当地媒体报道，…") leaves the question, with the reporting verb opening the
claim (disputequestion.claim_clauses). Forms: a forum post citing a report, a chat line passing on hearsay, a
traditional-script comment citing the press; the claim stays whole when nothing is left after the frame.
"""

from generator.analyse.disputesides import question_text


def test_a_post_citing_a_report_asks_what_the_report_says():
    q = question_text("之前看水务局的年报，说城区老旧水管的漏损率超过两成，现在换管也来不及了。")
    assert q.startswith("城区老旧水管的漏损率超过两成"), q
    assert "年报" not in q


def test_a_chat_line_passing_on_hearsay_asks_the_hearsay():
    q = question_text("听邻居说，小区的地下车库明年要改成收费停车场。")
    assert q == "小区的地下车库明年要改成收费停车场？", q


def test_a_traditional_comment_citing_the_press_asks_the_claim():
    # (questions are built from simplified text)
    q = question_text("据当地媒体报道，新渡轮码头的候船厅夏天没有空调，乘客只能站在外面等。")
    assert q.startswith("新渡轮码头的候船厅夏天没有空调"), q


def test_a_frame_with_too_little_after_it_stays():
    assert question_text("看新闻，明天停电。") == "看新闻，明天停电？"
