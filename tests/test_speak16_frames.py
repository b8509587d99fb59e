"""The words between a holder and its reporting verb that say when, where or to whom they spoke are
no part of who speaks (issue 13, property 1): "X早前向本地媒体表示", "X今日在议会受访时指出",
"X在与投资者交流时表示" credit X, with the role the text gives. A listed company's board
secretary (董事会秘书, 董秘) and a legislator (立委) are titled people; "觉得" reports a view like
"认为". Written on invented events (a museum's timed tickets, a typhoon shelter, a battery
recycler's results) in forms no corpus has: a wire dispatch, a Taiwanese TV news page in
traditional script, an investor-relations e-mail digest; and what stays nobody's: the writer's
own "我觉得", a vague "很多人觉得", a place or a time mistaken for a holder.
"""

from __future__ import annotations

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 博物馆分时预约\n  terms: [博物馆, 预约, 避难所, 电池回收]\n"


def _article(body, script="zh-Hans", outlet=None, author=None):
    return Article(slug="a", source="a.txt", title="标题", script=script, blocks=parse_body(body),
                   outlet=outlet, author=author, date="2025-06-02")


def _who(tmp_path, article, text):
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]


_WIRE = ("本社青川6月2日电（记者 甘露）青川市博物馆自本月起实行分时预约，每日限流八千人次。\n\n"
         "青川市文旅局副局长宁怀远早前向本地媒体表示，分时预约是为了让观众在展厅里看得清、走得动。\n\n"
         "青川大学历史系教授谭一苇今日在市议会受访时指出，预约制度对外地游客并不友好，“很多人临时起意，根本约不上”。\n\n"
         "很多人觉得限流没有必要。馆方称，节假日的预约名额会提前七天放出。")


def test_wire_dispatch_holder_before_time_and_audience(tmp_path):
    art = _article(_WIRE, outlet="青川通讯社")
    assert _who(tmp_path, art, "分时预约是为了让观众") == [("宁怀远", "青川市文旅局副局长")]
    # the place where he spoke ("在市议会") is not a holder, nor part of the name
    assert _who(tmp_path, art, "预约制度对外地游客并不友好") == [("谭一苇", "青川大学历史系教授")]
    # a vague "很多人觉得" names nobody
    assert _who(tmp_path, art, "很多人觉得限流没有必要") == []


_TV = ("颱風季前，海濱縣避難所整修進度落後。\n\n"
       "民進黨立委蘇明哲今日在立法院受訪時指出，避難所的發電機多數超過十五年，「一停電就全黑」。\n\n"
       "海濱縣消防局長何靜早前向地方媒體表示，今年會先更換沿海三處避難所的設備。\n\n"
       "家住漁港旁的陳太太覺得，整修應該先做無障礙坡道，「老人家根本上不去」。")


def test_traditional_tv_page_legislator_and_official(tmp_path):
    art = _article(_TV, script="zh-Hant", outlet="海濱電視")
    assert _who(tmp_path, art, "避難所的發電機多數超過十五年") == [("蘇明哲", "民進黨立委")]
    assert _who(tmp_path, art, "今年會先更換沿海三處避難所") == [("何靜", "海濱縣消防局長")]
    who = _who(tmp_path, art, "整修應該先做無障礙坡道")
    assert [n for n, _ in who] == ["陳太太"]


_MAIL = ("发件人：投资者关系部 <ir@lvxin-example.cn>\n收件人：订阅用户\n主题：绿芯循环 6月投资者交流纪要\n\n"
         "各位投资者：\n\n"
         "6月1日，公司董事会秘书邵明远在与投资者交流时表示，电池回收业务二季度处理量同比增长约四成。\n\n"
         "邵明远同时提醒，碳酸锂价格仍在低位，回收料的利润空间有限。\n\n"
         "我觉得今年的重点还是产能爬坡。\n\n"
         "此致\n投资者关系部")


def test_mail_digest_board_secretary(tmp_path):
    art = _article(_MAIL, author="投资者关系部")
    assert _who(tmp_path, art, "电池回收业务二季度处理量") == [("邵明远", "公司董事会秘书")]
    assert [n for n, _ in _who(tmp_path, art, "碳酸锂价格仍在低位")] == ["邵明远"]


def test_no_holder_from_circumstance_alone(tmp_path):
    # a sentence whose only "holder" is a time and a place names nobody; "让人觉得" is nobody's view
    body = ("博物馆预约风波。\n\n今日在市议会，有关预约的讨论持续了三个小时。\n\n"
            "让人觉得不便的，是预约入口藏得太深。")
    art = _article(body)
    assert _who(tmp_path, art, "有关预约的讨论持续了三个小时") == []
    assert _who(tmp_path, art, "让人觉得不便的") == []


# a "他"/"她" after a clause, in the same sentence, that names someone ---------------------------
# "X在…，他觉得…": the pronoun is the clause's subject, never a person named in an earlier paragraph;
# a subject that cannot be read (a title, no name) leaves the sentence nobody's.

_FEATURE = ("社区食堂的午市，每天十一点开门。\n\n"
            "街道办主任蒋立新介绍，食堂由街道出资、居民议事会监督运营。\n\n"
            "退休教师林女士在食堂做了两年志愿者，她觉得老人最在意的不是价格，而是“有人一起吃饭”。")


def test_feature_pronoun_is_the_clause_subject_not_the_earlier_official(tmp_path):
    art = _article(_FEATURE, author="周刊记者")
    who = _who(tmp_path, art, "老人最在意的不是价格")
    assert who == [("林女士", "退休教师")]


_HK = ("屋苑電梯更換工程延誤三個月。\n\n"
       "業主立案法團主席鄧志強表示，承辦商已被罰款。\n\n"
       "住在三樓的黃太太一直負責長者關注組，她認為工程期間應安排義工幫長者搬運物資。\n\n"
       "二樓的何先生負責聯絡承辦商，他說新電梯下月初可以試行。")


def test_traditional_page_pronoun_after_described_resident(tmp_path):
    art = _article(_HK, script="zh-Hant", outlet="屋苑通訊")
    who = _who(tmp_path, art, "工程期間應安排義工")
    assert [n for n, _ in who] == ["黃太太"]
    # a clause whose subject is a described resident the reader cannot delimit ("二樓的何先生負責…"):
    # never the chairman of the paragraph before
    assert "鄧志強" not in [n for n, _ in _who(tmp_path, art, "新電梯下月初可以試行")]


_NOTE = ("夜校招生说明会纪要\n\n"
         "教务处处长韩卫东说明，今年夜校开设十二个专业。\n\n"
         "该校一名副校长在会上发言，他认为学费还应再降两成。")


def test_minutes_unreadable_subject_leaves_pronoun_unresolved(tmp_path):
    art = _article(_NOTE)
    # the earlier paragraph's 韩卫东 would be a guess: the sentence is the unnamed vice-principal's
    assert [n for n, _ in _who(tmp_path, art, "学费还应再降两成")] != ["韩卫东"]


# a phrase is never a speaker (issue 13: "从统计上", "风险提示" were credited) -----------------------

def test_phrase_shapes_are_no_speaker_names():
    from generator.analyse.speakercheck import checked_name

    for phrase, kind in (("从统计上", "org"), ("就长期而言", "org"), ("风险提示", "person"), ("免责声明", "org"),
                         ("星期五晚", "person"), ("有机构", "org"), ("有研究机构", "org")):
        assert checked_name(phrase, kind, "") == "", phrase
    # names and bodies of the same shapes' neighbourhood are kept
    for name, kind in (("周明", "person"), ("于洪雷", "person"), ("国务院", "org"), ("在线教育公司", "org"),
                       ("以色列", "org"), ("业内人士", "group"), ("部分网民及经济学博主", "group")):
        assert checked_name(name, kind, "") == name, name


def test_wire_existential_and_vague_holders_credit_nobody(tmp_path):
    body = ("潮汐电站试运行\n\n本社东湾5月2日电 有机构估计，潮汐电站的度电成本是风电的两倍。"
            "星期五晚说好的发布会推迟了。\n\n海洋大学教授陆海峰表示，渔业影响需要三年监测才能下结论。")
    art = _article(body, outlet="东湾通讯社")
    for text in ("度电成本是风电的两倍", "发布会推迟了"):
        assert _who(tmp_path, art, text) == [], text
    assert _who(tmp_path, art, "渔业影响需要三年监测") == [("陆海峰", "海洋大学教授")]


def test_traditional_page_existential_body_is_nobody(tmp_path):
    body = "潮汐電站\n\n有研究機構指出，潮汐電站的度電成本是風電的兩倍。\n\n有媒體報導稱，電站明年並網。"
    art = _article(body, script="zh-Hant", outlet="海濱電視")
    assert _who(tmp_path, art, "度電成本是風電的兩倍") == []
    assert _who(tmp_path, art, "電站明年並網") == []
