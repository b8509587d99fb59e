"""``python -m generator clean FILE… [--audit-json PATH] [--disable RULE …]``: an editor's preview.

Prints the cleaned Markdown of each file to stdout and a summary of the audit to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from ..errors import JianfanError
from . import RULE_NAMES, UnknownRule, clean


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m generator clean", description="Preview the cleaning of raw articles.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--audit-json", metavar="PATH", help="write the audit, flags and metadata as JSON")
    p.add_argument("--disable", nargs="+", default=[], metavar="RULE", help=f"rules to skip: {', '.join(RULE_NAMES)}")
    return p


def _summary(name: str, cleaned) -> str:
    counts = Counter(e.rule for e in cleaned.audit)
    lines = [f"{name}: {len(cleaned.audit)} edits, {len(cleaned.flags)} flags, {len(cleaned.set_aside)} set aside"]
    readers = [rule for rule in counts if rule not in RULE_NAMES]  # read_markdown, envelope …
    lines += [f"  {rule:20} {counts[rule]}" for rule in [*readers, *RULE_NAMES] if counts[rule]]
    lines += [f"  {name}:{f.line}: [{f.rule}] {f.message}" for f in cleaned.flags]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Run the preview; returns 0, or 1 when a file could not be read or cleaned."""
    from ..sources import decode_bytes  # owned by sources.py; imported late so the cleaner stands alone

    args = _parser().parse_args(argv)
    status, report, first = 0, {}, True
    for name in args.files:
        try:
            raw = Path(name).read_bytes()
            text, _encoding = decode_bytes(raw, name)
            cleaned = clean(text, source=name, disabled=args.disable)
        except OSError as exc:
            print(f"{name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        except (JianfanError, UnknownRule) as exc:
            print(str(exc), file=sys.stderr)
            status = 1
            continue
        if len(args.files) > 1:
            sys.stdout.write(("" if first else "\n") + f"<!-- {name} -->\n\n")
        first = False
        sys.stdout.write(cleaned.body)
        print(_summary(name, cleaned), file=sys.stderr)
        report[name] = {
            "meta": cleaned.meta,
            "audit": [asdict(e) for e in cleaned.audit],
            "flags": [asdict(f) for f in cleaned.flags],
            "set_aside": list(cleaned.set_aside),
        }
    if args.audit_json:
        try:
            Path(args.audit_json).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            print(f"{args.audit_json}: cannot write the audit: {exc.strerror or exc}", file=sys.stderr)
            return 1
    return status
