"""The furniture of five received forms leaves, each line in the audit, and the content around it
stays: a research note's front block, credit lines and closing legal sections (Word, PDF text,
plain text); a broadcast's chrome in its subtitles (greeting, ad break, sponsor, plugs, sign-off);
a forum thread copied as text (floors, edit notes, reply lines, quotes, signatures, page navigation);
a channel's own ads; a slide deck's agenda, housekeeping notes, Q&A label and disclaimer slide.
Synthetic sources on topics unlike every corpus, simplified and traditional."""

from __future__ import annotations

import io
import zipfile

import pytest

from generator.clean import clean
from generator.readers.forms import convert
from generator.sources import decode_source
from tests.formats18_samples import _NS, _RELS, _RT, _sp


def _removed(c) -> str:
    return "\n".join(a.before for a in c.audit if a.action in ("removed", "metadata"))


# --- research notes -------------------------------------------------------------------------

_NOTE_WORD = """---
title: "储能行业点评：钠电池量产提速，产业链迎来新一轮扩产"
---

电力设备行业

# 储能行业点评：钠电池量产提速，产业链迎来新一轮扩产

2024年03月12日

行业评级：电力设备 增持（维持）

分析师：许文川

SAC执业证书编号：S1230520090001

分析师：钱嘉怡

SAC执业证书编号：S1230522110003

联系人：潘越 电话：010-6655 1234

相关研究：《储能周报：电芯价格止跌企稳》2024-03-01

## 投资要点

我们认为，钠离子电池成本较磷酸铁锂低约三成，量产后将率先在两轮车和户用储能放量。

据我们测算，2024年国内钠电池出货量有望达到15GWh，较2023年增长约五倍。

表1：钠电池产业链重点公司

| 公司 | 环节 |
| --- | --- |
| 甲公司 | 正极 |

资料来源：Wind，北辰证券研究所

## 风险提示

钠电池量产进度不及预期；原材料价格大幅波动。

## 分析师声明

作者具有中国证券业协会授予的证券投资咨询执业资格并注册为证券分析师，本报告清晰准确地反映了作者的研究观点。

## 投资评级说明

行业评级：以报告发布日后6个月内行业指数相对同期沪深300指数的涨跌幅为基准。

## 免责声明

本报告仅供北辰证券股份有限公司（以下简称“本公司”）的客户使用。市场有风险，投资需谨慎。

北京市西城区金融大街8号 邮编：100033
"""

_NOTE_TEXT_HANT = """港灣證券研究部 公司研究 2024年5月6日

分析師：梁子朗
證書編號：CE123456
評級：買入（維持）

半導體設備：訂單能見度延長至明年

我們認為，晶圓廠擴產帶動的設備訂單可延續至2025年上半年，公司在手訂單按年增長四成。

我們預計，公司今年毛利率將回升至45%，主要受惠於高毛利的蝕刻設備出貨增加。

我們判斷，新廠投產後產能將增加一倍，足以應付未來兩年的訂單。

資料來源：公司公告，港灣證券研究部

免責聲明
本報告僅供港灣證券有限公司客戶使用，所載資料不構成任何投資建議，本公司不保證其準確性及完整性。
"""

_NOTE_PLAIN = """化工行业深度报告
投资评级：推荐（首次）
研究员：顾明哲、宋佳

相关报告
1.《化工周报：MDI价格环比上涨》
2.《有机硅行业点评：库存拐点已现》

有机硅价格见底回升，龙头企业盈利修复在即。

我们认为，有机硅行业库存已降至近三年低位，价格有望在二季度继续回升。

行业深度 | 有机硅系列                                    南岭证券

据我们统计，行业开工率已回升至72%，较年初提高9个百分点。

数据来源：百川盈孚，南岭证券研究院

分析师声明
本报告署名分析师具有证券投资咨询执业资格，本报告不构成投资建议，仅供本公司客户使用。
"""


@pytest.mark.parametrize("text,name,gone,kept,author", [
    (_NOTE_WORD, "note.md",
     ["SAC执业证书编号", "联系人：潘越", "行业评级：电力设备", "相关研究", "资料来源：Wind", "分析师声明", "投资评级说明",
      "本报告仅供北辰证券", "市场有风险", "金融大街8号"],
     ["钠离子电池成本较磷酸铁锂低约三成", "15GWh", "钠电池量产进度不及预期"], "许文川、钱嘉怡"),
    (_NOTE_TEXT_HANT, "note_hant.txt",
     ["證書編號", "評級：買入", "資料來源：公司公告", "本報告僅供港灣證券", "免責聲明"],
     ["按年增長四成", "毛利率將回升至45%", "產能將增加一倍"], "梁子朗"),
    (_NOTE_PLAIN, "note_plain.txt",
     ["投资评级：推荐", "相关报告", "《化工周报：MDI价格环比上涨》", "数据来源：百川盈孚", "署名分析师", "有机硅系列"],
     ["库存已降至近三年低位", "开工率已回升至72%"], "顾明哲、宋佳"),
])
def test_a_research_note_loses_its_front_block_credits_and_legal_sections_in_any_form(text, name, gone, kept, author):
    c = clean(text, source=name)
    for g in gone:
        assert g not in c.body, g
        assert g in _removed(c), g
    for k in kept:
        assert k in c.body, k
    assert c.meta.get("author") == author


def test_a_credit_line_naming_the_research_body_gives_the_note_its_outlet():
    c = clean(_NOTE_PLAIN, source="note_plain.txt")
    assert c.meta.get("outlet") == "南岭证券研究院"


def test_a_news_story_with_a_source_line_and_an_analyst_quoted_is_no_research_note():
    text = ("国家统计局今日公布，一季度全国规模以上工业增加值同比增长6.1%。\n\n"
            "某证券首席分析师王立表示：“工业生产恢复好于市场预期。”\n\n"
            "资料来源：国家统计局\n\n评级机构维持对该行业的展望不变。\n")
    c = clean(text, source="news.txt")
    assert "资料来源：国家统计局" in c.body
    assert "王立表示" in c.body


# --- a broadcast's subtitles ------------------------------------------------------------------

def _srt(cues: list[str], gap: float = 0.3) -> str:
    out, t = [], 1.0
    for n, text in enumerate(cues, 1):
        start, end = t, t + 2.5
        t = end + gap

        def stamp(s):
            ms = int(round(s * 1000))
            return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
        out.append(f"{n}\n{stamp(start)} --> {stamp(end)}\n{text}\n")
    return "\n".join(out)


_SHOW_HANT = [
    "本節目由 晴川保健食品 贊助播出",
    "（主持人）各位觀眾朋友大家好",
    "歡迎收看財經大小事，我是主持人林子謙",
    "今天我們請到經濟學者周文彬，來談房貸利率",
    "[周文彬] 央行這次降息半碼，房貸族每個月可以少繳一點",
    "[周文彬] 不過銀行的加碼幅度其實沒有跟著降",
    "（主持人）那首購族要不要趁現在進場？",
    "[周文彬] 我覺得廣告打得再兇，首購族也要先算清楚自己的負擔",
    "（主持人）好，我們先進一段廣告，馬上回來",
    "晴川魚油，一天一顆，顧好心血管",
    "記得訂閱開啟小鈴鐺 每週三晚間八點準時更新",
    "（主持人）歡迎回來，我們繼續聊房貸",
    "[周文彬] 明年如果再降息，房價恐怕還會再漲一波",
    "（主持人）好，謝謝來賓",
    "今天的節目就到這裡",
    "按讚分享，我們下週見",
]
_SHOW_HANS = [
    "（主持人）哈喽大家好",
    "欢迎收听科技早知道，我是主持人吴桐",
    "[嘉宾] 这次发布的折叠屏手机，铰链寿命提高到了四十万次",
    "[嘉宾] 价格比上一代便宜了一千元",
    "（主持人）我们休息一下，广告之后回来",
    "（主持人）欢迎回来",
    "[嘉宾] 我觉得今年折叠屏的出货量会翻一倍",
    "喜欢我们节目的话，记得订阅点赞",
    "（主持人）今天的节目就到这里，我们下期再见",
]
_VLOG = [
    "大家好",
    "今天带大家看一下新开的跨江缆车",
    "单程票价是三十元，全程大概八分钟",
    "我觉得这个价格对游客来说还可以接受",
    "觉得贵的话",
    "可以坐轮渡过江",
    "如果觉得这期还不错",
    "记得点赞订阅",
    "字幕制作：小鹿字幕组",
]


@pytest.mark.parametrize("cues,gone,kept", [
    (_SHOW_HANT, ["各位觀眾朋友大家好", "我們先進一段廣告", "晴川魚油", "記得訂閱開啟小鈴鐺", "我們繼續聊房貸",
                  "今天的節目就到這裡", "按讚分享", "謝謝來賓", "晴川保健食品"],
     ["央行這次降息半碼", "我覺得廣告打得再兇，首購族也要先算清楚自己的負擔", "房價恐怕還會再漲一波"]),
    (_SHOW_HANS, ["哈喽大家好", "我们休息一下", "广告之后回来", "欢迎回来", "记得订阅点赞", "我们下期再见"],
     ["铰链寿命提高到了四十万次", "出货量会翻一倍"]),
    (_VLOG, ["大家好", "记得点赞订阅", "如果觉得这期还不错"],
     ["单程票价是三十元", "这个价格对游客来说还可以接受", "觉得贵的话", "可以坐轮渡过江"]),
])
def test_a_broadcasts_chrome_leaves_its_subtitles_and_the_talk_stays(cues, gone, kept):
    c = clean(_srt(cues), source="show.srt")
    for g in gone:
        assert g not in c.body, g
        assert g in _removed(c), g
    for k in kept:
        assert k in c.body, k


def test_the_host_named_in_the_greeting_is_the_speaker_of_the_hosts_turns():
    c = clean(_srt(_SHOW_HANT), source="show.srt")
    assert "林子謙：那首購族要不要趁現在進場" in c.body
    assert "周文彬：" in c.body
    assert "（主持人）" not in c.body


# --- a forum thread copied as text --------------------------------------------------------------

_THREAD = """河畔论坛 » 生活区 » 帖子详情

老旧小区加装电梯，一楼住户该不该出钱？ [复制链接]
查看: 3021 | 回复: 58
上一页 1 2 3 下一页

楼主 梧桐树下
Lv.5 | 帖子 640 | 积分 1800
发表于 2024-4-2 19:10 | 只看该作者 | 倒序浏览
本帖最后由 梧桐树下 于 2024-4-3 08:00 编辑

我们单元终于要加装电梯了，总价68万，政府补贴20万，剩下按楼层分摊。一楼说不用电梯不愿出钱，大家怎么看？
——————————
个人签名：好好生活，理性讨论
回复 | 支持(40) | 反对(3) | 举报

#2楼 发表于 2024-4-2 19:32 | 只看该作者
六楼的老张
一楼不出钱可以理解，但施工影响采光，按理还应该给一楼补偿。
——————————
老张修车铺，城南路28号，欢迎光临

#3楼 发表于 2024-4-2 20:05 | 只看该作者
一楼王阿姨
回复 2# 六楼的老张
引用：六楼的老张 发表于 2024-4-2 19:32
一楼不出钱可以理解，但施工影响采光……

采光确实受影响，我家客厅下午就晒不到太阳了。
回复 | 支持(22) | 反对(1) | 举报

#4楼 发表于 2024-4-3 09:15 | 只看该作者
物业小刘
引用：街道办 发表于 2024-4-1 10:00
补贴申请截止到五月底

提醒大家，补贴要在五月底前申请。

上一页 1 2 3 下一页
"""

_THREAD_HANT = """#1樓 發表於 2024-6-1 21:00 | 只看該作者
貓奴阿凱
社區的流浪貓越來越多，管委會說要統一結紮，費用由住戶平均分攤。

#2樓 發表於 2024-6-1 21:40 | 只看該作者
小花媽媽
回覆 1# 貓奴阿凱
結紮我贊成，但分攤應該按戶數，不是按坪數。
——————————
願每隻貓都有家

#3樓 發表於 2024-6-2 08:05 | 只看該作者
管委會主委
本帖最後由 管委會主委 於 2024-6-2 08:30 編輯
下週六會開住戶大會表決，每戶預計分攤三百元。
"""


@pytest.mark.parametrize("text,posts,gone,kept", [
    (_THREAD, ["1楼\u3000梧桐树下\u30002024-04-02 19:10（楼主）", "2楼\u3000六楼的老张\u30002024-04-02 19:32",
               "3楼\u3000一楼王阿姨\u30002024-04-02 20:05", "4楼\u3000物业小刘\u30002024-04-03 09:15"],
     ["本帖最后由", "个人签名", "老张修车铺", "回复 2# 六楼的老张", "引用：六楼的老张", "上一页 1 2 3 下一页", "Lv.5"],
     ["总价68万，政府补贴20万", "回复六楼的老张：采光确实受影响", "街道办：补贴申请截止到五月底", "提醒大家，补贴要在五月底前申请"]),
    (_THREAD_HANT, ["1楼\u3000貓奴阿凱\u30002024-06-01 21:00", "2楼\u3000小花媽媽\u30002024-06-01 21:40",
                    "3楼\u3000管委會主委\u30002024-06-02 08:05"],
     ["本帖最後由", "願每隻貓都有家", "回覆 1# 貓奴阿凱"],
     ["回复貓奴阿凱：結紮我贊成", "每戶預計分攤三百元"]),
])
def test_a_forum_thread_copied_as_text_is_its_posts_under_their_posters(text, posts, gone, kept):
    c = clean(text, source="thread.txt")
    for p in posts:
        assert "### " + p in c.body, p
    for g in gone:
        assert g not in c.body, g
    for k in kept:
        assert k in c.body, k


def test_the_threads_title_loses_the_button_printed_after_it():
    c = clean(_THREAD, source="thread.txt")
    assert c.meta.get("title") == "老旧小区加装电梯，一楼住户该不该出钱？"


def test_a_quote_of_an_earlier_post_leaves_the_reply_and_stays_where_it_was_written():
    c = clean(_THREAD, source="thread.txt")
    assert c.body.count("一楼不出钱可以理解") == 1
    assert "the words quoted from 六楼的老张" in "\n".join(a.note for a in c.audit)


def test_a_thread_quoted_in_gb18030_reads_the_same(tmp_path):
    raw = _THREAD.replace("\n", "\r\n").encode("gb18030")
    text, _enc, _damage = decode_source(raw, "thread.txt")
    c = clean(text, source="thread.txt")
    assert "### 2楼\u3000六楼的老张\u30002024-04-02 19:32" in c.body


# --- a channel's own ads --------------------------------------------------------------------------

def _channel(name: str, posts: list) -> dict:
    msgs = []
    for i, (date, text) in enumerate(posts, 1):
        msgs.append({"id": i, "type": "message", "date": date, "date_unixtime": "0", "from": name, "from_id": "channel1",
                     "text": text, "text_entities": [{"type": "plain", "text": text}] if isinstance(text, str) else text})
    return {"name": name, "type": "public_channel", "id": 1, "messages": msgs}


_CH_HANT = _channel("樓市快訊", [
    ("2024-05-02T09:00:00", "【樓市】四月新盤成交1,820宗，按月升12%，發展商加快推盤。"),
    ("2024-05-03T12:00:00", ["📢 ", {"type": "bold", "text": "加入樓市快訊VIP會員群"}, "：每週獨家盤源分析，首月優惠價HK$98！立即私訊 ",
                             {"type": "mention", "text": "@LoushiVIP"}]),
    ("2024-05-04T10:00:00", "【按揭】多間銀行下調按息0.25厘，供樓負擔略減。"),
])
_CH_HANS = _channel("车市观察", [
    ("2024-06-01T08:00:00", "五月新能源车零售同比增长35%，渗透率首次超过一半。"),
    ("2024-06-01T20:00:00", "本周六晚8点直播：下半年买车怎么选？名额有限，私信报名。"),
    ("2024-06-02T09:00:00", ["某车企宣布首月优惠价直降两万元，经销商库存压力仍大。"]),
])
_CH_LINK = _channel("科技一线", [
    ("2024-07-01T08:00:00", ["芯片厂宣布新建12英寸产线，投资额约200亿元。", "\n",
                             {"type": "text_link", "text": "阅读原文", "href": "https://example.org/fab"}]),
    ("2024-07-02T08:00:00", "新产线预计2026年投产，月产能5万片。"),
    ("2024-07-03T08:00:00", "设备供应商称，光刻机交付周期已缩短至九个月。"),
])


def _read_json(data) -> str:
    import json
    return convert(json.dumps(data, ensure_ascii=False).encode("utf-8"), "content/sources/ch.json", decode_source)


@pytest.mark.parametrize("data,gone,kept", [
    (_CH_HANT, ["VIP會員群", "首月優惠價HK$98"], ["四月新盤成交1,820宗", "多間銀行下調按息"]),
    (_CH_HANS, ["名额有限，私信报名"], ["渗透率首次超过一半", "某车企宣布首月优惠价直降两万元"]),
    (_CH_LINK, ["阅读原文"], ["投资额约200亿元", "月产能5万片"]),
])
def test_a_channels_own_ads_leave_with_their_post_and_news_of_an_offer_stays(data, gone, kept):
    c = clean(_read_json(data), source="ch.json")
    for g in gone:
        assert g not in c.body, g
        assert g in _removed(c), g
    for k in kept:
        assert k in c.body, k


def test_an_ad_post_leaves_with_its_heading():
    c = clean(_read_json(_CH_HANT), source="ch.json")
    assert "2024-05-03 12:00" not in c.body
    assert "2024-05-04 10:00" in c.body


# --- a slide deck ---------------------------------------------------------------------------------

def _pptx(slides: list[tuple[str, list[str], list[str]]]) -> bytes:
    parts = {"[Content_Types].xml": "<Types/>"}
    ids = "".join(f'<p:sldId id="{256 + n}" r:id="rId{n}"/>' for n in range(1, len(slides) + 1))
    parts["ppt/presentation.xml"] = f"<p:presentation {_NS}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"
    parts["ppt/_rels/presentation.xml.rels"] = f'<Relationships xmlns="{_RELS}">' + "".join(
        f'<Relationship Id="rId{n}" Type="{_RT}/slide" Target="slides/slide{n}.xml"/>' for n in range(1, len(slides) + 1)) \
        + "</Relationships>"
    for n, (title, body, notes) in enumerate(slides, 1):
        shapes = _sp([title], "title") + (_sp(body) if body else "")
        parts[f"ppt/slides/slide{n}.xml"] = f"<p:sld {_NS}><p:cSld><p:spTree>{shapes}</p:spTree></p:cSld></p:sld>"
        if notes:
            parts[f"ppt/slides/_rels/slide{n}.xml.rels"] = (f'<Relationships xmlns="{_RELS}"><Relationship Id="rId9" '
                                                           f'Type="{_RT}/notesSlide" Target="../notesSlides/notesSlide{n}.xml"/>'
                                                           "</Relationships>")
            parts[f"ppt/notesSlides/notesSlide{n}.xml"] = (f"<p:notes {_NS}><p:cSld><p:spTree>{_sp(notes, 'body')}"
                                                          "</p:spTree></p:cSld></p:notes>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in parts.items():
            z.writestr(k, v)
    return buf.getvalue()


_DECK_A = [
    ("冷链物流市场评估", ["年度策略会专场", "北岭咨询 | 2024年4月"], ["主讲：北岭咨询合伙人韦思远。"]),
    ("目录", ["01 市场规模与增速", "02 成本结构", "03 竞争格局", "04 结论"],
     ["今天的汇报分四个部分，预计用时30分钟，最后留出10分钟问答。"]),
    ("市场规模与增速", ["2023年冷链物流市场规模约5,170亿元", "数据来源：行业协会，北岭咨询整理"],
     ["我们估计，冷链物流市场未来三年年均增速约12%，主要来自预制菜和医药冷链。"]),
    ("Q&amp;A", ["问答环节"], []),
    ("免责声明", ["本报告数据来源于公开信息，北岭咨询不对其准确性和完整性作出保证。",
              "未经北岭咨询书面许可，任何机构和个人不得复制或引用本报告内容。"], []),
]
_DECK_B = [
    ("跨境電商物流觀察", ["客戶內部交流會", "2024年5月"], []),
    ("議程", ["1. 市場回顧", "2. 運價走勢", "3. 風險提示"], ["本次分享包括三個部分，大約半小時。"]),
    ("運價走勢", ["海運運價較年初上漲四成", "資料來源：航運交易所，東灣顧問估算"],
     ["我們判斷，運價上漲主要源於航線繞行，下半年可能回落兩成。"]),
]
_DECK_C = [
    ("新能源重卡推广方案", [], []),
    ("Agenda", ["01 政策背景", "02 车型对比", "03 补能网络", "04 推广节奏"], []),
    ("补能网络", ["换电站单站投资约800万元"], ["演讲时间约20分钟。", "换电站回本周期约六年，利用率是关键。"]),
]


@pytest.mark.parametrize("slides,gone,kept", [
    (_DECK_A, ["01 市场规模与增速", "02 成本结构", "04 结论", "今天的汇报分四个部分", "预计用时30分钟", "数据来源：行业协会",
               "问答环节", "不对其准确性和完整性作出保证", "书面许可", "年度策略会专场"],
     ["市场规模约5,170亿元", "年均增速约12%", "主讲：北岭咨询合伙人韦思远"]),
    (_DECK_B, ["1. 市場回顧", "3. 風險提示", "本次分享包括三個部分", "資料來源：航運交易所", "客戶內部交流會"],
     ["海運運價較年初上漲四成", "下半年可能回落兩成"]),
    (_DECK_C, ["01 政策背景", "04 推广节奏", "演讲时间约20分钟"], ["单站投资约800万元", "回本周期约六年"]),
])
def test_a_decks_agenda_housekeeping_and_disclaimer_leave_and_its_findings_stay(slides, gone, kept):
    text = convert(_pptx(slides), "content/sources/deck.pptx", decode_source)
    c = clean(text, source="deck.pptx")
    for g in gone:
        assert g not in c.body, g
    for k in kept:
        assert k in c.body, k


def test_a_numbered_list_without_an_agenda_label_stays():
    text = ("政策要点如下：\n\n01 降低首付比例\n\n02 下调公积金利率\n\n03 取消限购\n\n"
            "业内人士认为，三项措施叠加将提振二季度成交。\n")
    c = clean(text, source="policy.md")
    assert "降低首付比例" in c.body and "取消限购" in c.body


# --- a broker's stock pick is no claim ------------------------------------------------------------

@pytest.mark.parametrize("sentence,claim", [
    ("投资建议：重点推荐机体结构件龙头甲公司（目标价32.5元）、乙公司（目标价68元）。", False),
    ("我们推荐丙股份（目标价18元），维持买入评级。", False),
    ("建议关注丁科技（目标价45元）、戊材料（目标价21元）。", False),
    ("我们认为，订单增长将推动公司明年收入提升三成，产能瓶颈有望缓解。", True),
])
def test_a_brokers_stock_pick_with_target_prices_is_no_claim(sentence, claim):
    from generator.analyse.claimless import not_a_claim
    assert not_a_claim(sentence) is (not claim)


def test_a_boxed_tag_shown_twice_is_no_speaker():
    cues = ["【獨家】港口新碼頭今日啟用", "碼頭每年可多處理三十萬個貨櫃", "【獨家】碼頭工會擔心人手不足", "工會主席何志強說，夜班人手已經很緊"]
    c = clean(_srt(cues), source="news.srt")
    assert "獨家：" not in c.body
    assert "三十萬個貨櫃" in c.body
