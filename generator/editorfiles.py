"""Loading editor-owned YAML files with line numbers, so every complaint can say where."""

from __future__ import annotations

import difflib
import pickle
from pathlib import Path

import yaml

from .errors import EditorFileError

__all__ = ["load_mapping", "load_yaml", "Loader", "FastLoader", "KNOWN_KEYS", "CHECKED_FILES", "unknown_key_warnings", "duplicate_key_warnings",
           "word_list_problem"]


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
            raise EditorFileError(_syntax_message(path, text, err)) from None
        parsed = pickle.dumps((data, node), protocol=pickle.HIGHEST_PROTOCOL)
        if len(_PARSED) >= 32:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[text] = parsed
    return pickle.loads(parsed)  # a fresh copy: callers may change what they get


def _syntax_message(path: Path, text: str, err: yaml.YAMLError) -> str:
    """What is wrong in the file, where, and what to do: the editor's usual slips (a tab, a word with
    a colon in it, a bracket or quote left open) are named with their fix."""
    mark = getattr(err, "problem_mark", None)
    opened = getattr(err, "context_mark", None)
    problem = getattr(err, "problem", None) or str(err)
    context = getattr(err, "context", None) or ""
    line_no = mark.line + 1 if mark is not None else 0
    lines = text.splitlines()
    written = lines[mark.line].strip() if mark is not None and mark.line < len(lines) else ""
    if "'\\t'" in problem or "\t" in problem:
        fix = "a tab character: YAML indents and separates with spaces only; replace the tab with spaces"
    elif "mapping values are not allowed" in problem or ("flow" in context and "':'" in problem
                                                        and (opened is None or opened.line == mark.line)):
        word = _colon_word(written)
        fix = ("a word that contains a colon and a space is read as 'key: value'; put it in quotes"
               + (f": '{word}'" if word else ", e.g. 'Black Myth: Wukong'"))
    elif "flow sequence" in context or "flow mapping" in context:
        close = "]" if "sequence" in context else "}"
        if opened is not None:
            line_no = opened.line + 1
        fix = (f"the '{'[' if close == ']' else '{'}' opened here is not closed: end the list with '{close}' "
               "on the same line, and put a word that contains , [ ] { } : in quotes")
    elif "quoted scalar" in context:
        if opened is not None:
            line_no = opened.line + 1
        fix = "a quotation mark opened here is not closed: close it, or write the word without quotes"
    elif "block" in problem or "indentation" in problem or "document start" in problem:
        fix = "the indentation does not line up: indent each level by the same number of spaces as the lines beside it"
    else:
        fix = "fix the syntax (YAML: 'key: value' lines, lists as [a, b] or '- item' lines, spaces not tabs)"
    where = f"{path}:{line_no}" if line_no else f"{path}"
    return f"{where}: not valid YAML ({problem}); {fix}"


def _colon_word(written: str) -> str:
    """The word with a colon in it on a line (``terms: [Black Myth: Wukong]`` → ``Black Myth: Wukong``)."""
    value = written.split(": ", 1)[1] if ": " in written and not written.lstrip("- ").startswith(("[", "{")) \
        else written
    value = value.strip().lstrip("-").strip()
    if value[:1] in "[{":
        value = value[1:].rstrip("]} ")
    for part in value.split(","):
        if ": " in part:
            return part.strip().strip("'\"")
    return value.strip("'\"") if ": " in value else ""


def word_list_problem(value, node, where: str) -> str | None:
    """Why ``value`` (read from YAML at ``node``) is no list of words, naming the line and the fix;
    None when it is one. ``where`` is ``file:line: field``; the line becomes the bad item's."""
    if value is None or isinstance(value, (str, int, float)):
        return None
    items = value if isinstance(value, list) else None
    item_nodes = node.value if isinstance(node, yaml.SequenceNode) else []
    if items is None:
        if isinstance(value, dict):
            pair = _pairs(value)
            return (f"{where}: must be a list of words ([词一, 词二], or one '- 词' per line), not 'key: value' "
                    f"lines; put a term that contains a colon in quotes" + (f": '{pair}'" if pair else ""))
        return f"{where}: must be a list of words ([词一, 词二]), not {_kind(value)}"
    for i, item in enumerate(items):
        if isinstance(item, (str, int, float)) and not isinstance(item, bool):
            continue
        at = where
        if i < len(item_nodes):
            at = _at_line(where, item_nodes[i].start_mark.line + 1)
        if isinstance(item, dict):
            pair = _pairs(item)
            return (f"{at}: '{pair}' was read as a 'key: value' pair, not a word (a colon and a space inside "
                    f"it); put a term that contains a colon in quotes: '{pair}'")
        if isinstance(item, list):
            return f"{at}: a list inside the list; write the words once, separated by commas: [词一, 词二]"
        if item is None:
            return f"{at}: an empty item in the list; delete the extra comma or '-'"
        return (f"{at}: item {item!r} is read as {_kind(item)}, not a word; put it in quotes: '{item}'"
                if isinstance(item, bool) else f"{at}: item {item!r} is not a word; put it in quotes")
    return None


def _pairs(value: dict) -> str:
    return ", ".join(f"{k}: {v}" if v is not None else f"{k}:" for k, v in value.items())


def _kind(value) -> str:
    return {bool: "true/false", dict: "'key: value' lines", list: "a list", type(None): "nothing"}.get(
        type(value), type(value).__name__)


def _at_line(where: str, line: int) -> str:
    """``where`` (``file:line: field`` or ``file: field``) with ``line`` as its line."""
    head, sep, rest = where.partition(": ")
    if not sep:
        return f"{where}:{line}"
    file, colon, old = head.rpartition(":")
    if colon and old.isdigit():
        head = file
    return f"{head}:{line}: {rest}"


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


#: The editor files checked for keys written twice (each file's own loader checks the rest).
CHECKED_FILES = ("glossary.yml", "taxonomy.yml", "overrides.yml", "sources.yml", "names.yml")


def duplicate_key_warnings(node, shown: str) -> list[str]:
    """A warning for each key written twice in one mapping (YAML keeps only the last, silently):
    file, both lines, and what to do."""
    out, stack = [], [node]
    while stack:  # every node is taken once (a tree: the stack only shrinks past the leaves)
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            first: dict = {}
            for key_node, value in n.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key in first:
                    out.append(f"{shown}:{key_node.start_mark.line + 1}: key '{key}' is written twice (also on "
                               f"line {first[key]}); only this one is read: merge the two into one, or delete one")
                elif key is not None:
                    first[key] = key_node.start_mark.line + 1
                stack.append(value)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return sorted(out, key=lambda w: int(w[len(shown) + 1:].split(":", 1)[0]))


def unknown_key_warnings(path: Path, shown: str | None = None) -> list[str]:
    """Warnings for keys an editor file does not understand (a typo there is otherwise silently
    ignored): file, line, the key, the nearest known key and the list of known keys; and for keys
    written twice in one mapping."""
    known = KNOWN_KEYS.get(path.name)
    if not path.exists():
        return []
    try:
        _, node = load_yaml(path)
    except EditorFileError:
        return []  # the file's own loader reports the syntax error
    shown = shown or str(path)
    if not isinstance(node, yaml.MappingNode):
        return []
    warnings = duplicate_key_warnings(node, shown)
    if known is None:
        return warnings

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
