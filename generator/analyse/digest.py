"""Per-article digests: the summary (``digestsummary.py``), keywords (``keywords.py``), figures,
entities and related coverage, assembled; an editor-pinned summary wins."""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import replace
from collections import Counter, defaultdict

from .digestlines import as_turn, without_dateline
from .digestsummary import summarise
from .digestsections import listed_sections, main_sections, with_lists
from .digestpieces import abstract_paragraphs, closing_section, in_time_order, second_piece, without_likewise
from .digestvoice import named_pronouns, voiced_lines
from .blockauthors import block_authors
from .digestholders import accounts_of, held, turns_of
from .digesthandles import in_labels_only, label_only
from .digestthesis import ARTICLE_LABEL, ORDINAL, not_a_statement
from .digestthread import authors_of, labelled, thread_summary
from .digestverdict import settle
from .digestscale import without_label, without_pictographs
from .keysearch import not_a_term
from .keywords import article_terms, keywords
from .model import Digest, Figure, Related, SummarySentence
from .residue import display_text
from .text import Sentence, cjk_len, norm

__all__ = ["summarise", "keywords", "article_terms", "related", "make_digest", "reading_minutes"]


def reading_minutes(article) -> int:
    """About 400 Chinese characters a minute."""
    chars = sum(cjk_len(p.text) for p in article.paragraphs)
    return max(1, math.ceil(chars / 400))


class CorpusIndex:
    """Who shares what, built once per analysis, so each digest costs the same at any corpus
    size (looking points, figures and entities up per article was quadratic)."""

    def __init__(self, points, figures, entities, n_articles: int) -> None:
        self.points_of: dict[str, list[str]] = defaultdict(list)
        self.articles_of_point: dict[str, set[str]] = {}
        for p in points:
            arts = set(p.articles)
            self.articles_of_point[p.id] = arts
            for a in p.articles:
                self.points_of[a].append(p.id)
        self.figures_of: dict[str, list[Figure]] = defaultdict(list)
        self.figkeys_of: dict[str, set[str]] = defaultdict(set)
        self.articles_of_figkey: dict[str, set[str]] = defaultdict(set)
        for f in figures:
            self.figures_of[f.article].append(f)
            if f.kind != "count":
                self.figkeys_of[f.article].add(f.key)
                self.articles_of_figkey[f.key].add(f.article)
        self.mentions_of: dict[str, Counter] = defaultdict(Counter)
        self.articles_of_entity: dict[str, set[str]] = {}
        self.forms_of: dict[str, set[str]] = defaultdict(set)
        self.bylined_of: dict[str, set[str]] = defaultdict(set)
        self.spellings: dict[str, tuple[str, ...]] = {}
        self.kinds: dict[str, str] = {}
        for e in entities:
            self.spellings[e.name] = (e.name, *e.aliases)
            self.kinds[e.name] = e.kind
            self.articles_of_entity[e.name] = set(e.articles)
            for m in e.mentions:
                if not m.paragraph:  # the article's byline (its outlet or author): not a keyword
                    self.bylined_of[m.article].add(e.name)
                self.mentions_of[m.article][e.name] += 1
                # a role's words ("工业专委会主任") describe a person, they are no keyword either
                self.forms_of[m.article].update((e.name, m.surface, *e.aliases, e.role))
        # Shared by a fifth of a large corpus, a name or figure says nothing about two articles.
        self.common = max(10, n_articles // 5)


#: An item (point, figure, name) shared by more articles than this tells nothing about a pair of
#: them, however large the corpus: it counts for no pair, so each article's related coverage costs
#: at most its items × this many counts and the digests stay linear in the corpus (counting every
#: article of a point cited by a large part of it was quadratic: 10,000 articles did not finish).
RELATED_CAP = 100


def related(slug: str, index: CorpusIndex, limit: int = 8) -> list[Related]:
    """Other articles sharing points, figures or entities with this one, strongest first.

    Counted per other article with C-speed counters over the items shared by at most
    ``min(index.common, RELATED_CAP)`` articles (a fifth of the corpus, at least 10, at most
    ``RELATED_CAP``), and only the ``limit`` strongest get their shared items listed."""
    cap = min(index.common, RELATED_CAP)
    pids = [pid for pid in index.points_of.get(slug, ()) if len(index.articles_of_point[pid]) <= cap]
    figkeys = [key for key in sorted(index.figkeys_of.get(slug, ()))
               if len(index.articles_of_figkey[key]) <= cap]
    names = [name for name in index.mentions_of.get(slug, ())
             if len(index.articles_of_entity.get(name, ())) <= cap]
    n_pts, n_figs, n_ents = Counter(), Counter(), Counter()
    for pid in pids:
        n_pts.update(index.articles_of_point[pid])
    for key in figkeys:
        n_figs.update(index.articles_of_figkey[key])
    for name in names:
        n_ents.update(index.articles_of_entity.get(name, ()))
    scores = {}
    for counts, weight in ((n_pts, 3), (n_figs, 1), (n_ents, 0.5)):
        for other, k in counts.items():
            scores[other] = scores.get(other, 0.0) + weight * k  # a float, as before
    scores.pop(slug, None)
    best = heapq.nsmallest(limit, ((-round(score, 2), other) for other, score in scores.items()
                                   if score > 0))
    out = []
    for neg, other in best:
        # the points these two articles share most particularly first (a point every article
        # makes says little about this pair)
        pts = tuple(sorted((pid for pid in pids if other in index.articles_of_point[pid]),
                           key=lambda pid: len(index.articles_of_point[pid])))
        figs = tuple(sorted(key for key in figkeys if other in index.articles_of_figkey[key]))
        ents = tuple(name for name in names if other in index.articles_of_entity.get(name, ()))
        out.append(Related(other, -neg, pts, figs, ents))
    return out


def make_digest(article, sents: list[Sentence], weights, tax, index: CorpusIndex, slugs,
                simple_of, warnings: list[str], doc_freq: Counter | None = None,
                salient: set | None = None, own=None) -> Digest:
    """Assemble one article's digest; an editor-pinned summary wins over the automatic one.
    ``own``: a stand-in for ``own_digest`` (``digestmemo`` keeps its results across saves)."""
    d = (own or own_digest)(article, sents, weights, tax, index, slugs, simple_of, warnings, doc_freq, salient)
    return replace(d, related=tuple(related(article.slug, index)))


def article_summary(article, sents: list[Sentence], weights, tax, simple_of, warnings: list[str],
                    salient: set | None = None) -> list:
    """The digest's summary: the editor's pinned sentences, else the article's thesis and points."""
    headline = _headline(simple_of(article.title or ""))
    if article.summary:
        summary = []
        for text in article.summary:
            pid = _locate(text, article, simple_of)
            if not pid:
                warnings.append(f"{article.slug}: pinned summary sentence matches no paragraph: {text[:30]}")
            summary.append(SummarySentence(text, pid, pinned=True))
    else:
        comments = article.comment_ids  # readers' comments are no part of what the article argues
        ordered, salient_here = in_time_order(article, [s for s in sents if s.paragraph not in comments], salient)
        # a page of authored blocks (answers, floors, messages) argues through its participants
        authors = authors_of(article)
        voiced = thread_summary(ordered, authors, weights, tax.topic_terms, title=headline,
                                salient=salient_here) if authors else []
        # a line of a chat, a transcript or minutes is its author's view: a sentence from inside the turn is
        # shown under the turn's label, as its first sentence is ("小陈：顶多分走个零头，…")
        turns, accounts = turns_of(article, simple_of), accounts_of(article)
        # a second piece printed in the same source (a signed commentary after the report) is digested
        # apart, under its own title: the report's thesis and conclusion are never the commentary's
        piece = None if voiced else second_piece(article, simple_of)
        apart = set(piece.paragraphs) if piece else set()
        main = [s for s in ordered if s.paragraph not in apart]
        # an article in headed sections: a line for each main section, a list section's its items (``digestsections``)
        sections = [] if voiced else main_sections(article, frozenset(apart) | comments)
        listed = [x for x in sections if x.items]  # (the others are spoken for by one of their sentences)
        summary = [SummarySentence(labelled(_line(s), who), s.paragraph, role=role) for s, role, who in voiced] \
            or [SummarySentence(held(_thesis_line(s) if role in ("thesis", "conclusion") else _line(s), s, turns, accounts),
                                s.paragraph, role=role)
                for s, role in summarise(main, weights, tax.topic_terms, salient=salient_here,
                                         title=headline, abstract=abstract_paragraphs(article, simple_of),
                                         closing=closing_section(article, apart),
                                         sections=tuple((simple_of(x.title), frozenset(x.paragraphs))
                                                        for x in sections if x not in listed),
                                         reserve=len(listed_sections(listed)))]
        summary = with_lists(summary, listed, article)
        if piece and summary:
            summary += piece_lines(piece, [s for s in ordered if s.paragraph in apart], weights, tax, simple_of,
                                   turns, accounts, salient_here)
        # an article written in English (no Chinese summary): its lead and its claims (``englishdigest``); else the
        # thesis line settled on the page's structure: a decision's operative part, a compilation's notice, never
        # furniture, a host's filler or a bylined quote (``digestverdict``)
        from .englishdigest import english_summary
        english = [] if summary else english_summary(ordered)
        if english:
            return english
        # (the second piece's lines stay after the report's, whatever the page's structure settles)
        own = [x for x in summary if x.role not in PIECE_ROLES]
        summary = settle(own, article, simple_of, headline, tuple(tax.topic_terms)) \
            + [x for x in summary if x.role in PIECE_ROLES]
    return summary


#: The roles of a second piece's lines in a digest's summary: its thesis (shown with its title) and its
#: conclusion.
PIECE_ROLES = ("piece_thesis", "piece_conclusion")


def piece_lines(piece, sents: list[Sentence], weights, tax, simple_of, turns, accounts, salient) -> list:
    """A second piece's thesis, under its title ("《大模型高质量发展还要迈过哪些门槛？》：笔者认为，…"), and
    its conclusion, chosen as an article's are."""
    chosen = summarise(sents, weights, tax.topic_terms, salient=salient, title=simple_of(piece.title), k=2)
    out = []
    for s, role in chosen:
        if role not in ("thesis", "conclusion"):
            continue
        text = held(_line(s), s, turns, accounts)
        if role == "thesis":
            out.append(SummarySentence(f"《{piece.title}》：{text}", s.paragraph, role="piece_thesis"))
        else:
            out.append(SummarySentence(text, s.paragraph, role="piece_conclusion"))
    return out


def own_digest(article, sents: list[Sentence], weights, tax, index: CorpusIndex, slugs,
               simple_of, warnings: list[str], doc_freq: Counter | None = None,
               salient: set | None = None, summary_of=None) -> Digest:
    """The digest but its related coverage: what the article's own text and its entries of the
    corpus' tables (weights, document frequencies, the index) make. ``summary_of``: a stand-in
    for ``article_summary`` (``digestmemo`` keeps its results across saves)."""
    headline = _headline(simple_of(article.title or ""))
    summary = (summary_of or article_summary)(article, sents, weights, tax, simple_of, warnings, salient)
    figs = tuple(index.figures_of.get(article.slug, ()))
    counts = index.mentions_of.get(article.slug, Counter())
    ents = tuple(sorted(counts, key=lambda name: -counts[name]))
    # a line that goes on in the voice of the speaker the sentence before it names is shown under their name
    # ("任泽平：未来，…"): its spellings as the article writes them (either script)
    people = [f for e in ents if index.kinds.get(e) == "person"
              for f in dict.fromkeys((e, *index.spellings.get(e, ()))) if len(f) >= 2]
    summary = voiced_lines(summary, sents, people, simple_of)
    # ...and a line that stands for its speaker by a pronoun ("在他看来，…") is given their name
    summary = named_pronouns(summary, sents, people, simple_of)
    whole = "".join(s.simple for s in sents)
    # who posted on a thread (a post under its heading) is no search term; a transcript's or a chat's
    # labelled speaker may be a guest the article is about, and stays one
    posters = {who.name for who, kind, _ in block_authors([article], lambda _slug: simple_of).values()
               if kind == "post"}
    posters |= {simple_of(p) for p in posters}
    # a chat's, a thread's or a comment section's author labels name who wrote, not what it is about; a name
    # another article of the corpus writes too is a public figure or a body, and stays (digesthandles.py)
    paragraphs = list(dict.fromkeys(s.paragraph_simple for s in sents))
    posters |= {e for e in ents if len(index.articles_of_entity.get(e, ())) < 2 and label_only(simple_of(e), paragraphs)}
    kws = keywords(sents, {t.lower() for t in tax.topic_terms}, doc_freq=doc_freq, n_docs=len(slugs),
                   names=[(e, _occurrences(whole, index.spellings.get(e, (e,))),
                           len(index.articles_of_entity.get(e, ()))) for e in ents
                          if e not in index.bylined_of.get(article.slug, ()) and e not in posters],
                   forms={simple_of(f) for f in index.forms_of.get(article.slug, ())},
                   title=headline, people={e for e in ents if index.kinds.get(e) == "person"},
                   summary=simple_of("".join(s.text for s in summary)),
                   topic=tuple(dict.fromkeys(simple_of(t) for t in tax.topic_terms)))
    kws = [k for k in kws if _searchable(k, sents) and not not_a_term(k) and not in_labels_only(simple_of(k), paragraphs)]
    pts = tuple(index.points_of.get(article.slug, ()))
    return Digest(article=article.slug, summary=tuple(summary), figures=figs, entities=ents,
                  keywords=tuple(kws), points=pts, related=(),
                  reading_minutes=reading_minutes(article))


#: What sets a page's toolbar or menu apart: wide spaces, bars, bullets.
_MENU_SEP = re.compile(r"(?:[\u3000|｜·•□☑>＞<＜]|\s{2,})[\s\u3000|｜·•□☑>＞<＜]*")


def _headline(title: str) -> str:
    """The title, unless it is a page's menu or toolbar taken for one ("登录　注册　手机版", "搜索结果：X
    ｜ 综合　实时　热门", "2023年9月18日　星期一　只看重要"): three items or more set apart by wide spaces,
    runs of spaces or bars (a headline's single spaces between clauses are no menu), two of them
    interface words or a checkbox among them. Its words then say nothing of what the article argues."""
    items = [x.strip() for x in _MENU_SEP.split(title.strip()) if x.strip()]
    if len(items) < 3:
        return title
    ui = sum(1 for x in items if _UI_WORD.fullmatch(x) or _UI_MARK.search(x))
    return "" if re.search(r"[□☑■✓]", title) or ui >= 2 else title


#: A page's interface words (a menu, tabs, a toolbar), in any site's chrome: a newsletter's own title
#: set apart by bars ("3 月航海 | X 交流 | 资讯合集") has none of them.
_UI_WORD = re.compile(r"(?:登录|登陆|注册|手机版|首页|搜索|发现|发布|通知|消息|我|我的|上一页|下一页|刷新|自动刷新|只看重要|"
                      r"综合|实时|热门|最新|视频|图片|分享|收藏|评论|关注|设置|帮助|客户端|下载|更多|菜单|导航|"
                      r"新闻|财经|体育|科技|娱乐|国际|国内|军事|汽车|房产|"
                      r"登錄|註冊|首頁|搜尋|發現|發佈|訊息|重新整理|熱門|影片|圖片|評論|新聞|財經|體育|娛樂|國際|國內)")
#: An interface phrase inside an item ("搜索结果：X", "我<返回上一页").
_UI_MARK = re.compile(r"搜索结果|返回上一页|自动刷新|只看重要|手机版|登录|注册")


#: A reference mark set in a sentence ("…服务平台[1]。", "…成色[2-3]", "[13][16]"): the page's
#: apparatus, whatever the form (an encyclopedia, a paper, a report); a summary line reads without it.
_REF_MARK = re.compile(r"\[\d{1,3}(?:\s*[-–—,，、]\s*\d{1,3})*\]")


def _line(s: Sentence) -> str:
    """A summary line as it reads alone: no dateline, no reference marks, no article number or
    ordinal opening it ("第二条从2030年1月1日起，…" → "从2030年1月1日起，…": the number points into a
    text the digest does not show), no cashtags, and a repost's words under their writer."""
    text = without_dateline(_unmarked(display_text(as_turn(s.original))))
    stamp = _STAMP.match(text)  # a message's stamp ("2024/4/2 21:08:02 阿琳：…"): the export's, not the words
    text = text[stamp.end():] if stamp and cjk_len(text[stamp.end():]) >= 8 else text
    label = ARTICLE_LABEL.match(text) or ORDINAL.match(text)
    text = text[label.end():] if label and cjk_len(text[label.end():]) >= 8 else text
    if "$" in text:  # a platform's cashtags ("$中国人寿(SH601628)$"): markup around names, not words
        bare = _CASHTAG.sub("", text).strip()
        text = bare if cjk_len(bare) >= 8 else text
    # a repost that adds nothing ("A：//@B：words"): the words are B's
    chain = _EMPTY_REPOST.match(text)
    text = f"{chain.group(1)}：{text[chain.end():]}" if chain and cjk_len(text[chain.end():]) >= 8 else text
    return without_pictographs(without_label(text))  # "导语：…", "…💦": the page's furniture and decoration


#: A date and a clock time opening a line, as a chat export or a log stamps each message.
_STAMP = re.compile(r"^\s*[\[【(（]?\d{4}[/.-]\d{1,2}[/.-]\d{1,2}[\sT]+\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?\s*")
#: A cashtag: a name or a code between dollar signs, as stock forums write them.
_CASHTAG = re.compile(r"\$[^$\s]{1,30}\$")
#: A reposter's label followed at once by the repost chain: the reposter wrote nothing of their own.
_EMPTY_REPOST = re.compile(r"^[^：:/\s]{1,20}[：:]\s*//\s*@([^：:/\s]{1,20})[：:]\s*")


def _thesis_line(s: Sentence) -> str:
    """A thesis or conclusion line: a speaker said to agree with the one before is shown without the adverb
    that points back ("于洪雷同样认为，…" → "于洪雷认为，…"): the line is read apart from that one."""
    return without_likewise(_line(s))


def _unmarked(text: str) -> str:
    """A summary line without the reference marks set in it."""
    return _REF_MARK.sub("", text) if "[" in text else text


#: A word that says when or how long, not what ("短期内", "近期", "此前", "三年来"): no search term.
_TIME_WORD = re.compile(r"^(?:短期|长期|近期|中期|此前|此后|目前|当前|今后|日前|近日|以来|期间)"
                        r"|(?:内|期间|以来|以后|之后|之前|前后)$"
                        # a day named by the week or by today ("上周五", "周二", "本星期", "昨晚", "下午")
                        r"|^(?:[上下本这]个?)?(?:周|星期|礼拜)[一二三四五六日天末]?$|^(?:今|昨|前|明|后)(?:天|日|晚|早|年)$"
                        r"|^[上下中]午$|^(?:凌晨|傍晚|深夜|当晚|当天)$")
#: A document's kind or its procedure ("公告", "通知", "有关规定", "相关事项"): what the paper is, not what
#: it is about; and a magnitude glued to a measure word ("万杯", "亿元"), a figure's piece.
_PAPER_WORD = re.compile(r"^(?:公告|通知|通报|简报|报告|周报|日报|月报|快讯|摘要|纪要|议程|清单|名单|实录|全文|声明|函)$"
                         r"|^(?:有关|相关|上述|前述|本次|此次|该项)"
                         r"|^[万亿千百][\u4e00-\u9fff]$")
#: The body's own voice ("我局", "我市", "本公司", "本台"): who writes, not a subject.
_SELF_NAME = re.compile(r"^(?:我|本)[\u4e00-\u9fff]{1,2}$")


#: A code, not a name: letters and five digits or more ("SH601628", "600519"); a reader searches the name.
_CODE = re.compile(r"[A-Za-z]{0,4}\d{5,}(?:\.[A-Za-z]{1,3})?")
#: A pronoun or a word for people in general, which jieba tags as a noun ("大家", "人家", "咱们").
_PRONOUN_WORD = re.compile(r"大家|大伙|大伙儿|人家|别人|咱们|自己|各位|诸位|本人|对方")
#: Written Cantonese's grammar: its particles and pronouns (嘅 咗 唔 喺 佢 冇 啲 嘢 嚟 咩 囉 㗎 噉 哋 咁 乜 嗰 𠮶)
#: and its copula after an adverb ("即系", "真系", "都系", "唔系"): words of a sentence, never a search term.
_CANTONESE = re.compile(r"[嘅咗唔喺佢冇啲嘢嚟咩囉㗎噉哋咁乜嗰𠮶]|^[即真都就又仲咪先唔][系係]$")


def _searchable(word: str, sents: list[Sentence]) -> bool:
    """A keyword a reader would search for: not a word of time, not the writer's self-reference, and
    not a word the article uses mostly to address its reader or listener (a salutation: "观众朋友，…",
    "姐妹们！！", "各位家长：…"), by where it stands rather than what it says."""
    if _TIME_WORD.search(word) or _SELF_NAME.match(word) or _PAPER_WORD.search(word):
        return False
    if _CODE.fullmatch(word) or _PRONOUN_WORD.fullmatch(word) or _CANTONESE.search(word) or not_a_statement(word):
        return False  # a stock code, "大家", a Cantonese function word, "谢谢大家"
    if _handle_only(word, sents):
        return False
    if not re.search(r"[\u4e00-\u9fff]", word):
        return True
    low = word.lower()
    where = [s.simple.lower().lstrip("“「（( \u3000") for s in sents if low in s.simple.lower()]
    if not where:
        return True  # a name written only in the title or another spelling
    # a vocative: the word opens the sentence (after 各位/亲爱的/在座的) and a comma or an exclamation follows
    # (the word starts within the first four characters: only such a sentence is matched, so the
    # pattern, one per word, is compiled only when one is there)
    opening = [t for t in where if t.find(low) <= 3]
    if not opening:
        return True
    w = re.escape(low)
    vocative = re.compile(rf"^(?:(?:各位|亲爱的|在座的|尊敬的){w}们?[，,！!：:]|[\u4e00-\u9fff]{{0,2}}?{w}们?[，,！!])")
    addressed = sum(1 for t in opening if vocative.match(t))
    return addressed * 2 < len(where)


def _handle_only(word: str, sents: list[Sentence]) -> bool:
    """A commenter's handle: a name the thread writes in a reply ("A回复B：…", "回复@B", "@B") and
    otherwise only as a comment's label ("B：…"), never in what anyone says. Who posted is no search
    term; a transcript's guest, labelled but never replied to, stays one."""
    low = word.lower()
    texts = [s.simple.lower() for s in sents if low in s.simple.lower()]
    if not texts or not any("回复" in t or "回应" in t or "@" in t for t in texts):
        return False  # every reply form below has one of the two (and compiling is the cost)
    w = re.escape(low)
    # (a forum's "回应X的回复：" is a reply too)
    reply = re.compile(rf"回复\s*@?[^：:\s，。]{{0,8}}?{w}\s*[：:]|{w}\s*回复|@{w}|回应\s*@?{w}[^：:\s，。]{{0,12}}?的?回复")
    if not any(reply.search(t) for t in texts):
        return False
    label = re.compile(rf"{w}\s*(?=回复)|回复\s*@?[^：:\s，。]{{0,8}}?{w}\s*[：:]|@{w}|回应\s*@?{w}"
                       rf"|^\s*[^：:\s，。]{{0,6}}?{w}\s*(?:[：:]|[\[【]?\s*关注)")
    return sum(len(label.findall(t)) for t in texts) >= sum(t.count(low) for t in texts)


def _occurrences(text: str, spellings) -> int:
    """How many times the article writes a name (any of its spellings)."""
    return sum(text.count(x) for x in set(spellings) if x)


def _locate(text: str, article, simple_of) -> str:
    """Paragraph id whose text contains (most of) an editor's sentence; '' if none."""
    target = norm(simple_of(text)).strip("。！？")
    if not target:
        return ""
    best, best_score = "", 0.0
    grams = {target[i:i + 2] for i in range(len(target) - 1)}
    for p in article.paragraphs:
        ps = norm(simple_of(p.text))
        if target in ps:
            return p.id
        if grams:
            score = sum(1 for g in grams if g in ps) / len(grams)
            if score > best_score:
                best, best_score = p.id, score
    return best if best_score >= 0.6 else ""
