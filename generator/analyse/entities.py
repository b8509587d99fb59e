"""People, organisations and products: candidates validated by context (``namefind``), the
editor's names file and the built-in cross-script spellings; spellings of one entity merged
(谷歌 = Google, 中信建投 = 中信建投证券, Open AI = OpenAI); then every mention of every spelling
found in every paragraph, in one pass."""

from __future__ import annotations

import re
from collections import defaultdict

from ..greetings import GREETING_NO_NAME
from .model import Entity
from .namewords import _TR, _cut, _inside_word
from .namefind import _TECH_WORDS, SURNAMES, Candidate, enumeration_candidates, find_candidates
from .nameabbrev import contraction_candidates
from .nameaccounts import MENTION_ALL as _MENTION_ALL
from .namecodes import EPISODE, class_list_candidates, client_only, client_stamps, is_ticker, ticker_candidates
from .namebyline import add_bylines
from .namewire import wire_reporters
from .namecredits import anonymous_people, role_employer_candidates, text_credits
from .namenot import is_level
from .namecorpus import settle, topic_names
from .namecommon import same_role_variants, without_class_nouns
from .namecaption import caption_people, unglued
from .namedict import dictionary_names
from .nameextent import fix_extents, shared_works
from .namelist import BUILTIN_ALIASES, BUILTIN_KIND, NameList, merge_lists
from .namemerge import key as _key, merge_spellings
from .namepaired import paired_extents
from .nametitled import DATELINE_HEAD, coordinated_people, fused_title
from .namebilingual import bilingual_links
from .nameorgs import (abbreviation_candidates, employer_candidates, short_form_candidates,
                       subject_candidates, unit_candidates)
from .namementions import with_mentions
from .namevalid import descriptive, kind_of
from .nametype import without_kinds_of_body, without_plural_bodies
from .nameplace import without_place
from .nameevent import is_event
from .namesubunit import sub_unit_candidates
from .namesourcetag import PAGE as _SITE_PAGE, source_tag_candidates
from .namegiven import latin_given_names
from .namerules import kind_votes, edition_links, family_candidates, owned_candidates, service_candidates, first_name_links, family_name_candidates, nickname_candidates, romanised_candidates
from .namewords import word_tag
from .text import Sentence

__all__ = ["find_entities", "SURNAMES"]

#: A function word glued before a name by the segmenter ("因端传媒" → 端传媒).
_FUNCTION_START = set("因在对和与向被将把据从由为让给及或跟而但并有是")


#: A greeting or thanks ("谢谢大家回应", "大家好"): the words of a turn, no name.
_GREETING = GREETING_NO_NAME
#: A verb of citing or saying opening the words ("援引数据", "据悉"): a clause, no name.
_CITING = re.compile(r"(?:援引|引用|引述|据悉|据称|表示|指出|称)")
#: An English sentence's opening word ("Could Hong Kong follow…", "The Wuhan…"): a headline, no name.
_EN_OPENER = re.compile(r"(?:Could|Would|Should|Will|Can|Does|Did|Is|Are|Was|Were|How|Why|What|When|Where|Who|The|A|An|"
                        r"In|On|At|For|If|But|And|As|As|This|That|These|Those)\s")
#: A verb and its result opening the words ("改完基金", "卖掉股票"): a clause, no name.
_DONE_VERB = re.compile(r"[\u4e00-\u9fff][完掉]")

#: The writer's locator before a body on the other side of a strait or border ("大陆国家防汛抗旱总指挥部",
#: "内地国家卫健委" as Taiwan's and Hong Kong's press write it): no part of the body's name.
_LOCATOR = re.compile(r"(?:中国大陆|大陆|内地)(?=(?:国家|中央|国务院|中国)[\u4e00-\u9fff]{2})")

#: A paper's or a case's number: letters, a year and a serial ("GL-YQ-2024-0916", "ZX/2023/117").
_SERIAL = re.compile(r"[A-Za-z]{1,8}(?:[-/_][A-Za-z]{1,8})*[-/_](?:19|20)\d{2}[-/_]\d{2,6}")
#: A collective that speaks ("陆媒", "外媒", "港媒", "警方", "校方"): a region's or an institution's
#: one character before media or side, no person.
_COLLECTIVE = re.compile(r"[\u4e00-\u9fff][媒方]")


def _collective(name: str) -> bool:
    """"陆媒", "警方": a collective ("李方" is a person: the dictionary reads 警方 as a noun)."""
    return bool(_COLLECTIVE.fullmatch(name)) and (name[1] == "媒" or word_tag(name) == "n")


_NICKNAME = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)\s*[（(]([A-Z][a-z]+)[）)]\s*([A-Z][a-z]+)(?![A-Za-z])")


def find_entities(sentences: list[Sentence], speakers: list[tuple[str, str, str]],
                  tax=None, roles_found: dict[str, str] | None = None,
                  names: NameList | None = None,
                  extra: tuple[tuple[str, str, str, str], ...] = (),
                  bylines: tuple[tuple[str, str, str], ...] = (),
                  credits: tuple[tuple[str, str, str, str], ...] = ()) -> list[Entity]:
    """Entities with every mention.

    ``extra`` holds (article, anchor, simplified text, original text) of headings and tables,
    searched like paragraphs. ``speakers`` and ``roles_found`` (from the attributions) are not
    needed any more: the finder reads the same contexts itself, with stricter checks.
    ``bylines`` are (article, outlet, author) from the articles' metadata (simplified): the
    outlet and the author are listed too, with a mention whose paragraph is '' (the byline), and so
    are ``credits`` (article, name, kind, role): the credit lines the cleaner took out of the page
    (``namecredits.credit_names``)."""
    names = merge_lists(names or NameList(), tax)
    blocked = {_key(b) for b in names.block}
    paragraphs: dict[tuple[str, str], tuple[str, str]] = {}
    for s in sentences:
        if (s.article, s.paragraph) not in paragraphs:  # once per paragraph, not once per sentence of it
            paragraphs[(s.article, s.paragraph)] = (_unshared(_unlinked(_dotted(s.paragraph_simple))), s.paragraph_original)
    for article, anchor, simple, original in extra:
        paragraphs.setdefault((article, anchor), (_unlinked(simple), original))
    corpus_text = "\n".join(simple for simple, _ in paragraphs.values())
    # a document number's prefix ("武交函〔2024〕87号", "京政发[2023]5号") names a series of papers, no one
    blocked |= {_key(m.group(1)) for m in _DOC_NUMBER.finditer(corpus_text)}

    found: dict[str, list[Candidate]] = defaultdict(list)

    def take(c: Candidate) -> None:
        name = c.name.strip(" “”「」‘’\"'")
        if c.why != "editor" and EPISODE.search(name):
            name = EPISODE.sub("", name)  # "拐点电台 · EP.87": the programme
        if c.why != "editor" and ("某" in name or "**" in name or "＊＊" in name):
            return  # "华中某高校", "王某", "陈**": a body or a person the text leaves unnamed (or masks)
        if c.why != "editor" and len(name) >= 4 and _OFFICIAL_SIDE.search(name):
            name = _OFFICIAL_SIDE.sub("", name)  # "瑞幸官方宣布": the company's own side, the company
        if len(name.replace(" ", "")) < 2 or _key(name) in blocked or c.why != "editor" and (is_level(name) or is_ticker(name)):
            return  # (a stock code names the company before it, never an entry of its own)
        if c.why not in ("editor", "builtin", "handle") and c.kind == "org" and _LOCATOR.match(name):
            name = name[_LOCATOR.match(name).end():]  # "大陆国家防汛抗旱总指挥部": where the writer stands, then the body
        if c.why not in ("editor", "builtin", "handle") and c.kind == "org" and len(_SITE_PAGE.sub("", name)) >= 2:
            name = _SITE_PAGE.sub("", name)  # "外交部网站", "江城晚报官网": the owner's page, the owner
        if c.why not in ("editor", "builtin", "handle") and is_event(name):
            return  # "男篮世界杯", "进口博览会": what happens (a competition, a fair), not who acts (an account's handle may be any words)
        if c.why not in ("editor", "builtin") and _SERIAL.fullmatch(name):
            return  # "GL-YQ-2024-0916": a paper's number (letters, its year, a serial), no product
        if c.why not in ("editor", "builtin") and (_MENTION_ALL.fullmatch(name) or c.kind == "person" and _collective(name)):
            return  # "@所有人": a platform's mention of everyone; "陆媒说", "警方称": a collective, no person
        if c.why not in ("editor", "builtin") and (_GREETING.match(name) or _CITING.match(name) or _EN_OPENER.match(name) or _DONE_VERB.match(name) and word_tag(name[0]).startswith("v")):
            return  # "谢谢大家", "改完基金": a greeting, a verb and its result, never a name
        role = DATELINE_HEAD.sub("", c.role) if c.role else c.role  # "环亚社布鲁塞尔9月19日电（记者李静文）部长": the title
        fused = fused_title(name) if c.why not in ("editor", "builtin", "handle") else None
        if fused:  # "欧盟委员会主席冯德莱恩（Ursula von der Leyen）": the person, the words before the title their role
            name, role, kind = fused[1], role or fused[0], "person"
        else:
            kind = c.kind
        found[name].append(c if (name, role, kind) == (c.name, c.role, c.kind) else Candidate(name, kind, c.why, role, c.alias))
        alias = c.alias.strip()
        if alias and _key(alias) not in blocked and alias not in found and not is_ticker(alias):
            short = c.why == "bracket" and len(alias) < len(name) and re.fullmatch(r"[\u4e00-\u9fff]+", alias + name)
            found[alias].append(Candidate(alias, c.kind, "short-form" if short else c.why, alias=name))

    shares: dict[str, set[str]] = defaultdict(set)
    wired: set[str] = set()
    for (article, _), (simple, _) in paragraphs.items():
        for c in find_candidates(simple):
            take(c)
            if c.why == "share":
                shares[c.name].add(article)
        for c in (*ticker_candidates(simple), *class_list_candidates(simple)):  # "$中国人寿(SH601628)$": the company
            take(c)
        for c in source_tag_candidates(simple):  # "……［来源：第一财经］": the outlets an item credits
            take(c)
        for c in wire_reporters(simple):  # "记者林怡萱台北2日电": the name ends where the dateline's place begins
            take(c)
            wired.add(c.name)
        for name, kind, role in text_credits(simple):  # "韩雪摄" under a photo, "抄送：…" left in the text
            take(Candidate(name, kind, "handle", "") if role == "handle" else Candidate(name, kind, "credit", role))
    captions = caption_people(paragraphs)  # "同期：孙涛东海证券城东营业部总经理“…”": a person and a role
    for person, _ in captions:
        take(person)
    for name in wired:  # "林怡" cut from 林怡萱 by a title's guess: every "林怡" of the corpus is inside 林怡萱
        for short in [n for n in found if n != name and name.startswith(n) and all(c.kind == "person" for c in found[n])]:
            if corpus_text.count(short) == corpus_text.count(name):
                name_role = next((c.role for c in found[short] if c.role), "")
                del found[short]
                if name_role:
                    found[name].append(Candidate(name, "person", "wire", name_role))
    for _, name, kind, role in credits:  # a body's account ("北辰应急救援队：…") named in the text too: its mentions
        if kind == "org" and role == "handle" and len(name) >= 4 and name in corpus_text:
            take(Candidate(name, "org", "handle"))
    for s in sentences:
        for tok in dictionary_names(s.simple):
            take(Candidate(tok, "person", "dictionary"))
    for kind in ("person", "org", "product"):
        for name in getattr(names, kind):
            take(Candidate(name, kind, "editor"))
    for group in BUILTIN_ALIASES:
        for spelling in group:
            if _occurs(spelling, corpus_text, paragraphs):
                take(Candidate(spelling, BUILTIN_KIND.get(group[0], "org"), "builtin"))
    for spelling, canon in names.aliases.items():  # the editor's own pairs: found wherever either stands
        kind = names.kind_of(canon) or (kind_votes(found[canon]) if canon in found else "org")
        for s in (canon, spelling):
            if _occurs(s, corpus_text, paragraphs):
                take(Candidate(s, kind, "editor"))
    for simple, _ in paragraphs.values():
        for m in _NICKNAME.finditer(simple):  # "William（Bill）Peebles": one person, two first names
            first, nick, last = m.group(1), m.group(2), m.group(3)
            take(Candidate(f"{nick} {last}", "person", "bracket", alias=m.group(0)))
            take(Candidate(f"{first} {last}", "person", "bracket", alias=f"{nick} {last}"))
    for c in topic_names(tax, paragraphs):  # the service or product the corpus is about
        take(c)
    for c in shared_works(paragraphs):
        take(c)
    known = {n: kind_of(cs, names, [n]) for n, cs in found.items()}
    for simple, _ in paragraphs.values():
        for c in enumeration_candidates(simple, known):
            take(c)
    for rule in (family_candidates, romanised_candidates, service_candidates, owned_candidates,
                 short_form_candidates, abbreviation_candidates, contraction_candidates, employer_candidates,
                 unit_candidates, subject_candidates, role_employer_candidates, sub_unit_candidates, coordinated_people):
        for c in rule(dict(found), paragraphs):
            take(c)
    scoped: dict[str, set[str]] = defaultdict(set)  # a nickname names someone in its article only
    for article, c in (*nickname_candidates(dict(found), paragraphs), *family_name_candidates(dict(found), paragraphs)):
        if c.name not in found or all(x.why in ("nickname", "family-name") for x in found[c.name]):
            scoped[c.name].add(article)
        take(c)
    for article, c in anonymous_people(dict(found), paragraphs):  # "旅客陈女士说": this article's 陈女士
        if c.name not in found:
            scoped[c.name].add(article)
        take(c)
    for name, articles in shares.items():  # "日本水产(Nissui)收跌": elsewhere 日本水产 is Japan's fish
        if all(c.why == "share" or c.why == "bracket" and c.alias for c in found[name]) and descriptive(name):
            scoped[name] |= articles

    stamps = client_stamps(corpus_text)
    for name in [n for n, cs in found.items() if stamps and all(c.why in ("latin", "camel") for c in cs)]:
        if client_only(name, corpus_text, stamps):  # "来自雪球iPhone客户端": the post's client, no name
            del found[name]
    for name in [n for n, cs in found.items() if all(c.why not in ("editor", "builtin") and c.kind != "person" for c in cs)]:
        if name + "指数" in corpus_text and corpus_text.count(name + "指数") == corpus_text.count(name):
            del found[name]  # "申万银行指数" wherever it stands: an index named after a sector, no body
    after_mou = {corpus_text[i + 1:i + 1 + k] for i in (m.start() for m in re.finditer("某", corpus_text)) for k in range(2, 13)}
    for name in [n for n in found if n in after_mou]:
        if corpus_text.count(name) == corpus_text.count("某" + name) and all(c.why != "editor" for c in found[name]):
            del found[name]  # "某高校交通学院" wherever it stands: a body the text leaves unnamed
    linked = "\n".join(original for _, original in paragraphs.values())  # (the simple copies lost their links)
    for name in [n for n, cs in found.items() if all(c.why not in ("editor", "builtin") for c in cs)]:
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]+", name) and linked.count(name) and \
                len(re.findall(re.escape(name) + r"\s*[：:]?\s*(?:https?://|www\.)", linked)) == linked.count(name):
            del found[name]  # "iOS：https://…": a link's label on the page's furniture, no name
        elif re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]+", name) and re.search(rf"_{re.escape(name)}|{re.escape(name)}_", corpus_text) \
                and not re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", corpus_text, re.A):
            del found[name]  # "Kevin" of "Kevin_Lin" only: a piece of an account's handle, no name of its own
    found = unglued(found, captions)  # "周铭杰宏信证券" read across a caption: the person, then the body
    found = paired_extents(found, corpus_text)  # "田中健一（Tanaka Kenichi）", "人力资源和社会保障部"
    listed = set(found)  # "以青禾文旅投资" when a list of the corpus names 青禾文旅投资 itself
    resolved = settle(found, corpus_text, paragraphs, blocked,
                      lambda n, corpus: n[1:] if n[:1] in _FUNCTION_START | {"以"} and len(n) >= 5 and n[1:] in listed
                      else _resolve_start(n, corpus))
    found = _shop_names(fix_extents(_split_glued_latin(dict(resolved)), paragraphs), corpus_text)
    found = without_class_nouns(found, corpus_text)  # "都是黄牛": a class of people; "白宫：": its government
    found = without_kinds_of_body(found)  # "定点医院", "家长委员会": a kind of body, not one
    found = without_plural_bodies(found, corpus_text)  # "全国哨点医院", "巨灾保险制度": many bodies, a scheme
    found = without_place(found, corpus_text)  # "美国通用汽车" is 通用汽车, "美商霍尼韦尔" is 霍尼韦尔
    found = latin_given_names(found)  # "林佩君Peggy" is 林佩君
    links = first_name_links(found, paragraphs)  # "Sam" alone = Sam Altman of the same article
    found = _drop_first_names(found, keep=links)
    groups = merge_spellings(found, names)
    bilingual_links(found, paragraphs, groups)  # "许文博" / "Xu Wenbo" on a page in two languages
    from .namechairs import same_chair_links  # one committee named two ways, one chair of both
    for a, b in same_chair_links([n for n, cs in found.items() if kind_votes(cs) == "org"], paragraphs):
        groups.union(a, b)
    for a, b in same_role_variants(found):  # "苏利文" and "沙利文", both the White House's security adviser
        groups.union(a, b)
    for first, full in (*links.items(), *edition_links(found).items()):
        if first in found and full in found:
            groups.union(first, full)
    members: dict[str, list[str]] = defaultdict(list)
    for n in found:
        members[groups.find(n)].append(n)
    for spelling, canon in names.aliases.items():
        if canon in found or groups.find(canon) in members:
            members[groups.find(canon)].append(spelling) if spelling not in found else None
    entities = with_mentions(members, found, names, paragraphs, scoped)
    return add_bylines(entities, bylines, blocked, credits)


#: The separators of a transliterated name other than · ("丹尼尔．霍尔", "丹尼爾‧霍爾" as Taiwan writes it).
_OTHER_DOTS = re.compile(rf"(?<=[{_TR}])[．‧・•∙](?=[{_TR}])")


def _dotted(text: str) -> str:
    """The text with a transliteration's other separators read as · (one character each: the
    paragraph's positions do not move)."""
    return _OTHER_DOTS.sub("·", text) if _OTHER_DOTS.search(text) else text


def _split_glued_latin(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """"OpenAI Tiktok" is two names side by side when its first word is a name of its own and so is its second
    (written alone elsewhere); "Google Meet" is one name, a company's product, whose second word is no name alone."""
    out = dict(found)
    alone = {n.lower() for n in found}
    for n in list(found):
        words = n.split(" ")
        if len(words) == 2 and words[0] in found and re.fullmatch(r"[A-Za-z0-9]+", words[1]) \
                and words[1].lower() not in _TECH_WORDS and len(found[words[0]]) >= 3 \
                and (words[1].lower() in alone or not re.fullmatch(r"[A-Z][a-z]+", words[1])):  # ("ChatGPT 3": no name)
            cands = out.pop(n)
            out.setdefault(words[1], []).extend(Candidate(words[1], c.kind, c.why) for c in cands)
    return out


#: A shop, a restaurant or a hotel named after its keeper or its brand ("马迭尔冰棍店", "老周面馆").
_SHOP_AFTER = re.compile(r"(?:(?![说称讲道的是在和与跟了也就都还又将把被向对给开去来到从让他她我你])[\u4e00-\u9fff]){0,2}"
                         r"(?:店|馆|铺|坊|宾馆|酒店|餐厅|超市|商行)")
_PERSON_CUES = frozenset(("title", "speech", "honorific", "credit", "cast", "transliteration", "editor", "builtin",
                          "bracket", "handle"))


def _shop_names(found: dict[str, list[Candidate]], corpus: str) -> dict[str, list[Candidate]]:
    """A "person" every mention of which names a shop ("马迭尔冰棍店前排起长队") with nothing that
    says a person (a title, a verb of saying) is the shop's brand: an organisation."""
    out = dict(found)
    for name, cands in found.items():
        if not cands or any(c.kind != "person" or c.why in _PERSON_CUES or c.role for c in cands):
            continue
        at = [m.end() for m in re.finditer(re.escape(name), corpus)]
        if at and all(_SHOP_AFTER.match(corpus, i) for i in at):
            out[name] = [Candidate(name, "org", "company-word") for _ in cands[:1]]
    return out


def _drop_first_names(found: dict[str, list[Candidate]], keep=()) -> dict[str, list[Candidate]]:
    """"Sam", "Bill" alone are a person's first or last name, not another entity (those in
    ``keep`` are merged with the one person they name instead)."""
    words = {w for n, cs in found.items() if " " in n and any(c.kind == "person" for c in cs)
             for w in n.split()} - set(keep)
    return {n: cs for n, cs in found.items()
            if not (n in words and all(c.why in ("latin", "camel", "company-word") for c in cs))}


#: The last character of a place's name ("北大湖", "清华路", "复旦村"): a short form written before
#: it is the start of the place's name, not the body the short form names.
_PLACE_END = re.compile(r"[湖山岛江河村镇街路桥湾峰岭谷屯庄沟泉滩]")


def _occurs(spelling: str, text: str, paragraphs=None) -> bool:
    """The spelling stands in the corpus as a word: a Latin one not inside a longer Latin word,
    a two-character Chinese one at the start of a word somewhere ("北大" is not in "东北大学")."""
    if re.search(r"[A-Za-z]", spelling):  # (a plain search first: most listed spellings are absent)
        return spelling in text and re.search(rf"(?<![A-Za-z]){re.escape(spelling)}(?![A-Za-z])", text) is not None
    if len(spelling) > 2 or paragraphs is None or spelling not in text:
        return spelling in text
    for simple, _ in paragraphs.values():
        i = simple.find(spelling)
        while i >= 0:
            if not _inside_word(simple, i, i + 2) and not _PLACE_END.match(simple, i + 2):
                return True
            i = simple.find(spelling, i + 1)
    return False


#: Verbs whose object is an organisation, which a segmenter may glue to its name.
_OBJECT_VERBS = frozenset(("关注", "看好", "推荐", "建议", "包括", "联合", "委托", "收购", "入股", "起诉", "投资", "持有",
                           "买入", "增持", "减持", "选择", "携手", "牵手", "联手", "对接", "约谈", "处罚", "支持"))
_STRONG_END = re.compile("(?:有限公司|集团|证券|银行|研究院|研究所|大学|委员会|协会)$")
#: An address on the web: the names inside it are none ("https://www.twjingmao.com.tw/news/…").
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+")


#: "X官方", "X官微": the body's own side or account, named by the body.
_OFFICIAL_SIDE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:官方|官微|官博)$")
#: A page's share bar ("分享：Facebook　WhatsApp　Telegram", "分享到：微信 微博 QQ空间"): the services a
#: button sends the page to, not names the article mentions.
_SHARE_BAR = re.compile(r"(?:分享|分享到|分享至|Share(?: this)?)\s*[：:]?\s*((?:(?:[A-Za-z][A-Za-z0-9.+]{0,14}|[A-Za-z0-9]{0,3}[\u4e00-\u9fff]{2,4})"
                        r"[ \u3000\t]{1,4}){1,8}(?:[A-Za-z][A-Za-z0-9.+]{0,14}|[A-Za-z0-9]{0,3}[\u4e00-\u9fff]{2,4})(?=[\s\u3000|｜]|$))")


def _unshared(text: str) -> str:
    """The text with a share bar's buttons blanked (same length: positions stay)."""
    if "分享" not in text and "Share" not in text:
        return text
    return _SHARE_BAR.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " " * len(m.group(1)), text)


def _unlinked(text: str) -> str:
    """The text with its web addresses and its fenced code blanked (same length: positions stay):
    a query's keywords ("```dataview TABLE … FROM … WHERE …```") are code, no names."""
    if "```" in text:
        text = _FENCED.sub(lambda m: " " * len(m.group(0)), text)
    return _URL.sub(lambda m: " " * len(m.group(0)), text) if ("://" in text or "www." in text) else text


#: A fenced code block of a Markdown note, to its closing fence or the paragraph's end.
_FENCED = re.compile(r"```[^`]*(?:```|$)")


def _resolve_start(name: str, corpus: str) -> str:
    """``因端传媒`` → ``端传媒`` when the shorter form also stands on its own in the corpus;
    ``因赛集团`` stays when its first character is never absent."""
    if len(name) >= 4 and name[0] in _FUNCTION_START:
        rest = name[1:]
        for m in re.finditer(re.escape(rest), corpus):
            if m.start() == 0 or corpus[m.start() - 1] != name[0]:
                return rest
    verb = _cut(name)[0] if len(name) >= 7 and re.fullmatch(r"[\u4e00-\u9fff]+", name) else ""
    if verb in _OBJECT_VERBS and _STRONG_END.search(name) and len(name) - len(verb) >= 5:
        return name[len(verb):]  # "建议关注|中航机载系统有限公司": the verb before a company is no part of it
    return name


#: A document number: its issuer's prefix, the year in brackets, the serial ("武交函〔2024〕87号").
_DOC_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*(?:第\s*)?\d{1,4}\s*[号期]")



