"""The outlets a paragraph credits in its source tag. A newsletter, a digest or a brief ends each
item on where it came from ("……［来源：第一财经］", "（来源：新华社、央视新闻）", "资料来源：路透社、法新社"):
the label says that what follows is a list of outlets or bodies, each an organisation. A site's
page is its owner ("外交部网站" is 外交部); a document, a survey or a count is no body
("公司公告", "公司调研", "8月25日声明"), and a writer's own words ("综合", "网友") are none either."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import is_generic

__all__ = ["PAGE", "removed_line_sources", "source_tag_candidates"]

#: A source label and its list, up to the bracket, the sentence or the line that ends it.
_TAG = re.compile(r"(?:^|(?<=[［\[【(（\s。；]))(?:部分)?(?:资料|消息|新闻|稿件|数据)?来源\s*[：:]\s*([^］\]】)）。；\n]{2,60})")
#: A site's page or account named after its owner: the owner.
PAGE = re.compile(r"(?:官方网站|网站|官网|官微|官方微博|微信公众号|公众号)$")
_PAGE = PAGE
#: What a body did with the data, after its name ("北辰咨询估算", "某机构测算", "公司整理"): the body.
_COMPILED = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:估算|测算|预测|推算|统计|整理|汇总|计算|绘制|制图|制表|编制)$")
#: What is no body: a document, a survey, a count, a writer's own words.
_NOT_BODY = re.compile(r"(?:公告|声明|调研|数据|统计|报告|研报|整理|综合|网友|记者|编辑|作者|网络|供图|资料|平台|官方|本[报刊台站网])$"
                       r"|^(?:本[报刊台站网]|网络|网友|综合|公司|作者)")


#: A government body's name end ("…厅", "…局", "…委员会"): its 和 joins two fields of one body.
_BODY_NAME = re.compile(r"(?:厅|局|部|委|委员会|办公室|中心|研究院)$")
#: A web address in a line the cleaner took out ("jviztcgxxfy.feishu.cn/docx/…"), and the next field
#: of a page's info line after its source ("来源：财讯网 作者：…", "来源：某厅  字号：大 中 小").
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.-]+\.(?:cn|com|net|org|gov|hk|tw|sg)(?:/\S*)?")
_NEXT_FIELD = re.compile(r"(?<=来源)(\s*[：:]\s*[^\s：:]+?)\s+[\u4e00-\u9fff]{2,4}\s*[：:].*$")


def removed_line_sources(line: str) -> list[Candidate]:
    """The outlets a source tag names in a line the cleaner took out of the page (its addresses
    and the fields after the source are no outlets)."""
    if "来源" not in line:
        return []
    return source_tag_candidates(_NEXT_FIELD.sub(r"\1", _ADDRESS.sub(" ", line)))


def source_tag_candidates(text: str) -> list[Candidate]:
    """(org) candidates for the outlets of each source tag in ``text``."""
    if "来源" not in text:
        return []
    out: list[Candidate] = []
    for m in _TAG.finditer(text):
        pieces = re.split(r"[、，,/／;；]|\s+", m.group(1))
        # "山西省文化和旅游厅": one body whose name holds 和; "新华社和中新社": two outlets
        for item in [x for p in pieces for x in ([p] if _BODY_NAME.search(p) else re.split(r"和|及", p))]:
            item = _PAGE.sub("", _COMPILED.sub("", item.strip()))
            if not (2 <= len(item) <= 10) or not re.fullmatch(r"[\u4e00-\u9fff]+|[A-Za-z][A-Za-z.&-]+", item):
                continue  # (a date, a number, a bracket: a document's reference, no outlet)
            if _NOT_BODY.search(item) or is_generic(item):
                continue
            out.append(Candidate(item, "org", "source-tag"))
    return out
