"""A repost chain "A的话//@B: B的话//@C: C的话": each forwarder's words under its own name, never the
reposter's (clean.rules.repost_chains)."""

from generator.clean import clean


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


WEIBO = """#城市夜跑路线#话题页

山城跑团
6月3日 22:10 来自 微博网页版

今晚十公里跑完，滨江段的路灯终于修好了，大家放心夜跑。//@夜跑的阿杰:滨江步道北段还是黑，上周有人摔倒。//@城市管理热线:已安排维修，预计本周内完成。

转发 12 · 评论 8 · 赞 40
"""


def test_weibo_topic_chain_split_by_author():
    paras = _paras(clean(WEIBO, source="weibo.txt").body)
    own = next(p for p in paras if "今晚十公里" in p)
    assert "北段还是黑" not in own and "已安排维修" not in own
    assert any(p.startswith("夜跑的阿杰：滨江步道北段还是黑") for p in paras)
    assert any(p.startswith("城市管理热线：已安排维修") for p in paras)
    # the order shown is kept (most recent forward first)
    texts = "\n".join(paras)
    assert texts.index("夜跑的阿杰：") < texts.index("城市管理热线：")


FANFOU = """饭否 · 消息

豆瓣读书小组
2024-02-11 14:02

轉發自@舊書攤老闆：這批民國期刊品相一般，但內頁完整，有興趣的朋友週六來看。

這樣的期刊現在很少見了，價格合理就值得收。
"""


def test_forwarded_from_traditional_is_the_original_writers():
    paras = _paras(clean(FANFOU, source="fanfou.txt").body)
    assert any(p.startswith("舊書攤老闆：這批民國期刊") for p in paras)
    assert not any(p.startswith("轉發自") for p in paras)


COMMENTS = """社区团购团长怎么选品？

我做了三年社区团购，选品最看重复购率，其次才是毛利。

全部评论（3）

野生产品经理：
复购率这个说法我同意，生鲜尤其明显。
08-03 21:15 · 回复 · 赞 6

小区宝妈阿琴：
//@野生产品经理 : 生鲜复购率高但损耗也高，团长要算清楚。
08-03 22:40 · 回复 · 赞 3

团长老陈：
转发微博//@小区宝妈阿琴：损耗我们是按百分之八预留的。
08-04 09:05 · 回复 · 赞 1
"""


def test_comment_list_chains_with_spaces_and_default_words():
    body = clean(COMMENTS, source="comments.txt").body
    paras = _paras(body)
    assert any(p.startswith("野生产品经理：生鲜复购率高但损耗也高") for p in paras)
    assert any(p.startswith("小区宝妈阿琴：损耗我们是按百分之八预留的") for p in paras)
    assert "转发微博" not in body
    assert not any(p.startswith("团长老陈：") and "损耗" in p for p in paras)
