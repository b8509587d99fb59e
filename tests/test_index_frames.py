"""Names confirmed or rejected by their frame and by the corpus around them: common words before
an organisation suffix, a verb and its object, a title before a name followed by a time word, a
phrase around a name that stands on its own elsewhere. On small synthetic articles written for
these tests (a hotel chain in trouble, a theatre season, a ferry operator: invented names)."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, script="zh-Hans", **kw):
    kw.setdefault("date", "2025-03-01")
    return _index_article(slug, body, script, **kw)


def _names(analysis):
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


def test_common_words_before_a_suffix_the_text_uses_on_its_own_are_no_name():
    a = _article("h1", "星岚酒店集团董事长罗文涛表示，将尽快评估集团现状，并与贷款银行协商展期。\n\n"
                       "市场普遍预计法院将于下周作出裁决，多家贷款银行已做拨备。\n\n"
                       "分析人士认为，对银行体系的冲击可控，法院已委任临时清盘人。")
    analysis = _run(a)
    names = _names(analysis)
    assert "星岚酒店集团" in names and "罗文涛" in names
    for phrase in ("评估集团", "贷款银行", "预计法院"):
        assert phrase not in names, phrase


def test_a_plain_word_before_a_suffix_never_used_alone_is_a_name():
    a = _article("t1", "青禾乐团上月在晨光剧院完成了三场演出，票房超出预期。\n\n"
                       "晨光剧院负责人透露，下一季还将引进两部新剧。")
    analysis = _run(a)
    e = _entity(analysis, "晨光剧院")
    assert e and e.kind == "org" and {m.paragraph for m in e.mentions} == {"p1", "p2"}
