"""``make bench``: build synthetic corpora of 10, 100 and 1,000 articles and time every stage.

The corpus is made from the default articles' paragraphs, shuffled and recombined with a fixed
seed, in both scripts and with the same kinds of noise (hard wraps, bylines, captions, hashtags),
so the numbers are repeatable. Each size is built in a scratch project with the real
``mkdocs build``: cold (empty cache), warm (nothing changed), and after editing one article;
and once with the generator switched off over the same generated Markdown, so the generator's
own overhead shows as a ratio measured in the same run. PDF throughput is measured twice: in
the build, where the PDFs render beside MkDocs' own work, and alone (``python -m generator pdf
--no-cache``, both cores, nothing else running).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import opencc

from .benchserve import default_project, serve_saves
from .errors import BuildError

__all__ = ["make_corpus", "main"]

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


def _paragraphs(root: Path) -> list[str]:
    """Paragraph-sized pieces of the default articles (the raw text, noise and all)."""
    pieces = []
    for path in sorted((root / "content" / "sources").iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for chunk in text.split("\n\n"):
            chunk = chunk.strip()
            if len(chunk) >= 20 and not chunk.startswith(("!", "#", ">")):
                pieces.append(chunk)
    return pieces


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def make_corpus(n: int, out: Path, seed: int = 2024) -> list[Path]:
    """Write ``n`` synthetic raw articles into ``out`` (deterministic for a given seed)."""
    rng = random.Random(seed)
    pieces = _paragraphs(ROOT)
    s2t = opencc.OpenCC("s2t.json")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        body = rng.sample(pieces, k=min(len(pieces), rng.randint(6, 16)))
        title = body[0].replace("\n", "")[:18].rstrip("，。、：") or f"第{i}篇"
        lines = [f"  本报记者 {rng.choice(['张三', '李四', '王五'])}", "", title, ""]
        if rng.random() < 0.3:
            lines += [f"#{rng.choice(['人工智能', '视频', '产业'])}#", ""]
        for j, para in enumerate(body):
            if rng.random() < 0.25:
                para = _wrap(para.replace("\n", ""), rng.randint(14, 30))
            lines += [para, ""]
            if rng.random() < 0.1:
                lines += [f"▲图为示意画面（第{j}张）", ""]
        text = "\n".join(lines)
        if i % 3 == 1:
            text = s2t.convert(text)
        path = out / f"{i:05d}_bench.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _project(base: Path, n: int) -> Path:
    """A scratch project: our mkdocs.yml and editor files, a synthetic corpus as sources."""
    project = _scratch(base / f"n{n}")
    make_corpus(n, project / "content" / "sources")
    return project


def _scratch(project: Path) -> Path:
    """An empty scratch project with our mkdocs.yml, templates and editor files."""
    if project.exists():
        shutil.rmtree(project)
    (project / "content").mkdir(parents=True)
    for name in ("taxonomy.yml", "overrides.yml", "glossary.yml"):
        if (ROOT / "content" / name).exists():
            shutil.copy(ROOT / "content" / name, project / "content" / name)
    shutil.copytree(ROOT / "templates", project / "templates")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / ".build" / "docs").mkdir(parents=True)
    (project / "content" / "sources").mkdir(parents=True)
    return project


#: Run in a fresh process by ``bench_analysis``: one cold analysis of a project's cleaned articles.
_ANALYSE = """
import resource, sys, time
from pathlib import Path
from generator.analyse import analyse
from generator.pipeline import load_articles
root = Path(sys.argv[1])
articles, _ = load_articles(root, {}, None)
def cpu():
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
c, w = cpu(), time.perf_counter()
analyse(articles, taxonomy_path=root / "content" / "taxonomy.yml",
        overrides_path=root / "content" / "overrides.yml")
print(f"{cpu() - c:.3f} {time.perf_counter() - w:.3f}")
"""


def bench_analysis(base: Path, n: int, runs: int) -> dict:
    """The cold analysis of ``n`` synthetic articles, each run in a fresh process (nothing kept:
    no memo, no warmed cache), after the articles are cleaned once: CPU seconds (its forked
    helper's included) and wall seconds, medians and every run."""
    project = _project(base, n)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1711929600")
    subprocess.run([sys.executable, "-m", "generator", "pages", "--root", str(project)], env=env,
                   check=True, capture_output=True)
    cpu, wall = [], []
    for k in range(runs):
        print(f"bench:   analysis of {n} articles {k + 1}/{runs} …", end="", file=sys.stderr, flush=True)
        proc = subprocess.run([sys.executable, "-c", _ANALYSE, str(project)], env=env,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise BuildError(f"analysis failed in {project}:\n{proc.stderr[-3000:]}")
        c, w = (float(x) for x in proc.stdout.split()[-2:])
        cpu.append(c)
        wall.append(w)
        print(f" {w:.1f} s ({c:.1f} s CPU)", file=sys.stderr, flush=True)
    return {"articles": n, "runs": runs, "cpu_s": statistics.median(cpu), "wall_s": statistics.median(wall),
            "runs_cpu_s": cpu, "runs_wall_s": wall}


def bench_largest(base: Path) -> dict:
    """The largest accepted input of the stress family (one 3.5 MB line, generator/stress.py),
    built cold with the real ``mkdocs build`` (PDFs included): seconds per MB and per stage."""
    from .stress import one_line

    project = _scratch(base / "largest")
    data = one_line().encode("utf-8")
    (project / "content" / "sources" / "one_line.txt").write_bytes(data)
    rows: list = []
    _timed(f"largest input ({len(data) / 1e6:.1f} MB, one line), cold", rows, project)
    seconds, rss, stats, cpu = rows[0]
    mb = len(data) / 1e6
    return {"bytes": len(data), "cold_s": seconds, "cpu_s": cpu, "seconds_per_mb": seconds / mb, "peak_rss_mib": rss,
            "stages_s": stats.get("stages", {}), "pdf_pages": stats.get("pdf_pages", 0)}


def _run(project: Path, *args: str) -> tuple[float, float, dict, float]:
    """Run ``mkdocs build`` once; return (seconds, peak RSS in MiB, the build's own timings, CPU
    seconds of the build and its waited-for children: the PDF workers). On a shared machine the
    CPU seconds hardly move with the load; the wall seconds do."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1711929600")
    started = time.perf_counter()
    proc = subprocess.Popen([*MKDOCS, "build", "--quiet", *args], cwd=project, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if status != 0:
        raise BuildError(f"mkdocs build failed in {project}:\n{err[-3000:]}")
    stats_path = project / ".cache" / "last-build.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    return seconds, usage.ru_maxrss / 1024, stats, usage.ru_utime + usage.ru_stime


def _cold(project: Path) -> None:
    for folder in (".cache", "site"):
        shutil.rmtree(project / folder, ignore_errors=True)
    shutil.rmtree(project / "content" / "articles", ignore_errors=True)


def _edit_one(project: Path, k: int) -> None:
    path = sorted((project / "content" / "sources").iterdir())[0]
    path.write_text(path.read_text(encoding="utf-8") + f"\n\n编辑补充的第{k}句话。\n", encoding="utf-8")


def _plain(project: Path) -> Path:
    """The same project with the generator switched off (the generated Markdown stays)."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    plain = config.replace("  - jianfan:\n", "  - jianfan:\n      enabled: false\n", 1)
    path = project / "mkdocs-plain.yml"
    path.write_text(plain, encoding="utf-8")
    return path


def _pdf_alone(project: Path) -> tuple[int, float]:
    """The four PDFs rendered again with nothing else running (``python -m generator pdf
    --no-cache``): pages and seconds of rendering, CJK font subsetting included."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1711929600")
    with tempfile.TemporaryDirectory() as out:
        proc = subprocess.run([sys.executable, "-m", "generator", "pdf", "--root", str(project),
                               "--out", out, "--no-cache"], env=env, capture_output=True, text=True)
    found = re.search(r"(\d+) pages rendered in ([\d.]+) s", proc.stderr)
    if proc.returncode != 0 or not found:
        raise BuildError(f"PDF rendering failed in {project}:\n{proc.stderr[-3000:]}")
    return int(found.group(1)), float(found.group(2))


def _timed(label: str, rows: list, project: Path, *args: str) -> None:
    """One run, with a progress line (a 1,000-article run takes minutes)."""
    print(f"bench:   {label} …", end="", file=sys.stderr, flush=True)
    rows.append(_run(project, *args))
    print(f" {rows[-1][0]:.1f} s ({rows[-1][3]:.1f} s CPU)", file=sys.stderr, flush=True)


def bench_size(base: Path, n: int | str, runs: int, plain_runs: bool = True, pdf_alone: bool = True) -> dict:
    """Cold, warm and edited builds of ``n`` synthetic articles, or of the default content
    (``n == "default"``: its five articles, cleaned again from their sources when cold)."""
    project = default_project(ROOT, base) if n == "default" else _project(base, n)
    cold, warm, edit, plain = [], [], [], []
    for k in range(runs):
        _cold(project)
        _timed(f"cold {k + 1}/{runs}", cold, project)
        _timed(f"warm {k + 1}/{runs}", warm, project)
        _edit_one(project, k)
        _timed(f"edit one article {k + 1}/{runs}", edit, project)
    plain_config = _plain(project)
    for k in range(runs if plain_runs else 0):
        _timed(f"plain mkdocs (generator off) {k + 1}/{runs}", plain, project, "-f", str(plain_config))
    alone = []
    for k in range(runs if pdf_alone else 0):
        print(f"bench:   PDFs alone {k + 1}/{runs} …", end="", file=sys.stderr, flush=True)
        alone.append(_pdf_alone(project))
        print(f" {alone[-1][1]:.1f} s", file=sys.stderr, flush=True)
    pages = sum(1 for _ in (project / "site").rglob("index.html"))

    def med(rows, i=0):
        return statistics.median(r[i] for r in rows) if rows else 0.0

    def stage_medians(rows):
        out = {}
        for key in ("cache", "read", "clean", "analyse", "render", "pdf_prepare", "mkdocs", "pdf",
                    "finish"):
            values = [r[2].get("stages", {}).get(key) for r in rows
                      if r[2].get("stages", {}).get(key) is not None]
            if values:
                out[key] = statistics.median(values)
        return out

    stages = stage_medians(cold)
    pdf_pages = statistics.median([r[2].get("pdf_pages", 0) for r in cold] or [0])
    # Rendering runs beside MkDocs' own build: its wall time, start to last PDF.
    pdf_seconds = statistics.median([r[2].get("pdf_render_s", 0) for r in cold] or [0])
    alone_pages = statistics.median(p for p, _ in alone) if alone else 0
    alone_seconds = statistics.median(s for _, s in alone) if alone else 0
    return {
        "articles": n, "runs": runs, "html_pages": pages,
        "cold_s": med(cold), "warm_s": med(warm), "edit_one_s": med(edit), "plain_mkdocs_s": med(plain),
        "cold_cpu_s": med(cold, 3), "warm_cpu_s": med(warm, 3), "edit_one_cpu_s": med(edit, 3),
        "edit_over_cold_cpu": med(edit, 3) / med(cold, 3) if med(cold, 3) else None,
        "generator_overhead_ratio": med(cold) / med(plain) if med(plain) else None,
        "edit_over_cold": med(edit) / med(cold),
        "per_article_cold_ms": 1000 * med(cold) / (n if isinstance(n, int) else len(list(
            (project / "content" / "sources").glob("*")))),
        "peak_rss_mib": max(r[1] for r in cold + warm + edit),
        "stages_cold_s": stages,
        "stages_warm_s": stage_medians(warm),
        "stages_edit_s": stage_medians(edit),
        "edit_pages_rendered": statistics.median([r[2].get("pages_rendered", 0) for r in edit] or [0]),
        "pdf_pages": pdf_pages,
        "pdf_render_in_build_s": pdf_seconds,
        "pdf_pages_per_s_in_build": pdf_pages / pdf_seconds if pdf_seconds else None,
        "pdf_alone_s": alone_seconds,
        "pdf_pages_per_s": alone_pages / alone_seconds if alone_seconds else None,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator bench")
    parser.add_argument("--sizes", default="default,10,100,1000",
                        help="article counts of synthetic corpora, and/or 'default' (the default content)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--runs-large", type=int, default=1, help="runs for sizes ≥ 1000")
    parser.add_argument("--serve", default="default,100",
                        help="projects for the editor's loop in mkdocs serve: 'default' (the "
                        "default content) and/or article counts; '' for none")
    parser.add_argument("--analysis", default="",
                        help="article counts of synthetic corpora whose cold analysis is timed alone, "
                        "in-process (e.g. 1000); '' for none")
    parser.add_argument("--out", default="bench/results/bench.json")
    parser.add_argument("--work", default=".cache/bench")
    parser.add_argument("--dirty", action=argparse.BooleanOptionalAction, default=True,
                        help="serve with --dirty, as `make serve` does (only the pages whose output "
                        "changes are built); --no-dirty measures plain `mkdocs serve`")
    parser.add_argument("--no-plain", dest="plain", action="store_false",
                        help="skip the builds with the generator switched off")
    parser.add_argument("--no-pdf-alone", dest="pdf_alone", action="store_false",
                        help="skip the PDFs rendered alone")
    parser.add_argument("--no-largest", dest="largest", action="store_false",
                        help="skip the build of the largest accepted input (3.5 MB, one line)")
    args = parser.parse_args(argv)
    base = Path(args.work).resolve()
    results = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                           "platform": platform.platform()},
               "sizes": [], "serve": [], "analysis": []}
    for name in (x for x in args.serve.split(",") if x):
        print(f"bench: mkdocs serve, {name} articles, {args.runs} saves …", file=sys.stderr,
              flush=True)
        project = default_project(ROOT, base) if name == "default" else _project(base, int(name))
        row = {"articles": name, "dirty": args.dirty, **serve_saves(project, args.runs, args.dirty)}
        results["serve"].append(row)
    for n in (int(x) for x in args.analysis.split(",") if x):
        print(f"bench: analysis alone, {n} articles × {args.runs} runs …", file=sys.stderr, flush=True)
        results["analysis"].append(bench_analysis(base, n, args.runs))
    for n in (x if x == "default" else int(x) for x in args.sizes.split(",") if x):
        runs = args.runs if n == "default" or n < 1000 else args.runs_large
        print(f"bench: {n} articles × {runs} runs …", file=sys.stderr, flush=True)
        row = bench_size(base, n, runs, args.plain, args.pdf_alone)
        results["sizes"].append(row)
        print(f"bench: {n} articles: cold {row['cold_s']:.1f} s, warm {row['warm_s']:.1f} s, "
              f"edit {row['edit_one_s']:.1f} s", file=sys.stderr, flush=True)
    if args.largest:
        print("bench: largest accepted input …", file=sys.stderr, flush=True)
        results["largest_input"] = bench_largest(base)
    sizes = [row for row in results["sizes"] if row["articles"] != "default"]
    for small, large in zip(sizes, sizes[1:]):
        large["per_article_growth_vs_previous"] = (large["per_article_cold_ms"]
                                                   / small["per_article_cold_ms"])
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _print_table(results)
    print(f"written to {out}")
    return 0


def _print_table(results: dict) -> None:
    for row in results["serve"]:
        print(f"mkdocs serve{' --dirty' if row.get('dirty') else ''}, {row['articles']} articles: save -> page updated "
              f"{row['save_to_page_s']:.2f} s (median of {row['runs']}; "
              f"{', '.join(f'{s:.2f}' for s in row['runs_s'])}; CPU {row.get('save_cpu_s', 0):.2f} s), rebuilds per save "
              f"{row['rebuilds_per_save']}")
    for row in results.get("analysis", []):
        print(f"analysis alone, {row['articles']} articles, cold: {row['wall_s']:.2f} s wall, "
              f"{row['cpu_s']:.2f} s CPU (median of {row['runs']}; CPU "
              f"{', '.join(f'{c:.2f}' for c in row['runs_cpu_s'])})")
    cols = ["articles", "cold_s", "warm_s", "edit_one_s", "cold_cpu_s", "warm_cpu_s", "edit_one_cpu_s",
            "plain_mkdocs_s", "generator_overhead_ratio", "edit_over_cold", "edit_over_cold_cpu", "per_article_cold_ms", "peak_rss_mib",
            "pdf_pages", "pdf_pages_per_s", "pdf_pages_per_s_in_build"]
    print(f"machine: {results['machine']['cores']} cores, Python {results['machine']['python']}")
    print(" | ".join(cols))
    for row in results["sizes"]:
        cells = []
        for c in cols:
            v = row.get(c)
            cells.append(f"{v:.2f}" if isinstance(v, float) else str(v))
        print(" | ".join(cells))
    for row in results["sizes"]:
        for run in ("cold", "warm", "edit"):
            stages = ", ".join(f"{k} {v:.2f}s" for k, v in row[f"stages_{run}_s"].items())
            print(f"{row['articles']} articles, {run} stages: {stages}")
        print(f"{row['articles']} articles, edit: {row['edit_pages_rendered']:.0f} of "
              f"{row['html_pages']} pages rendered again")
    largest = results.get("largest_input")
    if largest:
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in largest["stages_s"].items())
        print(f"largest input, {largest['bytes'] / 1e6:.1f} MB in one line: cold {largest['cold_s']:.1f} s = "
              f"{largest['seconds_per_mb']:.1f} s per MB, peak {largest['peak_rss_mib']:.0f} MiB; stages: {stages}")
