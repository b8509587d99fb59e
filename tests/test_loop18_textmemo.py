"""The corpus steps' per-sentence work kept across saves (issue 17): who a paragraph quotes
(``speakers.find_attributions``), whether a sentence restricts or bounds what it reports
(``generalbounds.restricts`` / ``bounds``, asked for every pair of candidates by the contention
and grouping steps) and a sentence's specific words (``relevance._specific_words``, the off-topic
check). Each is a pure function of its text, kept by the text, so a save recomputes it only for the
sentences it changed. Kept values must be exactly what a cold computation gives, whatever was asked
before: ``corpus.json`` after a sequence of random edits with warm memos equals the cold
analysis' with every memo emptied, and the kept answers never change when a caller alters what it
was handed.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse import analyse
from generator.analyse import generalbounds, relevance, speakers
from generator.analyse.incremental import analyse_cached

from tests.test_incremental import TAXONOMY, _corpus_json, _step

#: The memos this file covers (each an ``lru_cache``).
MEMOS = (speakers._attributions, generalbounds.restricts, generalbounds.bounds, relevance._specific_words)

#: Texts in forms none of the development corpora has, on topics unlike theirs: a court judgment,
#: a live-stream transcript, a feed item, an OCR'd Q&A, an English wire line.
FORMS = [
    "本院认为，被告人张某某的行为已构成盗窃罪。审判长刘建国指出，被告人仅在部分事实上如实供述，不能从轻处罚。",
    "【直播间】主播小鹿：家人们，这款保温杯只限今天下单，过了今晚就恢复原价了！网友“青柠”问：能不能保证不漏水？",
    "2025-03-04 08:15 · 气象快讯 · 省气象台首席预报员陈立表示，受冷空气影响，部分地区气温可能下降8℃，但降雪范围有限。",
    "问：新规是否适用于农村合作社？\n答：市农业农村局回复称，目前仅限已登记的合作社申请补贴，暂不包括个体农户。",
    "Reuters reported that the port authority said operations would resume only after inspections, according to a spokesman.",
    "据市图书馆馆长王梅介绍，古籍修复中心今年仅能接收约300册藏书，难以满足各区县的需求。",
]


def _clear() -> None:
    for memo in MEMOS:
        memo.cache_clear()


def test_each_kept_answer_is_the_computed_one_on_unseen_forms():
    _clear()
    for text in FORMS:
        for titles in (speakers.ROLE_TITLES, ("馆长", "首席预报员")):
            first = speakers.find_attributions(text, titles)
            assert first == list(speakers._attributions.__wrapped__(text, tuple(titles)))
            assert speakers.find_attributions(text, titles) == first  # the kept answer, the same
        for f in (generalbounds.restricts, generalbounds.bounds):
            assert f(text) == f.__wrapped__(text) == f(text)
        assert relevance._specific_words(text) == relevance._specific_words.__wrapped__(text)
    # the forms' attributions are read (the librarian, among others): the memo holds real answers
    names = {a.name for text in FORMS for a in speakers.find_attributions(text)}
    assert "王梅" in names and len(names) >= 3
    assert speakers._attributions.cache_info().hits > 0
    # "仅…", "难以…", "有限": the restricting sentences are told from the others
    assert generalbounds.restricts(FORMS[5]) and not generalbounds.restricts(FORMS[4])


def test_a_caller_changing_its_list_never_changes_the_kept_answer():
    _clear()
    text = FORMS[0]
    got = speakers.find_attributions(text)
    assert got
    n = len(got)
    got.clear()
    got.append("x")
    again = speakers.find_attributions(text)
    assert len(again) == n and "x" not in again
    assert again is not got


def _sequence(seed: int, steps: int) -> None:
    rng = random.Random(seed)
    corpus: dict = {}
    counter = [0]
    for _ in range(4):
        _step(rng, corpus, counter, add=True)
    cache: dict = {}
    for i in range(steps):
        if i:
            _step(rng, corpus, counter)
        articles = list(corpus.values())
        warm, warm_w, cache, _ = analyse_cached(articles, cache, taxonomy_path=TAXONOMY, overrides_path=None)
    hits = sum(memo.cache_info().hits for memo in MEMOS)
    assert hits > 0  # the saves did reuse kept answers
    _clear()
    cold, cold_w = analyse(articles, taxonomy_path=TAXONOMY, overrides_path=None)
    assert _corpus_json(articles, warm) == _corpus_json(articles, cold), f"seed {seed}: kept answers moved corpus.json"
    assert warm_w == cold_w


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(min_value=0, max_value=2 ** 32 - 1))
def test_warm_memos_give_the_cold_corpus_json_after_random_edits(seed):
    _sequence(seed, steps=5)
