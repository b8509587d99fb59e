"""A cold analysis makes the per-article parts on both cores (half in a forked process): the parts,
the cache's entries and ``corpus.json`` are exactly those made one article at a time, on articles
in several forms (a news report, a transcript of turns, a notice, a traditional-script forum post)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse import analyse, incremental
from generator.analyse.incremental import PartCache, _halves, analyse_cached, article_parts
from generator.articles import parse_body
from generator.model import Article
from generator.render.data import data_files

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"

BODIES = [
    ("zh-Hans", "市水务局局长周海宁表示，今年汛期降雨量预计偏多两成，城区排涝能力仍有不足。\n\n"
                "不过，气象专家陈蔚认为，降雨偏多的判断为时过早，5月的数据还不足以说明问题。"),
    ("zh-Hans", "主持人：今年的稻谷收购价会涨吗？\n\n"
                "嘉宾（农业经济学者许明远）：我认为会小幅上涨，涨幅大约在3%左右。\n\n"
                "主持人：种粮大户怎么看？\n\n嘉宾：成本上涨更快，收益未必增加。"),
    ("zh-Hans", "关于调整公共自行车收费标准的通知\n\n自2025年7月1日起，单次骑行1小时内免费，"
                "超过1小时每小时收费1元。\n\n市交通运输局\n\n2025年6月3日"),
    ("zh-Hant", "樓主：社區圖書館延長開放時間，晚上十點才閉館，值得嗎？\n\n"
                "回覆：我覺得值得，下班後終於有地方看書了。\n\n"
                "回覆：館員加班費誰出？預算本來就緊張，恐怕難以持續。"),
    ("zh-Hans", "据统计，2024年全市新增充电桩1.2万个，同比增长40%。\n\n"
                "业内人士指出，老旧小区电力容量有限，充电桩进小区仍面临不少困难。"),
    ("zh-Hant", "颱風過境後，果農林志強表示，今年芒果減產約三成，價格可能上漲。\n\n"
                "農業部官員則稱，減產影響有限，市場供應不會出現短缺。"),
]


def _articles(bodies=BODIES) -> list[Article]:
    return [Article(slug=f"p{i}", source=f"p{i}.txt", title=f"第{i}篇", script=script,
                    blocks=parse_body(body), outlet=f"{'甲乙丙'[i % 3]}报", date=f"2025-0{1 + i}-0{1 + i}")
            for i, (script, body) in enumerate(bodies)]


def _json(articles, analysis) -> bytes:
    return data_files(articles, analysis, {})["data/corpus.json"]


@pytest.fixture
def one_by_one(monkeypatch):
    def set_to(n):
        monkeypatch.setattr(incremental, "PARALLEL_FROM", n)
    return set_to


def test_parallel_parts_equal_one_by_one(one_by_one):
    articles = _articles()
    one_by_one(10 ** 6)
    cold_seq, w_seq = analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None)
    seq_cache = PartCache()
    analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None, part_cache=seq_cache)
    one_by_one(2)
    cold_par, w_par = analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None)
    par_cache = PartCache()
    analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None, part_cache=par_cache)
    assert _json(articles, cold_par) == _json(articles, cold_seq)
    assert w_par == w_seq
    assert par_cache.used == seq_cache.used  # the same pickled parts, key for key
    assert (par_cache.hits, par_cache.misses) == (seq_cache.hits, seq_cache.misses) == (0, len(articles))


def test_a_repeated_article_is_made_once_and_counted_a_hit(one_by_one):
    one_by_one(2)
    articles = _articles()
    twin = Article(slug="p0", source="p0.txt", title="第0篇", script="zh-Hans",
                   blocks=articles[0].blocks, outlet=articles[0].outlet, date=articles[0].date)
    parts = PartCache()
    from generator.analyse import ROLE_TITLES
    from generator.analyse.taxonomy import load_taxonomy
    from generator.analyse.text import to_simplified

    tax = load_taxonomy(TAXONOMY)
    conv = {a.slug: (lambda t, sc=a.script: to_simplified(t, sc)) for a in articles}
    out = article_parts([*articles, twin], tax, set(), conv, ROLE_TITLES, parts, "e")
    assert (parts.hits, parts.misses) == (1, len(articles))
    assert out[-1].sentences == out[0].sentences and out[-1] is not out[0]


def test_a_warm_analysis_after_a_parallel_cold_one_is_the_cold_result(one_by_one):
    one_by_one(2)
    articles = _articles()
    _, _, cache, _ = analyse_cached(articles, {}, taxonomy_path=TAXONOMY, overrides_path=None)
    edited = _articles([*BODIES[:-1], ("zh-Hans", BODIES[-1][1] + "\n\n新增一句：价格将在下月公布。")])
    warm, _, _, (hits, misses) = analyse_cached(edited, cache, taxonomy_path=TAXONOMY, overrides_path=None)
    one_by_one(10 ** 6)
    cold, _ = analyse(edited, taxonomy_path=TAXONOMY, overrides_path=None)
    assert (hits, misses) == (len(articles) - 1, 1)
    assert _json(edited, warm) == _json(edited, cold)


def test_halves_split_the_text_evenly():
    articles = _articles()
    todo = list(range(len(articles)))
    first, second = _halves(todo, articles)
    assert first + second == todo and first and second
    size = [sum(len(p.text) for p in articles[i].paragraphs) for i in todo]
    total = sum(size)
    assert abs(sum(size[i] for i in first) - total / 2) <= max(size) / 2 + 1
    assert _halves([3], articles) in (([3], []), ([], [3]))
