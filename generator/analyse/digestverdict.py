"""The last word on a digest's thesis line ("论点"), read on what the page's structure makes visible:

* a text that decides (a judgment, a ruling, an administrative decision or reply) marks its operative
  part ("判决如下：", "裁定如下：", "决定如下：", "答复如下："): what it decides is its thesis, whatever the
  reasoning before it; the reader gets the operative items verbatim, whole;
* a line is never the thesis when it is the page's furniture (a document or case number: "（2024）粤0305
  民初28417号"), a speaker's filler ("主播：对对对，就是…"), a host's or a streamer's line (the host chairs,
  the guests argue), or a quote with a reporter's byline glued on ("记者　某某：X表示，…"; the byline goes);
* when the chosen line is unfit, the headline states the thesis if it is a statement or the question
  the piece turns on ("…，古建到底该不该多开放？"), never a site's or a document's name; else there is
  no thesis line (fail clean: a wrong thesis costs the reader more than none).

Patterns of layout and of speech only, any topic. Called by ``digest.make_digest`` on the automatic
summary (an editor's pinned summary is left as written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import COMMENT_HEADS, POST_HEADING
from .digestholders import turns_of
from .digestthread import authors_of
from .model import SummarySentence
from .text import cjk_len, tokens

__all__ = ["settle", "decision", "unfit", "headline_thesis", "without_byline", "compilation"]

#: The operative part of a text that decides: the decision verb, "如下", a colon.
_DECIDES = re.compile(r"(?:判决|判決|裁定|裁决|裁決|决定|決定|复议决定|處理決定|处理决定|处罚决定|處罰決定|答复|答覆|批复|批覆)"
                      r"如下\s*[：:]")
#: An item of the operative part ("一、", "二、").
_ITEM = re.compile(r"[一二三四五六七八九十]{1,3}、")
#: The longest operative part shown whole (CJK characters); past it, the first items that fit.
DECISION_MAX = 260

#: A document's or a case's number: a bracketed year, a short code, a serial and 号 ("（2024）粤0305民初
#: 28417号", "〔2023〕15号"): the page's header, never a statement.
_DOC_NUMBER = re.compile(r"[（(〔\[［]\s*(?:19|20)\d{2}\s*[）)〕\]］][^，。；：:\s]{0,16}?\d{1,6}\s*号")
#: A speaker's label opening a line (short, no punctuation, a colon not followed by a digit).
_LABEL = re.compile(r"^\s*([^，,。！？!?“”「」：:]{1,24}?)\s*[：:](?!\d)\s*")
#: A host's, a streamer's or a moderator's label: they chair and keep the talk going.
_HOST = re.compile(r"^(?:主持人?|主播|播主|主理人|群主|版主)")
#: Filler opening what is said: an echo or an interjection ("对对对，", "嗯嗯，", "哈哈哈", "好的，").
_FILLER = re.compile(r"^(?:对对对?|对的|对啊|对呀|是的|是啊|嗯+|啊+|哈+|哦+|噢+|呃+|额+|好的?|好好好?|没错|行|欸|诶|哎)"
                     r"(?:[，,！!。…~～\s]|$)")
#: A reporter's byline opening a line ("记者　某某：", "本报记者 某某 ", "文/某某"): whose copy it is, not a speaker.
_BYLINE = re.compile(r"^\s*(?:本报|本台|特约|实习)?(?:记者|通讯员|编辑|撰稿|撰文|实习生|文|图)\s*[/／\u3000\s]*"
                     r"[\u4e00-\u9fff·]{2,4}(?:\s*[\u3000\s、]\s*[\u4e00-\u9fff·]{2,4})*\s*[：:/／]\s*")
#: The kind of paper a title names, closing it ("…一审民事判决书", "…的通知", "…纪要"): a document's name.
_PAPER = re.compile(r"(?:判决书|裁定书|决定书|调解书|通知|公告|通报|简报|报告|周报|日报|月报|快讯|摘要|纪要|议程|"
                    r"清单|名单|实录|全文|声明|办法|规定|条例|意见|方案|措施|解读|批复|答复|函)[)）》」]?$")
#: The kind of body or site a name ends on ("…文化和旅游厅", "…官方网站", "…频道"): a masthead, not a headline.
_BODY = re.compile(r"(?:厅|局|部|委|办|院|所|中心|委员会|公司|集团|协会|学会|网|网站|官网|频道|栏目|平台|电视台|电台|日报|晚报|报社|"
                   r"新闻|资讯|快讯|早报|晨报)[)）》」]?$")
#: What a statement or a question does: a predicate (verbs, modal and question words any writer uses).
_PREDICATE = re.compile(r"[是有将会能要让使把被为][^，。]|引发|带来|导致|成为|推动|拉动|冲击|影响|回应|宣布|发布|推出|"
                        r"上涨|下跌|增长|下降|突破|超过|达到|售出|卖出|涨|跌|增|降|批|停|禁|该不该|能不能|会不会|是否|吗[？?]|"
                        r"[？?]$|\b(?:is|are|was|were|sells?|sold|lifts?|hits?|rises?|falls?|says?|said|will|to|has|have)\b",
                        re.I)


def without_byline(text: str, simple_of=None) -> str:
    """A line without a reporter's byline opening it, when enough is left to read alone (``simple_of``: read in
    simplified script, "記者　某某：" too)."""
    simple = simple_of(text) if simple_of else text
    m = _BYLINE.match(simple)
    if not m or len(simple) != len(text):
        return text
    return text[m.end():] if cjk_len(text[m.end():]) >= 10 else text


def unfit(text: str) -> bool:
    """Whether a line can never be a thesis: furniture (a document number), a host's line or filler."""
    if _DOC_NUMBER.search(text):
        return True
    label = _LABEL.match(text)
    said = text[label.end():] if label else text
    if label and _HOST.match(label.group(1).strip()):
        return True
    return bool(_FILLER.match(said.strip()))


def _statement(part: str) -> bool:
    """A headline's part that states or asks something (long enough, a predicate, not a paper's name)."""
    part = part.strip(" \u3000-—:：")
    latin_words = len(re.findall(r"[A-Za-z]+", part))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", part))
    if cjk < 10 and latin_words < 6:
        return False
    if _PAPER.search(part) or _BODY.search(part):
        return False
    if cjk < 10:  # an English headline: a sentence's words, not a run of names ("Reuters Business News")
        return len(re.findall(r"\b[a-z][a-z]+\b", part)) >= 3
    return bool(_PREDICATE.search(part)) or bool(re.search(r"[\u4e00-\u9fff][，,：:！!？?][\u4e00-\u9fff]", part))


def headline_thesis(title: str) -> str:
    """The headline's part that states the article's point or the question it turns on ("栏目｜X，该不该Y？"
    → "X，该不该Y？"); '' when no part does (a site's name, a document's name, a label)."""
    parts = [p.strip() for p in re.split(r"\s*[|｜]\s*", title or "") if p.strip()]
    fit = [p for p in parts if _statement(p)]
    return max(fit, key=cjk_len) if fit else ""


#: A question that weighs two ways ("该不该", "能不能", "应唔应", "是否", "…吗？", "A还是B") or asks how far, how long,
#: why ("能走多远？", "能持续多久？"), closing a headline's part.
_WEIGHS = re.compile(r"(?:([\u4e00-\u9fff])[不唔没冇]\1|是否|还是|吗|呢|几何|何去何从|怎么办|如何|多久|多远|多大|多少|"
                     r"为何|为什么|怎样|怎么|哪|谁|几)[^？?]{0,16}[？?]$")


#: Marks after a headline's last words: emoji, pictographs, spaces.
_TRAILING_MARKS = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9？?！!。”」》）)]+$")


def debated(article, simple_of, headline: str) -> str:
    """The headline's question, for a page of turns where two speakers or more other than a host speak
    ("城东夜话｜图书馆该不该通宵开放？" over a call-in); '' otherwise."""
    title = getattr(article, "title", "") or ""
    parts = [p.strip() for p in re.split(r"\s*[|｜]\s*", title if simple_of(title) == headline else headline)]
    parts = [_TRAILING_MARKS.sub("", p) for p in parts]  # ("…要不要提停课？😭": the question, without its emoji)
    question = next((p for p in reversed(parts) if _WEIGHS.search(simple_of(p)) and cjk_len(p) >= 6), "")
    if not question:
        return ""
    # (a thread's or a Q&A page's posts under their authors' headings are its voices too)
    # (each reading of who speaks in turn, the first that finds two voices or more)
    for turns in (turns_of(article, simple_of), _labelled_lines(article), authors_of(article), _post_lines(article)):
        voices = {who for who in turns.values() if not _HOST.match(who)}
        if len(turns) >= 3 and len(voices) >= 2:
            return question
    return ""


#: A paragraph that is a post's header: its number, its poster, its day ("#1 收工饮杯 2024-07-12 13:05").
_POST_LINE = re.compile(r"^\s*#?\d{1,4}\s*[楼樓]?[\s\u3000]+(\S{1,20})[\s\u3000]+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _post_lines(article) -> dict[str, str]:
    """Paragraph id → poster, for the header lines of a thread saved as plain paragraphs."""
    return {b.id: m.group(1) for b in article.blocks if b.kind == "p" and (m := _POST_LINE.match(b.text or ""))}


def _labelled_lines(article) -> dict[str, str]:
    """Paragraph id → label, on a page where most paragraphs open on a short speaker's label ("听众王先生：…")."""
    paras = [b for b in article.blocks if b.kind == "p"]
    out = {}
    for b in paras:
        m = _LABEL.match(b.text or "")
        if m and 2 <= len(m.group(1).strip()) <= 12 and not re.search(r"\d", m.group(1)):
            out[b.id] = m.group(1).strip()
    return out if 2 * len(out) > len(paras) else {}


def decision(article, simple_of) -> tuple[str, str] | None:
    """The operative part of a text that decides, verbatim: (text from "X如下：" on, paragraph id); the
    last such paragraph (a judgment quotes the first instance's decision before its own). Items past
    ``DECISION_MAX`` are left off whole (never a chopped item)."""
    found = None
    for b in article.blocks:
        if b.kind != "p" or not b.id:
            continue
        simple = simple_of(b.text)
        m = None
        for m in _DECIDES.finditer(simple):
            pass
        if m is not None:
            found = (b, simple, m)
    if found is None:
        return None
    b, simple, m = found
    text = b.text if len(b.text) == len(simple) else simple
    body = text[m.start():].strip()
    starts = [x.start() for x in _ITEM.finditer(body)]
    if cjk_len(body) > DECISION_MAX and len(starts) >= 2:
        cut = next((s for s in reversed(starts[1:]) if cjk_len(body[:s]) <= DECISION_MAX), starts[1])
        body = body[:cut].rstrip("；;，, ")
        body = body + ("。" if not body.endswith(("。", "！", "？")) else "")
    if cjk_len(body) < 12 or cjk_len(body) > DECISION_MAX + 60:
        return None
    return body, b.id


#: A heading that numbers a section of one argument ("一、", "（二）", "3.", "第四部分"): a report's, not an item's.
_SECTION_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．)）]|第[一二三四五六七八九十\d]{1,3}[部章节篇])")
#: A paragraph opening on its own bracketed headline (a flash item), long enough to be one.
_FLASH = re.compile(r"^\s*【[^】]{6,60}】")
#: The fewest headed items that make a page a compilation.
MIN_ITEMS = 5


def _headline_like(text: str) -> bool:
    """A heading that reads as an item's headline: long enough to say what happened, not a section's number."""
    return cjk_len(text) >= 8 and not _SECTION_NUMBER.match(text) and not POST_HEADING.match(text.strip())


def _about(text: str, term: str) -> bool:
    """An item about a topic term: it writes the term, one of its rare words ("排海", "核污染"), or two of its
    words ("日本水产品禁令" in "暂停进口日本水产品"); lower-cased."""
    term = term.lower()
    if term in text:
        return True
    words = [w for w in dict.fromkeys(tokens(term)) if len(w) >= 2 and not w.startswith("第")]
    return any(_rare(w) and w in text for w in words) or len(words) >= 2 and sum(1 for w in words if w in text) >= 2


#: How often a word may be in jieba's dictionary and still be rare enough to name a topic alone ("排海", "福岛";
#: not "日本", "处理", "东京").
RARE = 500


def _rare(word: str) -> bool:
    """A word of a topic term that names the topic alone: rare in the language (jieba's dictionary counts)."""
    import jieba

    return jieba.dt.FREQ.get(word, 0) < RARE


def compilation(article, simple_of, topic_terms: tuple[str, ...] = ()) -> str:
    """A line saying the page is a compilation of headed items (a newsletter, a feed, a monitoring export)
    and how many of them are on the corpus's topic ("本文汇编12条消息，其中4条涉及X、Y。"); '' for any other page.
    A compilation: five or more headlines, most of the page's headings, each over its own short item (no
    more than three paragraphs): a report's numbered sections and a thread's post headings are no items."""
    items: list[list[str]] = []
    heads = lead = 0
    for b in article.blocks:
        if b.kind == "p" and not items:
            lead += 1  # a paragraph before the first item: a lead, when there are two or more
        if b.kind.startswith("h"):
            text = b.text.strip()
            if text in COMMENT_HEADS:
                break
            if POST_HEADING.match(text):
                continue  # a post's heading inside an item (its source, its stamp)
            heads += 1
            if _headline_like(text):
                items.append([simple_of(text)])
        elif b.kind == "p" and items:
            items[-1].append(simple_of(b.text))
    items = [it for it in items if len(it) > 1]
    if len(items) < MIN_ITEMS:
        # a flash feed: items as paragraphs opening on their bracketed headline ("【X上线首周售出超1500万杯】…"),
        # under stamps or none; most of the page's paragraphs
        paras = [simple_of(b.text) for b in article.blocks if b.kind == "p"]
        flashes = [p for p in paras if _FLASH.match(p)]
        if len(flashes) >= MIN_ITEMS and 3 * len(flashes) >= 2 * len(paras):
            items, heads, lead = [[p[:_FLASH.match(p).end()], p] for p in flashes], len(flashes), 0
    # (a feature's lead, two paragraphs or more, opens one story told under sub-headlines)
    if len(items) < MIN_ITEMS or 2 * len(items) < heads + 1 or lead > 1:
        return ""
    sizes = sorted(len(it) - 1 for it in items)
    if sizes[len(sizes) // 2] > 3:
        return ""
    terms = [t for t in dict.fromkeys(simple_of(t) for t in topic_terms) if len(t) >= 2]
    texts = ["".join(it).lower() for it in items]
    hits = {t: sum(1 for x in texts if _about(x, t)) for t in terms}
    on = sum(1 for x in texts if any(_about(x, t) for t in terms))
    ranked = [t for t in sorted(hits, key=lambda t: (-hits[t], terms.index(t))) if hits[t]]
    named = []
    for t in ranked:  # (a term another named one contains, or contained in it, is said once)
        if not any(t in n or n in t for n in named):
            named.append(t)
    named = named[:2]
    if not named:
        return f"本文汇编{len(items)}条消息。"
    share = "均" if on == len(items) else f"其中{on}条"
    return f"本文汇编{len(items)}条消息，{share}涉及{'、'.join(named)}。"




def _script_title(article, simple_of, headline: str) -> str:
    """The title in the article's script when it is the headline read (a menu taken for a title is none)."""
    title = getattr(article, "title", "") or ""
    return title if simple_of(title) == headline else headline


def settle(summary: list[SummarySentence], article, simple_of, headline: str,
           topic_terms: tuple[str, ...] = ()) -> list[SummarySentence]:
    """The summary with its thesis line settled (see the module's note): the decision of a text that
    decides; an unfit thesis dropped (the headline's statement in its place, or no thesis); a reporter's
    byline off every line."""
    out = [replace(s, text=without_byline(s.text, simple_of)) if s.text else s for s in summary]
    ruled = decision(article, simple_of)
    if ruled is not None:
        body, pid = ruled
        # the decision is the thesis; the lines it repeats (its own paragraph's items) go, the former
        # thesis stays a point when it reads as one
        rest = [replace(s, role="point") if s.role == "thesis" else s
                for s in out if not (s.paragraph == pid and simple_of(s.text)[-20:] in simple_of(body))]
        rest = [s for s in rest if not (s.role == "point" and unfit(simple_of(s.text)))]
        # what follows the operative part is procedure (costs, the right to appeal, the signatures)
        order = {b.id: i for i, b in enumerate(article.blocks) if b.id}
        rest = [s for s in rest if order.get(s.paragraph, -1) <= order.get(pid, -1)]
        return [SummarySentence(body, pid, role="thesis")] + rest
    # a compilation argues nothing as a whole: its thesis line says what it is and how much is on the topic
    told = compilation(article, simple_of, topic_terms)
    if told:
        return [SummarySentence(told, "", role="thesis")] + [
            replace(s, role="point") for s in out if not unfit(simple_of(s.text))]
    thesis = next((s for s in out if s.role == "thesis"), None)
    # an exchange of voices (a debate, a call-in, a panel) under a headline that asks a question: the
    # question is what it turns on; each side's line is a point
    asked = debated(article, simple_of, headline)
    if asked:
        return [SummarySentence(asked, "", role="thesis")] + [
            replace(s, role="point") if s.role == "thesis" else s for s in out if not unfit(simple_of(s.text))]
    if thesis is None:
        # (nothing read alone as the article's claim: its headline's statement, when it makes one)
        stated = "" if out else headline_thesis(_script_title(article, simple_of, headline))
        return [SummarySentence(stated, "", role="thesis")] if stated else out
    bylined = any(s.role == "thesis" and without_byline(s.text, simple_of) != s.text for s in summary)
    if not unfit(simple_of(thesis.text)) and not bylined:
        return out
    # (a quote under a byline is one source's words inside a report: a point, not what the report argues)
    rest = [replace(s, role="point") if s is thesis and bylined else s
            for s in out if s is not thesis or (bylined and not unfit(simple_of(s.text)))]
    stated = headline_thesis(_script_title(article, simple_of, headline))
    if stated:
        return [SummarySentence(stated, "", role="thesis")] + rest
    return rest
