#!/usr/bin/env python3
"""Score the contentions of a built corpus against a gold's contention claims.

    python contend.py CORPUS_JSON GOLD [-v]

For each gold claim of kind ``contention`` (``sides``: each with a statement and the quotes of
that side, speakers given), find the contention of corpus.json whose sides carry its quotes
(a side carries a gold quote when one of its sources, in the same file, holds the snippet; the
same matching as score.py). Reported:

  found        gold contentions with a built contention citing quotes of it (either side)
  both_sides   ... whose two built sides carry quotes of two *different* gold sides, each built
               side landing mostly on its own gold side (a side carrying both gold sides counts
               for the one it carries more of)
  fake         built contentions whose two sides share a speaker (one person both sides: names in
               either script, a full name and its short form "高教授" / "高某" / "老高"), or whose
               two sides carry quotes of the *same* gold side only (they do not disagree)
  suspect      built contentions a reader would not trust, whatever the gold says: the two sides share
               a speaker (also a side whose words go on "她也指出" / "他还表示" from the other side's
               speaker in the same article, with no holder of its own), the two sides' statements
               share two figures ("1179万" and "18.8%" on both: the same data is no disagreement; one figure
               on both is often the figure disputed, "国产化率60%" / "60%没毛病"), or a side carries
               a line with no claim (a repost line "转发一下，欢迎讨论", a notice or a disclaimer
               "风险提示：…", "免责声明") as its statement, a source or a speaker, or a speaker that is a
               phrase ("从统计上"); and (session 17) what a reader calls fake whatever the gold says:
               the two sides address no common question (their statements share no content word beyond the
               topic's own terms: a power-cut notice against an argument on flood storage), a side that is a
               notice, a record or an announcement rather than a position ("【关于…的情况说明】…", "【#…回顾#】" with
               its rainfall figures: a bracketed headline, or figures reported with no judgement, denial or
               forecast), a holder that is no name or role but a sentence's opening ("说两点个人看法")
  unmatched    built contentions matching no gold contention (listed with -v, to read by hand)
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import yaml

_spec = importlib.util.spec_from_file_location("score", str(Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"))
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)

#: Titles and kin words that follow a surname to make a short form of a person's name.
_TITLES = ("教授", "老师", "先生", "女士", "小姐", "博士", "院士", "研究员", "总", "董", "经理", "主任",
           "局长", "处长", "科长", "部长", "市长", "县长", "镇长", "村长", "书记", "师傅", "医生", "律师",
           "记者", "工", "姐", "哥", "叔", "阿姨", "某", "老板", "校长", "所长", "会长", "秘书长")


def _name(n: str) -> str:
    return sc.norm(n)


def same_person(x: str, y: str) -> bool:
    """Two speaker names that name one person: equal, or a full name and its short form."""
    a, b = _name(x), _name(y)
    if not a or not b:
        return False
    if a == b:
        return True
    for full, short in ((a, b), (b, a)):
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", full):
            continue
        # 高教授 / 高某 / 老高 / 小高 against 高明远
        if short.startswith(full[0]) and short[1:] in _TITLES:
            return True
        if short in ("老" + full[0], "小" + full[0]):
            return True
        # 明远 (given name alone) against 高明远
        if len(full) >= 3 and short == full[1:]:
            return True
    return False


#: A line that makes no claim: a repost with a bare comment, an invitation to discuss, a notice or disclaimer.
_NO_CLAIM = re.compile(r"^(?:[^：:]{0,16}[：:])?\s*(?://@[^：:]{1,20}[：:]\s*)*(?:转发|轉發|转[了一]?下|欢迎讨论|歡迎討論|"
                       r"转发微博|轉發微博|Repost)[^。！？]{0,12}[。！？!?]?\s*$|"
                       r"^(?:[^：:]{0,16}[：:])?\s*(?:风险提示|風險提示|免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|"
                       r"声明|聲明|群公告|公告)[：:】]")
_NOTICE_SPEAKER = re.compile(r"^(?:风险提示|風險提示|免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|声明|聲明|"
                             r"群公告|公告|编者按|編者按|注)$")
#: A phrase named as a speaker ("从统计上", "在我看来", "按理"): a preposition's frame, no one.
_PHRASE = re.compile(r"^(?:从|在|据|按|就|对于?|照|依|由于|总的)[^，。]{0,8}(?:上|看|来看|来说|而言|中|里|说)?$")
#: A figure: digits with their unit ("1179万", "18.8%", "20.46万元", "1/14").
_FIGURE = re.compile(r"(?<![A-Za-z\d.\-])\d+(?:[./]\d+)?\s*(?:%|％|万亿|亿|万|千|百|元|岁|年|个|人|辆|公里|倍)?")
#: A side going on from a person the other side names: "不过她也指出", "他还表示".
_GOES_ON = re.compile(r"^[「“\"]?(?:不过|但是?|而|同时|此外|另外|然而)?[，,]?(?:她|他|其)(?:也|还|同时|则|又)"
                      r"(?:指出|表示|认为|说|称|强调|坦言|承认|提到)")


#: A bracketed headline heading a line (after its label): an announcement, a notice, a topic's record.
_HEADLINE = re.compile(r"^(?:[^：:【。！？]{0,16}[：:])?\s*[【\[][^】\]]{2,40}[】\]]")
#: A notice's or record's title words.
_NOTICE_WORDS = re.compile(r"情况说明|情況說明|通报|通報|公告|通知|告知书|告知書|回顾|回顧|快讯|快訊|提示")
#: A position: a judgement, a denial, a forecast, a doubt (what a side's statement must take).
_POSITION = re.compile(r"不|没|沒|未必|并非|並非|非|别|別|否|肯定|必然|应该|應該|应当|必须|必須|需要|会|會|将|將|能|可能|"
                       r"恐怕|也许|也許|认为|認為|觉得|覺得|担心|擔心|相信|看来|看來|太|过于|過於|质疑|質疑|怀疑|懷疑|"
                       r"影响|影響|导致|導致|造成|意味|说明|說明|证明|證明|利好|利空|合理|公平|有利|值得|难|難|"
                       r"容易|关键|關鍵|问题|問題|责任|責任|？|\?|！")
#: A holder that is a sentence's opening, no name or role ("说两点个人看法", "讲几句").
_OPENING = re.compile(r"(?:看法|观点|觀點|想法|意见|意見|感想|几句|幾句|两句|兩句|一句|两点|兩點|几点|幾點)$|"
                      r"^(?:说|說|讲|講|谈|談|聊)(?:[一两兩几幾三]|个人|個人|下|说|說)")
#: Function words and common bigrams that make no question of their own.
_STOP = set("我们 我們 你们 他们 他們 这个 這個 那个 一个 一個 没有 沒有 可以 就是 不是 因为 因為 所以 但是 如果 还是 還是 "
            "已经 已經 现在 現在 这些 這些 什么 什麼 自己 时候 時候 这样 這樣 一些 大家 很多 非常 觉得 覺得 认为 認為 表示 "
            "指出 不会 不會 可能 问题 問題 情况 情況 进行 進行 目前 我看 一下 的是 了一 是一 不过 不過 而且 其实 其實 只是 "
            "还有 還有 也是 都是 这次 這次 本来 本來 真的".split())


def _bigrams(text: str, topic: set[str]) -> set[str]:
    t = sc.norm(text or "")
    grams = set()
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", t):
        grams |= {run[i:i + 2] for i in range(len(run) - 1)}
    return {g for g in grams if g not in _STOP and g not in topic}


def topic_grams(gold_path: Path) -> set[str]:
    """The bigrams of the topic's own label and terms (topic.yml beside the gold), which every side shares."""
    grams: set[str] = set()
    for f in (Path(gold_path).parent / "topic.yml",):
        if f.exists():
            t = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
            for w in [t.get("label") or ""] + list(t.get("terms") or []):
                grams |= _bigrams(str(w), set())
    return grams


def _statement_of(side) -> str:
    """The side's statement without its label ("网友：") or a headline's brackets."""
    return re.sub(r"^[^：:。！？【]{0,16}[：:]\s*", "", side.get("statement") or "")


#: A side answering the other in so many words: a rebuttal, a doubt, a retort echoing the other's word ("倒什么").
_ANSWERS = re.compile(r"反驳|反駁|质疑|質疑|存疑|不同意|不认同|不認同|并不|並不|言之过早|言之過早|^[「“]?[\u4e00-\u9fff]{1,2}什么[，,！!]")


def _side_text(side) -> str:
    """All a side says: its statement and its quotes."""
    return "\n".join([_statement_of(side)] + [s.get("quote") or "" for s in side.get("sources") or []])


def not_a_position(side) -> str:
    """Why the side's statement is a notice, a record or an announcement rather than a position, or ''."""
    st = (side.get("statement") or "").strip()
    head = _HEADLINE.match(st)
    if head and (_NOTICE_WORDS.search(head.group(0)) or "#" in head.group(0)):
        return "a notice or record as a side: " + st[:40]
    body = re.sub(r"[（(][^（）()]{0,30}[）)]", "", _statement_of(side))
    if len(_figures(body)) >= 2 and not _POSITION.search(body):
        return "figures reported as a side, no position: " + st[:40]
    return ""


def _figures(text: str) -> set[str]:
    return {m.group(0).replace(" ", "") for m in _FIGURE.finditer(text or "")
            if len(re.sub(r"\D", "", m.group(0))) >= 2 or not m.group(0)[-1:].isdigit()}


def _no_claim(side) -> str:
    """The line of a side that makes no claim (its statement, a source, a speaker), or ''."""
    lines = [side.get("statement") or ""] + [s.get("quote") or "" for s in side.get("sources") or []]
    for line in lines:
        if _NO_CLAIM.search(line.strip()):
            return line.strip()
    for n in _speakers(side):
        if _NOTICE_SPEAKER.match(n.strip()):
            return "speaker " + n
    return ""


def suspect(p, topic: set[str] | None = None) -> list[str]:
    """Why a built contention is suspect (see the module's docstring), or []."""
    a, b = p["sides"]["a"], p["sides"]["b"]
    sa, sb = _speakers(a), _speakers(b)
    why = []
    shared = sorted({f"{x}={y}" for x in sa for y in sb if same_person(x, y)})
    if shared:
        why.append("one speaker both sides: " + ", ".join(shared))
    for one, other, names in ((a, b, sa), (b, a, sb)):
        if names:
            continue
        srcs = one.get("sources") or []
        arts = {s.get("article") for s in other.get("sources") or []}
        if srcs and _GOES_ON.match((srcs[0].get("quote") or "").strip()) and srcs[0].get("article") in arts \
                and _speakers(other):
            why.append("a side goes on from the other side's speaker: " + (srcs[0].get("quote") or "")[:30])
    fa, fb = _figures(a.get("statement") or ""), _figures(b.get("statement") or "")
    if len(fa & fb) >= 2:
        why.append("one figure both sides: " + ", ".join(sorted(fa & fb)))
    for n in sa + sb:
        if _PHRASE.match(n.strip()):
            why.append("a phrase as speaker: " + n)
    for side in (a, b):
        line = _no_claim(side)
        if line:
            why.append("a side with no claim: " + line[:40])
    for n in sa + sb:
        if _OPENING.search(sc.norm(n).strip()):
            why.append("a sentence's opening as holder: " + n)
    for side in (a, b):
        line = not_a_position(side)
        if line:
            why.append(line)
    if topic is not None and not (_bigrams(_side_text(a), topic) & _bigrams(_side_text(b), topic)) \
            and not any(_ANSWERS.search(_statement_of(x)) for x in (a, b)):
        why.append("the sides share no subject: " + _statement_of(a)[:20] + " / " + _statement_of(b)[:20])
    return why


def _side_hits(side_sources, gold_sides) -> list[int]:
    """How many quotes of each gold side a built side's sources carry."""
    hits = [0] * len(gold_sides)
    for s in side_sources:
        f, q = s["_file"], sc.norm(s.get("quote"))
        for gi, gs in enumerate(gold_sides):
            if any(sc.file_id(g["file"]) == f and sc.quote_hits(sc.norm(sc.snip(g)), q)
                   for g in gs.get("sources", [])):
                hits[gi] += 1
    return hits


def _speakers(side) -> list[str]:
    return [sp.get("name", "") for sp in side.get("speakers") or [] if sp.get("name")]


def evaluate(corpus_path: Path, gold_path: Path) -> dict:
    data, fid, _ = sc.load_corpus(Path(corpus_path))
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8")) or {}
    golds = [dict(g) for g in gold.get("claims") or [] if g.get("kind") == "contention"]
    for g in golds:
        if not g.get("sides"):
            # a gold without sides (only the quotes, speakers given): each quote its own unit; both
            # sides right = each built side carries a quote, and no speaker carried on both
            g["sides"] = [{"sources": [s]} for s in g.get("sources", [])]
            g["_unsided"] = True
    built = [p for p in data.get("points", []) if p.get("kind") == "contention" and p.get("sides")]
    for p in built:
        for key in ("a", "b"):
            for s in p["sides"].get(key, {}).get("sources") or []:
                s["_file"] = fid.get(s.get("article"))
    rows, used = [], set()
    for g in golds:
        best = None
        for bi, p in enumerate(built):
            ha = _side_hits(p["sides"]["a"].get("sources") or [], g["sides"])
            hb = _side_hits(p["sides"]["b"].get("sources") or [], g["sides"])
            if not any(ha) and not any(hb):
                continue
            both = False
            if any(ha) and any(hb) and g.get("_unsided"):
                who = lambda hs: {sc.norm(g["sides"][i]["sources"][0].get("speaker") or f"#{i}")
                                  for i, n in enumerate(hs) if n}
                both = not (who(ha) & who(hb))
            elif any(ha) and any(hb):
                ia = max(range(len(ha)), key=lambda i: ha[i])
                ib = max(range(len(hb)), key=lambda i: hb[i])
                both = ia != ib
            key = (both, sum(ha) + sum(hb))
            if best is None or key > best[0]:
                best = (key, bi, ha, hb)
        if best is None:
            rows.append({"id": g["id"], "found": False, "both": False, "statement": g.get("statement")})
            continue
        (both, _), bi, ha, hb = best
        used.add(bi)
        rows.append({"id": g["id"], "found": True, "both": both, "hits_a": ha, "hits_b": hb,
                     "built": built[bi]["id"], "statement": g.get("statement")})
    fakes = []
    for bi, p in enumerate(built):
        sa, sb = _speakers(p["sides"]["a"]), _speakers(p["sides"]["b"])
        shared = sorted({f"{x}={y}" for x in sa for y in sb if same_person(x, y)})
        why = []
        if shared:
            why.append("one speaker both sides: " + ", ".join(shared))
        for r in rows:
            if r.get("built") == p["id"] and not r["both"] and any(r["hits_a"]) and any(r["hits_b"]) \
                    and not next(g for g in golds if g["id"] == r["id"]).get("_unsided"):
                why.append(f"both sides carry only one side of {r['id']}")
        if why:
            fakes.append({"built": p["id"], "why": why})
    topic = topic_grams(Path(gold_path))
    suspects = [{"built": p["id"], "why": suspect(p, topic)} for p in built if suspect(p, topic)]
    unmatched = [p for bi, p in enumerate(built) if bi not in used]
    return {
        "gold": len(golds), "built": len(built),
        "found": sum(r["found"] for r in rows), "both_sides": sum(r["both"] for r in rows),
        "fake": len(fakes), "rows": rows, "fakes": fakes, "suspect": len(suspects), "suspects": suspects,
        "unmatched": [{"id": p["id"], "topic": p.get("statement"),
                       "a": (p["sides"]["a"].get("statement"), _speakers(p["sides"]["a"])),
                       "b": (p["sides"]["b"].get("statement"), _speakers(p["sides"]["b"]))}
                      for p in unmatched],
    }


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    r = evaluate(Path(args[0]), Path(args[1]))
    print(f"contentions gold={r['gold']} built={r['built']} found={r['found']}/{r['gold']} "
          f"both_sides={r['both_sides']}/{r['gold']} fake={r['fake']}/{r['built']} suspect={r['suspect']}/{r['built']}")
    for row in r["rows"]:
        mark = "BOTH" if row["both"] else ("one " if row["found"] else "----")
        print(f"  {mark} {row['id']} {row.get('built', '')} {row.get('hits_a', '')} {row.get('hits_b', '')}"
              f"  {row['statement']}")
    for f in r["fakes"]:
        print(f"  FAKE {f['built']}: {'; '.join(f['why'])}")
    for f in r["suspects"]:
        print(f"  SUSPECT {f['built']}: {'; '.join(f['why'])}")
    if verbose:
        for u in r["unmatched"]:
            print(f"  unmatched {u['id']} {u['topic']}\n     a: {u['a']}\n     b: {u['b']}")


if __name__ == "__main__":
    main()
