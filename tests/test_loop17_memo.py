"""The grouping's vectors and dot products kept across saves (``analyse/vecmemo.py``, issue 17):
after any sequence of edits the served analysis is the cold one, byte for byte, and an edit that
keeps the number of sentences recomputes only the vectors whose weights it moved.

The articles are written for this test on a topic unlike the corpora (a city's shared bicycles),
in three forms: a plain report, a forum thread with numbered posts, and a traditional-script
notice with a table. The edits: a word of a sentence replaced by a new rare word (the number of
sentences unchanged, one df moves), a sentence replaced by another (the df of many words moves),
a sentence appended, a paragraph deleted, an article added, an article removed.
"""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import opencc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse import vecmemo
from generator.analyse.incremental import analyse_cached
from generator.articles import parse_body
from generator.model import Article
from editkit import replay

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"
_S2T = opencc.OpenCC("s2t.json")

POOL = [
    "市交通局表示，共享单车投放总量将控制在12万辆以内，超出部分由企业限期回收。",
    "骑行协会会长周明认为，新规将大幅减少地铁口的乱停乱放，通勤高峰的拥堵有望缓解。",
    "据统计，2023年全市共享单车日均骑行量达到85万人次，同比增长18%。",
    "不过，也有市民指出电子围栏定位不准，常常被判定为违规停车而多扣费用。",
    "运营企业负责人坦言，调度成本上升三成，部分区域可能出现无车可骑的情况。",
    "5月8日，市政府召开新闻发布会，宣布试点区域扩大到六个城区。",
    "交通研究所研究员李华表示：“限量投放之后，车辆周转率会明显提高。”",
    "业内人士称，单车企业的盈利压力仍然较大，押金问题尚未彻底解决。",
    "本文仅供参考，转载请注明出处。",
    "有网友表示，早上在小区门口根本找不到车，只能步行二十分钟去地铁站。",
    "专家认为，限量政策不足以解决停放秩序问题，还需要加强企业的运维责任。",
]
RARE = ["鹭岛", "翠微", "琉璃", "铁骊", "柘城", "龙泉驿"]
TABLE = "| 城区 | 投放量 |\n| --- | --- |\n| 东城 | 3万辆 |\n| 西城 | 2万辆 |"


def _report(rng):  # a plain report: paragraphs of one to three sentences
    return ["".join(rng.sample(POOL, rng.randint(1, 3))) for _ in range(rng.randint(2, 4))]


def _thread(rng):  # a forum thread: numbered posts, each a heading and a paragraph
    out = []
    for k in range(1, rng.randint(3, 4)):
        out += [f"### {k}楼\u3000网友{k:02d}\u30002024-05-0{k} 10:1{k}", rng.choice(POOL)]
    return out


def _notice(rng):  # a notice in traditional script with a table
    return [rng.choice(POOL), TABLE, rng.choice(POOL)]


FORMS = (("zh-Hans", _report), ("zh-Hans", _thread), ("zh-Hant", _notice))


def _article(slug: str, paras: list[str], script: str, k: int) -> Article:
    body = "\n\n".join(paras)
    body = _S2T.convert(body) if script == "zh-Hant" else body
    return Article(slug=slug, source=f"{slug}.txt", title=f"单车{slug}", script=script,
                   blocks=parse_body(body), outlet=f"{'东南西北'[k % 4]}报", date=f"2024-05-{10 + k % 18}")


def _edit(rng, corpus: dict, counter: list[int], kind: str) -> None:
    if kind == "add" or not corpus:
        counter[0] += 1
        k = counter[0]
        script, form = FORMS[k % len(FORMS)]
        corpus[f"s{k:02d}"] = _article(f"s{k:02d}", form(rng), script, k)
        return
    slug = rng.choice(sorted(corpus))
    if kind == "remove":
        if len(corpus) > 2:
            del corpus[slug]
        return
    a = corpus[slug]
    paras = [b.text for b in a.blocks if b.kind == "p"]
    i = rng.randrange(len(paras))
    if kind == "rare":  # one word becomes a new rare one: no sentence added or removed
        old = next((w for w in ("单车", "地铁", "企业", "市民", "城区") if w in paras[i]), None)
        if old is None:
            return
        paras[i] = paras[i].replace(old, rng.choice(RARE), 1)
    elif kind == "swap":  # a whole sentence replaced: the df of many words moves, N stays
        pool = [s for s in POOL if s not in paras[i]]
        paras[i] = rng.choice(pool) if "。" not in paras[i][:-1] else paras[i]
    elif kind == "append":
        paras[i] = paras[i] + rng.choice(POOL)
    elif kind == "delete" and len(paras) > 1:
        del paras[i]
    corpus[slug] = _with_blocks(a, paras)  # (its form kept: a thread's headings, a notice's table)


def _with_blocks(a: Article, paras: list[str]) -> Article:
    """The edited paragraphs back in their places among the article's headings and tables."""
    texts = iter([_S2T.convert(p) if a.script == "zh-Hant" else p for p in paras])
    body = []
    for b in a.blocks:
        if b.kind == "p":
            t = next(texts, None)
            if t is not None:
                body.append(t)
        elif b.kind == "table":
            body.append(b.text)
        else:
            body.append("#" * int(b.kind[1]) + " " + b.text)
    return Article(slug=a.slug, source=a.source, title=a.title, script=a.script,
                   blocks=parse_body("\n\n".join(body)), outlet=a.outlet, date=a.date)



KINDS = ("rare", "swap", "append", "delete", "add", "remove")


def _run(seed: int, kinds: list[str], exact: bool = False) -> list[dict]:
    return replay(seed, kinds, _edit, TAXONOMY, vecmemo.stats, start=4,
                  after=_kept_values_are_recomputed_values if exact else None)


def _kept_values_are_recomputed_values() -> None:
    """Every vector and product the last save kept or made is the value computed afresh, bit
    for bit and (for a vector) in the same key order."""
    from generator.analyse.text import _dot, unit

    by_serial = {}
    for (tokens, ws), v in vecmemo._vecs_prev.items():
        fresh = unit(vecmemo._tf_idf(tokens, dict(zip(dict.fromkeys(tokens), ws)).__getitem__))
        assert list(fresh.items()) == list(v.items())
        by_serial[vecmemo.SERIAL[id(v)]] = v
    for key, r in vecmemo._dots_prev.items():
        assert r == _dot(by_serial[key >> 36], by_serial[key & ((1 << 36) - 1)])
    from generator.analyse.grouping import _best_clause

    lists = {c.serial: c for c in vecmemo._lists_prev.values()}
    for key, r in vecmemo._pairs_prev.items():
        sa, sb, shared = key >> 40, (key >> 4) & ((1 << 36) - 1), key & 15
        assert r == _best_clause(list(lists[sa]), list(lists[sb]), shared)


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(min_value=0, max_value=2 ** 32 - 1),
       st.lists(st.sampled_from(KINDS), min_size=4, max_size=6))
def test_kept_vectors_give_the_cold_corpus_json_after_random_edits(seed, kinds):
    _run(seed, kinds)


def test_an_edit_keeping_the_sentences_reuses_most_vectors_and_products():
    """A rare word in one sentence: the other sentences' vectors and their products are kept
    (the test fails if the memo is bypassed); a sentence appended moves every word weight."""
    seen = _run(7, ["rare", "rare", "append", "swap", "remove", "add"], exact=True)
    rare = [s for s in seen if s["kind"] == "rare" and s["vectors_made"] + s["vectors_kept"]]
    assert rare and all(s["vectors_kept"] > s["vectors_made"] for s in rare)
    assert all(s["dots_kept"] > 0 for s in rare) and sum(s["clause_pairs_kept"] for s in rare) > 0
    append = next(s for s in seen if s["kind"] == "append")
    # (the character bigrams weigh by the number of candidates, which a plain sentence may leave)
    assert append["vectors_made"] > 0


def test_the_memo_holds_two_analyses_at_most_and_pickles_as_plain_values():
    rng = random.Random(3)
    corpus: dict = {}
    counter = [0]
    for _ in range(3):
        _edit(rng, corpus, counter, "add")
    sizes = []
    for _ in range(4):
        _edit(rng, corpus, counter, "append")
        analyse_cached(list(corpus.values()), {}, taxonomy_path=TAXONOMY, overrides_path=None)
        sizes.append(len(vecmemo._vecs_prev))
        assert not vecmemo._vecs_now  # the session's generation became the previous one
    assert max(sizes) <= 2 * min(s for s in sizes if s) + 50
    # only the kept vectors are numbered; a kept clause list pickles as a plain list
    assert set(vecmemo.SERIAL) == {id(v) for v in vecmemo._vecs_prev.values()}
    kept = next(iter(vecmemo._lists_prev.values()))
    assert type(pickle.loads(pickle.dumps(kept))) is list
    # outside a session nothing is kept: plain dicts, plain products
    assert type(vecmemo.unit_vector(["单车", "地铁"], {"单车": 2.0})) is dict
