"""The index and the timeline against independent golds (labelled from the raw files by people
who had not read the code): the second real corpus (``../shared/corpora/ernie-2023``, gold
``tests/gold/ernie_gold.yml``) and the five default articles (``tests/gold/index_default.yml``).

Scored with the shared scorer (``../shared/tools/score.py``). Run ``pytest -s`` to see the figures.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.analyse import analyse
from generator.pipeline import load_articles

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ERNIE = SHARED / "corpora" / "ernie-2023"
GOLD = Path(__file__).parent / "gold"


def _scorer():
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.skip(f"{path} is missing")
    spec = importlib.util.spec_from_file_location("jianfan_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus_json(root: Path, tmp: Path) -> Path:
    articles, _ = load_articles(root)
    analysis, _ = analyse(articles, taxonomy_path=ROOT / "content" / "taxonomy.yml",
                          overrides_path=None, names_path=tmp / "no-names.yml")
    out = tmp / "corpus.json"
    out.write_text(json.dumps(analysis.to_json(articles), ensure_ascii=False), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def ernie(tmp_path_factory):
    """The ernie corpus built in a throw-away project (its sources copied to a temp folder)."""
    if not ERNIE.exists():
        pytest.skip(f"{ERNIE} is missing")
    tmp = tmp_path_factory.mktemp("ernie")
    sources = tmp / "content" / "sources"
    sources.mkdir(parents=True)
    (tmp / "content" / "articles").mkdir()
    for f in sorted(ERNIE.glob("0*.txt")):
        shutil.copy(f, sources / f.name)
    (tmp / "content" / "sources.yml").write_text("# test project\n", encoding="utf-8")
    return _corpus_json(tmp, tmp)


def _people_and_orgs(gold: dict) -> dict:
    ents = [e for e in gold.get("entities") or [] if e.get("kind") in ("person", "org", "organisation")]
    return dict(gold, entities=ents)


def _score(scorer, corpus: Path, gold: dict, tmp: Path) -> dict:
    path = tmp / "gold.yml"
    path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    return scorer.score(corpus, path)


def test_ernie_index_holds_every_person_and_organisation_named_twice(ernie, tmp_path):
    gold = yaml.safe_load((GOLD / "ernie_gold.yml").read_text(encoding="utf-8"))
    result = _score(_scorer(), ernie, {"entities": _people_and_orgs(gold)["entities"]}, tmp_path)
    print("ernie people and organisations:", result)
    assert result["entities_multi_file"] == 1.0
    assert result["entities"] >= 0.85


def test_ernie_index_lists_no_phrases(ernie):
    names = {n for e in json.loads(ernie.read_text(encoding="utf-8"))["entities"]
             for n in [e["name"], *e["aliases"]]}
    for phrase in ("因端传媒", "履行网络", "根据事件生成一篇公司", "请点击此处前往端传媒", "BAT", "Metoo", "Bing"):
        assert phrase not in names


def test_ernie_timeline_has_the_dated_events(ernie, tmp_path):
    gold = yaml.safe_load((GOLD / "ernie_gold.yml").read_text(encoding="utf-8"))
    result = _score(_scorer(), ernie, {"events": gold["events"]}, tmp_path)
    print("ernie events:", result)
    # What is left: dates relative to another event of the story ("足足等了一个月"). The gold also
    # counts rhetoric ("2023年不行，还有2024年") and the writer's query about a date ("询问2020年1月
    # 22日…这条信息的来源"), which the timeline leaves out on purpose: rows are events (the cold
    # editor's read counted both as non-event rows), so the floor is 19 of 26.
    assert result["events_dated"] >= 0.73


def test_default_articles_index_timeline_and_figures(tmp_path):
    gold = yaml.safe_load((GOLD / "index_default.yml").read_text(encoding="utf-8"))
    corpus = _corpus_json(ROOT, tmp_path)
    scorer = _scorer()
    people = _score(scorer, corpus, {"entities": _people_and_orgs(gold)["entities"]}, tmp_path)
    rest = _score(scorer, corpus, {"events": gold["events"], "figures": gold["figures"]}, tmp_path)
    print("default people and organisations:", people, "events/figures:", rest)
    # Tables are cited blocks of corpus.json (version 3), so the events and figures the gold takes
    # from table rows count; left out are headings ("2 月 24 日合集"), an OCR'd "月15日" that lost
    # its month and one merged release the gold cites from another outlet. Session 21 (the editor's
    # review, issue 14) takes off three rows the gold lists (a price baseline, a comparison with a
    # year ago, a slogan's label) and joins a CV's year row to its month row and a "2月中旬" row to
    # the day's, and one funding round two outlets date "2月19日信息传出" and "2月底完成" is one row: the
    # scorer reads an entry's first source only (eventsall.py reads them all: 0.871). The floor is
    # issue 14's target, 0.8.
    assert people["entities"] >= 0.85 and people["entities_multi_file"] >= 0.95
    assert rest["events_dated"] >= 0.8 and rest["figures"] >= 0.95
