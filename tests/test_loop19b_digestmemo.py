"""Digests kept across saves by what they read (``analyse/digestmemo.py``, ``readmemo.py``, issue 17):
after any sequence of edits the served analysis is a cold build's, byte for byte, and an edit to
one article reruns few of the other articles' digests.

The articles are written for this test on a topic unlike the corpora (a river ferry line suspended
for pier repairs), in four forms: a plain report, a forum thread whose posts are headed by their
posters, a traditional-script notice with a table, and a report whose editor pinned a summary (one
pinned sentence matching no paragraph, so the digest warns and the warning must come back on a kept
run too).
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse import readmemo
from generator.articles import parse_body
from generator.model import Article
from editkit import replay

TAXONOMY = Path(__file__).resolve().parent / "loop19b_ferry_taxonomy.yml"
_S2T = opencc.OpenCC("s2t.json")

POOL = [
    "东岸码头加固工程总投资3200万元，施工期间二号航线停航四个月。",
    "航运公司经理罗立平表示，停航期间将增开三班接驳公交，票价维持两元不变。",
    "据统计，2023年该航线全年运送乘客约460万人次，比上年增长18%。",
    "不过，有通勤的居民指出，改乘公交过江要多花四十分钟。",
    "施工方负责人坦言，码头桩基腐蚀程度超出预期，工期可能顺延一个月。",
    "3月15日，市交通局召开说明会，宣布渡轮将于七月复航。",
    "城市交通研究员宋薇认为，停航会让过江大桥早高峰更加拥堵。",
    "有网友表示，接驳公交站离码头太远，老人走过去很吃力。",
    "专家认为，单靠加固码头不足以吸引客流，还需要优化航线和班次。",
    "本文仅供参考，转载请注明出处。",
    "复航后的渡轮将更换为电动船，噪音和油耗都会明显降低。",
    "沿江商户担心停航四个月会让客流锐减，生意难以为继。",
]
TABLE = "| 航线 | 日均班次 |\n| --- | --- |\n| 一号线 | 48班 |\n| 二号线 | 36班 |"


def _report(rng):  # a plain report: paragraphs of one to three sentences
    return ["".join(rng.sample(POOL, rng.randint(1, 3))) for _ in range(rng.randint(3, 5))]


def _thread(rng):  # a forum thread: each post under its poster's heading
    out = []
    for name in rng.sample(["江边老周", "过江通勤狗", "阿Ken", "船迷小林"], 3):
        out += [f"### {name}", rng.choice(POOL)]
    return out


def _notice(rng):  # a notice in traditional script with a table
    return [rng.choice(POOL), TABLE, rng.choice(POOL), rng.choice(POOL)]


FORMS = (("zh-Hans", _report, ()), ("zh-Hans", _thread, ()), ("zh-Hant", _notice, ()),
         ("zh-Hans", _report, (POOL[0], "这句话不在文中。")))


def _article(slug: str, paras: list[str], script: str, k: int, summary=()) -> Article:
    body = "\n\n".join(paras)
    body = _S2T.convert(body) if script == "zh-Hant" else body
    return Article(slug=slug, source=f"{slug}.txt", title=f"轮渡{slug}", script=script,
                   blocks=parse_body(body), outlet=f"{'晨晚日周'[k % 4]}报", date=f"2024-03-{10 + k % 18}",
                   summary=summary)


def _paras(a: Article) -> list[str]:
    return [b.text for b in a.blocks if b.kind in ("p", "table") or b.kind.startswith("h")]


def _edit(rng, corpus: dict, counter: list[int], kind: str) -> str:
    if kind == "add" or not corpus:
        counter[0] += 1
        k = counter[0]
        script, form, summary = FORMS[k % len(FORMS)]
        corpus[f"f{k:02d}"] = _article(f"f{k:02d}", form(rng), script, k, summary)
        return f"f{k:02d}"
    slug = rng.choice(sorted(corpus))
    if kind == "remove":
        if len(corpus) > 3:
            del corpus[slug]
        return slug
    a = corpus[slug]
    paras = [b.text if b.kind in ("p", "table") else "#" * int(b.kind[1:]) + " " + b.text
             for b in a.blocks if b.kind in ("p", "table") or b.kind.startswith("h")]
    ps = [i for i, b in enumerate(a.blocks) if b.kind == "p"]
    i = rng.choice(ps) if ps else 0
    if kind == "append":  # a sentence added to a paragraph
        paras[i] = paras[i] + rng.choice(POOL)
    elif kind == "rare":  # a new rare word: no sentence added, one word's weight moves
        paras[i] = paras[i].replace("。", "，据称涉及鹭洲翠屿项目。", 1)
    elif kind == "delete" and len(paras) > 2:  # a paragraph removed
        del paras[i]
    corpus[slug] = Article(slug=a.slug, source=a.source, title=a.title, script=a.script,
                           blocks=parse_body("\n\n".join(paras)), outlet=a.outlet, date=a.date,
                           summary=a.summary)
    return slug



def _run(seed: int, kinds: list[str], start: int = 6) -> list[dict]:
    return replay(seed, kinds, _edit, TAXONOMY, readmemo.stats, start=start)


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(min_value=0, max_value=2 ** 32 - 1),
       st.lists(st.sampled_from(("append", "rare", "delete", "add", "remove")), min_size=3, max_size=5))
def test_kept_digests_give_the_cold_corpus_json_after_random_edits(seed, kinds):
    _run(seed, kinds)


def test_an_edit_to_one_article_keeps_most_other_digests_and_the_pinned_summary_warning():
    seen = _run(7, ["rare", "rare", "append", "rare"], start=12)
    assert seen[0]["kept"] == 0 and seen[0]["made"] == 2 * 12  # a cold start makes every summary and digest
    saves = seen[1:]
    assert all(s["unkeepable"] == 0 for s in seen)
    # each save reruns the edited article's digest and those whose read entries moved: few of twelve
    assert sum(s["kept"] for s in saves) > sum(s["made"] for s in saves)
    assert all(s["kept"] + s["made"] == 2 * s["articles"] for s in saves)


def test_a_reading_view_records_look_ups_and_refuses_iteration():
    reads: dict = {}
    view = readmemo.Reading({"码头": 2.0, "航线": 3.0}, reads)
    assert view.get("码头") == 2.0 and view.get("渡口", 1.0) == 1.0 and "航线" in view and view
    assert reads == {"码头": 2.0, "渡口": readmemo.MISSING, "航线": 3.0, ("\0bool",): True}
    with pytest.raises(readmemo.Unkeepable):
        list(view)
    with pytest.raises(readmemo.Unkeepable):
        dict(view)
    # a dict's order is part of what was read (a Counter's ties keep their first-seen order)
    assert not readmemo.same({"a": 1, "b": 1}, {"b": 1, "a": 1}) and readmemo.same([1, {"a": 2}], [1, {"a": 2}])
