"""Character facts from OpenCC's own dictionaries: one-to-many characters, which characters belong
to one script only, and how a name is converted character by character.

The dictionaries are dumped once into ``.cache/opencc/`` with OpenCC's ``opencc_dict`` tool (the
Python binding cannot read them); everything here is a pure function of those tables.
"""

from __future__ import annotations

import functools
import os
import subprocess
from pathlib import Path

import opencc

__all__ = ["table", "one_to_many", "simplified_only", "traditional_only", "evident_script",
           "name_form", "NAME_KEEPS", "VARIANT_STEP", "converter"]

#: For each zh-Hant variant, the OpenCC configuration that turns OpenCC's standard traditional
#: forms into that variant's forms (爲 → 為); None when the variant is OpenCC's standard itself.
VARIANT_STEP = {"s2t": None, "s2tw": "t2tw", "s2hk": "t2hk", "s2twp": "t2tw"}

#: Characters that are themselves traditional characters and that a *person's* name keeps, where
#: OpenCC's first candidate is another word's character: the surnames 于 余 范 占 干 后 岳 党 朴 涂
#: 游 种 郁 and the given-name characters 丰 杰 征 岩 准 筑 咸 里 (a name is not 於洪雷, 趙佔領,
#: 範偉, 周傑倫). Every other character of a name takes OpenCC's first candidate (马云 → 馬雲).
NAME_KEEPS = frozenset("于余范占干后岳党朴涂游种郁丰杰征岩准筑咸里台")


def _share() -> Path:
    return Path(opencc.__file__).parent / "clib"


@functools.lru_cache(maxsize=None)
def table(dictionary: str) -> dict[str, tuple[str, ...]]:
    """An OpenCC dictionary (``STCharacters``, ``TSCharacters``, ``TWVariants`` …) as a mapping
    from key to candidates, first candidate first; empty when the tool cannot dump it."""
    base = _share()
    ocd2 = base / "share" / "opencc" / f"{dictionary}.ocd2"
    cache = Path(os.environ.get("JIANFAN_CACHE", ".cache")) / "opencc" / f"{dictionary}.txt"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        try:
            subprocess.run([str(base / "bin" / "opencc_dict"), "-i", str(ocd2), "-o", str(tmp),
                            "-f", "ocd2", "-t", "text"], check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return {}
        tmp.replace(cache)
    out = {}
    for line in cache.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            out[key] = tuple(values.split())
    return out


def one_to_many(dictionary: str) -> dict[str, tuple[str, ...]]:
    """The characters of a character dictionary that have several candidates."""
    return _one_to_many(dictionary)


@functools.lru_cache(maxsize=None)
def _one_to_many(dictionary: str) -> dict[str, tuple[str, ...]]:
    return {k: v for k, v in table(dictionary).items() if len(k) == 1 and len(v) > 1}


@functools.lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Every character some traditional standard (OpenCC's, Taiwan's, Hong Kong's) writes."""
    chars = set(table("TSCharacters"))
    for name in ("STCharacters", "TWVariants", "HKVariants"):
        for values in table(name).values():
            chars.update(v for v in values if len(v) == 1)
    return frozenset(chars)


@functools.lru_cache(maxsize=1)
def simplified_only() -> frozenset[str]:
    """Characters only simplified text writes (级, 说, 开): a traditional reader never sees them."""
    st = table("STCharacters")
    trad = _traditional_chars()
    return frozenset(c for c, cands in st.items()
                     if len(c) == 1 and c not in cands and c not in trad)


@functools.lru_cache(maxsize=1)
def traditional_only() -> frozenset[str]:
    """Characters only traditional text writes (級, 說, 為, 爲)."""
    ts = table("TSCharacters")
    simp = set(table("STCharacters"))
    for values in ts.values():
        simp.update(v for v in values if len(v) == 1)
    return frozenset(c for c, cands in ts.items() if len(c) == 1 and c not in cands and c not in simp)


def evident_script(text: str) -> str | None:
    """``zh-Hans`` or ``zh-Hant`` when the text holds characters of that script only, else None
    (no telling characters, or both kinds: a traditional page with a stray OCR 开 stays as it is)."""
    has_s = not simplified_only().isdisjoint(text)  # a C loop over the text
    has_t = not traditional_only().isdisjoint(text)
    if has_s and not has_t:
        return "zh-Hans"
    if has_t and not has_s:
        return "zh-Hant"
    return None


def name_form(name: str, kind: str, target: str, variant: str) -> str:
    """A name converted character by character, never as a word (赵占领 → 趙占領, not 趙佔領;
    中央广播电视总台 → 中央廣播電視總臺, not 總檯): each character takes OpenCC's first candidate,
    except that a person's name keeps the characters of ``NAME_KEEPS``, and any name keeps a
    character that is its own traditional form where OpenCC's phrases, reading the whole name, keep
    it (阿里巴巴 → 阿里巴巴 and 万里扬 → 萬里揚, not 阿裡巴巴: the first candidate of 里 is the 裏
    of "inside", which no name means)."""
    if target == "zh-Hans":
        ts = table("TSCharacters")
        return "".join(ts.get(c, (c,))[0] for c in name)
    st = table("STCharacters")
    whole = converter(variant).convert(name)
    whole = whole if len(whole) == len(name) else ""
    out = []
    for i, c in enumerate(name):
        cands = st.get(c)
        if not cands:
            out.append(c)
        elif c in cands and ((kind == "person" and c in NAME_KEEPS) or (whole and whole[i] == c)):
            out.append(c)
        else:
            out.append(cands[0])
    text = "".join(out)
    step = VARIANT_STEP.get(variant)
    return converter(step).convert(text) if step else text


@functools.lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter of a configuration (``s2tw``, ``t2s`` …), made once."""
    return opencc.OpenCC(f"{config}.json")
