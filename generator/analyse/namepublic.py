"""Government and public bodies in one paragraph, found by their suffix and validated by context,
as a government or diplomacy story names them:

* a ministry, agency, bureau, council or party (``…部``, ``…总署``, ``…局``, ``…厅``, ``…省``,
  ``…委员会``, ``…中心``, ``…党``) after name-like words, taken when the text treats it as a body:
  a place before it (``日本水产厅``, ``中国海关总署``), a reporting or official verb or an
  official's title after it (``外交部副部长…``, ``…署表示``), ``据…统计`` around it, or an
  international opener (``世界卫生组织``, ``太平洋岛国论坛``);
* a place's government, police or authorities (``韩国政府``, ``香港特区政府``, ``韩国警方``); a
  leader's government names the leader (``尹锡悦政府``: a person);
* a named plant or airport (``福岛第一核电站``: a place and its ordinal);
* a party after the word that says what it is (``在野党共同民主党``).

The country or region before a body is kept as written; ``entities`` merges ``中国海关总署`` with
``海关总署`` when the corpus names only one such body. Every scan is a fixed-width look at the
text around one suffix; jieba is called only on that bounded window (the finder's cached cutter).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .namecandidate import Candidate, _inside_title
from .namewords import (GENERIC, SURNAMES, _NOT_START, _PUNCT, _cut, _person_ok, _span_starts, _spans, _surname_name_ok,
                        _token_starts_at,
                        _unknown_or_name, word_tag)

__all__ = ["public_body_candidates", "place_prefix", "OFFICIAL_TITLES"]

#: What ends the name of a public body (longest first).
_BODY_SUFFIXES = ("管委会", "常委会", "委员会", "总署", "政府", "当局", "警方", "大使馆", "领事馆", "组织", "机构", "论坛", "中心",
                  "议会", "国会", "法院", "检察院", "部", "署", "局", "厅", "省", "院", "党")
_BODY_RE = re.compile("(" + "|".join(_BODY_SUFFIXES) + ")")
#: Suffixes that are a place's own body: the place alone before them is the name (韩国政府).
_OF_A_PLACE = ("政府", "当局", "警方", "议会", "国会")
#: Suffixes that need a subject before them, never a place alone (广东省 is a place, 农林水产省 a ministry).
_NEEDS_DOMAIN = ("部", "署", "局", "厅", "省", "院", "党", "中心", "组织", "机构", "论坛", "委员会", "总署", "管委会", "常委会")
#: Openers of an international body's name.
_INTERNATIONAL = re.compile(r"^(?:国际|世界|全球|联合国|亚太|亚洲|欧洲|非洲|美洲|太平洋|大西洋|北极|南极|东盟|阿拉伯)")
#: Titles of officials and heads of bodies: the name after one of them may be foreign
#: (a Japanese name of four characters, a transliteration without a dot).
OFFICIAL_TITLES = ("首相", "外相", "大臣", "长官", "总理", "总统", "副总统", "主席", "部长", "副部长", "局长",
                   "署长", "厅长", "大使", "总干事", "秘书长", "会长", "社长", "发言人", "知事", "市长", "省长",
                   "议员", "党首", "党代表", "主任", "院长", "所长", "校长", "理事长", "负责人", "董事长",
                   "总裁", "行长", "国务卿")
#: What a body does as the subject of its clause.
_BODY_VERBS = (r"表示|称|说|指出|强调|发布|宣布|公布|发表|声明|召见|回应|要求|批评|认为|统计|决定|通报|证实|透露|"
               r"提出|呼吁|确认|估计|预计|介绍|警告|重申|抗议|禁止|暂停|批准|表态|坚持|承诺|通知|提交|证明|检测")
_BODY_VERBS_TUPLE = tuple(_BODY_VERBS.split("|"))
_AFTER_BODY = re.compile(r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:当天|当日|同日|此前|日前|近日|今天|昨天|当晚|随后|也|则|已|还|亦|又|都|再次|曾|早已)*"
                         r"(?:" + _BODY_VERBS + "|" + "|".join(OFFICIAL_TITLES) +
                         r"|的(?:发言人|官员|声明|公告|数据|统计|消息|报告|官网))")
#: Words that make a body's subject a description, not a name ("有关部门", "地方政府").
_VAGUE = {"有关", "相关", "主管", "职能", "地方", "各级", "上级", "当地", "执法", "监管", "政府", "国家", "官方", "该",
          "行政", "对外", "中央", "基层", "管理", "安全", "市场", "研究", "服务", "社会"}
#: Tags of words that can make the subject of a body's name.
_BODY_TAGS = ("n", "nz", "nt", "ns", "j", "vn", "l", "an", "b")
#: A body of the writer's own city, province or district, named by its level's letter and the
#: short form of its domain ("市经信局", "市公安局交通管理局", "区卫健委", "省人大常委会", "县教育局"),
#: a domain of two fields joined by 和 ("市住房和城乡建设局", "县文化和旅游局");
#: a sub-body written right after its parent belongs to the name.
_LOCAL_BODY = re.compile(r"([市省区县])((?:(?:(?![的了是在将被把对从为与及或也都又就还和局厅委办部、，。；：])[\u4e00-\u9fff]){1,6}?和(?![市省区县]))?"
                         r"(?:(?![的了是在将被把对从为与及或也都又就还和、，。；：])[\u4e00-\u9fff]){1,6}?)"
                         r"(管委会|常委会|委员会|局|厅|委(?![会员])|办(?![法理公事]))"
                         r"(?:(?:(?![的了是在将被把对从为与及或也都又就还和有、，。；：])[\u4e00-\u9fff]){2,6}?(?:局|支队|大队|处|中心))?"
                         r"(?![长员会])")
#: The letters a body's name may follow directly: conjunctions, prepositions and the verbs of an
#: official letter ("并商市经信局", "经市政府同意", "由区教育局", "报送市发改委", "抄送：…").
_BEFORE_LOCAL = set("并和与及同或商经由据向对给被在将请报送至会")


def is_generic_domain(domain: str) -> bool:
    """A level's letter and a plain word are no body ("市场|局", "市内|办"): the domain must be a
    short form or a field of government, not a common word of the clause."""
    return domain in ("场", "内", "外", "民", "区", "级", "面", "中", "里") or domain[0] in "场内外民级面中里长"


_FACILITY = re.compile(r"(第[一二三四五六七八九十]{1,3})?(?:核电站|核电厂|发电站|发电厂|机场)")
_PARTY = re.compile(r"(?:在野党|执政党|反对党|政党|第一大党|最大党)([\u4e00-\u9fff]{2,8}?党)(?![\u4e00-\u9fff]?(?:员|派|内|籍))")
_LEADER_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{3})政府")


@lru_cache(maxsize=1 << 14)
def _is_place(tok: str) -> bool:
    """A country, region or city word (jieba's ``ns``, ``…国``, ``特区``)."""
    if word_tag(tok) == "ns":
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[市省县州]", tok):
        return not word_tag(tok)  # "河湾市"; not "超市", "股市", "城市"
    return re.fullmatch(r"[\u4e00-\u9fff]{1,3}国|特区|大陆|内地", tok) is not None \
        and tok not in ("全国", "各国", "该国", "本国", "他国", "两国", "外国", "大国", "强国", "小国", "岛国")


def place_prefix(name: str) -> int:
    """The length of the country or region that opens ``name`` (``中国大陆海关总署`` → 4), or 0."""
    ends = place_ends(name)
    return ends[-1] if ends else 0


def place_ends(name: str) -> list[int]:
    """Where each place word that opens ``name`` ends (``日本东京电力公司`` → [2, 4])."""
    k, ends = 0, []
    toks = _cut(name)
    if toks and not _is_place(toks[0]):  # "中国外交部", "香港特区政府": one word of the dictionary
        toks = next(([name[:j], *_cut(name[j:])] for j in (4, 3, 2) if len(name) - j >= 3 and _is_place(name[:j])), toks)
    for tok in toks:
        if ends and tok in ("市", "省", "县", "州", "区") and k + 1 < len(name):
            k += 1  # "河湾|市"
            ends[-1] = k
            continue
        if not _is_place(tok) or k + len(tok) >= len(name):
            break
        k += len(tok)
        ends.append(k)
    return ends


@lru_cache(maxsize=1 << 14)
def _subject(left: str) -> tuple[str, ...]:
    """The name-like words that end ``left`` (the text before a body's suffix)."""
    toks = list(_cut(left))
    head: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        tag = word_tag(tok)
        inner_and = tok == "及" and head and k > 0 and word_tag(toks[k - 1]).startswith("n")
        if not re.fullmatch(r"[\u4e00-\u9fff]+", tok) or not (tag == "" or tag.startswith(_BODY_TAGS) or inner_and):
            break
        if tag == "" and len(tok) == 1:
            break
        if tag == "" and tok[0] in _NOT_START | {"据", "于", "自", "到"} and len(tok) >= 3:
            head.insert(0, tok[1:])  # "据澜国|渔业厅": the segmenter glued the preposition on
            break
        head.insert(0, tok)
        if sum(map(len, head)) >= 12:
            break
    # a place after a verb starts the name ("专访香港海洋…": the visit is not part of it)
    for k in range(len(head) - 1, 0, -1):
        if _is_place(head[k]) and any(word_tag(t).startswith("v") and not word_tag(t).startswith("vn") for t in head[:k]):
            return tuple(head[k:])
    return tuple(head)


def _glued(text: str, start: int, end: int) -> bool:
    """The suffix at ``start:end`` is part of a longer common word of the paragraph (格局, 内部,
    部门, 党员), not the end of a name; a body's suffix glued to the title after it stays one
    ("生态局局长")."""
    spans, _, _ = _spans(text)
    k = max(0, bisect.bisect_right(_span_starts(text), start) - 1)  # one look-up, no scan of the paragraph
    for a, b, tok in spans[k:k + 3]:
        if a < start < b or a <= start < end < b:
            tag = word_tag(tok)
            if a == start and b > end and text[end:b] in OFFICIAL_TITLES:
                return False
            if b == end and start - a == 1 and tok[0] in "市省县州区国":
                return False  # "河湾|市议会", "市政府": the place's own council
            return bool(tag) and tag not in ("nt", "nz", "j") and not (b == end and len(tok) >= 4)
        if a > end:
            break
    return False


def _add(out: list[Candidate], name: str, why: str = "public") -> None:
    if 3 <= len(name) <= 16 and name[0] not in _NOT_START and not re.search(r"\d", name):
        out.append(Candidate(name, "org", why))


#: What may stand right before a place's name that opens a body's name: a clause's start, a
#: preposition or an official letter's verb (_BEFORE_LOCAL), a reporter's "从", "自", "于".
_BEFORE_PLACE = _BEFORE_LOCAL | set("从自于为是")


def _place_before(text: str, at: int) -> str:
    """The name of a place of two to four characters right before a level's letter at ``at``
    ("青禾|县…局", "河阳|市…局"), when it starts a clause or follows a preposition and its words are
    a place's or unknown to the dictionary (never a verb's: "超市", "城市", "都市" end common words)."""
    for k in (4, 3, 2):
        lo = at - k
        if lo < 0:
            continue
        place = text[lo:at]
        before = text[lo - 1:lo]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", place) or before and re.match(r"[\u4e00-\u9fff]", before) \
                and before not in _BEFORE_PLACE or before not in _BEFORE_PLACE and not _token_starts_at(text, lo):
            continue
        if word_tag(place + text[at]) and not word_tag(place + text[at]).startswith("ns"):
            return ""  # "超市", "城市", "都市": the letter ends a common word
        toks = _cut(place)
        if all(word_tag(t).startswith("ns") or not word_tag(t) and len(t) >= 2 for t in toks) \
                and not any(t in GENERIC or t[0] in _NOT_START for t in toks):
            return place
    return ""


def public_body_candidates(text: str, out: list[Candidate]) -> None:
    """The public bodies, plants, parties and leaders' governments of one paragraph."""
    for m in _BODY_RE.finditer(text):
        suffix = m.group(1)
        if _inside_title(text, m.start()) or _glued(text, m.start(), m.end()):
            continue
        lo = m.start()
        while lo > 0 and m.start() - lo < 16 and text[lo - 1] not in _PUNCT and not text[lo - 1].isdigit():
            lo -= 1
        head = _subject(text[lo:m.start()])
        if not head:
            continue
        name = "".join(head) + suffix
        places = [t for t in head if _is_place(t)]
        rest = [t for t in head if not _is_place(t)]
        if suffix in _OF_A_PLACE:
            if rest and not all(t in ("特区", "联邦", "州", "市", "省") for t in rest):
                continue  # "地方政府", "各国政府"
        elif not any(word_tag("".join(head[k:]) + suffix).startswith("nt") for k in range(len(head))) \
                and (not rest or all(t in GENERIC or t in _VAGUE for t in rest)):
            continue  # "广东省" is a place; "有关部", "研究机构" describe
        start = m.start() - len(name) + len(suffix)
        after = text[m.end():m.end() + 12]
        before = text[max(0, start - 2):start]
        titled = _AFTER_BODY.match(after)
        if suffix == "中心" and titled and not places and not titled.group(0).endswith(_BODY_VERBS_TUPLE) \
                and all(word_tag(t).startswith("n") and word_tag(t) not in ("nt", "nz", "nr") for t in rest):
            continue  # "美术中心负责人": a company's department, named by what it does
        context = (places and head[0] in places and (rest or suffix in _OF_A_PLACE)) \
            or titled is not None \
            or re.search(r"(?:据|根据|由)$", before) is not None \
            or (_INTERNATIONAL.match(name) is not None and len(rest) >= 2) \
            or word_tag(name).startswith("nt")
        if context:
            _add(out, name)
    for m in _LOCAL_BODY.finditer(text):  # "市公安局交通管理局", "区卫健委": the writer's own city's body
        at = m.start()
        prev = text[at - 1:at]
        if _inside_title(text, at) or is_generic_domain(m.group(2).split("和")[-1]):
            continue
        place = _place_before(text, at)
        if place:  # "由青禾县市场监督管理局", "河阳市文化广电和旅游局": the place's own name opens it
            _add(out, place + m.group(0), "public")
            continue
        if prev and re.match(r"[\u4e00-\u9fff]", prev) and prev not in _BEFORE_LOCAL \
                and (not _token_starts_at(text, at) or word_tag(prev + text[at])):
            continue  # "超市|管理局", "湖北省|人大", "经开区|管委会": the level's letter ends another word
        _add(out, m.group(0), "public")
    for m in _FACILITY.finditer(text):  # "福岛第一核电站": a place, its ordinal, a plant
        for size in (4, 3, 2):
            place = text[max(0, m.start() - size):m.start()]
            if len(place) == size and (_is_place(place) or re.fullmatch(r"[\u4e00-\u9fff]{1,3}[县市省州]", place)):
                _add(out, place + m.group(0), "facility")
                break
    for m in _PARTY.finditer(text):  # "最大在野党共同民主党"
        _add(out, m.group(1))
    for m in _LEADER_GOVERNMENT.finditer(text):  # "批评尹锡悦政府": the leader
        name = m.group(1)
        if name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name) and _unknown_or_name(name) \
                and not word_tag(name):
            out.append(Candidate(name, "person", "government"))
