"""Incremental analysis (issue 17): each article's part comes from the cache while the article,
the editor files and the code are unchanged; the corpus step is recomputed. After any sequence of
edits, additions and deletions the result is the cold analysis's ``corpus.json``, byte for byte.

The articles are small synthetic ones written for the test (no default article): sentences
drawn from a pool that exercises the analysis' parts (claims of both kinds, speakers named,
pronouns, figures, dates, a table, zh-Hant text, a boilerplate line that turns into furniture once
three articles carry it).
"""

from __future__ import annotations

import random
from pathlib import Path

import opencc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse import analyse
from generator.analyse.incremental import analyse_cached
from generator.articles import parse_body
from generator.model import Article
from generator.render.data import data_files

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"
_S2T = opencc.OpenCC("s2t.json")

POOL = [
    "天风证券认为，Sora将大幅降低短剧制作成本，2000亿元的短视频创作生态有望率先被颠覆。",
    "上海市人工智能行业协会秘书长钟俊浩认为，Sora的训练成本高昂、高质量数据集的缺乏都将成为门槛。",
    "2月16日，OpenAI发布Sora大模型，可生成60秒视频。",
    "李丕坦言，现在的Sora只是个玩具，距离落地还有巨大的创新鸿沟，说颠覆还为时过早。",
    "Sora的视频版权是否受到保护尚不明确，这可能导致使用者面临侵权索赠的风险。",
    "他表示，广告行业的制作周期将从数周缩短到数天，成本下降约八成。",
    "中信证券指出，Sora有望推动游戏和影视行业降本增效，带动相关企业的订单增长。",
    "OpenAI首席执行官奥特曼表示：“我们还需要更多时间来确保Sora的安全。”",
    "据统计，2023年全球生成式视频市场规模达到12亿美元，同比增长35%。",
    "业内人士称，Sora目前仍难以准确模拟复杂场景的物理规律，生成的画面偶有穿帮。",
    "本文仅代表作者个人观点，不构成任何投资建议。",
    "3月1日，多家影视公司宣布测试Sora，预计今年下半年推出首批作品。",
    "华泰证券分析师王芳认为，算力需求将因Sora大幅增加，英伟达等芯片企业将直接受益。",
    "不过，也有观点指出Sora的生成速度较慢，一分钟视频需要数小时渲染。",
]
TABLE = "| 公司 | 金额 |\n| --- | --- |\n| 星河科技 | 3亿元 |\n| OpenAI | 70亿美元 |"


def _body(rng: random.Random, script: str) -> str:
    paras = []
    for _ in range(rng.randint(2, 5)):
        para = "".join(rng.sample(POOL, rng.randint(1, 3)))
        paras.append(para)
    if rng.random() < 0.3:
        paras.insert(rng.randrange(len(paras) + 1), TABLE)
    text = "\n\n".join(paras)
    return _S2T.convert(text) if script == "zh-Hant" else text


def _article(slug: str, body: str, script: str, k: int) -> Article:
    return Article(slug=slug, source=f"{slug}.txt", title=f"标题{slug}", script=script,
                   blocks=parse_body(body), outlet=f"{'甲乙丙丁'[k % 4]}报",
                   date=f"2024-0{1 + k % 9}-1{k % 10}")


def _corpus_json(articles, analysis) -> bytes:
    return data_files(articles, analysis, {})["data/corpus.json"]


def _step(rng: random.Random, corpus: dict[str, Article], counter: list[int], add: bool = False) -> str:
    """One random change: edit (replace, append, drop a paragraph), add or delete an article."""
    choice = rng.random()
    if add or not corpus or (choice < 0.25 and len(corpus) < 8):
        counter[0] += 1
        k = counter[0]
        script = "zh-Hant" if rng.random() < 0.3 else "zh-Hans"
        corpus[f"a{k:02d}"] = _article(f"a{k:02d}", _body(rng, script), script, k)
        return "add"
    slug = rng.choice(sorted(corpus))
    if choice < 0.4 and len(corpus) > 1:
        del corpus[slug]
        return "delete"
    a = corpus[slug]
    paras = [b.text for b in a.blocks]
    how = rng.random()
    if how < 0.4:
        paras[rng.randrange(len(paras))] = rng.choice(POOL)
    elif how < 0.8:
        paras.append(rng.choice(POOL))
    elif len(paras) > 1:
        paras.pop(rng.randrange(len(paras)))
    k = int(slug[1:])
    corpus[slug] = _article(slug, "\n\n".join(paras), a.script, k)
    return "edit"


def _check_sequence(seed: int, steps: int) -> tuple[int, int]:
    rng = random.Random(seed)
    corpus: dict[str, Article] = {}
    counter = [0]
    for _ in range(4):
        _step(rng, corpus, counter, add=True)
    cache: dict[str, bytes] = {}
    hits = misses = 0
    for i in range(steps):
        what = _step(rng, corpus, counter) if i else "start"
        articles = list(corpus.values())
        cold, cold_w = analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None)
        warm, warm_w, cache, (h, m) = analyse_cached(articles, cache, taxonomy_path=TAXONOMY,
                                                     overrides_path=None)
        hits, misses = hits + h, misses + m
        assert _corpus_json(articles, warm) == _corpus_json(articles, cold), \
            f"seed {seed}, step {i} ({what}): incremental corpus.json differs from cold"
        assert warm_w == cold_w
        assert warm.digests == cold.digests
        assert len(cache) == len(articles)  # deleted articles leave the cache
    return hits, misses


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(min_value=0, max_value=2 ** 32 - 1))
def test_incremental_equals_cold_after_random_edits(seed):
    _check_sequence(seed, steps=6)


def test_a_fixed_sequence_reuses_the_unchanged_articles():
    hits, misses = _check_sequence(2024, steps=8)
    assert hits > misses  # most articles are unchanged from step to step


def _whole(articles, tax, titles=()):
    """The per-article functions applied to the whole corpus at once (the unsplit flow)."""
    from generator.analyse import _speakers
    from generator.analyse.claims import candidates
    from generator.analyse.text import sentences_of, to_simplified

    per = {a.slug: sentences_of(a, lambda t, sc=a.script: to_simplified(t, sc)) for a in articles}
    all_sents = [s for a in articles for s in per[a.slug]]
    spoken = frozenset(_speakers(articles, per, titles, tax)[0])
    return per, all_sents, candidates(all_sents, tax, spoken)


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(min_value=0, max_value=2 ** 32 - 1))
def test_the_split_equals_the_corpus_wide_functions(seed):
    """Parts made one article at a time and merged are what the corpus-wide calls give:
    sentences, speakers, candidates (boilerplate filter included), table rows, terms."""
    from generator.analyse import ROLE_TITLES, _speakers
    from generator.analyse.digest import article_terms
    from generator.analyse.incremental import article_parts, corpus_candidates, merge_speakers
    from generator.analyse.taxonomy import load_taxonomy
    from generator.analyse.text import to_simplified

    rng = random.Random(seed)
    corpus: dict[str, Article] = {}
    counter = [0]
    for _ in range(rng.randint(3, 7)):
        _step(rng, corpus, counter, add=True)
    articles = list(corpus.values())
    if rng.random() < 0.5:  # a line three articles share: furniture only across articles
        line = rng.choice(POOL)
        for a in articles[:3]:
            corpus[a.slug] = _article(a.slug, "\n\n".join([b.text for b in a.blocks] + [line]),
                                      "zh-Hans", int(a.slug[1:]))
        articles = list(corpus.values())
    tax = load_taxonomy(TAXONOMY)
    titles = tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES))
    conv = {a.slug: (lambda t, sc=a.script: to_simplified(t, sc)) for a in articles}
    parts = article_parts(articles, tax, set(), conv, titles)
    per, all_sents, whole_cands = _whole(articles, tax, titles)
    assert [p.sentences for p in parts] == [per[a.slug] for a in articles]
    assert merge_speakers(parts) == _speakers(articles, per, titles, tax)
    assert ([(c.sentence, c.category, c.score, c.hits) for c in corpus_candidates(parts, all_sents, tax)]
            == [(c.sentence, c.category, c.score, c.hits) for c in whole_cands])
    assert [p.terms for p in parts] == [article_terms(per[a.slug]) for a in articles]


def test_boilerplate_in_three_articles_is_dropped_incrementally_too():
    """The one corpus-wide candidate filter (a line in 3+ articles) applies to cached parts."""
    line = "Sora将大幅降低广告片的制作成本，中小企业也能拍得起广告。"
    bodies = [f"OpenAI发布Sora。\n\n{line}", f"Sora引发关注。\n\n{line}", f"Sora上线。\n\n{line}"]
    arts = [_article(f"b{i}", b, "zh-Hans", i) for i, b in enumerate(bodies)]
    cache: dict[str, bytes] = {}
    _, _, cache, _ = analyse_cached(arts[:2], cache, taxonomy_path=TAXONOMY, overrides_path=None)
    warm, _, cache, (hits, _) = analyse_cached(arts, cache, taxonomy_path=TAXONOMY, overrides_path=None)
    cold, _ = analyse(arts, taxonomy_path=TAXONOMY, overrides_path=None)
    assert hits == 2
    assert _corpus_json(arts, warm) == _corpus_json(arts, cold)
    assert warm.method["candidates"] == cold.method["candidates"]


def test_a_changed_editor_file_misses_every_entry(tmp_path):
    tax = tmp_path / "taxonomy.yml"
    tax.write_text(TAXONOMY.read_text(encoding="utf-8"), encoding="utf-8")
    arts = [_article("c1", POOL[0] + "\n\n" + POOL[1], "zh-Hans", 1)]
    _, _, cache, _ = analyse_cached(arts, {}, taxonomy_path=tax, overrides_path=None)
    _, _, _, (hits, _) = analyse_cached(arts, cache, taxonomy_path=tax, overrides_path=None)
    assert hits == 1
    tax.write_text(tax.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _, _, _, (hits, misses) = analyse_cached(arts, cache, taxonomy_path=tax, overrides_path=None)
    assert (hits, misses) == (0, 1)


# The build's memo: cleanings and article parts kept between builds ------------------------------

def _project(tmp_path: Path, n: int) -> Path:
    import shutil

    (tmp_path / "content" / "sources").mkdir(parents=True)
    for name in ("taxonomy.yml", "overrides.yml", "glossary.yml"):
        shutil.copy(ROOT / "content" / name, tmp_path / "content" / name)
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    rng = random.Random(n)
    for i in range(n):
        (tmp_path / "content" / "sources" / f"s{i}.txt").write_text(_body(rng, "zh-Hans") + "\n",
                                                                   encoding="utf-8")
    return tmp_path


def test_a_build_with_the_memo_equals_a_cold_build_after_edits(tmp_path):
    """Serve's loop (one memo kept in memory): edit a cleaned article, edit a source, add one,
    delete one; each build gives the cold build's pages and data, reusing the rest."""
    import shutil

    from generator.pipeline import Memo, Settings, build

    project = _project(tmp_path / "p", 4)
    settings = Settings(root=project, pdf=False)
    memo = Memo()
    build(settings, memo)
    assert memo.stats["clean_misses"] == 4 and memo.stats["analyse_misses"] == 4
    sources, articles = project / "content" / "sources", project / "content" / "articles"

    def edit_article():
        path = articles / "s1.md"
        path.write_text(path.read_text(encoding="utf-8") + "\n" + POOL[7] + "\n", encoding="utf-8")

    def edit_source():
        path = sources / "s2.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\n" + POOL[12] + "\n", encoding="utf-8")

    def add():
        (sources / "s9.txt").write_text(POOL[3] + POOL[9] + "\n\n" + POOL[0] + "\n", encoding="utf-8")

    def delete():
        (sources / "s0.txt").unlink()
        (articles / "s0.md").unlink()

    expected = {edit_article: (4, 0, 3, 1), edit_source: (3, 1, 3, 1), add: (4, 1, 4, 1),
                delete: (4, 0, 4, 0)}
    for change, (clean_hits, clean_misses, hits, misses) in expected.items():
        change()
        warm = build(settings, memo)
        assert (memo.stats.get("clean_hits", 0), memo.stats.get("clean_misses", 0)) == (clean_hits, clean_misses), change
        assert (memo.stats["analyse_hits"], memo.stats["analyse_misses"]) == (hits, misses), change
        cold_root = tmp_path / "cold"
        shutil.rmtree(cold_root, ignore_errors=True)
        shutil.copytree(project, cold_root)
        cold = build(Settings(root=cold_root, pdf=False))
        assert warm.data == cold.data, change.__name__
        assert warm.pages == cold.pages, change.__name__
        assert len(memo.parts) == len(memo.cleaned) == len(warm.articles)


def test_mkdocs_build_keeps_the_memo_on_disk(tmp_path):
    """A second process (``mkdocs build`` after an edit) reads the memo the first one wrote."""
    from generator.pipeline import Settings, build_cached, load_memo

    project = _project(tmp_path, 3)
    settings = Settings(root=project, pdf=False)
    build_cached(settings)
    assert len(load_memo(project).parts) == 3
    path = project / "content" / "articles" / "s0.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + POOL[5] + "\n", encoding="utf-8")
    build_cached(settings)
    memo = load_memo(project)
    assert (memo.stats["analyse_hits"], memo.stats["analyse_misses"]) == (2, 1)
    (project / ".cache" / "incremental.pickle").write_bytes(b"not a pickle")
    assert load_memo(project).parts == {}  # a damaged memo is ignored, never trusted


def test_a_save_rewrites_only_the_pages_whose_text_changed(tmp_path):
    """``generate`` after an edit writes exactly the docs files whose bytes changed: an article
    that shares nothing with the edit keeps its files untouched (``mkdocs serve`` watches mtimes
    under ``--dirty``; the page cache keys on the text)."""
    from generator.pipeline import Memo, Settings, generate

    project = _project(tmp_path, 4)
    (project / "content" / "sources" / "lone.txt").write_text(
        "某市图书馆宣布延长周末开放时间，读者可以在晚上九点前借阅图书。\n\n"
        "馆方表示，新的开放时间从下个月起实行，节假日另行通知。\n", encoding="utf-8")
    settings, docs, memo = Settings(root=project, pdf=False), project / ".build" / "docs", Memo()
    generate(settings, docs, memo=memo)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in docs.rglob("*.md")}
    path = project / "content" / "articles" / "s1.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + POOL[8] + "\n", encoding="utf-8")
    generate(settings, docs, memo=memo)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in docs.rglob("*.md")}
    assert before.keys() == after.keys()
    changed = {p for p in after if after[p][0] != before[p][0]}
    touched = {p for p in after if after[p][1] != before[p][1]}
    assert touched == changed
    rel = {str(p.relative_to(docs)) for p in changed}
    assert "zh-Hans/articles/s1/index.md" in rel and "zh-Hant/articles/s1/index.md" in rel
    assert not any("/lone/" in r for r in rel)  # shares no point, figure or name with the edit
    assert not any(r.endswith("audit.md") and "/s1/" not in r for r in rel)


def test_a_save_renders_again_only_the_pages_whose_inputs_changed(tmp_path):
    """An article's pages (full text, digest, cleaning record) whose inputs did not change come
    from the render cache; the edited article's pages show the edit; a changed template renders
    every page of that template again."""
    from generator.pipeline import Memo, Settings, build

    project = _project(tmp_path, 4)
    (project / "content" / "sources" / "lone.txt").write_text(
        "某市图书馆宣布延长周末开放时间，读者可以在晚上九点前借阅图书。\n\n"
        "馆方表示，新的开放时间从下个月起实行，节假日另行通知。\n", encoding="utf-8")
    settings, memo = Settings(root=project, pdf=False), Memo()
    build(settings, memo)
    assert (memo.stats["render_hits"], memo.stats["render_misses"]) == (0, 5 * 3 * 2)
    first = build(settings, memo)
    assert (memo.stats["render_hits"], memo.stats["render_misses"]) == (30, 0)

    path = project / "content" / "articles" / "lone.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n读者服务台的电话号码保持不变。\n", encoding="utf-8")
    edited = build(settings, memo)
    changed = {p for p in edited.pages if edited.pages[p] != first.pages.get(p)}
    assert "读者服务台的电话号码保持不变" in edited.pages["zh-Hans/articles/lone/index.md"]
    assert {"zh-Hans/articles/lone/index.md", "zh-Hant/articles/lone/index.md"} <= changed
    # lone's full text and cleaning record in both locales are rendered again, at most its digest
    # too; the four other articles' pages come from the cache
    assert 4 <= memo.stats["render_misses"] <= 6
    assert memo.stats["render_hits"] == 30 - memo.stats["render_misses"]
    # this build's pages, conversion choices, audit records, the index of names in each locale
    assert len(memo.pages) == 30 + 5 + 5 + 2

    template = project / "templates" / "audit.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n模板新增的一行。\n", encoding="utf-8")
    changed_template = build(settings, memo)
    assert memo.stats["render_misses"] >= 5 * 2
    assert all("模板新增的一行" in changed_template.pages[f"{loc}/articles/{a.slug}/audit.md"]
               for loc in ("zh-Hans", "zh-Hant") for a in changed_template.articles)
