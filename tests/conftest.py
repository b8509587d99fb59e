"""Shared fixtures: one real `mkdocs build` of the default content per test session."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"


def source_hashes() -> dict[str, str]:
    folder = ROOT / "content" / "sources"
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The default content built with `mkdocs build --strict` into a temporary site folder."""
    site = tmp_path_factory.mktemp("site")
    before = source_hashes()
    env = dict(os.environ, SOURCE_DATE_EPOCH="1711929600")
    proc = subprocess.run([str(MKDOCS), "build", "--strict", "--site-dir", str(site)],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    build = {"site": site, "returncode": proc.returncode, "log": proc.stderr + proc.stdout,
             "sources_before": before, "sources_after": source_hashes()}
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{build['log'][-6000:]}")
    return build
