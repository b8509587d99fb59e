"""Names an editor adds, blocks or merges (``content/names.yml``), and the general-knowledge
spellings of well-known companies, services and universities that no context in an article can
reveal (``known_names.yml`` beside this module: 谷歌 = Google, 北大 = 北京大学).

``content/names.yml`` (every key optional)::

    person:  [米拉·穆拉蒂, Sam Altman]       # names the finder misses
    org:     [红杉中国]
    product: [文心一言]
    block:   [蓝图, 某公司]                   # never an entity (a phrase the finder took for a name)
    aliases:                                  # other spelling → the name to list it under
      OpenAI 公司: OpenAI
      阿里: 阿里巴巴

Write names in 简体 (they match traditional articles too). The ``entities`` section of
``content/taxonomy.yml`` (orgs, persons, aliases, ignore) is read as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..editorfiles import load_yaml
from ..errors import EditorFileError

__all__ = ["NameList", "load_names", "BUILTIN_ALIASES", "merge_lists"]

#: The general-knowledge spellings (``known_names.yml`` beside this module).
KNOWN_NAMES_FILE = Path(__file__).with_name("known_names.yml")


def _load_known(path: Path) -> tuple[tuple[tuple[str, ...], ...], dict[str, str]]:
    data, _ = load_yaml(path)
    groups = tuple(tuple(str(x).strip() for x in g) for g in (data or {}).get("groups") or ())
    return groups, {str(k): str(v) for k, v in ((data or {}).get("kinds") or {}).items()}


#: Cross-script spellings of well-known companies, services, agencies and universities: general
#: knowledge, not any article's. The first spelling is the name listed; the others merge into it.
BUILTIN_ALIASES, BUILTIN_KIND = _load_known(KNOWN_NAMES_FILE)


@dataclass(frozen=True, slots=True)
class NameList:
    """What an editor told the finder, plus the built-in cross-script spellings."""

    person: tuple[str, ...] = ()
    org: tuple[str, ...] = ()
    product: tuple[str, ...] = ()
    block: tuple[str, ...] = ()
    aliases: dict = field(default_factory=dict)
    """spelling → canonical name (both 简体)."""

    def kind_of(self, name: str) -> str:
        for kind in ("person", "org", "product"):
            if name in getattr(self, kind):
                return kind
        return ""


def _strs(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise EditorFileError(f"{where} must be a list of names")
    return tuple(str(v).strip() for v in value if str(v).strip())


def load_names(path: Path | None) -> NameList:
    """Read ``content/names.yml``; a missing file is an empty list."""
    if path is None or not Path(path).exists():
        return NameList()
    data, _ = load_yaml(Path(path))
    data = data or {}
    if not isinstance(data, dict):
        raise EditorFileError(f"{path}: expected keys person, org, product, block, aliases")
    unknown = sorted(set(data) - {"person", "org", "product", "block", "aliases"})
    if unknown:
        raise EditorFileError(f"{path}: unknown key(s) {', '.join(map(str, unknown))}; "
                              "valid keys: person, org, product, block, aliases")
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise EditorFileError(f"{path}: aliases must map a spelling to the name it belongs to")
    return NameList(person=_strs(data.get("person"), f"{path}: person"),
                    org=_strs(data.get("org"), f"{path}: org"),
                    product=_strs(data.get("product"), f"{path}: product"),
                    block=_strs(data.get("block"), f"{path}: block"),
                    aliases={str(k).strip(): str(v).strip() for k, v in aliases.items()})


def merge_lists(names: NameList, tax) -> NameList:
    """The editor's names file plus the ``entities`` section of the taxonomy."""
    if tax is None:
        return names
    return NameList(person=names.person + tuple(getattr(tax, "persons", ())),
                    org=names.org + tuple(getattr(tax, "orgs", ())),
                    product=names.product,
                    block=names.block + tuple(getattr(tax, "ignore", ())),
                    aliases={**dict(getattr(tax, "aliases", {}) or {}), **names.aliases})
