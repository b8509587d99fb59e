"""Editor overrides (``content/overrides.yml``): pin, reword, move, merge, drop or add points.

Every entry that refers to a point or a paragraph that no longer exists produces a warning naming
the file, the line and the entry; the rest of the file still applies.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml

from ..editorfiles import load_yaml
from ..errors import EditorFileError
from .model import Citation, Point
from .points import point_id


__all__ = ["load_overrides", "apply_overrides", "Overrides"]


class Overrides:
    """Parsed overrides with the line of each entry."""

    def __init__(self, path: str = "", points=None, add=None, drop_paragraphs=None):
        self.path = path
        self.points: list[tuple[str, dict, int]] = points or []
        self.add: list[tuple[dict, int]] = add or []
        self.drop_paragraphs: list[tuple[str, int]] = drop_paragraphs or []


def _child(node, key):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return k, v
    return None, None


def load_overrides(path: Path | None) -> Overrides:
    """Read the overrides file (missing or empty: no overrides)."""
    if path is None or not Path(path).exists():
        return Overrides(str(path or ""))
    data, node = load_yaml(Path(path))
    if data is None:
        return Overrides(str(path))
    if not isinstance(data, dict):
        raise EditorFileError(f"{path}:1: must be a mapping with 'points', 'add' or 'drop_paragraphs'")
    unknown = set(data) - {"points", "add", "drop_paragraphs"}
    if unknown:
        k, _ = _child(node, sorted(unknown)[0])
        raise EditorFileError(f"{path}:{k.start_mark.line + 1}: unknown section {sorted(unknown)[0]!r} "
                              "(use points, add, drop_paragraphs)")
    ov = Overrides(str(path))
    for section, shape, want in (("points", yaml.MappingNode, "'point id: {…}' lines"),
                                 ("add", yaml.SequenceNode, "a list of '- statement: …' entries"),
                                 ("drop_paragraphs", yaml.SequenceNode, "a list of '- slug#paragraph' lines")):
        k, v = _child(node, section)
        if v is not None and not isinstance(v, shape) and data.get(section) is not None:
            raise EditorFileError(f"{path}:{k.start_mark.line + 1}: '{section}' must be {want} indented under "
                                  "it; fix its indentation or its brackets")
    _, pnode = _child(node, "points")
    for key_node, val_node in (pnode.value if isinstance(pnode, yaml.MappingNode) else []):
        entry = yaml.safe_load(yaml.serialize(val_node)) if val_node is not None else None
        line = key_node.start_mark.line + 1
        if not isinstance(entry, dict):
            raise EditorFileError(f"{path}:{line}: point {key_node.value}: must be a mapping "
                                  "(statement, category, pin, drop, merge)")
        bad = set(entry) - {"statement", "category", "pin", "drop", "merge"}
        if bad:
            raise EditorFileError(f"{path}:{line}: point {key_node.value}: unknown key {sorted(bad)[0]!r}")
        if isinstance(entry.get("merge"), (str, int)):
            entry["merge"] = [entry["merge"]]  # one point written without brackets, not its characters
        ov.points.append((str(key_node.value), entry, line))
    _, anode = _child(node, "add")
    for item in (anode.value if isinstance(anode, yaml.SequenceNode) else []):
        entry = yaml.safe_load(yaml.serialize(item))
        line = item.start_mark.line + 1
        if not isinstance(entry, dict) or not entry.get("statement") or not entry.get("category") \
                or not entry.get("cite"):
            raise EditorFileError(f"{path}:{line}: added point needs statement, category and cite")
        ov.add.append((entry, line))
    _, dnode = _child(node, "drop_paragraphs")
    for item in (dnode.value if isinstance(dnode, yaml.SequenceNode) else []):
        if not isinstance(item, yaml.ScalarNode):
            raise EditorFileError(f"{path}:{item.start_mark.line + 1}: drop_paragraphs: an item was read as "
                                  "'key: value' or a list, not a paragraph's address; write 'slug#paragraph' "
                                  "alone on its '- ' line (put it in quotes if it holds a colon)")
        ov.drop_paragraphs.append((str(item.value), item.start_mark.line + 1))
    return ov


def _parse_ref(ref: str) -> tuple[str, str]:
    slug, _, pid = str(ref).partition("#")
    return slug.strip(), pid.strip()


def apply_overrides(points: list[Point], ov: Overrides, categories: dict, paragraphs: dict,
                    warnings: list[str]) -> tuple[list[Point], int]:
    """Apply point overrides; return (points, number of entries applied).

    ``categories`` maps category id → kind; ``paragraphs`` maps (slug, paragraph id) → original text.
    """
    by_id = {p.id: p for p in points}
    applied = 0
    for pid, entry, line in ov.points:
        where = f"{ov.path}:{line}: point {pid}"
        if pid not in by_id:
            warnings.append(f"{where}: no such point any more (the articles changed?); entry ignored")
            continue
        p = by_id[pid]
        if entry.get("drop"):
            del by_id[pid]
            applied += 1
            continue
        changes = {}
        if entry.get("statement"):
            changes["statement"] = str(entry["statement"]).strip()
        if entry.get("category"):
            cat = str(entry["category"])
            if cat not in categories:
                warnings.append(f"{where}: category {cat!r} is not in the taxonomy; not moved")
            else:
                changes["category"], changes["kind"] = cat, categories[cat]
        if entry.get("pin"):
            changes["pinned"] = True
        cites = list(p.citations)
        for other in entry.get("merge") or []:
            o = by_id.pop(str(other), None)
            if o is None:
                warnings.append(f"{where}: merge: no such point {other!r}; skipped")
                continue
            cites += [c for c in o.citations if (c.article, c.paragraph) not in
                      {(x.article, x.paragraph) for x in cites}]
            changes["speakers"] = p.speakers + tuple(s for s in o.speakers if s not in p.speakers)
            changes["score"] = p.score + o.score
        changes["citations"] = tuple(cites)
        by_id[pid] = replace(p, edited=True, **changes)
        applied += 1
    for entry, line in ov.add:
        where = f"{ov.path}:{line}: added point"
        cat = str(entry["category"])
        if cat not in categories:
            warnings.append(f"{where}: category {cat!r} is not in the taxonomy; point not added")
            continue
        cites = []
        for c in entry["cite"] if isinstance(entry["cite"], list) else [entry["cite"]]:
            ref, quote = (c.get("paragraph") or c.get("ref"), c.get("quote")) if isinstance(c, dict) else (c, None)
            slug, para = _parse_ref(ref)
            text = paragraphs.get((slug, para))
            if text is None:
                warnings.append(f"{where}: cite {ref!r}: no such paragraph; citation skipped")
                continue
            if quote and quote not in text:
                warnings.append(f"{where}: cite {ref!r}: quote not found in the paragraph; using its start")
                quote = None
            cites.append(Citation(slug, para, quote or text[:60]))
        if not cites:
            warnings.append(f"{where}: no existing paragraph to cite; point not added")
            continue
        statement = str(entry["statement"]).strip()
        pid = str(entry.get("id") or point_id(cat, statement))
        by_id[pid] = Point(id=pid, kind=categories[cat], category=cat, statement=statement,
                           citations=tuple(cites), pinned=bool(entry.get("pin", True)), edited=True,
                           score=1000.0)
        applied += 1
    return list(by_id.values()), applied


def dropped_paragraphs(ov: Overrides, paragraphs: dict, warnings: list[str]) -> set[tuple[str, str]]:
    """Paragraphs an editor excluded from analysis; warn about ones that do not exist."""
    out = set()
    for ref, line in ov.drop_paragraphs:
        key = _parse_ref(ref)
        if key not in paragraphs:
            warnings.append(f"{ov.path}:{line}: drop_paragraphs {ref!r}: no such paragraph; ignored")
        else:
            out.add(key)
    return out


