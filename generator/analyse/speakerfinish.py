"""Speakers as a reader should see them: a person's whole role, the index's spelling of their name.

Each holder is found where the text attributes a sentence, and the role read there is what that
sentence's neighbourhood gives: a later mention repeats only part of it ("美术中心美术总监" after
"盛趣游戏艺术专家委员会执行主席、美术中心美术总监"; "CEO" after "一览科技创始人、CEO"), or writes the
organisation another way ("猫范科技有限公司" beside "猫范（北京）科技有限公司"). The same person in the
same article is one person: every mention shows the fullest role the article gives them, the one
containing the others (brackets aside), as the article writes it.

An OCR'd page may lose the start of a line, and with it the first characters of a role that opens
a paragraph ("…科技高级项目经理" read "技高级项目经理"): a role whose first word is a lone
character that general Chinese hardly writes alone is the tail of a lost word, and goes. Only there:
a role the article writes after other text ("（财联社记者崔铭）") lost nothing, and a role opening on
an organisation's name keeps it: a body or outlet the corpus names elsewhere, a well-known name
(``known_names.yml``), or a name whose next word (as jieba cuts it) ends as an outlet's or a
body's does ("财联社记者": 联社, "钛媒体记者": 媒体).

A name the OCR misread and the index merged into its person ("干洪雷" into "于洪雷": one character
apart, the same person by context) is shown as the index writes it wherever the briefing speaks in
its own words: the generated statement (the speaker tag already names the index's person). The
quotes stay verbatim: they are the source's words, misreading included.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .text import to_simplified

__all__ = ["finish_speakers", "repaired_role", "ocr_variants"]

#: A lone character general Chinese writes alone at most this often (jieba's frequency) opens no
#: role: "技" (1130), "研" (668) are tails of a lost word; "副", "总", "前", "沪" open roles.
_RARE_ALONE = 2000
_BRACKETS = re.compile(r"[（(][^（）()]{1,12}[）)]")


def _known_names() -> frozenset[str]:
    from .namelist import BUILTIN_ALIASES

    return frozenset(n for group in BUILTIN_ALIASES for n in group if len(n) >= 2)


def _opens_line(role: str, text: str | None) -> bool:
    """Whether the article writes ``role`` only where a line starts (None: no text to tell)."""
    if text is None:
        return True
    spots = [m.start() for m in re.finditer(re.escape(role), text)]
    return not spots or all(re.fullmatch(r"[\s>#*\-]*", text[text.rfind("\n", 0, i) + 1:i]) for i in spots)


def _opens_on_name(simple: str, names) -> bool:
    """Whether ``simple`` opens on an organisation's name: one of ``names``, a well-known name, or
    a word of two or more characters jieba's dictionary holds (with the words after it)."""
    import jieba

    if any(len(n) >= 2 and simple.startswith(n) for n in names) or any(simple.startswith(n) for n in _known_names()):
        return True
    # "钛媒体": no dictionary word, but the characters after the first hold one that is an outlet's or
    # body's tail (媒体, 联社, 新闻, 日报 …): the organisation's name runs past the lone character
    rest = next(iter(jieba.cut(simple[1:])), "")
    return len(rest) >= 2 and rest[-1] in _ORG_TAILS


#: Last characters of an outlet's or body's name ("联社", "媒体", "日报", "集团" …).
_ORG_TAILS = frozenset("社体报闻网台刊志所院局会团司部委署厅")


def repaired_role(role: str, script: str = "zh-Hans", text: str | None = None, names=()) -> str:
    """``role`` without a lost word's tail at its start (see the module's note). ``text`` is the
    article's (the role must open a line there), ``names`` the organisations the corpus names."""
    if len(role) < 4 or not re.match(r"[\u4e00-\u9fff]", role):
        return role
    import jieba

    simple = to_simplified(role, script)
    first = next(iter(jieba.cut(simple)), "")
    if len(first) == 1 and jieba.dt.FREQ.get(first, 0) < _RARE_ALONE and len(simple) - 1 >= 3 \
            and _opens_line(role, text) and not _opens_on_name(simple, names):
        return role[1:]
    return role


def _plain(role: str, script: str) -> str:
    return _BRACKETS.sub("", to_simplified(role, script))


def fullest_roles(speakers, scripts: dict[str, str], texts: dict[str, str], names=()) -> dict[tuple[str, str], list[str]]:
    """Per (article, simplified name): every role the article gives the person, repaired, fullest first;
    among equally full, one the article's text writes as it is (its own script)."""
    roles: dict[tuple[str, str], list[str]] = {}
    for sp in speakers:
        if sp.kind != "person" or not sp.role:
            continue
        script = scripts.get(sp.article, "zh-Hans")
        role = repaired_role(sp.role, script, texts.get(sp.article), names)
        key = (sp.article, to_simplified(sp.name, script))
        if role not in roles.setdefault(key, []):
            roles[key].append(role)
    for key, found in roles.items():
        script, text = scripts.get(key[0], "zh-Hans"), texts.get(key[0], "")
        found.sort(key=lambda r: (-len(_plain(r, script)), r not in text, -len(r)))
    return roles


def _fuller(sp, roles: dict, scripts: dict[str, str], texts: dict[str, str], names=()):
    script = scripts.get(sp.article, "zh-Hans")
    if sp.kind != "person" or not sp.role:
        return sp
    own = repaired_role(sp.role, script, texts.get(sp.article), names)
    mine = _plain(own, script)
    for role in roles.get((sp.article, to_simplified(sp.name, script)), ()):
        if mine and mine in _plain(role, script):
            return replace(sp, role=role) if role != sp.role else sp
    return replace(sp, role=own) if own != sp.role else sp


def ocr_variants(entities) -> dict[str, str]:
    """Misread spellings of a person's name the index merged, to the index's name: an alias of the
    same length (two to four Chinese characters) one character apart."""
    out: dict[str, str] = {}
    for e in entities:
        if e.kind != "person" or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", e.name):
            continue
        for alias in e.aliases:
            if len(alias) == len(e.name) and re.fullmatch(r"[\u4e00-\u9fff]+", alias) \
                    and sum(a != b for a, b in zip(alias, e.name)) == 1:
                out[alias] = e.name
    return out


def _named(statement: str, variants: dict[str, str]) -> str:
    for alias, name in variants.items():
        if alias in statement:
            statement = statement.replace(alias, name)
    return statement


def finish_speakers(points, contentions, entities, sentence_speakers, articles):
    """Points and contentions with their speakers' fullest roles and the index's spelling of names,
    and the entities with repaired roles (see the module's note)."""
    scripts = {a.slug: a.script for a in articles}
    texts = {a.slug: "\n".join(b.text for b in a.paragraphs) for a in articles}
    every = [sp for sps in sentence_speakers.values() for sp in sps]
    every += [sp for p in points for sp in p.speakers]
    every += [sp for c in contentions for side in (c.a, c.b) for sp in side.speakers]
    names = {to_simplified(a.outlet, a.script) for a in articles if a.outlet}
    names |= {n for e in entities if e.kind != "person" for n in (e.name, *e.aliases)}
    roles = fullest_roles(every, scripts, texts, names)
    variants = ocr_variants(entities)

    def fix(sps):
        return tuple(_fuller(sp, roles, scripts, texts, names) for sp in sps)

    # (an editor's own wording is left as written)
    points = [replace(p, speakers=fix(p.speakers),
                      statement=p.statement if p.edited else _named(p.statement, variants)) for p in points]
    contentions = [replace(c, a=replace(c.a, speakers=fix(c.a.speakers), statement=_named(c.a.statement, variants)),
                           b=replace(c.b, speakers=fix(c.b.speakers), statement=_named(c.b.statement, variants)))
                   for c in contentions]
    every_text = "\n".join(to_simplified(t, scripts[slug]) for slug, t in texts.items())
    entities = [replace(e, role=repaired_role(e.role, "zh-Hans", every_text, names)) if e.role else e
                for e in entities]
    return points, contentions, entities
