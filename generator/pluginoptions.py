"""The jianfan plugin's options in mkdocs.yml, each with a message that says what to write.

MkDocs names the option that is wrong ("Plugin 'jianfan' option 'pdf': …"); these say what the
option must be and how to write it ("pdf: false" under "plugins: - jianfan:"), instead of
"Expected type: <class 'bool'>"."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

__all__ = ["Flag", "Count", "CONFIG_LINES"]

_WHERE = "under 'plugins: - jianfan:' in mkdocs.yml"


class Flag(c.Type):
    """A true/false option."""

    def __init__(self, name: str, default: bool):
        super().__init__(bool, default=default)
        self.name = name

    def run_validation(self, value):
        if not isinstance(value, bool):
            raise ValidationError(f"must be true or false, not {value!r}; write '{self.name}: true' or "
                                  f"'{self.name}: false' {_WHERE} (no quotes)")
        return value


class Count(c.Type):
    """A whole number option."""

    def __init__(self, name: str, default: int):
        super().__init__(int, default=default)
        self.name = name

    def run_validation(self, value):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"must be a whole number (0 or more), not {value!r}; write "
                                  f"'{self.name}: {self.default}' {_WHERE} (digits only, no quotes)")
        return value


class ConfigLines(logging.Filter):
    """Puts the file and line on MkDocs' own configuration messages.

    MkDocs reports ``Config value 'site_nmae': Unrecognised configuration name`` or ``Config value 'plugins':
    Plugin 'jianfan' option 'pdf': …`` without saying where; an editor fixing mkdocs.yml wants the line. The
    filter sits on MkDocs' ``mkdocs.config`` logger and reads the config file (set by the plugin when MkDocs loads
    its options) to find the line of the top-level key, or of the plugin's option under ``- name:``."""

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if self.path is None:
            return True
        try:
            message = record.getMessage()
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError, TypeError, ValueError):
            return True
        found = _VALUE.match(message)
        if not found:
            return True
        key, plugin, option = found.group(1), found.group(2), found.group(3)
        line = _plugin_option_line(lines, plugin, option) if plugin and option else None
        line = line or _top_line(lines, key)
        if line:
            record.msg, record.args = f"{self.path.name}:{line}: {message}", ()
        return True


_VALUE = re.compile(r"Config value '([^']+)': (?:Plugin '([^']+)' option '([^']+)')?")


def _top_line(lines: list[str], key: str) -> int | None:
    top = re.compile(rf"{re.escape(key)}\s*:")
    return next((n for n, text in enumerate(lines, 1) if top.match(text)), None)


def _plugin_option_line(lines: list[str], plugin: str, option: str) -> int | None:
    """The line of ``option:`` inside the ``- plugin:`` entry (deeper indented lines that follow it)."""
    entry = re.compile(rf"(\s*)-\s*{re.escape(plugin)}\s*:")
    wanted = re.compile(rf"\s+{re.escape(option)}\s*:")
    for n, text in enumerate(lines):
        head = entry.match(text)
        if not head:
            continue
        depth = len(head.group(1))
        for m, inner in enumerate(lines[n + 1:], n + 2):
            if inner.strip() and not inner.lstrip().startswith("#"):
                if len(inner) - len(inner.lstrip()) <= depth:
                    break
                if wanted.match(inner):
                    return m
    return None


CONFIG_LINES = ConfigLines()
logging.getLogger("mkdocs.config").addFilter(CONFIG_LINES)
