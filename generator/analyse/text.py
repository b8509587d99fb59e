"""Text plumbing for analysis: simplified working copies, sentences with offsets, tokens.

Every sentence keeps the exact span of its paragraph's *original* text, so whatever the analyser
quotes is a verbatim substring of the paragraph, in the article's own script, while matching and
scoring run on a simplified copy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..textutil import jieba_words
from .quotemarks import curly_quotes
from .vecmemo import SERIAL as _SERIAL
from .vecmemo import kept_dot
from .vecmemo import _state as _memo_on

__all__ = ["Sentence", "count_words", "to_simplified", "split_sentences", "tokens", "content_tokens", "idf",
           "cosine", "is_whole_sentence", "cjk_len", "norm", "jieba_module"]

_END = "。！？!?"
_CLOSE = "”」』\"’）)"
#: Pictographs (emoji): in a post or a note they end a sentence as a full stop does ("…一个人都没有😳
#: 查了一下，…"); never kept as the start of the next one.
_EMOJI = "\U0001F300-\U0001FAFF"
_EMOJI_END = re.compile(rf"[{_EMOJI}]+$")
_SENT = re.compile(rf"[^{_END}{_EMOJI}]*?(?:[{_END}{_EMOJI}]+[{_CLOSE}]*|$)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FURNITURE = re.compile(
    r"https?://|www\.|\.mp4|\.png|\.jpg|!\[|【在线播放】|在線播放|传送门|傳送門|扫码|掃碼|"
    r"责任编辑|責任編輯|美术编辑|美術編輯|本报综合|本報綜合|整理$|^[▲◀▶►]"
)
#: a report's bullet ("● 核心观点…", "■ 风险提示：…"): the line after it is read as any line (a bullet over a
#: sentence is content; a short or untermined one still fails the tests below). Arrows (▲ a photo's caption, ► a
#: link) stay furniture.
_BULLET = re.compile(r"^[◆■●]\s*")
#: a question or a headline-like prompt written with a full stop ("如何能保证…。", "…吗。")
QUESTION = re.compile(r"^[“「]?(?:如何|怎样|怎么|为什么|为何|是否|谁能|谁会|哪些|哪个|何时)|(?:吗|呢|么)[。！!]?[”」]?$")
_OPENERS = "“「『\"‘（("
_WS = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s.json")


def to_simplified(text: str, script: str) -> str:
    """A simplified working copy of ``text`` (identity for zh-Hans; t2s otherwise)."""
    if script == "zh-Hans" or not text:
        return curly_quotes(text)
    return curly_quotes(_converted(text))


#: 著 in the words where it keeps its own sense in simplified Chinese (to write, notable, native): everywhere else a
#: traditional text's 著 is the aspect particle 着 ("跟著" → "跟着", "意味著" → "意味着"), which t2s leaves alone.
_ZHU_KEPT = re.compile(r"[显顯土名巨原遗遺专專论論编編卓昭新合拙译譯大所撰遗]著|著(?:名|作|称|稱|述|者|录|錄|书|書|有|于|於)")


def _particles(text: str) -> str:
    """A converted text's aspect particle 著 as 着, the words of 著's own sense kept (``_ZHU_KEPT``)."""
    if "著" not in text:
        return text
    kept = {m.start() + m.group(0).index("著") for m in _ZHU_KEPT.finditer(text)}
    return "".join("着" if ch == "著" and i not in kept else ch for i, ch in enumerate(text))


@lru_cache(maxsize=1 << 16)  # paragraphs, sentences, titles and tables are asked for again
def _converted(text: str) -> str:
    return _particles(_t2s().convert(text))


@lru_cache(maxsize=1)
def _taiwan_to_mainland():
    import opencc

    return opencc.OpenCC("s2t.json"), opencc.OpenCC("tw2sp.json")


@lru_cache(maxsize=1 << 16)
def mainland(word: str) -> str:
    """The mainland word for a word of Taiwan or Hong Kong usage that means the same ("硬体" →
    "硬件", "显示卡" → "显卡", "效能" → "性能"), so that two outlets saying one thing in the
    vocabulary of two regions share its words; a word is mapped only when the mainland word is the
    more common in the segmenter's (mainland) dictionary, so "程序" and "文件" stay what they are.
    Character conversion (``to_simplified``) leaves such words as they were."""
    if len(word) < 2 or not _CJK.search(word):
        return word
    s2t, tw2sp = _taiwan_to_mainland()
    other = tw2sp.convert(s2t.convert(word))
    if other == word or cjk_len(other) < 2:
        return word
    freq = jieba_module().dt.FREQ
    return other if freq.get(other, 0) > freq.get(word, 0) else word


def mainland_tokens(words) -> list[str]:
    """``mainland`` of each word."""
    return [mainland(w) for w in words]


@lru_cache(maxsize=1)
def jieba_module():
    """The jieba module, initialised once (dictionary loaded, logging off)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one paragraph."""

    article: str
    """Article slug."""
    paragraph: str
    """Paragraph id."""
    index: int
    """Position in the article (0-based, over all its sentences)."""
    para_index: int
    """Position of the paragraph in the article (0-based)."""
    start: int
    """Start offset in the paragraph's original text."""
    original: str
    """Verbatim text of the paragraph's original (article's script)."""
    simple: str
    """Simplified working copy."""
    paragraph_original: str
    """The whole original paragraph (for attribution context)."""
    paragraph_simple: str


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split text into sentences on 。！？ and emoji (keeping closing quotes); return (offset, text) pairs."""
    out = []
    curly = curly_quotes(text)  # (straight quotes read as the marks they stand for, one for one)
    for m in _SENT.finditer(curly):
        s = m.group(0)
        if s.strip():
            lead = len(s) - len(s.lstrip())
            out.append((m.start() + lead, s.strip()))
    parts = _rejoin_quotes(out)
    if curly is text:
        return parts
    return [(off, "".join('"' if c in "“”" and text[off + i:off + i + 1] == '"' else c for i, c in enumerate(s)))
            for off, s in parts]


def _rejoin_quotes(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Re-attach a sentence ending inside an open quotation or book title (《…？》) to what
    follows, if short enough."""
    out: list[tuple[int, str]] = []
    for off, s in parts:
        if out:
            poff, prev = out[-1]
            depth = prev.count("“") - prev.count("”") + prev.count("「") - prev.count("」") \
                + prev.count("《") - prev.count("》")
            if depth > 0 and len(prev) + len(s) < 220:
                gap = off - (poff + len(prev))
                out[-1] = (poff, prev + " " * gap + s)
                continue
        out.append((off, s))
    return out


@lru_cache(maxsize=1 << 16)
def cjk_len(text: str) -> int:
    """Number of CJK characters plus Latin words: a length that ignores spacing style."""
    return len(_CJK.findall(text)) + len(re.findall(r"[A-Za-z0-9]+", text))


def norm(text: str) -> str:
    """Whitespace-free form used for matching (spacing style differs between outlets)."""
    return _WS.sub("", text)


@lru_cache(maxsize=1 << 17)  # asked for each sentence by claims, keywords, digests and recruiting
def is_whole_sentence(original: str) -> bool:
    """A sentence a reader can take on its own: terminated, not furniture, not a caption."""
    s = _BULLET.sub("", original.strip(), count=1)
    if not s or _FURNITURE.search(s):
        return False
    # (a post's sentence ends on its pictograph as on a full stop: "…一个人都没有😳")
    s = _EMOJI_END.sub("。", s)
    if s[-1] not in _END and s.rstrip(_CLOSE)[-1:] not in _END:
        return False
    if s.endswith(("？", "?")) or s.rstrip(_CLOSE).endswith(("？", "?")):
        return False
    if QUESTION.search(s):
        return False
    if cjk_len(s) < 12:
        return False
    if s[0] in "，、；：,;:。":
        return False
    return True


@lru_cache(maxsize=1 << 17)
def tokens(simple: str) -> tuple[str, ...]:
    """jieba tokens of a simplified text (whitespace dropped, Latin lower-cased)."""
    return tuple(t.lower() for t in jieba_words(simple) if t.strip())


_STOP = set(
    "的 了 在 是 和 与 及 或 也 都 而 就 将 会 对 为 以 于 中 上 下 这 那 其 之 等 着 被 把 让 从 到 "
    "由 向 但 并 还 又 很 更 最 已 已经 可以 可能 能够 没有 不是 一个 一些 这些 那些 我们 他们 它们 "
    "自己 目前 现在 如果 因为 所以 因此 虽然 但是 然而 不过 此外 同时 以及 通过 进行 表示 认为 指出 "
    "称 说 个 种 次 年 月 日 能 要 有 没 不 人 来 去 做 用 给 等等 之后 之前 以后 以来 其中 "
    "方面 问题 情况 时候 记者 他 她 它 你 我 该 此 如何 什么 怎么 一 二 三 地 得 所 如 比如 例如".split()
)


_MEANING = re.compile(r"[\u4e00-\u9fffa-z]")


def content_tokens(simple: str) -> list[str]:
    """Tokens that carry meaning: not stop words, not punctuation, not bare numbers."""
    return list(_content_tokens(simple))


def is_content(t: str) -> bool:
    """A token that carries meaning (see ``content_tokens``)."""
    return t not in _STOP and bool(_MEANING.search(t)) and not (len(t) == 1 and bool(_CJK.match(t)))


_CLAUSE_END = set("，；：,;:。！？!?")


def clause_tokens(simple: str) -> list[list[str]]:
    """Content tokens per clause of a sentence, from the sentence's own segmentation (no second
    pass of the segmenter over each clause); clauses under 6 characters are left out."""
    return [list(x) for x in _clause_tokens(simple)]


@lru_cache(maxsize=1 << 16)  # a candidate's clauses, again on every analysis of a served site
def _clause_tokens(simple: str) -> tuple[tuple[str, ...], ...]:
    out, cur, size = [], [], 0
    for t in tokens(simple) + ("。",):
        if t in _CLAUSE_END:
            if size >= 6:
                out.append(tuple(x for x in cur if is_content(x)))
            cur, size = [], 0
        else:
            cur.append(t)
            size += cjk_len(t)
    return tuple(out)


@lru_cache(maxsize=1 << 17)
def _content_tokens(simple: str) -> tuple[str, ...]:
    # Each sentence is asked for several times (idf, points, digests, facts): kept once.
    return tuple(t for t in tokens(simple)
                 if t not in _STOP and _MEANING.search(t) and not (len(t) == 1 and _CJK.match(t)))


def idf(docs: list[list[str]], n: int | None = None) -> dict[str, float]:
    """Smoothed inverse document frequency over token lists: ``log((1 + N) / (1 + df)) + 1``, ``N`` the
    number of lists unless given (``idfbase.idf`` gives it on a grid)."""
    df: Counter = Counter()
    for d in docs:
        df.update(set(d))
    n = n or len(docs) or 1
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def vector(toks: list[str], weights: dict[str, float]) -> dict[str, float]:
    """TF-IDF vector of a token list."""
    tf = Counter(toks)
    return {t: c * weights.get(t, 1.0) for t, c in tf.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def unit(v: dict[str, float]) -> dict[str, float]:
    """The vector scaled to length 1 (empty stays empty)."""
    n = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / n for k, x in v.items()} if n else {}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (cosine when both are unit vectors); two vectors kept
    by ``vecmemo`` (a served site's grouping) have their product kept too."""
    if _memo_on["active"] and (sa := _SERIAL.get(id(a))) and (sb := _SERIAL.get(id(b))):
        return kept_dot(sa, sb, a, b, _dot)
    return _dot(a, b)


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # the shared keys' products in the same order (the others add +0.0: the same float), a list
    # instead of a generator: this is the grouping's innermost loop
    return sum([x * y for k, x in a.items() if (y := b.get(k)) is not None], 0.0) if a else 0


def sentences_of(article, simple_of) -> list[Sentence]:
    """All sentences of an article's paragraphs, with offsets into the original text."""
    out: list[Sentence] = []
    k = 0
    for pi, block in enumerate(article.paragraphs):
        psimple = simple_of(block.text)
        for off, s in split_sentences(block.text):
            out.append(Sentence(article=article.slug, paragraph=block.id, index=k, para_index=pi,
                                start=off, original=s, simple=simple_of(s),
                                paragraph_original=block.text, paragraph_simple=psimple))
            k += 1
    return out


def count_words(text: str, words: tuple[str, ...]) -> list[str]:
    """The words of ``words`` that occur in ``text`` (case and spacing ignored), in list order."""
    return list(_found(text, words))


@lru_cache(maxsize=1 << 16)
def _found(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    # a sentence is asked for the same category's words several times over (``claims.classify``)
    low = _low(text)
    return tuple(w for w, n in _normed(words) if n in low)


@lru_cache(maxsize=1 << 12)
def _low(text: str) -> str:
    # a sentence is matched against every category's words in turn: lowered once
    return text.lower().replace(" ", "")


def is_word(token: str) -> bool:
    """A segmenter token of two or more CJK characters (tokens are CJK runs or Latin/digit runs)."""
    return len(token) >= 2 and not token.isascii()


@lru_cache(maxsize=4096)
def _normed(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((w, w.lower().replace(" ", "")) for w in words)
