"""Received forms the cleaner had not seen: a live blog, a research note exported from PDF, an
e-mail newsletter (CRLF), a broadcast transcript and a forum post, each saved as text.

The pages in ``tests/fixtures/intake9/`` are made up for the test. Each test checks what a reader
notices: the title (the real headline, never a header, toast or greeting), outlet, author and date;
that every furniture line left the body and is in the cleaning record; that every sentence of the
body is still there, one entry, turn, item or bullet per paragraph; and that nothing was lost
(every character of the raw page is in the body or in an audit entry).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.clean import clean
from intake_check import missing, paragraphs

HERE = Path(__file__).parent / "fixtures" / "intake9"


def load(name):
    raw = (HERE / name).read_bytes().decode("utf-8")
    return raw, clean(raw, source=name)


def gone(cleaned, line):
    """``line`` left the body and a removing audit entry holds it."""
    text = line.strip()
    return text not in cleaned.body and any(
        e.action in ("removed", "metadata", "set_aside") and text in e.before for e in cleaned.audit)


def sentences(text):
    return [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if len(s) > 6]


def body_kept(cleaned, sents):
    flat = re.sub(r"\s", "", cleaned.body)
    return [s for s in sents if re.sub(r"\s", "", s) not in flat]


# -- 1. a live blog ------------------------------------------------------------------------------

def test_a_live_entry_without_a_full_stop_is_not_joined_to_the_next():
    raw = "10:42\n海事局通报，三十六艘货轮进港避风\n分享 8 | 评论 1 | 赞 20\n10:15\n港务集团宣布，码头暂停作业。\n"
    assert [p[:9] for p in paragraphs(clean(raw))] == ["### 10:42", "海事局通报，三十六", "### 10:15", "港务集团宣布，码头"]


def test_live_blog_entries_stay_one_per_paragraph_with_their_times_and_furniture_goes():
    raw, c = load("liveblog.txt")
    assert c.meta["title"] == "台风“海燕”登陆南部沿海，港口航运全天动态"
    assert c.meta["outlet"] == "晨光网" and c.meta["date"] == "2023-09-02"
    assert c.meta["author"] == "王海、赵晴" and "李雪" in c.meta["editors"]
    for line in ("晨光网 > 财经 > 直播", "刷新 | 按时间正序 | 按时间倒序", "沪指 3125.42 +0.35% 深成指 10234.11 -0.12% 创业板 2031.50 +0.08%",
                 "分享 12 | 评论 3 | 赞 45", "分享 5 | 评论 0 | 赞 9", "（记者 王海 编辑 李雪）", "查看更多",
                 "【广告】秋季理财节 稳健产品年化收益3.2%起 立即预约"):
        assert gone(c, line), line
    paras = paragraphs(c)
    assert [p for p in paras if p.startswith("#")] == ["### 11:05", "### 10:42", "### 10:15", "### 09:30"]
    # each entry is the paragraph under its time
    assert [paras[paras.index(h) + 1][:4] for h in ("### 11:05", "### 09:30")] == ["气象台最", "铁路部门"]
    entries = [s for s in sentences(raw[raw.index("11:05"):]) if "记者" not in s]
    assert len(entries) == 7 and not body_kept(c, entries)
    assert not missing(raw, c)


# -- 2. a research note exported from PDF ------------------------------------------------------

def test_research_note_loses_its_page_furniture_and_legal_tail_and_keeps_bullets_and_table():
    raw, c = load("research.txt")
    assert c.meta["title"] == "远航物流（600999）：三季度运价回落，海外仓扩张支撑长期增长"
    assert c.meta["outlet"] == "华岳证券研究所" and c.meta["date"] == "2023-10-18"
    assert c.meta["author"] == "陈思远"
    assert "S0110521080002" not in c.body and "@" not in c.body
    for line in ("华岳证券研究所 | 公司研究 | 2023年10月18日", "第 2 页 / 共 3 页", "分析师声明", "免责声明",
                 "本报告署名分析师具有中国证券业协会授予的证券投资咨询执业资格，以勤勉的职业态度独立、客观地出具本报告。",
                 "买入：预期未来6个月内股价相对基准指数涨幅超过15%；"):
        assert gone(c, line), line
    assert "请务必阅读" not in c.body and "**" not in c.body and "■" not in c.body
    paras = paragraphs(c)
    assert paras[0].startswith("三季度业绩低于预期。公司前三季度")
    assert sum(p.startswith(("三季度业绩", "海外仓扩张", "盈利预测与估值", "风险提示")) for p in paras) == 4
    assert "BlueWave Logistics公司" in c.body
    assert "| 营业收入（亿元） | 265.1 | 248.0 | 279.5 | 310.2 |" in c.body
    body = raw[raw.index("**■ 三季度"):raw.index("分析师声明")]
    assert not body_kept(c, [s.replace("Logis-\ntics", "Logistics") for s in sentences(body.replace("**", "").replace("■ ", ""))])
    assert not missing(raw.replace("-\n", "\n"), c)


# -- 3. an e-mail newsletter with CRLF line ends -------------------------------------------------

def test_newsletter_items_become_headed_sections_and_the_mail_furniture_goes():
    raw, c = load("newsletter.txt")
    assert "\r\n" in raw
    assert c.meta["title"] == "港口吞吐量連續三個月回升\u3000航空貨運運價下跌兩成"
    assert c.meta["outlet"] == "港灣財經早報" and c.meta["date"] == "2023-11-06"
    assert any("何嘉欣" in e for e in c.meta["editors"])
    for line in ("如果郵件無法正常顯示，請點擊這裡查看網頁版", "━━━━━━━━━━━━━━━━━━", "親愛的讀者，早安！",
                 "覺得有用？歡迎轉發給朋友。", "不想再收到本郵件？點此取消訂閱｜管理訂閱偏好",
                 "港灣財經有限公司　香港九龍觀塘道88號12樓", "© 2023 港灣財經 版權所有"):
        assert gone(c, line), line
    paras = paragraphs(c)
    assert "## 港口吞吐量連續三個月回升" in paras and "## 港府研究擴建物流園" in paras
    i = paras.index("## 航空貨運運價下跌兩成")
    assert paras[i + 1].startswith("受電商旺季提前結束影響")
    assert not body_kept(c, sentences(raw[raw.index("今天的早報"):raw.index("責任編輯")]))
    assert not missing(raw, c)


# -- 4. a broadcast transcript -------------------------------------------------------------------

def test_transcript_keeps_one_turn_per_paragraph_and_drops_time_codes_ads_and_promo():
    raw, c = load("transcript.txt")
    assert c.meta["title"] == "明年出口会好吗？"
    assert c.meta["outlet"] == "财经夜话" and c.meta["date"] == "2023-12-03" and c.meta["author"] == "林晓"
    for line in ("[00:00:05]", "[00:13:02]", "（广告）", "本节目内容仅供参考，不构成投资建议。", "播出日期：2023年12月3日 | 频道：海风电台FM 96.8"):
        assert gone(c, line), line
    assert "感谢收听" not in c.body and "[00:" not in c.body
    paras = paragraphs(c)
    assert len(paras) == 7 and all(p.startswith(("主持人：", "来宾（周明）：")) for p in paras)
    assert "但是增速不会超过百分之五" in paras[1]  # the wrapped turn is rejoined
    assert not body_kept(c, [s for s in sentences(raw[raw.index("[00:00:05]"):]) if "感谢收听" not in s
                             and "订阅我们" not in s and "平台搜索" not in s])
    assert not missing(raw, c)


# -- 5. a forum / social post --------------------------------------------------------------------

def test_forum_post_is_rejoined_and_loses_profile_counters_toast_and_keeps_comments_apart():
    raw, c = load("forum.txt")
    assert c.meta["title"] == "老街菜市場要拆了，說說我記憶裡的那些攤位"
    assert c.meta["outlet"] == "海港論壇" and c.meta["author"] == "街角的貓咪" and c.meta["date"] == "2023-08-15"
    assert c.meta["tags"] == ["老街記憶", "城市更新"]
    for line in ("Lv.6 資深會員 | 粉絲 1280 | 關注 56", "發布於 2023-08-15 21:40 來自 台灣", "展開全文", "[捂臉][捂臉][淚]",
                 "轉發 35　評論 128　讚 962", "鏈接已複製"):
        assert gone(c, line), line
    article, _, section = c.body.partition("\n## 讀者評論\n")  # the readers' comments: their own section
    assert "小雨點" not in article and "\n小雨點：商場蓋好也不會有這種味道了\n" in section
    assert "回覆" not in section and "讚" not in section
    post = raw[raw.index("小時候"):raw.index("展開全文")]
    assert paragraphs(c)[0].startswith("小時候每個週末都跟著阿嬤去老街菜市場，最記得入口那家賣豆花的攤子，")
    assert not body_kept(c, sentences(post.replace("\n", "")))
    assert not missing(raw, c)


# -- the rules go by the kind of line, and leave text alone --------------------------------------

@pytest.mark.parametrize("line", [
    "分享 3 | 评论 12 | 赞 1.2万", "阅读 2.3万　在看 56", "链接已复制", "复制成功", "[00:41:07]", "[捂脸]", "═══════",
    "查看更多", "按时间倒序 | 自动刷新",
])
def test_furniture_lines_of_any_page_go(line):
    raw = f"港务集团宣布，码头暂停作业至下午四时。\n\n{line}\n\n铁路部门表示，今日停运四十二趟列车。\n"
    c = clean(raw)
    assert line not in c.body and gone(c, line)
    assert len(paragraphs(c)) == 2


@pytest.mark.parametrize("line", [
    "他的帖子获赞 962 次，评论 128 条，成为本周最热的话题。",
    "分享经济在2023年增长了12%。",
    "10:42，海事局通报三十六艘货轮进港避风。",
    "亲爱的读者朋友们，这份早报今天迎来第一千期，感谢你们一路相伴。",
    "免责声明在合同中并不总是有效，法院会逐条审查。",
])
def test_sentences_that_name_counters_times_or_notices_stay(line):
    raw = f"港务集团宣布，码头暂停作业至下午四时。\n\n{line}\n\n铁路部门表示，今日停运四十二趟列车。\n"
    assert re.sub(r"\s", "", line) in re.sub(r"\s", "", clean(raw).body)


def test_a_line_repeated_without_page_numbers_is_not_a_running_header():
    raw = ("老街夜市今晚开市，摊主们早早布置。\n\n口号：一起逛夜市！\n\n游客说，夜市的小吃种类比去年更多。\n\n"
           "口号：一起逛夜市！\n\n主办方表示，夜市将持续到十月底。\n")
    assert clean(raw).body.count("一起逛夜市") == 2


# -- 6. a press release ------------------------------------------------------------------------

def test_press_release_loses_its_label_boilerplate_and_media_contacts():
    raw, c = load("press.txt")
    assert c.meta["title"] == "远航物流发布海外仓二期计划\u3000新增仓储面积四十万平方米"
    assert c.meta["date"] == "2023-11-20" and c.meta["outlet"] == "远航物流" and c.meta["kicker"] == "新闻稿"
    for line in ("关于远航物流", "媒体联系人", "张敏　电话：021-5555 0123　邮箱：press@yuanhang-logistics.com"):
        assert gone(c, line), line
    assert "成立于2003年" not in c.body
    assert paragraphs(c)[0].startswith("2023年11月20日，上海——远航物流股份有限公司今天宣布")
    assert not body_kept(c, sentences(raw[raw.index("2023年11月20日"):raw.index("关于远航物流")]))
    assert not missing(raw, c)


def test_an_about_section_of_an_article_that_is_no_boilerplate_stays():
    raw = ("港务集团宣布，码头暂停作业至下午四时。\n\n铁路部门表示，今日停运四十二趟列车。\n\n关于赔偿\n\n"
           "乘客可在三十日内凭车票申请全额退款，车站另设窗口办理。\n")
    assert "乘客可在三十日内凭车票申请全额退款" in clean(raw).body


@pytest.mark.parametrize("last", [
    "今天的航班全部取消。",
    "主办方表示，明年此时再与市民不见不散。",
    "新馆位于上海市南京路100号3楼",
])
def test_a_news_articles_last_line_is_not_taken_for_a_mail_footer(last):
    raw = ("台风登陆南部沿海，港口全天停航。\n\n海事局通报，三十六艘货轮进港避风。\n\n港务集团宣布，码头暂停作业至下午四时。\n\n"
           "铁路部门表示，今日停运四十二趟列车。\n\n机场方面，全日航班受到影响。\n\n" + last + "\n")
    c = clean(raw)
    assert not [e for e in c.audit if e.rule == "form_furniture"]
    assert re.sub(r"\s", "", last) in re.sub(r"\s", "", c.body) + c.meta.get("title", "")


def test_a_news_section_named_like_a_disclosure_stays():
    raw = ("证监会今天发布新规。\n\n" * 3 + "信息披露\n\n上市公司须在两个交易日内公告重大合同，违者将被处罚。\n\n"
           "新规自明年一月起施行。\n")
    body = clean(raw).body
    assert "两个交易日内公告重大合同" in body and "新规自明年一月起施行" in body


# -- 7. a Q&A site's answer and 8. a listed company's announcement --------------------------------

def test_qa_answer_gives_question_as_title_answerer_as_author_and_loses_its_counters():
    raw, c = load("zhihu.txt")
    assert c.meta["title"] == "如何看待今年港口吞吐量连续三个月回升？"
    assert c.meta["author"] == "港口观察者" and c.meta["date"] == "2023-11-08"
    for line in ("物流行业从业者，十年集装箱码头经验", "1,208 人赞同了该回答", "编辑于 2023-11-08 09:12・IP 属地上海",
                 "赞同 1208　56 条评论　分享　收藏　喜欢", "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"):
        assert gone(c, line), line
    assert paragraphs(c)[0] == "先说结论：这轮回升主要靠转口贸易和补库存，持续性要打个问号。"
    assert not body_kept(c, sentences(raw[raw.index("先说结论"):raw.index("编辑于")]))
    assert not missing(raw, c)


def test_announcement_gives_issuer_title_and_date_and_loses_code_line_guarantee_and_formula():
    raw, c = load("announcement.txt")
    assert c.meta["title"] == "关于签订海外仓长期合作协议的公告"
    assert c.meta["outlet"] == "远航物流股份有限公司" and c.meta["date"] == "2023-11-21"
    for line in ("证券代码：600999        证券简称：远航物流        公告编号：2023-058", "特此公告。", "远航物流股份有限公司董事会",
                 "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"):
        assert gone(c, line), line
    assert "## 二、对公司的影响" in paragraphs(c)
    assert not body_kept(c, sentences(raw[raw.index("一、协议"):raw.index("特此公告")]))
    assert not missing(raw, c)


def test_a_sentence_quoting_a_guarantee_outside_an_announcement_stays():
    raw = "董事会保证本公告内容不存在虚假记载，这是监管要求的格式。\n\n分析人士认为，格式条款并不能免除责任。\n"
    assert "董事会保证本公告内容不存在虚假记载" in clean(raw).body
