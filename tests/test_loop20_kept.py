"""What a save keeps from the last one gives exactly what a fresh computation gives (session 20):
the sounds of each paragraph for the misheard spellings of names, the dates a sentence resolves to
during a kept analysis, each sentence's anchor words, and the cleaner's signature kept by the
package's text. On small synthetic texts written for the test."""

from pathlib import Path

from generator import articlesync
from generator.analyse import namecorpus, rarewords, readmemo
from generator.analyse.datefind import resolve_dates
from generator.analyse.namecandidate import Candidate
from generator.analyse.text import Sentence


def _paragraphs(extra: str = "") -> dict:
    texts = ["碧桂园昨日发布公告，称销售额有所回升。", "据业内人士介绍，必贵园的项目已经复工。",
             "森信纸业表示，今年的订单比去年多。", "有网友把森信只业的名字写错了。" + extra]
    return {("a", f"p{i}"): (t, t) for i, t in enumerate(texts)}


def _found() -> dict:
    return {"碧桂园": [Candidate("碧桂园", "org", "suffix")], "森信纸业": [Candidate("森信纸业", "org", "suffix")]}


def _fresh(found, paragraphs):
    kept = namecorpus._SYLLABLES
    namecorpus._SYLLABLES = namecorpus._Syllables()
    try:
        return namecorpus.misheard_spellings(found, paragraphs)
    finally:
        namecorpus._SYLLABLES = kept


def test_misheard_spellings_from_kept_sounds_are_the_fresh_ones_after_edits():
    found = _found()
    first = namecorpus.misheard_spellings(found, _paragraphs())
    assert {c.name for c in first} == {"必贵园", "森信只业"}
    for extra in ("", "又见必贵园。", "名单上还有碧鬼园。"):
        paragraphs = _paragraphs(extra)
        assert namecorpus.misheard_spellings(found, paragraphs) == _fresh(found, paragraphs)
    assert "碧鬼园" in {c.name for c in namecorpus.misheard_spellings(found, paragraphs)}  # the edit's new spelling
    fewer = {"碧桂园": found["碧桂园"]}  # the names found change: the kept paragraphs are read for the new ones only
    assert namecorpus.misheard_spellings(fewer, _paragraphs()) == _fresh(fewer, _paragraphs())
    assert {c.name for c in namecorpus.misheard_spellings(found, _paragraphs())} == {"必贵园", "森信只业"}


def _dates(text, bases):
    return [(r.start, r.end, r.date, r.precision, r.inferred) for r in resolve_dates(
        text, "2024-03-05", 2024, False, None, None, bases)]


def test_dates_kept_during_a_session_are_new_objects_with_the_same_values():
    text = "较去年同期相比，3月2日的销量上升，昨天又发布了新车。"
    plain_bases: list = []
    plain = _dates(text, plain_bases)
    assert plain  # (a date is read)
    with readmemo.session():
        for _ in range(3):
            bases: list = []
            refs = resolve_dates(text, "2024-03-05", 2024, False, None, None, bases)
            assert [(r.start, r.end, r.date, r.precision, r.inferred) for r in refs] == plain
            assert [(b.start, b.end, b.date) for b in bases] == [(b.start, b.end, b.date) for b in plain_bases]
            for r in refs:  # a caller shifts what it gets: the next call is not moved
                r.start += 100


def _spread_fresh(sentences):
    rarewords._WORDS["kept"] = {}
    return rarewords.word_spread(sentences)


def test_anchor_words_kept_by_text_count_the_same():
    def sent(article, i, text):
        return Sentence(article=article, paragraph="p1", index=i, para_index=0, start=0, original=text,
                        simple=text, paragraph_original=text, paragraph_simple=text)

    one = [sent("a", 0, "鲲鹏翡翠项目今年开工。"), sent("b", 1, "鲲鹏翡翠项目明年完工。")]
    two = one + [sent("c", 2, "鲲鹏翡翠项目停工。")]
    first = _spread_fresh(one)
    kept = rarewords.word_spread(two)  # (the first two sentences' words kept)
    fresh = _spread_fresh(two)
    assert kept == fresh and list(kept) == list(fresh)
    shared = [t for t in first if first[t] == (2, 2)]
    assert shared and all(kept[t] == (3, 3) for t in shared)
    assert rarewords.word_spread(one) == first


def test_the_cleaner_signature_kept_follows_an_edit_and_its_undoing(monkeypatch):
    before = articlesync.cleaner_signature()
    assert articlesync.cleaner_signature() == before
    real = Path.read_bytes

    def edited(self):
        data = real(self)
        return data + b"\n# edited\n" if self.name == "greetings.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert articlesync.cleaner_signature() != before
    monkeypatch.setattr(Path, "read_bytes", real)
    assert articlesync.cleaner_signature() == before
