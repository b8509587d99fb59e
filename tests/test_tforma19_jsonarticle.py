"""A JSON document holding one article is read as that article (readers.jsonarticle): synthetic API
responses in three shapes unlike the corpus's (a wrapper with an HTML body and comments, a CMS story with
plain text and ISO time, an app's list-of-one with millisecond stamps), and hostile ones; record arrays
still read as records."""

from __future__ import annotations

import json
import time

import pytest

from generator.clean import clean
from generator.errors import SourceError
from generator.readers.forms import convert
from generator.sources import decode_source

PARA = "市体育馆的屋顶光伏项目于本月并网，装机容量为1.2兆瓦，预计每年发电约130万千瓦时，可满足场馆四成用电。"


def _cleaned(doc, name="content/sources/story.json"):
    text = convert(json.dumps(doc, ensure_ascii=False).encode("utf-8"), name, decode_source)
    assert text is not None
    return clean(text, source=name)


def test_app_response_wrapper_with_html_body_comments_and_furniture():
    doc = {"errno": 0, "msg": "ok", "result": {"article": {
        "id": "88", "headline": "体育馆屋顶光伏并网发电", "media_name": "滨江日报", "writer": {"name": "程一帆"},
        "pub_time": 1717236000,  # 2024-06-01 18:00 in China Standard Time
        "body_html": f"<p><b>滨江日报记者 程一帆</b></p><p>{PARA}</p><div class='ad-box'>—— 推广 ——</div>"
                     "<img src='https://img.example/pv.jpg'><p class='pic-caption'>6月1日，工人在屋顶检查光伏板。滨江日报记者 沈越 摄</p>"
                     "<p><strong>运维由谁负责</strong></p><p>场馆负责人孔德明说：“运维合同签了十年，由施工方负责清洗和检修。”</p>"
                     "<script>track('x')</script>",
        "reply_list": [{"nick_name": "跑步的小吕", "text": "晚上灯光会不会更亮一点？", "likes": 5},
                       {"nick_name": "", "text": "支持，夏天太热了"}],
        "related_news": [{"title": "新区充电桩建设提速", "url": "https://x.example/1"},
                         {"title": "屋顶光伏补贴细则出台", "url": "https://x.example/2"}],
        "ad": {"title": "下载滨江日报APP"}, "share_info": {"share_text": "分享给好友"},
        "tracking": {"impr_id": "abc"}}}}
    c = _cleaned(doc)
    assert c.meta["title"] == "体育馆屋顶光伏并网发电"
    assert c.meta.get("outlet") == "滨江日报" and c.meta.get("author") == "程一帆"
    assert c.meta.get("date") == "2024-06-01"
    body = c.body
    assert "装机容量为1.2兆瓦" in body and "孔德明说" in body
    assert "## 运维由谁负责" in body  # a bold one-line paragraph is the app's subheading
    assert "6月1日，工人在屋顶检查光伏板。" in body and "沈越" not in body  # a caption's news stays, its credit leaves
    for furniture in ("推广", "track(", "新区充电桩建设提速", "屋顶光伏补贴细则出台", "下载滨江日报APP", "分享给好友", "abc"):
        assert furniture not in body
    comments = body.split("## 读者评论", 1)[1]
    assert "跑步的小吕：晚上灯光会不会更亮一点？" in comments
    assert "网友：支持，夏天太热了" in comments  # a comment without a name is a reader's, never the outlet's


def test_cms_story_with_plain_text_body_and_iso_time():
    doc = {"story": {"title": "老城区雨水花园试点", "byline": "记者：邵蓓", "source": "城建周刊",
                     "published_at": "2023-11-05T09:30:00+08:00", "canonical_url": "https://cj.example/s/12",
                     "text": "第一段：老城区三条街道改建雨水花园，总面积约4600平方米。\n\n"
                             "第二段：试点期间暴雨后积水时间从平均两小时缩短到四十分钟左右，居民反映路面更干净。"}}
    c = _cleaned(doc)
    assert c.meta["title"] == "老城区雨水花园试点"
    assert c.meta.get("author") == "邵蓓"  # the label 记者： is never part of the name
    assert c.meta.get("date") == "2023-11-05"
    assert "总面积约4600平方米" in c.body and "缩短到四十分钟左右" in c.body
    assert c.body.index("总面积") < c.body.index("缩短到")


def test_list_of_one_with_millisecond_stamp_and_records_still_records():
    doc = {"code": 200, "data": [{"title": "冬季候鸟监测报告发布", "content": "<p>" + PARA.replace("光伏", "监测") + "</p>",
                                  "ctime": 1704074400000}]}
    c = _cleaned(doc)
    assert c.meta.get("date") == "2024-01-01" and c.meta["title"] == "冬季候鸟监测报告发布"
    records = {"items": [{"title": f"第{i}条", "content": f"记录{i}：河道巡查发现漂浮物{i}处。", "date": "2024-05-0{i}"}
                         for i in range(1, 5)]}
    text = convert(json.dumps(records, ensure_ascii=False).encode(), "x.json", decode_source)
    assert text is not None and all(f"河道巡查发现漂浮物{i}处" in text for i in range(1, 5))
    assert "读者评论" not in text  # records are no article's comments
    # an export with a titled, described header over its records is still records
    records.update({"title": "河道巡查周报导出", "description": "本文件为巡查系统自动导出的记录列表，共四条，供内部核对使用。"})
    text = convert(json.dumps(records, ensure_ascii=False).encode(), "x.json", decode_source)
    assert all(f"河道巡查发现漂浮物{i}处" in text for i in range(1, 5))


def test_hostile_documents():
    # script in the content never runs or shows; an event handler attribute is markup, not text
    doc = {"data": {"title": "社区图书角开放", "content": "<p onclick='steal()'>" + PARA + "</p><script>alert(1)</script>"
                    "<iframe src='https://evil.example'></iframe><style>p{}</style>"}}
    c = _cleaned(doc)
    assert "alert" not in c.body and "steal" not in c.body and "evil" not in c.body and "装机容量" in c.body
    # deep nesting: refused with a warning or read, never a crash
    raw = ("{\"a\":" * 5000 + "{}" + "}" * 5000).encode()
    try:
        convert(raw, "deep.json", decode_source)
    except SourceError:
        pass
    # a huge body is refused by name, a long one read in bounded time
    with pytest.raises(SourceError):
        convert(json.dumps({"title": "t", "content": "字" * 300_000}).encode(), "huge.json", decode_source)
    long = {"title": "长文", "content": "<p>" + ("河道" * 40 + "。") * 1500 + "</p>" + "<b>" * 20000}
    start = time.process_time()
    text = convert(json.dumps(long, ensure_ascii=False).encode(), "long.json", decode_source)
    assert time.process_time() - start < 10 and "河道河道" in text
