"""Whose a figure is and who gives it (issue 14, key figures): a time phrase's actor ("3月2日教育局
发布通知后，我…") never gives a figure, and a pronoun after the figure ("…约9亿元，邻省为其最大
买家") points inside its sentence, not to the sentence before's name. Synthetic forms on topics
unlike the development corpora: a parent's message on a government board, an encyclopedia
paragraph on a tea-growing county, a co-op's newsletter item."""

from __future__ import annotations

from generator.analyse.figuresource import source_of
from tests.test_index import _article, _run


def _figs(*articles):
    return {(f.key, f.subject, f.source) for f in _run(*articles).figures}


def test_a_time_phrases_actor_is_no_source():
    told = "3月2日市教育局发布通知调整线路后，我家孩子的校车费涨到每学期大约3200元"
    assert source_of(told, told.index("大约"), "3月2日市教育局") == ""
    said = "市教育局表示，校车费每学期大约3200元"
    assert source_of(said, said.index("大约"), "市教育局") == "市教育局"
    board = _article("board", "网友留言：校车收费问题\n\n"
                              "3月2日市教育局发布通知调整校车线路后，我们小区的孩子要多坐40分钟车，"
                              "校车费却涨到每学期大约3200元。家长们已经垫付了七成费用，每天接送还要多花将近50元。",
                     date="2031-03-20")
    for key, _, source in _figs(board):
        assert "3月2日" not in source, (key, source)


def test_a_pronoun_after_the_figure_does_not_borrow_the_sentence_befores_name():
    wiki = _article("wiki", "云溪县茶业\n\n"
                            "春茶上市后，县茶叶协会其后发表声明称茶叶“品质稳定、价格平稳”。"
                            "外销方面，2030年云溪县对邻省出口茶叶约9亿元，邻省为其最大买家，其中绿茶占比最高。",
                    date="2031-04-02")
    rows = [(k, s) for k, s, _ in _figs(wiki) if k.startswith("9亿")]
    assert rows and all("协会" not in s for _, s in rows), rows
    # a pronoun before the figure still points to the sentence before: the co-op's newsletter
    letter = _article("letter", "合作社简讯\n\n青禾合作社上月新建了一座冷库。它的容量约为800吨，比旧库大一倍。",
                      date="2031-04-02")
    rows = [(k, s) for k, s, _ in _figs(letter) if k.startswith("800")]
    assert rows and rows[0][1].startswith("青禾"), rows


def test_a_dated_headlines_speaker_keeps_its_name_without_the_day():
    # a district bulletin's headline: "day + body：" gives the body, not the day
    line = "4月9日河湾区水务局：全区二次供水泵房检修率一周提高近一倍"
    assert source_of(line, line.index("近一倍"), "4月9日河湾区水务局") == "河湾区水务局"


def test_a_time_phrases_actor_carried_to_the_next_sentence_gives_no_figure():
    nxt = "这批校服已经付了七成货款，每天仓储费将近300元"
    assert source_of(nxt, nxt.index("七成"), "3月2日市教育局") == ""
