"""Running Python in a fresh process, for tests of what a start imports or caches."""

from __future__ import annotations

import subprocess
import sys


def fresh_start(script: str) -> str:
    """The printed output of ``script`` run in a new interpreter.

    The cache tests fill the cache in the test process first and then check that a new process
    reads it: the same inputs (app version, Qt, fonts, content) must give the same cache key in
    both, or the new process makes the value again and the test fails.
    """
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
