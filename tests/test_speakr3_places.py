"""Every quote of a point has its own speaker, and a page carrying an issued document speaks in its
issuer's voice (issue 13, property 1).

- A holder quoted twice in one point (a guest's two turns in a podcast, the same official in a
  second outlet) is the speaker of both quotes, and the outlet's voice covers each of its own
  unattributed citations, not only the first; the pages still show each name once.
- A page whose title is a document's ("某机关关于…的决定/办法/通知") is its issuer's: its articles are
  the issuing body's, not the site's that reprints them; a heading that is another document's title
  hands what follows to that body; a carrier's note before the document stays the carrier's.
Written for the test on invented topics (a county's river-sand licences, a city's night-market
hygiene rules, a provincial archive's opening hours) in forms no corpus has: a ministry circular
converted from a PDF, a traditional-script reprint of a council resolution, a portal's reprint with
an editor's note, and a podcast transcript.
"""

from __future__ import annotations

from generator.analyse.issuers import doc_issuer, issuers
from generator.analyse.model import Citation, Point, Speaker
from generator.analyse.outletvoice import with_outlets
from generator.analyse.pointspeakers import more_places
from generator.articles import parse_body
from generator.model import Article
from generator.render.briefing import _speaker_list
from speakerkit import analysed

TOPIC = "topic:\n  label: 河砂开采\n  terms: [河砂, 夜市, 档案馆]\n"


def _article(body, title, slug="a", script="zh-Hans", outlet=None):
    return Article(slug=slug, source=f"{slug}.txt", title=title, script=script, blocks=parse_body(body),
                   outlet=outlet, date="2025-05-02")


# the issuer of a document ---------------------------------------------------------------------

_CIRCULAR = ("（2025年4月30日省水利厅第六次厅务会议通过）\n\n"
             "第一条 河砂开采实行许可制度，未取得许可证的，不得开采。\n\n"
             "第二条 开采期限每次不超过两年，期满须重新申请。\n\n"
             "## 省自然资源厅关于河砂开采用地的办法\n\n"
             "第一条 临时用地期满后六个月内，开采人应当完成复垦。\n\n"
             "## 附件：开采许可申请表\n\n"
             "申请人应当如实填写开采地点和数量。")

_TW = ("縣議會今日通過夜市衛生決議，以下為全文。\n\n")

_REPRINT = ("编者按：省档案馆开放时间将作调整。现将通知全文刊发如下。\n\n"
            "本通知所称开放日，指每周二至周日。\n\n"
            "（2025年5月1日省档案馆发布）\n\n"
            "一、自6月1日起，开放时间延长至晚上八点。\n\n"
            "二、查阅民国档案须提前三天预约。")


def test_a_circular_converted_from_a_pdf_is_its_issuers_then_the_next_documents():
    art = _article(_CIRCULAR, "省水利厅关于加强河砂开采管理的决定", outlet="水利信息网")
    got = issuers(art)
    paras = {p.id: p.text for p in art.paragraphs}
    by_text = {paras[k][:6]: v for k, v in got.items()}
    assert by_text["第一条 河砂"] == "省水利厅"
    assert by_text["第二条 开采"] == "省水利厅"
    # a heading that is a second document's title: what follows is that body's, its attachment too
    assert by_text["第一条 临时"] == "省自然资源厅"
    assert by_text["申请人应当如"] == "省自然资源厅"


def test_a_reprint_with_an_editors_note_starts_the_document_at_its_issuing_line():
    art = _article(_REPRINT, "省档案馆关于调整开放时间的通知", outlet="文博资讯")
    got = issuers(art)
    paras = {p.id: p.text for p in art.paragraphs}
    owned = [paras[k] for k in got]
    # the carrier's own note and what follows it before the document's issuing line stay the carrier's
    assert not any(t.startswith(("编者按", "本通知所称")) for t in owned)
    assert any(t.startswith("一、自6月1日起") for t in owned)
    assert all(v == "省档案馆" for v in got.values())


def test_traditional_titles_and_titles_that_are_no_documents():
    assert doc_issuer("縣議會關於夜市攤商衛生管理的決議") == "縣議會"
    assert doc_issuer("國務院關於調整河砂稅率的通知") == "國務院"
    # no issuer named, an issuer that is no body, a news headline: nobody
    assert doc_issuer("关于夜市卫生的通知") == ""
    assert doc_issuer("网友关于夜市卫生的讨论") == ""
    assert doc_issuer("夜市卫生整治：摊主怎么看") == ""
    assert issuers(_article(_TW, "夜市衛生決議今日通過", script="zh-Hant", outlet="地方新聞網")) == {}


def _outlet_points(tmp_path, art, quotes):
    part = analysed(tmp_path, art, TOPIC)
    paras = {p.id: p.text for p in art.paragraphs}
    cites = tuple(Citation(art.slug, next(k for k, t in paras.items() if q in t), q) for q in quotes)
    p = Point(id="pt-x", kind="impact", category="x", statement="x。", citations=cites)
    [out] = with_outlets([p], [art], {art.slug: part.sentences}, part.speakers, {art.slug: art.outlet}, set(),
                         lambda name: ("", ""))
    return {sp.paragraph: sp.name for sp in out.speakers}


def test_the_articles_of_a_reprinted_document_are_the_issuers_not_the_sites(tmp_path):
    art = _article(_CIRCULAR, "省水利厅关于加强河砂开采管理的决定", outlet="水利信息网")
    got = _outlet_points(tmp_path, art, ["河砂开采实行许可制度", "开采期限每次不超过两年", "临时用地期满后六个月内"])
    assert sorted(got.values()) == ["省水利厅", "省水利厅", "省自然资源厅"]


# a holder in two places -------------------------------------------------------------------------

def _sp(name, para, article="a"):
    return Speaker(name=name, role="", article=article, paragraph=para)


def test_more_places_keeps_a_second_quote_of_a_holder_but_no_new_holder():
    first = [_sp("鲁一川", "p2"), _sp("河砂协会", "p3")]
    again = [_sp("鲁一川", "p7"), _sp("鲁一川", "p2"), _sp("鲁一川", "p7"), _sp("鲁一川", "p4", "b"),
             _sp("牛大", "p9")]
    got = [(s.name, s.article, s.paragraph) for s in more_places(first, again)]
    assert got == [("鲁一川", "a", "p7"), ("鲁一川", "b", "p4")]
    # a traditional-script writing of the same holder in another outlet is the same holder
    assert [s.name for s in more_places([_sp("黄立信", "p1")], [_sp("黃立信", "p5", "c")])] == ["黃立信"]


def test_the_outlet_speaks_each_of_its_unattributed_citations_and_the_page_shows_it_once(tmp_path):
    body = ("县里的河砂开采许可今年收紧。\n\n"
            "今年全县仅发放三张河砂开采许可证，较去年减少一半。\n\n"
            "河道管理所新设两个监测点，每周巡查一次。")
    art = _article(body, "河砂开采许可收紧", outlet="青溪日报")
    got = _outlet_points(tmp_path, art, ["今年全县仅发放三张河砂开采许可证", "河道管理所新设两个监测点"])
    assert sorted(got.values()) == ["青溪日报", "青溪日报"] and len(got) == 2
    shown = _speaker_list([_sp("青溪日报", "p2"), _sp("青溪日报", "p3"), _sp("鲁一川", "p3")], {})
    assert [s["name"] for s in shown] == ["青溪日报", "鲁一川"]


# a block's author holds each quoted paragraph of the block ---------------------------------------

_THREAD = ("夜市卫生新规，摊主们怎么看？\n\n"
           "## 1楼\u3000温小禾\u30002025-05-02 10:11\n\n温小禾，夜市摊主，卖了六年臭豆腐。\n\n"
           "新规要求每个摊位配洗手池，一个池子要两千多，小摊负担不起。\n\n"
           "而且检查时间都在晚上高峰，一查就是半小时。\n\n"
           "## 2楼\u3000鲍一帆\u30002025-05-02 11:40\n\n"
           "我不同意楼上。上个月夜市有人吃坏肚子，卫生必须管。\n\n"
           "区市场监管所的贾所长说，洗手池可以两个摊位共用。")

_ANSWERS_HANT = ("## 溫小禾的回答\n\n我覺得新規來得太急，攤主根本來不及改。\n\n"
                 "## 夜市管理辦法要點\n\n攤位須於晚上十一點前收攤。")


def _heading_point(art, quotes, holder, heading_text):
    paras = {p.id: p.text for p in art.paragraphs}
    head = next(b.id for b in art.blocks if b.kind.startswith("h") and heading_text in b.text)
    cites = tuple(Citation(art.slug, next(k for k, t in paras.items() if q in t), q) for q in quotes)
    return Point(id="pt-y", kind="limit", category="y", statement="y。", citations=cites,
                 speakers=(Speaker(name=holder, role="", article=art.slug, paragraph=head),))


def test_a_posts_author_credited_at_its_heading_holds_each_quoted_paragraph_of_the_post():
    from generator.analyse.pointspeakers import under_headings

    art = _article(_THREAD, "夜市卫生新规讨论", outlet="本地论坛")
    p = _heading_point(art, ["一个池子要两千多", "一查就是半小时", "卫生必须管"], "温小禾", "温小禾")
    [got], _ = under_headings([p], [], [art])
    paras = {x.id: x.text for x in art.paragraphs}
    placed = {paras[sp.paragraph][:6]: sp.name for sp in got.speakers if not sp.paragraph.startswith("h")}
    # the two paragraphs of her post are hers; the reply under the next post's heading is not
    assert placed == {"新规要求每个": "温小禾", "而且检查时间": "温小禾"}


def test_an_answer_heading_names_its_author_but_a_section_title_names_no_one():
    from generator.analyse.pointspeakers import under_headings

    art = _article(_ANSWERS_HANT, "夜市新規", script="zh-Hant", outlet="問答站")
    p = _heading_point(art, ["新規來得太急"], "溫小禾", "溫小禾的回答")
    [got], _ = under_headings([p], [], [art])
    assert [sp.name for sp in got.speakers if sp.paragraph.startswith("p")] == ["溫小禾"]
    # a holder credited at a section title that does not name them holds nothing under it
    q = _heading_point(art, ["十一點前收攤"], "溫小禾", "夜市管理辦法要點")
    [got], _ = under_headings([q], [], [art])
    assert [sp.paragraph for sp in got.speakers] == [q.speakers[0].paragraph]


# a post's author line -----------------------------------------------------------------------------

def test_a_fan_page_posts_author_line_makes_the_post_theirs_up_to_its_comments():
    from generator.analyse.speakercolumns import column_authors

    body = ("河砂聊天室2025年5月2日下午3:05·🌏\n\n"
            "第一，河砂限采以后，工地的砂价涨了三成，小包商最难熬。\n\n"
            "第二，我覺得限采是對的，河床再挖下去橋墩都要露出來了。\n\n"
            "## 留言\n\n"
            "鲁一川：砂价涨了，房价也跟着涨。")
    art = _article(body, "河砂限采一个月", script="zh-Hans")
    got = column_authors([art], lambda slug: (lambda t: t))
    paras = {p.id: p.text for p in art.paragraphs}
    owned = {paras[k[1]][:2]: v.name for k, v in got.items() if isinstance(k, tuple) and k[1]}
    assert owned == {"第一": "河砂聊天室", "第二": "河砂聊天室"}


def test_a_newspapers_dateline_is_no_authors_line():
    from generator.analyse.speakercolumns import column_authors

    body = "本报记者 2025-05-02 10:31\n\n河砂限采以后，工地的砂价涨了三成。"
    art = _article(body, "河砂限采", outlet="青溪日报")
    assert not [k for k in column_authors([art], lambda slug: (lambda t: t)) if isinstance(k, tuple) and k[1]]
