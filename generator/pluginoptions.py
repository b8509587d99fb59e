"""The jianfan plugin's options in mkdocs.yml, each with a message that says what to write.

MkDocs names the option that is wrong ("Plugin 'jianfan' option 'pdf': …"); these say what the
option must be and how to write it ("pdf: false" under "plugins: - jianfan:"), instead of
"Expected type: <class 'bool'>"."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

__all__ = ["Flag", "Count"]

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
