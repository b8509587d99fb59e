"""Fonts for print: the Noto CJK families of each script, and a check that every character has a glyph.

WeasyPrint picks Japanese glyph shapes unless the family is named explicitly, and writes a custom
font encoding (unextractable text) as soon as one glyph is missing; so the families are chosen here,
per locale, and every character is checked against their character maps before anything is rendered.
"""

from __future__ import annotations

import functools
import logging
import struct
import subprocess
import unicodedata
from dataclasses import dataclass

from ..errors import BuildError

__all__ = ["FontSet", "font_set", "coverage", "missing_glyphs", "subsetting_available",
           "warn_without_subsetting", "INSTALL_HINT"]

log = logging.getLogger("mkdocs.plugins.jianfan")

INSTALL_HINT = "install the fonts (Debian: apt-get install fonts-noto-cjk fonts-noto-color-emoji)"
EMOJI = "Noto Color Emoji"


@dataclass(frozen=True, slots=True)
class FontSet:
    """The fonts one PDF uses, and the ``lang`` that makes WeasyPrint shape text for them."""

    locale: str
    """``zh-Hans`` or ``zh-Hant``."""
    lang: str
    """The html ``lang``: ``zh-CN``, ``zh-TW`` or ``zh-HK`` (``zh-Hans``/``zh-Hant`` select JP)."""
    region: str
    """Noto CJK region suffix: ``SC``, ``TC`` or ``HK``."""

    @property
    def serif(self) -> str:
        return f"Noto Serif CJK {self.region}"

    @property
    def sans(self) -> str:
        return f"Noto Sans CJK {self.region}"

    @property
    def families(self) -> tuple[str, ...]:
        """Every family the print CSS names for this locale, emoji last."""
        return (self.serif, self.sans, EMOJI)


def font_set(locale: str, variant: str = "s2t") -> FontSet:
    """The fonts for a locale; zh-Hant uses the Hong Kong faces when the variant is ``s2hk``."""
    if locale == "zh-Hans":
        return FontSet(locale, "zh-CN", "SC")
    if variant == "s2hk":
        return FontSet(locale, "zh-HK", "HK")
    return FontSet(locale, "zh-TW", "TC")


@functools.lru_cache(maxsize=None)
def font_file(family: str, style: str = "Regular") -> tuple[str, int]:
    """(path, face index) of an installed family, via fontconfig; BuildError when it is missing."""
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}|%{index}|%{family}", f"{family}:style={style}"],
                             capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError) as err:
        raise BuildError(f"PDF: cannot run fc-match to find the font '{family}' ({err}); "
                         f"install fontconfig and {INSTALL_HINT}") from None
    path, _, rest = out.partition("|")
    index, _, families = rest.partition("|")
    if family not in [f.strip() for f in families.split(",")]:
        raise BuildError(f"PDF: the font '{family}' is not installed (fontconfig offers "
                         f"'{families}' instead); {INSTALL_HINT}")
    return path, int(index or 0)


@functools.lru_cache(maxsize=None)
def _cmap(path: str, index: int) -> frozenset[int]:
    """Code points the font maps to a glyph (its Unicode cmap)."""
    from fontTools.ttLib import TTFont

    kwargs = {"fontNumber": index} if path.lower().endswith((".ttc", ".otc")) else {}
    font = TTFont(path, lazy=True, **kwargs)
    try:
        points = _format12_points(font.reader["cmap"])
        return points if points is not None else frozenset(font.getBestCmap() or {})
    finally:
        font.close()


def _format12_points(table: bytes) -> frozenset[int] | None:
    """Code points of a cmap's full-Unicode format 12 subtable, read straight from its groups.

    fontTools decodes every mapping into a dict first: 0.13 s per Noto CJK face against 0.01 s
    here, and ten faces are read before the first PDF can start. None when there is no such
    subtable (then fontTools reads the cmap)."""
    _, count = struct.unpack_from(">HH", table, 0)
    for platform, encoding, offset in struct.iter_unpack(">HHI", table[4: 4 + 8 * count]):
        if (platform, encoding) not in ((3, 10), (0, 4), (0, 6)):
            continue
        if struct.unpack_from(">H", table, offset)[0] != 12:
            continue
        groups = struct.unpack_from(">I", table, offset + 12)[0]
        points: set[int] = set()
        for start, end, _ in struct.iter_unpack(">III", table[offset + 16: offset + 16 + 12 * groups]):
            points.update(range(start, end + 1))
        return frozenset(points)
    return None


def coverage(fonts: FontSet) -> frozenset[int]:
    """Code points with a glyph in at least one of the set's fonts (regular and bold faces)."""
    points: set[int] = set()
    for family in fonts.families:
        for style in (("Regular",) if family == EMOJI else ("Regular", "Bold")):
            points |= _cmap(*font_file(family, style))
    return frozenset(points)


def _ignorable(ch: str) -> bool:
    """White space, controls and joiners/selectors: shaped away, never drawn as a glyph."""
    cat = unicodedata.category(ch)
    return cat in ("Cc", "Cf", "Zs", "Zl", "Zp") or "\ufe00" <= ch <= "\ufe0f" \
        or "\U000e0100" <= ch <= "\U000e01ef"


def missing_glyphs(text: str, covered: frozenset[int]) -> list[str]:
    """Characters of ``text`` without a glyph, in order of first appearance."""
    seen: dict[str, None] = {}
    for ch in set(text):
        if ord(ch) not in covered and not _ignorable(ch):
            seen[ch] = None
    return sorted(seen, key=text.index)


def describe(ch: str) -> str:
    """``U+1F600 😀 (GRINNING FACE)``."""
    name = unicodedata.name(ch, "unnamed character")
    return f"U+{ord(ch):04X} {ch} ({name})"


def subsetting_available() -> bool:
    """True when WeasyPrint found libharfbuzz-subset (fontTools subsetting is ~7x slower)."""
    try:
        from weasyprint.text.ffi import harfbuzz, harfbuzz_subset
    except Exception:  # noqa: BLE001 - WeasyPrint missing entirely is reported elsewhere
        return False
    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


@functools.lru_cache(maxsize=1)
def warn_without_subsetting() -> bool:
    """Warn once per process when font subsetting falls back to the slow path."""
    if subsetting_available():
        return False
    log.warning("PDF: libharfbuzz-subset is missing, so WeasyPrint subsets fonts with fontTools "
                "(about 7x slower); install it: apt-get install libharfbuzz-subset0")
    return True
