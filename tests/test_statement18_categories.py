"""Categories by what a point is about (issue 13, property 5): a point's category shares its
statement's subject terms; a signal verb alone ("下跌", "赔偿") does not decide it; no category
fits, the general one. Statements invented for the test on topics unlike the corpora (a ferry line,
a vineyard, a county library), with only the topic named (the general taxonomy)."""

from __future__ import annotations

from generator.analyse.pointcategory import statement_category
from generator.analyse.taxonomy import load_taxonomy


def _tax(tmp_path, label, terms):
    path = tmp_path / "taxonomy.yml"
    path.write_text(f"topic:\n  label: {label}\n  terms: [{', '.join(terms)}]\n", encoding="utf-8")
    return load_taxonomy(path)


def test_a_price_fall_is_not_a_share_price_move(tmp_path):
    tax = _tax(tmp_path, "西岭葡萄园", ["西岭葡萄园", "西岭酒庄"])
    st = "酒庄要农户证明收购价格下跌是冰雹造成的，而不是别的原因，这几乎不可能。"
    assert statement_category(st, "market", tax) != "market"
    # a share price is: its subject word settles it
    assert statement_category("受冰雹消息影响，西岭酒庄股价当日下跌7%，葡萄酒概念股集体走低。", "market", tax) == "market"


def test_compensation_is_relief_not_jobs_unless_it_is_about_workers(tmp_path):
    tax = _tax(tmp_path, "北湾渡轮", ["北湾渡轮", "北湾航运公司"])
    assert statement_category("北湾航运公司于8月30日设立专门窗口，受理因停航造成的损失赔偿咨询。", "jobs", tax) == "relief"
    assert statement_category("北湾航运公司宣布裁员三成，被裁员工可获得经济补偿。", "jobs", tax) == "jobs"


def test_no_category_fits_the_general_one(tmp_path):
    tax = _tax(tmp_path, "县图书馆闭馆", ["县图书馆", "文旅局"])
    # filed under share prices by a word of a clause the statement no longer says
    assert statement_category("实际影响要在数年后才会显现。", "market", tax) == "event"
    # a problem reported without its word keeps its home ("与读者发生碰撞" is an incident)
    assert statement_category("闭馆当天一辆搬运书架的货车与读者发生碰撞。", "safety", tax) == "safety"
    # the catch-alls hold no words: nothing to check
    assert statement_category("县图书馆将闭馆改造一年。", "event", tax) == "event"


def test_a_category_word_inside_a_bodys_name_is_no_subject(tmp_path):
    tax = _tax(tmp_path, "北湾渡轮", ["北湾渡轮", "北湾航运公司"])
    st = "北湾渡轮目前仅取得地方海事局的检验证书，尚未获得国家船舶安全局的认证，短期内只能在内湾运营。"
    assert statement_category(st, "maturity", tax) == "maturity"  # never 安全、事故与召回 for "船舶安全局"


def test_a_definition_is_what_happened_not_a_risk(tmp_path):
    tax = _tax(tmp_path, "西岭葡萄园", ["西岭葡萄园", "西岭酒庄"])
    st = "西岭冰雹灾害，是指2025年7月西岭山区遭遇的强冰雹天气，造成葡萄园大面积受损并引发土壤污染担忧的事件。"
    assert statement_category(st, "health", tax) == "event"
    assert statement_category("冰雹过后，葡萄园土壤出现重金属超标，专家担忧污染会进入食物链。", "health", tax) == "health"
