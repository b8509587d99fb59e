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
    return tuple(tok for tok in tokens(sentence)
                 if len(tok) == 3 and tok[0] in SURNAMES and not _idiom_start(tok, sentence) and not _verb_end(tok, sentence)
                 and not _in_title(tok, sentence) and not _counted(tok, sentence)
                 and not (tok[2] == "持" and STANCE.match(sentence, sentence.find(tok) + 2))
                 and (word_tag(tok) in ("nr", "nrfg") and _dictionary_name(tok, sentence)
                      or _unknown_name(tok)))


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
    return i > 0 and word_tag(sentence[i - 1:i + 1]) != ""


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
