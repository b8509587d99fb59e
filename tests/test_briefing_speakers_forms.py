"""Who says each sentence (issue 13, property 1), read from the document's form: a chat message's
or a transcript turn's label after its time stamp, the people a cast list or the credits name (a
turn labelled "龚老师：" is the guest named in full there), a signed note's author line over its
numbered items, the subject a "她说" goes back to (not the last name mentioned), and a sentence
whose own subject is a named person. Small articles written for the test on an invented topic
(北湖乳业's infant-formula recall), none of the corpora's words."""

from __future__ import annotations

from generator.analyse.speakerfields import name_fields, signed_items, stamp_end, subjects
from generator.analyse.speakers import ROLE_TITLES, find_attributions
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 奶粉召回\n  terms: [奶粉, 北湖乳业]\n"


def _article(body, slug="a", script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title="t", script=script, blocks=parse_body(body), date="2025-03-01")


def _who(tmp_path, article, text):
    """The names of the speakers of the sentence of ``article`` holding ``text``."""
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


# a message's label after its time stamp ----------------------------------------------------------

CHAT = ("群聊：乳品行业观察（5人）\n\n"
        "2025-03-02 09:12 周宁：北湖乳业的召回公告出来了，涉及三个批次\n\n"
        "2025-03-02 09:15 顾晓冬：经销商那边说货架已经清空，退货要排到下周\n\n"
        "2025-03-02 09:20 周宁：这次对二线奶粉品牌影响更大，渠道会重新洗牌\n\n"
        "2025-03-02 09:31 柏岚：同意\n\n")


def test_a_chat_message_is_its_labelled_senders(tmp_path):
    a = _article(CHAT)
    assert _who(tmp_path, a, "退货要排到下周") == ["顾晓冬"]
    assert _who(tmp_path, a, "渠道会重新洗牌") == ["周宁"]


def test_messages_run_together_in_one_paragraph_are_nobodys(tmp_path):
    # no one speaks for a blob of several messages (the reader is to split them)
    a = _article("群聊：乳品行业观察\n\n2025-03-02 09:12 周宁：召回公告出来了，涉及三个批次"
                 "2025-03-02 09:15 顾晓冬：经销商那边说退货要排到下周\n\n")
    assert _who(tmp_path, a, "涉及三个批次") == []


def test_a_stamp_is_read_in_its_usual_forms():
    for text, rest in (("[00:03:40] 龚老师：这个", "龚老师：这个"), ("2025-03-02 09:12 周宁：早", "周宁：早"),
                       ("2025/3/2 9:12:03 周宁：早", "周宁：早"), ("(12:01) 阿凯：好", "阿凯：好"),
                       ("12:30，发布会开始", "12:30，发布会开始")):
        assert text[stamp_end(text):] == rest


# a transcript's turns: the people the cast list or the credits name --------------------------------

PODCAST = ("奶粉那些事 第12期｜召回之后，家长还能信谁\n\n"
           "[00:05:02] 阿凯：今天聊北湖乳业的召回。龚老师怎么看？\n\n"
           "[00:05:10] 龚老师：这次召回的范围比公告写的要大，问题出在原料供应商。\n\n"
           "[00:06:40] 阿凯：可家长最关心的还是退款。\n\n"
           "[00:06:52] 龚老师：退款只是第一步，监管部门会追查整个供应链。\n\n"
           "本期节目由奶粉那些事出品主播：阿凯嘉宾：龚立群后期：小周\n\n")


def test_a_turn_labelled_by_surname_and_address_is_the_guest_the_credits_name(tmp_path):
    a = _article(PODCAST)
    assert _who(tmp_path, a, "问题出在原料供应商") == ["龚立群"]
    assert _who(tmp_path, a, "会追查整个供应链") == ["龚立群"]


def test_a_short_turn_by_a_listed_host_is_the_hosts(tmp_path):
    assert _who(tmp_path, _article(PODCAST), "家长最关心的还是退款") == ["阿凯"]


def test_name_fields_read_a_cast_list_and_run_together_credits():
    got = name_fields(["主播：阿凯、小满嘉宾：龚立群后期：小周封面设计：阿木",
                       "嘉宾：龚立群（江北食品安全研究所研究员）"], ROLE_TITLES)
    assert got == {"阿凯": "主播", "小满": "主播", "龚立群": "江北食品安全研究所研究员"}
    assert name_fields(["记者：钱某某", "编辑：孙某"], ROLE_TITLES) == {}
    assert name_fields(["分析师：行业景气度仍在下行"], ROLE_TITLES) == {}  # a sentence, not a name


# a signed note's author line over its numbered items ------------------------------------------------

NOTE = ("2025-03-03 08:40 顾晓冬：[转发] 东岳证券食品饮料组晨会纪要\n\n"
        "【召回点评】分析师：严文博\n\n"
        "1. 北湖乳业召回三个批次婴幼儿奶粉，短期销售额预计下降约一成。\n\n"
        "2. 我们认为，行业集中度有望进一步提升，头部品牌受益。\n\n"
        "3. 风险提示：召回范围可能扩大。\n\n"
        "2025-03-03 08:45 柏岚：收到，写得很细\n\n")


def test_a_signed_notes_numbered_items_are_its_authors(tmp_path):
    a = _article(NOTE)
    assert _who(tmp_path, a, "短期销售额预计下降约一成") == ["严文博"]
    assert _who(tmp_path, a, "召回范围可能扩大") == ["严文博"]
    assert _who(tmp_path, a, "写得很细") == ["柏岚"]


def test_a_reporters_byline_does_not_sign_the_list_after_it(tmp_path):
    a = _article("北湖乳业召回三个批次奶粉。\n\n记者：钱立\n\n1. 召回涉及三个批次。\n\n2. 退款将在十个工作日内完成。\n\n")
    assert _who(tmp_path, a, "退款将在十个工作日内完成") == []
    assert signed_items(["记者：钱立", "1. 召回涉及三个批次。"], ROLE_TITLES) == {}


# the subject a pronoun goes back to; a sentence about a named person --------------------------------

def test_she_is_the_subject_of_the_sentence_before_not_the_last_holder(tmp_path):
    a = _article("北湖乳业召回三个批次奶粉。\n\n"
                 "江北大学食品学院教授邵明远认为，这次召回说明企业的自检机制在起作用，「发现问题就主动召回，是好事」。"
                 "邵明远指出，召回批次只占年产量的百分之二。\n\n"
                 "营养学家廖静则不完全同意。她说，公告没有说明原料问题的来源，家长很难判断其他批次是否安全。"
                 "她也认为，企业应当公布供应商名单。\n\n")
    assert _who(tmp_path, a, "家长很难判断其他批次是否安全") == ["廖静"]
    assert _who(tmp_path, a, "企业应当公布供应商名单") == ["廖静"]


def test_a_sentence_whose_subject_is_a_named_person_is_not_the_previous_sources(tmp_path):
    a = _article("北湖乳业召回三个批次奶粉。\n\n"
                 "北湖乳业此前在华东市场份额居前。据业内人士估计，召回涉及的产品约有二十万罐。"
                 "北湖乳业创办人鲍建国在社交媒体上向消费者致歉，并表示公司将承担全部退款费用。\n\n")
    assert _who(tmp_path, a, "召回涉及的产品约有二十万罐") == ["业内人士"]
    assert _who(tmp_path, a, "向消费者致歉") == ["鲍建国"]


def test_a_stance_clause_before_the_verb_names_its_holder():
    got = find_attributions("对于行业能否恢复信心，廖静相当乐观，认为半年内销量就会回到召回前的水平。")
    assert [(x.name, x.kind) for x in got] == [("廖静", "bare")]
    # a clause about a thing, not a person, gives no holder
    assert find_attributions("这家公司的前景相当乐观，认为明年会好的人不少。") == []


def test_a_shop_manager_and_a_transliterated_name_are_named(tmp_path):
    a = _article("北湖乳业召回三个批次奶粉。\n\n"
                 "江北一家母婴店店长蒋雯表示，召回公告发布当天就有二十多位家长来退货。\n\n"
                 "英国食品安全研究机构Dairy Watch研究员玛丽．克拉克（Mary Clark）认为，召回反应速度比以往快。"
                 "克拉克指出，监管部门的抽检频率提高了。\n\n")
    assert _who(tmp_path, a, "二十多位家长来退货") == ["蒋雯"]
    assert _who(tmp_path, a, "召回反应速度比以往快") == ["玛丽·克拉克"]
    assert _who(tmp_path, a, "抽检频率提高了") == ["玛丽·克拉克"]


def test_subjects_skip_an_object_and_a_possessor():
    assert subjects("廖静则不完全同意。", ["廖静"]) == [(0, "廖静")]
    assert subjects("公司向廖静致歉。廖静的说法没有被采纳。", ["廖静"]) == []


# notes with a section per person interviewed ----------------------------------------------------------

NOTES = ("## 采访\n\n"
         "### 龚立群（江北食品安全研究所研究员）\n\n"
         "电话，3/4上午，约半小时。\n\n"
         "龚立群：召回本身说明抽检起了作用，问题批次集中在一家原料商。\n\n"
         "二线品牌的渠道会先受冲击，经销商不敢压货。\n\n"
         "龚老师特别强调信息公开：\n\n"
         "批次号和原料来源都应该公布，家长才能自己判断。\n\n"
         "关于进口奶粉，他的看法：\n\n"
         "进口品牌会借机涨价，但份额不会大幅变化。\n\n"
         "### 蒋雯（母婴店店长）\n\n"
         "店里聊的。\n\n"
         "门店这周的奶粉销量少了一半。\n\n")


def test_a_turn_goes_on_in_the_section_its_speaker_heads(tmp_path):
    a = _article(NOTES)
    assert _who(tmp_path, a, "召回本身说明抽检起了作用") == ["龚立群"]
    assert _who(tmp_path, a, "经销商不敢压货") == ["龚立群"]
    # the next section, headed by someone else, is not his
    assert _who(tmp_path, a, "门店这周的奶粉销量少了一半") == []


def test_a_colon_handing_over_what_a_person_says_gives_them_the_next_paragraph(tmp_path):
    a = _article(NOTES)
    assert _who(tmp_path, a, "家长才能自己判断") == ["龚立群"]
    assert _who(tmp_path, a, "份额不会大幅变化") == ["龚立群"]


def test_a_turn_does_not_go_on_in_a_section_headed_by_a_topic(tmp_path):
    a = _article("## 采访\n\n### 渠道\n\n龚立群：召回本身说明抽检起了作用。\n\n二线品牌的渠道会先受冲击。\n\n")
    assert _who(tmp_path, a, "二线品牌的渠道会先受冲击") == []


# a post's user name, a monologue's self-introduced speaker, a transcript's one host --------------------

def _own(article):
    """Who holds the article's own narration (a column's, a post's, a monologue's author), or ''."""
    from generator.analyse.speakers import column_authors

    got = column_authors([article], lambda slug: (lambda t: to_simplified(t, article.script)))
    return got[article.slug].name if article.slug in got else ""


def test_a_posts_user_name_holds_the_post():
    post = Article(slug="p", source="p.txt", title="t", script="zh-Hans", date="2025-03-05", author="江北宝妈不想再囤货",
                   blocks=parse_body("上周看到召回通知，家里还有两罐同批次的。\n\n"
                                     "客服电话打了一上午才接通，说退款要等十个工作日。\n\n"))
    assert _own(post) == "江北宝妈不想再囤货"
    desk = Article(slug="d", source="d.txt", title="t", script="zh-Hans", date="2025-03-05", author="本报综合",
                   blocks=parse_body("北湖乳业召回三个批次奶粉。\n\n退款将在十个工作日内完成。\n\n"))
    assert _own(desk) == ""  # a desk's byline is no one's post


def test_a_monologue_opened_by_a_self_introduction_is_the_speakers():
    vlog = _article("大家好我是葛一鸣欢迎来到一鸣说奶粉今天聊聊北湖乳业的召回\n\n"
                    "我觉得这次召回处理得还算及时，但退款流程太慢了。\n\n")
    assert _own(vlog) == "葛一鸣"
    news = _article("北湖乳业召回三个批次奶粉。\n\n一位家长说：“我是看到新闻才知道的。”\n\n")
    assert _own(news) == ""


def test_a_host_label_is_the_one_host_the_cast_names(tmp_path):
    a = _article("主持人：邵岚\n\n来宾：龚立群（江北食品安全研究所研究员）\n\n"
                 "主持人：今天聊北湖乳业的召回，家长最担心的是其他批次是否安全。\n\n"
                 "龚立群：目前抽检没有发现其他批次有问题。\n\n"
                 "主持人：那退款呢？\n\n"
                 "龚立群：退款会在十个工作日内完成。\n\n")
    assert _who(tmp_path, a, "家长最担心的是其他批次是否安全") == ["邵岚"]
    two = _article("主播：阿凯、小满\n\n主持人：今天聊北湖乳业的召回，家长最担心的是其他批次是否安全。\n\n"
                   "龚立群：目前抽检没有发现其他批次有问题。\n\n主持人：那退款呢？\n\n")
    assert _who(tmp_path, two, "家长最担心的是其他批次是否安全") == []


def test_what_a_statement_says_is_its_issuers(tmp_path):
    got = find_attributions("召回那天北湖乳业马上出声明，说其他批次不受影响。")
    # (a brand and its trade, "北湖乳业", reads as a company's name at once: org; before, a bare name resolved later)
    assert [x.name for x in got] == ["北湖乳业"] and got[0].kind in ("bare", "org")
    assert find_attributions("他看了声明，说没问题。") == []


def test_a_monologue_signed_by_its_speaker_is_theirs_too():
    vlog = Article(slug="v", source="v.txt", title="t", script="zh-Hans", date="2025-03-05", author="葛一鸣",
                   blocks=parse_body("大家好我是葛一鸣欢迎来到一鸣说奶粉今天聊聊北湖乳业的召回\n\n"
                                     "退款流程太慢了，客服电话很难打通。\n\n"))
    assert _own(vlog) == "葛一鸣"


def test_answers_on_a_q_and_a_page_are_their_authors(tmp_path):
    from generator.analyse.speakers import column_authors

    page = _article("北湖乳业召回之后还能买国产奶粉吗？\n\n"
                    "龚立群\n\n食品安全研究员，做了十年抽检\n\n"
                    "先说结论：可以买，但要看批次。\n\n召回批次集中在一家原料商。\n\n"
                    "葛一鸣\n\n三个孩子的爸爸\n\n"
                    "我家已经换了进口品牌。\n\n", slug="q")
    got = column_authors([page], lambda slug: (lambda t: t))
    by = {pid: sp.name for (slug, pid), sp in ((k, v) for k, v in got.items() if isinstance(k, tuple))}
    texts = {b.id: b.text for b in page.blocks}
    assert by[next(i for i, t in texts.items() if t.startswith("召回批次"))] == "龚立群"
    assert by[next(i for i, t in texts.items() if t.startswith("我家已经"))] == "葛一鸣"
    assert next(i for i, t in texts.items() if t.startswith("北湖乳业召回之后")) not in by


def test_a_release_in_a_bodys_own_voice_is_the_bodys():
    body = ("北湖乳业召回三个批次婴幼儿奶粉后，我局立即组织对全省在售奶粉开展抽检。\n\n"
            "截至3月5日，共抽检样品420批次，未发现其他批次存在问题。\n\n")
    release = Article(slug="r", source="r.html", title="t", script="zh-Hans", date="2025-03-05",
                      outlet="江北省市场监督管理局", blocks=parse_body(body))
    assert _own(release) == "江北省市场监督管理局"
    paper = Article(slug="n", source="n.html", title="t", script="zh-Hans", date="2025-03-05",
                    outlet="江北日报", blocks=parse_body(body.replace("我局", "我省")))
    assert _own(paper) == ""  # a provincial paper's "我省" is a news report's, held by no one


def test_an_email_threads_and_a_forums_messages_are_their_senders():
    from generator.analyse.speakers import column_authors

    page = _article("发件人：严文博 <yan@example.com>\n收件人：柏岚\n主题：召回批次\n\n"
                    "三个批次的原料来自同一家供应商，建议先核对库存。\n\n"
                    "发件人：柏岚 <bai@example.com>\n\n"
                    "库存已经核对，门店这周没有再进货。\n\n"
                    "江北宝妈 发表于 2025-03-02 10:21\n\n"
                    "退款到账了，等了八天。\n\n", slug="m")
    got = column_authors([page], lambda slug: (lambda t: t))
    by = {k[1]: v.name for k, v in got.items() if isinstance(k, tuple)}
    texts = {b.id: b.text for b in page.blocks}
    assert by[next(i for i, t in texts.items() if t.startswith("三个批次"))] == "严文博"
    assert by[next(i for i, t in texts.items() if t.startswith("库存已经"))] == "柏岚"
    assert by[next(i for i, t in texts.items() if t.startswith("退款到账"))] == "江北宝妈"


def test_a_chat_message_under_its_header_line_is_the_senders(tmp_path):
    a = _article("周宁 2025-03-02 09:12\n\n北湖乳业的召回公告出来了，涉及三个批次\n\n"
                 "顾晓冬 2025-03-02 09:15\n\n经销商那边说退货要排到下周\n\n"
                 "09:20 柏岚\n\n二线品牌会先受冲击\n\n")
    assert _who(tmp_path, a, "涉及三个批次") == ["周宁"]
    assert _who(tmp_path, a, "退货要排到下周") == ["顾晓冬"]
    assert _who(tmp_path, a, "二线品牌会先受冲击") == ["柏岚"]
    one = _article("发布会 2025-03-02 09:12\n\n北湖乳业的召回公告出来了，涉及三个批次\n\n")
    assert _who(tmp_path, one, "涉及三个批次") == []  # one dated line is not a chat's form


def test_a_stamped_voice_over_or_notice_is_nobodys(tmp_path):
    a = _article("[00:01:02] 旁白：北湖乳业召回三个批次奶粉，涉及二十万罐。\n\n"
                 "[00:01:30] 蒋雯：门店这周的奶粉销量少了一半。\n\n"
                 "[00:02:10] 系统消息：本场直播已结束\n\n")
    assert _who(tmp_path, a, "涉及二十万罐") == []
    assert _who(tmp_path, a, "销量少了一半") == ["蒋雯"]


def test_a_signed_note_forwarded_inside_one_message_is_its_authors(tmp_path):
    a = _article("2025-03-03 08:40 顾晓冬：[转发] 东岳证券食品饮料组晨会纪要【召回点评】分析师：严文博"
                 "1. 北湖乳业召回三个批次婴幼儿奶粉，短期销售额预计下降约一成。"
                 "2. 我们认为，行业集中度有望进一步提升，头部品牌受益。\n\n"
                 "2025-03-03 08:45 柏岚：收到，写得很细\n\n")
    assert _who(tmp_path, a, "行业集中度有望进一步提升") == ["严文博"]
    assert _who(tmp_path, a, "写得很细") == ["柏岚"]


def test_an_official_quoted_in_a_bodys_release_speaks_as_in_a_report(tmp_path):
    a = Article(slug="r", source="r.html", title="t", script="zh-Hans", date="2025-03-05",
                outlet="江北省市场监督管理局", blocks=parse_body(
                    "北湖乳业召回三个批次婴幼儿奶粉后，我局立即组织对全省在售奶粉开展抽检。\n\n"
                    "副局长邵明远说，抽检将持续到月底。全省将建立奶粉批次追溯平台，家长扫码即可查询。\n\n"))
    assert _who(tmp_path, a, "全省将建立奶粉批次追溯平台") == ["邵明远"]
