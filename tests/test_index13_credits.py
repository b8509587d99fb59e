"""Names a document's structure gives outside its prose: a news page's credits (reporter,
correspondent, editor, photographer: "韩雪摄" names 韩雪, never "韩雪摄"), an official paper's contact,
clerk, copied bodies and signature, a meeting's attending bodies, a programme's crew, and the body a
person's role names before the title. On small synthetic sources written for these tests (a
county library, a ferry timetable, a school canteen, a river clean-up: invented names), run through
the cleaner as an editor's sources are."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namecredits import photo_credit_name, text_credits
from generator.pipeline import Settings, build


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 夜间服务\n  terms: [夜间, 夜班]\n", encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    result = build(Settings(root=root, pdf=False, site_name="测试"))
    return result.analysis


def _by_name(analysis):
    return {n: e for e in analysis.entities for n in (e.name, *e.aliases)}


NEWS_PAGE = """松江晚报 > 社会 > 正文

县图书馆通宵自习室开放首周 座位天天满

2025-03-09 07:50　来源：松江晚报　作者：蒋一鸣

本报讯（记者 蒋一鸣 通讯员 柏小川）3月8日晚，县图书馆通宵自习室迎来开放后的第一个周末，座位全部约满。

[图片]
▲深夜仍在自习的读者。蒋一鸣摄

“终于不用去咖啡馆熬夜了。”在读研究生的读者说。

松江县图书馆馆长卢秋云介绍，通宵自习室共设座位120个，实行线上预约。

[图片]
▲自习室入口的预约屏。柏小川 摄

责任编辑：齐海燕
"""

OFFICIAL_REPLY = """青禾县交通运输局

关于县人大十届二次会议第0032号建议的答复

邵文涛代表：

您提出的《关于增加渡口夜班船次的建议》收悉。经商县财政局、县海事处，现答复如下：

一、自今年4月1日起，渡口夜班增加至每晚三班。

二、所需补贴由县财政局统筹安排。

感谢您对交通工作的关心。

青禾县交通运输局
2025年3月20日

（联系人：符佳宁，联系电话：0571-66881234）

抄送：县人大常委会人事代表工作委员会，县政府办公室
"""

MINUTES = """学校食堂改造工作协调会纪要

时间：2025年2月18日下午
地点：教育局二楼会议室
参会人员：温国栋（县教育局副局长）、钟雅琴（城东小学校长）、覃志刚（县市场监督管理局食品科科长）
列席单位：县卫生健康局、县住房和城乡建设局
记录：蓝晓慧

会议听取了城东小学关于食堂改造方案的汇报，议定3月底前完成招标。
"""

PROGRAMME = """河清了，鱼回来了——乌溪治理三年记

来源：临川广播电视台

乌溪治理指挥部办公室主任滕家明说，三年来沿河关停排污口42个。

问：治理最难的是什么？

答：是沿岸养殖场的搬迁。

（记者 阎书豪　摄像 查卫东　剪辑 鲁欣然）
"""


def test_credits_in_four_forms_name_people_and_bodies_never_the_credit_words(tmp_path):
    analysis = _build(tmp_path, {"000_news.txt": NEWS_PAGE, "001_reply.txt": OFFICIAL_REPLY,
                                 "002_minutes.txt": MINUTES, "003_programme.txt": PROGRAMME})
    names = _by_name(analysis)
    for person in ("蒋一鸣", "柏小川", "齐海燕", "符佳宁", "蓝晓慧", "阎书豪", "查卫东", "鲁欣然"):
        assert person in names and names[person].kind == "person", person
    assert names["柏小川"].role.endswith("通讯员")
    assert names["齐海燕"].role.endswith("责任编辑")
    assert names["符佳宁"].role.endswith("联系人")
    for body in ("县人大常委会人事代表工作委员会", "县政府办公室", "县卫生健康局"):
        assert body in names and names[body].kind == "org", body
    assert not {"蒋一鸣摄", "柏小川摄", "柏小川 摄"} & set(names)  # the photo credit's words are no name
    assert not any(n.startswith(("记者", "通讯员", "责任编辑", "摄像")) for n in names)


def test_the_body_a_role_names_before_its_title_is_listed(tmp_path):
    analysis = _build(tmp_path, {"000_news.txt": NEWS_PAGE, "003_programme.txt": PROGRAMME})
    names = _by_name(analysis)
    assert "松江县图书馆" in names and names["松江县图书馆"].kind == "org"
    assert "乌溪治理指挥部办公室" in names or "乌溪治理指挥部" in names
    assert names["卢秋云"].kind == "person"


def test_a_department_in_a_role_or_a_verb_after_a_label_is_no_name():
    assert text_credits("记者从县图书馆获悉，编辑部表示将加开夜班。") == []
    assert text_credits("他拍摄了照片，航拍摄影很受欢迎。") == []
    assert photo_credit_name("游客摄") == ""  # a word of the dictionary, no surname and given name
    assert photo_credit_name("蒋一鸣 摄") == "蒋一鸣"
    assert ("县政府办公室", "org", "") in text_credits("抄送：县政府办公室、县财政局")
    assert text_credits("抄送：相关单位、各乡镇") == []  # a list of kinds names no body


def test_credits_in_traditional_script(tmp_path):
    page = ("港灣日報 > 社會 > 正文\n\n渡輪夜班加開 首晚乘客逾千\n\n2025-04-02 08:10　來源：港灣日報\n\n"
            "本報訊（記者 龐嘉怡 通訊員 韋志遠）4月1日晚，青禾渡口夜班渡輪首次加開，乘客逾千人次。\n\n"
            "青禾縣交通運輸局副局長祁永康表示，夜班將持續至年底。\n\n責任編輯：甘麗珠\n")
    names = _by_name(_build(tmp_path, {"000_ferry.txt": page}))
    for person in ("庞嘉怡", "韦志远", "甘丽珠"):
        assert person in names and names[person].kind == "person", person


def test_phrases_that_open_a_line_like_a_name_are_no_names(tmp_path):
    forum = ("云栖论坛 » 家长杂谈 » 食堂改造后饭菜怎么样？\n\n楼主：青豆妈妈　发表于 2025-3-20 10:12\n\n"
             "先说结论：比以前好，就是贵了点。孩子说菜量够。\n\n沙发　橘子爸爸　发表于 2025-3-20 10:40\n\n"
             "说个结论：价格要公示，家委会要盯着。\n")
    stream = ("直播回放｜食堂供应商见面会\n\n2025-03-22 19:30 发布于 城东\n\n"
              "主持人：今天请到了供应商代表。\n\n标到800：一学期的餐费，家长们觉得高不高？\n\n"
              "涨到300：每月伙食补贴据说要调整，城东小学校长钟雅琴表示正在测算。\n")
    notice = ("城东小学关于食堂收费调整的通知\n\n各位家长：\n\n先说结论：本学期餐费不变。\n\n"
              "再说明一点：食堂由青禾县市场监督管理局每月抽检。\n\n城东小学\n2025年3月1日\n")
    names = _by_name(_build(tmp_path, {"000_forum.txt": forum, "001_stream.txt": stream, "002_notice.txt": notice}))
    assert not {"先说结论", "说个结论", "标到800", "涨到300"} & set(names)
    assert "钟雅琴" in names and "青禾县市场监督管理局" in names  # real names in the same lines stay


def test_a_local_body_keeps_its_place_and_a_domain_joined_by_he():
    from generator.analyse.namecandidate import Candidate  # noqa: F401  (the finder's own type)
    from generator.analyse.namefind import find_candidates

    def found(text):
        return {c.name for c in find_candidates(text)}

    # an official reply, a news report, a notice: the place's name and both fields of the domain stay
    assert "市住房和城乡建设局" in found("经商市住房和城乡建设局、市财政局，现答复如下：")
    assert "桐庐县文化和广电旅游体育局" in found("记者从桐庐县文化和广电旅游体育局获悉，夜游线路将增至五条。")
    assert "青禾县市场监督管理局" in found("食堂由青禾县市场监督管理局每月抽检。")
    assert "城乡建设局" not in found("经商市住房和城乡建设局、市财政局，现答复如下：")  # never the half
    # two bodies joined by 和 stay two; a common word ending on the level's letter names none
    names = found("会议认为，应纳入区卫健委和区教育局的联合行动。")
    assert "区卫健委和区教育局" not in names
    assert not found("超市管理局之类的说法是玩笑。") & {"超市管理局", "市管理局"}


def test_accounts_of_a_thread_a_timeline_and_a_comment_section_are_listed_whole(tmp_path):
    forum = ("百姓论坛 » 出行 » 渡口夜班到底方不方便？\n\n只看楼主  收藏  回复\n\n"
             "1楼  老船工阿福  Lv.9 资深会员\n夜班船开了一周，我天天坐，准点率还行，就是候船室没空调。\n"
             "2024-07-02 21:40  回复(3)\n\n"
             "2楼  江边的9号  Lv.4\n回复 老船工阿福 ：\n候船室下个月装空调，码头公告写了。\n2024-07-02 22:05  回复(1)\n")
    timeline = ("微博　首页　发现\n\n──────────\n渡口观察员小温 V\n7月3日 08:12 来自 iPhone客户端\n"
                "夜班渡轮第一周客流过万，比预想的好。\n转发 12　｜　评论 30　｜　赞 88\n"
                "　回复 @爱坐船的橘子：晚上十点那班人最多。\n")
    comments = ("渡口夜班体验｜晚风真舒服\n\n2024-07-04 20:41 发布于 江城\n\n昨晚坐了十点的夜班船，江风很舒服。\n\n"
                "————共3条评论————\n\n不吃香菜的猫：船票多少钱？\n\n半夏回复不吃香菜的猫：两块钱，刷公交卡。\n")
    names = _by_name(_build(tmp_path, {"000_forum.txt": forum, "001_weibo.txt": timeline, "002_note.txt": comments}))
    for handle in ("老船工阿福", "江边的9号", "渡口观察员小温", "爱坐船的橘子", "不吃香菜的猫"):
        assert handle in names and names[handle].kind == "person", handle
    assert not {"爱坐船", "渡口观察员", "老船工", "江边"} & set(names)  # never a piece of an account's name


def test_a_reply_in_prose_names_no_account():
    assert text_credits("这篇文章与我数次得到的回复一样：标准八股。") == []
    assert text_credits("他回复道：好的，明天见。") == []
    assert ("阿宽", "person", "handle") in text_credits("回复 阿宽：对，下个月开。")



def test_counts_verbs_and_market_words_glued_to_names_are_no_names():
    from test_index import _article, _run

    report = _article("r", "青禾船厂力争三年内形成年产150艘的产能，船体结构约占X200整机价值的三成。"
                           "建议关注江城动力机械有限公司旗下相关标的。据本报记者梳理，青禾渡运涨幅居前，"
                           "青禾渡运相关负责人表示将增开航线。", date="2024-07-05", outlet="江城日报")
    shop = _article("s", "渡口旁的咖啡店平日一更要做300多杯，周末翻倍。下转A4版", date="2024-07-06")
    wire = _article("w", "曜帆007、鸿翎H7等新船型首当其冲。", date="2024-07-07",
                    outlet="https://www.jiangcheng.com.tw/news/20240707/ferry")
    analysis = _run(report, shop, wire)
    names = {n for e in analysis.entities for n in (e.name, *e.aliases)}
    assert not {"年产", "年产150", "约占", "据本报", "青禾渡运涨幅", "青禾渡运相关负责人", "要做", "要做300",
                "下转", "下转A4", "关注江城动力机械有限公司"} & names, names
    assert not {"https:", "news", "20240707", "ferry", "www.jiangcheng.com.tw"} & names  # an address names no one
    assert "江城动力机械有限公司" in names  # the company stays, without the verb before it
    assert {"曜帆", "曜帆007", "鸿翎H7"} <= names  # a brand and its model's code stay


def test_people_named_by_surname_and_honorific_and_a_mastheads_paper():
    from test_index import _article, _run

    news = _article("n", "“船票不贵，就是要早点来。”来自青禾的旅客陈女士说，她每周都坐夜班船。", date="2024-07-05")
    hk = _article("h", "渡口旁咖啡店東主林先生表示，夜班船開通後生意多了一成。", script="zh-Hant", date="2024-07-06")
    feature = _article("f", "就读江城大学的李同学说，夜班船让她周末能回家。张伟说，船上很安静。"
                            "张先生表示还会再来。", date="2024-07-07")
    # (张先生 of an article that names 张伟 in full is not added by this rule: see anonymous_people)
    analysis = _run(news, hk, feature)
    names = {n for e in analysis.entities for n in (e.name, *e.aliases)}
    assert {"陈女士", "林先生", "李同学"} <= names, names
    e = next(e for e in analysis.entities if e.name == "陈女士")
    assert e.kind == "person" and {m.article for m in e.mentions} == {"n"}
    assert ("东方航运日报", "org", "") in text_credits("东方航运日报　　　2024年7月5日 星期五")
    assert text_credits("今天是2024年7月5日星期五") == []


def test_a_title_glued_to_the_next_word_and_a_pages_tabs_are_no_names():
    from test_index import _article, _run

    notice = _article("a", "## 四、董事会声明\n\n公司董事会确认，没有应披露而未披露的事项。", date="2024-07-05",
                      outlet="青禾渡运股份有限公司")
    hk = _article("h", "## 五、委員會聲明\n\n委員會主席陳家明表示，將增開航線。", script="zh-Hant", date="2024-07-06")
    note = _article("n", "昨天坐了夜班船，江风很舒服。", date="2024-07-07", outlet="小红书　发现", author="简介")
    analysis = _run(notice, hk, note)
    names = {n for e in analysis.entities for n in (e.name, *e.aliases)}
    assert not {"会声明", "会声明", "发现", "简介"} & names, names
    assert "陈家明" in names and "小红书" in names  # the chairman and the platform stay
