"""A chat's or channel's export saved as HTML is a list of authored, stamped messages (readers.chatexport):
synthetic exports in shapes none of the corpora has (a Telegram-style channel, a Discord-style log, a
Slack-style log with day dividers, a forum's printable page), on topics unlike them, and hostile ones."""

from __future__ import annotations

import time

from generator.clean import clean
from generator.readers.chatexport import convert
from generator.readers.forms import convert as forms_convert
from generator.sources import decode_source


def _cleaned(html: str, name: str = "content/sources/chat.html"):
    text = forms_convert(html.encode("utf-8"), name, decode_source)
    assert text is not None, "the export was not read as a chat export"
    return clean(text, source=name)


def _tg_message(n, when, name, text, *, forwarded=None, reply=False, joined=False, media=False):
    head = "" if joined else f'<div class="from_name">{name}</div>'
    inner = f'<div class="text">{text}</div>'
    if forwarded:
        inner = (f'<div class="forwarded body"><div class="from_name">{forwarded[0]} <span class="date details" '
                 f'title="{forwarded[1]}"> {forwarded[1][:16]}</span></div>{inner}</div>')
    extra = '<div class="reply_to details">In reply to <a href="#go_to_message1">this message</a></div>' if reply else ""
    pic = ('<div class="media_wrap clearfix"><a class="media clearfix pull_left block_link media_voice_message" '
           'href="voice.ogg"><div class="fill pull_left"></div><div class="body"><div class="title bold">Voice message'
           '</div><div class="status details">00:31, 0.4 MB</div></div></a></div>') if media else ""
    return (f'<div class="message default clearfix{" joined" if joined else ""}" id="message{n}">'
            '<div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">观</div></div></div>'
            f'<div class="body"><div class="pull_right date details" title="{when}">{when[11:16]}</div>'
            f'{head}{pic}{extra}{inner}<span class="reactions"><span class="reaction"><span class="emoji">🐦</span>'
            '<span class="count">12</span></span></span></div></div>')


TELEGRAM = ("<!DOCTYPE html><html><head><meta charset='utf-8'/><title>Exported Data</title></head><body>"
            '<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">湿地观鸟通讯'
            '</div></div></div><div class="page_body chat_page"><div class="history">'
            '<div class="message service" id="message-1"><div class="body details">3 March 2024</div></div>'
            + _tg_message(11, "03.03.2024 07:42:10 UTC+08:00", "湿地观鸟通讯",
                          "北岸滩涂今晨记录到黑脸琵鹭37只，比去年同期多出一倍，志愿者陈松林说：“潮位低的时候最好数。”")
            + _tg_message(12, "03.03.2024 08:05:00 UTC+08:00", "湿地观鸟通讯",
                          "保护区管理处表示，观鸟栈道将于四月起限流，每日上限800人。", joined=True, media=True)
            + '<div class="message service" id="message-2"><div class="body details">5 March 2024</div></div>'
            + _tg_message(13, "05.03.2024 19:20:41 UTC+08:00", "湿地观鸟通讯",
                          "环志数据显示，今年北迁的反嘴鹬在本地停留时间平均缩短了4天。",
                          forwarded=("候鸟环志站", "05.03.2024 18:02:00 UTC+08:00"))
            + _tg_message(14, "05.03.2024 21:00:00 UTC+08:00", "湿地观鸟通讯",
                          "有会员问限流是否包括摄影团体：管理处回复说包括，摄影团体须提前三天预约。", reply=True)
            + "</div></div></div></body></html>")


def test_telegram_style_channel_reads_as_stamped_posts_without_chrome():
    c = _cleaned(TELEGRAM)
    body = c.body
    assert c.meta.get("title") == "湿地观鸟通讯"  # the channel's name, not the export's "Exported Data"
    assert "Exported Data" not in body and "March 2024" not in body
    # each message under its own sender's heading, dated by its own stamp
    assert "1楼　湿地观鸟通讯　2024-03-03 07:42" in body
    assert "2楼　湿地观鸟通讯　2024-03-03 08:05" in body  # a joined message: its sender's run
    assert "3楼　候鸟环志站　2024-03-05 18:02" in body  # a forward: its original channel's, its own stamp
    assert body.count("湿地观鸟通讯") == 3  # the channel's name is in the headings only, not a paragraph per message
    for chrome in ("In reply to", "Voice message", "00:31", "🐦", "观\n"):
        assert chrome not in body
    for words in ("黑脸琵鹭37只", "每日上限800人", "平均缩短了4天", "摄影团体须提前三天预约"):
        assert words in body
    # the quote keeps its speaker's lead-in
    assert "志愿者陈松林说" in body


DISCORD = """<!DOCTYPE html><html><head><title>城市马拉松志愿者 - #补给站</title></head><body>
<div class="preamble"><div class="preamble__entries-container"><div class="preamble__entry">城市马拉松志愿者</div>
<div class="preamble__entry">#补给站</div></div></div>
<div class="chatlog">
<div class="chatlog__message-group"><div class="chatlog__message-container"><div class="chatlog__message">
 <div class="chatlog__avatar-container"><img class="chatlog__avatar" src="a.png"></div>
 <div class="chatlog__header"><span class="chatlog__author" title="ruan#0001">阮晴</span>
 <span class="chatlog__timestamp" title="Sunday, 14 April 2024 06:10">04/14/2024 6:10 AM</span></div>
 <div class="chatlog__content"><div class="chatlog__markdown">18公里补给站的香蕉只剩两箱了，按去年的消耗量估计八点前会用完。</div></div>
 <div class="chatlog__reactions"><div class="chatlog__reaction"><span class="chatlog__reaction-count">4</span></div></div>
</div></div></div>
<div class="chatlog__message-group"><div class="chatlog__message-container"><div class="chatlog__message">
 <div class="chatlog__header"><span class="chatlog__author">Marcus Li</span>
 <span class="chatlog__timestamp">04/14/2024 6:25 AM</span></div>
 <div class="chatlog__reply">Replying to 阮晴</div>
 <div class="chatlog__content"><div class="chatlog__markdown">物资车6:40从仓库出发，会给18公里站补三箱香蕉和二十箱水。</div></div>
</div></div></div>
<div class="chatlog__message-group"><div class="chatlog__message-container"><div class="chatlog__message">
 <div class="chatlog__header"><span class="chatlog__author">阮晴</span>
 <span class="chatlog__timestamp">04/14/2024 8:02 AM</span></div>
 <div class="chatlog__content"><div class="chatlog__markdown">收到，志愿者已经把水杯回收点挪到了弯道外侧，避免跑者滑倒。</div></div>
 <div class="chatlog__edited">(edited)</div>
</div></div></div>
<div class="chatlog__message-group chatlog__message-group--reactions"><div class="chatlog__message">
 <div class="chatlog__header"><span class="chatlog__author">Marcus Li</span>
 <span class="chatlog__timestamp">04/14/2024 8:05 AM</span></div>
 <div class="chatlog__content"><div class="chatlog__markdown">收到，马上到。</div></div>
</div></div>
</div></body></html>"""


def test_discord_style_log_reads_each_author_and_us_stamp():
    c = _cleaned(DISCORD, "content/sources/marathon.html")
    body = c.body
    assert "1楼　阮晴　2024-04-14 06:10" in body
    assert "2楼　Marcus Li　2024-04-14 06:25" in body
    assert "3楼　阮晴　2024-04-14 08:02" in body
    assert "Replying to" not in body and "(edited)" not in body
    assert "二十箱水" in body and "避免跑者滑倒" in body
    assert "4楼　Marcus Li　2024-04-14 08:05" in body and "收到，马上到。" in body  # a short message, whatever its class
    assert c.meta.get("outlet") is None  # a log of several people: no outlet


SLACK = """<!DOCTYPE html><html><head><title>Slack export</title></head><body>
<h1>图书馆改造工作组</h1>
<div class="log">
<div class="day-divider">Tuesday, 19 March 2024</div>
<div class="message"><span class="sender">周蔓</span> <span class="ts">10:05</span>
<p>施工方确认二楼古籍阅览室将封闭六周，期间古籍调阅改在一楼临时窗口办理。</p></div>
<div class="message"><span class="sender">Tom Okafor</span> <span class="ts">10:12</span>
<p>预算表里空调改造是38万元，比初步方案高了约15%，原因是要加装恒湿设备。</p>
<p>我把报价单放到了共享盘。</p></div>
<div class="day-divider">Wednesday, 20 March 2024</div>
<div class="message"><span class="sender">周蔓</span> <span class="ts">09:40</span>
<p>馆长同意先做恒湿，座椅更换推迟到明年。</p></div>
</div></body></html>"""


def test_slack_style_log_takes_the_day_from_its_dividers():
    c = _cleaned(SLACK, "content/sources/library.htm")
    body = c.body
    assert c.meta.get("title") == "图书馆改造工作组"
    assert "1楼　周蔓　2024-03-19 10:05" in body
    assert "2楼　Tom Okafor　2024-03-19 10:12" in body
    assert "3楼　周蔓　2024-03-20 09:40" in body  # the day of the divider over it
    assert "Tuesday" not in body and "Wednesday" not in body
    assert "比初步方案高了约15%" in body and "我把报价单放到了共享盘" in body  # both paragraphs of a message


FORUM = """<!DOCTYPE html><html><head><title>打印版 - 社区菜园轮值讨论</title></head><body>
<h2>社区菜园轮值讨论</h2>
<table class="post"><tr><td class="author">种番茄的老何</td><td>高级会员</td><td class="posted">发表于 2024-06-02 21:15</td></tr>
<tr><td colspan="3">今年番茄苗成活率只有六成，主要是五月那场冰雹，我建议轮值表每周加一次夜间巡查。</td></tr></table>
<table class="post"><tr><td class="author">小区物业-王工</td><td class="posted">发表于 2024-06-03 08:30</td></tr>
<tr><td colspan="3">物业可以提供两个防雹网，但安装需要菜园成员自己出人手。</td></tr></table>
<table class="post"><tr><td class="author">阿梅</td><td class="posted">发表于 2024-06-03 12:02</td></tr>
<tr><td colspan="3">同意老何的提议，我可以负责周三晚上。</td></tr></table>
<table class="post"><tr><td class="author">种番茄的老何</td><td>高级会员</td><td class="posted">发表于 2024-06-03 20:45</td></tr>
<tr><td colspan="3">谢谢阿梅，那我排周一和周五，防雹网到了我来装。</td></tr></table>
</body></html>"""


def test_forum_printable_page_reads_posts_and_drops_badges():
    c = _cleaned(FORUM, "content/sources/garden.html")
    body = c.body
    assert "1楼　种番茄的老何　2024-06-02 21:15" in body
    assert "2楼　小区物业-王工　2024-06-03 08:30" in body
    assert "高级会员" not in body and "发表于" not in body
    assert "成活率只有六成" in body and "防雹网" in body
    assert "4楼　种番茄的老何　2024-06-03 20:45" in body


#: a QQ-style export: one table, a row per message, the stamp the text after the name's element
QQ = ("<html><head><title>QQ Message</title></head><body><table width=100%><tr><td><div>消息分组:我的群聊</div></td></tr>"
      "<tr><td><div>消息对象:小区业主群</div></td></tr><tr><td><div>日期: 2024-02-10</div></td></tr>"
      + "".join(f"<tr><td><div style=color:#006EFE><div style=float:left;margin-right:6px;>{who}</div>2024-02-10 {at}</div>"
                f"<div style=padding-left:20px;><font>{text}</font></div></td></tr>"
                for who, at, text in [("三栋刘姐", "09:02:11", "电梯又停了，维修公司说配件要等三天。"),
                                      ("物业小赵", "09:10:45", "已联系厂家加急，预计周一恢复，期间请走东侧楼梯。"),
                                      ("三栋刘姐", "09:12:03", "楼里有两位坐轮椅的老人，能不能先派人帮忙上下楼？"),
                                      ("物业小赵", "09:20:30", "可以，保安队每天上午九点和下午四点各安排两人。")])
      + "</table></body></html>")


def test_qq_style_table_export_reads_stamp_after_the_name():
    c = _cleaned(QQ, "content/sources/qq.htm")
    body = c.body
    assert "1楼　三栋刘姐　2024-02-10 09:02" in body and "4楼　物业小赵　2024-02-10 09:20" in body
    assert "维修公司说配件要等三天" in body and "保安队每天上午九点" in body
    assert "QQ Message" not in body and "消息分组" not in body
    assert c.meta.get("title") == "小区业主群"  # the header's labelled value, not the export's <title>


LIVE = """<!DOCTYPE html><html><head><title>台风“海鸥”实时报道</title></head><body><h1>台风“海鸥”实时报道</h1>
<div class="live">""" + "".join(f'''<div class="entry"><span class="time">2024-08-0{i} 1{i}:00</span><b>{head}</b>
<p>{text}</p></div>''' for i, (head, text) in enumerate([("渡轮停航", "港务部门通知，今日下午起全部渡轮航线停航，复航时间另行通知。"),
                                                          ("学校停课", "教育局宣布全市中小学明日停课一天，幼儿园同步停课。"),
                                                          ("风力升级", "气象台将台风预警升级为橙色，沿海阵风可达十一级。")], 1)) + """
</div></body></html>"""


def test_a_live_blog_of_headlined_entries_is_no_chat():
    assert convert(LIVE, "typhoon.html") is None  # each entry's headline is no sender


def test_a_channel_post_about_the_channel_itself_is_furniture():
    extra = (_tg_message(15, "06.03.2024 09:00:00 UTC+08:00", "湿地观鸟通讯", "📢 加入本頻道會員群，按此訂閱每日潮汐提示。")
             + _tg_message(16, "06.03.2024 10:00:00 UTC+08:00", "湿地观鸟通讯",
                           "频道公告：本频道周末维护，推送或有延迟。")
             + _tg_message(17, "06.03.2024 11:00:00 UTC+08:00", "湿地观鸟通讯",
                           "市电视台新闻频道报道，湿地公园将新增两处观鸟屋，预计投资约120万元，五月前完工。"))
    body = _cleaned(TELEGRAM.replace("</div></div></div></body>", extra + "</div></div></div></body>")).body
    assert "按此訂閱" not in body and "周末维护" not in body
    assert "新增两处观鸟屋" in body  # news that names a channel is news


def test_an_article_page_and_a_short_list_are_not_chat_exports():
    article = ("<!DOCTYPE html><html><head><title>旧城区雨水管网改造</title></head><body><article><h1>旧城区雨水管网改造</h1>"
               "<p class='date'>2024-07-01 10:00</p>" + "".join(f"<p>第{i}段：改造工程涉及十二条街道，工期约{i}个月。</p>"
                                                               for i in range(8)) +
               "<ul class='related'><li><span>2024-06-01 09:00</span> <a>相关：排水防涝</a></li>"
               "<li><span>2024-05-01 09:00</span> <a>相关：管网普查</a></li>"
               "<li><span>2024-04-01 09:00</span> <a>相关：城市更新</a></li></ul></article></body></html>")
    assert convert(article, "x.html") is None
    two = TELEGRAM.replace(_tg_message(14, "05.03.2024 21:00:00 UTC+08:00", "湿地观鸟通讯",
                                       "有会员问限流是否包括摄影团体：管理处回复说包括，摄影团体须提前三天预约。", reply=True), "")
    assert convert(two.replace(_tg_message(12, "03.03.2024 08:05:00 UTC+08:00", "湿地观鸟通讯",
                                           "保护区管理处表示，观鸟栈道将于四月起限流，每日上限800人。", joined=True,
                                           media=True), ""), "x.html") is None  # two messages: no list


def test_hostile_exports_script_nesting_and_huge_text():
    hostile = TELEGRAM.replace("北岸滩涂今晨", "<script>alert('x')</script><img src=x onerror=alert(1)>北岸滩涂今晨")
    c = _cleaned(hostile)
    assert "alert" not in c.body and "script" not in c.body and "北岸滩涂今晨" in c.body
    deep = TELEGRAM.replace("保护区管理处表示", "<span><b>" * 100 + "保护区管理处表示" + "</b></span>" * 100)
    text = convert(deep, "x.html")
    assert text is not None and "保护区管理处表示" in text
    # past the HTML parser's depth the page is cut: never a crash, never a list read from half a page
    deeper = TELEGRAM.replace("保护区管理处表示", "<div>" * 3000 + "保护区管理处表示" + "</div>" * 3000)
    assert convert(deeper, "x.html") is None or "保护区管理处表示" in convert(deeper, "x.html")
    huge = TELEGRAM.replace("每日上限800人。", "每日上限800人。" + "1:2 " * 250_000)
    start = time.process_time()
    text = convert(huge, "x.html")
    assert time.process_time() - start < 20
    assert text is not None and "每日上限800人" in text
