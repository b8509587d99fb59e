"""People and organisations: from attributions, title+name patterns, org-name patterns and the
editor's list; then every mention of each name is found across all paragraphs."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

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
#: Organisation suffixes that name an institution on their own (a place before them is enough).
_STRONG_SUFFIX = ("证券", "银行", "基金", "集团", "股份", "大学", "委员会", "协会", "学会")
#: General words that do not make a name: "广告制作公司", "深度神经网络", "中华文化" are descriptions.
_GENERIC = set(
    "中国 美国 国外 海外 国内 全球 世界 中华 全国 地方 本土 国际 欧洲 日本 韩国 "
    "广告 制作 后期 后期制作 调研 研究 应用 科学 重点 深度 神经 人工智能 智能 技术 科技 数据 数字 信息 网络 "
    "视频 影视 文化 传媒 媒体 内容 游戏 动画 电影 传统 相关 专业 大型 小型 知名 头部 新兴 高新 创新 "
    "互联网 软件 硬件 芯片 算力 产业 行业 市场 投资 咨询 服务 管理 发展 工程 技术研究 "
    "国家 政府 公共 社会 企业 机构 公司 平台 模型 大模型 生成 计算 工业 商业 金融 教育 医疗 运营 营销".split())
_LATIN_PERSON = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+ (?:\([A-Za-z]+\) )?[A-Z][a-z]+)(?![A-Za-z])")


def find_entities(sentences: list[Sentence], speakers: list[tuple[str, str, str]],
                  tax, roles_found: dict[str, str]) -> list[Entity]:
    """Entities with every mention; ``speakers`` are (name, role, kind) from attributions."""
    alias = {k.replace(" ", "").lower(): v for k, v in tax.aliases.items()}
    ignore = {i.replace(" ", "").lower() for i in tax.ignore}
    kinds: dict[str, str] = {}
    roles: dict[str, str] = {}
    generic = _GENERIC | {g.replace(" ", "").lower() for g in getattr(tax, "generic", ())}

    def add(name: str, kind: str, role: str = ""):
        name = name.strip(" “”「」")
        canon = alias.get(name.replace(" ", "").lower(), name)
        if len(canon.replace(" ", "")) < 2 or canon.replace(" ", "").lower() in ignore:
            return
        kinds.setdefault(canon, kind)
        if role and not roles.get(canon):
            roles[canon] = role

    for name, role, kind in speakers:
        if kind == "org" and _descriptive(name, generic):
            continue  # "视频后期制作公司" describes, it does not name
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
            if not _BAD_ORG.search(name) and not re.match(r"^\d", name) \
                    and not _descriptive(name, generic):
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
                if kinds[canon] == "person" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", f) \
                        and not _on_word_boundaries(squash, f):
                    continue  # "提高文本" is not 高文
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


def _descriptive(name: str, generic: set[str]) -> bool:
    """True when an org-looking name is only a description: every word before the suffix is a
    general word ("广告制作公司", "美国人工智能研究公司"); a strong suffix accepts a place."""
    from .text import tokens

    strong = name.endswith(_STRONG_SUFFIX)
    suffix = next((x for x in _STRONG_SUFFIX if name.endswith(x)), "")
    if not suffix:
        m = re.search(r"(?:研究院|实验室|委员会|公司|科技|网络|传媒|影视|文化|资本|研究所)$", name)
        suffix = m.group(0) if m else ""
    head = name[: len(name) - len(suffix)] if suffix else name
    if not head:
        return True
    words = [t for t in tokens(head) if t.strip()]
    if strong:
        return all(w in generic and w not in _PLACES for w in words)
    return all(w in generic for w in words)


_PLACES = {"中国", "美国", "日本", "韩国", "欧洲", "全国", "国际"}


def _on_word_boundaries(text: str, name: str) -> bool:
    """Some occurrence of ``name`` in ``text`` starts and ends on jieba word boundaries."""

    cuts, pos = {0}, 0
    for t in _tokens_raw(text):
        pos += len(t)
        cuts.add(pos)
    i = text.find(name)
    while i >= 0:
        if i in cuts and i + len(name) in cuts:
            return True
        i = text.find(name, i + 1)
    return False


@lru_cache(maxsize=64)
def _tokens_raw(text: str) -> tuple[str, ...]:
    from ..textutil import cut_long
    from .text import _jieba

    return tuple(cut_long(_jieba().lcut, text))
