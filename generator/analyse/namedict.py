"""Three-character people's names from the segmenter alone: a word it knows as a person's name,
used as one in the sentence, or a surname and two characters that are no word of the dictionary
(``于和伟``, ``胡锡进``); never a time word, the start of an A-B-A-C idiom, or a surname that ends a
word with the character before it (``原产于|澜国``, ``以南|韩为例``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .namefind import SURNAMES, word_tag
from .namewords import _AFTER_NAME, STANCE
from .text import tokens

__all__ = ["dictionary_names"]

_NAME_FOLLOWERS = frozenset(_AFTER_NAME) | set("以自于")


@lru_cache(maxsize=1 << 16)
def dictionary_names(sentence: str) -> tuple[str, ...]:
    toks = tokens(sentence)
    return tuple(tok for i, tok in enumerate(toks)
                 if len(tok) == 3 and not (i and _glued_letter(toks[i - 1])) and tok[0] in SURNAMES and not _idiom_start(tok, sentence) and not _verb_end(tok, sentence)
                 and not _in_title(tok, sentence) and not _counted(tok, sentence)
                 and not (tok[2] == "持" and STANCE.match(sentence, sentence.find(tok) + 2))
                 and not _storm(tok, sentence) and not _place(tok, sentence)
                 and (word_tag(tok) in ("nr", "nrfg") and _dictionary_name(tok, sentence)
                      or _unknown_name(tok)))


def _glued_letter(prev: str) -> bool:
    """The token before is a lone character the segmenter split off a longer unknown word ("鄂|霍次克|海产"
    of 鄂霍次克海产): a name-like or noun-like letter, not a function word, a verb or a measure before a
    name ("据|胡锡进", "和|陈思远"). The three characters after it are cut inside a longer name: no name."""
    return len(prev) == 1 and "\u4e00" <= prev <= "\u9fff" and word_tag(prev) in ("nr", "ns", "nz", "j", "")


#: A storm's or a typhoon's name stands after its kind ("台风“杜苏芮”", "颱風杜蘇芮") or before its
#: remains ("…残余环流", "…登陆"): a weather event, no person.
_STORM_BEFORE = re.compile(r"(?:台风|颱風|飓风|颶風|热带风暴|熱帶風暴|强热带风暴|强台风|超强台风|热带气旋|气旋|暴风|风暴)\s*[“「\"『‘]?$")
_STORM_AFTER = re.compile(r"[”」\"』’]?\s*(?:残余环流|殘餘環流|残余云系|台风|颱風|号台风|登陆|登陸|外围|外圍|北上|减弱|減弱)")
#: A place's own suffix ("兰沟洼", "白洋淀", "码头镇"), or a water's ("小清河") where a place's context
#: follows ("…这些蓄滞洪区", "…一带") or leads in ("在…", "途经…"): a place, no person.
_PLACE_END = "洼淀村镇区屯峪坝乡"
_WATER_END = "河湖湾沟岭港滩岛"
_PLACE_AFTER = re.compile(r"[、，,]?\s*(?:这些|等地|等|一带|流域|沿岸|沿线|地区|附近|周边|境内|蓄滞洪区|分洪区|水库|大堤)")
_PLACE_BEFORE = re.compile(r"(?:在|到|至|经|往|沿|途经|位于|流经)$")


def _storm(tok: str, sentence: str) -> bool:
    """A typhoon's name, read by its context."""
    i = sentence.find(tok)
    return bool(_STORM_BEFORE.search(sentence[max(0, i - 8):i]) or _STORM_AFTER.match(sentence, i + len(tok)))


def _place(tok: str, sentence: str) -> bool:
    """A place the segmenter alone took for a person, read by its suffix and context."""
    if tok[-1] in _PLACE_END:
        return True
    if tok[-1] not in _WATER_END:
        return False
    i = sentence.find(tok)
    return bool(_PLACE_AFTER.match(sentence, i + len(tok)) or _PLACE_BEFORE.search(sentence[max(0, i - 3):i]))


def _in_title(tok: str, sentence: str) -> bool:
    """"《道路交通安全法》": three characters inside a work's or a law's title are a piece of the
    title, not a person the segmenter alone vouches for."""
    i = sentence.find(tok)
    lo = max(0, i - 60)  # (a title is short: no scan of a huge sentence's whole head per token)
    return i > 0 and sentence.rfind("《", lo, i) > sentence.rfind("》", lo, i)


#: A number and a measure word ("一个", "两条", "几张"): what follows is a thing counted, no person.
_COUNT = re.compile(r"[一二两三四五六七八九十几每半这那哪\d][个只条件架辆台次杯碗块]$")


def _counted(tok: str, sentence: str) -> bool:
    """"一个钟成个中环" (Cantonese: within an hour the whole of Central): a "surname" counted by
    a number and a measure word is a noun, not the start of a name."""
    i = sentence.find(tok)
    return i >= 2 and _COUNT.search(sentence, 0, i) is not None


def _verb_end(tok: str, sentence: str) -> bool:
    """"原产于澜国": the "surname" ends a word of the dictionary with the character before it (a verb,
    产于; a country, "以南韩为例")."""
    i = sentence.find(tok)
    return i > 0 and (word_tag(sentence[i - 1:i + 1]) != "" or _HOLDS_OFFICE.fullmatch(sentence[i - 1:i + 1]) is not None)


#: A verb of holding an office ends on 任 ("曾任德系车厂设计师", "现任", "历任"): the surname is the verb's.
_HOLDS_OFFICE = re.compile(r"[曾现出担升转兼历接继前新离卸留调改先后]任")


def _idiom_start(tok: str, sentence: str) -> bool:
    """"高开高" of 高开高走: the first three characters of an A-B-A-C idiom (一心一意, 不知不觉),
    never a name."""
    i = sentence.find(tok)
    return tok[0] == tok[2] and re.match(r"[\u4e00-\u9fff]", sentence[i + 3:i + 4]) is not None


def _unknown_name(tok: str) -> bool:
    """A three-character word the segmenter made of a surname and two characters that are no
    word of the dictionary, alone or together ("于和伟", "胡锡进"): a person's given name; not
    one that ends on a character that follows names ("李丕以")."""
    return (re.fullmatch(r"[\u4e00-\u9fff]{3}", tok) is not None and not word_tag(tok)
            and not word_tag(tok[1:]) and tok[-1] not in _NAME_FOLLOWERS and not _TEMPORAL.search(tok))


_TEMPORAL = re.compile(r"^(?:上|下|本|这|今|去|明|前)(?:周|月|年|星期)|[性的化地得]$|(?:老师|先生|女士|同学)$")


def _dictionary_name(tok: str, sentence: str) -> bool:
    """A rare three-character word jieba's dictionary lists as a person's name, used as a name
    in this sentence: not a time word, and not standing alone before a full stop or comma."""
    if _TEMPORAL.search(tok) or _tags_freq(tok) > 100:
        return False
    i = sentence.find(tok)
    nxt = sentence[i + len(tok):i + len(tok) + 1] if i >= 0 else ""
    return bool(nxt) and nxt not in "，。！？；：,.!?;:）)”」"


def _tags_freq(tok: str) -> int:
    from .namefind import _tags

    return _tags()[1].get(tok, 0) or 0
