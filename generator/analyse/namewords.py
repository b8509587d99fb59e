"""Words and names: the vocabulary the name finder uses (surnames, titles, organisation
suffixes, general words, common Latin words) and word-level checks on jieba's segmentation and
its dictionary tags (where a name can start and end, what can be part of one)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

#: Common Chinese surnames (single-character).
SURNAMES = set("李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
               "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
               "龚邵万钱严覃武戴莫孔向汤康靖慎俞穆雍庞樊兰殷施陆洪翟安颜倪牛温芦季童申欧阳上官司马诸葛岳"
               "柳齐尚苗梅阮骆欧关祝包左凌柯葛易"
               "习艾晏卓蒲邬褚蔺祁聂乔裴阎缪冉滕隋鲍卞闵岑伍詹戚芮佟荆仇姬谌栾耿鄢邢臧储扈郜匡檀翁湛邝鞠娄逯"
               "萧郁常屈甘焦饶涂符毕麦章霍柴盛尤鲁费卫景项")


#: Titles and roles that introduce a person's name (general Chinese newsroom usage).
TITLES = (
    "联合创始人", "创始人兼CEO", "创始人", "董事长助理", "董事长", "副董事长", "董事", "总经理", "副总经理",
    "副总裁", "行政总裁", "总裁", "首席执行官", "首席技术官", "首席运营官", "首席财务官", "首席科学家", "首席分析师",
    "首席经济学家", "执行主席", "主席", "副主席", "秘书长", "主任", "副主任", "所长", "院长", "副院长",
    "院士", "大法官", "法官", "检察官", "检察长", "教授", "副教授", "助理教授", "研究员", "科学家", "经济学家", "分析师", "律师", "负责人",
    "总监", "经理", "架构师", "工程师", "设计师", "制片人", "导演", "编剧", "演员", "作家", "博主",
    "主播", "台长", "CEO", "CTO", "COO", "CFO", "总编辑", "主编", "记者", "合伙人", "投资人", "媒体人",
    "部长", "局长", "厅长", "市长", "省长", "总统", "总理", "议员", "大使", "发言人", "校长", "会长",
    "理事长", "行长", "高管", "艺术家", "摄影师", "画家", "学者", "专家", "领导人", "创办人", "网友",
    "用户", "首相", "外相", "大臣", "长官", "副部长", "总干事", "署长", "党首", "党代表", "社长", "知事",
    "国务卿", "副总统",
    # the titles of a public body's and a programme's people: a press conference's host and its officials
    "主持人", "司长", "副司长", "副局长", "处长", "副处长", "科长", "副市长", "副省长", "副校长", "副行长",
    "副会长", "副秘书长", "书记", "副书记", "厂长", "评论员", "顾问", "讲师",
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
_LEAD_WORDS = re.compile(r"^(?:那么|那|包括|据悉|另据|据|比如|例如|如果|通过|目前|当前|帮助|建议|现任|时任|曾任|前任|担任|"
                         r"每天|其中|另有|此外|随着|作为|还有|以及|而且|并且|同时|针对|关于|来自|联合|携手|旗下|"
                         r"全资子公司|控股子公司|子公司|母公司|分公司)+")


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
                   "工作室", "事务所", "交易所", "科学院", "工程院", "联合会", "基金会", "研究会", "商会",
                   "剧院", "博物馆", "美术馆", "图书馆", "医院", "法院", "分校", "联席会", "编辑部",
                   "投顾", "投信")  # Taiwan's advisory and fund houses (东亚投顾)


WEAK_SUFFIXES = ("公司", "科技", "网络", "传媒", "影视", "文化", "信息", "电子", "智能", "游戏", "数据",
                 "软件", "技术", "在线", "互动", "娱乐", "动漫", "汽车", "医药", "通信", "社", "学会", "学院",
                 "投资", "制药", "药业", "生物", "能源", "化工", "物流", "地产", "保险", "航空",
                 "电气", "机械", "重工", "光电", "半导体", "物业", "置业", "置地", "纸业", "矿业", "乳业", "酒业", "钢铁", "建材", "电器")


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
    "汽车 医药 通信 电子 动漫 在线 互动 人才 未来 智慧 龙头 领军 独角兽 研究机构 机构 "
    "私募 公募 对冲 主权 养老 天使 引导 产业基金 外国 外资 外地 境外 境内 内地 大陆 本地 当地 上市 非上市 房地产 房产 楼市 物业".split())


#: Latin words that are not names on their own (technical terms, job titles).
LATIN_COMMON = {w.lower() for w in (
    "AI AIGC AGI API APP App PPT VPN GPU CPU NPU TPU CEO CTO COO CFO IP UGC PGC OK PC TV PDF URL HTML "
    "DNA Bug Prompt Prompts Slogan Demo Beta Logo MaaS SaaS PaaS IaaS IT ICT VR AR XR MR LLM LLMs NLP CV "
    "GitHub Github The A B C D E F G H I J K L M N O P Q R S T U V W X Y Z Chatbot Vlog Vlogger Token Tokens "
    "TODO FYI NB Note Notes Tips Update Updates "
    "PS UI UX MV IPO VC PE GDP CPI AIoT IoT SDK Copy Pro Plus Max Mini Ultra Turbo Lite Web Online New "
    "Boss Hi Hello Yes No Q&A FAQ QA ID MB GB TB KB PB EB Flops Hz K P Inc Ltd Co Corp Group Lab Labs "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Mr Mrs Ms Dr Prof Via Source Photo Image Video Pic Http Https Www Com NPC NPCs Podcast Podcasts Blog "
    "RPA AGI ASR TTS OCR SEO KOL KOC MCN DAU MAU ROI B2B B2C GIF JPG JPEG PNG MP4 MP3 RIP TOB TOC "
    "Ctrl Alt Shift Tab Esc Command Enter Home End Del FPS HD UHD BGM CG VFX IPO OTT SOP KPI OKR "
    "CEO COO CMO CIO PM PR HR DIY UP LOL OMG WOW PPT Excel Word Transformer Transformers "
    "Attention Encoder Decoder Embedding Benchmark Beatbox None True False Null NaN Undefined "
    # body styles, powertrains and test cycles: what a car is or how it was measured, never who made it
    "SUV MPV CUV EV BEV PHEV HEV EREV NEV ICE SEDAN CLTC NEDC WLTP WLTC EPA ADAS OTA NOA".split())}


#: What a product name written with a version looks like (GPT-4, Gemini 1.5, Llama 2).
_VERSIONED = re.compile(r"[A-Z][A-Za-z]+(?:[- ]?\d+(?:\.\d+)?[A-Za-z]?(?: (?:Pro|Ultra|Turbo|Max|Plus|Mini|Nano|Flash|Lite))?)?"
                        r"|[A-Z]\d{1,3}[a-z]")  # a model's code: "P7i"


#: Characters used to transliterate foreign names (米拉·穆拉蒂, 埃隆·马斯克, 萨姆·奥尔特曼).
_TR = ("阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德迪蒂狄丁东杜多厄恩尔法凡范菲费芬丰"
       "弗伏福富盖甘冈高戈哥格葛古瓜圭哈海汉豪浩赫黑亨洪胡华怀霍基吉加佳嘉贾杰捷金津卡凯坎康考柯科"
       "可克肯孔库奎拉莱赖兰朗劳勒雷蕾累黎里理丽利莉连林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅美门蒙孟米明"
       "摩莫默姆牧穆纳娜奈南内尼妮宁纽努诺欧帕派潘庞佩彭皮珀坡普奇齐恰乔切钦琴琼丘屈让热荣瑞若萨塞"
       "赛桑森沙莎珊善尚舍申什施史士斯宋苏索塔泰坦汤唐陶特滕梯提汀廷通图托瓦万旺威韦维温文沃乌伍武"
       "西希锡席夏谢辛休许薛雅亚扬杨耶伊依因英尤于约泽扎詹哲珍兹佐琪薇娅黛露蒂茨奈芙琳丝黛玛密修"
       "顿逊登敦廉")  # (华盛顿, 约翰逊, 伦敦, 威廉)


@lru_cache(maxsize=1)
def _tags() -> tuple[dict, dict]:
    """jieba's dictionary: word → part-of-speech tag, word → frequency."""
    from .text import jieba_module

    jb = jieba_module()
    import jieba.posseg as posseg

    return posseg.dt.word_tag_tab, jb.dt.FREQ


def word_tag(word: str) -> str:
    """jieba's dictionary tag of a word ('' when the word is not in the dictionary)."""
    return _tags()[0].get(word, "")


@lru_cache(maxsize=1 << 16)
def _cut(text: str) -> tuple[str, ...]:
    """jieba's words of ``text``; a text longer than a sentence is cut in bounded pieces
    (``textutil.cut_long``: jieba's HMM is quadratic in one long run of unknown characters)."""
    from ..textutil import jieba_words

    return jieba_words(text)  # shared with ``text.tokens``: each sentence segmented once


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
    starts = _span_starts(text)  # spans are in text order: only those starting in [lo, end) are read
    near = spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, end)]
    toks = [t for a, b, t in near if b <= end]
    toks += [text[a:end] for a, b, t in near if end < b]  # "中央|电视台" inside one word
    return _org_head_tokens(toks, strong)


@lru_cache(maxsize=1 << 10)
def _span_starts(text: str) -> list[int]:
    return [a for a, _, _ in _spans(text)[0]]


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
        tag = word_tag(tok)
        ok = _namelike_token(tok) or strong and re.fullmatch(r"[\u4e00-\u9fff]+", tok) is not None and (
            len(tok) >= 2 and tag.startswith(("v", "a")) and not tag.startswith("ad")  # 创新, 独立
            or tag == "m" and not re.search(r"[一二两三四五六七八九十百千万亿几数]", tok)  # 元(宇宙)
            # a letter the segmenter split off an unknown compound ("智能网|联|出行"), between two name words
            or len(tok) == 1 and tag.startswith("v") and bool(head) and k > 0 and tok not in _STOP_CHARS
            and _namelike_token(toks[k - 1]) and len(toks[k - 1]) >= 2)
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
    for k in range(len(head) - 1, 0, -1):  # "专访|香港海洋环境研究中心": the name starts at the place
        if word_tag(head[k]) == "ns" and any(word_tag(t).startswith("v") and not word_tag(t).startswith("vn")
                                             for t in head[:k]):
            head = head[k:]
            break
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


_TITLE_END = "(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + ")$"


def _role_left(text: str, end: int) -> str:
    """The role before a name: back to the previous clause punctuation (brackets kept)."""
    start = end
    while start > 0 and end - start < 40 and text[start - 1] not in "，。；：！？“”「」\n、":
        start -= 1
    if start > 1 and text[start - 1] == "、" and re.search(_TITLE_END, text[max(0, start - 12):start - 1]):
        # "一览科技创始人、CEO罗江春": both titles, with the company before the first
        start -= 1
        while start > 0 and end - start < 40 and text[start - 1] not in "，。；：！？“”「」\n、":
            start -= 1
    role = _LEAD_WORDS.sub("", text[start:end].strip(" 丨｜|:："))
    role = re.sub(r"^(?:与|和|同|跟|向|对|及|由|被|让|将|把)(?=[\u4e00-\u9fff]{3})", "", role)  # "与中国国务院总理李强"
    role = re.sub(r"^\d+(?:\.\d+)+\s*|^\d+[.、]\s*|^[#\s]+", "", role)  # "6.2 " numbers a heading; "360" names
    if role.count("（") > role.count("）"):
        role = role[role.rfind("（") + 1:]
    elif role.count("）") > role.count("（"):
        role = role[role.rfind("）") + 1:]  # "（摄影：某某）主持人": a credit closed before the title
    return role.strip()


def _clause_left(text: str, end: int, limit: int = 16) -> str:
    """Text before ``end`` back to the previous punctuation (at most ``limit`` characters)."""
    start = end
    while start > 0 and end - start < limit and text[start - 1] not in _PUNCT:
        start -= 1
    return text[start:end]


#: Characters that never end a person's name: a particle or the verb of what they said
#: ("官方的回应：", "王姐说：").
_NOT_END = set("的了们着说")


def _person_ok(name: str) -> bool:
    """A Chinese 2–3 character string that can be a person's name."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or name[0] in _NOT_START or name[-1] in _NOT_END:
        return False
    tag = word_tag(name)
    return not tag or tag.startswith("nr") or not tag.startswith(_BAD_TAGS + ("n", "a", "vn", "ns", "nt"))


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


def _inside_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is part of a longer dictionary word of the paragraph's segmentation
    ("梦里寻他千百度": 百度 inside 千百度; "东北大学": 北大 inside it), not glued to a neighbour
    by the segmenter's guess ("以谷歌")."""
    spans, _, _ = _spans(text)
    starts = _span_starts(text)
    k = max(0, bisect.bisect_right(starts, start) - 1)
    while k < len(spans) and spans[k][0] < end:
        a, b, tok = spans[k]
        if b > start and (a < start or b > end) and word_tag(tok):
            return True
        k += 1
    return False


def _token_starts_at(text: str, i: int) -> bool:
    """A jieba word starts at ``i``: "人工智能" does not end in the suffix 智能."""
    return i in _spans(text)[1]


@lru_cache(maxsize=1 << 14)
def _pinyin(ch: str) -> str:
    """The toneless reading of one Chinese character ('' for anything else)."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(ch)[0] if re.fullmatch(r"[\u4e00-\u9fff]", ch) else ""


def romanised_tail(han: str, latin: str) -> str:
    """The end of ``han`` that is the person ``latin`` spells (``其中葛云`` + ``Yun Ge`` → ``葛云``,
    ``吴浩然`` + ``Haoran Wu`` → ``吴浩然``): a surname and a given name read alike, in either order."""
    words = {w.lower() for w in latin.split()}
    if len(words) != 2:
        return ""
    for size in (3, 2):
        tail = han[-size:]
        if len(tail) == size and tail[0] in SURNAMES \
                and {_pinyin(tail[0]), "".join(_pinyin(c) for c in tail[1:])} == words:
            return tail
    return ""


def _all_generic_place(head: str) -> bool:
    places = {"中国", "美国", "日本", "韩国", "欧洲", "全国", "国际", "上海", "北京"}
    return all(w in GENERIC and w not in places for w in _cut(head))
