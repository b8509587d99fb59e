"""Command line: ``python -m generator clean FILE…`` | ``pages`` | ``pdf`` | ``bench``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import JianfanError


def _pages(args) -> int:
    """Generate the Markdown pages into the docs folder, as ``mkdocs build`` does first."""
    from .pipeline import Settings, generate

    root = Path(args.root).resolve()
    result, _ = generate(Settings(root=root, pdf=False), root / args.docs)
    for warning in result.warnings:
        print(f"WARNING  {warning}", file=sys.stderr)
    print(f"{len(result.articles)} articles, {len(result.pages)} pages", file=sys.stderr)
    return 0


def _pdf(args) -> int:
    """Render the four PDFs into a folder without building the website."""
    from .pdf import start_pdfs
    from .pipeline import Settings, build

    settings = Settings(root=Path(args.root).resolve())
    result = build(settings)
    pdfs = start_pdfs(result, settings, cache=not args.no_cache)
    counts: dict[str, int] = {}
    for path in pdfs.finish(Path(args.out), counts):
        print(path)
    if pdfs.render_seconds:
        pages = sum(counts.values())
        print(f"{pages} pages rendered in {pdfs.render_seconds:.1f} s "
              f"({pages / pdfs.render_seconds:.1f} pages/s)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "clean":
        from .clean.cli import main as clean_main

        return clean_main(argv[1:])
    if argv and argv[0] == "bench":
        from .bench import main as bench_main

        return bench_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Jianfan: raw Chinese news articles in, a "
                                                 "bilingual site, a briefing and PDFs out.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("clean", help="print cleaned Markdown of FILE… (audit summary on stderr)")
    p = sub.add_parser("pages", help="generate the site's Markdown pages into .build/docs")
    p.add_argument("--root", default=".")
    p.add_argument("--docs", default=".build/docs", help="the docs folder, relative to --root")
    p = sub.add_parser("pdf", help="render the PDF brief and compendium into a folder")
    p.add_argument("--root", default=".")
    p.add_argument("--out", default="site/downloads")
    p.add_argument("--no-cache", action="store_true",
                   help="render all four PDFs again, without reading or writing .cache/pdf")
    sub.add_parser("bench", help="run the benchmark (see make bench)")
    args = parser.parse_args(argv)
    try:
        return {"pages": _pages, "pdf": _pdf}[args.command](args)
    except JianfanError as err:
        print(f"ERROR    {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
