"""Comment lists whose writers' names glue to their text: a name line, the words, a row of buttons and
an age (or one line "名字：评论 (stamp) 回复 赞12"): each comment a paragraph opening on its writer's
name under the readers' comments head (clean.rules.comment_rows)."""

from generator.clean import clean


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


FACEBOOK = """手作皮件小舖
2025年3月2日 下午8:10 · 🌏

這週新到一批植鞣牛皮，顏色比上次深一些，適合做長夾和筆袋，歡迎私訊預訂。

1,024 個心情　　88 則留言
讚　　留言　　分享

陳怡安
上次買的名片夾用了半年，顏色越來越漂亮，推薦！
讚 · 回覆 · 5天　12
　　手作皮件小舖
　　謝謝支持，植鞣皮就是越用越有味道。
　　讚 · 回覆 · 4天　3

王建民 Kevin
請問筆袋可以客製刻字嗎？
讚 · 回覆 · 3天　1

查看更多留言　3/88
"""


def test_facebook_comments_each_under_its_writer():
    body = clean(FACEBOOK, source="fb.txt").body
    paras = _paras(body)
    assert any(p.startswith("陳怡安：上次買的名片夾") for p in paras)
    assert any(p.startswith("手作皮件小舖（回覆陳怡安）：謝謝支持") for p in paras)
    assert any(p.startswith("王建民Kevin：請問筆袋") for p in paras)
    assert "讚 · 回覆" not in body and "5天" not in body and "查看更多留言" not in body
    # the post's own words stay the post's, above the comments head
    assert body.index("植鞣牛皮") < body.index("讀者評論") < body.index("陳怡安")


APP_NOTE = """周末去山里露营，这三样装备真的别省

帐篷、睡袋和防潮垫是最不能省的，晚上山里温度会降到十度以下。

共 3 条评论

爱爬山的小鹿
防潮垫太重要了，上次没带冻了一夜
08-03 河北 赞 12 回复

阿土不吃土
请问睡袋买多少度的合适
08-03 北京 赞 2 回复

作者
零度左右的就够了，秋天可以选零下五度
08-04 浙江 赞 5 回复
"""


def test_app_note_comments_and_the_authors_reply():
    paras = _paras(clean(APP_NOTE, source="note.txt").body)
    assert any(p.startswith("爱爬山的小鹿：防潮垫太重要了") for p in paras)
    assert any(p.startswith("阿土不吃土：请问睡袋") for p in paras)
    assert not any("赞 12" in p or "赞12" in p for p in paras)
    assert any(p.startswith("作者：零度左右") for p in paras)
    assert paras.index(next(p for p in paras if p.startswith("爱爬山的小鹿"))) > \
        paras.index(next(p for p in paras if "十度以下" in p))


ONE_LINE = """社区图书角本周新书

本周新上架二十本绘本和十本科普读物，欢迎带孩子来借阅。

网友留言

书虫妈妈：绘本区能不能多放几个坐垫 (8月1日 15:03) 回复 赞12
退休老张：科普书可以按年龄分一下类 (8月1日 16:20) 回复 赞5
"""


def test_one_line_comments_with_stamp_and_buttons():
    body = clean(ONE_LINE, source="oneline.txt").body
    paras = _paras(body)
    assert any(p.startswith("书虫妈妈：绘本区能不能多放几个坐垫") and "赞" not in p for p in paras)
    assert any(p.startswith("退休老张：科普书") and "8月1日" not in p for p in paras)
