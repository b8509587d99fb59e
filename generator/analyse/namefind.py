"""Name candidates in one simplified paragraph, each backed by the context that makes it a name.

jieba's part-of-speech tags alone are a noisy entity finder (it tags 蓝图 and 康复 as person
names and splits 米拉·穆拉蒂), so a candidate here always comes with a context:

* a job title before it (``秘书长钟俊浩``, ``百度 CEO 李彦宏``) or an honorific after it (``…老师``);
* a reporting verb after it (``林园认为``) for a name jieba or the surname list supports;
* a transliteration written with ``·`` (``米拉·穆拉蒂``), or an original in brackets
  (``谷歌（Google）``);
* an organisation suffix (``…证券``, ``…研究院``, ``…传媒``) after a run of words that can be part of
  a name (no verb, preposition or numeral: ``履行网络`` and ``根据事件生成一篇公司`` are not names);
* a newspaper in ``《》`` with 记者/报道 beside it;
* an enumeration (``中科曙光、寒武纪、浪潮信息``) whose clause talks about companies or shares;
* a Latin name with a company or product word beside it.

jieba's tags are used for the shape of a name only (where a name can start and end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Candidate", "find_candidates", "SURNAMES", "word_tag", "enumeration_items"]

#: Common Chinese surnames (single-character).
SURNAMES = set("李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
               "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
               "龚邵万钱严覃武戴莫孔向汤康靖慎俞穆雍庞樊兰殷施陆洪翟安颜倪牛温芦季童申欧阳上官司马诸葛岳"
               "柳齐尚苗梅阮骆欧关祝包左凌柯葛易")

#: Titles and roles that introduce a person's name (general Chinese newsroom usage).
TITLES = (
    "联合创始人", "创始人兼CEO", "创始人", "董事长助理", "董事长", "副董事长", "董事", "总经理", "副总经理",
    "副总裁", "总裁", "首席执行官", "首席技术官", "首席运营官", "首席财务官", "首席科学家", "首席分析师",
    "首席经济学家", "执行主席", "主席", "副主席", "秘书长", "主任", "副主任", "所长", "院长", "副院长",
    "院士", "教授", "副教授", "助理教授", "研究员", "科学家", "经济学家", "分析师", "律师", "负责人",
    "总监", "经理", "架构师", "工程师", "设计师", "制片人", "导演", "编剧", "演员", "作家", "博主",
    "主播", "台长", "CEO", "CTO", "COO", "CFO", "总编辑", "主编", "记者", "合伙人", "投资人", "媒体人",
    "部长", "局长", "厅长", "市长", "省长", "总统", "总理", "议员", "大使", "发言人", "校长", "会长",
    "理事长", "行长", "高管", "艺术家", "摄影师", "画家", "学者", "专家", "领导人", "创办人", "网友",
    "用户",
)
_HONORIFIC_AFTER = ("老师", "先生", "女士", "教授", "博士", "院士")
_SPEECH = ("表示", "认为", "指出", "称", "坦言", "透露", "强调", "提到", "直言", "说", "介绍", "回应",
           "告诉", "写道", "解释", "谈到", "预测", "预计", "呼吁", "建议", "分析", "补充", "感叹", "坦承")
_SPEECH_RE = "|".join(sorted(_SPEECH, key=len, reverse=True))
#: Single characters that end a name when they follow it (the start of the next word).
_AFTER_NAME = set("向在对也亦曾则就还等的和与及称说先又都将已正是为被把从跟同会要能近日此表认指坦透强提直介回告写解谈预呼建更再便即才却仍并均")
#: Characters that cannot start a name (prepositions, conjunctions, pronouns, numerals).
_NOT_START = set("因在对和与向被将把据从由为让给及或跟而但并这那其该此每各某本二三四五六七八九十几多请的亦也")
#: Words that open a clause before a name ("另据…", "现任…").
_LEAD_WORDS = re.compile(r"^(?:包括|据悉|另据|据|比如|例如|如果|通过|目前|当前|帮助|建议|现任|时任|曾任|前任|担任|"
                         r"每天|其中|另有|此外|随着|作为|还有|以及|而且|并且|同时|针对|关于|来自|联合|携手|旗下)+")
#: Words after which a weak suffix is part of another word ("技术官", "智能助手", "数据显示").
_WEAK_FOLLOWERS = re.compile(r"^(?:AI|官|员|人|师|者|化|性|型|类|界|圈|领域|方面|能力|助手|引擎|板块|概念|行业|产业|"
                             r"业务|部门|团队|工具|模型|显示|表明|统计|落地|应用|服务|产品|方案|水平|发展|技术)")
#: Common English nouns of technology: a capitalised pair of them names a product, not a person.
_TECH_WORDS = {w.lower() for w in (
    "Chat Bing Stable Diffusion Video Team Red Studio Pixel Wonder Cloud Vision Search Maps Drive Office "
    "Assistant Copilot Bard Code Engine Bot Image Photo Gen Dream Fusion Magic Light Open Lab Labs Model "
    "Vision Music Voice Sound Play Store Pay Mail Book Books News Insights Capital Ventures Partners Media "
    "Research Labs Cloud Tech Technologies Systems Network Networks Games Pictures Entertainment Motion "
    "Runway Gemini Pro Ultra Turbo One Air Max Edge Glass Watch Phone Pad Mac Windows Azure OpenAI").split()}
_PUNCT = "，。、；：！？“”「」『』（）()《》〈〉【】\"'‘’…—·\n\t "

#: Organisation suffixes: strong ones name an institution even after a place name.
STRONG_SUFFIXES = ("股份有限公司", "有限公司", "证券", "集团", "基金", "银行", "控股", "股份", "研究院",
                   "研究所", "研究中心", "实验室", "委员会", "协会", "联盟", "大学",
                   "资本", "创投", "日报", "晚报", "时报", "周刊", "电视台", "通讯社", "出版社",
                   "工作室", "事务所", "交易所", "科学院", "工程院")
WEAK_SUFFIXES = ("公司", "科技", "网络", "传媒", "影视", "文化", "信息", "电子", "智能", "游戏", "数据",
                 "软件", "技术", "在线", "互动", "娱乐", "动漫", "汽车", "医药", "通信", "社", "学会", "学院")
_SUFFIX_RE = re.compile("(" + "|".join(sorted(STRONG_SUFFIXES + WEAK_SUFFIXES, key=len, reverse=True)) + ")")

#: jieba tags of words that cannot be part of a name (verbs, prepositions, numerals, pronouns…).
_BAD_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "y", "e", "o", "ad", "vd", "z")
#: General words: a name made only of these (and a suffix) is a description ("广告制作公司").
GENERIC = set(
    "中国 美国 国外 海外 国内 全球 世界 中华 全国 地方 本土 国际 欧洲 日本 韩国 亚洲 "
    "广告 制作 后期 后期制作 调研 研究 应用 科学 重点 深度 神经 人工智能 智能 技术 科技 数据 数字 信息 网络 "
    "视频 影视 文化 传媒 媒体 内容 游戏 动画 电影 传统 相关 专业 大型 小型 知名 头部 新兴 高新 创新 "
    "互联网 软件 硬件 芯片 算力 产业 行业 市场 投资 咨询 服务 管理 发展 工程 技术研究 新闻 娱乐 "
    "国家 政府 公共 社会 企业 机构 公司 平台 模型 大模型 生成 计算 工业 商业 金融 教育 医疗 运营 营销 "
    "科技公司 上市公司 初创公司 创业公司 大厂 巨头 厂商 团队 部门 官方 用户 网友 业内 行业协会 "
    "文生视频 视频生成 多模态 元宇宙 通用 付费 免费 网站 电商 短视频 直播 图片 图像 语音 文本 "
    "汽车 医药 通信 电子 动漫 在线 互动 人才 未来 智慧 龙头 领军 独角兽 研究机构 机构".split())
#: Latin words that are not names on their own (technical terms, job titles).
LATIN_COMMON = {w.lower() for w in (
    "AI AIGC AGI API APP App PPT VPN GPU CPU NPU TPU CEO CTO COO CFO IP UGC PGC OK PC TV PDF URL HTML "
    "DNA Bug Prompt Prompts Slogan Demo Beta Logo MaaS SaaS PaaS IaaS IT ICT VR AR XR MR LLM LLMs NLP CV "
    "GitHub Github The A B C D E F G H I J K L M N O P Q R S T U V W X Y Z Chatbot Vlog Vlogger Token Tokens "
    "PS UI UX MV IPO VC PE GDP CPI AIoT IoT SDK Copy Pro Plus Max Mini Ultra Turbo Lite Web Online New "
    "Hi Hello Yes No Q&A FAQ QA ID MB GB TB KB PB EB Flops Hz K P Inc Ltd Co Corp Group Lab Labs "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Mr Mrs Ms Dr Prof Via Source Photo Image Video Pic Http Https Www Com NPC NPCs "
    "RPA AGI ASR TTS OCR SEO KOL KOC MCN DAU MAU ROI B2B B2C GIF JPG JPEG PNG MP4 MP3 RIP TOB TOC "
    "Ctrl Alt Shift Tab Esc Command Enter Home End Del FPS HD UHD BGM CG VFX IPO OTT SOP KPI OKR "
    "CEO COO CMO CIO PM PR HR DIY UP LOL OMG WOW PPT Excel Word Transformer Transformers "
    "Attention Encoder Decoder Embedding Benchmark Beatbox None True False Null NaN Undefined".split())}
#: What a product name written with a version looks like (GPT-4, Gemini 1.5, Llama 2).
_VERSIONED = re.compile(r"[A-Z][A-Za-z]+(?:[- ]?\d+(?:\.\d+)?[A-Za-z]?)?")

_LATIN_WORD = r"[A-Z][A-Za-z0-9]*(?:[-.·][A-Za-z0-9]+)*"
_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9.])({_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}|[a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9])")
#: Characters used to transliterate foreign names (米拉·穆拉蒂, 埃隆·马斯克, 萨姆·奥尔特曼).
_TR = ("阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德迪蒂狄丁东杜多厄恩尔法凡范菲费芬丰"
       "弗伏福富盖甘冈高戈哥格葛古瓜圭哈海汉豪浩赫黑亨洪胡华怀霍基吉加佳嘉贾杰捷金津卡凯坎康考柯科"
       "可克肯孔库奎拉莱赖兰朗劳勒雷蕾累黎里理丽利莉连林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅美门蒙孟米明"
       "摩莫默姆牧穆纳娜奈南内尼妮宁纽努诺欧帕派潘庞佩彭皮珀坡普奇齐恰乔切钦琴琼丘屈让热荣瑞若萨塞"
       "赛桑森沙莎珊善尚舍申什施史士斯宋苏索塔泰坦汤唐陶特滕梯提汀廷通图托瓦万旺威韦维温文沃乌伍武"
       "西希锡席夏谢辛休许薛雅亚扬杨耶伊依因英尤于约泽扎詹哲珍兹佐琪薇娅黛露蒂茨奈芙琳丝黛玛")
_TRANSLIT = re.compile(rf"(?<![{_TR}·])([{_TR}]{{1,5}}(?:·[{_TR}]{{1,7}})+)")
_BRACKET = re.compile(r"([\u4e00-\u9fff·]{2,14}|[A-Za-z][A-Za-z0-9 .&-]{1,40})[（(]([A-Za-z][A-Za-z0-9 .&·-]{1,40}|[\u4e00-\u9fff·]{2,14})[）)]")
_MEDIA = re.compile(r"《([^《》]{2,12})》(?=记者|报道|报导|消息|援引|获悉|了解到|称|指出|发文|刊文|的报道|社论|评论员)")
#: A listed company with its stock code: "安诺其(300067)", "因赛集团（300781）".
_STOCK_CODE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8})\s*[（(]\s*(?:\d{6}|\d{4,5}\.HK|\d{6}\.S[HZ])\s*[）)]")
#: A company name with its city in brackets: "猫范（北京）科技有限公司".
_PLACE_IN_NAME = re.compile(r"(?<=[的、，。；：\s])[\u4e00-\u9fff]{2,6}[（(][\u4e00-\u9fff]{2,3}[）)][\u4e00-\u9fff]{0,4}"
                            r"(?:股份有限公司|有限公司|有限责任公司|集团|公司)")
#: A news agency or outlet in a dateline or before its reporter ("财联社 2 月 21 日", "新华社记者").
_DATELINE = re.compile(r"(?:^|(?<=[，。；（(“「\s]))([\u4e00-\u9fff]{2,5}(?:社|网|报|台))"
                       r"(?=\s*(?:记者|\d{1,2}\s*月\s*\d{1,2}\s*日|讯|消息称|报道))")
_MEDIA_NAME = re.compile(r"(?:报|日报|晚报|时报|周刊|杂志|新闻|周报|电视台)$")
_ORG_CUE = re.compile(r"公司|集团|旗下|创始人|首席|官方|团队|宣布|投资|融资|股价|市值|估值|收购|员工|竞争对手|"
                      r"合作|上市|财报|营收|董事|总裁|CEO|CTO|实验室|研究院|大学|媒体|报道|报导|新闻|记者")
_PRODUCT_CUE = re.compile(r"^\s*(?:大模型|模型|产品|应用|工具|插件|版本|App|APP|引擎|系统|平台|聊天机器人)|"
                          r"(?:大模型|模型|引擎|产品|应用|工具|系统)\s*$")
_ENUM_STRONG = re.compile(r"收涨|收跌|涨停|跌停|领涨|领跌|大涨|概念股|个股|投资方|领投|跟投|股东|"
                          r"\d+\s*(?:多)?\s*家\s*(?:上市)?(?:公司|企业|券商|机构|厂商|银行|基金|媒体|平台)|"
                          r"等(?:上市|科技|互联网)?(?:公司|企业|券商|机构|厂商|巨头|大厂|银行|基金|媒体)")
_ENUM_CUE = re.compile(r"等\s*\d*\s*(?:多)?\s*(?:家|个)?\s*(?:公司|企业|券商|机构|厂商|巨头|大厂|平台|媒体|银行|基金|"
                       r"个股|概念股|上市公司|科技公司|投资方|股东|品牌|应用|产品|模型)|收涨|收跌|涨停|跌停|领涨|领跌|"
                       r"大涨|概念股|个股|投资方|领投|跟投|股东|券商|上市公司")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name found in one paragraph, with why it was taken."""

    name: str
    """Simplified spelling."""
    kind: str
    """``person``, ``org`` or ``product``."""
    why: str
    """The context that validated it (``title``, ``speech``, ``suffix`` …)."""
    role: str = ""
    """Role as the text gives it (simplified), for people."""
    alias: str = ""
    """Another spelling of the same entity given beside it (a bracketed original)."""


@lru_cache(maxsize=1)
def _tags() -> tuple[dict, dict]:
    """jieba's dictionary: word → part-of-speech tag, word → frequency."""
    from .text import _jieba

    jb = _jieba()
    import jieba.posseg as posseg

    return posseg.dt.word_tag_tab, jb.dt.FREQ


def word_tag(word: str) -> str:
    """jieba's dictionary tag of a word ('' when the word is not in the dictionary)."""
    return _tags()[0].get(word, "")


@lru_cache(maxsize=1 << 16)
def _cut(text: str) -> tuple[str, ...]:
    from .text import _jieba

    return tuple(_jieba().lcut(text))


@lru_cache(maxsize=1 << 15)
def _spans(text: str) -> tuple[tuple[tuple[int, int, str], ...], frozenset, frozenset]:
    """jieba words of a paragraph with their offsets (from the per-sentence segmentation the
    analysis has cached already), and the sets of word starts and ends."""
    from .text import split_sentences, tokens

    out: list[tuple[int, int, str]] = []
    low = text.lower()
    for off, sent in split_sentences(text):
        cursor = off
        for tok in tokens(sent):
            i = low.find(tok, cursor)
            if i < 0 or i - cursor > 2 and not text[cursor:i].isspace():
                break  # the sentence was segmented differently: fall back below
            out.append((i, i + len(tok), text[i:i + len(tok)]))
            cursor = i + len(tok)
        else:
            continue
        out = [x for x in out if x[1] <= off]
        cursor = off
        for tok in _cut(sent):
            out.append((cursor, cursor + len(tok), tok))
            cursor += len(tok)
    return tuple(out), frozenset(a for a, _, _ in out), frozenset(b for _, b, _ in out)


def _org_head_at(text: str, end: int, strong: bool = False) -> str:
    """``_org_head`` of the text before ``end`` (back to the clause start), on the paragraph's
    own segmentation; before a strong suffix (联盟, 研究院 …) verbs and adjectives may be part
    of the name ("大连市元宇宙产业创新联盟", "独立策略研究院")."""
    left = _clause_left(text, end, 24)
    spans, _, _ = _spans(text)
    lo = end - len(left)
    toks = [t for a, b, t in spans if a >= lo and b <= end]
    toks += [text[a:end] for a, b, t in spans if a >= lo and a < end < b]  # "中央|电视台" inside one word
    return _org_head_tokens(toks, strong)


def _namelike_token(tok: str) -> bool:
    """A word that can be part of an organisation's name."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9&.-]*", tok):
        return True
    if not re.fullmatch(r"[\u4e00-\u9fff]+", tok):
        return False
    tag = word_tag(tok)
    if not tag:
        return True  # not in the dictionary: jieba joined unknown characters, typical of names
    return not tag.startswith(_BAD_TAGS) or tag in ("nr", "nrt", "nrfg", "nz", "nt", "ns", "vn")


def _org_head(left: str) -> str:
    """The longest run of name-like words ending at the end of ``left`` (the text before a
    suffix); a general word ends the run once a proper word is in it ("龙头万兴" → "万兴")."""
    return _org_head_tokens(_cut(left))


def _org_head_tokens(toks, strong: bool = False) -> str:
    head: list[str] = []
    proper = False
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        ok = _namelike_token(tok) or strong and re.fullmatch(r"[\u4e00-\u9fff]{2,}", tok) is not None \
            and (word_tag(tok).startswith(("v", "a")) and not word_tag(tok).startswith("ad")
                 or word_tag(tok) == "m" and not re.search(r"[一二两三四五六七八九十百千万亿几数]", tok))
        if not ok or (proper and tok in GENERIC):
            # a single character cut off the name's start ("中|泰证券", "同|花顺") belongs to it
            if head and len(tok) == 1 and re.match(r"[\u4e00-\u9fff]", tok) and tok not in _STOP_CHARS \
                    and tok not in _NOT_START and not word_tag(tok).startswith(("r", "u", "d", "y", "e", "o", "m", "q", "v")):
                head.insert(0, tok)
            break
        head.insert(0, tok)
        proper = proper or _proper_token(tok)
        if sum(map(len, head)) >= 10:
            break
    while head and word_tag(head[0]).startswith(("v", "a")) and not _namelike_token(head[0]):
        head.pop(0)  # a name does not open with a verb ("列出|中央电视台")
    return _LEAD_WORDS.sub("", "".join(head))


_STOP_CHARS = set("的是在和与及或对向被将把从由为让给据因而但并也都又就还则了着过很更最这那其该此每各某本即如"
                  "至到于往赴去入进自当")


def _proper_token(tok: str) -> bool:
    """A word that marks a name: Latin (not a common term), or Chinese that is not in the
    dictionary or is tagged as a proper noun."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9&.-]*", tok):
        return tok.lower() not in LATIN_COMMON
    if not re.fullmatch(r"[\u4e00-\u9fff]+", tok):
        return False
    tag = word_tag(tok)
    return (not tag and len(tok) >= 2) or tag in ("nr", "nrt", "nrfg", "nz", "nt", "j")


def _has_proper(head: str) -> bool:
    return any(_proper_token(t) for t in _cut(head))


def is_generic(head: str) -> bool:
    """True when every word of ``head`` is a general word (a description, not a name)."""
    words = [t for t in _cut(head) if t.strip()]
    return not words or all(w in GENERIC or w in _STOP_CHARS for w in words)


def _role_left(text: str, end: int) -> str:
    """The role before a name: back to the previous clause punctuation (brackets kept)."""
    start = end
    while start > 0 and end - start < 40 and text[start - 1] not in "，。；：！？“”「」\n、":
        start -= 1
    role = _LEAD_WORDS.sub("", text[start:end].strip(" 丨｜|:："))
    role = re.sub(r"^[\d.]+\s*|^[#\s]+", "", role)
    if role.count("（") > role.count("）"):
        role = role[role.rfind("（") + 1:]
    return role.strip()


def _clause_left(text: str, end: int, limit: int = 16) -> str:
    """Text before ``end`` back to the previous punctuation (at most ``limit`` characters)."""
    start = end
    while start > 0 and end - start < limit and text[start - 1] not in _PUNCT:
        start -= 1
    return text[start:end]


def _han_name_at(text: str, i: int) -> str:
    """A 2–3 character Chinese name starting at ``i`` (after a title), or ''."""
    run = re.match(r"[\u4e00-\u9fff]{2,4}", text[i:])
    if not run:
        return ""
    s = run.group(0)
    after = text[i + 2:i + 4]
    two_ok = len(s) == 2 or after[:1] in _AFTER_NAME or re.match(_SPEECH_RE, after) is not None
    three_ok = len(s) >= 3 and s[2] not in _AFTER_NAME and (
        len(s) == 3 or s[3] in _AFTER_NAME or re.match(_SPEECH_RE, text[i + 3:i + 5]) is not None)
    end_ok = i + 3 >= len(text) or text[i + 3] in _PUNCT
    if three_ok or (len(s) == 3 and end_ok and s[2] not in _AFTER_NAME):
        return s[:3]
    if two_ok:
        return s[:2]
    tok = next((t for t in _cut(text[i:i + 6])[:1]), "")
    if 2 <= len(tok) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", tok) and word_tag(tok) in ("", "nr", "nrfg", "nrt"):
        return tok
    return ""


def _person_ok(name: str) -> bool:
    """A Chinese 2–3 character string that can be a person's name."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or name[0] in _NOT_START:
        return False
    tag = word_tag(name)
    return not tag or tag.startswith("nr") or not tag.startswith(_BAD_TAGS + ("n", "a", "vn", "ns", "nt"))


_TITLE_RE = re.compile("(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")\s?[丨｜|]?\s?")


@lru_cache(maxsize=1 << 15)
def find_candidates(text: str) -> tuple[Candidate, ...]:
    """Every name candidate of one simplified paragraph, with its validating context."""
    out: list[Candidate] = []
    _titles(text, out)
    _speech(text, out)
    for m in _TRANSLIT.finditer(text):
        name = m.group(1)
        if not _inside_title(text, m.start()) and len(name) >= 4:
            out.append(Candidate(name, "person", "transliteration"))
    _brackets(text, out)
    _orgs(text, out)
    for m in _MEDIA.finditer(text):
        out.append(Candidate(m.group(1), "org", "media"))
    for m in _STOCK_CODE.finditer(text):
        if not is_generic(m.group(1)) and m.group(1)[0] not in _NOT_START:
            out.append(Candidate(m.group(1), "org", "stock-code"))
    for m in _PLACE_IN_NAME.finditer(text):
        out.append(Candidate(m.group(0), "org", "suffix"))
    for m in _DATELINE.finditer(text):
        if not is_generic(m.group(1)[:-1]):
            out.append(Candidate(m.group(1), "org", "media"))
    for m in re.finditer(r"《([^《》]{2,10})》", text):
        if _MEDIA_NAME.search(m.group(1)):
            out.append(Candidate(m.group(1), "org", "media"))
    _latin(text, out)
    _products(text, out)
    _headline_name(text, out)
    if text.count("|") >= 2:
        _table_cells(text, out)
    _bracket_people(text, out)
    for m in re.finditer(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})的(?:作品|小说|新书|著作|诗|歌|电影|画)", text):
        if m.group(1)[0] in SURNAMES and _person_ok(m.group(1)) and _surname_name_ok(m.group(1)):
            out.append(Candidate(m.group(1), "person", "author"))
    for m in _DATA_SOURCE.finditer(text):
        name = m.group(1)
        if not is_generic(name) and name[0] not in _NOT_START and (_has_proper(name) or not word_tag(name)) \
                and not any(len(t) > 1 and word_tag(t).startswith(_BAD_TAGS + ("a",)) for t in _cut(name)):
            out.append(Candidate(name, "org", "data-source"))
    return tuple(out)


#: "同花顺数据显示，", "天眼查显示，": a data provider.
_DATA_SOURCE = re.compile(r"(?:^|(?<=[，。；！？\s]))([\u4e00-\u9fff]{2,6}?|[A-Z][A-Za-z]+)(?:数据|统计)?显示[，：,:]")
_HEAD_NAME = re.compile(r"^(?:#+\s*)?(?:[\d.]+\s*|[一二三四五六七八九十]+[、.]\s*)?"
                        r"([\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z0-9 .&-]{1,30})"
                        r"(?:\s*(?:归纳|总结|观点|认为|表示|指出|分析))?\s*(?:[：:]|$)")


def _headline_name(text: str, out: list[Candidate]) -> None:
    """A heading or paragraph that opens with a name and a colon ("中信建投证券：…", "量子位"
    as a numbered heading): the name of who speaks, when its words can make a name."""
    m = _HEAD_NAME.match(text.strip())
    if not m:
        return
    name = m.group(1).strip()
    if re.fullmatch(r"[A-Za-z0-9 .&-]+", name):
        if name.lower() not in LATIN_COMMON and re.match(r"[A-Z]", name) and not re.search(r"\d", name[:1]):
            out.append(Candidate(name, "org", "heading"))
        return
    if _TITLE_RE.search(name):
        return  # "媒体人胡锡进": the title rule reads it
    if len(name) <= 3 and name[0] in SURNAMES and _person_ok(name) and _surname_name_ok(name):
        out.append(Candidate(name, "person", "heading"))
        return
    toks = _cut(name)
    if is_generic(name) or name[0] in _NOT_START or name[0] == "有":
        return
    if any(word_tag(t).startswith(("v", "a", "d", "p", "c", "u", "r", "m", "t", "f")) for t in toks):
        return
    if any(len(t) > 1 and not word_tag(t) and _cut(t[1:])[0] != t[1:] for t in toks):
        return  # an unknown word jieba glued from a verb ("辟谣") is no name
    if name[0] in SURNAMES and len(name) > 3 and _surname_name_ok(name[:3]):
        return  # "谢赛宁辟谣": a name and what they did
    numbered = re.match(r"^(?:#+\s*)?\d+(?:\.\d+)*\s", text.strip()) is not None
    if not numbered and not m.group(0).rstrip().endswith(("：", ":")):
        return  # a bare line ("鱼香肉丝" under a picture) is a caption, not a name
    common = [t for t in toks if len(t) >= 2 and word_tag(t) and not _proper_token(t)]
    sfx = re.search(f"(?:{_SUFFIX_RE.pattern})$", name)
    colon = m.group(0).rstrip().endswith(("：", ":"))
    if (sfx and not is_generic(name[:sfx.start()])) or ((numbered or colon) and len(toks) >= 2 and len(common) <= 1) \
            or (_has_proper(name) and not common and len(name) >= 3):
        out.append(Candidate(name, "org", "heading"))


def _table_cells(text: str, out: list[Candidate]) -> None:
    """A table row's cells: a Latin name, or a company name with its suffix, fills a cell."""
    for cell in (c.strip() for c in text.split("|")):
        if re.fullmatch(r"[A-Z][A-Za-z0-9]*(?:[ .&-][A-Za-z0-9]+){0,3}", cell) and cell.lower() not in LATIN_COMMON:
            out.append(Candidate(cell, "org", "table"))
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,10}", cell):
            sm = re.search(f"(?:{_SUFFIX_RE.pattern})$", cell)
            head = cell[:sm.start()] if sm else ""
            if sm and len(head) >= 2 and not is_generic(head) and head[0] not in _NOT_START:
                out.append(Candidate(cell, "org", "table"))


def _bracket_people(text: str, out: list[Candidate]) -> None:
    """Names listed in brackets ("（俞颐超，吴俊东，张涌良）"): every item a surname and a given name."""
    for m in re.finditer(r"[（(]([^（）()]{5,40})[）)]", text):
        items = [i.strip() for i in re.split(r"[，、,]", m.group(1))]
        if len(items) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", i) and i[0] in SURNAMES
                                   and _unknown_or_name(i) for i in items):
            for i in items:
                out.append(Candidate(i, "person", "list"))


def _inside_title(text: str, i: int) -> bool:
    """Inside 《…》 (a work's title, not a name)."""
    left = text[:i]
    return left.rfind("《") > left.rfind("》")


def _titles(text: str, out: list[Candidate]) -> None:
    for m in _TITLE_RE.finditer(text):
        i = m.end()
        title = m.group(1)
        if _inside_title(text, m.start()):
            continue
        rest = text[i:]
        name = ""
        quoted = re.match(r"[“「]([^”」，。]{2,12})[”」]", rest)
        kind_latin = re.match(r"([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){0,2})(?![A-Za-zà-ÿ])", rest)
        translit = _TRANSLIT.match(text, i)
        if quoted and title in ("博主", "作者", "主播", "网友", "用户") and not is_generic(quoted.group(1)):
            name = quoted.group(1)  # 博主“数字生命卡兹克”
        elif translit:
            name = translit.group(1)
        elif kind_latin and kind_latin.group(1).lower() not in LATIN_COMMON:
            name = kind_latin.group(1)
        else:
            name = _han_name_at(text, i)
            if name and not _person_ok(name):
                name = ""
            ends = not text[i + len(name):].strip()  # a heading: "AI 博主卡兹克"
            if name and name[0] not in SURNAMES and not ((_speaks_after(text, i + len(name)) or ends)
                                                         and _unknown_or_name(name)):
                name = ""  # "动画制片人南墙向…表示" is a name; "演员服化道", "记者采访时表示" are not
        if not name:
            continue
        role = _role_left(text, m.end()) or title
        out.append(Candidate(name, "person", "title", role=role.strip()))
        # the employer before the title ("百度 CEO", "OpenAI首席技术官", "前阿里副总裁")
        aff = _clause_left(text.rstrip(), len(text[:m.start()].rstrip()), 14).strip()
        aff = re.sub(r"^(?:前|原|现任|时任|担任|曾任|据|由)", "", aff)
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&-]{1,30}", aff) and aff.lower() not in LATIN_COMMON \
                and not re.fullmatch(r"\d+(?:\.\d+)+", aff):
            out.append(Candidate(aff.strip(), "org", "employer"))
        elif re.match(r"CEO|CTO|COO|CFO|创始人|联合创始人|董事长|总裁|副总裁|首席|总经理", m.group(1)) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", aff) \
                and not is_generic(aff) and aff[0] not in _NOT_START \
                and not any(word_tag(t).startswith(_BAD_TAGS) for t in _cut(aff)):
            out.append(Candidate(aff, "org", "employer"))  # "蓝色光标 CEO", "一览科技创始人"
    for h in _HONORIFIC_AFTER:
        for m in re.finditer(h, text):
            for size in (3, 2):
                j = m.start() - size
                name = text[j:m.start()] if j >= 0 else ""
                if name and name[0] in SURNAMES and _person_ok(name) and _starts_word(text, j, name):
                    out.append(Candidate(name, "person", "honorific"))
                    break


def _unknown_or_name(name: str) -> bool:
    """jieba does not know the word, or knows it as a name; unknown, it holds no verb, time or
    function word ("采访时", "记者采访" are not names)."""
    tag = word_tag(name)
    if tag:
        return tag.startswith("nr")
    return not any(len(t) > 1 and word_tag(t).startswith(("v", "t", "p", "c", "d", "r", "u", "f", "a"))
                   for t in _cut(name))


def _surname_name_ok(name: str) -> bool:
    """A surname and a given name: not a dictionary word (unless a name), and the given name is
    no verb or function word ("许四清" yes, "李表示" no)."""
    tag = word_tag(name)
    if tag:
        return tag.startswith("nr")
    return not word_tag(name[1:]).startswith(("v", "p", "c", "u", "d", "r", "a"))


def _speaks_after(text: str, i: int) -> bool:
    """A reporting verb follows in the same clause (the name is the one who speaks)."""
    m = re.match(r"[^，。；！？]{0,24}", text[i:])
    return bool(m and re.search(_SPEECH_RE, m.group(0)))


def _starts_word(text: str, j: int, name: str) -> bool:
    """``name`` at ``j`` starts and ends on jieba word boundaries of its paragraph."""
    _, starts, ends = _spans(text)
    return j in starts and (j + len(name) in ends or word_tag(text[j:j + len(name)]).startswith("nr"))


def _speech(text: str, out: list[Candidate]) -> None:
    """A name right before a reporting verb, at the start of its clause."""
    for m in re.finditer(rf"(?:^|(?<=[，。；：！？“”「」\s（）、]))([\u4e00-\u9fff]{{2,3}})(?:{_SPEECH_RE})", text):
        name = m.group(1)
        if name[0] not in SURNAMES or not _person_ok(name):
            continue
        tag = word_tag(name)
        if tag and not tag.startswith("nr"):
            continue
        out.append(Candidate(name, "person", "speech"))


def _brackets(text: str, out: list[Candidate]) -> None:
    """``谷歌（Google）``, ``萨姆·奥尔特曼（Sam Altman）``: a name with its original."""
    for m in _BRACKET.finditer(text):
        a, b = m.group(1).strip(), m.group(2).strip()
        if _inside_title(text, m.start()):
            continue
        han, latin = (a, b) if re.search(r"[\u4e00-\u9fff]", a) else (b, a)
        if not re.search(r"[\u4e00-\u9fff]", han) or re.search(r"[\u4e00-\u9fff]", latin):
            continue
        if latin.lower() in LATIN_COMMON or not re.match(r"[A-Z]", latin):
            continue
        if "·" in han or re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", latin):
            kind = "person" if "·" in han or re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", latin) else "org"
        else:
            kind = "org"
        # the Han name is the name-like words before the bracket
        if kind == "person":
            han = _TRANSLIT.search(han).group(1) if _TRANSLIT.search(han) else han[-3:]
        else:
            sm = re.search(f"{_SUFFIX_RE.pattern}$", han)
            han = (_org_head(han[:sm.start()]) + sm.group(1)) if sm else _org_head(han)
        if len(han) < 2 or is_generic(han):
            continue
        if kind == "org" and not (_has_proper(han) or re.search(f"(?:{'|'.join(STRONG_SUFFIXES)})$", han)):
            continue  # "机器人流程自动化（RPA）" explains a term, it does not name anyone
        out.append(Candidate(han, kind, "bracket", alias=latin))


def _orgs(text: str, out: list[Candidate]) -> None:
    """Organisation suffixes after a run of name-like words."""
    for m in _SUFFIX_RE.finditer(text):
        suffix = m.group(1)
        if _inside_title(text, m.start()) and suffix not in ("日报", "晚报", "时报", "周刊"):
            continue
        after = text[m.end():m.end() + 2]
        if re.match(r"股|板块|概念|行业|领域|产业|巨头|公司|集团", after) and suffix not in STRONG_SUFFIXES:
            continue
        head = _org_head_at(text, m.start(), suffix in STRONG_SUFFIXES)
        if suffix == "社" and not re.fullmatch(r"[\u4e00-\u9fff]{2}", head[-2:] or ""):
            continue
        if suffix == "社":
            head = head[-2:]
        if suffix in WEAK_SUFFIXES and not _weak_ok(text, head, m.start(), m.end()):
            continue
        if not head or is_generic(head) and (suffix not in STRONG_SUFFIXES or _all_generic_place(head)):
            continue  # "人工智能研究院" describes, it does not name
        name = head + suffix
        if len(name) < 3 or re.match(r"\d", name):
            continue
        out.append(Candidate(name, "org", "suffix"))


_COMPANY_AFTER = re.compile(r"^(?:\s*[\u4e00-\u9fff]{0,4}(?:" + "|".join(TITLES) + r")|\s*(?:" + _SPEECH_RE + r")|表示|宣布|发布|推出|回应|"
                            r"接受|在互动平台|公告|披露|股价|旗下|公司|集团|等|[、和与及的在也则将已于对向是为曾]|近日|"
                            r"此前|[，。；：！？）)」”《\s]|$)")
_COUNTED = re.compile(r"[一二两三几数多每各该本这那某][个家条轮项种批次位名款]|^[每各该本这那某]")


def _weak_ok(text: str, head: str, start: int, end: int) -> bool:
    """A weak suffix (科技, 网络, 游戏 …) names a company only after a proper word, as a word of
    its own, followed by what follows a company's name (a verb of saying, 、, punctuation …)."""
    if len(head) < 2 or _COUNTED.search(head) or head[0] in _NOT_START:
        return False
    if _WEAK_FOLLOWERS.match(text[end:end + 4]) or not _token_starts_at(text, start):
        return False
    if not _COMPANY_AFTER.match(text[end:end + 6]):
        return False
    from .namelist import BUILTIN_ALIASES

    known = {x for g in BUILTIN_ALIASES for x in g}
    strict = any(_proper_token(t) and (word_tag(t) != "nz" or t in known) for t in _cut(head))
    return strict or bool(re.match(r"\s*(?:" + _SPEECH_RE + r"|表示|宣布|发布|推出|回应|接受)", text[end:end + 6])) \
        or _speaks_after(text, end)


def _token_starts_at(text: str, i: int) -> bool:
    """A jieba word starts at ``i``: "人工智能" does not end in the suffix 智能."""
    return i in _spans(text)[1]


def _all_generic_place(head: str) -> bool:
    places = {"中国", "美国", "日本", "韩国", "欧洲", "全国", "国际", "上海", "北京"}
    return all(w in GENERIC and w not in places for w in _cut(head))


def enumeration_items(clause: str) -> list[str]:
    """The items of an enumeration ``A、B、C等…`` in one clause: the first item is the run of
    name-like words before its 、, the last one the run after the last 、 (up to 等, a verb …)."""
    if "、" not in clause:
        return []
    parts = clause.split("、")
    first = parts[0]
    for _ in range(3):  # "投资方包括红杉中国": every opening word
        first = re.sub(r"^.*?(?:包括|例如|比如|如|像|还有|有|是|为|以|其中|投资方)", "", first)
    if not all(_namelike_token(t) for t in _cut(first)):
        first = _org_head(first)
    end = _ENUM_END.search(parts[-1])
    last = re.split(r"和|与|及|或", parts[-1][:end.start()] if end else parts[-1])
    tail = last[-1]
    run: list[str] = []
    for tok in _cut(tail):
        if not _namelike_token(tok):
            if run and len(run) > 1 and not word_tag(run[-1]) and len(run[-1]) > 1:
                run.pop()  # "微软做得|更好": the unknown word before a verb belongs to the verb
            break
        run.append(tok)
    last = last[:-1] + ["".join(run)]
    items = [first] + parts[1:-1] + last
    return [i.strip() for i in items if i.strip()]


_ENUM_END = re.compile(r"等|收涨|收跌|涨停|跌停|领涨|大涨|均|都|也|纷纷|在|的|[0-9０-９]|概念|板块")


def enumeration_candidates(text: str, known: set[str]) -> list[Candidate]:
    """Names listed with 、 in a clause about companies or shares, or beside a known name."""
    out: list[Candidate] = []
    for clause in re.split(r"[，。；：！？\n（）()“”「」]", text):
        items = enumeration_items(clause)
        if len(items) < 2:
            continue
        strong = _ENUM_STRONG.search(clause) is not None
        cue = strong or _ENUM_CUE.search(clause) is not None
        known_here = sum(1 for i in items if i in known)
        if not cue and known_here < max(1, len(items) // 2):
            continue
        for item in items:
            if not (2 <= len(item) <= 8) or item in known:
                continue
            if re.search(r"[A-Za-z]", item) and re.search(r"[\u4e00-\u9fff]", item) and not _SUFFIX_RE.search(item):
                continue
            if not strong and not (_has_proper(item) or word_tag(item) in ("nz", "nt", "nr", "nrt", "j")):
                continue
            if re.search(r"[^\u4e00-\u9fffA-Za-z0-9·]", item) or re.fullmatch(r"\d+", item):
                continue
            if is_generic(item) or item[0] in _NOT_START:
                continue
            tag = word_tag(item)
            if tag and tag.startswith(_BAD_TAGS + ("a", "vn")):
                continue
            if re.fullmatch(r"[A-Za-z]+", item) and item.lower() in LATIN_COMMON:
                continue
            if _ENUM_CUE.search(item):
                continue
            out.append(Candidate(item, "org", "enumeration"))
    return out


def _latin(text: str, out: list[Candidate]) -> None:
    """Latin names with a company or product word beside them, or written in CamelCase."""
    for m in _LATIN_NAME.finditer(text):
        name = m.group(1).strip()
        if name.lower() in LATIN_COMMON or len(name) < 2 or _inside_title(text, m.start()):
            continue
        words = name.split()
        while len(words) > 1 and words[-1].lower() in LATIN_COMMON:
            words.pop()
        if all(w.lower() in LATIN_COMMON for w in words):
            continue
        name = " ".join(words)
        if re.split(r"[-\s]", name)[0].lower() in LATIN_COMMON:
            continue
        version = re.match(r" (\d+(?:\.\d+)?)(?![\d.]|\s*[年月日号%])", text[m.end():m.end() + 8])
        if version and not re.search(r"\d", name):
            name = f"{name} {version.group(1)}"  # "Lumen 2", "Gemini 1.5"
            words = name.split()
        if re.fullmatch(r"[A-Z]\d*", name) or text[m.start() - 1:m.start()] in ("/", ".", "=", "@", "_"):
            continue
        if re.search(r"\d", name) and not _VERSIONED.fullmatch(name):
            continue
        before, after = text[max(0, m.start() - 8):m.start()], text[m.end():m.end() + 8]
        term = re.search(r"([\u4e00-\u9fff]{2,6})[（(]$", before)
        if term and not _has_proper(term.group(1)) and not _SUFFIX_RE.search(term.group(1)):
            continue  # "扩散（Diffusion）": the original of a term, not a name
        if re.match(r"\s*[年月日号]", after) and re.search(r"\d$", name):
            name = re.sub(r"[\s\d.]+$", "", name)  # "Adobe2 月 16 日"
            if len(name) < 2 or name.lower() in LATIN_COMMON:
                continue
            words = name.split()
        product = bool(_PRODUCT_CUE.search(after[:6]) or _PRODUCT_CUE.search(before[-6:])
                       or re.search(r"-?\d", name) or re.match(r"\s*\d", after))
        org = bool(_ORG_CUE.search(before + after))
        camel = bool(re.search(r"[a-z][A-Z]|^[a-z]+[A-Z]", name))
        person = len(words) >= 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
        said = re.match(rf"\s*(?:{_SPEECH_RE})", after) or re.search(r"(?:" + "|".join(TITLES) + r")\s*$", before)
        if person and (said or not (product or org or any(w.lower() in _TECH_WORDS for w in words))):
            out.append(Candidate(name, "person", "title" if said else "latin-name"))
        elif product or (len(words) >= 2 and not org):
            out.append(Candidate(name, "product", "product-word"))
        elif org or camel or re.match(rf"\s*(?:{_SPEECH_RE})", after):
            out.append(Candidate(name, "org", "company-word" if org else "camel"))
        elif len(name) >= 3 and not person and (name.isupper() or re.fullmatch(r"[A-Z][a-z]+", name)):
            out.append(Candidate(name, "org", "latin"))  # a capitalised word in Chinese text names something


def _products(text: str, out: list[Candidate]) -> None:
    """A product named in quotes after a model/product word (``大模型「文心一言」``)."""
    for m in re.finditer(r"(?:大模型|模型|引擎|产品|应用|聊天机器人|系统|平台|App|APP)\s*[“「]([^”」，。]{2,12})[”」]", text):
        name = m.group(1).strip()
        if re.search(r"[，、。！？ ]", name) or is_generic(name):
            continue
        out.append(Candidate(name, "product", "product-word"))
