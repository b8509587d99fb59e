"""``python -m generator.savebench ROOT``: the CPU of one save's analysis, stage by stage.

The project's cleaned articles (``content/articles``, as ``load_articles`` reads them) are analysed
once cold with the per-article cache, then the first article is edited and the analysis runs again
from the cache, alternating edited and original text (each run is a save), as the serve loop does.
Printed: CPU seconds (``time.process_time``) of the cold run and of each save, the analysis'
main stages in the last save, and how many of the grouping's vectors and dot products the save
recomputed and kept (``analyse/vecmemo.py``). Edits (``--edit``): ``append`` (a sentence added
to the first paragraph), ``rare`` (a new rare word in its first sentence: no sentence added),
``delete`` (the last paragraph removed). ``--dots`` also times the grouping's dot products themselves (``text._dot``, each call timed: the
timer's own cost is included, so the share printed is an upper bound). ``--check`` also compares the save's ``corpus.json`` with
a cold analysis', byte for byte. CPU seconds compare on a shared machine; wall seconds do not.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections import Counter
from pathlib import Path

#: The analysis' stages timed by wrapping (module, function).
STAGES = (("", "cluster"), ("", "recruit"), ("", "make_points"), ("", "find_contentions"),
          ("", "consensus_candidates"), ("", "furniture"), ("entities", "find_entities"),
          ("facts", "find_figures"), ("facts", "find_events"), ("digest", "make_digest"),
          ("grouping", "_vectors"), ("regroup", "reassign"), ("regroup", "pair_rewordings"),
          ("digest", "summarise"), ("digest", "keywords"))


def _timed(spent: Counter) -> None:
    import importlib

    for mod, name in STAGES:
        m = importlib.import_module("generator.analyse" + ("." + mod if mod else ""))
        f = getattr(m, name, None)
        if f is None:
            continue

        def g(*a, _f=f, _n=name, **k):
            t = time.process_time()
            try:
                return _f(*a, **k)
            finally:
                spent[_n] += time.process_time() - t
        setattr(m, name, g)


def _time_dots(spent: Counter) -> None:
    """Count the CPU of every dot product the analysis works out (kept ones cost a look-up only)."""
    from .analyse import text

    f = text._dot

    def g(a, b, _f=f):
        t = time.process_time()
        try:
            return _f(a, b)
        finally:
            spent["dot products (timed)"] += time.process_time() - t
    text._dot = g


def edited(article, how: str):
    """The article after one editor's save of the kind ``how``."""
    blocks = list(article.blocks)
    ps = [i for i, b in enumerate(blocks) if b.kind == "p"]
    if how == "append":
        i = ps[0]
        blocks[i] = dataclasses.replace(blocks[i], text=blocks[i].text + "这一变化引起了业内的广泛关注。")
    elif how == "rare":
        i = ps[0]
        blocks[i] = dataclasses.replace(blocks[i], text=blocks[i].text.replace("。", "，据称涉及鲲鹏翡翠项目。", 1))
    elif how == "delete" and len(ps) > 1:
        del blocks[ps[-1]]
    return dataclasses.replace(article, blocks=tuple(blocks))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator.savebench")
    ap.add_argument("root", type=Path)
    ap.add_argument("--edit", choices=("append", "rare", "delete"), default="append")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--dots", action="store_true")
    args = ap.parse_args(argv)
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 1 << 14)  # (as ``mkdocs serve`` keeps them)
    from .analyse import vecmemo
    from .analyse.incremental import analyse_cached
    from .pipeline import load_articles

    spent: Counter = Counter()
    _timed(spent)
    if args.dots:
        _time_dots(spent)
    articles, _ = load_articles(args.root, {}, None)
    paths = dict(taxonomy_path=args.root / "content" / "taxonomy.yml",
                 overrides_path=args.root / "content" / "overrides.yml")
    t = time.process_time()
    _, _, cache, _ = analyse_cached(articles, None, **paths)
    print(f"{len(articles)} articles, cold analysis {time.process_time() - t:.2f} s CPU")
    changed = [edited(articles[0], args.edit)] + articles[1:]
    saves = []
    for k in range(args.runs):
        spent.clear()
        arts = changed if k % 2 == 0 else articles
        t = time.process_time()
        analysis, _, cache, _ = analyse_cached(arts, cache, **paths)
        saves.append(time.process_time() - t)
    print(f"save ({args.edit}): " + ", ".join(f"{s:.3f}" for s in saves) + " s CPU")
    for name, s in spent.most_common():
        print(f"  {name:24s} {s:.3f}")
    st = vecmemo.stats()
    print(f"vectors recomputed {st['vectors_made']}, kept {st['vectors_kept']}; "
          f"dot products recomputed {st['dots_made']}, kept {st['dots_kept']}")
    from .analyse import readmemo
    rs = readmemo.stats()
    print(f"per-article steps kept {rs['kept']}, made {rs['made']}, unkeepable {rs['unkeepable']}")
    if args.check:
        from .analyse import analyse
        from .render.data import data_files

        cold, _ = analyse(arts, **paths)
        same = data_files(arts, analysis, {})["data/corpus.json"] == data_files(arts, cold, {})["data/corpus.json"]
        print("corpus.json identical to a cold analysis:", same)
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
