"""A document saved as a web page by an office suite (Word's "Web Page" or "Web Page, Filtered", WPS):
read as the plain page it shows, never as the suite's bookkeeping.

The phenomenon: such a page carries the suite's namespaces on its root (``xmlns:o="urn:schemas-microsoft-com:
office:office"``, ``xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"``), its document properties
in conditional comments (``<!--[if gte mso 9]><xml>…``), and its page header and footer as paragraphs of
their own class (``class=MsoHeader``, ``class=MsoFooter``) printed above and below the text. So:

- the namespace declarations and conditional comments are taken out of what the extractor reads: a
  namespace's address is no date of the document (``…/2004/12/omml`` read as 1 December 2004);
- a title that is the suite's name for the file (``Microsoft Word - 通稿.docx``, ``新建 Microsoft Word 文档``,
  ``文档1``, ``Document1``) is no headline: it leaves (recorded), and the headline the page prints is the title;
- the page header's and footer's paragraphs leave the text (recorded): they are the letterhead printed
  on every page (the issuing body, ``新闻通稿``), not the article; a header line that names a body (its
  name ends as a body's does: 联盟, 协会, 公司, 局 …) is the document's outlet when nothing else gives one.
"""

from __future__ import annotations

import re

__all__ = ["for_extractor", "running_heads", "suite_title"]

_NAMESPACE = re.compile(r"""\sxmlns(?::[\w.-]+)?\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""")
_CONDITIONAL = re.compile(r"<!--\[if [^\]]{1,40}\]>.*?<!\[endif\]-->", re.S)
#: An office suite's class for its page header or footer paragraphs.
_RUNNING = re.compile(r"^(?:Mso(?:Header|Footer)|MsoHeader\w*|MsoFooter\w*)$", re.I)
#: How a body's name ends (the issuer of a release): not a document's kind ("新闻通稿").
_BODY = re.compile(r"(?:联盟|聯盟|协会|協會|学会|學會|商会|商會|公司|集团|集團|委员会|委員會|政府|局|厅|廳|部|办公室|辦公室|办事处|辦事處|中心|研究院|研究所|大学|大學|学院|學院|银行|銀行|医院|醫院|基金会|基金會|秘书处|秘書處)$")


#: The suite's own name for a file, put in ``<title>`` when the document has no title property.
_FILE_TITLE = re.compile(r"^(?:Microsoft (?:Word|Office Word)\s*-\s*.*|.*\.(?:docx?|wps|rtf|odt)|新建.{0,20}文档\d*|"
                         r"文档\d*|文件\d*|Document\d*|Doc\d+|无标题|未命名(?:文档)?\d*|Untitled(?:\s*document)?\d*)$", re.I)


def suite_title(root, doc, line: int) -> None:
    """A declared title that is the office suite's name for the file (or a piece of the page's
    ``<title>`` when that is one) leaves (recorded)."""
    title = (doc.declared.get("title") or "").strip()
    page = next((re.sub(r"\s+", " ", el.text_content()).strip() for el in root.iter("title")), "")
    if title and (_FILE_TITLE.match(title) or title in page and _FILE_TITLE.match(page)):
        del doc.declared["title"]
        doc.record(line, title, "", "removed", "the title the office suite gave the file (its name, not a "
                   "headline): the headline the page prints is the title")


def for_extractor(html: str) -> str:
    """The page without namespace declarations and conditional comments (only an office page has them
    in number; the text is unchanged)."""
    if "<!--[if" in html:
        html = _CONDITIONAL.sub("", html)
    return _NAMESPACE.sub("", html) if "xmlns" in html[:5000] else html


def running_heads(root, blocks, doc) -> list:
    """``blocks`` without the office page's header and footer paragraphs (recorded); a header line
    naming a body becomes the outlet when none is declared."""
    texts = []
    for el in root.iter("p", "div"):
        if _RUNNING.match((el.get("class") or "").strip()):
            t = re.sub(r"\s+", " ", el.text_content()).strip()
            if t:
                texts.append(t)
    if not texts:
        return blocks
    squash = lambda s: re.sub(r"\s+", "", s)
    heads = {squash(t) for t in texts}
    body = next((t for t in texts if len(t) <= 30 and _BODY.search(t) and not re.search(r"\d", t)), "")
    if body and "outlet" not in doc.declared:
        doc.declared["outlet"] = body
        doc.record(blocks[0].line if blocks else 1, body, "", "metadata", "the office page's header names its "
                   "issuing body → outlet")
    kept = []
    for b in blocks:
        if squash(b.text) in heads:
            doc.record(b.line, b.text, "", "removed", "the office page's running header or footer (letterhead, "
                       "document kind, contact line), printed on every page: not the text")
        else:
            kept.append(b)
    return kept
