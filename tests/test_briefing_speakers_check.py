"""A speaker's name is well formed or there is none (issue 13, property 1: "when unsure, say nothing
rather than guess"): the holder of "NAME [则|却|也|还|同时|亦|更|又] VERB…" ends before the adverb, and a
time, a number or a function word is never a speaker — on a news page, a meeting's minutes, a Q&A
transcript and a thread of stamped posts. Small articles written for the test on invented topics
(a river ferry's timetable, a district library's night opening, a tea co-operative's prices), none
of the corpora's words."""

from __future__ import annotations

from generator.analyse.disputeholders import _named
from generator.analyse.incremental import _make_part
from generator.analyse.speakercheck import checked_name
from generator.analyse.speakers import ROLE_TITLES, find_attributions
from generator.analyse.taxonomy import load_taxonomy
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 渡轮改点\n  terms: [渡轮, 图书馆, 茶叶]\n"


def _article(body, slug="a", script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title="t", script=script, blocks=parse_body(body), date="2025-03-01")


def _speakers(tmp_path, article, text):
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]


def _who(tmp_path, article, text):
    return [n for n, _ in _speakers(tmp_path, article, text)]


def _all_names(tmp_path, article):
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    tax = load_taxonomy(path)
    part = _make_part(article, lambda t: to_simplified(t, article.script), frozenset(),
                      tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES)), tax)
    return {sp.name for sps in part.speakers.values() for sp in sps}


def _all_holders(tmp_path, article):
    """Every holder's name with its kind (``person``, ``org`` or ``group``: an unnamed holder)."""
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    tax = load_taxonomy(path)
    part = _make_part(article, lambda t: to_simplified(t, article.script), frozenset(),
                      tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES)), tax)
    return {(sp.name, sp.kind) for sps in part.speakers.values() for sp in sps}


# the name ends before the adverb ----------------------------------------------------------------

def test_a_news_page_holder_who_takes_the_other_view_is_the_name_alone(tmp_path):
    a = _article("江城轮渡公司宣布下月起夜班渡轮减半。\n\n"
                 "城市交通研究员邓慕远认为，减班会把夜归乘客推向私家车。\n\n"
                 "航运协会的邓慕远则持不同意见。他认为客流早已转向跨江隧道，减班不会影响多数乘客。\n\n")
    who = _who(tmp_path, a, "减班不会影响多数乘客")
    assert who == ["邓慕远"]
    assert _all_names(tmp_path, a) == {"邓慕远", "江城轮渡公司"}


def test_minutes_holder_with_tongshi_is_the_name_and_a_group_is_no_name(tmp_path):
    a = _article("区图书馆夜间开放座谈会纪要\n\n"
                 "1.韦兰（城东区图书馆馆长）介绍，夜间开放三个月以来，晚八点后的借阅量占全天两成。\n\n"
                 "但韦兰同时指出，夜班人手不足，志愿者流失较快，需要财政补贴。\n\n"
                 "与会代表同时指出，夜间开放带动了周边书店和咖啡馆的客流。\n\n")
    assert _who(tmp_path, a, "夜班人手不足") == ["韦兰"]
    assert all(n != "同时" for n in _who(tmp_path, a, "带动了周边书店"))


def test_a_qa_transcript_label_with_an_adverb_is_the_name_it_opens_on(tmp_path):
    a = _article("茶农合作社春茶收购价访谈\n\n"
                 "合作社理事长骆青山表示，今年明前茶收购价比去年高一成。\n\n"
                 "骆青山则较审慎：「价格高是因为倒春寒减产，不代表行情好转，我们需要看秋茶。」\n\n")
    assert _who(tmp_path, a, "不代表行情好转") == ["骆青山"]
    assert _all_names(tmp_path, a) == {"骆青山"}


def test_a_posts_time_stamp_is_no_speaker(tmp_path):
    # a thread's stamps ("上午9:31·2025年3月2日") read like a label before a colon: no one is "上午9"
    a = _article("江城渡轮改点，我说几句\n\n"
                 "上午9:31·2025年3月2日·1.2万次查看夜班减半之后，最后一班从22点提前到21点。\n\n"
                 "上午9:40·2025年3月2日·9,870次查看很多在江北上夜班的人只能打车回家，一晚多花四五十元。\n\n"
                 "上午9:52·2025年3月2日·8,031次查看轮渡公司说是客流太少，可晚高峰的船一直是满的。\n\n")
    for text in ("最后一班从22点提前到21点", "一晚多花四五十元", "晚高峰的船一直是满的"):
        assert not any(any(ch.isdigit() for ch in n) or n.startswith("上午") for n in _who(tmp_path, a, text))


# the check itself, on names from any form ---------------------------------------------------------

def test_checked_name_cuts_at_the_adverb_and_refuses_times_and_function_words():
    text = "邓慕远认为减班影响大。航运协会的邓慕远则持不同意见。"
    assert checked_name("邓慕远则持", "person", text) == "邓慕远"
    assert checked_name("韦兰同时", "bare", "韦兰介绍。但韦兰同时指出") == "韦兰"
    assert checked_name("骆青山则较审慎", "org", "") == "骆青山"
    assert checked_name("上午9", "person", "") == ""
    assert checked_name("9:31", "bare", "") == ""
    assert checked_name("同时", "person", "") == ""
    assert checked_name("2.韦兰", "person", "") == ""
    # well-formed names stay as they are, including ones with a character an adverb also uses
    assert checked_name("邓慕远", "person", text) == "邓慕远"
    assert checked_name("张可均", "person", "张可均说") == "张可均"
    assert checked_name("江城轮渡公司", "org", "") == "江城轮渡公司"
    assert checked_name("米娅·霍夫曼", "person", "") == "米娅·霍夫曼"
    assert checked_name("多位船员", "group", "") == "多位船员"


def test_a_side_of_a_contention_names_no_stamp_and_no_fragment():
    assert not _named("上午9") and not _named("同时") and not _named("邓慕远则持")
    assert _named("邓慕远") and _named("航运协会") and _named("多位船员")


def test_a_frame_with_the_noun_yijian_is_not_a_reporting_verb():
    # "X则持不同意见" holds a view (a noun): the holder is found by the sentence after, never "X则持"
    got = find_attributions("航运协会的邓慕远则持不同意见。", ROLE_TITLES)
    assert all("则持" not in a.name for a in got)


# a numbered item's holder, a role in brackets after the name --------------------------------------

def test_minutes_numbered_items_name_their_holder_with_the_bracketed_role(tmp_path):
    a = _article("城东区图书馆夜间开放座谈会纪要\n\n"
                 "二、关于读者需求\n\n"
                 "1.韦兰（城东区图书馆馆长）介绍，晚八点后的借阅量占全天两成，自习座位经常满员。\n\n"
                 "2.龚若愚（江城师范大学教授）认为，夜间开放的效益被低估了。学生和夜班工人是主要读者。\n\n"
                 "3.龚若愚同时提醒，安保和照明的费用每年约四十万元，需要财政兜底。\n\n")
    assert _speakers(tmp_path, a, "自习座位经常满员") == [("韦兰", "城东区图书馆馆长")]
    assert _speakers(tmp_path, a, "夜间开放的效益被低估了") == [("龚若愚", "江城师范大学教授")]
    assert _who(tmp_path, a, "学生和夜班工人是主要读者") == ["龚若愚"]
    assert _speakers(tmp_path, a, "每年约四十万元") == [("龚若愚", "江城师范大学教授")]


def test_a_numbered_list_of_views_in_other_item_marks(tmp_path):
    # a post listing views "（1）", "2、", "①": the mark is the item's, the holder the name after it
    a = _article("春茶收购价，各方怎么看\n\n"
                 "（1）茶叶公司总经理骆青山表示，明前茶收购价比去年高一成，主要是倒春寒减产。\n\n"
                 "2、骆青山还认为，秋茶价格会回落。\n\n"
                 "①合作社负责人温晓棠指出，今年鲜叶的人工采摘成本涨了两成。\n\n")
    assert _who(tmp_path, a, "主要是倒春寒减产") == ["骆青山"]
    assert _who(tmp_path, a, "秋茶价格会回落") == ["骆青山"]
    assert _who(tmp_path, a, "人工采摘成本涨了两成") == ["温晓棠"]


def test_a_holder_taking_a_stance_holds_the_sentences_after(tmp_path):
    # "X则持不同意见。他说…", "X对此不以为然。他…", "X持保留态度。他指出…": three phrasings of one frame
    for stance in ("则持不同意见", "对此不以为然", "持保留态度"):
        a = _article("江城轮渡公司宣布下月起夜班渡轮减半。\n\n"
                     f"航运协会的邓慕远{stance}。他说，夜班客流三年来一直在涨，减班会让江北的夜班工人多花钱。\n\n")
        assert _who(tmp_path, a, "减班会让江北的夜班工人多花钱") == ["邓慕远"], stance


# a reported fact after a holder's words is not theirs -------------------------------------------

def test_a_sentence_opening_on_a_date_after_a_holders_words_is_the_writers(tmp_path):
    # an encyclopedia entry, a news report and minutes: the holder's sentence, then a dated event
    for body, held, event in (
            ("法规与责任\n\n国家层面尚无渡轮夜航的专门规定，有法学学者认为立法滞后于需求。"
             "2024年7月，省人大常委会批准了一部地方航运条例。\n\n", "立法滞后于需求", "批准了一部地方航运条例"),
            ("城东区图书馆研究员韦兰表示，夜间开放很受欢迎，座位经常满员。"
             "2025年1月，图书馆把闭馆时间延到22点。\n\n", "座位经常满员", "把闭馆时间延到22点"),
            ("1.茶叶公司总经理骆青山认为，春茶减产推高了收购价。同年，县里发放了每亩200元的补贴。\n\n",
             "推高了收购价", "每亩200元的补贴")):
        a = _article(body)
        assert _who(tmp_path, a, held), body
        assert _who(tmp_path, a, event) == [], body


# what names no one: a bare "官方", a sentence about a third person ------------------------------

def test_a_bare_guanfang_names_no_side(tmp_path):
    # a subtitle monologue, a Q&A answer, a news report: "官方说…" names no body; "某市官方" does
    for body, text in (("还有就是夜班渡轮到现在还没恢复，官方说还在排班。\n\n", "官方说还在排班"),
                       ("5. 夜市停业可惜，官方说是消防整改问题。\n\n", "官方说是消防整改问题"),
                       ("江城渡轮昨起减班。官方称，减班是因为客流下降。\n\n", "减班是因为客流下降")):
        assert "官方" not in _who(tmp_path, _article(body), text), body
    assert _who(tmp_path, _article("江城市官方称，减班是因为客流下降。\n\n"), "减班是因为客流下降") == ["江城市官方"]


def test_a_sentence_whose_subject_is_he_or_she_names_its_own_holder():
    from generator.analyse.speakerroles import names_holder

    # a vlogger reporting a guesthouse owner, a blogger reporting a worker, a column reporting a farmer
    assert names_holder("不过她也有担心，停车场不够，就怕热度过去以后人又没了。")
    assert names_holder("他觉得摊位费涨得太快。")
    assert names_holder("当然，她也承认今年的茶价不错。")
    # the writer's own sentences and plural pronouns are not
    assert not names_holder("停车场不够，就怕热度过去以后人又没了。")
    assert not names_holder("他们的摊位在夜市最里面。")


# a titled name before a form of address; a role is a noun phrase --------------------------------

def test_a_guest_introduced_with_title_and_address_holds_the_turns_under_both_labels(tmp_path):
    # a podcast: "今天我们请到了…分析师龚某老师" then "龚若愚：" and "龚老师：" turns
    a = _article("阿凯：欢迎收听江城夜话，今天我们请到了江城航运研究院首席分析师龚若愚老师，欢迎。\n\n"
                 "龚若愚：大家好，谢谢邀请。\n\n"
                 "小鹿：夜班渡轮减半，影响大吗？\n\n"
                 "龚老师：影响集中在江北，夜班工人每晚要多花四五十元打车。\n\n")
    assert _speakers(tmp_path, a, "谢谢邀请") == [("龚若愚", "江城航运研究院首席分析师")]
    assert _speakers(tmp_path, a, "每晚要多花四五十元打车") == [("龚若愚", "江城航运研究院首席分析师")]


def test_a_titled_name_before_xiansheng_or_boshi_in_a_report_and_minutes(tmp_path):
    a = _article("江城律师协会理事、执业律师温晓棠女士表示，摊位费上涨须经听证。\n\n"
                 "温晓棠认为，管理方应公开账目。\n\n")
    [(name, role)] = _speakers(tmp_path, a, "管理方应公开账目")
    assert name == "温晓棠" and role.endswith("执业律师")
    b = _article("会议由茶叶研究所研究员骆青山博士主持。\n\n骆青山指出，春茶减产两成。\n\n")
    assert _speakers(tmp_path, b, "春茶减产两成") == [("骆青山", "茶叶研究所研究员")]


def test_checked_role_drops_the_clause_before_the_role():
    from generator.analyse.speakercheck import checked_role

    assert checked_role("今天我们请到了江城航运研究院首席分析师") == "江城航运研究院首席分析师"
    assert checked_role("这位是资深律师") == "资深律师"
    assert checked_role("伦敦某出行研究机构的分析师") == "伦敦某出行研究机构的分析师"
    assert checked_role("了") == ""


def test_a_familiar_name_label_is_a_persons(tmp_path):
    a = _article("阿凯：夜班渡轮减半以后，江北的夜班工人只能打车。\n\n小鹿：我倒觉得影响没那么大。\n\n")
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    tax = load_taxonomy(path)
    part = _make_part(a, lambda t: to_simplified(t, a.script), frozenset(),
                      tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES)), tax)
    kinds = {sp.name: sp.kind for sps in part.speakers.values() for sp in sps}
    assert kinds == {"阿凯": "person", "小鹿": "person"}


def test_a_contention_side_keeps_the_full_name_a_short_frame_refers_to():
    from generator.analyse.disputeholders import own_holders
    from generator.analyse.model import Speaker
    from generator.analyse.text import Sentence

    full = Speaker(name="米娅·霍夫曼", role="柏林交通研究所分析师", article="a", paragraph="p3", kind="person")
    text = "霍夫曼并不认同：「一座城市的夜班客流，不能证明渡轮比隧道更划算。」"
    s = Sentence(article="a", paragraph="p3", index=5, original=text, simple=text,
                 paragraph_original=text, paragraph_simple=text, start=0, para_index=2)
    got = own_holders(s, {("a", 5): (full,)})
    assert [sp.name for sp in got] == ["米娅·霍夫曼"] and got[0].role == "柏林交通研究所分析师"


def test_an_adverb_before_a_manner_word_cuts_no_name_out_of_an_act(tmp_path):
    # the adverb cut must not turn an act into a frame: "X还正确解释了Y的含义" names no holder
    assert checked_name("江城翻译机还正确", "bare", "江城翻译机还正确解释了。江城翻译机很快。") == "江城翻译机还正确"
    a = _article("江城翻译机昨天发布。\n\n在现场演示中，江城翻译机还正确解释了成语「洛阳纸贵」的含义。\n\n"
                 "新款渡轮也顺利完成了夜航测试。\n\n")
    assert _all_names(tmp_path, a) == set()


def test_a_sentence_reporting_unnamed_others_is_not_the_writers():
    from generator.analyse.speakerroles import names_holder

    # a subtitle monologue, a blogger's post, a column: what many others say is theirs, not the writer's
    assert names_holder("当然也有人说夜市只是图个热闹，这个大家可以评论区聊。")
    assert names_holder("很多年轻读者私信说，图书馆晚上十点关门太早了。")
    assert names_holder("不过，不少乘客担心夜班渡轮会彻底取消。")
    assert not names_holder("很多时候，夜班渡轮比打车便宜一半。")


def test_jushuo_is_reportedly_not_a_frame_and_a_label_short_form_is_the_full_name():
    from generator.analyse.disputeholders import _short_of, frame_holder
    from generator.analyse.text import Sentence

    text = "江城渡轮公司用了六年，投入据说三四亿元，核心船员一起干了十几年。"
    s = Sentence(article="a", paragraph="p1", index=1, original=text, simple=text,
                 paragraph_original=text, paragraph_simple=text, start=0, para_index=0)
    assert frame_holder(s) == ()
    assert checked_name("投入据", "org", "") == ""
    assert _short_of("龚老师", "龚若愚") and _short_of("霍夫曼", "米娅·霍夫曼") and not _short_of("龚老师", "韦兰")


def test_an_ordinary_word_opening_on_a_surnames_character_and_used_once_is_no_person(tmp_path):
    # "高管表示", "房东说", "车主认为": ordinary words (高, 房, 车 are also surnames), each used once
    for body in ("江城轮渡公司宣布减班。高管表示，下月起夜班减半。\n\n",
                 "南门夜市摊位费上涨。房东说，租金还会再涨一成。\n\n",
                 "夜班渡轮减半以后，江北停车难。车主认为，码头应该增加停车位。\n\n"):
        # (高管 is a described holder's noun like 专家 or 员工: an unnamed holder, shown as such, never a name)
        assert not {n for n, kind in _all_holders(tmp_path, _article(body))
                    if n in ("高管", "房东", "车主") and kind != "group"}, body
    # a name used again is a person's, ordinary characters or not
    a = _article("高明表示，夜班减半是暂时的。\n\n高明还说，客流回升后会恢复。\n\n")
    assert "高明" in _all_names(tmp_path, a)


def test_a_view_the_writer_presents_as_his_is_relayed_by_the_writer():
    from generator.analyse.speakerroles import names_holder

    # "他的说法是：…": the writer frames and relays the view (the writer is the source the text names)
    assert not names_holder("他的说法是：渡轮公司管的是码头，航线归港航局。")
