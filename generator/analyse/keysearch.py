"""Search terms a reader types that the word statistics of ``keywords.py`` cannot see, and names that
are no search term, read on how the page writes them, any topic:

* **a phrase the article puts in quotation marks again and again** ("牺牲涿州保北京", "躺平式维权"): a
  slogan, a coined term or a disputed phrase, searched as written; written twice or more (or in the
  headline), three to twelve characters, no clause inside (no comma, no stop);
* **an identifier** (a train "K396", a flight "MU5735", an aircraft "C919", a standard "GB2760"): capital
  letters then digits, written twice or more or in the headline;
* **no party's role, no place's deixis, no bare head noun**: "原告", "被告", "楼主" (who someone is in this
  paper), "县里", "村里" (where the speaker is), "中心", "平台" (the head of a name, not the name);
* **no handle, no interface word, no clause**: a mention ("@所有人", "@某某"), a link's or a button's
  text ("网页链接", "展开全文", "收起"), a name the index took from a clause opening on a negation
  ("没买保险", "不让进村") are never keywords.
"""

from __future__ import annotations

import re

__all__ = ["searched_forms", "not_a_term"]

#: A quoted phrase: between Chinese quotation marks or corner brackets, no clause mark inside.
_QUOTED = re.compile(r"[“「『]([^“”「」『』，。；：！？,;:!?\s]{3,12})[”」』]")
#: An identifier: one to three capital letters, two to five digits, maybe a letter after.
_IDENT = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3}\d{2,5}[A-Z]?)(?![A-Za-z0-9])")
#: A link's or a button's text, and a page's interface words.
_INTERFACE = re.compile(r"^(?:网页链接|原文链接|阅读原文|链接|展开全文|展开|收起|全文|查看更多|查看全部|点击查看|微博视频|"
                        r"秒拍视频|显示地图|转发|评论|点赞|收藏|分享)$")
#: A negation or a modal opening a clause (没, 不, 未, 别, 没有, 不要) as a word of its own: a predicate, not a
#: name ("没买|保险", while 不锈钢, 未来, 别克, 不良资产 are words of their own).
_NEGATION = frozenset("没有 没 不要 不 未 别 无法 不能".split())


#: A role a document or a page assigns its parties (a judgment's 原告/被告, a contract's 甲方, a thread's 楼主, a
#: show's 主持人): who someone is in this paper, searched by nobody.
_ROLE = re.compile(r"^(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|申请执行人|被执行人|原审|一审|二审|本院|甲方|乙方|丙方|"
                   r"楼主|层主|题主|答主|博主|主持人|主播|嘉宾|网友|记者|小编|笔者)$")
#: A place said by its kind and a locative ("县里", "村里", "市里", "镇上", "省内"): where the speaker is, no name.
_DEIXIS = re.compile(r"^[省市县区镇乡村街厂校院所]{1,2}(?:里|上|内|外|中|头)$")
#: A bare generic head noun standing alone ("中心", "平台", "部门"): the head of a name, not the name.
_BARE_HEAD = re.compile(r"^(?:中心|平台|部门|单位|机构|公司|集团|方面|领域|行业|项目|系统|工作|情况|问题|相关)$")


def not_a_term(word: str) -> bool:
    """A handle, an interface word, a party's role, a place's deixis, a bare head noun or a negated clause:
    no keyword (see the module's note)."""
    w = (word or "").strip()
    if w.startswith(("@", "＠", "#")) or _INTERFACE.match(w) or _ROLE.match(w) or _DEIXIS.match(w) or _BARE_HEAD.match(w):
        return True
    from .text import tokens

    from .namefind import word_tag

    words = list(tokens(w)) if re.match(r"[没不未别无]", w) else []
    # ("没|买保险" or "没买|保险": the negation alone, or glued to a one-character verb the dictionary does not know)
    return len(words) >= 2 and (words[0] in _NEGATION or len(words[0]) == 2 and word_tag(words[0]) in ("", "v", "d", "df"))


def searched_forms(text: str, title: str = "") -> list[str]:
    """Quoted phrases and identifiers a reader would search for, the most written first (``text``:
    the article, simplified; ``title``: its headline)."""
    counts: dict[str, int] = {}
    for pattern in (_QUOTED, _IDENT):
        for m in pattern.finditer(text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        for m in pattern.finditer(title or ""):
            if m.group(1) in text:  # (a headline's figure of speech the article never writes, "翻身仗", is its wit)
                counts[m.group(1)] = counts.get(m.group(1), 0) + 2
    found = [t for t, k in counts.items() if k >= 2 and re.search(r"[\u4e00-\u9fff]|\d", t)
             and not re.fullmatch(r"[\d.%]+", t)]
    return sorted(found, key=lambda t: (-counts[t], -len(t), t))
