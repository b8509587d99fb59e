"""Related coverage on a large corpus: a point, figure or name shared by a large part of it counts
for no pair (it tells nothing about two articles), so each article's related list costs the
same at any corpus size; the pairs that share something particular still find each other."""

from __future__ import annotations

from types import SimpleNamespace

from generator.analyse.digest import RELATED_CAP, CorpusIndex, related


class _Counted(set):
    """A point's set of articles that counts how often it is walked through."""

    walked = 0

    def __iter__(self):
        _Counted.walked += len(self)
        return super().__iter__()


def _corpus(n: int):
    slugs = [f"a{i:05d}" for i in range(n)]
    points = [SimpleNamespace(id="everyone", articles=tuple(slugs))]
    # pairs of articles sharing a point of their own
    points += [SimpleNamespace(id=f"pair{i}", articles=(slugs[i], slugs[i + 1])) for i in range(0, n - 1, 2)]
    index = CorpusIndex(points, [], [], n)
    for pid in index.articles_of_point:
        index.articles_of_point[pid] = _Counted(index.articles_of_point[pid])
    return slugs, index


def test_a_point_every_article_cites_relates_no_pair_but_a_particular_point_does():
    slugs, index = _corpus(2 * RELATED_CAP * 5 + 2)
    found = related(slugs[0], index)
    assert [r.article for r in found] == [slugs[1]]
    assert found[0].points == ("pair0",)


def test_related_coverage_does_not_walk_the_corpus_for_every_article():
    slugs, index = _corpus(4000)
    _Counted.walked = 0
    for slug in slugs:
        related(slug, index)
    # each article walks its own pair's point (and lists it), never the point of all 4,000
    assert _Counted.walked <= 4 * len(slugs), _Counted.walked


def test_a_small_corpus_still_counts_a_point_every_article_cites():
    slugs, index = _corpus(6)
    found = related(slugs[0], index)
    assert found[0].article == slugs[1] and found[0].points == ("pair0", "everyone")
    assert {r.article for r in found} == set(slugs[1:])
