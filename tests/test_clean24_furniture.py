"""Page furniture on pages the cleaner has never seen leaves, each line in the audit, and the body
sentences that look like it stay: a research note's closing legal sections headed in two languages,
a labelled disclaimer or risk notice at a page's end, rows of a page's counters and controls,
reading lists (a forum's related threads, a WeChat page's ``/ 往期推荐 /``, a quoted inline one),
an ad slot labelled after a mark, a form's rows of tick boxes. Synthetic sources on topics unlike
every corpus: plain text (a PDF export, an OCR'd page), HTML, Markdown reposts, an e-mail."""

from __future__ import annotations

from generator.clean import clean


def _removed(c, rule: str | None = None) -> str:
    return "\n".join(a.before for a in c.audit if a.action == "removed" and (rule is None or a.rule == rule))


def _flat(text: str) -> str:
    return "".join(text.split())


# --- closing legal sections with an English name beside the head (PDF export) ---------------

_NOTE = """青松证券研究所 | 行业点评 | 2024年04月02日

光伏玻璃行业点评：产能出清加速，龙头盈利修复

核心观点：二季度起行业新增产能明显放缓，龙头企业凭借成本优势维持满产。我们维持行业“推荐”评级，
预计全年光伏玻璃均价较一季度回升约8%。

行业评级说明：本文所称“推荐”，指我们预期行业指数未来六个月跑赢大盘。

风险提示：组件排产不及预期；纯碱价格大幅上涨；海外贸易政策变化。

青松证券研究所 | 请务必阅读正文之后的免责条款 | 第1页/共3页

分析师声明 ANALYST CERTIFICATION
作者具有中国证券业协会授予的证券投资咨询执业资格，以勤勉的职业态度独立、客观地出具本报告。

评级说明 RATING DEFINITIONS
行业评级：推荐——预期未来6个月内行业指数表现优于沪深300指数。

免责声明 DISCLAIMER
本报告仅供青松证券股份有限公司的客户使用。本报告中的信息均来源于公开资料，本公司对这些信息的准确性和
完整性不作任何保证，不构成对任何人的投资建议。

青松证券研究所 | 请务必阅读正文之后的免责条款 | 第3页/共3页
"""


def test_closing_legal_sections_headed_in_two_languages_leave_and_the_body_stays():
    c = clean(_NOTE, source="note.txt")
    body = _flat(c.body)
    for gone in ("ANALYST CERTIFICATION", "RATING DEFINITIONS", "DISCLAIMER", "执业资格", "不作任何保证"):
        assert gone not in body
        assert gone in _removed(c, "paginated")
    # the note's own rating explanation and its risks are its content, not the legal tail
    assert "预计全年光伏玻璃均价较一季度回升约8%" in body
    assert "组件排产不及预期" in body
    assert "本文所称“推荐”" in body


# --- a labelled legal notice at a page's end (Markdown, text post) ----------------------------

_MD_REPORT = """# 2024年春季露营消费洞察

**发布机构**：山野出行研究院　|　**发布日期**：2024年4月8日

研究院数据显示，清明假期露营装备订单同比增长62%，其中一线城市用户占比超过四成。

**风险提示**：户外天气多变，研究院建议游客出发前查看当地预警，避开山洪易发河谷。

研究院分析师周可人表示，露营热度仍将延续至五一假期，但客单价已连续两个季度回落。

---

**免责声明**：本报告仅供参考，不构成任何投资或出行建议。报告中引用的第三方数据版权归原作者所有。如需转载，请注明出处。
"""


def test_a_labelled_disclaimer_at_the_end_leaves_and_a_risk_the_story_reports_stays():
    c = clean(_MD_REPORT, source="report.md")
    body = _flat(c.body)
    assert "仅供参考" not in body and "本报告仅供参考" in _removed(c, "closing_notices")
    # a labelled paragraph that is the story's own advice holds no legal wording: it stays
    assert "避开山洪易发河谷" in body
    assert "客单价已连续两个季度回落" in body


_POST = """聊聊险企的分红险转型

今年以来，多家寿险公司把新单重心转向分红险，预定利率下调后，分红险的浮动收益更容易吸引客户。

一位从业十年的代理人说，客户问得最多的仍是保底收益，“分红写在合同里只是演示，不是承诺”。

风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。
"""


def test_a_platform_risk_notice_under_a_post_leaves():
    c = clean(_POST, source="post.txt")
    assert "风险自负" not in _flat(c.body)
    assert "风险自负" in _removed(c, "closing_notices")
    assert "分红写在合同里只是演示" in _flat(c.body)


# --- rows of a page's counters and controls ---------------------------------------------------

_FORUM = """山地车吧
进吧  关注：38万  贴子：412万   签到   吧务：青石板

【讨论】碳纤维车架到底能骑几年？

1楼 铁腿阿杰
碳架只要不摔，骑十年问题不大。我那台2015年的车今年刚做过探伤，一条裂纹都没有。

2楼 爬坡小王
车架厂的工程师跟我说，碳纤维的疲劳寿命比铝高，真正怕的是侧向撞击。这辆车去年赛季点赞2.3万次的视频里，车架也只换过一次。

共 56 条回复  1 2 3 下一页
"""


def test_counter_rows_leave_and_a_sentence_with_counts_stays():
    c = clean(_FORUM, source="forum.txt")
    body = _flat(c.body)
    removed = _removed(c)
    assert "关注：38万" not in body and "关注：38万" in removed
    assert "共56条回复" not in body and "共 56 条回复" in removed
    assert "点赞2.3万次的视频里" in body
    assert "骑十年问题不大" in body


_LIVE = """<html><body>
<h1>图文直播：城市绿道建设新闻发布会</h1>
<p>直播时间：2024年5月9日 10:00</p>
<p>参与人数：3.4万　　网友提问：212条</p>
<p>[刷新] 按时间倒序 | 按时间正序</p>
<p>10:05 市园林局介绍，全市今年将新建绿道120公里，串联18个公园。</p>
<p>10:12 有网友提问：绿道的夜间照明何时完善？局方回应，照明改造将于7月底前完成，参与人数较多的滨江段优先。</p>
<p>票房：3.2亿　观影人次：8000万</p>
</body></html>
"""


def test_a_live_page_counters_and_sort_tabs_leave_in_html():
    c = clean(_LIVE, source="live.html")
    body = _flat(c.body)
    assert "网友提问：212条" not in body and "按时间倒序" not in body
    assert "新建绿道120公里" in body
    assert "参与人数较多的滨江段优先" in body
    assert "票房：3.2亿" in body  # counts that are no page's counters stay


_PODCAST = """# 咖啡馆电台 · EP.12｜独立书店还能活下去吗？

**发布时间：2024年3月2日** · 时长 41:05 · 播放 1.2万次

本期我们请来三家独立书店的店主，聊房租、聊选书，也聊读者为什么还愿意走进实体店。
"""


def test_counters_after_the_page_date_keep_the_line_whole():
    c = clean(_PODCAST, source="ep12.md")
    assert "2024年3月2日" in c.body or c.meta.get("date") == "2024-03-02"
    assert not any(a.rule == "counter_rows" for a in c.audit)


# --- reading lists --------------------------------------------------------------------------

_THREAD = """楼主：小区楼下新开的社区食堂，老人吃饭打八折，大家去过吗？

回复：去过两次，一荤两素十二块，老人还能再便宜，味道偏淡但很干净。

回复：我们小区也有，中午十一点就排队了，建议早点去。

相关帖子：
· 社区食堂的菜单能不能每周公开？
· 老人助餐补贴怎么申请？求流程
· 周末社区食堂开不开门

关于我们 | 联系我们 | 侵权投诉
"""


def test_a_forums_related_threads_leave():
    c = clean(_THREAD, source="thread.txt")
    body = _flat(c.body)
    assert "老人助餐补贴怎么申请" not in body
    assert "相关帖子" in _removed(c, "promo_lines")
    assert "一荤两素十二块" in body


_WECHAT = """<html><body>
<h1 class="rich_media_title">社区图书角开放啦</h1>
<div id="js_content">
<p>本周六起，街道图书角延长开放至晚上八点，新到绘本三百余册，居民凭门禁卡即可借阅。</p>
<p>往期推荐的亲子共读书单，图书角也已备齐，家长可以到前台登记。</p>
</div>
<div class="recommend">
<p>/ 往期推荐 /</p>
<p>· 暑期托管班报名开始啦</p>
<p>· 社区食堂菜单上新</p>
<p>· 垃圾分类新规问答</p>
</div>
</body></html>
"""


def test_a_wechat_reading_list_between_slashes_leaves():
    c = clean(_WECHAT, source="wx.html")
    body = _flat(c.body)
    assert "暑期托管班报名开始啦" not in body and "社区食堂菜单上新" not in body
    assert "往期推荐的亲子共读书单" in body
    assert "新到绘本三百余册" in body


_MD_REPOST = """# 離島小農拚直送 冷鏈物流成關鍵

澎湖小農今年開始以冷藏宅配直送台北，每箱運費仍比本島高出三成。

> 延伸閱讀：[離島冷鏈補助上路 首批30戶受惠](https://example.tw/news/1)

> 「運費是我們最大的壓力。」一位種植絲瓜的農民說。

縣府表示，將與物流業者協商共同配送，降低小農負擔。
"""


def test_a_quoted_inline_reading_link_leaves_and_a_quote_stays():
    c = clean(_MD_REPOST, source="repost.md")
    body = _flat(c.body)
    assert "首批30戶受惠" not in body
    assert "運費是我們最大的壓力" in body
    assert "降低小農負擔" in body


# --- an ad slot labelled after a mark (OCR text, HTML) ----------------------------------------

_FLASH = """【早间快讯】

【城际高铁新线今日开通】全长86公里，沿线设站7座，最高时速350公里。

▲ 广告　开户送专属顾问，新客基金申购费1折起　立即领取 >

【本周末迎来明显降温】气象台预计，受冷空气影响，周末最高气温将下降8至10摄氏度。

广告投放收入同比增长12%，成为多家平台三季度财报的亮点。
"""


def test_an_ad_slot_labelled_after_a_mark_leaves_and_a_sentence_on_ads_stays():
    c = clean(_FLASH, source="flash.txt")
    body = _flat(c.body)
    assert "申购费1折起" not in body and "申购费1折起" in _removed(c, "ad_inserts")
    assert "广告投放收入同比增长12%" in body
    assert "最高时速350公里" in body


_HTML_AD = """<html><body><article>
<h1>秋季过敏高发 医生提醒少去草地</h1>
<p>市人民医院变态反应科主任说，近两周门诊量比上月多了四成，多数是花粉引起的鼻炎。</p>
<p class="ad">—— 广告 —— 空气净化器限时特惠，旗舰店满500减80 ——</p>
<p>她建议过敏人群外出佩戴口罩，回家后及时清洗鼻腔。</p>
</article></body></html>
"""


def test_an_ad_slot_framed_by_rules_leaves_in_html():
    c = clean(_HTML_AD, source="allergy.html")
    body = _flat(c.body)
    assert "满500减80" not in body
    assert "门诊量比上月多了四成" in body and "及时清洗鼻腔" in body


# --- an e-paper's jump line with an arrow (OCR text); a text-size and share row ---------------

_EPAPER = """B2  城市·民生                       责任编辑：林岚

老旧小区加装电梯提速 今年已开工86部

本报讯 记者从市住建局获悉，今年全市老旧小区已开工加装电梯86部，其中42部已投入使用。
市住建局表示，加装工作将转至第三批小区，下转各区统一审批的流程也将简化。

（下转B3版▶）
"""


def test_a_jump_line_with_an_arrow_leaves_and_a_sentence_saying_zhuan_stays():
    c = clean(_EPAPER, source="epaper.txt")
    body = _flat(c.body)
    assert "下转B3版" not in body and "（下转B3版▶）" in _removed(c, "page_furniture")
    assert "加装工作将转至第三批小区" in body
    assert "其中42部已投入使用" in body


_HK_PAGE = """港島新單車徑月底啟用 全長十二公里

2024年6月3日 星期一 10:20
字體：大　中　小　　分享：Facebook　WhatsApp　Telegram　複製連結

運輸署表示，新單車徑由堅尼地城伸延至筲箕灣，沿途設二十個租車點。

署方提醒，單車徑字體較大的指示牌將於本月中旬安裝，市民可分享意見。
"""


def test_a_text_size_and_share_row_with_colons_leaves_and_a_sentence_with_those_words_stays():
    c = clean(_HK_PAGE, source="hk.txt")
    body = _flat(c.body)
    assert "WhatsApp" not in body and "字體：大" in _removed(c)
    assert "沿途設二十個租車點" in body
    assert "單車徑字體較大的指示牌" in body
