"""A source that yields little is visible: to the editor (a warning naming the file and what to do)
and to readers (a notice on the article's page and on the sources list).

Two cases, whatever the form:

- **Little prose published** from a large source: the Han characters of the published text are
  under :data:`SHARE` of the source's own (markup has none, so a page's tags do not count against it),
  in a source of :data:`MIN_HAN` Han characters or more. Something read the form wrongly: a reader
  dropped the text, or the cleaner took it for furniture.
- **No reader claimed the form**: a file whose ending names a form (anything but ``.txt``) that was
  read as plain text, line by line, because no reader recognised what it holds (an export, a
  container, a subtitle file of a kind not known): its first read is a guess.

Both are flags (:data:`LOW_YIELD`, :data:`UNREAD_FORM`) the build turns into warnings
(:func:`generator.clean.safetynet.warnings_of`) and the pages into a notice.
"""

from __future__ import annotations

from pathlib import PurePath

from ..claimsignal import han_count

__all__ = ["LOW_YIELD", "UNREAD_FORM", "READING_FLAGS", "SHARE", "MIN_HAN", "review_yield", "unread_form"]

LOW_YIELD = "low_yield"
UNREAD_FORM = "unread_form"
#: The flags a reader of the site is told about (the stripped page's too: most of its prose removed).
READING_FLAGS = frozenset({LOW_YIELD, UNREAD_FORM, "stripped_page"})
#: Published Han characters under this share of the source's: little was published (on the thirteen
#: development corpora the smallest share is 70%, a wiki page's).
SHARE = 0.35
#: … in a source of at least this many Han characters (a short notice yields little and is fine).
MIN_HAN = 600
#: Endings read as plain text by design.
_PLAIN = (".txt", ".text", "")


def review_yield(doc, body: str) -> None:
    """Flag a source whose published text holds under :data:`SHARE` of its Han characters."""
    total = han_count(doc.text)
    if total < MIN_HAN:
        return
    kept = han_count(body) + sum(han_count(v) for k, v in doc.meta.items()
                                 if k in ("title", "subtitle") and isinstance(v, str))
    if kept >= SHARE * total:
        return
    rule, doc.rule = doc.rule, LOW_YIELD
    doc.flag(1, "", f"only {kept / total:.0%} of this source's Chinese text was published ({kept} of {total} "
             "Han characters): its form may have been read wrongly. Compare the article with the file and its "
             "cleaning record; if text is missing, save the source as plain text (.txt) or Markdown (.md), or "
             "switch off the rule that removed it (clean_disable)")
    doc.rule = rule


def unread_form(doc, claimed: bool) -> None:
    """Flag a source whose ending names a form no reader recognised in it (read as plain text)."""
    suffix = PurePath(doc.source).suffix.lower()
    if doc.kind != "plain" or claimed or suffix in _PLAIN:
        return
    rule, doc.rule = doc.rule, UNREAD_FORM
    doc.flag(1, "", f"no reader recognised this {suffix} file's form: it was read as plain text, line by line, "
             "and its layout or markup may show in the article. Check the article against the file; if it is "
             "wrong, save the source as plain text (.txt) or Markdown (.md)")
    doc.rule = rule
