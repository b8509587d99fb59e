"""The outlets a paragraph credits in its source tag. A newsletter, a digest or a brief ends each
item on where it came from ("……［来源：第一财经］", "（来源：新华社、央视新闻）", "资料来源：路透社、法新社"):
the label says that what follows is a list of outlets or bodies, each an organisation. A site's
page is its owner ("外交部网站" is 外交部); a document, a survey or a count is no body
("公司公告", "公司调研", "8月25日声明"), and a writer's own words ("综合", "网友") are none either."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import is_generic

__all__ = ["PAGE", "source_tag_candidates"]

#: A source label and its list, up to the bracket, the sentence or the line that ends it.
_TAG = re.compile(r"(?:^|(?<=[［\[【(（\s。；]))(?:部分)?(?:资料|消息|新闻|稿件)?来源\s*[：:]\s*([^］\]】)）。；\n]{2,60})")
#: A site's page or account named after its owner: the owner.
PAGE = re.compile(r"(?:官方网站|网站|官网|官微|官方微博|微信公众号|公众号)$")
_PAGE = PAGE
#: What is no body: a document, a survey, a count, a writer's own words.
_NOT_BODY = re.compile(r"(?:公告|声明|调研|数据|统计|报告|研报|整理|综合|网友|记者|编辑|作者|网络|供图|资料|平台|官方|本[报刊台站网])$"
                       r"|^(?:本[报刊台站网]|网络|网友|综合|公司|作者)")


def source_tag_candidates(text: str) -> list[Candidate]:
    """(org) candidates for the outlets of each source tag in ``text``."""
    if "来源" not in text:
        return []
    out: list[Candidate] = []
    for m in _TAG.finditer(text):
        for item in re.split(r"[、，,/／;；]|\s+|和|及", m.group(1)):
            item = _PAGE.sub("", item.strip())
            if not (2 <= len(item) <= 10) or not re.fullmatch(r"[\u4e00-\u9fff]+|[A-Za-z][A-Za-z.&-]+", item):
                continue  # (a date, a number, a bracket: a document's reference, no outlet)
            if _NOT_BODY.search(item) or is_generic(item):
                continue
            out.append(Candidate(item, "org", "source-tag"))
    return out
