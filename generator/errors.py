"""The project's own error types: every message names the file (and line) and says what to do.

Every error the generator raises is a :class:`JianfanError`, so the plugin and the command line
can show it as a message (never a traceback) by catching one type.
"""

from __future__ import annotations

__all__ = ["JianfanError", "SourceError", "EditorFileError", "ArticleFileError", "UnknownRule",
           "BuildError"]


class JianfanError(Exception):
    """Base of every error the generator raises; shown as a message, never a traceback."""


class SourceError(JianfanError):
    """A raw source cannot be read as an article (not text, undecodable, too large, outside content/)."""


class EditorFileError(JianfanError):
    """An editor-owned file (metadata, glossary, taxonomy, overrides) is malformed."""


class ArticleFileError(EditorFileError):
    """A cleaned article (``content/articles/<slug>.md``) cannot be read back: no front matter,
    or front matter that is not a mapping of fields."""


class UnknownRule(EditorFileError, ValueError):
    """A cleaning rule name (``clean_disable``, ``--disable``) that is not in the chain (also a
    ValueError, as it always was)."""


class BuildError(JianfanError):
    """The build cannot produce a correct output (e.g. a character without a glyph in a PDF)."""
