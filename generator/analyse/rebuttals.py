"""Rebutted reports: a report or suspicion and, a few paragraphs on in the same article, its answer
(a rebuttal by the party concerned, or the reporter's own doubt about it), as a ``Contention``.

Split out of ``contentions.py``, which gathers this kind with the others."""

from __future__ import annotations

import hashlib
import re

from .model import Citation, Contention, Point, Side
from .statements import clean_statement
from .taxonomy import Taxonomy
from .text import Sentence, is_whole_sentence

__all__ = ["rebutted", "point_of_sentence", "DOUBTED", "REBUTTALS"]


#: A report, rumour or suspicion ("网友怀疑…有套壳的嫌疑", "网上传出一张据称是…的截图") …
DOUBTED = ("怀疑", "疑似", "嫌疑", "质疑", "被指", "网传", "据称", "传出", "传闻", "指控", "指责")
#: … and what answers it: a rebuttal by the party concerned, or the report's own doubt about it.
REBUTTALS = re.compile(r"回应[：:称说道]|作出(?:了)?回应|否认|辟谣|澄清|驳斥|真实性存疑|未经证实|有待证实|"
                       r"恶搞|不实|并非事实|子虚乌有")
#: An answer announced without its content ("百度就文心一言文生图功能作出了回应。").
_EMPTY_ANSWER = re.compile(r"(?:作出(?:了)?回应|回应了?[^，。；：“”「」]{0,12}|予以回应|进行了回应)[。！]?$")
DOUBTED_RX = re.compile("|".join(DOUBTED))
#: A sentence giving what someone said ("“…”", "其称，…", "声明称…").
_SAYS = re.compile(r"^[“「『]|^[^，。]{0,12}(?:称|表示|指出|说)[，,：:]")
#: How far after the report (in paragraphs of the same article) its answer may come.
REBUTTAL_REACH = 8


def rebutted(sents: list[Sentence], tax: Taxonomy, points: list[Point], converters,
              by_sentence) -> list[Contention]:
    """A report or suspicion and its answer in the same article, a few paragraphs on: a rebuttal
    by the party concerned ("百度就…作出了回应"), or the reporter's doubt ("但这一图片的真实性
    存疑"). Side a is the report (its point's statement when it is one), side b the answer."""
    out: list[Contention] = []
    used: set[tuple[str, int]] = set()
    by_article: dict[str, list[Sentence]] = {}
    for x in sents:
        by_article.setdefault(x.article, []).append(x)
    topic_words = tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ())
    for art, ss in by_article.items():
        for i, r in enumerate(ss):
            m = REBUTTALS.search(r.simple)
            if not m or not is_whole_sentence(r.original) or (art, r.index) in used:
                continue
            if re.search(r"回应[^，。]{0,12}时", r.simple):
                continue  # "在回应记者时表示": a reporting verb, not an answer
            report = None
            for q in reversed(ss[max(0, i - 40):i]):
                if r.para_index - q.para_index > REBUTTAL_REACH:
                    break
                if (art, q.index) in used or not is_whole_sentence(q.original):
                    continue
                if any(w in q.simple for w in DOUBTED) and not REBUTTALS.search(q.simple):
                    report = q
                    break
            if report is None or not (any(w in report.paragraph_simple for w in topic_words)
                                      or any(w in r.paragraph_simple for w in topic_words)):
                continue
            answer = r
            if _EMPTY_ANSWER.search(r.simple):
                # "百度就…作出了回应。": what the answer says is in the sentence after it, else nowhere
                answer = next((x for x in ss[i + 1:i + 3] if x.para_index - r.para_index <= 1
                               and not DOUBTED_RX.search(x.simple) and is_whole_sentence(x.original)
                               and (x.paragraph == r.paragraph or _SAYS.match(x.simple))), None)
                if answer is None:
                    continue
            used.update({(art, r.index), (art, report.index)})
            p = point_of_sentence(report, points)
            if p:
                a_cites = p.citations
            elif report.paragraph == r.paragraph:
                # the report runs on to the answer ("…截图。通知中称，“…”但这一图片的真实性存疑")
                text = report.paragraph_original[report.start:r.start].strip()
                a_cites = (Citation(art, report.paragraph, text or report.original.strip()),)
            else:
                a_cites = (Citation(art, report.paragraph, report.original.strip()),)
            a_statement = p.statement if p else clean_statement(report.simple, tax.topic_label)
            a_speakers = p.speakers if p else tuple(by_sentence.get((art, report.index), ()))
            b_statement = clean_statement(answer.simple, tax.topic_label, keep_frame=True)
            # the question is the report itself, from the clause that makes it (not the scene:
            # "3月15日，", "发布前夜，")
            clauses = re.split(r"(?<=[，,])", a_statement)
            first = next((k for k, x in enumerate(clauses) if any(w in x for w in DOUBTED)), 0)
            topic = "".join(clauses[first:]).rstrip("。！!") + "？"
            cid = "contention-" + hashlib.sha1((art + report.paragraph + r.paragraph).encode()).hexdigest()[:6]
            out.append(Contention(
                id=cid, topic=topic,
                a=Side("传闻或质疑", (p.id,) if p else (), tuple(a_cites), a_statement, tuple(a_speakers)),
                b=Side("回应或存疑", (), tuple(Citation(art, x.paragraph, x.original.strip())
                                               for x in dict.fromkeys((r, answer))), b_statement,
                       tuple(by_sentence.get((art, r.index), ()) or by_sentence.get((art, answer.index), ())))))
    return out


def point_of_sentence(s: Sentence, points: list[Point]) -> Point | None:
    """The point citing the sentence's paragraph with its words, if any."""
    for p in points:
        for x in p.citations:
            if x.article == s.article and x.paragraph == s.paragraph and (x.quote in s.original or s.original.strip() in x.quote):
                return p
    return None
