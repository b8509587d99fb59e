"""Body text a removal rule must not take: a count of comments over more answers, a transcript's
timestamped turns (synthetic pages, on topics of their own)."""

from __future__ import annotations

from generator.clean import clean

# A Q&A page saved as text: a menu down the top, topic tags, the question, its buttons and counters,
# then three answers, each with its author line, its approval count, its stamp and its button column.
QA_PAGE = """首页
学习社区
发现
等你来答
搜索你感兴趣的内容…

城市
公共交通
地铁建设

新开通的地铁九号线值得坐吗？

九号线上个月开通，全长三十二公里。有人说通勤省了半小时，也有人说换乘太远。
显示全部
关注问题 写回答 邀请回答 好问题 3,204 添加评论 分享
关注者 12,880
被浏览 4,551,203

查看全部 612 个回答

周立群
交通规划师，参与过三条线路的设计
​
1,930 人赞同了该回答
先说结论：值得坐，但换乘站的设计确实有问题。

一是速度。九号线最高时速一百公里，早高峰从南站到新区只要二十五分钟，比公交快了一倍。

二是换乘。换乘通道长达四百米，老人和带小孩的乘客走得很辛苦，这是设计时为了避开老城区的地下管网。
编辑于 2024-05-02 10:11・IP 属地江苏
赞同 1,930
312 条评论
分享
喜欢
收藏
申请转载

收起

马晓岚
每天坐九号线上班的护士
​
877 人赞同了该回答
我每天早上六点半坐车，车厢很干净，准点率也高。唯一的问题是末班车太早，夜班下班就没车了。

医院的同事都在等延长运营时间的消息。地铁公司说要到年底才会评估，我们只能先打车。

至于票价，四站以内两元，比原来的公交还便宜一点。
发布于 2024-05-06 21:40・IP 属地江苏
赞同 877
95 条评论
分享
喜欢
收藏
申请转载

收起

相关问题
九号线二期什么时候开工？ 208 个回答
帮助中心 · 隐私保护指引 · 联系我们
"""


def test_qa_answers_after_a_count_of_comments_are_kept():
    # "312 条评论" under the first answer is a counter, not the head of the readers' comments:
    # the second answer (several sentences, numbers, the topic's words) stays
    c = clean(QA_PAGE, source="qa.txt")
    assert "我每天早上六点半坐车" in c.body and "医院的同事都在等延长运营时间的消息" in c.body
    assert "至于票价，四站以内两元" in c.body and "换乘通道长达四百米" in c.body
    removed = {e.before.strip() for e in c.audit if e.action == "removed"}
    assert "312 条评论" in removed and "95 条评论" in removed


def test_a_real_comments_section_leaves_the_article_for_its_own_section():
    raw = ("本市今年新建了十二座口袋公园，总面积三万平方米。园林局表示，明年还将新建八座。\n\n"
           "公园选址优先考虑老旧小区周边，方便老人和孩子就近休息。每座公园都配有饮水点和无障碍通道。\n\n"
           "园林局称，公园的日常养护由街道负责，费用纳入年度预算。\n\n"
           "热门评论\n"
           "@城东老李：家门口终于有地方遛弯了  赞 210\n"
           "@小周不加班：希望多种点树，夏天太晒了  赞 96\n"
           "@路过的猫：什么时候轮到我们区？  赞 41\n"
           "查看更多评论 >\n")
    c = clean(raw, source="parks.txt")
    article, _, section = c.body.partition("\n## 读者评论\n")
    assert "城东老李" not in article and "多种点树" not in article
    assert "园林局称，公园的日常养护由街道负责" in article
    assert "\n城东老李：家门口终于有地方遛弯了\n" in section and "\n小周不加班：希望多种点树，夏天太晒了\n" in section
    assert "赞" not in section and "查看更多" not in section


# A podcast saved as text: shownotes with a chapter list, timestamped turns (short ones too), a
# sponsor read inside a turn, and the credits and the call to subscribe after a closing rule.
PODCAST = """城市声音 第12期｜渡口新码头启用：谁受益，谁吃亏

发布时间：2024-06-01 20:00
主播：老周、小林

【本期时间轴】
00:00:30 开场
00:04:10 新码头的设计：大了多少
00:18:45 票价和班次
00:31:20 结尾

——————————————

[00:00:30] 老周：欢迎收听城市声音，我是老周。
[00:00:34] 小林：我是小林。
[00:00:37] 老周：今天请到了港务研究所的陈工，陈工研究渡口规划二十年了。
[00:00:45] 陈工：大家好，谢谢邀请。
[00:04:10] 小林：新码头的候船室比原来大了一倍，每天能停二十班船。
[00:04:30] 陈工：对，但引桥太长，老人上下船要走四百米。
[00:18:45] 老周：插播一下本期赞助商。本期节目由远帆旅行箱赞助播出，新用户输入口令“渡口”立减五十元。好，回到节目。
[00:19:20] 小林：票价会涨吗？
[00:19:26] 陈工：港务局说今年不涨。
[00:31:20] 老周：好了，本期就到这里。
[00:31:25] 陈工：谢谢两位。

——————————————
本期节目由城市声音工作室出品
主播：老周、小林
后期：阿水
封面设计：青青
喜欢我们的节目，欢迎搜索“城市声音”订阅，给我们打个五星好评，我们下期见！
"""


def test_timestamped_turns_are_not_a_personal_schedule():
    c = clean(PODCAST, source="podcast.txt")
    for said in ("我是小林", "陈工研究渡口规划二十年了", "引桥太长，老人上下船要走四百米", "票价会涨吗", "港务局说今年不涨",
                 "谢谢邀请", "谢谢两位"):
        assert said in c.body, said
    assert not [e for e in c.audit if e.rule == "off_topic"]


def test_a_large_removal_of_prose_is_flagged_for_the_editor():
    # the off-topic column goes (its rule's evidence holds), but it is several blocks of sentences:
    # the editor is told where they were and how to bring them back
    raw = ("渡口新码头今天启用，每天可停靠二十班渡轮。港务局说，票价今年不涨。\n\n"
           "@船长语录\n\n"
           "@老周：海上起雾的时候，最要紧的是慢下来，听清楚四周的汽笛。急着靠岸的船，往往靠不了岸。\n\n"
           "@小林：每条航线都有它的脾气，涨潮落潮都不一样。跑得久了，你就知道哪里有暗流。\n\n"
           "@阿水：码头换了新的，可潮水还是老样子。看天吃饭的人，心里要有数。\n\n"
           "据港口晚报\n")
    c = clean(raw, source="column.txt")
    assert "最要紧的是慢下来" not in c.body and "票价今年不涨" in c.body
    [f] = [f for f in c.flags if "were removed as" in f.message]
    assert f.line == 5 and "off_topic" in f.message and "clean_disable" in f.message


def test_short_furniture_removals_raise_no_flag():
    c = clean(QA_PAGE, source="qa.txt")
    assert not [f for f in c.flags if "were removed as" in f.message]


def test_a_warning_not_to_buy_is_the_writers_text_not_a_promotion():
    raw = ("网上出现了假冒的新码头纪念船票，售价九十九元。\n\n"
           "提醒：图片仅为示例，请勿购买，港务局从未发行纪念船票。\n\n"
           "港务局说，已向警方报案。\n")
    c = clean(raw, source="warning.txt")
    assert "请勿购买" in c.body


def test_long_comments_each_under_its_commenter_leave_the_article():
    # a notes app's comments: no @handle, each comment two sentences, but each alone between its
    # commenter's name and its stamp: a comments section, not a text that goes on
    raw = ("新码头启用一周，我去走了一遍。候船室能坐三百人，空调很足，座位也多。\n\n"
           "引桥长四百米，老人要歇两次。港务局说下个月加装电动步道。\n\n"
           "码头里新开了两家小吃店，价格和市区差不多。\n\n"
           "回程坐的是晚班船，船上人不多，江风很舒服。\n\n"
           "总的来说值得一去，建议错开早高峰。\n\n"
           "共 23 条评论\n"
           "江边老王\n新码头确实大了，候船室很舒服。但是引桥太长，我妈腿脚不好，走到船边要歇两次。\n06-08 回复\n"
           "小林同学\n同意楼上的说法，引桥确实是个问题。我每天坐早班船，七点那班经常晚点十分钟。\n06-08 回复\n")
    c = clean(raw, source="note.txt")
    article, _, section = c.body.partition("\n## 读者评论\n")
    assert "港务局说下个月加装电动步道" in article
    assert "我妈腿脚不好" not in article and "七点那班经常晚点" not in article
    assert "\n江边老王：新码头确实大了，候船室很舒服。但是引桥太长，我妈腿脚不好，走到船边要歇两次。\n" in section
    assert "\n小林同学：同意楼上的说法" in section and "06-08" not in section and "回复" not in section


def test_a_one_paragraph_answer_after_a_count_of_comments_is_kept():
    page = QA_PAGE.replace("我每天早上六点半坐车，车厢很干净，准点率也高。唯一的问题是末班车太早，夜班下班就没车了。\n\n"
                           "医院的同事都在等延长运营时间的消息。地铁公司说要到年底才会评估，我们只能先打车。\n\n"
                           "至于票价，四站以内两元，比原来的公交还便宜一点。\n",
                           "我每天早上六点半坐车，车厢很干净，准点率也高。唯一的问题是末班车太早，夜班下班就没车了。\n")
    assert page != QA_PAGE
    c = clean(page, source="qa1.txt")
    assert "唯一的问题是末班车太早" in c.body


def test_a_section_about_a_company_late_in_an_article_is_not_a_press_release_tail():
    paras = [f"第{i}段：渡口新码头的建设进入第{i}个月，港务局说工程进展顺利，预计年底完工。" for i in range(1, 7)]
    tail = ["关于远帆航运", "远帆航运是本市最大的渡轮公司，去年运送乘客两千万人次，占全市渡轮客流的六成。",
            "远帆航运的总经理说，新码头启用后，公司将增开夜班船。夜班船每半小时一班，票价不变。",
            "乘客代表对此表示欢迎。他们说，夜班工人终于可以坐船回家了，不用再绕远路。",
            "港务局表示，夜班船的调度将由新系统负责。新系统下月上线，届时班次信息可以在网上查询。"]
    raw = "\n\n".join(paras + tail) + "\n"
    c = clean(raw, source="section.txt")
    assert "夜班船每半小时一班" in c.body and "新系统下月上线" in c.body


def test_a_live_blogs_short_timed_entries_are_not_a_schedule():
    raw = ("渡口新码头启用日直播\n\n"
           "08:00 第一班渡轮准时离港，船上坐满了乘客。\n"
           "08:30 港务局长在候船室接受采访。\n"
           "09:10 引桥出现排队，工作人员加开通道。\n"
           "10:00 上午客流突破五千人次。\n"
           "10:45 首批夜班船船票开始预售。\n")
    c = clean(raw, source="live.txt")
    for entry in ("第一班渡轮准时离港", "引桥出现排队", "上午客流突破五千人次", "夜班船船票开始预售"):
        assert entry in c.body, entry
    assert not [e for e in c.audit if e.rule == "off_topic"]
