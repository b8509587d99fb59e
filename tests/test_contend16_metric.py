"""tests/eval/contend.py's "suspect": contentions a reader would not trust, whatever the gold says."""
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("contend_eval", str(Path(__file__).parent / "eval" / "contend.py"))
ce = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ce)


def _c(a_stmt, a_names, a_quotes, b_stmt, b_names, b_quotes, art_a="x", art_b="x"):
    side = lambda st, ns, qs, art: {"statement": st, "speakers": [{"name": n} for n in ns],
                                    "sources": [{"article": art, "quote": q} for q in qs]}
    return {"id": "c", "sides": {"a": side(a_stmt, a_names, a_quotes, art_a), "b": side(b_stmt, b_names, b_quotes, art_b)}}


def test_one_person_going_on_is_suspect():
    c = _c("渔民担心鱼价下跌。", ["玛丽亚·洛佩斯"], ["渔民担心鱼价下跌。"],
           "她也指出，冲击目前有限。", [], ["不过她也指出，冲击目前有限。"])
    assert any("goes on" in w for w in ce.suspect(c))


def test_same_data_both_sides_is_suspect_but_one_disputed_figure_is_not():
    same = _c("去年游客达320万人次，增长15.5%，景区肯定不堪重负。", ["甲"], ["…"],
              "去年景区游客达320万人次，同比增长15.5%。", [], ["…"], art_b="y")
    assert any("figure" in w for w in ce.suspect(same))
    disputed = _c("官方说回收率60%，我看一半都不到。", ["甲"], ["…"], "回收率60%没毛病。", ["乙"], ["…"])
    assert ce.suspect(disputed) == []


def test_repost_and_disclaimer_sides_are_suspect():
    repost = _c("//@老王：转发一下，欢迎讨论。", ["小李"], ["小李：//@老王：转发一下，欢迎讨论。"],
                "这个方案成本太高。", ["老赵"], ["老赵：这个方案成本太高。"])
    assert any("no claim" in w for w in ce.suspect(repost))
    notice = _c("新规会提高产量。", ["甲", "风险提示"], ["新规会提高产量。", "风险提示：本文观点仅代表个人意见，据此操作，风险自负。"],
                "产量不会提高。", ["乙"], ["产量不会提高。"])
    assert any("no claim" in w for w in ce.suspect(notice))


def test_phrase_speaker_is_suspect_and_a_plain_dispute_is_not():
    c = _c("它更省电。", ["沈工", "从统计上"], ["它更省电。"], "样本并不对等。", ["易工"], ["样本并不对等。"])
    assert any("phrase" in w for w in ce.suspect(c))
    ok = _c("新堤能挡住百年一遇的洪水。", ["周工程师"], ["新堤能挡住百年一遇的洪水。"],
            "我不同意，堤坝标准偏低。", ["林教授"], ["我不同意，堤坝标准偏低。"])
    assert ce.suspect(ok) == []
