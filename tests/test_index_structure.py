"""Names read from a document's structure, and phrases that structure says are no names: a
transcript's turn labels (a host, an official with the body's department), an interview log's
cast lines ("名字（who they are）"), a list labelled with a kind of body, a title before a
transliterated name with its original, a translated word after a transliterated company, a body's
short name made from its long name's words, a kinship nickname; numbered question labels, a name
ending on a particle or on 说, a verb phrase before an organisation suffix, an issue number in a
byline. On small synthetic articles written for these tests (a fishing moratorium, a museum
renovation, a ferry strike: invented names)."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, script="zh-Hans", **kw):
    kw.setdefault("date", "2025-05-01")
    return _index_article(slug, body, script, **kw)


def _names(analysis):
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


def test_a_transcripts_turn_labels_name_the_host_and_the_officials_with_their_roles():
    a = _article("p1", "[图片]发布会现场。（摄影：林小川）主持人王海川：各位记者朋友，上午好！欢迎参加海洋渔业局新闻发布会。\n\n"
                       "我们请来了海洋渔业局副局长江一帆，渔政司司长孟凡。\n\n"
                       "渔政司司长孟凡：今年休渔期将延长半个月。\n\n主持人王海川：下面请记者提问。\n\n"
                       "东港日报记者：休渔期延长会不会影响渔民收入？\n\n孟凡：我们将发放补贴。")
    analysis = _run(a)
    host = _entity(analysis, "王海川")
    assert host and host.kind == "person" and host.role == "主持人"  # not "林小川）主持人", not an org
    assert "主持人王海川" not in _names(analysis)
    official = _entity(analysis, "江一帆")
    assert official and official.role == "海洋渔业局副局长"  # not "我们请来了…"
    assert _entity(analysis, "孟凡") and _entity(analysis, "孟凡").kind == "person"


def test_an_interview_logs_cast_lines_name_people_their_roles_and_employers():
    a = _article("n1", "一、背景\n\n休渔期延长半个月，渔民收入受影响。\n\n二、采访\n\n"
                       "陈志远（东港大学海洋研究所教授）\n\n电话，5/6下午，约30分钟。\n\n"
                       "林晓（海湾渔获贸易公司销售总监）\n\n微信语音，5/7上午。\n\n"
                       "何家宝（52岁，渔船船长）\n\n这次损失不小。\n\n"
                       "官方的回应：渔政司发布会上说，将发放补贴。\n\n三、TODO\n\n[ ] 核实补贴标准")
    analysis = _run(a)
    chen, lin, he = _entity(analysis, "陈志远"), _entity(analysis, "林晓"), _entity(analysis, "何家宝")
    assert chen and chen.kind == "person" and chen.role == "东港大学海洋研究所教授"
    assert lin and lin.role == "海湾渔获贸易公司销售总监"
    assert he and he.role == "渔船船长"  # the age is no role
    assert _entity(analysis, "海湾渔获贸易公司").kind == "org"
    names = _names(analysis)
    assert "官方的" not in names and "TODO" not in names


def test_a_bracket_that_describes_a_thing_is_no_cast_line():
    a = _article("n2", "晨星（运动品牌）\n\n这个牌子今年推出了新款跑鞋。")
    assert _entity(_run(a), "晨星") is None


def test_a_list_labelled_with_a_kind_of_body_names_every_item():
    a = _article("l1", "相关机构：海洋渔业局、国家统计局、全国渔业协调办、东港市海洋研究院\n\n"
                       "背景：休渔期从5月1日开始。")
    names = _names(_run(a))
    assert {"全国渔业协调办", "国家统计局", "东港市海洋研究院"} <= names
    b = _article("l2", "相关问题：休渔期、补贴标准、渔船检修\n\n背景：休渔期从5月1日开始。")
    assert not {"补贴标准", "渔船检修"} & _names(_run(b))  # a list of topics names nobody


def test_a_speaker_before_an_adverb_and_the_verb_is_found_in_traditional_script():
    a = _article("t1", "東港海洋研究院研究員鄧立群不同意這種看法。他說，魚群恢復需要時間。\n\n"
                       "鄧立群並指出，休漁是必要的。", script="zh-Hant")
    e = _entity(_run(a), "邓立群")
    assert e and e.kind == "person" and e.role == "东港海洋研究院研究员"


def test_a_title_then_a_transliterated_name_before_its_original_is_the_person():
    a = _article("b1", "諮詢機構格林伍德諮詢（Greenwood Consulting）合夥人莫里斯（Davi d Morris）指出，"
                       "延長休漁有助緩解漁業基金的壓力。\n\n據路透社報道，多國也在跟進。", script="zh-Hant")
    analysis = _run(a)
    names = _names(analysis)
    person = _entity(analysis, "莫里斯")
    assert person and person.kind == "person"
    org = _entity(analysis, "格林伍德咨询")  # the transliteration and the translated word, without "咨询机构"
    assert org and org.kind == "org" and "Greenwood Consulting" in org.aliases
    assert "合伙人莫里斯" not in names and "格林伍德" not in names
    assert "有助缓解渔业基金" not in names  # a verb phrase before the suffix
    assert "路透社" in names and "据路透社" not in names


def test_numbered_question_labels_a_speech_verb_and_a_verb_phrase_are_no_names():
    a = _article("q1", "Q1：休渔期为什么延长？\n\nA：为了让鱼群恢复。\n\nQ2：渔民怎么办？\n\nA：政府发补贴。\n\n"
                       "Q3：会影响鱼价吗？\n\nA：短期会。\n\n王姐说：“我们家三条船都停了。”\n\n"
                       "小渔村迟早也要被债主告上法院。\n\n以南韩为例，休渔期通常更长。")
    names = _names(_run(a))
    assert not {"Q1", "Q2", "Q3", "王姐说", "债主告上法院", "韩为例"} & names
    assert "王姐" in names


def test_a_bodys_short_name_from_its_long_names_words_is_one_entry():
    a = _article("s1", "国家文物保护研究中心主任孟凡表示，修缮将持续两年。", date="2025-04-01")
    b = _article("s2", "文保中心表示，今年的修缮经费将提前拨付。", date="2025-04-02")
    analysis = _run(a, b)
    e = _entity(analysis, "国家文物保护研究中心")
    assert e and "文保中心" in e.aliases and {m.article for m in e.mentions} == {"s1", "s2"}
    c = _article("s3", "中国农业银行与中国银行均下调了存款利率。")
    assert _entity(_run(c), "中国银行") is not _entity(_run(c), "中国农业银行")  # a word left out is no short name


def test_a_kinship_nickname_is_the_one_person_of_that_surname_named_in_full():
    a = _article("k1", "渡轮售票员周美华今年48岁，在码头干了二十年。\n\n周姐说：“停航一天，我们就少一天收入。”\n\n"
                       "船长吴国栋则认为罢工很难持续。")
    analysis = _run(a)
    e = _entity(analysis, "周美华")
    assert e and "周姐" in e.aliases and e.name == "周美华"
    b = _article("k2", "码头经理周美华和工程师周建国都在码头工作。\n\n周姐说：“停航一天，我们就少一天收入。”")
    analysis = _run(b)
    assert _entity(analysis, "周建国").role == "工程师"
    e2 = _entity(analysis, "周美华")
    assert e2 is None or "周姐" not in e2.aliases  # two people surnamed 周: the nickname names neither


def test_an_issue_number_and_a_button_beside_the_byline_are_no_names():
    a = _article("m1", "本文刊载于《海风周刊》第812期\n\n休渔期延长半个月。", outlet="本网", author="马晓宁、整理")
    b = _article("m2", "休渔期延长半个月。", outlet="第812期", author="郁青禾，资深媒体人 关注作者")
    analysis = _run(a, b)
    names = _names(analysis)
    assert "马晓宁" in names and "本网" not in _entity(analysis, "马晓宁").role
    assert not {"本网", "第812期", "关注作者"} & names


def test_a_pen_name_called_by_its_last_characters_is_one_person():
    a = _article("w1", "公众号博主“夜读人卡门罗”向记者介绍，他每天要读三本书。")
    b = _article("w2", "纸书还会有读者吗？\n\n## 读书博主卡门罗\n\n卡门罗认为，电子书不会取代纸书。")
    analysis = _run(a, b)
    e = _entity(analysis, "卡门罗")
    assert e and e is _entity(analysis, "夜读人卡门罗") and {m.article for m in e.mentions} == {"w1", "w2"}


def test_roles_from_a_title_before_a_transliteration_a_turn_label_and_a_programmes_credit():
    a = _article("r1", "海湾航运（Gulf Shipping）首席经济学家费尔南德斯（Ana Fernandez）表示，罢工将推高运费。\n\n"
                       "周小满（大三学生，每周坐渡轮回家）：“停航一天，我就得绕路三个小时。”\n\n"
                       "主持人：岳晴\n\n今天我们来谈渡轮罢工。")
    analysis = _run(a)
    assert _entity(analysis, "费尔南德斯").role.endswith("首席经济学家")
    assert _entity(analysis, "周小满").role.startswith("大三学生")
    assert _entity(analysis, "岳晴").role == "主持人"


def test_a_transliterated_name_ending_on_a_chinese_surname_and_a_company_after_its_kind():
    a = _article("c1", "晨曦电池研究院院长乔安娜·李（Joanna Li）指出，固态电池仍需五年。\n\n"
                       "顾问公司麦斯顿咨询（Maxton Advisory）高级顾问哈里森（Tom Harrison）表示，价格战仍将持续。")
    analysis = _run(a)
    person = _entity(analysis, "乔安娜·李")
    assert person and "Joanna Li" in person.aliases and _entity(analysis, "乔安娜") in (None, person)
    org = _entity(analysis, "麦斯顿咨询")
    assert org and "Maxton Advisory" in org.aliases and "顾问公司麦斯顿咨询" not in _names(analysis)


def test_a_body_named_in_a_reporting_frame_and_the_unnamed_sources_that_are_not():
    a = _article("f1", "据蓝鲸财经报道，工会要求加薪15%。\n\n据知情人士透露，双方仍有分歧。\n\n"
                       "业内人士表示，罢工很难持续。\n\n日本市场表示谨慎。\n\n该公司表示，将尽快复航。\n\n"
                       "据有关部门统计，客流下降两成。")
    names = _names(_run(a))
    assert "蓝鲸财经" in names
    assert not {"知情人士", "业内人士", "日本市场", "该公司", "有关部门"} & names


def test_a_name_with_an_alias_note_or_an_age_in_brackets_is_a_person():
    a = _article("x1", "王小明（化名）告诉记者，他每天要坐两趟渡轮。\n\n受访者陈立（35岁）说，船票涨了。\n\n"
                       "今年的渡轮公司（3家）都亏损。", outlet="维港时报 Victoria Harbour Times", author="邝凯琳")
    analysis = _run(a)
    assert _entity(analysis, "王小明").kind == "person" and _entity(analysis, "陈立").kind == "person"
    assert "渡轮公司" not in _names(analysis)
    assert _entity(analysis, "邝凯琳").role.startswith("维港时报")  # a long outlet name still says whose author
