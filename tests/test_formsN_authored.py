"""Several authored pieces on one page (a Q&A page's answers, a weekly's letters page, a blog's guest
columns in traditional script), on synthetic pages unlike any corpus (``tests/fixtures/formsN/``):
each piece opens on a post heading with its author and stamp (``1楼　name　date time``), the author's
bio kept under it, the page's author is all of them, and no piece's text is lost or credited to
another; a page by one author gets no heading.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.clean import clean

HERE = Path(__file__).parent / "fixtures" / "formsN"


def load(name):
    return clean((HERE / name).read_text(encoding="utf-8"), source=name)


def sections(body):
    """Heading text → the text under it, for the post headings."""
    parts = re.split(r"^### (.+)$", body, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


CASES = [
    ("qa_answers.html", [("苏晚晴", "2022-03-14 20:05", "钢琴教师", "前三个月一定要请老师"),
                         ("老杜弹琴", "2022-03-20 09:41", "四十岁自学", "我不同意一定要请老师的说法")]),
    ("letters_page.html", [("马建国", "2021-10-08 16:20", "退休工人", "老伴膝盖不好"),
                           ("方晓芸", "2021-10-09 08:05", "一楼住户", "电梯井正好挡在我家窗前")]),
    ("blog_guests.html", [("林志豪", "2023-07-02 22:10", "夜市炸雞攤老闆", "我擺攤十二年"),
                          ("陳雅婷", "2023-07-04 10:30", "金融科技研究員", "申請貸款時比較容易證明還款能力")]),
]


@pytest.mark.parametrize("name,pieces", CASES)
def test_each_piece_under_its_author_and_stamp(name, pieces):
    c = load(name)
    secs = sections(c.body)
    assert len(secs) == len(pieces)
    for n, ((who, when, bio, words), (head, text)) in enumerate(zip(pieces, secs.items()), 1):
        assert head.replace("\u3000", " ").split() == [f"{n}楼", who, *when.split()]
        assert text.strip().startswith(f"{who}，{bio}")
        assert words in text
        for other, _, _, other_words in pieces:
            if other != who:
                assert other_words not in text  # never another author's words under this one
    assert c.meta["author"] == "、".join(p[0] for p in pieces)
    assert c.meta["date"] == pieces[0][1][:10]
    assert "赞同" not in c.body and "IP 属地" not in c.body and "發佈於" not in c.body and "发布于" not in c.body
    assert not [f for f in c.flags if "short paragraph" in f.message]


def test_one_author_page_gets_no_post_heading():
    c = load("single_post.html")
    assert "楼" not in c.body
    assert "浇水要适量" in c.body
