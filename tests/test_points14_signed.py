"""A document signed by a person is that person's voice (issue 13, property 1): a deputy's
proposal ("领衔代表：X"), a member's motion ("提案人：X"), a signed opinion in traditional script
("執筆人：X") — not the office whose print line ends it ("…委员会 2025年3月2日印发"). Invented
documents about a river's new fishing ban (禁渔令); two signers, or none, name nobody."""

from __future__ import annotations

from generator.analyse.speakercolumns import column_authors, person_signer
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article

PROPOSAL = ("关于完善青溪禁渔令配套补偿的建议\n\n"
            "领衔代表：严晓峰（市人大代表，青溪渔业合作社社长）\n\n"
            "一、基本情况\n\n"
            "禁渔令实施后，沿河约1200户渔民失去主要收入来源，补偿标准偏低。\n\n"
            "二、具体建议\n\n"
            "建议将补偿标准提高到每户每年3万元，并由市、区两级财政分担。\n\n"
            "以上建议，请予研究办理。\n\n"
            "领衔代表：严晓峰\n\n"
            "二〇二五年三月一日\n\n"
            "市人大常委会代表工作委员会　　2025年3月2日印发")

MOTION = ("关于青溪禁渔期间渔民转产就业的提案\n\n"
          "禁渔令让不少中年渔民一时找不到新的工作。\n\n"
          "建议开设水产养殖和巡河护渔的技能培训，优先录用转产渔民。\n\n"
          "提案人：邵雪松\n\n"
          "2025年3月4日")

OPINION = ("對青溪禁漁令的幾點意見\n\n"
           "禁漁令對恢復河道魚類資源有幫助，但執法力量明顯不足。\n\n"
           "執筆人：龔立誠\n\n"
           "2025年3月6日")


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=None, author=None, date="2025-03-06")


def _holder(body, script="zh-Hans"):
    a = _article("a", body, script)
    return column_authors([a], lambda slug: (lambda t: to_simplified(t, script))).get("a")


def test_a_proposal_is_its_signing_deputys_with_the_role_it_gives():
    sp = _holder(PROPOSAL)
    assert (sp.name, sp.kind) == ("严晓峰", "person")
    assert "青溪渔业合作社社长" in sp.role


def test_a_motion_and_a_traditional_script_opinion_are_their_signers():
    assert _holder(MOTION).name == "邵雪松"
    assert to_simplified(_holder(OPINION, "zh-Hant").name, "zh-Hant") == "龚立诚"


def test_two_signers_or_a_label_without_a_person_name_nobody():
    assert person_signer(["建议提高补偿。", "提案人：邵雪松", "提案人：龚立诚", "2025年3月4日"]) is None
    assert person_signer(["建议提高补偿。", "署名：渔业协会", "2025年3月4日"]) is None


def test_the_proposals_own_sentences_are_the_signers_never_the_printing_office(tmp_path):
    from speakerkit import analysed, sentence_with

    part = analysed(tmp_path, _article("a", PROPOSAL), "topic:\n  label: 禁渔令\n  terms: [禁渔令, 禁漁令]\n")
    s = sentence_with(part, "补偿标准提高到每户每年3万元")
    assert [sp.name for sp in part.speakers.get((s.article, s.index), ())] == ["严晓峰"]
    for sps in part.speakers.values():
        assert all("工作委员会" not in sp.name for sp in sps)
