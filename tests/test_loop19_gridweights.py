"""The idf weights over a corpus size on a grid (``analyse/idfbase.py``, issue 17): a save that adds
or removes a sentence keeps the grouping's word vectors of every sentence it did not touch, and
after any sequence of edits the served analysis is still a cold build's, byte for byte.

The articles are written for this test on a topic unlike the corpora (a city library's
renovation and its reopening), in three forms: a plain report, a Q&A transcript of a press
briefing (问/答 turns), and a traditional-script notice with a table. The corpora are large enough
(40+ sentences) for the grid to round the sentence count, so appends and deletions that stay on
one grid step and ones that cross it both occur.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import opencc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse import vecmemo
from generator.analyse.idfbase import STEPS, base, idf
from generator.analyse.text import idf as exact_idf
from generator.articles import parse_body
from generator.model import Article
from editkit import replay

TAXONOMY = Path(__file__).resolve().parent / "loop19_library_taxonomy.yml"
_S2T = opencc.OpenCC("s2t.json")

POOL = [
    "市图书馆改造工程总投资1.8亿元，阅览座位将从900个增加到2400个。",
    "馆长陈思远表示，改造后夜间开放时间延长到晚上十点，周末客流预计翻一番。",
    "据统计，2023年全馆年接待读者达到120万人次，同比增长22%。",
    "不过，也有读者指出施工期间借还书要跑到分馆，往返一趟需要四十分钟。",
    "施工单位负责人坦言，老楼结构加固的难度超出预期，工期可能推迟两个月。",
    "9月1日，市文旅局召开发布会，宣布新馆将于国庆前试运行。",
    "城市规划研究员林华认为，自习空间的扩充将缓解考研季一座难求的问题。",
    "有网友表示，周边停车位太少，开车去图书馆常常找不到地方停。",
    "专家认为，单靠增加座位不足以提高借阅率，还需要更新馆藏和数字资源。",
    "本文仅供参考，转载请注明出处。",
    "少儿阅览区将单独设置，配备绘本室和亲子活动空间。",
    "部分市民担心改造后的餐饮区会带来噪音，影响安静的阅读环境。",
]
TABLE = "| 区域 | 座位 |\n| --- | --- |\n| 自习区 | 1200个 |\n| 少儿区 | 300个 |"


def _report(rng):  # a plain report: paragraphs of one to three sentences
    return ["".join(rng.sample(POOL, rng.randint(1, 3))) for _ in range(rng.randint(3, 5))]


def _briefing(rng):  # a Q&A transcript of a press briefing: 问/答 turns
    out = []
    for _ in range(rng.randint(2, 3)):
        out += ["问：" + rng.choice(POOL).replace("。", "？", 1), "答：" + rng.choice(POOL)]
    return out


def _notice(rng):  # a notice in traditional script with a table
    return [rng.choice(POOL), TABLE, rng.choice(POOL), rng.choice(POOL)]


FORMS = (("zh-Hans", _report), ("zh-Hans", _briefing), ("zh-Hant", _notice))


def _article(slug: str, paras: list[str], script: str, k: int) -> Article:
    body = "\n\n".join(paras)
    body = _S2T.convert(body) if script == "zh-Hant" else body
    return Article(slug=slug, source=f"{slug}.txt", title=f"图书馆{slug}", script=script,
                   blocks=parse_body(body), outlet=f"{'晨晚日周'[k % 4]}报", date=f"2024-09-{10 + k % 18}")


def _paras(a: Article) -> list[str]:
    return [b.text for b in a.blocks if b.kind in ("p", "table")]


def _edit(rng, corpus: dict, counter: list[int], kind: str) -> None:
    if kind == "add" or not corpus:
        counter[0] += 1
        k = counter[0]
        script, form = FORMS[k % len(FORMS)]
        corpus[f"l{k:02d}"] = _article(f"l{k:02d}", form(rng), script, k)
        return
    slug = rng.choice(sorted(corpus))
    if kind == "remove":
        if len(corpus) > 3:
            del corpus[slug]
        return
    a = corpus[slug]
    paras = _paras(a)
    i = rng.randrange(len(paras))
    if kind == "append":  # a sentence added: N moves by one
        paras[i] = paras[i] + rng.choice(POOL)
    elif kind == "delete" and len(paras) > 1:  # a paragraph removed: N moves by one to three
        del paras[i]
    corpus[slug] = Article(slug=a.slug, source=a.source, title=a.title, script=a.script,
                           blocks=parse_body("\n\n".join(paras)), outlet=a.outlet, date=a.date)



def _run(seed: int, kinds: list[str]) -> list[dict]:
    return replay(seed, kinds, _edit, TAXONOMY, vecmemo.stats)


def test_the_grid_rounds_up_by_at_most_one_sixteenth_and_holds_across_a_step():
    assert [base(n) for n in (0, 1, 5, 31)] == [1, 1, 5, 31]  # small corpora: exact
    for n in range(1, 70000, 7):
        b = base(n)
        assert n <= b <= n * (1 + 1 / STEPS) and base(b) == b
    assert base(300) == base(301) == base(304) == 304 < base(305)
    assert base(30000) == base(30700) == 30720


def test_the_weights_move_by_one_constant_so_their_order_and_ratios_of_rarity_hold():
    """Against the exact sentence count: every weight shifts by log((1 + base(N)) / (1 + N))."""
    rng = random.Random(5)
    words = [f"w{k}" for k in range(60)]
    docs = [rng.sample(words, rng.randint(2, 8)) for _ in range(301)]
    grid, exact = idf(docs), exact_idf(docs)
    assert grid.keys() == exact.keys()
    shift = math.log((1 + 304) / (1 + 301))
    assert all(abs(grid[t] - exact[t] - shift) < 1e-12 for t in grid)
    assert sorted(grid, key=grid.get) == sorted(exact, key=exact.get)


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(min_value=0, max_value=2 ** 32 - 1),
       st.lists(st.sampled_from(("append", "delete", "add", "remove")), min_size=3, max_size=5))
def test_kept_vectors_give_the_cold_corpus_json_after_random_edits(seed, kinds):
    _run(seed, kinds)


def test_an_appended_sentence_keeps_the_other_sentences_vectors():
    """Appends and deletions that stay on one grid step recompute only the vectors of words
    whose document frequency moved: most are kept (before the grid, an added sentence moved every
    weight and every vector was made again)."""
    seen = _run(11, ["append", "delete", "append", "append", "delete", "append"])
    assert seen[0]["sentences"] >= 2 * STEPS  # (on the grid: the corpus is large enough)
    steady = [s for prev, s in zip(seen, seen[1:])
              if s["sentences"] != prev["sentences"] and base(s["sentences"]) == base(prev["sentences"])]
    assert steady, "no edit stayed on one grid step"
    # (without the grid every word vector, two thirds of them, is made again on each of these)
    assert sum(s["vectors_kept"] for s in steady) > sum(s["vectors_made"] for s in steady)
    assert all(s["vectors_kept"] > 0 for s in steady) and sum(s["dots_kept"] for s in steady) > 0
