"""Script conversion between zh-Hans and zh-Hant with OpenCC, an editor glossary and quote marks.

Text is only ever converted *from its own script*: a traditional article's zh-Hant page shows the
text as written, and its zh-Hans page is converted from it (never through a round trip).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import opencc

from .editorfiles import load_yaml
from .errors import EditorFileError
from .hanzi import evident_script, name_form, one_to_many
from .textutil import trie_pattern

__all__ = ["Glossary", "GlossaryTerm", "Converter", "load_glossary", "VARIANTS", "DEFAULT_VARIANT",
           "Ambiguity", "ambiguities"]

#: zh-Hant variants an editor can choose (OpenCC configurations from simplified).
VARIANTS = {"s2t": "t2s", "s2tw": "tw2s", "s2hk": "hk2s", "s2twp": "tw2sp"}
#: Taiwan's standard forms (為/眾/啟/群/裡/著): what readers in Taiwan and most Hong Kong papers
#: write; OpenCC's own ``s2t`` forms (爲/衆/啓/羣) are read by no one (see the README).
DEFAULT_VARIANT = "s2tw"
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

    def target(self, form: str, source_script: str, target_script: str, default=""):
        """The glossary's spelling in ``target_script`` of a term found as ``form`` (``form``
        itself, or ``default`` when given, if the glossary has no such term)."""
        for t in self.terms:
            if (t.hans if source_script == "zh-Hans" else t.hant) == form:
                return t.hans if target_script == "zh-Hans" else t.hant
        return form if default == "" else default


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
    """Converts text between the two scripts, honouring the glossary, protected names and the
    characters of the sources generated text was derived from; one per build.

    ``names`` maps a name as written in one script to its form in the other (see ``with_names``);
    ``derived`` maps a generated zh-Hans text (a briefing statement, a role) to the traditional
    paragraphs it was taken from (see ``with_sources``).
    """

    def __init__(self, glossary: Glossary | None = None, variant: str = DEFAULT_VARIANT,
                 names: dict[tuple[str, str], str] | None = None,
                 derived: dict[str, tuple[str, ...]] | None = None) -> None:
        if variant not in VARIANTS:
            raise EditorFileError(f"mkdocs.yml: zh_hant_variant '{variant}' is not one of "
                                  f"{', '.join(VARIANTS)}")
        self.glossary = glossary or Glossary()
        self.variant = variant
        self.names = dict(names or {})
        """(source script, name as written) → the name in the other script."""
        self.derived = dict(derived or {})
        self._patterns: dict[str, re.Pattern | None] = {}

    def __getstate__(self):
        return {"glossary": self.glossary, "variant": self.variant, "names": self.names,
                "derived": self.derived}

    def __setstate__(self, state):
        self.__init__(**state)

    def with_names(self, names: dict[str, str]) -> Converter:
        """A converter that also protects ``names`` ({name as written in zh-Hans or zh-Hant:
        ``person`` | ``org``}): a name is converted character by character (``hanzi.name_form``),
        never as a word, or as the glossary writes it."""
        table = dict(self.names)
        for name, kind in names.items():
            if len(name) < 2 or not _HAS_CJK.search(name):
                continue
            for src, dst in (("zh-Hans", "zh-Hant"), ("zh-Hant", "zh-Hans")):
                table.setdefault((src, name), name_form(name, kind, dst, self.variant))
        return Converter(self.glossary, self.variant, table, self.derived)

    def with_forms(self, forms: dict[str, str]) -> Converter:
        """A converter where each zh-Hans name of ``forms`` becomes the given zh-Hant form (the
        form a traditional source writes), and back."""
        table = dict(self.names)
        for hans, hant in forms.items():
            table[("zh-Hans", hans)] = hant
            table[("zh-Hant", hant)] = hans
        return Converter(self.glossary, self.variant, table, self.derived)

    def with_sources(self, derived: dict[str, tuple[str, ...]]) -> Converter:
        """A converter that writes a generated zh-Hans text of ``derived`` with the characters of
        the traditional texts it came from, wherever their wording matches (爲/為, 啓/啟 as
        the source writes them): a text is never converted into its own script."""
        merged = dict(self.derived)
        for text, sources in derived.items():
            merged[text] = tuple(dict.fromkeys(merged.get(text, ()) + tuple(sources)))
        return Converter(self.glossary, self.variant, self.names, merged)

    def config(self, source: str, target: str) -> str | None:
        """The OpenCC configuration for a conversion, or None when none is needed."""
        src = "zh-Hans" if source == "mixed" else source
        if src == target:
            return None
        return self.variant if target == "zh-Hant" else VARIANTS[self.variant]

    def script_of(self, text: str, claimed: str) -> str:
        """The script ``text`` is really written in: the claimed one, unless the text holds only
        the other script's characters (a label computed on simplified text and filed under a
        traditional article, an editor's note); ``auto`` decides from the text alone."""
        if claimed == "auto":
            return evident_script(text) or "zh-Hans"
        evident = evident_script(text)
        if evident and evident != ("zh-Hans" if claimed == "mixed" else claimed):
            return evident
        return claimed

    def __call__(self, text: str, source: str, target: str) -> str:
        """Convert ``text`` written in ``source`` script (``zh-Hans``, ``zh-Hant``, ``mixed`` or
        ``auto``) into ``target``; identity when it already is in ``target``."""
        if not text:
            return text
        source = self.script_of(text, source)
        config = self.config(source, target)
        if config is None:
            return text
        src = "zh-Hans" if source == "mixed" else source
        cc = _opencc(config)
        memory = self._memory(text) if target == "zh-Hant" else {}
        pattern = self._pattern(src)
        pieces, pos = [], 0
        for m in (pattern.finditer(text) if pattern else ()):
            pieces.append(_overlay(text[pos:m.start()], cc.convert(text[pos:m.start()]), memory, pos))
            pieces.append(self._protected(m.group(0), src, target))
            pos = m.end()
        pieces.append(_overlay(text[pos:], cc.convert(text[pos:]), memory, pos))
        return _requote("".join(pieces), target)

    def _pattern(self, script: str) -> re.Pattern | None:
        """One regex for the glossary's terms and the protected names written in ``script``."""
        if script not in self._patterns:
            forms = {t.hans if script == "zh-Hans" else t.hant for t in self.glossary.terms}
            forms.update(name for (src, name) in self.names if src == script)
            self._patterns[script] = re.compile(trie_pattern(forms)) if forms else None
        return self._patterns[script]

    def protected_spans(self, text: str, source: str) -> list[tuple[int, int]]:
        """Where ``text`` holds a glossary term or a protected name (never converted as words)."""
        src = self.script_of(text, source)
        pattern = self._pattern("zh-Hans" if src == "mixed" else src)
        return [m.span() for m in pattern.finditer(text)] if pattern else []

    def _protected(self, form: str, src: str, target: str) -> str:
        glossary = self.glossary.target(form, src, target, None)
        if glossary is not None:
            return glossary
        return self.names.get((src, form), form)

    def _memory(self, text: str) -> dict[int, str]:
        """Position → character of the traditional source, where ``text`` matches the source's
        wording (two characters or more)."""
        sources = self.derived.get(text)
        if not sources:
            return {}
        t2s = _opencc("t2s")
        found: dict[int, str] = {}
        for trad in sources:
            simp = t2s.convert(trad)
            if len(simp) != len(trad):
                continue
            i = 0
            while i < len(text) - 1:
                at = simp.find(text[i:i + 2])
                if at < 0 or i in found:
                    i += 1
                    continue
                length = 2
                while i + length < len(text) and simp.find(text[i:i + length + 1]) >= 0:
                    length += 1
                at = simp.find(text[i:i + length])
                for k in range(length):
                    found.setdefault(i + k, trad[at + k])
                i += length
        return found

    def to_locale(self, locale: str):
        """A ``tr(text, script)`` function converting into ``locale``."""
        return lambda text, script: self(text, script, locale)


def _overlay(original: str, converted: str, memory: dict[int, str], offset: int) -> str:
    """``converted`` with the characters the source memory gives for its positions (only when
    the conversion kept one character per character, so that positions still line up)."""
    if not memory or len(original) != len(converted):
        return converted
    chars = list(converted)
    for k in range(len(chars)):
        if offset + k in memory:
            chars[k] = memory[offset + k]
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A character the conversion had to choose for: one-to-many in OpenCC's dictionary."""

    char: str
    candidates: tuple[str, ...]
    chosen: str
    context: str
    where: str
    """``slug#p12`` of the paragraph it stands in."""
    index: int = -1
    """Position of the character in the converted block's text."""
    risk: str = "routine"
    """``name`` (inside a protected name or glossary term), ``reading`` (a reading a reader could
    dispute: the context chose a rarer candidate, 干 → 乾, or replaced a character that names
    keep, 占 → 佔, 于 → 於) or ``routine``."""

    @property
    def candidates_label(self) -> str:
        """The candidates for a page: ``开 / 𫔭 (U+2B52D)``; a character beyond the basic plane,
        which many fonts lack, carries its code point so that a blank box still says what it is."""
        return " / ".join(f"{c} (U+{ord(c):X})" if len(c) == 1 and ord(c) > 0xFFFF else c
                          for c in self.candidates)


def ambiguities(text: str, converted: str, source: str, where: str) -> list[Ambiguity]:
    """The choices a conversion of ``text`` (in ``source`` script) made, with their context."""
    table = one_to_many("STCharacters" if source != "zh-Hant" else "TSCharacters")
    found = []
    aligned = len(text) == len(converted)
    for i, ch in enumerate(text):
        cands = table.get(ch)
        if cands:
            chosen = converted[i] if aligned else "?"
            context = text[max(0, i - 8): i + 9]
            found.append(Ambiguity(ch, cands, chosen, context, where, i))
    return found


def for_corpus(converter: Converter, articles, analysis) -> Converter:
    """The build's converter, told what the analysis found: the names of the people and
    organisations it indexed (protected from word conversion; a name a traditional source writes
    keeps that source's form) and, for each generated text (statements, topics, roles), the
    traditional paragraphs it was taken from."""
    trad = {a.slug: {b.id: b.text for b in a.paragraphs} for a in articles if a.script == "zh-Hant"}
    t2s = _opencc("t2s")
    names: dict[str, str] = {}
    forms: dict[str, str] = {}
    derived: dict[str, list[str]] = {}

    def source(text: str, article: str, paragraph: str) -> None:
        para = trad.get(article, {}).get(paragraph)
        if text and para:
            derived.setdefault(text, []).append(para)

    for e in analysis.entities:
        names[e.name] = e.kind
        for m in e.mentions:
            names.setdefault(m.surface, e.kind)
            if m.article in trad and m.surface != e.name and t2s.convert(m.surface) == e.name:
                forms.setdefault(e.name, m.surface)
            source(e.role, m.article, m.paragraph)
    for p in analysis.points:
        for c in p.citations:
            source(p.statement, c.article, c.paragraph)
        for s in p.speakers:
            names.setdefault(s.name, s.kind)
            source(s.role, s.article, s.paragraph)
    for c in analysis.contentions:
        for side in (c.a, c.b):
            for cite in side.citations:
                source(c.topic, cite.article, cite.paragraph)
                source(side.label, cite.article, cite.paragraph)
    return (converter.with_names(names).with_forms(forms)
            .with_sources({k: tuple(v) for k, v in derived.items()}))
