"""Loading editor-owned YAML files with line numbers, so every complaint can say where."""

from __future__ import annotations

import difflib
import pickle
from pathlib import Path

import yaml

from .errors import EditorFileError

__all__ = ["load_mapping", "load_yaml", "Loader", "FastLoader", "KNOWN_KEYS", "unknown_key_warnings"]


class Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as written (a string), so an impossible date is reported
    by the field's own check instead of crashing the parser."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

if yaml.__with_libyaml__:
    class FastLoader(yaml.CSafeLoader):
        """:class:`Loader` with libyaml's parser (1,000 article front matters: 1.1 s -> 0.1 s);
        the same safe constructor and resolvers, so the same values."""

    FastLoader.yaml_implicit_resolvers = Loader.yaml_implicit_resolvers
else:  # PyYAML built without libyaml
    FastLoader = Loader


def load_yaml(path: Path):
    """Parse a YAML file; a syntax error becomes an EditorFileError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise EditorFileError(f"{path}: is not UTF-8 text; re-save it as UTF-8") from None
    parsed = _PARSED.get(text)
    if parsed is None:
        try:
            node = yaml.compose(text, Loader=Loader)
            data = yaml.load(text, Loader=Loader)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            problem = getattr(err, "problem", None) or str(err)
            raise EditorFileError(f"{path}{line}: not valid YAML ({problem}); fix the syntax") from None
        parsed = pickle.dumps((data, node), protocol=pickle.HIGHEST_PROTOCOL)
        if len(_PARSED) >= 32:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[text] = parsed
    return pickle.loads(parsed)  # a fresh copy: callers may change what they get


#: Parsed editor files by text (``mkdocs serve`` reads the same files on every save; the
#: line-keeping parser is pure Python): the parse is reused while a file's text is unchanged.
_PARSED: dict[str, bytes] = {}


def load_mapping(path: Path) -> tuple[dict, dict]:
    """Load a YAML mapping; return (data, {top-level key: 1-based line})."""
    data, node = load_yaml(path)
    if data is None:
        return {}, {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise EditorFileError(f"{path}:1: must be a mapping (key: value lines) at the top level")
    lines = {}
    for key_node, _ in node.value:
        lines[key_node.value] = key_node.start_mark.line + 1
    return data, lines


#: The keys each editor file understands, by file name: top level, and within a list entry.
#: (``sources.yml`` is keyed by file names and ``overrides.yml`` refuses unknown sections itself.)
KNOWN_KEYS: dict[str, dict[str, tuple[str, ...]]] = {
    "glossary.yml": {"": ("terms",), "terms": ("zh-Hans", "zh-Hant", "note")},
    "taxonomy.yml": {"": ("topic", "signals", "categories", "contentions", "voices", "entities", "roles",
                            "general", "vocabulary_for"),
                     "topic": ("label", "terms"), "signals": ("impact", "limit"),
                     "entities": ("orgs", "persons", "aliases", "ignore", "generic"),
                     "categories": ("id", "kind", "label", "description", "cues", "strong", "includes"),
                     "contentions": ("id", "topic", "scope", "a", "b")},
}


def unknown_key_warnings(path: Path, shown: str | None = None) -> list[str]:
    """Warnings for keys an editor file does not understand (a typo there is otherwise silently
    ignored): file, line, the key, the nearest known key and the list of known keys."""
    known = KNOWN_KEYS.get(path.name)
    if known is None or not path.exists():
        return []
    try:
        _, node = load_yaml(path)
    except EditorFileError:
        return []  # the file's own loader reports the syntax error
    shown = shown or str(path)
    if not isinstance(node, yaml.MappingNode):
        return []
    warnings = []

    def check(mapping: yaml.MappingNode, keys: tuple[str, ...], where: str) -> None:
        for key_node, _ in mapping.value:
            key = str(key_node.value)
            if key in keys:
                continue
            near = difflib.get_close_matches(key, keys, n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            warnings.append(f"{shown}:{key_node.start_mark.line + 1}: unknown key '{key}'{where} is "
                            f"ignored{hint}; known keys: {', '.join(keys)}")

    check(node, known[""], "")
    for key_node, value in node.value:
        inner = known.get(str(key_node.value))
        if inner is None:
            continue
        if isinstance(value, yaml.MappingNode):
            check(value, inner, f" in '{key_node.value}'")
        elif isinstance(value, yaml.SequenceNode):
            for item in value.value:
                if isinstance(item, yaml.MappingNode):
                    check(item, inner, f" in an entry of '{key_node.value}'")
    return warnings
