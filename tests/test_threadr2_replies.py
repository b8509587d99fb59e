"""Disputes between authored blocks whose page marks whom each reply answers.

The phenomena: (1) a forum reply opening on its quote of an earlier post ('回应 X 的回复：…') answers X: the
quoted words leave (they are X's, kept where X wrote them) but whom the reply answers stays as its lead
('回应 X：…'), so a reply taking the contrary stance is read as a dispute between the two posters; (2) in a
comment section whose labels mark replies ('许志豪（回覆张淑芬）：'), a marked reply answers the one it names
(even a few comments down), and a comment marking none answers no comment above it; a reply opening on
agreement ('这也是…') disputes nothing.

The stories are invented (a lake's fishing ban on a board, a night market's rents in a fan page's comments, a
library's opening hours in a residents' app); none of the corpora has these topics.
"""

from __future__ import annotations

from functools import partial

from generator.clean import clean
from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-05-01")
_shown = partial(contendkit.shown, topic=False)


def _pairs(an):
    return [frozenset((frozenset(_names(c.a)), frozenset(_names(c.b)))) for c in an.contentions]


BOARD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>镜湖禁钓令下来了，大家怎么看</title></head><body>
<div class="nav">首页 | 小组 | 登录</div>
<h1>镜湖禁钓令下来了，大家怎么看</h1>
<div class="topic"><div class="from"><a class="nm">钓鱼佬阿彬</a><span class="t">2026-03-01 09:10:00</span></div>
<div class="txt"><p>公园管理处贴了告示，从四月起镜湖全年禁止垂钓，违者罚款两百元。想问问各位怎么看？</p></div></div>
<ul class="replies">
<li class="rp"><div class="hd"><a class="nm">湖边晨跑的小郑</a><span class="t">2026-03-01 10:02:11</span></div>
<p>早该禁了。钓鱼的人把饵料和线头扔得到处都是，湖边的水鸟去年被鱼线缠死了好几只。</p>
<div class="bar">赞(40)　回应</div></li>
<li class="rp"><div class="hd"><a class="nm">钓鱼佬阿彬</a><span class="t">2026-03-01 10:30:45</span></div>
<div class="quote">回应 湖边晨跑的小郑 的回复：钓鱼的人把饵料和线头扔得到处都是</div>
<p>乱扔线头的只是少数人，不能因为几个人就全年禁钓，划出固定钓位、按次收费管理就够了。</p>
<div class="bar">赞(22)　回应</div></li>
<li class="rp"><div class="hd"><a class="nm">养鸟的王老师</a><span class="t">2026-03-01 11:15:20</span></div>
<p>春天是水鸟筑巢的季节，至少春季禁钓是必要的，其他季节可以商量。</p>
<div class="bar">赞(18)　回应</div></li>
</ul>
<div class="side">小组规则：理性讨论</div>
</body></html>"""


def test_a_forum_reply_keeps_whom_it_answers_and_disputes_that_post(tmp_path):
    body = clean(BOARD, source="board.html").body
    # the quoted words stay only where 湖边晨跑的小郑 wrote them; the reply leads with whom it answers
    assert body.count("线头扔得到处都是") == 1, body
    reply = next(line for line in body.split("\n") if "少数人" in line)
    assert reply.startswith("回应") and "湖边晨跑的小郑" in reply.split("：")[0], reply
    assert "早该禁了" not in reply
    art = _article("board", "镜湖禁钓令下来了，大家怎么看", body)
    an, _ = _run(tmp_path, [art], "topic:\n  label: 镜湖禁钓\n  terms: [禁钓]\n")
    pairs = _pairs(an)
    assert frozenset((frozenset({"湖边晨跑的小郑"}), frozenset({"钓鱼佬阿彬"}))) in pairs, _shown(an)
    # nobody is both sides, and the reply's lead names no holder
    for c in an.contentions:
        assert not _names(c.a) & _names(c.b), _shown(an)
        assert not any(n.startswith("回应") for s in (c.a, c.b) for n in _names(s)), _shown(an)


FANPAGE = _article("fans", "夜市攤位租金又漲了", (
    "## 讀者評論\n\n"
    "張淑芳：攤位租金一年漲兩成，我們做小吃的利潤本來就薄，這樣下去只能收攤。\n\n"
    "林志明：夜市人潮比疫情前多了一倍，租金調整是反映行情，管理委員會也要支付清潔和保全的費用。\n\n"
    "陳美玲：我是常客，最近的小吃確實變貴了，一碗麵線要八十塊。\n\n"
    "許家豪（回覆林志明）：人潮多了不代表攤商賺得多，食材和瓦斯也在漲，租金漲兩成太多了吧。\n\n"
    "黃雅琪：市府應該出面訂個租金上限，不然老攤商都會被擠走。\n\n"
    "林志明（回覆黃雅琪）：這也是我想說的，市府如果訂上限，管委會也比較好跟地主談，不會一直被抬價。"), "zh-Hant")


def test_a_comment_marking_whom_it_answers_disputes_that_comment_only(tmp_path):
    an, _ = _run(tmp_path, [FANPAGE], "topic:\n  label: 夜市租金\n  terms: [夜市]\n")
    pairs = _pairs(an)
    # the marked reply answers 林志明, three comments above it
    assert frozenset((frozenset({"林志明"}), frozenset({"許家豪"}))) in pairs, _shown(an)
    for c in an.contentions:
        names = _names(c.a) | _names(c.b)
        # a comment marking no one answers no comment above it (陳美玲 and 黃雅琪 answer the page)
        assert not ({"陳美玲", "林志明"} <= names or {"黃雅琪", "許家豪"} <= names), _shown(an)
        # a reply agreeing ("這也是我想說的") disputes nothing
        assert not {"黃雅琪", "林志明"} <= names, _shown(an)


APPNOTE = _article("app", "社区图书馆周末开放时间调整", (
    "## 评论\n\n"
    "周立新：图书馆周日改成下午一点才开门，上午带孩子来看书的家长都扑了空。\n\n"
    "馆员小赵：上午人少，改时间是为了把人手放到晚上，晚上自习的学生更多。\n\n"
    "吴敏（回复馆员小赵）：晚上人多是考试季才有的，平时晚上空着一半座位，上午的亲子阅读不该被砍掉。\n\n"
    "郑凯：希望能增加自助借还机，排队的时间太长。\n\n"
    "周立新（回复馆员小赵）：上午人少是因为九点才开门，七点半开门的时候上午人可多了。"))


def test_marked_replies_in_an_app_note_each_dispute_the_staff_answer(tmp_path):
    an, _ = _run(tmp_path, [APPNOTE], "topic:\n  label: 图书馆开放时间\n  terms: [图书馆]\n")
    found = [c for c in an.contentions if "馆员小赵" in _names(c.a) | _names(c.b)]
    assert found, _shown(an)
    for c in found:
        other = (_names(c.a) | _names(c.b)) - {"馆员小赵"}
        assert other and other <= {"吴敏", "周立新"}, _shown(an)
    # 郑凯's wish answers no one
    assert not any("郑凯" in _names(c.a) | _names(c.b) for c in an.contentions), _shown(an)
