"""A post's stamp line carrying the app it was sent from and an edit note ("9-18 20:55 · 来自 微博 weibo.com · 修改于
9-18 21:10", "下午3:05 · 發自 Android · 已編輯", "编辑于 03-02 21:05 · 来自 iPhone客户端 · IP属地：浙江") is the post's stamp:
it leaves the text (recorded), never glued to the post's first line; a poster's card under the name ("粉丝 1.2万 ·
关注 88") is no comment of theirs.

The phenomenon: a saved post prints under its poster a stamp of its time, the client and whether it was edited; each
piece is set apart by a separator. Read by shape (clean rule post_stamps, linekinds.is_stamp), never by a site's
name. Invented pages: a cycling club's Weibo-style post, a tea house's Facebook-style post in traditional script, an
app note on balcony tomatoes; none of the corpora has these forms or topics.
"""

from generator.clean import clean
from generator.clean import linekinds as lk

WEIBO = '城南骑行俱乐部\n粉丝 1.2万 · 关注 88\n9-18 20:55 · 来自 微博 weibo.com · 修改于 9-18 21:10\n\n周末绿道夜骑活动改期了，原定周六晚上的路线因为施工临时封闭，改到下周日早上七点出发。\n\n这次路线全长三十公里，中途在湿地公园补给，新手可以跟收尾组慢慢骑。\n\n全部评论（3）\n\n风一样的小陈\n早上七点太早了吧，能不能改到八点？\n9-18 21:20 · 回复 · 赞 12\n\n骑车的阿敏\n收尾组会等人吗？我上次掉队了没人管。\n9-18 21:32 · 回复 · 赞 5\n\n老杨爱爬坡\n支持改期，夜骑施工路段确实危险。\n9-18 22:01 · 回复 · 赞 30\n'

FANPAGE = '山城茶室\n2026年3月2日 下午3:05 · 發自 Android · 已編輯\n\n老茶室下個月要搬到河邊的舊倉庫，原址的租約到期，房東不再續租。\n\n新店面積大一倍，會保留原本的木桌和老茶具，開幕第一週所有茶點打八折。\n\n林阿姨\n搬去河邊好啊，停車比較方便。\n3月2日 下午4:10 · 讚 8 · 回覆\n\n陳先生\n舊倉庫夏天會不會太熱？希望有裝冷氣。\n3月2日 下午5:22 · 讚 3 · 回覆\n'

APPNOTE = '阳台种菜小记\n编辑于 03-02 21:05 · 来自 iPhone客户端 · IP属地：浙江\n\n今年第一次在阳台种番茄，三月初播种，现在已经长出四片真叶，每天晒太阳四个小时左右。\n\n最大的问题是浇水，盆土干得很快，我改成每天早上浇一次，叶子就不再发蔫了。\n\n评论 2\n\n绿手指小王\n番茄要多晒太阳，四个小时有点少。\n03-02 22:10 · 赞 6 · 回复\n\n阿花的菜园\n盆底记得垫陶粒，不然容易烂根。\n03-03 08:30 · 赞 2 · 回复\n'


def _first(body: str) -> str:
    return next(line for line in body.split("\n") if line.strip())


def test_a_stamp_with_its_client_and_edit_note_leaves_a_weibo_style_post():
    r = clean(WEIBO, source="club.txt")
    assert _first(r.body).startswith("周末绿道夜骑活动改期了"), r.body
    assert "来自" not in r.body and "修改于" not in r.body and "weibo.com" not in r.body
    # the poster's card is no comment: nobody says "粉丝 1.2万"
    assert "粉丝" not in r.body
    assert "风一样的小陈：早上七点太早了吧" in r.body
    assert any("来自" in e.before and e.action in ("removed", "metadata") for e in r.audit), [e.before for e in r.audit]


def test_a_traditional_stamp_sent_from_a_phone_and_edited_leaves_the_post():
    body = clean(FANPAGE, source="tea.txt").body
    assert "發自" not in body and "已編輯" not in body and "下午3:05" not in body, body
    assert "老茶室下個月要搬到河邊的舊倉庫" in body
    assert "林阿姨：搬去河邊好啊" in body


def test_an_app_note_stamp_with_client_and_ip_place_leaves_and_prose_stays():
    body = clean(APPNOTE, source="note.txt").body
    assert _first(body).startswith("今年第一次在阳台种番茄"), body
    assert "IP属地" not in body and "编辑于" not in body
    assert "阿花的菜园：盆底记得垫陶粒" in body


def test_a_client_alone_or_in_a_sentence_is_no_stamp():
    assert lk.is_stamp("9-18 20:55 · 来自 微博 weibo.com · 修改于 9-18 21:10")
    assert not lk.is_stamp("来自 iPhone")
    assert not lk.is_stamp("来自北京的朋友说，今天10:00见")
