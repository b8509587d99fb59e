"""A role opening on an organisation's name keeps its first character (issue 14: "财联社记者" read
"联社记者"); a role an OCR'd line cut at its start still loses the lost word's tail."""

from __future__ import annotations

from generator.analyse.model import Citation, Entity, Mention, Point, Speaker
from generator.analyse.speakerfinish import finish_speakers, repaired_role
from generator.model import Article, Block


def test_an_outlet_the_corpus_names_elsewhere_keeps_its_first_character():
    # "鲸探派" is no dictionary word and ends as no body does: the corpus names it as an outlet
    assert repaired_role("鲸探派记者") == "探派记者"
    assert repaired_role("鲸探派记者", names={"鲸探派"}) == "鲸探派记者"
    assert repaired_role("鯨探派記者", "zh-Hant", names={"鲸探派"}) == "鯨探派記者"


def test_an_outlet_whose_next_word_ends_as_a_body_does_keeps_it():
    for role in ("钛媒体记者", "财联社记者", "藻日报首席记者"):
        assert repaired_role(role) == role, role


def test_a_role_written_after_other_text_lost_nothing():
    text = "电池出货量将翻倍。（鲸探派记者王某）\n"
    assert repaired_role("鲸探派记者", text=text) == "鲸探派记者"
    assert repaired_role("技高级项目经理", text="某科技高级项目经理张某表示") == "技高级项目经理"


def test_a_role_opening_a_line_still_loses_a_lost_words_tail():
    text = "技高级项目经理张某表示，新电池明年量产。\n"
    assert repaired_role("技高级项目经理", text=text) == "高级项目经理"
    assert repaired_role("技高级项目经理") == "高级项目经理"


def _article(slug, text, outlet=None):
    return Article(slug=slug, source=f"{slug}.md", title="题", script="zh-Hans",
                   blocks=(Block(kind="p", text=text, id="p1", n=1),), outlet=outlet)


def test_the_index_and_briefing_show_an_outlets_reporter_whole():
    text = "鲸探派报道，新电池明年量产。\n鲸探派记者孟某说，该公司预计收入增长两倍。"
    art = _article("a", text)
    sp = Speaker(name="孟某", kind="person", role="鲸探派记者", article="a", paragraph="p1")
    person = Entity(name="孟某", kind="person", mentions=(Mention(article="a", paragraph="p1", surface="孟某"),),
                    role="鲸探派记者")
    outlet = Entity(name="鲸探派", kind="org", mentions=(Mention(article="a", paragraph="p1", surface="鲸探派"),))
    point = Point(id="pt-x", kind="impact", category="growth", statement="收入增长两倍",
                  citations=(Citation(article="a", paragraph="p1", quote="收入增长两倍"),), speakers=(sp,))
    points, _, entities = finish_speakers([point], [], [person, outlet], {}, [art])
    assert points[0].speakers[0].role == "鲸探派记者"
    assert entities[0].role == "鲸探派记者"


def _chapters(slug, chapters):
    """A page of chapters (``## head``), each of pieces (``### head`` and a paragraph)."""
    from types import SimpleNamespace

    blocks, n = [], 0
    for head, pieces in chapters:
        blocks.append(SimpleNamespace(kind="h2", id=f"c{len(blocks)}", text=head))
        for piece_head, text in pieces:
            n += 1
            blocks += [SimpleNamespace(kind="h3", id=f"h{n}", text=piece_head),
                       SimpleNamespace(kind="p", id=f"p{n}", text=text)]
    return SimpleNamespace(slug=slug, blocks=blocks)


def test_a_chapter_of_views_keeps_a_view_in_everyday_words():
    from generator.analyse.pieceitems import off_topic_pieces

    page = _chapters("v", [
        ("三、各方观点", [("3.1 云帆科技 CEO 林某", "固态电池量产将改变整个储能行业。"),
                         ("3.2 Lumière Labs 创始人 Zoë Müller", "感慨时代变化太快，过去要等十年的事，现在几个月就来了。"),
                         ("3.3 研究员张某", "固态电池的成本仍是最大障碍。")]),
        ("四、今日要闻", [("4.1 要闻", "固态电池装车测试启动。"), ("4.2 要闻", "固态电池产线开工。"),
                          ("4.3 要闻", "电影《海潮》票房突破30亿元，刷新春节档纪录。")]),
    ])
    elsewhere = {("v", "p2"), ("v", "p6")}
    out = off_topic_pieces([page], elsewhere, ("固态电池",))
    assert ("v", "p2") not in out and ("v", "h2") not in out      # the view stays, its headline's name too
    assert ("v", "p6") in out and ("v", "h6") in out              # another story (a work, a figure) goes
    # two pieces of a chapter off the topic are a digest's other items: both go
    elsewhere |= {("v", "p3")}
    assert ("v", "p2") in off_topic_pieces([page], elsewhere, ("固态电池",))


def test_a_latin_name_keeps_its_accents():
    from generator.analyse.namefind import find_candidates

    for text, name in (("据外媒报道，José Müller 认为视频生成进展很快。", "José Müller"),
                       ("Zoë Laurent 表示，模型还需要改进。", "Zoë Laurent"),
                       ("报道称，Łukasz Nowak 表示电池成本仍在下降。", "Łukasz Nowak")):
        found = {(c.name, c.kind) for c in find_candidates(text)}
        assert (name, "person") in found, text
        assert not any(n != name and n in name for n, _ in found), found    # no "Jos", no "Laurent" alone


def test_a_latin_word_before_a_device_word_names_a_product():
    from generator.analyse.namefind import find_candidates

    for text, name in (("她曾为 Pixel 手机摄像头开发算法。", "Pixel"), ("新款 Kindle 阅读器下月发售。", "Kindle"),
                       ("他用 Surface 平板写完了报告。", "Surface")):
        kinds = {c.kind for c in find_candidates(text) if c.name == name}
        assert kinds == {"product"}, (text, kinds)


def test_a_listed_name_cut_short_is_no_company():
    from generator.analyse.nameenum import enumeration_candidates

    text = "算力概念股午后走强，包括云岭智算、工业富、星海光电、妈妈网等股价均上涨。"
    names = {c.name for c in enumeration_candidates(text, {})}
    assert "工业富" not in names
    assert {"云岭智算", "星海光电", "妈妈网"} <= names


def _deal_rows(day_text, vague_text, day="2025-05-22"):
    from generator.analyse.eventmerge import merge_vague_releases
    from generator.analyse.model import Event

    vague = Event(date="2025-05-31", inferred=True, text=vague_text, article="weekly", paragraph="p7",
                  precision="approximate")
    told = Event(date=day, inferred=False, text=day_text, article="blog", paragraph="p3", precision="day")
    words = {"星图智能": 6.0, "融资": 5.0, "完成": 1.0, "新一轮": 4.0}
    return merge_vague_releases([vague, told], [dict(words), dict(words)], [frozenset(), frozenset()], level=4.0)[0]


def test_a_deal_known_on_a_day_and_closed_late_that_month_is_one_row():
    rows = _deal_rows("5月22日，星图智能完成新一轮超 5 亿元融资。",
                      "5月底，星图智能完成新一轮融资，金额超5亿元，投资方包括多家基金。")
    assert len(rows) == 1 and rows[0].date == "2025-05-22" and rows[0].also[0].article == "weekly"
    # the day the news came out: the deal leads at its period, the day shown as the other outlet's date
    rows = _deal_rows("5月22日，星图智能完成新一轮超 5 亿元融资的消息传出。",
                      "5月底，星图智能完成新一轮融资，金额超5亿元，投资方包括多家基金。")
    assert len(rows) == 1 and rows[0].date == "2025-05-31" and rows[0].article == "weekly"
    assert rows[0].also[0].article == "blog" and rows[0].disputed[0].date == "2025-05-22"
    # another sum is another deal: two rows
    assert len(_deal_rows("5月22日，星图智能完成新一轮超 2 亿元融资的消息传出。",
                          "5月底，星图智能完成新一轮融资，金额超5亿元。")) == 2
    # a day of another month is no day of "5月底"
    assert len(_deal_rows("4月28日，星图智能完成新一轮超 5 亿元融资的消息传出。",
                          "5月底，星图智能完成新一轮融资，金额超5亿元。", day="2025-04-28")) == 2


def _rows_of(text):
    from generator.analyse.datefind import resolve_dates
    from generator.analyse.eventtext import _event_text
    from generator.analyse.text import Sentence

    s = Sentence(article="a", paragraph="p1", index=0, para_index=0, start=0, original=text, simple=text,
                 paragraph_original=text, paragraph_simple=text)
    refs = resolve_dates(text, "2025-06-30")
    starts = [r.start for r in refs]
    return [_event_text(s, r, True, starts[k + 1] if k + 1 < len(starts) else None, starts[k - 1] if k else None)
            for k, r in enumerate(refs)]


def test_a_later_dates_clause_keeps_the_sentences_subject():
    rows = _rows_of("行情软件显示，储能指数从5月6日的980.5点一路上行，6月3日创出年内新高1310.2点。")
    assert rows[1].startswith("储能指数……6月3日创出年内新高"), rows
    assert _rows_of("滨江区政府5月6日启动防汛应急响应，5月8日解除。")[1] == "滨江区政府……5月8日解除。"
    # a clause with its own subject is left as it is
    rows = _rows_of("星图智能于5月6日发布新品，6月3日，该公司宣布完成融资。")
    assert not rows[1].startswith("星图智能"), rows
