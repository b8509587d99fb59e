"""Names an editor adds, blocks or merges (``content/names.yml``), and the few cross-script
spellings of the world's best-known companies that no context in an article can reveal.

``content/names.yml`` (every key optional)::

    person:  [米拉·穆拉蒂, Sam Altman]       # names the finder misses
    org:     [红杉中国]
    product: [文心一言]
    block:   [蓝图, 某公司]                   # never an entity (a phrase the finder took for a name)
    aliases:                                  # other spelling → the name to list it under
      OpenAI 公司: OpenAI
      阿里: 阿里巴巴

Write names in 简体 (they match traditional articles too). The ``entities`` section of
``content/taxonomy.yml`` (orgs, persons, aliases, ignore) is read as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..editorfiles import load_yaml
from ..errors import EditorFileError

__all__ = ["NameList", "load_names", "BUILTIN_ALIASES", "merge_lists"]

#: Cross-script spellings of well-known companies and services: general knowledge, not any
#: article's. The first spelling is the name listed; the others are merged into it.
BUILTIN_ALIASES: tuple[tuple[str, ...], ...] = (
    ("谷歌", "Google"), ("微软", "Microsoft"), ("亚马逊", "Amazon"), ("英伟达", "NVIDIA", "Nvidia"),
    ("特斯拉", "Tesla"), ("英特尔", "Intel"), ("高通", "Qualcomm"), ("三星", "Samsung"),
    ("索尼", "Sony"), ("脸书", "Facebook"), ("推特", "Twitter"), ("网飞", "Netflix", "奈飞"),
    ("迪士尼", "Disney"), ("甲骨文", "Oracle"), ("百度", "Baidu"), ("阿里巴巴", "阿里", "Alibaba"),
    ("腾讯", "Tencent"), ("字节跳动", "ByteDance"), ("华为", "Huawei"), ("京东", "JD"),
    ("网易", "NetEase"), ("路透社", "Reuters", "路透"), ("彭博社", "Bloomberg", "彭博"),
    ("美联社", "Associated Press"), ("新华社", "新华通讯社"), ("中央电视台", "央视", "CCTV"),
    ("领英", "LinkedIn"), ("优步", "Uber"), ("爱彼迎", "Airbnb"), ("抖音", "Douyin"),
    ("微博", "Weibo"), ("知乎", "Zhihu"), ("哔哩哔哩", "B站", "bilibili"),
    ("小红书", "RED"), ("世界卫生组织", "世卫组织", "WHO"),
    ("美国联邦贸易委员会", "联邦贸易委员会", "FTC"), ("欧盟", "欧洲联盟", "EU"),
    ("中国共产党", "中共"), ("联合国", "UN"), ("国家发改委", "国家发展和改革委员会", "发改委"),
    ("工信部", "工业和信息化部"), ("国家网信办", "国家互联网信息办公室", "网信办"),
    ("中国证监会", "证监会"), ("中国人民银行", "央行"),
)
#: Which kind each built-in name is (all organisations, except services listed as products).
BUILTIN_KIND = {"抖音": "product", "微博": "product", "知乎": "product", "小红书": "org"}


@dataclass(frozen=True, slots=True)
class NameList:
    """What an editor told the finder, plus the built-in cross-script spellings."""

    person: tuple[str, ...] = ()
    org: tuple[str, ...] = ()
    product: tuple[str, ...] = ()
    block: tuple[str, ...] = ()
    aliases: dict = field(default_factory=dict)
    """spelling → canonical name (both 简体)."""

    def kind_of(self, name: str) -> str:
        for kind in ("person", "org", "product"):
            if name in getattr(self, kind):
                return kind
        return ""


def _strs(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise EditorFileError(f"{where} must be a list of names")
    return tuple(str(v).strip() for v in value if str(v).strip())


def load_names(path: Path | None) -> NameList:
    """Read ``content/names.yml``; a missing file is an empty list."""
    if path is None or not Path(path).exists():
        return NameList()
    data, _ = load_yaml(Path(path))
    data = data or {}
    if not isinstance(data, dict):
        raise EditorFileError(f"{path}: expected keys person, org, product, block, aliases")
    unknown = sorted(set(data) - {"person", "org", "product", "block", "aliases"})
    if unknown:
        raise EditorFileError(f"{path}: unknown key(s) {', '.join(map(str, unknown))}; "
                              "valid keys: person, org, product, block, aliases")
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise EditorFileError(f"{path}: aliases must map a spelling to the name it belongs to")
    return NameList(person=_strs(data.get("person"), f"{path}: person"),
                    org=_strs(data.get("org"), f"{path}: org"),
                    product=_strs(data.get("product"), f"{path}: product"),
                    block=_strs(data.get("block"), f"{path}: block"),
                    aliases={str(k).strip(): str(v).strip() for k, v in aliases.items()})


def merge_lists(names: NameList, tax) -> NameList:
    """The editor's names file plus the ``entities`` section of the taxonomy."""
    if tax is None:
        return names
    return NameList(person=names.person + tuple(getattr(tax, "persons", ())),
                    org=names.org + tuple(getattr(tax, "orgs", ())),
                    product=names.product,
                    block=names.block + tuple(getattr(tax, "ignore", ())),
                    aliases={**dict(getattr(tax, "aliases", {}) or {}), **names.aliases})
