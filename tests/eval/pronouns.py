#!/usr/bin/env python3
"""Pronouns resolved in statements: where a point's statement differs from its own quote by a
pronoun replaced with a name.

    PYTHONPATH=. python tests/eval/pronouns.py CORPUS_JSON [CORPUS_JSON …]

A first- or second-person pronoun inside a quote (我/我们/咱们/你/你们/本人/笔者) is the speaker's:
replacing it with any name but the point's own speaker's is an error ("东电要我们证明…" →
"东电要东京电力公司证明…" when 佐藤 said it; a listed speaker the quote itself names, "东电" for 东京电力公司, is no speaker of it).
A third-person one (他/她/他们/该公司/该机构/其/对方) may be resolved; those replacements are listed
for a reader to judge (right referent, person vs body).  Prints, per corpus: first/second-person
replacements (errors) and third-person resolutions (to review), each with the statement.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from generator.analyse.statementperson import holder_speaks
from generator.analyse.text import to_simplified

FIRST = re.compile(r"我们|咱们|你们|本人|笔者|(?<![自])我(?![国方省市县区校院军党司行们])|你(?![们])")
THIRD = re.compile(r"他们|她们|该公司|该机构|该行|对方|(?<![其])他(?![们人国])|她(?![们])|其(?![中他实次余它])")
_DROP = re.compile(r"[\s“”「」『』\"'‘’]")


def replacements(statement: str, quote: str, pattern) -> list[tuple[str, str]]:
    """(pronoun, what stands in its place in the statement) for each pronoun of ``quote`` whose
    neighbours (three characters either side) are found in ``statement`` around something else."""
    s, q = _DROP.sub("", statement), _DROP.sub("", quote)
    out = []
    for m in pattern.finditer(q):
        left, right = q[max(0, m.start() - 3):m.start()], q[m.end():m.end() + 3]
        if len(right) < 2 or (len(left) < 2 and m.start() > 0):
            continue
        if left:
            found = re.search(re.escape(left) + r"([^，。；！？]{1,14}?)" + re.escape(right), s)
        else:
            found = re.match(r"([^，。；！？]{1,14}?)" + re.escape(right), s)
        if found and found.group(1) != m.group(0) and not pattern.fullmatch(found.group(1)):
            out.append((m.group(0), found.group(1)))
    return out


def analyse(path: Path) -> tuple[list, list]:
    data = json.loads(path.read_text(encoding="utf-8"))
    first, third = [], []
    for p in data.get("points", []):
        st = p.get("statement", "")
        speakers = {to_simplified(s.get("name", ""), "zh-Hant") for s in p.get("speakers", [])}
        for src in p.get("sources", []):
            q = to_simplified(src.get("quote", ""), "zh-Hant")
            for pron, name in replacements(st, q, FIRST):
                if name.endswith("：" + pron) or (name.rstrip("的") in speakers and holder_speaks("“" + q.strip("“”") + "”", name.rstrip("的"))):
                    continue  # the speaker's own words quoted, or their own name (the point's speaker)
                first.append((p["id"], pron, name, st))
            for pron, name in replacements(st, q, THIRD):
                third.append((p["id"], pron, name, st))
            if p.get("kind") != "contention":
                break  # the statement is its representative's (the first citation's) words
    return first, third


def main(argv: list[str]) -> None:
    for arg in argv:
        first, third = analyse(Path(arg))
        name = Path(arg).parent.name
        print(f"== {name}: first/second person replaced {len(first)}, third person resolved {len(third)}")
        for pid, pron, repl, st in first:
            print(f"  ERR {pid}: {pron} → {repl}: {st[:80]}")
        for pid, pron, repl, st in third:
            print(f"  3rd {pid}: {pron} → {repl}: {st[:80]}")


if __name__ == "__main__":
    main(sys.argv[1:])
