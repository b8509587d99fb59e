"""The cleaner's signature (``articlesync.cleaner_signature``) stamps every generated article, and a changed
signature regenerates unedited articles. The greeting patterns the cleaner removes a mail's salutation by
(``clean.rules.form_furniture``) and the interview reader reads turns by (``readers.interview``) stand in
``generator/greetings.py``, outside the two packages the signature hashed: a change there must regenerate too,
or articles keep text cleaned by the old patterns."""

from pathlib import Path

from generator import articlesync


def test_a_changed_greeting_pattern_changes_the_cleaner_signature(monkeypatch):
    before = articlesync.cleaner_signature()
    real = Path.read_bytes

    def edited(self):
        data = real(self)
        return data + b"\n# a greeting word added\n" if self.name == "greetings.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert articlesync.cleaner_signature() != before

