"""Page structure read as structure, on forms and topics unlike the corpora: a contents list that
repeats the heads below leaves the body (recorded); a wiki's "[编辑]" head is a heading, never glued
onto its section's first sentence; a plain text's bullet lines are a paragraph each."""

from generator.clean import clean


def _paras(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n\n") if p.strip()]


BAIKE = """乌镇
水乡古镇

乌镇是浙江省嘉兴市桐乡市下辖的一个镇，地处江浙沪交界，是江南六大古镇之一。2014年起，世界互联网大会每年在此举办。

目录
1 历史沿革
2 地理环境
3 旅游资源
4 交通

历史沿革[编辑]
乌镇建镇已有一千三百年历史，唐代咸通年间已见于文献。明清两代，镇上商贾云集，丝绸贸易兴盛。
地理环境[编辑]
乌镇地处杭嘉湖平原腹地，境内河流纵横，京杭大运河从镇西流过。
旅游资源[编辑]
东栅与西栅两个景区保存了大量明清建筑。2023年全镇接待游客约九百万人次，旅游收入较上年增长三成。
交通[编辑]
乘高铁到桐乡站后转公交约三十分钟可达。
"""


def test_baike_contents_list_leaves_and_edit_heads_become_headings():
    c = clean(BAIKE, source="baike.txt")
    paras = _paras(c.body)
    assert not any(p.startswith(("目录", "1 历史", "2 地理", "4 交通")) for p in paras), paras
    assert "## 历史沿革" in paras and "## 交通" in paras, paras
    assert "[编辑]" not in c.body
    # the section's first sentence stands alone, not fused with its head
    assert any(p.startswith("乌镇建镇已有一千三百年历史") for p in paras)
    assert any(a.note.startswith("contents list") and "地理环境" in a.before for a in c.audit)


ZHUANLAN = """为什么年轻人开始爱上露营？

作者：山野观察员
发布于 2023-06-12 21:04

去年以来，城市近郊的露营地一位难求。这篇文章想从三个角度说说这股热潮。

目录
一、装备门槛降低了
二、城市公园放开了
三、社交平台推了一把

一、装备门槛降低了

十年前一顶像样的帐篷要两三千元，如今几百元就能买到，租赁平台更让新手可以先试后买。

二、城市公园放开了

多个城市公园划出了允许搭帐篷的草坪，周末的草地上常常挤满了天幕。

三、社交平台推了一把

精致露营的照片在社交平台上大量传播，带动了周边消费，也引来了“只为拍照”的批评。
"""


def test_zhuanlan_contents_list_without_page_numbers_leaves_heads_stay():
    c = clean(ZHUANLAN, source="zhuanlan.txt")
    body = c.body
    # each head is printed once (the section), not twice (contents + section)
    for head in ("装备门槛降低了", "城市公园放开了", "社交平台推了一把"):
        assert body.count(head) == 1, (head, body)
    assert "目录" not in body
    assert any("十年前一顶像样的帐篷" in p for p in _paras(body))


REPORT_WITH_LEADERS = """城市更新年度报告（2023）

目次
第一章 总体进展……1
第二章 老旧小区改造……4
第三章 历史街区保护……9

第一章 总体进展
全年共启动城市更新项目一百二十个，完成投资约三百亿元。

第二章 老旧小区改造
改造老旧小区四百余个，惠及居民约十五万户，加装电梯一千二百部。

第三章 历史街区保护
新划定历史文化街区六片，修缮历史建筑二百余栋。
"""


def test_report_contents_with_dot_leaders_and_page_numbers_leaves():
    c = clean(REPORT_WITH_LEADERS, source="report.txt")
    assert "……" not in c.body and "目次" not in c.body, c.body
    assert "老旧小区改造" in c.body and "加装电梯一千二百部" in c.body


RECOMMENDATIONS = """关于加强社区养老服务的几点建议

近年来，社区养老需求快速增长，服务供给仍有短板。为此提出以下建议：

1. 扩大社区食堂覆盖面
2. 培训专业护理人员
3. 建立上门服务评价制度

以上建议请有关部门研究采纳。社区食堂目前覆盖率不足三成，应作为首要任务推进。
"""


def test_numbered_list_not_repeated_below_stays():
    c = clean(RECOMMENDATIONS, source="letter.txt")
    for item in ("扩大社区食堂覆盖面", "培训专业护理人员", "建立上门服务评价制度"):
        assert item in c.body, c.body
    assert not any(a.note.startswith("contents list") for a in c.audit)


PPT = """--- 第1页 ---
新能源重卡推广现状与展望
2024年中国商用车论坛

--- 第2页 ---
目录
市场规模
成本对比
挑战

--- 第3页 ---
市场规模
• 2023年新能源重卡销量约3.4万辆
• 同比增长36%
• 换电车型占比近一半
注：数据来自行业协会上险量统计，未含出口车型，实际市场规模可能略高于此。

--- 第4页 ---
成本对比
• 百公里电费约为柴油费用的六成
• 购置价仍高出燃油车约40万元
注：按年行驶十五万公里测算，电动重卡约四年可收回购置差价，前提是有稳定的换电网络支撑。

--- 第5页 ---
挑战
• 换电站布局不足
• 残值评估体系缺失
"""


def test_slide_deck_bullets_each_a_paragraph_and_note_stands_apart():
    c = clean(PPT, source="deck.txt")
    paras = _paras(c.body)
    assert "同比增长36%" in paras, paras
    assert "购置价仍高出燃油车约40万元" in paras, paras
    assert not any(p.startswith("•") for p in paras)
    assert any(p.startswith("注：数据来自行业协会") for p in paras), paras
    assert "目录" not in c.body


DIGEST_MAIL = """发件人：集团办公室
主题：本周要闻（第18期）

各位同事好，以下是本周要闻。

▪ 华东基地二期厂房于周三封顶，预计年底投产
▪ 集团与两所高校签署联合实验室协议
▪ 第二季度安全生产检查全部通过

本周值班：行政部。
"""


def test_weekly_digest_mail_bullet_items_are_paragraphs():
    c = clean(DIGEST_MAIL, source="mail.txt")
    paras = _paras(c.body)
    assert "集团与两所高校签署联合实验室协议" in paras, paras
    assert not any("▪" in p for p in paras)


WRAPPED_BULLETS = """本次调研覆盖了东部、中部和西部三个区域的四十家中小制造企业，访谈对象包括企
业主、财务负责人和一线车间主任，主要发现如下：
• 超过六成企业表示今年订单较去年同期减少，其中出口型企业降幅最大，部分企业已经
开始压缩夜班和周末加班。
• 融资成本有所下降，但银行授信仍偏向有抵押物的企业，轻资产企业贷款难问题依旧突
出。
"""


def test_wrapped_bullet_items_keep_their_tails():
    c = clean(WRAPPED_BULLETS, source="survey.txt")
    paras = _paras(c.body)
    assert any(p.endswith("开始压缩夜班和周末加班。") and p.startswith("超过六成企业") for p in paras), paras
    assert any(p.startswith("融资成本有所下降") and p.endswith("问题依旧突出。") for p in paras), paras


BRIEFING_NUMBERED = """社区垃圾分类试点情况通报

一、基本情况
今年三月起，本街道在十二个小区开展垃圾分类试点，居民参与率由三成提高到七成。

二、下一步安排
1. 增设厨余垃圾投放点
2. 开展入户宣传
3. 建立积分兑换制度
说明：以上安排将于下月提交街道办事处会议审议，经费由区财政专项列支，具体标准另行通知。
"""


def test_numbered_items_are_no_headings_and_the_labelled_note_stands_apart():
    c = clean(BRIEFING_NUMBERED, source="notice.txt")
    paras = _paras(c.body)
    assert not any(p.startswith("## 1") or p.startswith("## 3") for p in paras), paras
    assert any(p.endswith("建立积分兑换制度") for p in paras), paras
    assert any(p.startswith("说明：以上安排") for p in paras), paras


WIKI_TAIL = """大熊猫国家公园

大熊猫国家公园跨四川、陕西、甘肃三省，2021年10月正式设立，面积约2.2万平方公里。

保护成效[编辑]
园区内野生大熊猫数量约1340只，占全国野生大熊猫总数的七成以上。

参见[编辑]
卧龙国家级自然保护区
秦岭

参考资料[编辑]
^ 大熊猫国家公园正式设立. 新华网. 2021-10-12 [2023-05-01]. （原始内容存档于2021-10-13）.
^ 全国第四次大熊猫调查结果公布. 人民网. 2015-02-28 [2023-05-01].

外部链接[编辑]
大熊猫国家公园管理局官方网站

本页面最后修订于2023年5月3日 (星期三) 10:21。
本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供。
隐私政策 关于本站 免责声明 移动版视图
"""


def test_wiki_apparatus_and_foot_leave_and_the_edit_date_is_read():
    c = clean(WIKI_TAIL, source="wiki.txt")
    body = c.body
    for gone in ("卧龙国家级自然保护区", "新华网", "人民网", "官方网站", "知识共享", "隐私政策", "最后修订"):
        assert gone not in body, (gone, body)
    assert body.rstrip().endswith("占全国野生大熊猫总数的七成以上。"), body
    assert c.meta.get("date") == "2023-05-03"
    assert any("reference list" in a.note and "新华网" in a.before for a in c.audit)


ZHIHU_REFS = """如何看待城市共享单车减少？

共享单车在部分城市的投放量这两年明显下降。一位运营经理说，车辆折旧和调度成本是最大压力。

参考资料：
[1] 交通运输部. 2022年城市交通发展报告. 2023-03-15. 访问于2023-06-01.
[2] 某市交通委. 共享单车运营情况通报. 2023-01-20. 访问于2023-06-01.
[3] 行业研究院. 共享出行年度观察. 2022-12-30.

编辑于 2023-06-02 · 著作权归作者所有
"""


def test_answer_reference_list_leaves_text_stays():
    c = clean(ZHIHU_REFS, source="zhihu.txt")
    assert "交通运输部" not in c.body and "访问于" not in c.body, c.body
    assert "车辆折旧和调度成本是最大压力" in c.body


REPORT_REFS_IN_PROSE = """研究说明

本报告参考了交通运输部2022年发布的城市交通发展报告，并结合三个城市的实地调查。调查在2023年3月至5月进行，共访问骑行者一千二百人。

延伸阅读的建议：读者可先看第二章的数据，再读第四章的政策建议，这样更容易理解结论是怎么得出的。
"""


def test_prose_mentioning_sources_stays():
    c = clean(REPORT_REFS_IN_PROSE, source="report.txt")
    assert "交通运输部2022年发布的城市交通发展报告" in c.body
    assert "读者可先看第二章的数据" in c.body


DIGEST_WITH_ADS = """# 周一早知道

**1. 地铁三号线南延段开通**

南延段全长十二公里，设站八座，早高峰发车间隔缩短到四分钟。

**广告｜春季家装节 全场满1000减100 点击领取 >>**

**2. 本市启动老年助餐补贴**

年满七十岁的老人在社区食堂用餐，每餐可获三元补贴。

【推广】新用户注册即送三十天会员

Sponsored: Try our new app today
"""


def test_labelled_ads_leave_in_a_markdown_digest():
    c = clean(DIGEST_WITH_ADS, source="digest.md")
    for gone in ("家装节", "新用户注册", "Try our new app"):
        assert gone not in c.body, (gone, c.body)
    assert "早高峰发车间隔缩短到四分钟" in c.body and "每餐可获三元补贴" in c.body
    assert any(a.rule == "ad_inserts" and "家装节" in a.before for a in c.audit)


def test_a_sentence_about_advertising_stays():
    text = "广告：监管部门上周公布了虚假广告典型案例，涉及保健品和培训机构，最高罚款二百万元，并责令平台下架相关内容。\n"
    c = clean("广告监管新动向\n\n" + text, source="news.txt")
    assert "虚假广告典型案例" in c.body


WEEKLY_MAIL = """发件人：公司品牌部
主题：品牌周报｜第32期

本周公司新品发布会在深圳举行，三款产品同步开启预售，首日预订量超过两万台。

海外渠道方面，东南亚市场新增两家经销商，第三季度出货量预计环比增长两成。

喜欢这期周报？欢迎转发给同事
本期编辑：赵敏｜审核：钱磊
© 2024 某科技公司 版权所有
"""


def test_digest_mail_sign_off_credits_and_copyright_leave():
    c = clean(WEEKLY_MAIL, source="mail.txt")
    for gone in ("欢迎转发", "本期编辑", "版权所有"):
        assert gone not in c.body, (gone, c.body)
    assert c.body.rstrip().endswith("第三季度出货量预计环比增长两成。"), c.body


def test_a_closing_sentence_that_mentions_sharing_stays():
    text = ("暴雨过后，城区供水已全部恢复。\n\n"
            "专家提醒，公众应关注官方发布的监测数据，点击转发未经证实的消息可能触犯法律。\n")
    c = clean(text, source="news.txt")
    assert "点击转发未经证实的消息可能触犯法律" in c.body


ENTRY_TOP = """青藏铁路
维基百科，自由的百科全书
跳至导航 跳至搜索
本条目介绍的是铁路线路。关于同名纪录片，请见「青藏铁路 (纪录片)」。
此条目需要补充更多来源。（2022年5月）

青藏铁路是连接青海省西宁市与西藏自治区拉萨市的铁路，全长1956公里，2006年7月全线通车。
"""


def test_entry_chrome_and_self_notices_leave_text_starts_clean():
    c = clean(ENTRY_TOP, source="entry.txt")
    paras = _paras(c.body)
    assert paras[0].startswith("青藏铁路是连接青海省西宁市"), paras
    assert "自由的百科全书" not in c.body and "跳至" not in c.body and "本条目" not in c.body


def test_a_regulation_opening_on_ben_tiao_stays():
    text = "物业管理条例修订\n\n本条例自2024年1月1日起施行，原条例同时废止。\n\n修订后的条例明确了业主委员会的职责。\n"
    c = clean(text, source="law.txt")
    assert "本条例自2024年1月1日起施行" in c.body
