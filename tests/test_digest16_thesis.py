"""A digest's thesis is what the article is about, never a line that states nothing of it or evidence it
cites: a shared link's title in a chat, a greeting opening a press briefing, another party's estimate
in an investor's blog post. A text of provisions (a residents' committee's rules with numbered
articles) is summed up by what it changes, from when and by how much, not its preamble. Forms no
development corpus has, on topics unlike every corpus."""

from __future__ import annotations

from tests.test_index import _article, _run

#: a club's chat export: a member shares a link whose title ends on its site's name
CHAT = "\n\n".join([
    "【青岚夜跑团】群聊记录 2024-04-02",
    "2024/4/2 21:03:11 跑团小周：青岚马拉松报名费涨到了260元，还要抽签，今年还去不去？",
    "2024/4/2 21:05:40 老孟：青岚马拉松组委会回应报名费上涨：成本增加，名额不变 | 体育快讯",
    "2024/4/2 21:08:02 阿琳：报名费涨了六十块，补给和奖牌却没变，我觉得组委会应该公开成本明细。",
    "2024/4/2 21:10:25 跑团小周：我们跑团可以组织大家一起去隔壁县的半程马拉松，报名费只要一百二。",
    "2024/4/2 21:12:47 团长老韩：【群公告】本群禁止发广告、禁止卖号转让名额，违者移出群聊。",
])

#: a press briefing's transcript opening with the host's greeting
BRIEFING = "\n\n".join([
    "市园林局副局长许蔓：各位媒体朋友，大家上午好！",
    "许蔓：今年全市新增口袋公园42个，城区居民步行十分钟可达公园的比例提高到了83%。",
    "许蔓：由于部分老城区用地紧张，明年新增的口袋公园将主要利用边角地和拆违腾退空间建设。",
    "青岚日报记者：很多市民反映口袋公园建好以后没人管，养护经费从哪里来？",
    "许蔓：养护经费纳入区级财政预算，每个公园每年约8万元。",
])

#: an investor's blog post: the author's view, with a brokerage's estimate cited in support
BLOG = "\n\n".join([
    "储能板块这周又跌了，很多人问我还能不能拿。",
    "第一，据某头部券商电新团队测算，到2027年国内新型储能装机规模有望突破180吉瓦。",
    "第二，对储能企业，我的判断是短期承压、中长期利好头部企业，因为储能是电网离不开的刚需。",
    "$宁远储能(SZ300999)$ $青岚电气(SH603999)$ 本周两家公司股价都跌了一成多，价格战洗掉小厂之后，头部企业的议价能力反而会提高。",
    "去年国内储能电池出货量大约200吉瓦时，有机构预计2030年将达到1000吉瓦时以上。",
    "储能小散：//@电网老王：补充一句，今年多个省份出台了新能源配储的新要求，需求端不用太担心。",
])

#: a residents' committee's parking rules, numbered articles after a preamble
RULES = "\n\n".join([
    "为缓解小区停车难，维护公共通道畅通，保障居民出行安全，经业主大会表决，制定本规定。",
    "第一条本规定适用于青岚花园小区地面及地下停车位的管理。",
    "第二条自2024年7月1日起，地面临时停车费由每小时2元调整为每小时5元，每日封顶30元。",
    "第三条地下固定车位月租金由300元逐步提高至360元，分两年完成。",
    "第四条消防通道禁止停车，违者由物业通知挪车并记录在案。",
    "第五条本规定由业主委员会负责解释。",
])


def _summary(slug, body, **kw):
    return _run(_article(slug, body, **kw)).digests[0].summary


def test_a_shared_links_title_is_never_a_chats_summary_line():
    summary = _summary("runclub", CHAT, title="青岚夜跑团群聊记录", date="2024-04-03")
    assert summary, summary
    texts = [line.text for line in summary]
    assert not any("体育快讯" in t for t in texts), texts
    assert not any("群公告" in t or "本群禁止" in t for t in texts), texts  # the group's rules, not a position
    assert any("公开成本明细" in t or "260元" in t for t in texts), texts


def test_a_greeting_is_never_a_briefings_thesis():
    summary = _summary("parks", BRIEFING, title="市园林局新闻发布会实录", date="2024-12-20")
    assert summary and summary[0].role == "thesis"
    texts = [line.text for line in summary]
    assert not any("上午好" in t for t in texts), texts
    assert "42个" in summary[0].text or "83%" in summary[0].text, summary[0]
    assert not any("从哪里来" in t for t in texts), texts  # an outlet's reporter asks: no thesis, no point


def test_another_partys_estimate_is_not_the_posts_thesis():
    summary = _summary("storage", BLOG, title="储能还能拿吗", date="2024-03-08")
    thesis = summary[0]
    assert thesis.role == "thesis"
    assert "测算" not in thesis.text and "预计" not in thesis.text, thesis
    # the author's judgement, though it is a numbered item, without its ordinal
    assert "中长期利好" in thesis.text and not thesis.text.startswith("第二"), thesis
    texts = [line.text for line in summary]
    assert not any("$" in t for t in texts), texts  # cashtags are markup, not words
    # a repost that adds nothing is the reposted writer's words
    assert not any(t.startswith("储能小散") for t in texts), texts


def test_a_text_of_provisions_is_summed_up_by_what_it_changes():
    summary = _summary("parking", RULES, title="青岚花园小区停车管理规定", date="2024-06-20")
    thesis = summary[0]
    assert thesis.role == "thesis"
    assert "调整为" in thesis.text or "提高至" in thesis.text, thesis  # a change with its numbers
    assert "为缓解小区停车难" not in thesis.text, thesis  # not the preamble's rationale
    texts = [line.text for line in summary]
    assert any("5元" in t for t in texts) and any("360元" in t for t in texts), texts
    # a summary line reads alone: the article number that points into the text is not kept
    assert not any(t.startswith("第二条") or t.startswith("第三条") for t in texts), texts
