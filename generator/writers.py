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


def write_tree(folder: Path, files: dict[str, bytes | str], prune: bool = True,
               known: dict | None = None) -> int:
    """Make ``folder`` hold exactly ``files`` (relative paths); return how many were written.

    Files are written only when changed (``mkdocs serve`` watches this folder), stale files are
    removed, and a path that would land outside ``folder`` is refused.

    ``known`` (kept by the caller between calls, ``mkdocs serve``): what the last call left in
    each file, with the file's size and time. A file whose new text is the same and that nobody
    touched since is neither read nor written; only the files of ``known`` that are no longer
    wanted are removed (the first call, with an empty ``known``, looks at the whole folder).
    """
    folder = folder.resolve()
    written = 0
    wanted = set()
    first = known is None or not known
    seen: dict = {}
    resolved: dict[str, str] = {}
    for rel, data in files.items():
        target = _inside(folder, rel, resolved)
        wanted.add(target)
        last = known.get(rel) if known else None
        if last is not None and last[0] == data and _stamp(target) == last[1]:
            seen[rel] = last
            continue
        target = Path(target)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        written += write_if_changed(target, raw)
        if known is not None:
            seen[rel] = (data, _stamp(target))
    if known is not None:
        gone = [rel for rel in known if rel not in seen]
        known.clear()
        known.update(seen)
        if not first:
            for rel in gone:
                (folder / rel).unlink(missing_ok=True)
            return written
    if prune and folder.exists():
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file() and str(path) not in wanted:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written


def _stamp(path: Path | str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _inside(folder: Path, rel: str, resolved: dict[str, str]) -> str:
    """``folder / rel`` with every link resolved (``Path.resolve``), refused when it lands outside
    ``folder``. The folders are resolved once per call of ``write_tree`` (``resolved``), not once
    per file: a file's own name is resolved only when it is a link."""
    head, _, name = rel.replace(os.sep, "/").rpartition("/")
    if name in ("", ".", ".."):
        target = str((folder / rel).resolve())
    else:
        parent = resolved.get(head)
        if parent is None:
            parent = resolved[head] = str((folder / head).resolve()) if head else str(folder)
        target = os.path.join(parent, name)
        if os.path.islink(target):
            target = os.path.realpath(target)
    if not target.startswith(str(folder) + os.sep):
        raise BuildError(f"refusing to write {rel!r} outside {folder}")
    return target


#: In the docs folder: the input key the generated pages were written from.
DOCS_MARKER = ".jianfan-inputs"


def sync_docs(folder: Path, files: dict[str, bytes | str], key: str,
              known: dict | None = None) -> bool:
    """Make the docs folder hold exactly ``files``, made from inputs with key ``key``.

    Nothing is read or written when the folder was last made from the same key and nothing was
    deleted from it since (``mkdocs serve`` watches it; a marker file holds the key). Return
    True when the folder was brought up to date. ``known``: see ``write_tree``."""
    marker = folder / DOCS_MARKER
    try:
        done = bool(key) and marker.read_text(encoding="utf-8") == key
    except OSError:
        done = False
    if done and all((folder / rel).is_file() for rel in files):
        return False
    marker.unlink(missing_ok=True)  # an interrupted write leaves no marker
    write_tree(folder, files, known=known)
    if key:
        marker.write_text(key, encoding="utf-8")
    return True
