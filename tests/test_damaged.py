"""A UTF-8 source with a few invalid bytes is published, with the damage shown and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.damaged import decode_damaged_utf8
from generator.errors import SourceError
from generator.sources import decode_source

HEAD = "人工智能视频生成模型发布后，影视行业受到冲击。\n\n业内人士认为，".encode()
TAIL = "这将降低制作成本。\n\n专家指出，距离商业化还很远。\n".encode()
DAMAGED = HEAD + b"\xff\xfe" + "制作".encode() + b"\x80\xc3" + TAIL  # four invalid bytes


def test_damaged_utf8_is_decoded_with_offsets_and_lines():
    text, damages = decode_damaged_utf8(DAMAGED)
    assert "\ufffd\ufffd制作\ufffd\ufffd这将" in text
    assert [(d.offset, d.raw, d.line) for d in damages] == [
        (len(HEAD), b"\xff\xfe", 3), (len(HEAD) + 2 + len("制作".encode()), b"\x80\xc3", 3)]


def test_other_encodings_are_not_mistaken_for_damaged_utf8():
    gbk = ("人工智能视频生成模型发布后，影视行业受到冲击。" * 20).encode("gb18030")
    text, encoding, damages = decode_source(gbk, "a.txt")
    assert encoding == "gb18030" and damages == () and "影视行业" in text
    assert decode_damaged_utf8("正常的文字。".encode()) is None  # nothing damaged
    with pytest.raises(SourceError):
        decode_source(b"\x80\xff" * 8, "x.txt")  # all damage, no text


def _load(tmp_path: Path, files: dict[str, bytes]):
    from generator.pipeline import load_articles

    (tmp_path / "content" / "sources").mkdir(parents=True)
    for name, data in files.items():
        (tmp_path / "content" / "sources" / name).write_bytes(data)
    return load_articles(tmp_path)


def test_a_damaged_source_is_published_flagged_and_warned(tmp_path):
    articles, warnings = _load(tmp_path, {"a.txt": DAMAGED})
    assert len(articles) == 1
    a = articles[0]
    text = "".join(p.text for p in a.paragraphs)
    assert "业内人士认为，\ufffd\ufffd制作\ufffd\ufffd这将降低制作成本。" in text
    assert "专家指出" in text  # the rest of the article is there
    entries = [e for e in a.audit if e.rule == "damaged_bytes"]
    assert [e.before for e in entries] == ["ff fe", "80 c3"]
    assert f"byte offset {len(HEAD)}" in entries[0].note and entries[0].line == 3
    assert [f.line for f in a.flags if f.rule == "damaged_bytes"] == [3, 3]
    assert any("content/sources/a.txt" in w and "not valid UTF-8" in w and "line 3" in w for w in warnings)
