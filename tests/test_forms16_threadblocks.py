"""Pages whose body is a list of authored blocks (one element shape repeated: name, stamp, text): each
block under its own post heading, never the page opener's words (readers.threadblocks)."""

from generator.clean import clean
from generator.model import POST_HEADING


def _posts(body: str) -> list[tuple[str, str]]:
    """(poster, text under the heading) of each post heading of a cleaned body."""
    out, who, text = [], None, []
    for line in body.split("\n"):
        if line.startswith("#"):
            if who is not None:
                out.append((who, "".join(text)))
            m = POST_HEADING.match(line.lstrip("# "))
            who, text = (m.group("name") if m else None), []
        elif who is not None:
            text.append(line)
    if who is not None:
        out.append((who, "".join(text)))
    return out


REVIEWS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山湖露营地 - 点评</title></head><body>
<div class="topbar">首页 | 景点 | 酒店 | 登录</div>
<h1>青山湖露营地</h1>
<div class="summary"><p>青山湖露营地位于城郊水库旁，提供帐篷租赁、烧烤区和夜间观星活动，周末需要提前预约。</p></div>
<div class="list">
<div class="rv"><div class="u"><a class="nm">山野背包客</a><em class="t">2025-04-02 20:11</em></div>
<div class="c"><p>营地草坪很平整，卫生间每天有人打扫，晚上湖边风大，一定要带厚外套。</p></div>
<div class="bar">有用(31)　回复　举报</div></div>
<div class="rv"><div class="u"><a class="nm">周末带娃的爸爸</a><em class="t">2025-04-05 09:30</em></div>
<div class="c"><p>孩子最喜欢观星活动，讲解员很耐心；缺点是烧烤区的炭要自己买，价格偏高。</p></div>
<div class="bar">有用(12)　回复　举报</div></div>
<div class="rv"><div class="u"><a class="nm">Luna_露露</a><em class="t">2025-04-07 18:45</em></div>
<div class="c"><p>周六晚上隔壁营位放音乐到十二点，管理员劝了也没用，体验打了折扣。</p></div>
<div class="bar">有用(54)　回复　举报</div></div>
</div>
<div class="foot">© 2025 某点评网</div>
</body></html>"""


def test_review_list_each_review_under_its_reviewer():
    body = clean(REVIEWS, source="reviews.html").body
    posts = _posts(body)
    by = {who: text for who, text in posts}
    assert by["山野背包客"].startswith("营地草坪很平整")
    assert "观星活动" in by["周末带娃的爸爸"] and "营地草坪" not in by["周末带娃的爸爸"]
    assert "放音乐到十二点" in by["Luna_露露"]
    assert "有用(31)" not in body and "举报" not in body
    assert "2025-04-05 09:30" in next(line for line in body.split("\n") if "周末带娃的爸爸" in line)


TIEBA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>老式收音机修复求助_收音机吧</title></head><body>
<div class="nav">进吧 | 发帖 | 登录</div>
<h1>老式收音机修复求助</h1>
<div class="p_postlist">
<div class="l_post"><div class="d_author"><a class="p_author_name">电子管老王</a><span class="lv">LV9</span></div>
<div class="d_post_content">家里翻出一台七十年代的红灯牌收音机，开机只有嗡嗡声，没有电台，请教各位从哪里查起。</div>
<div class="post-tail"><span>1楼</span><span>2025-01-12 21:03</span></div></div>
<div class="l_post"><div class="d_author"><a class="p_author_name">焊锡丝不够用</a><span class="lv">LV6</span></div>
<div class="d_post_content">嗡嗡声多半是滤波电容老化了，先换电源部分的大电容，别急着动高频部分。</div>
<div class="post-tail"><span>2楼</span><span>2025-01-12 21:40</span></div></div>
<div class="l_post"><div class="d_author"><a class="p_author_name">电子管老王</a><span class="lv">LV9</span></div>
<div class="d_post_content"><blockquote>嗡嗡声多半是滤波电容老化了，先换电源部分的大电容</blockquote>换了两个电容，嗡嗡声小了很多，能收到本地的交通台了。</div>
<div class="post-tail"><span>3楼</span><span>2025-01-13 10:15</span></div></div>
<div class="l_post"><div class="d_author"><a class="p_author_name">短波爱好者</a><span class="lv">LV3</span></div>
<div class="d_post_content">再检查一下中周有没有受潮，老机器放在地下室的话很常见。</div>
<div class="post-tail"><span>4楼</span><span>2025-01-13 12:02</span></div></div>
</div>
<div class="right">本吧热议：二手示波器怎么选 | 无线电执照考试经验</div>
</body></html>"""


def test_board_thread_posts_and_quote_not_the_repliers():
    body = clean(TIEBA, source="tieba.html").body
    posts = _posts(body)
    names = [who for who, _ in posts]
    assert names[:4] == ["电子管老王", "焊锡丝不够用", "电子管老王", "短波爱好者"]
    third = posts[2][1]
    assert third.startswith("换了两个电容")  # the quoted words stay with 焊锡丝不够用 only
    assert body.count("滤波电容老化了") == 1
    assert "LV9" not in body


MAIL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>[社区园艺] 关于春季堆肥箱的讨论</title></head><body>
<h2>[社区园艺] 关于春季堆肥箱的讨论</h2>
<ul class="thread">
<li class="msg"><div class="hdr"><b class="from">林晓芸</b> <span class="when">2024-03-02 08:15</span></div>
<pre class="body">各位邻居，物业同意在三号楼后面放两个堆肥箱，想请大家报名轮流翻堆。</pre></li>
<li class="msg"><div class="hdr"><b class="from">陈卫东</b> <span class="when">2024-03-02 11:47</span></div>
<pre class="body">我可以负责周末，但堆肥箱离窗户太近，夏天可能有味道，建议往东挪五米。</pre></li>
<li class="msg"><div class="hdr"><b class="from">何敏</b> <span class="when">2024-03-03 19:20</span></div>
<pre class="body">同意挪位置。另外厨余里的肉骨头不要放进去，会招老鼠。</pre></li>
</ul>
</body></html>"""


def test_mail_archive_messages_under_their_senders():
    body = clean(MAIL, source="mail.html").body
    posts = _posts(body)
    assert [who for who, _ in posts] == ["林晓芸", "陈卫东", "何敏"]
    assert "往东挪五米" in posts[1][1] and "肉骨头" in posts[2][1]


NEWS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>城东新建三座口袋公园</title></head><body>
<article><h1>城东新建三座口袋公园</h1><div class="info">2025-05-06 09:00 来源：晨光日报</div>
<p>记者从市园林局获悉，城东今年将新建三座口袋公园，预计九月前全部开放。</p>
<p>园林局表示，公园将增设儿童游乐设施和夜间照明。</p></article>
<ul class="more">
<li><a>城西绿道二期开工</a><span>2025-05-01</span><p>全长八公里的绿道预计年底贯通，沿线设置休息驿站。</p></li>
<li><a>老城区增设停车位</a><span>2025-04-28</span><p>五个老旧小区将通过错时共享增加停车位四百个。</p></li>
</ul>
</body></html>"""


def test_news_article_is_no_thread():
    body = clean(NEWS, source="news.html").body
    assert "楼　" not in body
    assert "口袋公园" in body


QA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>阳台能不能装太阳能板？</title></head><body>
<h1>阳台能不能装太阳能板？</h1>
<div class="question"><p>租的房子朝南阳台，想装两块小太阳能板给电动车充电，安全吗？</p></div>
<section class="ans-list">
<article class="ans"><header><span class="who">电工小马</span><time>2024-07-01 09:12</time></header>
<div class="txt"><p>小功率可以，但逆变器一定要买带过载保护的，线不要从窗缝里压着走。</p></div>
<footer>赞同 230 · 评论 18</footer></article>
<article class="ans"><header><span class="who">物业老周</span><time>2024-07-01 12:40</time></header>
<div class="txt"><p class="quote">引用 房东群 的发言：阳台外挂任何设备都要先报备</p><p>我们小区确实要求报备，主要是怕大风天掉下去砸人。</p></div>
<footer>赞同 95 · 评论 6</footer></article>
<article class="ans"><header><span class="who">Sunny阳光</span><time>2024-07-02 20:05</time></header>
<div class="txt"><p>装了半年，夏天一天能充一半电，冬天基本没用。</p></div>
<footer>赞同 41 · 评论 2</footer></article>
</section>
</body></html>"""


def test_answers_with_a_quote_of_someone_not_on_the_page():
    body = clean(QA, source="qa.html").body
    posts = dict(_posts(body))
    assert "逆变器" in posts["电工小马"]
    assert "报备" in posts["物业老周"] and "大风天" in posts["物业老周"]
    # the quoted words are 房东群's, printed as theirs, not as the answerer's own sentence
    assert "房东群：阳台外挂任何设备都要先报备" in body
    assert not any(line.startswith("阳台外挂任何设备") for line in body.split("\n"))
    assert "赞同 230" not in body and "赞同230" not in body
    assert "一天能充一半电" in posts["Sunny阳光"]
