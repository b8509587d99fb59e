"""A slide deck (``.pptx``: a zip of XML parts) read with the standard library.

The phenomenon: a deck is a sequence of slides, each with a title placeholder, body text (bullets, text
boxes), perhaps a table, and speaker notes, which hold what the presenter says (often the deck's real
sentences). So each slide becomes a section, in the presentation's order: its title a heading (``第3页``
when it has none), its body paragraphs one line each, its tables Markdown tables, and its notes as
paragraphs after a ``演讲者备注：`` line (inside the slide's section, so a slide's topic reaches its
notes). Slide numbers, dates and footers in placeholders are left out; a footer naming an issuing body
("远略咨询 Yuanlue Consulting | 内部资料 请勿外传") gives the deck's outlet.
"""

from __future__ import annotations

import re

from ..errors import SourceError
from .docx import _open, table_lines, zip_part
from .forms import front, md_escape

__all__ = ["convert"]

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_FURNITURE = {"sldNum", "dt", "ftr", "hdr", "sldImg"}


def _rels(archive, part: str, name: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type's last word, target path in the archive)."""
    folder, base = part.rsplit("/", 1)
    root = zip_part(archive, f"{folder}/_rels/{base}.rels", name)
    out: dict[str, tuple[str, str]] = {}
    for rel in (root.iter(f"{_REL}Relationship") if root is not None else ()):
        target = rel.get("Target") or ""
        parts = (target.lstrip("/") if target.startswith("/") else f"{folder}/{target}").split("/")
        path: list[str] = []
        for p in parts:
            if p == "..":
                path = path[:-1]
            elif p not in ("", "."):
                path.append(p)
        out[rel.get("Id") or ""] = ((rel.get("Type") or "").rsplit("/", 1)[-1], "/".join(path))
    return out


def _slides(archive, name: str) -> list[str]:
    pres = zip_part(archive, "ppt/presentation.xml", name)
    rels = _rels(archive, "ppt/presentation.xml", name)
    order = [rels[s.get(f"{_R}id")][1] for s in (pres.iter(f"{_P}sldId") if pres is not None else ())
             if s.get(f"{_R}id") in rels]
    if order:
        return order
    num = lambda p: int(re.search(r"(\d+)\.xml$", p).group(1))  # noqa: E731
    return sorted((n for n in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)), key=num)


def _paragraphs(shape) -> list[str]:
    out = []
    for p in shape.iter(f"{_A}p"):
        text = "".join(t.text or "" for t in p.iter(f"{_A}t")).strip()
        if text:
            out.append(re.sub(r"\s+", " ", text))
    return out


def _placeholder(shape) -> str:
    ph = next(shape.iter(f"{_P}ph"), None)
    return "" if ph is None else (ph.get("type") or "body")


def _shapes(tree):
    """The slide's text shapes and tables, in reading order."""
    sp_tree = next(tree.iter(f"{_P}spTree"), None)
    if sp_tree is None:
        return
    for el in sp_tree.iter():
        if el.tag == f"{_P}sp":
            yield "shape", el
        elif el.tag == f"{_A}tbl":
            yield "table", el


def convert(raw: bytes, name: str) -> str:
    archive = _open(raw, name)
    out: list[str] = []
    footers: list[str] = []  # the footer placeholder's lines: the firm whose deck it is ("远略咨询 | 内部资料")
    deck_title = ""
    for n, part in enumerate(_slides(archive, name), 1):
        slide = zip_part(archive, part, name)
        if slide is None:
            continue
        title, body = "", []
        for kind, el in _shapes(slide):
            if kind == "table":
                rows = [[" ".join(_paragraphs(tc)) for tc in tr.findall(f"{_A}tc")] for tr in el.iter(f"{_A}tr")]
                body.append(("table", table_lines(rows)))
                continue
            ph = _placeholder(el)
            if ph == "ftr":
                footers += _paragraphs(el)
            if ph in _FURNITURE:
                continue
            paras = _paragraphs(el)
            if ph in ("title", "ctrTitle") and not title and paras:
                title = " ".join(paras)
            elif paras:
                body.append(("text", paras))
        notes = []
        for kind, target in _rels(archive, part, name).values():
            if kind == "notesSlide":
                tree = zip_part(archive, target, name)
                for kind2, el in (_shapes(tree) if tree is not None else ()):
                    if kind2 == "shape" and _placeholder(el) not in _FURNITURE:
                        notes += _paragraphs(el)
        if not title and not body and not notes:
            continue
        deck_title = deck_title or title
        out += ["## " + md_escape(title or f"第{n}页"), ""]
        for kind, content in body:
            if kind == "table":
                out += content
            else:
                out += [md_escape(p) + "\n" for p in content]
        if notes:
            out += ["演讲者备注：", ""] + [md_escape(p) + "\n" for p in notes]
    if not out:
        raise SourceError(f"{name}: the slide deck holds no text; it is not read")
    from .docx import issuer_and_day
    return "\n".join(front({"title": deck_title, "outlet": issuer_and_day(list(dict.fromkeys(footers)))[0]}) + out)
