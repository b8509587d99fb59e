"""The PDFs: a short brief and a full compendium, in each script, rendered with WeasyPrint.

    jobs  = print_jobs(result, settings)      print HTML per document and locale (Jinja2)
    check_glyphs(...)                         every character has a glyph, or a BuildError says where
    pdfs  = cached copy, or WeasyPrint        misses rendered in parallel worker processes
    write_atomic(out_dir / name, pdf)         a failed build leaves the previous PDFs

The print HTML is our own (no MkDocs PDF plugin), one document per locale, fonts named per script.
"""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..writers import write_atomic
from .fonts import warn_without_subsetting
from .render import check_glyphs, print_jobs, render_pdf

__all__ = ["render_pdfs", "print_jobs"]

log = logging.getLogger("mkdocs.plugins.jianfan")


def _cache_dir(settings) -> Path:
    return Path(settings.root) / ".cache" / "pdf"


def render_pdfs(result, out_dir: Path, settings, workers: int | None = None,
                counts: dict | None = None) -> list[Path]:
    """Write the brief and the compendium in both scripts into ``out_dir``; return their paths.

    ``counts``, when given, receives each file's page count (also for PDFs from the cache)."""
    counts = {} if counts is None else counts
    started = time.perf_counter()
    out_dir = Path(out_dir)
    jobs = print_jobs(result, settings)
    cache = _cache_dir(settings)
    pdfs: dict[str, bytes] = {}
    todo = []
    for job in jobs:
        cached = cache / f"{job.name[:-4]}.{job.key[:20]}.pdf"
        if cached.is_file():
            pdfs[job.name] = cached.read_bytes()
            try:
                counts[job.name] = int(cached.with_suffix(".pages").read_text())
            except (OSError, ValueError):
                counts[job.name] = 0
        else:
            check_glyphs(result, settings, job.html, job.fonts, job.name)
            todo.append(job)
    if todo:
        warn_without_subsetting()
        pages = 0
        for job, (data, n, seconds) in zip(todo, _render_all(todo, workers)):
            pdfs[job.name] = data
            counts[job.name] = n
            pages += n
            log.info(f"PDF {job.name}: {n} pages in {seconds:.1f} s")
            _store(cache, job, data, n)
        elapsed = time.perf_counter() - started
        log.info(f"PDF: rendered {len(todo)} of {len(jobs)} PDFs, {pages} pages in {elapsed:.1f} s "
                 f"({pages / max(elapsed, 1e-9):.0f} pages/s)")
    paths = []
    for job in jobs:
        target = out_dir / job.name
        try:
            same = target.read_bytes() == pdfs[job.name]
        except OSError:
            same = False
        if not same:
            write_atomic(target, pdfs[job.name])
        paths.append(target)
    return paths


def _render_all(jobs, workers: int | None):
    """Render the jobs, in parallel worker processes when there are several and cores to spare."""
    if workers is None:
        workers = min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or len(jobs) == 1:
        return [render_pdf(j.html, j.css, j.key) for j in jobs]
    import weasyprint  # noqa: F401 - imported once here, forked workers inherit it (0.6 s each)

    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Workers end with the build: their documents' cycles need no collecting.
        futures = [pool.submit(render_pdf, j.html, j.css, j.key, None, False) for j in jobs]
        return [f.result() for f in futures]


def _store(cache: Path, job, data: bytes, pages: int = 0) -> None:
    """Keep one cached PDF per document: the new one replaces older keys."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        stem = job.name[:-4]
        for old in [*cache.glob(f"{stem}.*.pdf"), *cache.glob(f"{stem}.*.pages")]:
            old.unlink(missing_ok=True)
        write_atomic(cache / f"{stem}.{job.key[:20]}.pdf", data)
        write_atomic(cache / f"{stem}.{job.key[:20]}.pages", str(pages).encode())
    except OSError as err:
        log.warning(f"PDF: cannot cache {job.name} in {cache} ({err}); the next build renders it again")
