"""A new topic out of the box: the ernie-2023 corpus built as an editor starts a topic.

The project is a copy of this one with the five ernie files as sources, no cleaned articles, an
empty register, and a taxonomy changed only in its topic label and terms. It is scored against
the independent gold ``tests/gold/ernie_gold.yml`` (labelled from the raw files by someone who
had not read the code) with the shared scorer ``../shared/tools/score.py``.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.pipeline import Settings, build

ROOT = Path(__file__).resolve().parents[1]
ERNIE = ROOT.parent / "shared" / "corpora" / "ernie-2023"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
GOLD = ROOT / "tests" / "gold" / "ernie_gold.yml"
TOPIC = "topic:\n  label: 文心一言\n  terms: [文心一言, 百度, ERNIE Bot, 李彦宏]\n"

pytestmark = pytest.mark.skipif(not ERNIE.exists() or not SCORER.exists(),
                                reason="needs ../shared/corpora/ernie-2023 and ../shared/tools")

#: Measured on this corpus when the test was written: the share of the gold's claims made in two
#: or more files that come out as one point citing at least two of those files. A regression
#: below it fails; raise it as the grouping improves (issue 13's target is every such claim).
#: (0.348 at the start of this session; 0.391 with the second grouping pass, ``regroup``.)
MERGED_FLOOR = 0.35


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("ernie")
    content = project / "content"
    (content / "sources").mkdir(parents=True)
    (content / "articles").mkdir()
    for name in ("glossary.yml", "overrides.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    taxonomy = (ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8")
    taxonomy, n = re.subn(r"(?m)^topic:\n(?:  .*\n)+", TOPIC, taxonomy)
    assert n == 1
    (content / "taxonomy.yml").write_text(taxonomy, encoding="utf-8")
    (content / "sources.yml").write_text("", encoding="utf-8")
    for path in sorted(ERNIE.glob("*.txt")):
        shutil.copy(path, content / "sources" / path.name)
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    result = build(Settings(root=project, pdf=False, site_name="文心一言 2023 资讯简报"))
    (project / "corpus.json").write_bytes(result.data["data/corpus.json"])
    return project, result


def test_recurring_claims_are_one_point_citing_their_files(built):
    project, _ = built
    score = _scorer().score(project / "corpus.json", GOLD)
    assert score["merged"] >= MERGED_FLOOR, score
    assert score["claims_found"] >= 0.75, score


def test_the_four_outlets_claim_is_one_point(built):
    """The claim made by four outlets (the demos were pre-recorded) is one point citing 3+ of them."""
    _, result = built
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    claim = next(c for c in gold["claims"] if len({s["file"] for s in c["sources"]}) >= 4
                 and c["kind"] == "limit")
    sc = _scorer()
    files = {a.slug: sc.file_id(a.source) for a in result.articles}
    best = 0
    for p in result.analysis.points:
        cited = {files[c.article] for c in p.citations
                 for s in claim["sources"] if files[c.article] == s["file"]
                 and sc.quote_hits(sc.norm(s["snippet"]), sc.norm(c.quote))}
        best = max(best, len(cited))
    assert best >= 3


def test_no_page_furniture_is_a_point(built):
    _, result = built
    sc = _scorer()
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    furniture = [sc.norm(f["snippet"]) for f in gold.get("furniture") or [] if len(sc.norm(f["snippet"])) >= 4]
    assert furniture
    for p in result.analysis.points:
        for text in [p.statement] + [c.quote for c in p.citations]:
            q = sc.norm(text)
            bad = [f for f in furniture if f in q or (len(q) >= 8 and q in f)]
            assert not bad, (p.statement, bad)


def test_categories_without_an_editor_word_list(built):
    """The default file's categories are the Sora topic's (``vocabulary_for``): with only the topic
    named they are set aside, and the corpus's claims land in general ones."""
    _, result = built
    used = {p.category for p in result.analysis.points}
    general = {c.id for c in result.analysis.categories} - {
        c["id"] for c in yaml.safe_load((ROOT / "content" / "taxonomy.yml").read_text(encoding="utf-8"))["categories"]}
    assert used & general
    assert len(result.analysis.points) >= 20


@pytest.mark.xfail(strict=True, reason="issue 13 target not reached: some claims recurring in 2+ "
                   "files are still split over several points (see MERGED_FLOOR)")
def test_every_recurring_claim_is_one_point(built):
    project, _ = built
    assert _scorer().score(project / "corpus.json", GOLD)["merged"] == 1.0
