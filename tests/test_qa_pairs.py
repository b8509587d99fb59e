"""A Q&A page copied as text reads as question/answer posts under asker, answerer and day, its chrome
and content-free answers left out (generator/clean/rules/qa_pairs.py). Synthetic pages on topics
unlike the corpora: an exchange's investor platform, a city's 留言板, a utility's FAQ with a 网友."""

from generator.clean import clean

INVESTOR = """投资者问答平台
首页
公司
路演
提问
请输入股票代码或简称

风险提示：本平台信息仅供交流，不构成投资建议。

青禾食品（603999）
最新：12.40  涨跌幅：-1.20%  更新时间：2025-02-14 15:00
问答（共58条）  最新  最热

投资者提问
问青禾食品：请问公司冻干水果生产线今年能否投产？
2025-01-06 10:11:02  来自 网站
点赞(12)
公司回答
青禾食品：尊敬的投资者您好！公司冻干水果生产线已于2024年12月完成设备调试，预计2025年3月正式投产，达产后年产能约8000吨。具体进展请以公司公告为准，感谢您的关注！
2025-01-10 16:30:45
点赞(3)  回复  分享

投资者提问
问青禾食品：公司会不会送转股份？
2025-01-08 09:00:00  来自 APP
点赞(1)
公司回答
青禾食品：感谢您的关注！
2025-01-12 11:00:00
点赞(0)  回复  分享

您还未登录，登录后可提问
"""

BOARD = """网上留言板

市民留言
东湖路公交站台雨棚破损已经两个月，雨天候车的老人只能打伞站在路边，希望尽快修复。
2024年6月3日 08:20
官方答复
江城市交通运输局：经现场核查，该站台雨棚于4月被车辆刮损，我局已安排维修单位于6月12日前完成更换，同时对全线42个站台开展排查。
2024年6月5日 17:02

市民留言
请问今年暑期学生公交卡什么时候可以办理？
2024年6月4日 19:45
官方答复
江城市交通运输局：您好，请关注江城公交官方网站发布的通知。谢谢！
2024年6月6日 09:10
"""

FAQ = """热线问答

网友问题
问供水公司：小区停水为什么没有提前通知？
2023-09-14 21:10
回复
供水公司：9月14日停水系主干管突发爆裂的抢修停水，无法提前通知，抢修已于当晚23时完成，受影响用户约1.2万户。
2023-09-15 10:00

网友问题
问供水公司：水费会不会上涨？
2023-09-16 08:00
回复
供水公司：水价调整须经听证程序，目前没有调价计划。
2023-09-16 15:30
"""


def test_investor_platform_reads_as_pairs_without_its_chrome():
    body = clean(INVESTOR, source="qa.txt").body
    assert "投资者　2025-01-06 10:11" in body and "青禾食品　2025-01-10 16:30" in body
    assert "预计2025年3月正式投产，达产后年产能约8000吨。" in body
    assert "问青禾食品：" not in body and "公司回答" not in body and "点赞" not in body
    for chrome in ("涨跌幅", "共58条", "风险提示", "请输入", "未登录", "首页"):
        assert chrome not in body, chrome
    assert "感谢您的关注" not in body and "尊敬的投资者" not in body and "请以公司公告为准" not in body
    assert "公司会不会送转股份？" in body  # the question stays; its empty answer leaves
    assert body.count("青禾食品　") == 1


def test_message_board_answers_are_the_bodys():
    body = clean(BOARD, source="board.txt").body
    assert "### 1楼　市民　2024-06-03 08:20" in body
    assert "江城市交通运输局　2024-06-05 17:02" in body
    assert body.index("市民　2024-06-03") < body.index("东湖路公交站台") < body.index("江城市交通运输局　") < body.index("同时对全线42个站台")
    assert "请关注江城公交官方网站" not in body  # a pointer and thanks: no answer


def test_faq_with_net_users_questions():
    body = clean(FAQ, source="faq.txt").body
    assert "网友　2023-09-14 21:10" in body and "供水公司　2023-09-15 10:00" in body
    assert "受影响用户约1.2万户" in body and "目前没有调价计划" in body
    assert "回复\n" not in body and "问供水公司" not in body


def test_one_question_and_answer_in_an_article_is_left_alone():
    text = "某报记者\n\n记者提问\n这项政策什么时候实施？\n回答\n发言人：明年一月起实施。\n\n其他内容写在这里，是一篇报道的正文。"
    body = clean(text, source="one.txt").body
    assert "1楼" not in body



def test_field_written_board_is_left_to_the_field_rules():
    text = ("留言人：王**\n留言时间：2024-09-02 07:50\n留言内容：学校门口早高峰拥堵，孩子过马路很危险。\n\n"
            "回复单位：某区交通管理大队\n回复时间：2024-09-05 15:10\n回复内容：已增派两名警力疏导。\n\n"
            "留言人：赵**\n留言时间：2024-09-03 21:00\n留言内容：垃圾桶经常满溢。\n\n"
            "回复单位：某区城市管理局\n回复时间：2024-09-06 09:30\n回复内容：已增加清运次数。\n")
    body = clean(text, source="fields.txt").body
    assert "留言人：王**" in body and "1楼" not in body
