"""The project's own error types: every message names the file (and line) and says what to do."""

from __future__ import annotations

__all__ = ["JianfanError", "SourceError", "EditorFileError", "BuildError"]


class JianfanError(Exception):
    """Base of every error a user's mistake can cause; shown as a message, never a traceback."""


class SourceError(JianfanError):
    """A raw source cannot be read as an article (not text, undecodable, too large, outside content/)."""


class EditorFileError(JianfanError):
    """An editor-owned file (metadata, glossary, taxonomy, overrides) is malformed."""


class BuildError(JianfanError):
    """The build cannot produce a correct output (e.g. a character without a glyph in a PDF)."""
