"""What becomes a point on a new topic, read from the document's structure and from language any
story uses (issue 13, properties 5, 7 and 8).

The story is invented for the test and unlike any corpus of the project: a city's new parking
rules for shared bicycles. The editor names only the topic. Three sources: a transport bureau's
press-conference transcript (each reporter and each official speaks once, a question and then
another's answer), a reporter's Markdown notes whose interview quotes are quotation blocks, and a
wire story. Then:

* the turns of a press conference are no card of fields: an official's answer is a point;
* what bounds or softens the news ("最长不超过2小时", "不会对市民出行造成大的影响", "兜底") is a
  limit of it, although its words are a category's of effects;
* a sentence someone speaking of the topic says is a candidate though no category's words place
  it, an impact when it states an effect ("原本打算…" overturned, a cost passed on), a limit when
  it weighs problems;
* an answer's opening ("这是一个很有代表性的问题") and the host's sign-off ("发布会到此结束")
  are no points: a signal word inside a longer word or pointing back is no signal;
* the quotation blocks of a notes export are body text that points cite; a short quoted line
  stays a caption;
* at the points cap, a point someone is quoted saying outranks the narration's of the same reach.
"""

from __future__ import annotations

from types import SimpleNamespace

from generator.analyse import _cap
from generator.analyse.claims import _signals
from generator.analyse.general import PLAN_CHANGED, bounds
from generator.articles import parse_body
from generator.clean import clean
from generator.model import Article
from tests.test_briefing_recall import _article, _citing, _named_only, _run

TOPIC = "topic:\n  label: 共享单车停放新规\n  terms: [共享单车, 停放新规]\n"

PRESSER = (
    "a", "市交通运输局举行共享单车停放新规新闻发布会",
    "市交通运输局今天举行新闻发布会，介绍共享单车停放新规。\n\n"
    "副局长孙海介绍，共享单车停放新规下月1日起施行，中心城区将划设两千处电子围栏停放点。\n\n"
    "孙海说，非停放点的车辆停放时间最长不超过2小时，超时车辆由企业负责清运。\n\n"
    "晚报记者：新规会不会让上班族找车更难？\n\n"
    "孙海：这是一个很有代表性的问题。停放点覆盖全部地铁站出入口，市民步行几分钟就能找到停放点，"
    "不会对市民出行造成大的影响。\n\n"
    "日报记者：企业的运维压力会不会增加？\n\n"
    "周文：单车企业需要增加运维人员，部分成本可能转嫁给骑行用户。\n\n"
    "主持人：今天的发布会到此结束，谢谢各位！")

NOTES = """## 采访

### 王莉（社区居民代表）

电话，周二下午。

> 王莉：我原本打算每天骑车去地铁站，现在门口的共享单车都被清走了，得走二十分钟。

> 老人买菜也不方便了。

### 陈涛（单车企业运营经理）

> 陈涛：电子围栏的定位误差不小，用户明明停进了停放点还被扣费，投诉一天比一天多。
"""

WIRE = (
    "c", "共享单车停放新规下月施行",
    "共享单车停放新规下月起施行，中心城区划设两千处电子围栏停放点。\n\n"
    "据市交通运输局介绍，违规停放的车辆最长不超过2小时就会被清运。\n\n"
    "对确有困难的老年用户，社区将提供代步车服务兜底。")


def _notes() -> Article:
    cleaned = clean(NOTES, source="b.md")
    return Article(slug="b", source="b.md", title="共享单车停放新规采访笔记", script="zh-Hans",
                   blocks=parse_body(cleaned.body), outlet="b报", date="2026-03-01")


def _bikes(tmp_path):
    return _run(tmp_path, [_article(*PRESSER), _notes(), _article(*WIRE)], _named_only(TOPIC))


def _cited(an, article):
    return [c.quote for p in an.points for c in p.citations if c.article == article]


def test_a_press_conferences_turns_are_no_card_of_fields(tmp_path):
    an, _ = _bikes(tmp_path)
    # each label speaks once (a reporter's question, then an official's answer): not a card
    assert _citing(an, "a", "部分成本可能转嫁给骑行用户"), [p.statement for p in an.points]


def test_what_bounds_or_softens_the_news_is_a_limit(tmp_path):
    an, _ = _bikes(tmp_path)
    bound = _citing(an, "a", "最长不超过2小时") + _citing(an, "c", "最长不超过2小时")
    assert bound and all(p.kind == "limit" for p in bound), [(p.kind, p.statement) for p in bound]
    softened = _citing(an, "a", "不会对市民出行造成大的影响")
    assert softened and all(p.kind == "limit" for p in softened), [(p.kind, p.statement) for p in softened]
    assert bounds("社区将提供代步车服务兜底。") and bounds("每年只延后两个月")
    assert bounds("新规对郊区的运营不构成直接影响。") and not bounds("新规将产生深远影响")
    assert bounds("需经董事会批准后实施") and bounds("物业不同意就装不了")  # a condition to grant
    assert not bounds("短期内很难找到替代市场")  # a difficulty is no bound
    assert not bounds("他同意这一看法")


def test_a_spoken_sentence_no_category_places_is_a_claim_of_its_kind(tmp_path):
    an, _ = _bikes(tmp_path)
    plan = _citing(an, "b", "原本打算每天骑车去地铁站")
    assert plan and all(p.kind == "impact" for p in plan), [(p.kind, p.statement) for p in an.points]
    passed = _citing(an, "a", "转嫁给骑行用户")
    assert passed and all(p.kind == "impact" for p in passed)
    complaint = _citing(an, "b", "投诉一天比一天多")
    assert complaint and all(p.kind == "limit" for p in complaint)
    assert PLAN_CHANGED.search("他们原计划下月开业") and not PLAN_CHANGED.search("不得早于原本的退休年龄")


def test_an_answers_opening_and_the_hosts_sign_off_are_no_points(tmp_path):
    an, _ = _bikes(tmp_path)
    quotes = _cited(an, "a")
    assert not any("到此结束" in q for q in quotes), quotes
    assert not any(q.strip("。").endswith("很有代表性的问题") for q in quotes), quotes
    assert _signals("今天的发布会到此结束。", ("发布",)) == []
    assert _signals("我们注意到了这个问题。", ("问题",)) == []
    assert _signals("这是一个很有代表性的问题。", ("问题",)) == []
    assert _signals("新规发布后，停放问题依然突出。", ("发布", "问题")) == ["发布", "问题"]
    # a word of the topic's own name is no signal ("延迟" of a topic named "延迟开学")
    assert _signals("延迟开学首先是安全的考虑。", ("延迟",), ("延迟开学",)) == []


def test_a_notes_exports_quotation_blocks_are_body_text(tmp_path):
    blocks = _notes().blocks
    paras = [b.text for b in blocks if b.kind == "p"]
    assert any(t.startswith("王莉：我原本打算") for t in paras), [(b.kind, b.text) for b in blocks]
    assert any(t.startswith("陈涛：电子围栏") for t in paras)
    # a short quoted line that ends no sentence stays a caption
    short = clean("正文第一段，介绍共享单车停放新规的背景和主要内容。\n\n> 图：停放点\n", source="x.md")
    assert [b.kind for b in parse_body(short.body)].count("p") == 1
    an, _ = _bikes(tmp_path)
    assert _cited(an, "b"), [p.statement for p in an.points]


def test_a_quoted_point_outranks_the_narrations_at_the_cap():
    def point(pid, score, speakers=(), articles=("a",)):
        return SimpleNamespace(id=pid, statement="", pinned=False, articles=articles, speakers=speakers, score=score,
                               category="jobs")

    narration = point("n", 9.0)
    quoted = point("q", 5.0, speakers=("周文",))
    shared = point("s", 4.0, articles=("a", "c"))
    kept = _cap([narration, quoted, shared], 2)
    assert [p.id for p in kept] == ["q", "s"]  # the point two outlets make first, then the quoted one


def test_the_cap_never_empties_a_category():
    """Quoted points of one category must not push out the only point of another: a kind of
    limit the narration alone states (a fraud risk, say) stays in the briefing."""
    def point(pid, category, score, speakers=()):
        return SimpleNamespace(id=pid, statement="", pinned=False, articles=("a",), speakers=speakers, score=score,
                               category=category)

    quoted = [point(f"q{i}", "jobs", 5.0 - i / 10, speakers=("周文",)) for i in range(4)]
    fraud = point("f", "fraud", 1.0)
    kept = [p.id for p in _cap(quoted + [fraud], 3)]
    assert "f" in kept and len(kept) == 3, kept
