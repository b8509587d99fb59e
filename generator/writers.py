"""Writing files: only when the bytes differ, atomically, and never outside the target folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import BuildError

__all__ = ["write_if_changed", "write_atomic", "write_tree", "sync_docs", "DOCS_MARKER"]

_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path`` and rename: a failure leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600: readable by a web server like any file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` unless the file already holds exactly it; return True when written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def write_tree(folder: Path, files: dict[str, bytes | str], prune: bool = True) -> int:
    """Make ``folder`` hold exactly ``files`` (relative paths); return how many were written.

    Files are written only when changed (``mkdocs serve`` watches this folder), stale files are
    removed, and a path that would land outside ``folder`` is refused.
    """
    folder = folder.resolve()
    written = 0
    wanted = set()
    for rel, data in files.items():
        target = (folder / rel).resolve()
        if not target.is_relative_to(folder):
            raise BuildError(f"refusing to write {rel!r} outside {folder}")
        wanted.add(target)
        if isinstance(data, str):
            data = data.encode("utf-8")
        written += write_if_changed(target, data)
    if prune and folder.exists():
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file() and path not in wanted:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written


#: In the docs folder: the input key the generated pages were written from.
DOCS_MARKER = ".jianfan-inputs"


def sync_docs(folder: Path, files: dict[str, bytes | str], key: str) -> bool:
    """Make the docs folder hold exactly ``files``, made from inputs with key ``key``.

    Nothing is read or written when the folder was last made from the same key and nothing was
    deleted from it since (``mkdocs serve`` watches it; a marker file holds the key). Return
    True when the folder was brought up to date."""
    marker = folder / DOCS_MARKER
    try:
        done = bool(key) and marker.read_text(encoding="utf-8") == key
    except OSError:
        done = False
    if done and all((folder / rel).is_file() for rel in files):
        return False
    marker.unlink(missing_ok=True)  # an interrupted write leaves no marker
    write_tree(folder, files)
    if key:
        marker.write_text(key, encoding="utf-8")
    return True
