"""The vocabulary the name finder reads: surnames, titles and roles, verbs of saying, characters
that cannot start or end a name, organisation suffixes, general words, common Latin words, the
characters of transliterated foreign names. Data only (split from ``namewords.py``)."""

from __future__ import annotations

import re

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
    "国务卿", "副总统", "立法委员", "立委",
    # the titles of a public body's and a programme's people: a press conference's host and its officials
    "主持人", "司长", "副司长", "副局长", "处长", "副处长", "科长", "副市长", "副省长", "副校长", "副行长",
    "副会长", "副秘书长", "书记", "副书记", "厂长", "评论员", "顾问", "讲师",
    # the professions and offices that introduce a name as a title does ("注册营养师许静则…",
    # "主任医师赵宏先生", "董事会秘书吴建新介绍…")
    "医师", "主任医师", "副主任医师", "主治医师", "医生", "护士长", "药师", "营养师", "注册营养师",
    "董事会秘书", "董秘", "证券事务代表", "财务总监",
    # the market's titles: a strategist, an investment chief, a fund manager, a desk's head, a trader
    "策略师", "首席策略师", "首席投资官", "投资官", "基金经理", "主管", "副总", "交易员", "经济师", "首席经济师",
    # Taiwan's and Hong Kong's corporate ranks ("业务处协理陈某", "分行襄理", "副理")
    "协理", "副协理", "襄理", "副理",
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
    "SUV MPV CUV EV BEV PHEV HEV EREV NEV ICE SEDAN CLTC NEDC WLTP WLTC EPA ADAS OTA NOA "
    # economic measures, rates, instruments and accounting terms: what a market or a firm reports, never who
    "PPI PMI GNP LPR MLF SLF PSL SLO RRR ETF ETFs LOF REIT REITs QFII RQFII QDII M0 M1 M2 ROE ROA EPS NAV AUM "
    "ESG YoY MoM QoQ CAGR GMV ARPU EBIT EBITDA PEG FDI OPEC+ "
    # a game's and a machine's kinds and parts: what is sold or fitted, not who sells it
    "DLC AAA MOD APU RPG MMO MMORPG FPV Series Edition YouTuber YouTubers Blogger Streamer Influencer "
    # chips, memory, lithography, radio and a phone's services: what a device holds or is made with, never who
    "SoC EUV DUV DRAM SRAM NAND HBM LPDDR DDR SSD HDD RAM ROM CMOS OLED AMOLED LCD LED MEMS NFC GPS GNSS USB "
    "WiFi LTE FPGA ASIC MCU DSP ISP EDA SiC GaN IGBT GMS HMS OS IC PCB".split())}


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
       "顿逊登敦廉翰")  # (华盛顿, 约翰逊, 伦敦, 威廉, 约翰)


_STOP_CHARS = set("的是在和与及或对向被将把从由为让给据因而但并也都又就还则了着过很更最这那其该此每各某本即如"
                  "至到于往赴去入进自当")


_TITLE_END = "(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + ")$"


#: Characters that never end a person's name: a particle or the verb of what they said
#: ("官方的回应：", "王姐说：").
_NOT_END = set("的了们着说")
