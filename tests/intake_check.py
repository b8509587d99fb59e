"""Checks shared by the intake tests: nothing of a raw page is lost, and its paragraphs."""

from __future__ import annotations

from collections import Counter


def missing(raw, cleaned):
    """Characters of the raw page in neither the cleaned body nor the audit (must be empty)."""
    have = Counter(c for c in cleaned.body if not c.isspace())
    for e in cleaned.audit:
        have.update(c for c in e.before if not c.isspace())
    return Counter(c for c in raw if not c.isspace()) - have


def paragraphs(cleaned):
    return [p.strip() for p in cleaned.body.split("\n\n") if p.strip()]
