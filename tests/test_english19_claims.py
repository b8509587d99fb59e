"""Sentences written in English carry claims too (issues 13/14): an English wire story, a press
release and a bilingual page with English paragraphs give briefing points quoted in the original
English, labelled as such, with the speakers their own frames name; furniture (a dateline, a run-in
sub-head, a currency note, a contact line) is never a point, and no speaker is guessed.

The stories are invented for these tests (a river city's electric ferries, an orchard's drip
irrigation, a town's stone-bridge repair); none is a topic of the development corpora.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.englishclaims import english_kind
from generator.analyse.englishpoints import ENGLISH_LABEL
from generator.analyse.englishspeakers import english_speaker
from generator.analyse.englishtext import split_english, strip_head
from tests import contendkit
from tests.test_briefing_recall import _named_only, _run

_article = partial(contendkit.article, date="2026-05-02")

#: The default taxonomy with only the topic changed, as an editor starts a topic.
TAXONOMY = _named_only("topic:\n  label: 电动渡轮\n  terms: [电动渡轮, electric ferries, electric ferry, Riverline]\n")

WIRE = """LISBON, May 2 (Wirewatch) - Riverline's switch to electric ferries has cut fuel costs on the city's busiest crossing by 40% in its first year, the operator said on Friday, and other river cities are now studying the model.

"The savings will let the operator cut fares next year," said Helena Costa, an energy analyst at Tagus Research. "Every port authority in the region will now look at this."

Ridership on the electric ferries rose 12% in the year to April, according to transport agency Metrolink.

FLEET UPGRADE The operator plans to add six more electric ferries by 2028.

Not everyone is convinced the savings will last. Jorge Almeida, head of maritime studies at the Coimbra Institute, said battery replacement costs could wipe out much of the gain after eight years.

"The charging dock is a single point of failure," he said. "One outage would strand thousands of commuters."

Some passengers have also complained of delays when the boats wait to recharge at peak hours.

($1 = 0.92 euros)
"""

RELEASE = """FOR IMMEDIATE RELEASE

Riverline announces second electric ferry route

Riverline today announced that its second electric ferry route will open in September, a move expected to cut the operator's carbon emissions by a further 15,000 tonnes a year.

"Our passengers have shown that clean crossings can also be cheaper crossings," said Marta Ribeiro, chief executive of Riverline. "We expect ticket prices on the new route to stay frozen until 2027."

About Riverline: Riverline is a municipal ferry company founded in 1975 and serving four river towns.

Media contact: press@riverline.example, +351 21 000 0000
"""

BILINGUAL = """渡口电动化改造后，江边社区的噪音投诉明显减少，居民普遍表示满意。

After the ferry terminal switched to electric ferries, noise complaints in the riverside neighbourhood fell sharply, residents said.

市交通局表示，电动渡轮的运营成本下降了三成。

The city's transport bureau said the operating cost of the electric ferries had fallen by 30%.

"We worry that the battery supplier could raise prices sharply next year," said Paulo Nunes, a board member of the ferry workers' union.
"""


def _an(tmp_path):
    arts = [_article("a", "Riverline's electric ferries cut fuel costs by 40%", WIRE, outlet="Wirewatch"),
            _article("b", "Riverline announces second electric ferry route", RELEASE, outlet="Riverline"),
            _article("c", "双语阅读：电动渡轮 Electric ferries", BILINGUAL, outlet="双语网")]
    an, _ = _run(tmp_path, arts, TAXONOMY)
    return an


def _citing(an, article, text):
    return [p for p in an.points if any(c.article == article and text in c.quote for c in p.citations)]


def test_english_sentences_split_on_their_own_marks_and_lose_their_furniture():
    parts = [t for _, t in split_english('Mr. Silva met U.S. officials on Friday. Shares rose 3%.The index fell. '
                                         '"It works," she said.')]
    assert parts == ["Mr. Silva met U.S. officials on Friday.", "Shares rose 3%.The index fell.",
                     '"It works," she said.'] or parts == ["Mr. Silva met U.S. officials on Friday.",
                                                          "Shares rose 3%.", "The index fell.", '"It works," she said.']
    assert [t for _, t in split_english("Sales climbed.Analysts at Ridge Bank said so.")] == \
        ["Sales climbed.", "Analysts at Ridge Bank said so."]
    assert strip_head("LISBON, May 2 (Wirewatch) - The ferries run on time.")[1] == "The ferries run on time."
    assert strip_head("FLEET UPGRADE The operator plans more boats.")[1] == "The operator plans more boats."
    assert strip_head("NASA said the launch was delayed.")[1] == "NASA said the launch was delayed."


def test_english_frames_name_the_speaker_and_role_and_never_guess():
    sp = english_speaker('"Every port will look at this," said Helena Costa, an energy analyst at Tagus Research.', "a", "p1")
    assert (sp.name, sp.kind) == ("Helena Costa", "person") and "energy analyst" in sp.role
    sp = english_speaker("Jorge Almeida, head of maritime studies at the Coimbra Institute, said costs could rise.", "a", "p2")
    assert sp.name == "Jorge Almeida" and "maritime studies" in sp.role
    assert english_speaker("Ridership rose 12%, according to transport agency Metrolink.", "a", "p3").name == "Metrolink"
    assert english_speaker("Fares rose 5%, the company said.", "a", "p4") is None
    assert english_speaker('"One outage would strand commuters," he said.', "a", "p5") is None  # no one named before
    assert english_speaker('"It will fail," he said.', "a", "p6", sp).name == "Jorge Almeida"


def test_english_cues_decide_the_kind_and_fail_clean():
    assert english_kind("Ridership on the electric ferries rose 12% in the year to April.")[0] == "impact"
    assert english_kind("Not everyone is convinced the savings will last.")[0] == "limit"
    assert english_kind("Some passengers have also complained of delays at peak hours.")[0] == "limit"
    assert english_kind("The ferries are painted blue and white.") is None


def test_a_wire_story_gives_english_points_with_their_speakers(tmp_path):
    an = _an(tmp_path)
    fuel = _citing(an, "a", "has cut fuel costs on the city's busiest crossing by 40%")
    assert fuel and fuel[0].statement.startswith(ENGLISH_LABEL)
    # the whole sentence is quoted, never its dateline
    assert all("LISBON" not in c.quote for p in an.points for c in p.citations)
    costa = _citing(an, "a", "The savings will let the operator cut fares next year")
    assert costa and "Helena Costa" in {s.name for s in costa[0].speakers}
    almeida = _citing(an, "a", "battery replacement costs could wipe out much of the gain")
    assert almeida and almeida[0].kind == "limit" and "Jorge Almeida" in {s.name for s in almeida[0].speakers}
    # "…," he said: the person the paragraph before named
    dock = _citing(an, "a", "The charging dock is a single point of failure")
    assert dock and dock[0].kind == "limit" and "Jorge Almeida" in {s.name for s in dock[0].speakers}
    assert _citing(an, "a", "complained of delays") and _citing(an, "a", "complained of delays")[0].kind == "limit"
    # a currency note and a sub-head are no statement
    assert not any("0.92 euros" in p.statement or "FLEET UPGRADE" in p.statement for p in an.points)
    assert not any(p.statement.replace(ENGLISH_LABEL, "")[:1].islower() for p in an.points)


def test_a_press_release_gives_its_announcement_and_its_quote_not_its_boilerplate(tmp_path):
    an = _an(tmp_path)
    route = _citing(an, "b", "expected to cut the operator's carbon emissions")
    assert route and route[0].kind == "impact"
    ribeiro = _citing(an, "b", "We expect ticket prices on the new route to stay frozen")
    assert ribeiro and "Marta Ribeiro" in {s.name for s in ribeiro[0].speakers}
    assert not _citing(an, "b", "press@riverline") and not _citing(an, "b", "FOR IMMEDIATE RELEASE")


def test_a_bilingual_page_keeps_its_chinese_points_and_adds_its_english_claims(tmp_path):
    an = _an(tmp_path)
    union = _citing(an, "c", "battery supplier could raise prices sharply")
    assert union and union[0].statement.startswith(ENGLISH_LABEL) and union[0].kind == "limit"
    assert "Paulo Nunes" in {s.name for s in union[0].speakers}
    # the English statement is the sentence as written: no Chinese full stop, its quote marks kept
    assert not union[0].statement.endswith("。") and '"We worry' in union[0].statement
    # the Chinese paragraphs still make their points
    assert _citing(an, "c", "运营成本下降了三成") or _citing(an, "c", "噪音投诉明显减少")


def test_an_english_wire_naming_the_topic_only_by_its_latin_names_is_read(tmp_path):
    # the editor's terms are Chinese; the Chinese reports write the names the wire uses
    zh = ("据报道，启航科技（Qihang Tech）旗下的 SkyHop X2 电动垂直起降飞行器本周在滨海试飞成功，"
          "滨海低空管理局（Binhai Airspace Office）批准了首条商业航线。")
    wire = ("BINHAI, June 3 (Wirewatch) - Qihang Tech's SkyHop X2 air taxi completed its first commercial flight on "
            "Tuesday, and the Binhai Airspace Office said demand for seats had doubled within a week.\n\n"
            '"Insurance costs could slow the roll-out," said Lena Hart, an aviation analyst at Northgate Research.\n')
    tax = _named_only("topic:\n  label: 低空飞行器\n  terms: [电动垂直起降飞行器, 低空经济]\n")
    an, _ = _run(tmp_path, [_article("z", "启航科技飞行器试飞", zh), _article("w", "Qihang air taxi flies", wire,
                                                                               outlet="Wirewatch")], tax)
    hart = _citing(an, "w", "Insurance costs could slow the roll-out")
    assert hart and hart[0].kind == "limit" and "Lena Hart" in {s.name for s in hart[0].speakers}
    # an English article sharing no such names with the topic's articles stays out
    other = ("LONDON, June 3 (Wirewatch) - Bakery chain Crumbly said bread sales rose 12% in May, helped by "
             "warm weather across the country.\n")
    an, _ = _run(tmp_path, [_article("z", "启航科技飞行器试飞", zh), _article("o", "Crumbly bread sales", other,
                                                                               outlet="Wirewatch")], tax)
    assert not [p for p in an.points if "o" in p.articles]
