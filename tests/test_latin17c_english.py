"""Names in English prose (session 17, round 3): English capitalises places, sentence starts and
the head noun of a longer name, so a capital is no evidence. A person needs a saying verb, an
apposition or a role beside a two- or three-word name; an organisation a multi-word name with a
head noun (joined by "of"/"for" too); a lone capitalised word a name's shape or to stand in
brackets after the name it shortens. Sources are invented in three forms unlike the corpora's:
a bilingual press release (an orchid show), an English wire quoted in a Chinese story (a chess
tournament) and a Hong Kong government bilingual notice (a ferry pier closure)."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.namelatin import _latin
from generator.pipeline import Settings, build

PRESS = """# 兰花展下月开幕 Orchid Show Opens Next Month

新加坡植物园宣布，第十二届国际兰花展将于十月开幕。园长林文辉表示，今年展出的兰花来自二十多个国家。

The Singapore Botanic Gardens announced that the 12th International Orchid Show will open in October. Lim Wen Hui, director of the gardens, said this year's orchids come from more than 20 countries.

参展商主要来自泰国、马来西亚和台湾。荷兰花卉拍卖行派出了最大的代表团。

Exhibitors come mainly from Thailand, Malaysia and Taiwan. The Royal Flora Holland Association sent the largest delegation. Tickets are sold by the Gardens Company (GCo) at the gate.
"""

WIRE = """# 雷克雅未克国际象棋公开赛落幕

据路透社报道，本届公开赛吸引了来自四十个国家的棋手。路透社的英文电讯写道：

Reykjavik hosted players from 40 countries this year. Iceland's chess federation said attendance rose. "The hall was full every night," said Gunnar Eriksson, the tournament organiser. Norway and Sweden sent the largest teams, while players from Southeast Asia took three of the top ten places. The Icelandic Chess Federation will host the event again next spring at Harpa Concert Hall.

报道还说，冠军奖金由冰岛一家银行赞助。
"""

NOTICE = """# 运输署公告：愉景湾码头暂停服务 Transport Department Notice

因维修工程，愉景湾码头三号泊位将于九月一日至九月七日暂停服务。市民可改乘往中环的巴士。

Owing to maintenance works, Berth No. 3 at Discovery Bay Pier will be closed from September 1 to September 7. Members of the public may take buses to Central. Enquiries: Transport Department hotline. Kowloon and New Territories routes are not affected. Marine Department staff will be on site.
"""


def _build(tmp_path: Path, files: dict[str, str]):
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text("topic:\n  label: 兰花展\n  terms: [兰花, 象棋, 码头]\n", encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


def _found(text: str) -> dict[str, str]:
    out: list = []
    _latin(text, out)
    return {c.name: c.kind for c in out}


def test_places_and_sentence_capitals_in_english_prose_are_no_names():
    for text in (PRESS.split("\n\n")[4], WIRE.split("\n\n")[2], NOTICE.split("\n\n")[2]):
        found = _found(text)
        for place in ("Reykjavik", "Iceland", "Norway", "Sweden", "Southeast Asia", "Thailand", "Malaysia",
                      "Taiwan", "Kowloon", "New Territories", "Central", "Discovery Bay Pier"):
            assert place not in found, (place, found)


def test_a_head_noun_alone_is_no_name_and_the_whole_name_is_kept():
    found = _found(WIRE.split("\n\n")[2])
    assert found.get("Icelandic Chess Federation") == "org"
    assert "Federation" not in found and "Hall" not in found
    found = _found(NOTICE.split("\n\n")[2])
    assert found.get("Marine Department") == "org" and found.get("Transport Department") == "org"
    found = _found(PRESS.split("\n\n")[4])
    assert found.get("Royal Flora Holland Association") == "org"
    assert found.get("GCo") == "org" and "Company" not in found  # a bracketed short form stays


def test_a_person_in_english_prose_needs_a_saying_verb_or_a_role():
    assert _found(WIRE.split("\n\n")[2]).get("Gunnar Eriksson") == "person"
    assert _found(PRESS.split("\n\n")[2]).get("Lim Wen Hui") == "person"


def test_the_index_of_three_bilingual_forms_lists_no_place_as_a_name(tmp_path):
    analysis = _build(tmp_path, {"press.md": PRESS, "wire.md": WIRE, "notice.md": NOTICE})
    names = {n: e.kind for e in analysis.entities for n in (e.name, *e.aliases)}
    for place in ("Reykjavik", "Iceland", "Norway", "Southeast Asia", "Kowloon", "New Territories", "Thailand",
                  "Department", "Federation", "Company"):
        assert place not in names, (place, names)
    assert names.get("Gunnar Eriksson") == "person"


BILINGUAL = """# 社区图书馆扩建 Library Extension

市图书馆馆长王建华说，扩建工程将于明年三月完工，新增座位300个。“我们希望成为孩子们放学后的第二个家。”

Wong Kin-wah, head of the City Library, said the extension will be finished next March and add 300 seats. "We hope to become a second home for children after school."

北岭建筑集团负责施工，造价约4500万元。

Northridge Construction Group is doing the works at a cost of about 45 million yuan.

馆员周小芳和读者会会长何志明都认为，开放时间应延长到晚上十点，以便上班族借书。

Librarian Chow Siu-fong and Ho Chi-ming, chairman of the readers' club, both say opening hours should run to 10 pm.
"""


def test_a_bilingual_page_joins_the_two_spellings_of_one_name(tmp_path):
    analysis = _build(tmp_path, {"bilingual.md": BILINGUAL})
    entry = {n: e for e in analysis.entities for n in (e.name, *e.aliases)}
    assert "王建华" in entry and "Wong Kin-wah" in entry
    assert entry["王建华"] is entry["Wong Kin-wah"]  # one person, one entry
    assert entry["北岭建筑集团"] is entry["Northridge Construction Group"]
    # two people on each side: the order of a translation proves nothing, nothing is joined
    for zh in ("周小芳", "何志明"):
        for en in ("Chow Siu-fong", "Ho Chi-ming"):
            if zh in entry and en in entry:
                assert entry[zh] is not entry[en]


def test_an_english_name_and_its_acronym_in_one_article_are_one_entry(tmp_path):
    wire = ("# 渔业协会呼吁延长休渔期\n\n据外媒报道，北大西洋渔业组织周二开会。\n\n"
            "The North Atlantic Fisheries Organization met on Tuesday. Its secretary, Anne Lund, said the NAFO "
            "would review quotas. NAFO members from Canada and Norway disagreed.\n")
    analysis = _build(tmp_path, {"wire.md": wire})
    entry = {n: e for e in analysis.entities for n in (e.name, *e.aliases)}
    assert entry["North Atlantic Fisheries Organization"] is entry["NAFO"]
    assert "Canada" not in entry and "Norway" not in entry


def test_what_a_person_does_before_a_name_is_no_organisation():
    from generator.analyse.namefind import find_candidates
    for text in ("在宫城县石卷港，渔民佐藤健一说，今年的牡蛎价格下跌了两成。",
                 "据当地电台报道，船长威廉斯坦表示，今年的渔获减少了三成。",
                 "在果园里，农民阿卜杜拉说，苹果的收购价比去年低。"):
        found = find_candidates(text)
        assert not [c for c in found if c.kind == "org" and c.name.startswith(("渔民", "船长", "农民"))], found


def test_three_letters_cut_out_of_a_longer_unknown_name_are_no_person():
    from generator.analyse.namedict import dictionary_names
    assert "霍次克" not in dictionary_names("北海道扇贝加工企业鄂霍次克海产的社长山田浩二表示，订单减少。")
    # a name after a preposition, a conjunction or a role stays a name
    assert "胡锡进" in dictionary_names("据胡锡进说，比赛推迟。")
    assert "陈思远" in dictionary_names("邻居老张和陈思远聊天时说起了这件事。")
    assert "张晓燕" in dictionary_names("市民张晓燕说，公交车晚点了。")
