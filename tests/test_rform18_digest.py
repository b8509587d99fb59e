"""A digest of numbered items is a list of separate pieces: each item's head line becomes a ``###``
heading, whatever its markup, and an item about something else feeds no timeline or index.
Synthetic forms (a school newsletter in Markdown, a conference programme, podcast show notes,
a slide's bullet list), none taken from a development corpus."""

from pathlib import Path

from generator.analyse import analyse
from generator.articles import parse_body
from generator.clean import clean
from generator.model import Article

ROOT = Path(__file__).resolve().parents[1]

SCHOOL = """# 实验小学家长周报｜第12期

**1. 秋季运动会报名开始**

本周三起各班可报名参加秋季运动会，项目包括跳绳、接力和拔河，报名截止到10月18日。

**2. 食堂更换供应商**

学校食堂自10月起由新供应商承办，家委会将每月抽查一次菜品。

**3. 图书馆延长开放时间**

图书馆周一至周五开放至下午六点，三年级以上学生可借阅两本。
"""

PROGRAMME = """2024城市园林论坛议程

（1）开幕致辞
市园林局局长致开幕辞，回顾过去一年的绿地建设成果。

（2）主旨演讲：屋顶绿化的成本
一位建筑学教授将介绍屋顶绿化每平方米的造价和维护费用。

（3）圆桌讨论
四位嘉宾将讨论老旧小区绿化改造中的居民协商问题。
"""

PODCAST = """咖啡慢谈 第48期 节目要点

1️⃣ 为什么咖啡豆要养豆
烘焙后的咖啡豆需要静置几天排出二氧化碳，主播解释了养豆的时间和方法。

2️⃣ 手冲水温怎么选
浅烘豆适合九十二度左右的水温，深烘豆可以低一些，嘉宾分享了自己的经验。

3️⃣ 听众来信
一位听众问磨豆机多久清洁一次，主播建议每两周清理一次刀盘。
"""


def _body(text, name):
    return clean(text, source=name).body


def test_school_newsletter_bold_numbered_items_become_headings():
    body = _body(SCHOOL, "weekly.md")
    for head in ("秋季运动会报名开始", "食堂更换供应商", "图书馆延长开放时间"):
        assert f"### {head}\n" in body
    assert "**" not in body and "1\\." not in body
    # each item's text stays whole, under its own heading
    assert "本周三起各班可报名参加秋季运动会，项目包括跳绳、接力和拔河，报名截止到10月18日。" in body


def test_programme_with_bracketed_numbers_is_one_section_per_session():
    body = _body(PROGRAMME, "programme.txt")
    assert "### 开幕致辞\n" in body and "### 主旨演讲：屋顶绿化的成本\n" in body and "### 圆桌讨论\n" in body
    assert "开幕致辞市园林局" not in body  # a head is never glued to its item's text


def test_podcast_show_notes_with_keycap_numbers():
    body = _body(PODCAST, "shownotes.txt")
    assert "### 手冲水温怎么选\n" in body and "### 听众来信\n" in body
    assert "一位听众问磨豆机多久清洁一次，主播建议每两周清理一次刀盘。" in body


def test_numbered_list_without_bodies_stays_a_list():
    body = _body("协会建议\n\n1. 建立产地标识\n2. 加强抽检\n3. 定期发布结果\n\n以上建议将在年会上讨论。\n", "slide.txt")
    assert "###" not in body
    assert "建立产地标识" in body and "定期发布结果" in body


def test_numbered_sentences_are_no_heads():
    text = ("会议纪要\n\n1. 本周三起各班可报名参加秋季运动会，项目包括跳绳。\n\n2. 学校食堂自10月起由新供应商承办。\n\n"
            "3. 图书馆周一至周五开放至下午六点。\n")
    assert "###" not in _body(text, "minutes.txt")


def _article(slug, body, **kw):
    return Article(slug=slug, source=f"{slug}.txt", title=kw.pop("title", slug), script="zh-Hans",
                   blocks=parse_body(body), **kw)


def test_an_off_topic_item_feeds_no_timeline_and_no_index():
    articles = [
        _article("a", "2月16日，OpenAI发布Sora大模型，可生成60秒视频。\n\n上海市人工智能行业协会秘书长钟俊浩认为，Sora的训练成本高昂。",
                 outlet="甲报", date="2024-02-20", title="OpenAI发布Sora"),
        _article("b", "### OpenAI发布视频模型Sora\n\n2月16日，OpenAI发布视频生成模型Sora，专家认为Sora的训练成本高昂。\n\n"
                 "### 城市马拉松报名人数创新高\n\n10月20日，本市马拉松组委会主任王建明表示，今年报名人数超过五万人，创历史新高。",
                 outlet="乙报", date="2024-02-21", title="早报：Sora发布；马拉松报名创新高"),
    ]
    result, _ = analyse(articles, taxonomy_path=ROOT / "content" / "taxonomy.yml", overrides_path=None)
    assert not any("马拉松" in e.text for e in result.events)
    assert not any("王建明" in e.name for e in result.entities)
    assert any("Sora" in e.text for e in result.events)  # the item about the topic keeps its date


def test_weather_strip_and_greeting_above_the_first_item_leave():
    school = SCHOOL.replace("# 实验小学家长周报｜第12期\n\n",
                            "# 实验小学家长周报｜第12期\n\n🌤 今日 晴 12~21℃ ｜ 明日 小雨 10~16℃\n\n"
                            "> 各位家长早上好！这是本周的家校简报。\n\n> 大家好！本期共三条消息。\n\n")
    body = _body(school, "weekly.md")
    assert "℃" not in body and "大家好" not in body
    assert "### 秋季运动会报名开始" in body


def test_e_paper_weather_strip_leaves_but_a_report_s_temperatures_stay():
    paper = ("山城晚报 第3版\n\n重庆 阴 18℃-25℃  成都 多云 17℃-26℃\n\n"
             "（1）高温天气持续\n今天主城区最高气温达到39℃，夜间最低气温29℃，气象台提醒市民注意防暑。\n\n"
             "（2）轻轨加开夜班车\n轻轨三号线本周起每晚延长运营一小时，方便夜间出行的市民。\n\n"
             "（3）菜价小幅回落\n本周叶菜价格比上周下降一成，肉类价格基本持平。\n")
    body = _body(paper, "paper.txt")
    assert "18℃-25℃" not in body
    assert "今天主城区最高气温达到39℃，夜间最低气温29℃" in body  # an item's own figures stay


def test_page_without_headings_keeps_its_first_lines():
    text = "大家好！今天说说露营。\n\n露营的第一件事是选营地，营地要平整、远离河道。\n"
    assert "大家好！今天说说露营。" in _body(text, "note.txt")


def test_closing_thanks_and_contacts_leave_but_text_before_them_stays():
    deck = ("--- 第1页 ---\n城市园林论坛\n屋顶绿化的成本\n\n--- 第2页 ---\n屋顶绿化每平方米造价约三百元，维护费用每年约二十元。\n\n"
            "--- 第3页 ---\n谢谢！Q&A\n联系人：李园　规划部\n邮箱：li@example.org\n")
    body = _body(deck, "deck.txt")
    assert "联系人" not in body and "li@example.org" not in body and "谢谢" not in body
    assert "屋顶绿化每平方米造价约三百元，维护费用每年约二十元。" in body
    release = ("本市启动老旧小区绿化改造\n\n市园林局今天宣布，今年将完成八十个老旧小区的绿化改造，总投资约两亿元。\n\n"
               "媒体联系\n联系人：王晓\n电话：010-12345678\n")
    body = _body(release, "release.txt")
    assert "010-12345678" not in body
    assert "今年将完成八十个老旧小区的绿化改造，总投资约两亿元。" in body


def test_an_off_topic_item_s_headline_names_no_one_in_the_index():
    articles = [
        _article("a", "2月16日，OpenAI发布Sora大模型，可生成60秒视频。\n\n上海市人工智能行业协会秘书长钟俊浩认为，Sora的训练成本高昂。",
                 outlet="甲报", date="2024-02-20", title="OpenAI发布Sora"),
        _article("b", "### OpenAI发布视频模型Sora\n\n2月16日，OpenAI发布视频生成模型Sora，专家认为Sora的训练成本高昂。\n\n"
                 "### 山城马拉松：肯尼亚选手基普乔夺冠\n\n昨天的比赛吸引了两万名跑者参加，男子组冠军成绩为两小时九分。",
                 outlet="乙报", date="2024-02-21", title="早报：Sora发布；马拉松"),
    ]
    result, _ = analyse(articles, taxonomy_path=ROOT / "content" / "taxonomy.yml", overrides_path=None)
    names = {e.name for e in result.entities}
    assert not any("马拉松" in n or "基普乔" in n or "肯尼亚" in n for n in names)
