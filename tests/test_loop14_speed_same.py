"""The analysis' speed-ups give exactly what the plain forms gave (issue 17: same output, byte for
byte): a name's mentions found in the joined paragraphs, the digest's keyword checks that compile
their per-word patterns only where one can match, and the memoised word counts. Each is compared
with the plain form on synthetic texts in several forms (forum thread, transcript, notice, live
text, traditional script), on topics unlike the corpora's."""

from __future__ import annotations

import random
import re

import pytest

from generator.analyse import digest, nameextent
from generator.analyse.text import Sentence, count_words


def _plain_mentions(name, paragraphs):
    out = []
    for simple, _ in paragraphs.values():
        i = simple.find(name)
        while i >= 0:
            out.append((simple, i))
            if len(out) > nameextent._MAX_MENTIONS:
                return []
            i = simple.find(name, i + len(name))
    return out


_PIECES = ["潮汐能电站", "林海", "林海峰", "说", "，", "。", "Tidal", "Tidal Works", "岛上", "渔民",
           "回复", "@", "：", "各位乡亲", "观众朋友", "们", "！"]


@pytest.mark.parametrize("seed", range(8))
def test_mentions_in_the_joined_paragraphs_are_the_plain_ones(seed):
    rng = random.Random(seed)
    paragraphs = {(f"a{i % 3}", f"p{i}"): ("".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30))), None)
                  for i in range(rng.randint(1, 40))}
    joined = nameextent._Joined(paragraphs)
    for name in ("林海", "林海峰", "Tidal", "潮汐能电站", "渔民", "，", "不在文中", ""):
        assert nameextent._mentions(name, paragraphs, joined) == _plain_mentions(name, paragraphs)


def test_a_name_past_the_mention_cap_keeps_its_extent_either_way():
    paragraphs = {("a", f"p{i}"): ("林海" * 30, None) for i in range(10)}
    joined = nameextent._Joined(paragraphs)
    assert nameextent._mentions("林海", paragraphs, joined) == [] == _plain_mentions("林海", paragraphs)


def _sents(texts):
    return [Sentence(article="x", paragraph=f"p{i}", index=i, para_index=i, start=0, original=t,
                     simple=t, paragraph_original=t, paragraph_simple=t) for i, t in enumerate(texts)]


def _plain_handle_only(word, sents):
    low = word.lower()
    texts = [s.simple.lower() for s in sents if low in s.simple.lower()]
    if not texts:
        return False
    w = re.escape(low)
    reply = re.compile(rf"回复\s*@?[^：:\s，。]{{0,8}}?{w}\s*[：:]|{w}\s*回复|@{w}")
    if not any(reply.search(t) for t in texts):
        return False
    label = re.compile(rf"{w}\s*(?=回复)|回复\s*@?[^：:\s，。]{{0,8}}?{w}\s*[：:]|@{w}"
                       rf"|^\s*[^：:\s，。]{{0,6}}?{w}\s*(?:[：:]|[\[【]?\s*关注)")
    return sum(len(label.findall(t)) for t in texts) >= sum(t.count(low) for t in texts)


def _plain_vocative(word, sents):
    low = word.lower()
    where = [s.simple.lower().lstrip("“「（( \u3000") for s in sents if low in s.simple.lower()]
    if not where:
        return True
    w = re.escape(low)
    vocative = re.compile(rf"^(?:(?:各位|亲爱的|在座的|尊敬的){w}们?[，,！!：:]|[\u4e00-\u9fff]{{0,2}}?{w}们?[，,！!])")
    return sum(1 for t in where if vocative.match(t)) * 2 < len(where)


_FORMS = {
    "forum thread": ["潮汐君回复海风：电站什么时候并网？", "海风：听说下个月。", "@潮汐君 你去看过吗",
                     "海风回复潮汐君：去过，潮汐能电站很安静。"],
    "transcript": ["观众朋友们，欢迎收看本期节目。", "主持人：潮汐能电站明年并网。", "嘉宾：渔民担心航道。"],
    "notice": ["各位乡亲：岛上潮汐能电站将于六月试运行。", "届时请渔民注意避让施工水域。",
               "尊敬的读者，电站开放日另行通知。"],
    "live text": ["（10:05）渔民代表发言，称补偿方案可以接受。", "（10:20）亲爱的渔民们！请有序离场。"],
    "traditional": ["各位鄉親，潮汐能電站明年併網。", "漁民們！請留意航道公告。"],
}


@pytest.mark.parametrize("form", sorted(_FORMS))
def test_keyword_checks_equal_the_plain_patterns(form):
    sents = _sents(_FORMS[form])
    words = {w for t in _FORMS[form] for w in re.findall(r"[\u4e00-\u9fff]{2,3}|@?[A-Za-z]+", t)}
    words |= {"读者", "潮汐君", "海风", "观众朋友", "乡亲", "鄉親", "渔民", "漁民", "电站", "主持人"}
    for word in sorted(words):
        assert digest._handle_only(word, sents) == _plain_handle_only(word, sents), word
        if not digest._handle_only(word, sents) and re.search(r"[\u4e00-\u9fff]", word) \
                and not (digest._TIME_WORD.search(word) or digest._SELF_NAME.match(word)
                         or digest._PAPER_WORD.search(word)):
            assert digest._searchable(word, sents) == _plain_vocative(word, sents), word


def test_a_forum_handle_and_an_addressed_reader_are_still_no_keywords():
    thread = _sents(_FORMS["forum thread"])
    assert digest._handle_only("潮汐君", thread)  # only ever a label or replied to
    notice = _sents(["各位乡亲：岛上电站将于六月试运行。", "乡亲们，请注意避让。"])
    assert not digest._searchable("乡亲", notice)
    assert digest._searchable("电站", notice)


def test_word_counts_are_a_fresh_list_each_time():
    words = ("电站", "渔民", "航道")
    first = count_words("潮汐能电站影响渔民", words)
    assert first == ["电站", "渔民"]
    first.append("改动")
    assert count_words("潮汐能电站影响渔民", words) == ["电站", "渔民"]
    assert count_words("潮汐能 电站", ("能电",)) == ["能电"]  # spacing ignored, as before
