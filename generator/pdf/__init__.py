"""The PDFs: a short brief and a full compendium, in each script, rendered with WeasyPrint.

    pdfs = start_pdfs(result, settings)       print HTML per document and locale (Jinja2), glyph
                                              check; PDFs not in the cache start rendering in
                                              forked worker processes, while MkDocs builds the site
    pdfs.finish(out_dir)                      wait for them, cache them, write them atomically
                                              (a failed build leaves the previous PDFs)

The print HTML is our own (no MkDocs PDF plugin), one document per locale, fonts named per script.
"""

from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..writers import write_atomic
from .fonts import warn_without_subsetting
from .render import check_glyphs, documents_key, print_jobs, render_pdf

__all__ = ["render_pdfs", "start_pdfs", "PendingPDFs", "print_jobs"]

if TYPE_CHECKING:
    from ..pipeline import BuildResult, Settings

log = logging.getLogger("mkdocs.plugins.jianfan")


def _cache_dir(settings: Settings) -> Path:
    return Path(settings.root) / ".cache" / "pdf"


def render_pdfs(result: BuildResult, out_dir: Path, settings: Settings, workers: int | None = None,
                counts: dict | None = None) -> list[Path]:
    """Write the brief and the compendium in both scripts into ``out_dir``; return their paths.

    ``counts``, when given, receives each file's page count (also for PDFs from the cache)."""
    return start_pdfs(result, settings, workers).finish(out_dir, counts)


def start_pdfs(result: BuildResult, settings: Settings, workers: int | None = None,
               cache: bool = True) -> PendingPDFs:
    """Make the print HTML, check its glyphs, and start rendering the PDFs the cache lacks.

    Raises :class:`BuildError` at once for a character no font has; rendering goes on in worker
    processes until :meth:`PendingPDFs.finish`. ``cache=False`` renders all four and keeps none."""
    pdfs = PendingPDFs(result, settings, workers, cache)
    pdfs.prepare_seconds = time.perf_counter() - pdfs.started
    return pdfs


class PendingPDFs:
    """The four PDFs of one build: copies from the cache, and the rest being rendered."""

    def __init__(self, result: BuildResult, settings: Settings, workers: int | None = None,
                 cache: bool = True) -> None:
        self.started = time.perf_counter()
        self.cache = _cache_dir(settings) if cache else None
        self.pdfs: dict[str, bytes] = {}
        self.counts: dict[str, int] = {}
        self.todo = []
        self.render_seconds = 0.0
        """Wall time from the start to the last PDF rendered (0 when all came from the cache)."""
        self.prepare_seconds = 0.0
        """Time ``start_pdfs`` took: print HTML, glyph check, workers started."""
        self._collect = None
        self._documents = documents_key(result, settings) if cache else None
        if self._from_manifest():  # unchanged inputs: not even the print HTML is needed
            return
        jobs = print_jobs(result, settings)
        self.names = [job.name for job in jobs]
        self._files: dict[str, str] = {}
        for job in jobs:
            self._files[job.name] = _cached_name(job)
            cached = self.cache and self.cache / self._files[job.name]
            if cached and cached.is_file():
                self.pdfs[job.name] = cached.read_bytes()
                try:
                    self.counts[job.name] = int(cached.with_suffix(".pages").read_text())
                except (OSError, ValueError):
                    self.counts[job.name] = 0
            else:
                check_glyphs(result, settings, job.html, job.fonts, job.name)
                self.todo.append(job)
        if self.todo:
            self._collect = _start_all(self.todo, workers)
        else:
            self._write_manifest()

    _MANIFEST = "documents.json"

    def _from_manifest(self) -> bool:
        """Take all four PDFs from the cache when the documents' key is the one they were
        rendered for (the manifest names their files)."""
        if not self._documents:
            return False
        try:
            manifest = json.loads((self.cache / self._MANIFEST).read_text(encoding="utf-8"))
            if manifest.get("key") != self._documents:
                return False
            names = list(manifest["files"])
            for name in names:
                path = self.cache / manifest["files"][name]
                self.pdfs[name] = path.read_bytes()
                self.counts[name] = int(path.with_suffix(".pages").read_text())
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.pdfs.clear()
            self.counts.clear()
            return False
        self.names = names
        return True

    def _write_manifest(self) -> None:
        if not self._documents:
            return
        try:
            write_atomic(self.cache / self._MANIFEST, json.dumps(
                {"key": self._documents, "files": self._files}, indent=1).encode("utf-8"))
        except OSError:
            pass  # the next build makes the print HTML again: slower, never wrong

    def finish(self, out_dir: Path, counts: dict | None = None) -> list[Path]:
        """Wait for the PDFs being rendered, cache them, and write all four into ``out_dir``."""
        counts = self.counts if counts is None else counts
        counts.update(self.counts)
        if self._collect is not None:
            collect, self._collect = self._collect, None
            warn_without_subsetting()
            busy = collect.busy()
            if busy:  # the build would otherwise fall silent for a while here
                log.info(f"PDF: waiting for {busy} of {len(self.todo)} PDFs still rendering "
                         f"(started {time.perf_counter() - self.started:.0f} s ago) …")
            pages = 0
            last = self.started
            for job, (data, n, seconds, done) in zip(self.todo, collect.results()):
                self.pdfs[job.name] = data
                counts[job.name] = self.counts[job.name] = n
                pages += n
                last = max(last, done)
                log.info(f"PDF {job.name}: {n} pages in {seconds:.1f} s")
                if self.cache:
                    _store(self.cache, job, data, n)
            self.render_seconds = last - self.started
            self._write_manifest()
            log.info(f"PDF: rendered {len(self.todo)} of {len(self.names)} PDFs, {pages} pages in "
                     f"{self.render_seconds:.1f} s ({pages / max(self.render_seconds, 1e-9):.0f} "
                     f"pages/s)")
        out_dir = Path(out_dir)
        paths = []
        for name in self.names:
            target = out_dir / name
            try:
                same = target.read_bytes() == self.pdfs[name]
            except OSError:
                same = False
            if not same:
                write_atomic(target, self.pdfs[name])
            paths.append(target)
        return paths

    def cancel(self) -> None:
        """Stop the workers (the build failed): nothing is written or cached."""
        collect, self._collect = self._collect, None
        if collect is not None:
            collect.cancel()


def _render_job(html: str, css: str, key: str) -> tuple[bytes, int, float, float]:
    """One PDF in a worker: (bytes, pages, seconds, when it was done on the monotonic clock)."""
    # Workers end with the build: their documents' cycles need no collecting.
    data, pages, seconds = render_pdf(html, css, key, None, False)
    return data, pages, seconds, time.perf_counter()


def _worker_started() -> None:
    """A worker never collects cyclic garbage: it ends with the build. With collection on
    between two documents, the first document's millions of objects were walked once more
    (0.4 s after a compendium of the default content) when the next one began."""
    gc.disable()


def _smallest_first(jobs) -> list[int]:
    """The order the jobs are handed to the workers: smallest print HTML first, so a worker
    keeps the little garbage of a brief, not a compendium's, while it renders the next one (the
    big documents still start at once when there are as many workers as small ones)."""
    return sorted(range(len(jobs)), key=lambda i: len(jobs[i].html))


class _Rendering:
    """PDFs being rendered: by forked worker processes from the start, or here when collected
    (one core, or no fork)."""

    def __init__(self, jobs, pool=None) -> None:
        self.jobs = jobs
        self.pool = pool
        self.pending = []
        if pool:
            started = {i: pool.apply_async(_render_job, (jobs[i].html, jobs[i].css, jobs[i].key))
                       for i in _smallest_first(jobs)}
            self.pending = [started[i] for i in range(len(jobs))]
            pool.close()

    def busy(self) -> int:
        """How many are still rendering."""
        return sum(not p.ready() for p in self.pending)

    def results(self) -> list[tuple[bytes, int, float, float]]:
        """Wait for every PDF; ``_render_job``'s results in job order."""
        if not self.pool:
            return [_render_job(j.html, j.css, j.key) for j in self.jobs]
        try:
            return [p.get() for p in self.pending]
        finally:
            self.cancel()  # after an error, the other workers stop too

    def cancel(self) -> None:
        if self.pool:
            self.pool.terminate()
            self.pool.join()


def _start_all(jobs, workers: int | None) -> _Rendering:
    """Start rendering ``jobs``: with cores to spare they go to forked worker processes at once,
    so they render while this process goes on (MkDocs building the site)."""
    if workers is None:
        workers = min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or not hasattr(os, "fork"):
        return _Rendering(jobs)
    import weasyprint  # noqa: F401 - imported once here, forked workers inherit it (0.6 s each)

    return _Rendering(jobs, multiprocessing.get_context("fork").Pool(processes=workers,
                                                                      initializer=_worker_started))


def _cached_name(job) -> str:
    """The cache's file name of a job's PDF (``.pages`` beside it holds the page count)."""
    return f"{job.name[:-4]}.{job.key[:20]}.pdf"


def _store(cache: Path, job, data: bytes, pages: int = 0) -> None:
    """Keep one cached PDF per document: the new one replaces older keys."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        stem = job.name[:-4]
        for old in [*cache.glob(f"{stem}.*.pdf"), *cache.glob(f"{stem}.*.pages")]:
            old.unlink(missing_ok=True)
        target = cache / _cached_name(job)
        write_atomic(target, data)
        write_atomic(target.with_suffix(".pages"), str(pages).encode())
    except OSError as err:
        log.warning(f"PDF: cannot cache {job.name} in {cache} ({err}); the next build renders it again")
