"""Script conversion between zh-Hans and zh-Hant with OpenCC, an editor glossary and quote marks.

Text is only ever converted *from its own script*: a traditional article's zh-Hant page shows the
text as written, and its zh-Hans page is converted from it (never through a round trip).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import opencc

from .editorfiles import load_yaml
from .errors import EditorFileError

__all__ = ["Glossary", "GlossaryTerm", "Converter", "load_glossary", "VARIANTS", "Ambiguity",
           "ambiguities"]

#: zh-Hant variants an editor can choose (OpenCC configurations from simplified).
VARIANTS = {"s2t": "t2s", "s2tw": "tw2s", "s2hk": "hk2s", "s2twp": "tw2sp"}
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_LONE_MAP = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_LONE = re.compile(f"(?<=[{_CJK}\u3000-\u303f\uff00-\uffef])[“”]|[“”](?=[{_CJK}\u3000-\u303f\uff00-\uffef])")
_TO_HANS_MARKS = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_CJK_SIDE = re.compile(f"[{_CJK}\u3000-\u303f\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """One glossary entry: how a term must read in each script."""

    hans: str
    hant: str
    note: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Glossary:
    """The editor's glossary (``content/glossary.yml``)."""

    terms: tuple[GlossaryTerm, ...] = ()
    _pattern: dict = field(default_factory=dict, compare=False, repr=False)

    def pattern(self, script: str) -> re.Pattern | None:
        """A regex matching every term as written in ``script`` (longest first)."""
        if script not in self._pattern:
            forms = sorted({t.hans if script == "zh-Hans" else t.hant for t in self.terms},
                           key=len, reverse=True)
            self._pattern[script] = re.compile("|".join(map(re.escape, forms))) if forms else None
        return self._pattern[script]

    def target(self, form: str, source_script: str, target_script: str) -> str:
        """The glossary's spelling in ``target_script`` of a term found as ``form``."""
        for t in self.terms:
            if (t.hans if source_script == "zh-Hans" else t.hant) == form:
                return t.hans if target_script == "zh-Hans" else t.hant
        return form


def load_glossary(path: Path) -> tuple[Glossary, list[str]]:
    """Read the glossary; a bad entry is skipped with a warning naming file, line and entry."""
    if not path.exists():
        return Glossary(), []
    data, node = load_yaml(path)
    if data is None:
        return Glossary(), []
    if not isinstance(data, dict) or not isinstance(data.get("terms", []), list):
        raise EditorFileError(f"{path}:1: must hold 'terms:', a list of entries "
                              "with 'zh-Hans:' and 'zh-Hant:'")
    lines = []
    for key, value in node.value:
        if key.value == "terms" and hasattr(value, "value"):
            lines = [item.start_mark.line + 1 for item in value.value]
    terms, warnings = [], []
    for i, entry in enumerate(data.get("terms") or []):
        line = lines[i] if i < len(lines) else 1
        if not isinstance(entry, dict):
            warnings.append(f"{path}:{line}: entry {i + 1} must be a mapping with 'zh-Hans:' and "
                            "'zh-Hant:'; skipped")
            continue
        hans, hant = entry.get("zh-Hans"), entry.get("zh-Hant")
        if not isinstance(hans, str) or not isinstance(hant, str) or not hans or not hant:
            warnings.append(f"{path}:{line}: entry {i + 1} needs both 'zh-Hans:' and 'zh-Hant:' "
                            f"as text (found {entry!r}); skipped")
            continue
        terms.append(GlossaryTerm(hans.strip(), hant.strip(), str(entry.get("note") or ""), line))
    return Glossary(tuple(terms)), warnings


@functools.lru_cache(maxsize=None)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(f"{config}.json")


_QUOTES_TO_HANT = (re.compile(r"“([^“”\n]*)”"), "「\\1」", re.compile(r"‘([^‘’\n]*)’"), "『\\1』")
_QUOTES_TO_HANS = (re.compile(r"「([^「」\n]*)」"), "“\\1”", re.compile(r"『([^『』\n]*)』"), "‘\\1’")


def _requote(text: str, target: str) -> str:
    """Use the quotation marks of the target script for quotes that stand in Chinese text: the
    quote holds Chinese, or Chinese (or Chinese punctuation) stands right before or after it.
    Quotes inside Latin text ("OpenAI’s “Sora” model") are left alone."""
    d_re, d_sub, s_re, s_sub = _QUOTES_TO_HANT if target == "zh-Hant" else _QUOTES_TO_HANS

    def swap(pattern: re.Pattern, repl: str, s: str) -> str:
        def one(m: re.Match) -> str:
            before = s[m.start() - 1] if m.start() else ""
            after = s[m.end()] if m.end() < len(s) else ""
            chinese = (_HAS_CJK.search(m.group(1)) or _CJK_SIDE.match(before)
                       or _CJK_SIDE.match(after))
            return m.expand(repl) if chinese else m.group(0)
        return pattern.sub(one, s)

    text = swap(d_re, d_sub, swap(s_re, s_sub, text))
    # A quote left unpaired (cut off by the page layout) still takes the script's mark when it
    # stands next to Chinese.
    if target == "zh-Hant":
        return _LONE.sub(lambda m: _LONE_MAP[m.group(0)], text)
    return text.translate(_TO_HANS_MARKS)


class Converter:
    """Converts text between the two scripts, honouring the glossary; one per build."""

    def __init__(self, glossary: Glossary | None = None, variant: str = "s2t") -> None:
        if variant not in VARIANTS:
            raise EditorFileError(f"mkdocs.yml: zh_hant_variant '{variant}' is not one of "
                                  f"{', '.join(VARIANTS)}")
        self.glossary = glossary or Glossary()
        self.variant = variant

    def config(self, source: str, target: str) -> str | None:
        """The OpenCC configuration for a conversion, or None when none is needed."""
        src = "zh-Hans" if source == "mixed" else source
        if src == target:
            return None
        return self.variant if target == "zh-Hant" else VARIANTS[self.variant]

    def __call__(self, text: str, source: str, target: str) -> str:
        """Convert ``text`` written in ``source`` script into ``target`` (identity if the same)."""
        config = self.config(source, target)
        if config is None or not text:
            return text
        src = "zh-Hans" if source == "mixed" else source
        cc = _opencc(config)
        pattern = self.glossary.pattern(src)
        if pattern is None:
            out = cc.convert(text)
        else:
            pieces, pos = [], 0
            for m in pattern.finditer(text):
                pieces.append(cc.convert(text[pos:m.start()]))
                pieces.append(self.glossary.target(m.group(0), src, target))
                pos = m.end()
            pieces.append(cc.convert(text[pos:]))
            out = "".join(pieces)
        return _requote(out, target)

    def to_locale(self, locale: str):
        """A ``tr(text, script)`` function converting into ``locale``."""
        return lambda text, script: self(text, script, locale)


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A character the conversion had to choose for: one-to-many in OpenCC's dictionary."""

    char: str
    candidates: tuple[str, ...]
    chosen: str
    context: str
    where: str
    """``slug#p12`` of the paragraph it stands in."""


@functools.lru_cache(maxsize=None)
def _one_to_many(dictionary: str) -> dict[str, tuple[str, ...]]:
    """Characters with several candidates in an OpenCC character dictionary (dumped once)."""
    base = Path(opencc.__file__).parent / "clib"
    ocd2 = base / "share" / "opencc" / f"{dictionary}.ocd2"
    tool = base / "bin" / "opencc_dict"
    cache = Path(os.environ.get("JIANFAN_CACHE", ".cache")) / "opencc" / f"{dictionary}.txt"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        try:
            subprocess.run([str(tool), "-i", str(ocd2), "-o", str(tmp), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return {}
        tmp.replace(cache)
    table = {}
    for line in cache.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        cands = tuple(values.split())
        if len(key) == 1 and len(cands) > 1:
            table[key] = cands
    return table


def ambiguities(text: str, converted: str, source: str, where: str) -> list[Ambiguity]:
    """The choices a conversion of ``text`` (in ``source`` script) made, with their context."""
    table = _one_to_many("STCharacters" if source != "zh-Hant" else "TSCharacters")
    found = []
    aligned = len(text) == len(converted)
    for i, ch in enumerate(text):
        cands = table.get(ch)
        if cands:
            chosen = converted[i] if aligned else "?"
            context = text[max(0, i - 8): i + 9]
            found.append(Ambiguity(ch, cands, chosen, context, where))
    return found
