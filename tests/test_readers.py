"""Readers: each kind of source an editor receives yields the article's paragraphs in order, its
title and date, and nothing else; every dropped element is in the audit.

The sources are small articles written for these tests, in both scripts: plain text, Markdown with
front matter, Markdown with raw HTML blocks, a whole saved web page with navigation and ads, and a
Jekyll post whose body is the outlet's HTML. The unseen ernie-2023 corpus is checked at the end.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.articles import parse_body
from generator.clean import clean
from generator.errors import SourceError
from generator.readers import detect, read

ROOT = Path(__file__).resolve().parent.parent
ERNIE = ROOT.parent / "shared" / "corpora" / "ernie-2023"

# -- the articles, in both scripts -------------------------------------------------------------

HANS = {
    "title": "山区学校用上远程课堂",
    "paras": ["今年秋季开学，县里十二所山区学校接入了远程课堂，学生可以同步收看城区名师的授课。",
              "校长张老师说，过去英语和音乐课很难开齐，如今“一块屏幕”解决了大问题。",
              "不过，部分村小的网络信号不稳定，画面时常卡顿。县教育局表示，将在年底前完成光纤改造。"],
    "heading": "网络仍是难题",
    "nav": ["首页", "教育", "体育"], "ad": "限时优惠！立即购买会员享受八折",
    "related": ["城区学校扩招", "教师交流计划启动"], "share": "分享到微信",
}
HANT = {
    "title": "山區學校用上遠程課堂",
    "paras": ["今年秋季開學，縣裏十二所山區學校接入了遠程課堂，學生可以同步收看城區名師的授課。",
              "校長張老師說，過去英語和音樂課很難開齊，如今「一塊屏幕」解決了大問題。",
              "不過，部分村小的網絡信號不穩定，畫面時常卡頓。縣教育局表示，將在年底前完成光纖改造。"],
    "heading": "網絡仍是難題",
    "nav": ["首頁", "教育", "體育"], "ad": "限時優惠！立即購買會員享受八折",
    "related": ["城區學校擴招", "教師交流計劃啟動"], "share": "分享到微信",
}
DATE = "2022-09-01"


def plain(a):
    return f"{a['title']}\n\n{a['paras'][0]}\n\n{a['paras'][1]}\n\n{a['paras'][2]}\n"


def markdown_front_matter(a):
    return (f"---\ntitle: {a['title']}\ndate: {DATE} 09:30:00 +08:00\nauthor: 李四\ntags: [教育]\n---\n\n"
            f"![课堂照片](https://img.example.org/a.jpg)\n\n"
            f"{a['paras'][0][:10]}\n{a['paras'][0][10:]}\n\n"
            f"**{a['paras'][1][:4]}**{a['paras'][1][4:]}\n\n"
            f"## {a['heading']}\n\n"
            f"[{a['paras'][2][:5]}](https://news.example.org/x){a['paras'][2][5:]}\n")


def markdown_html_blocks(a):
    return (f"# {a['title']}\n\n日期：2022年9月1日\n\n"
            f"<img src=\"https://img.example.org/a.jpg\" alt=\"a.jpg\">\n\n"
            f"{a['paras'][0]}\n\n"
            f"<div class=\"ad-box\"><a href=\"https://ads.example.com\">{a['ad']}</a></div>\n\n"
            f"<p>{a['paras'][1].replace('，', '&#xff0c;', 1)}</p>\n\n"
            f"<script>alert('x')</script>\n\n"
            f"## {a['heading']}\n\n"
            f"{a['paras'][2]}\n")


def saved_page(a):
    nav = "".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(a["nav"]))
    related = "".join(f'<li><a href="/r{i}">{n}</a></li>' for i, n in enumerate(a["related"]))
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>晨光网｜{a['title']}</title>
<meta property="og:title" content="{a['title']}">
<meta property="og:site_name" content="晨光网">
<meta name="author" content="记者 李四">
<meta property="article:published_time" content="{DATE}T09:30:00+08:00">
<link rel="canonical" href="https://news.example.org/2022/0901/school.html">
<style>body {{ color: #333 }}</style>
<script>window.ads = [];</script>
</head>
<body>
<header><nav><ul>{nav}</ul></nav></header>
<div class="ad-banner"><a href="https://ads.example.com">{a['ad']}</a></div>
<main>
<article>
<h1>{a['title']}</h1>
<p>{a['paras'][0]}</p>
<div class="share"><a href="javascript:share()">{a['share']}</a></div>
<p>{a['paras'][1]}</p>
<figure><img src="a.jpg" alt="课堂"></figure>
<h2>{a['heading']}</h2>
<p>{a['paras'][2]}</p>
<script>track();</script>
</article>
<aside class="related"><h3>相关阅读</h3><ul>{related}</ul></aside>
</main>
<footer><p>版权所有 © 2022 晨光网</p></footer>
</body>
</html>
"""


def jekyll_post(a):
    related = "".join(f'<li><a href="/r{i}">{n}</a></li>' for i, n in enumerate(a["related"]))
    return f"""---
layout: post
title: "{a['title']}"
date: {DATE} 09:00:00 +0800
author: 李四
from: 晨光日报
original: https://news.example.org/2022/0901/school.html
---
<div class="article-content">
<p style="text-indent:2em">{a['paras'][0]}</p>
<p style="text-indent:2em"><img src="https://img.example.org/a.jpg" alt="课堂"></p>
<p style="text-indent:2em">{a['paras'][1]}</p>
<div class="share-bar"><a href="javascript:share()">{a['share']}</a></div>
<h3>{a['heading']}</h3>
<p style="text-indent:2em">{a['paras'][2]}</p>
<div class="related-news"><p>相关阅读：</p><ul>{related}</ul></div>
<script>_czc.push(["_trackEvent"]);</script>
</div>
"""


def article(text: str, name: str):
    cleaned = clean(text, source=name)
    blocks = parse_body(cleaned.body)
    return cleaned, blocks


def missing_chars(raw: str, cleaned) -> Counter:
    have = Counter(c for c in cleaned.body if not c.isspace())
    for e in cleaned.audit:
        have.update(c for c in e.before if not c.isspace())
    return Counter(c for c in raw if not c.isspace()) - have


SCRIPTS = pytest.mark.parametrize("a", [HANS, HANT], ids=["zh-Hans", "zh-Hant"])


# -- each kind ---------------------------------------------------------------------------------

@SCRIPTS
def test_plain_text(a):
    cleaned, blocks = article(plain(a), "x.txt")
    assert detect(plain(a), "x.txt") == "plain"
    assert cleaned.meta["title"] == a["title"]
    assert [b.text for b in blocks] == a["paras"]


@SCRIPTS
def test_markdown_with_front_matter(a):
    raw = markdown_front_matter(a)
    cleaned, blocks = article(raw, "post.md")
    assert detect(raw, "post.txt") == "markdown"  # by content, whatever the ending
    assert cleaned.meta["title"] == a["title"] and cleaned.meta["date"] == DATE
    assert cleaned.meta["author"] == "李四" and cleaned.meta["tags"] == ["教育"]
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", a["paras"][0]), ("p", a["paras"][1]), ("h2", a["heading"]), ("p", a["paras"][2])]
    notes = " ".join(e.note for e in cleaned.audit)
    assert "front matter" in notes and "image" in notes and "link target" in notes
    image = next(e for e in cleaned.audit if "image" in e.note)
    assert image.line == 8 and "img.example.org" in image.before  # raw line of the image
    assert not missing_chars(raw, cleaned)


@SCRIPTS
def test_markdown_with_html_blocks(a):
    raw = markdown_html_blocks(a)
    cleaned, blocks = article(raw, "x.md")
    assert cleaned.meta["title"] == a["title"] and cleaned.meta["date"] == DATE
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", a["paras"][0]), ("p", a["paras"][1]), ("h2", a["heading"]), ("p", a["paras"][2])]
    removed: dict[int, str] = {}
    for e in cleaned.audit:
        if e.action == "removed":
            removed[e.line] = removed.get(e.line, "") + e.before
    assert "img.example.org" in removed[5]          # the <img> tag, on its raw line
    assert a["ad"] in removed[9]                    # the ad box
    assert "alert" in removed[13]                   # the script's content
    assert any(e.before == "&#xff0c;" and e.after == "，" for e in cleaned.audit) or \
        "&#xff0c;" in "".join(e.before for e in cleaned.audit)
    assert not missing_chars(raw, cleaned)
    assert "<" not in cleaned.body and "&#" not in cleaned.body


@SCRIPTS
def test_saved_web_page_with_navigation_and_ads(a):
    raw = saved_page(a)
    assert detect(raw, "page.txt") == "html"
    cleaned, blocks = article(raw, "page.html")
    assert cleaned.meta["title"] == a["title"] and cleaned.meta["date"] == DATE
    assert cleaned.meta["outlet"] == "晨光网" and cleaned.meta["author"] == "李四"
    assert cleaned.meta["url"] == "https://news.example.org/2022/0901/school.html"
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", a["paras"][0]), ("p", a["paras"][1]), ("h2", a["heading"]), ("p", a["paras"][2])]
    dropped = " ".join(e.before for e in cleaned.audit if e.action == "removed")
    for furniture in [*a["nav"], a["ad"], *a["related"], a["share"], "版权所有", "track();", "window.ads"]:
        assert furniture in dropped, furniture
    assert not re.search(r"[<>]|javascript|track\(", cleaned.body)


@SCRIPTS
def test_html_inside_a_jekyll_post(a):
    raw = jekyll_post(a)
    cleaned, blocks = article(raw, "2022-09-01-school.md")
    meta = cleaned.meta
    assert (meta["title"], meta["date"], meta["author"], meta["outlet"], meta["url"]) == (
        a["title"], DATE, "李四", "晨光日报", "https://news.example.org/2022/0901/school.html")
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", a["paras"][0]), ("p", a["paras"][1]), ("h3", a["heading"]), ("p", a["paras"][2])]
    dropped = " ".join(e.before for e in cleaned.audit if e.action == "removed")
    for furniture in [a["share"], *a["related"], "_trackEvent", "img.example.org"]:
        assert furniture in dropped, furniture
    assert not missing_chars(raw, cleaned)


def test_a_post_whose_body_is_a_whole_page_keeps_the_post_metadata():
    raw = jekyll_post(HANS).split("<div", 1)[0] + saved_page(HANS)
    cleaned, blocks = article(raw, "post.md")
    assert cleaned.meta["outlet"] == "晨光日报"  # the post's front matter wins over the page's
    assert [b.text for b in blocks if b.kind == "p"] == HANS["paras"]
    nav = next(e for e in cleaned.audit if e.before.startswith(HANS["nav"][0]))
    assert nav.line == raw.split("\n").index(next(ln for ln in raw.split("\n") if "<nav>" in ln)) + 1


# -- guarantees ----------------------------------------------------------------------------------

def test_a_page_of_scripts_is_refused_naming_the_file():
    with pytest.raises(SourceError, match=r"^content/sources/p\.html: .*no article text"):
        clean("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
              source="content/sources/p.html")


def test_links_only_http_and_never_in_the_text():
    raw = ("# 标题\n\n正文[点我](javascript:alert(1))继续。[来源](https://example.org/a)。\n\n"
           "<p><a href=\"data:text/html,x\">看</a>还有<a href=\"https://example.org/b\">链接</a>。</p>\n")
    doc = read(raw, "x.md")
    assert [b.links for b in doc.blocks if b.kind == "line"] == [["https://example.org/a"],
                                                                   ["https://example.org/b"]]
    body = clean(raw).body
    assert "javascript" not in body and "data:" not in body and "http" not in body


def test_a_huge_front_matter_is_not_parsed_and_is_flagged():
    raw = "---\ntitle: 标题\nnote: " + "很长" * 40_000 + "\n---\n\n正文第一段。\n"
    cleaned = clean(raw, source="x.md")
    assert "title" not in cleaned.meta or cleaned.meta["title"] != "标题"
    assert any("front matter is over" in f.message for f in cleaned.flags)
    assert parse_body(cleaned.body)[0].text == "正文第一段。"


def test_broken_front_matter_is_flagged_with_its_line():
    raw = "---\ntitle: 标题\ndate: [2022\n---\n\n正文。\n"
    cleaned = clean(raw, source="x.md")
    flag = next(f for f in cleaned.flags if "not valid YAML" in f.message)
    assert flag.line in (3, 4)


def test_deep_nesting_is_bounded():
    raw = ">" * 5000 + " 深\n\n" + "<div>" * 3000 + "文" + "</div>" * 3000 + "\n"
    cleaned = clean(raw, source="x.md")
    assert "深" in cleaned.body or any("深" in e.before for e in cleaned.audit)


def test_text_that_looks_like_markup_is_escaped_and_reads_back():
    raw = "正文第一段。\n\n- 列表样的一行\n\n*星号*、`代码`与[方括号](不是链接)和&amp;。\n"
    once = clean(raw, source="x.txt").body  # plain text: the characters are text, not markup
    assert clean(once).body == once
    assert [b.text for b in parse_body(once)] == ["正文第一段。", "- 列表样的一行",
                                                  "*星号*、`代码`与[方括号](不是链接)和&。"]


# -- the unseen corpus ----------------------------------------------------------------------------

ERNIE_TITLES = {
    "000_dianchang.txt": ("百度“顶风”发布文心一言，实测与ChatGPT尚存差距", "电厂", "2023-03-16"),
    "001_ityard.txt": ("开放内测！百度正式发布中国版ChatGPT", None, None),
    "002_bingchuan.txt": ("百度版ChatGPT，有点太着急了", "冰川思享号", "2023-03-17"),
    "003_toubukeji.txt": ("文心一言被质疑作画靠“中译英”套壳、造假，百度回应：完全自研", "头部科技", "2023-03-23"),
    "004_initium_excerpt.txt": ("“揭秘文心一言，AI时代的智能写作利器”", "端传媒", "2023-04-28"),
}
_LEFTOVER = re.compile(r"<[A-Za-z/!]|!\[|\]\(|&[A-Za-z]+;|&#\d+;|\[\{'type'|'\}\]|\\x[0-9a-f]{2}|档案卡|"
                       r"版权说明|主题归类|^标题：|^作者：|^来源：|^> GitHub|^---|^title:|付费网站", re.M)


@pytest.mark.skipif(not ERNIE.is_dir(), reason="shared corpora not present")
@pytest.mark.parametrize("name", sorted(ERNIE_TITLES))
def test_ernie_corpus_cleans_without_markup_wrapper_or_card(name):
    from generator.sources import decode_bytes

    text, _ = decode_bytes((ERNIE / name).read_bytes(), name)
    cleaned = clean(text, source=name)
    title, outlet, date = ERNIE_TITLES[name]
    assert cleaned.meta.get("title") == title
    assert cleaned.meta.get("outlet") == outlet
    assert cleaned.meta.get("date") == date
    assert "chinadigitaltimes" not in (cleaned.meta.get("url") or "")  # the archive is not the original
    leftovers = _LEFTOVER.findall(cleaned.body)
    assert not leftovers, leftovers
    assert not missing_chars(text, cleaned)
    paragraphs = [b for b in parse_body(cleaned.body) if b.kind == "p"]
    assert len(paragraphs) >= 12


# -- metadata: the source's own under the register ---------------------------------------------

def test_source_metadata_fills_what_the_register_leaves_empty(tmp_path):
    from generator.pipeline import load_articles

    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    (sources / "post.md").write_text(jekyll_post(HANS), encoding="utf-8")
    (tmp_path / "content" / "sources.yml").write_text(
        "post.md:\n  outlet: 晨光日报社\n  author: ~\n  date: ~\n", encoding="utf-8")
    articles, warnings = load_articles(tmp_path)
    assert not warnings, warnings
    a = articles[0]
    assert a.outlet == "晨光日报社"                      # the register wins
    assert (a.title, a.author, a.date) == (HANS["title"], "李四", DATE)  # the source fills the rest
    assert a.url == "https://news.example.org/2022/0901/school.html"
    assert set(a.from_source) == {"title", "author", "date", "url"}
    assert [b.text for b in a.paragraphs] == HANS["paras"]
    written = (tmp_path / "content" / "articles" / f"{a.slug}.md").read_text(encoding="utf-8")
    assert "date: '2022-09-01'" in written and "author: 李四" in written


def test_register_page_marks_metadata_read_from_the_source(tmp_path):
    from generator.pipeline import Settings, build

    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    (sources / "post.md").write_text(jekyll_post(HANS), encoding="utf-8")
    (tmp_path / "content" / "sources.yml").write_text("post.md:\n  outlet: 晨光日报社\n", encoding="utf-8")
    (tmp_path / "content" / "taxonomy.yml").write_bytes((ROOT / "content" / "taxonomy.yml").read_bytes())
    pages = build(Settings(root=tmp_path, pdf=False)).pages
    hans, hant = pages["zh-Hans/sources.md"], pages["zh-Hant/sources.md"]
    row = {line.split("|")[1].strip(): line.split("|")[2].strip() for line in hans.splitlines()
           if line.startswith("| ") and line.count("|") >= 3}
    assert row["媒体"] == "晨光日报社"                          # from the register: no mark
    assert row["作者"] == "李四（据来源页面）"
    assert row["日期"] == f"{DATE}（据来源页面）"
    assert row["标题"] == f"{HANS['title']}（据来源页面）"
    assert "據來源頁面" in hant


def test_html_elements_and_explicit_breaks_stay_separate_paragraphs():
    raw = ("# 标题\n\n<p>第一段没有句号</p>\n<p>第二段。</p>\n\n第三段没有句号<br>第四段。\n\n"
           "<?xml-stylesheet?>\n")
    blocks = parse_body(clean(raw, source="x.md").body)
    assert [b.text for b in blocks if b.kind == "p"][:4] == ["第一段没有句号", "第二段。", "第三段没有句号", "第四段。"]


def test_an_xhtml_page_with_an_encoding_declaration_is_read():
    raw = '<?xml version="1.0" encoding="utf-8"?>\n' + saved_page(HANS).replace("<!DOCTYPE html>\n", "")
    cleaned, blocks = article(raw, "page.xhtml")
    assert [b.text for b in blocks if b.kind == "p"] == HANS["paras"]


def test_an_oversized_page_is_refused_naming_the_file(monkeypatch):
    from generator.readers import page

    monkeypatch.setattr(page, "MAX_ELEMENTS", 10)
    with pytest.raises(SourceError, match=r"^content/sources/big\.html: the page has \d+ HTML elements"):
        clean(saved_page(HANS), source="content/sources/big.html")


def test_front_matter_aliases_cannot_blow_up():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    raw = "---\n" + bomb + "title: *i\nauthor: *i\ntags: *i\n---\n\n正文。\n"
    cleaned = clean(raw, source="x.md")
    assert "title" not in cleaned.meta and "author" not in cleaned.meta
    assert parse_body(cleaned.body)[0].text == "正文。"


def section_page(a):
    """A page whose first paragraph is a <section> beside <p> paragraphs (as WeChat articles are)."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta property="og:title" content="{a['title']}"><title>{a['title']}</title></head>
<body><div id="js_article"><h1 class="rich_media_title">{a['title']}</h1>
<div id="meta_content"><em id="publish_time">{DATE} 08:00</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><span>{a['paras'][0]}</span></section>
<section><span><img data-src="https://img.example.org/x.jpg"></span></section>
<p><span>{a['paras'][1]}</span></p>
<p><span>{a['paras'][2]}</span></p>
<section><span style="color:#888">点击上方蓝字关注我们</span></section>
</div>
<div class="rich_media_tool"><a id="js_share" href="#">{a['share']}</a><span>阅读 10万+</span></div>
</div><script>seajs.use("appmsg/index.js");</script></body></html>
"""


@SCRIPTS
def test_page_paragraphs_the_extractor_misses_among_the_article_are_kept(a):
    cleaned, blocks = article(section_page(a), "s.html")
    assert [b.text for b in blocks if b.kind == "p"] == a["paras"]
    assert any("extractor left this paragraph out" in f.message and f.line == 6 for f in cleaned.flags)
    dropped = " ".join(e.before for e in cleaned.audit if e.action == "removed")
    assert "点击上方蓝字关注我们" in dropped and "阅读 10万+" in dropped
