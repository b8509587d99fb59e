"""The cleaner's contract, its guarantees on the default articles, speed and the CLI."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from generator.clean import RULE_NAMES, UnknownRule, clean
from generator.model import Cleaned

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "content" / "sources").glob("*.txt"))


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


def missing_chars(raw: str, cleaned: Cleaned) -> Counter:
    """Non-whitespace characters of ``raw`` found neither in the body nor in the audit."""
    have = Counter(c for c in cleaned.body if not c.isspace())
    for e in cleaned.audit:
        have.update(c for c in e.before if not c.isspace())
    need = Counter(c for c in raw if not c.isspace())
    return need - have


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.name[:3])
def article(request):
    raw = text_of(request.param)
    return raw, clean(raw, source=request.param.name)


def test_default_articles_present():
    assert len(ARTICLES) == 5


def test_accounting(article):
    raw, cleaned = article
    assert not missing_chars(raw, cleaned)


def test_idempotent(article):
    _, cleaned = article
    again = clean(cleaned.body)
    assert again.body == cleaned.body
    assert "title" not in again.meta


def test_body_shape(article):
    _, cleaned = article
    body = cleaned.body
    assert "\n\n\n" not in body and not body.startswith("\n")
    assert not any(line.startswith("# ") for line in body.splitlines())
    assert "![" not in body and "【在线播放】" not in body and "▲" not in body


def test_meta_of_default_articles():
    metas = {p.name[:3]: clean(text_of(p)).meta for p in ARTICLES}
    assert metas["000"]["title"] == "我们谈论 Sora 时是在谈论什么"
    assert metas["000"]["kicker"] == "Sora" and metas["000"]["completeness"] == "partial"
    assert metas["000"]["tags"] == ["世界模型", "将颠覆现存影视产业", "gg humans", "重塑短视频营销产业"]
    assert metas["001"]["author"] == "宋偉" and metas["001"]["outlet"] == "大公報"
    assert metas["001"]["editors"] == ["責任編輯：呂泰康", "美術編輯：莫家威"]
    assert metas["001"]["subtitle"].startswith("分析：")
    assert metas["001"]["script"] == "zh-Hant"
    assert "author" not in metas["002"] and metas["002"]["credits"] == ["本报综合"]  # a desk's credit names nobody
    assert metas["003"]["url"].startswith("https://") and metas["003"]["date"] == "2024-03-20"
    assert metas["004"]["author"] == "李豪悦" and metas["004"]["outlet"] == "证券日报"
    assert metas["004"]["title"].startswith("Sora开启文生视频新纪元")
    assert {m["script"] for k, m in metas.items() if k != "001"} == {"zh-Hans"}


def test_default_articles_read_clean():
    bodies = {p.name[:3]: clean(text_of(p)).body for p in ARTICLES}
    assert "股价均一度大涨。" in bodies["000"]
    assert "## 记者观察｜它为什么没有诞生在中国？" in bodies["000"]
    assert "## 概念股该狂飙还是该瑟瑟发抖？" in bodies["000"]
    assert "究竟Sora對AI產業" in bodies["001"] and "具具時間" not in bodies["001"]
    assert "巨大的創新鴻溝。」" in bodies["001"]
    assert not any("|" in ln for ln in bodies["001"].splitlines() if not ln.startswith("|"))
    assert "| OpenAI | Sora | 2024年2月 | 60秒 | 否 |" in bodies["001"]
    assert "| 2020年11月 | A輪 | Heygen | 560萬美元 |" in bodies["001"]
    assert "兩大文生視頻模型，每分鐘" in bodies["001"]
    assert "> Sora樣本片段中，海浪正不斷拍打岸邊的岩石" in bodies["001"]
    assert "钟俊浩认为" in bodies["002"] and "@微语录" not in bodies["002"] and "## 漏洞不少" in bodies["002"]
    assert "yuwan387" not in bodies["003"]
    # the researcher's schedule stays: the next paragraph comments on it ("单从时间来看…从起床到睡觉")
    assert "[9:00am] 起床" in bodies["003"]
    assert "以及Stable Video Diffusion等" in bodies["004"]
    assert "Sora相关产品和应用处于初级阶段，有待进一步研究" in bodies["004"]
    assert "“颠覆”。\n\n汇量科技" in bodies["004"]


def test_set_aside_is_audited():
    raw = text_of(ARTICLES[2])
    cleaned = clean(raw)
    assert any("@白岩松" in s for s in cleaned.set_aside)
    assert any(e.action == "set_aside" and "@白岩松" in e.before for e in cleaned.audit)


def test_flags_name_raw_lines():
    cleaned = clean(text_of(ARTICLES[1]))
    lines = {f.line for f in cleaned.flags}
    assert {19, 25, 87, 131}.issubset(lines)
    assert all(f.message for f in cleaned.flags)


def test_audit_lines_are_raw_lines():
    raw = text_of(ARTICLES[4])
    lines = raw.split("\n")
    for e in clean(raw).audit:
        assert 1 <= e.line <= len(lines)
    joins = [e for e in clean(raw).audit if e.rule == "join_lines" and "Stable" in e.before]
    assert joins and lines[joins[0].line - 1].startswith("Video Diffusion")


def test_unknown_rule_lists_valid_names():
    with pytest.raises(UnknownRule) as info:
        clean("文本。", disabled=["no_such_rule"])
    assert isinstance(info.value, ValueError)
    assert "join_lines" in str(info.value) and "no_such_rule" in str(info.value)


def test_disable_rule():
    text = "第一行没有结束\n第二行。"
    assert clean(text).body == "第一行没有结束第二行。\n"
    assert "第一行没有结束\n\n第二行。" in clean(text, disabled=["join_lines"]).body


def test_rule_names_are_ordered_and_unique():
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert RULE_NAMES.index("join_lines") < RULE_NAMES.index("punctuation")


def test_fast_on_default_articles():
    texts = [text_of(p) for p in ARTICLES]
    clean(texts[0])
    start = time.perf_counter()
    for t in texts:
        clean(t)
    assert time.perf_counter() - start < 10.0  # a stall guard on a shared machine; make bench measures speed


@pytest.mark.parametrize("unit", ["用 处 于, ", "a, b ", "数据(说明)1,000 ", "x" * 7 + " ", "▲"])
def test_bounded_time_on_a_300kb_line(unit):
    text = unit * (300_000 // len(unit))
    start = time.perf_counter()
    cleaned = clean(text)
    assert time.perf_counter() - start < 60.0  # a stall guard, not a speed test (see make bench)
    assert not missing_chars(text, cleaned)


def test_cli(tmp_path, capsys):
    from generator.clean.cli import main

    a = tmp_path / "a.txt"
    a.write_text("本报记者 张三\n\n第一段没有\n结束,继续。\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_bytes(b"\x00\x01\x02\xff\xfe\x00binary")
    audit = tmp_path / "audit.json"
    rc = main([str(a), str(b), "--audit-json", str(audit)])
    out, err = capsys.readouterr()
    assert "第一段没有结束，继续。" in out and f"<!-- {a} -->" in out
    assert "join_lines" in err and str(b) in err and "Traceback" not in err
    assert rc == 1
    data = json.loads(audit.read_text(encoding="utf-8"))
    assert data[str(a)]["meta"]["author"] == "张三"


def test_cli_unknown_rule(tmp_path, capsys):
    from generator.clean.cli import main

    a = tmp_path / "a.txt"
    a.write_text("文本。", encoding="utf-8")
    assert main([str(a), "--disable", "nope"]) == 1
    assert "valid rules" in capsys.readouterr().err
