"""A comment box's own words (its button, its login prompt, its civility slogan, the site's disclaimer) are
furniture, never a reader's comment labelled 网友, in three page forms; a reader's real comment stays."""

from __future__ import annotations

import pytest

from generator.clean import clean

BODY = "市里决定下月起延长夜班公交运营时间，首批覆盖六条线路。\n\n交通部门表示，客流高的线路将加密班次。\n\n"


@pytest.mark.parametrize("box", [
    "网友评论\n\n我要评论　　请登录后发言，文明上网，理性发言\n\n",
    "热门评论\n\n登录后发表评论，文明上网理性发言\n\n",
    "网友评论\n\n网友评论仅供其表达个人看法，并不表明本网立场\n\n我来说两句\n\n",
])
def test_the_comment_box_is_no_comment(box):
    c = clean(BODY + box + "晚归的阿彬：终于不用打车回家了，希望周末也有。\n", source="page.txt")
    assert "文明上网" not in c.body and "登录" not in c.body and "立场" not in c.body and "说两句" not in c.body
    assert "网友：" not in c.body  # no invented reader
    assert "晚归的阿彬：终于不用打车回家了" in c.body
    assert "延长夜班公交运营时间" in c.body


def test_a_box_alone_leaves_no_comments_section():
    c = clean(BODY + "网友评论\n\n我要评论　　请登录后发言，文明上网，理性发言\n", source="page.txt")
    assert "评论" not in c.body and "网友" not in c.body
