"""A document's parts assign its voices (issue 13, property 1).

General phenomenon: in a document made of parts (a judgment, an arbitral award, a hearing's record), a
label at a part's head that names a party and a verb of saying ("原告X诉称：", "被告辩称：", "X公司向本院提出
诉讼请求：", "本院经审理查明：", "本院认为，", "判决如下：") makes what follows that party's, until the next
such label; the text inside a part is not the writer's. Parties are read off the document's own roster
("原告：X，住所地…", "被告：Y，男，…", "X（以下简称Y）") and the body that speaks as "本院/本庭/本委" off its
header ("…人民法院 民事判决书"). A role word that is not a name ("被告", "本院", "法定代表人", "被告所" of
"被告所称") is never a speaker: it takes its party's name when the roster gives exactly one, else nobody.

Pure functions of the paragraph texts (simplified), linear in their length: ``parts`` reads the roster and
the heads once per article; ``resolve`` says who a sentence is, given what the frames found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Parts", "parts", "ROLE_WORD"]

#: A party's role in a proceeding (the longest first: "被上诉人" before "上诉人", "原审被告" before "被告").
_PARTY = ("再审申请人", "被再审申请人", "仲裁申请人", "仲裁被申请人", "申请执行人", "被申请执行人", "原审原告", "原审被告",
          "原审第三人", "被上诉人", "上诉人", "被申请人", "申请人", "被申诉人", "申诉人", "被执行人", "公诉机关", "被告人",
          "自诉人", "起诉人", "答辩人", "第三人", "原告", "被告")
#: Who acts for a party: a role, never the party's voice, never a name.
_AGENT = ("委托诉讼代理人", "委托代理人", "诉讼代理人", "法定代理人", "指定代理人", "法定代表人", "主要负责人", "负责人",
          "辩护人", "代理人")
#: How a body that decides names itself in its own document.
_SELF = ("本院", "本庭", "合议庭", "本委", "仲裁庭", "本机关", "原审法院", "一审法院", "二审法院", "法院")
_P = "|".join(_PARTY)
_A = "|".join(_AGENT)
#: A role word alone, or followed by "所" ("被告所称"): a role, never a speaker.
ROLE_WORD = re.compile(r"^(?:" + _P + "|" + _A + "|" + "|".join(_SELF) + r")(?:一|二|三|四|之一|之二)?所?$")
#: A roster line: "原告：X，住所地…", "上诉人（原审被告）：Y，男，…" (the name up to the first pause or bracket).
_ROSTER = re.compile(r"(?:^|(?<=[。；\s\u3000）)号]))(" + _P + "|" + _A + r")(?:[一二三四])?(?:（[^（）]{1,12}）)?[：:][ \u3000]*"
                     r"([^，,。；：:（()）\s\u3000]{2,40}?)(?=[，,。；（(]|$)")
#: "X（以下简称Y）", "（下称Y）": Y is X's short form (X: the roster name the words before end on).
_SHORT = re.compile(r"[（(](?:以下|下)?简?称[“\"]?([^（()）“”\"，,]{2,12})[”\"]?[）)]")
#: A party named by its role word just before its short form ("原告深圳某公司（以下简称某公司）").
_NAMED = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]|与|和|及|诉))(" + _P + r")([^，,。；：:（()）“”\s与和及诉]{2,30})$")
#: The deciding body in the header ("广东省深圳市南山区人民法院 民 事 判 决 书", "某仲裁委员会 裁决书").
_BODY = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:人民法院|法院|仲裁委员会))[\s\u3000]*"
                   r"(?:(?:民|刑|行|执)[\s\u3000]*(?:事|政|行)[\s\u3000]*)?(?:判|裁|调|决)[\s\u3000]*(?:决|定|解)[\s\u3000]*书")
_SAY = (r"(?:向(?:本院|本庭|本委|法院|仲裁委)?)?(?:提出(?:诉讼|上诉|再审|仲裁)?请求|诉称|辩称|答辩称|上诉称|述称|申请称|陈述称|"
        r"补充称|辩解称|质证认为|辩论认为|认为|主张|陈述|辩解|请求|意见(?:为|是)?)")
#: A party's head: "原告X诉称：", "被告辩称：", "X公司向本院提出诉讼请求：" (at a paragraph's or a sentence's start).
_HEAD_PARTY = re.compile(r"(?:^|(?<=[。！？；\n]))(?:(" + _P + r")(?:[一二三四])?)?([^，,。；：:“”「」\s]{0,40}?)(?:的)?"
                         + _SAY + r"[：:，,]")
#: The body's own head: "本院经审理查明：", "本院认为，", "经审理查明：", "判决如下：".
_HEAD_SELF = re.compile(r"(?:^|(?<=[。！？；\n]))(?:(?:本院|本庭|本委|合议庭|仲裁庭)(?:经审理|审理|经审查|经审查认为)?"
                        r"(?:查明|认定|认为|确认)|经审理查明|另查明|(?:综上|据此)[^。；]{0,80}?(?:判决|裁定|裁决|决定)如下)[：:，,]")
#: A decision's operative words run into a paragraph ("…规定，判决如下：一、…").
_DECIDES = re.compile(r"(?:判决|裁定|裁决|决定)如下[：:]")
#: The signature block ends the body's part ("审 判 长 X", "书记员 Y", the date in characters).
_SIGNED = re.compile(r"^(?:审[\s\u3000]*判[\s\u3000]*长|审[\s\u3000]*判[\s\u3000]*员|人民陪审员|书[\s\u3000]*记[\s\u3000]*员|"
                     r"仲[\s\u3000]*裁[\s\u3000]*员|首席仲裁员|[〇零一二三四五六七八九]{4}年)")


@dataclass
class Parts:
    """What one article's parts say about its voices."""

    parties: dict[str, str] = field(default_factory=dict)
    """Role word → the one party the roster names for it ("被告" → "刘某华"); a role with two is absent."""
    roles: dict[str, str] = field(default_factory=dict)
    """Party name (full or short) → its role word."""
    short: dict[str, str] = field(default_factory=dict)
    """Short form → full name ("游科公司" → "深圳市游科互动科技有限公司")."""
    body: str = ""
    """The deciding body that speaks as "本院" ("…人民法院"), or ''."""
    heads: dict[int, list[tuple[int, str, str]]] = field(default_factory=dict)
    """Paragraph index → the parts opening in it: (offset, holder's name, role word); name '' ends a part."""
    roster: set[int] = field(default_factory=set)
    """Paragraph indexes holding the roster (lines listing parties: no one's speech)."""

    def holder_at(self, pno: int, at: int, carried: tuple[str, str] | None) -> tuple[str, str] | None:
        """Whose part covers offset ``at`` of paragraph ``pno`` (``carried``: the part the paragraph opens in)."""
        cur = carried
        for off, name, role in self.heads.get(pno, ()):
            if off <= max(at, 0):
                cur = (name, role) if name else None
        return cur

    def name_of(self, word: str) -> str:
        """The party or body a role word or a short form stands for, or '' (a role word naming none: nobody)."""
        w = word.strip()
        if w in self.short:
            return self.short[w]
        if w in self.roles:
            return w
        bare = re.sub(r"(?:[一二三四]|之一|之二)?所?$", "", w)
        if bare in _SELF or bare in ("本院", "本庭", "本委"):
            return self.body
        return self.parties.get(bare, "")


def parts(texts: list[str]) -> Parts | None:
    """The roster, body and part heads of a document made of parties' parts, or None for any other document
    (at least one party named in a roster, and a head naming a party or the body: a judgment's shape)."""
    got = Parts()
    seen: dict[str, set[str]] = {}
    for pno, t in enumerate(texts):
        for m in _ROSTER.finditer(t):
            role, name = m.group(1), m.group(2)
            got.roster.add(pno)
            if role in _PARTY and not re.search(r"[的某]{2}|^[某]|等$", name):
                seen.setdefault(role, set()).add(name)
                got.roles.setdefault(name, role)
        for m in _SHORT.finditer(t):
            before = t[max(0, m.start() - 40):m.start()]
            named = _NAMED.search(before)
            if named and named.group(2) not in got.roles:  # "原告X（以下简称Y）": the case's opening names the party
                seen.setdefault(named.group(1), set()).add(named.group(2))
                got.roles[named.group(2)] = named.group(1)
            full = _full_of(before, got.roles)
            if full:
                got.short.setdefault(m.group(1), full)
                got.roles.setdefault(m.group(1), got.roles[full])
        if not got.body and pno < 6:  # (a header: in the document's first lines, read no further than its top)
            b = _BODY.search(t[:3000])
            if b:
                got.body = b.group(1)
    got.parties = {r: next(iter(ns)) for r, ns in seen.items() if len(ns) == 1}
    if not got.roles:
        return None
    for pno, t in enumerate(texts):
        heads = []
        if _SIGNED.match(t):
            heads.append((0, "", ""))
        for m in _HEAD_SELF.finditer(t):
            heads.append((m.start(), got.body, "") if got.body else (m.start(), "", ""))
        for m in _DECIDES.finditer(t):
            if not any(h[0] <= m.start() and h[1] == got.body for h in heads):
                heads.append((m.start(), got.body, "") if got.body else (m.start(), "", ""))
        for m in _HEAD_PARTY.finditer(t):
            who = _party(m.group(1), m.group(2), got)
            if who:
                heads.append((m.start(), who, got.roles.get(who, m.group(1) or "")))
        if heads:
            got.heads[pno] = sorted(set(heads))
    return got if got.heads else None


def _full_of(text: str, roles: dict[str, str]) -> str:
    """The roster's name that ``text`` (the words before "（以下简称…）") ends on, or ''."""
    for name in roles:
        if text.endswith(name):
            return name
    return ""


def _party(role: str | None, named: str, got: Parts) -> str:
    """The party a head names: its name (full or short form), or its role word's one party; '' if unsure."""
    named = named.strip()
    if named:
        named = re.sub(r"^(?:" + _P + r")", "", named)
        if named in got.short:
            return got.short[named]
        if named in got.roles:
            return named
        return ""  # "原告的委托诉讼代理人…认为", a name the roster does not give: not a part's head
    return got.parties.get(role, "") if role else ""


def part_speakers(slug: str, paras: list[tuple[str, list]], current: dict, orig, starts, voice) -> dict:
    """Who each sentence of one article is, by its parts: ``{(article, index): (Speaker,) or ()}``, the
    changes only (``()``: nobody). ``paras``: (paragraph id, its sentences) in order; ``current``: what the
    frames found; ``orig(porig, psimple, name)``: a name's original spelling (``orig(psimple, porig, name)``:
    its simplified one); ``starts``: sentence offsets; ``voice(name, role)``: the taxonomy's voice group.

    Inside a part, a sentence no frame attributes is the part holder's; a frame naming a role word or a
    party's short form is that party's; any other named holder keeps their words. Anywhere, a role word
    the roster does not resolve is nobody, and a roster line is no one's speech."""
    from .model import Speaker

    texts = [ps[0].paragraph_simple for _, ps in paras]
    got = parts(texts) if any(_ROSTER.search(t) for t in texts) else None
    out: dict = {}

    def make(name: str, role: str, pid: str, porig: str, psimple: str) -> Speaker:
        kind = "org" if re.search(r"(?:公司|法院|委员会|集团|中心|局|厅|部|社|所|院|会|厂|店|行|校|馆|站)$", name) else "person"
        o = orig(porig, psimple, name)
        g = voice(name, role)
        return Speaker(name=o, role=orig(porig, psimple, role) if role else "", article=slug, paragraph=pid,
                       kind=kind, group=g[0], group_label=g[1])

    carried: tuple[str, str] | None = None
    for pno, (pid, psents) in enumerate(paras):
        psimple, porig = psents[0].paragraph_simple, psents[0].paragraph_original
        at_list = starts(psimple, psents)
        for s, at in zip(psents, at_list):
            key = (s.article, s.index)
            cur = current.get(key, ())
            holder = got.holder_at(pno, at, carried) if got else None
            if got and pno in got.roster and not got.heads.get(pno) and _ROSTER.match(s.simple):
                if cur:
                    out[key] = ()  # "被告：X，住所地…": the roster lists a party, no one speaks
                continue
            if cur:
                name = orig(psimple, porig, cur[0].name)  # (its spelling in the simplified copy: the same span read back)
                if ROLE_WORD.match(name) or (got and name in got.short):
                    # ("被告所称“…”系…": what a party claimed, named as the subject of the part holder's own finding)
                    full = got.name_of(name) if got and not name.endswith("所") else ""
                    if full:
                        out[key] = (make(full, got.roles.get(full, ""), pid, porig, psimple),)
                    elif holder and holder[0]:
                        out[key] = (make(holder[0], holder[1], pid, porig, psimple),)
                    else:
                        out[key] = ()  # "被告表示…" with no roster naming the one 被告: nobody
                continue
            if holder and holder[0]:
                out[key] = (make(holder[0], holder[1], pid, porig, psimple),)
        if got:
            carried = got.holder_at(pno, 1 << 30, carried)
    return out


#: A party's request to the tribunal ("…提出诉讼请求：1.判令被告…", "2.判令被告赔偿…", "请求驳回原告的诉讼请求…"),
#: not the case's fees, an appeal's terms or the interest on late payment (procedure whoever states it).
_REQUEST = re.compile(r"(?:诉讼|仲裁|上诉|申请)请求(?:如下)?[：:]|^(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}[、.．])?\s*"
                      r"(?:请求(?:法院|本院|贵院|仲裁庭|仲裁委)?(?:依法)?(?:判令|裁决|驳回|撤销|改判|酌情)|判令)")
_NOT_REQUEST = re.compile(r"受理费|诉讼费|仲裁费|不服本|迟延履行|上诉于")


def held_request(simple: str, held: bool) -> bool:
    """Whether a sentence read as procedure is a party's request that its part names the party of
    (``held``: the sentence has a speaker): then it is that party's claim, its side of the case."""
    return held and bool(_REQUEST.search(simple)) and not _NOT_REQUEST.search(simple)
