"""People and organisations: from attributions, title+name patterns, org-name patterns and the
editor's list; then every mention of each name is found across all paragraphs."""

from __future__ import annotations

import re
from collections import defaultdict

from .model import Entity, Mention
from .text import Sentence

__all__ = ["find_entities", "SURNAMES"]

#: Common Chinese surnames: a bare 2–3 character name must start with one to count as a person.
SURNAMES = set("李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
               "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
               "龚邵万钱严覃武戴莫孔向汤康靖慎俞吴穆")
_ORG = re.compile(
    r"(?:^|(?<=[，。、；：“”（）《》\s和与及由据向对被在是]))"
    r"([\u4e00-\u9fffA-Za-z0-9]{2,8}?(?:证券|集团|基金|银行|研究院|实验室|委员会|协会|学会|大学|资本|"
    r"公司|科技|网络|传媒|影视|文化|股份))(?![\u4e00-\u9fff]{0,1}(?:股|板块|概念))"
)
_LEAD_WORDS = re.compile(r"^(?:包括|据|比如|例如|如果|以|通过|目前|当前|对|帮助|建议|现任|每天|由|向|与|和|及|"
                         r"其中|另有|此外|随着|作为)+")
_BAD_ORG = re.compile(r"[的了是在将和与等为被这那其些个家位有会理解改编引爆抓取毕业年]|^(?:Sora|AI)|^(?:多|各|该|本|一|全|此|大|国内|海外|头部|上市|"
                      r"初创|创业|科技|网络|集团|公司|相关|主要|知名|优秀|企业|媒体)")
_LATIN_PERSON = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+ (?:\([A-Za-z]+\) )?[A-Z][a-z]+)(?![A-Za-z])")


def find_entities(sentences: list[Sentence], speakers: list[tuple[str, str, str]],
                  tax, roles_found: dict[str, str]) -> list[Entity]:
    """Entities with every mention; ``speakers`` are (name, role, kind) from attributions."""
    alias = {k.replace(" ", "").lower(): v for k, v in tax.aliases.items()}
    ignore = {i.replace(" ", "").lower() for i in tax.ignore}
    kinds: dict[str, str] = {}
    roles: dict[str, str] = {}

    def add(name: str, kind: str, role: str = ""):
        name = name.strip(" “”「」")
        canon = alias.get(name.replace(" ", "").lower(), name)
        if len(canon.replace(" ", "")) < 2 or canon.replace(" ", "").lower() in ignore:
            return
        kinds.setdefault(canon, kind)
        if role and not roles.get(canon):
            roles[canon] = role

    for name, role, kind in speakers:
        add(name, "org" if kind == "org" else "person", role)
    for name, role in roles_found.items():
        add(name, "person", role)
    for o in tax.orgs:
        add(o, "org")
    for p in tax.persons:
        add(p, "person")
    for s in sentences:
        for m in _ORG.finditer(s.simple):
            name = _LEAD_WORDS.sub("", m.group(1))
            if len(name) < 4:
                continue
            if not _BAD_ORG.search(name) and not re.match(r"^\d", name):
                add(name, "org")
        for m in _LATIN_PERSON.finditer(s.simple):
            if m.group(1) in tax.persons:
                add(m.group(1), "person")
    # mentions: every paragraph whose simplified text contains the name or one of its aliases
    spellings: dict[str, list[str]] = defaultdict(list)
    for canon in kinds:
        spellings[canon].append(canon)
    for k, v in tax.aliases.items():
        if v in spellings:
            spellings[v].append(k)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for s in sentences:
        squash = s.simple.replace(" ", "")
        for canon, forms in spellings.items():
            for form in forms:
                f = form.replace(" ", "")
                i = squash.find(f)
                if i < 0:
                    continue
                if re.match(r"[A-Za-z]", f[-1:]) and re.match(r"[A-Za-z]", squash[i + len(f):i + len(f) + 1]):
                    continue
                key = (canon, s.article, s.paragraph)
                if key in seen:
                    break
                seen.add(key)
                surface = _surface(s, form)
                mentions[canon].append(Mention(s.article, s.paragraph, surface))
                break
    # drop names contained in a longer name found in the same paragraphs only (e.g. 证券 parts)
    out = []
    names = [n for n in kinds if mentions.get(n)]
    for n in names:
        longer = [m for m in names if m != n and n in m]
        own = {(x.article, x.paragraph) for x in mentions[n]}
        if longer and all(own <= {(x.article, x.paragraph) for x in mentions[m]} for m in longer) \
                and kinds[n] == "org":
            continue
        out.append(Entity(name=n, kind=kinds[n], mentions=tuple(mentions[n]), role=roles.get(n, "")))
    out.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    return out


def _surface(s: Sentence, form: str) -> str:
    """The name as written in the original text (original script), when offsets line up."""
    if len(s.original) == len(s.simple):
        i = s.simple.find(form)
        if i >= 0:
            return s.original[i:i + len(form)]
    return form
