"""The package installs whole: a fresh virtual environment renders the PDFs from another folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from test_render import _project

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_package_renders_the_pdfs_outside_the_source_tree(tmp_path):
    # A copy of the source, so that building it leaves nothing in the working tree.
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generator", src / "generator", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "templates", src / "templates", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    # A fresh environment: no network, so the dependencies come from this one's site-packages
    # (a path line: none of its .pth files, such as an editable install of this tree, runs).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True, env=env).stdout.strip()
    (Path(purelib) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps",
                              "--no-build-isolation", "--no-index", str(src)],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([python, "-c", "import generator.pdf, generator.render, generator.templating"
                            " as t; print(generator.pdf.__file__); print(t.TEMPLATES)"],
                           capture_output=True, text=True, env=env, cwd=elsewhere, check=True)
    module, templates = where.stdout.split()
    assert Path(module).is_relative_to(venv) and Path(templates).is_relative_to(venv)
    assert (Path(templates) / "briefing.md.j2").is_file()
    assert (Path(templates) / "print" / "brief.html.j2").is_file()

    project = _project(tmp_path, override=False)
    out = tmp_path / "pdfs"
    proc = subprocess.run([python, "-m", "generator", "pdf", "--root", str(project), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=elsewhere, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = sorted(p.name for p in out.iterdir())
    assert names == ["brief.zh-Hans.pdf", "brief.zh-Hant.pdf", "compendium.zh-Hans.pdf",
                     "compendium.zh-Hant.pdf"]
    assert all((out / n).read_bytes().startswith(b"%PDF-") for n in names)
    assert not (ROOT / "build").exists()
