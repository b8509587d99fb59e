"""A wire agency's story delivered as XML (readers.newsxml): NITF and NewsML-G2 read as one article with
the story's own headline, reporters, date and agency; the body's paragraphs in order; the metadata left
out; the end matter (editor, rights lines) for the cleaner. Synthetic stories on topics of their own."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.errors import SourceError
from generator.readers.forms import convert
from generator.sources import decode_source, read_sources

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">
<nitf version="-//IPTC//DTD NITF 3.6//EN" baselang="zh-CN">
  <head>
    <title>河湾大桥通车首周车流量超预期</title>
    <meta name="agency" content="东岸社"/>
    <docdata>
      <doc-id id-string="DAS-20240416-0093"/>
      <date.issue norm="20240416T090000+0800"/>
      <doc.copyright year="2024" holder="东岸社"/>
      <key-list><keyword key="河湾大桥"/><keyword key="交通"/></key-list>
    </docdata>
    <pubdata type="wire" name="东岸社城市专线"/>
    <revision-history name="陈默" function="责任编辑" norm="20240416T083000+0800" comment="核实数据"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>河湾大桥通车首周车流量超预期</hl1><hl2>早高峰拥堵向南岸转移</hl2></hedline>
      <note noteclass="editorsnote"><body.content><p>编者按：河湾大桥是本市第七座跨江大桥。</p></body.content></note>
      <byline>东岸社记者 <person>方可</person> <person>苏以宁</person><byttl>城市新闻部</byttl></byline>
      <dateline><location><city>南江</city></location><story.date norm="20240416T090000+0800">4月16日电</story.date></dateline>
      <abstract><p>大桥通车一周，日均车流四万二千辆次，比设计预测高出三成。</p></abstract>
    </body.head>
    <body.content>
      <media media-type="image">
        <media-reference source="photo/bridge.jpg" mime-type="image/jpeg" alternate-text="大桥"/>
        <media-caption>4月10日，车辆驶过河湾大桥。东岸社记者 林川 摄</media-caption>
        <media-producer>东岸社图片部</media-producer>
      </media>
      <p>【东岸社城市专线】（本稿约1200字）</p>
      <p>东岸社南江4月16日电（记者 方可 苏以宁）河湾大桥通车首周，日均车流量达到四万二千辆次。</p>
      <p>市交通局副局长韩立表示：“南岸的早高峰拥堵明显加重，我们正在调整信号灯配时。”</p>
      <hl2>商户看好客流</hl2>
      <p>南岸商圈的商户认为，大桥带来的客流将提振周末消费。</p>
      <table><tr><th>时段</th><th>车流</th></tr><tr><td>早高峰</td><td>9800辆</td></tr></table>
      <p>（完）</p>
    </body.content>
    <body.end>
      <tagline>责任编辑：陈默</tagline>
      <bibliography>相关稿件：《河湾大桥今日零时通车》（4月9日）</bibliography>
      <bibliography>本稿件由东岸社发布，未经授权不得转载。</bibliography>
      <bibliography>稿件咨询：东岸社稿件中心 020-8800 1234 desk@example.org</bibliography>
    </body.end>
  </body>
</nitf>
"""

NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2023-11-02T10:00:00+08:00</sent><sender>北嶺通訊社</sender></header>
  <itemSet>
    <newsItem guid="urn:newsml:bl:20231102:001" version="1">
      <itemMeta><itemClass qcode="ninat:text"/><provider literal="北嶺通訊社"/>
        <versionCreated>2023-11-02T09:40:00+08:00</versionCreated><firstCreated>2023-11-02T09:30:00+08:00</firstCreated></itemMeta>
      <contentMeta><headline>山城纜車停運檢修兩週</headline><by>記者 何采薇</by><creditline>北嶺通訊社</creditline>
        <subject qcode="medtop:20000349"/></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml">
        <html xmlns="http://www.w3.org/1999/xhtml"><body>
          <p>山城纜車公司宣布，纜車將由下週一起停運兩週，進行鋼纜更換工程。</p>
          <p>公司發言人鄭文浩表示，停運期間將加開接駁巴士，每十分鐘一班。</p>
        </body></html>
      </inlineXML></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""


def _article(raw: str, name: str):
    text = convert(raw.encode("utf-8"), name, decode_source)
    assert text is not None, "the wire story was not read as one"
    return text, clean(text, source=name)


def test_an_nitf_story_is_one_article_with_its_own_headline_reporters_date_and_agency():
    text, c = _article(NITF, "content/sources/bridge.xml")
    assert c.meta.get("title") == "河湾大桥通车首周车流量超预期"
    assert c.meta.get("date", "").startswith("2024-04-16")
    assert c.meta.get("outlet") == "东岸社"
    assert "方可" in (c.meta.get("author") or "") and "城市新闻部" not in (c.meta.get("author") or "")
    body = c.body
    # the story's text in order: the editor's note, the abstract, the paragraphs, the subheading, the table
    order = ["编者按：河湾大桥是本市第七座跨江大桥", "日均车流四万二千辆次，比设计预测高出三成",
             "河湾大桥通车首周，日均车流量达到四万二千辆次", "我们正在调整信号灯配时", "商户看好客流",
             "提振周末消费", "9800辆"]
    at = [body.find(words) for words in order]
    assert -1 not in at and at == sorted(at), at
    # metadata of the file is never text
    for part in ("DAS-20240416", "核实数据", "东岸社图片部", "<p>", "nitf", "城市新闻部"):
        assert part not in text and part not in body, part
    assert "photo/bridge.jpg" not in body and "东岸社城市专线" not in body


def test_an_nitf_storys_end_matter_reaches_the_cleaner_and_leaves_with_a_record():
    text, c = _article(NITF, "content/sources/bridge.xml")
    assert "责任编辑：陈默" in text and "未经授权不得转载" in text  # given to the cleaner, not dropped unseen
    removed = " ".join(e.before for e in c.audit)
    for line in ("责任编辑", "未经授权不得转载", "相关稿件", "稿件咨询", "本稿约1200字", "车辆驶过河湾大桥。东岸社记者"):
        assert line not in c.body and line in removed, line
    assert "日均车流量达到四万二千辆次" in c.body


def test_a_newsml_g2_message_in_traditional_script_reads_its_items_inline_xhtml():
    text, c = _article(NEWSML, "content/sources/cable.xml")
    assert c.meta.get("title") == "山城纜車停運檢修兩週"
    assert c.meta.get("date", "").startswith("2023-11-02")
    assert c.meta.get("outlet") == "北嶺通訊社"
    assert c.meta.get("author") == "何采薇"
    assert "進行鋼纜更換工程" in c.body and "每十分鐘一班" in c.body
    assert "medtop" not in text and "urn:newsml" not in text


def test_a_wire_story_that_declares_entities_or_is_broken_is_skipped_with_its_name_and_line(tmp_path):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    bomb = NITF.replace('<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">',
                        '<!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>')
    (folder / "a_bomb.xml").write_text(bomb, encoding="utf-8")
    (folder / "b_broken.xml").write_text(NITF.replace("</body.content>", "", 1), encoding="utf-8")
    (folder / "c_good.xml").write_text(NITF, encoding="utf-8")
    sources, warnings = read_sources(folder, {})
    assert [s.name for s in sources] == ["c_good.xml"]
    text = "\n".join(warnings)
    assert "a_bomb.xml" in text and "entities" in text
    assert "b_broken.xml" in text and "line " in text


def test_a_story_with_an_empty_body_is_refused_not_published_empty():
    empty = NITF.split("<body>")[0] + "<body><body.content></body.content></body></nitf>"
    with pytest.raises(SourceError, match="no text"):
        convert(empty.encode("utf-8"), "content/sources/empty.xml", decode_source)
