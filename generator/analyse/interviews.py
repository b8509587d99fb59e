"""Interviews and estimates: an interview's question reporting a claim and the answer denying or
limiting it ("问：X说…，你同意吗？" / "答：我不会用…这个说法"), and another party's figure against the
speaker's own ("官方说法是大约30年，但……我个人估计……40年"). A split of ``disputes``: each returns
(claim part, answer part) pairs of sentences or (sentence, verbatim part) pairs."""

from __future__ import annotations

import re

from .speakerselfnamed import ANON_TURN

__all__ = ["interviews", "own_estimates", "QUESTION_LABEL", "ANSWER_LABEL", "ANSWER_TURN", "TURN_LABEL",
           "LABELLED_TURN", "ANSWER_TURNS", "OWN_VIEW", "body_answerer"]

#: An interview's question reporting a claim and asking what the answer makes of it.
ASKS = re.compile(r"(?:说|称|认为|表示|指|宣称|强调)[^？?]{2,80}?[，,]\s*(?:你|您)[^，。？?]{0,8}"
                  r"(?:同意|认同|相信|可信|怎么看|如何看|怎样看|赞同|接受|站得住|对吗|是否)")
QUESTION_LABEL = re.compile(r"^\s*(?:问|記者|记者|Q)\s*[：:]")
#: An answer's own label ("答：", "A：").
ANSWER_TURN = re.compile(r"^\s*(?:答|A)\s*[：:]")
#: An answer's label, or a short name opening the turn ("区志恒：").
ANSWER_LABEL = re.compile(ANSWER_TURN.pattern + r"|^[^：:，。]{1,8}[：:]")
#: A paragraph opened by an interview's turn label: a question, an answer, the reporter's or host's turn.
TURN_LABEL = re.compile(r"^(?:问|答|记者|主持人|Q|A)[：:]|" + ANON_TURN.pattern)  # (or a machine transcript's "说话人2：")
#: A transcript's turn: a speaker label with its description in brackets ("来宾（某大学教授张三）：").
LABELLED_TURN = re.compile(r"^[^，。：:“”「」（(]{1,10}[（(][^）)]{1,40}[）)][：:]")
#: An answer that denies, limits or turns against what was asked.
ANSWER_TURNS = re.compile(r"不会用|不同意|不认同|不赞同|未必|不一定|不等于|并不|并非|不是|但(?!愿)|不过|有限|"
                          r"言过其实|夸大|站不住")
#: Another party's figure or position, then the speaker's own after 但 ("官方说法是…，但…我个人估计…").
REPORTED = re.compile(r"(?:说法|口径|估计|预计|计划)是|(?:称|表示|宣称|认为)")
OWN_VIEW = re.compile(r"我(?:个人|自己)?(?:估计|认为|判断|看来|的看法)|在我看来")

#: How the name of a body that publishes its own questions and answers ends (a firm, a public
#: body): never a newspaper's, a site's or a broadcaster's, whose interviews answer for someone else.
_BODY_END = re.compile(r"(?:公司|集团|银行|政府|[省市县区]委|厅|局|委员会|办公室|医院|协会|学会|研究院|大学)$")


def body_answerer(publisher: str, texts) -> str:
    """The body whose own record of questions and answers a document is (an investor-relations
    record, a firm's or an office's FAQ: two questions and two "答：" at least, no interviewee
    named): its answers are the publisher's ("华康药业股份有限公司"), when the publisher is a body
    and not an outlet; '' otherwise."""
    publisher = (publisher or "").strip()
    if not publisher or not _BODY_END.search(publisher) or re.search(r"报|网|台|社|刊|传媒|新闻", publisher):
        return ""
    texts = list(texts)
    if sum(bool(QUESTION_LABEL.match(t) or re.match(r"^\s*问\s*\d{1,2}\s*[：:]", t)) for t in texts) < 2 \
            or sum(bool(ANSWER_TURN.match(t)) for t in texts) < 2:
        return ""
    return publisher


def interviews(ss, by_sentence) -> list[tuple[list, list]]:
    out = []
    for i, s in enumerate(ss):
        if not (QUESTION_LABEL.match(s.simple) and ASKS.search(s.simple)):
            continue
        answer = [x for x in ss[i + 1:i + 6] if x.para_index > s.para_index]
        answer = [x for x in answer if x.para_index == answer[0].para_index] if answer else []
        if not answer or not ANSWER_LABEL.match(answer[0].simple):
            continue
        turn = next((k for k, x in enumerate(answer[:4]) if ANSWER_TURNS.search(x.simple)), None)
        if turn is None:
            continue
        out.append(([s], answer[turn:turn + 2]))
    return out


def own_estimates(ss, by_sentence) -> list[tuple[list, list]]:
    out = []
    for i, s in enumerate(ss):
        m = re.search(r"[，,；;]\s*(?:但|不过|然而)", s.simple)
        if not m or not REPORTED.search(s.simple[:m.start()]) or "我" in s.simple[:m.start()]:
            continue  # the figure must be another party's ("官方说法是…"), not the speaker's own
        rest = [s] + [x for x in ss[i + 1:i + 3] if x.paragraph == s.paragraph]
        own = next((x for x in rest if OWN_VIEW.search(x.simple)), None)
        if own is None or not re.search(r"\d|[一二三四五六七八九十百千万]", s.simple[:m.start()]):
            continue
        cut = len(s.original) * m.start() // max(1, len(s.simple))
        # the reported part, verbatim (the working copy and the original align character for character)
        a_quote = s.original[:m.start()].strip() if len(s.original) == len(s.simple) else s.original[:cut].strip()
        out.append(([(s, a_quote)], [(s, s.original[m.start():].strip().lstrip("，,；;"))] +
                    ([own] if own is not s else [])))
    return out
