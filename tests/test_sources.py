"""Reading raw sources: encodings, newlines, refusing what is not text, metadata file errors."""

import codecs
import hashlib
from pathlib import Path

import pytest

from generator.errors import SourceError
from generator.sources import MAX_SOURCE_BYTES, decode_bytes, load_source_meta, read_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
HANS = "人工智能视频生成模型发布后，影视行业受到冲击。我们需要观察它的发展。"
HANT = "人工智能視頻生成模型發布後，影視行業受到衝擊。我們需要觀察它的發展。"


def test_default_sources_are_the_seeds_byte_for_byte():
    ours = sorted((ROOT / "content" / "sources").glob("*.txt"))
    assert [p.name for p in ours] == sorted(p.name for p in SEEDS.glob("*.txt")) or not SEEDS.exists()
    for path in ours:
        if (SEEDS / path.name).exists():
            assert path.read_bytes() == (SEEDS / path.name).read_bytes()


@pytest.mark.parametrize("raw,encoding", [
    (HANS.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + HANS.encode("utf-8"), "utf-8-sig"),
    (HANS.encode("utf-16"), "utf-16"),
    (HANS.encode("gb18030"), "gb18030"),
    (HANT.encode("big5"), "big5"),
])
def test_encodings_are_decoded(raw, encoding):
    text, found = decode_bytes(raw, "a.txt")
    assert found == encoding
    assert text in (HANS, HANT)


def test_newlines_are_normalised():
    assert decode_bytes("一\r\n二\r三\n".encode(), "a.txt")[0] == "一\n二\n三\n"


@pytest.mark.parametrize("raw,words", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    (b"\x00\x01\x02binary\x00" * 20, "binary"),
])
def test_not_text_is_refused_with_the_file_name(raw, words):
    with pytest.raises(SourceError) as err:
        decode_bytes(raw, "content/sources/x.txt")
    assert str(err.value).startswith("content/sources/x.txt: ")
    assert words in str(err.value)


def test_undecodable_names_the_encodings_tried():
    with pytest.raises(SourceError, match="UTF-8.*GB18030.*Big5"):
        decode_bytes(b"\x80\xff" * 8, "x.txt")


def test_oversized_source_is_refused():
    with pytest.raises(SourceError, match="over the limit"):
        decode_bytes(b"a" * (MAX_SOURCE_BYTES + 1), "x.txt")


def test_bad_sources_are_skipped_with_warnings(tmp_path):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    (folder / "good one 文章.txt").write_text(HANS, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    outside = tmp_path / "secret.txt"
    outside.write_text(HANS, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    sources, warnings = read_sources(folder, {})
    assert [s.name for s in sources] == ["good one 文章.txt"]
    text = "\n".join(warnings)
    assert "empty.txt" in text and "photo.jpg" in text and "link.txt" in text
    assert "outside" in text


def test_reading_never_modifies_sources(tmp_path):
    folder = tmp_path / "content" / "sources"
    folder.mkdir(parents=True)
    path = folder / "a.txt"
    path.write_bytes("标题\r\n正文。".encode("gb18030"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    sources, _ = read_sources(folder, {})
    assert sources[0].sha256 == before == hashlib.sha256(path.read_bytes()).hexdigest()


def test_metadata_file_errors_name_file_and_line(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text("a.txt:\n  outlet: 某报\n  date: 2024-02-30\nb.txt:\n  colour: red\n",
                    encoding="utf-8")
    meta, warnings = load_source_meta(path)
    assert meta["a.txt"].outlet == "某报" and meta["a.txt"].date is None
    assert any("sources.yml:1:" in w and "impossible date" in w for w in warnings)
    assert any("sources.yml:4:" in w and "unknown field 'colour'" in w for w in warnings)
