"""Escaping: article text rendered through Markdown comes out as exactly the same characters."""

import html
import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.templating import safe_url
from generator.textutil import md_escape

EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html"]
ALPHABET = st.sampled_from(list("中文视频。，a1 .-+*_`[]()<>&\"'#|{}!:\\/=~$%^") + ["\n"])


def rendered_text(source: str) -> str:
    out = markdown.markdown(source, extensions=EXTENSIONS)
    assert not re.search(r"<(?!/?p>)(?!br ?/?>)", out), out  # no element but paragraphs
    return html.unescape(re.sub(r"</?p>|<br ?/?>", "", out))


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, min_size=1, max_size=40).filter(lambda s: s.strip() and "\n" not in s))
def test_inline_text_round_trips(text):
    assert rendered_text(md_escape(text)).strip() == text.strip()


def test_injection_stays_text():
    text = "<script>alert(1)</script>[x](javascript:alert(2)){: onclick=x }{{ a }}"
    out = markdown.markdown(md_escape(text), extensions=EXTENSIONS)
    assert "<script" not in out and "href" not in out and "onclick=" not in out.replace("onclick=x", "")
    assert html.unescape(re.sub(r"</?p>", "", out)) == text


def test_line_start_markers_do_not_make_lists_or_headings():
    for text in ("1. 第一条", "- 列表", "+ 加号", "# 标题", "> 引用", "2) 第二"):
        assert rendered_text(md_escape(text)) == text


def test_only_http_urls_become_links():
    assert safe_url("https://example.com/a(b)") == "https://example.com/a%28b%29"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "/local/path",
                "https://x.com/\"onmouseover=1"):
        assert safe_url(bad) == ""
