"""``mkdocs serve`` keeps the analysis' compiled regular expressions from one save to the next
(issue 17): a second analysis of the same articles in a serve session compiles no pattern again.

Python's ``re`` keeps only the last 512 patterns it compiled; the analysis uses more than that, so
before, every save in ``mkdocs serve`` compiled hundreds of them again. The articles are small
synthetic ones written for the test (a port's new container terminal), not the default content.
"""

from __future__ import annotations

import re
import re._compiler as re_compiler
from pathlib import Path

from generator.analyse import analyse
from generator.articles import parse_body
from generator.model import Article
from generator.plugin import JianfanPlugin

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"

BODIES = [
    "3月5日，临港集团宣布新的集装箱码头投入运营，年吞吐能力达到300万标准箱。\n\n"
    "港务局局长陈立新表示，新码头将使船舶平均等待时间缩短四成。",
    "業內人士指出，自動化碼頭的建設成本高達80億元，回本週期可能超過十年。\n\n"
    "航運分析師王曉梅認為，運價下行將壓縮港口的利潤空間。",
    "据统计，2023年全港集装箱吞吐量同比增长6.2%。\n\n"
    "不过，也有码头工人担心，自动化将减少约两千个岗位。",
]


def _articles() -> list[Article]:
    out = []
    for k, body in enumerate(BODIES):
        script = "zh-Hant" if "業內" in body else "zh-Hans"
        out.append(Article(slug=f"port{k}", source=f"port{k}.txt", title=f"港口新闻{k}", script=script,
                           blocks=parse_body(body), outlet="甲报", date=f"2024-03-0{k + 1}"))
    return out


def _compiles_during(run) -> int:
    count = [0]
    original = re_compiler.compile

    def counting(pattern, flags=0):
        count[0] += 1
        return original(pattern, flags)

    re_compiler.compile = counting
    try:
        run()
    finally:
        re_compiler.compile = original
    return count[0]


def test_a_second_save_in_serve_compiles_no_pattern_again(monkeypatch):
    monkeypatch.setattr(re, "_MAXCACHE", re._MAXCACHE)  # restored after the test
    JianfanPlugin().on_startup(command="serve", dirty=True)
    articles = _articles()

    def run():
        return analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None)

    first = _compiles_during(run)
    assert first > 0  # the analysis does compile patterns (the count is live)
    assert _compiles_during(run) == 0


def test_a_build_leaves_pythons_pattern_cache_as_it_is(monkeypatch):
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    JianfanPlugin().on_startup(command="build", dirty=False)
    assert re._MAXCACHE == 512
