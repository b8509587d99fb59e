"""A Content-Security-Policy for every page: only the site's own files and the theme's own
inline scripts (allowed by hash) may run; nothing loads from another host."""

from __future__ import annotations

import base64
import hashlib
import re

__all__ = ["add_csp", "policy"]

_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>",
                     re.S)
_HEAD = re.compile(r"<head[^>]*>", re.I)


def policy(script_hashes: list[str]) -> str:
    """The policy text, allowing exactly the given inline script hashes."""
    scripts = " ".join(f"'sha256-{h}'" for h in sorted(set(script_hashes)))
    return ("default-src 'self'; "
            f"script-src 'self'{' ' + scripts if scripts else ''}; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
            "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-src 'none'; "
            "base-uri 'self'; form-action 'self'")


def add_csp(html: str) -> str:
    """Insert the CSP meta tag as the first element of <head>, hashing the theme's inline scripts.

    Article text never reaches the page as markup (it is escaped when rendered), so any script
    present at this point came from the theme's templates.
    """
    hashes = [base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode()
              for m in _INLINE.finditer(html)]
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return _HEAD.sub(lambda m: m.group(0) + meta, html, count=1)
