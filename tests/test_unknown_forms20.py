"""Sources in forms nobody wrote a reader for: the first read is good enough, and what it could not
read is visible.

Made-up shapes (no corpus's text): a converted report with a running head on every page, a thread
whose posts all carry the same app footer, a converted document with leftover style and header
lines, tags, references and encoded runs, an export titled by its app's chrome, a large source that
publishes little, a subtitle file that holds no cues, and files the build cannot take. Each test
reads what a reader sees on the built pages (or the cleaned text), and the audit that records it.
"""

from __future__ import annotations

import re

import pytest

from generator.clean import clean
from generator.pipeline import Settings, build
from projectkit import make_project

REPORT = """江城市统计局　经济运行分析　内部参考
2024年第二季度江城经济运行情况分析

今年二季度，全市地区生产总值同比增长5.2%，比一季度加快0.4个百分点。
工业生产稳中有升，规模以上工业增加值增长6.1%。

江城市统计局　经济运行分析　内部参考
消费市场持续恢复，社会消费品零售总额达到812亿元，同比增长4.8%。
市统计局副局长王立新表示，下半年经济有望继续回升。

江城市统计局　经济运行分析　内部参考
固定资产投资增长3.9%，其中制造业投资增长11.2%。
但房地产开发投资下降7.5%，拖累整体投资增速。

江城市统计局　经济运行分析　内部参考
外贸进出口总额同比增长2.1%，出口增长3.4%。
"""

THREAD = """南湖社区停车难问题讨论

南湖社区的停车位已经严重不足，每天晚上七点以后就找不到车位了。
via 邻里圈 Android 客户端 · 本帖内容仅代表网友个人观点 · 第1条

物业经理刘芳回应称，今年内将新增120个地下车位，预计年底完工。
via 邻里圈 Android 客户端 · 本帖内容仅代表网友个人观点 · 第2条

有居民认为新增车位的收费标准偏高，每月400元难以接受。
via 邻里圈 Android 客户端 · 本帖内容仅代表网友个人观点 · 第3条

街道办表示将组织听证会，听取居民意见后再确定价格。
via 邻里圈 Android 客户端 · 本帖内容仅代表网友个人观点 · 第4条
"""

STYLED = """[Document]
Generator: WordConvert 2.3
Author-Id: 0x7f3a9c
font-family: SimSun; font-size: 12pt; line-height: 1.5;
.para { margin: 0 0 12px 0; color: #333333; }
新能源公交线路下月开通

江城公交集团今天宣布，12条新能源公交线路将于下月1日开通&nbsp;运营。<span style="color:red">
集团总经理陈建国说，新线路将覆盖城东新区的全部居民小区。</span>
{\\b 票价}保持2元不变，老年人凭卡免费乘车。\\par
iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
据介绍，新线路全部采用纯电动车辆，每年可减少碳排放约3000吨。
"""

EXPORT = """Exported Data
导出时间：2024-09-30 18:22:05

江城地铁三号线二期工程正式开工
2024年9月12日

江城地铁三号线二期工程今天上午在城南站正式开工，全长18.6公里，设站12座。
市轨道交通集团董事长赵明表示，工程计划于2028年底建成通车。
"""

#: Short notices, each under the same long banner a tool saved with it: most of the file is chrome.
SHELL = "江城图书馆周末开放时间调整\n\n" + "".join(
    f"江城文化创意产业园区　入驻企业名录　招商热线　园区服务中心　合作伙伴计划　版权所有　园区管理委员会办公室　第{n}屏\n"
    f"江城图书馆第{n}分馆自下周起周末开放至晚上九点。\n\n" for n in range(1, 12))

#: A subtitle file's ending on a text that holds no cue at all.
NOT_CUES = ("江城马拉松下月开跑\n\n本届江城马拉松将于下月十日开跑，预计有三万名跑者参加。\n\n"
            "组委会主任孙丽说，赛道今年首次经过滨江新区。\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    files = {"000_report.txt": REPORT, "001_thread.txt": THREAD, "002_styled.txt": STYLED,
             "003_export.txt": EXPORT, "004_shell.txt": SHELL, "005_marathon.srt": NOT_CUES}
    files = {k: v.encode() for k, v in files.items()}
    files["006_scan.pdf"] = b"%PDF-1.4 binary"
    files["007_photo.txt"] = b"\x89PNG\r\n\x1a\n binary"
    result = build(Settings(root=make_project(tmp_path_factory.mktemp("forms"), files), pdf=False, site_name="测试"))
    return result


def _article(result, stem: str, locale: str = "zh-Hans") -> str:
    return next(v for k, v in result.pages.items() if k.startswith(f"{locale}/articles/{stem}/index.md"))


def _title(page: str) -> str:
    """The headline a reader sees over the article."""
    return re.search(r"^# (.+)$", page, re.M).group(1)


def _audit(result, stem: str) -> str:
    return result.pages[f"zh-Hans/articles/{stem}/audit.md"]


def test_a_running_head_printed_on_every_page_leaves_and_the_report_keeps_its_headline(site):
    page = _article(site, "000-report")
    assert "江城市统计局　经济运行分析" not in page
    assert _title(page) == "2024年第二季度江城经济运行情况分析"
    for sentence in ("同比增长5.2%", "812亿元", "王立新表示", "拖累整体投资增速", "出口增长3.4%"):
        assert sentence in page
    assert _audit(site, "000-report").count("repeated_blocks") >= 4  # every copy recorded


def test_the_same_footer_under_every_post_leaves_and_the_posts_stay(site):
    page = _article(site, "001-thread")
    assert "邻里圈" not in page and "仅代表网友个人观点" not in page
    for post in ("找不到车位了", "新增120个地下车位", "每月400元难以接受", "组织听证会"):
        assert post in page


def test_style_lines_tags_references_and_encoded_runs_never_reach_a_paragraph(site):
    page = _article(site, "002-styled")
    assert _title(page) == "新能源公交线路下月开通"
    body = page.split("!!! info", 1)[1]
    for residue in ("[Document]", "Generator", "Author-Id", "font-family", "margin", "{\\", "\\par", "\\b",
                    "<span", "&nbsp", "iVBORw0KGgo"):
        assert residue not in body, residue
    # a sentence that carried a token keeps every word; only the token left
    assert "票价保持2元不变，老年人凭卡免费乘车。" in body
    assert "12条新能源公交线路将于下月1日开通运营。" in body
    assert "每年可减少碳排放约3000吨" in body
    audit = _audit(site, "002-styled")
    assert "markup_residue" in audit and "font-family" in audit


def test_an_export_titled_by_its_apps_chrome_takes_the_contents_headline_and_date(site):
    page = _article(site, "003-export")
    assert _title(page) == "江城地铁三号线二期工程正式开工"
    assert "Exported Data" not in page.split("---", 2)[2].split("!!! ", 1)[1]
    assert "2024-09-12" in page and "2024-09-30" not in page  # the content's date, not the export's


def test_a_source_that_yields_little_says_so_to_readers_and_to_the_editor(site):
    page = _article(site, "004-shell")
    assert re.search(r'^!!! warning "读取提示"\n    本文只收录了来源文件的一小部分文字', page, re.M)  # inside the box
    assert "讀取提示" in _article(site, "004-shell", "zh-Hant")
    sources = site.pages["zh-Hans/sources.md"]
    row = sources.split("{#004-shell}", 1)[1].split("## ", 1)[0]
    assert "读取提示" in row
    assert any(w.startswith("content/sources/004_shell.txt: only") for w in site.warnings)
    # a source that published its text says nothing of the kind
    assert "读取提示" not in _article(site, "001-thread")
    assert "读取提示" not in sources.split("{#001-thread}", 1)[1].split("## ", 1)[0]


def test_a_file_no_reader_recognised_is_read_as_text_and_flagged(site):
    page = _article(site, "005-marathon")
    assert "三万名跑者" in page and re.search(r'^!!! warning "读取提示"\n    本文来源文件的格式没有专门的读取程序', page, re.M)
    assert any("005_marathon.srt" in w and "no reader recognised" in w for w in site.warnings)


def test_skipped_files_are_named_with_their_reason_on_the_sources_page(site):
    for locale, (kind, binary) in (("zh-Hans", ("文件类型不受支持", "不是文字文件")),
                                   ("zh-Hant", ("類型不受支持", "不是文字"))):
        page = site.pages[f"{locale}/sources.md"]
        line = next(ln for ln in page.splitlines() if "006_scan.pdf" in ln)
        assert kind in line  # the reason, in the locale's script
        line = next(ln for ln in page.splitlines() if "007_photo.txt" in ln)
        assert re.search("不是文字", line)
        # the briefing says it holds nothing of them, and names them with why
        briefing = site.pages[f"{locale}/briefing.md"]
        assert "**2**" in briefing and "`006_scan.pdf`（" in briefing and kind in briefing and "`007_photo.txt`" in briefing


@pytest.mark.parametrize("text, kept, gone", [
    # prose that only shares its shape (numbers vary) is news, never furniture
    ("江城月报\n\n" + "".join(f"{m}月份，全市新能源汽车销量同比增长{m + 10}%，市场份额继续提升。\n\n另据统计，充电桩数量增加。\n\n"
                            for m in range(1, 5)),
     ["1月份", "2月份", "3月份", "4月份", "充电桩数量增加"], []),
    # a web address whose path looks like base64 stays; a token in a sentence goes, the sentence stays
    ("江城新闻\n\n详见 https://example.com/a/QmFzZTY0RW5jb2RlZFN0cmluZ0lzSGVyZTEyMzQ1Njc4OTA 的公告。\n\n"
     "市长说：“项目&amp;资金已落实。”<br/>\n",
     ["https://example.com/a/QmFzZTY0RW5jb2RlZFN0cmluZ0lzSGVyZTEyMzQ1Njc4OTA", "市长说：“项目&资金已落实。”"], ["<br", "&amp;"]),
    # an English line that is a sentence, and a lone credit, are not a container's header
    ("江城新闻\n\n滨江绿道三期今天全线贯通，新增骑行道8公里。\n\nNote: the route is open; bring water.\n\nPhoto: AP\n",
     ["Note: the route is open; bring water.", "Photo: AP"], []),
    # in a page written in English, a line shaped like a header is its own text
    ("Markets rally on stimulus\n\nReuters: Markets rallied on Tuesday\n\nAnalysts: gains may last\n\n"
     "Shanghai stocks rose 4 percent after the central bank cut rates, the biggest gain in years.\n",
     ["Reuters: Markets rallied on Tuesday", "Analysts: gains may last"], []),
    # a settings header and a key: value line with Chinese in them are text, not machinery
    ("通知\n\n[附件] 报名表请于周五前交回。\n\n联系人: 王老师，电话见学校网站。\n",
     ["[附件]", "报名表请于周五前交回", "联系人", "王老师"], []),
])
def test_what_the_rules_keep_and_remove(text, kept, gone):
    body = clean(text, source="x.txt").body
    for k in kept:
        assert k in body.replace("\\", ""), k
    for g in gone:
        assert g not in body, g


LEAD = ("江城地铁三号线二期工程今天上午在城南站正式开工，全长18.6公里，设站12座。\n"
        "市轨道交通集团董事长赵明表示，工程计划于2028年底建成通车。\n")


@pytest.mark.parametrize("header, date", [
    ("保存时间：2024-10-01 10:00\n\n江城地铁三号线二期工程正式开工\n2024年9月12日\n\n", "2024-09-12"),
    ("Saved: 2024-10-01 10:00\nTitle: 江城地铁三号线二期工程正式开工\nDate: 2024-09-12\n\n", "2024-09-12"),
    ("江城地铁三号线二期工程正式开工\n下载时间：2024-10-01 10:00\n\n", None),
])
def test_the_contents_title_and_date_win_over_a_save_or_export_stamp(header, date):
    c = clean(header + LEAD, source="x.txt")
    assert c.meta.get("title") == "江城地铁三号线二期工程正式开工"
    assert c.meta.get("date") == date  # never the day the file was saved
    assert "2024-10-01" not in c.body and "时间" not in c.body
    said = [e.note for e in c.audit if "saved or exported (2024-10-01)" in e.note]
    assert said and ("content states no date" in said[0]) == (date is None)  # the audit says which date was used


def test_a_page_counter_that_markdown_reads_as_a_heading_leaves_on_every_page():
    pages = "".join(f"{line}\n\n---\n第 {n} 页 共 3 页\n---\n\n" for n, line in enumerate(
        ("五一假期全区接待游客42万人次，同比增长18%。", "夜游项目收入1200万元，占旅游总收入的三成。",
         "游客满意度调查显示，停车难仍是主要投诉。"), start=1))
    c = clean("# 滨江区文旅工作简报\n\n" + pages, source="report.md")
    assert "页" not in c.body and "##" not in c.body
    assert all(s in c.body for s in ("42万人次", "1200万元", "停车难"))
    assert sum(1 for e in c.audit if e.rule == "repeated_blocks") == 3


SUBTITLES = ("1\n00:00:01,000 --> 00:00:04,000\n{\\an8}<i>江城电视台《民生直通车》</i>\n\n"
             "2\n00:00:04,500 --> 00:00:09,000\n今天我们来关注南湖社区的停车难问题。\n\n"
             "3\n00:00:09,500 --> 00:00:14,000\n物业经理刘芳说，年底前将新增120个地下车位。\n\n"
             "4\n00:00:14,500 --> 00:00:18,000\n<font color=\"#ffff00\">字幕制作：江城字幕组</font>\n")


def test_a_subtitle_file_with_styled_cues_is_read_as_cues_and_its_crew_credit_is_no_text():
    c = clean(SUBTITLES, source="content/sources/news.srt")
    assert "-->" not in c.body and "00:00" not in c.body  # its inline tags did not make it Markdown
    for residue in ("<i>", "<font", "{\\an8}", "字幕制作", "字幕组"):
        assert residue not in c.body, residue
    assert "物业经理刘芳说，年底前将新增120个地下车位。" in c.body
    assert "字幕制作：江城字幕组" in c.meta.get("editors", [])
    assert not any(f.rule == "unread_form" for f in c.flags)  # the cue reader claimed it
