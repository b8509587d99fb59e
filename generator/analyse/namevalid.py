"""Which spellings are names and of what kind: the general checks every candidate passes
(length, generic words, phrases, what no name is: ``namenot``) and the vote of its contexts
for person, organisation or product."""

from __future__ import annotations

import re
from collections import Counter

from .namecandidate import Candidate
from .namecredits import photo_credit_name
from .namefind import GENERIC, LATIN_COMMON, is_generic, word_tag
from .namelist import NameList
from .namenot import not_a_name
from .namephrase import reads_as_phrase
from .namewords import TITLES, _cut

__all__ = ["WHY_RANK", "kind_of", "valid", "descriptive"]

WHY_RANK = {"editor": 0, "builtin": 1, "title": 2, "transliteration": 2, "bracket": 2,
            "cast": 2, "credit": 2, "honorific": 3, "speech": 3, "suffix": 3, "suffix-plain": 3, "media": 3, "issuer": 3, "employer": 4, "employer-recurring": 4, "enumeration": 4, "frame": 4,
            "dictionary": 5,
            "product-word": 4, "owned": 4, "company-word": 5, "org-column": 5, "camel": 6}
_UNCUED = frozenset(("latin", "camel", "table", "dictionary"))


def kind_of(cands: list[Candidate], names: NameList, spellings: list[str]) -> str:
    for s in spellings:
        k = names.kind_of(s)
        if k:
            return k
    if any(c.why == "topic" for c in cands):
        return "product"  # the service or product the corpus is about ("萝卜快跑（Apollo Go）")
    votes: Counter = Counter()
    # a capitalised word or a table cell says nothing of its kind when the text elsewhere does
    # ("大模型Sora", "Sora 团队"): uncued candidates vote only when nothing else does
    cued = [c for c in cands if c.why not in _UNCUED] or cands
    for c in cued:
        votes[c.kind] += 2 if c.why == "product-word" else 3 - min(2, WHY_RANK.get(c.why, 6) // 2)
    if votes["person"] and any(c.why in ("title", "transliteration", "honorific", "cast") for c in cands
                               if c.kind == "person"):
        return "person"
    if any(c.why == "stock-code" for c in cands):
        return "org"  # a listed code beside the name ("某某科技（300123）"): a company, whoever posts under it
    if any(c.why == "org-column" for c in cands):
        return "org"  # a cell of a table's column headed 公司/投资方 ("| 公司 |… Morph Studio"): a company
    return max(("org", "person", "product"), key=lambda k: (votes[k], k == "org"))

#: What a person's or an organisation's name never holds: a 的 joining two words, a quantifier
#: opening a group of them (一众, 多家, 各大), what an agency published after its name (统计局数据;
#: a company may be named 某某数据),
#: a newspaper page's code before it.
_NOT_ONE_NAME = re.compile(r"[\u4e00-\u9fff]的[\u4e00-\u9fff]|^(?:一众|众多|诸多|多家|各大|一批|一些|部分|若干)|"
                           r"(?:局|部|署|委|院|所|中心)(?:数据|研报|报告|消息|公告)$|^[A-Z]\d{1,2}(?=[\u4e00-\u9fff])")


#: A Latin name that ends on what names a programme or a squad ("Red Team", "Bug Bounty Program").
_PROGRAMME = re.compile(r"\s(?:Team|Program|Programme|Initiative|Challenge)$")


def _title_word(role: str, name: str) -> bool:
    """The title ending ``role`` and the first character of ``name`` make a word ("董事" + "会")."""
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if role.endswith(t)), "")
    return bool(title) and re.fullmatch(r"[\u4e00-\u9fff]+", title + name[:1]) is not None \
        and word_tag(title + name[:1]).startswith(("n", "v")) and not word_tag(title + name[:1]).startswith("nr")


def valid(name: str, cands: list[Candidate]) -> bool:
    """A name that survives the general checks (length, generic words, Latin common words)."""
    if re.fullmatch(r"[\d\s.%-]+", name) and not (re.fullmatch(r"\d{3,}", name)
                                                   and any(c.why in ("employer", "heading") for c in cands)):
        return False  # "360" names a company when it employs someone
    if name in GENERIC:
        return False
    if not_a_name(name, cands):
        return False  # "严格来", "谢谢您", "卫健委" as a person, "留样不规范", "LV12"
    if name.endswith("摄") and photo_credit_name(name):
        return False  # "韩雪摄": a photo's credit, whose person is 韩雪
    if re.fullmatch(r"[A-Za-z0-9 .&·-]+", name):
        if _PROGRAMME.search(name) and not any(c.why in ("editor", "builtin") for c in cands):
            return False  # "Red Team": a programme or a squad a company runs, not a product or a body
        return name.lower() not in LATIN_COMMON and not re.fullmatch(r"[A-Z]", name)
    if any(c.why in ("editor", "builtin") for c in cands):
        return True
    if cands and all(c.why == "title" and c.role for c in cands) and any(_title_word(c.role, name) for c in cands):
        return False  # "董事|会声明": the title and the name's first character make a word (董事会)
    if any(c.why == "handle" for c in cands) and len(name) <= 20:
        return True  # an account is named as its owner wrote it ("咖啡续命的小林", "有没有出二手单反的")
    if reads_as_phrase(name) or _NOT_A_NAME_END.search(name) and len(name) > 4:
        return False  # "先说结论：", "标到800", "中航西飞涨幅": what someone says or does, not who
    if _NOT_ONE_NAME.search(name) and all(c.kind in ("org", "person") for c in cands):
        return False  # "小鹏的何小鹏", "一众新势力股份", "国家统计局数据", "A12香港财经日报"
    if all(c.kind == "org" for c in cands) and is_generic(name) \
            and not any(c.why in ("enumeration", "stock-code", "employer-recurring") for c in cands):
        return False  # (a list of shares vouched for it: "包括高新发展、恒为科技…收涨")
    return True


#: What a name never ends on: a market figure of the company before it ("中航西飞涨幅"), a
#: person's description ("东航相关负责人").
_NOT_A_NAME_END = re.compile(r"(?:涨幅|跌幅|股价|市值|营收|净利润|利润|业绩|财报|相关负责人|负责人|相关人士|方面人士)$")


def descriptive(name: str) -> bool:
    """A name made of a place and common nouns of the dictionary ("日本水产"): it names the
    company only where the text says so, elsewhere it is a description."""
    toks = _cut(name)
    return len(toks) >= 2 and not word_tag(name) and all(word_tag(t) in ("ns", "n") for t in toks)
