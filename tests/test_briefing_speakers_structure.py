"""Who says each sentence (issue 13, property 1), continued: reporting verbs that also take a noun
object, a holder inside another holder's report, a paraphrase the sentence turns against, a
transcript's turn over several paragraphs, a column byline with the author's description, long
transliterated names given with their Latin spelling, honorific short mentions. Small articles
written for the test on an invented topic (临江市's congestion charge), none of the corpora's words."""

from __future__ import annotations

from generator.analyse.speakerroles import names_holder
from generator.analyse.speakers import column_authors, find_attributions
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 拥堵费\n  terms: [拥堵费, 临江市]\n"


def _article(body, slug="a", script="zh-Hans", outlet=None, author=None):
    return Article(slug=slug, source=f"{slug}.txt", title="t", script=script, blocks=parse_body(body),
                   outlet=outlet, author=author, date="2025-05-01")


def _who(tmp_path, article, text):
    """The names of the speakers of the sentence of ``article`` holding ``text``."""
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


def _holders(text):
    return [a.name for a in find_attributions(text)]


# reporting verbs that also take a noun object ---------------------------------------------------

def test_an_object_taking_verb_reports_an_announcement_or_a_statement():
    assert _holders("临江市交通局宣布自下月起对进城车辆收取拥堵费。") == ["临江市交通局"]
    assert _holders("临江市交通局承认，收费系统上线首周出现了重复扣费。") == ["临江市交通局"]
    assert _holders("临江市交通局公布的监测数据显示，早高峰车速提高了两成。") == ["临江市交通局"]
    assert _holders("临江市交通局已经说明，收费标准每两年评估一次。") == ["临江市交通局"]


def test_an_object_taking_verb_inside_a_noun_phrase_or_a_condition_reports_nothing():
    # the court recognising a ruling is the subject of "相当低"; no one says anything
    assert _holders("外地法院承认临江仲裁裁决的机会相当低。") == []
    assert _holders("就算交通局承认了失误，收费方案也不会撤回。") == []
    assert _holders("这一结果说明拥堵费在早高峰最有效。") == []
    assert _holders("交通局公布的收费名单里有三百多家企业。") == []


def test_a_holder_inside_another_holders_report_is_the_first_holders(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "咨询公司分析师赵明远指出，市统计局预测，拥堵费将在三年内收回系统建设成本。")
    assert _who(tmp_path, a, "收回系统建设成本") == ["赵明远"]
    b = _article("临江市开征拥堵费。\n\n"
                 "律师孙佳表示，外地法院承认临江仲裁裁决的机会相当低，车主的异议很难在外地执行。")
    assert _who(tmp_path, b, "车主的异议") == ["孙佳"]


# a paraphrase the sentence turns against -------------------------------------------------------

def test_a_paraphrase_turned_against_is_not_the_paraphrased_holders(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "商户联合会说收费不影响生意，可是我看周边商铺的客流明显减少了。")
    assert _who(tmp_path, a, "客流明显减少") == []
    b = _article("临江市开征拥堵费。\n\n"
                 "交通局局长钱卫东在发布会上说，拥堵费“不是为了增加财政收入”。"
                 "可一项按车次计费的政策，本身就是最直接的增收办法。")
    assert _who(tmp_path, b, "交通局局长钱卫东") == ["钱卫东"]
    assert _who(tmp_path, b, "最直接的增收办法") == []


def test_a_holder_who_says_it_plainly_keeps_a_but_in_their_own_words(tmp_path):
    a = _article("临江市开征拥堵费。\n\n交通局局长钱卫东表示，收费初期会有不便，但早高峰的车速已经提高了两成。")
    assert _who(tmp_path, a, "早高峰的车速") == ["钱卫东"]


# who a sentence is, read from the document --------------------------------------------------------

def test_a_transcripts_turn_goes_on_until_the_next_label(tmp_path):
    a = _article("临江市交通局举行新闻发布会\n\n"
                 "主持人：各位记者朋友，下午好。\n\n"
                 "临江市交通局局长钱卫东：谢谢主持人。拥堵费从下月起征收。\n\n"
                 "收费区内的早高峰车速预计提高两成，公交准点率也会随之上升。\n\n"
                 "晨报记者：收费会不会影响商户？\n\n"
                 "临江市商务局副局长林雅：商户的客流我们会每月监测。\n\n"
                 "目前看，收费区的商铺营业额基本稳定。")
    assert _who(tmp_path, a, "公交准点率") == ["钱卫东"]
    assert _who(tmp_path, a, "收费会不会影响商户") == []
    assert _who(tmp_path, a, "营业额基本稳定") == ["林雅"]


def test_a_labelled_list_is_not_a_transcript(tmp_path):
    # holders opening paragraphs, but no host or questioner: the next paragraph is the reporter's
    a = _article("临江市开征拥堵费。\n\n"
                 "甲证券：拥堵费有望带动城市停车行业的订单增长。\n\n"
                 "乙证券：收费系统的供应商将率先受益。\n\n"
                 "收费区内的早高峰车速预计提高两成。")
    assert _who(tmp_path, a, "早高峰车速") == []


def test_a_name_with_who_they_are_in_brackets_labels_their_quotation(tmp_path):
    a = _article("临江市开征拥堵费。\n\n韩晓东（外卖骑手，每天进城十几趟）：“一天多交三十块，这活还怎么干？”")
    assert _who(tmp_path, a, "这活还怎么干") == ["韩晓东"]


def test_a_long_transliterated_name_given_with_its_spelling_is_a_person(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "总部设于伦敦的远帆咨询（Farsail Consulting）亚洲首席经济学家布兰肯希普（John Blankenship）表示，"
                 "拥堵费能在两年内让中心城区的车流减少一成。\n\n"
                 "布兰肯希普也警告，收费过高可能让外围商圈的客流下降。")
    assert _who(tmp_path, a, "车流减少一成") == ["布兰肯希普"]
    assert _who(tmp_path, a, "外围商圈") == ["布兰肯希普"]


def test_a_judge_named_by_surname_and_title_is_the_judge_named_before(tmp_path):
    a = _article("高等法院法官陈淑仪（Susan Chan）周一裁定临江市的拥堵费条例有效。"
                 "陈官在庭上指，条例经过充分咨询，收费标准并无不合理之处。"
                 "陈官又指，车主仍可就个别扣费提出复核。")
    assert _who(tmp_path, a, "条例经过充分咨询") == ["陈淑仪"]
    assert _who(tmp_path, a, "个别扣费") == ["陈淑仪"]


def test_a_sentence_with_a_frame_of_its_own_is_not_the_previous_holders(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "律师孙佳表示，车主对扣费有异议可以申请复核。"
                 "一位每天进城送货的司机说，复核要排队两个星期，“还不如直接交了”。")
    assert _who(tmp_path, a, "复核要排队") != ["孙佳"]


def test_analysing_before_a_pause_is_a_holders_frame_but_a_method_is_no_one():
    assert _holders("业内人士分析，拥堵费会让外围商圈冷清。") == ["业内人士"]
    assert _holders("交通研究员赵明远分析，收费区车速将提高两成。") == ["赵明远"]
    assert _holders("另据出租车司机估计，收费后载客量少了一成。") == ["出租车司机"]
    assert _holders("经过数据分析，收费区车速提高了两成。") == []
    assert _holders("具体分析，原因有三。") == []


def test_a_persons_mood_handing_over_by_a_colon_is_their_frame_a_things_is_no_one():
    assert _holders("至于收费的诉讼，赵明远并不乐观：法院受理至今已拖了两年。") == ["赵明远"]
    assert _holders("业内人士较为悲观：外围商圈的客流还会下滑。") == ["业内人士"]
    assert _holders("前景并不乐观：外围商圈的客流还会下滑。") == []
    assert _holders("情况不太乐观：外围商圈的客流还会下滑。") == []


def test_a_sentence_ending_on_a_quoted_phrase_is_not_the_next_holders(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "赵明远以伦敦为例指出，收费十年后车流反弹，「价格的作用会被习惯抵消」。"
                 "孙佳则认为，临江的公交替代更完善，反弹未必出现。")
    assert _who(tmp_path, a, "价格的作用") == ["赵明远"]


def test_a_column_byline_with_the_authors_description_names_the_author():
    a = _article("临江市开征拥堵费已满一月。\n\n收费之后，早高峰的车速提高了两成，这是看得见的成效。",
                 author="周明，资深媒体人，临江晚报特约评论员", outlet="临江晚报")
    got = column_authors([a], lambda slug: (lambda t: t))
    assert got["a"].name == "周明"
    news = _article("临江市开征拥堵费已满一月。\n\n收费之后，早高峰的车速提高了两成。",
                    author="周明", outlet="临江晚报")
    assert "a" not in column_authors([news], lambda slug: (lambda t: t))


def test_a_byline_listed_with_enumeration_commas_names_the_columnist_not_two_authors():
    a = _article("临江市开征拥堵费已满一月。\n\n收费之后，早高峰的车速提高了两成，这是看得见的成效。",
                 author="周明、城市交通评论员、专栏作家", outlet="江畔观察")
    got = column_authors([a], lambda slug: (lambda t: t))
    assert got["a"].name == "周明"
    pair = _article("临江市开征拥堵费已满一月。\n\n收费之后，早高峰的车速提高了两成。",
                    author="周明、孙佳", outlet="临江晚报")
    assert "a" not in column_authors([pair], lambda slug: (lambda t: t))


def test_an_unnamed_source_opening_a_sentence_is_not_the_column_authors():
    assert names_holder("有人担心拥堵费会让外围商圈冷清。")
    assert names_holder("也有专家认为收费标准太低。")
    assert not names_holder("收费之后，早高峰的车速提高了两成。")


# words carried over, and where a holder's words end ----------------------------------------------

def test_a_speech_handed_over_by_a_colon_goes_on_in_the_first_person(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "发布会一开场，临江市交通局局长钱卫东先给大家打了一剂预防针：\n\n"
                 "我们为这项收费准备了整整三年，收费区的早高峰车速预计提高两成。\n\n"
                 "记者随后走访了收费区内的三个路口。")
    assert _who(tmp_path, a, "准备了整整三年") == ["钱卫东"]
    assert _who(tmp_path, a, "三个路口") == []


def test_a_paragraph_that_is_a_quotation_is_the_holders_of_the_paragraph_before(tmp_path):
    a = _article("临江市开征拥堵费。\n\n在交通局局长钱卫东看来，收费只是第一步。\n\n"
                 "「收费区的早高峰车速预计提高两成，公交准点率也会随之上升。」\n\n"
                 "收费区内共有十二个收费点。")
    assert _who(tmp_path, a, "公交准点率") == ["钱卫东"]
    assert _who(tmp_path, a, "十二个收费点") == []


def test_the_writers_first_person_stops_words_carrying_over(tmp_path):
    a = _article("临江市开征拥堵费，我这几天一直在收费区里转。\n\n"
                 "交通局局长钱卫东在发布会上先给大家打了一剂预防针：\n\n"
                 "我觉得收费区的商铺客流会明显减少。")
    assert _who(tmp_path, a, "商铺客流") != ["钱卫东"]


def test_in_a_column_a_holders_words_are_their_own_sentence(tmp_path):
    body = ("临江市开征拥堵费已满一月。\n\n"
            "市交通局早已说明，收费标准每两年评估一次。即便按照最乐观的估计，外围商圈的客流也要半年才能恢复。\n\n"
            "我认为，收费的代价不该只由外围商户承担。")
    col = _article(body, author="周明，资深媒体人，临江晚报特约评论员", outlet="临江晚报")
    assert _who(tmp_path, col, "收费标准每两年") == ["市交通局"]
    assert _who(tmp_path, col, "外围商圈的客流") == []


def test_a_clause_weighing_what_was_said_ends_the_holders_words(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "商户联合会多次提出，应把收入用于外围商圈的停车补贴，这一主张比单纯降价更有说服力。"
                 "如果收入只用于修路，外围商户的不满会越来越大。")
    assert _who(tmp_path, a, "停车补贴") == ["商户联合会"]
    assert _who(tmp_path, a, "外围商户的不满") == []


def test_a_new_voice_after_a_connective_is_not_the_previous_holders(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "交通局局长钱卫东表示，收费区的车速提高了两成。"
                 "此外，商务局称，收费区商铺的营业额基本稳定。"
                 "当然，也有学者，例如伦敦的布兰肯希普（John Blankenship），认为收费十年后车流会反弹。")
    assert _who(tmp_path, a, "营业额基本稳定") == ["商务局"]
    assert _who(tmp_path, a, "车流会反弹") == ["布兰肯希普"]


def test_people_named_by_surname_and_a_form_of_address(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "一位在收费点排队的王女士告诉记者，她每天要多花二十分钟。"
                 "路口一家面馆的林姓老板说，午市的客人少了大概两成。")
    assert _who(tmp_path, a, "多花二十分钟") == ["王女士"]
    assert _who(tmp_path, a, "午市的客人") == ["林姓老板"]


def test_statements_and_published_data_name_their_holder(tmp_path):
    a = _article("临江日报7月2日电（记者张平）临江市交通局2日表示，收费区的车速提高了两成。\n\n"
                 "商户联合会当晚发表声明，称收费让外围商圈的客流下降三成。\n\n"
                 "交通局当天发布的数据显示，收费区内的事故减少了一成。")
    assert _who(tmp_path, a, "车速提高了两成") == ["临江市交通局"]
    assert _who(tmp_path, a, "客流下降三成") == ["商户联合会"]
    assert _who(tmp_path, a, "事故减少了一成") == ["交通局"]


def test_inside_a_turn_the_turns_speaker_in_the_first_person_is_theirs_again(tmp_path):
    a = _article("临江市开征拥堵费。\n\n"
                 "主持人：收费之后，车流会不会反弹？\n\n"
                 "交通学者何平：伦敦的经验值得参考。英国的布兰肯希普（John Blankenship）一直批评，收费标准十年没有调整，"
                 "我基本同意他的看法。两种看法的差别，我觉得在于对价格弹性的估计。\n\n"
                 "主持人：那临江呢？\n\n"
                 "交通学者何平：临江的公交替代更完善。")
    assert _who(tmp_path, a, "我基本同意他的看法") == []
    assert _who(tmp_path, a, "价格弹性") == ["何平"]
