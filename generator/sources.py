"""Reading raw sources: decoding, refusing what is not text, and the editor's metadata file.

What kind of text a source is (plain, Markdown, an HTML page) is decided by ``generator.readers``.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import replace
from pathlib import Path

from .damaged import Damage, decode_damaged_utf8
from .editorfiles import load_mapping
from .errors import SourceError
from .model import Source, SourceMeta

__all__ = ["decode_bytes", "decode_source", "read_source", "read_sources", "load_source_meta", "MAX_SOURCE_BYTES",
           "SOURCE_SUFFIXES"]

#: Sources larger than this are refused: no news article is this long, and it bounds build time.
MAX_SOURCE_BYTES = 4 * 1024 * 1024
#: File endings read as sources; anything else in content/sources/ is skipped with a warning.
#: The ending is only a hint: the reader is chosen by the content (see ``generator.readers``).
#: Structured forms (a feed, a spreadsheet export, a Word document, a slide deck, a JSON export) are
#: converted to Markdown first (``generator.readers.forms``).
#: A file with another ending is read when its content is a form a reader knows (``readers.sniff``).
SOURCE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".srt", ".vtt", ".ass", ".ssa", ".eml",
                   ".mhtml", ".mht", ".mbox", ".xml", ".rss", ".atom", ".csv", ".tsv", ".docx", ".pptx", ".xlsx",
                   ".json")

_TRIED = "UTF-8, UTF-8 with BOM, UTF-16 (with BOM), GB18030 and Big5"
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"RIFF": "a RIFF media file",
}
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters that make a GB18030-vs-Big5 decoding implausible: private use, rare ext. blocks,
# half-width katakana and box drawing are what a wrong legacy decoding typically produces.
_ODD = re.compile(r"[\ue000-\uf8ff\u3400-\u4dbf\uff61-\uff9f\u2500-\u257f\ufffd]")
_FREQUENT = set(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尾朗谁恋娜滑吐绿"
    "們這個來為國說時會對還進過頭後現發開問題動體點關經無與當長從實業樣應該們種變運動點義機將書東車們麼樣學氣與電話號麵鐘雲裡個兩萬數與龍門馬鳥魚"
)


def _plausibility(text: str) -> float:
    """How much a decoding looks like real Chinese: frequent characters count, odd ones cost."""
    if not text:
        return 0.0
    sample = text[:20000]
    cjk = _CJK.findall(sample)
    frequent = sum(1 for ch in cjk if ch in _FREQUENT)
    odd = len(_ODD.findall(sample))
    return (frequent - 5 * odd) / max(len(sample), 1)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _describe_binary(raw: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            return what
    head = raw[:8192]
    if head.count(b"\x00") > max(2, len(head) // 100):
        return "binary data (it is full of NUL bytes)"
    return None


def decode_bytes(raw: bytes, name: str) -> tuple[str, str]:
    """Decode a raw source to text with ``\\n`` newlines; return (text, encoding name).

    Raises SourceError (naming the file and saying what to do) for empty, binary or undecodable
    input. HTML is text: the HTML reader extracts the article from it. A structured form (a feed, a
    spreadsheet export, a Word document, a slide deck …) is its Markdown text, as the build reads it.
    """
    text, encoding, _damages = _converted(raw, name) or decode_source(raw, name)
    return text, encoding


def decode_source(raw: bytes, name: str) -> tuple[str, str, tuple[Damage, ...]]:
    """:func:`decode_bytes`, plus the damaged bytes of a UTF-8 source that holds a few invalid
    ones (they are decoded as U+FFFD instead of costing the whole article)."""
    damages: tuple[Damage, ...] = ()
    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError(f"{name}: {len(raw):,} bytes is over the limit of {MAX_SOURCE_BYTES:,} "
                          "bytes for one article; split it into separate articles")
    text: str | None = None
    encoding = ""
    if raw.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(raw[3:], "utf-8"), "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(raw, "utf-16"), "utf-16"
    else:
        what = _describe_binary(raw)
        if what:
            raise SourceError(f"{name}: this is {what}, not a text article; save the article's "
                              "text as a .txt or .md file instead")
        text, encoding = _strict(raw, "utf-8"), "utf-8"
        if text is None:
            damaged = decode_damaged_utf8(raw)
            candidates = [("utf-8", damaged[0])] if damaged else []
            candidates += [(enc, t) for enc in ("gb18030", "big5") if (t := _strict(raw, enc))]
            if candidates:
                encoding, text = max(candidates, key=lambda c: _plausibility(c[1]))
                damages = damaged[1] if damaged and encoding == "utf-8" else ()
    if text is None:
        raise SourceError(f"{name}: cannot decode as {_TRIED}; re-save the file as UTF-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(f"{name}: the file is empty or holds only white space; "
                          "add the article's text or remove the file")
    return text, encoding, damages


def read_source(path: Path, root: Path, meta: SourceMeta | None = None, form: str | None = None) -> Source:
    """Read one source file below ``root``; refuse links or paths that lead outside it. ``form``: the
    ending a file of an unknown ending is read as (its content's form, ``readers.sniff``)."""
    rel = _relative(path, root)
    resolved = path.resolve()
    if path.is_symlink() or not resolved.is_relative_to(root.resolve()):
        raise SourceError(f"{rel}: is a link or leads outside {root.name}/; it is not read. "
                          "Copy the article into the folder instead")
    raw = resolved.read_bytes()
    text, encoding, damages = _converted(raw, rel, form) or decode_source(raw, rel)
    return Source(path=rel, name=path.name, stem=path.stem, text=text,
                  sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding,
                  meta=meta or SourceMeta(), damaged=damages)


def _converted(raw: bytes, rel: str, form: str | None = None) -> tuple[str, str, tuple[Damage, ...]] | None:
    """A feed, spreadsheet export, Word document, slide deck or JSON export as the Markdown text the
    readers read (``generator.readers.forms``); None for any other source."""
    from .readers.forms import convert

    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError(f"{rel}: {len(raw):,} bytes is over the limit of {MAX_SOURCE_BYTES:,} "
                          "bytes for one article; split it into separate articles")
    try:
        text = convert(raw, rel, decode_source, form)
    except RecursionError:
        raise SourceError(f"{rel}: the file nests too deep to be read; it is not read") from None
    return (text, "utf-8", ()) if text is not None else None


def _sniffed(path: Path, rel: str) -> tuple[str, str] | str:
    """A file whose ending no reader knows: (its form, the ending it is read as) when its content is
    a form a reader knows (``readers.sniff``), else the warning that skips it, saying what to do."""
    from .readers.sniff import advice, sniff

    if path.is_symlink():
        return f"{rel}: is a link or leads outside the sources folder; skipped. Copy the article into the folder instead"
    raw = path.read_bytes()[:MAX_SOURCE_BYTES + 1]
    found = sniff(raw, rel, decode_source) if len(raw) <= MAX_SOURCE_BYTES else None
    if found:
        return found
    what = _describe_binary(raw)
    ending = path.suffix or "(no ending)"
    if not what and (known := advice(raw, rel, decode_source)):
        return f"{rel}: skipped, its ending {ending} is not one the build reads: this is {known}"
    if what:
        return (f"{rel}: skipped, its ending {ending} is not one the build reads and this is {what}, not a "
                "text article; save the article's text as a .txt or .md file instead")
    return (f"{rel}: skipped, its ending {ending} is not one the build reads and its content is no form a "
            "reader knows (saved page, mail archive, e-mail, HTML page, feed, JSON export, subtitles); if it "
            "holds an article's text, rename it to .txt (or .md for Markdown); the endings read are "
            f"{', '.join(SOURCE_SUFFIXES)}")


def _relative(path: Path, root: Path) -> str:
    try:
        return str(Path(os.path.relpath(path, root.parent.parent)))
    except ValueError:
        return str(path)


def read_sources(sources_dir: Path, meta: dict[str, SourceMeta]) -> tuple[list[Source], list[str]]:
    """Read every source in the folder (sorted by name); return (sources, warnings).

    A bad source is skipped with a warning; nothing here raises for a user's mistake.
    """
    sources: list[Source] = []
    warnings: list[str] = []
    if not sources_dir.is_dir():
        return sources, [f"{sources_dir}: the sources folder does not exist; create it and put "
                         "the raw articles in it"]
    for path in sorted(sources_dir.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.name in ("README.md",):
            continue
        rel = _relative(path, sources_dir)
        if path.is_dir() and not path.is_symlink():
            warnings.append(f"{rel}: is a folder; sources are read from {sources_dir.name}/ only, "
                            "move the articles up one level")
            continue
        form = None
        try:
            if path.suffix.lower() not in SOURCE_SUFFIXES:
                form = _sniffed(path, rel)
                if isinstance(form, str):
                    warnings.append(form)
                    continue
            sources.append(read_source(path, sources_dir, meta.get(path.name), form and form[1]))
        except SourceError as err:
            warnings.append(f"{err} (skipped)")
        except OSError as err:
            warnings.append(f"{rel}: cannot be read ({err.strerror}); skipped")
    unknown = sorted(set(meta) - {s.name for s in sources} - {p.name for p in sources_dir.iterdir()})
    for name in unknown:
        warnings.append(f"content/sources.yml: entry '{name}' names no file in "
                        f"{sources_dir.name}/; fix the name or remove the entry")
    return sources, warnings


_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_META_FIELDS = {f for f in SourceMeta.__dataclass_fields__}


def load_source_meta(path: Path) -> tuple[dict[str, SourceMeta], list[str]]:
    """Load ``content/sources.yml`` (file name → metadata); return (metadata, warnings)."""
    if not path.exists():
        return {}, []
    data, lines = load_mapping(path)
    result: dict[str, SourceMeta] = {}
    warnings: list[str] = []
    for name, fields in data.items():
        where = f"{path.name}:{lines.get(name, 1)}"
        if fields is None:
            fields = {}
        if not isinstance(fields, dict):
            warnings.append(f"{where}: entry '{name}' must be a mapping of fields "
                            f"({', '.join(sorted(_META_FIELDS))}); ignored")
            continue
        clean: dict[str, str | None] = {}
        for key, value in fields.items():
            if key not in _META_FIELDS:
                warnings.append(f"{where}: entry '{name}' has unknown field '{key}'; "
                                f"known fields: {', '.join(sorted(_META_FIELDS))}")
                continue
            value = None if value is None else str(value).strip() or None
            if key == "date" and value is not None and not _valid_date(value):
                warnings.append(f"{where}: entry '{name}' has impossible date '{value}'; "
                                "write YYYY, YYYY-MM or YYYY-MM-DD (the date is left unknown)")
                value = None
            clean[key] = value
        result[str(name)] = replace(SourceMeta(), **clean)
    return result, warnings


def _valid_date(value: str) -> bool:
    import datetime

    if not _DATE.match(value):
        return False
    if len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
    return True
