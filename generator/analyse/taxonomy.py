"""The editor-owned topic vocabulary (``content/taxonomy.yml``): categories, cues, contentions.

Nothing about a topic lives in code: a new topic needs a new taxonomy file, not a new release.
Every complaint names the file, the line and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..editorfiles import load_yaml, word_list_problem
from ..errors import EditorFileError
from .general import GENERAL_CATEGORIES, GENERAL_SIGNALS
from .model import KINDS, Category
from .text import to_simplified

__all__ = ["Taxonomy", "CategoryRule", "ContentionRule", "load_taxonomy", "unmatched_categories"]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_GENERAL = {g[0]: g for g in GENERAL_CATEGORIES}


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a + b))


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """A category with the words that place a sentence in it."""

    category: Category
    cues: tuple[str, ...]
    """Words of the field (weight 1)."""
    strong: tuple[str, ...] = ()
    """Words that settle it on their own (weight 3; need no kind signal)."""
    line: int = 0
    general: bool = False
    """A category of the built-in general taxonomy (tried after the editor's)."""


@dataclass(frozen=True, slots=True)
class ContentionRule:
    """A question with the cue words of each side."""

    id: str
    topic: str
    scope: tuple[str, ...]
    """A sentence must mention one of these to join either side (empty: any)."""
    a_label: str
    a_cues: tuple[str, ...]
    b_label: str
    b_cues: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The whole vocabulary of a topic."""

    topic_label: str
    topic_terms: tuple[str, ...]
    impact_signals: tuple[str, ...]
    limit_signals: tuple[str, ...]
    rules: tuple[CategoryRule, ...]
    contentions: tuple[ContentionRule, ...] = ()
    voices: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    """(group id, reader label, cue words found in a speaker's name or role)."""
    orgs: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    aliases: dict = field(default_factory=dict)
    ignore: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    """General words that never make an organisation's name on their own (added to the built-in list)."""
    roles: tuple[str, ...] = ()
    """Extra job titles that introduce a person's name (added to the built-in list)."""
    path: str = ""
    notes: tuple[str, ...] = ()
    """Warnings for the editor found while reading the file (e.g. another topic's categories set aside)."""

    @property
    def categories(self) -> tuple[Category, ...]:
        """Categories in file order."""
        return tuple(r.category for r in self.rules)


def _strs(value, where: str, node=None) -> tuple[str, ...]:
    """The words of a list in the file; a value YAML read as something else (a term with a colon in
    it read as 'key: value') fails with the line of the item and the fix (``node``: the value's)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    problem = word_list_problem(value, node, where)
    if problem:
        raise EditorFileError(problem)
    return tuple(str(v).strip() for v in value if str(v).strip())


def _at(path, node, *keys: str) -> tuple[str, object]:
    """``file:line`` of the value under ``keys`` (the line of the last key found), and its node."""
    line = 1
    for key in keys:
        line = _line(node, key) if isinstance(node, yaml.MappingNode) and _child(node, key) is not None else line
        node = _child(node, key)
    return f"{path}:{line}", node


def _line(node, key: str) -> int:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return k.start_mark.line + 1
    return node.start_mark.line + 1 if node is not None else 1


def _child(node, key: str):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v
    return None


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check the taxonomy file."""
    if not path.is_file():
        raise EditorFileError(f"{path}: missing; create it with the topic's name, e.g. 'topic: {{label: 文心一言, "
                              "terms: [文心一言, 百度]}' (the built-in general categories then apply; README, "
                              "'Steer the briefing')")
    data, node = load_yaml(path)
    if not isinstance(data, dict):
        raise EditorFileError(f"{path}:1: must be a mapping with 'topic', 'signals' and 'categories'")
    topic = data.get("topic") or {}
    if not isinstance(topic, dict):
        raise EditorFileError(f"{path}:{_line(node, 'topic')}: 'topic' must have 'label' and 'terms'")
    signals = data.get("signals") or {}
    sig_node = _child(node, "signals")
    for key, example in (("signals", "impact: [词一, 词二]"), ("entities", "orgs: [机构一, 机构二]"),
                         ("voices", "official: {label: 官方, cues: [部门, 局]}")):
        if data.get(key) is not None and not isinstance(data.get(key), dict):
            raise EditorFileError(f"{path}:{_line(node, key)}: '{key}' must be 'key: value' lines (e.g. "
                                  f"'{example}' indented under it), not {type(data.get(key)).__name__}")
    notes: list[str] = []
    topic_name = str(topic.get("label") or "").strip()
    written_for = data.get("vocabulary_for")
    if written_for is not None and str(written_for).strip() != topic_name:
        # the file's own vocabulary is another topic's (an editor named a new topic in the default
        # file): its signals, categories and contentions are set aside, the general ones apply
        line = _line(node, "vocabulary_for")
        if data.get("general", True) is False:
            raise EditorFileError(f"{path}:{line}: 'vocabulary_for: {written_for}' says the categories were "
                                  f"written for another topic than '{topic_name}', and 'general: false' leaves "
                                  "none: set vocabulary_for to the topic's label or remove 'general: false'")
        if data.get("categories") or data.get("signals") or data.get("contentions"):
            notes.append(f"{path}:{line}: the signals, categories and contentions of this file were written "
                         f"for '{written_for}', not for the topic '{topic_name}': they are set aside and the general "
                         f"categories place the claims (write this topic's own and set 'vocabulary_for: "
                         f"{topic_name}', or delete the line to apply them anyway)")
        data = {k: v for k, v in data.items() if k not in ("signals", "categories", "contentions")}
        signals, sig_node = {}, None
    rules: list[CategoryRule] = []
    seen: set[str] = set()
    folded: set[str] = set()
    written: dict[str, set[str]] = {}  # each editor category's own words, as written
    use_general = data.get("general", True)
    if not isinstance(use_general, bool):
        raise EditorFileError(f"{path}:{_line(node, 'general')}: 'general' must be true or false")
    cats = data.get("categories")
    if cats is None and use_general:
        cats = []
    cats_node = _child(node, "categories")
    if not isinstance(cats, list) or (not cats and not use_general):
        raise EditorFileError(f"{path}:{_line(node, 'categories')}: 'categories' must be a non-empty "
                              "list (or leave it out and keep the general categories)")
    for i, entry in enumerate(cats):
        line = cats_node.value[i].start_mark.line + 1
        where = f"{path}:{line}: category #{i + 1}"
        if not isinstance(entry, dict):
            raise EditorFileError(f"{where}: must be a mapping with id, kind, label, cues")
        cid = str(entry.get("id", "")).strip()
        if not _ID.match(cid):
            raise EditorFileError(f"{where}: id {cid!r} must be lower-case letters, digits and '-'")
        if cid in seen:
            raise EditorFileError(f"{where}: id {cid!r} is used twice")
        seen.add(cid)
        kind = entry.get("kind")
        if kind not in KINDS:
            raise EditorFileError(f"{where} ({cid}): kind must be 'impact' or 'limit', not {kind!r}")
        label = str(entry.get("label") or "").strip()
        if not label:
            raise EditorFileError(f"{where} ({cid}): needs a label")
        entry_node = cats_node.value[i]
        cues = _strs(entry.get("cues"), f"{where} ({cid}) cues", _child(entry_node, "cues"))
        strong = _strs(entry.get("strong"), f"{where} ({cid}) strong", _child(entry_node, "strong"))
        includes = _strs(entry.get("includes"), f"{where} ({cid}) includes", _child(entry_node, "includes"))
        written[cid] = set(cues) | set(strong)
        for gid in includes:
            if gid not in _GENERAL:
                raise EditorFileError(f"{where} ({cid}): includes {gid!r}, which is not a general "
                                      f"category (use one of: {', '.join(_GENERAL)})")
            if _GENERAL[gid][1] != kind:
                raise EditorFileError(f"{where} ({cid}): includes {gid!r}, a category of kind "
                                      f"{_GENERAL[gid][1]}, into a category of kind {kind}")
            folded.add(gid)
            cues += tuple(c for c in _GENERAL[gid][3] if c not in cues)
            strong += tuple(c for c in _GENERAL[gid][4] if c not in strong)
        if cid in _GENERAL:
            folded.add(cid)
        if not cues and not strong:
            raise EditorFileError(f"{where} ({cid}): needs 'cues' or 'strong' words")
        rules.append(CategoryRule(Category(cid, kind, label, str(entry.get("description") or "")),
                                  cues, strong, line))
    rules = _own_words_first(rules, written)
    if use_general:
        for gid, (_, kind, label, cues, strong) in _GENERAL.items():
            if gid not in folded and gid not in seen:
                rules.append(CategoryRule(Category(gid, kind, label), cues, strong, 0, general=True))
    contentions = []
    con_node = _child(node, "contentions")
    for i, entry in enumerate(data.get("contentions") or []):
        line = con_node.value[i].start_mark.line + 1
        where = f"{path}:{line}: contention #{i + 1}"
        if not isinstance(entry, dict) or not isinstance(entry.get("a"), dict) \
                or not isinstance(entry.get("b"), dict):
            raise EditorFileError(f"{where}: needs id, topic, and sides 'a' and 'b' with label and cues")
        cid = str(entry.get("id", "")).strip()
        if not _ID.match(cid):
            raise EditorFileError(f"{where}: id {cid!r} must be lower-case letters, digits and '-'")
        a, b = entry["a"], entry["b"]
        contentions.append(ContentionRule(
            id=cid, topic=str(entry.get("topic") or cid),
            scope=_strs(entry.get("scope"), f"{where} scope", _child(con_node.value[i], "scope")),
            a_label=str(a.get("label") or ""),
            a_cues=_strs(a.get("cues"), f"{where} side a", _child(_child(con_node.value[i], "a"), "cues")),
            b_label=str(b.get("label") or ""),
            b_cues=_strs(b.get("cues"), f"{where} side b", _child(_child(con_node.value[i], "b"), "cues")),
            line=line))
    voices = []
    for gid, entry in (data.get("voices") or {}).items():
        if not isinstance(entry, dict):
            raise EditorFileError(f"{path}:{_line(_child(node, 'voices'), gid)}: voice {gid!r} needs label and cues")
        voices.append((str(gid), str(entry.get("label") or gid),
                       _strs(entry.get("cues"), f"{_at(path, _child(node, 'voices'), str(gid))[0]}: voice {gid}",
                             _child(_child(_child(node, "voices"), str(gid)), "cues"))))
    ents = data.get("entities") or {}
    aliases = ents.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise EditorFileError(f"{path}:{_line(node, 'entities')}: entities.aliases must map a spelling to a name")
    at, terms_node = _at(path, node, "topic", "terms")
    terms = _strs(topic.get("terms"), f"{at}: topic.terms", terms_node)
    return Taxonomy(
        topic_label=topic_name,
        # the working copy of every article is simplified: a term written in traditional
        # characters ("福島處理水") must match it too
        topic_terms=_union(terms, tuple(to_simplified(t, "zh-Hant") for t in terms)),
        impact_signals=_union(_strs(signals.get("impact"), f"{path}:{_line(sig_node, 'impact')}: signals.impact",
                                    _child(sig_node, "impact")), GENERAL_SIGNALS["impact"]),
        limit_signals=_union(_strs(signals.get("limit"), f"{path}:{_line(sig_node, 'limit')}: signals.limit",
                                   _child(sig_node, "limit")), GENERAL_SIGNALS["limit"]),
        rules=tuple(rules), contentions=tuple(contentions), voices=tuple(voices),
        orgs=_strs(ents.get("orgs"), f"{_at(path, node, 'entities', 'orgs')[0]}: entities.orgs",
                   _at(path, node, "entities", "orgs")[1]),
        persons=_strs(ents.get("persons"), f"{_at(path, node, 'entities', 'persons')[0]}: entities.persons",
                      _at(path, node, "entities", "persons")[1]),
        aliases={str(k): str(v) for k, v in aliases.items()},
        ignore=_strs(ents.get("ignore"), f"{_at(path, node, 'entities', 'ignore')[0]}: entities.ignore",
                     _at(path, node, "entities", "ignore")[1]),
        generic=_strs(ents.get("generic"), f"{_at(path, node, 'entities', 'generic')[0]}: entities.generic",
                      _at(path, node, "entities", "generic")[1]),
        roles=_strs(data.get("roles"), f"{_at(path, node, 'roles')[0]}: roles", _at(path, node, "roles")[1]),
        path=str(path), notes=tuple(notes),
    )


def _own_words_first(rules: list[CategoryRule], written: dict[str, set[str]]) -> list[CategoryRule]:
    """A word a category only folded in from a general one (``includes``) that another of the editor's
    categories writes itself is that category's: "造假", folded into 版权 with ``authenticity``, places
    a sentence under the editor's own 深度伪造 category, not under copyright."""
    out = []
    for r in rules:
        others = set().union(*(w for cid, w in written.items() if cid != r.category.id))
        mine = written.get(r.category.id, set())
        keep = lambda words: tuple(w for w in words if w in mine or w not in others)  # noqa: E731
        out.append(CategoryRule(r.category, keep(r.cues), keep(r.strong), r.line, r.general))
    return out


def unmatched_categories(tax: Taxonomy, used: set[str]) -> list[str]:
    """A warning for each editor category no sentence of the corpus falls in (``used``: the
    categories of the candidates): its cues are probably another topic's."""
    return [f"{tax.path}:{r.line}: category '{r.category.id}' ({r.category.label}) matches no sentence of "
            "these articles: its cue words may be another topic's; check them or delete the category "
            "(the general categories place the claims meanwhile)"
            for r in tax.rules if not r.general and r.category.id not in used]
