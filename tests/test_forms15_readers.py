"""Generic structure readers for received forms no corpus has (session 15): authored blocks, labelled
metadata rows, meeting records and the speaker turns of unlabelled interviews. Every form here is
synthetic, on topics unlike the corpora's."""

from __future__ import annotations

from pathlib import Path

from generator.clean import clean
from generator.model import POST_HEADING

FIX = Path(__file__).resolve().parent / "fixtures" / "forms15"


def load(name: str):
    return clean((FIX / name).read_text(encoding="utf-8"), source=name)


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def headings(body: str) -> list[str]:
    return [p[4:] for p in paras(body) if p.startswith("### ")]


# -- chat exports: the app's lines and quotes are no sender's words ---------------------------------

def test_a_chats_notices_placeholders_and_repeated_quotes_leave_the_senders_words():
    c = load("chat.txt")
    ps = paras(c.body)
    assert "李建国：我家老人八十多了，住十二楼，这一周怎么下楼？" in ps  # no [图片] glued on
    assert "李建国：上次也说三天，结果拖了半个月。" in ps  # the quote of 王物业 and the join notice gone
    assert "加入了群聊" not in c.body and "引用" not in c.body and "[图片]" not in c.body
    gone = {e.before for e in c.audit if e.action == "removed"}
    assert {"[图片]", "引用：王物业：预计3月15日到货", '"赵静"加入了群聊'} <= gone


def test_a_one_line_chat_drops_recall_notices_and_voice_placeholders_between_messages():
    c = load("chat1.txt")
    assert "撤回" not in c.body and "[语音]" not in c.body and "「周敏" not in c.body
    assert "孙小雨：我带两个朋友可以吗。" in paras(c.body)


def test_a_quote_of_words_not_on_the_page_stays_a_quote_of_the_other_author_and_a_pat_leaves():
    c = load("chat2.txt")
    ps = paras(c.body)
    assert "> 镇里：明天起开放第二安置点" in ps  # a quote, set apart, never the sender's words
    assert "刘会计：那第二安置点谁负责？" in ps
    assert "陈书记：好的，九点前把名单报给我。" in ps  # "拍了拍" is the app's notice


# -- forum replies numbered "#3", in traditional script, with a quoted line ----------------------------

def test_hash_numbered_posts_get_post_headings_and_a_reply_under_a_quote_is_the_posters():
    c = load("forum_hant.txt")
    heads = [POST_HEADING.match(h) for h in headings(c.body)]
    assert [(m.group("num"), m.group("name"), m.group("date")) for m in heads] == [
        ("1", "海風阿伯", "2025-07-02"), ("2", "小魚媽咪", "2025-07-02"), ("3", "管委會主委", "2025-07-03")]
    assert "50元太貴了，小孩子一週去三次就是600元。" in paras(c.body)  # not "> 50元…" (a quote)


# -- authored blocks with labelled author rows (also the fixture cases in clean/authored_blocks.txt) ---

def test_letters_each_under_its_author_row_are_blocks_of_their_authors_not_one_byline():
    raw = (FIX.parent / "clean" / "authored_blocks.txt").read_text(encoding="utf-8").split("\n.\n")[1]
    c = clean(raw)
    heads = [POST_HEADING.match(h) for h in headings(c.body)]
    assert all(heads) and [m.group("name") for m in heads] == ["郑大海", "林美华", "公交三公司客服中心"]
    assert heads[0].group("role") == "退休教师" and heads[1].group("date") == "2025-06-04"
    assert not c.meta.get("author")  # three writers: no byline for the page
    assert "来信一" not in c.body and "作者：" not in c.body


# -- labelled metadata rows -----------------------------------------------------------------------

def test_a_row_of_bold_labels_without_colons_is_read_as_fields_not_made_a_heading():
    c = load("meta_bold_hant.md")
    assert (c.meta.get("author"), c.meta.get("date")) == ("林志偉", "2025-04-22")
    assert "記者" not in c.body and "發布時間" not in c.body
    assert c.body.startswith("台東縣政府宣布")


def test_a_web_pages_info_row_glued_from_its_spans_gives_the_source_and_a_read_counter_leaves():
    c = load("meta_rows.html")
    assert "市民政局" in (c.meta.get("author"), c.meta.get("outlet"))
    assert c.meta.get("date") == "2025-04-03"
    c = load("meta_top.md")
    assert (c.meta.get("outlet"), c.meta.get("author")) == ("青海日报客户端", "马云霞")
    assert "浏览次数" not in c.body and c.body.startswith("三江源国家公园管理局")


# -- meeting records --------------------------------------------------------------------------------

def test_minutes_rows_are_the_meetings_record_and_the_chair_is_no_author():
    raw = (FIX.parent / "clean" / "meeting_rows.txt").read_text(encoding="utf-8").split("\n.\n")[1]
    c = clean(raw)
    assert c.meta.get("author") != "陈立平" and c.meta.get("date") == "2025-04-08"
    table = paras(c.body)[0]
    assert table.startswith("| 时间 | 地点 | 主持人 | 出席 | 记录人 |") and "吴小燕" in table
    assert "陈立平：经费的事我去找街道文化站申请。" in paras(c.body)  # the turns stay turns


# -- speaker turns ---------------------------------------------------------------------------------

def test_labelled_transcripts_keep_their_turns_in_every_label_shape():
    ps = paras(load("interview.md").body)
    assert "主持人：最难的是什么？" in ps and ps[-1].startswith("林业站站长郝明：老魏这样的护林员")
    ps = paras(load("transcript_plain.txt").body)
    assert any(p.startswith("谢永红（城西菜市场管理办公室主任）：市场建于1998年") for p in ps)
    assert any(p.startswith("谢永红：我们在北侧空地") for p in ps)


def test_an_unlabelled_vlog_guest_who_greets_back_and_gives_a_name_starts_a_turn():
    ps = paras(load("vlog_intro.srt").body)
    assert ps[0].endswith("阿姨您好能跟大家介绍一下自己吗？")  # the host's words stay unlabelled
    assert ps[1].startswith("杨秀英：你好我叫杨秀英在寨子里开农家乐开了八年")


def test_an_unlabelled_podcast_alternates_guest_answers_and_the_hosts_questions():
    ps = paras(load("podcast_timed.txt").body)
    guest = [p for p in ps if p.startswith("邓国华：")]
    host = [p for p in ps if p.startswith("主播小周：")]
    assert guest[0].startswith("邓国华：大家好我叫邓国华") and guest[1].startswith("邓国华：有啊一个月能有五六十块")
    assert any("邓师傅现在还有人来修机械表吗" in p for p in host)  # the host addresses the guest: the host's
    assert not any("修机械表吗" in p for p in guest) and not any("谢谢邓师傅" in p for p in guest)


def test_a_name_given_without_the_hosts_invitation_starts_no_turn():
    c = load("vlog_no_guest.srt")
    assert "：" not in c.body  # "你好我叫什么不重要" after no invitation: nobody's turn


# -- comments: a reply addressed "@X" with no colon is a reply of its own ------------------------------

def test_a_reply_to_another_commenter_by_handle_is_its_own_comment_never_glued_to_the_one_above():
    for name, gone_into, reply in (
            ("comments_plain.txt", "晴天娃娃2019：支持，上次去垃圾遍地", "网友（回复江边散步的猫）：年卡据说100元"),
            ("comments_hant.txt", "阿德仔：測試本來就該做完整", "網友（回覆阿德仔）：做完整也不用拖兩年"),
            ("comments_md.md", "夜班护士小孟：我上夜班根本取不了，12小时太短了", "网友（回复夜班护士小孟）：可以让快递员放驿站")):
        ps = paras(load(name).body)
        assert gone_into in ps and reply in ps, (name, ps)


# -- the paper's own boxed piece beside the article ------------------------------------------------

def test_the_papers_boxed_piece_is_kept_after_the_article_under_its_label_and_headline():
    for name, head, words in (
            ("box_afterword.html", "## 编后：屏幕两端都要有人", "让技术真正缩小差距，还得在山区教师的培训和待遇上多下功夫。"),
            ("box_notes_hant.html", "## 記者手記：一座市場的記憶", "希望新市場蓋好的那天，老攤商都還在。"),
            ("box_sidebar.html", "## 快评：共享车位，先共享信任", "居民按时驶离，单位不随意收回，这项便民措施才能长久。")):
        c = load(name)
        ps = paras(c.body)
        assert head in ps, (name, ps)
        assert ps.index(head) > 1 and any(p.startswith(words) for p in ps[ps.index(head):]), (name, ps)
    assert "热门推荐" not in load("box_sidebar.html").body and "相關新聞" not in load("box_notes_hant.html").body
