"""A web font for the rare characters the pages hold and the CJK fonts lack (𢧐, 𫔭).

The site's fonts are the reader's own (Noto CJK, Source Han, PingFang …); none of them covers
every ideograph of Unicode's extensions, and a character the conversion report must show (a
candidate such as 𫔭 for 開) would then be a blank box. The build finds the characters of its
pages that Noto Sans CJK lacks, cuts them out of the Hanazono Mincho fonts (Debian
``fonts-hanazono``, GlyphWiki's fonts covering CJK extensions A–F) and publishes those subsets,
a few kilobytes, under ``assets/fonts/``; ``jianfan.css`` names them last in every font stack. Without Hanazono the characters stay as the browser draws them, and the conversion
report writes each supplementary-plane character's code point beside it.
"""

from __future__ import annotations

import functools
import io
import logging
import unicodedata

from .errors import BuildError

__all__ = ["rare_characters", "rare_fonts", "FONT_PATHS", "FALLBACK_FAMILIES", "BASE_FAMILIES"]

log = logging.getLogger("mkdocs.plugins.jianfan")

#: The fonts the site's CSS names first: a character they cover needs nothing more.
BASE_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK TC")
#: Where rare glyphs are taken from, in order (HanaMinA: basic plane; HanaMinB: extensions B–F).
FALLBACK_FAMILIES = ("HanaMinA", "HanaMinB")
#: Where each subset is published (relative to the site root); ``jianfan.css`` declares both
#: under the family "Jianfan Rare" with the Unicode ranges of their fonts.
FONT_PATHS = {"HanaMinA": "assets/fonts/jianfan-rare-a.woff2",
              "HanaMinB": "assets/fonts/jianfan-rare-b.woff2"}


def _is_ideograph(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo" and "CJK" in unicodedata.name(ch, "CJK")


def rare_characters(texts) -> str:
    """The ideographs in ``texts`` that none of ``BASE_FAMILIES`` covers, sorted; '' when the
    base fonts are not installed (nothing can be said then)."""
    from .pdf.fonts import _cmap, font_file

    try:
        covered: set[int] = set()
        for family in BASE_FAMILIES:
            covered |= _cmap(*font_file(family))
    except BuildError:
        return ""
    chars = set()
    for text in texts:
        chars.update(text)
    return "".join(sorted(c for c in chars if ord(c) > 0x2FFF and ord(c) not in covered
                          and _is_ideograph(c)))


def rare_fonts(chars: str) -> dict[str, bytes]:
    """WOFF2 subsets holding the glyphs of ``chars``: ``FONT_PATHS[family]`` → bytes, one per
    fallback family that has glyphs for some of them (HanaMinA: the basic plane, HanaMinB: the
    supplementary plane); empty when nothing needs a font or none is installed.

    Deterministic: the same characters and fonts give the same bytes (no timestamps)."""
    out, todo = _rare_fonts(chars)
    if todo:
        log.info(f"rare characters without a glyph in any installed font: {' '.join(sorted(todo))} "
                 "(apt-get install fonts-hanazono to show them)")
    return dict(out)


@functools.lru_cache(maxsize=4)
def _rare_fonts(chars: str) -> tuple[dict[str, bytes], frozenset]:
    """The subsets and the characters no font has; kept for the same characters (``mkdocs
    serve`` asks on every save, and subsetting takes seconds)."""
    from .pdf.fonts import _cmap, font_file

    out: dict[str, bytes] = {}
    todo = set(chars)
    for family in FALLBACK_FAMILIES:
        if not todo:
            break
        try:
            path, index = font_file(family)
        except BuildError:
            continue
        mine = sorted(c for c in todo if ord(c) in _cmap(path, index))
        if mine:
            todo -= set(mine)
            out[FONT_PATHS[family]] = _subset(path, index, mine)
    return out, frozenset(todo)


def _subset(path: str, index: int, chars: list[str]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = []
    options.name_IDs = [0, 1, 2]
    options.recalc_timestamp = False
    options.drop_tables += ["FFTM"]  # FontForge's own timestamps
    kwargs = {"fontNumber": index} if path.lower().endswith((".ttc", ".otc")) else {}
    font = TTFont(path, recalcTimestamp=False, **kwargs)
    try:
        sub = subset.Subsetter(options)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(font)
        font.flavor = "woff2"
        buffer = io.BytesIO()
        font.save(buffer)
        return buffer.getvalue()
    finally:
        font.close()
