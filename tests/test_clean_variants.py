"""Property: layout variants of one article clean to the same text.

A synthetic article (sentences written for this test) is printed four ways a newsroom receives
it: re-wrapped at narrow widths (with a blank line falling inside a sentence now and then),
letter-spaced around a picture, with photo captions, and with photo credits between the
paragraphs. Each variant must clean to the same article text as the plain version (similarity
≥ 0.97; captions are shown apart from the text, so they are not part of it).
"""

from __future__ import annotations

import difflib
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import clean

SENTENCES = [
    "新的公交线路今天开通，沿途设有十二个站点。", "市民王女士说，以前上班要换乘两次，现在一趟车就能到。",
    "交通部门表示，高峰时段的发车间隔将缩短到五分钟。", "据统计，全市每天约有三十万人次乘坐公交出行。",
    "专家认为，公共交通的改善有助于减少道路拥堵。", "不过，也有乘客反映部分站点的候车设施还不完善。",
    "对此，有关负责人回应称，年底前将完成站台改造。", "此外，新线路全部采用电动车辆，噪音明显降低。",
    "有评论指出，城市规划应当优先考虑步行和公共交通。", "下一步，相关部门还将研究开通夜间线路的可行性。",
    "记者在早高峰时段看到，车厢内秩序良好。", "一位司机告诉记者，新车辆的驾驶体验比旧车好很多。",
]
CAPTIONS = ["▲新线路的首班车驶出车站", "图为乘客在站台候车", "△工作人员检查车辆状况", "图为改造后的候车亭"]
CREDITS = ["资料图片", "本报记者 陈明 摄", "图片来源：视觉中国", "受访者供图", "（李华 摄）"]


def article(rng: random.Random) -> list[str]:
    sentences = rng.sample(SENTENCES, k=rng.randint(6, len(SENTENCES)))
    paras, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        paras.append("".join(sentences[i:i + n]))
        i += n
    return paras


def plain(paras):
    return "\n\n".join(paras) + "\n"


def rewrapped(paras, rng):
    out = []
    for p in paras:
        width = rng.randint(12, 30)
        lines = [p[k:k + width] for k in range(0, len(p), width)]
        if len(lines) > 2 and rng.random() < 0.5:
            cut = rng.randint(1, len(lines) - 1)
            if not lines[cut - 1].endswith("。"):
                lines.insert(cut, "")  # a blank line inside a sentence
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def letter_spaced(paras, rng):
    k = rng.randrange(len(paras))
    p = paras[k]
    a = rng.randrange(0, max(1, len(p) - 12))
    spaced = p[:a] + " ".join(p[a:a + 12]) + p[a + 12:]
    return plain(paras[:k] + [spaced] + paras[k + 1:])


def captioned(paras, rng):
    out = []
    for p in paras:
        out.append(p)
        if rng.random() < 0.5:
            out.append(rng.choice(CAPTIONS))
    return plain(out)


def credited(paras, rng):
    out = []
    for p in paras:
        out.append(p)
        if rng.random() < 0.5:
            out.append(rng.choice(CAPTIONS) + rng.choice(["（资料图片）", "（受访者供图）", ""]))
            out.append(rng.choice(CREDITS))
    return plain(out)


def text_of(raw: str) -> str:
    body = clean(raw).body
    return "\n".join(line for line in body.splitlines() if line.strip() and not line.startswith(">"))


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**6))
def test_layout_variants_clean_to_the_same_text(seed):
    rng = random.Random(seed)
    paras = article(rng)
    want = text_of(plain(paras))
    for make in (rewrapped, letter_spaced, captioned, credited):
        got = text_of(make(paras, rng))
        ratio = difflib.SequenceMatcher(None, want, got, autojunk=False).ratio()
        assert ratio >= 0.97, (make.__name__, want, got)
