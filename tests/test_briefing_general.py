"""Any topic out of the box (issue 13, property 8): with only the topic named, the general
taxonomy places the claims of business, consumer-product, industry and policy stories, not only
those of technology launches. Each story here is invented (companies, people, places) and told by
three outlets in their own words; its recurring claims must be points of the right kind citing
each outlet, and its background and page furniture never a point."""

from __future__ import annotations

from test_briefing_properties import _article, _citing, _run


def _topic(label, *terms):
    return f"topic:\n  label: {label}\n  terms: [{', '.join((label,) + terms)}]\n"


def _one(an, article, text):
    """The single point citing ``text`` in ``article``."""
    found = _citing(an, article, text)
    assert len(found) == 1, (text, [(p.statement, p.category, p.articles) for p in an.points])
    return found[0]


def _no_point(an, *texts):
    for p in an.points:
        for c in p.citations:
            assert not any(t in c.quote for t in texts), (p.statement, c.quote)


PHONE = (
    ("a", "星耀科技昨晚发布星耀X1手机，起售价1999元。\n\n"
          "星耀科技成立于2012年，总部位于深圳。\n\n"
          "星耀X1的定价击穿了行业底线，进一步加剧了国内中端手机市场的价格战。\n\n"
          "据业内人士估算，按这一售价，星耀科技每卖出一台星耀X1都要亏损约300元。\n\n"
          "发布会后24小时内，星耀X1的订单突破30万台，但工厂产能有限，部分用户的交付周期已延长至8周。\n\n"
          "责任编辑：李明"),
    ("b", "星耀X1上市一周，热度不减。\n\n"
          "分析师普遍认为，1999元的售价低于星耀X1的物料成本，这款手机是在赔本赚吆喝。\n\n"
          "由于产能跟不上需求，星耀X1的等待周期长达两个月，不少消费者在社交媒体上抱怨。\n\n"
          "面对星耀X1的冲击，竞争对手月光手机宣布旗下两款机型降价500元，手机行业的价格战愈演愈烈。\n\n"
          "责任编辑：王芳"),
    ("c", "星耀X1的发布在业内引起震动。\n\n"
          "星耀X1发布后，多家手机厂商被迫跟进降价，一场价格战已经全面打响。\n\n"
          "星耀科技表示，正在与代工厂协商增加排产，尽快缩短星耀X1的交付时间。\n\n"
          "责任编辑：赵强"),
)


def test_a_product_launch_price_war_loss_and_capacity_are_points(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in PHONE], _topic("星耀X1", "星耀科技"))
    war = _one(an, "a", "价格战")
    assert set(war.articles) == {"a", "b", "c"} and war.kind == "impact"
    assert war.category not in {"capability", "quality"}, war.category
    loss = _one(an, "a", "亏损")
    assert set(loss.articles) == {"a", "b"} and loss.kind == "limit"
    capacity = _one(an, "b", "产能跟不上")
    assert {"a", "b"} <= set(capacity.articles) and capacity.kind == "limit"
    assert len({war.id, loss.id, capacity.id}) == 3, "three claims, three points"
    labels = {c.id: c.label for c in an.categories}
    assert "价格" in labels[war.category]
    _no_point(an, "成立于", "责任编辑")


DRUG = (
    ("a", "康华制药今日宣布，其自主研发的瑞宁单抗获国家药品监督管理局批准上市，用于治疗中重度银屑病。\n\n"
          "康华制药创立于2003年，总部位于苏州。\n\n"
          "受此消息影响，康华制药股价当日大涨12%。\n\n"
          "不过，临床试验显示，约8%的患者使用瑞宁单抗后出现了注射部位感染等不良反应。"),
    ("b", "瑞宁单抗获批上市。\n\n"
          "瑞宁单抗上市的消息传出，康华制药的股价应声上涨，盘中一度涨停。\n\n"
          "专家提醒，瑞宁单抗的不良反应不容忽视，部分患者在试验中出现了严重感染。\n\n"
          "瑞宁单抗一年的治疗费用约12万元，远超普通家庭的承受能力，患者负担沉重。"),
    ("c", "国家药监局批准瑞宁单抗上市。\n\n"
          "业内人士指出，瑞宁单抗定价过高，若不能纳入医保，患者的用药负担仍然很重。\n\n"
          "瑞宁单抗的获批将迫使进口药企下调同类药物的价格。"),
)


def test_a_drug_approval_rally_side_effects_and_price_burden_are_points(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in DRUG], _topic("瑞宁单抗", "康华制药"))
    rally = _one(an, "a", "大涨")
    assert set(rally.articles) == {"a", "b"} and rally.kind == "impact"
    side = _one(an, "a", "不良反应")
    assert set(side.articles) == {"a", "b"} and side.kind == "limit"
    burden = _one(an, "c", "负担")
    assert set(burden.articles) == {"b", "c"} and burden.kind == "limit"
    assert _citing(an, "c", "迫使进口药企"), "the effect on rivals is a point"
    _no_point(an, "创立于")


CHARGE = (
    ("a", "江城市政府宣布，自7月1日起对进入中心城区的私家车征收拥堵费，每天30元。\n\n"
          "江城市是华东地区重要的商贸中心，常住人口约900万。\n\n"
          "拥堵费实施一个月后，中心城区的车流量下降了18%，公交车平均速度提高了12%。\n\n"
          "不少中心城区的商户抱怨，拥堵费导致顾客减少，营业额下滑了两成。"),
    ("b", "拥堵费开征满月。\n\n"
          "交通部门数据显示，拥堵费实施后，进入中心城区的车辆减少了近两成，道路拥堵明显缓解。\n\n"
          "拥堵费引发了部分市民的强烈不满，有市民认为这加重了通勤者的经济负担。\n\n"
          "商户协会表示，拥堵费让中心城区的客流大幅下降，多家餐馆的营业额受到冲击。"),
    ("c", "拥堵费实施后争议不断。\n\n"
          "一些通勤族认为，拥堵费变相加重了市民的负担，对低收入群体不公平。\n\n"
          "律师张伟已代表十余名车主向法院提起诉讼，认为拥堵费的征收缺乏法律依据。"),
)


def test_a_city_charge_traffic_shops_burden_and_lawsuit_are_points(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in CHARGE], _topic("拥堵费", "拥堵收费"))
    traffic = _one(an, "a", "车流量下降")
    assert set(traffic.articles) == {"a", "b"} and traffic.kind == "impact"
    shops = _one(an, "a", "顾客减少")
    assert set(shops.articles) == {"a", "b"}
    burden = _one(an, "c", "负担")
    assert set(burden.articles) == {"b", "c"} and burden.kind == "limit"
    suit = _one(an, "c", "提起诉讼")
    assert suit.kind == "limit"
    assert len({traffic.id, shops.id, burden.id, suit.id}) == 4
    _no_point(an, "常住人口")


PLANT = (
    ("a", "宏达电子宣布将于年底关闭位于东莞的组装工厂，约3000名员工将被裁员。\n\n"
          "宏达电子创立于1998年，是全球知名的电子代工企业。\n\n"
          "宏达电子表示，东莞工厂已连续两年亏损，订单持续下滑。\n\n"
          "被裁员工对宏达电子的补偿方案不满，数百名工人连续三天在厂门口聚集抗议。"),
    ("b", "宏达电子关厂的消息传出后，工人们聚集在工厂门口，抗议宏达电子给出的经济补偿过低。\n\n"
          "宏达电子的东莞工厂去年亏损超过2亿元。\n\n"
          "宏达电子将把产能转移到越南，以降低人工成本。"),
    ("c", "宏达电子东莞工厂关闭，3000人将失去工作。\n\n"
          "宏达电子计划把东莞的产能转移到越南工厂。\n\n"
          "分析人士认为，宏达电子关厂将冲击当地的配套企业，数十家供应商面临订单流失。"),
)


def test_a_plant_closure_layoffs_protest_and_relocation_are_points(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in PLANT], _topic("宏达电子"))
    cuts = _one(an, "a", "将被裁员")
    assert set(cuts.articles) == {"a", "c"} and cuts.category == "jobs"
    protest = _one(an, "a", "抗议")
    assert set(protest.articles) == {"a", "b"}
    loss = _one(an, "b", "亏损")
    assert set(loss.articles) == {"a", "b"} and loss.kind == "limit"
    moved = _one(an, "b", "越南")
    assert set(moved.articles) == {"b", "c"}
    assert _citing(an, "c", "供应商"), "the effect on suppliers is a point"
    _no_point(an, "创立于")


def test_an_analysts_rating_and_a_rivals_response_are_points(tmp_path):
    a = _article("a", "星耀科技发布星耀X1。\n\n摩根证券将星耀科技的目标价上调至50港元，维持买入评级。\n\n"
                      "星耀X1发布次日，月光手机随即宣布旗下机型限时降价800元，以应对星耀X1的冲击。")
    b = _article("b", "星耀X1上市。\n\n面对星耀X1的竞争，月光手机宣布旗下机型直降800元迎战。")
    an = _run(tmp_path, [a, b], _topic("星耀X1", "星耀科技"))
    rating = _one(an, "a", "目标价")
    assert rating.category == "market" and rating.kind == "impact"
    reply = _one(an, "a", "限时降价")
    assert set(reply.articles) == {"a", "b"} and reply.kind == "impact"


CAR = (
    ("a", "星驰汽车发布首款轿车星驰S1，售价21.59万元起。\n\n"
          "星驰S1的入局让本已白热化的新能源车价格战更加激烈。\n\n"
          "眼下星驰S1的锁单量已超过8万台，但工厂月产能仅1万台，新订单要等到半年以后才能交付。\n\n"
          "分析师预计，星驰S1今年的销量有望突破12万辆。"),
    ("b", "星驰S1上市满月。\n\n"
          "据测算，星驰汽车每卖出一辆星驰S1，就要亏损约4万元。\n\n"
          "由于产能跟不上，星驰S1的提车时间已排到7个月后。\n\n"
          "星驰S1发布后第二天，极光汽车宣布旗下车型限时降价2万元，新能源车市场的价格战再度升级。"),
    ("c", "星驰S1卖得越多，星驰汽车亏得越多：业内估算其单车亏损超过3万元。\n\n"
          "星驰S1的定价迫使多家车企跟进降价，价格战愈演愈烈。\n\n"
          "星驰汽车承认，目前星驰S1的产能还无法满足市场需求。"),
)


def test_a_car_launch_in_the_words_of_business_reporting(tmp_path):
    """The claims of a launch that sells below cost into a price war, in the words business
    reporting uses (锁单量, 月产能, 提车时间, 单车亏损, 再度升级, 预计…有望突破)."""
    an = _run(tmp_path, [_article(s, b) for s, b in CAR], _topic("星驰S1", "星驰汽车"))
    war = _one(an, "a", "价格战")
    assert set(war.articles) == {"a", "b", "c"} and war.kind == "impact"
    loss = _one(an, "b", "亏损")
    assert set(loss.articles) == {"b", "c"} and loss.kind == "limit"
    wait = _one(an, "b", "提车时间")
    assert set(wait.articles) == {"a", "b", "c"} and wait.kind == "limit"
    assert _citing(an, "a", "有望突破12万辆"), "an analyst's forecast is a point"
    assert not _citing(an, "a", "售价21.59万元起"), "the launch's facts are background"


def test_a_quote_card_and_a_repeated_disclaimer_in_business_words_are_no_points(tmp_path):
    card = "行情卡片\n\n股价：25.3港元\n\n市值：600亿港元\n\n评级：买入\n\n"
    note = "\n\n免责声明：本文不构成投资建议，股价涨跌及亏损风险由投资者自行承担。"
    an = _run(tmp_path, [_article(s, card + b + note) for s, b in PHONE], _topic("星耀X1", "星耀科技"))
    assert _citing(an, "a", "价格战"), "the claims stay"
    _no_point(an, "免责声明", "不构成投资建议", "股价：", "评级：")
