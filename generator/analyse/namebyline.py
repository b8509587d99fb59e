"""The articles' outlets and authors (from their metadata) listed with the names found in the text,
merged with the same names there; a reporter's role says whose reporter."""

from __future__ import annotations

import re

from .model import Entity, Mention
from .namecitations import CITED_AUTHOR
from .namecodes import EPISODE
from .namemerge import key as _key

__all__ = ["add_bylines"]


def add_bylines(entities: list[Entity], bylines, blocked, credits=()) -> list[Entity]:
    """Outlets and authors from the articles' metadata, merged with the same names in the text;
    ``credits`` (article, name, kind, role) are the names a page's credit lines give
    (``namecredits``), listed the same way."""
    by_name = {}
    for e in entities:
        for n in (e.name, *e.aliases):
            by_name[_key(n)] = e
    extra: dict[str, list] = {}
    spelled: dict[str, str] = {}
    # an outlet given as a web address ("https://www.x.com.tw/news/…") names no one: its pieces are no names
    bylines = [(article, "" if _ADDRESS.search(outlet or "") else outlet, author) for article, outlet, author in bylines]
    # a publication written in title marks before the kind of piece ("《观潮周刊》访谈实录"): the publication
    bylines = [(article, m[1] if (m := _TITLED_OUTLET.fullmatch((outlet or "").strip())) else outlet, author)
               for article, outlet, author in bylines]
    given = [(article, ((outlet, "org", ""), (author, "person", ""))) for article, outlet, author in bylines]
    given += [(article, ((name, kind, role),)) for article, name, kind, role in credits]
    outlet_of = {article: outlet for article, outlet, _ in bylines}
    for article, values in given:
        outlet = outlet_of.get(article, "")
        for value, kind, credit in values:
            parts = re.split(r"[、,，/／;；]\s*|\s+(?=[\u4e00-\u9fff])|\s+(?:and|&)\s+", EPISODE.sub("", value or "")) if not credit else [value]
            # an author's title written beside the name in the byline ("秦朗、汽车产业评论员、专栏作家"): the
            # person's role, never a person of its own
            titled = [p.strip() for p in parts if kind == "person" and not credit and _titled(p.strip())]
            for name in (p for p in parts if p.strip() not in titled):
                name = _STAMP_TAIL.sub("", name).strip()
                if credit == "handle" and _ROLE_BEFORE.match(name):  # "记者　张晓晴": the role, then the person
                    credit, name = _ROLE_BEFORE.match(name).group(1), _ROLE_BEFORE.match(name).group(2)
                if not name or _key(name) in blocked or "**" in name or "＊＊" in name \
                        or not (credit == "handle" or _byline_name(name, kind)):  # ("陈**": a name the page masks)
                    continue
                e = by_name.get(_key(name)) or by_name.get(_key(_REGISTERED.sub("", name)) if kind == "org" else "")
                mention = Mention(article, "", name)
                full = kind == "person" and _full_role(credit)
                if e is not None:
                    fresh = all(m.article != article or m.paragraph for m in e.mentions)
                    if fresh or (full or titled) and not e.role:
                        i = entities.index(e)
                        e = entities[i] = Entity(e.name, e.kind, e.mentions + ((mention,) if fresh else ()),
                                                 e.role or (credit if full else "、".join(titled)), e.aliases, e.forms)
                        for n in (e.name, *e.aliases):
                            by_name[_key(n)] = e
                    continue
                name = spelled.setdefault(_key(name), name)  # "港股快讯 HK…" and "港股快讯　HK…": one spelling
                core = _REGISTERED.sub("", name) if kind == "org" else ""
                if core and core != name and core in extra:
                    continue  # the outlet "港岛日报" and its footer's "港岛日报有限公司": listed once
                if mention not in extra.setdefault(name, [kind, [], ""])[1]:
                    extra[name][1].append(mention)
                if full and not extra[name][2]:
                    extra[name][2] = credit  # a signature's "宏远投顾研究部资深分析师": whose and what, as written
                elif titled and not extra[name][2]:
                    extra[name][2] = "、".join(titled)  # the byline's own words for its author
                elif kind == "person" and outlet and not _SELF.search(outlet) and not extra[name][2]:
                    # the byline says whose author ("河阳日报 作者"), a credit whose clerk or photographer;
                    # a masthead that names no publisher ("行业点评报告") says only the role
                    whose = "" if _DOCUMENT_KIND.search(outlet.strip()) or _clause(outlet.strip()) \
                        or credit == CITED_AUTHOR else f"{outlet.strip()} "  # (a cited paper's author is no one's staff)
                    extra[name][2] = "" if credit == "handle" else f"{whose}{credit or '作者'}"
                elif kind == "person" and credit and credit != "handle" and not extra[name][2]:
                    extra[name][2] = credit
    outlets = {article: outlet.strip() for article, outlet, _ in bylines
               if outlet and outlet.strip() and not _SELF.search(outlet)}  # ("本网 摄影" says nothing)
    for i, e in enumerate(entities):  # "（记者 周正阳）": whose reporter, from the article's outlet
        arts = {m.article for m in e.mentions}
        if e.kind == "person" and e.role in _NEWSROOM_ROLES and len(arts) == 1 and outlets.get(next(iter(arts))):
            entities[i] = Entity(e.name, e.kind, e.mentions, f"{outlets[next(iter(arts))]} {e.role}", e.aliases, e.forms)
    for name, (kind, mentions, role) in extra.items():
        glossed = _GLOSSED.fullmatch(name) if kind == "org" else None
        if glossed and _key(glossed[1]) not in by_name:  # "港闻点评 HKPoint": the outlet, its English as 又作
            e = Entity(glossed[1], kind, tuple(mentions), role=role, aliases=(glossed[2], name), forms=(name,))
            entities.append(e)
            continue
        e = Entity(name, kind, tuple(mentions), role=role, forms=(name,))
        entities.append(e)
        by_name[_key(name)] = e
    entities.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    return entities


#: A post's date and time glued after its author ("阿潘说时事2024年9月14日上午10:32"): the stamp is no part of the name.
_STAMP_TAIL = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])\s*(?:(?:19|20)\d{2}\s*[年/.-]\s*)?\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*[上下]午|\s*\d).{0,12}$"
                         r"|(?<=[\u4e00-\u9fffA-Za-z])\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月.{0,16}$")
#: A company's registered form after its name ("港岛日报有限公司" in a footer is the 港岛日报 of the text).
_REGISTERED = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
_TITLED_OUTLET = re.compile(r"[《〈]([^》〉]{2,20})[》〉]\s*[\u4e00-\u9fff]{0,8}")
_ADDRESS = re.compile(r"https?://|www\.|\.(?:com|net|org|cn|tw|hk)\b")


#: Roles that belong to the newsroom of the article they are read in.
_NEWSROOM_ROLES = frozenset(("记者", "编辑", "责任编辑", "责编", "美编", "美术编辑", "作者", "撰文", "摄影", "校对", "审校", "审核", "主编", "特约记者", "实习记者"))


def _full_role(credit: str) -> bool:
    """A credit's role that names where its person works before the title ("青江航运调度科高级工程师",
    a mail's signature), not a credit line's label alone ("摄影", "本报记者", "高级分析师")."""
    from .namecredits import _ROLE_TITLES

    title = next((t for t in _ROLE_TITLES if credit.endswith(t)), "") if credit and credit != "handle" else ""
    return bool(title) and len(credit) >= len(title) + 4 and re.fullmatch(r"[\u4e00-\u9fff]+", credit) is not None


#: A newsroom role before a person's name in a credit line read whole ("记者　张晓晴", "特约撰稿 麦浩贤").
_ROLE_BEFORE = re.compile(r"^(记者|特约记者|实习记者|编辑|责任编辑|责编|美编|作者|撰文|撰稿|特约撰稿|摄影|摄像|校对|主编|通讯员)"
                          r"[\s\u3000:：]+([\u4e00-\u9fff]{2,4})$")


#: An outlet that names no one: the page's own newsroom ("本网"), an unknown one.
_SELF = re.compile(r"^\s*(?:本[报刊网台站社]|未知|佚名)\s*$")


#: A paper's kind as its masthead prints it ("行业点评报告", "公司深度研究", "会议纪要"): no publisher.
_DOCUMENT_KIND = re.compile(r"(?:报告|点评|研报|简报|纪要|白皮书|蓝皮书|说明书|深度研究|专题研究|通知|公告|通报)$")


#: An outlet's Chinese name and its English one side by side ("港闻点评 HKPoint", "港股快讯　HK Market Flash").
_GLOSSED = re.compile(r"([\u4e00-\u9fff]{2,12})[\s\u3000]+([A-Za-z][A-Za-z0-9 .&-]{1,40})")


#: A page of a site named beside the site's name ("LIHKG 讨论区", "某网 财经频道"): no outlet of its own.
_SITE_PART = re.compile(r"(?:讨论区|论坛|社区|频道|首页|专栏|栏目|版面|主页|博客|网页版)")


def _byline_name(name: str, kind: str) -> bool:
    """An outlet or author name, not "本报综合", "记者", "未知"."""
    if kind == "org" and _SITE_PART.fullmatch(name):
        return False
    if re.search(r"综合|编辑|整理|记者|通讯员|未知|佚名|来源|本[报刊网台站]|网友", name):
        return False
    from .namecreditmarks import CREDIT_LABELS

    if name in CREDIT_LABELS:
        return False  # "阎书豪、摄像、查卫东": a credit's label between the names
    from .namewords import word_tag

    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and word_tag(name).startswith(("v", "a", "d")):
        return False  # "简介", "发现": a page's button or tab beside the byline, no outlet or author
    if re.search(r"第\s*[\d〇一二三四五六七八九十百千]+\s*[期号號版卷集回]", name):
        return False  # "第1021期": an issue of the magazine, read from its title line
    if kind == "org" and _DOCUMENT_KIND.search(name):
        return False  # "行业点评报告": the kind of the paper, read from its masthead, names no publisher
    if kind == "org" and _clause(name):
        return False  # "雪球 · 聪明的投资者都在这里": the site's slogan beside its name, a clause
    if kind == "person" and re.fullmatch(r"[\u4e00-\u9fff]{3,4}", name) and _phrase(name):
        return False  # "关注作者": a button's words beside the byline
    if kind == "person":
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}", name))
    return 2 <= len(name) <= 20


def _titled(part: str) -> bool:
    """A title as a byline writes it beside a name ("专栏作家", "汽车产业评论员", "资深记者"): a profession's
    word closes it after two characters or more (never a surname and a title, "王记者"), or stands alone."""
    from .namevocab import TITLES

    if not re.fullmatch(r"[\u4e00-\u9fff]{2,16}", part) or part in ("网友", "用户"):
        return False
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if part.endswith(t)), "")
    return bool(title) and (part == title or len(part) >= len(title) + 2)


def _clause(name: str) -> bool:
    """Two or more function words (的, 都, 在, 这里, 和 …): a sentence, no outlet's name."""
    from .namewords import _cut, word_tag

    return re.fullmatch(r"[\u4e00-\u9fff]{5,}", name) is not None and \
        sum(1 for t in _cut(name) if word_tag(t).startswith(("u", "d", "p", "r", "c"))) >= 2


def _phrase(name: str) -> bool:
    """Two or more words of the dictionary, none a name ("关注|作者")."""
    from .namewords import _cut, word_tag

    toks = _cut(name)
    return len(toks) >= 2 and all(len(t) >= 2 and word_tag(t) and not word_tag(t).startswith("nr") for t in toks)
