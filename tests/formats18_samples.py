"""Synthetic sources in the structured forms of session 18 (a feed, a spreadsheet export, a Word
document, a slide deck, a JSON export), on a topic unlike every corpus: a city's new rules for parking
shared bicycles (临江市共享单车停放新规). Built in code so the zip forms need no binary fixture."""

from __future__ import annotations

import io
import zipfile

TOPIC = {"label": "共享单车停放新规", "terms": ["共享单车", "电子围栏", "停放新规"]}

_ON = [
    ("临江市共享单车停放新规4月1日起施行", "2024-03-05", "Tue, 05 Mar 2024 08:30:00 +0800", "临江交通发布",
     "<p>临江市交通运输局5日发布《共享单车停放管理办法》，新规4月1日起施行。</p>"
     "<p>新规要求三家运营企业在中心城区设置1200处电子围栏，车辆须停入围栏方可结束计费。</p>"
     "<p>市交通运输局副局长周明远表示：“电子围栏将把乱停放投诉减少一半以上。”</p>"),
    ("电子围栏试点两月 地铁口乱停放减少六成", "2024-03-06", "Wed, 06 Mar 2024 19:05:00 +0800", "城市晚报 记者 韩雪",
     "<![CDATA[<div><p>记者从运营企业获悉，电子围栏在临江站等12个地铁口试点两个月，乱停放数量下降约60%。</p>"
     "<p>但也有市民反映，围栏内车位不足，高峰时段常常找不到还车点，只能多骑800米。</p></div>]]>"),
    ("市民热议共享单车新规：罚款标准是否过高", "2024-03-07", "Thu, 07 Mar 2024 10:15:00 +0800", "",
     "&lt;p&gt;新规规定，用户在围栏外还车将被收取5元调度费，一个月内违规三次暂停使用7天。&lt;/p&gt;"
     "&lt;p&gt;市民王女士说：“调度费可以理解，但暂停七天太严了。”&lt;/p&gt;"
     "&lt;script&gt;alert('XSSMARK18')&lt;/script&gt;"),
]
_OFF = [
    ("地铁3号线周末加开夜班车", "Sat, 02 Mar 2024 09:00:00 +0800",
     "<p>为满足夜间出行需求，地铁3号线本周末起延长运营至凌晨1点，发车间隔12分钟。</p>"),
    ("临江港集装箱吞吐量创新高", "Sun, 03 Mar 2024 11:00:00 +0800",
     "<p>临江港2月集装箱吞吐量达到48万标箱，同比增长9.6%，外贸航线新增两条。</p>"),
    ("机场大巴票价下调两元", "Mon, 04 Mar 2024 08:00:00 +0800",
     "<p>自3月10日起，机场大巴各线路票价统一下调2元，学生凭证再享八折优惠。</p>"),
    ("出租车巡游车起步价听证会召开", "Fri, 08 Mar 2024 15:20:00 +0800",
     "<p>出租车起步价调整听证会8日召开，拟将起步价由10元调至11元，听证代表意见不一。</p>"),
    ("跨江大桥夜间封闭检修", "Sat, 09 Mar 2024 07:45:00 +0800",
     "<p>跨江大桥将于3月12日至15日每晚23时至次日5时封闭检修，请车辆绕行。</p>"),
]


def feed_xml() -> str:
    """An RSS 2.0 feed of a city's transport news: 8 items, 3 on the topic (item text as HTML, CDATA
    and escaped HTML with a script that must never run or show)."""
    items = []
    for title, _day, stamp, author, body in _ON[:2]:
        items.append((title, stamp, author, body))
    items.insert(0, (_OFF[0][0], _OFF[0][1], "", _OFF[0][2]))
    items.insert(1, (_OFF[1][0], _OFF[1][1], "", _OFF[1][2]))
    items.append((_OFF[2][0], _OFF[2][1], "", _OFF[2][2]))
    items.append((_ON[2][0], _ON[2][2], _ON[2][3], _ON[2][4]))
    items += [(t, s, "", b) for t, s, b in _OFF[3:]]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           "<channel><title>临江交通资讯</title><link>https://traffic.example.cn/</link>",
           "<description>临江市交通新闻&nbsp;每日更新</description>"]
    for title, stamp, author, body in items:
        escaped = body if body.startswith(("<![CDATA[", "&lt;")) else body.replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"<item><title>{title}</title><link>https://traffic.example.cn/{abs(hash(title)) % 1000}</link>"
                   f"<pubDate>{stamp}</pubDate>" + (f"<dc:creator>{author}</dc:creator>" if author else "")
                   + f"<category>交通</category><description>{escaped}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def atom_xml() -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>骑行者之家</title><link href=\"https://bike.example.org/\"/>"
            "<entry><title>围栏新规下的还车体验</title><updated>2024-03-10T21:00:00+08:00</updated>"
            "<author><name>老骑手阿杰</name></author><content type=\"html\">&lt;p&gt;新规施行前我试了三个电子围栏，"
            "其中两个围栏定位偏差超过20米，手机显示在围栏外无法还车。&lt;/p&gt;</content></entry>"
            "<entry><title>共享单车调度员的一天</title><published>2024-03-11T07:00:00Z</published>"
            "<author><name>单车观察</name></author><summary>调度员每天清运围栏外车辆约300辆，新规后工作量预计减少。</summary>"
            "</entry></feed>")


def export_csv() -> str:
    """A 舆情 monitor's export: a title line, an export stamp, a header, quoted fields with commas and
    newlines, columns of counts, and a total line."""
    return ("临江市共享单车舆情监测导出\n"
            "导出时间：2024-03-08 17:30\n"
            "序号,发布时间,来源,作者,标题,内容,阅读数,情感倾向\n"
            '1,2024-03-05 09:12,微博,临江骑行圈,新规来了,"共享单车停放新规4月起施行，围栏外还车收5元调度费，大家怎么看？",1520,中性\n'
            '2,2024-03-06 13:40,论坛,江畔老张,,"支持新规！小区门口的共享单车终于不会堵住盲道了，\n希望执法跟上。",384,正面\n'
            '3,2024-03-07 08:05,新闻客户端,临江日报,围栏不够用？,"记者走访发现，部分电子围栏只能停放20辆车，早高峰十分钟就停满，运营企业称将在两周内扩容30%。",2210,负面\n'
            '4,2024-03-07 21:30,短视频,阿木说交通,,"实测：在围栏边缘还车，定位显示""不在停车区""，来回挪了三次才成功。",9800,负面\n'
            "合计,,,,,,13914,\n")


def one_column_csv() -> str:
    return "临江市共享单车停放新规答记者问\n记者：新规什么时候施行？\n答：4月1日起在中心城区施行，郊区延后三个月。\n"


def _zip(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return buf.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _wp(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def press_docx() -> bytes:
    """A press release as a Word document: a title, two headings (styles named 标题 1 / heading 2 with
    numeric ids, as Chinese Word writes them), paragraphs, a quote and a table."""
    rows = [("区域", "电子围栏数", "投放车辆"), ("中心城区", "1200", "3.5万辆"), ("江北新区", "450", "1.2万辆")]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{_wp(c)}</w:tc>" for c in r) + "</w:tr>" for r in rows) \
        + "</w:tbl>"
    body = "".join([
        _wp("临江市交通运输局关于共享单车停放新规的新闻通稿", "Title"),
        _wp("一、新规要点", "1"),
        _wp("3月5日，临江市交通运输局发布《共享单车停放管理办法》，自4月1日起施行。"),
        _wp("新规要求运营企业在电子围栏内还车，围栏外还车收取5元调度费。"),
        table,
        _wp("二、各方回应", "2"),
        _wp("市交通运输局局长林海波表示：“停放新规的目标是让人行道重新回到行人手中。”"),
        _wp("运营企业负责人称，电子围栏定位精度仍需提升，部分老旧车辆需要更换定位模块。"),
    ])
    styles = (f'<w:styles {_W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style></w:styles>')
    return _zip({"[Content_Types].xml": "<Types/>",
                 "word/document.xml": f"<w:document {_W}><w:body>{body}<w:sectPr/></w:body></w:document>",
                 "word/styles.xml": styles,
                 "docProps/core.xml": '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                                      "<dc:creator>Administrator</dc:creator></cp:coreProperties>"})


_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _sp(paras: list[str], ph: str | None = None) -> str:
    holder = '<p:ph type="%s"/>' % ph if ph else ""
    nv = f'<p:nvSpPr><p:cNvPr id="1" name="x"/><p:cNvSpPr/><p:nvPr>{holder}</p:nvPr></p:nvSpPr>'
    return f"<p:sp>{nv}<p:txBody>" + "".join(f"<a:p><a:r><a:t>{t}</a:t></a:r></a:p>" for t in paras) \
        + "</p:txBody></p:sp>"


def briefing_pptx() -> bytes:
    """A briefing deck: three slides (title, bullets, a table, a slide number) with speaker notes; the
    presentation lists the slides in an order unlike their file names."""
    slides = {
        "slide1.xml": [_sp(["共享单车停放新规情况通报"], "ctrTitle"), _sp(["临江市交通运输局　2024年3月"], "subTitle")],
        "slide2.xml": [_sp(["新规实施效果"], "title"),
                       _sp(["试点地铁口乱停放减少约60%", "投诉量两个月下降45%"]), _sp(["2"], "sldNum")],
        "slide3.xml": [_sp(["下一步工作"], "title"), _sp(["4月前新增电子围栏300处", "老旧车辆定位模块年内全部更换"])],
    }
    notes = {
        "slide2.xml": ["汇报人：这里要强调，投诉下降主要来自地铁口和学校周边，电子围栏让乱停放明显减少。"],
        "slide3.xml": ["汇报人补充：定位偏差超过10米的围栏，运营企业须在两周内完成校准，否则暂停新增投放。"],
    }
    parts = {"[Content_Types].xml": "<Types/>",
             "ppt/presentation.xml": f"<p:presentation {_NS}><p:sldIdLst>"
                                     '<p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId1"/>'
                                     '<p:sldId id="258" r:id="rId2"/></p:sldIdLst></p:presentation>',
             "ppt/_rels/presentation.xml.rels": f'<Relationships xmlns="{_RELS}">'
             f'<Relationship Id="rId3" Type="{_RT}/slide" Target="slides/slide1.xml"/>'
             f'<Relationship Id="rId1" Type="{_RT}/slide" Target="slides/slide2.xml"/>'
             f'<Relationship Id="rId2" Type="{_RT}/slide" Target="slides/slide3.xml"/></Relationships>'}
    for n, (name, shapes) in enumerate(slides.items(), 1):
        parts[f"ppt/slides/{name}"] = f"<p:sld {_NS}><p:cSld><p:spTree>{''.join(shapes)}</p:spTree></p:cSld></p:sld>"
        if name in notes:
            parts[f"ppt/slides/_rels/{name}.rels"] = (f'<Relationships xmlns="{_RELS}"><Relationship Id="rId9" '
                                                     f'Type="{_RT}/notesSlide" Target="../notesSlides/notesSlide{n}.xml"/>'
                                                     "</Relationships>")
            parts[f"ppt/notesSlides/notesSlide{n}.xml"] = (
                f"<p:notes {_NS}><p:cSld><p:spTree>{_sp(['x'], 'sldImg')}{_sp(notes[name], 'body')}"
                f"{_sp([str(n)], 'sldNum')}</p:spTree></p:cSld></p:notes>")
    return _zip(parts)


def export_json() -> str:
    import json
    return json.dumps({"code": 0, "data": [
        {"id": 1, "user": "临江单车吧", "time": "2024-03-09 20:11", "content": "新规后电子围栏旁边总是挤满了车，希望企业及时调度。", "likes": 31},
        {"id": 2, "user": "通勤小周", "time": "2024-03-10 08:02", "content": "早上在围栏还车一次成功，比以前随便停规范多了。", "likes": 12},
    ]}, ensure_ascii=False)


def export_xlsx() -> bytes:
    """A workbook as a monitor exports it: a title row, a header, shared strings, an inline string, a date
    column stored as Excel serial days, a count column and a total row."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    r_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    strings = ["临江市共享单车舆情周报", "日期", "作者", "内容", "转发数", "临江骑行圈",
               "新规实施一周，地铁口的共享单车明显整齐了，但围栏车位早高峰不够用。", "合计"]
    sst = f"<sst {ns}>" + "".join(f"<si><t>{t}</t></si>" for t in strings) + "</sst>"

    def s(ref, i):
        return f'<c r="{ref}" t="s"><v>{i}</v></c>'
    rows = [
        f'<row r="1">{s("A1", 0)}</row>',
        f'<row r="2">{s("A2", 1)}{s("B2", 2)}{s("C2", 3)}{s("D2", 4)}</row>',
        f'<row r="3"><c r="A3"><v>45359.375</v></c>{s("B3", 5)}{s("C3", 6)}<c r="D3"><v>52</v></c></row>',
        '<row r="4"><c r="A4"><v>45360</v></c><c r="B4" t="inlineStr"><is><t>江畔老张</t></is></c>'
        '<c r="C4" t="inlineStr"><is><t>调度费5元可以接受，关键是围栏定位要准，别让人来回挪车。</t></is></c>'
        '<c r="D4"><v>8</v></c></row>',
        f'<row r="5">{s("A5", 7)}<c r="D5"><f>SUM(D3:D4)</f><v>60</v></c></row>',
    ]
    sheet = f"<worksheet {ns}><sheetData>{''.join(rows)}</sheetData></worksheet>"
    return _zip({"[Content_Types].xml": "<Types/>",
                 "xl/workbook.xml": f'<workbook {ns} {r_ns}><sheets><sheet name="周报" sheetId="1" r:id="rId1"/>'
                                    "</sheets></workbook>",
                 "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
                                               f'Type="{_RT}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
                 "xl/sharedStrings.xml": sst, "xl/worksheets/sheet1.xml": sheet})
