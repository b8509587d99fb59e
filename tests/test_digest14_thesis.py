"""A digest's thesis is a clean sentence that reads alone: never page furniture fused into the text
(a running header with its page counter), never a note telling the reader where to watch the replay,
never a line that leans on the one before ("X亦表示", "也有…", "不认同这种做法"), never advice to the
reader, never a closing "据了解，…将于近日…" line. Small synthetic articles in several forms (an
official proposal printed as PDF pages, a live text, a traditional-script news page, a hospital-style
notice, a feature), on invented topics unlike the development corpora."""

from __future__ import annotations

from tests.test_index import _article, _run

HEADER = "青岚市政协提案委员会　　提案专用　第{}页/共3页"

PROPOSAL = "\n\n".join([
    "关于优化青岚市轮渡航线、保障跨江通勤的提案",
    "今年6月起，青岚市轮渡公司将东渡航线的班次由每日48班压缩至30班，早高峰候船时间从15分钟延长到40分钟以上，"
    "沿江三个街道约2.6万名通勤市民受到影响。",
    "我们在7月走访了东渡、西渡两个码头，收回有效问卷1480份，其中72.5%的受访者表示通勤时间明显增加。",
    HEADER.format(2) + "（一）轮渡班次压缩缺乏听证程序。航线调整前未举行听证，也未提前向沿江居民公示，市民意见较大。",
    "轮渡公司称压缩班次是因为燃油成本上涨、船员招聘困难，但其年报显示东渡航线仍有盈余。",
    HEADER.format(3) + "（二）建议恢复早晚高峰班次。建议市交通运输局督促轮渡公司在今年10月底前恢复早晚高峰每10分钟一班。",
    "建议今后航线调整须经听证，并提前30天向社会公示，同时由市财政对早晚高峰班次给予适当补贴。",
    "轮渡是沿江居民跨江通勤的主要方式，压缩班次不应以牺牲市民出行为代价。",
    HEADER.format(3) + "以上建议，请予研究办理。",
])

LIVE = "\n\n".join([
    "【图文直播】青岚市动物园夜间开放新闻发布会",
    "发布会全程视频可在青岚在线“直播”频道回看。",
    "【主持人】各位记者朋友，欢迎参加今天的发布会。",
    "【市园林局副局长许明川】经研究，青岚市动物园将从8月1日起试行夜间开放，每周五、周六开放至21时30分。",
    "【市园林局副局长许明川】夜间开放期间，游客限流每晚3000人，须提前一天通过官方小程序预约。",
    "【动物园园长韦嘉禾】夜间开放区域限于熊猫馆、两栖馆和夜行动物馆，猛兽区不开放，以免影响动物休息。",
    "【动物园园长韦嘉禾】我们对夜间照明做了专门评估，园区灯光亮度控制在每平方米5勒克斯以下。",
    "【市园林局副局长许明川】夜间门票维持日间价格，仍为每人30元，老人和儿童半价。",
    "记者提问：夜间开放会不会影响动物的作息？",
    "【动物园园长韦嘉禾】试行期间我们会每周评估动物的进食和活动情况，发现异常立即调整开放范围。",
])

TRADITIONAL = "\n\n".join([
    "雲溪縣宣布封閉北嶺步道三個月，進行邊坡加固工程。",
    "雲溪縣政府昨日表示，北嶺步道因連日豪雨出現多處落石，縣府決定自8月5日起封閉步道三個月，並投入約2,400萬元進行邊坡加固。",
    "縣府工務處長簡立宏說，此次檢測共發現17處邊坡不穩定點，其中5處屬高風險，必須優先處理。",
    "登山協會理事長馮慧君則認為，封閉三個月影響周邊民宿與攤商生計，希望縣府分段開放。",
    "也有民宿業者表示，7月以來訂房已減少近四成。",
    "雲溪縣觀光局亦表示，將於步道封閉期間推出替代路線與接駁車，協助業者維持客源。",
])

FEATURE = "\n\n".join([
    "青岚市社区食堂一年：老人吃得上，账怎么算",
    "去年9月，青岚市在12个街道试点社区长者食堂，为60岁以上老人提供每餐12元的午餐。",
    "一年下来，试点食堂累计供餐约41万份，日均就餐老人超过1100人。",
    "但多家食堂的账本显示，每餐综合成本约19元，缺口全靠街道补贴，部分食堂已连续三个季度亏损。",
    "街道干部卢建平说，补贴资金来自街道自有经费，明年能否继续还没有把握。",
    "民政学者邵玉婷不认同这种补贴方式。",
    "她认为，长者食堂要长期运营，必须引入社会资本，并按老人收入分档收费，而不是由街道兜底。",
    "也有老人担心，一旦涨价，自己就吃不起了。",
    "据了解，青岚市民政局将于近日召开座谈会，听取试点街道的意见。",
])


def _summary(slug, body, **kw):
    return _run(_article(slug, body, **kw)).digests[0].summary


def test_a_running_header_fused_into_a_proposal_is_never_a_summary_line():
    summary = _summary("prop", PROPOSAL, title="关于优化青岚市轮渡航线、保障跨江通勤的提案", date="2024-08-20")
    assert summary and summary[0].role == "thesis"
    for line in summary:
        assert "页/共" not in line.text and "提案专用" not in line.text, line


def test_a_replay_note_is_never_a_live_texts_thesis():
    summary = _summary("live", LIVE, title="【图文直播】青岚市动物园夜间开放新闻发布会", date="2024-07-20")
    assert summary and summary[0].role == "thesis"
    assert all("回看" not in line.text for line in summary), summary
    assert "夜间开放" in summary[0].text, summary[0]


def test_an_also_said_line_is_never_the_thesis_of_a_traditional_script_report():
    summary = _summary("trail", TRADITIONAL, script="zh-Hant", title="雲溪縣封閉北嶺步道三個月", date="2024-08-02")
    thesis = summary[0]
    assert thesis.role == "thesis"
    assert "亦表示" not in thesis.text and not thesis.text.startswith("也有"), thesis
    assert "封閉" in thesis.text, thesis


def test_a_features_thesis_reads_alone_and_is_not_its_closing_hearsay():
    summary = _summary("canteen", FEATURE, title="青岚市社区食堂一年：老人吃得上，账怎么算", date="2024-09-10")
    thesis = summary[0]
    assert thesis.role == "thesis"
    assert not thesis.text.startswith("据了解"), thesis
    assert "这种" not in thesis.text and not thesis.text.startswith("也有"), thesis
    # a line that needs the one before it is no supporting point when others read alone
    assert all("不认同这种" not in line.text for line in summary), summary
