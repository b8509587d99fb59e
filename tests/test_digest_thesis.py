"""Digests: the thesis first, the conclusion where the article closes (not in an appendix), and
keywords a reader would search for — each on a small synthetic article written for the test."""

from __future__ import annotations

from tests.test_index import _article, _run

_BODY = [
    "星海公司发布的视频模型“光年”成本过高，短期内难以在普通用户中普及开来。",
    "行业人士介绍，视频模型的开发进展很快，很多团队都在参与竞争并推出新的产品。",
    "有分析指出，视频模型的使用成本过高，每分钟成本高达数百元，普及之路还很漫长。",
    "北岭证券的分析师认为，算力成本的下降速度将决定视频模型普及的快慢和范围。",
    "多家制作公司表示，他们会先在广告片里试用视频模型，再决定是否扩大使用范围。",
    "评论人士普遍认为，只有当使用成本大幅下降，视频模型才可能真正走向普及和应用。",
]


def test_the_conclusion_is_the_close_of_the_article_not_its_appendix():
    body = "\n\n".join(_BODY + ["另附：", "在今天的发布会过程中，星海公司股价暴跌近百分之十，引发热议。",
                                "—某网友 (@someone) March 16, 2023"])
    a = _article("c", body, title="视频模型成本高 普及之路漫长", date="2025-01-02")
    summary = _run(a).digests[0].summary
    roles = {s.role: s for s in summary}
    assert summary[0].role == "thesis"
    assert "conclusion" in roles and roles["conclusion"].paragraph == "p6"
    assert not any(s.paragraph in ("p8", "p9") for s in summary)


def test_the_thesis_is_no_list_item_or_instruction_to_the_reader():
    body = "\n\n".join(["4.视频模型成本高、普及之路漫长，你可以积极参与群内关于视频模型成本高的讨论。"] + _BODY)
    a = _article("l", body, title="视频模型成本高 普及之路漫长", date="2025-01-02")
    thesis = _run(a).digests[0].summary[0]
    assert thesis.role == "thesis" and not thesis.text.startswith("4.")


def test_keywords_are_words_not_pieces_and_new_words_count():
    body = ("多模态模型需要大量算力，多模态训练的成本很高。\n\n"
            "分析人士指出，算力短缺会拖慢多模态模型的研发进度。\n\n"
            "多家公司表示，算力价格上涨推高了多模态训练成本。\n\n"
            "一位老人对着生日蛋糕的蜡烛吹气，画面出现漏洞。")
    a = _article("k", body, date="2025-02-23")
    b = _article("k2", "另一篇文章谈论市场与用户。", date="2025-02-23")
    kws = _run(a, b).digests[0].keywords
    assert "算力" in kws and "模态" not in kws
