"""Bylines, credits and editor lines become metadata (author, outlet, editors, credits).

A credit line in any bracket form, or none (``【記者黃郁婷/綜合外電報導】``, ``（记者 王明／北京报道）``,
``〔本报记者 李四〕``) names the author; a later one on the same page (a second piece) goes to
``credits``. A compiled report's credit (``本报综合``, ``【本報綜合報導】``) names nobody: ``credits``.

A byline set off by a bar (``文｜王明``, ``某研究院研究员丨王明``) is one too, in the first screen or
wherever it names the author the source declares."""

import re

from ..headline import heading_like
from ..text import ends_sentence

NAME = "bylines"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_ROLE = r"(?:记者|記者|通讯员|通訊員)"
#: prefix (outlet) + the line's LAST reporter word + separator + names; the last occurrence keeps the
#: reading unambiguous (and the same once spaces are gone).
_BYLINE = re.compile(rf"^[(（]?((?:\s*\S){{0,8}}?)\s*{_ROLE}(?!.*{_ROLE})(\s*[:：]?\s*)({_NAME}(?:[\s、，,]+{_NAME})*)[)）]?$")
#: A date (and time) opening a byline line, set apart by a space.
_DATED = re.compile(r"^\s*(\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}))"
                    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+(?=\S)")
#: A date (and time) closing a byline line, set apart by a bar or wide space ("記者王明／台北報導 ｜ 2023年5月30日 上午 09:45").
_DATED_TAIL = re.compile(r"(?:[ \t\u3000]*[|｜丨·•][ \t\u3000]*|[ \t\u3000]{2,})(\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}))"
                         r"(?:\s*(?:上午|下午|早上|晚上|中午)?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?\s*$")
#: Two credits or more on one line, no brackets: "本报记者 周立　通讯员 韩梅", "记者：王明　实习生：李华".
_PAIR = re.compile(rf"(?:本[报報台网網刊])?(记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|摄像|攝像)\s*[:：]?\s*({_NAME}(?:、{_NAME})*)")
_EDITOR = re.compile(r"(責任編輯|责任编辑|美術編輯|美术编辑|值班编辑|值班編輯|实习编辑|實習編輯|編輯|编辑|责编|責編|校對|校对|審校|审校|"
                     r"审核|審核|终审|終審|签发|簽發|排版|监制|監製|统筹|統籌)\s*[:：丨|｜]\s*([\u4e00-\u9fff·]{2,4})")
#: What may stand around editor credits on their line: brackets, 【纠错】, separators.
_EDITOR_REST = re.compile(r"[\s\u3000【】\[\]（）()|｜丨/、，,;；]|纠错|糾錯")
#: A source line closing a repost or wire ("本文来源：新华快讯", "来源丨晨光日报"): the outlet.
_SOURCE = re.compile(r"^\s*(?:本文)?(?:来源|來源|稿源|出处|出處)\s*[:：丨|｜]\s*([\u4e00-\u9fffA-Za-z0-9·]{2,20})\s*$")
_SOURCE_LABEL = re.compile(r"^(?:本文)?(?:来源|來源|稿源|出处|出處)\s*[:：丨|｜]\s*")
#: A section's own source line in a compilation ("来源：证券财讯网　记者 何振宇", "来源：亚洲观察网",
#: "来源：环球财经日报　驻东京记者 田野"), right under the section's heading.
_SECTION_SOURCE = re.compile(r"^\s*(?:本文)?(?:来源|來源|稿源|出处|出處)\s*[:：丨|｜]\s*[\u4e00-\u9fffA-Za-z0-9·]{2,20}"
                             rf"(?:[\s\u3000]+[\u4e00-\u9fff]{{0,6}}?{_ROLE}\s*{_NAME})?\s*$")
_NO_SOURCE = {"网络", "網絡", "网友", "網友", "互联网", "互聯網", "网络整理", "網絡整理", "综合", "綜合"}
_COMPILED = re.compile(r"^(?:本报综合|本報綜合|综合报道|綜合報道|综合消息|綜合消息|本报讯|本報訊)$"
                       r"|^(?:本[报報刊台站网網])?(?:综合|綜合)(?:外电|外電|外媒|媒体|媒體|各方|各地)?(?:报道|報道|報導|消息)$")
#: A bullet a paper prints before a credit line ("■記者王明／台北報導", "◎文／王明").
_MARK = re.compile(r"^[■□●○◎◆◇▲△★☆▌]\s*")
#: One pair of brackets around a whole credit line ("【本報綜合報導】", "（記者王明／台北報導）").
_WRAP = re.compile(r"^\s*(?:【(.*)】|\[(.*)\]|［(.*)］|〔(.*)〕|（(.*)）|\((.*)\)|〖(.*)〗)\s*$")
#: A reporter's credit with where the report was filed ("記者黃郁婷/綜合外電報導", "记者 王明／北京报道",
#: "本報記者王明 台北報導"): an optional outlet, the role, the names, a bar or space, a place or
#: 综合(外电), and 报道/电.
_FILED = re.compile(rf"^((?:\S){{0,8}}?)\s*{_ROLE}\s*[:：]?\s*({_NAME}(?:[、，,]{_NAME})*)\s*(?:[/／|｜丨]|\s)\s*"
                    r"[\u4e00-\u9fff]{0,8}?(?:报道|報道|報導|专电|專電|特稿|电|電)$")
# Starts after white space (or at the start), never inside a run of it; searched in the line's tail.
_CREDIT = re.compile(rf"(?:^|(?<=\s))(\S{{0,6}}(?:记者|記者){_NAME}(?:整理|制表|製表|摄|攝|供图|供圖))$")
_CREDIT_TAIL = 24  # the longest credit the pattern can match
#: A byline set off by a bar ("文｜王明", "作者丨王明", "某某研究院研究员丨王明"): what comes before the
#: bar ends on a role word; after it, the name alone.
_ROLES = (r"文|作者|撰文|撰稿|撰稿人|记者|記者|编辑|編輯|编译|編譯|主笔|主筆|主编|主編|评论员|評論員|研究员|研究員|"
          r"分析师|分析師|专栏作者|專欄作者|特约作者|特約作者|作家|学者|學者|教授|律师|律師")
_BAR_BYLINE = re.compile(rf"^((?:[\u4e00-\u9fffA-Za-z]{{0,12}}?)(?:{_ROLES}))\s*[丨｜|]\s*"
                         rf"({_NAME}|[A-Za-z][A-Za-z .-]{{1,24}}[A-Za-z])$")
#: The same with a slash, which Taiwanese papers print ("文／王明", "記者/王明", "圖、文／王明"): only
#: after a role word alone (a slash after other words is text: "天文/地理").
_SLASH_BYLINE = re.compile(rf"^(?:[圖图]\s*[、與与]\s*)?(文|作者|撰文|記者|记者|文字|圖文|图文)\s*[/／]\s*({_NAME}|[A-Za-z][A-Za-z .-]{{1,24}}[A-Za-z])$")
_BAR_SCREEN = 8  # blocks of the first screen where such a line is a byline
_ASKS = re.compile(r"^\s*(?:记者|記者)\s*[:：]\s*\S")
_OUTLET_MENTION = re.compile(r"《([\u4e00-\u9fff]{2,8}[报報])》(?:记者|記者)")


#: The page naming itself ("本网记者", "本台记者"): a credit's prefix, never an outlet's name.
_SELF = ("本报", "本報", "本网", "本網", "本台", "本刊", "本站", "本社")
#: What a credit says was done, after the names ("记者 王明 整理"): no name.
_DONE = {"整理", "报道", "報道", "報導", "编译", "編譯", "采写", "採寫", "摄", "攝", "综合", "綜合", "供稿"}


def _names(text: str) -> str:
    """The names of a credit, set apart by 、 (what it says was done left out)."""
    return "、".join(n for n in re.split(r"[\s，,、]+", text.strip()) if n and n not in _DONE)


def _outlet(prefix: str) -> str | None:
    prefix = _SOURCE_LABEL.sub("", _MARK.sub("", prefix.strip("（(")))  # "来源：证券财讯网" names 证券财讯网; "■本报" is 本报
    if prefix and re.search(_ROLE, prefix):
        return None
    if prefix and prefix not in _SELF and prefix.endswith(("报", "報", "社", "台", "网", "網")):
        return prefix
    return None


def _bar_byline(doc) -> None:
    """A bar byline in the first screen, or anywhere when it names the author already known."""
    known = doc.declared.get("author") or doc.meta.get("author")
    with doc.batch():
        for k, b in enumerate(list(doc.blocks)):
            t = _MARK.sub("", b.text.strip()) if b.kind == "line" and len(b.text) <= 40 else ""
            m = (_BAR_BYLINE.match(t) or _SLASH_BYLINE.match(t)) if t else None
            if not m or not (k < _BAR_SCREEN or m.group(2).strip() == known):
                continue
            doc.to_meta(b, "author", m.group(2).strip(), f"byline ({m.group(1)}｜name) → author")


def _credit_line(text: str):
    """``(author, outlet)`` when ``text`` is a credit line in any bracket form (or none): a reporter
    with the place or wire he filed from; ``(None, None)`` for a compiled report ("【本報綜合報導】").
    None otherwise."""
    if len(text) > 40:
        return None
    text = _MARK.sub("", text)
    w = _WRAP.match(text)
    inner = _unwrap(text)
    f = _FILED.match(inner)
    if f:
        prefix = re.sub(r"\s+", "", f.group(1))
        outlet = _outlet(prefix)
        if prefix and not outlet and prefix not in _SELF:
            return None
        return _names(f.group(2)), outlet
    if w and not inner.endswith(("讯", "訊")) and (_COMPILED.match(inner) or _BYLINE.match(inner)):
        m = _BYLINE.match(inner)  # (a bracketed 【本报讯】 is the lead's slug: news_slug's)
        if m and not _COMPILED.match(inner):
            prefix = re.sub(r"\s+", "", m.group(1))
            if not prefix and not m.group(2):
                return None  # "（记者观察）" is a column label
            outlet = _outlet(prefix)
            if prefix and not outlet and prefix not in _SELF:
                return None
            return _names(m.group(3)), outlet
        return None, None  # a compiled report: nobody's name
    return None


def _pairs(text: str) -> list[tuple[str, str]] | None:
    """The (role, names) credits of a line made of two of them or more, set apart by spaces, else None."""
    pos, out, t = 0, [], text.strip()
    while pos < len(t):
        while pos < len(t) and t[pos] in " \t\u3000":
            pos += 1
        m = _PAIR.match(t, pos)
        if not m and out and (n := re.compile(_NAME).match(t, pos)) and (n.end() == len(t) or t[n.end()] in " \t\u3000"):
            out[-1] = (out[-1][0], out[-1][1] + "、" + n.group(0))  # "记者：刘洋　孙一凡": a second name of the role
            pos = n.end()
            continue
        if not m or (m.end() < len(t) and t[m.end()] not in " \t\u3000"):
            return None
        out.append((m.group(1), m.group(2)))
        pos = m.end()
    return out if len(out) >= 2 or out and "、" in out[0][1] else None


def _unwrap(text: str) -> str:
    w = _WRAP.match(text)
    return next((g for g in w.groups() if g is not None), "").strip() if w else text.strip()


def _piece_headline(doc, k: int) -> None:
    """A credit line below the first screen follows the headline of another piece on the page:
    that line (set off by a blank line above it) becomes a heading, so the credit's removal does
    not glue the headline to the piece's first sentence."""
    if k < _BAR_SCREEN:
        return
    head, credit = doc.blocks[k - 1], doc.blocks[k]
    if head.kind == "line" and head.gap > 0 and credit.gap == 0 and heading_like(head.text, 40):
        head.kind, head.level = "h", 2
        doc.record(head.line, head.text, "## " + head.text, "changed",
                   "headline of another piece on the page, right above its credit line → heading")


def _compiled_credit(doc, b, text: str) -> None:
    """A compiled report's credit ("本报综合", "【本報綜合報導】") names no author: it is a credit."""
    doc.meta.setdefault("credits", [])
    doc.to_meta(b, "credits", [] if text in doc.meta["credits"] else text,
                "compiled-report credit (names no person) → credits")


def _credit_to_meta(doc, b, author: str, outlet: str | None, note: str) -> None:
    """The first credit names the author; a later one (a second piece on the page) is kept in
    ``credits``."""
    if outlet:
        doc.meta.setdefault("outlet", outlet)
    if doc.meta.get("author") and doc.meta["author"] != author:
        doc.meta.setdefault("credits", [])
        doc.to_meta(b, "credits", [] if author in doc.meta["credits"] else author, note + " (another piece's credit) → credits")
    else:
        doc.to_meta(b, "author", author, note + " → author")


def _closing(blocks) -> set[int]:
    """ids of the last blocks after the article's last sentence (where credits and a source line
    close a wire or a repost): at most four, none ending a sentence."""
    out: set[int] = set()
    for b in reversed(blocks[-4:]):
        if ends_sentence(b.text):
            break
        out.add(id(b))
    return out


def _section_sources(doc) -> None:
    """A compilation names each section's source under its heading: with two such sections or
    more, every one goes to ``credits`` (with its section), none becomes the article's author or
    outlet (the compiler's own byline gives those)."""
    bl = doc.blocks
    found = [(bl[k - 1], b) for k, b in enumerate(bl) if k and b.kind == "line" and bl[k - 1].kind == "h"
             and len(b.text) <= 48 and _SECTION_SOURCE.match(b.text)]
    if len(found) < 2:
        return
    doc.meta.setdefault("credits", [])
    with doc.batch():
        for head, b in found:
            doc.to_meta(b, "credits", f"{head.text}｜{b.text.strip()}",
                        "a compilation section's source line → credits (with its section heading)")


#: An English byline: "By Hannah Cole", "by J. R. Smith and Ann Lee".
_BY = re.compile(r"^\s*[Bb]y\s+((?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:and|&)\s+(?:[A-Z][\w.'’-]*\s*){1,4})?)\s*$")
#: Where a piece first appeared: "原文：…，刊於 The X Weekly，2024年7月19日", "原载《X报》2024-07-19".
_FIRST_RAN = re.compile(r"(?:刊於|刊于|刊登於|刊登于|原載於|原载于|原載|原载|原刊於|原刊于|載於|载于)\s*《?([^，,。《》]{2,40}?)》?\s*[，,]?\s*"
                        r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)?\s*[。.]?\s*$")
#: A translator's or compiler's credit: "翻譯：林曉彤｜譯讀科技 2024-07-23", "编译：王明".
_TRANSLATED = re.compile(r"^\s*(?:翻譯|翻译|譯者|译者|編譯|编译|譯|译)\s*[:：]\s*\S")


def _header_credits(doc) -> None:
    """The header's credit lines above the text (in a quoted box or not), on any page: an English byline
    (``By …``) → author; where the piece first ran (``刊於 X，date``) → outlet and date when the page
    states none; a translator's line → credits. Each leaves the text (recorded)."""
    from ...readers.meta import iso_date

    for b in list(doc.blocks[:8]):
        if b.kind in ("line", "p") and ends_sentence(b.text) and len(b.text) >= 30:
            return  # the text has begun: a header's credits stand above it
        if b.kind not in ("line", "caption") or len(b.text) > 200 or ends_sentence(b.text):
            continue
        text = b.text.strip().lstrip(">").strip()
        if (m := _BY.match(text)) and len(text) <= 60:
            if not doc.declared.get("author"):
                doc.meta.setdefault("author", m.group(1).strip())
            doc.remove(b, "an English byline (By …) → author", action="metadata")
        elif m := _FIRST_RAN.search(text):
            if not doc.declared.get("outlet"):
                doc.meta.setdefault("outlet", m.group(1).strip())
            if m.group(2) and not doc.declared.get("date") and (d := iso_date(m.group(2))):
                doc.meta.setdefault("date", d)
            doc.meta.setdefault("credits", []).append(text)
            doc.remove(b, "where the piece first ran (刊於 X，date) → outlet, date, credits", action="metadata")
        elif _TRANSLATED.match(text) and len(text) <= 60:
            doc.meta.setdefault("credits", []).append(text)
            doc.remove(b, "the translator's credit → credits", action="metadata")


def apply(doc):
    _header_credits(doc)
    _section_sources(doc)
    _bar_byline(doc)
    # an interview's turns ("記者：謝謝", twice or more) are the reporter speaking, not a byline
    asking = sum(1 for b in doc.blocks if b.kind == "line" and _ASKS.match(b.text)) >= 2
    closing = _closing(doc.blocks)
    with doc.batch():
        for k, b in enumerate(list(doc.blocks)):  # (removals wait for the batch's end: k stays b's index)
            if b.kind != "line" or (asking and _ASKS.match(b.text)):
                continue
            text = b.text
            c = _CREDIT.search(text, max(0, len(text) - _CREDIT_TAIL))
            if c:
                doc.meta.setdefault("credits", [])
                start = c.start()
                while start > 0 and text[start - 1].isspace():
                    start -= 1  # the white space before the credit goes with it
                if start == 0:
                    doc.remove(b, "credit line → credits", action="metadata")
                else:
                    doc.edit(b, start, c.end(), "", "credit at the end of a line → credits")
                if c.group(1) not in doc.meta["credits"]:
                    doc.meta["credits"].append(c.group(1))
                continue
            if len(text) <= 40 and (pairs := _pairs(text)):
                authors = [n for role, names in pairs if role in ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生")
                           for n in names.split("、")]
                others = [f"{role}：{names}" for role, names in pairs if role not in ("记者", "記者", "通讯员", "通訊員",
                                                                                     "实习生", "實習生")]
                if others:
                    doc.meta.setdefault("credits", []).extend(others)
                if authors:
                    doc.to_meta(b, "author", "、".join(authors), "a line of credits (reporters, interns, photographers) → "
                                "author, credits")
                    continue
            credit = _credit_line(text)
            stamp = None
            if not credit and len(text) <= 64:
                # a credit line that also gives the piece's date and time, before or after it
                # ("2023/11/24 14:35  記者王明／台北報導", "記者王明／綜合報導 ｜ 2023年5月30日 上午 09:45")
                head, tail = _DATED.match(text), _DATED_TAIL.search(text)
                rest = text[head.end():] if head else text[:tail.start()] if tail else ""
                c2 = _credit_line(rest) if rest.strip() else None
                if c2 and c2[0]:
                    credit, stamp = c2, (head or tail).group(1)
            if credit:
                _piece_headline(doc, k)
            if stamp:
                from .form_headers import _date
                if (iso := _date(stamp)) and not doc.declared.get("date"):
                    doc.meta.setdefault("date", iso)
            if credit and credit[0] is None:
                _compiled_credit(doc, b, _unwrap(text))
                continue
            if credit:
                _credit_to_meta(doc, b, credit[0], credit[1], "credit line (reporter and where filed; any brackets)")
                continue
            dated = _DATED.match(text) if len(text) <= 48 else None
            if dated and (m := _BYLINE.match(text[dated.end():])) and not m.group(1).strip():
                # a date, then the reporter ("2024年6月3日 記者 何嘉欣"): the date and the author
                from .form_headers import _date
                if (iso := _date(dated.group(1))) and not doc.declared.get("date"):
                    doc.meta.setdefault("date", iso)
                doc.to_meta(b, "author", _names(m.group(3)), "a dated byline → date and author")
                continue
            m = _BYLINE.match(text) if len(text) <= 30 else None  # (the pattern is costly on long lines)
            if m:
                prefix = _MARK.sub("", re.sub(r"\s+", "", m.group(1)))  # (a bullet before the credit: "■本报记者 X")
                outlet = _outlet(prefix)
                if prefix and not outlet and prefix not in (*_SELF, "（", "("):
                    continue
                if not prefix and not m.group(2):
                    continue  # "记者观察" is a column label, not a byline
                if outlet:
                    doc.meta.setdefault("outlet", outlet)
                doc.to_meta(b, "author", _names(m.group(3)), "byline → author")
                continue
            eds = _EDITOR.findall(text)
            if eds and not _EDITOR_REST.sub("", _EDITOR.sub("", text)):
                doc.meta.setdefault("editors", [])
                doc.to_meta(b, "editors", [f"{role}：{name}" for role, name in eds], "editor credits → editors")
                continue
            src = _SOURCE.match(text) if len(text) <= 30 and id(b) in closing else None
            if src and src.group(1) not in _NO_SOURCE:
                doc.meta.setdefault("outlet", src.group(1))
                doc.remove(b, "source line → outlet", action="metadata")
                continue
            if text.strip() in ("【纠错】", "【糾錯】", "[纠错]", "[糾錯]"):
                doc.remove(b, "the site's correction button saved as text")
                continue
            if _COMPILED.match(text):
                _compiled_credit(doc, b, text)
                continue
            if doc.meta.get("author") and text == doc.meta["author"]:
                doc.remove(b, "repeated byline (author name alone on a line)", action="metadata")
                continue
    if "outlet" not in doc.meta:
        mentions = {}
        for b in doc.blocks:
            for m in _OUTLET_MENTION.finditer(b.text):
                mentions[m.group(1)] = mentions.get(m.group(1), 0) + 1
        if mentions:
            best = max(mentions, key=mentions.get)
            if mentions[best] >= 2 and doc.meta.get("author") and not doc.meta["author"].startswith("本"):
                doc.meta["outlet"] = best
