"""What no name is, tested on the candidate's own shape (whatever context proposed it).

* a person's name carries no verb, adverb or conjunction word at its start (严格来说 → "严格来"),
  no discourse words (谢谢您, 请问), no pronoun or particle at its end, no digit;
* a person's name does not end with the head of a public body (卫健委, 教育局: an organisation);
* an organisation named only by weak contexts (a list, a suffix, a data source) holds no negated
  predicate (冷链温度记录不全, 留样不规范) and no clause's verb between two nouns (上市公司成为资本);
* a forum user's level (LV2, Lv12, VIP3) is a level, not a product.

Names the editor or the built-in list vouch for, and accounts named as written, are not tested.
"""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _cut
from .namefind import word_tag

__all__ = ["is_level", "not_a_name"]

_VOUCHED = frozenset(("editor", "builtin", "handle", "nickname", "family-name", "anonymous"))
#: what a reply or a courtesy opens with; a name never does
_DISCOURSE_START = re.compile(r"^(?:谢谢|感谢|请问|回复|欢迎|您好|你好|大家|各位|关于|对于|根据|如果|因为|所以|但是|虽然)")
#: a pronoun, a particle or an aspect marker ends a phrase, never a Chinese name
_PHRASE_END = re.compile(r"[您你我他她它们了着过吗呢吧啊呀的地得来说]$")
#: the head of a public body or a unit (an organisation, whatever tagged it a person)
_BODY_END = re.compile(r"(?:委|局|厅|署|办|部|处|科|司|院|所|中心|公司|集团|银行|医院|学校|大学|协会|委员会)$")
#: jieba tags of a word that does something rather than names someone
#: a verb or function character that ends a clause's first word, never a two-character name ("现做")
_VERB_CHAR = frozenset("做说是有在要会能去来把被让给和与也都就还才又再已没不很太更最将")
_ACTION_TAGS = ("v", "d", "ad", "a", "c", "p", "u", "r", "y", "e")
_LEVEL = re.compile(r"(?:LV|Lv|lv|VIP|Vip|vip)\s?\d{1,3}")
_NEGATED = re.compile(r"[不没未无非](?:全|够|足|规范|到位|合格|达标|严|齐|好|对|清|明|准|当|力|畅|安全)")
#: the verbs that make a clause of two nouns ("上市公司成为资本…"); a name joins nouns without them
_PREDICATE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:成为|变成|作为|导致|使得|引发|造成|带来|进入|出现|属于|需要|具有|拥有|获得|取得)(?=[\u4e00-\u9fff]{2})")
#: A market index's short name ("恒指", "道指", "国指", "纳指"): what the market did, no body.
_INDEX_SHORT = re.compile(r"[恒道国纳综沪深日欧]指|上证综指|深证成指")
#: A quantity opening the words ("很多投信", "不少券商", "多家银行", "多只法国酒业股份"): bodies counted, not named.
_QUANTIFIER = re.compile(r"(?:很多|许多|不少|一些|部分|多家|各家|几家|数家|多只|几只|数只|多支|多个|多间|多所|各大|所有|其他|其它|这些|那些|众多|诸多|大批|整个|整家|全体)")
#: A region's inside or outside before a suffix ("辖区内银行", "境外基金"): where, not who.
_LOCATIVE = re.compile(r"(?:辖区|区|省|市|县|境|国|业|行业|系统)[内外](?=[\u4e00-\u9fff]{2})")
#: The segmenter's words of a place's inside or outside (not "国外" read across "澜国|外交部").
_PLACED = frozenset(("内", "外", "区内", "区外", "境内", "境外", "省内", "省外", "市内", "市外", "县内", "县外", "国内", "国外"))
#: A law's, a rule's or a draft's last word ("…促进条例（草案）", "…管理办法"): a text, no product.
_DOCUMENT_END = re.compile(r"(?:条例|办法|规定|细则|实施意见|征求意见稿)(?:[（(]草案[）)])?$|[（(]草案[）)]$")
_WEAK_ORG = frozenset(("enumeration", "suffix", "suffix-plain", "data-source", "brand", "product-word", "frame",
                       "company-word", "camel", "latin"))


def is_level(name: str) -> bool:
    """A forum user's level ("LV12", "胖橘 LV2" read together), never a name."""
    return _LEVEL.search(name) is not None


def _han(name: str) -> bool:
    return re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) is not None


def not_a_name(name: str, cands: list[Candidate]) -> str:
    """Why ``name`` is no name ('' when nothing speaks against it)."""
    if any(c.why in _VOUCHED for c in cands):
        return ""
    kinds = {c.kind for c in cands}
    if _LEVEL.search(name):
        return "a forum user's level"
    if kinds == {"person"}:
        if re.search(r"\d", name):
            return "a digit run in a person's name"
        if _han(name):
            if _DISCOURSE_START.search(name):
                return "a discourse phrase"
            if _PHRASE_END.search(name) and len(name) == 3:
                return "a phrase's end"
            if _BODY_END.search(name):
                return "an organisation, not a person"
            if len(name) == 2 and name[1] in _VERB_CHAR and not word_tag(name).startswith("nr"):
                return "a verb in a two-character name"
            head = _cut(name)[0] if _cut(name) else ""
            if len(head) >= 2 and head != name and word_tag(head).startswith(_ACTION_TAGS) \
                    and not word_tag(head).startswith("nr"):
                return "a verb or adverb at a name's start"
    if kinds <= {"org", "product"} and _INDEX_SHORT.fullmatch(name):
        return "a market index's short name"
    if kinds <= {"org", "product"} and _QUANTIFIER.match(name) and len(name) >= 4:
        return "a quantity of bodies, none named"
    if kinds <= {"org", "product"} and _LOCATIVE.search(name) and any(t in _PLACED for t in _cut(name)):
        return "a place's inside or outside, no body"
    if kinds == {"product"} and _DOCUMENT_END.search(name):
        return "a law or a rule under discussion, no product"
    if kinds == {"person"} and name.endswith("股") and not word_tag(name).startswith("nr"):
        return "a share, not a person"
    if kinds <= {"org", "product"} and all(c.why in _WEAK_ORG for c in cands) \
            and re.search(r"[\u4e00-\u9fff]", name):
        if _NEGATED.search(name):
            return "a negated predicate"
        if _PREDICATE.search(name):
            return "a clause's predicate verb between two nouns"
    return ""
