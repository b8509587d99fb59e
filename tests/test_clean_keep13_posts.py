"""A saved page's posts and comments (rule ``post_stamps``): each item's stamp row, the buttons
between items and the input box leave by their shape; each comment's name labels its text; no
comment's text is lost. Synthetic pages on topics of their own, in three forms (a note with a
comment section, a numbered microblog thread, a forum page with floor replies), and texts where
the same words are text."""

from __future__ import annotations

from generator.clean import clean
from generator.clean.rules.post_stamps import stamp_row

RECIPE_NOTE = """\
家常版糖醋排骨｜零失败做法分享

爱做饭的小满
IP属地：浙江
关注

试了三次终于成功了！排骨先焯水，再用冰糖炒出糖色，比例是醋三糖二酱油一，收汁的时候一定要小火。

第一次做的时候火太大，糖色炒糊了，整锅都发苦，大家千万别学我。

编辑于 09-03
赞 8,912　收藏 2301　评论 356

共 356 条评论

爱做饭的小满　作者　置顶
补充一下：排骨选肋排，不要用大排，大排炖不烂。
09-03 浙江　赞 412

厨房小白阿杰
照着做了一次，糖色还是没炒好，是不是冰糖放太多了？
09-03 江苏　赞 88
　　爱做饭的小满　作者：冰糖一小把就够，关键是火候
　　09-03 浙江　赞 31
　　厨房小白阿杰 回复 爱做饭的小满：好的，下次少放点
　　09-03 江苏　赞 5
　　展开 6 条回复

北方的胖橘
我们老家做法不放酱油，颜色浅一点但更酸甜
09-04 山东　赞 57

说点什么...
"""

MARATHON_THREAD = """\
帖子

陈跑跑 @chenpaopao
跑步爱好者｜三届全马完赛
关注

1/4
今年城市马拉松报名人数创了新高，我整理一下中签率和补给站的情况。
下午3:05 · 2025年4月12日 · 1.1万 次查看
45 回复　120 转帖　980 喜欢

2/4
中签率只有百分之十二，比去年低了一半，很多老跑友都没抽中。
下午3:07 · 2025年4月12日 · 9,870 次查看
翻译帖子

3/4
补给站从去年的十个增加到十四个，每隔三公里就有一个。
下午3:10 · 2025年4月12日 · 8,455 次查看
显示更多

回复

4/4
总结：组织方今年明显更用心，但名额太少是硬伤。
下午3:12 · 2025年4月12日 · 7,001 次查看
12 回复　30 转帖　210 喜欢

回复 @chenpaopao
李慢跑 @limanpao · 4月12日
名额少是因为赛道窄，扩容要等新路线。
2,204 次查看

发布你的回复
"""

FORUM_PAGE = """\
小区加装电梯的费用到底怎么分摊？

楼上邻居想加装电梯，一楼和二楼的住户意见很大，想听听大家的经验。

3小时前 · IP属地：四川 · 点赞 12

老街坊
我们楼去年装的，按楼层系数分摊，一楼不出钱，七楼出得最多。
2小时前 · IP属地：四川 · 点赞 40

装修达人老王　热评
补充：政府有补贴，每台最多补二十万。
1小时前 · IP属地：重庆 · 点赞 9

路过的小林
一楼采光受影响，最好先签好补偿协议。
1小时前 · IP属地：四川 · 点赞 15

写评论
"""

VIDEO_PAGE = """\
【实测】十款平价电动牙刷横评，第一名只要99元

数码小周
2.3万粉丝
+ 关注

12.5万播放 · 856弹幕 · 2025-04-18 19:30:12
未经作者授权，禁止转载

这期视频我们买了十款两百元以内的电动牙刷，每款连续用了两周。清洁力最好的是第三款，续航最长的是第七款。

第一名只要99元，刷头也便宜，适合学生党。

点赞 1.1万　投币 3021　收藏 5566　分享 402

评论 1289
最热　最新

牙医小林
作为牙医补充一句：刷牙时间比牙刷贵不贵重要得多，每次至少两分钟。
2025-04-18 20:11　回复　赞 2310

路人甲乙丙
第七款我也在用，续航确实顶
2025-04-19 08:02　回复　赞 87

学生党阿豪
99元那款已下单
2025-04-19 12:40　回复　赞 45
"""

FLOORS = """\
小区门口的菜市场要拆了，大家怎么看？

只看楼主　收藏　回复

菜场老顾客
听说年底就要拆，改成商业综合体。我在这买了二十年菜，以后不知道去哪儿买。
1楼 2025-06-01 09:12 来自Android客户端

退休老李
拆了也好，里面太脏了，夏天全是苍蝇。
2楼 2025-06-01 09:40

小区业主群主
已经问过街道，说会在旁边临时搭一个过渡市场，摊位优先给原来的摊主。
3楼 2025-06-01 10:05 来自iPhone客户端
回复(12)

上一页 1 2 3 下一页
"""

MICROBLOG = """\
环保小分队V
6月5日 08:30 来自 微博 weibo.com

今天是世界环境日，我们在江边捡了两个小时垃圾，一共捡了三十多公斤，最多的是塑料瓶和烟头。#世界环境日#

转发 326　　评论 88　　赞 1024

热门评论

江边跑步的人：辛苦了！江边的垃圾桶太少了，建议多放几个。(6月5日 09:02)

小鱼干：烟头真的太多了，希望大家不要随手扔。(6月5日 09:15)

查看更多评论 >
"""

REVIEW = """\
一部被低估的家庭片

看电影的猫 评论 《夏日的院子》
★★★★☆ 2025-07-02 21:13:45 上海

这部电影讲的是三代人在一个夏天里的和解。导演用了大量长镜头，节奏很慢，但情绪一直在积累。

最打动我的是外婆在院子里晒被子的那场戏，没有一句台词。

156 有用　12 没用　回应

> 更多书影音评论
> 举报
© 2005－2025 douban.com, all rights reserved 北京豆网科技有限公司
"""


def test_stamp_rows_are_known_by_their_shape():
    for row in ("09-03 浙江　赞 412", "下午3:05 · 2025年4月12日 · 1.1万 次查看", "45 回复　120 转帖　980 喜欢",
                "2,204 次查看", "3小时前 · IP属地：四川 · 点赞 12", "IP属地：浙江", "2024-05-03 10:20 Likes 35",
                "3楼 2025-06-01 10:05 来自iPhone客户端", "6月5日 08:30 来自 微博 weibo.com", "回复(12)",
                "★★★★☆ 2025-07-02 21:13:45 上海", "156 有用　12 没用　回应"):
        assert stamp_row(row), row
    # a date and a place are a dateline; a sentence with a counter is text; a table row is data
    for text in ("2025年4月12日 北京", "09-03 浙江", "截至昨天，这篇文章阅读 10万", "北京 12,345 上海 9,876",
                 "补给站从去年的十个增加到十四个", "第三季度　营收 120 亿", "来自北京的游客", "3楼 会议室",
                 "★★★★★"):
        assert not stamp_row(text), text


def test_note_comments_keep_their_text_under_their_commenters_names():
    c = clean(RECIPE_NOTE, source="note.txt")
    for furniture in ("09-03 浙江", "赞 412", "赞 88", "09-04 山东", "置顶", "展开 6 条回复", "说点什么", "IP属地"):
        assert furniture not in c.body, furniture
    # each comment is its own paragraph, opening on its commenter's name as a turn's label
    assert "\n爱做饭的小满（作者）：补充一下：排骨选肋排" in c.body
    assert "\n厨房小白阿杰：照着做了一次，糖色还是没炒好" in c.body
    assert "\n北方的胖橘：我们老家做法不放酱油" in c.body
    assert "爱做饭的小满（作者）：冰糖一小把就够" in c.body  # a reply's badge in its label, as a role
    assert "冰糖一小把就够，关键是火候" in c.body
    assert "\n厨房小白阿杰（回复爱做饭的小满）：好的，下次少放点" in c.body  # a reply's poster labels it
    # the poster over its IP label is the note's author, not a heading over its text
    assert c.meta.get("author") == "爱做饭的小满"
    assert "## 爱做饭的小满" not in c.body
    notes = {e.note for e in c.audit if e.rule == "post_stamps"}
    assert "an item's stamp row (its time, counters, IP place)" in notes


def test_thread_stamps_buttons_and_reply_box_leave_posts_stay():
    c = clean(MARATHON_THREAD, source="thread.txt")
    for furniture in ("次查看", "转帖", "翻译帖子", "显示更多", "发布你的回复", "回复 @chenpaopao", "下午3:05"):
        assert furniture not in c.body, furniture
    assert "\n回复\n" not in "\n" + c.body + "\n"
    for text in ("今年城市马拉松报名人数创了新高", "中签率只有百分之十二", "补给站从去年的十个增加到十四个",
                 "名额太少是硬伤", "名额少是因为赛道窄"):
        assert text in c.body, text
    assert c.meta.get("date") == "2025-04-12"  # the first post's stamp dates the page
    # a reply's header (name, handle, date) labels its text; the thread's post numbers head their posts
    assert "\n李慢跑（@limanpao" in c.body and "）：名额少是因为赛道窄" in c.body
    assert "### 3/4\n\n补给站从去年的十个增加到十四个" in c.body
    # a stamp removed between two posts leaves them apart, never one post's end glued to the next
    assert "的情况。中签率" not in c.body and "中签率只有百分之十二，比去年低了一半，很多老跑友都没抽中。补给站" not in c.body


def test_forum_floors_with_relative_times_and_ip_labels():
    c = clean(FORUM_PAGE, source="forum.txt")
    for furniture in ("小时前", "IP属地", "点赞", "写评论"):
        assert furniture not in c.body, furniture
    assert "\n老街坊：我们楼去年装的" in c.body
    assert "\n装修达人老王：补充：政府有补贴" in c.body  # a badge that names no role leaves
    assert "\n路过的小林：一楼采光受影响" in c.body
    assert "想听听大家的经验" in c.body


def test_a_text_with_the_same_words_keeps_them():
    raw = ("2025年4月12日 北京\n\n"
           "回复\n\n"
           "市民热线本月共收到回复请求3,200件，显示更多市民关注交通问题。\n\n"
           "负责人说，平台的阅读量已超过10万，评论区的意见都会整理上报。\n\n"
           "翻译\n\n"
           "这份报告的英文版将于下月发布。\n")
    c = clean(raw, source="news.txt")
    for text in ("回复请求3,200件", "显示更多市民关注交通问题", "阅读量已超过10万", "英文版将于下月发布"):
        assert text in c.body, text
    # no stamp row and no counter on the page: a lone word is a heading or text, not a button
    assert "回复" in c.body.replace("回复请求", "") and "翻译" in c.body


def test_printed_page_numbers_under_their_pages_still_leave():
    raw = ("港口年报摘要\n\n"
           "今年港口吞吐量比去年增长百分之八，集装箱航线新开了六条，其中三条通往东南亚。\n"
           "1/3\n"
           "新码头的岸桥全部换成了电动设备，每年可以少用柴油两千多吨，噪声也小了很多。\n"
           "2/3\n"
           "明年计划再开两条航线，并把堆场扩大一半，预计投资十二亿元。\n"
           "3/3\n")
    c = clean(raw, source="report.txt")
    assert "1/3" not in c.body and "###" not in c.body  # each number stands under its page: page numbers
    assert "集装箱航线新开了六条" in c.body and "预计投资十二亿元" in c.body


def test_video_page_uploader_counters_repost_notice_and_comments():
    c = clean(VIDEO_PAGE, source="video.txt")
    for furniture in ("关注", "播放", "弹幕", "禁止转载", "投币", "最热", "赞 2310", "2025-04-19 08:02"):
        assert furniture not in c.body, furniture
    assert c.meta.get("author") == "数码小周"  # the uploader over the follow button, not a heading
    assert "## 数码小周" not in c.body
    assert "这期视频我们买了十款两百元以内的电动牙刷" in c.body
    # a comment too short for any punctuation still opens on its commenter's name
    assert "\n学生党阿豪：99元那款已下单" in c.body and "\n牙医小林：作为牙医补充一句" in c.body


def test_forum_floors_microblog_and_review_pages():
    c = clean(FLOORS, source="floors.txt")
    for furniture in ("只看楼主", "1楼", "来自", "回复(12)", "上一页", "下一页"):
        assert furniture not in c.body, furniture
    assert "\n退休老李：拆了也好" in "\n" + c.body and "\n小区业主群主：已经问过街道" in c.body
    c = clean(MICROBLOG, source="microblog.txt")
    assert c.meta.get("author") == "环保小分队V"  # the poster over the post's stamp row
    assert "来自" not in c.body and c.body.startswith("今天是世界环境日")
    c = clean(REVIEW, source="review.txt")
    for furniture in ("★", "有用", "回应", "21:13"):
        assert furniture not in c.body, furniture
    assert "外婆在院子里晒被子的那场戏" in c.body


def test_a_news_list_headline_is_no_commenters_name():
    raw = ("今日要闻\n\n"
           "央行宣布下调存款准备金率\n央行今天宣布，下调金融机构存款准备金率0.5个百分点。\n09:00 阅读 3,214\n\n"
           "地铁五号线南延段开通\n地铁五号线南延段今天上午正式开通运营，新增车站六座。\n10:30 阅读 2,108\n\n"
           "春季植树活动开始报名\n市绿化委员会发布通知，春季义务植树活动即日起接受报名。\n11:15 阅读 987\n")
    c = clean(raw, source="feed.txt")
    # rows of views only, and headlines the text repeats: no item gets a speaker's label
    for headline in ("央行宣布下调存款准备金率：", "地铁五号线南延段开通：", "春季植树活动开始报名："):
        assert headline not in c.body, headline
    assert "3,214" not in c.body and "2,108" not in c.body  # the rows leave all the same
    assert "新增车站六座" in c.body


QA_ANSWERS = """\
家里的老式热水器需要每年清洗吗？

提问者：阳台上的猫　2025-02-11

最佳答案
建议每年清洗一次。热水器内胆用久了会结水垢，影响加热效率，严重时还会缩短使用寿命。清洗最好找售后，自己拆容易漏水。
热心网友　2025-02-11 14:22　采纳率：86%
已赞过　已踩过
你对这个回答的评价是？
评论 收起

其他回答（2）
我家三年没洗，也没出什么问题，看水质吧。
匿名用户　2025-02-12 09:03
赞 3

水质硬的地方一定要洗，北方一年一次比较保险。
暖通工程师老陈　2025-02-12 18:40
赞 15
"""

APP_REVIEWS = """\
城市公交通 App 用户评价

评分及评论
4.2 满分 5 分
1.3万 个评分

每次都能准
2025/05/02　通勤族小赵
★★★★★
实时公交很准，等车时间估计误差一般不超过两分钟，换乘提醒也很实用。

广告太多
2025/05/06　不想看广告
★★☆☆☆
打开就是开屏广告，查个车要等五秒，希望能出付费去广告。

开发者回复　2025/05/07
感谢反馈，我们将在下个版本减少开屏广告时长。
"""


def test_signed_answers_and_reviews_take_their_signers_name():
    c = clean(QA_ANSWERS, source="answers.txt")
    # the signature under an answer (name, date, metrics) labels the answer; the page's controls leave
    assert c.body.startswith("热心网友：建议每年清洗一次")
    assert "\n匿名用户：我家三年没洗" in c.body and "\n暖通工程师老陈：水质硬的地方一定要洗" in c.body
    for furniture in ("最佳答案", "采纳率", "已赞过", "你对这个回答的评价是", "收起", "其他回答", "14:22", "赞 15"):
        assert furniture not in c.body, furniture
    c = clean(APP_REVIEWS, source="reviews.txt")
    # the row over a review (date and reviewer) labels the review's text, under the review's own title
    assert "\n通勤族小赵：实时公交很准" in c.body and "\n不想看广告：打开就是开屏广告" in c.body
    for furniture in ("2025/05/02", "★", "个评分"):
        assert furniture not in c.body, furniture


def test_signed_rows_need_repetition_and_a_name():
    from generator.clean.rules.post_stamps import signed_row
    assert signed_row("热心网友　2025-02-11 14:22　采纳率：86%") == "热心网友"
    assert signed_row("2025/05/02　通勤族小赵") == "通勤族小赵"
    for text in ("2025年3月1日 北京", "会议于2025-02-11 14:22 开始", "第三季度 2025-02-11"):
        assert signed_row(text) in (None, "北京", "第三季度"), text
    raw = "市场简报\n\n第三季度营收增长一成。\n北京 2025-02-11\n\n第四季度预计持平。\n上海 2025-02-12\n"
    c = clean(raw, source="brief.txt")  # two rows are no repetition: nothing is labelled
    assert "北京：" not in c.body and "上海：" not in c.body
    raw = ("各地动态\n\n2025年3月1日 杭州\n西湖景区新增两条步行道。\n\n2025年3月2日 宁波\n港口集装箱吞吐量创新高。\n\n"
           "2025年3月3日 温州\n机场新航站楼开始试运行。\n")
    c = clean(raw, source="digest.txt")  # a date and a place over each item: datelines, no authors
    for place in ("杭州：", "宁波：", "温州："):
        assert place not in c.body, place
