"""Two halves of independent work on two cores: one in a forked copy of this process.

The fork inherits everything already loaded (articles, analysis, jieba's dictionary), so nothing
is sent to the child; only its result comes back (pickled).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, TypeVar

__all__ = ["in_parallel"]

A = TypeVar("A")
B = TypeVar("B")
_TASK: Callable | None = None


def _run_task():
    return _TASK()


def in_parallel(here: Callable[[], A], there: Callable[[], B]) -> tuple[A, B]:
    """``(here(), there())``, with ``there`` run in a forked process while ``here`` runs in this
    one (both in this process when there is one core or no fork)."""
    global _TASK
    if (os.cpu_count() or 1) < 2 or not hasattr(os, "fork"):
        return here(), there()
    _TASK = there
    try:
        try:
            pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
            later = pool.submit(_run_task)
        except OSError:
            return here(), there()
        with pool:
            first = here()
            return first, later.result()
    finally:
        _TASK = None
