"""The source files a part of the generator runs: the packages named plus every ``generator`` module they import,
followed transitively through their ``import`` statements (read from the code, not from what happens to be loaded).

The cleaner's signature hashes this set, so an edit to any module the readers or the cleaner use (``text``,
``claimsignal``, ``model``, ``greetings`` …) regenerates the unedited articles, and an edit elsewhere (the analysis,
the templates) does not."""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["code_closure"]

_ROOT = Path(__file__).resolve().parent  # the ``generator`` package


def _module_file(parts: list[str]) -> Path | None:
    """The file of the ``generator`` module ``parts`` (relative to the package), or None outside it."""
    base = _ROOT.joinpath(*parts) if parts else _ROOT
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py")
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    return None


def _package_parts(path: Path) -> list[str]:
    """The package a file belongs to, as parts relative to ``generator``."""
    return list(path.relative_to(_ROOT).parts)[:-1]


def _imports(path: Path) -> set[Path]:
    """The ``generator`` files one file imports (relative and absolute ``generator.…`` imports, at any depth)."""
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (SyntaxError, ValueError):
        return set()
    found: set[Path] = set()
    package = _package_parts(path)
    for node in ast.walk(tree):
        targets: list[list[str]] = []
        if isinstance(node, ast.Import):
            for alias in node.names:
                names = alias.name.split(".")
                if names[0] == "generator":
                    targets.append(names[1:])
        elif isinstance(node, ast.ImportFrom):
            names = node.module.split(".") if node.module else []
            if node.level:
                up = node.level - 1
                if up > len(package):
                    continue
                module = package[:len(package) - up] + names
            elif names and names[0] == "generator":
                module = names[1:]
            else:
                continue
            targets.append(module)
            for alias in node.names:  # ``from . import x``: x may be a module
                targets.append(module + [alias.name])
        for parts in targets:
            file = _module_file(parts)
            if file is not None:
                found.add(file)
                for parent in file.parents:  # importing a submodule runs its packages' __init__ first
                    if parent == _ROOT.parent:
                        break
                    if (parent / "__init__.py").is_file():
                        found.add(parent / "__init__.py")
    return found


def code_closure(*packages: str) -> list[Path]:
    """Every file of the named ``generator`` subpackages or modules and of what they import, sorted."""
    todo: list[Path] = []
    for name in packages:
        file = _module_file(name.split("."))
        if file is None:  # (a name the caller mistyped holds no code: nothing to hash)
            continue
        todo += sorted(file.parent.rglob("*.py")) if file.name == "__init__.py" else [file]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(sorted(_imports(path) - seen))
    return sorted(seen)
