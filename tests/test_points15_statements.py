"""A statement in the third person names its holder once per clause (issue 13, property 4): the
second "我" of a clause whose subject is the holder is "自己" ("我把我外甥叫回来帮忙" → "赵某把自己外甥
叫回来帮忙"), never the name twice in a row; a "我" in another clause, or the object of another
subject, is the holder's name. Sentences written for the test (a covered market rebuilt) in the
forms a first person comes in: a vlog guest's answer, a forum post, a podcast guest in traditional script."""

from __future__ import annotations

import pytest

from generator.analyse.statementperson import third_person
from generator.analyse.statements import drop_lead


@pytest.mark.parametrize("text, holder, want", [
    ("人手真不够，我把我外甥外甥女都叫回来帮忙了。", "尤春花", "人手真不够，尤春花把自己外甥外甥女都叫回来帮忙了。"),
    ("改造以后我给我的老顾客都打了折。", "韦一鸣", "改造以后韦一鸣给自己的老顾客都打了折。"),
    ("攤位費漲了，我跟我太太商量要不要搬走。", "魏嘉禾", "攤位費漲了，魏嘉禾跟自己太太商量要不要搬走。"),
    # another clause, or another subject's object: the name
    ("电话打进来我都接不过来，客人给我打电话也没用。", "尤春花", "电话打进来尤春花都接不过来，客人给尤春花打电话也没用。"),
    ("我卖了十年豆腐，我没见过这么多人。", "尤春花", "尤春花卖了十年豆腐，尤春花没见过这么多人。"),
])
def test_the_holder_is_named_once_per_clause(text, holder, want):
    assert third_person(text, holder, "person") == want


@pytest.mark.parametrize("text, want", [
    ("三是租金依赖补贴，存在“补贴一停就涨价”的风险。", "租金依赖补贴，存在“补贴一停就涨价”的风险。"),
    ("其二，改造后摊位租金上涨两成。", "改造后摊位租金上涨两成。"),
    ("統一是必要的。", "統一是必要的。"),  # a word ending in 一 before 是 is no enumerator
    ("一是否定的。", "一是否定的。"),
])
def test_a_statement_leaves_its_lists_enumerator_behind(text, want):
    assert drop_lead(text) == want
